"""Build wild32/dev: render every résumé and write dev/gold.jsonl (byte-reproducible).

Run from corpora/wild32:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, count_months  # noqa: E402
from render import RENDERERS  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def gold_line(R):
    entries = [e.gold() for b in R["blocks"] if b[0] == "jobs" for e in b[2]]
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": entries,
            "total_months": count_months(entries), "cs_months": count_months(entries, facing_only=True)}


def main():
    random.seed(32)
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in resumes():
        RENDERERS[R["renderer"]](R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {DEV}")


if __name__ == "__main__":
    main()
