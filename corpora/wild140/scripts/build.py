"""Build wild140/dev: render every résumé and write gold.jsonl from the same dicts.

Run from corpora/wild140:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
random.seed(140)

import lib  # noqa: E402
import render  # noqa: E402
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402

DEV = os.environ.get("WILD140_OUT") or os.path.join(os.path.dirname(HERE), "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    resumes = A + B
    names = [r["file"] for r in resumes]
    assert names == sorted(names) and len(set(names)) == len(names), names
    keep = set(names) | {"gold.jsonl"}
    for f in os.listdir(DEV):
        if f not in keep:
            os.remove(os.path.join(DEV, f))
    lines = []
    for r in resumes:
        render.render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(lib.gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(resumes)} résumés into {DEV}")


if __name__ == "__main__":
    main()
