"""Build wild137/dev: render every résumé from defs_a/defs_b and write dev/gold.jsonl.

Run from corpora/wild137:  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_record  # noqa: E402
from render import render  # noqa: E402

EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def all_resumes():
    res = list(defs_a.RESUMES) + list(defs_b.RESUMES)
    for i, R in enumerate(res, 1):
        stem, ext = R["file"].rsplit(".", 1)
        assert stem == f"w{i:03d}", (R["file"], i)
        assert EXT[R["fmt"]] == ext, R["file"]
    return res


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.startswith("w") or f == "gold.jsonl":
            os.remove(os.path.join(outdir, f))
    lines = []
    for R in all_resumes():
        render(R, os.path.join(outdir, R["file"]))
        lines.append(json.dumps(gold_record(R), ensure_ascii=False))
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "dev")
    n = build(out)
    print(f"built {n} résumés into {os.path.normpath(out)}")
