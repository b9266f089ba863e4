"""Build wild142/dev: render every résumé and write dev/gold.jsonl from the same dicts."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import gold_line  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def all_resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES
    for d in rs:
        d["ext"] = EXT[d["renderer"]]
    return rs


def main():
    os.makedirs(DEV, exist_ok=True)
    rs = all_resumes()
    keep = {"gold.jsonl"}
    lines = []
    for d in rs:
        fn = d["id"] + "." + d["ext"]
        keep.add(fn)
        render(d, os.path.join(DEV, fn))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for fn in os.listdir(DEV):  # stale outputs of this build only
        if fn not in keep and fn[:1] == "w":
            os.remove(os.path.join(DEV, fn))
    print(f"built {len(rs)} résumés into {DEV}")


if __name__ == "__main__":
    main()
