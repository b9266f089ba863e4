"""Renderers for wild139: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every renderer works from one `lib.R`.  PDF and text renderers share a small list of layout
operations made by `ops()`; the DOCX and HTML renderers walk the sections themselves so that they
can use tables per job, nested tables and sidebars.
"""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import E, date_text

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 11, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# =========================================================== shared operations
def org_loc(e, sep=", "):
    if e.org and e.loc:
        return f"{e.org}{sep}{e.loc}"
    return e.org or e.loc or ""


def _dist_ops(R, it, ind=0):
    mode = R.o.get("dist", "left" if R.hdr == "datefirst" else "right")
    if isinstance(it, str):
        return [dict(t="p", text=it, s="n", ind=ind)]
    k = it[0]
    if k == "b":
        return [dict(t="bul", g=R.o.get("dglyph", R.glyph), text=it[1], ind=ind)]
    if k == "s":
        return [dict(t="p", text=it[1], s="b", ind=ind)]
    if k == "i":
        return [dict(t="p", text=it[1], s="i", ind=ind)]
    if k == "d":
        d, text = it[1], it[2]
        if mode == "left":
            return [dict(t="dated", d=d, lines=[(text, "n")])]
        if mode == "inline":
            return [dict(t="p", text=f"{text}, {d}", s="n", ind=ind)]
        if mode == "paren":
            return [dict(t="p", text=f"{text} ({d})", s="n", ind=ind)]
        if mode == "lead":
            return [dict(t="p", text=f"{d}  {text}", s="n", ind=ind)]
        return [dict(t="row", l=text, r=d, ls="n", ind=ind)]
    raise ValueError(it)


def entry_ops(R, e, group_head=False):
    d = date_text(e, R)
    h = R.hdr
    ol = org_loc(e, R.o.get("olsep", ", "))
    ops = []
    ind = 0
    if h == "title_org":
        ops.append(dict(t="row", l=e.title, r=d, ls=R.o.get("ts", "b"), ind=0))
        if ol:
            ops.append(dict(t="p", text=ol, s=R.o.get("os", "i"), ind=0))
    elif h == "org_title":
        ops.append(dict(t="row", l=ol or e.title, r=d, ls="b", ind=0))
        if ol:
            ops.append(dict(t="p", text=e.title, s="i", ind=0))
    elif h == "dateline":
        ops.append(dict(t="p", text=e.title, s="b", ind=0))
        if ol:
            ops.append(dict(t="p", text=ol, s="n", ind=0))
        ops.append(dict(t="p", text=d, s="i", ind=0))
    elif h == "dash":
        dash = R.o.get("dash", "–")
        left = f"{e.title} {dash} {ol}" if ol else e.title
        ops.append(dict(t="row", l=left, r=d, ls=R.o.get("ts", "b"), ind=0))
    elif h == "pipe":
        parts = [e.title] + [x for x in (e.org, e.loc) if x]
        ops.append(dict(t="row", l=" | ".join(parts), r=d, ls=R.o.get("ts", "b"), ind=0))
    elif h == "inline":
        parts = [e.title] + [x for x in (e.org, e.loc) if x] + [d]
        ops.append(dict(t="p", text=", ".join(parts), s=R.o.get("ts", "b"), ind=0))
    elif h == "datefirst":
        lines = [(e.title, "b")]
        if ol:
            lines.append((ol, R.o.get("os", "n")))
        ops.append(dict(t="dated", d=d, lines=lines))
        ind = 1
    elif h == "kv":
        labels = R.o.get("kv", (("Organisation", "org"), ("Designation", "title"), ("Duration", "date")))
        w = max(len(k) for k, _ in labels)
        val = {"org": ol, "title": e.title, "date": d}
        for k, f in labels:
            if val[f]:
                ops.append(dict(t="p", text=f"{k.ljust(w)} : {val[f]}", s="n", ind=0))
    elif h == "orgfirst":
        if group_head and ol:
            ops.append(dict(t="p", text=ol, s="b", ind=0))
        ops.append(dict(t="row", l=e.title, r=d, ls="i", ind=0))
    else:
        raise ValueError(h)
    if e.bullets:
        if e.prose:
            ops.append(dict(t="p", text=" ".join(e.bullets), s="n", ind=ind))
        else:
            for b in e.bullets:
                ops.append(dict(t="bul", g=R.glyph, text=b, ind=ind))
    ops.append(dict(t="gap", size=R.o.get("egap", 4)))
    return ops


def ops(R, with_side=False):
    out = []
    secs = list(R.secs)
    if with_side:
        secs = [(h, list(lines)) for h, lines in R.side] + secs
    for h, items in secs:
        out.append(dict(t="h", text=h))
        prev_org = object()
        for it in items:
            if isinstance(it, E):
                out += entry_ops(R, it, group_head=(it.org != prev_org))
                prev_org = it.org
            else:
                prev_org = object()
                out += _dist_ops(R, it)
    return out


