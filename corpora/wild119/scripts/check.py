"""Check wild119/dev against its gold file."""
import html
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, KEYS  # noqa: E402

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        out = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        out.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    if [g["file"] for g in golds] != files:
        errs.append("gold files != dev files")
    if len(golds) != 30:
        errs.append(f"{len(golds)} résumés, expected 30")
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        p = os.path.join(DEV, f)
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(p))
        for i, e in enumerate(es):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != KEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{w}: section/etype")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated mix")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{w}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or e["end"] not in ("present",) and e["end"][5:] != "12"):
                    errs.append(f"{w}: year precision not Jan..Dec")
            if not e["title"] or norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organisation '{e['organization']}' not in text")
        if months(es) != g["total_months"] or months(es, True) != g["cs_months"]:
            errs.append(f"{f}: months recount {months(es)}/{months(es, True)} vs {g['total_months']}/{g['cs_months']}")
    for e in errs:
        print("FAIL", e)
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} files, {n} entries, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
