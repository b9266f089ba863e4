"""Renderers: reportlab canvas (own line layout, running headers/footers, 'continued'
headings, optional first-page sidebar), fpdf2 (DejaVu, header()/footer()), python-docx
(heading styles + tab-stop dates, or a borderless table per row block), text, Markdown, HTML."""
import datetime
import html as htmlmod
import io
import zipfile

FIXED = datetime.datetime(2026, 10, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = '/usr/share/fonts/truetype/dejavu/'


# --------------------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    o = R.get('opt', {})
    W, H = letter if o.get('letter') else A4
    base = o.get('font', 'Helvetica')
    fonts = {'Helvetica': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'),
             'Times': ('Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic')}[base]
    fmap = {'n': fonts[0], 'b': fonts[1], 'i': fonts[2], 'bi': fonts[3]}
    fs = o.get('size', 10)
    lh = fs * o.get('lead', 1.32)
    M = 50
    side_w = 160 if R.get('side') else 0
    top = H - M
    bottom = M + 20
    accent = o.get('accent', (0.1, 0.2, 0.4))

    def wrap(text, font, size, width):
        words, lines, cur = text.split(' '), [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    # ---- layout pass: pages = list of list of ops
    pages = [[]]
    state = {'y': None, 'x0': None, 'w': None, 'sec': None, 'page': 0}

    def main_geom(page):
        if page == 0 and side_w:
            return M + side_w + 18, W - 2 * M - side_w - 18
        return M, W - 2 * M

    def header_height(page):
        if page == 0:
            return 0
        return 34 if o.get('running', True) else 0

    def new_page(cont=True):
        pages.append([])
        state['page'] += 1
        p = state['page']
        state['x0'], state['w'] = main_geom(p)
        state['y'] = top - header_height(p)
        if cont and state['sec'] and o.get('continued', True):
            txt = f"{state['sec']} (continued)"
            pages[-1].append(('text', state['x0'], state['y'] - fs * 1.2, fmap['b'], fs + 1.5, txt, accent))
            state['y'] -= fs * 2.2

    # first page header
    y = top
    p0 = pages[0]
    name_x = M if not o.get('center') else None
    p0.append(('text', name_x, y - 20, fmap['b'], 20, R['name'], accent))
    y -= 30
    if not side_w:
        for c in R['contact']:
            p0.append(('text', name_x, y - fs, fmap['n'], fs - 0.5, c, (0, 0, 0)))
            y -= lh
        y -= 6
        p0.append(('line', M, y, W - M, y))
        y -= 10
    else:
        # sidebar
        sy = y
        sx, sw = M, side_w
        p0.append(('rect', M - 8, bottom - 10, side_w + 12, sy - bottom + 14))
        for c in R['contact']:
            for ln in wrap(c, fmap['n'], fs - 1.5, sw):
                p0.append(('text', sx, sy - fs, fmap['n'], fs - 1.5, ln, (0, 0, 0)))
                sy -= lh * 0.95
        sy -= 8
        for it in R['side']:
            if it[0] == 'sec':
                sy -= 6
                p0.append(('text', sx, sy - fs, fmap['b'], fs, it[1].upper(), accent))
                sy -= lh + 2
            elif it[0] in ('p', 'bul'):
                pre = '• ' if it[0] == 'bul' else ''
                for ln in wrap(pre + it[1], fmap['n'], fs - 1.5, sw):
                    p0.append(('text', sx, sy - fs, fmap['n'], fs - 1.5, ln, (0, 0, 0)))
                    sy -= lh * 0.95
        y -= 4
    state.update(y=y, page=0)
    state['x0'], state['w'] = main_geom(0)

    items = R['b'].items
    for i, it in enumerate(items):
        kind = it[0]
        x0, w = state['x0'], state['w']
        if kind == 'gap':
            state['y'] -= lh * 0.45
            continue
        if kind == 'sec':
            need = lh * 4.5
            if state['y'] - need < bottom:
                state['sec'] = None
                new_page()
            state['sec'] = it[1]
            state['y'] -= 6
            txt = it[1].upper() if o.get('caps', True) else it[1]
            pages[-1].append(('text', state['x0'], state['y'] - fs, fmap['b'], fs + 1.5, txt, accent))
            state['y'] -= lh + 2
            pages[-1].append(('line', state['x0'], state['y'] + 4, state['x0'] + state['w'], state['y'] + 4))
            state['y'] -= 4
            continue
        if kind == 'row':
            _, left, right, st = it
            nxt = items[i + 1][0] if i + 1 < len(items) else None
            need = lh * (3 if nxt in ('row', 'bul') else 1)
            if state['y'] - need < bottom:
                new_page()
                x0, w = state['x0'], state['w']
            f = fmap[st]
            rw = stringWidth(right, fmap['n'], fs) + 10 if right else 0
            if right and stringWidth(left, f, fs) + rw > w:
                for ln in wrap(left, f, fs, w):
                    pages[-1].append(('text', x0, state['y'] - fs, f, fs, ln, (0, 0, 0)))
                    state['y'] -= lh
                pages[-1].append(('rtext', x0 + w, state['y'] - fs, fmap['n'], fs, right, (0, 0, 0)))
                state['y'] -= lh
                continue
            lines = wrap(left, f, fs, w - rw)
            for j, ln in enumerate(lines):
                pages[-1].append(('text', x0, state['y'] - fs, f, fs, ln, (0, 0, 0)))
                if j == 0 and right:
                    pages[-1].append(('rtext', x0 + w, state['y'] - fs, fmap['n'], fs, right, (0, 0, 0)))
                state['y'] -= lh
            continue
        if kind in ('p', 'bul'):
            ind = 12 if kind == 'bul' else 0
            lines = wrap(it[1], fmap['n'], fs, w - ind)
            for j, ln in enumerate(lines):
                if state['y'] - lh < bottom:
                    new_page()
                    x0, w = state['x0'], state['w']
                if kind == 'bul' and j == 0:
                    pages[-1].append(('text', x0 + 2, state['y'] - fs, fmap['n'], fs, o.get('bullet', '•'), (0, 0, 0)))
                pages[-1].append(('text', x0 + ind, state['y'] - fs, fmap['n'], fs, ln, (0, 0, 0)))
                state['y'] -= lh
            if kind == 'p':
                state['y'] -= 3
            continue
        raise ValueError(kind)

    n = len(pages)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(R['name'] + ' – CV')
    c.setAuthor(R['name'])
    for pi, ops in enumerate(pages):
        if pi > 0 and o.get('running', True):
            c.setFont(fmap['b'], fs - 1)
            c.setFillColorRGB(*accent)
            c.drawString(M, H - M + 6, R['name'])
            c.setFont(fmap['n'], fs - 2)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawRightString(W - M, H - M + 6, o.get('runline', R['contact'][-1]))
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.line(M, H - M, W - M, H - M)
        ft = o.get('footer', 'Page {p} of {n}')
        if ft and (pi > 0 or o.get('footer_first', True)):
            c.setFont(fmap['n'], fs - 2)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawCentredString(W / 2, M - 10, ft.format(p=pi + 1, n=n, name=R['name']))
        for op in ops:
            if op[0] == 'text':
                _, x, yy, f, s, t, col = op
                c.setFont(f, s)
                c.setFillColorRGB(*col)
                if x is None:
                    c.drawCentredString(W / 2, yy, t)
                else:
                    c.drawString(x, yy, t)
            elif op[0] == 'rtext':
                _, x, yy, f, s, t, col = op
                c.setFont(f, s)
                c.setFillColorRGB(*col)
                c.drawRightString(x, yy, t)
            elif op[0] == 'line':
                c.setStrokeColorRGB(0.55, 0.55, 0.55)
                c.setLineWidth(0.6)
                c.line(op[1], op[2], op[3], op[4])
            elif op[0] == 'rect':
                c.setFillColorRGB(0.93, 0.94, 0.96)
                c.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
        c.showPage()
    c.save()
    return n


# --------------------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    o = R.get('opt', {})
    fs = o.get('size', 10)
    lh = fs * o.get('lead', 0.48)
    side = R.get('side')

    class P(FPDF):
        cur_sec = None
        suppress_cont = False

        def header(self):
            if self.page_no() == 1:
                return
            self.set_left_margin(15)
            self.set_x(15)
            if o.get('running', True):
                self.set_font('D', 'B', fs - 1)
                self.set_text_color(*o.get('accent', (40, 60, 110)))
                self.cell(90, 5, R['name'])
                self.set_font('D', '', fs - 2)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, o.get('runline', R['contact'][-1]), align='R')
                self.ln(6)
                self.set_draw_color(150, 150, 150)
                self.line(15, self.get_y(), self.w - 15, self.get_y())
                self.ln(4)
            self.set_text_color(0, 0, 0)
            if self.cur_sec and not self.suppress_cont and o.get('continued', True):
                self.set_font('D', 'B', fs + 1)
                self.set_text_color(*o.get('accent', (40, 60, 110)))
                self.cell(0, 6, f'{self.cur_sec} (continued)')
                self.ln(8)
                self.set_text_color(0, 0, 0)
            self.set_font('D', '', fs)

        def footer(self):
            ft = o.get('footer', 'Page {p} of {n}')
            if not ft:
                return
            self.set_y(-13)
            self.set_font('D', '', fs - 2)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, ft.format(p=self.page_no(), n='{nb}', name=R['name']), align='C')
            self.set_text_color(0, 0, 0)

    pdf = P(format='Letter' if o.get('letter') else 'A4')
    pdf.set_creation_date(FIXED)
    pdf.set_title(R['name'] + ' CV')
    pdf.set_author(R['name'])
    pdf.add_font('D', '', DEJAVU + 'DejaVuSans.ttf')
    pdf.add_font('D', 'B', DEJAVU + 'DejaVuSans-Bold.ttf')
    pdf.add_font('D', 'I', DEJAVU + 'DejaVuSans-Oblique.ttf')
    pdf.add_font('D', 'BI', DEJAVU + 'DejaVuSans-BoldOblique.ttf')
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    acc = o.get('accent', (40, 60, 110))
    align = 'C' if o.get('center') else 'L'
    pdf.set_font('D', 'B', 18)
    pdf.set_text_color(*acc)
    pdf.cell(0, 9, R['name'], align=align, new_x='LMARGIN', new_y='NEXT')
    pdf.set_text_color(0, 0, 0)
    if side:
        sw = 55
        top_y = pdf.get_y() + 2
        pdf.set_fill_color(236, 239, 244)
        pdf.rect(10, top_y - 2, sw + 8, pdf.h - top_y - 18, style='F')
        pdf.set_xy(14, top_y)
        pdf.set_font('D', '', fs - 2)
        for c in R['contact']:
            pdf.set_x(14)
            pdf.multi_cell(sw, lh + 0.4, c, align='L', new_x='LMARGIN', new_y='NEXT')
        for it in side:
            pdf.set_x(14)
            if it[0] == 'sec':
                pdf.ln(2)
                pdf.set_x(14)
                pdf.set_font('D', 'B', fs - 1)
                pdf.set_text_color(*acc)
                pdf.multi_cell(sw, lh + 1, it[1].upper(), new_x='LMARGIN', new_y='NEXT')
                pdf.set_text_color(0, 0, 0)
                pdf.set_font('D', '', fs - 2)
            else:
                pre = '• ' if it[0] == 'bul' else ''
                pdf.multi_cell(sw, lh + 0.4, pre + it[1], align='L', new_x='LMARGIN', new_y='NEXT')
        pdf.set_left_margin(14 + sw + 8)
        pdf.set_xy(14 + sw + 8, top_y)
    else:
        pdf.set_font('D', '', fs - 1)
        for c in R['contact']:
            pdf.cell(0, lh + 0.6, c, align=align, new_x='LMARGIN', new_y='NEXT')
        pdf.ln(1)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(15, pdf.get_y(), pdf.w - 15, pdf.get_y())
        pdf.ln(3)

    items = R['b'].items
    trigger = lambda: pdf.page_break_trigger
    for i, it in enumerate(items):
        k = it[0]
        if k == 'gap':
            pdf.ln(1.8)
            continue
        if k == 'sec':
            if pdf.get_y() + 22 > trigger():
                pdf.suppress_cont = True
                pdf.add_page()
                pdf.suppress_cont = False
            pdf.cur_sec = it[1]
            pdf.ln(2)
            pdf.set_font('D', 'B', fs + 1)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6, it[1].upper() if o.get('caps', True) else it[1], new_x='LMARGIN', new_y='NEXT')
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.w - 15, y)
            pdf.ln(1.5)
            pdf.set_text_color(0, 0, 0)
            continue
        if k == 'row':
            _, left, right, st = it
            nxt = items[i + 1][0] if i + 1 < len(items) else None
            if nxt in ('row', 'bul') and pdf.get_y() + 3 * lh + 4 > trigger():
                pdf.add_page()
            style = {'n': '', 'b': 'B', 'i': 'I', 'bi': 'BI'}[st]
            pdf.set_font('D', '', fs)
            rw = pdf.get_string_width(right) + 4 if right else 0
            pdf.set_font('D', style, fs)
            avail = pdf.w - 15 - pdf.l_margin
            if right and pdf.get_string_width(left) + rw > avail:
                pdf.multi_cell(avail, lh + 0.8, left, align='L', new_x='LMARGIN', new_y='NEXT')
                pdf.set_font('D', '', fs)
                pdf.cell(avail, lh + 0.8, right, align='R', new_x='LMARGIN', new_y='NEXT')
                continue
            y = pdf.get_y()
            pdf.multi_cell(avail - rw, lh + 0.8, left, align='L', new_x='LMARGIN', new_y='NEXT')
            if right:
                y2 = pdf.get_y()
                page_now = pdf.page_no()
                pdf.set_font('D', '', fs)
                if y2 > y:
                    pdf.set_xy(pdf.w - 15 - rw, y)
                    pdf.cell(rw, lh + 0.8, right, align='R')
                    pdf.set_xy(pdf.l_margin, y2)
            continue
        if k in ('p', 'bul'):
            pdf.set_font('D', '', fs)
            avail = pdf.w - 15 - pdf.l_margin
            if k == 'bul':
                pdf.cell(5, lh + 0.8, o.get('bullet', '•'))
                pdf.multi_cell(avail - 5, lh + 0.8, it[1], align='L', new_x='LMARGIN', new_y='NEXT')
            else:
                pdf.multi_cell(avail, lh + 0.8, it[1], align='L', new_x='LMARGIN', new_y='NEXT')
                pdf.ln(1)
            continue
    pdf.output(path)
    return pdf.page_no()


