"""Build corpora/wild12/dev: 30 résumé files and gold.jsonl. Deterministic and byte-reproducible.

Run from corpora/wild12:  ../../.venv/bin/python scripts/build.py
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import render_docx  # noqa: E402
import render_pdf  # noqa: E402
import render_text  # noqa: E402
from lib import gold_line  # noqa: E402

SEED = 12
OUT = os.path.join(os.path.dirname(HERE), "dev")
ZIP_TIME = (2026, 10, 15, 9, 0, 0)


def all_defs():
    return defs_a.R + defs_b.R


def renderer(name):
    for mod in (render_pdf, render_docx, render_text):
        if hasattr(mod, name):
            return getattr(mod, name)
    raise KeyError(name)


def normalise_docx(path):
    """Rewrite the DOCX zip with a fixed timestamp on every entry (order and content kept)."""
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    random.seed(SEED)
    os.makedirs(OUT, exist_ok=True)
    defs = all_defs()
    assert [d["file"] for d in defs] == [f"w{i:03d}.{d['file'].split('.')[1]}" for i, d in enumerate(defs, 1)]
    lines = []
    for d in defs:
        path = os.path.join(OUT, d["file"])
        renderer(d["render"])(d, path)
        if path.endswith(".docx"):
            normalise_docx(path)
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
        print(f"{d['file']:10s} {len(d['entries'])} entries  {os.path.getsize(path):>7d} bytes")
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
