"""Build wild132/dev: render every résumé from defs_a / defs_b and write gold.jsonl from the same dicts.

Run from the corpus folder:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402

random.seed(132)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    rs = defs_a.R + defs_b.R
    names = [r["file"] for r in rs]
    expect = [f"w{i:03d}" for i in range(1, 31)]
    assert [n.split(".")[0] for n in names] == expect, names
    return rs


def main(out=DEV):
    DEV = out
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    keep = {r["file"] for r in rs} | {"gold.jsonl"}
    for fn in os.listdir(DEV):
        if fn not in keep:
            os.remove(os.path.join(DEV, fn))
    lines = []
    for r in rs:
        render(r, DEV)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} résumés into {DEV}")


if __name__ == "__main__":
    main()
