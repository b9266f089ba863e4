"""Renderers for wild136: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every renderer takes the résumé dict from defs_a/defs_b and a path, writes the file and returns
a small dict of facts for the README (pages and the entries a page break falls inside).
"""
import datetime
import html
import io
import re
import textwrap
import zipfile

from lib import rng

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 11, 2, 9, 30, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


def orgloc(e, sep=", "):
    if e.org and e.loc:
        return f"{e.org}{sep}{e.loc}"
    return e.org or e.loc or ""


def dates(e, o):
    return rng(e, o.get("ds", "mon"), o.get("sep", " – "), o.get("pres", "Present"))


def fill(tpl, res, p=None, n=None, **kw):
    return tpl.format(name=res["name"], email=res.get("email", ""), phone=res.get("phone", ""),
                      p=p, n=n, **kw)


def cont_text(o, e, heading=""):
    t = o.get("cont")
    if t is None:
        return None
    return t.format(org=e.org or "", title=e.title, heading=heading)


# =====================================================================  reportlab

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_RL_FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "dejavu": ("DJ", "DJ-B", "DJ-I"),
    "dejavuserif": ("DJS", "DJS-B", "DJS-I"),
}
_rl_reg = False


def _rl_register():
    global _rl_reg
    if _rl_reg:
        return
    for n, fn in [("DJ", "DejaVuSans.ttf"), ("DJ-B", "DejaVuSans-Bold.ttf"),
                  ("DJ-I", "DejaVuSans-Oblique.ttf"), ("DJS", "DejaVuSerif.ttf"),
                  ("DJS-B", "DejaVuSerif-Bold.ttf"), ("DJS-I", "DejaVuSerif-Italic.ttf")]:
        pdfmetrics.registerFont(TTFont(n, DJ + fn))
    _rl_reg = True


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap_w(s, font, size, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self, res):
        _rl_register()
        o = self.o = res["o"]
        self.res = res
        self.W, self.H = LETTER if o.get("page") == "letter" else A4
        self.mt, self.mb = o.get("mt", 54), o.get("mb", 64)
        self.ml, self.mr = o.get("ml", 56), o.get("mr", 56)
        self.R, self.B, self.I = _RL_FONTS[o.get("font", "Helvetica")]
        self.sz = o.get("size", 10)
        self.ld = o.get("lead", round(self.sz * 1.34, 1))
        self.pages, self.bg = [[]], [[]]
        self.cv_page = 0
        self.cur = None          # title of the entry being drawn
        self.cont = None         # continuation line for that entry
        self.sec_cont = None     # continuation line for the section
        self.splits = []
        self.y = self.top(0)

    # geometry
    def pi(self):
        return len(self.pages) - 1

    def top(self, i):
        rh_from = self.o.get("rh_from", 2)
        has_rh = self.o.get("rh") and i + 1 >= rh_from
        return self.H - self.mt - (14 if has_rh else 0)

    def x0(self):
        if self.o.get("sidebar") and self.pi() == self.cv_page:
            return self.ml + self.o.get("sbw", 150) + 18
        return self.ml

    def xr(self):
        return self.W - self.mr

    def width(self):
        return self.xr() - self.x0()

    # ops
    def op(self, *a):
        self.pages[-1].append(a)

    def new_page(self, forced=False):
        self.pages.append([])
        self.bg.append([])
        self.y = self.top(self.pi())
        if self.cur is not None:
            self.splits.append(self.cur)
        if self.sec_cont:
            self.op("t", self.x0(), self.y, self.sec_cont, self.B, self.sz + 1, None)
            self.y -= self.ld * 1.5
        if self.cur is not None and self.cont:
            self.op("t", self.x0(), self.y, self.cont, self.I, self.sz, None)
            self.y -= self.ld * 1.3

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    def text(self, x, s, font=None, size=None, color=None):
        self.op("t", x, self.y, s, font or self.R, size or self.sz, color)

    def rtext(self, s, font=None, size=None, color=None):
        self.op("r", self.xr(), self.y, s, font or self.R, size or self.sz, color)

    def rich(self, x, parts, size=None):
        size = size or self.sz
        for s, st in parts:
            font = {"r": self.R, "b": self.B, "i": self.I}[st]
            self.op("t", x, self.y, s, font, size, None)
            x += sw(s, font, size)
        return x

    def down(self, k=1.0):
        self.y -= self.ld * k

    def para(self, s, font=None, size=None, x=None, bullet=None, lead=None, indent=11):
        font, size, lead = font or self.R, size or self.sz, lead or self.ld
        off = 0 if x is None else x - self.x0()
        if bullet:
            off += indent
        first = True
        while s:
            self.need(lead)
            xx = self.x0() + off
            line = wrap_w(s, font, size, self.xr() - xx)[0]
            if first and bullet:
                self.op("t", xx - indent, self.y, bullet,
                        self.R if (bullet in "•-–*>·" or self.R.startswith("DJ")) else "DJ",
                        size, None)
            self.op("t", xx, self.y, line, font, size, None)
            self.y -= lead
            first = False
            s = s[len(line):].strip()

    def finish(self, path):
        o, res = self.o, self.res
        n = len(self.pages)
        c = rl_canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        c.setTitle(o.get("pdf_title", f"{res['name']} CV"))
        c.setAuthor(res["name"])
        c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
        skip = o.get("num_skip", 0)
        for i, ops in enumerate(self.pages):
            for b in self.bg[i]:
                if b[0] == "rect":
                    _, x, y, w, h, col = b
                    c.setFillColorRGB(*col)
                    c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            p, nn = i + 1 - skip, n - skip
            if o.get("rh") and i + 1 >= o.get("rh_from", 2):
                c.setFont(self.I if o.get("rh_italic", True) else self.R, self.sz - 1.5)
                yy = self.H - self.mt + 6
                parts = o["rh"] if isinstance(o["rh"], (list, tuple)) else [o["rh"]]
                c.drawString(self.ml, yy, fill(parts[0], res, p, nn))
                if len(parts) > 1:
                    c.drawRightString(self.W - self.mr, yy, fill(parts[1], res, p, nn))
                if o.get("rh_rule"):
                    c.setLineWidth(0.4)
                    c.line(self.ml, yy - 4, self.W - self.mr, yy - 4)
            if o.get("ft") and i + 1 > skip and i + 1 >= o.get("ft_from", 1):
                c.setFont(self.R, self.sz - 2)
                yy = o.get("ft_y", 30)
                parts = o["ft"] if isinstance(o["ft"], (list, tuple)) else [o["ft"]]
                if len(parts) == 1:
                    al = o.get("ft_align", "c")
                    s = fill(parts[0], res, p, nn)
                    if al == "c":
                        c.drawCentredString(self.W / 2, yy, s)
                    elif al == "r":
                        c.drawRightString(self.W - self.mr, yy, s)
                    else:
                        c.drawString(self.ml, yy, s)
                else:
                    c.drawString(self.ml, yy, fill(parts[0], res, p, nn))
                    c.drawRightString(self.W - self.mr, yy, fill(parts[1], res, p, nn))
                if o.get("ft_rule"):
                    c.setLineWidth(0.4)
                    c.line(self.ml, yy + 10, self.W - self.mr, yy + 10)
            for a in ops:
                kind = a[0]
                if kind in ("t", "r", "c"):
                    _, x, y, s, font, size, col = a
                    c.setFont(font, size)
                    c.setFillColorRGB(*(col or (0, 0, 0)))
                    if kind == "t":
                        c.drawString(x, y, s)
                    elif kind == "r":
                        c.drawRightString(x, y, s)
                    else:
                        c.drawCentredString(x, y, s)
                elif kind == "ln":
                    _, x1, y1, x2, y2, w = a
                    c.setLineWidth(w)
                    c.line(x1, y1, x2, y2)
            c.showPage()
        c.save()
        return {"pages": n, "splits": self.splits}


