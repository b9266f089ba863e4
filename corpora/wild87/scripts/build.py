"""Build wild87/dev byte-reproducibly: one file per résumé plus dev/gold.jsonl."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(87)

from lib import gold_line  # noqa: E402
from render import entries_of, render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        d["file"] = f"{d['id']}.{d['ext']}"
        d["entries"] = entries_of(d)
        render(d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {os.path.normpath(DEV)}")


if __name__ == "__main__":
    main()
