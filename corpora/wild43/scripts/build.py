"""Build wild43/dev: every résumé file and gold.jsonl (byte-reproducible). Run from corpora/wild43."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES


def entries_of(r):
    out = []
    for _, content in r["sections"]:
        if content and not isinstance(content[0], str):
            out.extend(content)
    return out


def main():
    dev = os.path.join(HERE, "..", "dev")
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in RESUMES:
        fn = f"{r['file']}.{r['ext']}"
        data = RENDERERS[r["renderer"]](r)
        with open(os.path.join(dev, fn), "wb") as f:
            f.write(data)
        ents = [e.gold() for e in entries_of(r)]
        lines.append(json.dumps({"file": fn, "family": r["family"], "as_of": AS_OF, "entries": ents,
                                 "total_months": months(ents),
                                 "cs_months": months(ents, facing_only=True)}, ensure_ascii=False))
    with open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(RESUMES)} files")


if __name__ == "__main__":
    main()