def rl_heading(f, text):
    o = f.o
    st = o.get("sec", "caps_rule")
    f.need(f.ld * 4.2)
    f.down(0.5)
    x = f.x0()
    if st == "caps_rule":
        f.text(x, text.upper(), f.B, f.sz + 1)
        f.op("ln", x, f.y - 4, f.xr(), f.y - 4, 0.6)
        f.down(1.5)
    elif st == "shade":
        f.bg[-1].append(("rect", x - 3, f.y - 4, f.xr() - x + 6, f.sz + 7, (0.88, 0.9, 0.93)))
        f.text(x, text, f.B, f.sz + 1)
        f.down(1.6)
    elif st == "underline":
        f.text(x, text, f.B, f.sz + 1.5)
        f.op("ln", x, f.y - 3, x + sw(text, f.B, f.sz + 1.5), f.y - 3, 0.8)
        f.down(1.5)
    else:  # bold
        f.text(x, text, f.B, f.sz + 2)
        f.down(1.4)


def rl_namehead(f, res):
    o = f.o
    st = o.get("head", "centre")
    if o.get("sidebar"):
        sbw = o.get("sbw", 150)
        col = o.get("sbcol", (0.91, 0.93, 0.95))
        f.bg[-1].append(("rect", 0, 0, f.ml + sbw, f.H, col))
        y = f.H - f.mt
        for head, lines in o["sidebar"]:
            f.op("t", f.ml - 18, y, head.upper(), f.B, f.sz - 0.5, None)
            y -= f.ld * 1.3
            for ln in lines:
                for piece in wrap_w(ln, f.R, f.sz - 1.5, sbw - 12):
                    f.op("t", f.ml - 18, y, piece, f.R, f.sz - 1.5, None)
                    y -= f.ld * 0.95
            y -= f.ld * 0.8
    x = f.x0()
    if st == "centre":
        cx = (x + f.xr()) / 2
        f.op("c", cx, f.y, res["name"], f.B, f.sz + 9, None)
        f.down(1.8)
        for ln in res["contact"]:
            f.op("c", cx, f.y, ln, f.R, f.sz - 0.5, None)
            f.down(1.0)
    elif st == "left":
        f.text(x, res["name"], f.B, f.sz + 10)
        y0 = f.y
        f.down(1.6)
        if o.get("headline"):
            f.text(x, o["headline"], f.I, f.sz + 1)
            f.down(1.2)
        yy = y0 + 2
        for ln in res["contact"]:
            f.op("r", f.xr(), yy, ln, f.R, f.sz - 1, None)
            yy -= f.ld * 0.95
        f.y = min(f.y, yy)
    else:  # 'stack': name, then contact lines, left aligned
        f.text(x, res["name"], f.B, f.sz + 8)
        f.down(1.7)
        for ln in res["contact"]:
            f.text(x, ln, f.R, f.sz - 0.5)
            f.down(1.0)
    if o.get("head_rule", True):
        f.op("ln", x, f.y + f.ld * 0.4, f.xr(), f.y + f.ld * 0.4, 1.0)
    f.down(0.6)


def rl_letter(f, res):
    L = res["letter"]
    x = f.ml
    for ln in L.get("head", []):
        if f.o.get("letter_head") == "right":
            f.rtext(ln)
        else:
            f.text(x, ln, f.B if ln == L["head"][0] else f.R)
        f.down()
    f.down(1.2)
    for ln in L.get("to", []):
        f.text(x, ln)
        f.down()
    f.down(0.8)
    if L.get("date"):
        f.text(x, L["date"])
        f.down(1.8)
    if L.get("re"):
        f.text(x, L["re"], f.B)
        f.down(1.6)
    f.text(x, L["sal"])
    f.down(1.6)
    for p in L["paras"]:
        f.para(p)
        f.down(0.7)
    f.down(0.6)
    for ln in L["close"]:
        f.text(x, ln)
        f.down()


def rl_entry_head(f, e, o, new_org):
    hdr = o.get("hdr", "title_right")
    x = f.x0()
    d = dates(e, o)
    if hdr == "title_right":
        f.text(x, e.title, f.B)
        f.rtext(d, f.I if o.get("date_italic") else f.R)
        f.down()
        if e.org or e.loc:
            f.text(x, orgloc(e, o.get("olsep", ", ")), f.I)
            f.down()
    elif hdr == "org_right":
        f.text(x, orgloc(e, o.get("olsep", " — ")), f.B)
        f.rtext(d)
        f.down()
        f.text(x, e.title, f.I)
        f.down()
    elif hdr == "pipe":
        parts = [(e.title, "b")]
        for s in (e.org, e.loc):
            if s:
                parts += [("  |  ", "r"), (s, "r")]
        f.rich(x, parts)
        f.rtext(d)
        f.down()
    elif hdr == "dash":
        f.rich(x, [(e.title, "b"), (" – ", "r"), (orgloc(e), "r")])
        f.down()
        f.text(x, d, f.I, f.sz - 0.5, (0.3, 0.3, 0.3))
        f.down()
    elif hdr == "dateline":
        f.text(x, d, f.R, f.sz - 0.5, (0.25, 0.25, 0.35))
        f.down()
        f.text(x, e.title, f.B, f.sz + 0.5)
        f.down()
        if e.org:
            f.text(x, orgloc(e), f.R)
            f.down()
    elif hdr == "datecol":
        f.text(x, d, f.R, f.sz - 1)
        f.text(x + o.get("dcw", 100), e.title, f.B)
        f.down()
        if e.org:
            f.text(x + o.get("dcw", 100), orgloc(e), f.I)
            f.down()
    elif hdr == "inline":
        parts = [(e.title, "b")]
        if e.org:
            parts.append((", " + orgloc(e), "r"))
        parts.append(("  (" + d + ")", "i"))
        f.rich(x, parts)
        f.down()
    elif hdr == "orgfirst":
        if new_org:
            f.down(0.3)
            f.text(x, (e.org or "").upper() if o.get("org_caps") else (e.org or ""), f.B,
                   f.sz + 0.5)
            if e.loc:
                f.rtext(e.loc, f.R, f.sz - 0.5)
            f.down(1.15)
        f.text(x + 8, e.title, f.I)
        f.rtext(d, f.R, f.sz - 0.5)
        f.down()


