"""Build dev/ files and dev/gold.jsonl. Run from corpora/wild26: ../../.venv/bin/python scripts/build.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import count, AS_OF
from render import RENDERERS, EXT
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = defs_a.R + defs_b.R


def main():
    dev = os.path.join(ROOT, "dev")
    os.makedirs(dev, exist_ok=True)
    gold = []
    for r in ALL:
        fn = f"{r['file']}.{EXT[r['renderer']]}"
        data = RENDERERS[r["renderer"]](r)
        with open(os.path.join(dev, fn), "wb") as f:
            f.write(data)
        ents = [e for _, es in r["sections"] for e in es]
        gold.append({"file": fn, "family": r["family"], "as_of": AS_OF, "entries": [e.gold() for e in ents],
                     "total_months": count(ents), "cs_months": count(ents, True)})
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
