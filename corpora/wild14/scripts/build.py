"""Build corpora/wild14/dev: 30 résumé files and gold.jsonl.

Run from corpora/wild14:  ../../.venv/bin/python scripts/build.py
Deterministic: every résumé gets its own random.Random seeded from a fixed string (phone numbers and similar
noise only); PDFs carry fixed creation dates (reportlab invariant=1, fpdf2 set_creation_date); DOCX core
properties are fixed and the zip entries are rewritten with a fixed timestamp.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import render  # noqa: E402

try:
    import defs_b  # noqa: E402
    ALL = defs_a.ALL + defs_b.ALL
except ImportError:  # while writing
    ALL = defs_a.ALL

SEED = "wild14-dev-2026"
OUT = os.path.join(os.path.dirname(HERE), "dev")


def docs():
    for fn in ALL:
        rng = random.Random(f"{SEED}:{fn.__name__}")
        yield fn(rng)


def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    gold = []
    for d in docs():
        if only and d.file.split(".")[0] not in only:
            gold.append(d.gold())
            continue
        renderer = d.opts.get("renderer")
        render.RENDERERS[renderer](d, os.path.join(OUT, d.file))
        gold.append(d.gold())
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(gold)} files + gold.jsonl to {OUT}")


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
