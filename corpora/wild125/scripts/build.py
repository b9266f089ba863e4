"""Build wild125/dev from the definitions: render every résumé and write dev/gold.jsonl.

Run from corpora/wild125:  ../../.venv/bin/python scripts/build.py
The gold is written from the definition dicts (lib.gold_line), never by reading the rendered files.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(125)

from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main(only=None):
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    names = [R["file"] for R in rs]
    assert len(names) == len(set(names)), "duplicate file names"
    for R in rs:
        if only and R["file"] not in only:
            continue
        RENDERERS[R["render"]](R, os.path.join(DEV, R["file"]))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        for R in sorted(rs, key=lambda r: r["file"]):
            f.write(json.dumps(gold_line(R), ensure_ascii=False) + "\n")
    print(f"built {len(rs) if not only else len(only)} files into {DEV}")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
