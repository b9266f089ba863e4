"""Build wild25/dev: files and gold.jsonl. Run from corpora/wild25."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import E, months, AS_OF
from render import render
import defs_a, defs_b

RESUMES = defs_a.R + defs_b.R


def entries(r):
    out = []
    for head, items in r["sections"]:
        out += [x for x in items if isinstance(x, E)]
    return out


def main():
    os.makedirs("dev", exist_ok=True)
    gold = []
    for r in RESUMES:
        data = render(r)
        with open(os.path.join("dev", r["file"]), "wb") as f:
            f.write(data)
        ents = [e.gold() for e in entries(r)]
        gold.append({"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
                     "total_months": months(ents), "cs_months": months(ents, True)})
    with open("dev/gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
