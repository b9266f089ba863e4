"""Build wild20/dev: every résumé file and its gold line from one definition.
Run from corpora/wild20:  ../../.venv/bin/python scripts/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402

random.seed(20)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_defs():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    defs = all_defs()
    names = [d["file"] for d in defs]
    assert names == [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)], names
    lines = []
    for d in defs:
        # entries in printed order: every list of E across sections (and sidebar)
        from lib import E
        ents = []
        for _, cont in list(d["sections"]) + list(d.get("side", [])):
            if isinstance(cont, list) and cont and isinstance(cont[0], E):
                ents.extend(cont)
        d["entries"] = ents
        render(d, DEV)
        lines.append(gold_line(d))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in lines:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} files, {sum(len(g['entries']) for g in lines)} entries")


if __name__ == "__main__":
    main()
