"""Render every wild147 résumé and write dev/gold.jsonl (deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a, defs_b, defs_c  # noqa: E402
import render_docx, render_fp, render_rl, render_text  # noqa: E402
from lib import gold_line  # noqa: E402

RESUMES = defs_a.R + defs_b.R + defs_c.R
RENDERERS = {}
for mod in (render_docx, render_fp, render_rl, render_text):
    for name in dir(mod):
        if name.split("_")[0] in ("dx", "fp", "rl", "txt", "md", "html"):
            RENDERERS[name] = getattr(mod, name)


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for i, r in enumerate(RESUMES, 1):
        assert r["file"].startswith(f"w{i:03d}."), r["file"]
        RENDERERS[r["render"]](r, os.path.join(out, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
