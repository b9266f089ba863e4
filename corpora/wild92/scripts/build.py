"""Build dev/ byte-reproducibly from defs_a / defs_b."""
import json
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from lib import E, count
import render
import defs_a
import defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def entries(R):
    out = []
    for head, content in R["sections"]:
        if isinstance(content, list) and content and isinstance(content[0], E):
            out += content
    return out


def gold(R):
    es = entries(R)
    f = R["id"] + "." + EXT[R["renderer"]]
    return {"file": f, "family": R["family"], "as_of": "2026-11", "entries": [e.gold() for e in es],
            "total_months": count(es), "cs_months": count(es, True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in defs_a.RES + defs_b.RES:
        g = gold(R)
        path = os.path.join(DEV, g["file"])
        r = R["renderer"]
        if r == "reportlab":
            render.to_reportlab(R, path)
        elif r == "fpdf2":
            render.to_fpdf(R, path)
        elif r == "docx":
            render.to_docx(R, path)
        else:
            txt = {"txt": render.to_text, "md": render.to_md, "html": render.to_html}[r](R)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(txt)
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("built", len(lines))


if __name__ == "__main__":
    main()
