import json, os, re, sys
from pdfminer.high_level import extract_text
import docx

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    if path.endswith(".pdf"):
        return extract_text(path)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(d.tables)
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


bad = 0
for line in open(DEV + "/gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    t = norm(text_of(DEV + "/" + g["file"]))
    for e in g["entries"]:
        for k in ("title", "organization"):
            v = e[k]
            if v and norm(v) not in t:
                bad += 1
                print("MISSING", g["file"], k, repr(v))
print("failures:", bad)
sys.exit(1 if bad else 0)
