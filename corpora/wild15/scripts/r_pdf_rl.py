"""reportlab renderers (canvas drawing, invariant=1): online builder with header band (w001), AltaCV-like
LaTeX look (w004), Canva-like sidebar with skill bars (w013), Apple Pages export (w016)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

from lib import drange, duration, n_months

FONTDIR = '/usr/share/fonts/truetype/dejavu/'
_REG = False


def reg_fonts():
    global _REG
    if _REG:
        return
    for name, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf'),
                    ('DVL', 'DejaVuSans-ExtraLight.ttf'), ('DVC', 'DejaVuSansCondensed.ttf'),
                    ('DVCB', 'DejaVuSansCondensed-Bold.ttf'), ('DVS', 'DejaVuSerif.ttf'),
                    ('DVSB', 'DejaVuSerif-Bold.ttf'), ('DVSI', 'DejaVuSerif-Italic.ttf')]:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    _REG = True


def new_canvas(path, d, creator, producer=None):
    reg_fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{d['name']} - Resume")
    c.setAuthor(d['name'])
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    return c


class Flow:
    """A column that text flows down; calls on_page() for a fresh page and continues at top."""

    def __init__(self, c, x, width, top, bottom, on_page=None, next_top=None):
        self.c, self.x, self.w, self.y, self.bottom = c, x, width, top, bottom
        self.on_page, self.next_top = on_page, next_top if next_top is not None else top

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.on_page:
                self.on_page()
            self.y = self.next_top

    def text(self, s, font, size, color, dx=0, lead=None, charspace=0):
        lead = lead or size * 1.3
        self.need(lead)
        self.y -= lead
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        if charspace:
            t = self.c.beginText(self.x + dx, self.y)
            t.setFont(font, size)
            t.setCharSpace(charspace)
            t.textOut(s)
            t.setCharSpace(0)
            self.c.drawText(t)
        else:
            self.c.drawString(self.x + dx, self.y, s)

    def wrap(self, s, font, size, color, dx=0, lead=None, width=None):
        lead = lead or size * 1.32
        for line in simpleSplit(s, font, size, (width or self.w) - dx):
            self.text(line, font, size, color, dx, lead)

    def gap(self, h):
        self.y -= h


def rtext(c, x_right, y, s, font, size, color):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawRightString(x_right, y, s)


def dot_bullet(flow, s, font, size, color, bullet_color, indent=12, lead=None, r=1.6):
    lead = lead or size * 1.35
    lines = simpleSplit(s, font, size, flow.w - indent)
    for i, line in enumerate(lines):
        flow.text(line, font, size, color, dx=indent, lead=lead)
        if i == 0:
            flow.c.setFillColor(bullet_color)
            flow.c.circle(flow.x + indent / 2 - 1, flow.y + size * 0.33, r, stroke=0, fill=1)


# ---------------------------------------------------------------- w001: builder band + 2 columns
def pdf_band(d, path):
    TEAL, DARK, GREY, SIDE = HexColor('#1f6f78'), HexColor('#263238'), HexColor('#6b7b83'), HexColor('#eef3f4')
    W, H = A4
    c = new_canvas(path, d, 'ResumeNest Builder (Chromium export)', 'Skia/PDF m131')
    ds = d['ds']

    def page_bg(first):
        c.setFillColor(SIDE)
        c.rect(0, 0, 190, H - (130 if first else 0), stroke=0, fill=1)

    page_bg(True)
    c.setFillColor(TEAL)
    c.rect(0, H - 130, W, 130, stroke=0, fill=1)
    # photo circle with initials
    c.setFillColor(HexColor('#cfe3e5'))
    c.setStrokeColor(white)
    c.setLineWidth(3)
    c.circle(88, H - 65, 46, stroke=1, fill=1)
    initials = ''.join(p[0] for p in d['name'].split()[::2])[:2]
    c.setFillColor(TEAL)
    c.setFont('Helvetica-Bold', 30)
    c.drawCentredString(88, H - 76, initials)
    c.setFillColor(white)
    c.setFont('Helvetica-Bold', 24)
    c.drawString(160, H - 62, d['name'])
    t = c.beginText(160, H - 86)
    t.setFont('Helvetica', 11)
    t.setCharSpace(1.6)
    t.setFillColor(HexColor('#d8eef0'))
    t.textOut(d['headline'].upper())
    t.setCharSpace(0)
    c.drawText(t)

    # ---- sidebar
    side = Flow(c, 22, 150, H - 150, 40)

    def side_head(s):
        side.gap(8)
        side.text(s, 'Helvetica-Bold', 10.5, TEAL, charspace=1.2)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.line(22, side.y - 4, 168, side.y - 4)
        side.gap(8)

    def icon(kind, x, y):
        c.setFillColor(TEAL)
        c.circle(x, y, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.setStrokeColor(white)
        c.setLineWidth(0.8)
        if kind == 'email':
            c.rect(x - 3.2, y - 2.2, 6.4, 4.4, stroke=1, fill=0)
            c.line(x - 3.2, y + 2.2, x, y - 0.4)
            c.line(x, y - 0.4, x + 3.2, y + 2.2)
        elif kind == 'phone':
            c.roundRect(x - 1.8, y - 3.4, 3.6, 6.8, 0.8, stroke=1, fill=0)
        elif kind == 'loc':
            c.circle(x, y + 1, 2, stroke=1, fill=0)
            c.line(x - 1.6, y - 0.2, x, y - 3.6)
            c.line(x + 1.6, y - 0.2, x, y - 3.6)
        else:
            c.circle(x, y, 3.2, stroke=1, fill=0)
            c.line(x - 3.2, y, x + 3.2, y)
            c.ellipse(x - 1.4, y - 3.2, x + 1.4, y + 3.2, stroke=1, fill=0)

    side_head('CONTACT')
    for k in ('phone', 'email', 'loc', 'web'):
        v = d['contact'].get(k)
        if not v:
            continue
        side.gap(3)
        side.text(v, 'Helvetica', 8.5, DARK, dx=16, lead=13)
        icon(k, 27, side.y + 3)
    side_head('SKILLS')
    for name, lvl in d['skills']:
        side.text(name, 'Helvetica', 8.8, DARK, lead=13)
        side.gap(7)
        for i in range(5):
            c.setFillColor(TEAL if i < lvl else HexColor('#c5d3d6'))
            c.circle(26 + i * 11, side.y + 1, 3.2, stroke=0, fill=1)
        side.gap(3)
    side_head('LANGUAGES')
    for name, lvl in d['langs']:
        side.text(name, 'Helvetica', 8.8, DARK, lead=13)
        for i in range(5):
            c.setFillColor(TEAL if i < lvl else HexColor('#c5d3d6'))
            c.circle(118 + i * 11, side.y + 3, 3.2, stroke=0, fill=1)
    side_head('EDUCATION')
    for deg, school, yrs in d['education']:
        side.wrap(deg, 'Helvetica-Bold', 9, DARK)
        side.wrap(school, 'Helvetica', 8.5, DARK)
        side.text(yrs, 'Helvetica-Oblique', 8.5, GREY)

    # ---- main column
    main = Flow(c, 212, 360, H - 150, 42, on_page=lambda: page_bg(False), next_top=H - 50)

    def main_head(s):
        main.gap(10)
        main.need(40)
        main.text(s, 'Helvetica-Bold', 12, TEAL, charspace=1.4, lead=16)
        c.setStrokeColor(HexColor('#b9cfd2'))
        c.setLineWidth(1)
        c.line(212, main.y - 5, 572, main.y - 5)
        main.gap(9)

    main_head('PROFILE')
    main.wrap(d['summary'], 'Helvetica', 9.5, DARK, lead=13.5)
    for head, ents in d['sections']:
        main_head(head.upper())
        for e in ents:
            main.need(60)
            main.gap(4)
            main.text(e.title, 'Helvetica-Bold', 11, DARK, lead=15)
            dt = drange(e, ds[0], ds[1], ds[2])
            rtext(c, 572, main.y, dt, 'Helvetica', 8.5, GREY)
            wdt = pdfmetrics.stringWidth(dt, 'Helvetica', 8.5)
            cx = 572 - wdt - 9
            c.setStrokeColor(GREY)
            c.setLineWidth(0.7)
            c.rect(cx - 3, main.y - 0.5, 6.5, 6, stroke=1, fill=0)
            c.line(cx - 3, main.y + 3.8, cx + 3.5, main.y + 3.8)
            main.gap(13)
            c.setFont('Helvetica-Bold', 9.5)
            c.setFillColor(TEAL)
            c.drawString(212, main.y, e.org)
            if e.loc:
                w = pdfmetrics.stringWidth(e.org, 'Helvetica-Bold', 9.5)
                c.setFont('Helvetica', 9.5)
                c.setFillColor(GREY)
                c.drawString(212 + w, main.y, f'  |  {e.loc}')
            main.gap(3)
            for b in e.bullets:
                dot_bullet(main, b, 'Helvetica', 9.2, DARK, TEAL, lead=12.6)
            main.gap(5)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- w004: AltaCV-like
def pdf_altacv(d, path):
    ACC, DARK, GREY = HexColor('#6a1b9a'), HexColor('#222222'), HexColor('#666666')
    W, H = A4
    c = new_canvas(path, d, 'LaTeX with hyperref', 'pdfTeX-1.40.26')
    ds = d['ds']
    L, R = 40, W - 40
    c.setFillColor(DARK)
    c.setFont('DVB', 26)
    c.drawString(L, H - 62, d['name'].upper())
    c.setFillColor(ACC)
    c.setFont('DV', 12)
    c.drawString(L, H - 82, d['headline'])
    # contact line with small drawn icons
    x = L
    y = H - 102
    for k in ('email', 'phone', 'loc', 'web'):
        v = d['contact'][k]
        c.setFillColor(ACC)
        if k == 'email':
            c.rect(x, y - 0.5, 7, 5, stroke=0, fill=1)
        elif k == 'phone':
            c.roundRect(x + 1.5, y - 1.5, 4, 7.5, 1, stroke=0, fill=1)
        elif k == 'loc':
            c.circle(x + 3.5, y + 3.5, 2.6, stroke=0, fill=1)
            c.setStrokeColor(ACC)
            c.line(x + 3.5, y + 1, x + 3.5, y - 1.5)
        else:
            c.circle(x + 3.5, y + 2.5, 3.5, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont('DV', 8.5)
        c.drawString(x + 10, y, v)
        x += 10 + pdfmetrics.stringWidth(v, 'DV', 8.5) + 16
    c.setStrokeColor(ACC)
    c.setLineWidth(1.2)
    c.line(L, H - 114, R, H - 114)

    def sc_head(flow, s):
        flow.gap(12)
        flow.need(36)
        flow.y -= 17
        x = flow.x
        for wi, word in enumerate(s.upper().split()):
            if wi:
                x += pdfmetrics.stringWidth(' ', 'DVB', 13)
            c.setFillColor(ACC)
            c.setFont('DVB', 13)
            c.drawString(x, flow.y, word[0])
            x += pdfmetrics.stringWidth(word[0], 'DVB', 13)
            c.setFont('DVB', 10.2)
            c.drawString(x, flow.y, word[1:])
            x += pdfmetrics.stringWidth(word[1:], 'DVB', 10.2)
        c.setStrokeColor(ACC)
        c.setLineWidth(0.9)
        c.line(flow.x, flow.y - 5, flow.x + flow.w, flow.y - 5)
        flow.gap(8)

    left = Flow(c, L, 330, H - 118, 40, next_top=H - 50)
    right = Flow(c, 392, R - 392, H - 118, 40)
    for head, ents in d['sections']:
        sc_head(left, head)
        for e in ents:
            left.need(70)
            left.gap(3)
            left.text(e.title, 'DVB', 11, DARK, lead=15)
            rtext(c, left.x + left.w, left.y, drange(e, ds[0], ds[1], ds[2]), 'DVI', 8.3, GREY)
            left.text(e.org, 'DVB', 9.6, ACC, lead=12.5)
            rtext(c, left.x + left.w, left.y, e.loc, 'DVI', 8.3, GREY)
            left.gap(2)
            for b in e.bullets:
                lines = simpleSplit(b, 'DV', 8.8, left.w - 10)
                for i, line in enumerate(lines):
                    left.text(line, 'DV', 8.8, DARK, dx=10, lead=11.8)
                    if i == 0:
                        c.setFillColor(ACC)
                        c.setFont('DV', 8.8)
                        c.drawString(left.x + 1, left.y, '•')
            left.gap(5)
    # right column
    right.gap(4)
    right.wrap(d['quote'], 'DVSI', 10, GREY, lead=14)
    sc_head(right, 'Strengths')
    x, rowy = right.x, right.y - 16
    for s in d['skills']:
        w = pdfmetrics.stringWidth(s, 'DV', 8.5) + 10
        if x + w > right.x + right.w:
            x = right.x
            rowy -= 19
        c.setStrokeColor(ACC)
        c.setLineWidth(0.7)
        c.roundRect(x, rowy - 4, w, 14, 3, stroke=1, fill=0)
        c.setFillColor(DARK)
        c.setFont('DV', 8.5)
        c.drawString(x + 5, rowy, s)
        x += w + 5
    right.y = rowy - 8
    sc_head(right, 'Education')
    for deg, school, yrs in d['education']:
        right.wrap(deg, 'DVB', 10, DARK, lead=13)
        right.wrap(school, 'DVB', 8.8, ACC, lead=12)
        right.text(yrs, 'DVI', 8.3, GREY, lead=12)
    sc_head(right, 'Languages')
    for name, lvl in d['langs']:
        right.text(name, 'DV', 9, DARK, lead=14)
        for i in range(5):
            c.setFillColor(ACC if i < lvl else HexColor('#dddddd'))
            c.circle(right.x + right.w - 50 + i * 10, right.y + 3, 3.3, stroke=0, fill=1)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- w013: Canva-like dark sidebar with bars
def pdf_canva(d, path):
    NAVY, TAN, DARK, GREY = HexColor('#1d2b3a'), HexColor('#c9a66b'), HexColor('#1f2328'), HexColor('#5f6b76')
    W, H = A4
    c = new_canvas(path, d, 'Canva', 'Canva')
    ds = d['ds']
    c.setFillColor(NAVY)
    c.rect(0, 0, 200, H, stroke=0, fill=1)
    # photo circle with a drawn silhouette (no text)
    p = c.beginPath()
    p.circle(100, H - 110, 62)
    c.saveState()
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(HexColor('#d9c7a7'))
    c.rect(30, H - 180, 140, 140, stroke=0, fill=1)
    c.setFillColor(HexColor('#7a5c3e'))
    c.circle(100, H - 95, 22, stroke=0, fill=1)
    c.ellipse(58, H - 190, 142, H - 125, stroke=0, fill=1)
    c.restoreState()
    c.setStrokeColor(TAN)
    c.setLineWidth(3)
    c.circle(100, H - 110, 62, stroke=1, fill=0)

    side = Flow(c, 26, 150, H - 195, 30)

    def side_head(s):
        side.gap(14)
        side.text(s, 'Helvetica-Bold', 11, white, charspace=2, lead=14)
        c.setStrokeColor(TAN)
        c.setLineWidth(1.2)
        c.line(26, side.y - 5, 60, side.y - 5)
        side.gap(9)

    side_head('CONTACT')
    for k in ('phone', 'email', 'loc'):
        side.gap(2)
        side.text(d['contact'][k], 'Helvetica', 8.6, white, dx=14, lead=13)
        c.setFillColor(TAN)
        c.circle(30, side.y + 3, 4, stroke=0, fill=1)
    side_head('SKILLS')
    for name, lvl in d['skills']:
        side.text(name, 'Helvetica', 8.8, white, lead=13)
        side.gap(7)
        c.setFillColor(HexColor('#3b4b5c'))
        c.rect(26, side.y, 148, 4.5, stroke=0, fill=1)
        c.setFillColor(TAN)
        c.rect(26, side.y, 148 * lvl, 4.5, stroke=0, fill=1)
        side.gap(2)
    side_head('LICENCES')
    for s in d['certs']:
        side.text('–  ' + s, 'Helvetica', 8.8, white, lead=13)
    side_head('EDUCATION')
    for deg, school, yrs in d['education']:
        side.wrap(deg, 'Helvetica-Bold', 8.8, white, lead=12)
        side.wrap(school, 'Helvetica', 8.5, HexColor('#d6dde4'), lead=12)
        side.text(yrs, 'Helvetica-Oblique', 8.5, TAN, lead=12)

    main = Flow(c, 228, 340, H - 40, 36, next_top=H - 40)
    main.text(d['name'].upper(), 'Helvetica-Bold', 27, NAVY, charspace=1.5, lead=30)
    main.gap(6)
    main.text(d['headline'].upper(), 'Helvetica', 10.5, TAN, charspace=2.2, lead=14)
    main.gap(8)

    def main_head(s):
        main.gap(14)
        main.need(34)
        main.text(s, 'Helvetica-Bold', 12, NAVY, charspace=2.4, lead=15)
        c.setStrokeColor(HexColor('#d5d9de'))
        c.setLineWidth(1)
        c.line(228, main.y - 6, 568, main.y - 6)
        main.gap(10)

    main_head('ABOUT ME')
    main.wrap(d['summary'], 'Helvetica', 9.6, DARK, lead=14)
    for head, ents in d['sections']:
        main_head(head.upper())
        for e in ents:
            main.need(54)
            main.gap(4)
            main.text(e.title.upper(), 'Helvetica-Bold', 10.5, NAVY, charspace=0.6, lead=14)
            main.text(f'{e.org}  |  {e.loc}', 'Helvetica-Oblique', 9.2, GREY, lead=13)
            main.text(drange(e, ds[0], ds[1], ds[2]), 'Helvetica-Bold', 8.8, TAN, lead=12.5)
            main.gap(2)
            for b in e.bullets:
                lines = simpleSplit(b, 'Helvetica', 9.3, main.w - 11)
                for i, line in enumerate(lines):
                    main.text(line, 'Helvetica', 9.3, DARK, dx=11, lead=12.8)
                    if i == 0:
                        c.setFont('Helvetica', 9.3)
                        c.drawString(main.x + 1, main.y, '•')
            main.gap(4)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- w016: Apple Pages export
def pdf_pages(d, path):
    ORANGE, DARK, GREY, RULE = HexColor('#c8553d'), HexColor('#1c1c1e'), HexColor('#7c7c80'), HexColor('#d1d1d6')
    W, H = A4
    c = new_canvas(path, d, 'Pages', 'macOS Version 15.1 (Build 24B83) Quartz PDFContext')
    ds = d['ds']
    L, R, CX = 50, W - 50, 170
    c.setFillColor(DARK)
    c.setFont('DVL', 30)
    c.drawString(L, H - 78, d['name'])
    c.setFillColor(ORANGE)
    c.setFont('DV', 11)
    c.drawString(L, H - 98, d['headline'])
    y = H - 62
    for k in ('loc', 'phone', 'email'):
        rtext(c, R, y, d['contact'][k], 'DV', 8.8, GREY)
        y -= 13
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(L, H - 116, R, H - 116)

    flow = Flow(c, CX, R - CX, H - 124, 50, next_top=H - 60)

    def label(s):
        flow.gap(16)
        flow.need(40)
        c.setFillColor(ORANGE)
        c.setFont('DVB', 9.5)
        c.drawString(L, flow.y - 12, s.upper())

    label('Profile')
    flow.wrap(d['summary'], 'DV', 9.6, DARK, lead=14)
    for head, ents in d['sections']:
        label(head)
        for i, e in enumerate(ents):
            flow.need(50)
            if i:
                flow.gap(9)
            flow.text(e.org, 'DVB', 10.5, DARK, lead=14)
            w = pdfmetrics.stringWidth(e.org, 'DVB', 10.5)
            c.setFont('DV', 10.5)
            c.drawString(CX + w, flow.y, f' — {e.title}')
            meta = f"{drange(e, ds[0], ds[1], ds[2])} · {duration(n_months(e))} · {e.loc}"
            flow.text(meta, 'DV', 8.6, GREY, lead=12.5)
            flow.gap(2)
            for b in e.bullets:
                lines = simpleSplit(b, 'DV', 9.2, flow.w - 12)
                for j, line in enumerate(lines):
                    flow.text(line, 'DV', 9.2, DARK, dx=12, lead=12.8)
                    if j == 0:
                        c.drawString(CX + 2, flow.y, '•')
    label('Education')
    for deg, school, yrs in d['education']:
        flow.text(deg, 'DVB', 9.8, DARK, lead=13.5)
        flow.text(f'{school} · {yrs}', 'DV', 8.8, GREY, lead=12.5)
        flow.gap(4)
    label('Skills')
    flow.wrap(' · '.join(d['skills']), 'DV', 9.4, DARK, lead=13.5)
    c.showPage()
    c.save()
