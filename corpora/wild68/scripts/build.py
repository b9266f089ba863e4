"""Build wild68/dev byte-reproducibly: files and gold.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import months  # noqa: E402
from render import EXT, RENDER, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"


def resumes():
    return defs_a.RES + defs_b.RES


def gold_line(R):
    fname = f"{R['id']}.{EXT[R['engine']]}"
    ents = [e.gold() for e in all_entries(R)]
    return {"file": fname, "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months([g for g in ents if g["cs"] == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in resumes():
        g = gold_line(R)
        RENDER[R["engine"]](R, os.path.join(DEV, g["file"]))
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés")


if __name__ == "__main__":
    main()
