"""Write dev/ (files + gold.jsonl) byte-reproducibly from defs_a and defs_b."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(67)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in defs_a.RESUMES + defs_b.RESUMES:
        data = RENDERERS[r["renderer"]](r)
        with open(os.path.join(DEV, r["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files")


if __name__ == "__main__":
    main()
