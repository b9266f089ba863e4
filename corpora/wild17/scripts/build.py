"""Render every résumé in defs_a/defs_b into dev/ and write dev/gold.jsonl from the same definitions."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import AS_OF, count  # noqa: E402
from render import RENDERERS, entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def gold_line(R):
    es = entries(R)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": count(es), "cs_months": count(es, facing_only=True)}


def all_resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES
    assert [r["file"].split(".")[0] for r in rs] == [f"w{i:03d}" for i in range(1, 31)], [r["file"] for r in rs]
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_resumes():
        RENDERERS[R["renderer"]](R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
