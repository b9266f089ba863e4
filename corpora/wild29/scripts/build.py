"""Build wild29/dev: render every résumé and write gold.jsonl.

Run from corpora/wild29:  ../../.venv/bin/python scripts/build.py
Byte-reproducible: reportlab invariant=1, fixed fpdf2 creation date, fixed DOCX core
properties and zip entry timestamps; no randomness.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402
import defs_c  # noqa: E402

ALL = defs_a.R + defs_b.R + defs_c.R


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    only = set(sys.argv[1:])
    files = [R["file"] for R in ALL]
    assert files == [f"w{i:03d}.{f.split('.')[1]}" for i, f in enumerate(files, 1)], files
    lines = []
    for R in ALL:
        if not only or R["file"].split(".")[0] in only:
            render(R, out)
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} résumés into {out}")


if __name__ == "__main__":
    main()
