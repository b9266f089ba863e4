"""Render every résumé into corpora/wild/dev and write gold.jsonl."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import REGISTRY, AS_OF, union_months  # noqa: E402
import res_text, res_pdf, res_docx  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sorted(REGISTRY)
    expected = [f"w{i:03d}" for i in range(1, 46)]
    got = [n.split(".")[0] for n in names]
    assert got == expected, set(expected) ^ set(got)
    rows = []
    for name in names:
        family, fn = REGISTRY[name]
        entries = fn(os.path.join(OUT, name))
        gold = [e.gold() for e in entries]
        pairs = [(g["start"], g["end"]) for g in gold]
        cs_pairs = [(g["start"], g["end"]) for g in gold if g["cs"] == "facing"]
        rows.append({"file": name, "family": family, "as_of": AS_OF, "entries": gold,
                     "total_months": union_months(pairs), "cs_months": union_months(cs_pairs)})
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} résumés, {sum(len(r['entries']) for r in rows)} entries")


if __name__ == "__main__":
    main()
