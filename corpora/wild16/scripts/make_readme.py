"""Write ../README.md from dev/gold.jsonl, the definitions (layout codes) and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_specs  # noqa: E402

HEAD = open(os.path.join(HERE, 'readme_head.md'), encoding='utf-8').read()


def main():
    golds = [json.loads(l) for l in open(os.path.join(HERE, '..', 'dev', 'gold.jsonl'), encoding='utf-8')]
    layout = {R['file']: R['layout'] for R in all_specs()}
    ents = [e for g in golds for e in g['entries']]
    n = len(ents)
    fmt = collections.Counter(g['file'].rsplit('.', 1)[1] for g in golds)
    cs = collections.Counter(e['cs'] for e in ents)
    kinds = collections.Counter(e['kind'] for e in ents if e['kind'])
    sec = collections.Counter(e['section'] for e in ents)
    et = collections.Counter(e['employment_type'] for e in ents)
    nob = sum(1 for e in ents if not e['bullets'])
    yr = sum(1 for e in ents if e['date_precision'] == 'year')
    und = sum(1 for e in ents if e['start'] is None)
    out = [HEAD.rstrip(), '', f'## dev/ — {len(golds)} files, {n} entries', '',
           'Formats: ' + ', '.join(f'{k} {v}' for k, v in sorted(fmt.items())), '',
           'cs: ' + ', '.join(f'{k} {v} ({100 * v / n:.0f}%)' for k, v in sorted(cs.items())), '',
           'kinds (facing): ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())), '',
           'sections: ' + ', '.join(f'{k} {v}' for k, v in sorted(sec.items())) + '; employment_type: ' +
           ', '.join(f'{k} {v}' for k, v in sorted(et.items())) +
           f'; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}', '',
           '| file | family | renderer / layout / dates | entries | total months | cs months |',
           '|---|---|---|---|---|---|']
    for g in golds:
        out.append(f"| {g['file']} | {g['family']} | {layout[g['file']]} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out += ['', 'Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; '
            'org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = '
            "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer and dates on "
            'one comma line; orgfirst = employer heading with roles beneath; agency = agency or business heading with '
            'dated client placements beneath; seasons = one employer heading with repeated dated seasons), '
            'date style (+ tenure when a "(2 yrs 3 mos)" follows the dates) / present word. PDF page counts: '
            'see the family column.', '', '### Labels I was unsure of', '',
            open(os.path.join(HERE, 'unsure.md'), encoding='utf-8').read().strip(), '']
    with open(os.path.join(HERE, '..', 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


if __name__ == '__main__':
    main()
