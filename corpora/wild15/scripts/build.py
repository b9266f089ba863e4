"""Build corpora/wild15/dev: 30 résumé files and gold.jsonl.

Run from corpora/wild15:  ../../.venv/bin/python scripts/build.py   [w001 w007 ...]  (optional subset)
Byte-reproducible: fixed seed, reportlab invariant=1, fpdf2 fixed creation date, DOCX/ODT core
properties fixed and every zip entry written with a fixed timestamp.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import gold_line  # noqa: E402

SEED = 1515
OUT = os.path.join(os.path.dirname(HERE), 'dev')


def renderers():
    import r_pdf_rl
    import r_pdf_fp
    import r_docx
    import r_odt
    import r_text
    table = {}
    for mod in (r_pdf_rl, r_pdf_fp, r_docx, r_odt, r_text):
        for name in dir(mod):
            if name.split('_')[0] in ('pdf', 'docx', 'odt', 'txt', 'md', 'html', 'rtf'):
                table[name] = getattr(mod, name)
    return table


def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    table = renderers()
    resumes = defs_a.RESUMES + defs_b.RESUMES
    lines = []
    for d in resumes:
        stem = d['file'].split('.')[0]
        # a per-file generator seeded from the corpus seed keeps files independent of build order
        rng = random.Random(f'{SEED}-{stem}')
        if not only or stem in only:
            fn = table[d['render']]
            fn(d, os.path.join(OUT, d['file']), rng) if fn.__code__.co_argcount == 3 else \
                fn(d, os.path.join(OUT, d['file']))
        lines.append(json.dumps(gold_line(d), ensure_ascii=False))
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'wrote {len(resumes) if not only else len(only)} files and gold.jsonl ({len(lines)} lines) to {OUT}')


if __name__ == '__main__':
    main(set(sys.argv[1:]) or None)
