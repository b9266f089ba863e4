"""Build dev/ for wild115 (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
random.seed(115)
from lib import count_months, AS_OF  # noqa: E402
from render import RENDERERS, EXT, entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.RES + defs_b.RES


def gold_line(d):
    es = [e.gold() for e in entries(d)]
    tot, cs = count_months(es)
    return {"file": f"{d['id']}.{EXT[d['renderer']]}", "family": d["family"], "as_of": AS_OF,
            "entries": es, "total_months": tot, "cs_months": cs}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        fn = f"{d['id']}.{EXT[d['renderer']]}"
        RENDERERS[d["renderer"]](d, os.path.join(DEV, fn))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
