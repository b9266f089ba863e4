"""Build dev/ from defs_a + defs_b (byte-reproducible)."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months
from render import render, all_entries
import defs_a, defs_b

RESUMES = defs_a.R + defs_b.R


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return {"file": f"{r['id']}.{r['fmt']}", "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in RESUMES:
        render(r, os.path.join(dev, f"{r['id']}.{r['fmt']}"))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
