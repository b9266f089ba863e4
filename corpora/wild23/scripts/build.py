"""Build wild23/dev: every résumé file and dev/gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import totals  # noqa: E402
from render import RENDERERS, all_entries  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402
import defs_c  # noqa: E402

AS_OF = "2026-11"
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES + defs_c.RESUMES


def main():
    random.seed(23)
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for d in resumes():
        fn = f"{d['file']}.{EXT[d['renderer']]}"
        RENDERERS[d["renderer"]](d, os.path.join(dev, fn))
        entries = [e.gold() for e in all_entries(d)]
        tm, cm = totals(entries)
        lines.append({"file": fn, "family": d["family"], "as_of": AS_OF, "entries": entries,
                      "total_months": tm, "cs_months": cm})
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in lines:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} résumés, {sum(len(g['entries']) for g in lines)} entries")


if __name__ == "__main__":
    main()
