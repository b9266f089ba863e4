"""Render every résumé and write dev/gold.jsonl from the same definitions."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import RENDER  # noqa: E402
import defs_a, defs_b, defs_c  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, '..', 'dev')


def all_specs():
    return [f() for f in defs_a.DEFS + defs_b.DEFS + defs_c.DEFS]


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    pages = {}
    for R in all_specs():
        out = os.path.join(DEV, R['file'])
        n = RENDER[R['renderer']](R, out)
        if n:
            pages[R['file']] = n
        lines.append(json.dumps(R['b'].gold(R['file'], R['family']), ensure_ascii=False))
    with open(os.path.join(DEV, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    for k, v in pages.items():
        print(k, v, 'page(s)')
    print(len(lines), 'files')


if __name__ == '__main__':
    main()
