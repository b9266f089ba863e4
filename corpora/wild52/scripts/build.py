"""Build wild52/dev: every résumé file and dev/gold.jsonl. Byte-reproducible."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

from lib import E  # noqa: E402

ALL = defs_a.R + defs_b.R


def entries_of(R):
    out = []
    for head, items in R.get("side", []) + R["blocks"]:
        out += [it for it in items if isinstance(it, E)]
    return out


def gold_line(R):
    ents = [e.gold() for e in entries_of(R)]
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, only_facing=True)}


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for R in ALL:
        with open(os.path.join(dev, R["file"]), "wb") as f:
            f.write(render(R))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
