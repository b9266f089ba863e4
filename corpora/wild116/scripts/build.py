"""Build wild116/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(116)

from lib import AS_OF, totals  # noqa: E402
from render import RENDER, EXT, entries_of  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def gold_line(r):
    es = entries_of(r)
    tm, cm = totals(es)
    return {"file": f"{r['id']}.{EXT[r['r']]}", "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es], "total_months": tm, "cs_months": cm}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        fn = os.path.join(DEV, f"{r['id']}.{EXT[r['r']]}")
        RENDER[r["r"]](r, fn)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés")


if __name__ == "__main__":
    main()
