"""Build dev/ byte-reproducibly from defs_a.py and defs_b.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import EXT, RENDERERS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    ds = defs_a.RESUMES + defs_b.RESUMES
    for d in ds:
        d["ext"] = EXT[d["r"]]
    return ds


def main():
    os.makedirs(DEV, exist_ok=True)
    golds = []
    for d in all_defs():
        path = os.path.join(DEV, f"{d['id']}.{d['ext']}")
        RENDERERS[d["r"]](d, path)
        golds.append(gold_line(d))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(golds)} files, {sum(len(g['entries']) for g in golds)} entries")


if __name__ == "__main__":
    main()
