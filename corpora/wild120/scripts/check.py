"""Check wild120/dev: ../../.venv/bin/python scripts/check.py (from corpora/wild120)."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for cell in row.cells:
                        out.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def idx(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def recount(ents, facing_only=False):
    ms = set()
    for e in ents:
        if e["start"] and (not facing_only or e["cs"] == "facing"):
            ms.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(ms)


def main():
    errs, warns = [], []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    gf = [g["file"] for g in golds]
    if gf != files:
        errs.append(f"gold files {gf} != dev files {files}")
    for i, g in enumerate(golds):
        f = g["file"]
        if f.rsplit(".", 1)[0] != f"w{i + 1:03d}":
            errs.append(f"{f}: out of order")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        for e in ents:
            tag = f"{f} / {e.get('title')}"
            if list(e) != KEYS:
                errs.append(f"{tag}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{tag}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{tag}: kind {e['kind']} with cs {e['cs']}")
            if e["section"] not in SECTIONS:
                errs.append(f"{tag}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{tag}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{tag}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{tag}: undated but end/precision set")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{tag}: date format {s} {en}")
                elif idx(s) > idx(en) or idx(en) > idx(AS_OF):
                    errs.append(f"{tag}: date order {s} {en}")
                if p not in ("month", "year"):
                    errs.append(f"{tag}: precision {p}")
                if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    errs.append(f"{tag}: year precision dates {s} {en}")
            if norm(e["title"]) not in txt:
                errs.append(f"{tag}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{tag}: organization '{e['organization']}' not in text")
            for b in e["bullets"]:
                if norm(b) not in txt:
                    warns.append(f"{tag}: bullet not verbatim in text: {b[:50]}")
        if recount(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {recount(ents)}")
        if recount(ents, True) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {recount(ents, True)}")
    for w in warns:
        print("warn:", w)
    for e in errs:
        print("ERROR:", e)
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} résumés, {n} entries, {len(errs)} errors, {len(warns)} warnings")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
