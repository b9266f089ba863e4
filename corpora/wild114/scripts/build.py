"""Build wild114/dev: every résumé file and dev/gold.jsonl (byte-reproducible)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, count_months  # noqa: E402
from render import RENDERERS, entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES


def gold(r):
    es = entries(r)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": count_months([(e.start, e.end) for e in es if e.start]),
            "cs_months": count_months([(e.start, e.end) for e in es if e.start and e.cs == "facing"])}


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        RENDERERS[r["renderer"]](r, os.path.join(out, r["file"]))
        lines.append(json.dumps(gold(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
