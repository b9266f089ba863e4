"""Write dev/ (files + gold.jsonl) byte-reproducibly."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import gold_line
from render import render
import defs_a, defs_b

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    ds = defs_a.DEFS + defs_b.DEFS
    for d in ds:
        d["entries"] = [e for b in d["blocks"] if b[0] == "exp" for e in b[2]]
    return ds


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        render(d, os.path.join(DEV, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files")


if __name__ == "__main__":
    main()
