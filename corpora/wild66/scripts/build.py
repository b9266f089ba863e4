"""Build wild66/dev byte-reproducibly: one file per résumé plus gold.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, months  # noqa: E402
from render import RENDER, EXT, entries_of  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    return {"file": f"{r['id']}.{EXT[r['fmt']]}", "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months([g for g in ents if g["cs"] == "facing"])}


def main():
    random.seed(66)
    os.makedirs(DEV, exist_ok=True)
    allr = defs_a.R + defs_b.R
    lines = []
    for r in allr:
        g = gold_line(r)
        RENDER[r["fmt"]](r, os.path.join(DEV, g["file"]))
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(allr)} files")


if __name__ == "__main__":
    main()
