"""Check corpora/wild15/dev against its gold file.

Run from corpora/wild15:  ../../.venv/bin/python scripts/check.py
Checks: schema and value sets, months recount, 3–8 entries per file, format counts, total size under
2 MB, zip timestamps of DOCX/ODT, and that every gold title and organisation occurs in the file's
extracted text (case- and whitespace-insensitive).  Bullets not found verbatim are reported, not failed.
Extraction: pdfminer.six extract_text for PDF; paragraphs, table cells (nested), text boxes and
headers/footers for DOCX; visible text for HTML; text of content.xml for ODT; text with RTF control
words stripped for RTF; raw text for TXT/MD.
"""
import json
import os
import re
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, CS, KINDS, SECTIONS, ETYPES, months_of, ym_index  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), 'dev')
EXPECT_FORMATS = {'pdf': 8, 'docx': 7, 'txt': 5, 'md': 3, 'html': 3, 'odt': 2, 'rtf': 2}
ENTRY_KEYS = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section', 'employment_type',
              'bullets', 'cs', 'kind']
LINE_KEYS = ['file', 'family', 'as_of', 'entries', 'total_months', 'cs_months']
ZIPTIME = (2026, 11, 2, 9, 30, 0)


# ------------------------------------------------------------------ extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    from docx.oxml.ns import qn
    doc = docx.Document(path)
    out = []

    def tables(tbls):
        for tb in tbls:
            for row in tb.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    def textboxes(el):
        for tx in el.iter(qn('w:txbxContent')):
            for p in tx.iter(qn('w:p')):
                out.append(''.join(t.text or '' for t in p.iter(qn('w:t'))))

    out.extend(p.text for p in doc.paragraphs)
    tables(doc.tables)
    textboxes(doc.element.body)
    for sec in doc.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer,
                   sec.even_page_header, sec.even_page_footer):
            if hf.is_linked_to_previous:
                continue
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
            textboxes(hf._element)
    return '\n'.join(out)


class _Visible(HTMLParser):
    SKIP = {'head', 'style', 'script', 'title', 'template', 'noscript'}
    BLOCK = {'p', 'div', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'article',
             'header', 'footer', 'ul', 'table', 'main', 'nav'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth = max(0, self.depth - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def text_html(path):
    p = _Visible()
    with open(path, encoding='utf-8') as f:
        p.feed(f.read())
    p.close()
    return ''.join(p.out)


ODF_TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'


def _odf_inline(el):
    out = [el.text or '']
    for ch in el:
        tag = ch.tag.split('}')[1]
        if tag == 's':
            out.append(' ' * int(ch.get(f'{{{ODF_TEXT}}}c', '1')))
        elif tag == 'tab':
            out.append('\t')
        elif tag == 'line-break':
            out.append('\n')
        elif tag not in ('p', 'h', 'list'):
            out.append(_odf_inline(ch))
        out.append(ch.tail or '')
    return ''.join(out)


def text_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('content.xml'))
    out = []
    for el in root.iter():
        if el.tag in (f'{{{ODF_TEXT}}}p', f'{{{ODF_TEXT}}}h'):
            out.append(_odf_inline(el))
    return '\n'.join(out)


RTF_SKIP_DEST = {'fonttbl', 'colortbl', 'stylesheet', 'info', 'listtable', 'listoverridetable', 'generator',
                 'expandedcolortbl', 'pict', 'header', 'footer', 'themedata', 'datastore', 'latentstyles'}
RTF_CHARS = {'par': '\n', 'line': '\n', 'tab': '\t', 'bullet': '•', 'endash': '–', 'emdash': '—',
             'lquote': '‘', 'rquote': '’', 'ldblquote': '“', 'rdblquote': '”', 'emspace': ' ', 'enspace': ' ',
             'cell': '\t', 'row': '\n', 'sect': '\n', 'page': '\n'}
RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+",
                       re.S)


def text_rtf(path):
    data = open(path, 'rb').read().decode('latin-1').rstrip('\x00')
    out, stack, skip, uc, pending = [], [], False, 1, 0
    for m in RTF_TOKEN.finditer(data):
        word, arg, hexb, sym, brace, txt = m.groups()
        if brace == '{':
            stack.append((skip, uc))
            nxt = data[m.end():m.end() + 40]
            dm = re.match(r'\\(\*|[a-zA-Z]+)', nxt)
            if dm and (dm.group(1) == '*' or dm.group(1) in RTF_SKIP_DEST):
                skip = True
            continue
        if brace == '}':
            skip, uc = stack.pop() if stack else (False, 1)
            continue
        if word:
            if word == 'uc' and arg:
                uc = int(arg)
            elif word == 'u' and arg:
                if not skip:
                    out.append(chr(int(arg) % 65536))
                pending = uc
            elif word in RTF_CHARS and not skip:
                out.append(RTF_CHARS[word])
            continue
        if hexb:
            if pending:
                pending -= 1
            elif not skip:
                out.append(bytes([int(hexb, 16)]).decode('cp1252', errors='replace'))
            continue
        if sym is not None:
            if sym in '\r\n':
                if not skip:
                    out.append('\n')
            elif sym in '\\{}' and not skip:
                out.append(sym)
            elif sym == '~' and not skip:
                out.append('\u00a0')
            continue
        if txt:
            if pending:
                n = min(pending, len(txt))
                txt = txt[n:]
                pending -= n
            if not skip:
                out.append(txt)
    return ''.join(out)


