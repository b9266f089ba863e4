"""Build wild55 dev: renders every résumé and writes dev/gold.jsonl. Run from corpora/wild55."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b
from lib import gold_line
from render import RENDERERS, entries_of

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        RENDERERS[r["renderer"]](r, os.path.join(DEV, r["file"]))
        lines.append(gold_line(r, entries_of(r)))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
