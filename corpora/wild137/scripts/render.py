"""Renderers for wild137: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.

All renderers share entry_lines(), which turns one entry into header lines made
of styled runs plus an optional right-hand text (dates) or left gutter text.
Styles: 'r' regular, 'b' bold, 'i' italic, 'bi' bold italic.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import os
import textwrap
import zipfile

from lib import fmt_range, org_loc, prose_text

FIXED_DT = dt.datetime(2026, 10, 2, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ====================================================================== lines

def L(runs, right=None, left=None, role="head"):
    return {"runs": [(t, s) for t, s in runs if t], "right": right, "left": left, "role": role}


def entry_lines(e, R, order, show_org=True):
    """Header lines for one entry (bullets are drawn separately)."""
    d = fmt_range(e, R)
    ol = org_loc(e, R)
    ost = R.get("org_style", "i")
    tst = R.get("title_style", "b")
    note = [(f" ({e.note})", "r")] if e.note else []
    if order == "title_org":
        out = [L([(e.title, tst)] + note, right=d)]
        if ol:
            out.append(L([(ol, ost)], role="sub"))
        return out
    if order == "title_orgdate":            # title alone, then org line with dates right
        return [L([(e.title, tst)] + note), L([(ol, ost)], right=d, role="sub")]
    if order == "org_title":
        return [L([(ol, "b")], right=d), L([(e.title, R.get("title2_style", "i"))] + note, role="sub")]
    if order == "ORG_title":
        return [L([(ol.upper(), "b")], right=d), L([(e.title, R.get("title2_style", "r"))] + note, role="sub")]
    if order == "dateline":
        out = [L([(e.title, tst)] + note)]
        if ol:
            out.append(L([(ol, ost)], role="sub"))
        out.append(L([(d, R.get("date_style", "i"))], role="sub"))
        return out
    if order == "dash":
        dash = R.get("dash", " – ")
        return [L([(e.title, tst), (dash + ol if ol else "", "r")] + note, right=d)]
    if order == "dash_inline":
        dash = R.get("dash", " – ")
        return [L([(e.title, tst), (dash + ol if ol else "", "r"), (f" ({d})", "r")] + note)]
    if order == "pipe":
        parts = [p for p in (e.org, e.loc) if p]
        return [L([(e.title, tst), ("".join(" | " + p for p in parts), "r")] + note, right=d)]
    if order == "inline":
        tail = ", ".join(p for p in (ol, d) if p)
        return [L([(e.title, tst), (", " + tail if tail else "", "r")] + note)]
    if order == "at":
        return [L([(e.title, tst), (" at " + e.org if e.org else "", "r"),
                   (", " + e.loc if e.loc else "", "r")] + note, right=d)]
    if order == "datesleft":
        out = [L([(e.title, tst)] + note, left=d)]
        if ol:
            out.append(L([(ol, ost)], role="sub"))
        return out
    if order == "kv":
        lab = R.get("kv_labels", ("Company", "Designation", "Duration", "Location"))
        out = []
        if e.org:
            out.append(L([(f"{lab[0]}: ", "b"), (e.org, "r")]))
        out.append(L([(f"{lab[1]}: ", "b"), (e.title, "r")], role="sub"))
        out.append(L([(f"{lab[2]}: ", "b"), (d, "r")], role="sub"))
        if e.loc and len(lab) > 3:
            out.append(L([(f"{lab[3]}: ", "b"), (e.loc, "r")], role="sub"))
        return out
    if order == "orgfirst_role":               # role line under an org heading
        return [L([(e.title, R.get("title2_style", "bi"))] + note, right=d, role="sub")]
    raise ValueError(order)


def iter_exp(entries, R):
    """Yield ('group', org, loc) headers and ('entry', e, lines) items."""
    order = R.get("order", "title_org")
    if order != "orgfirst":
        for e in entries:
            yield ("entry", e, entry_lines(e, R, order))
        return
    prev = object()
    for e in entries:
        key = (e.org, e.loc)
        if key != prev:
            yield ("group", e.org, e.loc)
            prev = key
        yield ("entry", e, entry_lines(e, R, "orgfirst_role"))


def group_line(org, loc, R):
    if R.get("group_loc_right", True):
        return L([(org or "", "b")], right=loc)
    return L([(org_loc_text(org, loc, R), "b")])


def org_loc_text(org, loc, R):
    return R.get("orgsep", ", ").join(p for p in (org, loc) if p)


def bullet_glyph(R):
    return R.get("bullet", "•")


# ====================================================================== PDF flow

class Flow:
    """Minimal interface every PDF backend implements."""

    def heading(self, text): ...
    def line(self, Ldict, size=None): ...
    def para(self, text, bullet=None, style="r", size=None, indent=0): ...
    def gap(self, h): ...


def render_blocks_pdf(flow, blocks, R):
    glyph = bullet_glyph(R)
    for b in blocks:
        kind, head = b[0], b[1]
        if head:
            flow.heading(head)
        if kind == "exp":
            first = True
            for item in iter_exp(b[2], R):
                if item[0] == "group":
                    if not first:
                        flow.gap(R.get("entry_gap", 6))
                    flow.line(group_line(item[1], item[2], R))
                    first = False
                    continue
                e, lines = item[1], item[2]
                if not first and R.get("order") != "orgfirst":
                    flow.gap(R.get("entry_gap", 6))
                first = False
                for ln in lines:
                    flow.line(ln)
                if e.prose and e.bullets:
                    flow.para(prose_text(e), indent=flow.body_indent())
                else:
                    for bl in e.bullets:
                        flow.para(bl, bullet=glyph, indent=flow.body_indent())
        elif kind == "list":
            for it in b[2]:
                flow.para(it, bullet=R.get("list_bullet", glyph), indent=flow.body_indent())
        elif kind == "lines":
            for it in b[2]:
                if isinstance(it, tuple):
                    flow.line(L([(it[0], "b"), (it[1], "r")], right=it[2] if len(it) > 2 else None))
                else:
                    flow.para(it, indent=flow.body_indent())
        elif kind == "para":
            flow.para(b[2], indent=flow.body_indent())
        elif kind == "kv":
            for k, v in b[2]:
                flow.line(L([(k + ": ", "b"), (v, "r")]))
        else:
            raise ValueError(kind)
        flow.gap(R.get("block_gap", 8))


# ---------------------------------------------------------------------- reportlab

_RL_REG = False


def _rl_register():
    global _RL_REG
    if _RL_REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
                    ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                    ("DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
                    ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                    ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                    ("DejaVuCond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
                    ("DejaVuCond-BoldOblique", "DejaVuSansCondensed-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, f)))
    _RL_REG = True


RL_FONTS = {
    "helv": {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"},
    "times": {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"},
    "dejavu": {"r": "DejaVu", "b": "DejaVu-Bold", "i": "DejaVu-Oblique", "bi": "DejaVu-BoldOblique"},
    "serif": {"r": "DejaVuSerif", "b": "DejaVuSerif-Bold", "i": "DejaVuSerif-Italic", "bi": "DejaVuSerif-BoldItalic"},
    "cond": {"r": "DejaVuCond", "b": "DejaVuCond-Bold", "i": "DejaVuCond-Oblique", "bi": "DejaVuCond-BoldOblique"},
}


class RLFlow(Flow):
    def __init__(self, c, R, size, total_pages=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.sw = stringWidth
        self.c = c
        self.R = R
        self.W, self.H = size
        self.fonts = RL_FONTS[R.get("font", "helv")]
        self.std = R.get("font", "helv") in ("helv", "times")
        self.fs = R.get("size", 10)
        self.lead = self.fs * R.get("leading", 1.3)
        m = R.get("margins", (54, 54, 50, 54))   # left, right, top, bottom
        self.ml, self.mr, self.mt, self.mb = m
        self.page = 1
        self.total = total_pages
        self.x0, self.x1 = self.ml, self.W - self.mr
        self.y = self.H - self.mt
        self.gutter = R.get("gutter", 0)
        self.accent = R.get("accent", (0.15, 0.25, 0.45))

    # -- basics
    def _chk(self, t):
        if self.std:
            t.encode("cp1252")

    def font(self, st, size=None):
        self.c.setFont(self.fonts[st], size or self.fs)

    def width(self, t, st, size=None):
        return self.sw(t, self.fonts[st], size or self.fs)

    def need(self, h):
        if self.y - h < self.mb:
            self.newpage()

    def newpage(self):
        self.draw_footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.mt
        # later pages use the full width (sidebars only on page one)
        self.x0, self.x1 = self.R.get("page2_cols", (self.ml, self.W - self.mr))

    def draw_footer(self):
        f = self.R.get("footer")
        if not f:
            return
        t = f.format(n=self.page, total=self.total or "?")
        self.c.setFillColorRGB(0.4, 0.4, 0.4)
        self.font("r", self.fs - 2)
        self._chk(t)
        if self.R.get("footer_align", "center") == "right":
            self.c.drawRightString(self.W - self.mr, self.mb / 2, t)
        else:
            self.c.drawCentredString(self.W / 2, self.mb / 2, t)
        self.c.setFillColorRGB(0, 0, 0)

    def body_indent(self):
        return self.gutter + self.R.get("bullet_indent", 12)

    def gap(self, h):
        self.y -= h

    def draw_runs(self, runs, x, y, size=None):
        for t, st in runs:
            self._chk(t)
            self.font(st, size)
            self.c.drawString(x, y, t)
            x += self.width(t, st, size)
        return x

    # -- interface
    def heading(self, text):
        hs = self.R.get("hstyle", "rule")
        size = self.fs + self.R.get("hsize_add", 1.5)
        self.need(size * 3)
        self.y -= size * 0.6
        t = text.upper() if self.R.get("hupper", True) else text
        self._chk(t)
        if hs == "shade":
            self.c.setFillColorRGB(0.88, 0.9, 0.93)
            self.c.rect(self.x0 - 3, self.y - 4, self.x1 - self.x0 + 6, size + 6, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        if hs == "color":
            self.c.setFillColorRGB(*self.accent)
        self.font("b", size)
        self.c.drawString(self.x0, self.y, t)
        self.c.setFillColorRGB(0, 0, 0)
        if hs in ("rule", "color"):
            self.c.setLineWidth(0.6)
            if hs == "color":
                self.c.setStrokeColorRGB(*self.accent)
            self.c.line(self.x0, self.y - 4, self.x1, self.y - 4)
            self.c.setStrokeColorRGB(0, 0, 0)
        self.y -= size * 1.4

    def line(self, Ld, size=None):
        size = size or self.fs
        lead = size * self.R.get("leading", 1.3)
        runs, right, left = Ld["runs"], Ld["right"], Ld["left"]
        x = self.x0 + (self.gutter if left is not None or self.gutter else 0)
        avail = self.x1 - x
        w = sum(self.width(t, s, size) for t, s in runs)
        rw = self.width(right, "r", size) + 14 if right else 0
        self.need(lead)
        if left is not None:
            self.font(self.R.get("left_style", "r"), size - 0.5)
            self._chk(left)
            self.c.drawString(self.x0, self.y, left)
        if w + rw <= avail:
            self.draw_runs(runs, x, self.y, size)
            if right:
                self._chk(right)
                self.font(self.R.get("right_style", "r"), size)
                self.c.drawRightString(self.x1, self.y, right)
            self.y -= lead
            return
        if w <= avail:
            self.draw_runs(runs, x, self.y, size)
            self.y -= lead
        else:
            # wrap the whole header line in the first run's style
            from reportlab.lib.utils import simpleSplit
            st = runs[0][1] if runs else "r"
            text = "".join(t for t, _ in runs)
            for part in simpleSplit(text, self.fonts[st], size, avail):
                self.need(lead)
                self._chk(part)
                self.font(st, size)
                self.c.drawString(x, self.y, part)
                self.y -= lead
        if right:
            self.need(lead)
            self.font(self.R.get("right_style", "r"), size)
            self.c.drawRightString(self.x1, self.y, right)
            self.y -= lead

    def para(self, text, bullet=None, style="r", size=None, indent=0):
        from reportlab.lib.utils import simpleSplit
        size = size or self.fs
        lead = size * self.R.get("leading", 1.3)
        x = self.x0 + indent
        avail = self.x1 - x
        lines = simpleSplit(text, self.fonts[style], size, avail)
        for i, part in enumerate(lines):
            self.need(lead)
            if bullet and i == 0:
                self._chk(bullet)
                self.font("r", size)
                self.c.drawString(x - self.R.get("bullet_indent", 12) + 2, self.y, bullet)
            self._chk(part)
            self.font(style, size)
            self.c.drawString(x, self.y, part)
            self.y -= lead


def _rl_header(flow, R):
    c = flow.c
    name = R["name"]
    ha = R.get("halign", "center")
    nsize = R.get("name_size", 20)
    flow._chk(name)
    top = flow.H - flow.mt
    if R.get("banner"):
        bh = R.get("banner_h", 78)
        c.setFillColorRGB(*flow.accent)
        c.rect(0, flow.H - bh, flow.W, bh, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        flow.font("b", nsize)
        c.drawString(flow.ml, flow.H - bh / 2 + 2, name)
        flow.font("r", flow.fs)
        if R.get("headline"):
            c.drawString(flow.ml, flow.H - bh / 2 - 14, R["headline"])
        c.setFillColorRGB(0, 0, 0)
        flow.y = flow.H - bh - 22
        for t in R.get("contact", []):
            flow._chk(t)
        flow.font("r", flow.fs - 0.5)
        c.drawString(flow.x0, flow.y, "  |  ".join(R.get("contact", [])))
        flow.y -= flow.lead * 1.3
        return
    flow.font("b", nsize)
    if ha == "center":
        c.drawCentredString((flow.x0 + flow.x1) / 2, top, name)
    else:
        c.drawString(flow.x0, top, name)
    flow.y = top - nsize * 0.9
    if R.get("headline"):
        flow._chk(R["headline"])
        flow.font("i", flow.fs + 1)
        if ha == "center":
            c.drawCentredString((flow.x0 + flow.x1) / 2, flow.y, R["headline"])
        else:
            c.drawString(flow.x0, flow.y, R["headline"])
        flow.y -= flow.lead * 1.1
    contact = R.get("contact", [])
    flow.font("r", flow.fs - 0.5)
    if ha == "split":
        yy = top
        for t in contact:
            flow._chk(t)
            c.drawRightString(flow.x1, yy, t)
            yy -= flow.lead * 0.95
        flow.y = min(flow.y, yy)
    elif ha == "center":
        for t in R.get("contact_lines", [" · ".join(contact)] if contact else []):
            flow._chk(t)
            c.drawCentredString((flow.x0 + flow.x1) / 2, flow.y, t)
            flow.y -= flow.lead
    else:
        for t in R.get("contact_lines", [" | ".join(contact)] if contact else []):
            flow._chk(t)
            c.drawString(flow.x0, flow.y, t)
            flow.y -= flow.lead
    if R.get("header_rule", True):
        c.setLineWidth(1)
        c.line(flow.x0, flow.y + flow.lead * 0.4, flow.x1, flow.y + flow.lead * 0.4)
    flow.y -= flow.lead * 0.4


def _rl_draw(path_or_buf, R, total):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    _rl_register()
    size = letter if R.get("paper") == "letter" else A4
    c = canvas.Canvas(path_or_buf, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor(R.get("pdf_author", R["name"]))
    c.setTitle(R.get("pdf_title", R["name"] + " - Resume"))
    c.setCreator(R.get("pdf_creator", "Microsoft Word"))
    c.setProducer(R.get("pdf_producer", "ReportLab PDF Library"))
    flow = RLFlow(c, R, size, total)
    layout = R.get("layout", "plain")
    if layout == "sidebar":
        sw = R.get("side_w", 175)
        shade = R.get("side_shade", (0.9, 0.92, 0.95))
        if shade:
            c.setFillColorRGB(*shade)
            c.rect(0, 0, sw, flow.H, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        # sidebar content
        side = RLFlow(c, dict(R, hstyle=R.get("side_hstyle", "caps"), size=R.get("size", 10) - 1,
                              bullet_indent=9, footer=None), size, total)
        side.x0, side.x1 = 18, sw - 14
        side.y = flow.H - flow.mt
        parts = R["name"].split(" ", R.get("name_split", 1))
        ns = R.get("name_size", 18)
        while ns > 9 and max(side.width(p_, "b", ns) for p_ in parts) > side.x1 - side.x0:
            ns -= 0.5
        side.font("b", ns)
        for part in parts:
            side._chk(part)
            c.drawString(side.x0, side.y, part)
            side.y -= ns * 1.15
        side.y -= 6
        side.font("r", side.fs)
        for t in R.get("contact", []):
            side.para(t, size=side.fs)
        side.gap(8)
        render_blocks_pdf(side, R.get("side", []), dict(R, bullet_indent=9))
        flow.x0 = sw + 22
    elif layout == "twocol":
        _rl_header(flow, R)
        # left narrow column for side blocks, right column for main
        lw = R.get("side_w", 150)
        top = flow.y
        side = RLFlow(c, dict(R, size=R.get("size", 10) - 1, footer=None, bullet_indent=9), size, total)
        side.x0, side.x1 = flow.ml, flow.ml + lw
        side.y = top
        render_blocks_pdf(side, R.get("side", []), dict(R, bullet_indent=9))
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(flow.ml + lw + 10, top + 4, flow.ml + lw + 10, flow.mb)
        c.setStrokeColorRGB(0, 0, 0)
        flow.x0 = flow.ml + lw + 22
    else:
        _rl_header(flow, R)
    if R.get("summary"):
        if R.get("summary_head"):
            flow.heading(R["summary_head"])
        flow.para(R["summary"])
        flow.gap(6)
    render_blocks_pdf(flow, R["blocks"], R)
    flow.draw_footer()
    c.showPage()
    c.save()
    return flow.page


def render_rl(R, path):
    total = None
    if "{total}" in (R.get("footer") or ""):
        buf = io.BytesIO()
        total = _rl_draw(buf, R, None)
    _rl_draw(path, R, total)


# ---------------------------------------------------------------------- fpdf2

def render_fpdf(R, path):
    from fpdf import FPDF

    fam = R.get("font", "dejavu")
    footer_t = R.get("footer")

    class P(FPDF):
        def footer(self):
            if not footer_t:
                return
            self.set_y(-12)
            self.set_font(self.ff, "", R.get("size", 10) - 2)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, footer_t.format(n=self.page_no(), total="{nb}"),
                      align=R.get("footer_align", "C"))
            self.set_text_color(0, 0, 0)

    pdf = P(format=R.get("paper", "A4").upper() if R.get("paper") != "letter" else "letter", unit="pt")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(R.get("pdf_author", R["name"]))
    pdf.set_title(R.get("pdf_title", R["name"] + " CV"))
    pdf.set_creator(R.get("pdf_creator", "Google Docs Renderer"))
    if fam == "dejavu":
        pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        pdf.add_font("DV", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
        pdf.ff = "DV"
    elif fam == "serif":
        pdf.add_font("DS", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        pdf.add_font("DS", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        pdf.add_font("DS", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        pdf.add_font("DS", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
        pdf.ff = "DS"
    elif fam == "cond":
        pdf.add_font("DC", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
        pdf.add_font("DC", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
        pdf.add_font("DC", "I", os.path.join(FONT_DIR, "DejaVuSansCondensed-Oblique.ttf"))
        pdf.add_font("DC", "BI", os.path.join(FONT_DIR, "DejaVuSansCondensed-BoldOblique.ttf"))
        pdf.ff = "DC"
    else:                      # core fonts (latin-1 only)
        pdf.ff = {"helv": "helvetica", "times": "times"}[fam]
    m = R.get("margins", (50, 50, 46, 50))
    pdf.set_margins(m[0], m[2], m[1])
    pdf.set_auto_page_break(True, margin=m[3])
    pdf.add_page()
    flow = FPFlow(pdf, R)
    layout = R.get("layout", "left")
    if layout == "sidebar":
        sw = R.get("side_w", 170)
        pdf.set_fill_color(*R.get("side_rgb", (232, 236, 241)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        side = FPFlow(pdf, dict(R, size=R.get("size", 10) - 1))
        side.x0, side.x1 = 16, sw - 12
        pdf.set_xy(side.x0, m[2])
        pdf.set_font(pdf.ff, "B", R.get("name_size", 17))
        pdf.multi_cell(side.x1 - side.x0, R.get("name_size", 17) * 1.15, R["name"], align="L")
        pdf.ln(6)
        for t in R.get("contact", []):
            side.para(t)
        side.gap(6)
        render_blocks_pdf(side, R.get("side", []), dict(R, bullet_indent=9))
        flow.x0 = sw + 20
        pdf.set_xy(flow.x0, m[2])
        pdf.set_left_margin(flow.x0)
    else:
        _fp_header(pdf, flow, R, layout)
    if R.get("summary"):
        if R.get("summary_head"):
            flow.heading(R["summary_head"])
        flow.para(R["summary"])
        flow.gap(6)
    render_blocks_pdf(flow, R["blocks"], R)
    pdf.output(path)


class FPFlow(Flow):
    def __init__(self, pdf, R):
        self.pdf = pdf
        self.R = R
        self.fs = R.get("size", 10)
        self.lh = self.fs * R.get("leading", 1.35)
        self.x0 = pdf.l_margin
        self.x1 = pdf.w - pdf.r_margin
        self.gutter = R.get("gutter", 0)
        self.accent = R.get("accent_rgb", (30, 60, 110))

    def st(self, s):
        return {"r": "", "b": "B", "i": "I", "bi": "BI"}[s]

    def body_indent(self):
        return self.gutter + self.R.get("bullet_indent", 12)

    def gap(self, h):
        self.pdf.set_y(self.pdf.get_y() + h)
        self.pdf.set_x(self.x0)

    def need(self, h):
        p = self.pdf
        if p.get_y() + h > p.h - p.b_margin:
            p.add_page()
            if self.R.get("layout") == "sidebar":
                self.x0 = self.R.get("page2_x0", self.x0)
                p.set_left_margin(self.x0)
            p.set_y(p.t_margin)

    def heading(self, text):
        p = self.pdf
        hs = self.R.get("hstyle", "rule")
        size = self.fs + self.R.get("hsize_add", 1.5)
        self.need(size * 3)
        p.set_y(p.get_y() + size * 0.5)
        p.set_x(self.x0)
        t = text.upper() if self.R.get("hupper", True) else text
        p.set_font(p.ff, "B", size)
        if hs == "color":
            p.set_text_color(*self.accent)
        if hs == "shade":
            p.set_fill_color(225, 229, 235)
            p.cell(self.x1 - self.x0, size * 1.5, " " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            p.cell(self.x1 - self.x0, size * 1.4, t, new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        if hs in ("rule", "color"):
            if hs == "color":
                p.set_draw_color(*self.accent)
            p.set_line_width(0.6)
            p.line(self.x0, p.get_y(), self.x1, p.get_y())
            p.set_draw_color(0, 0, 0)
        p.set_y(p.get_y() + 4)
        p.set_x(self.x0)

    def line(self, Ld, size=None):
        p = self.pdf
        size = size or self.fs
        lh = size * self.R.get("leading", 1.35)
        runs, right, left = Ld["runs"], Ld["right"], Ld["left"]
        self.need(lh)
        y = p.get_y()
        x = self.x0 + (self.gutter if (left is not None or self.gutter) else 0)
        avail = self.x1 - x
        if left is not None:
            p.set_font(p.ff, self.st(self.R.get("left_style", "r")), size - 0.5)
            p.set_xy(self.x0, y)
            p.cell(self.gutter, lh, left)
        w = 0
        for t, s in runs:
            p.set_font(p.ff, self.st(s), size)
            w += p.get_string_width(t)
        p.set_font(p.ff, "", size)
        rw = p.get_string_width(right) + 14 if right else 0
        if w <= avail:
            p.set_xy(x, y)
            for t, s in runs:
                p.set_font(p.ff, self.st(s), size)
                p.cell(p.get_string_width(t), lh, t)
            if right and w + rw <= avail:
                p.set_font(p.ff, self.st(self.R.get("right_style", "r")), size)
                p.set_xy(self.x1 - rw + 14, y)
                p.cell(rw - 14, lh, right, align="R")
                right = None
            p.set_xy(self.x0, y + lh)
        else:
            st = runs[0][1] if runs else "r"
            p.set_font(p.ff, self.st(st), size)
            p.set_xy(x, y)
            p.multi_cell(avail, lh, "".join(t for t, _ in runs), new_x="LMARGIN", new_y="NEXT")
            p.set_x(self.x0)
        if right:
            y = p.get_y()
            p.set_font(p.ff, self.st(self.R.get("right_style", "r")), size)
            p.set_xy(x, y)
            p.cell(self.x1 - x, lh, right, align="R")
            p.set_xy(self.x0, y + lh)

    def para(self, text, bullet=None, style="r", size=None, indent=0):
        p = self.pdf
        size = size or self.fs
        lh = size * self.R.get("leading", 1.35)
        self.need(lh)
        x = self.x0 + indent
        y = p.get_y()
        if bullet:
            p.set_font(p.ff, "", size)
            p.set_xy(x - self.R.get("bullet_indent", 12) + 2, y)
            p.cell(10, lh, bullet)
        p.set_font(p.ff, self.st(style), size)
        p.set_xy(x, y)
        p.multi_cell(self.x1 - x, lh, text, align=self.R.get("para_align", "L"),
                     new_x="LMARGIN", new_y="NEXT")
        p.set_x(self.x0)


def _fp_header(pdf, flow, R, layout):
    p = pdf
    ns = R.get("name_size", 19)
    if layout == "banner":
        bh = R.get("banner_h", 70)
        p.set_fill_color(*R.get("accent_rgb", (30, 60, 110)))
        p.rect(0, 0, p.w, bh, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font(p.ff, "B", ns)
        p.set_xy(flow.x0, bh / 2 - ns * 0.75)
        p.cell(0, ns * 1.2, R["name"])
        if R.get("headline"):
            p.set_font(p.ff, "", flow.fs)
            p.set_xy(flow.x0, bh / 2 + 6)
            p.cell(0, flow.lh, R["headline"])
        p.set_text_color(0, 0, 0)
        p.set_xy(flow.x0, bh + 14)
        p.set_font(p.ff, "", flow.fs - 0.5)
        p.multi_cell(flow.x1 - flow.x0, flow.lh, "   ·   ".join(R.get("contact", [])), align="C",
                     new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
        return
    align = "C" if layout == "centred" else "L"
    p.set_font(p.ff, "B", ns)
    p.set_x(flow.x0)
    p.cell(flow.x1 - flow.x0, ns * 1.3, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    if R.get("headline"):
        p.set_font(p.ff, "I", flow.fs + 1)
        p.cell(flow.x1 - flow.x0, flow.lh, R["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
    p.set_font(p.ff, "", flow.fs - 0.5)
    cl = R.get("contact_lines")
    if cl is None:
        cl = [R.get("contact_sep", "  |  ").join(R.get("contact", []))]
    for t in cl:
        p.multi_cell(flow.x1 - flow.x0, flow.lh, t, align=align, new_x="LMARGIN", new_y="NEXT")
    if R.get("header_rule", True):
        p.set_line_width(0.8)
        p.line(flow.x0, p.get_y() + 3, flow.x1, p.get_y() + 3)
    p.ln(6)


# ====================================================================== DOCX

def _docx_fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _para_border_bottom(par, color="808080"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


class DocxFlow:
    """Writes into a container (Document, cell, header) with a known text width."""

    def __init__(self, R, container, width_in, doc):
        self.R = R
        self.c = container
        self.w = width_in
        self.doc = doc
        self._first_used = False

    def _p(self, style=None):
        from docx.shared import Pt
        ps = self.c.paragraphs
        if hasattr(self.c, "_tc") and not self._first_used and len(ps) == 1 and not ps[0].text:
            p = ps[0]
            if style:
                p.style = self.doc.styles[style]
        else:
            p = self.c.add_paragraph(style=style)
        self._first_used = True
        p.paragraph_format.space_after = Pt(self.R.get("p_after", 1))
        return p

    def runs(self, p, runs, size=None):
        from docx.shared import Pt
        for t, s in runs:
            r = p.add_run(t)
            r.bold = "b" in s
            r.italic = "i" in s
            if size:
                r.font.size = Pt(size)

    def heading(self, text):
        from docx.shared import Pt, RGBColor
        hs = self.R.get("dhstyle", "styles")
        t = text.upper() if self.R.get("hupper", False) else text
        if hs == "styles":
            if hasattr(self.c, "_tc"):
                p = self._p("Heading 2")
                p.add_run(t)
            else:
                self.doc.add_heading(t, level=self.R.get("hlevel", 1))
            return
        p = self._p()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(self.R.get("dhsize", 12))
        if self.R.get("dhcolor"):
            r.font.color.rgb = RGBColor.from_string(self.R["dhcolor"])
        if hs == "rule":
            _para_border_bottom(p)

    def line(self, Ld, size=None):
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches, Pt
        p = self._p()
        p.paragraph_format.space_after = Pt(0)
        if Ld["role"] == "head":
            p.paragraph_format.space_before = Pt(self.R.get("head_before", 6))
            p.paragraph_format.keep_with_next = True
        if Ld["left"] is not None:
            g = self.R.get("dgutter", 1.4)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(g))
            p.add_run(Ld["left"] + "\t")
        elif self.R.get("order") == "datesleft" and not hasattr(self.c, "_tc"):
            p.paragraph_format.left_indent = Inches(self.R.get("dgutter", 1.4))
        self.runs(p, Ld["runs"], size)
        if Ld["right"]:
            mode = self.R.get("dright", "tab")
            if mode == "tab":
                p.paragraph_format.tab_stops.add_tab_stop(Inches(self.w), WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run("\t" + Ld["right"])
            else:
                r = p.add_run(mode + Ld["right"])
            r.italic = self.R.get("dright_italic", False)
        return p

    def bullet(self, text):
        from docx.shared import Inches, Pt
        mode = self.R.get("dbullets", "style")
        if mode == "style":
            p = self._p("List Bullet")
            p.add_run(text)
        elif mode == "glyph":
            p = self._p()
            p.paragraph_format.left_indent = Inches(0.25)
            p.paragraph_format.first_line_indent = Inches(-0.2)
            p.add_run(self.R.get("bullet", "•") + "\t" + text)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))
        else:   # dash typed
            p = self._p()
            p.add_run(self.R.get("bullet", "-") + " " + text)
        p.paragraph_format.space_after = Pt(0)
        return p

    def para(self, text, style=None, bold=False, italic=False):
        p = self._p(style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        return p

    def blocks(self, blocks):
        from docx.shared import Inches, Pt
        R = self.R
        for b in blocks:
            kind, head = b[0], b[1]
            if head:
                self.heading(head)
            if kind == "exp":
                if R.get("dlayout") == "table":
                    self.exp_tables(b[2])
                    continue
                if R.get("dlayout") == "datesleft":
                    self.exp_datesleft(b[2])
                    continue
                for item in iter_exp(b[2], R):
                    if item[0] == "group":
                        p = self.line(group_line(item[1], item[2], R))
                        continue
                    e, lines = item[1], item[2]
                    for ln in lines:
                        self.line(ln)
                    self.duties(e)
            elif kind == "list":
                for it in b[2]:
                    self.bullet(it)
            elif kind == "lines":
                for it in b[2]:
                    if isinstance(it, tuple):
                        self.line(L([(it[0], "b"), (it[1], "r")], right=it[2] if len(it) > 2 else None,
                                    role="sub"))
                    else:
                        self.para(it)
            elif kind == "para":
                self.para(b[2])
            elif kind == "kv":
                for k, v in b[2]:
                    p = self._p()
                    p.paragraph_format.space_after = Pt(0)
                    r = p.add_run(k + ": ")
                    r.bold = True
                    p.add_run(v)

    def duties(self, e, target=None):
        fl = target or self
        if e.prose and e.bullets:
            fl.para(prose_text(e))
        else:
            for bl in e.bullets:
                fl.bullet(bl)

    def exp_tables(self, entries):
        """A borderless 1x2 table per job: title/org left, dates right; bullets below."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Inches, Pt
        R = self.R
        for e in entries:
            t = self.c.add_table(rows=1, cols=2)
            _no_borders(t)
            lw = self.w - R.get("dcol_w", 1.7)
            t.columns[0].width = Inches(lw)
            t.columns[1].width = Inches(R.get("dcol_w", 1.7))
            for cell, w in zip(t.rows[0].cells, (lw, R.get("dcol_w", 1.7))):
                cell.width = Inches(w)
            left = DocxFlow(R, t.rows[0].cells[0], lw, self.doc)
            lines = entry_lines(e, R, R.get("order", "title_org"))
            for ln in lines:
                ln = dict(ln, right=None)
                left.line(ln).paragraph_format.space_before = Pt(0)
            rc = t.rows[0].cells[1]
            p = rc.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(fmt_range(e, R)).italic = R.get("dright_italic", False)
            if R.get("bullets_in_table"):
                row = t.add_row()
                m = row.cells[0].merge(row.cells[1])
                self.duties(e, DocxFlow(R, m, self.w, self.doc))
            else:
                self.duties(e)
            sp = self.c.add_paragraph()
            sp.paragraph_format.space_after = Pt(0)

    def exp_datesleft(self, entries):
        from docx.shared import Inches, Pt
        R = self.R
        gw = R.get("dgutter", 1.4)
        t = self.c.add_table(rows=0, cols=2)
        _no_borders(t)
        for e in entries:
            row = t.add_row()
            row.cells[0].width = Inches(gw)
            row.cells[1].width = Inches(self.w - gw)
            row.cells[0].paragraphs[0].add_run(fmt_range(e, R)).bold = R.get("dleft_bold", False)
            fl = DocxFlow(R, row.cells[1], self.w - gw, self.doc)
            lines = entry_lines(e, R, R.get("order", "title_org"))
            for ln in lines:
                fl.line(dict(ln, left=None, right=None)).paragraph_format.space_before = Pt(0)
            self.duties(e, fl)
            fl.para("").paragraph_format.space_after = Pt(2)


