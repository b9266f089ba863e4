"""Build wild108/dev: every file and gold.jsonl, byte-reproducibly."""
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

DEV = os.path.join(HERE, "..", "dev")


def fname(r):
    return r["id"] + "." + render.EXT[r["fmt"]]


def gold(r):
    es = [e.gold(caps=r.get("caps", False)) for e in render.entries(r)]
    return {"file": fname(r), "family": r["family"], "as_of": lib.AS_OF, "entries": es,
            "total_months": lib.months(es), "cs_months": lib.months(es, only_facing=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = A + B
    lines = []
    for r in rs:
        data = render.RENDER[r["fmt"]](r)
        with open(os.path.join(DEV, fname(r)), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
