"""Build corpora/wild110/dev/ (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import AS_OF, months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def entries_of(r):
    out = []
    for h, content in (list(r.get("side", [])) if r.get("side_first") else []) + list(r["sections"]) + \
            ([] if r.get("side_first") else list(r.get("side", []))):
        out += [c for c in content if not isinstance(c, str)]
    return out


def gold_line(r):
    es = entries_of(r)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": months(es), "cs_months": months(es, only_facing=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
