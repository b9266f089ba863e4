"""fpdf2 renderers (DejaVu TTF, fixed creation date): timeline builder (w007), Awesome-CV-like (w010),
LinkedIn-style profile PDF (w020), open-source builder with icons and dots (w025)."""
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from lib import drange, duration, n_months, merged_months, span, parts

FONTDIR = '/usr/share/fonts/truetype/dejavu/'
FIXED = datetime(2026, 11, 2, 9, 30, 0, tzinfo=timezone.utc)


def rgb(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


class Doc(FPDF):
    footer_fn = None

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)


def new_pdf(d, creator, fmt='A4', footer=None, bottom=16):
    pdf = Doc(unit='mm', format=fmt)
    pdf.footer_fn = footer
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{d['name']} CV")
    pdf.set_author(d['name'])
    pdf.set_creator(creator)
    pdf.add_font('DV', '', FONTDIR + 'DejaVuSans.ttf')
    pdf.add_font('DV', 'B', FONTDIR + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DV', 'I', FONTDIR + 'DejaVuSans-Oblique.ttf')
    pdf.add_font('DV', 'BI', FONTDIR + 'DejaVuSans-BoldOblique.ttf')
    pdf.add_font('DVL', '', FONTDIR + 'DejaVuSans-ExtraLight.ttf')
    pdf.add_font('DVC', '', FONTDIR + 'DejaVuSansCondensed.ttf')
    pdf.add_font('DVC', 'B', FONTDIR + 'DejaVuSansCondensed-Bold.ttf')
    pdf.set_auto_page_break(True, margin=bottom)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    return pdf


def font(pdf, fam, style, size, color):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*rgb(color))


