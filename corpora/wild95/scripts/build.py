"""Writes dev/ (files + gold.jsonl) byte-reproducibly."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(95)

from lib import gold_line  # noqa: E402
from render import RENDER, EXT, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.R + defs_b.R


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        r["file"] = f"{r['id']}.{EXT[r['renderer']]}"
        r["entries"] = all_entries(r)
        data = RENDER[r["renderer"]](r)
        with open(os.path.join(out, r["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(RESUMES)} files to dev/")


if __name__ == "__main__":
    main()
