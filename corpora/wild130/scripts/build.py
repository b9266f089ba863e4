"""Build wild130/dev: render every résumé and write dev/gold.jsonl from the same dicts.

Usage: ../../.venv/bin/python scripts/build.py [OUTDIR]   (default: dev/ next to scripts/)
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import render  # noqa: E402


def resumes():
    import defs_a
    import defs_b
    return defs_a.R + defs_b.R


def main(out=None):
    random.seed(130)
    out = out or os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for res in resumes():
        render.render(res, os.path.join(out, res["file"]))
        lines.append(json.dumps(lib.gold_line(res), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
