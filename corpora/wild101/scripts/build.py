"""Build wild101/dev: render every résumé and write dev/gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(101)

from lib import AS_OF, months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

OUT = os.path.join(HERE, "..", "dev")


def entries_of(d):
    return [e for s in d["sections"] if "exp" in s for e in s["exp"]]


def gold(d, path):
    es = entries_of(d)
    return {"file": os.path.basename(path), "family": d["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es], "total_months": months(es),
            "cs_months": months([e for e in es if e.cs == "facing"])}


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for d in defs_a.R + defs_b.R:
        path = render(d, OUT)
        lines.append(json.dumps(gold(d, path), ensure_ascii=False))
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
