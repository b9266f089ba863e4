"""Build wild45/dev: every résumé file and gold.jsonl. Byte-reproducible."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, AS_OF
from render import RENDERERS, EXT, all_entries
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    gold = []
    for r in resumes():
        fname = f"{r['id']}.{EXT[r['renderer']]}"
        data = RENDERERS[r["renderer"]](r)
        with open(os.path.join(DEV, fname), "wb") as f:
            f.write(data)
        ents = [e.gold() for e in all_entries(r)]
        gold.append({"file": fname, "family": r["family"], "as_of": AS_OF, "entries": ents,
                     "total_months": months(ents), "cs_months": months(ents, True)})
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