def text_plain(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


EXTRACT = {'pdf': text_pdf, 'docx': text_docx, 'html': text_html, 'odt': text_odt, 'rtf': text_rtf,
           'txt': text_plain, 'md': text_plain}


def extract(path):
    return EXTRACT[path.rsplit('.', 1)[1]](path)


def norm(s):
    return re.sub(r'\s+', '', s).casefold()


# ------------------------------------------------------------------ checks
def main():
    errors, warnings = [], []
    gold_path = os.path.join(DEV, 'gold.jsonl')
    lines = [json.loads(x) for x in open(gold_path, encoding='utf-8') if x.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != 'gold.jsonl')
    gold_files = [g['file'] for g in lines]
    if sorted(gold_files) != files:
        errors.append(f'files on disk {files} != gold files {sorted(gold_files)}')
    if len(set(gold_files)) != len(gold_files):
        errors.append('duplicate file in gold')
    if gold_files != [f'w{i:03d}.{f.split(".")[1]}' for i, f in enumerate(gold_files, 1)]:
        errors.append('gold files are not w001..w030 in order')
    fmt = Counter(f.rsplit('.', 1)[1] for f in gold_files)
    if dict(fmt) != EXPECT_FORMATS:
        errors.append(f'format counts {dict(fmt)} != {EXPECT_FORMATS}')
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        errors.append(f'total size {size} >= 2 MB')

    ym = re.compile(r'^\d{4}-(0[1-9]|1[0-2])$')
    yy = re.compile(r'^\d{4}$')
    n_entries, n_bullets, missing_bullets = 0, 0, []
    for g in lines:
        f = g['file']
        if list(g) != LINE_KEYS:
            errors.append(f'{f}: keys {list(g)}')
        if not isinstance(g['family'], str) or not g['family'].strip():
            errors.append(f'{f}: empty family')
        if g['as_of'] != AS_OF:
            errors.append(f'{f}: as_of {g["as_of"]}')
        if not (3 <= len(g['entries']) <= 8):
            errors.append(f'{f}: {len(g["entries"])} entries (want 3–8)')
        for i, e in enumerate(g['entries']):
            where = f'{f}#{i} {e.get("title")!r}'
            if list(e) != ENTRY_KEYS:
                errors.append(f'{where}: keys {list(e)}')
                continue
            if not isinstance(e['title'], str) or not e['title'].strip():
                errors.append(f'{where}: empty title')
            for k in ('organization', 'location'):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errors.append(f'{where}: bad {k}')
            if e['cs'] not in CS:
                errors.append(f'{where}: cs {e["cs"]}')
            if e['cs'] == 'facing' and e['kind'] not in KINDS:
                errors.append(f'{where}: facing without a valid kind ({e["kind"]})')
            if e['cs'] != 'facing' and e['kind'] is not None:
                errors.append(f'{where}: kind on a non-facing entry')
            if e['section'] not in SECTIONS:
                errors.append(f'{where}: section {e["section"]}')
            if e['employment_type'] not in ETYPES:
                errors.append(f'{where}: employment_type {e["employment_type"]}')
            if not isinstance(e['bullets'], list) or not all(isinstance(b, str) and b for b in e['bullets']):
                errors.append(f'{where}: bullets')
            p = e['date_precision']
            if p is None:
                if e['start'] is not None or e['end'] is not None:
                    errors.append(f'{where}: dates without precision')
            else:
                pat = ym if p == 'month' else yy if p == 'year' else None
                if pat is None:
                    errors.append(f'{where}: precision {p}')
                elif not pat.match(e['start'] or '') or not (e['end'] == 'present' or pat.match(e['end'] or '')):
                    errors.append(f'{where}: dates {e["start"]}..{e["end"]} do not match precision {p}')
                else:
                    a, b = ym_index(e['start']), ym_index(e['end'], end=True)
                    if a > b:
                        errors.append(f'{where}: start after end')
                    if b > ym_index(AS_OF):
                        errors.append(f'{where}: end after as_of')
        tot, csm = months_of(g['entries'])
        if (tot, csm) != (g['total_months'], g['cs_months']):
            errors.append(f'{f}: months {g["total_months"]}/{g["cs_months"]} recount {tot}/{csm}')

        path = os.path.join(DEV, f)
        if f.endswith(('.docx', '.odt')):
            with zipfile.ZipFile(path) as z:
                infos = z.infolist()
                if any(i.date_time != ZIPTIME for i in infos):
                    errors.append(f'{f}: zip entry with a non-fixed timestamp')
                if f.endswith('.odt') and (infos[0].filename != 'mimetype' or infos[0].compress_type != 0):
                    errors.append(f'{f}: mimetype is not the first, stored entry')
                if f.endswith('.odt') and not {'META-INF/manifest.xml', 'content.xml', 'styles.xml'} <= set(
                        i.filename for i in infos):
                    errors.append(f'{f}: missing ODF part')
        try:
            text = norm(extract(path))
        except Exception as ex:  # noqa: BLE001
            errors.append(f'{f}: extraction failed: {ex!r}')
            continue
        for i, e in enumerate(g['entries']):
            n_entries += 1
            for k in ('title', 'organization'):
                if e[k] and norm(e[k]) not in text:
                    errors.append(f'{f}#{i}: {k} {e[k]!r} not found in extracted text')
            for b in e['bullets']:
                n_bullets += 1
                if norm(b) not in text:
                    missing_bullets.append(f'{f}#{i}: {b[:60]!r}')

    cs = Counter(e['cs'] for g in lines for e in g['entries'])
    print(f'{len(lines)} files, {n_entries} entries, formats {dict(sorted(fmt.items()))}, {size / 1024:.0f} KB')
    print('cs: ' + ', '.join(f'{k} {cs[k]} ({cs[k] / n_entries:.0%})' for k in CS))
    print(f'bullets found verbatim: {n_bullets - len(missing_bullets)}/{n_bullets}')
    for m in missing_bullets:
        print('  (note) bullet not verbatim:', m)
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
