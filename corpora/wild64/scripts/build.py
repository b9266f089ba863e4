"""Write dev/ files and dev/gold.jsonl (byte-reproducible)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(64)
from lib import months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def entries(R):
    return [e for sec in R["sections"] if sec[0] == "exp" for e in sec[2]]


def gold(R):
    es = entries(R)
    return {"file": f"{R['id']}.{EXT[R['r']]}", "family": R["family"], "as_of": "2026-11",
            "entries": [e.gold() for e in es], "total_months": months(es),
            "cs_months": months([e for e in es if e.cs == "facing"])}


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for R in all_resumes():
        g = gold(R)
        render(R, os.path.join(dev, g["file"]))
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} résumés")


if __name__ == "__main__":
    main()
