"""Build dev/ (files + gold.jsonl) byte-reproducibly. Run from corpora/wild69."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, months  # noqa: E402
from render import RENDERERS, entries  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def gold(R):
    ents = entries(R)
    return {"file": f"{R['id']}.{R['ext']}", "family": R["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents], "total_months": months(ents),
            "cs_months": months(ents, cs_only=True)}


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_resumes():
        path = os.path.join(DEV, f"{R['id']}.{R['ext']}")
        RENDERERS[R["r"]](R, path)
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files in {DEV}")


if __name__ == "__main__":
    main()
