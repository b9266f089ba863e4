"""Build wild74/dev byte-reproducibly: ../../.venv/bin/python scripts/build.py (from corpora/wild74)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import AS_OF, months  # noqa: E402
from render import render, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def gold_line(R):
    g = [e.gold() for e in all_entries(R)]
    return {"file": f"{R['id']}.{R['fmt']}", "family": R["family"], "as_of": AS_OF, "entries": g,
            "total_months": months(g), "cs_months": months(g, True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = defs_a.RESUMES + defs_b.RESUMES
    lines = []
    for R in rs:
        render(R, DEV)
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
