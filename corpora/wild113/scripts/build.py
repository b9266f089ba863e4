"""Build dev/ for wild113 (byte-reproducible)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months  # noqa: E402
from render import EXT, all_ents, render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

sys.dont_write_bytecode = True
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")


def main():
    os.makedirs(ROOT, exist_ok=True)
    lines = []
    for R in defs_a.RESUMES + defs_b.RESUMES:
        fn = f"{R['id']}.{EXT[R['fmt']]}"
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(render(R))
        ents = all_ents(R)
        g = {"file": fn, "family": R["family"], "as_of": "2026-11",
             "entries": [e.gold() for e in ents],
             "total_months": months(ents), "cs_months": months(ents, True)}
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files")


if __name__ == "__main__":
    main()
