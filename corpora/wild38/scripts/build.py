"""Build wild38/dev: render every résumé and write gold.jsonl. Run from corpora/wild38."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(38)

from lib import gold_line          # noqa: E402
from render import render          # noqa: E402
import defs_a                      # noqa: E402
import defs_b                      # noqa: E402

RESUMES = defs_a.R + defs_b.R


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    names = [r["file"] for r in RESUMES]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    lines = []
    for r in RESUMES:
        render(r, out)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} résumés in {out}")


if __name__ == "__main__":
    main()
