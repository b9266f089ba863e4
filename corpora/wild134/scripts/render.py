"""Renderers for wild134: one emitter walks a résumé dict, six back-ends draw it."""
import datetime
import html as htmlmod
import io
import textwrap
import zipfile

from lib import date_text

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
DV = '/usr/share/fonts/truetype/dejavu/'


# ---------------------------------------------------------------- entry rows
def _orgloc(e, sep=', '):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def one_line(e, R):
    d = date_text(e, R)
    tpl = R.get('one_fmt', '{title}, {org}, {loc} ({d})')
    s = tpl.format(title=e.title, org=e.org or '', loc=e.loc or '', d=d)
    return s.replace(', ,', ',').replace(' ,', ',').replace('  ', ' ').replace('— —', '—')


def entry_rows(e, R, order):
    d = date_text(e, R)
    if e.one:
        return [('one', one_line(e, R), '')]
    rows = []
    ol = _orgloc(e)
    if order == 'title_org':
        rows.append(('h1', e.title, d))
        if ol:
            rows.append(('h2', ol, ''))
    elif order == 'org_title':
        rows.append(('h1', ol or e.title, d))
        if ol:
            rows.append(('h2', e.title, ''))
    elif order == 'dash':
        rows.append(('h1', f'{e.title} – {ol}' if ol else e.title, d))
    elif order == 'pipe':
        rows.append(('h1', ' | '.join(p for p in (e.title, e.org, e.loc) if p), d))
    elif order == 'dateline':
        rows.append(('h1', e.title, ''))
        if ol:
            rows.append(('h2', ol, ''))
        rows.append(('h3', d, ''))
    elif order == 'inline':
        rows.append(('h1', ', '.join(p for p in (e.title, e.org, e.loc, d) if p), ''))
    elif order == 'title_at':
        rows.append(('h1', f'{e.title} at {e.org}' if e.org else e.title, d))
        if e.loc:
            rows.append(('h3', e.loc, ''))
    else:
        raise ValueError(order)
    rows.extend(body_rows(e))
    return rows


def body_rows(e):
    if not e.bullets or e.one:
        return []
    if e.prose:
        return [('p', ' '.join(e.bullets), '')]
    return [('b', b, '') for b in e.bullets]


def section_rows(entries, R, order):
    """List of entries, each a list of rows; orgfirst groups consecutive same-org entries."""
    out = []
    if order != 'orgfirst':
        for e in entries:
            out.append(entry_rows(e, R, order))
        return out
    prev = object()
    for e in entries:
        rows = []
        if e.one:
            out.append([('one', one_line(e, R), '')])
            prev = object()
            continue
        if e.org != prev:
            rows.append(('g', _orgloc(e) or e.title, ''))
            prev = e.org
        rows.append(('h1', e.title, date_text(e, R)))
        rows.extend(body_rows(e))
        out.append(rows)
    return out


def emit(R, w):
    w.start()
    for blk in R['blocks']:
        t, head = blk[0], blk[1]
        if R.get('page_break_before') == head:
            w.page_break()
        w.heading(head)
        if t == 'text':
            for p in blk[2]:
                w.para(p)
        elif t == 'skills':
            for name, ex in blk[2]:
                w.skill(name, ex)
        elif t == 'list':
            for line in blk[2]:
                w.item(line)
        elif t == 'exp':
            order = blk[3] if len(blk) > 3 else R['order']
            for rows in section_rows(blk[2], R, order):
                w.entry(rows)
    return w.finish()


def hcase(R, s):
    c = R.get('hcase', 'upper')
    return s.upper() if c == 'upper' else s


