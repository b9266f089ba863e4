"""Render every wild18 résumé and its gold line from the same definition.
Run from corpora/wild18:  ../../.venv/bin/python scripts/build.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, E, months  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from render import render  # noqa: E402

DEFS = defs_a.DEFS + defs_b.DEFS
OUT = os.path.join(os.path.dirname(HERE), "dev")


def gold_line(r):
    ents = [b.gold() for b in r["body"] if isinstance(b, E)]
    facing = [e for e in ents if e["cs"] == "facing"]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(facing)}


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for r in DEFS:
        render(r, os.path.join(OUT, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(DEFS)} files and gold.jsonl to {OUT}")


if __name__ == "__main__":
    main()