# =========================================================== reportlab canvas
def _rl_fonts(base):
    if base == "Times":
        return {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
    if base == "Courier":
        return {"n": "Courier", "b": "Courier-Bold", "i": "Courier-Oblique", "bi": "Courier-BoldOblique"}
    return {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}


class _RL:
    def __init__(self, R, out, total):
        from reportlab.lib.pagesizes import A4, letter
        from reportlab.pdfgen import canvas
        self.R, self.o = R, R.o
        self.W, self.H = letter if self.o.get("page") == "letter" else A4
        self.c = canvas.Canvas(out, pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        self.c.setTitle(self.o.get("pdf_title", f"{R.name} CV"))
        self.c.setAuthor(R.name)
        self.c.setCreator(self.o.get("creator", "Microsoft® Word for Microsoft 365"))
        self.f = _rl_fonts(self.o.get("font", "Helvetica"))
        self.size = self.o.get("size", 10)
        self.lead = self.o.get("lead", self.size * 1.32)
        self.m = self.o.get("margin", 54)
        self.total = total
        self.page = 1
        self.accent = self.o.get("accent", (0, 0, 0))
        self.dc = self.o.get("datecol", 92)
        lay = R.lay
        self.sidew = self.o.get("sidew", 170) if lay == "sidebar" else 0
        self.x0 = self.m + (self.sidew if lay == "sidebar" else 0)
        if lay == "sidebar":
            self.x0 = self.sidew + 24
        self.x1 = self.W - self.m
        self.cols = None
        self.bottom = self.m + (22 if self.o.get("footer") else 0)
        self.y = self.H - self.m

    # -- page furniture
    def decorate(self):
        c = self.c
        if self.R.lay == "sidebar":
            c.saveState()
            c.setFillColorRGB(*self.o.get("sidefill", (0.92, 0.93, 0.95)))
            c.rect(0, 0, self.sidew, self.H, stroke=0, fill=1)
            c.restoreState()
        ft = self.o.get("footer")
        if ft:
            c.saveState()
            c.setFont(self.f["n"], 8)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            txt = ft.format(n=self.page, N=self.total or 99, name=self.R.name)
            if self.o.get("footer_align") == "right":
                c.drawRightString(self.x1, self.m - 18, txt)
            elif self.o.get("footer_align") == "left":
                c.drawString(self.m, self.m - 18, txt)
            else:
                c.drawCentredString(self.W / 2, self.m - 18, txt)
            c.restoreState()

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.decorate()
        self.y = self.H - self.m
        if self.cols:
            self.ci = 0
            self.x0, self.x1 = self.cols[0]
            self.col_top = self.y

    def need(self, h):
        if self.y - h < self.bottom:
            if self.cols and self.ci + 1 < len(self.cols):
                self.ci += 1
                self.x0, self.x1 = self.cols[self.ci]
                self.y = self.col_top
            else:
                self.new_page()

    # -- text primitives
    def split(self, text, font, size, width):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(text, font, size, width) or [""]

    def draw_lines(self, text, style="n", ind=0, size=None, align="left", color=None):
        size = size or self.size
        font = self.f[style]
        x0 = self.x0 + ind
        lead = self.lead * size / self.size
        for ln in self.split(text, font, size, self.x1 - x0):
            self.need(lead)
            self.y -= lead
            self.c.setFont(font, size)
            if color:
                self.c.setFillColorRGB(*color)
            if align == "center":
                self.c.drawCentredString((x0 + self.x1) / 2, self.y, ln)
            elif align == "right":
                self.c.drawRightString(self.x1, self.y, ln)
            else:
                self.c.drawString(x0, self.y, ln)
            if color:
                self.c.setFillColorRGB(0, 0, 0)

    def op(self, p):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        t = p["t"]
        ind = p.get("ind", 0) * self.dc
        if t == "h":
            hs = self.o.get("hsize", self.size + 1.5)
            self.y -= self.o.get("hgap", 8)
            self.need(hs * 1.4 + self.lead * 2)
            text = p["text"].upper() if self.o.get("hcase") == "upper" else p["text"]
            self.draw_lines(text, self.o.get("hstyle", "b"), size=hs, color=self.accent,
                            align=self.o.get("halign", "left"))
            if self.o.get("rule"):
                self.c.setStrokeColorRGB(*self.accent)
                self.c.setLineWidth(0.6)
                self.c.line(self.x0, self.y - 3, self.x1, self.y - 3)
                self.y -= 4
            self.y -= 2
        elif t == "p":
            self.draw_lines(p["text"], p.get("s", "n"), ind)
        elif t == "gap":
            self.y -= p.get("size", 4)
        elif t == "bul":
            gi = self.o.get("bind", 8)
            x0 = self.x0 + ind + gi
            tx = x0 + self.o.get("btab", 10)
            lines = self.split(p["text"], self.f["n"], self.size, self.x1 - tx)
            for k, ln in enumerate(lines):
                self.need(self.lead)
                self.y -= self.lead
                self.c.setFont(self.f["n"], self.size)
                if k == 0 and p["g"]:
                    self.c.drawString(x0, self.y, p["g"])
                self.c.drawString(tx, self.y, ln)
        elif t == "row":
            font = self.f[p.get("ls", "b")]
            dfont = self.f[self.o.get("dstyle", "n")]
            dw = stringWidth(p["r"], dfont, self.size)
            x0 = self.x0 + ind
            lines = self.split(p["l"], font, self.size, self.x1 - x0 - dw - 10)
            for k, ln in enumerate(lines):
                self.need(self.lead)
                self.y -= self.lead
                self.c.setFont(font, self.size)
                self.c.drawString(x0, self.y, ln)
                if k == 0:
                    self.c.setFont(dfont, self.size)
                    self.c.drawRightString(self.x1, self.y, p["r"])
        elif t == "dated":
            dfont = self.f[self.o.get("dstyle", "n")]
            dl = self.split(p["d"], dfont, self.size, self.dc - 8)
            tl = []
            for text, st in p["lines"]:
                tl += [(x, st) for x in self.split(text, self.f[st], self.size, self.x1 - self.x0 - self.dc)]
            n = max(len(dl), len(tl))
            self.need(self.lead * min(n, 3))
            for k in range(n):
                self.need(self.lead)
                self.y -= self.lead
                if k < len(dl):
                    self.c.setFont(dfont, self.size)
                    self.c.drawString(self.x0, self.y, dl[k])
                if k < len(tl):
                    self.c.setFont(self.f[tl[k][1]], self.size)
                    self.c.drawString(self.x0 + self.dc, self.y, tl[k][0])
        else:
            raise ValueError(t)

    # -- document
    def header(self):
        R, o = self.R, self.o
        al = o.get("nalign", "left")
        if R.lay == "sidebar":
            # name in the main column, contact and side sections in the sidebar
            self.draw_lines(R.name, "b", size=o.get("nsize", 20), color=self.accent)
            self.y -= 4
            if R.headline:
                self.draw_lines(R.headline, "i", size=self.size + 1)
            main_y = self.y
            sx0, sx1 = self.x0, self.x1
            self.x0, self.x1 = 18, self.sidew - 14
            self.y = self.H - self.m
            for ln in R.contact:
                self.draw_lines(ln, "n", size=self.size - 1)
            for h, lines in R.side:
                self.y -= 10
                self.draw_lines(h.upper(), "b", size=self.size - 0.5, color=self.accent)
                self.y -= 2
                for ln in lines:
                    self.draw_lines(ln, "n", size=self.size - 1)
            self.x0, self.x1 = sx0, sx1
            self.y = main_y - 4
            return
        if o.get("head") == "split":
            # name left, contact right-aligned in a block
            top = self.y
            self.draw_lines(R.name, "b", size=o.get("nsize", 18), color=self.accent)
            if R.headline:
                self.draw_lines(R.headline, "i", size=self.size + 1)
            ny = self.y
            self.y = top
            for ln in R.contact:
                self.draw_lines(ln, "n", size=self.size - 1, align="right")
            self.y = min(ny, self.y) - 6
        else:
            self.draw_lines(R.name, "b", size=o.get("nsize", 18), align=al, color=self.accent)
            self.y -= 2
            if R.headline:
                self.draw_lines(R.headline, "i", size=self.size + 1, align=al)
            if o.get("contact_join"):
                self.draw_lines(o["contact_join"].join(R.contact), "n", size=self.size - 0.5, align=al)
            else:
                for ln in R.contact:
                    self.draw_lines(ln, "n", size=self.size - 0.5, align=al)
            self.y -= 4
        if o.get("head_rule", True):
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(1)
            self.c.line(self.m, self.y, self.W - self.m, self.y)
            self.y -= 6

    def run(self):
        self.decorate()
        self.header()
        if self.R.lay == "twocol":
            g = 16
            mid = self.m + (self.W - 2 * self.m) * self.o.get("colsplit", 0.5)
            self.cols = [(self.m, mid - g / 2), (mid + g / 2, self.W - self.m)]
            self.ci = 0
            self.x0, self.x1 = self.cols[0]
            self.col_top = self.y
            if self.o.get("colrule"):
                self.c.setLineWidth(0.4)
                self.c.line(mid, self.bottom, mid, self.y)
        for p in ops(self.R, with_side=self.R.lay != "sidebar"):
            if (self.cols and p["t"] == "h" and p["text"] == self.o.get("colbreak")
                    and self.ci == 0):
                self.ci = 1
                self.x0, self.x1 = self.cols[1]
                self.y = self.col_top + self.o.get("hgap", 8)
            self.op(p)
        self.c.showPage()
        self.c.save()
        return self.page


def render_rl(R, path):
    total = _RL(R, io.BytesIO(), None).run()
    _RL(R, path, total).run()


# =========================================================== fpdf2
def _fpdf_class():
    from fpdf import FPDF

    class P(FPDF):
        foot = None
        side = None
        accent = (0, 0, 0)
        name = ""

        def header(self):
            if self.side:
                self.set_fill_color(*self.side)
                self.rect(0, 0, self.sidew, self.h, style="F")

        def footer(self):
            if self.foot:
                self.set_y(-12)
                self.set_font(self.fam, "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, self.foot.format(n=self.page_no(), N="{nb}", name=self.name),
                          align=self.foot_align)
                self.set_text_color(0, 0, 0)
    return P


def render_fpdf(R, path):
    from fpdf.enums import XPos, YPos
    o = R.o
    P = _fpdf_class()
    pdf = P(format=o.get("page", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer(o.get("producer", "Skia/PDF m131 Google Docs Renderer"))
    pdf.set_title(o.get("pdf_title", f"{R.name} - CV"))
    pdf.set_author(R.name)
    fam = o.get("font", "sans")
    files = {"sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
             "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
             "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                      "DejaVuSansCondensed-Oblique.ttf")}[fam]
    pdf.add_font("F", "", DEJAVU + files[0])
    pdf.add_font("F", "B", DEJAVU + files[1])
    pdf.add_font("F", "I", DEJAVU + files[2])
    pdf.fam = "F"
    pdf.name = R.name
    pdf.foot = o.get("footer")
    pdf.foot_align = {"left": "L", "right": "R"}.get(o.get("footer_align"), "C")
    m = o.get("margin", 18)
    size = o.get("size", 9.5)
    lh = o.get("lh", size * 0.47)
    acc = o.get("accent", (0, 0, 0))
    sidew = o.get("sidew", 62) if R.lay == "sidebar" else 0
    if R.lay == "sidebar":
        pdf.side = o.get("sidefill", (232, 238, 236))
        pdf.sidew = sidew
        pdf.set_margins(sidew + 8, m, m)
    else:
        pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, o.get("bmargin", 16))
    pdf.add_page()
    st = {"n": "", "b": "B", "i": "I", "bi": "B"}
    dc = o.get("datecol", 34)

    def font(s="n", sz=None):
        pdf.set_font("F", st[s], sz or size)

    def W():
        return pdf.w - pdf.r_margin - pdf.l_margin

    def para(text, s="n", ind=0, sz=None, align="L", color=None):
        font(s, sz)
        if color:
            pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + ind)
        pdf.multi_cell(W() - ind, lh * (sz or size) / size, text, align=align,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def room(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    # header
    if R.lay == "sidebar":
        lm = pdf.l_margin
        pdf.set_left_margin(6)
        pdf.set_right_margin(pdf.w - sidew + 5)
        pdf.set_y(m)
        for ln in R.contact:
            para(ln, "n", sz=size - 1)
        for h, lines in R.side:
            pdf.ln(4)
            para(h.upper(), "b", sz=size - 0.5, color=acc)
            for ln in lines:
                para(ln, "n", sz=size - 1)
        pdf.set_left_margin(lm)
        pdf.set_right_margin(m)
        pdf.set_y(m)
        para(R.name, "b", sz=o.get("nsize", 19), color=acc)
        if R.headline:
            para(R.headline, "i", sz=size + 1)
        pdf.ln(3)
    else:
        al = {"centred": "C", "right": "R"}.get(R.lay, "L")
        para(R.name, "b", sz=o.get("nsize", 18), align=al, color=acc)
        if R.headline:
            para(R.headline, "i", sz=size + 1, align=al)
        if o.get("contact_join"):
            para(o["contact_join"].join(R.contact), "n", sz=size - 0.5, align=al)
        else:
            for ln in R.contact:
                para(ln, "n", sz=size - 0.5, align=al)
        pdf.ln(2)
        if o.get("head_rule", True):
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)

    for p in ops(R, with_side=R.lay != "sidebar"):
        t = p["t"]
        ind = p.get("ind", 0) * dc
        if t == "h":
            pdf.ln(o.get("hgap", 3))
            room(lh * 4)
            text = p["text"].upper() if o.get("hcase") == "upper" else p["text"]
            if o.get("hfill"):
                pdf.set_fill_color(*o["hfill"])
                font("b", size + 1)
                pdf.set_text_color(*acc)
                pdf.cell(W(), lh * 1.35, " " + text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
            else:
                para(text, "b", sz=o.get("hsize", size + 1.5), color=acc,
                     align="C" if o.get("halign") == "center" else "L")
            if o.get("rule"):
                pdf.set_draw_color(*acc)
                y = pdf.get_y() + 0.6
                pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1.5)
        elif t == "p":
            para(p["text"], p.get("s", "n"), ind, align=o.get("palign", "L"))
        elif t == "gap":
            pdf.ln(p.get("size", 4) * 0.35)
        elif t == "bul":
            room(lh)
            bi = o.get("bind", 3)
            y = pdf.get_y()
            font("n")
            pdf.set_xy(pdf.l_margin + ind + bi, y)
            pdf.cell(4, lh, p["g"])
            pdf.set_xy(pdf.l_margin + ind + bi + 4, y)
            pdf.multi_cell(W() - ind - bi - 4, lh, p["text"], align=o.get("align", "L"),
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif t == "row":
            room(lh * 2)
            y = pdf.get_y()
            font(o.get("dstyle", "n"))
            dw = pdf.get_string_width(p["r"]) + 1
            pdf.set_xy(pdf.w - pdf.r_margin - dw, y)
            pdf.cell(dw, lh, p["r"], align="R")
            font(p.get("ls", "b"))
            pdf.set_xy(pdf.l_margin + ind, y)
            pdf.multi_cell(W() - ind - dw - 3, lh, p["l"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif t == "dated":
            room(lh * 2)
            y = pdf.get_y()
            font(o.get("dstyle", "n"))
            pdf.set_xy(pdf.l_margin, y)
            pdf.multi_cell(dc - 2, lh, p["d"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            yd = pdf.get_y()
            pdf.set_y(y)
            for text, s in p["lines"]:
                font(s)
                pdf.set_x(pdf.l_margin + dc)
                pdf.multi_cell(W() - dc, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if pdf.get_y() < yd:
                pdf.set_y(yd)
        else:
            raise ValueError(t)
    pdf.output(path)


# =========================================================== python-docx
def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _para_border_bottom(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "444444")
    bdr.append(b)
    pPr.append(bdr)


class _Docx:
    def __init__(self, R):
        import docx
        from docx.shared import Pt, Inches
        self.R, self.o = R, R.o
        self.doc = docx.Document()
        self.Pt, self.Inches = Pt, Inches
        sec = self.doc.sections[0]
        if self.o.get("page") == "A4":
            sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
        mg = Inches(self.o.get("margin", 0.9))
        sec.left_margin = sec.right_margin = mg
        sec.top_margin = sec.bottom_margin = Inches(self.o.get("vmargin", 0.8))
        self.textw = (sec.page_width - sec.left_margin - sec.right_margin)
        st = self.doc.styles["Normal"]
        st.font.name = self.o.get("font", "Calibri")
        st.font.size = Pt(self.o.get("size", 10.5))
        st.paragraph_format.space_after = Pt(self.o.get("after", 2))
        cp = self.doc.core_properties
        cp.author = R.name
        cp.last_modified_by = R.name
        cp.title = self.o.get("doc_title", "Curriculum Vitae")
        cp.created = FIXED_DT.replace(tzinfo=None)
        cp.modified = FIXED_DT.replace(tzinfo=None)
        cp.last_printed = FIXED_DT.replace(tzinfo=None)
        cp.revision = 3
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""

    # ---- small helpers (c is the document or a table cell)
    def p(self, c, text="", style=None, bold=False, italic=False, size=None, align=None):
        par = c.add_paragraph(style=style) if style else c.add_paragraph()
        if text:
            r = par.add_run(text)
            r.bold = bold or None
            r.italic = italic or None
            if size:
                r.font.size = self.Pt(size)
        if align == "center":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return par

    def tabrow(self, c, left, right, width, lbold=True, litalic=False, rbold=False, ritalic=False):
        from docx.enum.text import WD_TAB_ALIGNMENT
        par = c.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = par.add_run(left)
        r.bold = lbold or None
        r.italic = litalic or None
        r2 = par.add_run("\t" + right)
        r2.bold = rbold or None
        r2.italic = ritalic or None
        return par

    def bullet(self, c, text):
        if self.o.get("word_bullets", True):
            par = c.add_paragraph(style="List Bullet")
            par.add_run(text)
        else:
            par = c.add_paragraph()
            par.paragraph_format.left_indent = self.Inches(0.25)
            par.paragraph_format.first_line_indent = self.Inches(-0.18)
            par.add_run(f"{self.R.glyph}\t{text}")
        return par

    def heading(self, c, text):
        o = self.o
        if o.get("hstyle"):
            par = c.add_paragraph(text, style=o["hstyle"])
        else:
            par = self.p(c, text.upper() if o.get("hcase") == "upper" else text, bold=True,
                         size=o.get("hsize", 11.5))
            par.paragraph_format.space_before = self.Pt(10)
            if o.get("rule"):
                _para_border_bottom(par)
        return par

    # ---- entries
    def entry(self, c, e, width, group_head):
        R, o = self.R, self.o
        d = date_text(e, R)
        ol = org_loc(e, o.get("olsep", ", "))
        lay = R.lay if R.lay != "sidebar" else o.get("inner", "table")
        h = R.hdr
        if lay == "table":
            t = c.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            wl = int(width * 0.72)
            left.width, right.width = wl, width - wl
            lp = left.paragraphs[0]
            first, second = (e.title, ol) if h != "org_title" else (ol, e.title)
            r = lp.add_run(first)
            r.bold = True
            if second:
                lp2 = left.add_paragraph()
                r = lp2.add_run(second)
                r.italic = True
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            rp = right.paragraphs[0]
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rp.add_run(d)
            if o.get("bullets_in_cell"):
                tgt = left
            else:
                tgt = c
        else:
            tgt = c
            if h == "title_org":
                if o.get("title_style"):
                    par = c.add_paragraph(style=o["title_style"])
                    from docx.enum.text import WD_TAB_ALIGNMENT
                    par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    par.add_run(e.title)
                    par.add_run("\t" + d)
                else:
                    self.tabrow(c, e.title, d, width)
                if ol:
                    self.p(c, ol, italic=True)
            elif h == "org_title":
                self.tabrow(c, ol, d, width)
                self.p(c, e.title, italic=True)
            elif h == "orgfirst":
                if group_head:
                    self.p(c, ol, bold=True, size=o.get("size", 10.5) + 0.5)
                self.tabrow(c, e.title, d, width, lbold=False, litalic=True)
            elif h == "dash":
                left = f"{e.title} {o.get('dash', '–')} {ol}" if ol else e.title
                self.tabrow(c, left, d, width)
            elif h == "pipe":
                parts = [e.title] + [x for x in (e.org, e.loc) if x]
                self.tabrow(c, " | ".join(parts), d, width)
            elif h == "dateline":
                self.p(c, e.title, bold=True)
                if ol:
                    self.p(c, ol)
                self.p(c, d, italic=True)
            elif h == "datefirst":
                par = c.add_paragraph()
                from docx.enum.text import WD_TAB_ALIGNMENT
                par.paragraph_format.tab_stops.add_tab_stop(self.Inches(1.4), WD_TAB_ALIGNMENT.LEFT)
                par.paragraph_format.left_indent = self.Inches(1.4)
                par.paragraph_format.first_line_indent = self.Inches(-1.4)
                par.add_run(d + "\t")
                r = par.add_run(e.title)
                r.bold = True
                if ol:
                    par.add_run(", " + ol)
            elif h == "inline":
                parts = [e.title] + [x for x in (e.org, e.loc) if x] + [d]
                self.p(c, ", ".join(parts), bold=True)
            else:
                raise ValueError(h)
        if e.bullets:
            if e.prose:
                par = self.p(tgt, " ".join(e.bullets))
                if h == "datefirst":
                    par.paragraph_format.left_indent = self.Inches(1.4)
            else:
                for b in e.bullets:
                    par = self.bullet(tgt, b)
                    if h == "datefirst":
                        par.paragraph_format.left_indent = self.Inches(1.65)
        gap = self.p(c)
        gap.paragraph_format.space_after = self.Pt(o.get("egap", 2))

    def dist(self, c, it, width):
        R, o = self.R, self.o
        if isinstance(it, str):
            self.p(c, it)
            return
        k = it[0]
        if k == "b":
            self.bullet(c, it[1])
        elif k == "s":
            self.p(c, it[1], bold=True)
        elif k == "i":
            self.p(c, it[1], italic=True)
        elif k == "d":
            mode = o.get("dist", "left" if R.hdr == "datefirst" else "right")
            if mode == "left":
                from docx.enum.text import WD_TAB_ALIGNMENT
                par = c.add_paragraph()
                par.paragraph_format.tab_stops.add_tab_stop(self.Inches(1.4), WD_TAB_ALIGNMENT.LEFT)
                par.paragraph_format.left_indent = self.Inches(1.4)
                par.paragraph_format.first_line_indent = self.Inches(-1.4)
                par.add_run(it[1] + "\t" + it[2])
            elif mode == "inline":
                self.p(c, f"{it[2]}, {it[1]}")
            elif mode == "paren":
                self.p(c, f"{it[2]} ({it[1]})")
            else:
                self.tabrow(c, it[2], it[1], width, lbold=False)

    def sections(self, c, width):
        for h, items in self.R.secs:
            self.heading(c, h)
            prev = object()
            for it in items:
                if isinstance(it, E):
                    self.entry(c, it, width, it.org != prev)
                    prev = it.org
                else:
                    prev = object()
                    self.dist(c, it, width)

    def run(self, path):
        R, o = self.R, self.o
        doc = self.doc
        sec = doc.sections[0]
        if o.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.text = o["footer"].format(name=R.name)
        if R.lay == "sidebar":
            t = doc.add_table(rows=1, cols=2)
            t.autofit = False
            sw = int(self.textw * o.get("sidefrac", 0.3))
            lc, rc = t.rows[0].cells
            lc.width, rc.width = sw, self.textw - sw
            _shade(lc, o.get("sidefill", "E4ECF2"))
            lp = lc.paragraphs[0]
            r = lp.add_run(R.name)
            r.bold = True
            r.font.size = self.Pt(o.get("nsize", 17))
            for ln in R.contact:
                self.p(lc, ln, size=o.get("size", 10.5) - 1)
            for h, lines in R.side:
                par = self.p(lc, h.upper(), bold=True)
                par.paragraph_format.space_before = self.Pt(10)
                for ln in lines:
                    self.p(lc, ln, size=o.get("size", 10.5) - 1)
            rp = rc.paragraphs[0]
            if R.headline:
                rr = rp.add_run(R.headline)
                rr.italic = True
            self.sections(rc, self.textw - sw - self.Inches(0.2))
        else:
            if o.get("header"):
                hp = sec.header.paragraphs[0]
                r = hp.add_run(R.name)
                r.bold = True
                r.font.size = self.Pt(o.get("nsize", 16))
                hp2 = sec.header.add_paragraph(o.get("contact_join", "  |  ").join(R.contact))
                if R.headline:
                    self.p(doc, R.headline, italic=True)
            else:
                if o.get("name_style"):
                    doc.add_paragraph(R.name, style=o["name_style"])
                else:
                    self.p(doc, R.name, bold=True, size=o.get("nsize", 18),
                           align=o.get("nalign"))
                if R.headline:
                    self.p(doc, R.headline, italic=True, align=o.get("nalign"))
                if o.get("contact_join"):
                    self.p(doc, o["contact_join"].join(R.contact), align=o.get("nalign"))
                else:
                    for ln in R.contact:
                        self.p(doc, ln, align=o.get("nalign"))
            for h, lines in R.side:
                self.heading(doc, h)
                for ln in lines:
                    self.p(doc, ln)
            self.sections(doc, self.textw)
        buf = io.BytesIO()
        doc.save(buf)
        fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(R, path):
    _Docx(R).run(path)


# =========================================================== plain text
def render_txt(R, path):
    o = R.o
    Wd = o.get("width", 78)
    wrap = o.get("wrap", True)
    lay = R.lay
    L = []

    def add(text, indent="", hang=""):
        if wrap and len(indent + text) > Wd:
            L.extend(textwrap.wrap(text, Wd, initial_indent=indent,
                                   subsequent_indent=indent + hang))
        else:
            L.append(indent + text)

    # header
    if o.get("name_center"):
        L.append(R.name.center(Wd).rstrip())
        for ln in R.contact:
            L.append(ln.center(Wd).rstrip())
    else:
        L.append(R.name.upper() if o.get("name_caps") else R.name)
        if o.get("contact_join"):
            L.append(o["contact_join"].join(R.contact))
        else:
            L.extend(R.contact)
    if R.headline:
        L.append(R.headline)
    L.append("")
    dcw = o.get("dcw", 20)
    for p in ops(R, with_side=True):
        t = p["t"]
        ind = " " * (dcw if (p.get("ind") and lay == "datecol") else (4 if p.get("ind") else 0))
        if t == "h":
            if L and L[-1] != "":
                L.append("")
            h = p["text"]
            if lay == "caps" or o.get("hcase") == "upper":
                h = h.upper()
            L.append(h)
            if o.get("underline"):
                L.append(o["underline"] * len(h))
            if o.get("hblank", False):
                L.append("")
        elif t == "p":
            add(p["text"], ind)
        elif t == "gap":
            if o.get("egap_blank", True) and L and L[-1] != "":
                L.append("")
        elif t == "bul":
            g = p["g"]
            add(f"{g} {p['text']}" if g else p["text"], ind + o.get("bpad", "  "), o.get("hang", "  "))
        elif t == "row":
            left, right = p["l"], p["r"]
            if o.get("rowsep"):
                L.append(f"{left}{o['rowsep']}{right}")
            elif len(left) + len(right) + 3 <= Wd:
                L.append(left + " " * (Wd - len(left) - len(right)) + right)
            else:
                L.append(left)
                L.append(" " * (Wd - len(right)) + right)
        elif t == "dated":
            first = True
            for text, _s in p["lines"]:
                if first:
                    L.append(p["d"].ljust(dcw - 1) + " " + text)
                    first = False
                else:
                    L.append(" " * dcw + text)
    while L and L[-1] == "":
        L.pop()
    with open(path, "w", encoding="utf-8", newline=o.get("newline", "\n")) as f:
        f.write("\n".join(L) + "\n")


# =========================================================== Markdown
def render_md(R, path):
    o = R.o
    L = [f"# {R.name}", ""]
    if R.headline:
        L += [f"*{R.headline}*", ""]
    L.append(o.get("contact_join", " · ").join(R.contact))
    L.append("")
    bl = o.get("mdbullet", "-")
    secs = [(h, list(x)) for h, x in R.side] + list(R.secs)
    for h, items in secs:
        L += [f"## {h}", ""]
        prev = object()
        for it in items:
            if isinstance(it, E):
                e = it
                d = date_text(e, R)
                ol = org_loc(e)
                st = o.get("md", "h3")
                if st == "h3":
                    L.append(f"### {e.title}")
                    L.append(f"**{e.org}**" + (f", {e.loc}" if e.loc else "") + f" | *{d}*" if e.org
                             else f"*{d}*")
                elif st == "bold":
                    L.append(f"**{e.title}**, {ol} — {d}  " if ol else f"**{e.title}** — {d}  ")
                elif st == "h3org":
                    if e.org != prev:
                        L.append(f"### {ol}")
                        L.append("")
                    L.append(f"**{e.title}** ({d})")
                elif st == "table":
                    L.append(f"| {d} | **{e.title}**, {ol} |")
                    L.append("|---|---|")
                L.append("")
                prev = e.org
                if e.bullets:
                    if e.prose:
                        L.append(" ".join(e.bullets))
                    else:
                        for b in e.bullets:
                            L.append(f"{bl} {b}")
                    L.append("")
            else:
                prev = object()
                if isinstance(it, str):
                    L += [it, ""]
                elif it[0] == "b":
                    L.append(f"{bl} {it[1]}")
                elif it[0] == "s":
                    L += ["", f"**{it[1]}**", ""]
                elif it[0] == "i":
                    L += [f"*{it[1]}*", ""]
                elif it[0] == "d":
                    mode = o.get("dist", "lead")
                    if mode == "lead":
                        L.append(f"{bl} **{it[1]}** {it[2]}")
                    else:
                        L.append(f"{bl} {it[2]} ({it[1]})")
        if L[-1] != "":
            L.append("")
    while L[-1] == "":
        L.pop()
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# =========================================================== HTML
def render_html(R, path):
    o = R.o
    def esc(x):
        return html.escape(x, quote=False)
    css = o.get("css", "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.4}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;color:#555}.org{font-style:italic}")
    L = ["<!DOCTYPE html>", f'<html lang="{o.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R.name)} — {esc(o.get('doc_title', 'Curriculum Vitae'))}</title>",
         f"<style>{css}</style>", "</head>", "<body>"]
    lay = R.lay
    L.append(f"<header><h1>{esc(R.name)}</h1>")
    if R.headline:
        L.append(f"<p class=\"tag\">{esc(R.headline)}</p>")
    L.append("<p>" + "<br>".join(esc(x) for x in R.contact) + "</p></header>")
    secs = [(h, list(x)) for h, x in R.side] + list(R.secs)
    for h, items in secs:
        L.append(f"<section><h2>{esc(h)}</h2>")
        open_list = None
        open_table = False

        def close():
            nonlocal open_list, open_table
            if open_list:
                L.append(f"</{open_list}>")
                open_list = None
            if open_table:
                L.append("</table>")
                open_table = False
        prev = object()
        for it in items:
            if isinstance(it, E):
                e = it
                d = esc(date_text(e, R))
                if lay == "table":
                    if not open_table:
                        close()
                        L.append('<table class="cv">')
                        open_table = True
                    body = f"<b>{esc(e.title)}</b>"
                    if e.org:
                        body += f", {esc(e.org)}"
                    if e.loc:
                        body += f", {esc(e.loc)}"
                    if e.bullets:
                        if e.prose:
                            body += f"<br>{esc(' '.join(e.bullets))}"
                        else:
                            body += "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>"
                    L.append(f'<tr><td class="when">{d}</td><td>{body}</td></tr>')
                else:
                    close()
                    if lay == "gdocs":
                        L.append(f'<p class="c4"><span class="c2">{esc(e.title)}</span>'
                                 f'<span class="c1"> — {esc(org_loc(e))}</span></p>'
                                 f'<p class="c6"><span class="c3">{d}</span></p>')
                    elif lay == "dl":
                        if e.org != prev:
                            L.append(f"<h3>{esc(org_loc(e))}</h3>")
                        L.append(f"<h4>{esc(e.title)} <span class=\"d\">{d}</span></h4>")
                    else:
                        L.append(f'<div class="job"><h3>{esc(e.title)}<span class="d">{d}</span></h3>')
                        if e.org:
                            L.append(f'<p class="org">{esc(org_loc(e))}</p>')
                    if e.bullets:
                        if e.prose:
                            L.append(f"<p>{esc(' '.join(e.bullets))}</p>")
                        else:
                            L.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>")
                    if lay not in ("gdocs", "dl"):
                        L.append("</div>")
                prev = e.org
            else:
                prev = object()
                if isinstance(it, str):
                    close()
                    L.append(f"<p>{esc(it)}</p>")
                elif it[0] == "s":
                    close()
                    L.append(f"<h3>{esc(it[1])}</h3>")
                elif it[0] == "i":
                    close()
                    L.append(f"<p><i>{esc(it[1])}</i></p>")
                elif it[0] == "b":
                    if open_list != "ul":
                        close()
                        L.append("<ul>")
                        open_list = "ul"
                    L.append(f"<li>{esc(it[1])}</li>")
                elif it[0] == "d":
                    if lay == "table":
                        if not open_table:
                            close()
                            L.append('<table class="cv">')
                            open_table = True
                        L.append(f'<tr><td class="when">{esc(it[1])}</td><td>{esc(it[2])}</td></tr>')
                    else:
                        if open_list != "ul":
                            close()
                            L.append("<ul>")
                            open_list = "ul"
                        L.append(f"<li>{esc(it[2])} <span class=\"d\">{esc(it[1])}</span></li>")
        close()
        L.append("</section>")
    if o.get("foot"):
        L.append(f"<footer><p>{esc(o['foot'])}</p></footer>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(R, outdir):
    path = os.path.join(outdir, R.file)
    RENDERERS[R.r](R, path)
    return path
