"""Build dev/ for wild104 (byte-reproducible)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402

from lib import AS_OF, months  # noqa: E402
from render import all_entries, render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

random.seed(104)
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def gold(r):
    es = all_entries(r)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": months(es),
            "cs_months": months([e for e in es if e.cs == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in resumes():
        render(r, DEV)
        lines.append(json.dumps(gold(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés in dev/")


if __name__ == "__main__":
    main()
