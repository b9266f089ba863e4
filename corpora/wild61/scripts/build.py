"""Build wild61/dev: render every résumé and write gold.jsonl. Byte-reproducible."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months  # noqa: E402
from render import all_entries, render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RESUMES = defs_a.R + defs_b.R


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in sorted(RESUMES, key=lambda r: r["id"]):
        path = render(r, out)
        ents = [e.gold() for e in all_entries(r)]
        lines.append(json.dumps({"file": os.path.basename(path), "family": r["family"], "as_of": AS_OF,
                                 "entries": ents, "total_months": months(ents),
                                 "cs_months": months(ents, only_facing=True)}, ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"built {len(lines)} résumés")


if __name__ == "__main__":
    main()
