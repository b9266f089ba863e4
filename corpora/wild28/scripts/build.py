"""Build wild28/dev: the 30 résumé files and gold.jsonl.

Run from corpora/wild28:  ../../.venv/bin/python scripts/build.py
Byte-reproducible: no randomness; PDFs get fixed creation dates (reportlab invariant=1, fpdf2
set_creation_date); DOCX core properties are fixed and the zip is rewritten with fixed timestamps.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, totals  # noqa: E402
from render import entries, render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for R in all_resumes():
        path = render(R, OUT)
        ents = [e.gold() for e in entries(R)]
        tot, cs = totals(ents)
        g = {"file": os.path.basename(path), "family": R["family"], "as_of": AS_OF, "entries": ents,
             "total_months": tot, "cs_months": cs}
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files into {OUT}")


if __name__ == "__main__":
    main()
