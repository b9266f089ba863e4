"""Hand-written ODT (zip with mimetype first and stored, META-INF/manifest.xml, content.xml, styles.xml,
meta.xml; fixed timestamps).  Paragraphs are text:p / text:h, lists text:list, tables table:table.
w022: LibreOffice Writer export; w026: Google Docs export (P1…/T1… automatic styles)."""
import re
import zipfile
from xml.sax.saxutils import escape

from lib import drange

ZIPTIME = (2026, 11, 2, 9, 30, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def t(s):
    """Escape text; runs of spaces become text:s, tabs text:tab, newlines text:line-break."""
    out = []
    for part in re.split(r'(\t|\n| {2,})', s):
        if part == '\t':
            out.append('<text:tab/>')
        elif part == '\n':
            out.append('<text:line-break/>')
        elif part.startswith('  '):
            out.append(f' <text:s text:c="{len(part) - 1}"/>')
        elif part:
            out.append(escape(part))
    return ''.join(out)


def spans(runs):
    out = []
    for text, st in runs:
        out.append(f'<text:span text:style-name="{st}">{t(text)}</text:span>' if st else t(text))
    return ''.join(out)


def P(style, *runs):
    return f'<text:p text:style-name="{style}">{spans(runs)}</text:p>'


def H(style, level, *runs):
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{spans(runs)}</text:h>'


def LIST(style, items, pstyle):
    li = ''.join(f'<text:list-item>{P(pstyle, *runs)}</text:list-item>' for runs in items)
    return f'<text:list text:style-name="{style}">{li}</text:list>'


def TABLE(name, col_styles, rows, cell_style):
    cols = ''.join(f'<table:table-column table:style-name="{c}"/>' for c in col_styles)
    body = ''
    for row in rows:
        body += '<table:table-row>' + ''.join(
            f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">{"".join(cell)}'
            f'</table:table-cell>' for cell in row) + '</table:table-row>'
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'


def write_odt(path, content_body, auto_styles, styles_xml, meta_xml, fonts):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               f'<office:font-face-decls>{fonts}</office:font-face-decls>'
               f'<office:automatic-styles>{auto_styles}</office:automatic-styles>'
               f'<office:body><office:text>{content_body}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, 'w') as z:
        def add(name, data, comp):
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
        add('mimetype', 'application/vnd.oasis.opendocument.text', zipfile.ZIP_STORED)
        add('content.xml', content, zipfile.ZIP_DEFLATED)
        add('styles.xml', styles_xml, zipfile.ZIP_DEFLATED)
        add('meta.xml', meta_xml, zipfile.ZIP_DEFLATED)
        add('META-INF/manifest.xml', manifest, zipfile.ZIP_DEFLATED)


def styles_doc(default_font, size, heading_font, heading_color, heading_size, page_w='21cm', page_h='29.7cm',
               margin='1.8cm', extra=''):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
            f'<office:font-face-decls><style:font-face style:name="{default_font}" svg:font-family="{default_font}"/>'
            f'<style:font-face style:name="{heading_font}" svg:font-family="{heading_font}"/></office:font-face-decls>'
            '<office:styles>'
            f'<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" '
            f'fo:margin-bottom="0cm"/><style:text-properties style:font-name="{default_font}" fo:font-size="{size}pt" '
            'fo:language="en" fo:country="GB"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties '
            'fo:margin-bottom="0.14cm"/></style:style>'
            '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
            'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties '
            'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
            'style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">'
            f'<style:text-properties style:font-name="{heading_font}" fo:font-size="{heading_size}pt" '
            f'fo:font-weight="bold" fo:color="{heading_color}"/></style:style>'
            '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" '
            'style:parent-style-name="Standard"/>'
            '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="extra"/>'
            '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
            '<style:text-properties style:font-name="OpenSymbol"/></style:style>'
            f'{extra}</office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            f'fo:page-width="{page_w}" fo:page-height="{page_h}" style:print-orientation="portrait" '
            f'fo:margin-top="{margin}" fo:margin-bottom="{margin}" fo:margin-left="{margin}" fo:margin-right="{margin}"/>'
            '</style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
            '</office:master-styles></office:document-styles>')


def meta_doc(generator, title, author):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            f'<meta:generator>{escape(generator)}</meta:generator><dc:title>{escape(title)}</dc:title>'
            f'<meta:initial-creator>{escape(author)}</meta:initial-creator><dc:creator>{escape(author)}</dc:creator>'
            '<meta:creation-date>2026-11-02T09:30:00</meta:creation-date><dc:date>2026-11-02T09:30:00</dc:date>'
            '<meta:editing-cycles>1</meta:editing-cycles></office:meta></office:document-meta>')


BULLET_LIST = ('<text:list-style style:name="{name}"><text:list-level-style-bullet text:level="1" '
               'text:style-name="Bullet_20_Symbols" text:bullet-char="{ch}"><style:list-level-properties '
               'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
               'text:label-followed-by="listtab" text:list-tab-stop-position="{indent}" fo:text-indent="-0.5cm" '
               'fo:margin-left="{indent}"/></style:list-level-properties></text:list-level-style-bullet>'
               '</text:list-style>')