def render_docx(R, path):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    doc = docx.Document()
    sec = doc.sections[0]
    if R.get("paper") == "letter":
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:
        sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    m = R.get("dmargins", 0.8)
    sec.left_margin = sec.right_margin = Inches(m)
    sec.top_margin = sec.bottom_margin = Inches(R.get("dmargin_tb", 0.7))
    width = (sec.page_width - sec.left_margin - sec.right_margin) / 914400
    st = doc.styles["Normal"]
    st.font.name = R.get("dfont", "Calibri")
    st.font.size = Pt(R.get("dsize", 10.5))
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[hn].font.name = R.get("dhfont", R.get("dfont", "Calibri"))
    cp = doc.core_properties
    cp.author = R.get("docx_author", R["name"])
    cp.last_modified_by = R.get("docx_author", R["name"])
    cp.title = R.get("docx_title", "")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = R.get("docx_rev", 3)
    cp.comments = ""

    layout = R.get("dlayout_page", "plain")

    def header_block(fl, align=None):
        if R.get("name_style") == "Title":
            p = doc.add_paragraph(R["name"], style="Title") if fl.c is doc else fl.para(R["name"], style="Title")
        else:
            p = fl._p()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(R.get("dname_size", 18))
            if R.get("dname_color"):
                r.font.color.rgb = RGBColor.from_string(R["dname_color"])
        if align:
            p.alignment = align
        if R.get("headline"):
            hp = fl.para(R["headline"], italic=True)
            if align:
                hp.alignment = align
        for t in R.get("contact_lines", [R.get("contact_sep", " | ").join(R.get("contact", []))]):
            cpp = fl.para(t)
            if align:
                cpp.alignment = align

    main = DocxFlow(R, doc, width, doc)
    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        sw = R.get("dside_w", 2.2)
        cells = t.rows[0].cells
        cells[0].width = Inches(sw)
        cells[1].width = Inches(width - sw)
        _shade(cells[0], R.get("dside_fill", "DCE6F0"))
        side = DocxFlow(dict(R, dhstyle="plain", dhsize=11), cells[0], sw - 0.15, doc)
        header_block(side)
        side.blocks(R.get("side", []))
        main = DocxFlow(R, cells[1], width - sw - 0.15, doc)
        if R.get("summary"):
            if R.get("summary_head"):
                main.heading(R["summary_head"])
            main.para(R["summary"])
        main.blocks(R["blocks"])
    else:
        if layout == "header":
            hdr = sec.header
            hp = hdr.paragraphs[0]
            r = hp.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(R.get("dname_size", 16))
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if R.get("hdr_center", True) else None
            for tline in R.get("contact_lines", [" | ".join(R.get("contact", []))]):
                q = hdr.add_paragraph(tline)
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER if R.get("hdr_center", True) else None
            if R.get("headline"):
                main.para(R["headline"], bold=True)
        else:
            header_block(main, WD_ALIGN_PARAGRAPH.CENTER if R.get("dcenter") else None)
        if R.get("dfooter"):
            sec.footer.paragraphs[0].text = R["dfooter"]
            sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("summary"):
            if R.get("summary_head"):
                main.heading(R["summary_head"])
            main.para(R["summary"])
        main.blocks(R["blocks"])
    doc.save(path)
    _docx_fix_zip(path)


