"""Build wild57/dev: render every résumé and write gold.jsonl (byte-reproducible)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import gold_line
from render import RENDER, EXT
import defs_a, defs_b

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")


def all_resumes():
    rs = defs_a.RESUMES + defs_b.RESUMES
    for i, r in enumerate(rs, 1):
        r["file"] = f"w{i:03d}.{EXT[r['fmt']]}"
    return rs


def main():
    os.makedirs(ROOT, exist_ok=True)
    lines = []
    for r in all_resumes():
        RENDER[r["fmt"]](r, os.path.join(ROOT, r["file"]))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8", newline="\n").write("\n".join(lines) + "\n")
    print(f"built {len(lines)} files")


if __name__ == "__main__":
    main()
