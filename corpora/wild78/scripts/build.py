"""Build dev/ for wild78 (byte-reproducible). Run from corpora/wild78."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from lib import gold_line
from render import RENDER
import defs_a, defs_b

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def all_defs():
    ds = defs_a.DEFS + defs_b.DEFS
    for d in ds:
        d["file"] = f"{d['id']}.{d['ext']}"
    return ds


def main():
    dev = os.path.join(ROOT, "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for d in all_defs():
        RENDER[d["r"]](d, os.path.join(dev, d["file"]))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
