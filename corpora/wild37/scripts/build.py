"""Build dev/ (files + gold.jsonl). Byte-reproducible: run from corpora/wild37."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(37)

from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402
from render import render  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "dev")


def all_resumes():
    rs = A + B
    ids = [r.id for r in rs]
    assert ids == [f"w{i:03d}" for i in range(1, 31)], ids
    return rs


def main():
    os.makedirs(OUT, exist_ok=True)
    rs = all_resumes()
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    lines = []
    for r in rs:
        render(r, OUT)
        lines.append(json.dumps(r.gold(), ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files into {OUT}")


if __name__ == "__main__":
    main()
