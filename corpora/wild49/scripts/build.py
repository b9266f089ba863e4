"""Build wild49/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(49)

from lib import AS_OF, months  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ALL = defs_a.R + defs_b.R


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in ALL:
        fn = f"{r['file']}.{r['ext']}"
        RENDERERS[r["renderer"]](r, os.path.join(out, fn))
        entries = [x for _, c in r["blocks"] if not isinstance(c, str) for x in c if hasattr(x, "gold")]
        gold = [x.gold() for x in entries]
        lines.append(json.dumps({"file": fn, "family": r["family"], "as_of": AS_OF, "entries": gold,
                                 "total_months": months(gold), "cs_months": months(gold, True)},
                                ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
