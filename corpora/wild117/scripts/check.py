"""Check dev/ for wild117: ../../.venv/bin/python scripts/check.py (from corpora/wild117)."""
import html
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
AS_OF = "2026-11"


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ymi(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def recount(ents):
    iv = sorted((ymi(e["start"]), ymi(e["end"])) for e in ents if e["start"])
    merged = []
    for a, b in iv:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return sum(b - a + 1 for a, b in merged)


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        errs.append(f"expected 30 files / 30 gold lines, got {len(files)} / {len(lines)}")
    seen = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file", "?")
        seen.append(f)
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if not re.fullmatch(r"w%03d\.(pdf|docx|txt|md|html)" % n, f):
            E("file name / order")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file >= 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
            if list(e) != ENT:
                W(f"keys {list(e)}")
                continue
            if not isinstance(e["title"], str) or not e["title"]:
                W("title")
            if e["section"] not in ("work", "volunteer", "other"):
                W("section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                W("employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                W("kind for facing")
            if e["cs"] != "facing" and e["kind"] is not None:
                W("kind must be null")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                W("bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    W("undated entry with end/precision")
            else:
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]):
                    W("start format")
                if not (e["end"] == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"] or "")):
                    W("end format")
                elif ymi(e["start"]) > ymi(e["end"]):
                    W("start after end")
                if e["date_precision"] not in ("month", "year"):
                    W("precision")
                if e["date_precision"] == "year" and (not e["start"].endswith("-01") or
                                                      not (e["end"] == "present" or e["end"].endswith("-12"))):
                    W("year precision must run Jan..Dec")
                if ymi(e["start"]) > ymi(AS_OF):
                    W("start after as_of")
            if norm(e["title"]) not in txt:
                W("title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                W(f"organization {e['organization']!r} not in extracted text")
        if recount(ents) != g["total_months"]:
            E(f"total_months {g['total_months']} != {recount(ents)}")
        if recount([e for e in ents if e["cs"] == "facing"]) != g["cs_months"]:
            E("cs_months mismatch")
    if seen != files:
        errs.append("gold order / file set mismatch")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
