"""Build dev/ from defs_a.py and defs_b.py (byte-reproducible)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import random  # noqa: E402
from lib import AS_OF, months_of  # noqa: E402
from render import RENDER, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

random.seed(65)
DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    gold = []
    for R in defs_a.RESUMES + defs_b.RESUMES:
        data = RENDER[R["renderer"]](R)
        with open(os.path.join(DEV, R["file"]), "wb") as f:
            f.write(data)
        es = all_entries(R)
        tot, cs = months_of(es)
        gold.append({"file": R["file"], "family": R["family"], "as_of": AS_OF,
                     "entries": [e.gold() for e in es], "total_months": tot, "cs_months": cs})
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
