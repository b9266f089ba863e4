"""Build wild103/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import AS_OF, totals  # noqa: E402
from render import RENDERERS, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.DEFS + defs_b.DEFS


def gold_line(R):
    ents = [e.gold() for e in all_entries(R)]
    tot, cs = totals(ents)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": tot, "cs_months": cs}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_defs():
        RENDERERS[R["renderer"]](R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files into dev/")


if __name__ == "__main__":
    main()
