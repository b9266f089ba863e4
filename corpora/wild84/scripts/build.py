"""Build dev/ for wild84 byte-reproducibly: python scripts/build.py (from corpora/wild84)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import RENDER, EXT  # noqa: E402

random.seed(84)
OUT = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for r in all_defs():
        r["ext"] = EXT[r["renderer"]]
        path = os.path.join(OUT, r["id"] + "." + r["ext"])
        RENDER[r["renderer"]](r, path)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files into dev/")


if __name__ == "__main__":
    main()
