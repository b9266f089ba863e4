"""Write dev/ (files + gold.jsonl) byte-reproducibly."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(90)
from lib import gold_line  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ALL = defs_a.RESUMES + defs_b.RESUMES


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in ALL:
        RENDER[r.renderer](r, os.path.join(dev, r.file))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(ALL)} files")


if __name__ == "__main__":
    main()
