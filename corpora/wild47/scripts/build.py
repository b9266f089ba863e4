"""Build wild47/dev: the résumé files and gold.jsonl. Byte-reproducible."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, month_set  # noqa: E402
from render import RENDERERS  # noqa: E402
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ALL = defs_a.R + defs_b.R


def entries_of(r):
    out = []
    for kind, head, body in r['blocks']:
        if kind == 'jobs':
            out += body
    return out


def gold_line(r):
    es = entries_of(r)
    return {'file': r['file'], 'family': r['family'], 'as_of': AS_OF, 'entries': [e.gold() for e in es],
            'total_months': len(month_set(es)), 'cs_months': len(month_set(es, facing=True))}


def main():
    dev = os.path.join(HERE, '..', 'dev')
    os.makedirs(dev, exist_ok=True)
    lines = []
    for r in sorted(ALL, key=lambda r: r['file']):
        RENDERERS[r['renderer']](r, os.path.join(dev, r['file']))
        lines.append(json.dumps(gold_line(r), ensure_ascii=False))
    with open(os.path.join(dev, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'built {len(lines)} files')


if __name__ == '__main__':
    main()
