"""Build wild31/dev: every résumé file and dev/gold.jsonl. Run from corpora/wild31:
    ../../.venv/bin/python scripts/build.py
Byte-reproducible: no randomness; fixed PDF creation dates (reportlab invariant=1, fpdf2 set_creation_date),
DOCX core properties and zip entry timestamps fixed."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    resumes = all_resumes()
    names = [r["file"] for r in resumes]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    for f in os.listdir(DEV):
        if f != "gold.jsonl" and f.split(".")[0] not in {n.split(".")[0] for n in names}:
            os.remove(os.path.join(DEV, f))
    lines = []
    for r in resumes:
        render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(resumes)} files into {DEV}")


if __name__ == "__main__":
    main()
