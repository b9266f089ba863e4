"""Build corpora/wild40/dev from the definitions (byte-reproducible)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(40)
from lib import months, AS_OF
from render import RENDER, entries
import defs_a, defs_b

ALL = defs_a.R + defs_b.R
DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in ALL:
        fn = f"{R['id']}.{R['ext']}"
        RENDER[R["r"]](R, os.path.join(DEV, fn))
        ents = [e.gold() for e in entries(R)]
        lines.append(json.dumps({"file": fn, "family": R["family"], "as_of": AS_OF, "entries": ents,
                                 "total_months": months(ents), "cs_months": months(ents, True)}, ensure_ascii=False))
    open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
