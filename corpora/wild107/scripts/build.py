"""Build dev/ for wild107 (byte-reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.R + defs_b.R
DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in RESUMES:
        fname = f"{r['id']}.{r['fmt']}"
        render(r, os.path.join(DEV, fname))
        lines.append(gold_line(r, fname))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
