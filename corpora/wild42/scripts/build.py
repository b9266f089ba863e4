"""Build wild42/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(42)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, E, months  # noqa: E402
from render import RENDER  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
ALL = defs_a.R + defs_b.R


def entries(R):
    return [i for _, items in R["sections"] for i in items if isinstance(i, E)]


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in ALL:
        fn = f"{R['file']}.{R['ext']}"
        RENDER[R["renderer"]](R, os.path.join(DEV, fn))
        es = entries(R)
        g = [e.gold() for e in es]
        lines.append(json.dumps({"file": fn, "family": R["family"], "as_of": AS_OF, "entries": g,
                                 "total_months": months(es), "cs_months": months(es, True)}, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} résumés")


if __name__ == "__main__":
    main()
