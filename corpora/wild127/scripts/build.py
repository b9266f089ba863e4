"""Build wild127/dev: render every résumé and write dev/gold.jsonl from the definitions."""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(127)

from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    names = [r["file"] for r in rs]
    assert names == sorted(names) and len(set(names)) == len(names), names
    keep = set(names) | {"gold.jsonl"}
    for f in os.listdir(DEV):
        if f not in keep:
            os.remove(os.path.join(DEV, f))
    lines = []
    for r in rs:
        render(r, DEV)
        lines.append(gold_line(r))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} résumés into {os.path.normpath(DEV)}")


if __name__ == "__main__":
    main()
