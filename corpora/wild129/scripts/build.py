"""Build wild129/dev: render every résumé and write dev/gold.jsonl from the same dicts.

Usage (from corpora/wild129):  ../../.venv/bin/python scripts/build.py [outdir]
Deterministic: no randomness is used; PDFs carry fixed dates (reportlab invariant=1,
fpdf2 set_creation_date) and DOCX zip entries are rewritten with a fixed timestamp.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import render  # noqa: E402
from defs_a import DEFS as A  # noqa: E402
from defs_b import DEFS as B  # noqa: E402

DEFS = A + B


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    lines = []
    for R in DEFS:
        render.render(R, os.path.join(outdir, R["file"]))
        lines.append(json.dumps(lib.gold_line(R), ensure_ascii=False))
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "dev")
    n = build(out)
    print(f"built {n} résumés into {os.path.normpath(out)}")
