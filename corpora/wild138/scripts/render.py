"""Renderers for wild138: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every renderer reads the same résumé dict (see defs_a.py) and prints the entries with hdr_lines();
nothing here decides a label.
"""
import datetime as _dt
import html as _html
import io
import os
import zipfile

from lib import fmt_range

FIXED_DT = _dt.datetime(2026, 10, 12, 9, 30, 0, tzinfo=_dt.timezone.utc)
ZIP_DT = (2026, 10, 12, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu"


# ------------------------------------------------------------------ shared text logic

def drange(e, R):
    return fmt_range(e, R.get("ds", "mon"), R.get("present", "Present"), R.get("sep", " – "))


def hdr_lines(e, R):
    """Entry header as a list of (left, right, style); style b=bold, i=italic, r=regular, n=note."""
    dr = drange(e, R)
    ol = R.get("orgsep", ", ").join(x for x in (e.org, e.loc) if x)
    mode = R.get("hdr", "title_org")
    dash = R.get("dash", " – ")
    out = []
    if mode == "title_org":
        out.append((e.title, dr, "b"))
        if ol:
            out.append((ol, "", "i"))
    elif mode == "org_title":
        out.append((ol or e.title, dr, "b"))
        if ol:
            out.append((e.title, "", "i"))
    elif mode == "dateline":
        out.append((e.title, "", "b"))
        if ol:
            out.append((ol, "", "r"))
        out.append((dr, "", "i"))
    elif mode == "pipe":
        out.append((" | ".join(x for x in (e.title, e.org, e.loc) if x), dr, "b"))
    elif mode == "dash":
        out.append((e.title + (dash + ol if ol else ""), dr, "b"))
    elif mode == "datefirst":
        out.append((dr, "", "i"))
        out.append((e.title + (", " + ol if ol else ""), "", "b"))
    elif mode == "inline":
        parts = [e.title] + ([ol] if ol else [])
        out.append((", ".join(parts) + f" ({dr})", "", "b"))
    elif mode == "orgfirst":
        out.append((e.title, dr, "b"))
    else:
        raise ValueError(mode)
    if e.note:
        out.append((e.note, "", "n"))
    return out


def org_heading(e, R):
    return R.get("orgsep", ", ").join(x for x in (e.org, e.loc) if x) if e.org else None


def entry_stream(ents, R):
    """Yield ('org', text) when an org-first layout changes employer, then ('entry', e)."""
    prev = object()
    for e in ents:
        if R.get("hdr") == "orgfirst" and e.org != prev:
            h = org_heading(e, R)
            if h:
                yield ("org", h)
            prev = e.org
        yield ("entry", e)


def head_text(h, R):
    return h.upper() if R.get("caps") else h


# ------------------------------------------------------------------ reportlab

def _rl_fonts(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "times":
        return {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
    if kind == "dejavu":
        for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                       ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf")):
            if nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, os.path.join(DEJAVU, fn)))
        return {"r": "DV", "b": "DV-B", "i": "DV-I", "bi": "DV-BI"}
    if kind == "serif":
        for nm, fn in (("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                       ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf")):
            if nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, os.path.join(DEJAVU, fn)))
        return {"r": "DVS", "b": "DVS-B", "i": "DVS-I", "bi": "DVS-BI"}
    return {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}


def _hex(c):
    from reportlab.lib.colors import HexColor
    return HexColor(c)


