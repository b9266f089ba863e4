"""Build wild22/dev: render every résumé and write gold.jsonl. Run from corpora/wild22."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402
import defs_c  # noqa: E402

random.seed(22)


def all_resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES + defs_c.RESUMES
    for r in rs:
        r["entries"] = [e for b in r["blocks"] if b[0] == "jobs" for e in b[1]]
    return rs


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    rs = all_resumes()
    lines = []
    for r in rs:
        RENDERERS[r["renderer"]](r, os.path.join(out, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files in {out}")


if __name__ == "__main__":
    main()