def rl_jobs(f, heading, jobs):
    o = f.o
    if heading:
        rl_heading(f, heading)
    if o.get("sec_cont"):
        f.sec_cont = o["sec_cont"].format(heading=heading)
    prev = None
    bul = o.get("bul", "•")
    for e in jobs:
        new_org = e.org != prev
        prev = e.org
        f.need(f.ld * (3.6 if o.get("hdr") != "orgfirst" or not new_org else 4.6))
        f.down(o.get("egap", 0.45))
        rl_entry_head(f, e, o, new_org)
        f.cur, f.cont = e.title, cont_text(o, e, heading)
        x = f.x0() + (o.get("dcw", 100) if o.get("hdr") == "datecol" else 0) + \
            (8 if o.get("hdr") == "orgfirst" else 0)
        if e.prose:
            f.para(" ".join(e.bullets), x=x)
        else:
            for i, b in enumerate(e.bullets):
                if e.brk == i:
                    f.new_page(forced=True)
                f.para(b, x=x, bullet=bul)
        f.cur = f.cont = None
    f.sec_cont = None


def rl_block(f, blk):
    kind = blk[0]
    if kind == "break":
        f.new_page(forced=True)
        return
    if kind == "jobs":
        rl_jobs(f, blk[1], blk[2])
        return
    if blk[1]:
        rl_heading(f, blk[1])
    if kind == "para":
        for p in blk[2]:
            f.para(p)
            f.down(0.3)
    elif kind == "list":
        for p in blk[2]:
            f.para(p, bullet=f.o.get("bul", "•"))
    elif kind == "lines":
        for p in blk[2]:
            f.para(p)
    elif kind == "refs":
        for grp in blk[2]:
            f.need(f.ld * len(grp))
            for i, ln in enumerate(grp):
                f.text(f.x0(), ln, f.B if i == 0 else f.R)
                f.down()
            f.down(0.7)


def render_rl(res, path):
    f = Flow(res)
    if res.get("letter"):
        rl_letter(f, res)
        f.cv_page = 1
        f.new_page()
    rl_namehead(f, res)
    for blk in res["body"]:
        rl_block(f, blk)
    return f.finish(path)


# =====================================================================  fpdf2

from fpdf import FPDF
from fpdf.enums import XPos, YPos


