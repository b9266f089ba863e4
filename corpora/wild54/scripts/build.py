"""Build wild54/dev: every résumé file and dev/gold.jsonl. Run from corpora/wild54."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import totals  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES


def gold_line(r):
    ents = []
    for b in r.get("side", []) + r["blocks"]:
        if b[0] == "entries":
            ents += [e.gold() for e in b[1]]
    t, c = totals(ents)
    return {"file": r["file"], "family": r["family"], "as_of": "2026-11", "entries": ents,
            "total_months": t, "cs_months": c}


def main():
    dev = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in RESUMES:
        data = RENDERERS[r["renderer"]](r)
        with open(os.path.join(dev, r["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
