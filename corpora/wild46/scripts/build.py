"""Build wild46/dev: every résumé file and gold.jsonl. Run from corpora/wild46."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(46)
from lib import AS_OF, merged_months
from render import render
import defs_a, defs_b

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(HERE, "dev")


def gold_line(r):
    entries = [e.gold() for e in r["entries"]]
    return {"file": f"{r['id']}.{r['ext']}", "family": r["family"], "as_of": AS_OF, "entries": entries,
            "total_months": merged_months(entries),
            "cs_months": merged_months([e for e in entries if e["cs"] == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = defs_a.R + defs_b.R
    lines = []
    for r in rs:
        render(r, os.path.join(DEV, f"{r['id']}.{r['ext']}"))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
