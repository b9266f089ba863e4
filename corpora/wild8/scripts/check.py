"""Verify that every gold title and organisation occurs in the extracted text of its file.

PDF: pdfminer.six extract_text. DOCX: paragraphs, table cells (nested), headers and footers.
Matching is case- and whitespace-insensitive. Also re-checks months and schema.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from lib import totals

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def docx_text(path):
    from docx import Document
    d = Document(path)
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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def norm_tight(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    bad = 0
    n_e = 0
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    keys = ["title", "organization", "location", "start", "end", "date_precision", "section",
            "employment_type", "bullets", "cs", "kind"]
    for g in gold:
        path = os.path.join(DEV, g["file"])
        txt = text_of(path)
        t1, t2 = norm(txt), norm_tight(txt)
        assert 2 <= len(g["entries"]) <= 7, g["file"]
        for e in g["entries"]:
            n_e += 1
            assert list(e.keys()) == keys, (g["file"], e.keys())
            assert e["cs"] in ("facing", "affecting", "none")
            assert (e["kind"] is not None) == (e["cs"] == "facing")
            assert e["section"] in ("work", "volunteer", "other")
            for fld in ("title", "organization"):
                v = e[fld]
                if v and norm(v) not in t1 and norm_tight(v) not in t2:
                    print(f"MISSING {g['file']}: {fld} {v!r}")
                    bad += 1
        tot, cs = totals(g["entries"])
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            print(f"MONTHS {g['file']}: {tot},{cs} vs {g['total_months']},{g['cs_months']}")
            bad += 1
    print(f"{len(gold)} files, {n_e} entries, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