# ------------------------------------------------------------------ w022: LibreOffice Writer
def odt_lo(d, path):
    ds = d['ds']
    auto = (
        '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17.4cm" '
        'table:align="margins"/></style:style>'
        '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="10.4cm"/></style:style>'
        '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="7cm"/></style:style>'
        '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="none" fo:background-color="#e7eef6"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#17365d"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:text-properties fo:font-size="11pt" fo:color="#4f6228"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0cm"><style:tab-stops>'
        '<style:tab-stop style:position="17.4cm" style:type="right"/></style:tab-stops></style:paragraph-properties>'
        '</style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties fo:font-style="italic" fo:color="#404040"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="List_20_Paragraph" '
        'style:list-style-name="L1"/>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:color="#595959" '
        'fo:font-size="9.5pt"/></style:style>'
        + BULLET_LIST.format(name='L1', ch='•', indent='0.9cm'))
    ct = d['contact']
    body = [TABLE('Table1', ['Table1.A', 'Table1.B'],
                  [[[P('P1', (d['name'], None)), P('P2', (d['headline'], None))],
                    [P('P3', (ct['loc'], None)), P('P3', (ct['phone'], None)), P('P3', (ct['email'], None)),
                     P('P3', (ct['extra'], None))]]], 'Table1.A1')]
    body.append(H('Heading_20_1', 1, ('Profile', None)))
    body.append(P('Text_20_body', (d['summary'], None)))
    for head, ents in d['sections']:
        body.append(H('Heading_20_1', 1, (head, None)))
        for e in ents:
            body.append(P('P4', (e.title, 'T1'), ('\t' + drange(e, ds[0], ds[1], ds[2]), 'T2')))
            body.append(P('P5', (f'{e.org}, {e.loc}', None)))
            if e.bullets:
                body.append(LIST('L1', [[(b, None)] for b in e.bullets], 'P6'))
    body.append(H('Heading_20_1', 1, ('Education', None)))
    for q, where, yrs in d['education']:
        body.append(P('P4', (q, 'T1'), ('\t' + yrs, 'T2')))
        body.append(P('P5', (where, None)))
    body.append(H('Heading_20_1', 1, ('Skills', None)))
    body.append(LIST('L1', [[(s, None)] for s in d['skills']], 'P6'))
    body.append(H('Heading_20_1', 1, ('References', None)))
    for r in d['refs']:
        body.append(P('Text_20_body', (r, None)))
    fonts = ('<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
             'style:font-family-generic="swiss"/>')
    write_odt(path, ''.join(body), auto,
              styles_doc('Liberation Sans', 10.5, 'Liberation Sans', '#17365d', 13, margin='1.8cm'),
              meta_doc('LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1',
                       f"CV - {d['name']}", d['name']),
              fonts)


# ------------------------------------------------------------------ w026: Google Docs ODT export
def odt_gdocs(d, path):
    ds = d['ds']
    ACC = '#3d85c6'
    auto = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Raleway" '
        'fo:font-size="26pt" fo:font-weight="bold" fo:color="#000000"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
        f'<style:text-properties fo:font-size="11pt" fo:color="{ACC}"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="9pt" fo:color="#666666"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Heading_20_1">'
        '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.1cm"/>'
        f'<style:text-properties fo:color="{ACC}" fo:font-size="11pt" fo:letter-spacing="0.05cm"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.3cm"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="8.5pt" '
        'fo:color="#666666" fo:font-variant="small-caps"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard" '
        'style:list-style-name="L1"><style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.5cm"/>'
        '</style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'fo:color="#000000"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:color="#000000"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-style="italic" '
        'fo:color="#000000"/></style:style>'
        + BULLET_LIST.format(name='L1', ch='●', indent='0.9cm'))
    ct = d['contact']
    body = [P('P1', (d['name'], None)), P('P2', (d['headline'], None)),
            P('P3', (f"{ct['addr']}, {ct['city']}", None)), P('P3', (f"{ct['phone']}  ·  {ct['email']}", None))]
    body.append(H('P4', 1, ('SKILLS', None)))
    body.append(LIST('L1', [[(s, 'T2')] for s in d['skills']], 'P7'))
    for head, ents in d['sections']:
        body.append(H('P4', 1, (head.upper(), None)))
        for e in ents:
            body.append(P('P5', (e.org, 'T1'), (f', {e.loc} — ', 'T2'), (e.title, 'T3')))
            body.append(P('P6', (drange(e, ds[0], ds[1], ds[2]), None)))
            if e.bullets:
                body.append(LIST('L1', [[(b, 'T2')] for b in e.bullets], 'P7'))
    body.append(H('P4', 1, ('EDUCATION', None)))
    for school, deg, yrs in d['education']:
        body.append(P('P5', (school, 'T1'), (f' — {deg}', 'T3')))
        body.append(P('P6', (yrs, None)))
    fonts = ('<style:font-face style:name="Raleway" svg:font-family="Raleway"/>'
             '<style:font-face style:name="Source Sans Pro" svg:font-family="\'Source Sans Pro\'"/>')
    write_odt(path, ''.join(body), auto,
              styles_doc('Source Sans Pro', 10, 'Raleway', ACC, 11, page_w='21.59cm', page_h='27.94cm',
                         margin='1.9cm'),
              meta_doc('Google Docs', d['name'] + ' - Resume', ''), fonts)
