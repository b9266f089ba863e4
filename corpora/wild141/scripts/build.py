"""Build wild141: render every résumé in defs_a / defs_b into dev/ and write dev/gold.jsonl from the same dicts.

Run from corpora/wild141:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402

random.seed(141)
OUT = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    rs = defs_a.R + defs_b.R
    names = [r["file"].split(".")[0] for r in rs]
    assert names == [f"w{i:03d}" for i in range(1, 31)], names
    return rs


def main():
    os.makedirs(OUT, exist_ok=True)
    keep = set()
    lines = []
    for R in all_resumes():
        render(R, OUT)
        keep.add(R["file"])
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    keep.add("gold.jsonl")
    for f in os.listdir(OUT):  # remove stale renders from earlier builds
        if f not in keep:
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {OUT}")


if __name__ == "__main__":
    main()