# --------------------------------------------------------------------------- docx
def _fix_docx(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def _add_page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    fb = OxmlElement('w:fldChar'); fb.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = 'PAGE'
    fs = OxmlElement('w:fldChar'); fs.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    fe = OxmlElement('w:fldChar'); fe.set(qn('w:fldCharType'), 'end')
    for el in (fb, it, fs, t, fe):
        run._r.append(el)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{side}'); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    o = R.get('opt', {})
    mode = o.get('mode', 'styles')
    d = docx.Document()
    cp = d.core_properties
    cp.author = R['name']; cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = R['name']; cp.revision = 1; cp.title = 'CV'
    st = d.styles['Normal']; st.font.name = o.get('font', 'Calibri'); st.font.size = Pt(o.get('size', 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    width = sec.page_width - sec.left_margin - sec.right_margin
    if o.get('header_contact'):
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R['name']); r.bold = True
        hp.add_run('  |  ' + '  |  '.join(R['contact']))
    else:
        t = d.add_paragraph(style='Title' if o.get('title_style') else None)
        r = t.add_run(R['name'])
        if not o.get('title_style'):
            r.bold = True; r.font.size = Pt(18)
        for c in R['contact']:
            d.add_paragraph(c)
    if o.get('footer_page'):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(R['name'] + ' – page ')
        _add_page_field(fp)

    def tabpar(left, right, st):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(left)
        r.bold = 'b' in st; r.italic = 'i' in st
        if right:
            p.add_run('\t' + right)
        return p

    items = R['b'].items
    i = 0
    while i < len(items):
        it = items[i]
        k = it[0]
        if k == 'sec':
            if o.get('plain_heads'):
                p = d.add_paragraph(); r = p.add_run(it[1].upper()); r.bold = True
            else:
                d.add_heading(it[1], level=1)
        elif k == 'p':
            d.add_paragraph(it[1])
        elif k == 'gap':
            pass
        elif k == 'bul':
            if o.get('list_bullets', True):
                d.add_paragraph(it[1], style='List Bullet')
            else:
                d.add_paragraph('– ' + it[1])
        elif k == 'row':
            if mode == 'table':
                # collect consecutive rows + bullets into one borderless table
                j = i
                block = []
                while j < len(items) and items[j][0] in ('row', 'bul'):
                    block.append(items[j]); j += 1
                    if j < len(items) and items[j][0] == 'row' and items[j - 1][0] == 'bul':
                        break
                rows = [b for b in block if b[0] == 'row']
                buls = [b for b in block if b[0] == 'bul']
                tbl = d.add_table(rows=len(rows) + (1 if buls else 0), cols=2)
                _no_borders(tbl)
                for ri, rr in enumerate(rows):
                    c0, c1 = tbl.rows[ri].cells
                    run = c0.paragraphs[0].add_run(rr[1]); run.bold = 'b' in rr[3]; run.italic = 'i' in rr[3]
                    c1.paragraphs[0].add_run(rr[2]); c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if buls:
                    cell = tbl.rows[len(rows)].cells[0].merge(tbl.rows[len(rows)].cells[1])
                    cell.paragraphs[0].text = '• ' + buls[0][1]
                    for b in buls[1:]:
                        cell.add_paragraph('• ' + b[1])
                d.add_paragraph().paragraph_format.space_after = Pt(2)
                i = j
                continue
            tabpar(it[1], it[2], it[3])
        i += 1
    d.save(path)
    _fix_docx(path)
    return None


# --------------------------------------------------------------------------- text / md / html
def render_txt(R, path):
    o = R.get('opt', {})
    Wd = o.get('width', 78)
    out = [R['name'] if not o.get('caps_name') else R['name'].upper()]
    out += R['contact']
    out.append('')
    for it in R['b'].items:
        k = it[0]
        if k == 'sec':
            out.append('')
            h = it[1].upper() if o.get('caps', True) else it[1]
            out.append(h)
            if o.get('underline'):
                out.append(o['underline'] * len(h))
        elif k == 'p':
            out.append(it[1])
        elif k == 'bul':
            out.append(o.get('bullet', '- ') + it[1])
        elif k == 'gap':
            out.append('')
        elif k == 'row':
            left, right = it[1], it[2]
            if not right:
                out.append(left)
            elif o.get('datesep'):
                out.append(left + o['datesep'] + right)
            else:
                pad = max(2, Wd - len(left) - len(right))
                out.append(left + ' ' * pad + right)
    txt = '\n'.join(out)
    while '\n\n\n' in txt:
        txt = txt.replace('\n\n\n', '\n\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(txt.strip() + '\n')


def render_md(R, path):
    o = R.get('opt', {})
    out = [f"# {R['name']}", '', ' · '.join(R['contact']) if o.get('oneline', True) else '  \n'.join(R['contact']), '']
    for it in R['b'].items:
        k = it[0]
        if k == 'sec':
            out += ['', f"## {it[1]}", '']
        elif k == 'p':
            out += [it[1], '']
        elif k == 'bul':
            out.append(o.get('bullet', '- ') + it[1])
        elif k == 'gap':
            out.append('')
        elif k == 'row':
            left, right, st = it[1], it[2], it[3]
            if st == 'b':
                l = (o.get('h', '### ') + left) if o.get('h') else f'**{left}**'
            elif st == 'bi':
                l = f'**_{left}_**' if not o.get('h2') else o['h2'] + left
            elif st == 'i':
                l = f'*{left}*'
            else:
                l = left
            if right:
                l += o.get('mdsep', ' — ') + (f'*{right}*' if not l.startswith('#') else right)
            if l.startswith('#'):
                out += ['', l, '']
            else:
                out.append(l + '  ')
    txt = '\n'.join(out)
    while '\n\n\n' in txt:
        txt = txt.replace('\n\n\n', '\n\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(txt.strip() + '\n')


def render_html(R, path):
    o = R.get('opt', {})
    e = htmlmod.escape
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(R['name'])} – Résumé</title>",
           '<style>body{font-family:%s;max-width:820px;margin:2em auto;color:#222}'
           'h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}'
           '.r{display:flex;justify-content:space-between}.d{color:#555}'
           '.side{float:right;width:230px;background:#f2f2f5;padding:8px;margin-left:16px}</style>'
           % o.get('font', 'Georgia, serif'),
           '</head><body>', f"<header><h1>{e(R['name'])}</h1>"]
    out += [f'<p class="contact">{e(c)}</p>' for c in R['contact']]
    out.append('</header>')
    if R.get('side'):
        out.append('<aside class="side">')
        for it in R['side']:
            out.append(f'<h3>{e(it[1])}</h3>' if it[0] == 'sec' else f'<p>{e(it[1])}</p>')
        out.append('</aside>')
    out.append('<main>')
    inlist = False
    for it in R['b'].items:
        k = it[0]
        if k != 'bul' and inlist:
            out.append('</ul>'); inlist = False
        if k == 'sec':
            out.append(f'<section><h2>{e(it[1])}</h2>' if False else f'<h2>{e(it[1])}</h2>')
        elif k == 'p':
            out.append(f'<p>{e(it[1])}</p>')
        elif k == 'bul':
            if not inlist:
                out.append('<ul>'); inlist = True
            out.append(f'<li>{e(it[1])}</li>')
        elif k == 'row':
            tag = {'b': 'strong', 'i': 'em', 'bi': 'strong', 'n': 'span'}[it[3]]
            if o.get('h3') and it[3] == 'b':
                l = f'<h3>{e(it[1])}</h3>'
            else:
                l = f'<{tag}>{e(it[1])}</{tag}>'
            r = f'<span class="d">{e(it[2])}</span>' if it[2] else ''
            out.append(f'<div class="r">{l}{r}</div>')
    if inlist:
        out.append('</ul>')
    out += ['</main>', '</body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


RENDER = {'rl': render_rl, 'fpdf': render_fpdf, 'docx': render_docx, 'txt': render_txt,
          'md': render_md, 'html': render_html}
