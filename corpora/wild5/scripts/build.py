"""Rebuild wild5/test: render every résumé from its definition and write gold.jsonl.

Usage: ../../.venv/bin/python scripts/build.py   (run from anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
from defs_a import DEFS as A  # noqa: E402
from defs_b import DEFS as B  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "test")


def main():
    os.makedirs(OUT, exist_ok=True)
    defs = A + B
    names = [d["file"] for d in defs]
    assert len(names) == len(set(names)) == 30, names
    gold = []
    for d in defs:
        lib.render(d, OUT)
        gold.append(lib.gold_line(d))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(gold)} files + gold.jsonl to {OUT}")


if __name__ == "__main__":
    main()
