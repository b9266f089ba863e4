"""Build wild21/dev: render every résumé and write dev/gold.jsonl.
Run from corpora/wild21:  ../../.venv/bin/python scripts/build.py
Byte-reproducible: fixed PDF creation dates (reportlab invariant=1, fpdf2 set_creation_date),
DOCX core properties and zip entry timestamps fixed; no randomness is used."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, count_months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ALL = defs_a.R + defs_b.R


def entries_of(R):
    out = []
    for blk in R["blocks"]:
        if blk[0] == "jobs":
            out.extend(blk[1])
    return out


def gold_line(R):
    es = [e.gold() for e in entries_of(R)]
    return {
        "file": f"{R['id']}.{R['ext']}",
        "family": R["family"],
        "as_of": AS_OF,
        "entries": es,
        "total_months": count_months(es),
        "cs_months": count_months(es, facing_only=True),
    }


def main():
    root = os.path.dirname(HERE)
    dev = os.path.join(root, "dev")
    os.makedirs(dev, exist_ok=True)
    ids = [R["id"] for R in ALL]
    assert ids == [f"w{i:03d}" for i in range(1, 31)], ids
    lines = []
    for R in ALL:
        path = os.path.join(dev, f"{R['id']}.{R['ext']}")
        render(R, path)
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files in {dev}")


if __name__ == "__main__":
    main()
