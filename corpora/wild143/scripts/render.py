"""Renderers for wild143.  Each public function takes (cv, path) and writes one file.

PDF: reportlab canvas (rl_*) and fpdf2 with DejaVu fonts (fp_*).
DOCX: python-docx (dx_*), zip entries rewritten with a fixed timestamp.
Text: plain text (tx_*), Markdown (md_*), HTML (ht_*).
"""
import datetime
import html
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
FIXED_TZ = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def dates(e, o, wrap=None):
    s = fmt_range(e, o.get("ds", "mon"), o.get("sep", " – "), o.get("present", "Present"))
    return wrap % s if wrap else s


def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


# =====================================================================
# reportlab
# =====================================================================
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas as rlcanvas  # noqa: E402

PW, PH = A4


class RL:
    def __init__(self, path, cv, creator, top=800, bottom=50, on_page=None, on_footer=None):
        self.c = rlcanvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setAuthor(cv["name"])
        self.c.setTitle("CV " + cv["name"])
        self.c.setCreator(creator)
        self.c.setSubject("Curriculum vitae")
        self.top, self.bottom = top, bottom
        self.y = top
        self.page = 1
        self.on_page, self.on_footer = on_page, on_footer
        if on_page:
            on_page(self)

    def font(self, name, size, color=(0, 0, 0)):
        self.c.setFont(name, size)
        self.c.setFillColorRGB(*color)
        self.fn, self.fs = name, size

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        if self.on_footer:
            self.on_footer(self)
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.on_page:
            self.on_page(self)

    def line(self, x, s, lead=None, right=None):
        """Draw one line at the cursor, advance."""
        lead = lead or self.fs * 1.3
        self.ensure(lead)
        if right is not None:
            self.c.drawRightString(right, self.y, s)
        else:
            self.c.drawString(x, self.y, s)
        self.y -= lead

    def para(self, x, w, s, lead=None, first=None):
        lead = lead or self.fs * 1.35
        for ln in simpleSplit(s, self.fn, self.fs, w):
            self.line(x, ln, lead)

    def bullets(self, x, w, items, glyph="•", ind=10, lead=None):
        lead = lead or self.fs * 1.35
        for it in items:
            lines = simpleSplit(it, self.fn, self.fs, w - ind)
            for i, ln in enumerate(lines):
                self.ensure(lead)
                if i == 0:
                    self.c.drawString(x, self.y, glyph)
                self.c.drawString(x + ind, self.y, ln)
                self.y -= lead

    def gap(self, h):
        self.y -= h

    def save(self):
        if self.on_footer:
            self.on_footer(self)
        self.c.showPage()
        self.c.save()


def rl_europass(cv, path):
    o = cv["o"]
    blue = (0.08, 0.27, 0.55)
    grey = (0.35, 0.35, 0.35)
    L, R, X = 165, 555, 180  # label right edge, right margin, content x
    W = R - X
    d = RL(path, cv, "Europass CV editor (export)", top=790, bottom=45)
    c = d.c
    d.font("Helvetica", 8, grey)
    c.drawRightString(L, d.y + 4, "CURRICULUM VITAE")
    d.font("Helvetica-Bold", 19, blue)
    d.line(X, cv["name"], 24)
    for k, v in cv["contact"]:
        d.font("Helvetica", 8, grey)
        c.drawRightString(L, d.y, k)
        d.font("Helvetica", 9.2)
        d.line(X, v, 12)
    d.gap(6)

    def heading(t):
        d.ensure(40)
        d.gap(6)
        d.font("Helvetica-Bold", 9.5, blue)
        c.drawRightString(L, d.y, t.upper())
        c.setStrokeColorRGB(*blue)
        c.setLineWidth(0.8)
        c.line(X, d.y + 3, R, d.y + 3)
        d.gap(16)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "entries":
            for e in b[2]:
                d.ensure(40)
                d.font("Helvetica", 8.6, blue)
                c.drawRightString(L, d.y, dates(e, o))
                d.font("Helvetica-Bold", 10)
                d.para(X, W, e.title.upper(), 12.5)
                d.font("Helvetica", 9.2, grey)
                d.line(X, org_loc(e, " – "), 12)
                d.font("Helvetica", 9.2)
                d.bullets(X + 4, W - 4, e.bullets, "•", 9, 11.8)
                d.gap(7)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                d.ensure(36)
                d.font("Helvetica", 8.6, blue)
                c.drawRightString(L, d.y, dt)
                d.font("Helvetica-Bold", 10)
                d.para(X, W, deg, 12.5)
                d.font("Helvetica", 9.2, grey)
                d.line(X, school, 12)
                if note:
                    d.font("Helvetica-Oblique", 8.8)
                    d.para(X, W, note, 11.5)
                d.gap(6)
        elif b[0] == "kv":
            for k, v in b[2]:
                d.font("Helvetica", 8.6, grey)
                c.drawRightString(L, d.y, k)
                d.font("Helvetica", 9.2)
                d.line(X, v, 12.5)
        elif b[0] == "list":
            d.font("Helvetica", 9.2)
            d.para(X, W, "  |  ".join(b[2]), 12.5)
        elif b[0] == "text":
            d.font("Helvetica", 9.2)
            d.para(X, W, b[2], 12.5)
    d.save()


def rl_sidebar(cv, path):
    o = cv["o"]
    acc = o["accent"]
    SW = 178
    X, R = SW + 22, PW - 36
    W = R - X
    grey = (0.4, 0.4, 0.4)

    def page_deco(d):
        d.c.setFillColorRGB(*acc)
        d.c.rect(0, 0, SW, PH, stroke=0, fill=1)

    d = RL(path, cv, "Canva", top=800, bottom=40, on_page=page_deco)
    c = d.c
    # sidebar
    sy = 790
    c.setFillColorRGB(1, 1, 1)
    for i, part in enumerate(cv["name"].split(" ")):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(20, sy - 8, part)
        sy -= 24
    c.setFont("Helvetica-Oblique", 9)
    for ln in simpleSplit(cv["headline"], "Helvetica-Oblique", 9, SW - 36):
        c.drawString(20, sy, ln)
        sy -= 12
    sy -= 14
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(20, sy, "CONTACT")
    sy -= 14
    c.setFont("Helvetica", 8.6)
    for ln in cv["contact"]:
        c.drawString(20, sy, ln)
        sy -= 12
    for head, items in cv["side"]:
        sy -= 12
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(20, sy, head.upper())
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(0.5)
        c.line(20, sy - 4, SW - 20, sy - 4)
        sy -= 17
        c.setFont("Helvetica", 8.6)
        for it in items:
            for k, ln in enumerate(simpleSplit(it, "Helvetica", 8.6, SW - 48)):
                if k == 0:
                    c.drawString(20, sy, "–")
                c.drawString(30, sy, ln)
                sy -= 11.5
    # main
    d.y = 790

    def heading(t):
        d.ensure(40)
        d.gap(4)
        d.font("Helvetica-Bold", 12, acc)
        d.c.drawString(X, d.y, t.upper())
        d.c.setStrokeColorRGB(*acc)
        d.c.setLineWidth(1.2)
        d.c.line(X, d.y - 4, X + 28, d.y - 4)
        d.gap(19)

    def title_dates(t, dt):
        d.font("Helvetica", 8.8, grey)
        dw = stringWidth(dt, "Helvetica", 8.8)
        tw = stringWidth(t, "Helvetica-Bold", 10.5)
        d.ensure(30)
        if tw + dw + 12 > W:
            d.font("Helvetica-Bold", 10.5)
            d.para(X, W, t, 13)
            d.font("Helvetica", 8.8, grey)
            d.line(X, dt, 12, right=R)
        else:
            d.c.drawRightString(R, d.y, dt)
            d.font("Helvetica-Bold", 10.5)
            d.line(X, t, 13)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "text":
            d.font("Helvetica", 9.3)
            d.para(X, W, b[2], 12.8)
            d.gap(6)
        elif b[0] == "entries":
            for e in b[2]:
                title_dates(e.title, dates(e, o))
                d.font("Helvetica-Oblique", 9.3, acc)
                d.line(X, org_loc(e, ", "), 12.5)
                d.font("Helvetica", 9.3)
                d.bullets(X, W, e.bullets, "•", 9, 12.3)
                d.gap(8)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                title_dates(deg, dt)
                d.font("Helvetica-Oblique", 9.3, acc)
                d.line(X, school, 12.5)
                d.gap(6)
    d.save()