class RLFlow:
    def __init__(self, c, R, total_pages):
        from reportlab.lib.pagesizes import A4, letter
        self.c, self.R = c, R
        self.W, self.H = letter if R.get("paper") == "letter" else A4
        self.F = _rl_fonts(R.get("font", "helv"))
        self.size = R.get("size", 10)
        self.lead = self.size * 1.32
        self.m = R.get("margin", 50)
        self.page = 1
        self.total = total_pages
        self.layout = R.get("layout", "plain")
        self.x = self.m
        self.w = self.W - 2 * self.m
        self.y = self.H - self.m
        self.bottom = self.m + (22 if R.get("footer") else 0)
        self.accent = R.get("accent", "#1f3b5a")

    # -- primitives
    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m
        if self.layout == "sidebar":
            self.x, self.w = self.m, self.W - 2 * self.m

    def _footer(self):
        f = self.R.get("footer")
        if not f:
            return
        txt = f.format(page=self.page, pages=self.total or "?")
        self.c.setFont(self.F["r"], 8)
        self.c.setFillColor(_hex("#666666"))
        if self.R.get("footer_align") == "right":
            self.c.drawRightString(self.W - self.m, self.m - 8, txt)
        else:
            self.c.drawCentredString(self.W / 2, self.m - 8, txt)
        self.c.setFillColor(_hex("#000000"))

    def finish(self):
        self._footer()
        self.c.showPage()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text(self, s, style="r", size=None, color="#000000", right="", indent=0, lead=None, glyph=None,
             x=None, w=None):
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        lead = lead or size * 1.32
        font = self.F.get(style, self.F["r"])
        x0 = (self.x if x is None else x) + indent
        ww = (self.w if w is None else w) - indent
        rw = 0
        if right:
            rw = self.c.stringWidth(right, self.F["r"], size) + 8
        gw = 0
        if glyph:
            gw = self.c.stringWidth(glyph + "  ", font, size)
        lines = simpleSplit(s, font, size, ww - gw - rw) or [""]
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            self.c.setFillColor(_hex(color))
            if glyph and i == 0:
                self.c.setFont(font, size)
                self.c.drawString(x0, self.y, glyph)
            self.c.setFont(font, size)
            self.c.drawString(x0 + gw, self.y, ln)
            if right and i == 0:
                self.c.setFont(self.F["r"], size)
                self.c.drawRightString(x0 + ww, self.y, right)
        self.c.setFillColor(_hex("#000000"))

    def gap(self, h):
        self.y -= h

    def rule(self, color=None, x=None, w=None):
        self.c.setStrokeColor(_hex(color or self.accent))
        self.c.setLineWidth(0.7)
        x0 = self.x if x is None else x
        ww = self.w if w is None else w
        self.c.line(x0, self.y - 3, x0 + ww, self.y - 3)
        self.y -= 5

    # -- blocks
    def heading(self, h):
        self.need(self.lead * 3)
        self.gap(self.size * 0.7)
        st = self.R.get("head_style", "rule")
        self.text(head_text(h, self.R), "b", self.size + 1.5, self.accent)
        if st == "rule":
            self.rule()
        else:
            self.gap(2)

    def block(self, blk):
        h, t, content = blk
        if h:
            self.heading(h)
        if t == "text":
            self.text(content)
        elif t == "lines":
            for s in content:
                self.text(s, glyph=self.R.get("bullet", "•"), indent=6)
        elif t == "plain":
            for s in content:
                self.text(s)
        elif t == "pairs":
            for a, b in content:
                self.text(a, right=b)
        elif t == "entries":
            self.entries(content)

    def entries(self, ents):
        date_col = self.layout == "datecol"
        dcw = 92
        for kind, obj in entry_stream(ents, self.R):
            if kind == "org":
                self.need(self.lead * 4)
                self.gap(4)
                self.text(obj.upper() if self.R.get("org_caps") else obj, "b", self.size + 0.5)
                continue
            e = obj
            self.need(self.lead * 3)
            self.gap(self.size * 0.45)
            hl = hdr_lines(e, self.R)
            if date_col:
                dr = drange(e, self.R)
                y_before = self.y
                first = True
                for left, right, st in hl:
                    self.text(left, {"n": "i"}.get(st, st), size=self.size - (1 if st == "n" else 0),
                              x=self.x + dcw, w=self.w - dcw,
                              color="#555555" if st == "n" else "#000000")
                    if first:
                        self.c.setFont(self.F["r"], self.size - 1)
                        self.c.setFillColor(_hex("#444444"))
                        self.c.drawString(self.x, y_before - self.lead, dr)
                        self.c.setFillColor(_hex("#000000"))
                        first = False
                self._body(e, x=self.x + dcw, w=self.w - dcw)
            else:
                for left, right, st in hl:
                    self.text(left, {"n": "i"}.get(st, st), size=self.size - (1 if st == "n" else 0),
                              right=right, color="#555555" if st == "n" else "#000000")
                self._body(e)

    def _body(self, e, x=None, w=None):
        if not e.bullets:
            return
        if e.prose:
            self.text(" ".join(e.bullets), x=x, w=w)
        else:
            for b in e.bullets:
                self.text(b, glyph=self.R.get("bullet", "•"), indent=8, x=x, w=w)


