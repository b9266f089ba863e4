"""Build dev/ for wild93 (byte-reproducible) and write dev/gold.jsonl."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random
from lib import AS_OF, totals
from render import RENDER
import defs_a, defs_b

random.seed(93)
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def entries_of(r):
    out = []
    for blk in r["blocks"]:
        if blk[0] in ("jobs", "table"):
            out += blk[2]
    return out


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    tot, cs = totals(ents)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": tot, "cs_months": cs}


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        RENDER[r["renderer"]](r, os.path.join(DEV, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
