"""Build wild120/dev byte-reproducibly: ../../.venv/bin/python scripts/build.py (from corpora/wild120)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(120)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import E, gold_line  # noqa: E402
from render import render  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    rs = defs_a.R + defs_b.R
    for r in rs:
        r["entries"] = [e for sec in r["sections"] if sec[0] == "exp" for e in sec[2] if isinstance(e, E)]
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    names = [r["file"] for r in rs]
    assert len(names) == len(set(names))
    lines = []
    for r in rs:
        with open(os.path.join(DEV, r["file"]), "wb") as f:
            f.write(render(r))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(rs)} files to dev/")


if __name__ == "__main__":
    main()