# ====================================================================== text / md / html

def _txt_line(Ld, R, width):
    text = "".join(t for t, _ in Ld["runs"])
    if R.get("txt_upper_head") and Ld["role"] == "head":
        text = text.upper()
    if Ld["left"] is not None:
        text = f"{Ld['left']:<{R.get('txt_gutter', 22)}}{text}"
    right = Ld["right"]
    if right:
        mode = R.get("txt_right", "pad")
        if mode == "pad" and len(text) + len(right) + 3 <= width:
            text = text + " " * (width - len(text) - len(right)) + right
        elif mode == "pad":
            text = text + "\n" + " " * (width - len(right)) + right
        elif mode == "newline":
            text = text + "\n" + right
        else:
            text = text + mode + right
    return text


def render_txt(R, path):
    width = R.get("txt_width", 78)
    wrap = R.get("txt_wrap")
    out = []
    name = R["name"].upper() if R.get("txt_name_upper", True) else R["name"]
    out.append(name)
    if R.get("headline"):
        out.append(R["headline"])
    for t in R.get("contact_lines", R.get("contact", [])):
        out.append(t)
    out.append("")
    hstyle = R.get("txt_hstyle", "underline")

    def head(h):
        if hstyle == "underline":
            out.extend([h.upper(), "-" * len(h)])
        elif hstyle == "equals":
            out.extend([h, "=" * len(h)])
        elif hstyle == "caps":
            out.append(h.upper())
        elif hstyle == "colon":
            out.append(h + ":")
        elif hstyle == "stars":
            out.append(f"*** {h.upper()} ***")
        elif hstyle == "box":
            out.extend(["=" * width, h.upper(), "=" * width])
        else:
            out.append(h)

    def bl(text, glyph, indent=""):
        prefix = indent + (glyph + " " if glyph else "")
        if wrap:
            out.extend(textwrap.wrap(text, wrap, initial_indent=prefix,
                                     subsequent_indent=" " * len(prefix)))
        else:
            out.append(prefix + text)

    if R.get("summary"):
        if R.get("summary_head"):
            head(R["summary_head"])
        bl(R["summary"], None)
        out.append("")
    glyph = bullet_glyph(R)
    for b in R["blocks"]:
        kind, h = b[0], b[1]
        if h:
            head(h)
        if kind == "exp":
            for item in iter_exp(b[2], R):
                if item[0] == "group":
                    out.append(_txt_line(group_line(item[1], item[2], R), R, width))
                    continue
                e, lines = item[1], item[2]
                for ln in lines:
                    out.append(_txt_line(ln, R, width))
                if R.get("txt_duties_label") and e.bullets:
                    out.append(R["txt_duties_label"])
                if e.prose and e.bullets:
                    bl(prose_text(e), None)
                else:
                    for x in e.bullets:
                        bl(x, glyph, R.get("txt_indent", ""))
                out.append("")
        elif kind == "list":
            for x in b[2]:
                bl(x, R.get("list_bullet", glyph), R.get("txt_indent", ""))
            out.append("")
        elif kind == "lines":
            for x in b[2]:
                if isinstance(x, tuple):
                    out.append(_txt_line(L([(x[0], "b"), (x[1], "r")], right=x[2] if len(x) > 2 else None,
                                           role="sub"), R, width))
                else:
                    out.append(x)
            out.append("")
        elif kind == "para":
            bl(b[2], None)
            out.append("")
        elif kind == "kv":
            for k, v in b[2]:
                out.append(f"{k}: {v}")
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if R.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def _md_runs(runs):
    s = []
    for t, st in runs:
        if not t.strip():
            s.append(t)
            continue
        lead = t[: len(t) - len(t.lstrip())]
        core = t.strip()
        trail = t[len(t.rstrip()):]
        if st == "b":
            s.append(f"{lead}**{core}**{trail}")
        elif st == "i":
            s.append(f"{lead}*{core}*{trail}")
        elif st == "bi":
            s.append(f"{lead}***{core}***{trail}")
        else:
            s.append(t)
    return "".join(s)


