"""Renderers: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import head_lines, groups

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
FIXED = datetime.datetime(2026, 10, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)


def items(r):
    """Flatten a résumé into render items shared by all renderers.
    ('sec', heading) ('h', left, right, style) ('b', text) ('p', text) ('gap',)"""
    o = r['o']
    out = []
    for blk in r['blocks']:
        kind, head, body = blk
        if head:
            out.append(('sec', head))
        if kind in ('summary', 'text'):
            for para in body.split('\n'):
                out.append(('p', para))
        elif kind == 'list':
            for x in body:
                out.append(('b', x))
        elif kind == 'kv':
            for k, v in body:
                out.append(('p', f'{k}: {v}'))
        elif kind == 'jobs':
            if o.get('hdr') == 'orgfirst':
                for (org, loc), es in groups(body, o):
                    oo = dict(o, hdr='orgfirst_role')
                    out.append(('h', ', '.join(x for x in [org and org + es[0].orgx, loc] if x), '', 'org'))
                    for e in es:
                        for ln in head_lines(e, oo):
                            out.append(('h',) + ln)
                        out += _duties(e)
                        out.append(('gap',))
            else:
                for e in body:
                    for ln in head_lines(e, o):
                        if ln[0] or ln[1]:
                            out.append(('h',) + ln)
                    out += _duties(e)
                    out.append(('gap',))
    return out


def _duties(e):
    if e.prose and e.bullets:
        return [('p', ' '.join(e.bullets))]
    return [('b', b) for b in e.bullets]


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for nm, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf'),
                  ('DS', 'DejaVuSerif.ttf'), ('DSB', 'DejaVuSerif-Bold.ttf'), ('DSI', 'DejaVuSerif-Italic.ttf')]:
        pdfmetrics.registerFont(TTFont(nm, FONT_DIR + f))
    o = r['o']
    serif = o.get('serif', False)
    F = {'n': 'DS' if serif else 'DV', 'b': 'DSB' if serif else 'DVB', 'i': 'DSI' if serif else 'DVI'}
    F['org'] = F['b']
    size = letter if o.get('letter') else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r['name'])
    c.setTitle(f"{r['name']} CV")
    c.setCreator('Microsoft Word' if o.get('layout') != 'sidebar' else 'Canva')
    lay = o.get('layout', 'single')
    fs = o.get('fs', 10)
    lh = fs * 1.35
    accent = o.get('accent', (0.15, 0.25, 0.4))
    st = {'page': 1, 'y': 0}
    side_w = 170 if lay == 'sidebar' else 0
    x0 = (side_w + 22) if lay == 'sidebar' else 54
    x1 = W - 50
    bul = o.get('bul', '•')

    def footer():
        if o.get('footer'):
            c.setFont(F['n'], 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, o['footer'].format(n=st['page']))
            c.setFillGray(0)

    def sidebar(first):
        if lay != 'sidebar':
            return
        c.setFillColorRGB(*o.get('side_rgb', (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w, Hh, fill=1, stroke=0)
        c.setFillGray(0)
        if not first:
            return
        y = Hh - 60
        c.setFont(F['b'], 15)
        for part in r['name'].split(' ', 1):
            c.drawString(18, y, part)
            y -= 19
        y -= 8
        c.setFont(F['n'], 8.5)
        for ln in r['contact']:
            for w in wrap(ln, F['n'], 8.5, side_w - 30):
                c.drawString(18, y, w)
                y -= 12
        for kind, head, body in r.get('side', []):
            y -= 12
            c.setFont(F['b'], 10)
            c.drawString(18, y, head.upper())
            y -= 14
            c.setFont(F['n'], 8.5)
            lines = body if isinstance(body, list) else body.split('\n')
            for x in lines:
                ws = wrap(x, F['n'], 8.5, side_w - 36)
                for i, w in enumerate(ws):
                    c.drawString(18 if i == 0 else 26, y, w)
                    y -= 11.5
                y -= 1

    def wrap(text, font, size, width):
        words, lines, cur = text.split(' '), [], ''
        for w in words:
            t = (cur + ' ' + w) if cur else w
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    def need(h):
        if st['y'] - h < 50:
            footer()
            c.showPage()
            st['page'] += 1
            sidebar(False)
            st['y'] = Hh - 54

    sidebar(True)
    # header
    y = Hh - 56
    if lay == 'sidebar':
        y = Hh - 40
    elif lay == 'twocolhead':
        c.setFont(F['b'], 20)
        c.drawString(x0, y, r['name'])
        c.setFont(F['n'], 8.5)
        yy = y + 8
        for ln in r['contact']:
            c.drawRightString(x1, yy, ln)
            yy -= 11
        y = min(y, yy) - 10
        c.setStrokeColorRGB(*accent)
        c.line(x0, y, x1, y)
        y -= 18
    else:
        c.setFont(F['b'], 18)
        if o.get('centre'):
            c.drawCentredString(W / 2, y, r['name'])
        else:
            c.drawString(x0, y, r['name'])
        y -= 16
        c.setFont(F['n'], 9)
        line = o.get('cjoin', '  |  ').join(r['contact'])
        for w in wrap(line, F['n'], 9, x1 - x0):
            if o.get('centre'):
                c.drawCentredString(W / 2, y, w)
            else:
                c.drawString(x0, y, w)
            y -= 12
        y -= 10
    st['y'] = y
    brk = o.get('break_before')
    for it in items(r):
        t = it[0]
        if t == 'sec':
            if brk and it[1] == brk:
                need(10000)
            need(40)
            st['y'] -= 6
            c.setFont(F['b'], fs + 2)
            c.setFillColorRGB(*accent)
            c.drawString(x0, st['y'], it[1].upper() if o.get('caps') else it[1])
            c.setFillGray(0)
            st['y'] -= 4
            c.setStrokeColorRGB(*accent)
            c.setLineWidth(0.6)
            c.line(x0, st['y'], x1, st['y'])
            st['y'] -= lh + 2
        elif t == 'h':
            _, left, right, sty = it
            need(lh * 2)
            f = F[sty]
            rw = pdfmetrics.stringWidth(right, F['n'], fs) + 12 if right else 0
            ls = wrap(left, f, fs, x1 - x0 - rw)
            c.setFont(f, fs)
            for i, w in enumerate(ls):
                c.drawString(x0, st['y'], w)
                if i == 0 and right:
                    c.setFont(F['n'], fs)
                    c.drawRightString(x1, st['y'], right)
                    c.setFont(f, fs)
                st['y'] -= lh
        elif t == 'b':
            ls = wrap(it[1], F['n'], fs - 0.5, x1 - x0 - 14)
            need(lh * len(ls))
            c.setFont(F['n'], fs - 0.5)
            c.drawString(x0 + 3, st['y'], bul)
            for w in ls:
                c.drawString(x0 + 14, st['y'], w)
                st['y'] -= lh - 0.5
        elif t == 'p':
            ls = wrap(it[1], F['n'], fs - 0.5, x1 - x0)
            need(lh * len(ls))
            c.setFont(F['n'], fs - 0.5)
            for w in ls:
                c.drawString(x0, st['y'], w)
                st['y'] -= lh - 0.5
        elif t == 'gap':
            st['y'] -= lh * 0.45
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r['o']
    lay = o.get('layout', 'left')

    class P(FPDF):
        def footer(self):
            if o.get('footer'):
                self.set_y(-14)
                self.set_font('DV', '', 7.5)
                self.set_text_color(110)
                self.cell(0, 6, o['footer'].format(n=self.page_no()), align='C')
                self.set_text_color(0)

    pdf = P(format='letter' if o.get('letter') else 'A4')
    pdf.set_creation_date(FIXED)
    pdf.set_author(r['name'])
    pdf.set_title('Resume' if o.get('letter') else 'CV')
    pdf.add_font('DV', '', FONT_DIR + 'DejaVuSans.ttf')
    pdf.add_font('DV', 'B', FONT_DIR + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DV', 'I', FONT_DIR + 'DejaVuSans-Oblique.ttf')
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = o.get('fs', 9.5)
    lh = fs * 0.5
    bul = o.get('bul', '•')
    side_w = 58 if lay == 'sidebar' else 0
    if lay == 'sidebar':
        pdf.set_fill_color(*o.get('side_rgb', (40, 62, 80)))
        pdf.rect(0, 0, side_w, pdf.h, 'F')
        pdf.set_text_color(255)
        pdf.set_xy(7, 18)
        pdf.set_font('DV', 'B', 14)
        pdf.multi_cell(side_w - 12, 7, r['name'].replace(' ', '\n', 1))
        pdf.ln(3)
        pdf.set_font('DV', '', 7.8)
        for ln in r['contact']:
            pdf.set_x(7)
            pdf.multi_cell(side_w - 12, 4, ln, align='L')
        for kind, head, body in r.get('side', []):
            pdf.ln(4)
            pdf.set_x(7)
            pdf.set_font('DV', 'B', 9)
            pdf.cell(side_w - 12, 5, head.upper(), new_x='LMARGIN', new_y='NEXT')
            pdf.set_font('DV', '', 7.8)
            for x in (body if isinstance(body, list) else body.split('\n')):
                pdf.set_x(7)
                pdf.multi_cell(side_w - 12, 4, x, align='L')
        pdf.set_text_color(0)
        pdf.set_left_margin(side_w + 8)
        pdf.set_xy(side_w + 8, 16)
    else:
        pdf.set_font('DV', 'B', 17)
        al = 'C' if lay == 'centred' else 'L'
        pdf.cell(0, 9, r['name'], align=al, new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('DV', '', 8.5)
        if lay == 'centred':
            pdf.multi_cell(0, 4.5, o.get('cjoin', ' • ').join(r['contact']), align='C')
        else:
            for ln in r['contact']:
                pdf.cell(0, 4.5, ln, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(2)
        pdf.set_draw_color(120)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(3)
    brk = o.get('break_before')
    for it in items(r):
        t = it[0]
        if t == 'sec':
            if brk and it[1] == brk:
                pdf.add_page()
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font('DV', 'B', fs + 1.5)
            pdf.set_text_color(*o.get('head_rgb', (30, 50, 90)))
            pdf.cell(0, 6, it[1].upper() if o.get('caps') else it[1], new_x='LMARGIN', new_y='NEXT')
            pdf.set_text_color(0)
            pdf.ln(0.5)
        elif t == 'h':
            _, left, right, sty = it
            style = {'b': 'B', 'i': 'I', 'n': '', 'org': 'B'}[sty]
            pdf.set_font('DV', style, fs)
            if right:
                y = pdf.get_y()
                pdf.set_font('DV', '', fs)
                rw = pdf.get_string_width(right) + 2
                pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                pdf.cell(rw, lh + 0.5, right, align='R')
                pdf.set_xy(pdf.l_margin, y)
                pdf.set_font('DV', style, fs)
                pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - rw - 3, lh + 0.5, left,
                               new_x='LMARGIN', new_y='NEXT', align='L')
            else:
                pdf.multi_cell(0, lh + 0.5, left, new_x='LMARGIN', new_y='NEXT', align='L')
        elif t == 'b':
            pdf.set_font('DV', '', fs - 0.5)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, lh, bul)
            pdf.multi_cell(0, lh, it[1], new_x='LMARGIN', new_y='NEXT', align='L')
        elif t == 'p':
            pdf.set_font('DV', '', fs - 0.5)
            pdf.multi_cell(0, lh, it[1], new_x='LMARGIN', new_y='NEXT', align='L')
        elif t == 'gap':
            pdf.ln(1.8)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches, RGBColor
    o = r['o']
    lay = o.get('layout', 'styles')
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = doc.styles['Normal']
    st.font.name = o.get('font', 'Calibri')
    st.font.size = Pt(o.get('fs', 10.5))
    width = Inches(6.9)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement('w:tblBorders')
        for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            el = OxmlElement(f'w:{side}')
            el.set(qn('w:val'), 'nil')
            b.append(el)
        tblPr.append(b)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd')
        s.set(qn('w:val'), 'clear')
        s.set(qn('w:color'), 'auto')
        s.set(qn('w:fill'), hexcol)
        tcPr.append(s)

    def para(container, text='', style=None, bold=False, italic=False, size=None, tab=False, right=None,
             align=None, space_after=2):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(o.get('tabpos', Inches(6.9)), WD_TAB_ALIGNMENT.RIGHT)
            rr = p.add_run('\t' + right)
            rr.italic = o.get('date_italic', False)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def bullet(container, text):
        if o.get('manual_bul'):
            return para(container, f"{o['manual_bul']} {text}", space_after=1)
        p = container.add_paragraph(text, style='List Bullet')
        p.paragraph_format.space_after = Pt(1)
        return p

    body = doc
    # ---- header / contact
    if lay == 'header':
        hdr = sec.header
        hp = hdr.paragraphs[0]
        rn = hp.add_run(r['name'])
        rn.bold = True
        rn.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2 = hdr.add_paragraph(' · '.join(r['contact']))
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif lay == 'sidebar':
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.autofit = False
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Inches(2.1), Inches(4.8)
        shade(lc, o.get('side_hex', 'DCE6EE'))
        lc.paragraphs[0].add_run(r['name']).bold = True
        lc.paragraphs[0].runs[0].font.size = Pt(16)
        for ln in r['contact']:
            para(lc, ln, size=9, space_after=0)
        for kind, head, bdy in r.get('side', []):
            para(lc, '')
            para(lc, head.upper(), bold=True, size=10)
            for x in (bdy if isinstance(bdy, list) else bdy.split('\n')):
                para(lc, x, size=9, space_after=1)
        body = rc
        body.paragraphs[0].add_run(r.get('tagline', '')).italic = True
    elif lay == 'styles':
        doc.add_paragraph(r['name'], style='Title')
        para(doc, ' | '.join(r['contact']), size=9)
    else:
        para(doc, r['name'], bold=True, size=18, align='c' if o.get('centre') else None, space_after=0)
        para(doc, o.get('cjoin', ' • ').join(r['contact']), size=9, align='c' if o.get('centre') else None,
             space_after=8)
    # ---- body
    tabpos = width if lay != 'sidebar' else Inches(4.6)
    o = dict(o, tabpos=tabpos)
    its = items(r)
    i = 0
    while i < len(its):
        it = its[i]
        t = it[0]
        if t == 'sec':
            if lay == 'styles':
                body.add_paragraph(it[1], style='Heading 1')
            else:
                p = para(body, it[1].upper() if o.get('caps') else it[1], bold=True, size=12, space_after=3)
                p.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif t == 'h' and lay in ('table', 'nested') and it[3] != 'org':
            # collect consecutive header lines of one entry into a table
            hs = []
            while i < len(its) and its[i][0] == 'h':
                hs.append(its[i])
                i += 1
            i -= 1
            right = ' '.join(h[2] for h in hs if h[2])
            if lay == 'table':
                tb = body.add_table(rows=1, cols=2)
                no_borders(tb)
                lc, rc = tb.rows[0].cells
                lc.width, rc.width = Inches(5.0), Inches(1.9)
                for k, h in enumerate(hs):
                    pp = lc.paragraphs[0] if k == 0 else lc.add_paragraph()
                    rr = pp.add_run(h[1])
                    rr.bold, rr.italic = h[3] == 'b', h[3] == 'i'
                rc.paragraphs[0].add_run(right)
                rc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                tb = body.add_table(rows=1, cols=2)
                no_borders(tb)
                lc, rc = tb.rows[0].cells
                lc.width, rc.width = Inches(1.6), Inches(5.3)
                lc.paragraphs[0].add_run(right).bold = True
                inner = rc.add_table(rows=len(hs), cols=1)
                for k, h in enumerate(hs):
                    rr = inner.rows[k].cells[0].paragraphs[0].add_run(h[1])
                    rr.bold, rr.italic = h[3] == 'b', h[3] == 'i'
                # the duties go in the same cell
                j = i + 1
                while j < len(its) and its[j][0] in ('b', 'p'):
                    if its[j][0] == 'b':
                        bullet(rc, its[j][1])
                    else:
                        para(rc, its[j][1])
                    j += 1
                i = j - 1
        elif t == 'h':
            _, left, right, sty = it
            if lay == 'styles' and sty == 'b':
                p = body.add_paragraph(style='Heading 2')
                p.add_run(left)
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run('\t' + right)
            else:
                para(body, left, bold=sty in ('b', 'org'), italic=sty == 'i', right=right or None,
                     size=11.5 if sty == 'org' else None, space_after=0)
        elif t == 'b':
            bullet(body, it[1])
        elif t == 'p':
            para(body, it[1])
        elif t == 'gap':
            para(body, '', space_after=0)
        i += 1
    if lay == 'sidebar' and body.paragraphs[0].text == '':
        pass
    cp = doc.core_properties
    cp.author = r['name']
    cp.last_modified_by = r['name']
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.title = ''
    cp.comments = ''
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, 'wb') as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- text
def render_txt(r, path):
    o = r['o']
    L = []
    name = r['name'].upper() if o.get('name_caps') else r['name']
    L.append(name)
    if o.get('contact_lines'):
        L += r['contact']
    else:
        L.append(o.get('cjoin', ' | ').join(r['contact']))
    L.append('')
    bul = o.get('bul', '-')
    rj = o.get('rjoin', '    ')
    hs = o.get('hstyle', 'caps')
    for it in items(r):
        t = it[0]
        if t == 'sec':
            if L and L[-1] != '':
                L.append('')
            if hs == 'caps':
                L.append(it[1].upper())
            elif hs == 'underline':
                L += [it[1].upper(), '=' * len(it[1])]
            elif hs == 'colon':
                L.append(it[1] + ':')
            elif hs == 'dashes':
                L += ['-' * 40, it[1].upper(), '-' * 40]
        elif t == 'h':
            _, left, right, sty = it
            if right:
                if rj == 'newline':
                    L += [left, right]
                else:
                    L.append(left + rj + right)
            else:
                L.append(left.upper() if sty == 'org' and o.get('org_caps') else left)
        elif t == 'b':
            L.append(f'{bul} {it[1]}' if bul else it[1])
        elif t == 'p':
            L.append(it[1])
        elif t == 'gap':
            L.append('')
    txt = '\n'.join(L).rstrip() + '\n'
    if o.get('crlf'):
        txt = txt.replace('\n', '\r\n')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(txt)


def render_md(r, path):
    o = r['o']
    L = [f"# {r['name']}", '', o.get('cjoin', ' · ').join(r['contact']), '']
    bul = o.get('bul', '-')
    hm = o.get('hmark', '##')
    for it in items(r):
        t = it[0]
        if t == 'sec':
            L += ['', f'{hm} {it[1]}', '']
        elif t == 'h':
            _, left, right, sty = it
            if sty == 'b' and o.get('h3'):
                s = f'### {left}'
            elif sty in ('b', 'org'):
                s = f'**{left}**'
            elif sty == 'i':
                s = f'*{left}*'
            else:
                s = left
            if right:
                s += o.get('rjoin', ' — ') + (f'*{right}*' if o.get('date_italic') else right)
            L.append(s + ('  ' if not o.get('h3') or sty != 'b' else ''))
            if o.get('h3') and sty == 'b':
                L.append('')
        elif t == 'b':
            if L and L[-1].endswith('  '):
                L[-1] = L[-1].rstrip()
                L.append('')
            L.append(f'{bul} {it[1]}')
        elif t == 'p':
            L += [it[1], '']
        elif t == 'gap':
            if L and L[-1].endswith('  '):
                L[-1] = L[-1].rstrip()
            L.append('')
    txt = '\n'.join(L)
    while '\n\n\n' in txt:
        txt = txt.replace('\n\n\n', '\n\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(txt.strip() + '\n')


def render_html(r, path):
    o = r['o']
    e = H.escape
    css = o.get('css', 'body{font-family:Georgia,serif;max-width:760px;margin:30px auto;color:#222}'
                       'h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}'
                       '.d{float:right;color:#555}.o{font-style:italic}ul{margin:4px 0 10px}')
    P = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{e(r['name'])} - {e(o.get('doc_title', 'Resume'))}</title>", f'<style>{css}</style>',
         '</head><body>', f"<h1>{e(r['name'])}</h1>",
         '<p class="contact">' + ' &nbsp;|&nbsp; '.join(e(c) for c in r['contact']) + '</p>']
    inlist = False
    for it in items(r):
        t = it[0]
        if t != 'b' and inlist:
            P.append('</ul>')
            inlist = False
        if t == 'sec':
            P.append(f'<h2>{e(it[1])}</h2>')
        elif t == 'h':
            _, left, right, sty = it
            d = f'<span class="d">{e(right)}</span>' if right else ''
            if sty == 'b':
                P.append(f'<div class="t">{d}<b>{e(left)}</b></div>')
            elif sty == 'org':
                P.append(f'<h3>{e(left)}</h3>')
            elif sty == 'i':
                P.append(f'<div class="o">{d}{e(left)}</div>')
            else:
                P.append(f'<div>{d}{e(left)}</div>')
        elif t == 'b':
            if not inlist:
                P.append('<ul>')
                inlist = True
            P.append(f'<li>{e(it[1])}</li>')
        elif t == 'p':
            P.append(f'<p>{e(it[1])}</p>')
    if inlist:
        P.append('</ul>')
    P.append('</body></html>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(P) + '\n')


RENDERERS = {'reportlab': render_reportlab, 'fpdf': render_fpdf, 'docx': render_docx,
             'txt': render_txt, 'md': render_md, 'html': render_html}