def _rl_draw(R, path_or_buf, total):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    size = letter if R.get("paper") == "letter" else A4
    c = canvas.Canvas(path_or_buf, pagesize=size, invariant=1)
    c.setAuthor(R["name"])
    c.setTitle(R.get("doc_title", R["name"] + " - Resume"))
    c.setCreator(R.get("creator", "Microsoft Word"))
    f = RLFlow(c, R, total)
    layout = R.get("layout", "plain")
    if layout == "sidebar":
        sw = R.get("side_w", 170)
        c.setFillColor(_hex(R.get("side_color", "#e8edf2")))
        c.rect(0, 0, sw, f.H, stroke=0, fill=1)
        c.setFillColor(_hex("#000000"))
        # sidebar content
        f.x, f.w = 18, sw - 32
        f.text(R["name"], "b", 15, f.accent, lead=19)
        if R.get("headline"):
            f.text(R["headline"], "i", 9)
        f.gap(6)
        for s in R["contact"]:
            f.text(s, size=8.5)
        for blk in R.get("side", []):
            f.gap(8)
            f.text(head_text(blk[0], R), "b", 9.5, f.accent)
            f.rule(x=18, w=sw - 32)
            for s in blk[2] if blk[1] != "text" else [blk[2]]:
                if blk[1] == "lines":
                    f.text(s, size=8.5, glyph=R.get("side_bullet", "-"))
                else:
                    f.text(s, size=8.5)
        f.x, f.w = sw + 22, f.W - sw - 22 - f.m + 10
        f.y = f.H - f.m
    elif layout == "banner":
        bh = 78
        c.setFillColor(_hex(f.accent))
        c.rect(0, f.H - bh, f.W, bh, stroke=0, fill=1)
        c.setFillColor(_hex("#ffffff"))
        c.setFont(f.F["b"], 20)
        c.drawString(f.m, f.H - 38, R["name"])
        c.setFont(f.F["r"], 9)
        c.drawString(f.m, f.H - 56, "  |  ".join(R["contact"]))
        if R.get("headline"):
            c.drawRightString(f.W - f.m, f.H - 38, R["headline"])
        c.setFillColor(_hex("#000000"))
        f.y = f.H - bh - 14
    else:
        align = R.get("name_align", "left")
        c.setFont(f.F["b"], 18)
        if align == "center":
            c.drawCentredString(f.W / 2, f.y - 18, R["name"])
        else:
            c.drawString(f.x, f.y - 18, R["name"])
        f.y -= 26
        if R.get("headline"):
            f.text(R["headline"], "i", f.size + 0.5)
        cl = R.get("contact_join", "  •  ").join(R["contact"])
        if align == "center":
            from reportlab.lib.utils import simpleSplit
            for ln in simpleSplit(cl, f.F["r"], 9, f.w):
                f.y -= 12
                c.setFont(f.F["r"], 9)
                c.drawCentredString(f.W / 2, f.y, ln)
        else:
            f.text(cl, size=9)
        f.gap(4)
    for blk in R["blocks"]:
        f.block(blk)
    f.finish()
    c.save()
    return f.page


def render_rl(R, path):
    buf = io.BytesIO()
    pages = _rl_draw(R, buf, None)
    _rl_draw(R, path, pages)


# ------------------------------------------------------------------ fpdf2

