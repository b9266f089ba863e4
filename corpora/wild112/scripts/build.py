"""Build dev/ of wild112 byte-reproducibly (no randomness; fixed dates)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402
from lib import E, gold_line  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    out = []
    for r in A + B:
        r = dict(r)
        r["entries"] = [x for _, content in list(r.get("side", [])) + list(r["body"]) for x in content
                        if isinstance(x, E)]
        out.append(r)
    return out


def main():
    os.makedirs(DEV, exist_ok=True)
    gold = []
    for r in all_resumes():
        path = os.path.join(DEV, r["file"])
        ext = r["file"].rsplit(".", 1)[1]
        if ext == "pdf":
            (render.render_rl if r["renderer"] == "reportlab" else render.render_fpdf)(r, path)
        elif ext == "docx":
            render.render_docx(r, path)
        else:
            txt = {"txt": render.render_txt, "md": render.render_md, "html": render.render_html}[ext](r)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(txt)
        gold.append(gold_line(r))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"built {len(gold)} files")


if __name__ == "__main__":
    main()
