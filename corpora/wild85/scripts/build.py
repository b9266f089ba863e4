"""Build dev/ (files and gold.jsonl) byte-reproducibly from defs_a.py and defs_b.py."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402

try:
    import defs_b  # noqa: E402
    ALL = defs_a.R + defs_b.R
except ImportError:
    ALL = defs_a.R

DEV = os.path.join(HERE, "..", "dev")


def entries_of(R):
    out = []
    for blk in R["blocks"]:
        if blk[0] == "x":
            out.extend(blk[2])
    return out


def gold_of(R):
    es = entries_of(R)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": [e.gold() for e in es],
            "total_months": months(es), "cs_months": months(es, facing_only=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in ALL:
        with open(os.path.join(DEV, R["file"]), "wb") as f:
            f.write(render(R))
        lines.append(json.dumps(gold_of(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
