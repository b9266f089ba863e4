"""Write dev/ (files + gold.jsonl) byte-reproducibly."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(121)

from lib import AS_OF, totals  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES


def gold_line(R):
    ents = [e.gold() for e in R["entries"]]
    t, c = totals(ents)
    return {"file": f"{R['id']}.{R['fmt']}", "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": t, "cs_months": c}


def entries_in_order(R):
    out = []
    for kind, _t, body in R["blocks"]:
        if kind == "exp":
            out += body
    return out


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for R in RESUMES:
        R["entries"] = entries_in_order(R)
        data = render(R)
        with open(os.path.join(dev, f"{R['id']}.{R['fmt']}"), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(RESUMES)} files")


if __name__ == "__main__":
    main()
