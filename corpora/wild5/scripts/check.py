"""Check wild5/test: every gold title and organisation must occur in the text extracted
from its file (pdfminer.six for PDF; paragraphs, table cells, headers and footers for DOCX).
Comparison is case-insensitive with whitespace collapsed and dashes/quotes normalised.
Also re-computes total_months / cs_months and checks label/kind consistency.

Usage: ../../.venv/bin/python scripts/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(os.path.dirname(HERE), "test")
AS_OF = "2026-11"
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


def norm(t):
    t = t.replace("\u00ad", "")
    for a in "–—‒−":
        t = t.replace(a, "-")
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", t).strip().lower()


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []

    def cells(tables):
        for tb in tables:
            for row in tb.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    out.extend(p.text for p in doc.paragraphs)
    cells(doc.tables)
    for s in doc.sections:
        out.extend(p.text for p in s.header.paragraphs)
        out.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(out)


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


def ym(v):
    return int(v[:4]) * 12 + int(v[5:7]) - 1


def months(e):
    s, en = e["start"], e["end"]
    if s is None:
        return set()
    en = en or s
    a = int(s) * 12 if len(s) == 4 else ym(s)
    b = ym(AS_OF) if en == "present" else (int(en) * 12 + 11 if len(en) == 4 else ym(en))
    return set(range(a, b + 1))


def main():
    bad = 0
    n = 0
    for line in open(os.path.join(TEST, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        text = norm(extract(os.path.join(TEST, g["file"])))
        tot, cs = set(), set()
        for e in g["entries"]:
            n += 1
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in text:
                    bad += 1
                    print(f"MISSING {g['file']}: {k} {v!r}")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or e["cs"] not in ("facing", "affecting", "none"):
                bad += 1
                print(f"BAD LABEL {g['file']}: {e['title']}")
            ms = months(e)
            tot |= ms
            if e["cs"] == "facing":
                cs |= ms
        if len(tot) != g["total_months"] or len(cs) != g["cs_months"]:
            bad += 1
            print(f"MONTHS {g['file']}: {len(tot)}/{len(cs)} vs gold {g['total_months']}/{g['cs_months']}")
    print(f"checked {n} entries: {'OK' if not bad else str(bad) + ' problems'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