def render_md(R, path):
    out = [f"# {R['name']}", ""]
    if R.get("headline"):
        out += [f"**{R['headline']}**", ""]
    cl = R.get("contact_lines", [" · ".join(R.get("contact", []))])
    for t in cl:
        out.append(t + ("  " if len(cl) > 1 else ""))
    out.append("")
    hl = R.get("md_hlevel", "##")
    if R.get("summary"):
        if R.get("summary_head"):
            out += [f"{hl} {R['summary_head']}", ""]
        out += [R["summary"], ""]
    glyph = R.get("bullet", "-")
    mode = R.get("md_entry", "h3")
    for b in R["blocks"]:
        kind, h = b[0], b[1]
        if h:
            out += [f"{hl} {h}", ""]
        if kind == "exp":
            for item in iter_exp(b[2], R):
                if item[0] == "group":
                    g = group_line(item[1], item[2], R)
                    out += [f"### {''.join(t for t, _ in g['runs'])}" + (f" — {g['right']}" if g["right"] else ""), ""]
                    continue
                e, lines = item[1], item[2]
                for i, ln in enumerate(lines):
                    if i == 0 and mode == "h3":
                        txt = "".join(t for t, _ in ln["runs"])
                        if R.get("order") == "orgfirst":
                            txt = "#### " + txt
                        else:
                            txt = "### " + txt
                        if ln["right"]:
                            txt += R.get("md_right", " — ") + ln["right"]
                        out.append(txt)
                        out.append("")
                    else:
                        txt = _md_runs(ln["runs"])
                        if ln["left"] is not None:
                            txt = f"`{ln['left']}` " + txt
                        if ln["right"]:
                            txt += R.get("md_right", " — ") + f"*{ln['right']}*"
                        out.append(txt + "  ")
                if out[-1] != "":
                    out[-1] = out[-1].rstrip()
                    out.append("")
                if e.prose and e.bullets:
                    out += [prose_text(e), ""]
                elif e.bullets:
                    out += [f"{glyph} {x}" for x in e.bullets]
                    out.append("")
        elif kind == "list":
            out += [f"{glyph} {x}" for x in b[2]]
            out.append("")
        elif kind == "lines":
            for x in b[2]:
                if isinstance(x, tuple):
                    out.append(f"**{x[0]}**{x[1]}" + (f" ({x[2]})" if len(x) > 2 and x[2] else "") + "  ")
                else:
                    out.append(x + "  ")
            out.append("")
        elif kind == "para":
            out += [b[2], ""]
        elif kind == "kv":
            out += [f"- **{k}:** {v}" for k, v in b[2]]
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def _h_runs(runs):
    s = []
    for t, st in runs:
        et = html.escape(t, quote=False)
        if st == "b":
            s.append(f"<strong>{et}</strong>")
        elif st == "i":
            s.append(f"<em>{et}</em>")
        elif st == "bi":
            s.append(f"<strong><em>{et}</em></strong>")
        else:
            s.append(et)
    return "".join(s)


