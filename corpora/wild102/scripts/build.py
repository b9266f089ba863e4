"""Build wild102/dev byte-reproducibly: ../../.venv/bin/python scripts/build.py (from corpora/wild102)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import EXT, flat_entries, render  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES
    for r in rs:
        r["file"] = f"{r['id']}.{EXT[r['renderer']]}"
        r["entries_flat"] = flat_entries(r)
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    for f in os.listdir(DEV):
        os.remove(os.path.join(DEV, f))
    lines = []
    for r in rs:
        with open(os.path.join(DEV, r["file"]), "wb") as fh:
            fh.write(render(r))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(rs)} files to dev/")


if __name__ == "__main__":
    main()
