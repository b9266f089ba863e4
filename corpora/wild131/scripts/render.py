"""Renderers for wild131: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Each renderer takes a résumé dict R (see defs_a.py) and an output path.  Résumé dicts
carry: name, headline, contact (list of str), side (list of blocks for sidebars), body
(list of blocks), date = (style, present word, separator), opts (renderer options).
Blocks: ('para', heading, text) | ('exp', heading, [E]) | ('list', heading, [str]) |
('lines', heading, [str]) | ('skills', heading, [str]).
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import io
import zipfile

from lib import fmt_range, li_duration, entry_months, span_months, group_by_org, fmt_point

FIXED_DT = _dt.datetime(2026, 10, 14, 9, 30, 0, tzinfo=_dt.timezone.utc)
ZIP_DT = (2026, 10, 14, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def drange(R, e):
    st, pres, sep = R.get("date", ("mon", "Present", " – "))
    return fmt_range(e, st, pres, sep)


# =============================================================================
# reportlab canvas
# =============================================================================
from reportlab.pdfgen import canvas as _canvas
from reportlab.lib.pagesizes import LETTER, A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

_RL_REG = False


def _rl_fonts():
    global _RL_REG
    if _RL_REG:
        return
    for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                    ("DV-I", "DejaVuSans-Oblique.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                    ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf")]:
        pdfmetrics.registerFont(TTFont(name, DEJAVU + f))
    _RL_REG = True


FONTSETS = {
    "helv": {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"},
    "times": {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"},
    "dv": {"r": "DV", "b": "DV-B", "i": "DV-I"},
    "dvc": {"r": "DVC", "b": "DVC-B", "i": "DV-I"},
    "dvs": {"r": "DVS", "b": "DVS-B", "i": "DVS-I"},
}


class RL:
    def __init__(self, target, R, size=LETTER, margins=(54, 54, 54, 60), fonts="helv",
                 deco=None, footer=None, total=None):
        _rl_fonts()
        self.c = _canvas.Canvas(target, pagesize=size, invariant=1)
        self.c.setTitle(R.get("pdf_title", R["name"] + " - Resume"))
        self.c.setAuthor(R["name"])
        self.c.setCreator(R.get("creator", "reportlab"))
        self.W, self.H = size
        self.ml, self.mr, self.mt, self.mb = margins
        self.x0, self.x1 = self.ml, self.W - self.mr
        self.F = FONTSETS[fonts]
        self.deco, self.footer, self.total = deco, footer, total
        self.page = 1
        self.y = self.H - self.mt
        if self.deco:
            self.deco(self, 1)

    # -- primitives
    def f(self, k):
        return self.F.get(k, k)

    def newpage(self):
        if self.footer:
            self.footer(self, self.page, self.total)
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.mt
        if self.deco:
            self.deco(self, self.page)

    def need(self, h):
        if self.y - h < self.mb:
            self.newpage()

    def text(self, x, y, s, font="r", size=10, color=colors.black, align="l"):
        self.c.setFont(self.f(font), size)
        self.c.setFillColor(color)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def width(self, s, font="r", size=10):
        return pdfmetrics.stringWidth(s, self.f(font), size)

    def line(self, s, font="r", size=10, lead=None, x=None, color=colors.black, align="l", right=None,
             rfont=None, rcolor=None):
        lead = lead or size * 1.3
        self.need(lead)
        self.y -= lead
        x = self.x0 if x is None else x
        if align == "c":
            self.text((self.x0 + self.x1) / 2, self.y, s, font, size, color, "c")
        else:
            self.text(x, self.y, s, font, size, color)
        if right:
            self.text(self.x1, self.y, right, rfont or font, size, rcolor or color, "r")

    def wrap(self, s, font="r", size=10, lead=None, indent=0, bullet=None, color=colors.black,
             bullet_font=None, hang=None):
        lead = lead or size * 1.32
        x = self.x0 + indent
        hang = 10 if hang is None else hang
        w = self.x1 - x - (hang if bullet else 0)
        lines = simpleSplit(s, self.f(font), size, w)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if bullet and i == 0:
                self.text(x, self.y, bullet, bullet_font or font, size, color)
            self.text(x + (hang if bullet else 0), self.y, ln, font, size, color)

    def gap(self, h):
        self.y -= h

    def rule(self, color=colors.grey, w=0.6, x0=None, x1=None):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        self.c.line(self.x0 if x0 is None else x0, self.y, self.x1 if x1 is None else x1, self.y)

    def save(self):
        if self.footer:
            self.footer(self, self.page, self.total)
        self.c.showPage()
        self.c.save()
        return self.page


def _two_pass(fn, R, path):
    n = fn(io.BytesIO(), R, None)
    fn(path, R, n)


# ---------------------------------------------------------------- LinkedIn export
def rl_linkedin(R, path):
    """LinkedIn 'Save to PDF' look: grey left sidebar on page 1, org-first experience."""
    _two_pass(_rl_linkedin, R, path)


def _rl_linkedin(target, R, total):
    o = R.get("opts", {})
    side_w = 185
    grey = colors.HexColor("#f3f2ef")
    dim = colors.HexColor("#666666")

    def deco(p, n):
        if n == 1:
            p.c.setFillColor(grey)
            p.c.rect(0, 0, side_w, p.H, stroke=0, fill=1)

    def footer(p, n, tot):
        p.text(p.W / 2 + side_w / 2 if n == 1 else p.W / 2, 26, f"Page {n} of {tot or 9}", "r", 8.5, dim, "c")

    p = RL(target, R, LETTER, (side_w + 28, 40, 48, 50), o.get("fonts", "helv"), deco, footer, total)
    # sidebar
    sy = p.H - 50
    for head, lines in R.get("side", []):
        p.text(22, sy, head, "b", 12.5, colors.HexColor("#1b1f23"))
        sy -= 17
        for ln in lines:
            for sub in simpleSplit(ln, p.f("r"), 9.5, side_w - 36):
                p.text(22, sy, sub, "r", 9.5, colors.HexColor("#333333"))
                sy -= 12.5
        sy -= 12
    # main
    p.line(R["name"], "r", 24, 26)
    for ln in simpleSplit(R["headline"], p.f("r"), 11.5, p.x1 - p.x0):
        p.line(ln, "r", 11.5, 15)
    p.line(R.get("location", ""), "r", 10, 15, color=dim)
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        p.gap(14)
        p.line(head, "r", 15, 18, color=colors.HexColor("#1b1f23"))
        p.gap(4)
        if kind == "para":
            for para in blk[2].split("\n"):
                p.wrap(para, "r", 10, 13.5)
        elif kind in ("lines", "list", "skills"):
            for ln in blk[2]:
                p.wrap(ln, "r", 10, 13.5)
        elif kind == "exp":
            for org, ents in group_by_org(blk[2]):
                p.gap(6)
                p.line(org or "", "b", 11.5, 15)
                if len(ents) > 1:
                    p.line(li_duration(span_months(ents), long=True), "r", 10, 13, color=dim)
                for e in ents:
                    p.gap(3)
                    p.line(e.title, "r", 11, 14.5)
                    dur = f" ({li_duration(entry_months(e), long=True)})" if e.start else ""
                    p.line(drange(R, e) + dur, "r", 10, 13, color=dim)
                    if e.loc:
                        p.line(e.loc, "r", 10, 13, color=dim)
                    if e.prose:
                        p.wrap(" ".join(e.bullets), "r", 10, 13.5)
                    else:
                        for b in e.bullets:
                            p.wrap(b, "r", 10, 13.5, bullet=o.get("bullet", "-"), hang=9)
                    p.gap(4)
    return p.save()


# ---------------------------------------------------------------- LinkedIn web print
def rl_liweb(R, path):
    """A LinkedIn profile printed from the browser: header/footer strips, logo squares, '· 2 yrs 3 mos'."""
    _two_pass(_rl_liweb, R, path)


def _rl_liweb(target, R, total):
    o = R.get("opts", {})
    dim = colors.HexColor("#5e5e5e")

    def footer(p, n, tot):
        p.text(30, p.H - 20, o.get("print_stamp", "10/14/26, 9:30 AM"), "r", 7.5, colors.black)
        p.text(p.W / 2, p.H - 20, f"{R['name']} | LinkedIn", "r", 7.5, colors.black, "c")
        p.text(30, 18, o.get("url", "https://www.linkedin.com/in/profile/"), "r", 7.5, colors.black)
        p.text(p.W - 30, 18, f"{n}/{tot or 9}", "r", 7.5, colors.black, "r")

    p = RL(target, R, A4, (60, 60, 50, 44), o.get("fonts", "helv"), None, footer, total)
    p.line(R["name"], "b", 20, 24)
    for ln in simpleSplit(R["headline"], p.f("r"), 11, p.x1 - p.x0):
        p.line(ln, "r", 11, 14)
    p.line(R.get("location", "") + " · Contact info", "r", 9.5, 13, color=dim)
    lx = p.x0 + 44
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        p.gap(12)
        p.rule(colors.HexColor("#dddddd"), 0.8)
        p.line(head, "b", 14, 20)
        p.gap(2)
        if kind == "para":
            for para in blk[2].split("\n"):
                p.wrap(para, "r", 9.8, 13)
            continue
        if kind in ("lines", "list", "skills"):
            for ln in blk[2]:
                p.wrap(ln, "r", 9.8, 13, indent=44 if kind == "lines" else 0)
            continue
        for org, ents in group_by_org(blk[2]):
            p.need(60)
            p.gap(8)
            top = p.y
            p.c.setFillColor(colors.HexColor(o.get("logo", "#c9d6e3")))
            p.c.rect(p.x0, top - 34, 32, 32, stroke=0, fill=1)
            p.text(p.x0 + 16, top - 22, "".join(w[0] for w in (org or "?").split()[:2]).upper(), "b", 11,
                   colors.white, "c")
            if len(ents) > 1:
                p.line(org, "b", 11, 14, x=lx)
                first = ents[0]
                et = first.extra.get("emp", "Full-time")
                p.line(f"{et} · {li_duration(span_months(ents))}", "r", 9.5, 12.5, x=lx)
                if first.loc:
                    p.line(first.loc, "r", 9.5, 12.5, x=lx, color=dim)
                for e in ents:
                    p.gap(6)
                    p.c.setFillColor(colors.HexColor("#bbbbbb"))
                    p.c.circle(lx + 3, p.y - 9, 2.6, stroke=0, fill=1)
                    p.line(e.title, "b", 10.5, 14, x=lx + 14)
                    p.line(f"{drange(R, e)} · {li_duration(entry_months(e))}", "r", 9.5, 12.5, x=lx + 14,
                           color=dim)
                    if e.extra.get("mode"):
                        p.line(e.extra["mode"], "r", 9.5, 12.5, x=lx + 14, color=dim)
                    _liweb_desc(p, e, 58)
            else:
                e = ents[0]
                p.line(e.title, "b", 11, 14, x=lx)
                emp = e.extra.get("emp")
                p.line((org or "") + (f" · {emp}" if emp else ""), "r", 9.8, 13, x=lx)
                dtxt = drange(R, e)
                if e.start:
                    dtxt += f" · {li_duration(entry_months(e))}"
                p.line(dtxt, "r", 9.5, 12.5, x=lx, color=dim)
                if e.loc:
                    p.line(e.loc + (f" · {e.extra['mode']}" if e.extra.get("mode") else ""), "r", 9.5, 12.5,
                           x=lx, color=dim)
                _liweb_desc(p, e, 44)
            p.gap(4)
    return p.save()


def _liweb_desc(p, e, ind):
    if e.prose:
        p.wrap(" ".join(e.bullets), "r", 9.5, 12.6, indent=ind)
    else:
        for b in e.bullets:
            p.wrap(b, "r", 9.5, 12.6, indent=ind, bullet="•", hang=9)
    if e.extra.get("skills"):
        p.wrap("Skills: " + " · ".join(e.extra["skills"]), "b", 9, 12, indent=ind)


# ---------------------------------------------------------------- two-column
def rl_twocol(R, path):
    _two_pass(_rl_twocol, R, path)


def _rl_twocol(target, R, total):
    o = R.get("opts", {})
    side_w = o.get("side_w", 180)
    right = o.get("side", "left") == "right"
    accent = colors.HexColor(o.get("accent", "#23395d"))
    light = colors.HexColor(o.get("light", "#e9eef5"))
    size = A4 if o.get("a4") else LETTER
    W, H = size

    def deco(p, n):
        p.c.setFillColor(light)
        if right:
            p.c.rect(W - side_w, 0, side_w, H, stroke=0, fill=1)
        else:
            p.c.rect(0, 0, side_w, H, stroke=0, fill=1)

    def footer(p, n, tot):
        if tot and tot > 1:
            p.text(p.x1, 22, f"{R['name']} — {n}/{tot}", "r", 7.5, colors.grey, "r")

    m = (side_w + 26, 36, 46, 46) if not right else (40, side_w + 24, 46, 46)
    p = RL(target, R, size, m, o.get("fonts", "helv"), deco, footer, total)
    sx = (W - side_w + 18) if right else 18
    sw = side_w - 34
    sy = H - 50
    if o.get("name_in_side"):
        for ln in R["name"].split():
            p.text(sx, sy, ln.upper(), "b", 17, accent)
            sy -= 20
        sy -= 6
    for head, lines in R.get("side", []):
        p.text(sx, sy, head.upper(), "b", 9.5, accent)
        sy -= 4
        p.c.setStrokeColor(accent)
        p.c.line(sx, sy, sx + sw, sy)
        sy -= 13
        for ln in lines:
            for sub in simpleSplit(ln, p.f("r"), 8.6, sw):
                p.text(sx, sy, sub, "r", 8.6)
                sy -= 11.2
        sy -= 10
    if not o.get("name_in_side"):
        p.line(R["name"], "b", 22, 24, color=accent)
    for ln in simpleSplit(R["headline"], p.f("i"), 11, p.x1 - p.x0):
        p.line(ln, "i", 11, 15)
    hdr = o.get("header", "title_org")
    glyph = o.get("bullet", "•")
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        p.gap(10)
        p.line(head.upper() if o.get("caps", True) else head, "b", 11, 15, color=accent)
        p.gap(3)
        p.rule(accent, 0.8)
        p.gap(2)
        if kind == "para":
            p.wrap(blk[2], "r", 9.5, 12.8)
            continue
        if kind in ("lines", "list", "skills"):
            for ln in blk[2]:
                p.wrap(ln, "r", 9.5, 12.8, bullet=glyph if kind == "list" else None)
            continue
        for e in blk[2]:
            p.need(40)
            p.gap(6)
            dr = drange(R, e)
            if hdr == "title_org":
                p.line(e.title, "b", 10.5, 13.5, right=dr, rfont="r")
                sub = ", ".join(x for x in (e.org, e.loc) if x)
                p.line(sub, "i", 9.8, 12.8)
            elif hdr == "org_title":
                p.line(", ".join(x for x in (e.org, e.loc) if x), "b", 10.5, 13.5, right=dr, rfont="r")
                p.line(e.title, "i", 10, 13)
            elif hdr == "pipe":
                p.line(" | ".join(x for x in (e.title, e.org, e.loc) if x), "b", 9.8, 13.2)
                p.line(dr, "i", 9, 12, color=colors.HexColor("#555555"))
            if e.prose:
                p.wrap(" ".join(e.bullets), "r", 9.4, 12.6)
            else:
                for b in e.bullets:
                    p.wrap(b, "r", 9.4, 12.6, bullet=glyph, indent=4)
    return p.save()


# ---------------------------------------------------------------- plain single column, footer
def rl_plain(R, path):
    _two_pass(_rl_plain, R, path)


def _rl_plain(target, R, total):
    o = R.get("opts", {})

    def footer(p, n, tot):
        p.c.setStrokeColor(colors.grey)
        p.c.line(p.x0, 40, p.x1, 40)
        p.text(p.x0, 28, o.get("footer", R["name"] + " · CV"), "r", 8, colors.grey)
        p.text(p.x1, 28, f"Page {n} of {tot or 9}", "r", 8, colors.grey, "r")

    p = RL(target, R, A4, (56, 56, 52, 60), o.get("fonts", "helv"), None, footer, total)
    p.line(R["name"], "b", 19, 22, align="c")
    p.line(R["headline"], "r", 10.5, 15, align="c")
    for ln in R["contact"]:
        p.line(ln, "r", 9, 12, align="c")
    glyph = o.get("bullet", "–")
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        p.gap(12)
        p.line(head, "b", 11.5, 14)
        p.gap(3)
        p.rule(colors.black, 0.5)
        p.gap(2)
        if kind == "para":
            p.wrap(blk[2], "r", 9.8, 13)
            continue
        if kind in ("lines", "list", "skills"):
            for ln in blk[2]:
                p.wrap(ln, "r", 9.8, 13, bullet=glyph if kind == "list" else None)
            continue
        for e in blk[2]:
            p.need(44)
            p.gap(7)
            head_l = e.title + (", " + e.org if e.org else "")
            p.line(head_l, "b", 10.2, 13.5, right=drange(R, e), rfont="r")
            if e.loc:
                p.line(e.loc, "i", 9.3, 12)
            if e.prose:
                p.wrap(" ".join(e.bullets), "r", 9.6, 12.8)
            else:
                for b in e.bullets:
                    p.wrap(b, "r", 9.6, 12.8, bullet=glyph, indent=8)
    return p.save()


# =============================================================================
# fpdf2
# =============================================================================
from fpdf import FPDF
from fpdf.enums import XPos, YPos


class _FP(FPDF):
    foot = None

    def footer(self):
        if self.foot:
            self.foot(self)


def fp_render(R, path):
    o = R.get("opts", {})
    pdf = _FP(format=o.get("format", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(R.get("pdf_title", R["name"] + " CV"))
    pdf.set_author(R["name"])
    pdf.set_creator(R.get("creator", "fpdf2"))
    fam = o.get("family", "sans")
    files = {"sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
             "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
             "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                      "DejaVuSansCondensed-Oblique.ttf")}[fam]
    pdf.add_font("F", "", DEJAVU + files[0])
    pdf.add_font("F", "B", DEJAVU + files[1])
    pdf.add_font("F", "I", DEJAVU + files[2])
    pdf.set_auto_page_break(True, margin=18)
    fs = o.get("fs", 9.5)
    lh = fs * 0.47
    acc = o.get("accent", (40, 40, 40))
    glyph = o.get("bullet", "•")
    hdr = o.get("header", "title_org")
    twocol = o.get("twocol", False)
    side_w = o.get("side_w", 58)

    if o.get("footer"):
        def foot(p):
            p.set_y(-13)
            p.set_font("F", "", 7.5)
            p.set_text_color(120, 120, 120)
            p.cell(0, 5, o["footer"].replace("{n}", str(p.page_no())), align="C")
            p.set_text_color(0, 0, 0)
        pdf.foot = foot
    pdf.add_page()
    L = 15
    if twocol:
        # shaded sidebar on page 1
        pdf.set_fill_color(*o.get("side_fill", (236, 240, 241)))
        pdf.rect(0, 0, side_w + 8, 297, style="F")
        pdf.set_xy(8, 14)
        pdf.set_font("F", "B", 15)
        pdf.set_text_color(*acc)
        pdf.multi_cell(side_w - 6, 7, R["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        y = pdf.get_y() + 3
        for head, lines in R.get("side", []):
            pdf.set_xy(8, y)
            pdf.set_font("F", "B", 9)
            pdf.set_text_color(*acc)
            pdf.cell(side_w - 6, 5, head.upper(), new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("F", "", 8)
            for ln in lines:
                pdf.set_x(8)
                pdf.multi_cell(side_w - 6, 3.9, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)
            y = pdf.get_y() + 4
        L = side_w + 14
        pdf.set_left_margin(L)
        pdf.set_right_margin(12)
        pdf.set_xy(L, 14)
        pdf.set_font("F", "I", 11)
        pdf.multi_cell(0, 5.5, R["headline"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    else:
        pdf.set_left_margin(L)
        pdf.set_right_margin(L)
        pdf.set_y(14)
        al = "C" if o.get("head") == "centred" else "L"
        pdf.set_font("F", "B", 18)
        pdf.set_text_color(*acc)
        pdf.cell(0, 9, R["name"], align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "", 10.5)
        pdf.cell(0, 6, R["headline"], align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("F", "", 8.8)
        sep = o.get("contact_sep", "  |  ")
        pdf.multi_cell(0, 4.6, sep.join(R["contact"]), align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        pdf.set_draw_color(*acc)
        pdf.line(L, pdf.get_y(), 210 - L, pdf.get_y())
    W = 210 - L - (12 if twocol else L)

    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        pdf.ln(3.5)
        pdf.set_font("F", "B", fs + 1.5)
        pdf.set_text_color(*acc)
        pdf.cell(0, 6.5, head.upper() if o.get("caps") else head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if o.get("rule", True):
            pdf.set_draw_color(190, 190, 190)
            pdf.line(L, pdf.get_y(), L + W, pdf.get_y())
        pdf.ln(1.2)
        pdf.set_font("F", "", fs)
        if kind == "para":
            pdf.multi_cell(0, lh, blk[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        if kind in ("lines", "list", "skills"):
            for ln in blk[2]:
                if kind == "list":
                    _fp_bullet(pdf, glyph, ln, lh, L)
                else:
                    pdf.multi_cell(0, lh, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        for e in blk[2]:
            if pdf.get_y() > 262:
                pdf.add_page()
            pdf.ln(1.8)
            dr = drange(R, e)
            dw = pdf.get_string_width(dr) + 2
            if hdr == "title_org":
                pdf.set_font("F", "B", fs + 0.5)
                pdf.cell(W - dw - 30, lh + 0.6, e.title, new_x=XPos.RIGHT, new_y=YPos.TOP)
                pdf.set_font("F", "", fs)
                pdf.cell(0, lh + 0.6, dr, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("F", "I", fs)
                pdf.cell(0, lh, " · ".join(x for x in (e.org, e.loc) if x), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif hdr == "org_title":
                pdf.set_font("F", "B", fs + 0.5)
                pdf.cell(W - dw - 2, lh + 0.6, ", ".join(x for x in (e.org, e.loc) if x),
                         new_x=XPos.RIGHT, new_y=YPos.TOP)
                pdf.set_font("F", "", fs)
                pdf.cell(0, lh + 0.6, dr, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("F", "I", fs)
                pdf.cell(0, lh, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif hdr == "dateline":
                pdf.set_font("F", "B", fs + 0.5)
                pdf.multi_cell(0, lh + 0.6, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("F", "", fs)
                pdf.multi_cell(0, lh, " — ".join(x for x in (e.org, e.loc) if x), new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                pdf.set_font("F", "I", fs - 0.5)
                pdf.set_text_color(90, 90, 90)
                pdf.cell(0, lh, dr, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
            elif hdr == "inline":
                pdf.set_font("F", "B", fs + 0.3)
                pdf.multi_cell(0, lh + 0.5, f"{e.title} — {e.org}" + (f", {e.loc}" if e.loc else "")
                               + f"  ({dr})", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("F", "", fs)
            if e.prose:
                pdf.multi_cell(0, lh, " ".join(e.bullets), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                for b in e.bullets:
                    _fp_bullet(pdf, glyph, b, lh, L)
    pdf.output(path)


def _fp_bullet(pdf, glyph, text, lh, L):
    pdf.set_x(L + 2)
    pdf.cell(4, lh, glyph, new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.multi_cell(0, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# =============================================================================
# python-docx
# =============================================================================
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _docx_fix(path):
    buf = io.BytesIO(open(path, "rb").read())
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(info.filename))
    open(path, "wb").write(out.getvalue())


def docx_render(R, path):
    o = R.get("opts", {})
    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("pdf_title", "Resume")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    sec = doc.sections[0]
    if o.get("a4"):
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(o.get("margin", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.7)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    mode = o.get("mode", "styles")
    order = o.get("order", "title_org")

    # header / footer
    if o.get("header_contact"):
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"].upper())
        r.bold = True
        hp.add_run("\n" + "  •  ".join(R["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(o["footer"] + " ")
        if o.get("footer_page"):
            _page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    container = doc
    if mode == "sidebar":
        lay = doc.add_table(rows=1, cols=2)
        lay.autofit = False
        side, main = lay.rows[0].cells
        side.width, main.width = Cm(5.6), text_w - Cm(5.6)
        _shade(side, o.get("side_fill", "DCE6F0"))
        sp = side.paragraphs[0]
        r = sp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        for ln in R["contact"]:
            side.add_paragraph(ln).runs[0].font.size = Pt(9)
        for head, lines in R.get("side", []):
            hp = side.add_paragraph()
            hr = hp.add_run(head.upper())
            hr.bold = True
            hr.font.size = Pt(10)
            if o.get("nested_skills") and head.lower().startswith(("skill", "tool", "tech")):
                half = (len(lines) + 1) // 2
                nt = side.add_table(rows=half, cols=2)
                for i, ln in enumerate(lines):
                    nt.cell(i % half, i // half).paragraphs[0].add_run(ln).font.size = Pt(8.5)
            else:
                for ln in lines:
                    side.add_paragraph(ln).runs[0].font.size = Pt(9)
        container = main
        main.paragraphs[0].add_run(R["headline"]).italic = True
        text_w = main.width
    elif not o.get("header_contact"):
        if o.get("title_style"):
            doc.add_paragraph(R["name"], style="Title")
        else:
            np_ = doc.add_paragraph()
            rr = np_.add_run(R["name"])
            rr.bold = True
            rr.font.size = Pt(20)
            np_.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("center") else WD_ALIGN_PARAGRAPH.LEFT
        cpar = doc.add_paragraph(" | ".join(R["contact"]))
        if o.get("center"):
            cpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hpar = doc.add_paragraph()
        hpar.add_run(R["headline"]).italic = True
        if o.get("center"):
            hpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        hpar = doc.add_paragraph()
        hpar.add_run(R["headline"]).italic = True

    def heading(txt):
        hs = o.get("hstyle", "Heading 1")
        if hs == "bold":
            p = container.add_paragraph()
            r = p.add_run(txt.upper())
            r.bold = True
            r.font.size = Pt(11.5)
            p.paragraph_format.space_before = Pt(10)
            return p
        if mode == "sidebar":
            p = container.add_paragraph(txt, style=hs)
            return p
        return doc.add_heading(txt, level=int(hs[-1]))

    def bullet(txt):
        g = o.get("glyph")
        if g:
            p = container.add_paragraph(f"{g}\t{txt}" if o.get("glyph_tab") else f"{g} {txt}")
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.4)
        else:
            p = container.add_paragraph(txt, style="List Bullet")
        return p

    def tabline(left_runs, right, width):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        for t, b, i in left_runs:
            r = p.add_run(t)
            r.bold, r.italic = b, i
        p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        heading(head)
        if kind == "para":
            container.add_paragraph(blk[2])
            continue
        if kind in ("lines", "skills"):
            for ln in blk[2]:
                container.add_paragraph(ln)
            continue
        if kind == "list":
            for ln in blk[2]:
                bullet(ln)
            continue
        for e in blk[2]:
            dr = drange(R, e)
            if mode == "table":
                t = container.add_table(rows=2, cols=2)
                if o.get("grid"):
                    t.style = doc.styles["Table Grid"]
                c0, c1 = t.rows[0].cells
                r0 = c0.paragraphs[0].add_run(e.title if order == "title_org" else (e.org or ""))
                r0.bold = True
                c0.add_paragraph(", ".join(x for x in ((e.org if order == "title_org" else e.title), e.loc) if x)
                                 ).runs[0].italic = True
                c1.paragraphs[0].add_run(dr)
                c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                body = t.rows[1].cells[0].merge(t.rows[1].cells[1])
                if e.prose:
                    body.paragraphs[0].add_run(" ".join(e.bullets))
                else:
                    for i, b in enumerate(e.bullets):
                        if i == 0:
                            body.paragraphs[0].add_run("• " + b)
                        else:
                            body.add_paragraph("• " + b)
                container.add_paragraph()
                continue
            if mode == "styles" and o.get("entry_heading"):
                # title as Heading 2, employer/dates line under it
                container.add_paragraph(e.title, style="Heading 2")
                tabline([(", ".join(x for x in (e.org, e.loc) if x), False, True)], dr, text_w)
            elif order == "title_org":
                tabline([(e.title, True, False)], dr, text_w)
                if e.org or e.loc:
                    p = container.add_paragraph()
                    p.add_run(", ".join(x for x in (e.org, e.loc) if x)).italic = True
                    p.paragraph_format.space_after = Pt(2)
            elif order == "org_title":
                tabline([(e.org or "", True, False), ((", " + e.loc) if e.loc else "", False, False)], dr, text_w)
                p = container.add_paragraph()
                p.add_run(e.title).italic = True
                p.paragraph_format.space_after = Pt(2)
            elif order == "pipe":
                tabline([(e.title, True, False), ("  |  " + (e.org or ""), False, False),
                         (("  |  " + e.loc) if e.loc else "", False, True)], dr, text_w)
            elif order == "comma":
                tabline([(e.title, True, False), (", " + (e.org or ""), False, False)], dr, text_w)
                if e.loc:
                    container.add_paragraph(e.loc).runs[0].italic = True
            if e.prose:
                container.add_paragraph(" ".join(e.bullets))
            else:
                for b in e.bullets:
                    bullet(b)
    doc.save(path)
    _docx_fix(path)


# =============================================================================
# plain text
# =============================================================================
def _wrap_txt(s, width, first="", rest=""):
    words, lines, cur = s.split(), [], first
    base = first
    for w in words:
        if len(cur) + len(w) + (0 if cur.strip() == "" or cur == base else 1) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = rest + w
            base = None
        else:
            cur = (cur + ("" if cur == base or cur.endswith(" ") else " ") + w) if cur else w
            base = None
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def txt_render(R, path):
    o = R.get("opts", {})
    style = o.get("style", "ats")
    width = o.get("width", 0)
    g = o.get("bullet", "-")
    out = []

    def add_wrapped(s, first="", rest=""):
        if width:
            out.extend(_wrap_txt(s, width, first, rest))
        else:
            out.append(first + s)

    if style == "naukri":
        out += ["RESUME", "", R["name"].upper()]
        out += R["contact"]
    elif style == "caps":
        out += [R["name"].upper(), R["headline"]]
        out += R["contact"]
    else:
        out += [R["name"], R["headline"], " | ".join(R["contact"])]
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        out.append("")
        if style == "plain":
            out += [head, "=" * len(head)]
        elif style == "naukri":
            out += [head.upper() + ":", "-" * (len(head) + 1)]
        elif style == "caps":
            out += ["", head.upper()]
        else:
            out += [head.upper()]
        if kind == "para":
            add_wrapped(blk[2])
            continue
        if kind in ("lines", "skills"):
            for ln in blk[2]:
                add_wrapped(ln)
            continue
        if kind == "list":
            for ln in blk[2]:
                add_wrapped(ln, f"{g} ", "  ")
            continue
        for e in blk[2]:
            dr = drange(R, e)
            if style == "naukri":
                out.append("")
                out.append(f"Organisation : {e.org}" + (f", {e.loc}" if e.loc else ""))
                out.append(f"Designation  : {e.title}")
                out.append(f"Duration     : {dr}")
                if e.bullets:
                    out.append("Roles & Responsibilities:")
                    for b in e.bullets:
                        add_wrapped(b, f"  {g} ", "    ")
                continue
            if style == "ats":
                out.append("")
                out.append(" | ".join(x for x in (e.title, e.org, e.loc, dr) if x))
            elif style == "plain":
                out.append("")
                out.append(f"{e.org}" + (f", {e.loc}" if e.loc else ""))
                out.append(f"{e.title}    {dr}")
            elif style == "caps":
                out.append("")
                out.append(f"{dr}  {e.title}")
                out.append(" " * (len(dr) + 2) + ", ".join(x for x in (e.org, e.loc) if x))
            elif style == "dash":
                out.append("")
                out.append(f"{e.title} - {e.org}" + (f", {e.loc}" if e.loc else "") + f" ({dr})")
            if e.prose:
                add_wrapped(" ".join(e.bullets))
            else:
                for b in e.bullets:
                    add_wrapped(b, f"{g} ", "  ")
    text = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


# =============================================================================
# Markdown (GitHub-flavoured)
# =============================================================================
def md_render(R, path):
    o = R.get("opts", {})
    style = o.get("style", "h3")
    g = o.get("bullet", "-")
    out = [f"# {R['name']}", ""]
    if o.get("badges"):
        out += [" ".join(o["badges"]), ""]
    out += [f"**{R['headline']}**", ""]
    if o.get("contact_list"):
        out += [f"- {c}" for c in R["contact"]] + [""]
    else:
        out += [" · ".join(R["contact"]), ""]
    hl = o.get("hlevel", "##")
    table_done = False
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        out += [f"{hl} {head}", ""]
        if kind == "para":
            out += [blk[2], ""]
            continue
        if kind == "skills" and o.get("skills_table"):
            rows = blk[2]
            out += ["| Area | Tools |", "|---|---|"]
            for r in rows:
                a, b = r.split(":", 1)
                out.append(f"| {a.strip()} | {b.strip()} |")
            out.append("")
            continue
        if kind in ("lines", "skills"):
            out += [ln + "  " for ln in blk[2]] + [""]
            continue
        if kind == "list":
            out += [f"{g} {ln}" for ln in blk[2]] + [""]
            continue
        ents = blk[2]
        if o.get("summary_table") and not table_done:
            table_done = True
            out += ["| Role | Company | When |", "|:--|:--|--:|"]
            for e in ents:
                out.append(f"| {e.title} | {e.org or ''} | {drange(R, e)} |")
            out.append("")
        for e in ents:
            dr = drange(R, e)
            if style == "h3":
                out.append(f"### {e.title} · {e.org}" if e.org else f"### {e.title}")
                out.append(f"*{dr}*" + (f" — {e.loc}" if e.loc else ""))
            elif style == "h3org":
                out.append(f"### {e.org}" + (f" ({e.loc})" if e.loc else ""))
                out.append(f"**{e.title}** | {dr}")
            elif style == "bold":
                out.append(f"**{e.title}**, {e.org}" + (f", {e.loc}" if e.loc else "") + f" \u2014 _{dr}_")
            elif style == "at":
                out.append(f"### {e.title} @ {e.org}" if e.org else f"### {e.title}")
                out.append(f"`{dr}`" + (f" · {e.loc}" if e.loc else ""))
            out.append("")
            if e.prose:
                out += [" ".join(e.bullets), ""]
            elif e.bullets:
                out += [f"{g} {b}" for b in e.bullets] + [""]
    if o.get("footer"):
        out += ["---", "", o["footer"], ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip() + "\n")


# =============================================================================
# HTML
# =============================================================================
def html_render(R, path):
    o = R.get("opts", {})
    esc = _html.escape
    h = ["<!DOCTYPE html>", '<html lang="' + o.get("lang", "en") + '">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R['name'])} &ndash; CV</title>",
         "<style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;color:#222}"
         "h2{border-bottom:1px solid #ccc;font-variant:small-caps}.job h3{margin-bottom:0}"
         ".meta{color:#666;font-size:.9em}.side{float:right;width:14rem;font-size:.85em}</style>",
         "</head>", "<body>", "<header>", f"<h1>{esc(R['name'])}</h1>", f"<p class=\"lead\">{esc(R['headline'])}</p>",
         "<p>" + " &middot; ".join(esc(c) for c in R["contact"]) + "</p>", "</header>"]
    if R.get("side"):
        h.append('<aside class="side">')
        for head, lines in R["side"]:
            h.append(f"<h4>{esc(head)}</h4><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>")
        h.append("</aside>")
    h.append("<main>")
    for blk in R["body"]:
        kind, head = blk[0], blk[1]
        h.append(f"<section>\n<h2>{esc(head)}</h2>")
        if kind == "para":
            h.append(f"<p>{esc(blk[2])}</p>")
        elif kind == "list":
            h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in blk[2]) + "</ul>")
        elif kind in ("lines", "skills"):
            h.append("<p>" + "<br>\n".join(esc(x) for x in blk[2]) + "</p>")
        else:
            for e in blk[2]:
                st_, pres, sep = R.get("date", ("mon", "Present", " – "))
                a = e.dates if e.dates else fmt_point(e.start, st_, pres, False)
                h.append('<article class="job">')
                h.append(f"<h3>{esc(e.title)}</h3>")
                meta = f"<span class=\"org\">{esc(e.org)}</span>" if e.org else ""
                if e.loc:
                    meta += f", {esc(e.loc)}"
                if e.dates:
                    meta += f" &mdash; <span>{esc(e.dates)}</span>"
                else:
                    b = fmt_point(e.end, st_, pres, True) if e.end else ""
                    meta += f" &mdash; <time>{esc(a)}</time>" + (f"&ndash;<time>{esc(b)}</time>" if b else "")
                h.append(f"<p class=\"meta\">{meta}</p>")
                if e.prose:
                    h.append(f"<p>{esc(' '.join(e.bullets))}</p>")
                elif e.bullets:
                    h.append("<ul>\n" + "\n".join(f"  <li>{esc(b)}</li>" for b in e.bullets) + "\n</ul>")
                h.append("</article>")
        h.append("</section>")
    h += ["</main>", f"<footer><small>{esc(o.get('footer', ''))}</small></footer>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(h) + "\n")


RENDERERS = {
    "rl_linkedin": rl_linkedin, "rl_liweb": rl_liweb, "rl_twocol": rl_twocol, "rl_plain": rl_plain,
    "fpdf": fp_render, "docx": docx_render, "txt": txt_render, "md": md_render, "html": html_render,
}
