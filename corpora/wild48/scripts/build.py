"""Build dev/ files and dev/gold.jsonl. Run from corpora/wild48: ../../.venv/bin/python scripts/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(48)

from lib import count_months  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a, defs_b  # noqa: E402

ALL = defs_a.R + defs_b.R


def gold_line(r):
    ents = [e.gold() for r_sec in r["sections"] if not isinstance(r_sec[1], str)
            for e in r_sec[1] if hasattr(e, "gold")]
    return {"file": f"{r['id']}.{r['ext']}", "family": r["family"], "as_of": "2026-11", "entries": ents,
            "total_months": count_months(ents),
            "cs_months": count_months([e for e in ents if e["cs"] == "facing"])}


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in ALL:
        path = os.path.join(out, f"{r['id']}.{r['ext']}")
        RENDER[r["renderer"]](r, path, r.get("opts", {}))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
