"""DOCX rendering for wild9 (python-docx); zip timestamps are fixed so builds are byte-reproducible."""
import datetime, io, zipfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from lib import G, role_text, sub_text


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def para(container, text='', style=None, bold=False, italic=False, size=None, tab_right=None, right=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if right is not None:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_right or 16.5), WD_TAB_ALIGNMENT.RIGHT)
        r2 = p.add_run('\t' + right)
        if size:
            r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_bullets(container, e, g, doc_has_styles=True):
    if not e.b:
        return
    if g == 'prose':
        para(container, ' '.join(e.b))
    elif g == 'word':
        for b in e.b:
            container.add_paragraph(b, style='List Bullet')
    else:
        for b in e.b:
            para(container, f"{g} {b}")


def heading(container, text, o):
    hs = o.get('dhead', 'style')
    if hs == 'style' and hasattr(container, 'add_heading'):
        return container.add_heading(text, level=1)
    if hs == 'spaced':
        p = para(container, ' '.join(text.upper()), bold=True, size=10, color=(60, 90, 120))
    else:
        p = para(container, text.upper(), bold=True, size=11)
    return p


def job_block(container, job, o):
    fmt, g, dp = o.get('fmt', 'comma'), o.get('glyph', 'word'), o.get('dates', 'tab')
    if isinstance(job, G):
        para(container, ', '.join(x for x in (job.org, job.loc) if x) + (f" ({job.span})" if job.span else ''), bold=True, size=11)
        for e in job.roles:
            if dp == 'tab':
                para(container, e.title, bold=True, italic=True, right=e.d, tab_right=o.get('tab_cm'))
            else:
                para(container, f"{e.title} — {e.d}", italic=True)
            add_bullets(container, e, g)
        return
    e = job
    if fmt == 'org_title2':
        main, sub = ', '.join(x for x in (e.org, e.loc) if x), e.title
    else:
        main, sub = role_text(e, fmt), sub_text(e, fmt)
    if dp == 'tab':
        para(container, main, bold=True, right=e.d, tab_right=o.get('tab_cm'))
        if sub:
            para(container, sub, italic=True)
    elif dp == 'below':
        para(container, main, bold=True)
        if sub:
            para(container, sub, italic=True)
        if e.d:
            para(container, e.d, italic=True, size=9)
    else:   # 'none' (dates shown elsewhere, e.g. table cell)
        para(container, main, bold=True)
        if sub:
            para(container, sub, italic=True)
    add_bullets(container, e, g)


def render_docx(res, path):
    o = res['opt']
    doc = Document()
    cp = doc.core_properties
    cp.author = res['name']; cp.title = 'CV'; cp.last_modified_by = res['name']
    cp.created = cp.modified = datetime.datetime(2026, 2, 1, 9, 0, 0)
    cp.revision = 1
    st = doc.styles['Normal']; st.font.name = o.get('dfont', 'Calibri'); st.font.size = Pt(10.5)
    mode = o.get('docx', 'ats')
    if o.get('docx_header'):
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = res['name'] + '  |  ' + '  |  '.join(res.get('contact', []))
    else:
        para(doc, res['name'], bold=True, size=20)
        if res.get('headline'):
            para(doc, res['headline'], italic=True, size=11)
        if mode != 'sidebar':
            para(doc, '  •  '.join(res.get('contact', [])), size=9)
    if mode == 'sidebar':
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        shade(left, o.get('side_hex', 'DCE6F0'))
        left.paragraphs[0].text = ''
        for h, lines in [('Contact', res.get('contact', []))] + res.get('side', []):
            heading(left, h, dict(o, dhead='caps'))
            for ln in lines:
                para(left, ln, size=9)
        right.paragraphs[0].text = ''
        for kind, head, body in [s for s in res['sections'] if s[0] != 'break']:
            heading(right, head, dict(o, dhead='caps'))
            if kind == 'text':
                para(right, body)
            elif kind == 'list':
                for x in body:
                    para(right, '• ' + x)
            else:
                for job in body:
                    job_block(right, job, o)
    else:
        secs = [s for s in res['sections'] if s[0] != 'break'] + [('list', h, l) for h, l in res.get('side', [])]
        for kind, head, body in secs:
            heading(doc, head, o)
            if kind == 'text':
                para(doc, body)
            elif kind == 'list':
                for x in body:
                    if o.get('glyph') == 'word':
                        doc.add_paragraph(x, style='List Bullet')
                    else:
                        para(doc, f"{o.get('glyph', '•')} {x}")
            elif mode == 'table':
                t = doc.add_table(rows=0, cols=2)
                if o.get('table_style'):
                    t.style = o['table_style']
                for job in body:
                    roles = job.roles if isinstance(job, G) else [job]
                    for i, e in enumerate(roles):
                        row = t.add_row().cells
                        row[0].width, row[1].width = Cm(3.6), Cm(13.4)
                        row[0].paragraphs[0].text = e.d or ''
                        c = row[1]
                        c.paragraphs[0].text = ''
                        if isinstance(job, G):
                            r = c.paragraphs[0].add_run(e.title); r.bold = True
                            if i == 0:
                                para(c, ', '.join(x for x in (job.org, job.loc) if x), italic=True)
                            else:
                                para(c, f"{job.org} (continued)", italic=True, size=9)
                        else:
                            fmt = o.get('fmt', 'title_org2')
                            r = c.paragraphs[0].add_run(role_text(e, fmt)); r.bold = True
                            sub = sub_text(e, fmt)
                            if sub:
                                para(c, sub, italic=True)
                        add_bullets(c, e, o.get('glyph', '•'))
            else:
                for job in body:
                    job_block(doc, job, o)
    if o.get('docx_footer'):
        doc.sections[0].footer.paragraphs[0].text = o['docx_footer']
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
