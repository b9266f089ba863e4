"""Build wild19/dev: render every résumé and write gold.jsonl from the same definitions.

Run from corpora/wild19:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    ds = defs_a.RESUMES + defs_b.RESUMES
    names = [d["file"] for d in ds]
    assert len(names) == len(set(names)) == 30, names
    return sorted(ds, key=lambda d: d["file"])


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        RENDERERS[d["renderer"]](d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files and gold.jsonl")


if __name__ == "__main__":
    main()