def rl_latex(cv, path):
    o = cv["o"]
    X, R = 72, PW - 72
    W = R - X
    d = RL(path, cv, "LaTeX with hyperref", top=770, bottom=60)
    c = d.c
    d.font("Times-Bold", 22)
    c.drawCentredString(PW / 2, d.y, cv["name"])
    d.gap(20)
    d.font("Times-Roman", 10.5)
    c.drawCentredString(PW / 2, d.y, "  |  ".join(cv["contact"]))
    d.gap(22)

    def heading(t):
        d.ensure(44)
        d.font("Times-Bold", 12)
        c.drawString(X, d.y, t.upper())
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0, 0, 0)
        c.line(X, d.y - 4, R, d.y - 4)
        d.gap(19)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "entries":
            for e in b[2]:
                d.ensure(36)
                d.font("Times-Roman", 11)
                c.drawRightString(R, d.y, dates(e, o))
                d.font("Times-Bold", 11)
                d.line(X, e.title, 13.5)
                d.font("Times-Italic", 11)
                if e.loc:
                    c.drawRightString(R, d.y, e.loc)
                d.line(X, e.org, 13.5)
                d.font("Times-Roman", 11)
                d.bullets(X + 12, W - 12, e.bullets, "–", 11, 13.3)
                d.gap(7)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                d.ensure(36)
                d.font("Times-Roman", 11)
                c.drawRightString(R, d.y, dt)
                d.font("Times-Bold", 11)
                d.line(X, deg, 13.5)
                d.font("Times-Italic", 11)
                d.line(X, school, 13.5)
                if note:
                    d.font("Times-Roman", 11)
                    d.para(X, W, note, 13.3)
                d.gap(6)
        elif b[0] == "list":
            d.font("Times-Roman", 11)
            d.bullets(X + 12, W - 12, b[2], "•", 11, 13.5)
        d.gap(4)
    d.save()


def rl_twopage(cv, path):
    o = cv["o"]
    X, R = 56, PW - 56
    W = R - X
    navy = (0.12, 0.18, 0.36)
    grey = (0.45, 0.45, 0.45)

    def footer(d):
        d.c.setStrokeColorRGB(*grey)
        d.c.setLineWidth(0.4)
        d.c.line(X, 42, R, 42)
        d.c.setFont("Helvetica", 8)
        d.c.setFillColorRGB(*grey)
        d.c.drawCentredString(PW / 2, 30, f"{cv['name']} – Curriculum Vitae – Page {d.page} of 2")

    d = RL(path, cv, "Microsoft® Word 2019", top=790, bottom=60, on_footer=footer)
    c = d.c
    d.font("Helvetica-Bold", 21, navy)
    c.drawString(X, d.y - 6, cv["name"])
    d.font("Helvetica", 8.8)
    yy = d.y
    for ln in cv["contact"]:
        c.drawRightString(R, yy, ln)
        yy -= 11.5
    d.gap(24)
    d.font("Helvetica-Oblique", 9.6, grey)
    d.para(X, W - 190, cv["headline"], 12)
    d.y = min(d.y, yy) - 6
    c.setStrokeColorRGB(*navy)
    c.setLineWidth(1.5)
    c.line(X, d.y, R, d.y)
    d.gap(22)

    def heading(t):
        d.ensure(48)
        d.font("Helvetica-Bold", 11.5, navy)
        c.drawString(X, d.y, t.upper())
        c.setStrokeColorRGB(*navy)
        c.setLineWidth(0.5)
        c.line(X, d.y - 5, R, d.y - 5)
        d.gap(22)

    for b in cv["blocks"]:
        if b[0] == "edu":
            d.newpage()
        heading(b[1])
        if b[0] == "text":
            d.font("Helvetica", 10)
            d.para(X, W, b[2], 14.5)
            d.gap(10)
        elif b[0] == "entries":
            for e in b[2]:
                d.ensure(50)
                d.font("Helvetica-Bold", 10)
                c.drawRightString(R, d.y, dates(e, o))
                d.line(X, e.org.upper() + (", " + e.loc if e.loc else ""), 14)
                d.font("Helvetica-Oblique", 10, navy)
                d.line(X, e.title, 15)
                d.font("Helvetica", 10)
                d.bullets(X + 6, W - 6, e.bullets, "»", 11, 14)
                d.gap(12)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                d.font("Helvetica-Bold", 10)
                c.drawRightString(R, d.y, dt)
                d.line(X, deg, 14)
                d.font("Helvetica", 10)
                d.line(X, school, 14)
                if note:
                    d.font("Helvetica-Oblique", 9.5, grey)
                    d.para(X, W, note, 13)
                d.gap(10)
        elif b[0] == "list":
            d.font("Helvetica", 10)
            d.bullets(X + 6, W - 6, b[2], "»", 11, 14.5)
            d.gap(10)
    d.save()
    assert d.page == 2, (cv["file"], d.page)