def render_fpdf(R, path):
    from fpdf import FPDF

    accent = R.get("accent", "#23395b")
    ac = tuple(int(accent[i:i + 2], 16) for i in (1, 3, 5))

    class PDF(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("F", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, R["footer"].format(page=self.page_no(), pages="{nb}"),
                          align=R.get("footer_align", "C"))
                self.set_text_color(0, 0, 0)

    pdf = PDF(format=R.get("paper", "A4"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(R["name"])
    pdf.set_title(R.get("doc_title", "CV - " + R["name"]))
    pdf.set_creator(R.get("creator", "Writer"))
    fam = {"sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
           "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
           "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
                    "DejaVuSansCondensed-BoldOblique")}[R.get("font", "sans")]
    for st, fn in zip(("", "B", "I", "BI"), fam):
        pdf.add_font("F", st, os.path.join(DEJAVU, fn + ".ttf"))
    pdf.set_auto_page_break(True, margin=18)
    lm = R.get("margin", 16)
    pdf.set_margins(lm, 14, lm)
    pdf.add_page()
    size = R.get("size", 9.5)
    lh = size * 0.5
    layout = R.get("layout", "left")
    st_map = {"b": "B", "i": "I", "r": "", "n": "I", "bi": "BI"}

    def col():
        return pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin

    def line(left, right="", style="", sz=None, color=(0, 0, 0), glyph=None, indent=0):
        sz = sz or size
        x, w = col()
        if pdf.get_y() > pdf.h - 26:
            pdf.add_page()
        pdf.set_font("F", style, sz)
        pdf.set_text_color(*color)
        y0 = pdf.get_y()
        rw = pdf.get_string_width(right) + 3 if right else 0
        gw = 0
        if glyph:
            gw = pdf.get_string_width(glyph) + 2.2
            pdf.set_xy(x + indent, y0)
            pdf.cell(gw, lh + 0.6, glyph)
        pdf.set_xy(x + indent + gw, y0)
        pdf.multi_cell(w - indent - gw - rw, lh + 0.6, left, align=R.get("align", "L"), new_x="LMARGIN",
                       new_y="NEXT")
        y1 = pdf.get_y()
        if right:
            pdf.set_font("F", "", sz)
            pdf.set_xy(x + w - rw, y0)
            pdf.cell(rw, lh + 0.6, right, align="R")
            pdf.set_y(max(y1, y0 + lh + 0.6))
        pdf.set_x(x)
        pdf.set_text_color(0, 0, 0)

    def heading(h):
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(2.2)
        x, w = col()
        pdf.set_font("F", "B", size + 1.5)
        pdf.set_text_color(*ac)
        if R.get("head_fill"):
            pdf.set_fill_color(232, 236, 242)
            pdf.cell(w, lh + 2.5, head_text(h, R), fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(w, lh + 2, head_text(h, R), new_x="LMARGIN", new_y="NEXT")
            if R.get("head_style", "rule") == "rule":
                pdf.set_draw_color(*ac)
                pdf.set_line_width(0.3)
                pdf.line(x, pdf.get_y(), x + w, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.2)

    def body(e):
        if not e.bullets:
            return
        if e.prose:
            line(" ".join(e.bullets))
        else:
            for b in e.bullets:
                line(b, glyph=R.get("bullet", "•"), indent=3)

    def block(blk):
        h, t, content = blk
        if h:
            heading(h)
        if t == "text":
            line(content)
        elif t == "lines":
            for s in content:
                line(s, glyph=R.get("bullet", "•"), indent=3)
        elif t == "plain":
            for s in content:
                line(s)
        elif t == "pairs":
            for a, b in content:
                line(a, b)
        elif t == "entries":
            for kind, obj in entry_stream(content, R):
                if kind == "org":
                    pdf.ln(1.5)
                    line(obj.upper() if R.get("org_caps") else obj, style="B", sz=size + 0.5)
                    continue
                if pdf.get_y() > pdf.h - 38:
                    pdf.add_page()
                pdf.ln(1.4)
                for left, right, st in hdr_lines(obj, R):
                    line(left, right, st_map[st], sz=size - (0.8 if st == "n" else 0),
                         color=(90, 90, 90) if st == "n" else (0, 0, 0))
                body(obj)

    # header
    if layout == "banner":
        pdf.set_fill_color(*ac)
        pdf.rect(0, 0, pdf.w, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(lm, 8)
        pdf.set_font("F", "B", 18)
        pdf.cell(0, 8, R["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 8.5)
        pdf.cell(0, 6, "  ·  ".join(R["contact"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(34)
        if R.get("headline"):
            line(R["headline"], style="I")
    elif layout == "sidebar":
        sw = R.get("side_w", 58)
        pdf.set_fill_color(*R.get("side_rgb", (236, 240, 236)))
        pdf.rect(pdf.w - sw, 0, sw, pdf.h, style="F")
        main_r = sw + 8
        pdf.set_margins(pdf.w - sw + 5, 14, 5)
        pdf.set_y(16)
        pdf.set_font("F", "B", 10)
        for s in R["contact"]:
            line(s, sz=8)
        for blk in R.get("side", []):
            pdf.ln(3)
            pdf.set_font("F", "B", 9)
            pdf.set_text_color(*ac)
            pdf.cell(0, 5, head_text(blk[0], R), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            for s in blk[2] if blk[1] != "text" else [blk[2]]:
                line(s, sz=8, glyph=R.get("side_bullet") if blk[1] == "lines" else None)
        pdf.set_margins(lm, 14, main_r)
        pdf.set_y(14)
        pdf.set_font("F", "B", 17)
        pdf.cell(0, 9, R["name"], new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            line(R["headline"], style="I")
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("F", "B", 17)
        pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            pdf.set_font("F", "I", size + 0.5)
            pdf.cell(0, 5.5, R["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", 8.5)
        pdf.multi_cell(0, 4.6, R.get("contact_join", "  |  ").join(R["contact"]), align=align,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    for blk in R["blocks"]:
        block(blk)
        if layout == "sidebar" and pdf.page > 1:
            pdf.set_margins(lm, 14, lm)
    pdf.output(path)


# ------------------------------------------------------------------ python-docx

def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def render_docx(R, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(R.get("margin_cm", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name = R.get("font", "Calibri")
    normal.font.size = Pt(R.get("size", 10.5))
    accent = RGBColor.from_string(R.get("accent", "1F3864").lstrip("#"))
    layout = R.get("layout", "styles")
    bmode = R.get("bullet_mode", "style")
    glyph = R.get("bullet", "•")

    def para(container, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
             tab_right=None, right_text=None, space_after=2):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        if right_text:
            p.paragraph_format.tab_stops.add_tab_stop(tab_right, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right_text)
            r2.italic = R.get("date_italic", False)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def bullet(container, text):
        if bmode == "style":
            p = container.add_paragraph(text, style="List Bullet")
        else:
            p = container.add_paragraph(f"{glyph}\t{text}" if bmode == "tab" else f"{glyph} {text}")
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, h):
        if R.get("head_mode", "style") == "style" and container is doc:
            hp = doc.add_heading(head_text(h, R), level=1)
        else:
            hp = para(container, head_text(h, R), bold=True, size=R.get("size", 10.5) + 1.5, color=accent,
                      space_after=3)
            hp.paragraph_format.space_before = Pt(8)
        return hp

    def entry(container, e, width):
        mode = R.get("entry_mode") or ("table" if layout == "table" else "tabs")
        hl = hdr_lines(e, R)
        if mode in ("table", "nested") and container is not None:
            host = container
            t = host.add_table(rows=1, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            if R.get("grid"):
                t.style = doc.styles["Table Grid"]
            else:
                _no_borders(t)
            left, right = t.rows[0].cells
            left.width = int(width * 0.72)
            right.width = int(width * 0.28)
            first = True
            for ltxt, rtxt, st in hl:
                p = left.paragraphs[0] if first else left.add_paragraph()
                r = p.add_run(ltxt)
                r.bold = st == "b"
                r.italic = st in ("i", "n")
                if first:
                    rp = right.paragraphs[0]
                    rp.add_run(drange(e, R) if R.get("hdr") not in ("dateline", "datefirst", "inline") else "")
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first = False
            if R.get("bullets_in_cell"):
                for b in e.bullets if not e.prose else [" ".join(e.bullets)]:
                    p = left.add_paragraph(f"{glyph} {b}" if not e.prose else b)
                return
        else:
            for ltxt, rtxt, st in hl:
                para(container, ltxt, bold=st == "b", italic=st in ("i", "n"), tab_right=width,
                     right_text=rtxt or None, space_after=0 if st != "n" else 1,
                     size=(R.get("size", 10.5) - 1) if st == "n" else None)
        if e.prose:
            para(container, " ".join(e.bullets))
        else:
            for b in e.bullets:
                bullet(container, b)
        para(container, "", space_after=0)

    def block(container, blk, width):
        h, t, content = blk
        if h:
            heading(container, h)
        if t == "text":
            para(container, content)
        elif t == "lines":
            for s in content:
                bullet(container, s)
        elif t == "plain":
            for s in content:
                para(container, s, space_after=1)
        elif t == "pairs":
            for a, b in content:
                para(container, a, tab_right=width, right_text=b, space_after=1)
        elif t == "entries":
            for kind, obj in entry_stream(content, R):
                if kind == "org":
                    p = para(container, obj.upper() if R.get("org_caps") else obj, bold=True, space_after=1)
                    p.paragraph_format.space_before = Pt(6)
                else:
                    entry(container, obj, width)

    def name_block(container, center=False):
        p = para(container, R["name"], bold=True, size=R.get("name_size", 20), color=accent,
                 align=WD_ALIGN_PARAGRAPH.CENTER if center else None, space_after=0)
        if R.get("headline"):
            para(container, R["headline"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)
        return p

    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        sw = int(text_w * 0.32)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = sw, text_w - sw
        _shade(lc, R.get("side_fill", "DCE6F0"))
        lc.paragraphs[0].add_run(R["name"]).bold = True
        lc.paragraphs[0].runs[0].font.size = Pt(16)
        for s in R["contact"]:
            para(lc, s, size=9, space_after=0)
        for blk in R.get("side", []):
            para(lc, head_text(blk[0], R), bold=True, color=accent, space_after=1).paragraph_format.space_before = Pt(8)
            for s in blk[2] if blk[1] != "text" else [blk[2]]:
                para(lc, (glyph + " " + s) if blk[1] == "lines" else s, size=9, space_after=1)
        if R.get("headline"):
            para(rc, R["headline"], italic=True)
        for blk in R["blocks"]:
            block(rc, blk, text_w - sw - Cm(0.4))
        # python-docx's cell starts with an empty paragraph: fill it with nothing, fine
    else:
        if layout == "header":
            hp = sec.header.paragraphs[0]
            r = hp.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(14)
            hp2 = sec.header.add_paragraph(R.get("contact_join", " | ").join(R["contact"]))
            hp2.runs[0].font.size = Pt(8.5)
        else:
            name_block(doc, center=R.get("center", False))
            para(doc, R.get("contact_join", " | ").join(R["contact"]), size=9,
                 align=WD_ALIGN_PARAGRAPH.CENTER if R.get("center") else None, space_after=6)
        for blk in R["blocks"]:
            block(doc, blk, text_w)
    if R.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(R["footer"].format(page="", pages="").strip())
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)
    _fix_zip(path)


# ------------------------------------------------------------------ text, Markdown, HTML

def _wrap(s, width, indent=""):
    import textwrap
    return textwrap.fill(s, width=width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def render_txt(R, path):
    W = R.get("width", 78)
    layout = R.get("layout", "ruled")
    g = R.get("bullet", "-")
    out = []
    if layout == "portal":
        out.append(R["name"].upper())
        out += R["contact"]
        out.append("")
    else:
        out.append(R["name"] if not R.get("caps") else R["name"].upper())
        out.append(R.get("contact_join", " | ").join(R["contact"]) if R.get("contact_join") else "\n".join(R["contact"]))
        if R.get("headline"):
            out.append(R["headline"])
        out.append("")
    wrap = R.get("wrap", True)

    def w(s, ind=""):
        return _wrap(s, W, ind) if wrap else s

    for h, t, content in R["blocks"]:
        if h:
            ht = head_text(h, R)
            under = R.get("underline")
            if layout == "portal":
                out.append(ht + ":")
            elif under:
                out.append(ht)
                out.append(under * len(ht))
            else:
                out.append(ht)
            out.append("") if R.get("blank_after_head", True) else None
        if t == "text":
            out.append(w(content))
        elif t == "lines":
            for s in content:
                out.append(w(f"{g} {s}", " " * (len(g) + 1)))
        elif t == "plain":
            out += content
        elif t == "pairs":
            for a, b in content:
                out.append(f"{a}{R.get('pair_sep', ', ')}{b}" if b else a)
        elif t == "entries":
            for kind, e in entry_stream(content, R):
                if kind == "org":
                    out.append(e.upper() if R.get("org_caps") else e)
                    continue
                if layout == "portal":
                    keys = R.get("portal_keys", ("Organisation", "Designation", "Duration", "Location"))
                    vals = (e.org, e.title, drange(e, R), e.loc)
                    for k, v in zip(keys, vals):
                        if v:
                            out.append(f"{k:<14}: {v}")
                    if e.note:
                        out.append(f"{'Remarks':<14}: {e.note}")
                    if e.bullets:
                        out.append(R.get("portal_resp", "Responsibilities:"))
                        for b in e.bullets:
                            out.append(w(f"  {g} {b}", " " * (len(g) + 3)))
                    out.append("")
                    continue
                for left, right, st in hdr_lines(e, R):
                    if right:
                        if R.get("right_tab"):
                            out.append(f"{left}\t{right}")
                        else:
                            pad = W - len(left) - len(right)
                            out.append(left + " " * max(pad, 3) + right)
                    else:
                        out.append(left)
                if e.prose and e.bullets:
                    out.append(w(" ".join(e.bullets)))
                else:
                    for b in e.bullets:
                        out.append(w(f"{g} {b}", " " * (len(g) + 1)))
                out.append("")
        if out and out[-1] != "":
            out.append("")
    text = "\n".join(x for x in out if x is not None).rstrip() + "\n"
    if R.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render_md(R, path):
    layout = R.get("layout", "h3")
    g = R.get("bullet", "-")
    out = [f"# {R['name']}", ""]
    if R.get("headline"):
        out += [f"**{R['headline']}**", ""]
    out += [R.get("contact_join", " · ").join(R["contact"]), ""]
    for h, t, content in R["blocks"]:
        if h:
            out += [f"## {h}", ""]
        if t == "text":
            out += [content, ""]
        elif t == "lines":
            out += [f"{g} {s}" for s in content] + [""]
        elif t == "plain":
            out += [s + "  " for s in content] + [""]
        elif t == "pairs":
            out += [f"{g} {a} — {b}" if b else f"{g} {a}" for a, b in content] + [""]
        elif t == "entries":
            if layout == "table":
                out += ["| Dates | Role | Employer | Where |", "|---|---|---|---|"]
                for e in content:
                    out.append(f"| {drange(e, R)} | {e.title} | {e.org or ''} | {e.loc or ''} |")
                out.append("")
            for kind, e in entry_stream(content, R):
                if kind == "org":
                    out += [f"### {e}", ""]
                    continue
                dr = drange(e, R)
                ol = ", ".join(x for x in (e.org, e.loc) if x)
                if layout == "h3":
                    out += [f"### {e.title}" + (f" — {e.org}" if e.org else ""),
                            "*" + " · ".join(x for x in (e.loc, dr) if x) + "*", ""]
                elif layout == "bold":
                    out += [f"**{e.title}**" + (f", {ol}" if ol else "") + f" — _{dr}_", ""]
                elif layout == "orgh3":
                    out += [f"#### {e.title} ({dr})", ""]
                elif layout == "table":
                    out += [f"#### {e.title} — {e.org or ''}".rstrip(" —"), ""]
                if e.note:
                    out += [f"_{e.note}_", ""]
                if e.prose and e.bullets:
                    out += [" ".join(e.bullets), ""]
                elif e.bullets:
                    out += [f"{g} {b}" for b in e.bullets] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(R, path):
    esc = _html.escape
    layout = R.get("layout", "semantic")
    acc = R.get("accent", "#234")
    css = {
        "semantic": f"body{{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}}"
                    f"h2{{color:{acc};border-bottom:1px solid #ccc}}.job h3{{margin:.6em 0 0}}"
                    f".meta{{color:#666;font-style:italic}}.dates{{float:right}}",
        "table": "body{font-family:Arial,sans-serif;font-size:13px}td{vertical-align:top;padding:3px 8px}"
                 ".dt{white-space:nowrap;color:#555;width:130px}",
        "profile": "body{font-family:system-ui,sans-serif;background:#f3f2ef}"
                   ".card{background:#fff;margin:12px auto;max-width:720px;padding:16px;border-radius:8px}"
                   ".t{font-weight:600}.s{color:#666;font-size:.9em}",
    }[layout]
    o = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R.get('doc_title', R['name']))}</title>", f"<style>{css}</style>", "</head>", "<body>"]

    def body_html(e):
        if not e.bullets:
            return []
        if e.prose:
            return [f"<p>{esc(' '.join(e.bullets))}</p>"]
        return ["<ul>"] + [f"<li>{esc(b)}</li>" for b in e.bullets] + ["</ul>"]

    if layout == "profile":
        o += ['<section class="card">', f"<h1>{esc(R['name'])}</h1>"]
        if R.get("headline"):
            o.append(f'<div class="s">{esc(R["headline"])}</div>')
        o.append(f'<div class="s">{" &middot; ".join(esc(c) for c in R["contact"])}</div>')
        o.append("</section>")
    elif layout == "table":
        o += ['<table width="100%" cellspacing="0">', f'<tr><td colspan="2"><h1>{esc(R["name"])}</h1>'
              f'{"<br>".join(esc(c) for c in R["contact"])}</td></tr>']
    else:
        o += [f"<header><h1>{esc(R['name'])}</h1>"]
        if R.get("headline"):
            o.append(f"<p><strong>{esc(R['headline'])}</strong></p>")
        o.append(f"<p>{' | '.join(esc(c) for c in R['contact'])}</p></header>")

    for h, t, content in R["blocks"]:
        if layout == "table":
            o.append(f'<tr><td colspan="2"><h3>{esc(head_text(h, R))}</h3></td></tr>' if h else "")
            if t == "entries":
                for kind, e in entry_stream(content, R):
                    if kind == "org":
                        o.append(f'<tr><td></td><td><b>{esc(e)}</b></td></tr>')
                        continue
                    dr = drange(e, R)
                    ol = ", ".join(x for x in (e.org, e.loc) if x)
                    cell = [f"<b>{esc(e.title)}</b>" + (f"<br><i>{esc(ol)}</i>" if ol and R.get('hdr') != 'orgfirst' else "")]
                    if e.note:
                        cell.append(f"<br><small>{esc(e.note)}</small>")
                    cell += body_html(e)
                    o.append(f'<tr><td class="dt">{esc(dr)}</td><td>{"".join(cell)}</td></tr>')
            elif t == "text":
                o.append(f'<tr><td colspan="2">{esc(content)}</td></tr>')
            elif t in ("lines", "plain"):
                o.append(f'<tr><td colspan="2">{"<br>".join(esc(s) for s in content)}</td></tr>')
            elif t == "pairs":
                for a, b in content:
                    o.append(f'<tr><td class="dt">{esc(b)}</td><td>{esc(a)}</td></tr>')
            continue
        o.append('<section class="card">' if layout == "profile" else "<section>")
        if h:
            o.append(f"<h2>{esc(head_text(h, R))}</h2>")
        if t == "text":
            o.append(f"<p>{esc(content)}</p>")
        elif t == "lines":
            o += ["<ul>"] + [f"<li>{esc(s)}</li>" for s in content] + ["</ul>"]
        elif t == "plain":
            o.append("<p>" + "<br>".join(esc(s) for s in content) + "</p>")
        elif t == "pairs":
            o += ["<ul>"] + [f"<li>{esc(a)}" + (f" <span class=\"dates\">{esc(b)}</span>" if b else "") + "</li>"
                             for a, b in content] + ["</ul>"]
        elif t == "entries":
            for kind, e in entry_stream(content, R):
                if kind == "org":
                    o.append(f"<h3>{esc(e)}</h3>")
                    continue
                dr = drange(e, R)
                if layout == "profile":
                    o.append('<div class="pos">')
                    o.append(f'<div class="t">{esc(e.title)}</div>')
                    if e.org:
                        o.append(f"<div>{esc(e.org)}{R.get('etype_suffix', {}).get(e.et, '')}</div>")
                    o.append(f'<div class="s">{esc(dr)}</div>')
                    if e.loc:
                        o.append(f'<div class="s">{esc(e.loc)}</div>')
                else:
                    o.append('<div class="job">')
                    o.append(f'<h3>{esc(e.title)} <span class="dates">{esc(dr)}</span></h3>')
                    ol = ", ".join(x for x in (e.org, e.loc) if x)
                    if ol:
                        o.append(f'<div class="meta">{esc(ol)}</div>')
                if e.note:
                    o.append(f'<div class="s"><small>{esc(e.note)}</small></div>')
                o += body_html(e)
                o.append("</div>")
        o.append("</section>")
    if layout == "table":
        o.append("</table>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(x for x in o if x) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
             "html": render_html}
NAMES = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def render(R, path):
    RENDERERS[R["r"]](R, path)
