"""Build wild63/dev: every résumé file and gold.jsonl. Run from corpora/wild63."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import count
from render import RENDER
import defs_a, defs_b

ALL = defs_a.R + defs_b.R
DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in ALL:
        fn = f"{r['file']}.{r['ext']}"
        RENDER[r["r"]](r, os.path.join(DEV, fn))
        ents = [e.gold() for s in r["sections"] for e in s[1]]
        tot, cs = count(ents)
        lines.append(json.dumps({"file": fn, "family": r["family"], "as_of": "2026-11", "entries": ents,
                                 "total_months": tot, "cs_months": cs}, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
