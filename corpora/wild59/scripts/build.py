"""Build wild59 dev: renders every résumé and writes dev/gold.jsonl. Run from corpora/wild59."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(59)
from lib import AS_OF, count_months
from render import RENDERERS
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def entries_of(r):
    return [e for b in r["blocks"] if b[0] == "jobs" for e in b[2]]


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        RENDERERS[r["fmt"]](r, os.path.join(DEV, r["file"]))
        ents = [e.gold() for e in entries_of(r)]
        lines.append(json.dumps({"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
                                 "total_months": count_months(ents),
                                 "cs_months": count_months(ents, facing_only=True)}, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
