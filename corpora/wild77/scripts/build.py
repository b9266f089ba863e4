"""Build wild77/dev byte-reproducibly: python scripts/build.py (from corpora/wild77)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import lib  # noqa: E402
import render  # noqa: E402
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def gold_line(R):
    es = render.entries_of(R)
    return {
        "file": R["file"], "family": R["family"], "as_of": lib.AS_OF,
        "entries": [e.gold() for e in es],
        "total_months": lib.months(es), "cs_months": lib.months(es, only_facing=True),
    }


def main():
    os.makedirs(DEV, exist_ok=True)
    allr = A + B
    names = [R["file"] for R in allr]
    assert len(names) == len(set(names))
    lines = []
    for R in allr:
        render.RENDERERS[R["renderer"]](R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(allr)} files")


if __name__ == "__main__":
    main()
