"""Build wild94/dev: the 30 files and gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(94)
from lib import gold_line  # noqa: E402
from render import RENDER, EXT  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    out = []
    for R in defs_a.RS + defs_b.RS:
        R["file"] = f"{R['id']}.{EXT[R['renderer']]}"
        R["entries"] = [e for s in R["sections"] if s[1] == "entries" for e in s[2]]
        out.append(R)
    return out


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_resumes():
        RENDER[R["renderer"]](R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
