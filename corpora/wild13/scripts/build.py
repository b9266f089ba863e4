"""Build corpora/wild13/dev: 30 résumé files and gold.jsonl (deterministic).

Run from corpora/wild13:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = 1313
random.seed(SEED)  # nothing below draws at random today; kept fixed so future variation stays reproducible

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import render  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")


def resumes():
    return [f() for f in defs_a.ALL + defs_b.ALL]


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = resumes()
    ids = [r.id for r in rs]
    assert ids == [f"w{i:03d}" for i in range(1, 31)], ids
    lines = []
    for r in rs:
        path = os.path.join(DEV, r.file)
        doc = r.build()
        if r.fmt == "pdf":
            render.render_pdf(doc, path)
        elif r.fmt == "docx":
            render.render_docx(doc, path)
        else:
            render.render_text(doc, path, crlf=getattr(r, "crlf", False))
        lines.append(json.dumps(r.gold(), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(rs)} files into {DEV}")


if __name__ == "__main__":
    main()
