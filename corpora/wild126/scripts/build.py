"""Build wild126/dev: render every résumé and write gold.jsonl from the same dicts.

Run from corpora/wild126:  ../../.venv/bin/python scripts/build.py
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
from render import RENDERERS, EXT  # noqa: E402

random.seed(126)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    res = all_resumes()
    names = [d["file"] for d in res]
    assert names == [f"w{i:03d}.{EXT[d['r']]}" for i, d in enumerate(res, 1)], names
    for f in os.listdir(DEV):
        if f[0] == "w" and f.split(".")[0] not in {n.split(".")[0] for n in names}:
            os.remove(os.path.join(DEV, f))
    lines = []
    for d in res:
        RENDERERS[d["r"]](d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(res)} files into {DEV}")


if __name__ == "__main__":
    main()
