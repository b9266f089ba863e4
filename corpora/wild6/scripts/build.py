"""Render every wild6 dev résumé and its gold line from the definitions in defs_a.py / defs_b.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import gold
from render_text import render_txt, render_md
from render_docx import render_docx
from render_pdf import render_reportlab, render_fpdf
import defs_a, defs_b

OUT = os.path.join(os.path.dirname(__file__), "..", "dev")


def main():
    rs = sorted(defs_a.RESUMES + defs_b.RESUMES, key=lambda r: r["file"])
    assert len({r["file"] for r in rs}) == len(rs)
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for r in rs:
        p = os.path.join(OUT, r["file"]); kind = r["renderer"]
        if kind == "txt":
            open(p, "w", encoding="utf-8").write(render_txt(r))
        elif kind == "md":
            open(p, "w", encoding="utf-8").write(render_md(r))
        elif kind == "docx":
            render_docx(r, p)
        elif kind == "reportlab":
            render_reportlab(r, p)
        elif kind == "fpdf":
            render_fpdf(r, p)
        else:
            raise ValueError(kind)
        lines.append(json.dumps(gold(r), ensure_ascii=False))
    open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files")


if __name__ == "__main__":
    main()
