"""Build wild41/dev: files and gold.jsonl. Run from corpora/wild41."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import RENDER  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESUMES = defs_a.R + defs_b.R


def main():
    out = os.path.join(ROOT, "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        RENDER[r["renderer"]](r, os.path.join(out, r["file"]))
        lines.append(gold_line(r))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