def bullets(pdf, x, w, items, size=9, color='#222222', lh=4.3, mark='•', mark_color=None):
    for b in items:
        font(pdf, 'DV', '', size, mark_color or color)
        if pdf.will_page_break(lh):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(4, lh, mark)
        font(pdf, 'DV', '', size, color)
        pdf.set_xy(x + 4, y)
        pdf.multi_cell(w - 4, lh, b, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# ---------------------------------------------------------------- w007: timeline
def pdf_timeline(d, path):
    ACC, DARK, GREY = '#00838f', '#1e272e', '#6c7a86'
    pdf = new_pdf(d, 'CVMaker Online (wkhtmltopdf 0.12.6)')
    ds = d['ds']
    font(pdf, 'DV', 'B', 22, DARK)
    pdf.set_xy(15, 16)
    pdf.cell(0, 10, d['name'], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    font(pdf, 'DV', '', 11, ACC)
    pdf.cell(0, 6, d['headline'], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    font(pdf, 'DV', '', 8.5, GREY)
    ct = d['contact']
    pdf.cell(0, 5, f"⌂ {ct['loc']}    ☎ {ct['phone']}    ✉ {ct['email']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*rgb(ACC))
    pdf.set_line_width(0.6)
    pdf.line(15, pdf.get_y() + 2, 195, pdf.get_y() + 2)
    pdf.ln(6)

    def head(s):
        pdf.ln(3)
        if pdf.will_page_break(20):
            pdf.add_page()
        font(pdf, 'DV', 'B', 11.5, ACC)
        pdf.set_x(15)
        pdf.cell(0, 6, s.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    head('Profile')
    font(pdf, 'DV', '', 9.3, DARK)
    pdf.multi_cell(180, 4.6, d['summary'], align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    LX = 50  # timeline line

    def item(start, end, title, sub, items):
        if pdf.will_page_break(22):
            pdf.add_page()
        y0 = pdf.get_y()
        font(pdf, 'DV', 'B', 8.5, DARK)
        pdf.set_xy(15, y0)
        pdf.cell(30, 4.5, start)
        if end:
            font(pdf, 'DV', '', 8.5, GREY)
            pdf.set_xy(15, y0 + 4.5)
            pdf.cell(30, 4.5, '– ' + end)
        pdf.set_xy(55, y0)
        font(pdf, 'DV', 'B', 10.3, DARK)
        pdf.multi_cell(140, 5, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sub:
            pdf.set_x(55)
            font(pdf, 'DV', 'I', 9, GREY)
            pdf.multi_cell(140, 4.6, sub, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
        bullets(pdf, 56, 139, items, size=9, color=DARK, lh=4.4, mark_color=ACC)
        y1 = max(pdf.get_y(), y0 + 10) + 3
        pdf.set_draw_color(*rgb('#b2dfdb'))
        pdf.set_line_width(0.5)
        pdf.line(LX, y0 + 2, LX, y1)
        pdf.set_fill_color(*rgb(ACC))
        pdf.circle(LX, y0 + 2.2, 1.6, style='F')
        pdf.set_y(y1)

    for headtxt, ents in d['sections']:
        head(headtxt)
        for e in ents:
            s, t = parts(e, ds[0], ds[2])
            sub = ' · '.join(x for x in (e.org, e.loc) if x)
            item(s, t, e.title, sub, e.bullets)
    head('Education & Licences')
    for deg, school, yrs in d['education']:
        a, _, b = yrs.partition(' – ')
        item(a, b or None, deg, school, [])
    head('Skills')
    font(pdf, 'DV', '', 9.3, DARK)
    pdf.multi_cell(180, 5, '  ●  '.join(d['skills']), align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    head('Languages')
    y = pdf.get_y()
    for i, (name, lvl) in enumerate(d['langs']):
        x = 15 + (i % 2) * 90
        yy = y + (i // 2) * 6
        font(pdf, 'DV', '', 9.3, DARK)
        pdf.set_xy(x, yy)
        pdf.cell(40, 5, name)
        for k in range(5):
            pdf.set_fill_color(*rgb(ACC if k < lvl else '#cfd8dc'))
            pdf.circle(x + 45 + k * 5, yy + 2.5, 1.5, style='F')
    pdf.output(path)


# ---------------------------------------------------------------- w010: Awesome-CV-like
def pdf_awesome(d, path):
    ACC, DARK, GREY, LIGHT = '#dc3522', '#333333', '#5d5d5d', '#999999'

    def foot(p):
        p.set_y(-12)
        font(p, 'DV', '', 7.5, LIGHT)
        p.set_x(15)
        p.cell(60, 4, 'November 2026')
        p.set_x(75)
        p.cell(60, 4, f"{d['name']} · Résumé", align='C')
        p.set_x(135)
        p.cell(60, 4, str(p.page_no()), align='R')

    pdf = new_pdf(d, 'LaTeX with hyperref (awesome-cv)', footer=foot)
    ds = d['ds']
    first, last = d['name'].split(' ', 1)
    pdf.set_font('DVL', '', 28)
    w1 = pdf.get_string_width(first + ' ')
    pdf.set_font('DV', 'B', 28)
    w2 = pdf.get_string_width(last)
    x = 105 - (w1 + w2) / 2
    font(pdf, 'DVL', '', 28, GREY)
    pdf.text(x, 28, first + ' ')
    font(pdf, 'DV', 'B', 28, DARK)
    pdf.text(x + w1, 28, last)
    font(pdf, 'DV', '', 8.5, ACC)
    pdf.set_xy(15, 32)
    pdf.cell(180, 5, d['headline'].upper(), align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    ct = d['contact']
    font(pdf, 'DV', '', 8, GREY)
    pdf.cell(180, 5, f"⌂ {ct['loc']}  |  ☎ {ct['phone']}  |  ✉ {ct['email']}  |  in {ct['web']}", align='C',
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    font(pdf, 'DV', 'I', 8.5, LIGHT)
    pdf.cell(180, 5, d['summary'], align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def section(s):
        pdf.ln(4)
        if pdf.will_page_break(22):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font('DV', 'B', 14)
        a, b = s[:3], s[3:]
        wa = pdf.get_string_width(a)
        wb = pdf.get_string_width(b)
        font(pdf, 'DV', 'B', 14, ACC)
        pdf.text(15, y + 5.5, a)
        font(pdf, 'DV', 'B', 14, DARK)
        pdf.text(15 + wa, y + 5.5, b)
        pdf.set_draw_color(*rgb(LIGHT))
        pdf.set_line_width(0.3)
        pdf.line(15 + wa + wb + 2, y + 4, 195, y + 4)
        pdf.set_y(y + 9)

    for head, ents in d['sections']:
        section(head)
        for e in ents:
            if pdf.will_page_break(18):
                pdf.add_page()
            y = pdf.get_y()
            font(pdf, 'DV', 'B', 10.3, DARK)
            pdf.set_xy(15, y)
            pdf.cell(120, 5, e.org)
            font(pdf, 'DV', 'I', 8.8, ACC)
            pdf.set_xy(135, y)
            pdf.cell(60, 5, e.loc or '', align='R')
            font(pdf, 'DV', '', 8, GREY)
            pdf.set_xy(15, y + 5)
            pdf.cell(130, 4.5, e.title.upper())
            font(pdf, 'DV', 'I', 8, GREY)
            pdf.set_xy(135, y + 5)
            pdf.cell(60, 4.5, drange(e, ds[0], ds[1], ds[2]), align='R')
            pdf.set_y(y + 10.5)
            bullets(pdf, 17, 176, e.bullets, size=8.6, color=DARK, lh=4.2)
            pdf.ln(2)
    section('Education')
    for deg, school, yrs in d['education']:
        y = pdf.get_y()
        font(pdf, 'DV', 'B', 10.3, DARK)
        pdf.set_xy(15, y)
        pdf.cell(130, 5, school)
        font(pdf, 'DV', '', 8, GREY)
        pdf.set_xy(15, y + 5)
        pdf.cell(130, 4.5, deg.upper())
        font(pdf, 'DV', 'I', 8, GREY)
        pdf.set_xy(135, y + 5)
        pdf.cell(60, 4.5, yrs, align='R')
        pdf.set_y(y + 12)
    section('Skills')
    cats = ['Reporting', 'Systems', 'Tools', 'Audit']
    for cat, s in zip(cats, d['skills']):
        y = pdf.get_y()
        font(pdf, 'DV', 'B', 9, DARK)
        pdf.set_xy(15, y)
        pdf.cell(30, 5, cat, align='R')
        font(pdf, 'DV', '', 9, GREY)
        pdf.set_xy(50, y)
        pdf.cell(140, 5, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


# ---------------------------------------------------------------- w020: LinkedIn-style profile export
def pdf_linkedin(d, path):
    DARK, GREY, SIDE = '#181818', '#666666', '#f3f2ef'

    def foot(p):
        p.set_y(-12)
        font(p, 'DV', '', 7.5, '#999999')
        p.set_x(70)
        p.cell(131, 4, f'Page {p.page_no()} of {{nb}}', align='C')

    pdf = new_pdf(d, 'LinkedIn', fmt='Letter', footer=foot, bottom=18)
    pdf.alias_nb_pages()
    ds = d['ds']
    # left column (first page only)
    pdf.set_fill_color(*rgb(SIDE))
    pdf.rect(0, 0, 62, 279.4, style='F')

    def lhead(s, y):
        font(pdf, 'DV', 'B', 11.5, DARK)
        pdf.set_xy(8, y)
        pdf.cell(50, 6, s)
        return y + 8

    def ltext(s, y, size=8.6, style='', color=DARK, lh=4.2):
        font(pdf, 'DV', style, size, color)
        pdf.set_xy(8, y)
        pdf.multi_cell(50, lh, s, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return pdf.get_y()

    ct = d['contact']
    y = lhead('Contact', 18)
    y = ltext(ct['email'], y) + 1.5
    y = ltext(ct['web'] + ' (LinkedIn)', y) + 6
    y = lhead('Top Skills', y)
    for s in d['skills']:
        y = ltext(s, y) + 1
    y += 5
    y = lhead('Languages', y)
    for lang, lvl in d['langs']:
        y = ltext(lang, y)
        y = ltext(f'({lvl})', y, color=GREY) + 1
    y += 5
    y = lhead('Certifications', y)
    for s in d['certs']:
        y = ltext(s, y) + 1

    # main column
    X, W = 70, 131
    pdf.set_left_margin(X)
    font(pdf, 'DV', '', 22, DARK)
    pdf.set_xy(X, 16)
    pdf.cell(W, 10, d['name'], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    font(pdf, 'DV', '', 10.5, DARK)
    pdf.multi_cell(W, 5, d['headline'], align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    font(pdf, 'DV', '', 9, GREY)
    pdf.cell(W, 6, ct['loc'], new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def mhead(s):
        pdf.ln(5)
        if pdf.will_page_break(20):
            pdf.add_page()
        font(pdf, 'DV', '', 14, DARK)
        pdf.set_x(X)
        pdf.cell(W, 8, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    mhead('Summary')
    font(pdf, 'DV', '', 9.3, DARK)
    pdf.multi_cell(W, 4.8, d['summary'], align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    for head, ents in d['sections']:
        mhead(head)
        groups = []
        for e in ents:
            if groups and groups[-1][0] == e.org:
                groups[-1][1].append(e)
            else:
                groups.append((e.org, [e]))
        for org, es in groups:
            if pdf.will_page_break(26):
                pdf.add_page()
            font(pdf, 'DV', 'B', 11, DARK)
            pdf.set_x(X)
            pdf.cell(W, 6, org, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if len(es) > 1:
                tot = merged_months([span(e.start, e.end) for e in es])
                font(pdf, 'DV', '', 9, GREY)
                pdf.cell(W, 4.6, duration(tot), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for e in es:
                if pdf.will_page_break(20):
                    pdf.add_page()
                pdf.ln(1.2)
                font(pdf, 'DV', '', 10.3, DARK)
                pdf.set_x(X)
                pdf.cell(W, 5.2, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                font(pdf, 'DV', '', 9, GREY)
                pdf.cell(W, 4.6, f"{drange(e, ds[0], ds[1], ds[2])} · {duration(n_months(e))}",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.cell(W, 4.6, e.loc, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                bullets(pdf, X, W, e.bullets, size=9.3, color=DARK, lh=4.7)
                pdf.ln(2.5)
    mhead('Education')
    for school, deg, yrs in d['education']:
        font(pdf, 'DV', 'B', 11, DARK)
        pdf.set_x(X)
        pdf.cell(W, 6, school, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        font(pdf, 'DV', '', 9.5, DARK)
        pdf.cell(W, 5, f'{deg} · ({yrs})', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


# ---------------------------------------------------------------- w025: open-source builder, band + dots
def pdf_reactive(d, path):
    ACC, DARK, GREY = '#0e7c66', '#1f2933', '#616e7c'
    pdf = new_pdf(d, 'Reactive-style resume builder (Chrome headless)')
    ds = d['ds']
    pdf.set_fill_color(*rgb(ACC))
    pdf.rect(0, 0, 210, 44, style='F')
    pdf.set_fill_color(*rgb('#d9efe9'))
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.8)
    pdf.circle(30, 22, 15, style='DF')
    font(pdf, 'DV', 'B', 18, ACC)
    initials = ''.join(w[0] for w in d['name'].split())
    pdf.set_xy(15, 17)
    pdf.cell(30, 10, initials, align='C')
    font(pdf, 'DV', 'B', 20, '#ffffff')
    pdf.text(52, 18, d['name'])
    font(pdf, 'DV', '', 9.5, '#e6f4f1')
    pdf.text(52, 25, d['headline'])
    ct = d['contact']
    font(pdf, 'DV', '', 8.3, '#ffffff')
    pdf.text(52, 34, f"✉ {ct['email']}     ☎ {ct['phone']}     ⚲ {ct['loc']}")

    # left column
    def lhead(s, y):
        font(pdf, 'DV', 'B', 10, ACC)
        pdf.set_xy(12, y)
        pdf.cell(60, 5, s.upper())
        pdf.set_draw_color(*rgb(ACC))
        pdf.set_line_width(0.4)
        pdf.line(12, y + 6, 72, y + 6)
        return y + 9

    y = lhead('Skills', 54)
    for name, lvl in d['skills']:
        font(pdf, 'DV', '', 8.6, DARK)
        pdf.set_xy(12, y)
        pdf.multi_cell(60, 4.2, name, align='L')
        y = pdf.get_y() + 0.5
        for k in range(5):
            pdf.set_fill_color(*rgb(ACC if k < lvl else '#cbd2d9'))
            pdf.circle(14 + k * 5, y + 1.6, 1.6, style='F')
        y += 6
    y = lhead('Languages', y + 3)
    for name, lvl in d['langs']:
        font(pdf, 'DV', '', 8.6, DARK)
        pdf.set_xy(12, y)
        pdf.cell(30, 4.5, name)
        for k in range(5):
            pdf.set_fill_color(*rgb(ACC if k < lvl else '#cbd2d9'))
            pdf.circle(48 + k * 5, y + 2.3, 1.6, style='F')
        y += 6.5
    y = lhead('Education', y + 3)
    for deg, school, yrs in d['education']:
        font(pdf, 'DV', 'B', 8.8, DARK)
        pdf.set_xy(12, y)
        pdf.multi_cell(60, 4.3, deg, align='L')
        font(pdf, 'DV', '', 8.4, DARK)
        pdf.set_x(12)
        pdf.multi_cell(60, 4.3, school, align='L')
        font(pdf, 'DV', 'I', 8.4, GREY)
        pdf.set_x(12)
        pdf.multi_cell(60, 4.3, yrs, align='L')
        y = pdf.get_y() + 3

    X, W = 82, 116
    pdf.set_left_margin(X)

    def mhead(s, y=None):
        if y is not None:
            pdf.set_y(y)
        pdf.ln(3)
        if pdf.will_page_break(20):
            pdf.add_page()
        y = pdf.get_y()
        font(pdf, 'DV', 'B', 10.5, ACC)
        pdf.set_xy(X, y)
        pdf.cell(W, 5, s.upper())
        pdf.set_draw_color(*rgb(ACC))
        pdf.line(X, y + 6, X + W, y + 6)
        pdf.set_y(y + 9)

    mhead('Profile', 48)
    font(pdf, 'DV', '', 9, DARK)
    pdf.set_x(X)
    pdf.multi_cell(W, 4.5, d['summary'], align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for head, ents in d['sections']:
        mhead(head)
        for e in ents:
            if pdf.will_page_break(20):
                pdf.add_page()
            y = pdf.get_y()
            font(pdf, 'DV', 'B', 10, DARK)
            pdf.set_xy(X, y)
            pdf.cell(W - 34, 5, e.org)
            font(pdf, 'DV', 'B', 8.5, ACC)
            pdf.set_xy(X + W - 40, y)
            pdf.cell(40, 5, drange(e, ds[0], ds[1], ds[2]), align='R')
            font(pdf, 'DV', 'I', 9.2, DARK)
            pdf.set_xy(X, y + 5)
            pdf.cell(W - 34, 4.8, e.title)
            font(pdf, 'DV', '', 8.5, GREY)
            pdf.set_xy(X + W - 40, y + 5)
            pdf.cell(40, 4.8, e.loc, align='R')
            pdf.set_y(y + 11)
            bullets(pdf, X, W, e.bullets, size=8.8, color=DARK, lh=4.3, mark='▸', mark_color=ACC)
            pdf.ln(2.5)
    pdf.output(path)
