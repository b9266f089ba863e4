"""Build wild105/dev byte-reproducibly: python scripts/build.py (from corpora/wild105)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import gold_line  # noqa: E402
from render import RENDERERS, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def resumes():
    out = defs_a.RESUMES + defs_b.RESUMES
    for r in out:
        r["entries"] = all_entries(r)
    return out


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in resumes():
        RENDERERS[r["renderer"]](r, os.path.join(DEV, r["file"]))
        g = gold_line(r)
        lines.append(json.dumps(g, ensure_ascii=False))
        print(f"{r['file']:10} entries={len(g['entries'])} total={g['total_months']:3} cs={g['cs_months']:3}")
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
