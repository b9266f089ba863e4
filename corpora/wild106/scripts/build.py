"""Write dev/ (files + gold.jsonl) byte-reproducibly."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import gold_line
from render import render
import defs_a, defs_b

DEV = os.path.join(HERE, "..", "dev")


def all_resumes():
    rs = defs_a.R + defs_b.R
    return sorted(rs, key=lambda r: r["id"])


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for r in all_resumes():
        render(r, os.path.join(DEV, f"{r['id']}.{r['fmt']}"))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} résumés")


if __name__ == "__main__":
    main()
