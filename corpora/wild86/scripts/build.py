"""Build wild86/dev byte-reproducibly: files + gold.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import gold_line  # noqa: E402
from render import render, entries_of  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_defs():
        render(r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r, entries_of(r)), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
