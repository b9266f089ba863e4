"""Build dev/ byte-reproducibly from defs_a.py and defs_b.py."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(70)
from lib import gold_line
from render import render, all_entries
import defs_a, defs_b

DEV = os.path.join(HERE, "..", "dev")


def resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES
    for r in rs:
        r["entries"] = all_entries(r)
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in resumes():
        render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
