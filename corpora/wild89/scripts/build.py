"""Build wild89/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import random  # noqa: E402

random.seed(89)
from render import RENDER, gold  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        RENDER[d["renderer"]](d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
