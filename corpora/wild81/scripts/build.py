"""Build wild81/dev: every résumé file and dev/gold.jsonl (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import EXT, RENDERERS, entries  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_defs():
    out = []
    for d in defs_a.R + defs_b.R:
        d = dict(d)
        d["file"] = f"{d['id']}.{EXT[d['renderer']]}"
        d["entries"] = entries(d)
        out.append(d)
    return out


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        RENDERERS[d["renderer"]](d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files into {DEV}")


if __name__ == "__main__":
    main()
