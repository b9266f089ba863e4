"""Build dev/ (files + gold.jsonl) from defs_a and defs_b. Byte-reproducible."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from lib import months  # noqa: E402
from render import RENDERERS, EXT, entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def gold_line(res):
    fname = f"{res['id']}.{EXT[res['renderer']]}"
    es = entries(res)
    golds = [e.gold() for e in es]
    if res.get("caps"):  # employer headings printed in capitals: organisation as printed
        for g in golds:
            if g["organization"]:
                g["organization"] = g["organization"].upper()
    return {"file": fname, "family": res["family"], "as_of": "2026-11",
            "entries": golds,
            "total_months": months(es), "cs_months": months(es, facing_only=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    golds = []
    for res in all_resumes():
        g = gold_line(res)
        RENDERERS[res["renderer"]](res, os.path.join(DEV, g["file"]))
        golds.append(g)
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(golds)} résumés, {sum(len(g['entries']) for g in golds)} entries")


if __name__ == "__main__":
    main()
