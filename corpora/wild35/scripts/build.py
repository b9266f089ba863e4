"""Build wild35/dev: render every résumé and write gold.jsonl (byte-reproducible).

Run from corpora/wild35:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(35)

from lib import AS_OF, count_months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.R + defs_b.R


def entries_of(r):
    out = []
    for h, c in r["blocks"]:
        if isinstance(c, list) and c and hasattr(c[0], "gold"):
            out += [e.gold() for e in c]
    return out


def gold_line(r):
    ents = entries_of(r)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": count_months(ents), "cs_months": count_months(ents, only_facing=True)}


def main():
    root = os.path.dirname(HERE)
    dev = os.path.join(root, "dev")
    os.makedirs(dev, exist_ok=True)
    names = [r["file"] for r in RESUMES]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    lines = []
    for r in RESUMES:
        render(os.path.join(dev, r["file"]), r)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} résumés in {dev}")


if __name__ == "__main__":
    main()
