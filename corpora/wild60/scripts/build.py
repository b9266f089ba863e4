"""Build wild60/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, count_months   # noqa: E402
from render import RENDERERS, EXT     # noqa: E402
import defs_a                         # noqa: E402
import defs_b                         # noqa: E402

random.seed(60)
ALL = defs_a.R + defs_b.R


def gold_line(r):
    entries = [e.gold() for e in r["blocks_entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": entries,
            "total_months": count_months(entries), "cs_months": count_months(entries, only_facing=True)}


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in ALL:
        r["file"] = f"{r['id']}.{EXT[r['eng']]}"
        r["blocks_entries"] = [e for b in r["blocks"] if b[0] == "exp" for e in b[2]]
        RENDERERS[r["eng"]](r, os.path.join(out, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
