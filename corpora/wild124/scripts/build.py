"""Write dev/ files and dev/gold.jsonl byte-reproducibly."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import E, gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    ds = defs_a.DEFS + defs_b.DEFS
    for d in ds:
        d["entries_in_order"] = [e for _, c in d["sections"] if c and isinstance(c[0], E) for e in c]
    return ds


def main():
    os.makedirs(DEV, exist_ok=True)
    ds = all_defs()
    lines = []
    for d in ds:
        with open(os.path.join(DEV, d["file"]), "wb") as f:
            f.write(render(d))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(ds)} files")


if __name__ == "__main__":
    main()
