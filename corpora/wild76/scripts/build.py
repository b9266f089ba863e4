"""Build dev/ for wild76 byte-reproducibly: python scripts/build.py (from corpora/wild76)."""
import sys
sys.dont_write_bytecode = True
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        render(r, os.path.join(out, r["id"] + "." + r["fmt"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(RESUMES), "files in", out)


if __name__ == "__main__":
    main()
