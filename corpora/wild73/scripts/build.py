"""Build wild73/dev byte-reproducibly: files and gold.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(73)

from lib import totals, AS_OF  # noqa: E402
from render import render, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "dev")


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for R in defs_a.RES + defs_b.RES:
        fn = render(R, OUT)
        ents = [e.gold() for e in all_entries(R)]
        t, c = totals(ents)
        lines.append(json.dumps({"file": fn, "family": R["family"], "as_of": AS_OF, "entries": ents,
                                 "total_months": t, "cs_months": c}, ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(lines), "files into", OUT)


if __name__ == "__main__":
    main()
