"""Build wild119/dev: files and gold.jsonl (byte-reproducible)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, AS_OF  # noqa: E402
from render import render, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")


def gold(R):
    es = all_entries(R)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": months(es), "cs_months": months(es, only_facing=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = defs_a.RESUMES + defs_b.RESUMES
    lines = []
    for R in rs:
        with open(os.path.join(DEV, R["file"]), "wb") as f:
            f.write(render(R))
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(rs))


if __name__ == "__main__":
    main()
