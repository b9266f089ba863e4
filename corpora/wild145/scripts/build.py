"""Build wild145/dev: render every résumé and write gold.jsonl (deterministic).

Run from corpora/wild145:  ../../.venv/bin/python scripts/build.py"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a, defs_b, defs_c  # noqa: E402
from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402

DOCS = defs_a.DOCS + defs_b.DOCS + defs_c.DOCS
OUT = os.path.join(os.path.dirname(HERE), "dev")


def main():
    os.makedirs(OUT, exist_ok=True)
    names = [d["file"] for d in DOCS]
    assert names == [f"w{i:03d}.{n.split('.')[-1]}" for i, n in enumerate(names, 1)], names
    lines = []
    for d in DOCS:
        RENDERERS[d["renderer"]](d, os.path.join(OUT, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(DOCS)} files in {OUT}")


if __name__ == "__main__":
    main()
