"""Build wild136/dev: render every résumé and write gold.jsonl from the same dicts.

Usage (from corpora/wild136):  ../../.venv/bin/python scripts/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import render  # noqa: E402
from lib import gold_line  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")


def all_resumes():
    return defs_a.RESUMES + defs_b.RESUMES


def main():
    os.makedirs(DEV, exist_ok=True)
    res_list = all_resumes()
    ids = [r["id"] for r in res_list]
    assert ids == sorted(ids) and len(set(ids)) == len(ids), ids
    wanted = {f"{r['id']}.{r['ext']}" for r in res_list} | {"gold.jsonl"}
    for fn in os.listdir(DEV):
        if fn not in wanted:
            os.remove(os.path.join(DEV, fn))
    facts = {}
    gold = []
    for res in res_list:
        fn = f"{res['id']}.{res['ext']}"
        info = render.render(res, os.path.join(DEV, fn))
        facts[fn] = info
        gold.append(gold_line(res))
    with open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "build_facts.json"), "w", encoding="utf-8") as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    for fn, info in facts.items():
        print(f"{fn:10s} pages={info['pages']}  split inside: {', '.join(info['splits']) or '-'}")
    print(f"{len(res_list)} résumés, {sum(len(g['entries']) for g in gold)} entries")


if __name__ == "__main__":
    main()
