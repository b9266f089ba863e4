"""Build wild143/dev: render every résumé and write dev/gold.jsonl from the same definitions.

Run from corpora/wild143:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import lib  # noqa: E402
import render  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_cvs():
    cvs = defs_a.CVS + defs_b.CVS
    names = [c["file"] for c in cvs]
    assert names == [f"w{i:03d}.{c['file'].split('.')[1]}" for i, c in enumerate(cvs, 1)], names
    return cvs


def main():
    os.makedirs(DEV, exist_ok=True)
    for f in os.listdir(DEV):
        os.remove(os.path.join(DEV, f))
    lines = []
    for cv in all_cvs():
        getattr(render, cv["render"])(cv, os.path.join(DEV, cv["file"]))
        lines.append(json.dumps(lib.gold_line(cv), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files into {DEV}")


if __name__ == "__main__":
    main()
