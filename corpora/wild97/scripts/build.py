"""Build wild97/dev byte-reproducibly: résumé files plus gold.jsonl."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import AS_OF, months  # noqa: E402
import render  # noqa: E402
from defs_a import R as RA  # noqa: E402
from defs_b import R as RB  # noqa: E402

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
R = RA + RB


def gold_line(r):
    ents = [e.gold() for e in render.gold_entries(r)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months([g for g in ents if g["cs"] == "facing"])}


def build_one(r):
    path = os.path.join(DEV, r["file"])
    kind = r["r"]
    if kind == "rl":
        render.render_rl(r, path)
    elif kind == "fp":
        render.render_fp(r, path)
    elif kind == "docx":
        render.render_docx(r, path)
    else:
        txt = {"txt": render.render_txt, "md": render.render_md, "html": render.render_html}[kind](r)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in R:
        build_one(r)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(R)} files")


if __name__ == "__main__":
    main()
