"""Build wild128/dev: render every résumé defined in defs_a.py / defs_b.py and write dev/gold.jsonl.

Run from the corpus folder:  ../../.venv/bin/python scripts/build.py
The gold is written from the same E objects the renderers use; nothing is parsed back.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, count_months, entries_of  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from render import render  # noqa: E402

random.seed(128)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def gold_line(R):
    ents = [e.gold() for e in entries_of(R)]
    total, cs = count_months(ents)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": total, "cs_months": cs}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    names = [r["file"] for r in rs]
    assert names == sorted(names) and len(set(names)) == len(names), names
    for f in os.listdir(DEV):
        os.remove(os.path.join(DEV, f))
    lines = []
    for R in rs:
        render(R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} résumés into {DEV}")


if __name__ == "__main__":
    main()
