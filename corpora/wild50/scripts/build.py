"""Build wild50/dev: résumé files and gold.jsonl (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import gold_line  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.R + defs_b.R


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in RESUMES:
        RENDER[r["fmt"]](r, os.path.join(dev, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
