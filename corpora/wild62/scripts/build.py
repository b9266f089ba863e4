"""Build dev/ files and dev/gold.jsonl from the definitions. Byte-reproducible."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import AS_OF, months  # noqa: E402
from render import RENDER, EXT  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def entries_of(r):
    return [e for b in r["blocks"] if b[0] == "jobs" for e in b[2]]


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    return {"file": r["file"] + "." + EXT[r["renderer"]], "family": r["family"], "as_of": AS_OF,
            "entries": ents, "total_months": months(ents),
            "cs_months": months([e for e in ents if e["cs"] == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        path = os.path.join(DEV, r["file"] + "." + EXT[r["renderer"]])
        RENDER[r["renderer"]](r, path)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
