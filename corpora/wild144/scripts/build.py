"""Render every wild144 dev résumé and write dev/gold.jsonl (deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, total_months, cs_months  # noqa: E402
import defs_a, defs_b, defs_c  # noqa: E402
from render_pdf import render_pdf  # noqa: E402
from render_docx import render_docx  # noqa: E402
from render_text import render_txt, render_md, render_html  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")

RESUMES = defs_a.RESUMES + defs_b.RESUMES + defs_c.RESUMES


def referenced(blocks):
    out = []
    for b in blocks or []:
        if b[0] in ("jobs", "etable"):
            out += [id(e) for e in b[1]]
    return set(out)


def gold_line(r):
    ents = r["entries"]
    return {
        "file": r["file"],
        "family": r["family"],
        "as_of": AS_OF,
        "entries": [e.gold() for e in ents],
        "total_months": total_months(ents),
        "cs_months": cs_months(ents),
    }


def main():
    os.makedirs(DEV, exist_ok=True)
    names = [r["file"] for r in RESUMES]
    assert names == sorted(names) and len(set(names)) == len(names) == 30, names
    lines = []
    for r in RESUMES:
        refs = referenced(r.get("body")) | referenced(r.get("side"))
        missing = [e.title for e in r["entries"] if id(e) not in refs]
        assert not missing, (r["file"], missing)
        path = os.path.join(DEV, r["file"])
        kind = r["renderer"]
        if kind in ("rl", "fpdf"):
            render_pdf(r, path, kind)
        elif kind == "docx":
            render_docx(r, path)
        elif kind == "txt":
            render_txt(r, path)
        elif kind == "md":
            render_md(r, path)
        elif kind == "html":
            render_html(r, path)
        else:
            raise ValueError(kind)
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files, {sum(len(r['entries']) for r in RESUMES)} entries")


if __name__ == "__main__":
    main()
