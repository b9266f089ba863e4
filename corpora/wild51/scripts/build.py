"""Build corpora/wild51/dev: 30 résumé files and gold.jsonl (byte-reproducible)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, all_entries, months
from render import render
import defs_a, defs_b

ALL = defs_a.R + defs_b.R


def main():
    random.seed(51)
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    gold = []
    for r in ALL:
        fn = f"{r['id']}.{r['ext']}"
        render(r, os.path.join(out, fn))
        ents = [e.gold() for e in all_entries(r)]
        gold.append({"file": fn, "family": r["family"], "as_of": AS_OF, "entries": ents,
                     "total_months": months(ents), "cs_months": months(ents, only_facing=True)})
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
