"""Build wild24/dev: render every résumé and write gold.jsonl.

Run from corpora/wild24:  ../../.venv/bin/python scripts/build.py
Byte-reproducible: no randomness; fixed PDF creation dates (reportlab invariant=1, fpdf2
set_creation_date), fixed DOCX core properties and zip entry timestamps.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, totals  # noqa: E402
from render import render  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.R + defs_b.R


def entries_of(R):
    out = []
    for b in R["body"]:
        if b[0] == "jobs":
            out.extend(b[1])
    return out


def gold_line(R):
    ents = [e.gold() for e in entries_of(R)]
    tm, cm = totals(ents)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": tm, "cs_months": cm}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for i, R in enumerate(all_resumes(), 1):
        assert R["file"].startswith("w%03d." % i), R["file"]
        render(R, os.path.join(DEV, R["file"]))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d résumés and gold.jsonl to %s" % (len(lines), DEV))


if __name__ == "__main__":
    main()
