"""Verify every gold title and organisation occurs in the text extracted from its file."""
import json, os, re, sys
from pdfminer.high_level import extract_text
from docx import Document

DEV = os.path.join(os.path.dirname(__file__), "..", "dev")


def docx_text(p):
    d = Document(p); parts = []
    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(x.text for x in c.paragraphs); cells(c.tables)
    parts += [x.text for x in d.paragraphs]; cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.even_page_header):
            parts += [x.text for x in hf.paragraphs]; cells(hf.tables)
    return "\n".join(parts)


def text(p):
    if p.endswith(".pdf"):
        return extract_text(p)
    if p.endswith(".docx"):
        return docx_text(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    bad = n = 0
    for line in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line); t = norm(text(os.path.join(DEV, g["file"])))
        for e in g["entries"]:
            for k in ("title", "organization"):
                if e[k]:
                    n += 1
                    if norm(e[k]) not in t:
                        bad += 1; print(f"MISSING {g['file']} {k}: {e[k]!r}")
    print(f"checked {n} strings, {bad} missing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
