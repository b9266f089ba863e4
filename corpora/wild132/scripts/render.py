"""Renderers for wild132: reportlab canvas, fpdf2, python-docx, plain text, Markdown and HTML.

A résumé is a dict (see defs_a.py): name, contact lines, blocks, optional side blocks and an
options dict `opts` that picks the layout, entry-header order, date style, bullet glyph, fonts.
Block types: ('para', heading, text) ('list', heading, items) ('lines', heading, lines)
('kv', heading, [(k, v)]) ('jobs', heading, [E], {option overrides}) ('break',).
"""
import datetime
import html as htmlmod
import io
import os
import textwrap
import zipfile

from lib import date_text

FIXED_DT = datetime.datetime(2026, 10, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def org_loc(e, o, sep=None):
    sep = sep if sep is not None else o.get("olsep", ", ")
    return sep.join(p for p in (e.org, e.loc) if p)


def jopts(o, blk):
    if len(blk) > 3 and blk[3]:
        d = dict(o)
        d.update(blk[3])
        return d
    return o


def group_by_org(ents):
    groups = []
    for e in ents:
        if groups and groups[-1][0] == e.org and e.org is not None:
            groups[-1][1].append(e)
        else:
            groups.append((e.org, [e]))
    return groups


# =========================================================================== reportlab
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_RL_FONTS_DONE = False


def _rl_fonts():
    global _RL_FONTS_DONE
    if _RL_FONTS_DONE:
        return
    for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                     ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                     ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                     ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVC-I", "DejaVuSansCondensed-Oblique.ttf"),
                     ("DVC-BI", "DejaVuSansCondensed-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    _RL_FONTS_DONE = True


RL_FAM = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "dv": ("DV", "DV-B", "DV-I", "DV-BI"),
    "dvs": ("DVS", "DVS-B", "DVS-I", "DVS-BI"),
    "dvc": ("DVC", "DVC-B", "DVC-I", "DVC-BI"),
}


class RLFlow:
    def __init__(self, r, c, total):
        self.r, self.c, self.o = r, c, r["opts"]
        o = self.o
        self.W, self.H = LETTER if o.get("letter") else A4
        self.fam = RL_FAM[o.get("font", "helv")]
        self.size = o.get("size", 10)
        self.lead = o.get("lead", self.size * 1.28)
        self.ml, self.mr = o.get("ml", 54), o.get("mr", 54)
        self.mt, self.mb = o.get("mt", 54), o.get("mb", 54 if not o.get("footer") else 64)
        self.side = o.get("sidebar")  # 'left' / 'right' / None
        self.sw = o.get("sidew", 170)
        self.accent = HexColor(o.get("accent", "#1f3a5f"))
        self.total = total
        self.page = 1
        if self.side == "left":
            self.x, self.w = self.sw + 24, self.W - self.sw - 24 - self.mr
        elif self.side == "right":
            self.x, self.w = self.ml, self.W - self.sw - 24 - self.ml
        else:
            self.x, self.w = self.ml, self.W - self.ml - self.mr
        self.y = self.H - self.mt
        self._page_decor()

    # -- page furniture
    def _page_decor(self):
        c = self.c
        if self.side:
            c.saveState()
            c.setFillColor(HexColor(self.o.get("sidefill", "#e8edf2")))
            sx = 0 if self.side == "left" else self.W - self.sw
            c.rect(sx, 0, self.sw, self.H, stroke=0, fill=1)
            c.restoreState()

    def _footer(self):
        f = self.o.get("footer")
        if not f:
            return
        c = self.c
        txt = f.format(n=self.page, N=self.total or "?", name=self.r["name"])
        c.setFont(self.fam[2], 8)
        c.setFillColor(HexColor("#666666"))
        if self.o.get("footer_align", "c") == "c":
            c.drawCentredString(self.W / 2, 30, txt)
        else:
            c.drawRightString(self.W - self.mr, 30, txt)
        c.setFillColor(black)

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self._page_decor()
        self.y = self.H - self.mt
        rh = self.o.get("runhead")
        if rh:
            self.c.setFont(self.fam[2], 8)
            self.c.drawString(self.x, self.H - 34, rh.format(name=self.r["name"]))

    def finish(self):
        self._footer()
        self.c.showPage()

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    def gap(self, h):
        self.y -= h

    # -- text
    def line(self, text, style=0, size=None, x_off=0, right=None, rstyle=2, color=None, center=False):
        size = size or self.size
        lead = max(self.lead, size * 1.25)
        self.need(lead)
        self.y -= lead
        c = self.c
        if color:
            c.setFillColor(HexColor(color))
        c.setFont(self.fam[style], size)
        if center:
            c.drawCentredString(self.x + self.w / 2, self.y, text)
        else:
            c.drawString(self.x + x_off, self.y, text)
        if right:
            c.setFont(self.fam[rstyle], size if rstyle != 2 else size - 0.5)
            c.drawRightString(self.x + self.w, self.y, right)
        c.setFillColor(black)

    def wrap(self, text, style=0, size=None, x_off=0, bullet=None, indent=11, right=None, color=None):
        size = size or self.size
        font = self.fam[style]
        avail = self.w - x_off - (indent if bullet else 0)
        if right:
            avail_first = avail - pdfmetrics.stringWidth(right, self.fam[2], size) - 12
            first = simpleSplit(text, font, size, avail_first)
            if len(first) > 1:
                rest = simpleSplit(text[len(first[0]):].strip(), font, size, avail)
                lines = [first[0]] + rest
            else:
                lines = first
        else:
            lines = simpleSplit(text, font, size, avail)
        for i, ln in enumerate(lines):
            lead = max(self.lead, size * 1.25)
            self.need(lead)
            self.y -= lead
            c = self.c
            if color:
                c.setFillColor(HexColor(color))
            if bullet and i == 0:
                c.setFont(self.fam[0], size)
                c.drawString(self.x + x_off, self.y, bullet)
            c.setFont(font, size)
            c.drawString(self.x + x_off + (indent if bullet else 0), self.y, ln)
            if right and i == 0:
                c.setFont(self.fam[2], size - 0.5)
                c.drawRightString(self.x + self.w, self.y, right)
            c.setFillColor(black)

    def heading(self, text):
        hs = self.o.get("hstyle", "rule")
        c = self.c
        self.gap(self.o.get("hgap", 8))
        if hs == "rule":
            self.need(30)
            self.line(text.upper(), 1, self.size + 1.5, color=self.o.get("hcolor"))
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.7)
            c.line(self.x, self.y - 4, self.x + self.w, self.y - 4)
            self.gap(8)
        elif hs == "band":
            self.need(30)
            self.y -= self.size + 9
            c.setFillColor(self.accent)
            c.rect(self.x - 3, self.y - 4, self.w + 6, self.size + 8, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(self.fam[1], self.size + 1)
            c.drawString(self.x + 2, self.y, text)
            c.setFillColor(black)
            self.gap(6)
        elif hs == "color":
            self.need(30)
            self.line(text, 1, self.size + 3, color=self.o.get("accent", "#1f3a5f"))
            self.gap(3)
        else:  # plain bold
            self.need(30)
            self.line(text, 1, self.size + 1)
            self.gap(2)


def rl_entry(f, e, o, first_in_group=True):
    hdr = o.get("hdr", "title_org")
    d = date_text(e, o)
    s = f.size
    b = o.get("bullet", "•")
    if hdr == "title_org":
        f.wrap(e.title, 1, s + 0.5, right=d)
        ol = org_loc(e, o)
        if ol:
            f.wrap(ol, 2, s)
    elif hdr == "org_title":
        f.wrap(org_loc(e, o) or "", 1, s + 0.5, right=d)
        f.wrap(e.title, 2, s)
    elif hdr == "pipe":
        f.wrap(" | ".join(p for p in (e.title, e.org, e.loc) if p), 1, s, right=d)
    elif hdr == "dateline":
        f.wrap(e.title, 1, s + 0.5)
        ol = org_loc(e, o)
        if ol:
            f.wrap(ol, 0, s)
        f.line(d, 2, s - 0.5, color="#555555")
    elif hdr == "dash":
        ol = org_loc(e, o)
        f.wrap(f"{e.title} – {ol} ({d})" if ol else f"{e.title} ({d})", 1, s)
    elif hdr == "datecol":
        # dates in a left column, title/org to the right
        col = o.get("datecolw", 92)
        y0 = f.y
        f.need(f.lead * 2)
        y0 = f.y
        f.c.setFont(f.fam[0], s - 0.5)
        f.c.setFillColor(HexColor("#444444"))
        for i, part in enumerate(d.split("\n")):
            f.c.drawString(f.x, y0 - f.lead * (i + 1), part)
        f.c.setFillColor(black)
        f.wrap(e.title, 1, s + 0.5, x_off=col)
        ol = org_loc(e, o)
        if ol:
            f.wrap(ol, 2, s, x_off=col)
        if e.note:
            f.wrap(e.note, 0, s - 1, x_off=col, color="#555555")
        _rl_bullets(f, e, o, col)
        return
    elif hdr == "orgrole":  # used inside orgfirst groups
        f.wrap(e.title, 3, s, right=d)
    if e.note:
        f.wrap(e.note, 2, s - 1, color="#555555")
    _rl_bullets(f, e, o, 0)


def _rl_bullets(f, e, o, x_off):
    b = o.get("bullet", "•")
    if e.prose and e.bullets:
        f.wrap(" ".join(e.bullets), 0, f.size - 0.3, x_off=x_off)
    else:
        for t in e.bullets:
            f.wrap(t, 0, f.size - 0.3, x_off=x_off + o.get("bindent", 6), bullet=b)


def rl_block(f, blk, o):
    typ = blk[0]
    if typ == "break":
        f.new_page()
        return
    head = blk[1]
    if head:
        f.heading(head)
    if typ == "para":
        f.wrap(blk[2], 0)
    elif typ == "lines":
        for ln in blk[2]:
            f.wrap(ln, 0)
    elif typ == "list":
        for ln in blk[2]:
            f.wrap(ln, 0, bullet=o.get("bullet", "•"), x_off=4)
    elif typ == "kv":
        kw = o.get("kvw", 110)
        for k, v in blk[2]:
            f.need(f.lead)
            f.c.setFont(f.fam[1], f.size)
            f.c.drawString(f.x, f.y - f.lead, k)
            f.wrap(v, 0, x_off=kw)
    elif typ == "jobs":
        jo = jopts(o, blk)
        if jo.get("hdr") == "orgfirst":
            for org, ents in group_by_org(blk[2]):
                f.gap(4)
                f.wrap(org_loc(ents[0], jo, " · ") if jo.get("orgloc_line", True) else org, 1, f.size + 0.5)
                for e in ents:
                    rl_entry(f, e, dict(jo, hdr="orgrole"))
                    f.gap(2)
        else:
            for e in blk[2]:
                f.gap(o.get("egap", 5))
                rl_entry(f, e, jo)


def rl_header(f, r, o):
    c = f.c
    hd = o.get("header", "center")
    name = r["name"]
    if f.side:
        # name + contact in the sidebar
        sx = 16 if f.side == "left" else f.W - f.sw + 16
        sw = f.sw - 32
        y = f.H - f.mt
        c.setFont(f.fam[1], 15)
        for ln in simpleSplit(name, f.fam[1], 15, sw):
            y -= 18
            c.drawString(sx, y, ln)
        if r.get("tagline"):
            c.setFont(f.fam[2], 9)
            for ln in simpleSplit(r["tagline"], f.fam[2], 9, sw):
                y -= 11.5
                c.drawString(sx, y, ln)
        y -= 8
        for blk in [("lines", o.get("contact_head", "Contact"), r["contact"])] + r.get("side", []):
            y -= 16
            c.setFont(f.fam[1], 9.5)
            c.setFillColor(f.accent)
            c.drawString(sx, y, blk[1].upper() if o.get("side_caps", True) else blk[1])
            c.setFillColor(black)
            y -= 3
            items = blk[2] if blk[0] != "kv" else [f"{k}: {v}" for k, v in blk[2]]
            for it in items:
                pre = "· " if blk[0] == "list" else ""
                for i, ln in enumerate(simpleSplit(pre + it, f.fam[0], 8.6, sw)):
                    y -= 11
                    c.setFont(f.fam[0], 8.6)
                    c.drawString(sx + (6 if i and pre else 0), y, ln)
        if o.get("side_title"):
            f.line(o["side_title"], 1, f.size + 6, color=o.get("accent"))
            f.gap(4)
        return
    if hd == "center":
        f.line(name, 1, o.get("namesize", 18), center=True)
        f.gap(3)
        for ln in r["contact"]:
            f.line(ln, 0, f.size - 0.5, center=True)
    elif hd == "left":
        f.line(name, 1, o.get("namesize", 20), color=o.get("accent"))
        if r.get("tagline"):
            f.line(r["tagline"], 2, f.size + 1)
        f.gap(2)
        for ln in r["contact"]:
            f.wrap(ln, 0, f.size - 0.5)
    elif hd == "split":
        # name left, contact lines right-aligned on the same rows
        top = f.y
        c.setFont(f.fam[1], o.get("namesize", 20))
        c.drawString(f.x, top - 22, name)
        if r.get("tagline"):
            c.setFont(f.fam[2], f.size + 0.5)
            c.drawString(f.x, top - 38, r["tagline"])
        c.setFont(f.fam[0], f.size - 1)
        yy = top
        for ln in r["contact"]:
            yy -= 12
            c.drawRightString(f.x + f.w, yy, ln)
        f.y = min(top - 44, yy - 6)
        c.setStrokeColor(f.accent)
        c.setLineWidth(1.4)
        c.line(f.x, f.y, f.x + f.w, f.y)
        f.gap(4)


def rl_render(r, path):
    _rl_fonts()
    buf = io.BytesIO()
    n = _rl_pass(r, buf, None)
    _rl_pass(r, path, n)


def _rl_pass(r, out, total):
    o = r["opts"]
    c = canvas.Canvas(out, pagesize=LETTER if o.get("letter") else A4, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(o.get("doctitle", f"{r['name']} CV"))
    c.setCreator(o.get("creator", "Writer"))
    f = RLFlow(r, c, total)
    rl_header(f, r, o)
    for blk in r["blocks"]:
        rl_block(f, blk, o)
    f.finish()
    c.save()
    return f.page


# =========================================================================== fpdf2
from fpdf import FPDF
from fpdf.enums import XPos, YPos


class _FP(FPDF):
    footer_text = None
    fam = "DV"
    rname = ""

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-13)
        self.set_font(self.fam, "I", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.footer_text.format(n=self.page_no(), N="{nb}", name=self.rname), align="C")
        self.set_text_color(0, 0, 0)


def _fp_fonts(pdf, fam):
    base = {"DV": "DejaVuSans", "DVS": "DejaVuSerif", "DVC": "DejaVuSansCondensed"}[fam]
    obl = "Italic" if fam == "DVS" else "Oblique"
    pdf.add_font(fam, "", os.path.join(FONT_DIR, base + ".ttf"))
    pdf.add_font(fam, "B", os.path.join(FONT_DIR, base + "-Bold.ttf"))
    pdf.add_font(fam, "I", os.path.join(FONT_DIR, f"{base}-{obl}.ttf"))
    pdf.add_font(fam, "BI", os.path.join(FONT_DIR, f"{base}-Bold{obl}.ttf"))


def fp_render(r, path):
    o = r["opts"]
    pdf = _FP(format="A4", unit="mm")
    fam = o.get("font", "DV")
    pdf.fam = fam
    pdf.rname = r["name"]
    pdf.footer_text = o.get("footer")
    _fp_fonts(pdf, fam)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(r["name"])
    pdf.set_title(o.get("doctitle", f"CV - {r['name']}"))
    pdf.set_creator(o.get("creator", "fpdf2"))
    pdf.set_producer("fpdf2")
    m = o.get("margin", 16)
    pdf.set_margins(m, o.get("mtop", 14), m)
    pdf.set_auto_page_break(True, margin=o.get("mbot", 16))
    pdf.add_page()
    size = o.get("size", 9.8)
    lh = o.get("lh", 4.7)
    acc = o.get("accent_rgb", (30, 60, 100))
    lay = o.get("layout", "left")
    W = pdf.w - 2 * m
    lab = o.get("labw", 42)  # label column for europass layout

    def room(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    def heading(t):
        pdf.ln(o.get("hgap", 3.5))
        room(18)
        if lay == "europass":
            y = pdf.get_y()
            pdf.set_font(fam, "", size + 1.5)
            pdf.set_text_color(*acc)
            pdf.set_x(m)
            pdf.multi_cell(lab - 4, 5.5, t.upper(), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y2 = pdf.get_y()
            pdf.set_draw_color(*acc)
            pdf.line(m + lab, y + 3.2, m + W, y + 3.2)
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(max(y + 7.5, y2 + 1.5))
            return
        hs = o.get("hstyle", "rule")
        if hs == "band":
            pdf.set_fill_color(*o.get("band_rgb", (225, 232, 240)))
            pdf.set_font(fam, "B", size + 1)
            pdf.cell(W, 6.5, "  " + t, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif hs == "center":
            pdf.set_font(fam, "B", size + 1.5)
            pdf.cell(W, 6, t.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y = pdf.get_y()
            pdf.set_draw_color(120, 120, 120)
            pdf.line(m + W / 2 - 20, y, m + W / 2 + 20, y)
            pdf.ln(2)
        else:
            pdf.set_font(fam, "B", size + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(W, 6, t.upper() if o.get("hcaps", True) else t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_draw_color(*acc)
            pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)

    def mc(text, style="", sz=None, x=None, w=None, align="L", h=None):
        pdf.set_font(fam, style, sz or size)
        pdf.set_x(x if x is not None else m)
        pdf.multi_cell(w if w is not None else W, h or lh, text, align=align,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def title_right(left, right, style="B", x=None, w=None):
        x = m if x is None else x
        w = W if w is None else w
        pdf.set_font(fam, "I", size - 0.5)
        rw = pdf.get_string_width(right) + 2
        pdf.set_font(fam, style, size + 0.4)
        if pdf.get_string_width(left) < w - rw - 3:
            y = pdf.get_y()
            pdf.set_x(x)
            pdf.cell(w - rw, lh + 0.6, left)
            pdf.set_font(fam, "I", size - 0.5)
            pdf.cell(rw, lh + 0.6, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            mc(left, style, size + 0.4, x=x, w=w - rw - 3)
            mc(right, "I", size - 0.5, x=x, w=w, align="R")

    def bullets(e, x, w):
        b = o.get("bullet", "•")
        if e.prose and e.bullets:
            mc(" ".join(e.bullets), "", size - 0.3, x=x, w=w)
            return
        for t in e.bullets:
            pdf.set_font(fam, "", size - 0.3)
            room(lh + 0.5)
            y = pdf.get_y()
            pdf.set_x(x + 2)
            pdf.cell(4, lh, b)
            pdf.set_xy(x + 6, y)
            pdf.multi_cell(w - 6, lh, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def entry(e, jo):
        hdr = jo.get("hdr", "title_org")
        d = date_text(e, jo)
        pdf.ln(o.get("egap", 2.2))
        room(3 * lh + 2)
        if lay == "europass":
            y = pdf.get_y()
            pdf.set_font(fam, "", size - 0.5)
            pdf.set_x(m)
            pdf.multi_cell(lab - 4, lh, d, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y2 = pdf.get_y()
            pdf.set_y(y)
            mc(e.title, "B", size + 0.5, x=m + lab, w=W - lab)
            ol = org_loc(e, jo)
            if ol:
                mc(ol, "", size, x=m + lab, w=W - lab)
            if e.note:
                mc(e.note, "I", size - 0.8, x=m + lab, w=W - lab)
            bullets(e, m + lab, W - lab)
            if pdf.get_y() < y2:
                pdf.set_y(y2)
            return
        if hdr == "title_org":
            title_right(e.title, d)
            ol = org_loc(e, jo)
            if ol:
                mc(ol, "I", size)
        elif hdr == "org_title":
            title_right(org_loc(e, jo), d)
            mc(e.title, "I", size)
        elif hdr == "pipe":
            title_right(" | ".join(p for p in (e.title, e.org, e.loc) if p), d)
        elif hdr == "dateline":
            mc(e.title, "B", size + 0.4)
            ol = org_loc(e, jo)
            if ol:
                mc(ol, "", size)
            mc(d, "I", size - 0.5)
        elif hdr == "dash":
            ol = org_loc(e, jo)
            mc(f"{e.title} — {ol}, {d}" if ol else f"{e.title}, {d}", "B", size)
        elif hdr == "orgrole":
            title_right(e.title, d, style="BI")
        if e.note:
            mc(e.note, "I", size - 0.8)
        bullets(e, m, W)

    # ---- header
    hd = o.get("header", "left")
    name = r["name"]
    if hd == "band":
        pdf.set_fill_color(*acc)
        pdf.rect(0, 0, pdf.w, 34, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(m, 8)
        pdf.set_font(fam, "B", 19)
        pdf.cell(W, 9, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(fam, "", size - 0.5)
        for ln in r["contact"]:
            pdf.cell(W, 4.6, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(38)
    elif hd == "center":
        pdf.set_font(fam, "B", 18)
        pdf.cell(W, 9, name, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if r.get("tagline"):
            mc(r["tagline"], "I", size + 0.5, align="C")
        for ln in r["contact"]:
            mc(ln, "", size - 0.5, align="C")
    elif hd == "europass":
        pdf.set_font(fam, "", size + 1.5)
        pdf.set_text_color(*acc)
        pdf.set_x(m)
        pdf.cell(lab - 4, 8, o.get("europass_label", "PERSONAL INFORMATION"), align="R")
        pdf.set_font(fam, "B", 16)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(W - lab, 8, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for ln in r["contact"]:
            mc(ln, "", size - 0.3, x=m + lab, w=W - lab)
    else:
        pdf.set_font(fam, "B", 20)
        pdf.set_text_color(*acc)
        pdf.cell(W, 10, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if r.get("tagline"):
            mc(r["tagline"], "B", size + 1)
        for ln in r["contact"]:
            mc(ln, "", size - 0.5)

    for blk in r["blocks"]:
        typ = blk[0]
        if typ == "break":
            pdf.add_page()
            continue
        if blk[1]:
            heading(blk[1])
        x0, w0 = (m + lab, W - lab) if lay == "europass" else (m, W)
        if typ == "para":
            mc(blk[2], "", size, x=x0, w=w0)
        elif typ == "lines":
            for ln in blk[2]:
                mc(ln, "", size, x=x0, w=w0)
        elif typ == "list":
            for ln in blk[2]:
                pdf.set_font(fam, "", size)
                room(lh + 0.5)
                y = pdf.get_y()
                pdf.set_x(x0 + 1)
                pdf.cell(4, lh, o.get("bullet", "•"))
                pdf.set_xy(x0 + 5, y)
                pdf.multi_cell(w0 - 5, lh, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif typ == "kv":
            kw = o.get("kvw", 38)
            for k, v in blk[2]:
                room(lh + 0.5)
                y = pdf.get_y()
                if lay == "europass":
                    pdf.set_font(fam, "", size - 0.3)
                    pdf.set_x(m)
                    pdf.cell(lab - 4, lh, k, align="R")
                    pdf.set_xy(m + lab, y)
                    pdf.multi_cell(W - lab, lh, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.set_font(fam, "B", size)
                    pdf.set_x(m)
                    pdf.cell(kw, lh, k)
                    pdf.set_font(fam, "", size)
                    pdf.multi_cell(W - kw, lh, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif typ == "jobs":
            jo = jopts(o, blk)
            if jo.get("hdr") == "orgfirst" and lay != "europass":
                for org, ents in group_by_org(blk[2]):
                    pdf.ln(2.5)
                    title_right(org, ents[0].loc or "", style="B")
                    for e in ents:
                        entry(e, dict(jo, hdr="orgrole"))
            else:
                for e in blk[2]:
                    entry(e, jo)
    pdf.output(path)


# =========================================================================== python-docx
import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def _shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _bottom_border(par, color="1F3A5F"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "6")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), color)
    bdr.append(bot)
    pPr.append(bdr)


def _cell_width(cell, cm):
    cell.width = Cm(cm)


class DocxW:
    """Writes blocks into a container (Document or table cell)."""

    def __init__(self, doc, r, box=None, width_cm=17.0):
        self.doc, self.r, self.o = doc, r, r["opts"]
        self.box = box if box is not None else doc
        self.wcm = width_cm

    def p(self, text="", style=None, bold=False, italic=False, size=None, align=None, space_after=None,
          color=None):
        par = self.box.add_paragraph(style=style) if style else self.box.add_paragraph()
        if text:
            run = par.add_run(text)
            run.bold, run.italic = bold or None, italic or None
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
        if align:
            par.alignment = align
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def heading(self, text):
        hs = self.o.get("dhead", "style")
        if hs == "style" and self.box is self.doc:
            self.doc.add_heading(text, level=self.o.get("hlevel", 1))
        elif hs == "caps_rule":
            par = self.p(text.upper(), bold=True, size=11, space_after=4, color=self.o.get("dcolor", "1F3A5F"))
            par.paragraph_format.space_before = Pt(10)
            _bottom_border(par, self.o.get("dcolor", "1F3A5F"))
        else:
            par = self.p(text, bold=True, size=12, space_after=3, color=self.o.get("dcolor"))
            par.paragraph_format.space_before = Pt(9)

    def tabline(self, left, right, lbold=True, litalic=False, ritalic=False, rbold=False):
        par = self.box.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Cm(self.wcm), WD_TAB_ALIGNMENT.RIGHT)
        par.paragraph_format.space_after = Pt(0)
        ru = par.add_run(left)
        ru.bold, ru.italic = lbold or None, litalic or None
        par.add_run("\t")
        r2 = par.add_run(right)
        r2.italic = ritalic or None
        r2.bold = rbold or None
        return par

    def bullets(self, e):
        o = self.o
        if e.prose and e.bullets:
            self.p(" ".join(e.bullets), space_after=4)
            return
        glyph = o.get("dbullet")  # None -> List Bullet style
        for t in e.bullets:
            if glyph is None:
                par = self.box.add_paragraph(t, style="List Bullet")
            else:
                par = self.box.add_paragraph(f"{glyph}\t{t}" if o.get("dbtab") else f"{glyph} {t}")
                par.paragraph_format.left_indent = Cm(0.6)
                par.paragraph_format.first_line_indent = Cm(-0.4)
            par.paragraph_format.space_after = Pt(1)

    def entry(self, e, jo):
        hdr = jo.get("hdr", "title_org")
        d = date_text(e, jo)
        if hdr == "title_org":
            self.tabline(e.title, d, ritalic=True)
            ol = org_loc(e, jo)
            if ol:
                self.p(ol, italic=True, space_after=2)
        elif hdr == "org_title":
            self.tabline(org_loc(e, jo), d, rbold=True)
            self.p(e.title, italic=True, space_after=2)
        elif hdr == "pipe":
            self.tabline(" | ".join(p for p in (e.title, e.org, e.loc) if p), d)
        elif hdr == "styles":  # Heading 3 title, org line, date line
            if self.box is self.doc:
                self.doc.add_heading(e.title, level=3)
            else:
                self.p(e.title, bold=True)
            ol = org_loc(e, jo)
            self.p(f"{ol}{jo.get('odsep', '  |  ')}{d}" if ol else d, italic=True, space_after=2)
        elif hdr == "dateline":
            self.p(e.title, bold=True, space_after=0)
            ol = org_loc(e, jo)
            if ol:
                self.p(ol, space_after=0)
            self.p(d, italic=True, space_after=2, color="555555")
        elif hdr == "table":
            t = self.box.add_table(rows=1, cols=2)
            _no_borders(t)
            t.autofit = False
            lw = self.wcm * 0.68
            c0, c1 = t.rows[0].cells
            _cell_width(c0, lw)
            _cell_width(c1, self.wcm - lw)
            p0 = c0.paragraphs[0]
            p0.add_run(e.title).bold = True
            ol = org_loc(e, jo)
            if ol:
                p0.add_run("\n" + ol).italic = True
            p1 = c1.paragraphs[0]
            p1.add_run(d)
            p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if e.bullets or e.note:
                row = t.add_row()
                mcell = row.cells[0].merge(row.cells[1])
                inner = DocxW(self.doc, self.r, mcell, self.wcm)
                first = True
                if e.note:
                    mcell.paragraphs[0].add_run(e.note).italic = True
                    first = False
                if e.prose:
                    if first:
                        mcell.paragraphs[0].add_run(" ".join(e.bullets))
                    else:
                        inner.p(" ".join(e.bullets))
                else:
                    for i, b in enumerate(e.bullets):
                        txt = f"{jo.get('dbullet') or '•'} {b}"
                        if first and i == 0:
                            mcell.paragraphs[0].add_run(txt)
                        else:
                            inner.p(txt, space_after=0)
            self.p("", space_after=2)
            return
        elif hdr == "orgrole":
            self.tabline(e.title, d, lbold=False, litalic=True)
        if e.note:
            self.p(e.note, italic=True, size=9, space_after=1)
        self.bullets(e)
        if jo.get("egap_par"):
            self.p("", space_after=0)

    def block(self, blk):
        o = self.o
        typ = blk[0]
        if typ == "break":
            self.box.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            return
        if blk[1]:
            self.heading(blk[1])
        if typ == "para":
            self.p(blk[2], space_after=4)
        elif typ == "lines":
            for ln in blk[2]:
                self.p(ln, space_after=1)
        elif typ == "list":
            for ln in blk[2]:
                if o.get("dbullet") is None and self.box is self.doc:
                    self.box.add_paragraph(ln, style="List Bullet")
                else:
                    self.p(f"{o.get('dbullet') or '•'} {ln}", space_after=1)
        elif typ == "kv":
            if o.get("kvtable"):
                t = self.box.add_table(rows=0, cols=2)
                if o.get("kvgrid"):
                    t.style = "Table Grid"
                for k, v in blk[2]:
                    row = t.add_row().cells
                    row[0].text = k
                    row[1].text = v
                    row[0].paragraphs[0].runs[0].bold = True
            else:
                for k, v in blk[2]:
                    par = self.box.add_paragraph()
                    par.paragraph_format.space_after = Pt(1)
                    par.add_run(f"{k}: ").bold = True
                    par.add_run(v)
        elif typ == "jobs":
            jo = jopts(o, blk)
            if jo.get("hdr") == "orgfirst":
                for org, ents in group_by_org(blk[2]):
                    self.tabline(org.upper() if jo.get("orgcaps") else org, ents[0].loc or "", rbold=False)
                    for e in ents:
                        self.entry(e, dict(jo, hdr="orgrole"))
            else:
                for e in blk[2]:
                    self.entry(e, jo)


def _docx_base(r):
    o = r["opts"]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = o.get("dfont", "Calibri")
    st.font.size = Pt(o.get("dsize", 10.5))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    mar = o.get("dmargin", 2.0)
    sec.left_margin = sec.right_margin = Cm(mar)
    sec.top_margin = sec.bottom_margin = Cm(o.get("dmtop", 1.8))
    cp = d.core_properties
    cp.author = o.get("dauthor", r["name"])
    cp.last_modified_by = o.get("dauthor", r["name"])
    cp.title = o.get("doctitle", "Curriculum Vitae")
    cp.created = datetime.datetime(2026, 9, 28, 18, 4, 0)
    cp.modified = datetime.datetime(2026, 10, 14, 9, 30, 0)
    cp.last_printed = datetime.datetime(2026, 10, 14, 9, 0, 0)
    cp.revision = o.get("revision", 3)
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return d


def docx_render(r, path):
    o = r["opts"]
    d = _docx_base(r)
    lay = o.get("layout", "plain")
    width = 21.0 - 2 * o.get("dmargin", 2.0)
    W = DocxW(d, r, width_cm=width)
    # ---- header area
    if lay == "header":
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = ""
        ru = hp.add_run(r["name"])
        ru.bold = True
        ru.font.size = Pt(14)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("hcenter", True) else None
        h2 = sec.header.add_paragraph(" · ".join(r["contact"]))
        h2.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("hcenter", True) else None
        if o.get("docfooter"):
            sec.footer.paragraphs[0].text = o["docfooter"].format(name=r["name"])
            sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("tagline"):
            W.p(r["tagline"], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        for blk in r["blocks"]:
            W.block(blk)
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        sw = o.get("sidecm", 5.6)
        left, right = t.rows[0].cells
        _cell_width(left, sw)
        _cell_width(right, width - sw)
        _shade(left, o.get("sidefill", "DCE6F0"))
        S = DocxW(d, r, left, sw - 0.4)
        left.paragraphs[0].add_run(r["name"]).bold = True
        left.paragraphs[0].runs[0].font.size = Pt(16)
        if r.get("tagline"):
            S.p(r["tagline"], italic=True)
        S.p("")
        S.p(o.get("contact_head", "Contact"), bold=True, color=o.get("dcolor", "1F3A5F"))
        for ln in r["contact"]:
            S.p(ln, size=9, space_after=1)
        for blk in r.get("side", []):
            S.p("")
            S.p(blk[1], bold=True, color=o.get("dcolor", "1F3A5F"))
            items = blk[2] if blk[0] != "kv" else [f"{k} – {v}" for k, v in blk[2]]
            for it in items:
                S.p(("• " if blk[0] == "list" else "") + it, size=9, space_after=1)
        M = DocxW(d, r, right, width - sw - 0.4)
        first = True
        for blk in r["blocks"]:
            if first and blk[1]:
                right.paragraphs[0].add_run(blk[1].upper() if o.get("dhead") == "caps_rule" else blk[1]).bold = True
                if o.get("dhead") == "caps_rule":
                    _bottom_border(right.paragraphs[0], o.get("dcolor", "1F3A5F"))
                blk = (blk[0], None) + tuple(blk[2:])
            first = False
            M.block(blk)
    else:
        nm = d.add_paragraph()
        run = nm.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(o.get("namesize", 18))
        if o.get("center"):
            nm.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if o.get("title_style"):
            nm.style = d.styles["Title"]
        if r.get("tagline"):
            W.p(r["tagline"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER if o.get("center") else None)
        for ln in r["contact"]:
            W.p(ln, space_after=0, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if o.get("center") else None)
        if o.get("docfooter"):
            sec = d.sections[0]
            sec.footer.paragraphs[0].text = o["docfooter"].format(name=r["name"])
        for blk in r["blocks"]:
            W.block(blk)
    tmp = io.BytesIO()
    d.save(tmp)
    _fix_zip(tmp.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# =========================================================================== text-like
def _w(text, width, indent="", sub=None):
    if not width:
        return [indent + text]
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=sub if sub is not None else indent,
                         break_on_hyphens=False, break_long_words=False) or [indent]


def txt_render(r, path):
    o = r["opts"]
    L = []
    wid = o.get("wrap", 0)
    nl = o.get("newline", "\n")
    hs = o.get("thead", "caps")
    b = o.get("bullet", "-")
    if o.get("tname", "plain") == "caps":
        L.append(r["name"].upper())
    elif o.get("tname") == "boxed":
        L += ["=" * (len(r["name"]) + 4), f"  {r['name']}", "=" * (len(r["name"]) + 4)]
    else:
        L.append(r["name"])
    if r.get("tagline"):
        L.append(r["tagline"])
    L += r["contact"]

    def heading(t):
        L.append("")
        if hs == "caps":
            L.append(t.upper())
        elif hs == "underline":
            L.extend([t, o.get("uchar", "-") * len(t)])
        elif hs == "colon":
            L.append(t.upper() + ":")
        elif hs == "bracket":
            L.append(f"[ {t.upper()} ]")
        elif hs == "stars":
            L.append(f"*** {t} ***")
        else:
            L.append(t)
        if o.get("after_head_blank"):
            L.append("")

    def bl(e, ind=""):
        if e.prose and e.bullets:
            L.extend(_w(" ".join(e.bullets), wid, ind))
        else:
            for t in e.bullets:
                L.extend(_w(t, wid, f"{ind}{b} ", ind + " " * (len(b) + 1)))

    def entry(e, jo):
        hdr = jo.get("hdr", "title_org")
        d = date_text(e, jo)
        if hdr == "title_org":
            L.append(f"{e.title}{jo.get('tdsep', '    ')}{d}")
            ol = org_loc(e, jo)
            if ol:
                L.append(ol)
        elif hdr == "org_title":
            L.append(f"{org_loc(e, jo)}{jo.get('tdsep', '    ')}{d}")
            L.append(e.title)
        elif hdr == "dash":
            ol = org_loc(e, jo)
            L.extend(_w(f"{e.title} - {ol}  ({d})" if ol else f"{e.title}  ({d})", wid))
        elif hdr == "inline":
            L.extend(_w(", ".join(p for p in (e.title, e.org, e.loc, d) if p), wid))
        elif hdr == "pipe":
            L.append(" | ".join(p for p in (e.title, e.org, e.loc, d) if p))
        elif hdr == "dateline":
            L.append(e.title)
            ol = org_loc(e, jo)
            if ol:
                L.append(ol)
            L.append(d)
        elif hdr == "indeed":
            L.append(e.title)
            ol = org_loc(e, jo, " - ")
            if ol:
                L.append(ol)
            L.append(d)
        elif hdr == "colon":  # Gulf / South-Asian "Designation : ..." blocks
            lab = jo.get("labels", ("Designation", "Company", "Duration"))
            L.append(f"{lab[1]:<13}: {org_loc(e, jo)}")
            L.append(f"{lab[0]:<13}: {e.title}")
            L.append(f"{lab[2]:<13}: {d}")
            if e.bullets:
                L.append(jo.get("resp_label", "Responsibilities:"))
        elif hdr == "datefirst":
            L.append(f"{d}{jo.get('tdsep', '   ')}{e.title}")
            ol = org_loc(e, jo)
            if ol:
                L.append(" " * jo.get("dfi", 0) + ol)
        elif hdr == "orgrole":
            L.append(f"{jo.get('roleind', '  ')}{e.title}{jo.get('tdsep', ', ')}{d}")
        if e.note:
            L.extend(_w(e.note, wid, jo.get("noteind", "")))
        bl(e, jo.get("bind", ""))
        if jo.get("egap", True):
            L.append("")

    for blk in r["blocks"]:
        typ = blk[0]
        if typ == "break":
            continue
        if blk[1]:
            heading(blk[1])
        if typ == "para":
            L.extend(_w(blk[2], wid))
        elif typ == "lines":
            for ln in blk[2]:
                L.extend(_w(ln, wid))
        elif typ == "list":
            for ln in blk[2]:
                L.extend(_w(ln, wid, f"{b} ", "  "))
        elif typ == "kv":
            kw = max(len(k) for k, _ in blk[2]) + 1
            for k, v in blk[2]:
                L.append(f"{k:<{kw}}: {v}" if o.get("kvpad", True) else f"{k}: {v}")
        elif typ == "jobs":
            jo = jopts(o, blk)
            if jo.get("hdr") == "orgfirst":
                for org, ents in group_by_org(blk[2]):
                    loc = ents[0].loc
                    L.append(f"{org.upper() if jo.get('orgcaps') else org}{', ' + loc if loc else ''}")
                    for e in ents:
                        entry(e, dict(jo, hdr="orgrole"))
            elif jo.get("hdr") == "table":
                cols = jo["cols"]  # list of (label, fn, width)
                L.append("  ".join(f"{lab:<{w}}" for lab, _, w in cols).rstrip())
                L.append("  ".join("-" * w for _, _, w in cols))
                for e in blk[2]:
                    L.append("  ".join(f"{fn(e):<{w}}" for _, fn, w in cols).rstrip())
                L.append("")
                for e in blk[2]:
                    if e.bullets:
                        L.append(jo.get("duties_head", "{title} ({dt}):").format(title=e.title, dt=date_text(e, jo), note=e.note or ""))
                        bl(e, "  ")
                L.append("")
            else:
                for e in blk[2]:
                    entry(e, jo)
    while L and L[-1] == "":
        L.pop()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(nl.join(L) + nl)


def md_render(r, path):
    o = r["opts"]
    L = []
    b = o.get("bullet", "-")
    L.append(f"# {r['name']}")
    L.append("")
    if r.get("tagline"):
        L += [f"**{r['tagline']}**", ""]
    if o.get("contact_inline"):
        L.append(" | ".join(r["contact"]))
    else:
        for c in r["contact"]:
            L.append(c + "  ")
    hl = o.get("mdh", "##")
    for blk in r["blocks"]:
        typ = blk[0]
        if typ == "break":
            L += ["", "---"]
            continue
        if blk[1]:
            L += ["", f"{hl} {blk[1]}", ""]
        if typ == "para":
            L.append(blk[2])
        elif typ == "lines":
            for ln in blk[2]:
                L.append(ln + "  ")
        elif typ == "list":
            for ln in blk[2]:
                L.append(f"{b} {ln}")
        elif typ == "kv":
            if o.get("kvtable"):
                L += [f"| {o.get('kvhead', ('', ''))[0]} | {o.get('kvhead', ('', ''))[1]} |", "|---|---|"]
                for k, v in blk[2]:
                    L.append(f"| {k} | {v} |")
            else:
                for k, v in blk[2]:
                    L.append(f"- **{k}:** {v}")
        elif typ == "jobs":
            jo = jopts(o, blk)
            hdr = jo.get("hdr", "h3")
            for e in blk[2]:
                d = date_text(e, jo)
                ol = org_loc(e, jo)
                if hdr == "h3":
                    L.append(f"### {e.title}{' — ' + ol if ol else ''}")
                    L.append(f"*{d}*")
                elif hdr == "h3org":
                    L.append(f"### {ol}")
                    L.append(f"**{e.title}** · {d}")
                elif hdr == "bold":
                    L.append(f"**{e.title}**, {ol} ({d})" if ol else f"**{e.title}** ({d})")
                elif hdr == "table":
                    L.append(f"**{e.title}**  ")
                    L.append(f"{ol}  ")
                    L.append(f"_{d}_")
                if e.note:
                    L.append(f"_{e.note}_")
                L.append("")
                if e.prose and e.bullets:
                    L.append(" ".join(e.bullets))
                else:
                    for t in e.bullets:
                        L.append(f"{b} {t}")
                L.append("")
            while L and L[-1] == "":
                L.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L).rstrip() + "\n")


def html_render(r, path):
    o = r["opts"]
    esc = htmlmod.escape
    H = []
    css = o.get("css", "body{font-family:Arial,sans-serif;max-width:820px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".d{float:right;color:#555}.job{margin-bottom:12px}")
    H.append("<!DOCTYPE html>")
    H.append(f'<html lang="{o.get("lang", "en")}">')
    H.append("<head>")
    H.append('<meta charset="utf-8">')
    H.append(f"<title>{esc(o.get('doctitle', r['name'] + ' – CV'))}</title>")
    H.append(f"<style>{css}</style>")
    H.append("</head>")
    H.append("<body>")
    lay = o.get("layout", "plain")
    if lay == "grid":
        H.append('<div class="wrap"><aside class="side">')
        H.append(f"<h1>{esc(r['name'])}</h1>")
        if r.get("tagline"):
            H.append(f'<p class="tag">{esc(r["tagline"])}</p>')
        H.append(f"<h3>{esc(o.get('contact_head', 'Contact'))}</h3>")
        H.append("<ul class='c'>" + "".join(f"<li>{esc(c)}</li>" for c in r["contact"]) + "</ul>")
        for blk in r.get("side", []):
            H.append(f"<h3>{esc(blk[1])}</h3>")
            items = blk[2] if blk[0] != "kv" else [f"{k}: {v}" for k, v in blk[2]]
            H.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        H.append('</aside><main class="main">')
    else:
        H.append('<header>')
        H.append(f"<h1>{esc(r['name'])}</h1>")
        if r.get("tagline"):
            H.append(f'<p class="tag">{esc(r["tagline"])}</p>')
        H.append('<p class="contact">' + " &middot; ".join(esc(c) for c in r["contact"]) + "</p>")
        H.append("</header>")
    for blk in r["blocks"]:
        typ = blk[0]
        if typ == "break":
            continue
        H.append("<section>")
        if blk[1]:
            H.append(f"<h2>{esc(blk[1])}</h2>")
        if typ == "para":
            H.append(f"<p>{esc(blk[2])}</p>")
        elif typ == "lines":
            H.append("<p>" + "<br>\n".join(esc(x) for x in blk[2]) + "</p>")
        elif typ == "list":
            H.append("<ul>" + "".join(f"\n<li>{esc(x)}</li>" for x in blk[2]) + "\n</ul>")
        elif typ == "kv":
            H.append("<table class='kv'>" + "".join(
                f"\n<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in blk[2]) + "\n</table>")
        elif typ == "jobs":
            jo = jopts(o, blk)
            hdr = jo.get("hdr", "title_org")
            for e in blk[2]:
                d = esc(date_text(e, jo))
                ol = esc(org_loc(e, jo))
                H.append('<div class="job">')
                if hdr == "title_org":
                    H.append(f'<h3>{esc(e.title)} <span class="d">{d}</span></h3>')
                    if ol:
                        H.append(f'<p class="org">{ol}</p>')
                elif hdr == "org_title":
                    H.append(f'<h3>{ol} <span class="d">{d}</span></h3>')
                    H.append(f'<p class="role">{esc(e.title)}</p>')
                elif hdr == "dl":
                    H.append(f'<dl><dt>{d}</dt><dd><strong>{esc(e.title)}</strong>'
                             f'{"<br>" + ol if ol else ""}</dd></dl>')
                elif hdr == "at":
                    H.append(f'<h3>{esc(e.title)} @ {esc(e.org or "")}</h3>')
                    H.append(f'<p class="meta">{d}{" | " + esc(e.loc) if e.loc else ""}</p>')
                if e.note:
                    H.append(f'<p class="note"><em>{esc(e.note)}</em></p>')
                if e.prose and e.bullets:
                    H.append(f"<p>{esc(' '.join(e.bullets))}</p>")
                elif e.bullets:
                    H.append("<ul>" + "".join(f"\n<li>{esc(x)}</li>" for x in e.bullets) + "\n</ul>")
                H.append("</div>")
        H.append("</section>")
    if lay == "grid":
        H.append("</main></div>")
    if o.get("html_footer"):
        H.append(f'<footer>{esc(o["html_footer"])}</footer>')
    H.append("</body>")
    H.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(H) + "\n")


RENDERERS = {"rl": rl_render, "fp": fp_render, "docx": docx_render, "txt": txt_render, "md": md_render,
             "html": html_render}


def render(r, outdir):
    path = os.path.join(outdir, r["file"])
    RENDERERS[r["render"]](r, path)
    return path