def rl_photo(cv, path):
    o = cv["o"]
    acc = o["accent"]
    X, R = 50, PW - 50
    W = R - X
    grey = (0.42, 0.42, 0.42)
    d = RL(path, cv, "Pages", top=790, bottom=48)
    c = d.c
    # photo placeholder
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(R - 86, 690, 86, 110, stroke=1, fill=1)
    c.setFillColorRGB(0.7, 0.7, 0.7)
    c.circle(R - 43, 765, 20, stroke=0, fill=1)
    c.wedge(R - 83, 650, R - 3, 735, 0, 180, stroke=0, fill=1)
    d.font("Helvetica-Bold", 24, acc)
    d.line(X, cv["name"], 26)
    d.font("Helvetica", 10.5, grey)
    d.para(X, W - 110, cv["headline"], 14)
    d.gap(4)
    d.font("Helvetica", 9.2)
    for ln in cv["contact"]:
        d.line(X, ln, 12)
    d.y = min(d.y, 675)

    def heading(t):
        d.ensure(44)
        d.gap(4)
        d.font("Helvetica-Bold", 12, acc)
        c.drawString(X, d.y, t)
        c.setStrokeColorRGB(*acc)
        c.setLineWidth(1)
        c.line(X, d.y - 4, R, d.y - 4)
        d.gap(19)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "entries":
            for e in b[2]:
                d.ensure(30)
                dt = dates(e, o)
                rest = " | " + " | ".join(p for p in (e.org, e.loc) if p)
                tw = stringWidth(e.title, "Helvetica-Bold", 10) + stringWidth(rest, "Helvetica", 10)
                dw = stringWidth(dt, "Helvetica", 9.5)
                d.font("Helvetica", 9.5, grey)
                c.drawRightString(R, d.y, dt)
                if tw + dw + 10 > W:
                    d.font("Helvetica-Bold", 10)
                    d.line(X, e.title, 13)
                    d.font("Helvetica", 10)
                    d.line(X, rest.lstrip(" |"), 13)
                else:
                    d.font("Helvetica-Bold", 10)
                    c.drawString(X, d.y, e.title)
                    x2 = X + stringWidth(e.title, "Helvetica-Bold", 10)
                    d.font("Helvetica", 10)
                    d.line(x2, rest, 13.5)
                d.font("Helvetica", 9.4)
                d.bullets(X + 8, W - 8, e.bullets, "•", 9, 12.4)
                d.gap(7)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                d.font("Helvetica", 9.5, grey)
                c.drawRightString(R, d.y, dt)
                d.font("Helvetica-Bold", 10)
                d.para(X, W - 110, deg, 13)
                d.font("Helvetica", 9.5)
                d.line(X, school, 13)
                d.gap(5)
        elif b[0] == "list":
            d.font("Helvetica", 9.5)
            for it in b[2]:
                d.line(X, it, 13)
    d.save()


# =====================================================================
# fpdf2
# =====================================================================
from fpdf import FPDF  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402


