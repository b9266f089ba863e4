"""Build wild135/dev: render every résumé and write dev/gold.jsonl from the same definitions.

Run from corpora/wild135:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(135)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold  # noqa: E402
from render import render  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def resumes():
    rs = defs_a.R + defs_b.R
    ids = [r["id"] for r in rs]
    assert ids == [f"w{i:03d}" for i in range(1, len(rs) + 1)], ids
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = resumes()
    keep = {f"{r['id']}.{r['ext']}" for r in rs} | {"gold.jsonl"}
    for fn in os.listdir(DEV):
        if fn not in keep:
            os.remove(os.path.join(DEV, fn))
    lines = []
    for r in rs:
        path = os.path.join(DEV, f"{r['id']}.{r['ext']}")
        render(r, path)
        lines.append(json.dumps(gold(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} résumés into {DEV}")


if __name__ == "__main__":
    main()
