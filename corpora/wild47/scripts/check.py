"""Check wild47/dev gold against the schema and the files' extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, '..', 'dev')
AS_OF = '2026-11'
TOP = ['file', 'family', 'as_of', 'entries', 'total_months', 'cs_months']
KEYS = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section', 'employment_type',
        'bullets', 'cs', 'kind']
KINDS = {'in_person_service', 'contact_center', 'digital_service', 'sales_account', 'healthcare_care', 'education',
         'volunteering', 'entrepreneurial_freelance', 'internal_support', 'other_facing'}
SECTIONS = {'work', 'volunteer', 'other'}
ETYPES = {'paid', 'volunteer', 'freelance', 'internship', 'military', 'unknown'}
YM = re.compile(r'^\d{4}-(0[1-9]|1[0-2])$')


def ym(s):
    s = AS_OF if s == 'present' else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(entries, facing=False):
    m = set()
    for e in entries:
        if e['start'] is None or (facing and e['cs'] != 'facing'):
            continue
        m.update(range(ym(e['start']), ym(e['end']) + 1))
    return len(m)


def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return '\n'.join(out)
    raw = open(path, encoding='utf-8').read()
    if ext == 'html':
        raw = re.sub(r'(?is)<(style|title)[^>]*>.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r'\s+', '', s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, 'gold.jsonl'), encoding='utf-8').read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != 'gold.jsonl')
    if [json.loads(l)['file'] for l in lines] != files:
        errs.append('gold files do not match dev/ files in order')
    n_entries = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get('file')
        E = lambda m: errs.append(f'{f}: {m}')  # noqa: E731
        if list(g) != TOP:
            E(f'top keys {list(g)}')
            continue
        if g['as_of'] != AS_OF:
            E('as_of')
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E('missing file')
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E('file over 2 MB')
        es = g['entries']
        if not 3 <= len(es) <= 6:
            E(f'{len(es)} entries')
        n_entries += len(es)
        txt = norm(text_of(path))
        for i, e in enumerate(es):
            P = lambda m: E(f'entry {i} ({e.get("title")}): {m}')  # noqa: E731
            if list(e) != KEYS:
                P(f'keys {list(e)}')
                continue
            if e['cs'] not in ('facing', 'affecting', 'none'):
                P('cs')
            if e['cs'] == 'facing' and e['kind'] not in KINDS:
                P('facing without a valid kind')
            if e['cs'] != 'facing' and e['kind'] is not None:
                P('kind on a non-facing entry')
            if e['section'] not in SECTIONS:
                P('section')
            if e['employment_type'] not in ETYPES:
                P('employment_type')
            if not isinstance(e['bullets'], list) or not all(isinstance(b, str) for b in e['bullets']):
                P('bullets')
            if not isinstance(e['title'], str) or not e['title']:
                P('title')
            s, en, pr = e['start'], e['end'], e['date_precision']
            if s is None or en is None or pr is None:
                if not (s is None and en is None and pr is None):
                    P('undated entries need null start, end and precision')
            else:
                if not YM.match(s):
                    P(f'start {s}')
                if en != 'present' and not YM.match(en):
                    P(f'end {en}')
                if pr not in ('month', 'year'):
                    P(f'precision {pr}')
                if YM.match(s) and (en == 'present' or YM.match(en)):
                    if ym(s) > ym(en):
                        P('start after end')
                    if ym(s) > ym(AS_OF) or (en != 'present' and ym(en) > ym(AS_OF)):
                        P('date after as_of')
                if pr == 'year' and (s[5:] != '01' or (en != 'present' and en[5:] != '12')):
                    P('year precision must run January..December')
            if norm(e['title']) not in txt:
                P('title not in extracted text')
            if e['organization'] is not None and norm(e['organization']) not in txt:
                P(f"organization '{e['organization']}' not in extracted text")
        try:
            if months(es) != g['total_months']:
                E(f"total_months {g['total_months']} != {months(es)}")
            if months(es, True) != g['cs_months']:
                E(f"cs_months {g['cs_months']} != {months(es, True)}")
        except Exception as ex:  # bad dates already reported
            E(f'month recount failed: {ex}')
    for x in errs:
        print(x)
    print(f'{len(lines)} files, {n_entries} entries, {len(errs)} errors')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
