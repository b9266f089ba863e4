"""Build wild30/dev: render every résumé and write gold.jsonl.  Run from corpora/wild30:
    ../../.venv/bin/python scripts/build.py
Byte-reproducible: fixed PDF dates (reportlab invariant=1, fpdf2 creation date), fixed DOCX core
properties and zip timestamps, no randomness."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, totals          # noqa: E402
from pdfkit import render_pdf          # noqa: E402
from docxkit import render_docx        # noqa: E402
import defs_a                          # noqa: E402
import defs_b                          # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def all_docs():
    return defs_a.DOCS + defs_b.DOCS


def entries_of(d):
    if "main_entries" in d:
        return list(d["main_entries"])
    out = []
    for _, content in d.get("main", []):
        if isinstance(content, list) and content and hasattr(content[0], "cs"):
            out += content
    return out


def gold_line(d):
    es = entries_of(d)
    tot, cs = totals(es)
    return {"file": f"{d['id']}.{d['ext']}", "family": d["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es], "total_months": tot, "cs_months": cs}


def render(d, path):
    random.seed(30)
    r = d["render"]
    if r in ("rl", "fp"):
        d["pages"] = render_pdf(d, path, r)
    elif r == "docx":
        render_docx(d, path)
    else:
        txt = d["fn"](d)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(txt)


def main():
    os.makedirs(DEV, exist_ok=True)
    docs = all_docs()
    ids = [d["id"] for d in docs]
    assert ids == [f"w{i:03d}" for i in range(1, len(docs) + 1)], ids
    lines = []
    for d in docs:
        path = os.path.join(DEV, f"{d['id']}.{d['ext']}")
        render(d, path)
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(docs)} files in {DEV}")


if __name__ == "__main__":
    main()
