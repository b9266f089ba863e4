"""Renderers for wild130: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé dict is first turned into abstract lines:
  ('h1', left, right)   bold line, right text (dates) right-aligned / tab-stopped / appended
  ('h2', left, right)   secondary line (italic / regular)
  ('dc', datecol, main) dates in a left column, main text (bold) beside them
  ('b', text)           bullet
  ('p', text)           paragraph
  ('gap',)              end of an entry
and each renderer paints those lines in its own way.
"""
import datetime
import html
import io
import re
import textwrap
import zipfile

from lib import date_range

FIXED_DT = datetime.datetime(2026, 10, 12, 9, 30, 0)
FIXED_DT_UTC = datetime.datetime(2026, 10, 12, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract lines
def fields(e, res):
    org, loc = e.org or "", e.loc or ""
    return dict(title=e.title, org=org, loc=loc, org_loc=", ".join(x for x in (org, loc) if x),
                dates=date_range(e, res["dates"]))


def fill(tpl, f):
    s = tpl.format(**f)
    s = re.sub(r"\|\s*\|", "|", s)
    s = re.sub(r",\s*,", ",", s)
    s = re.sub(r"^[\s|,–—-]+", "", s)
    s = re.sub(r"[\s|,–—:-]+$", "", s)
    s = s.replace("()", "")
    return s.strip()


def bullet_lines(e, res):
    if not e.bullets:
        return []
    if e.prose or res.get("prose"):
        return [("p", " ".join(e.bullets))]
    return [("b", t) for t in e.bullets]


def hdr_lines(tpls, f):
    out = []
    for kind, a, b in tpls:
        a2, b2 = fill(a, f), fill(b, f)
        if a2 or b2:
            out.append((kind, a2, b2))
    return out


def exp_lines(res, entries):
    lines = []
    if res.get("orgfirst"):
        groups = []
        for e in entries:
            if groups and (groups[-1][0].org, groups[-1][0].loc) == (e.org, e.loc):
                groups[-1].append(e)
            else:
                groups.append([e])
        for g in groups:
            lines += hdr_lines(res["org_hdr"], fields(g[0], res))
            for e in g:
                lines += hdr_lines(e.hdr or res["role_hdr"], fields(e, res))
                lines += bullet_lines(e, res)
            lines.append(("gap",))
        return lines
    for e in entries:
        lines += hdr_lines(e.hdr or res["hdr"], fields(e, res))
        lines += bullet_lines(e, res)
        lines.append(("gap",))
    return lines


def text_items(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(it)
        elif it.startswith("* "):
            out.append(("b", it[2:]))
        elif it.startswith("# "):
            l, _, r = it[2:].partition("\t")
            out.append(("h1", l, r))
        elif "\t" in it:
            l, _, r = it.partition("\t")
            out.append(("h2", l, r))
        else:
            out.append(("p", it))
    return out


def body_blocks(res):
    """[(heading or None, lines)] plus ('break',) markers."""
    out = []
    for blk in res["body"]:
        if blk[0] == "break":
            out.append(("break",))
        elif blk[0] == "exp":
            out.append((blk[1], exp_lines(res, blk[2]), "exp"))
        else:
            out.append((blk[1], text_items(blk[2]), "text"))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(res, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas

    o = res["rl"]
    size = A4 if o.get("page", "A4") == "A4" else letter

    def make(target):
        c = canvas.Canvas(target, pagesize=size, invariant=1)
        c.setAuthor(res["name"])
        c.setTitle(o.get("doc_title", res["name"] + " CV"))
        c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
        return c

    c = make(io.BytesIO())
    total = _RL(c, res, o, size, 0).go()
    c = make(path)
    _RL(c, res, o, size, total).go()


class _RL:
    FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
             "Times": ("Times-Roman", "Times-Bold", "Times-Italic")}

    def __init__(self, c, res, o, size, total):
        from reportlab.lib.colors import HexColor
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.HexColor, self.split, self.sw = HexColor, simpleSplit, stringWidth
        self.c, self.res, self.o, self.total = c, res, o, total
        self.W, self.H = size
        self.R, self.B, self.I = self.FONTS[o.get("font", "Helvetica")]
        self.fs = o.get("size", 10)
        self.lead = self.fs * 1.32
        self.layout = o.get("layout", "plain")
        self.lm = o.get("margin", 54)
        self.top = self.H - o.get("top", 50)
        self.bottom = o.get("bottom", 60 if o.get("footer") else 48)
        self.accent = HexColor(o.get("accent", "#000000"))
        self.page = 1
        self.ind = 0
        self.side_w = o.get("side_w", 170)
        self.head_w = o.get("head_w", 110)
        self.dcw = o.get("dcw", 92)
        self.pending_head = None
        if self.layout == "sidebar":
            self.x0, self.x1 = self.side_w + 24, self.W - 40
        elif self.layout == "leftheads":
            self.x0, self.x1 = self.lm + self.head_w, self.W - self.lm
        else:
            self.x0, self.x1 = self.lm, self.W - self.lm
        self.y = self.top

    # -- page furniture
    def decorate(self):
        if self.layout == "sidebar":
            self.c.setFillColor(self.HexColor(self.o.get("side_fill", "#e8eef3")))
            self.c.rect(0, 0, self.side_w, self.H, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)

    def footer(self):
        ft = self.o.get("footer")
        if not ft:
            return
        txt = ft.format(name=self.res["name"], page=self.page, total=self.total or "?")
        self.c.setFont(self.R, 8)
        self.c.setFillColorRGB(0.35, 0.35, 0.35)
        if self.o.get("footer_align", "center") == "center":
            self.c.drawCentredString(self.W / 2, 30, txt)
        else:
            self.c.drawRightString(self.W - self.lm, 30, txt)
        if self.o.get("footer_rule"):
            self.c.setStrokeColorRGB(0.6, 0.6, 0.6)
            self.c.line(self.lm, 42, self.W - self.lm, 42)
        self.c.setFillColorRGB(0, 0, 0)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.decorate()
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    # -- primitives
    def wrap(self, text, font, size, width):
        return self.split(text, font, size, width) or [""]

    def draw_lines(self, lines, font, size, x, lead=None):
        lead = lead or self.lead
        for ln in lines:
            self.need(lead)
            self.flush_head()
            self.c.setFont(font, size)
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead

    def flush_head(self):
        if self.pending_head:
            h, self.pending_head = self.pending_head, None
            self.c.setFont(self.B, self.fs + 0.5)
            self.c.setFillColor(self.accent)
            for i, ln in enumerate(self.wrap(h, self.B, self.fs + 0.5, self.head_w - 12)):
                self.c.drawString(self.lm, self.y - self.fs - i * self.lead, ln)
            self.c.setFillColorRGB(0, 0, 0)

    def heading(self, h):
        L = self.layout
        if L == "leftheads":
            self.need(self.lead * 3)
            self.y -= self.lead * 0.4
            self.c.setStrokeColorRGB(0.7, 0.7, 0.7)
            self.c.line(self.lm, self.y + 2, self.x1, self.y + 2)
            self.y -= 4
            self.pending_head = h
            return
        self.need(self.lead * 4)
        self.y -= self.lead * 0.5
        hs = self.fs + (1 if L == "nhs" else 2)
        txt = h.upper() if self.o.get("caps_heads", L == "nhs") else h
        if self.o.get("head_bar"):
            self.c.setFillColor(self.HexColor(self.o["head_bar"]))
            self.c.rect(self.x0 - 4, self.y - hs - 4, self.x1 - self.x0 + 8, hs + 8, stroke=0, fill=1)
        self.c.setFillColor(self.accent)
        self.c.setFont(self.B, hs)
        if self.o.get("centre_heads"):
            self.c.drawCentredString((self.x0 + self.x1) / 2, self.y - hs, txt)
        else:
            self.c.drawString(self.x0, self.y - hs, txt)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= hs + 4
        if self.o.get("rules", True) and not self.o.get("head_bar"):
            self.c.setStrokeColor(self.accent)
            self.c.setLineWidth(0.6)
            self.c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 7

    def lr(self, left, right, font, rfont):
        x = self.x0 + self.ind
        rw = self.sw(right, rfont, self.fs) + 10 if right else 0
        lines = self.wrap(left, font, self.fs, self.x1 - x - rw)
        self.need(self.lead * (len(lines) + 1))
        self.flush_head()
        if right:
            self.c.setFont(rfont, self.fs)
            self.c.drawRightString(self.x1, self.y - self.fs, right)
        self.draw_lines(lines, font, self.fs, x)

    def line(self, it):
        k = it[0]
        if k == "h1":
            self.lr(it[1], it[2], self.B, self.o.get("date_font") == "bold" and self.B or self.R)
        elif k == "h2":
            self.lr(it[1], it[2], self.I if self.o.get("h2_italic", True) else self.R, self.I)
        elif k == "dc":
            x = self.x0
            dl = self.wrap(it[1], self.R, self.fs - 0.5, self.dcw - 6)
            ml = self.wrap(it[2], self.B, self.fs, self.x1 - x - self.dcw)
            self.need(self.lead * (max(len(dl), len(ml)) + 1))
            self.flush_head()
            y0 = self.y
            self.draw_lines(dl, self.R, self.fs - 0.5, x)
            y1 = self.y
            self.y = y0
            self.draw_lines(ml, self.B, self.fs, x + self.dcw)
            self.y = min(self.y, y1)
            self.ind = self.dcw
        elif k == "b":
            x = self.x0 + self.ind
            g = self.o.get("glyph", "•")
            lines = self.wrap(it[1], self.R, self.fs, self.x1 - x - 14)
            self.need(self.lead)
            self.flush_head()
            self.c.setFont(self.R, self.fs)
            self.c.drawString(x + 3, self.y - self.fs, g)
            self.draw_lines(lines, self.R, self.fs, x + 14)
        elif k == "p":
            x = self.x0 + self.ind
            self.draw_lines(self.wrap(it[1], self.R, self.fs, self.x1 - x), self.R, self.fs, x)
        elif k == "gap":
            self.y -= self.lead * 0.45
            self.ind = 0

    # -- header and sidebar
    def header(self):
        c, res, L = self.c, self.res, self.layout
        name, contact = res["name"], res["contact"]
        if L == "nhs" or self.o.get("centre_name"):
            c.setFont(self.B, 17)
            c.setFillColor(self.accent)
            c.drawCentredString(self.W / 2, self.y - 17, name)
            c.setFillColorRGB(0, 0, 0)
            self.y -= 24
            for ln in contact:
                c.setFont(self.R, self.fs - 1)
                c.drawCentredString(self.W / 2, self.y - self.fs, ln)
                self.y -= self.lead
            self.y -= 2
            c.setLineWidth(1)
            c.line(self.lm, self.y, self.W - self.lm, self.y)
            self.y -= 8
        elif L == "leftheads" or self.o.get("twocol_head"):
            c.setFont(self.B, 20)
            c.setFillColor(self.accent)
            c.drawString(self.lm, self.y - 20, name)
            c.setFillColorRGB(0, 0, 0)
            if res.get("tagline"):
                c.setFont(self.I, self.fs + 1)
                c.drawString(self.lm, self.y - 36, res["tagline"])
            yy = self.y
            for ln in contact:
                c.setFont(self.R, self.fs - 1)
                c.drawRightString(self.W - self.lm, yy - self.fs, ln)
                yy -= self.lead - 1
            self.y = min(self.y - 44, yy - 6)
        elif L == "sidebar":
            c.setFont(self.B, 22)
            c.setFillColor(self.accent)
            c.drawString(self.x0, self.y - 22, name)
            c.setFillColorRGB(0, 0, 0)
            self.y -= 30
            if res.get("tagline"):
                c.setFont(self.I, self.fs + 1.5)
                c.drawString(self.x0, self.y - self.fs, res["tagline"])
                self.y -= self.lead + 6
        else:
            c.setFont(self.B, 18)
            c.drawString(self.lm, self.y - 18, name)
            self.y -= 24
            c.setFont(self.R, self.fs - 0.5)
            for ln in contact:
                c.drawString(self.lm, self.y - self.fs, ln)
                self.y -= self.lead
            self.y -= 4

    def sidebar(self):
        x0, x1, y = self.x0, self.x1, self.y
        self.x0, self.x1, self.y = 18, self.side_w - 14, self.top
        for h, items in [("Contact", self.res["contact"])] + self.res.get("side", []):
            self.y -= 4
            self.c.setFont(self.B, self.fs + 1)
            self.c.setFillColor(self.accent)
            self.c.drawString(self.x0, self.y - self.fs, h.upper())
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= self.lead + 4
            for it in text_items(items):
                if it[0] == "b":
                    self.line(it)
                else:
                    txt = it[1] + ((" " + it[2]) if len(it) > 2 and it[2] else "")
                    self.draw_lines(self.wrap(txt, self.R, self.fs - 1, self.x1 - self.x0), self.R, self.fs - 1,
                                    self.x0, self.lead - 1)
            self.y -= 8
        self.x0, self.x1, self.y = x0, x1, y

    def go(self):
        self.decorate()
        if self.layout == "sidebar":
            self.sidebar()
        self.header()
        for blk in body_blocks(self.res):
            if blk[0] == "break":
                self.newpage()
                continue
            h, lines = blk[0], blk[1]
            if h:
                self.heading(h)
            for it in lines:
                self.line(it)
            self.flush_head()
        self.footer()
        self.c.save()
        return self.page


# ---------------------------------------------------------------- fpdf2
def render_fpdf(res, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    o = res["fp"]
    fam = o.get("font", "Sans")
    files = {"Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
             "Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
             "Cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")}[fam]
    fs = o.get("size", 10)
    lh = fs * 0.48
    layout = o.get("layout", "left")
    accent = o.get("accent", (0, 0, 0))

    class PDF(FPDF):
        def footer(self):
            if not o.get("footer"):
                return
            self.set_y(-12)
            self.set_font("F", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, o["footer"].format(name=res["name"], page=self.page_no(), total="{nb}"),
                      align=o.get("footer_align", "C"))
            self.set_text_color(0, 0, 0)

    pdf = PDF(format=o.get("page", "A4"))
    pdf.set_creation_date(FIXED_DT_UTC)
    pdf.set_author(res["name"])
    pdf.set_title(o.get("doc_title", "Resume"))
    pdf.set_creator(o.get("creator", "Writer"))
    for style, fn in zip(("", "B", "I"), files):
        pdf.add_font("F", style, FONT_DIR + fn + ".ttf")
    m = o.get("margin", 18)
    pdf.set_margins(m, o.get("top", 15), m)
    pdf.set_auto_page_break(True, 18 if o.get("footer") else 14)
    pdf.add_page()
    W = pdf.w - 2 * m
    dcw = o.get("dcw", 34)
    state = {"ind": 0}

    def ensure(h):
        if pdf.will_page_break(h):
            pdf.add_page()

    # header
    name, contact = res["name"], res["contact"]
    if layout == "centred":
        pdf.set_font("F", "B", 18)
        pdf.set_text_color(*accent)
        pdf.cell(0, 9, name, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "", fs - 1)
        for ln in contact:
            pdf.cell(0, lh + 0.6, ln, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        pdf.set_draw_color(*accent)
        pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
        pdf.ln(3)
    elif layout == "twohead":
        y0 = pdf.get_y()
        pdf.set_font("F", "B", 19)
        pdf.set_text_color(*accent)
        pdf.cell(W * 0.55, 9, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if res.get("tagline"):
            pdf.set_font("F", "I", fs)
            pdf.cell(W * 0.55, lh + 1, res["tagline"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y1 = pdf.get_y()
        pdf.set_y(y0)
        pdf.set_font("F", "", fs - 1.5)
        for ln in contact:
            pdf.set_x(m + W * 0.5)
            pdf.cell(W * 0.5, lh + 0.4, ln, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(y1, pdf.get_y()) + 2)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
        pdf.ln(3)
    else:
        pdf.set_font("F", "B", 17)
        pdf.set_text_color(*accent)
        pdf.cell(0, 8, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "", fs - 1)
        for ln in contact:
            pdf.cell(0, lh + 0.6, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    def heading(h):
        ensure(lh * 5)
        pdf.ln(1.5)
        txt = h.upper() if o.get("caps_heads") else h
        pdf.set_font("F", "B", fs + 1.5)
        if layout == "bars" or o.get("bars"):
            pdf.set_fill_color(*o.get("bar_fill", (225, 232, 240)))
            pdf.set_text_color(*accent)
            pdf.cell(0, lh + 2.5, " " + txt, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        else:
            pdf.set_text_color(*accent)
            pdf.cell(0, lh + 2, txt, border="B" if o.get("rules", True) else 0, new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.8)

    def lr(left, right, style, rstyle):
        x = m + state["ind"]
        pdf.set_font("F", rstyle, fs)
        rw = pdf.get_string_width(right) + 3 if right else 0
        ensure(lh * 2)
        y = pdf.get_y()
        if right:
            pdf.set_xy(m + W - rw, y)
            pdf.cell(rw, lh + 0.4, right, align="R")
        pdf.set_font("F", style, fs)
        pdf.set_xy(x, y)
        pdf.multi_cell(W - state["ind"] - rw - 1, lh + 0.4, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def line(it):
        k = it[0]
        if k == "h1":
            lr(it[1], it[2], "B", o.get("date_style", ""))
        elif k == "h2":
            lr(it[1], it[2], "I" if o.get("h2_italic", True) else "", "I")
        elif k == "dc":
            ensure(lh * 2)
            y = pdf.get_y()
            pdf.set_font("F", "", fs - 0.5)
            pdf.set_xy(m, y)
            pdf.multi_cell(dcw - 2, lh + 0.4, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y1 = pdf.get_y()
            pdf.set_font("F", "B", fs)
            pdf.set_xy(m + dcw, y)
            pdf.multi_cell(W - dcw, lh + 0.4, it[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(max(y1, pdf.get_y()))
            state["ind"] = dcw
        elif k == "b":
            ensure(lh * 1.5)
            x = m + state["ind"]
            pdf.set_font("F", "", fs)
            pdf.set_x(x + 1.5)
            pdf.cell(4, lh + 0.4, o.get("glyph", "•"))
            pdf.multi_cell(W - state["ind"] - 5.5, lh + 0.4, it[1], align=o.get("balign", "L"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "p":
            pdf.set_font("F", "", fs)
            pdf.set_x(m + state["ind"])
            pdf.multi_cell(W - state["ind"], lh + 0.4, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "gap":
            pdf.ln(lh * 0.6)
            state["ind"] = 0

    for blk in body_blocks(res):
        if blk[0] == "break":
            pdf.add_page()
            continue
        h, lines = blk[0], blk[1]
        if h:
            heading(h)
        for it in lines:
            line(it)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                               "w:hideMark")


def _bottom_border(par, color="777777"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", color)):
        b.set(qn("w:" + k), v)
    bdr.append(b)
    pPr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                              "w:pPrChange")


def _page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                "w:tblDescription")


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_docx(res, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    o = res["dx"]
    mode = o.get("mode", "tabs")
    doc = Document()
    sec = doc.sections[0]
    if o.get("page", "A4") == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    mg = Cm(o.get("margin", 2.0))
    sec.left_margin = sec.right_margin = mg
    sec.top_margin = sec.bottom_margin = Cm(o.get("vmargin", 1.8))
    textw = sec.page_width - 2 * mg
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    accent = RGBColor.from_string(o.get("accent", "1F3864"))
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[hs].font.name = o.get("hfont", o.get("font", "Calibri"))
        doc.styles[hs].font.color.rgb = accent

    fresh = set()

    def newp(box, style=None):
        if id(box) in fresh:
            fresh.discard(id(box))
            p = box.paragraphs[0]
            if style:
                p.style = doc.styles[style]
            return p
        return box.add_paragraph(style=style)

    def cell_box(cell):
        fresh.add(id(cell))
        return cell

    def para(box, text, bold=False, italic=False, size=None, style=None, align=None, space_after=None):
        p = newp(box, style)
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def heading(box, h, width):
        if o.get("styles_heads", mode == "styles"):
            return para(box, h, style=o.get("head_style", "Heading 1"))
        p = para(box, h.upper() if o.get("caps_heads", True) else h, bold=True, size=o.get("size", 10.5) + 1.5,
                 space_after=3)
        p.runs[0].font.color.rgb = accent
        p.paragraph_format.space_before = Pt(10)
        if o.get("head_rule", True):
            _bottom_border(p)
        return p

    def lr(box, left, right, width, bold, italic, style=None):
        p = newp(box, style)
        r = p.add_run(left)
        r.bold, r.italic = bold or None, italic or None
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = o.get("date_italic") or None
            r2.bold = o.get("date_bold") or None
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(box, text):
        if o.get("glyph"):
            p = newp(box)
            p.paragraph_format.left_indent = Cm(0.9 + ind[0])
            p.paragraph_format.first_line_indent = Cm(-0.5)
            p.paragraph_format.space_after = Pt(1)
            p.add_run(o["glyph"] + "\t" + text)
        else:
            p = newp(box, "List Bullet")
            p.add_run(text)
            if ind[0]:
                p.paragraph_format.left_indent = Cm(0.63 + ind[0])
        return p

    ind = [0]

    def write_lines(box, lines, width, is_exp=True):
        if mode == "table" and is_exp:
            entry = []
            for it in lines + [("gap",)]:
                if it[0] in ("h1", "h2", "dc") and not any(x[0] in ("b", "p") for x in entry):
                    entry.append(it)
                    continue
                if it[0] in ("b", "p"):
                    entry.append(it)
                    continue
                if entry:
                    write_table_entry(box, entry, width)
                    entry = []
            return
        for it in lines:
            if it[0] == "gap" and not is_exp:
                continue
            k = it[0]
            if k == "h1":
                lr(box, it[1], it[2], width, True, False, o.get("h1_style") if mode == "styles" else None)
            elif k == "h2":
                lr(box, it[1], it[2], width, False, o.get("h2_italic", True))
            elif k == "dc":
                p = newp(box)
                dcw = Cm(o.get("dcw", 3.6))
                p.paragraph_format.tab_stops.add_tab_stop(dcw)
                p.paragraph_format.left_indent = dcw
                p.paragraph_format.first_line_indent = -dcw
                p.paragraph_format.space_after = Pt(0)
                p.add_run(it[1] + "\t")
                p.add_run(it[2]).bold = True
                ind[0] = o.get("dcw", 3.6)
            elif k == "b":
                bullet(box, it[1])
            elif k == "p":
                p = para(box, it[1])
                if ind[0]:
                    p.paragraph_format.left_indent = Cm(ind[0])
            elif k == "gap":
                ind[0] = 0
                para(box, "", space_after=0).paragraph_format.space_after = Pt(2)

    def write_table_entry(box, entry, width):
        heads = [x for x in entry if x[0] in ("h1", "h2", "dc")]
        rest = [x for x in entry if x[0] in ("b", "p")]
        inside = o.get("bullets_in_table")
        t = box.add_table(rows=2 if (inside and rest) else 1, cols=2)
        if o.get("grid"):
            t.style = doc.styles["Table Grid"]
        else:
            _no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tw = width
        wl = int(tw * 0.70)
        for row in t.rows:
            row.cells[0].width = wl
            row.cells[1].width = tw - wl
        cl, cr = cell_box(t.cell(0, 0)), cell_box(t.cell(0, 1))
        if o.get("head_fill"):
            _shade(t.cell(0, 0), o["head_fill"])
            _shade(t.cell(0, 1), o["head_fill"])
        for i, h in enumerate(heads):
            left, right = (h[2], h[1]) if h[0] == "dc" else (h[1], h[2])
            para(cl, left, bold=(i == 0), italic=(i > 0 and o.get("h2_italic", True)), space_after=0)
            if right:
                para(cr, right, align="right", space_after=0, italic=o.get("date_italic", False))
        if inside and rest:
            c = t.cell(1, 0).merge(t.cell(1, 1))
            box2 = cell_box(c)
            for it in rest:
                bullet(box2, it[1]) if it[0] == "b" else para(box2, it[1])
        else:
            for it in rest:
                bullet(box, it[1]) if it[0] == "b" else para(box, it[1])
        para(box, "", space_after=0)

    def write_header(box, centred=False):
        p = para(box, res["name"], bold=True, size=o.get("name_size", 20), align="center" if centred else None,
                 space_after=0)
        p.runs[0].font.color.rgb = accent
        if res.get("tagline"):
            para(box, res["tagline"], italic=True, align="center" if centred else None, space_after=2)
        for ln in res["contact"]:
            para(box, ln, size=o.get("size", 10.5) - 1, align="center" if centred else None, space_after=0)

    def write_body(box, width):
        for blk in body_blocks(res):
            if blk[0] == "break":
                continue
            h, lines = blk[0], blk[1]
            if h:
                heading(box, h, width)
            write_lines(box, lines, width, blk[2] == "exp")

    if o.get("header"):
        hdr = sec.header
        fresh.add(id(hdr))
        if o.get("header_table"):
            t = hdr.add_table(rows=1, cols=2, width=textw)
            _no_borders(t)
            a, b = cell_box(t.cell(0, 0)), cell_box(t.cell(0, 1))
            para(a, res["name"], bold=True, size=16)
            if res.get("tagline"):
                para(a, res["tagline"], italic=True)
            for ln in res["contact"]:
                para(b, ln, size=9, align="right", space_after=0)
        else:
            write_header(hdr, centred=o.get("centred", False))
    if o.get("footer"):
        ft = sec.footer
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        txt = o["footer"].replace("{name}", res["name"])
        before, _, after = txt.partition("{PAGE}")
        r = p.add_run(before)
        r.font.size = Pt(8)
        if "{PAGE}" in txt:
            _page_field(p)
            r = p.add_run(after)
            r.font.size = Pt(8)

    if mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        sw = Cm(o.get("side_w", 5.8))
        t.cell(0, 0).width, t.cell(0, 1).width = sw, textw - sw
        left, right = cell_box(t.cell(0, 0)), cell_box(t.cell(0, 1))
        _shade(t.cell(0, 0), o.get("side_fill", "DCE6F0"))
        write_header(left)
        for h, items in res.get("side", []):
            heading(left, h, sw)
            for it in items:
                if isinstance(it, tuple) and it[0] == "table":
                    nt = left.add_table(rows=len(it[1]), cols=len(it[1][0]))
                    for i, row in enumerate(it[1]):
                        for j, v in enumerate(row):
                            para(cell_box(nt.cell(i, j)), v, size=o.get("size", 10.5) - 1)
                    para(left, "", space_after=0)
                else:
                    x = text_items([it])[0]
                    if x[0] == "b":
                        bullet(left, x[1])
                    else:
                        para(left, x[1] + ((" " + x[2]) if len(x) > 2 and x[2] else ""), size=o.get("size", 10.5) - 1,
                             space_after=1)
        mode_saved = mode
        write_body(right, textw - sw - Cm(0.4))
    else:
        if not o.get("header"):
            if mode == "styles" and o.get("title_style"):
                para(doc, res["name"], style="Title")
                for ln in res["contact"]:
                    para(doc, ln, space_after=0)
            else:
                write_header(doc, centred=o.get("centred", False))
        write_body(doc, textw)

    cp = doc.core_properties
    cp.author = res["name"]
    cp.last_modified_by = res["name"]
    cp.title = o.get("doc_title", "CV")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 4
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), path)


# ---------------------------------------------------------------- plain text
def render_txt(res, path):
    o = res["tx"]
    out = []
    width = o.get("wrap")

    def wrap(text, first, rest):
        if not width:
            return [first + text]
        return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest) or [first]

    def head(h):
        s = o.get("head", "caps")
        if s == "caps":
            return [h.upper()]
        if s == "underline":
            return [h, "-" * len(h)]
        if s == "eq":
            return [h.upper(), "=" * len(h)]
        if s == "colon":
            return [h + ":"]
        if s == "dashes":
            return [f"----- {h.upper()} -----"]
        if s == "stars":
            return [f"*** {h} ***"]
        return [h]

    def join(l, r):
        if not r:
            return l
        j = o.get("join", "   ")
        if isinstance(j, int):
            return l.ljust(j) + r if len(l) < j else l + "   " + r
        return l + j + r

    for ln in o.get("name_lines", [res["name"]]):
        out.append(ln)
    out += res["contact"]
    glyph = o.get("glyph", "-")
    ind = ""
    for blk in body_blocks(res):
        if blk[0] == "break":
            continue
        h, lines = blk[0], blk[1]
        out.append("")
        if h:
            out += head(h)
            if o.get("blank_after_head"):
                out.append("")
        for it in lines:
            k = it[0]
            if k == "h1":
                out.append(join(it[1], it[2]) if not o.get("upper_h1") else join(it[1].upper(), it[2]))
            elif k == "h2":
                out.append(ind + join(it[1], it[2]))
            elif k == "dc":
                dw = o.get("dcw", 22)
                out.append(it[1].ljust(dw) + it[2])
                ind = " " * dw if o.get("dc_indent", True) else ""
            elif k == "b":
                out += wrap(it[1], ind + o.get("bind", "") + glyph + " ", ind + o.get("bind", "") + " " * (len(glyph) + 1))
            elif k == "p":
                out += wrap(it[1], ind, ind)
            elif k == "gap":
                ind = ""
                if o.get("entry_blank", True):
                    out.append("")
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- markdown
def render_md(res, path):
    o = res["md"]
    out = [o.get("name_fmt", "# {name}").format(name=res["name"]), ""]
    if res.get("tagline"):
        out += [f"*{res['tagline']}*", ""]
    out.append(o.get("contact_join", "  \n").join(res["contact"]))
    glyph = o.get("glyph", "-")
    for blk in body_blocks(res):
        if blk[0] == "break":
            continue
        h, lines = blk[0], blk[1]
        out.append("")
        if h:
            out += [o.get("head_fmt", "## {h}").format(h=h), ""]
        prev = None
        for it in lines:
            k = it[0]
            if k in ("b",) and prev not in ("b",) and prev is not None:
                out.append("") if o.get("blank_before_list", True) else None
            if k == "h1":
                r = o.get("r1", " — *{r}*").format(r=it[2]) if it[2] else ""
                out.append(o.get("h1", "### {l}{r}").format(l=it[1], r=r))
                if o.get("blank_after_h1"):
                    out.append("")
            elif k == "h2":
                r = o.get("r2", " | {r}").format(r=it[2]) if it[2] else ""
                out.append(o.get("h2", "*{l}*{r}").format(l=it[1], r=r) + "  ")
            elif k == "dc":
                out.append(o.get("dc", "**{a}** · {b}").format(a=it[1], b=it[2]) + "  ")
            elif k == "b":
                out.append(f"{glyph} {it[1]}")
            elif k == "p":
                out += ["", it[1]]
            elif k == "gap":
                out.append("")
            prev = k
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- html
def render_html(res, path):
    o = res["ht"]
    mode = o.get("mode", "divs")
    E = html.escape
    css = o.get("css", "body{font-family:Arial,Helvetica,sans-serif;max-width:800px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".r{float:right;font-weight:normal}ul{margin:4px 0 10px 0}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{E(o.get('doc_title', res['name'] + ' - Resume'))}</title>", f"<style>{css}</style>", "</head>",
           "<body>"]
    if o.get("generator"):
        out.insert(4, f'<meta name="generator" content="{E(o["generator"])}">')
    out.append(f"<h1>{E(res['name'])}</h1>")
    if res.get("tagline"):
        out.append(f"<p><i>{E(res['tagline'])}</i></p>")
    out.append("<p class=\"contact\">" + "<br>\n".join(E(c) for c in res["contact"]) + "</p>")
    for blk in body_blocks(res):
        if blk[0] == "break":
            continue
        h, lines = blk[0], blk[1]
        if h:
            out.append(f"<h2>{E(h)}</h2>")
        inlist = False
        intable = False
        for it in lines:
            k = it[0]
            if k != "b" and inlist:
                out.append("</ul>")
                inlist = False
            if mode == "table" and k in ("h1", "h2", "dc"):
                if not intable:
                    out.append('<table class="job" width="100%" cellpadding="2">')
                    intable = True
                a, b = (it[2], it[1]) if k == "dc" else (it[1], it[2])
                tag = "b" if k in ("h1", "dc") else "i"
                out.append(f'<tr><td><{tag}>{E(a)}</{tag}></td><td align="right">{E(b)}</td></tr>')
                continue
            if intable:
                out.append("</table>")
                intable = False
            if k == "h1":
                r = f' <span class="r">{E(it[2])}</span>' if it[2] else ""
                out.append(f"<h3>{E(it[1])}{r}</h3>" if mode != "dl" else f"<dt><b>{E(it[1])}</b>{(' &mdash; ' + E(it[2])) if it[2] else ''}</dt>")
            elif k == "h2":
                r = f' <span class="r">{E(it[2])}</span>' if it[2] else ""
                out.append(f"<div class=\"sub\"><em>{E(it[1])}</em>{r}</div>")
            elif k == "dc":
                out.append(f"<h3><span class=\"d\">{E(it[1])}</span> {E(it[2])}</h3>")
            elif k == "b":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{E(it[1])}</li>")
            elif k == "p":
                out.append(f"<p>{E(it[1])}</p>")
        if inlist:
            out.append("</ul>")
        if intable:
            out.append("</table>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
             "html": render_html}


def render(res, path):
    RENDERERS[res["renderer"]](res, path)
