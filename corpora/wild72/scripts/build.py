"""Write dev/ (files + gold.jsonl) byte-reproducibly from defs_a.py and defs_b.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, totals  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    return defs_a.RES + defs_b.RES


def gold(R):
    ents = []
    for sec in R["sections"]:
        if sec[1] == "jobs":
            ents += [e.gold() for e in sec[2]]
    tot, cs = totals(ents)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": tot, "cs_months": cs}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_resumes():
        data = RENDER[R["renderer"]](R)
        with open(os.path.join(DEV, R["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} résumés to dev/")


if __name__ == "__main__":
    main()
