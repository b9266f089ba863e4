"""Render every résumé of wild146/dev and write dev/gold.jsonl.

Run from corpora/wild146:  ../../.venv/bin/python scripts/build.py
Deterministic: fixed PDF dates (reportlab invariant=1, fpdf2 set_creation_date),
DOCX core properties and zip timestamps fixed.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
from render_text import render_txt, render_md, render_html  # noqa: E402
from render_docx import render_docx  # noqa: E402
from render_pdf import render_rl, render_fpdf  # noqa: E402
import defs_a, defs_b, defs_c  # noqa: E402

RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx,
          "rl": render_rl, "fpdf": render_fpdf}


def all_defs():
    ds = defs_a.R + defs_b.R + defs_c.R
    names = [d["file"] for d in ds]
    assert names == sorted(names) and len(set(names)) == len(names), names
    return ds


def main():
    out = os.path.join(os.path.dirname(HERE), "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for d in all_defs():
        RENDER[d["render"]](d, os.path.join(out, d["file"]))
        lines.append(json.dumps(lib.gold_line(d), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files and gold.jsonl to {out}")


if __name__ == "__main__":
    main()
