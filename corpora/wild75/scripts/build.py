"""Build wild75/dev byte-reproducibly: python scripts/build.py (from corpora/wild75)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import gold_line  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a, defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_defs():
        path = os.path.join(DEV, R["id"] + "." + R["ext"])
        RENDER[R["r"]](R, path)
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("built", len(lines), "files")


if __name__ == "__main__":
    main()