# ---------------------------------------------------------------- reportlab
class RLW:
    def __init__(self, R, path):
        from reportlab.lib.pagesizes import A4, letter
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        self.R = R
        self.W, self.H = letter if R.get('page', 'letter') == 'letter' else A4
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        self.c.setAuthor(R['name'])
        self.c.setTitle(R.get('doc_title', R['name'] + ' Resume'))
        self.c.setCreator('Microsoft Word')
        f = R.get('font', 'Helvetica')
        if f == 'DejaVu':
            for n, fn in (('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf')):
                pdfmetrics.registerFont(TTFont(n, DV + fn))
            self.f = {'r': 'DV', 'b': 'DVB', 'i': 'DVI'}
        elif f == 'Times':
            self.f = {'r': 'Times-Roman', 'b': 'Times-Bold', 'i': 'Times-Italic'}
        else:
            self.f = {'r': 'Helvetica', 'b': 'Helvetica-Bold', 'i': 'Helvetica-Oblique'}
        self.size = R.get('size', 10)
        self.accent = R.get('accent', (0.1, 0.2, 0.4))
        self.page = 1
        self.side = R['layout'] == 'sidebar'
        self.m = 50
        self.x0 = 200 if self.side else self.m
        self.x1 = self.W - self.m
        self.y = self.H - self.m
        self.bottom = 60

    def sw(self, t, f, s):
        return self.pm.stringWidth(t, f, s)

    def wrap(self, t, f, s, width):
        words, lines, cur = t.split(), [], ''
        for wd in words:
            nxt = (cur + ' ' + wd).strip()
            if self.sw(nxt, f, s) <= width or not cur:
                cur = nxt
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def footer(self):
        ft = self.R.get('footer')
        if ft:
            self.c.setFont(self.f['i'], 8)
            self.c.setFillColorRGB(0.4, 0.4, 0.4)
            self.c.drawCentredString(self.W / 2, 30, ft.format(p=self.page))
            self.c.setFillColorRGB(0, 0, 0)

    def page_break(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.x0 = self.m
        self.y = self.H - self.m

    def need(self, h):
        if self.y - h < self.bottom:
            self.page_break()

    def text(self, t, font='r', size=None, x=None, width=None, lead=None, color=None):
        size = size or self.size
        x = self.x0 if x is None else x
        width = width or (self.x1 - x)
        lead = lead or size * 1.3
        for ln in self.wrap(t, self.f[font], size, width):
            self.need(lead)
            self.c.setFont(self.f[font], size)
            if color:
                self.c.setFillColorRGB(*color)
            self.c.drawString(x, self.y - size, ln)
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= lead

    def start(self):
        R = self.R
        if self.side:
            self.c.setFillColorRGB(*R.get('side_bg', (0.9, 0.92, 0.95)))
            self.c.rect(0, 0, 180, self.H, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
            y = self.H - self.m
            for head, lines in R.get('side', []):
                self.c.setFont(self.f['b'], 9.5)
                self.c.setFillColorRGB(*self.accent)
                self.c.drawString(18, y - 10, head.upper())
                self.c.setFillColorRGB(0, 0, 0)
                y -= 18
                for ln in lines:
                    for sub in self.wrap(ln, self.f['r'], 8.5, 148):
                        self.c.setFont(self.f['r'], 8.5)
                        self.c.drawString(18, y - 9, sub)
                        y -= 11.5
                y -= 10
            self.text(R['name'], 'b', 20, lead=26, color=self.accent)
            if R.get('headline'):
                self.text(R['headline'], 'i', 11, lead=16)
        else:
            al = R.get('align', 'left')
            self.c.setFont(self.f['b'], 19)
            self.c.setFillColorRGB(*self.accent)
            if al == 'center':
                self.c.drawCentredString(self.W / 2, self.y - 19, R['name'])
            else:
                self.c.drawString(self.x0, self.y - 19, R['name'])
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= 26
            for ln in ([R['headline']] if R.get('headline') else []) + R['contact']:
                self.c.setFont(self.f['r'], 9.5)
                if al == 'center':
                    self.c.drawCentredString(self.W / 2, self.y - 9.5, ln)
                else:
                    self.c.drawString(self.x0, self.y - 9.5, ln)
                self.y -= 13
        self.y -= 6

    def heading(self, h):
        self.need(40)
        self.y -= 6
        self.c.setFont(self.f['b'], self.size + 1.5)
        self.c.setFillColorRGB(*self.accent)
        self.c.drawString(self.x0, self.y - self.size - 1.5, hcase(self.R, h))
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= self.size + 5
        if self.R.get('rule', True):
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(0.6)
            self.c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 5

    def para(self, p):
        self.text(p)
        self.y -= 3

    def item(self, line):
        self.text(line)

    def bullet(self, t, indent=0):
        g = self.R.get('glyph', '•')
        size = self.size
        lines = self.wrap(t, self.f['r'], size, self.x1 - self.x0 - 16 - indent)
        for k, ln in enumerate(lines):
            self.need(size * 1.3)
            self.c.setFont(self.f['r'], size)
            if k == 0:
                self.c.drawString(self.x0 + 4 + indent, self.y - size, g)
            self.c.drawString(self.x0 + 16 + indent, self.y - size, ln)
            self.y -= size * 1.3

    def skill(self, name, ex):
        self.text(name, 'b')
        for x in ex:
            self.bullet(x, 6)
        self.y -= 2

    def entry(self, rows):
        self.need(36)
        for kind, left, right in rows:
            if kind in ('h1', 'g'):
                f = 'b'
            elif kind == 'h2':
                f = 'i'
            else:
                f = 'r'
            if kind == 'b':
                self.bullet(left)
            elif kind == 'p':
                self.text(left)
            elif right:
                rw = self.sw(right, self.f['r'], self.size)
                lines = self.wrap(left, self.f[f], self.size, self.x1 - self.x0 - rw - 12)
                self.need(self.size * 1.4)
                self.c.setFont(self.f['r'], self.size)
                self.c.drawRightString(self.x1, self.y - self.size, right)
                self.text(' '.join(lines[:1]), f)
                if len(lines) > 1:
                    self.text(' '.join(lines[1:]), f)
            else:
                self.text(left, f, self.size + (0.5 if kind == 'g' else 0))
        self.y -= 5

    def finish(self):
        self.footer()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- fpdf2
def make_fpdf(R):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            ft = R.get('footer')
            if ft:
                self.set_y(-14)
                self.set_font(self.fam, 'I', 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, ft.format(p=self.page_no()), align='C')
                self.set_text_color(0, 0, 0)
    p = P(format=R.get('page', 'A4'))
    if R.get('font', 'DejaVu') == 'DejaVu':
        p.add_font('DejaVu', '', DV + 'DejaVuSans.ttf')
        p.add_font('DejaVu', 'B', DV + 'DejaVuSans-Bold.ttf')
        p.add_font('DejaVu', 'I', DV + 'DejaVuSans-Oblique.ttf')
        p.fam = 'DejaVu'
    elif R['font'] == 'Serif':
        p.add_font('DVS', '', DV + 'DejaVuSerif.ttf')
        p.add_font('DVS', 'B', DV + 'DejaVuSerif-Bold.ttf')
        p.add_font('DVS', 'I', DV + 'DejaVuSerif-Italic.ttf')
        p.fam = 'DVS'
    else:
        p.add_font('DVC', '', DV + 'DejaVuSansCondensed.ttf')
        p.add_font('DVC', 'B', DV + 'DejaVuSansCondensed-Bold.ttf')
        p.add_font('DVC', 'I', DV + 'DejaVuSansCondensed-Oblique.ttf')
        p.fam = 'DVC'
    p.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    p.set_author(R['name'])
    p.set_title(R.get('doc_title', 'CV - ' + R['name']))
    p.set_creator('Writer')
    p.set_producer('LibreOffice 7.6')
    return p


class FPW:
    def __init__(self, R, path):
        self.R, self.path = R, path
        self.p = make_fpdf(R)
        self.p.set_auto_page_break(True, 18)
        self.p.add_page()
        self.side = R['layout'] == 'twocol'
        self.size = R.get('size', 9.5)
        self.acc = R.get('accent', (30, 70, 110))

    def f(self, st='', sz=None):
        self.p.set_font(self.p.fam, st, sz or self.size)

    def start(self):
        R, p = self.R, self.p
        if self.side:
            p.set_fill_color(*R.get('side_bg', (232, 238, 244)))
            p.rect(0, 0, 64, 297, style='F')
            p.set_xy(8, 16)
            for head, lines in R.get('side', []):
                p.set_x(8)
                self.f('B', 9)
                p.set_text_color(*self.acc)
                p.cell(50, 6, head.upper(), new_x='LMARGIN', new_y='NEXT')
                p.set_text_color(0, 0, 0)
                self.f('', 8)
                for ln in lines:
                    p.set_x(8)
                    p.multi_cell(50, 4.2, ln, align='L', new_x='LEFT', new_y='NEXT')
                p.ln(4)
            p.set_left_margin(72)
            p.set_xy(72, 14)
        al = 'C' if R['layout'] == 'centred' else 'L'
        self.f('B', 18)
        p.set_text_color(*self.acc)
        p.cell(0, 10, R['name'], align=al, new_x='LMARGIN', new_y='NEXT')
        p.set_text_color(0, 0, 0)
        if R.get('headline'):
            self.f('I', 10.5)
            p.multi_cell(0, 5.5, R['headline'], align=al, new_x='LMARGIN', new_y='NEXT')
        self.f('', 9)
        if not self.side:
            for ln in R['contact']:
                p.multi_cell(0, 4.8, ln, align=al, new_x='LMARGIN', new_y='NEXT')
        p.ln(2)

    def page_break(self):
        self.p.add_page()

    def heading(self, h):
        p = self.p
        if p.get_y() > 260:
            p.add_page()
        p.ln(3)
        self.f('B', self.size + 1.5)
        p.set_text_color(*self.acc)
        p.cell(0, 7, hcase(self.R, h), new_x='LMARGIN', new_y='NEXT')
        p.set_text_color(0, 0, 0)
        if self.R.get('rule', True):
            p.set_draw_color(*self.acc)
            p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        p.ln(1.5)

    def para(self, t):
        self.f()
        self.p.multi_cell(0, 4.8, t, new_x='LMARGIN', new_y='NEXT')
        self.p.ln(1)

    def item(self, t):
        self.para(t)

    def bullet(self, t, ind=0):
        p = self.p
        self.f()
        p.set_x(p.l_margin + 2 + ind)
        p.cell(4, 4.8, self.R.get('glyph', '•'))
        p.multi_cell(0, 4.8, t, new_x='LMARGIN', new_y='NEXT')

    def skill(self, name, ex):
        self.f('B')
        self.p.cell(0, 5.5, name, new_x='LMARGIN', new_y='NEXT')
        for x in ex:
            self.bullet(x, 3)
        self.p.ln(1)

    def entry(self, rows):
        p = self.p
        if p.get_y() > 255:
            p.add_page()
        for kind, left, right in rows:
            if kind == 'b':
                self.bullet(left)
                continue
            if kind == 'p':
                self.para(left)
                continue
            st = {'h1': 'B', 'g': 'B', 'h2': 'I'}.get(kind, '')
            if right:
                self.f('')
                rw = p.get_string_width(right) + 2
                self.f(st)
                y = p.get_y()
                p.multi_cell(p.w - p.l_margin - p.r_margin - rw - 2, 5.2, left, new_x='LMARGIN', new_y='NEXT')
                y2 = p.get_y()
                p.set_xy(p.w - p.r_margin - rw, y)
                self.f('')
                p.cell(rw, 5.2, right, align='R')
                p.set_xy(p.l_margin, y2)
            else:
                self.f(st, self.size + (0.5 if kind == 'g' else 0))
                p.multi_cell(0, 5.2, left, new_x='LMARGIN', new_y='NEXT')
        p.ln(2)

    def finish(self):
        self.p.output(self.path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{side}')
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def _bottom_border(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    bt = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', '6'), ('w:space', '1'), ('w:color', '444444')):
        bt.set(qn(k), v)
    bdr.append(bt)
    pPr.append(bdr)


class DXW:
    def __init__(self, R, path):
        from docx import Document
        from docx.shared import Pt, Cm
        self.Pt, self.Cm = Pt, Cm
        self.R, self.path = R, path
        self.d = Document()
        st = self.d.styles['Normal']
        st.font.name = R.get('font', 'Calibri')
        st.font.size = Pt(R.get('size', 10.5))
        sec = self.d.sections[0]
        if R.get('page', 'letter') == 'A4':
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        else:
            sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
        sec.left_margin = sec.right_margin = Cm(2)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
        self.textw = sec.page_width - sec.left_margin - sec.right_margin
        self.c = self.d
        self.lay = R['layout']
        self.tabpos = self.textw

    def P(self, text='', style=None):
        p = self.c.add_paragraph(style=style) if style else self.c.add_paragraph()
        if text:
            p.add_run(text)
        p.paragraph_format.space_after = self.Pt(2)
        return p

    def start(self):
        R, d = self.R, self.d
        if self.lay == 'header':
            h = d.sections[0].header
            hp = h.paragraphs[0]
            r = hp.add_run(R['name'])
            r.bold = True
            r.font.size = self.Pt(16)
            h.add_paragraph(' | '.join(R['contact']))
            if R.get('footer'):
                d.sections[0].footer.paragraphs[0].add_run(R['footer'])
            if R.get('headline'):
                p = self.P(R['headline'])
                p.runs[0].italic = True
            return
        if self.lay == 'sidebar':
            t = d.add_table(rows=1, cols=2)
            _no_borders(t)
            t.autofit = False
            lw = self.Cm(5.6)
            t.columns[0].width = lw
            t.cell(0, 0).width = lw
            t.cell(0, 1).width = self.textw - lw
            left, right = t.cell(0, 0), t.cell(0, 1)
            _shade(left, R.get('side_hex', 'DCE6F0'))
            self.c = left
            p = left.paragraphs[0]
            r = p.add_run(R['name'])
            r.bold = True
            r.font.size = self.Pt(15)
            for head, lines in R.get('side', []):
                hp = self.P(head.upper())
                hp.runs[0].bold = True
                hp.paragraph_format.space_before = self.Pt(8)
                for ln in lines:
                    q = self.P(ln)
                    q.runs[0].font.size = self.Pt(9)
            self.c = right
            self.tabpos = self.textw - lw - self.Cm(0.4)
            first = right.paragraphs[0]
            if R.get('headline'):
                r = first.add_run(R['headline'])
                r.bold = True
                r.font.size = self.Pt(12)
            return
        if self.lay == 'styles':
            d.add_heading(R['name'], 0)
        else:
            p = self.P()
            r = p.add_run(R['name'])
            r.bold = True
            r.font.size = self.Pt(18)
            if R.get('align') == 'center':
                p.alignment = 1
        for ln in ([R['headline']] if R.get('headline') else []) + R['contact']:
            p = self.P(ln)
            if R.get('align') == 'center':
                p.alignment = 1

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.P().add_run().add_break(WD_BREAK.PAGE)

    def heading(self, h):
        if self.lay in ('styles', 'header') and self.c is self.d:
            self.d.add_heading(hcase(self.R, h), 1)
        elif self.lay == 'sidebar':
            p = self.P(hcase(self.R, h), 'Heading 2')
        else:
            p = self.P()
            r = p.add_run(hcase(self.R, h))
            r.bold = True
            r.font.size = self.Pt(12)
            p.paragraph_format.space_before = self.Pt(10)
            _bottom_border(p)

    def para(self, t):
        self.P(t)

    def item(self, t):
        if self.R.get('list_items_bulleted'):
            self.P(t, 'List Bullet')
        else:
            self.P(t)

    def bullet(self, t, cont=None):
        cont = cont or self.c
        if self.R.get('glyph_text'):
            p = cont.add_paragraph(self.R['glyph_text'] + ' ' + t)
        else:
            p = cont.add_paragraph(t, style='List Bullet')
        p.paragraph_format.space_after = self.Pt(1)

    def skill(self, name, ex):
        p = self.P()
        r = p.add_run(name)
        r.bold = True
        for x in ex:
            self.bullet(x)

    def _tabrow(self, cont, kind, left, right):
        from docx.enum.text import WD_TAB_ALIGNMENT
        if self.lay == 'styles' and kind == 'h1' and cont is self.d:
            p = self.d.add_heading('', 2)
        else:
            p = cont.add_paragraph()
        p.paragraph_format.space_after = self.Pt(1)
        r = p.add_run(left)
        r.bold = kind in ('h1', 'g')
        r.italic = kind == 'h2'
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(self.tabpos, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run('\t' + right)
        return p

    def entry(self, rows):
        if self.lay == 'tables' or (self.lay == 'sidebar' and self.R.get('nested')):
            heads = [r for r in rows if r[0] not in ('b', 'p')]
            body = [r for r in rows if r[0] in ('b', 'p')]
            t = self.c.add_table(rows=1, cols=2)
            _no_borders(t)
            lc, rc = t.cell(0, 0), t.cell(0, 1)
            lc.paragraphs[0].text = ''
            first = True
            dates = []
            for kind, left, right in heads:
                p = lc.paragraphs[0] if first else lc.add_paragraph()
                first = False
                r = p.add_run(left)
                r.bold = kind in ('h1', 'g')
                r.italic = kind == 'h2'
                if right:
                    dates.append(right)
            rc.paragraphs[0].add_run(' '.join(dates)).italic = True
            rc.paragraphs[0].alignment = 2
            tgt = lc if self.R.get('body_in_cell') else self.c
            for kind, left, _ in body:
                if kind == 'b':
                    self.bullet(left, tgt)
                else:
                    tgt.add_paragraph(left)
            if not self.R.get('body_in_cell'):
                pass
            return
        for kind, left, right in rows:
            if kind == 'b':
                self.bullet(left)
            elif kind == 'p':
                self.P(left)
            else:
                self._tabrow(self.c, kind, left, right)

    def finish(self):
        cp = self.d.core_properties
        cp.author = self.R['name']
        cp.last_modified_by = self.R['name']
        cp.title = self.R.get('doc_title', 'Resume')
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 3
        cp.comments = ''
        bio = io.BytesIO()
        self.d.save(bio)
        zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
        with zipfile.ZipFile(self.path, 'w', zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- plain text
class TXW:
    def __init__(self, R, path):
        self.R, self.path, self.L = R, path, []
        self.wrapw = R.get('wrap')  # None = long pasted lines

    def w(self, t=''):
        self.L.append(t)

    def wr(self, t, ind=''):
        if self.wrapw:
            for ln in textwrap.wrap(t, self.wrapw - len(ind)) or ['']:
                self.w(ind + ln)
        else:
            self.w(ind + t)

    def start(self):
        R = self.R
        self.w(R['name'].upper() if R.get('name_caps') else R['name'])
        if R.get('headline'):
            self.w(R['headline'])
        for c in R['contact']:
            self.w(c)

    def page_break(self):
        pass

    def heading(self, h):
        st = self.R.get('hstyle', 'underline')
        self.w()
        if st == 'underline':
            self.w(hcase(self.R, h))
            self.w('-' * len(h))
        elif st == 'equals':
            self.w(hcase(self.R, h))
            self.w('=' * len(h))
        elif st == 'bracket':
            self.w(f'== {hcase(self.R, h)} ==')
        else:
            self.w(hcase(self.R, h))

    def para(self, t):
        self.wr(t)

    def item(self, t):
        self.wr(t)

    def bullet(self, t, ind=''):
        g = self.R.get('glyph', '-')
        self.wr(f'{g} {t}', ind)

    def skill(self, name, ex):
        self.w(name + (':' if not name.endswith(':') else ''))
        for x in ex:
            self.bullet(x, '  ')

    def entry(self, rows):
        R = self.R
        rs = R.get('right_sep', '    ')
        for kind, left, right in rows:
            if kind == 'b':
                self.bullet(left, R.get('bind', ''))
            elif kind == 'p':
                self.wr(left)
            elif right:
                if rs == 'pad':
                    self.w(left.ljust(max(len(left) + 3, 58)) + right)
                else:
                    self.w(left + rs + right)
            else:
                self.w(left.upper() if (kind == 'g' and R.get('caps_org')) else left)
        self.w()

    def finish(self):
        txt = '\n'.join(self.L).rstrip() + '\n'
        with open(self.path, 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(txt.replace('\n\n\n', '\n\n'))


class MDW(TXW):
    def start(self):
        R = self.R
        self.w('# ' + R['name'])
        self.w()
        if R.get('headline'):
            self.w('**' + R['headline'] + '**')
            self.w()
        self.w('  \n'.join(R['contact']))

    def heading(self, h):
        self.w()
        self.w('## ' + h)
        self.w()

    def para(self, t):
        self.w(t)
        self.w()

    def item(self, t):
        self.w('- ' + t)

    def bullet(self, t, ind=''):
        self.w(ind + self.R.get('glyph', '-') + ' ' + t)

    def skill(self, name, ex):
        self.w(f'**{name}**')
        self.w()
        for x in ex:
            self.bullet(x)
        self.w()

    def entry(self, rows):
        st = self.R.get('md_style', 'h3')
        for kind, left, right in rows:
            if kind == 'b':
                self.bullet(left)
            elif kind == 'p':
                self.w()
                self.w(left)
            elif kind == 'one':
                self.w('- ' + left)
            elif kind == 'h1' and self.R.get('order') == 'orgfirst':
                self.w(f'**{left}** — {right}  ' if right else f'**{left}**  ')
            elif kind in ('h1', 'g'):
                if st == 'h3':
                    self.w('### ' + left + (f' — {right}' if right else ''))
                else:
                    self.w(f'**{left}**' + (f' | _{right}_' if right else '') + '  ')
            elif kind == 'h2':
                self.w(f'*{left}*' + (f' ({right})' if right else '') + '  ')
            else:
                self.w(left + '  ')
        self.w()


class HTW(TXW):
    def e(self, t):
        return htmlmod.escape(t, quote=False)

    def start(self):
        R = self.R
        self.w('<!DOCTYPE html>')
        self.w(f'<html lang="en"><head><meta charset="utf-8"><title>{self.e(R["name"])} – Résumé</title>')
        self.w('<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto}'
               '.d{float:right;color:#555}h2{border-bottom:1px solid #999}.org{font-style:italic}</style>')
        self.w('</head><body>')
        self.w(f'<header><h1>{self.e(R["name"])}</h1>')
        if R.get('headline'):
            self.w(f'<p><strong>{self.e(R["headline"])}</strong></p>')
        self.w('<p>' + '<br>'.join(self.e(c) for c in R['contact']) + '</p></header>')
        self.inul = False

    def heading(self, h):
        self.w(f'<h2>{self.e(h)}</h2>')

    def para(self, t):
        self.w(f'<p>{self.e(t)}</p>')

    def item(self, t):
        self.w(f'<p>{self.e(t)}</p>')

    def skill(self, name, ex):
        self.w(f'<h4>{self.e(name)}</h4><ul>')
        for x in ex:
            self.w(f'<li>{self.e(x)}</li>')
        self.w('</ul>')

    def entry(self, rows):
        self.w('<div class="job">')
        ul = False
        for kind, left, right in rows:
            if kind == 'b':
                if not ul:
                    self.w('<ul>')
                    ul = True
                self.w(f'<li>{self.e(left)}</li>')
                continue
            if ul:
                self.w('</ul>')
                ul = False
            if kind == 'p':
                self.w(f'<p>{self.e(left)}</p>')
            elif kind in ('h1', 'g'):
                d = f'<span class="d">{self.e(right)}</span>' if right else ''
                tag = 'h3' if kind == 'h1' else 'h3 class="grp"'
                self.w(f'<{tag}>{self.e(left)} {d}</{tag.split()[0]}>')
            elif kind == 'one':
                self.w(f'<p>{self.e(left)}</p>')
            else:
                self.w(f'<p class="org">{self.e(left)}</p>')
        if ul:
            self.w('</ul>')
        self.w('</div>')

    def finish(self):
        self.w('</body></html>')
        super().finish()


def render(R, path):
    fmt = R['fmt']
    w = {'rl': RLW, 'fpdf': FPW, 'docx': DXW, 'txt': TXW, 'md': MDW, 'html': HTW}[fmt](R, path)
    emit(R, w)
