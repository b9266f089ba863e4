"""Build wild133/dev from the definitions: rendered files plus gold.jsonl (written from the data, not parsed)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    rs = defs_a.R + defs_b.R
    names = [r["file"] for r in rs]
    assert names == sorted(names) and len(set(names)) == len(names), names
    return rs


def main(outdir=DEV):
    os.makedirs(outdir, exist_ok=True)
    rs = all_resumes()
    keep = {r["file"] for r in rs} | {"gold.jsonl"}
    for fn in os.listdir(outdir):
        if fn not in keep and fn[:1] == "w":
            os.remove(os.path.join(outdir, fn))
    lines = []
    for r in rs:
        render(r, outdir)
        lines.append(gold_line(r))
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files in {outdir}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEV)
