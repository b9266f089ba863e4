"""Build wild27/dev: 30 résumé files and gold.jsonl.  Run from corpora/wild27:
    ../../.venv/bin/python scripts/build.py
Byte-reproducible: fixed PDF creation dates (reportlab invariant=1, fpdf2 set_creation_date),
DOCX core properties and zip entry timestamps fixed."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, count_months  # noqa: E402
from render import RENDERERS, all_entries  # noqa: E402

random.seed(27)
DEV = os.path.join(os.path.dirname(HERE), "dev")


def resumes():
    return defs_a.R + defs_b.R


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for i, R in enumerate(resumes(), 1):
        assert R["file"].startswith(f"w{i:03d}."), R["file"]
        path = os.path.join(DEV, R["file"])
        RENDERERS[R["render"]](R, path)
        ents = [e.gold() for e in all_entries(R)]
        lines.append(json.dumps({
            "file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": count_months(ents), "cs_months": count_months(ents, facing_only=True),
        }, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés into {DEV}")


if __name__ == "__main__":
    main()
