"""Build dev/ for wild117 byte-reproducibly: ../../.venv/bin/python scripts/build.py (from corpora/wild117)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import render  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def all_docs():
    return defs_a.DOCS + defs_b.DOCS


def main():
    out = os.path.join(HERE, "..", "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for doc in all_docs():
        fn = doc["id"] + "." + EXT[doc["r"]]
        data = render.RENDER[doc["r"]](doc)
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)
        ents = render.entries(doc)
        facing = [e for e in ents if e.cs == "facing"]
        g = {"file": fn, "family": doc["family"], "as_of": lib.AS_OF,
             "entries": [e.gold() for e in ents],
             "total_months": lib.months(ents), "cs_months": lib.months(facing)}
        lines.append(json.dumps(g, ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(lines), "files")


if __name__ == "__main__":
    main()
