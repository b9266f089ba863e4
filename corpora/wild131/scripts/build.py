"""Build wild131/dev: render every résumé and write dev/gold.jsonl from the same dicts.

Usage (from corpora/wild131):  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(131)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    names = [r["file"] for r in rs]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    lines = []
    for r in rs:
        RENDERERS[r["render"]](r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files into {DEV}")


if __name__ == "__main__":
    main()
