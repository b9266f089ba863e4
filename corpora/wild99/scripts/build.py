"""Build wild99/dev byte-reproducibly: files + gold.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        path = os.path.join(DEV, f"{r['id']}.{r['ext']}")
        RENDERERS[r["renderer"]](r, path)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
