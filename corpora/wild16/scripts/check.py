"""Check dev/: schema, month recount, every gold title and organisation present in the extracted text."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, '..', 'dev')
sys.path.insert(0, HERE)
from lib import idx  # noqa: E402

KEYS = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section', 'employment_type',
        'bullets', 'cs', 'kind']
KINDS = {'in_person_service', 'contact_center', 'digital_service', 'sales_account', 'healthcare_care', 'education',
         'volunteering', 'entrepreneurial_freelance', 'internal_support', 'other_facing'}


class _T(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def _docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def cells(tbl):
        for row in tbl.rows:
            for c in row.cells:
                out.extend(p.text for p in c.paragraphs)
                for t in c.tables:
                    cells(t)
    out.extend(p.text for p in d.paragraphs)
    for t in d.tables:
        cells(t)
    for s in d.sections:
        for part in (s.header, s.footer):
            out.extend(p.text for p in part.paragraphs)
            for t in part.tables:
                cells(t)
    return '\n'.join(out)


def extract(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == 'docx':
        return _docx_text(path)
    raw = open(path, encoding='utf-8').read()
    if ext == 'html':
        p = _T()
        p.feed(raw)
        return html.unescape(' '.join(p.parts))
    return raw


def norm(s):
    return re.sub(r'\s+', '', s).lower()


def months(entries):
    m = set()
    for e in entries:
        if e['start']:
            m.update(range(idx(e['start']), idx(e['end']) + 1))
    return len(m)


def main():
    errors = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, 'gold.jsonl'), encoding='utf-8')]
    files = sorted(f for f in os.listdir(DEV) if f != 'gold.jsonl')
    if sorted(g['file'] for g in golds) != files:
        errors.append(f'file list mismatch: {files}')
    n_entries = 0
    for g in golds:
        f = g['file']
        path = os.path.join(DEV, f)
        if list(g) != ['file', 'family', 'as_of', 'entries', 'total_months', 'cs_months'] or g['as_of'] != '2026-11':
            errors.append(f'{f}: top-level keys')
        if os.path.getsize(path) > 2_000_000:
            errors.append(f'{f}: over 2 MB')
        ents = g['entries']
        n_entries += len(ents)
        if not 3 <= len(ents) <= 14:
            errors.append(f'{f}: {len(ents)} entries')
        text = norm(extract(path))
        for e in ents:
            if list(e) != KEYS:
                errors.append(f'{f}: keys {list(e)}')
            if e['cs'] not in ('facing', 'affecting', 'none'):
                errors.append(f'{f}: cs {e["cs"]}')
            if (e['cs'] == 'facing') != (e['kind'] in KINDS) or (e['cs'] != 'facing' and e['kind'] is not None):
                errors.append(f'{f}: kind {e["title"]}')
            if e['section'] not in ('work', 'volunteer', 'other'):
                errors.append(f'{f}: section')
            if e['employment_type'] not in ('paid', 'volunteer', 'freelance', 'internship', 'military', 'unknown'):
                errors.append(f'{f}: employment_type')
            if e['start'] is None:
                if e['end'] is not None or e['date_precision'] is not None:
                    errors.append(f'{f}: undated entry with end/precision')
            else:
                if e['date_precision'] not in ('month', 'year'):
                    errors.append(f'{f}: precision')
                if idx(e['start']) > idx(e['end']) or idx(e['end']) > idx('2026-11'):
                    errors.append(f'{f}: dates {e["title"]} {e["start"]} {e["end"]}')
                if e['date_precision'] == 'year' and (not e['start'].endswith('-01') or
                                                      not (e['end'] == 'present' or e['end'].endswith('-12'))):
                    errors.append(f'{f}: year-precision coding {e["title"]}')
            if norm(e['title']) not in text:
                errors.append(f'{f}: title not in text: {e["title"]!r}')
            if e['organization'] and norm(e['organization']) not in text:
                errors.append(f'{f}: organisation not in text: {e["organization"]!r}')
        if g['total_months'] != months(ents):
            errors.append(f'{f}: total_months')
        if g['cs_months'] != months([e for e in ents if e['cs'] == 'facing']):
            errors.append(f'{f}: cs_months')
    for e in errors:
        print('ERROR', e)
    print(f'{len(golds)} files, {n_entries} entries, {len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
