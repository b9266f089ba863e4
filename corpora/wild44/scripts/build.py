"""Build dev/ files and dev/gold.jsonl. Run from corpora/wild44: ../../.venv/bin/python scripts/build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b
from lib import gold_line
from render import RENDER

random.seed(44)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    res = defs_a.RES + defs_b.RES
    lines = []
    for r in res:
        RENDER[r["render"]](r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(res)} files")


if __name__ == "__main__":
    main()
