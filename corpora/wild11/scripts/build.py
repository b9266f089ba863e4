"""Build wild11/dev: render every résumé and write gold.jsonl. Run from corpora/wild11."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(11)
from lib import gold_line
from render import render
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
ALL = defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    files = [r["file"] for r in ALL]
    assert files == [f"w{i:03d}.{f.split('.')[1]}" for i, f in enumerate(files, 1)], files
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as g:
        for r in ALL:
            render(r, os.path.join(DEV, r["file"]))
            g.write(json.dumps(gold_line(r), ensure_ascii=False) + "\n")
    print("built", len(ALL), "files")


if __name__ == "__main__":
    main()
