"""Build dev/ for wild83 byte-reproducibly: files and gold.jsonl."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(83)

from lib import gold_line  # noqa: E402
from render import RENDER, EXT  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = defs_a.RESUMES + defs_b.RESUMES
    lines = []
    for r in rs:
        r["ext"] = EXT[r["r"]]
        path = os.path.join(DEV, r["id"] + "." + r["ext"])
        RENDER[r["r"]](r, path)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
