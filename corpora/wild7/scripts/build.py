"""Build wild7/dev: every résumé file plus dev/gold.jsonl.  Run from corpora/wild7."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from defs import DEFS  # noqa: E402
from lib import gold_line  # noqa: E402
import render_text, render_docx, render_pdf  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in DEFS:
        path = os.path.join(DEV, d["file"])
        r = d["render"]
        if r in render_text.RENDERERS:
            with open(path, "w", encoding="utf-8") as f:
                f.write(render_text.RENDERERS[r](d))
        elif r in render_docx.RENDERERS:
            render_docx.RENDERERS[r](d, path)
        else:
            render_pdf.RENDERERS[r](d, path)
        lines.append(gold_line(d))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(DEFS)} files")


if __name__ == "__main__":
    main()
