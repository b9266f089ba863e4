"""Build wild53/dev: every résumé file and gold.jsonl. Run from corpora/wild53."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import gold_line          # noqa: E402
from render import RENDER          # noqa: E402
import defs_a                      # noqa: E402
import defs_b                      # noqa: E402

RESUMES = defs_a.R + defs_b.R


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(here, "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        RENDER[r["r"]](r, os.path.join(out, r["file"]))
        lines.append(gold_line(r))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} résumés in {out}")


if __name__ == "__main__":
    main()