def fp_new(cv, creator, footer=None):
    class P(FPDF):
        def footer(self):
            if footer:
                footer(self)

    pdf = P(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_TZ)
    pdf.set_author(cv["name"])
    pdf.set_title("Curriculum Vitae - " + cv["name"])
    pdf.set_creator(creator)
    pdf.set_producer("fpdf2")
    for fam, base in (("sans", "DejaVuSans"), ("serif", "DejaVuSerif")):
        pdf.add_font(fam, "", FONTDIR + base + ".ttf")
        pdf.add_font(fam, "B", FONTDIR + base + "-Bold.ttf")
        ital = "-Oblique" if fam == "sans" else "-Italic"
        pdf.add_font(fam, "I", FONTDIR + base + ital + ".ttf")
    pdf.add_font("cond", "", FONTDIR + "DejaVuSansCondensed.ttf")
    pdf.add_font("cond", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def _nl(pdf):
    return dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def fp_bullets(pdf, x, w, items, glyph, h):
    for it in items:
        pdf.set_x(x)
        pdf.cell(4, h, glyph)
        pdf.multi_cell(w - 4, h, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def fp_moderncv(cv, path):
    o = cv["o"]
    blue = (52, 88, 150)
    grey = (110, 110, 110)
    pdf = fp_new(cv, "LaTeX with moderncv")
    pdf.set_margins(18, 16, 18)
    DW = 34  # date column
    X = 18 + DW + 4
    W = 210 - 18 - X
    pdf.set_y(16)
    pdf.set_font("serif", "", 26)
    pdf.cell(0, 12, cv["name"], **_nl(pdf))
    pdf.set_font("serif", "I", 11)
    pdf.set_text_color(*grey)
    pdf.cell(0, 7, cv["headline"], **_nl(pdf))
    pdf.set_font("serif", "", 9)
    y0 = 13.5
    for ln in cv["contact"]:
        pdf.set_xy(120, y0)
        pdf.cell(72, 4.4, ln, align="R")
        y0 += 4.5
    pdf.set_y(max(pdf.get_y(), y0) + 5)
    pdf.set_text_color(0, 0, 0)

    def heading(t):
        if pdf.get_y() > 260:
            pdf.add_page()
        y = pdf.get_y() + 2
        pdf.set_fill_color(*blue)
        pdf.rect(18, y + 2.2, DW, 1.6, style="F")
        pdf.set_xy(X, y)
        pdf.set_font("serif", "", 14)
        pdf.set_text_color(*blue)
        pdf.cell(W, 7, t, **_nl(pdf))
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def datecol(s):
        y = pdf.get_y()
        pdf.set_font("serif", "", 9.5)
        pdf.set_text_color(*grey)
        pdf.set_xy(18, y)
        pdf.cell(DW, 5, s, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(X, y)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "entries":
            for e in b[2]:
                if pdf.get_y() > 255:
                    pdf.add_page()
                datecol(dates(e, o))
                pdf.set_font("serif", "B", 10.5)
                pdf.multi_cell(W, 5, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_x(X)
                pdf.set_font("serif", "I", 10)
                pdf.multi_cell(W, 5, org_loc(e), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("serif", "", 9.8)
                fp_bullets(pdf, X + 2, W - 2, e.bullets, o.get("glyph", "•"), 4.8)
                pdf.ln(2.5)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                datecol(dt)
                pdf.set_font("serif", "B", 10.5)
                pdf.multi_cell(W, 5, deg, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_x(X)
                pdf.set_font("serif", "I", 10)
                pdf.multi_cell(W, 5, school, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                if note:
                    pdf.set_x(X)
                    pdf.set_font("serif", "", 9.5)
                    pdf.multi_cell(W, 4.8, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
        elif b[0] == "kv":
            for k, v in b[2]:
                datecol(k)
                pdf.set_font("serif", "", 10)
                pdf.multi_cell(W, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
    pdf.output(path)


def fp_band(cv, path):
    o = cv["o"]
    acc = o["accent"]
    grey = (100, 100, 100)
    pdf = fp_new(cv, "Microsoft Word - CV_Obermaier_2026.docx")
    pdf.set_margins(17, 15, 17)
    W = 210 - 34
    pdf.set_fill_color(*acc)
    pdf.rect(0, 0, 210, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(17, 9)
    pdf.set_font("sans", "B", 22)
    pdf.cell(0, 10, cv["name"], **_nl(pdf))
    pdf.set_x(17)
    pdf.set_font("sans", "", 10.5)
    pdf.cell(0, 6, cv["headline"], **_nl(pdf))
    pdf.set_x(17)
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 6, "   ·   ".join(cv["contact"]), **_nl(pdf))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(45)

    def heading(t):
        if pdf.get_y() > 262:
            pdf.add_page()
        pdf.ln(1)
        pdf.set_font("sans", "B", 11.5)
        pdf.set_text_color(*acc)
        pdf.cell(0, 6, t.upper(), **_nl(pdf))
        pdf.set_draw_color(*acc)
        pdf.set_line_width(0.4)
        pdf.line(17, pdf.get_y(), 193, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)

    def title_line(t, dt):
        y = pdf.get_y()
        pdf.set_font("sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(W, 5.5, dt, align="R")
        pdf.set_xy(17, y)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("sans", "B", 10.2)
        pdf.cell(W - pdf.get_string_width(dt) - 4, 5.5, t, **_nl(pdf))

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "text":
            pdf.set_font("sans", "", 9.4)
            pdf.multi_cell(W, 4.8, b[2], **_nl(pdf))
            pdf.ln(1.5)
        elif b[0] == "entries":
            for e in b[2]:
                if pdf.get_y() > 255:
                    pdf.add_page()
                title_line(e.title, dates(e, o))
                pdf.set_font("sans", "I", 9.2)
                pdf.set_text_color(*grey)
                pdf.cell(W, 5, "  |  ".join(p for p in (e.org, e.loc) if p), **_nl(pdf))
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("sans", "", 9.2)
                fp_bullets(pdf, 19, W - 2, e.bullets, o.get("glyph", "•"), 4.6)
                pdf.ln(2.2)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                title_line(deg, dt)
                pdf.set_font("sans", "I", 9.2)
                pdf.cell(W, 5, school, **_nl(pdf))
                pdf.ln(1)
        elif b[0] == "list":
            pdf.set_font("sans", "", 9.2)
            pdf.multi_cell(W, 5, "  •  ".join(b[2]), **_nl(pdf))
    pdf.output(path)


def fp_europass(cv, path):
    o = cv["o"]
    LW = 55
    X = 15 + LW + 5
    W = 210 - 15 - X
    grey = (90, 90, 90)
    blue = (30, 70, 140)
    pdf = fp_new(cv, "Europass online editor")
    pdf.set_margins(15, 15, 15)
    pdf.set_y(15)

    def row(label, value, style="", size=9.5, lstyle=""):
        if pdf.get_y() > 268:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("sans", lstyle, 8.5)
        pdf.set_text_color(*grey)
        pdf.set_xy(15, y)
        pdf.multi_cell(LW, 4.8, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        ly = pdf.get_y()
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("sans", style, size)
        pdf.set_xy(X, y)
        pdf.multi_cell(W, 4.8, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(ly, pdf.get_y()) + 0.8)

    def section(t):
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_font("sans", "B", 10.5)
        pdf.set_text_color(*blue)
        pdf.set_xy(15, y)
        pdf.cell(LW, 6, t, align="R")
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.3)
        pdf.line(X, y + 3.5, 195, y + 3.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + 8)

    pdf.set_font("sans", "B", 14)
    pdf.set_text_color(*blue)
    pdf.set_xy(15, 15)
    pdf.cell(LW, 7, "Europass", align="R")
    pdf.set_xy(X, 15)
    pdf.set_font("sans", "", 14)
    pdf.cell(W, 7, "Curriculum Vitae", **_nl(pdf))
    pdf.set_text_color(0, 0, 0)
    section("Personal information")
    row("First name(s) / Surname(s)", cv["name"], "B", 12)
    for k, v in cv["contact"]:
        row(k, v)
    sectors = iter(cv.get("sectors", []))
    for b in cv["blocks"]:
        section(b[1])
        if b[0] == "entries":
            for e in b[2]:
                row("Dates", dates(e, o))
                row("Occupation or position held", e.title, "B")
                if e.bullets:
                    row("Main activities and responsibilities", "; ".join(e.bullets))
                emp = ", ".join(p for p in (e.org or "Private household (host family)", e.loc) if p)
                row("Name and address of employer", emp)
                row("Type of business or sector", next(sectors))
                pdf.ln(3)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                row("Dates", dt)
                row("Title of qualification awarded", deg, "B")
                row("Name and type of organisation", school)
                pdf.ln(3)
        elif b[0] == "kv":
            for k, v in b[2]:
                row(k, v)
    pdf.output(path)


def fp_twocol(cv, path):
    o = cv["o"]
    acc = o["accent"]
    grey = (105, 105, 105)
    pdf = fp_new(cv, "Microsoft Word for Microsoft 365")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(False)
    LX, LW = 14, 56
    X, W = 78, 210 - 14 - 78
    # header
    pdf.set_xy(14, 14)
    pdf.set_font("sans", "B", 21)
    pdf.set_text_color(*acc)
    pdf.cell(0, 10, cv["name"].upper(), **_nl(pdf))
    pdf.set_font("sans", "", 10.5)
    pdf.set_text_color(*grey)
    pdf.cell(0, 6, cv["headline"], **_nl(pdf))
    pdf.set_font("sans", "", 9)
    pdf.cell(0, 6, "  •  ".join(cv["contact"]), **_nl(pdf))
    top = pdf.get_y() + 4
    pdf.set_fill_color(236, 240, 246)
    pdf.rect(LX - 2, top - 2, LW + 2, 297 - top - 10, style="F")
    # left column
    pdf.set_y(top + 2)
    for head, items in cv["side"]:
        pdf.set_x(LX + 1)
        pdf.set_font("sans", "B", 10)
        pdf.set_text_color(*acc)
        pdf.cell(LW - 4, 6, head.upper(), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(40, 40, 40)
        pdf.set_font("sans", "", 8.6)
        for it in items:
            pdf.set_x(LX + 1)
            pdf.multi_cell(LW - 5, 4.4, it, new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.ln(0.6)
        pdf.ln(4)
    # right column
    pdf.set_y(top + 2)
    pdf.set_left_margin(X)
    for b in cv["blocks"]:
        pdf.set_x(X)
        pdf.set_font("sans", "B", 11.5)
        pdf.set_text_color(*acc)
        pdf.cell(W, 6.5, b[1].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(*acc)
        pdf.line(X, pdf.get_y(), X + W, pdf.get_y())
        pdf.ln(2.5)
        pdf.set_text_color(0, 0, 0)
        if b[0] == "entries":
            for e in b[2]:
                pdf.set_font("sans", "B", 10)
                pdf.multi_cell(W, 5, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("sans", "", 9.2)
                pdf.set_text_color(*acc)
                pdf.cell(W, 4.8, " · ".join(p for p in (e.org, e.loc) if p), new_x=XPos.LMARGIN,
                         new_y=YPos.NEXT)
                pdf.set_text_color(*grey)
                pdf.set_font("sans", "I", 8.6)
                pdf.cell(W, 4.6, dates(e, o), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("sans", "", 9.2)
                fp_bullets(pdf, X, W, e.bullets, o.get("glyph", "•"), 4.6)
                pdf.ln(3)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                pdf.set_font("sans", "B", 10)
                pdf.multi_cell(W, 5, deg, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("sans", "", 9.2)
                pdf.cell(W, 4.8, school, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("sans", "I", 8.6)
                pdf.set_text_color(*grey)
                pdf.cell(W, 4.6, dt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
                pdf.ln(2)
        pdf.ln(2)
    assert pdf.get_y() < 285, pdf.get_y()
    pdf.output(path)


def fp_academic(cv, path):
    o = cv["o"]
    M = 24
    W = 210 - 2 * M
    pdf = fp_new(cv, "Writer", footer=lambda p: (p.set_y(-14), p.set_font("serif", "I", 8),
                                                 p.cell(0, 5, cv["name"] + " – CV", align="C")))
    pdf.set_margins(M, 20, M)
    pdf.set_y(20)
    pdf.set_font("serif", "B", 18)
    pdf.cell(0, 9, cv["name"], align="C", **_nl(pdf))
    pdf.set_font("serif", "I", 10.5)
    pdf.cell(0, 6, cv["headline"], align="C", **_nl(pdf))
    pdf.set_font("serif", "", 9.5)
    pdf.cell(0, 6, " – ".join(cv["contact"]), align="C", **_nl(pdf))
    pdf.ln(4)

    def heading(t):
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("serif", "B", 12)
        pdf.cell(0, 6.5, t, **_nl(pdf))
        pdf.set_line_width(0.25)
        pdf.line(M, pdf.get_y(), 210 - M, pdf.get_y())
        pdf.ln(2.5)

    for b in cv["blocks"]:
        heading(b[1])
        if b[0] == "entries":
            for e in b[2]:
                if pdf.get_y() > 250:
                    pdf.add_page()
                dt = dates(e, o)
                y = pdf.get_y()
                pdf.set_font("serif", "", 10)
                pdf.cell(W, 5.4, dt, align="R")
                pdf.set_xy(M, y)
                pdf.set_font("serif", "B", 10.4)
                pdf.cell(W - 45, 5.4, e.org.upper() + (", " + e.loc if e.loc else ""), **_nl(pdf))
                pdf.set_font("serif", "I", 10.4)
                pdf.cell(W, 5.4, e.title, **_nl(pdf))
                pdf.set_font("serif", "", 10)
                pdf.multi_cell(W, 5, " ".join(e.bullets), align="J", **_nl(pdf))
                pdf.ln(3)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                y = pdf.get_y()
                pdf.set_font("serif", "", 10)
                pdf.cell(W, 5.4, dt, align="R")
                pdf.set_xy(M, y)
                pdf.set_font("serif", "B", 10.4)
                pdf.cell(W - 45, 5.4, deg, **_nl(pdf))
                pdf.set_font("serif", "", 10)
                pdf.cell(W, 5.2, school, **_nl(pdf))
                pdf.ln(2)
        elif b[0] == "list":
            pdf.set_font("serif", "", 10)
            for it in b[2]:
                pdf.cell(W, 5.2, it, **_nl(pdf))
        elif b[0] == "text":
            pdf.set_font("serif", "", 10)
            pdf.multi_cell(W, 5, b[2], **_nl(pdf))
    pdf.output(path)


# =====================================================================
# python-docx
# =====================================================================
from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402


def dx_new(cv, font="Calibri", size=10.5, margins=2.0):
    doc = Document()
    cp = doc.core_properties
    cp.author = cv["name"]
    cp.last_modified_by = cv["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.8)
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    return doc


def dx_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if caps:
        r.font.all_caps = True
    return r


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_widths(table, widths):
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    # keep CT_TblPr child order: tblBorders goes before shd/tblLayout/tblCellMar/tblLook
    later = [c for c in tblPr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"))]
    if later:
        later[0].addprevious(b)
    else:
        tblPr.append(b)


def para(container, text="", style=None, align=None, space_after=None, left=None, first=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        p.add_run(text)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if left is not None:
        p.paragraph_format.left_indent = left
    if first is not None:
        p.paragraph_format.first_line_indent = first
    return p


def first_para(cell):
    return cell.paragraphs[0]


def dx_europass_table(cv, path):
    o = cv["o"]
    blue = (0x1F, 0x4E, 0x8C)
    doc = dx_new(cv, "Arial", 9.5)
    p = doc.add_paragraph(style="Title")
    p.add_run(cv["name"])
    p = para(doc, " | ".join(cv["contact"]), space_after=10)
    widths = (Cm(3.6), Cm(13.4))

    def heading(t):
        h = para(doc, space_after=3)
        h.paragraph_format.space_before = Pt(10)
        run(h, t.upper(), bold=True, size=11, color=blue)

    for b in cv["blocks"]:
        heading(b[1])
        t = doc.add_table(rows=0, cols=2)
        if b[0] == "entries":
            for e in b[2]:
                r = t.add_row()
                run(first_para(r.cells[0]), dates(e, o), size=8.5, color=blue)
                c = r.cells[1]
                run(first_para(c), e.title, bold=True, size=10.5)
                run(para(c), org_loc(e), italic=True)
                for bl in e.bullets:
                    para(c, f"{o['glyph']} {bl}", left=Cm(0.3))
                para(c, space_after=4)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                r = t.add_row()
                run(first_para(r.cells[0]), dt, size=8.5, color=blue)
                run(first_para(r.cells[1]), deg, bold=True)
                para(r.cells[1], school)
                if note:
                    run(para(r.cells[1]), note, italic=True, size=9)
        elif b[0] == "kv":
            for k, v in b[2]:
                r = t.add_row()
                run(first_para(r.cells[0]), k, size=8.5, color=blue)
                first_para(r.cells[1]).add_run(v)
        elif b[0] == "list":
            r = t.add_row()
            first_para(r.cells[1]).add_run(" · ".join(b[2]))
        elif b[0] == "text":
            r = t.add_row()
            first_para(r.cells[1]).add_run(b[2])
        set_widths(t, widths)
    dx_save(doc, path)


def dx_sidebar(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Calibri", 10, margins=1.4)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    set_widths(t, (Cm(5.6), Cm(12.6)))
    shade(left, o["shade"])
    p = first_para(left)
    run(p, cv["name"], bold=True, size=18)
    run(para(left, space_after=10), cv["headline"], italic=True)
    for ln in cv["contact"]:
        para(left, ln, space_after=1)
    for head, items in cv["side"]:
        h = para(left, space_after=2)
        h.paragraph_format.space_before = Pt(10)
        run(h, head.upper(), bold=True, size=10)
        for it in items:
            para(left, it, space_after=1)
    first = True
    for b in cv["blocks"]:
        h = first_para(right) if first else para(right)
        first = False
        h.paragraph_format.space_before = Pt(8)
        h.paragraph_format.space_after = Pt(4)
        run(h, b[1], bold=True, size=12.5, caps=True, color=(0x33, 0x33, 0x66))
        if b[0] == "text":
            para(right, b[2], space_after=4)
        elif b[0] == "entries":
            for e in b[2]:
                p = para(right, space_after=0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.RIGHT)
                if o.get("order") == "org_title":
                    run(p, e.org, bold=True)
                    run(p, "\t" + dates(e, o), size=9)
                    run(para(right, space_after=1), e.title + (", " + e.loc if e.loc else ""), italic=True)
                else:
                    run(p, e.title, bold=True)
                    run(p, "\t" + dates(e, o), size=9)
                    run(para(right, space_after=1), org_loc(e), italic=True)
                for bl in e.bullets:
                    para(right, bl, style="List Bullet", space_after=0)
                para(right, space_after=2)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                p = para(right, space_after=0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.RIGHT)
                run(p, deg, bold=True)
                run(p, "\t" + dt, size=9)
                run(para(right, space_after=4), school, italic=True)
    dx_save(doc, path)


def dx_styles_tabs(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Cambria", 10.5)
    p = doc.add_paragraph(style="Title")
    p.add_run(cv["name"])
    para(doc, "  •  ".join(cv["contact"]), space_after=8)
    TAB = Cm(17)

    def tline(left, right):
        p = para(doc, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
        run(p, left, bold=True)
        run(p, "\t" + right)
        return p

    for b in cv["blocks"]:
        doc.add_heading(b[1], level=1)
        if b[0] == "text":
            para(doc, b[2])
        elif b[0] == "entries":
            for e in b[2]:
                tline(e.title, dates(e, o))
                run(para(doc, space_after=2), org_loc(e), italic=True)
                for bl in e.bullets:
                    para(doc, bl, style="List Bullet", space_after=0)
                para(doc, space_after=0)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                tline(deg, dt)
                run(para(doc, space_after=6), school, italic=True)
        elif b[0] == "list":
            for it in b[2]:
                para(doc, it, style="List Bullet", space_after=0)
    dx_save(doc, path)


def dx_styles_h2(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Calibri", 11)
    h = doc.add_heading(cv["name"], level=0)
    run(para(doc), cv["headline"], italic=True)
    para(doc, " · ".join(cv["contact"]), space_after=6)
    for b in cv["blocks"]:
        doc.add_heading(b[1], level=1)
        if b[0] == "entries":
            for e in b[2]:
                doc.add_heading(e.title, level=2)
                p = para(doc, space_after=2)
                run(p, " · ".join(x for x in (e.org, e.loc) if x) + " · ")
                run(p, dates(e, o), italic=True)
                for bl in e.bullets:
                    para(doc, bl, style="List Bullet", space_after=0)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                p = para(doc, space_after=2)
                run(p, dt + " — ")
                run(p, deg, bold=True)
                run(p, ", " + school)
        elif b[0] == "list":
            for it in b[2]:
                para(doc, it, style="List Bullet", space_after=0)
    dx_save(doc, path)


def dx_table_per_job(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Calibri", 10.5)
    p = para(doc, space_after=0)
    run(p, cv["name"], bold=True, size=20)
    run(para(doc), cv["headline"], italic=True)
    for ln in cv["contact"]:
        para(doc, ln, space_after=0)
    widths = (Cm(3.8), Cm(13.2))
    for b in cv["blocks"]:
        h = doc.add_heading(b[1], level=1)
        if b[0] == "entries":
            for e in b[2]:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                rows = [("Period", dates(e, o)), ("Position", e.title), ("Employer", e.org), ("Place", e.loc)]
                for k, v in rows:
                    r = t.add_row()
                    run(first_para(r.cells[0]), k, bold=True)
                    run(first_para(r.cells[1]), v, bold=(k == "Position"))
                if e.bullets:
                    r = t.add_row()
                    run(first_para(r.cells[0]), "Responsibilities", bold=True)
                    c = r.cells[1]
                    first_para(c).add_run("• " + e.bullets[0])
                    for bl in e.bullets[1:]:
                        para(c, "• " + bl, space_after=0)
                set_widths(t, widths)
                para(doc, space_after=2)
        elif b[0] == "edu":
            t = doc.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for dt, deg, school, note in b[2]:
                r = t.add_row()
                first_para(r.cells[0]).add_run(dt)
                run(first_para(r.cells[1]), deg, bold=True)
                first_para(r.cells[2]).add_run(school)
            set_widths(t, (Cm(3.8), Cm(6.6), Cm(6.6)))
        elif b[0] == "list":
            for it in b[2]:
                para(doc, it, style="List Bullet", space_after=0)
    dx_save(doc, path)


def dx_header_footer(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Georgia", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    run(hp, cv["name"], bold=True, size=15)
    run(hp, "\t" + cv["contact"][0], size=8.5)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    run(hp2, cv["headline"], italic=True, size=9)
    run(hp2, "\t" + " | ".join(cv["contact"][1:]), size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, cv["footer"], size=8, color=(0x66, 0x66, 0x66))
    h = para(doc, space_after=8)
    run(h, "Curriculum Vitae", bold=True, size=16)
    IND = Cm(4.2)

    def dline(dt, title, bold=True):
        p = para(doc, space_after=0, left=IND, first=-IND)
        p.paragraph_format.tab_stops.add_tab_stop(IND, WD_TAB_ALIGNMENT.LEFT)
        run(p, dt + "\t")
        run(p, title, bold=bold)
        return p

    for b in cv["blocks"]:
        hd = doc.add_heading(b[1], level=2)
        if b[0] == "entries":
            for e in b[2]:
                dline(dates(e, o), e.title)
                run(para(doc, space_after=1, left=IND), org_loc(e), italic=True)
                for bl in e.bullets:
                    para(doc, "– " + bl, space_after=0, left=IND)
                para(doc, space_after=2)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                dline(dt, deg)
                para(doc, school, space_after=5, left=IND)
        elif b[0] == "list":
            for it in b[2]:
                para(doc, "– " + it, space_after=0, left=IND)
    dx_save(doc, path)


def dx_gdocs(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Arial", 10.5, margins=2.54)
    run(para(doc, space_after=0), cv["name"], bold=True, size=22)
    run(para(doc, space_after=0), cv["headline"], size=11, color=(0x59, 0x59, 0x59))
    para(doc, " • ".join(cv["contact"]), space_after=10)
    for b in cv["blocks"]:
        h = para(doc, space_after=4)
        h.paragraph_format.space_before = Pt(12)
        run(h, b[1].upper(), bold=True, size=12, color=(0x0B, 0x53, 0x94))
        if b[0] == "entries":
            for e in b[2]:
                run(para(doc, space_after=0), e.title, bold=True, size=11)
                para(doc, " — ".join(x for x in (e.org, e.loc) if x), space_after=0)
                run(para(doc, space_after=2), dates(e, o), italic=True, color=(0x66, 0x66, 0x66))
                for bl in e.bullets:
                    para(doc, "- " + bl, space_after=0)
                para(doc, space_after=2)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                run(para(doc, space_after=0), deg, bold=True)
                para(doc, school, space_after=0)
                run(para(doc, space_after=6), dt, italic=True, color=(0x66, 0x66, 0x66))
        elif b[0] == "list":
            for it in b[2]:
                para(doc, "- " + it, space_after=0)
    dx_save(doc, path)


def dx_borderless(cv, path):
    o = cv["o"]
    doc = dx_new(cv, "Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp, cv["name"].upper(), bold=True, size=16)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp2, "  |  ".join(cv["contact"]), size=9)
    run(para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6), cv["headline"], italic=True)

    def job_table(l1, l2, r1, r2):
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        a, b_ = t.rows[0].cells
        run(first_para(a), l1, bold=True)
        run(para(a, space_after=0), l2, italic=True)
        p = first_para(b_)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(p, r1)
        if r2:
            p2 = para(b_, space_after=0)
            p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p2, r2, italic=True)
        set_widths(t, (Cm(11.5), Cm(5.5)))

    for b in cv["blocks"]:
        doc.add_heading(b[1], level=1)
        if b[0] == "entries":
            for e in b[2]:
                job_table(e.title, e.org, dates(e, o), e.loc)
                for bl in e.bullets:
                    para(doc, bl, style="List Bullet", space_after=0)
                para(doc, space_after=0)
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                job_table(deg, school, dt, None)
        elif b[0] == "list":
            for it in b[2]:
                para(doc, it, style="List Bullet", space_after=0)
    dx_save(doc, path)


def dx_europass_classic(cv, path):
    o = cv["o"]
    grey = (0x55, 0x55, 0x55)
    doc = dx_new(cv, "Arial Narrow", 10)
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)

    def row(label, value=None, bold_label=False, bold_value=False, size=None, bullets=None):
        r = t.add_row()
        p = first_para(r.cells[0])
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if bold_label:
            run(p, label, bold=True, size=11)
        else:
            run(p, label, size=9, color=grey)
        if value is not None:
            run(first_para(r.cells[1]), value, bold=bold_value, size=size)
        if bullets:
            c = r.cells[1]
            first_para(c).add_run("▪ " + bullets[0])
            for bl in bullets[1:]:
                para(c, "▪ " + bl, space_after=0)
        return r

    r = row("Europass", "Curriculum Vitae", bold_label=True, size=14)
    row("")
    row("Personal information", bold_label=True)
    row("First name(s) / Surname(s)", cv["name"], bold_value=True, size=12)
    for k, v in cv["contact"]:
        row(k, v)
    sectors = iter(cv["sectors"])
    for b in cv["blocks"]:
        row("")
        row(b[1], bold_label=True)
        if b[0] == "entries":
            for e in b[2]:
                row("Dates", dates(e, o))
                row("Occupation or position held", e.title, bold_value=True)
                if e.bullets:
                    row("Main activities and responsibilities", bullets=e.bullets)
                row("Name and address of employer", org_loc(e))
                row("Type of business or sector", next(sectors))
                row("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                row("Dates", dt)
                row("Title of qualification awarded", deg, bold_value=True)
                row("Name and type of organisation providing education and training", school)
                row("")
        elif b[0] == "kv":
            for k, v in b[2]:
                row(k, v)
    set_widths(t, (Cm(5.6), Cm(11.8)))
    dx_save(doc, path)


# =====================================================================
# text, markdown, html
# =====================================================================

def _write(path, s):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(s.rstrip("\n") + "\n")


def _wrap(s, width, indent):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return ("\n" + " " * indent).join(lines)


def tx_caps(cv, path):
    o = cv["o"]
    out = [cv["name"].upper(), cv["headline"], " | ".join(cv["contact"]), ""]
    for b in cv["blocks"]:
        out += ["", b[1].upper(), "=" * len(b[1])]
        if b[0] == "entries":
            for e in b[2]:
                out.append(f"{dates(e, o)} | {e.title} | {org_loc(e)}")
                for bl in e.bullets:
                    out.append("   - " + _wrap(bl, 90, 5))
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out.append(f"{dt} | {deg} | {school}")
                if note:
                    out.append("   " + note)
        elif b[0] == "list":
            out += ["- " + it for it in b[2]]
    _write(path, "\n".join(out))


def tx_europass(cv, path):
    o = cv["o"]
    LW = 40

    def kv(k, v):
        return k.ljust(LW) + _wrap(v, 70, LW)

    out = ["EUROPASS CURRICULUM VITAE", "", "PERSONAL INFORMATION", kv("Name", cv["name"])]
    out += [kv(k, v) for k, v in cv["contact"]]
    for b in cv["blocks"]:
        out += ["", b[1].upper(), ""]
        if b[0] == "text":
            out.append(" " * LW + _wrap(b[2], 70, LW))
        elif b[0] == "entries":
            for e in b[2]:
                out.append(kv("Dates", dates(e, o)))
                out.append(kv("Occupation or position held", e.title))
                out.append(kv("Main activities and responsibilities", "; ".join(e.bullets)))
                out.append(kv("Name and address of employer", org_loc(e)))
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out.append(kv("Dates", dt))
                out.append(kv("Title of qualification awarded", deg))
                out.append(kv("Organisation providing education", school))
                out.append("")
        elif b[0] == "kv":
            out += [kv(k, v) for k, v in b[2]]
    _write(path, "\n".join(out))


def tx_iso(cv, path):
    o = cv["o"]
    out = [cv["name"].upper(), " · ".join(cv["contact"]), cv["headline"], ""]
    for b in cv["blocks"]:
        out += ["", b[1], "-" * len(b[1])]
        if b[0] == "entries":
            for e in b[2]:
                left = f"{e.title}, {org_loc(e)}"
                dt = dates(e, o)
                pad = 84 - len(left) - len(dt)
                out.append(left + (" " * pad if pad >= 2 else "  ") + dt)
                for bl in e.bullets:
                    out.append("  * " + _wrap(bl, 80, 4))
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                left = f"{deg}, {school}"
                out.append(left + " " * max(2, 84 - len(left) - len(dt)) + dt)
        elif b[0] == "list":
            out += ["  " + it for it in b[2]]
    _write(path, "\n".join(out))


def tx_linkedin(cv, path):
    from lib import duration_li
    o = cv["o"]
    out = [cv["name"], cv["headline"], cv["contact"][0], ""]
    idx = 0
    for b in cv["blocks"]:
        out += ["", b[1]]
        if b[0] == "text":
            out += [b[2]]
        elif b[0] == "entries":
            for e in b[2]:
                out.append("")
                out.append(e.title)
                tag = cv.get("tags", {}).get(idx)
                out.append(e.org + (f" · {tag}" if tag else ""))
                out.append(f"{dates(e, o)} · {duration_li(e)}")
                if e.loc:
                    out.append(e.loc)
                for bl in e.bullets:
                    out.append("- " + bl)
                idx += 1
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += ["", school, deg, dt]
        elif b[0] == "list":
            for it in b[2]:
                name, _, issued = it.partition(" · ")
                out += ["", name, issued]
    _write(path, "\n".join(out))


def md_h3(cv, path):
    o = cv["o"]
    out = [f"# {cv['name']}", "", cv["headline"] + "  ", " · ".join(cv["contact"]), ""]
    for b in cv["blocks"]:
        out += [f"## {b[1]}", ""]
        if b[0] == "text":
            out += [b[2], ""]
        elif b[0] == "entries":
            for e in b[2]:
                out.append(f"### {e.title}")
                out.append(f"**{e.org}** — {e.loc}  ")
                out.append(f"*{dates(e, o)}*")
                out.append("")
                out += [f"- {bl}" for bl in e.bullets]
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += [f"### {deg}", f"{school}  ", f"*{dt}*", ""]
        elif b[0] == "list":
            out += [f"- {it}" for it in b[2]] + [""]
    _write(path, "\n".join(out))


def md_inline(cv, path):
    o = cv["o"]
    out = [f"# {cv['name']}", f"**{cv['headline']}**  ", " | ".join(cv["contact"]), ""]
    for b in cv["blocks"]:
        out += ["", f"## {b[1]}", ""]
        if b[0] == "entries":
            for e in b[2]:
                out.append(f"**{e.title}** — {org_loc(e)} · _{dates(e, o)}_")
                out += [f"- {bl}" for bl in e.bullets]
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out.append(f"- **{deg}**, {school} ({dt})")
        elif b[0] == "list":
            out += [f"- {it}" for it in b[2]]
    _write(path, "\n".join(out))


def md_orgfirst(cv, path):
    o = cv["o"]
    out = [f"# {cv['name']}", "", f"_{cv['headline']}_", "", "  \n".join(cv["contact"]), ""]
    for b in cv["blocks"]:
        out += ["", f"## {b[1]}", ""]
        if b[0] == "entries":
            prev = None
            for e in b[2]:
                if e.org != prev:
                    out.append(f"### {e.org}, {e.loc}")
                    prev = e.org
                out.append(f"**{e.title}** | {dates(e, o)}")
                out.append("")
                out += [f"* {bl}" for bl in e.bullets]
                out.append("")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += [f"### {school}", f"**{deg}** | {dt}", ""]
        elif b[0] == "list":
            out.append(" · ".join(b[2]))
    _write(path, "\n".join(out))


def _h(s):
    return html.escape(s, quote=False)


def ht_site(cv, path):
    o = cv["o"]
    css = ("body{font-family:'Inter',Helvetica,sans-serif;max-width:760px;margin:40px auto;color:#222}"
           "h1{font-size:2.2em;margin-bottom:0}.lead{color:#777}article{margin:18px 0}"
           "h3{margin:0}.org{color:#0a6b6b;margin:2px 0}.when{color:#888;font-size:.9em;margin:0}"
           "ul.contact{list-style:none;padding:0;display:flex;gap:18px}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{_h(cv['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
           "<header>", f"<h1>{_h(cv['name'])}</h1>", f'<p class="lead">{_h(cv["headline"])}</p>',
           '<ul class="contact">'] + [f"<li>{_h(c)}</li>" for c in cv["contact"]] + ["</ul>", "</header>"]
    for b in cv["blocks"]:
        out += ["<section>", f"<h2>{_h(b[1])}</h2>"]
        if b[0] == "text":
            out.append(f"<p>{_h(b[2])}</p>")
        elif b[0] == "entries":
            for e in b[2]:
                out += ["<article>", f"<h3>{_h(e.title)}</h3>",
                        f'<p class="org">{_h(e.org)} · {_h(e.loc)}</p>',
                        f'<p class="when">{_h(dates(e, o))}</p>']
                if e.bullets:
                    out += ["<ul>"] + [f"<li>{_h(x)}</li>" for x in e.bullets] + ["</ul>"]
                out.append("</article>")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += ["<article>", f"<h3>{_h(deg)}</h3>", f'<p class="org">{_h(school)}</p>',
                        f'<p class="when">{_h(dt)}</p>', "</article>"]
        elif b[0] == "list":
            out += ["<ul>"] + [f"<li>{_h(x)}</li>" for x in b[2]] + ["</ul>"]
        out.append("</section>")
    out += ["<footer><small>Last updated November 2026</small></footer>", "</body>", "</html>"]
    _write(path, "\n".join(out))


def ht_builder(cv, path):
    o = cv["o"]
    css = (".cv{width:800px;margin:auto;font-family:Lato,Arial,sans-serif;font-size:13px}"
           ".top{background:#2d3e50;color:#fff;padding:24px}.top .name{font-size:30px;font-weight:700}"
           ".sec-title{font-size:15px;font-weight:700;text-transform:uppercase;border-bottom:2px solid #e67e22;"
           "margin:22px 0 8px}.row{display:grid;grid-template-columns:150px 1fr;gap:12px;margin-bottom:10px}"
           ".left{color:#888}.job-title{font-weight:700}.employer{font-style:italic}")
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Resume</title>",
           f"<style>{css}</style></head><body><div class=\"cv\">",
           '<div class="top">', f'<div class="name">{_h(cv["name"])}</div>',
           f'<div class="headline">{_h(cv["headline"])}</div>',
           '<div class="contact">' + " &nbsp;|&nbsp; ".join(_h(c) for c in cv["contact"]) + "</div>", "</div>"]
    for b in cv["blocks"]:
        out.append(f'<div class="sec-title">{_h(b[1])}</div>')
        if b[0] == "text":
            out.append(f'<div class="summary">{_h(b[2])}</div>')
        elif b[0] == "entries":
            for e in b[2]:
                out += ['<div class="row">', f'<div class="left">{_h(dates(e, o))}</div>', '<div class="right">',
                        f'<div class="job-title">{_h(e.title)}</div>',
                        f'<div class="employer">{_h(org_loc(e))}</div>']
                if e.bullets:
                    out.append("<ul>" + "".join(f"<li>{_h(x)}</li>" for x in e.bullets) + "</ul>")
                out += ["</div>", "</div>"]
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += ['<div class="row">', f'<div class="left">{_h(dt)}</div>',
                        f'<div class="right"><div class="job-title">{_h(deg)}</div>'
                        f'<div class="employer">{_h(school)}</div></div>', "</div>"]
        elif b[0] == "list":
            out.append('<div class="row"><div class="left"></div><div class="right">' +
                       "<br>".join(_h(x) for x in b[2]) + "</div></div>")
    out += ["</div>", '<div class="powered">Created with an online CV builder</div>', "</body></html>"]
    _write(path, "\n".join(out))


def ht_europass(cv, path):
    o = cv["o"]
    css = ("body{font-family:'Open Sans',Arial;color:#333;width:820px;margin:auto}"
           "h1{color:#1f4e8c}h2{color:#1f4e8c;font-size:15px;border-bottom:1px solid #1f4e8c}"
           ".ecl-date{color:#555;font-size:12px}.ecl-title{font-weight:700;text-transform:uppercase}")
    out = ["<!DOCTYPE html>", "<html>", "<head>", "<meta charset='UTF-8'/>",
           f"<title>Europass CV – {_h(cv['name'])}</title>", f"<style>{css}</style>", "</head>", "<body>",
           f"<h1>{_h(cv['name'])}</h1>", "<div class='personal'>"]
    out += [f"<p><b>{_h(k)}:</b> {_h(v)}</p>" for k, v in cv["contact"]] + ["</div>"]
    for b in cv["blocks"]:
        out.append(f"<h2>{_h(b[1].upper())}</h2>")
        if b[0] == "text":
            out.append(f"<p>{_h(b[2])}</p>")
        elif b[0] == "entries":
            for e in b[2]:
                out += ["<div class='ecl-entry'>",
                        f"<p><span class='ecl-date'>[ {_h(dates(e, o))} ]</span> "
                        f"<span class='ecl-title'>{_h(e.title)}</span></p>",
                        f"<p><b>{_h(e.org)}</b></p>", f"<p>{_h(e.loc)}</p>"]
                if e.bullets:
                    out += ["<ul>"] + [f"<li>{_h(x)}</li>" for x in e.bullets] + ["</ul>"]
                out.append("</div>")
        elif b[0] == "edu":
            for dt, deg, school, note in b[2]:
                out += ["<div class='ecl-entry'>",
                        f"<p><span class='ecl-date'>{_h(dt)}</span> <span class='ecl-title'>{_h(deg)}</span></p>",
                        f"<p><b>{_h(school)}</b></p>", "</div>"]
        elif b[0] == "kv":
            out += [f"<p><b>{_h(k)}:</b> {_h(v)}</p>" for k, v in b[2]]
        elif b[0] == "list":
            out.append("<p>" + " | ".join(_h(x) for x in b[2]) + "</p>")
    out += ["</body>", "</html>"]
    _write(path, "\n".join(out))
