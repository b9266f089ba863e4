"""Build corpora/wild82/dev byte-reproducibly: résumé files plus gold.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import lib  # noqa: E402
import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def gold_line(R):
    ents = render.all_entries(R)
    fname = R["id"] + "." + render.EXT[R["renderer"]]
    return {"file": fname, "family": R["family"], "as_of": lib.AS_OF,
            "entries": [e.gold() for e in ents],
            "total_months": lib.months(ents), "cs_months": lib.months(ents, True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in resumes():
        g = gold_line(R)
        render.render(R, os.path.join(DEV, g["file"]))
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(lines), "résumés")


if __name__ == "__main__":
    main()
