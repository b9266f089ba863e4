"""Build wild34/dev: render every résumé in defs_a/defs_b and write dev/gold.jsonl.

Run from corpora/wild34:  ../../.venv/bin/python scripts/build.py
Byte-reproducible: reportlab invariant=1, fixed fpdf2 creation date, DOCX core properties and zip entry times fixed.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, totals  # noqa: E402
from render import RENDERERS, all_entries  # noqa: E402

random.seed(34)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def resumes():
    return defs_a.R + defs_b.R


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    t, c = totals(ents)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": t, "cs_months": c}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = resumes()
    names = [r["file"] for r in rs]
    assert names == sorted(names) and len(set(names)) == len(names), names
    lines = []
    for r in rs:
        RENDERERS[r["renderer"]](r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} résumés into {DEV}")


if __name__ == "__main__":
    main()
