"""Build dev/ files and dev/gold.jsonl from the résumé definitions."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from lib import gold_entry, totals, AS_OF
import render_text, render_docx, render_pdf
from defs_a import RESUMES as A
from defs_b import RESUMES as B

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    resumes = sorted(A + B, key=lambda r: r["id"])
    ids = [r["id"] for r in resumes]
    assert len(ids) == len(set(ids)), "duplicate ids"
    lines = []
    for r in resumes:
        fn = f"{r['id']}.{r['fmt']}"
        path = os.path.join(DEV, fn)
        if r["fmt"] in ("txt", "md"):
            render_text.render(r, path)
        elif r["fmt"] == "docx":
            render_docx.render(r, path)
        else:
            render_pdf.render(r, path)
        tot, cs = totals(r["entries"])
        lines.append(json.dumps({"file": fn, "family": r["family"], "as_of": AS_OF,
                                 "entries": [gold_entry(e) for e in r["entries"]],
                                 "total_months": tot, "cs_months": cs}, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(resumes)} files, {sum(len(r['entries']) for r in resumes)} entries")


if __name__ == "__main__":
    main()
