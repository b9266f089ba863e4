"""Build wild10/dev: renders every résumé and writes dev/gold.jsonl.  Run from corpora/wild10."""
import json
import os
import random
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(1010)
from lib import AS_OF, months  # noqa: E402
from render import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEV = os.path.join(ROOT, "dev")


def fix_zip(path):
    """Rewrite a .docx with fixed timestamps so the build is byte-reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for fn in defs_a.RESUMES + defs_b.RESUMES:
        r = fn()
        path = os.path.join(DEV, r["file"])
        render(r, path)
        if path.endswith(".docx"):
            fix_zip(path)
        es = r["entries"]
        lines.append({"file": r["file"], "family": r["family"], "as_of": AS_OF,
                      "entries": [e.gold() for e in es], "total_months": months(es),
                      "cs_months": months([e for e in es if e.cs == "facing"])})
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in lines:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(lines)} résumés, {sum(len(g['entries']) for g in lines)} entries")


if __name__ == "__main__":
    main()
