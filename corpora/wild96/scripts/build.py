"""Build dev/ byte-reproducibly: python scripts/build.py (from corpora/wild96)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months
from render import RENDER
import defs_a, defs_b

DEV = os.path.join(HERE, "..", "dev")
DOCS = defs_a.DOCS + defs_b.DOCS


def entries(d):
    out = []
    for blk in d["blocks"]:
        if blk[0] == "exp":
            out += blk[2]
    return out


def gold(d):
    es = [e.gold() for e in entries(d)]
    return {"file": f"{d['id']}.{d['ext']}", "family": d["family"], "as_of": "2026-11", "entries": es,
            "total_months": months(es), "cs_months": months([e for e in es if e["cs"] == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in DOCS:
        RENDER[d["renderer"]](d, os.path.join(DEV, f"{d['id']}.{d['ext']}"))
        lines.append(json.dumps(gold(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(DOCS)} files")


if __name__ == "__main__":
    main()