def render_html(R, path):
    esc = lambda t: html.escape(t, quote=False)  # noqa: E731
    mode = R.get("html_mode", "div")
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
                       "h1{margin-bottom:2px}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".dates{float:right;color:#555}.job{margin-bottom:12px}ul{margin-top:3px}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(R.get('html_title', R['name'] + ' - CV'))}</title>",
           f"<style>{css}</style>", "</head>", "<body>"]
    if R.get("html_gen"):
        out.insert(4, f'<meta name="generator" content="{esc(R["html_gen"])}">')
    out.append(f"<h1>{esc(R['name'])}</h1>")
    if R.get("headline"):
        out.append(f'<p class="headline">{esc(R["headline"])}</p>')
    out.append('<p class="contact">' + "<br>\n".join(esc(t) for t in R.get("contact", [])) + "</p>")
    if R.get("summary"):
        if R.get("summary_head"):
            out.append(f"<h2>{esc(R['summary_head'])}</h2>")
        out.append(f"<p>{esc(R['summary'])}</p>")
    for b in R["blocks"]:
        kind, h = b[0], b[1]
        out.append("<section>")
        if h:
            out.append(f"<h2>{esc(h)}</h2>")
        if kind == "exp":
            if mode == "table":
                out.append('<table class="jobs">')
                for e in b[2]:
                    lines = entry_lines(e, R, R.get("order", "title_org"))
                    cell = "<br>".join(_h_runs(ln["runs"]) for ln in lines)
                    out.append(f'<tr><td class="when">{esc(fmt_range(e, R))}</td><td>{cell}')
                    if e.prose and e.bullets:
                        out.append(f"<p>{esc(prose_text(e))}</p>")
                    elif e.bullets:
                        out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>")
                    out.append("</td></tr>")
                out.append("</table>")
            else:
                for item in iter_exp(b[2], R):
                    if item[0] == "group":
                        g = group_line(item[1], item[2], R)
                        out.append(f"<h3>{_h_runs(g['runs'])}"
                                   + (f' <span class="loc">{esc(g["right"])}</span>' if g["right"] else "")
                                   + "</h3>")
                        continue
                    e, lines = item[1], item[2]
                    out.append('<div class="job">')
                    for i, ln in enumerate(lines):
                        tag = R.get("html_h", "h3") if i == 0 else "p"
                        right = f' <span class="dates">{esc(ln["right"])}</span>' if ln["right"] else ""
                        left = f'<span class="dates">{esc(ln["left"])}</span> ' if ln["left"] is not None else ""
                        out.append(f"<{tag}>{left}{_h_runs(ln['runs'])}{right}</{tag}>")
                    if e.prose and e.bullets:
                        out.append(f"<p>{esc(prose_text(e))}</p>")
                    elif e.bullets:
                        out.append("<ul>")
                        out += [f"  <li>{esc(x)}</li>" for x in e.bullets]
                        out.append("</ul>")
                    out.append("</div>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[2]) + "</ul>")
        elif kind == "lines":
            for x in b[2]:
                if isinstance(x, tuple):
                    out.append(f"<p><strong>{esc(x[0])}</strong>{esc(x[1])}"
                               + (f" <span class=\"dates\">{esc(x[2])}</span>" if len(x) > 2 and x[2] else "")
                               + "</p>")
                else:
                    out.append(f"<p>{esc(x)}</p>")
        elif kind == "para":
            out.append(f"<p>{esc(b[2])}</p>")
        elif kind == "kv":
            out.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in b[2]) + "</dl>")
        out.append("</section>")
    if R.get("html_footer"):
        out.append(f"<footer><small>{esc(R['html_footer'])}</small></footer>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(R, path):
    RENDERERS[R["fmt"]](R, path)
