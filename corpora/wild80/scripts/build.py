"""Build wild80/dev: one file per résumé plus dev/gold.jsonl. Byte-reproducible."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import E, AS_OF, months  # noqa: E402
from render import RENDER  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def entries_of(R):
    out = []
    for _, body in R["blocks"]:
        if isinstance(body, list) and body and isinstance(body[0], E):
            out += body
    return out


def fname(R):
    return f"{R['id']}.{EXT[R['r']]}"


def layout_code(R):
    return f"{RNAME[R['r']]}, {R.get('layout_name') or R.get('layout') or R.get('mdh') or 'plain'}/{R.get('hdr', 'title_org')}, " \
           f"{R.get('ds', 'mon')} / '{R.get('pw_label', R.get('pw', 'Present'))}'"


def gold(R):
    ents = [e.gold() for e in entries_of(R)]
    return {"file": fname(R), "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, only_facing=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in resumes():
        data = RENDER[R["r"]](R)
        with open(os.path.join(DEV, fname(R)), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} résumés to dev/")


if __name__ == "__main__":
    main()
