"""Build wild139/dev: render every résumé and write gold.jsonl from the same definitions.

Usage (from corpora/wild139):  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(139)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from render import render  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.RES + defs_b.RES


def main():
    os.makedirs(DEV, exist_ok=True)
    res = all_resumes()
    names = [r.file for r in res]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    for f in os.listdir(DEV):
        if f.startswith("w") and f.split(".")[0] not in {n.split(".")[0] for n in names}:
            os.remove(os.path.join(DEV, f))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as g:
        for r in res:
            render(r, DEV)
            g.write(json.dumps(r.gold(), ensure_ascii=False) + "\n")
    print(f"built {len(res)} résumés in {DEV}")


if __name__ == "__main__":
    main()
