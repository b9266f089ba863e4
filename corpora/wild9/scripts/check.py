"""Check wild9/dev: titles/organisations present in extracted text, schema, month recount.  Run from corpora/wild9."""
import json, os, re, sys, unicodedata
from collections import Counter

DEV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev')
KINDS = {'in_person_service', 'contact_center', 'digital_service', 'sales_account', 'healthcare_care', 'education',
         'volunteering', 'entrepreneurial_freelance', 'internal_support', 'other_facing'}
KEYS = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section', 'employment_type',
        'bullets', 'cs', 'kind']


def extract(path):
    if path.endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return '\n'.join(parts)
    return open(path, encoding='utf-8').read()


def norm(s):
    s = unicodedata.normalize('NFKC', s).lower().replace('’', "'")
    return re.sub(r'\s+', '', s)


def ym(v, end):
    if v == 'present':
        return 2026 * 12 + 10
    if re.fullmatch(r'\d{4}', v):
        return int(v) * 12 + (11 if end else 0)
    assert re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', v), v
    y, m = v.split('-')
    return int(y) * 12 + int(m) - 1


def months(ents):
    months = set()
    for e in ents:
        if e['start'] is None:
            continue
        a, b = ym(e['start'], False), ym(e['end'], True)
        assert a <= b <= 2026 * 12 + 10, e
        months.update(range(a, b + 1))
    return len(months)


def main():
    errs = []
    lines = [json.loads(l) for l in open(os.path.join(DEV, 'gold.jsonl'), encoding='utf-8')]
    files = sorted(f for f in os.listdir(DEV) if f != 'gold.jsonl')
    if [l['file'] for l in lines] != files:
        errs.append('gold file order/list mismatch')
    cs, kinds, fmts, n = Counter(), Counter(), Counter(), 0
    for l in lines:
        f = l['file']
        fmts[f.rsplit('.', 1)[1]] += 1
        txt = norm(extract(os.path.join(DEV, f)))
        if l['as_of'] != '2026-11' or set(l) != {'file', 'family', 'as_of', 'entries', 'total_months', 'cs_months'}:
            errs.append(f'{f}: top-level schema')
        for e in l['entries']:
            n += 1
            if list(e) != KEYS:
                errs.append(f'{f}: keys {list(e)}')
            for k in ('title', 'organization'):
                if e[k] is not None and norm(e[k]) not in txt:
                    errs.append(f'{f}: {k} not in text: {e[k]!r}')
            if e['cs'] not in ('facing', 'affecting', 'none'):
                errs.append(f'{f}: cs {e["cs"]}')
            if (e['cs'] == 'facing') != (e['kind'] in KINDS) or (e['cs'] != 'facing' and e['kind'] is not None):
                errs.append(f'{f}: kind {e["title"]}')
            if e['section'] not in ('work', 'volunteer', 'other'):
                errs.append(f'{f}: section')
            if e['employment_type'] not in ('paid', 'volunteer', 'freelance', 'internship', 'military', 'unknown'):
                errs.append(f'{f}: employment_type')
            p = e['date_precision']
            if e['start'] is None:
                if e['end'] is not None or p is not None:
                    errs.append(f'{f}: undated entry with end/precision')
            elif p != ('year' if len(e['start']) == 4 else 'month'):
                errs.append(f'{f}: precision {e["title"]}')
            if not isinstance(e['bullets'], list):
                errs.append(f'{f}: bullets')
            cs[e['cs']] += 1
            if e['kind']:
                kinds[e['kind']] += 1
        if months(l['entries']) != l['total_months']:
            errs.append(f'{f}: total_months {l["total_months"]} != {months(l["entries"])}')
        cm = months([e for e in l['entries'] if e['cs'] == 'facing'])
        if cm != l['cs_months']:
            errs.append(f'{f}: cs_months {l["cs_months"]} != {cm}')
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    print('files', len(lines), dict(fmts), 'entries', n, dict(cs), dict(kinds), f'size {size/1e6:.2f} MB')
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
