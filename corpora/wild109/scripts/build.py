"""Build corpora/wild109/dev byte-reproducibly: the files and gold.jsonl."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import gold_line
from render import render, all_entries
import defs_a, defs_b

DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = defs_a.R + defs_b.R
    lines = []
    for r in rs:
        r["entries"] = all_entries(r)
        render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
