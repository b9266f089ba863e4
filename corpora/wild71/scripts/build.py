"""Build wild71/dev: résumé files and gold.jsonl (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, months  # noqa: E402
from render import RENDER, EXT, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
ALL = defs_a.R + defs_b.R


def gold_line(R):
    ents = [e.gold() for e in all_entries(R)]
    tot, cs = months(ents)
    return {"file": f"{R['id']}.{EXT[R['renderer']]}", "family": R["family"], "as_of": AS_OF,
            "entries": ents, "total_months": tot, "cs_months": cs}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in ALL:
        g = gold_line(R)
        with open(os.path.join(DEV, g["file"]), "wb") as f:
            f.write(RENDER[R["renderer"]](R))
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(ALL)} files")


if __name__ == "__main__":
    main()
