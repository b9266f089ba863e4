"""Build wild134/dev: render every résumé and write gold.jsonl from the same dicts."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402
from render import render  # noqa: E402

ALL = defs_a.R + defs_b.R


def main():
    dev = os.path.join(HERE, '..', 'dev')
    os.makedirs(dev, exist_ok=True)
    for f in os.listdir(dev):
        os.remove(os.path.join(dev, f))
    lines = []
    for R in ALL:
        render(R, os.path.join(dev, R['file']))
        lines.append(json.dumps(gold_line(R), ensure_ascii=False))
    with open(os.path.join(dev, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'built {len(ALL)} résumés')


if __name__ == '__main__':
    main()
