"""Build wild79/dev byte-reproducibly: files + gold.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import AS_OF, months  # noqa: E402
from render import RENDER, expand  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def all_defs():
    return defs_a.RESUMES + defs_b.RESUMES


def gold_line(d):
    _, entries = expand(d)
    ents = [e.gold(caps=d.get("opts", {}).get("caps", False)) for e in entries]
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, only_facing=True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for d in all_defs():
        data = RENDER[d["fmt"]](d)
        with open(os.path.join(DEV, d["file"]), "wb") as f:
            f.write(data)
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} files")


if __name__ == "__main__":
    main()
