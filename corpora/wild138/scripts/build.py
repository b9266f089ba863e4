"""Build wild138/dev: render every résumé and write dev/gold.jsonl from the same dicts.

Usage: ../../.venv/bin/python scripts/build.py   (from corpora/wild138)
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import render  # noqa: E402

random.seed(138)  # nothing is drawn at random, but keep the build fixed if that ever changes


def main():
    os.makedirs(lib.DEV, exist_ok=True)
    rs = lib.all_resumes()
    names = [r["file"] for r in rs]
    assert len(names) == len(set(names)), "duplicate file names"
    lines = []
    for r in rs:
        path = os.path.join(lib.DEV, r["file"])
        render.render(r, path)
        lines.append(lib.dumps(lib.gold_line(r)))
    with open(os.path.join(lib.DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files into {lib.DEV}")


if __name__ == "__main__":
    main()
