"""Build dev/ (files + gold.jsonl) byte-reproducibly.  Run from corpora/wild111."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, months  # noqa: E402
from render import RENDERERS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.R + defs_b.R


def entries_of(R):
    out = []
    for _, content in R["sections"]:
        if isinstance(content, list) and content and not isinstance(content[0], str):
            out.extend(content)
    return out


def gold(R):
    ents = [e.gold() for e in entries_of(R)]
    return {"file": f"{R['id']}.{R['ext']}", "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months([e for e in ents if e["cs"] == "facing"])}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in all_defs():
        path = os.path.join(DEV, f"{R['id']}.{R['ext']}")
        RENDERERS[R["renderer"]](R, path)
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
