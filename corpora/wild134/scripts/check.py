"""Check wild134/dev: schema, labels, dates, month recount, entry counts, size, text presence."""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import CS, EMP, KINDS, SECTIONS  # noqa: E402


def month_set(pairs):
    """Independent recount: inclusive months, overlaps merged, 'present' = 2026-11."""
    out = set()
    for s, e in pairs:
        if s is None:
            continue
        e = '2026-11' if e == 'present' else e
        a = int(s[:4]) * 12 + int(s[5:7]) - 1
        b = int(e[:4]) * 12 + int(e[5:7]) - 1
        out.update(range(a, b + 1))
    return out

DEV = os.path.join(HERE, '..', 'dev')
TOP = ['file', 'family', 'as_of', 'entries', 'total_months', 'cs_months']
ENT = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section', 'employment_type',
       'bullets', 'cs', 'kind']
YM = re.compile(r'^\d{4}-(0[1-9]|1[0-2])$')


def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        out = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        out.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return '\n'.join(out)
    raw = open(path, encoding='utf-8').read()
    if ext == 'html':
        import html
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', raw))
    return raw


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    return re.sub(r'\s+', '', s).casefold()


def main():
    errs = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, 'gold.jsonl'), encoding='utf-8')]
    files = sorted(f for f in os.listdir(DEV) if f != 'gold.jsonl')
    if [g['file'] for g in golds] != files:
        errs.append('gold file list differs from dev/ files')
    total = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total >= 2 * 1024 * 1024:
        errs.append(f'size {total} >= 2 MB')
    n = 0
    for g in golds:
        f = g['file']
        if list(g) != TOP:
            errs.append(f'{f}: top keys {list(g)}')
        if g['as_of'] != '2026-11':
            errs.append(f'{f}: as_of')
        ents = g['entries']
        if not 3 <= len(ents) <= 6:
            errs.append(f'{f}: {len(ents)} entries')
        txt = norm(text_of(os.path.join(DEV, f)))
        for i, e in enumerate(ents):
            n += 1
            w = f'{f}#{i} {e.get("title")}'
            if list(e) != ENT:
                errs.append(f'{w}: keys {list(e)}')
                continue
            if e['cs'] not in CS:
                errs.append(f'{w}: cs')
            if (e['cs'] == 'facing') != (e['kind'] is not None) or (e['kind'] and e['kind'] not in KINDS):
                errs.append(f'{w}: kind {e["kind"]}')
            if e['section'] not in SECTIONS or e['employment_type'] not in EMP:
                errs.append(f'{w}: section/employment_type')
            if not isinstance(e['bullets'], list) or not all(isinstance(b, str) and b for b in e['bullets']):
                errs.append(f'{w}: bullets')
            s, en, p = e['start'], e['end'], e['date_precision']
            if s is None:
                if en is not None or p is not None:
                    errs.append(f'{w}: undated entry with end/precision')
            else:
                if p not in ('month', 'year') or not YM.match(s) or not (en == 'present' or YM.match(en)):
                    errs.append(f'{w}: date format {s} {en} {p}')
                elif en != 'present' and en < s:
                    errs.append(f'{w}: end before start')
                elif (en == 'present' and '2026-11' < s):
                    errs.append(f'{w}: start after as_of')
                if p == 'year' and (not s.endswith('-01') or not (en == 'present' or en.endswith('-12'))):
                    errs.append(f'{w}: year precision not Jan..Dec')
            if norm(e['title']) not in txt:
                errs.append(f'{w}: title not in text')
            if e['organization'] and norm(e['organization']) not in txt:
                errs.append(f'{w}: organization {e["organization"]!r} not in text')
        tm = len(month_set([(e['start'], e['end']) for e in ents]))
        cm = len(month_set([(e['start'], e['end']) for e in ents if e['cs'] == 'facing']))
        if (tm, cm) != (g['total_months'], g['cs_months']):
            errs.append(f'{f}: months {tm}/{cm} vs gold {g["total_months"]}/{g["cs_months"]}')
        if f.endswith('.docx'):
            for zi in zipfile.ZipFile(os.path.join(DEV, f)).infolist():
                if zi.date_time != (2026, 11, 2, 9, 30, 0):
                    errs.append(f'{f}: zip timestamp {zi.filename}')
                    break
    for e in errs:
        print('ERROR', e)
    print(f'{len(golds)} files, {n} entries, {total} bytes, {len(errs)} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
