"""Build wild36/dev: every résumé file and gold.jsonl.  Run from corpora/wild36:
    ../../.venv/bin/python scripts/build.py
Byte-reproducible: fixed PDF creation dates (reportlab invariant=1, fpdf2 set_creation_date), fixed DOCX core
properties and zip entry timestamps; no randomness anywhere."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import defs_c  # noqa: E402
from lib import AS_OF, totals  # noqa: E402

RESUMES = defs_a.R + defs_b.R + defs_c.R


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in RESUMES:
        path = os.path.join(out, r["file"])
        r["render"](r, path)
        tm, cm = totals(r["entries"])
        g = {"file": r["file"], "family": r["family"], "as_of": AS_OF,
             "entries": [e.gold() for e in r["entries"]], "total_months": tm, "cs_months": cm}
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built %d files in %s" % (len(RESUMES), out))


if __name__ == "__main__":
    main()
