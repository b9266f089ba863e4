"""Build wild118 dev/: every résumé file and dev/gold.jsonl, byte-reproducibly."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import entries_of, render  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    out = defs_a.R + defs_b.R
    for d in out:
        d["entries"] = entries_of(d)
    return out


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        data = render(d)
        with open(os.path.join(DEV, d["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {os.path.normpath(DEV)}")


if __name__ == "__main__":
    main()