class FP(FPDF):
    def setup(self, res, total):
        self.res, self.o, self.total = res, res["o"], total
        self.cur = self.cont = self.sec_cont = None
        self.splits = []
        fam = self.o.get("font", "sans")
        files = {"sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
                 "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
                 "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                          "DejaVuSansCondensed-Oblique.ttf")}[fam]
        self.add_font("F", "", DJ + files[0])
        self.add_font("F", "B", DJ + files[1])
        self.add_font("F", "I", DJ + files[2])
        self.sz = self.o.get("size", 9.5)
        self.lh = self.o.get("lh", 4.6)

    def header(self):
        o, i = self.o, self.page_no()
        skip = o.get("num_skip", 0)
        if o.get("rh") and i >= o.get("rh_from", 2):
            self.set_font("F", "I", self.sz - 1.5)
            self.set_text_color(90, 90, 90)
            parts = o["rh"] if isinstance(o["rh"], (list, tuple)) else [o["rh"]]
            y = self.get_y()
            self.cell(0, 5, fill(parts[0], self.res, i - skip, (self.total or 0) - skip))
            if len(parts) > 1:
                self.set_xy(self.l_margin, y)
                self.cell(0, 5, fill(parts[1], self.res, i - skip, (self.total or 0) - skip),
                          align="R")
            self.ln(5)
            if o.get("rh_rule", True):
                self.set_draw_color(150, 150, 150)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)
        if i > 1 and self.sec_cont:
            self.set_font("F", "B", self.sz + 1)
            self.cell(0, 6, self.sec_cont, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1)
        if i > 1 and self.cur is not None:
            self.splits.append(self.cur)
            if self.cont:
                self.set_font("F", "I", self.sz)
                self.cell(0, 5.5, self.cont, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("F", "", self.sz)

    def footer(self):
        o, i = self.o, self.page_no()
        skip = o.get("num_skip", 0)
        if not o.get("ft") or i <= skip:
            return
        self.set_y(-14)
        self.set_font("F", "", self.sz - 2)
        self.set_text_color(80, 80, 80)
        parts = o["ft"] if isinstance(o["ft"], (list, tuple)) else [o["ft"]]
        p, n = i - skip, (self.total or 0) - skip
        if len(parts) == 1:
            self.cell(0, 6, fill(parts[0], self.res, p, n),
                      align={"c": "C", "r": "R", "l": "L"}[o.get("ft_align", "c")])
        else:
            y = self.get_y()
            self.cell(0, 6, fill(parts[0], self.res, p, n))
            self.set_xy(self.l_margin, y)
            self.cell(0, 6, fill(parts[1], self.res, p, n), align="R")
        self.set_text_color(0, 0, 0)

    # helpers
    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def line_lr(self, left, right, lstyle="B", rstyle="", size=None):
        size = size or self.sz
        y = self.get_y()
        self.set_font("F", lstyle, size)
        self.cell(0, self.lh + 0.6, left)
        if right:
            self.set_xy(self.l_margin, y)
            self.set_font("F", rstyle, size - 0.5)
            self.cell(0, self.lh + 0.6, right, align="R")
        self.set_xy(self.l_margin, y + self.lh + 0.6)

    def para(self, s, style="", indent=0.0, bullet=None):
        self.set_font("F", style, self.sz)
        x = self.l_margin + indent
        if bullet:
            self.need(self.lh)
            self.set_x(x)
            self.cell(4, self.lh, bullet)
            x += 4
        self.set_x(x)
        self.multi_cell(self.w - self.r_margin - x, self.lh, s, new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)

    def heading(self, text):
        o = self.o
        self.need(self.lh * 5)
        self.ln(2.5)
        st = o.get("sec", "caps_rule")
        if st == "shade":
            self.set_fill_color(228, 232, 238)
            self.set_font("F", "B", self.sz + 1)
            self.cell(0, 6.5, " " + text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif st == "caps_rule":
            self.set_font("F", "B", self.sz + 1)
            self.cell(0, 6, text.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        else:
            self.set_font("F", "B", self.sz + 2.5)
            self.set_text_color(*o.get("hcol", (30, 60, 110)))
            self.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
        self.ln(1.5)


def fp_build(res, path, total):
    o = res["o"]
    pdf = FP(format=o.get("page", "A4"), unit="mm")
    pdf.setup(res, total)
    pdf.set_margins(o.get("ml", 18), o.get("mt", 15), o.get("ml", 18))
    pdf.set_auto_page_break(True, margin=o.get("mb", 20))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(o.get("pdf_title", f"CV {res['name']}"))
    pdf.set_author(res["name"])
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.add_page()
    if res.get("letter"):
        L = res["letter"]
        pdf.set_font("F", "", pdf.sz)
        for i, ln in enumerate(L.get("head", [])):
            pdf.set_font("F", "B" if i == 0 else "", pdf.sz + (2 if i == 0 else 0))
            pdf.cell(0, pdf.lh + 0.4, ln, align="R" if o.get("letter_head") == "right" else "L",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
        pdf.set_font("F", "", pdf.sz)
        for key in ("date",):
            if L.get(key):
                pdf.cell(0, pdf.lh, L[key], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(3)
        for ln in L.get("to", []):
            pdf.cell(0, pdf.lh, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
        if L.get("re"):
            pdf.set_font("F", "B", pdf.sz)
            pdf.cell(0, pdf.lh, L["re"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        pdf.set_font("F", "", pdf.sz)
        pdf.cell(0, pdf.lh, L["sal"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        for p in L["paras"]:
            pdf.para(p)
            pdf.ln(2.5)
        pdf.ln(2)
        for ln in L["close"]:
            pdf.cell(0, pdf.lh, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.add_page()
    # name block
    st = o.get("head", "centre")
    pdf.set_font("F", "B", pdf.sz + 9)
    al = "C" if st == "centre" else "L"
    pdf.cell(0, 10, res["name"], align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("F", "", pdf.sz - 0.5)
    if o.get("headline"):
        pdf.set_font("F", "I", pdf.sz + 0.5)
        pdf.cell(0, 5.5, o["headline"], align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("F", "", pdf.sz - 0.5)
    for ln in res["contact"]:
        pdf.cell(0, 4.6, ln, align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_draw_color(60, 60, 60)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    bul = o.get("bul", "•")
    for blk in res["body"]:
        kind = blk[0]
        if kind == "break":
            pdf.add_page()
            continue
        if blk[1]:
            pdf.heading(blk[1])
        if kind == "para":
            for p in blk[2]:
                pdf.para(p)
                pdf.ln(1)
        elif kind == "list":
            for p in blk[2]:
                pdf.para(p, bullet=bul, indent=2)
        elif kind == "lines":
            for p in blk[2]:
                pdf.para(p)
        elif kind == "refs":
            for grp in blk[2]:
                pdf.need(pdf.lh * len(grp))
                for i, ln in enumerate(grp):
                    pdf.para(ln, style="B" if i == 0 else "")
                pdf.ln(3)
        elif kind == "jobs":
            if o.get("sec_cont"):
                pdf.sec_cont = o["sec_cont"].format(heading=blk[1])
            prev = None
            for e in blk[2]:
                new_org = e.org != prev
                prev = e.org
                pdf.need(pdf.lh * 4)
                pdf.ln(o.get("egap", 1.6))
                fp_entry_head(pdf, e, o, new_org)
                pdf.cur, pdf.cont = e.title, cont_text(o, e, blk[1])
                ind = 4 if o.get("hdr") == "orgfirst" else 0
                if e.prose:
                    pdf.para(" ".join(e.bullets), indent=ind)
                else:
                    for i, b in enumerate(e.bullets):
                        if e.brk == i:
                            pdf.add_page()
                        pdf.para(b, bullet=bul, indent=ind + 2)
                pdf.cur = pdf.cont = None
            pdf.sec_cont = None
    pdf.output(path)
    return pdf.page_no(), pdf.splits


def fp_entry_head(pdf, e, o, new_org):
    hdr = o.get("hdr", "title_right")
    d = dates(e, o)
    if hdr == "title_right":
        pdf.line_lr(e.title, d, "B", o.get("dstyle", ""))
        if e.org:
            pdf.set_font("F", "I", pdf.sz)
            pdf.cell(0, pdf.lh + 0.4, orgloc(e, o.get("olsep", ", ")), new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
    elif hdr == "org_right":
        pdf.line_lr(orgloc(e, o.get("olsep", ", ")), d, "B", "")
        pdf.set_font("F", "I", pdf.sz)
        pdf.cell(0, pdf.lh + 0.4, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif hdr == "pipe":
        s = " | ".join(x for x in (e.title, e.org, e.loc) if x)
        pdf.line_lr(s, d, "B", "")
    elif hdr == "dash":
        pdf.set_font("F", "B", pdf.sz)
        pdf.multi_cell(0, pdf.lh + 0.4, f"{e.title} – {orgloc(e)}", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        pdf.set_font("F", "I", pdf.sz - 0.5)
        pdf.cell(0, pdf.lh, d, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif hdr == "dateline":
        pdf.set_font("F", "", pdf.sz - 0.5)
        pdf.set_text_color(70, 70, 110)
        pdf.cell(0, pdf.lh, d, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "B", pdf.sz + 0.5)
        pdf.cell(0, pdf.lh + 0.6, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if e.org:
            pdf.set_font("F", "", pdf.sz)
            pdf.cell(0, pdf.lh + 0.4, orgloc(e), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif hdr == "inline":
        pdf.set_font("F", "B", pdf.sz)
        txt = e.title + (", " + orgloc(e) if e.org else "") + "   " + d
        pdf.multi_cell(0, pdf.lh + 0.4, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif hdr == "orgfirst":
        if new_org:
            pdf.ln(1)
            org = (e.org or "").upper() if o.get("org_caps") else (e.org or "")
            pdf.line_lr(org, e.loc or "", "B", "I", pdf.sz + 0.5)
        pdf.set_x(pdf.l_margin + 4)
        y = pdf.get_y()
        pdf.set_font("F", "I", pdf.sz)
        pdf.cell(0, pdf.lh + 0.4, e.title)
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("F", "", pdf.sz - 0.5)
        pdf.cell(0, pdf.lh + 0.4, d, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render_fp(res, path):
    n, _ = fp_build(res, path, None)
    n2, splits = fp_build(res, path, n)
    assert n == n2
    return {"pages": n2, "splits": splits}


# =====================================================================  python-docx

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _field(par, instr, cached="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _fill_hf(par, tpl, res, size=8.5, italic=False):
    """Header/footer text; {PAGE} and {NUMPAGES} become Word fields."""
    tpl = fill(tpl.replace("{PAGE}", "\x01").replace("{NUMPAGES}", "\x02"), res)
    for piece in re.split(r"([\x01\x02])", tpl):
        if piece == "\x01":
            _field(par, "PAGE")
        elif piece == "\x02":
            _field(par, "NUMPAGES", "2")
        elif piece:
            r = par.add_run(piece)
            r.font.size = Pt(size)
            r.italic = italic


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _set_hf(section, o, res, key_h, key_f):
    if o.get(key_h) is not None:
        section.header.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        for i, ln in enumerate(o[key_h] if isinstance(o[key_h], list) else [o[key_h]]):
            p = hp if i == 0 else section.header.add_paragraph()
            _fill_hf(p, ln, res, 8.5, o.get("dh_italic", False))
            if o.get("dh_align") == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif o.get("dh_align") == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if o.get(key_f) is not None:
        section.footer.is_linked_to_previous = False
        fp = section.footer.paragraphs[0]
        _fill_hf(fp, o[key_f], res)
        fp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                        "l": WD_ALIGN_PARAGRAPH.LEFT}[o.get("df_align", "c")]


class DX:
    def __init__(self, res):
        self.res, self.o = res, res["o"]
        o = self.o
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = o.get("dfont", "Calibri")
        st.font.size = Pt(o.get("dsize", 10.5))
        st.paragraph_format.space_after = Pt(o.get("space_after", 2))
        for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            self.doc.styles[hn].font.name = o.get("hfont", o.get("dfont", "Calibri"))
        s = self.doc.sections[0]
        if o.get("page") == "letter":
            s.page_width, s.page_height = Cm(21.59), Cm(27.94)
        else:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(s, side, Cm(o.get("dmargin", 2.0)))
        s.top_margin = s.bottom_margin = Cm(o.get("dmargin_tb", 1.8))
        self.tab = (s.page_width - s.left_margin - s.right_margin)
        self.splits = []

    # ----- primitives
    def p(self, text="", style=None, bold=False, italic=False, size=None, align=None,
          box=None, after=None, before=None):
        box = box or self.doc
        par = box.add_paragraph(style=style) if style else box.add_paragraph()
        if text:
            r = par.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        if before is not None:
            par.paragraph_format.space_before = Pt(before)
        return par

    def tabline(self, left, right, box=None, lbold=True, litalic=False, rital=False,
                style=None, width=None):
        par = self.p(style=style, box=box)
        par.paragraph_format.tab_stops.add_tab_stop(width or self.tab, WD_TAB_ALIGNMENT.RIGHT)
        r = par.add_run(left)
        r.bold, r.italic = lbold, litalic
        if right:
            r2 = par.add_run("\t" + right)
            r2.italic = rital
        return par

    def pagebreak(self, box=None):
        par = (box or self.doc).add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)
        return par

    def heading(self, text, box=None):
        o = self.o
        st = o.get("dsec", "h1")
        if st == "h1" and box is None:
            self.doc.add_heading(text, level=1)
        elif st == "h2" and box is None:
            self.doc.add_heading(text, level=2)
        elif st == "caps":
            par = self.p(text.upper(), bold=True, size=o.get("dsize", 10.5) + 1, box=box,
                         before=8, after=3)
            pPr = par._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "444444")):
                bot.set(qn("w:" + k), v)
            bdr.append(bot)
            pPr.append(bdr)
        else:
            self.p(text, bold=True, size=o.get("dsize", 10.5) + 2, box=box, before=8, after=3)

    def bullet(self, text, box=None):
        o = self.o
        if o.get("dbul", "style") == "style":
            return self.p(text, style="List Bullet", box=box, after=0)
        par = self.p(f"{o['dbul']}\t{text}", box=box, after=0)
        pf = par.paragraph_format
        pf.left_indent = Cm(0.6)
        pf.first_line_indent = Cm(-0.45)
        pf.tab_stops.add_tab_stop(Cm(0.6))
        return par

    # ----- entries
    def entry(self, e, heading, new_org, box=None):
        o = self.o
        st = o.get("dx", "tabs")
        d = dates(e, o)
        if st == "table":
            self.entry_table(e, d, heading, box)
            return
        if st == "styles":
            par = self.doc.add_heading(level=o.get("dtitle_level", 2)) if box is None else \
                self.p(box=box)
            par.paragraph_format.tab_stops.add_tab_stop(self.tab, WD_TAB_ALIGNMENT.RIGHT)
            par.add_run(e.title)
            r = par.add_run("\t" + d)
            r.font.size = Pt(o.get("dsize", 10.5))
            r.bold = False
            if e.org:
                self.p(orgloc(e, o.get("olsep", ", ")), italic=True, box=box, after=2)
        elif st == "tabs":
            self.tabline(e.title, d, box=box)
            if e.org:
                self.p(orgloc(e, o.get("olsep", ", ")), italic=True, box=box, after=1)
        elif st == "orgtabs":
            self.tabline(orgloc(e, o.get("olsep", ", ")), d, box=box)
            self.p(e.title, italic=True, box=box, after=1)
        elif st == "orgfirst":
            if new_org:
                self.tabline((e.org or "").upper() if o.get("org_caps") else e.org,
                             e.loc or "", box=box)
            self.tabline(e.title, d, box=box, lbold=False, litalic=True)
        elif st == "dash":
            par = self.p(box=box, after=0)
            r = par.add_run(e.title)
            r.bold = True
            par.add_run(" – " + orgloc(e))
            self.p(d, italic=True, box=box, after=1, size=o.get("dsize", 10.5) - 1)
        self.bullets(e, heading, box)

    def bullets(self, e, heading, box, items=None):
        items = e.bullets if items is None else items
        if e.prose:
            self.p(" ".join(items), box=box)
            return
        for i, b in enumerate(items):
            if e.brk == i and box is None:
                self.pagebreak()
                self.splits.append(e.title)
                ct = cont_text(self.o, e, heading)
                if ct:
                    self.p(ct, italic=True, after=3)
            self.bullet(b, box)

    def entry_table(self, e, d, heading, box):
        o = self.o
        parts = [e.bullets]
        if e.brk and box is None:
            parts = [e.bullets[:e.brk], e.bullets[e.brk:]]
        for k, items in enumerate(parts):
            if k == 1:
                self.pagebreak()
                self.splits.append(e.title)
            t = (box or self.doc).add_table(rows=2, cols=2)
            if o.get("tgrid"):
                t.style = self.doc.styles["Table Grid"]
            wl, wr = Cm(o.get("tl", 12.5)), Cm(o.get("tr", 4.5))
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = wl, wr
            c0, c1 = t.cell(0, 0), t.cell(0, 1)
            if k == 0:
                r = c0.paragraphs[0].add_run(e.title)
                r.bold = True
                if e.org:
                    c0.add_paragraph().add_run(orgloc(e)).italic = True
                c1.paragraphs[0].add_run(d)
                c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                ct = cont_text(o, e, heading) or ""
                c0.paragraphs[0].add_run(ct).italic = True
            if o.get("tshade"):
                _shade(c0, o["tshade"])
                _shade(c1, o["tshade"])
            m = t.cell(1, 0).merge(t.cell(1, 1))
            first = True
            if e.prose:
                m.paragraphs[0].add_run(" ".join(items))
                continue
            for b in items:
                if first:
                    par = m.paragraphs[0]
                    par.add_run(f"{o.get('dbul_t', '•')} {b}")
                    first = False
                else:
                    par = m.add_paragraph(f"{o.get('dbul_t', '•')} {b}")
                par.paragraph_format.left_indent = Cm(0.3)
            self.p(after=0)

    # ----- blocks
    def block(self, blk, box=None):
        kind = blk[0]
        o = self.o
        if kind == "break":
            if len(blk) > 1 and blk[1] == "section":
                sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
                sec.different_first_page_header_footer = False
                _set_hf(sec, o, self.res, "dh_refs", "df_refs")
            else:
                self.pagebreak(box)
            return
        if blk[1]:
            self.heading(blk[1], box)
        if kind == "jobs":
            prev = None
            for e in blk[2]:
                self.entry(e, blk[1], e.org != prev, box)
                prev = e.org
        elif kind == "para":
            for t in blk[2]:
                self.p(t, box=box, after=4)
        elif kind == "list":
            for t in blk[2]:
                self.bullet(t, box)
        elif kind == "lines":
            for t in blk[2]:
                self.p(t, box=box, after=1)
        elif kind == "refs":
            for grp in blk[2]:
                for i, ln in enumerate(grp):
                    self.p(ln, bold=(i == 0), box=box, after=0)
                self.p(box=box, after=4)

    def namehead(self, box=None):
        o, res = self.o, self.res
        st = o.get("dhead", "title")
        if st == "title" and box is None:
            self.doc.add_heading(res["name"], level=0)
            for ln in res["contact"]:
                self.p(ln, after=0)
        elif st == "centre":
            self.p(res["name"], bold=True, size=20, align="c", box=box, after=2)
            for ln in res["contact"]:
                self.p(ln, align="c", box=box, after=0, size=9.5)
        elif st == "none":   # name and contact live in the page header
            pass
        else:
            self.p(res["name"], bold=True, size=18, box=box, after=2)
            for ln in res["contact"]:
                self.p(ln, box=box, after=0, size=9.5)
        if o.get("headline"):
            self.p(o["headline"], italic=True, box=box, before=4)
        self.p(box=box, after=2)

    def letter(self):
        L, o = self.res["letter"], self.o
        for i, ln in enumerate(L.get("head", [])):
            self.p(ln, bold=(i == 0), after=0, size=14 if i == 0 else None,
                   align="r" if o.get("letter_head") == "right" else None)
        self.p()
        if L.get("date"):
            self.p(L["date"])
        for ln in L.get("to", []):
            self.p(ln, after=0)
        self.p()
        if L.get("re"):
            self.p(L["re"], bold=True)
        self.p(L["sal"])
        for t in L["paras"]:
            self.p(t, after=6)
        for ln in L["close"]:
            self.p(ln, after=0)

    def build(self, path):
        o, res, doc = self.o, self.res, self.doc
        s0 = doc.sections[0]
        if o.get("diff_first"):
            s0.different_first_page_header_footer = True
            if o.get("dh_first") is not None:
                _fill_hf(s0.first_page_header.paragraphs[0], o["dh_first"], res)
            if o.get("df_first") is not None:
                _fill_hf(s0.first_page_footer.paragraphs[0], o["df_first"], res)
        if res.get("letter"):
            _set_hf(s0, o, res, "dh_letter", "df_letter")
            self.letter()
            if o.get("letter_break") == "section":
                sec = doc.add_section(WD_SECTION.NEW_PAGE)
                sec.different_first_page_header_footer = False
                _set_hf(sec, o, res, "dh", "df")
            else:
                self.pagebreak()
                _set_hf(s0, o, res, "dh", "df")
        else:
            _set_hf(s0, o, res, "dh", "df")
        body = list(res["body"])
        if o.get("dx_layout"):
            k = o["dx_layout"]
            t = doc.add_table(rows=1, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            left, right = t.cell(0, 0), t.cell(0, 1)
            left.width, right.width = Cm(o.get("sbw", 5.2)), Cm(o.get("mainw", 11.8))
            _shade(left, o.get("sbfill", "E8EDF2"))
            lp = left.paragraphs[0]
            lp.add_run(res["name"]).bold = True
            for head, lines in o["dsidebar"]:
                self.p(head.upper(), bold=True, box=left, before=8, size=9.5)
                for ln in lines:
                    self.p(ln, box=left, after=0, size=9)
            if o.get("headline"):
                right.paragraphs[0].add_run(o["headline"]).italic = True
            for blk in body[:k]:
                self.block(blk, box=right)
            body = body[k:]
        else:
            self.namehead()
        for blk in body:
            self.block(blk)
        cp = doc.core_properties
        cp.author = cp.last_modified_by = res["name"]
        cp.title = o.get("doc_title", "CV")
        cp.created = cp.modified = cp.last_printed = FIXED_DT.replace(tzinfo=None)
        cp.revision = 3
        cp.comments = ""
        bio = io.BytesIO()
        doc.save(bio)
        fixed_zip(bio.getvalue(), path)
        return {"pages": None, "splits": self.splits}


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def render_docx(res, path):
    return DX(res).build(path)


# =====================================================================  text-like

def _txt_entry(e, o, new_org, W):
    hdr = o.get("hdr", "title_right")
    d = dates(e, o)
    L = []
    if hdr == "title_right":
        L.append(e.title + " " * max(2, W - len(e.title) - len(d)) + d)
        if e.org:
            L.append(orgloc(e, o.get("olsep", ", ")))
    elif hdr == "org_right":
        left = orgloc(e, o.get("olsep", ", "))
        L.append(left + " " * max(2, W - len(left) - len(d)) + d)
        L.append(e.title)
    elif hdr == "caps":
        L.append((e.org or "").upper() + (" — " + e.loc if e.loc else ""))
        L.append(f"{e.title}{o.get('tdsep', ', ')}{d}")
    elif hdr == "pipe":
        L.append(" | ".join(x for x in (e.title, e.org, e.loc, d) if x))
    elif hdr == "dash":
        L.append(f"{e.title} - {orgloc(e)}")
        L.append(d)
    elif hdr == "dateline":
        L.append(d)
        L.append(e.title)
        if e.org:
            L.append(orgloc(e))
    elif hdr == "inline":
        L.append(f"{e.title}, {orgloc(e)} ({d})" if e.org else f"{e.title} ({d})")
    elif hdr == "orgfirst":
        if new_org:
            L.append((e.org or "").upper() if o.get("org_caps") else (e.org or ""))
            if e.loc:
                L[-1] += ", " + e.loc
        L.append(f"  {e.title}{o.get('tdsep', '   ')}{d}")
    elif hdr == "label":
        L.append(f"Position: {e.title}")
        if e.org:
            L.append(f"Employer: {orgloc(e)}")
        L.append(f"Dates: {d}")
    if o.get("under"):
        L.append(o["under"] * min(W, len(L[0])))
    return L


def txt_lines(res):
    """Logical lines of a text résumé: str, or markers ('BRK',), ('IN', title, cont), ('OUT',)."""
    o = res["o"]
    W = o.get("wrap", 78)
    bul = o.get("bul", "-")
    ind = " " * o.get("bind", 2)
    out = []

    def wrapped(s, first, rest):
        return textwrap.wrap(s, W, initial_indent=first, subsequent_indent=rest) or [first]

    if res.get("letter"):
        L = res["letter"]
        for ln in L.get("head", []):
            out.append(ln)
        out.append("")
        if L.get("date"):
            out += [L["date"], ""]
        out += L.get("to", []) + [""]
        if L.get("re"):
            out += [L["re"], ""]
        out += [L["sal"], ""]
        for p in L["paras"]:
            out += wrapped(p, "", "") + [""]
        out += L["close"]
        out.append(("BRK",))
    nh = o.get("thead", "caps")
    if nh == "caps":
        out.append(res["name"].upper())
        out += res["contact"]
    elif nh == "centre":
        out.append(res["name"].center(W).rstrip())
        out += [c.center(W).rstrip() for c in res["contact"]]
    else:
        out.append(res["name"])
        out.append(" | ".join(res["contact"]))
    if o.get("headline"):
        out += ["", o["headline"]]
    for blk in res["body"]:
        kind = blk[0]
        if kind == "break":
            out.append(("BRK",))
            continue
        if blk[1]:
            out.append("")
            hs = o.get("th", "caps_rule")
            if hs == "caps_rule":
                out += [blk[1].upper(), "=" * len(blk[1])]
            elif hs == "caps":
                out.append(blk[1].upper())
            elif hs == "dashes":
                out.append(f"--- {blk[1]} ---")
            else:
                out += [blk[1], "-" * len(blk[1])]
        if kind == "jobs":
            prev = None
            for e in blk[2]:
                out.append("")
                out += _txt_entry(e, o, e.org != prev, W)
                prev = e.org
                out.append(("IN", e.title, cont_text(o, e, blk[1])))
                if e.prose:
                    out += wrapped(" ".join(e.bullets), ind, ind)
                else:
                    for i, b in enumerate(e.bullets):
                        if e.brk == i:
                            out.append(("BRK",))
                        out += wrapped(b, f"{ind}{bul} ", ind + " " * (len(bul) + 1))
                out.append(("OUT",))
        elif kind == "para":
            for p in blk[2]:
                out += wrapped(p, "", "")
        elif kind == "list":
            for p in blk[2]:
                out += wrapped(p, f"{ind}{bul} ", ind + " " * (len(bul) + 1))
        elif kind == "lines":
            out += [s for p in blk[2] for s in wrapped(p, "", "   ")]
        elif kind == "refs":
            for grp in blk[2]:
                out += grp + [""]
    return out


def paginate(items, lpp):
    """Split logical lines into pages; returns pages (list of str lists) and split titles."""
    pages, cur, splits = [], [], []
    inside = None

    def brk():
        nonlocal cur
        while cur and cur[-1] == "":
            cur.pop()
        pages.append(cur)
        cur = []
        if inside:
            splits.append(inside[0])
            if inside[1]:
                cur.append(inside[1])

    for it in items:
        if isinstance(it, tuple):
            if it[0] == "BRK":
                brk()
            elif it[0] == "IN":
                inside = (it[1], it[2])
            elif it[0] == "OUT":
                inside = None
            continue
        if lpp and len(cur) >= lpp:
            brk()
        if it == "" and not cur:
            continue
        cur.append(it)
    if cur:
        pages.append(cur)
    return pages, splits


def render_txt(res, path):
    o = res["o"]
    pages, splits = paginate(txt_lines(res), o.get("lpp"))
    n = len(pages)
    skip = o.get("num_skip", 0)
    chunks = []
    for i, pg in enumerate(pages):
        p, nn = i + 1 - skip, n - skip
        lines = []
        if o.get("rh") and i + 1 >= o.get("rh_from", 2):
            lines += [fill(o["rh"], res, p, nn), ""]
        lines += pg
        if o.get("ft") and i + 1 > skip:
            lines += ["", fill(o["ft"], res, p, nn)]
        chunks.append("\n".join(lines))
    sep = o.get("pagesep", "\n\f")
    text = (sep + "\n").join(chunks) + "\n"
    with open(path, "w", encoding="utf-8", newline=o.get("newline", "\n")) as fh:
        fh.write(text)
    return {"pages": n, "splits": splits}


def render_md(res, path):
    o = res["o"]
    out = []
    bul = o.get("bul", "-")
    if res.get("letter"):
        L = res["letter"]
        out += [f"**{L['head'][0]}**  "] + [f"{x}  " for x in L["head"][1:]] + [""]
        if L.get("date"):
            out += [L["date"], ""]
        out += [f"{x}  " for x in L.get("to", [])] + [""]
        if L.get("re"):
            out += [f"**{L['re']}**", ""]
        out += [L["sal"], ""]
        for p in L["paras"]:
            out += [p, ""]
        out += [f"{x}  " for x in L["close"]]
        out.append(("BRK",))
    out += [f"# {res['name']}", ""]
    if o.get("headline"):
        out += [f"_{o['headline']}_", ""]
    out += [o.get("mdcontact_join", " · ").join(res["contact"]), ""]
    for blk in res["body"]:
        kind = blk[0]
        if kind == "break":
            out.append(("BRK",))
            continue
        if blk[1]:
            out += ["", f"{o.get('mdh', '##')} {blk[1]}", ""]
        if kind == "jobs":
            prev = None
            for e in blk[2]:
                d = dates(e, o)
                st = o.get("mdentry", "h3")
                if st == "h3":
                    out += [f"### {e.title} — {e.org}" if e.org else f"### {e.title}",
                            f"*{e.loc + ' · ' if e.loc else ''}{d}*", ""]
                elif st == "bold":
                    out += [f"**{e.title}**, {orgloc(e)}  ", f"_{d}_", ""]
                elif st == "orgfirst":
                    if e.org != prev:
                        out += [f"### {orgloc(e)}", ""]
                    out += [f"**{e.title}** | {d}", ""]
                prev = e.org
                out.append(("IN", e.title, cont_text(o, e, blk[1])))
                if e.prose:
                    out += [" ".join(e.bullets), ""]
                else:
                    for i, b in enumerate(e.bullets):
                        if e.brk == i:
                            out.append(("BRK",))
                        out.append(f"{bul} {b}")
                    out.append("")
                out.append(("OUT",))
        elif kind == "para":
            for p in blk[2]:
                out += [p, ""]
        elif kind == "list":
            out += [f"{bul} {p}" for p in blk[2]] + [""]
        elif kind == "lines":
            out += [f"{p}  " for p in blk[2]] + [""]
        elif kind == "refs":
            for grp in blk[2]:
                out += [f"**{grp[0]}**  "] + [f"{x}  " for x in grp[1:]] + [""]
    pages, splits = paginate(out, None)
    n = len(pages)
    chunks = []
    for i, pg in enumerate(pages):
        lines = []
        if o.get("rh") and i + 1 >= o.get("rh_from", 2):
            lines += [fill(o["rh"], res, i + 1, n), ""]
        lines += pg
        if o.get("ft"):
            lines += ["", fill(o["ft"], res, i + 1, n)]
        chunks.append("\n".join(lines))
    text = ("\n\n" + o.get("mdsep", "---") + "\n\n").join(chunks) + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return {"pages": n, "splits": splits}


def render_html(res, path):
    o = res["o"]
    H = html.escape
    out = []
    bul = o.get("bul")
    if res.get("letter"):
        L = res["letter"]
        out.append('<div class="letter">')
        out.append("<p class=\"from\">" + "<br>".join(H(x) for x in L["head"]) + "</p>")
        if L.get("date"):
            out.append(f"<p>{H(L['date'])}</p>")
        out.append("<p>" + "<br>".join(H(x) for x in L.get("to", [])) + "</p>")
        if L.get("re"):
            out.append(f"<p><strong>{H(L['re'])}</strong></p>")
        out.append(f"<p>{H(L['sal'])}</p>")
        out += [f"<p>{H(p)}</p>" for p in L["paras"]]
        out.append("<p>" + "<br>".join(H(x) for x in L["close"]) + "</p>")
        out.append("</div>")
        out.append(("BRK",))
    out.append(f'<h1>{H(res["name"])}</h1>')
    if o.get("headline"):
        out.append(f'<p class="headline">{H(o["headline"])}</p>')
    out.append('<p class="contact">' + " &middot; ".join(H(c) for c in res["contact"]) + "</p>")
    for blk in res["body"]:
        kind = blk[0]
        if kind == "break":
            out.append(("BRK",))
            continue
        if blk[1]:
            out.append(f"<h2>{H(blk[1])}</h2>")
        if kind == "jobs":
            prev = None
            for e in blk[2]:
                d = dates(e, o)
                st = o.get("hentry", "h3")
                if st == "h3":
                    out.append(f'<div class="job"><h3>{H(e.title)}</h3>')
                    if e.org:
                        out.append(f'<p class="meta"><span class="org">{H(e.org)}</span>'
                                   + (f", {H(e.loc)}" if e.loc else "")
                                   + f' <span class="dates">{H(d)}</span></p>')
                    else:
                        out.append(f'<p class="meta"><span class="dates">{H(d)}</span></p>')
                elif st == "dl":
                    if e.org != prev:
                        out.append(f'<div class="job"><h3>{H(orgloc(e))}</h3>')
                    else:
                        out.append('<div class="job">')
                    out.append(f'<p class="role"><b>{H(e.title)}</b> '
                               f'<span class="dates">{H(d)}</span></p>')
                elif st == "table":
                    out.append('<div class="job"><table class="jh"><tr>'
                               f'<td><b>{H(e.title)}</b><br><i>{H(orgloc(e))}</i></td>'
                               f'<td class="d">{H(d)}</td></tr></table>')
                prev = e.org
                out.append(("IN", e.title, cont_text(o, e, blk[1])))
                if e.prose:
                    out.append(f"<p>{H(' '.join(e.bullets))}</p>")
                else:
                    out.append("<ul>")
                    for i, b in enumerate(e.bullets):
                        if e.brk == i:
                            out += ["</ul>", "</div>", ("BRK",), '<div class="job">', "<ul>"]
                        pre = f"{H(bul)} " if bul else ""
                        out.append(f"<li>{pre}{H(b)}</li>")
                    out.append("</ul>")
                out.append("</div>")
                out.append(("OUT",))
        elif kind == "para":
            out += [f"<p>{H(p)}</p>" for p in blk[2]]
        elif kind == "list":
            out += ["<ul>"] + [f"<li>{H(p)}</li>" for p in blk[2]] + ["</ul>"]
        elif kind == "lines":
            out += [f"<p class=\"line\">{H(p)}</p>" for p in blk[2]]
        elif kind == "refs":
            for grp in blk[2]:
                out.append("<p class=\"ref\"><b>" + H(grp[0]) + "</b><br>"
                           + "<br>".join(H(x) for x in grp[1:]) + "</p>")
    # pages: continuation lines are turned into <p class="cont">
    pages, splits = paginate(out, None)
    n = len(pages)
    body = []
    for i, pg in enumerate(pages):
        body.append(f'<div class="page" id="page-{i + 1}">')
        if o.get("rh") and i + 1 >= o.get("rh_from", 2):
            body.append(f'<div class="running-head">{H(fill(o["rh"], res, i + 1, n))}</div>')
        for ln in pg:
            if not ln.startswith("<"):
                ln = f'<p class="cont"><em>{H(ln)}</em></p>'
            body.append(ln)
        if o.get("ft"):
            body.append(f'<div class="page-foot">{H(fill(o["ft"], res, i + 1, n))}</div>')
        body.append("</div>")
    css = o.get("css", "")
    doc = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{H(o.get('html_title', res['name'] + ' – CV'))}</title>",
           "<style>", css.strip(), "</style>", "</head>", "<body>"] + body + ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(doc) + "\n")
    return {"pages": n, "splits": splits}


RENDERERS = {"rl": render_rl, "fp": render_fp, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(res, path):
    return RENDERERS[res["r"]](res, path)
