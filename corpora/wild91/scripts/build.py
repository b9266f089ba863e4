"""Build wild91/dev byte-reproducibly: renders every résumé and writes dev/gold.jsonl."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import render, entries  # noqa: E402
import defs_a  # noqa: E402
try:
    import defs_b  # noqa: E402
except ImportError:
    defs_b = None

random.seed(91)
DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.DEFS + (defs_b.DEFS if defs_b else [])


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        d["entries"] = entries(d)
        render(d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés")


if __name__ == "__main__":
    main()
