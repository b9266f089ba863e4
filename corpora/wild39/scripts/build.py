"""Build wild39/dev: every résumé file and gold.jsonl. Run from corpora/wild39."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import gold_line
from render import RENDER
import defs_a, defs_b

ALL = defs_a.R + defs_b.R


def main():
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev")
    os.makedirs(out, exist_ok=True)
    lines = []
    for r in ALL:
        fn, ext = RENDER[r["fmt"]]
        assert r["file"].endswith("." + ext), r["file"]
        with open(os.path.join(out, r["file"]), "wb") as f:
            f.write(fn(r))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(ALL), "files")


if __name__ == "__main__":
    main()
