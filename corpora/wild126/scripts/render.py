"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

Each takes a résumé dict `d` (see defs_*.py) and an output path.  Layout knobs
live in the dict; the entries come from lib.header_rows / lib.body_items so the
printed text and the gold are made from the same objects.
"""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import header_rows, body_items, groups

FIXED = datetime.datetime(2026, 3, 2, 9, 30, 0)
FIXED_TZ = datetime.datetime(2026, 3, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _split_tab(s):
    return s.split("\t", 1) if "\t" in s else (s, None)


# =================================================================== reportlab
class _RLFlow:
    """Collects draw ops per page so page footers can say 'Page x of n'."""

    def __init__(self, d, fonts):
        from reportlab.lib.pagesizes import A4
        self.d = d
        self.W, self.H = A4
        self.f = fonts
        self.base = d.get("size", 10)
        self.lead = self.base * 1.32
        m = d.get("margin", 50)
        self.m = m
        self.side_w = d.get("side_w", 165) if d.get("sidebar") else 0
        self.x = m + (self.side_w + 14 if self.side_w else 0)
        self.w = self.W - m - self.x
        self.bottom = m + (22 if d.get("footer") else 0)
        self.pages = [[]]
        self.y = self.H - m

    # ops
    def op(self, *a):
        self.pages[-1].append(a)

    def newpage(self):
        self.pages.append([])
        self.y = self.H - self.m
        if self.d.get("sidebar") and not self.d.get("sidebar_all_pages"):
            self.x = self.m
            self.w = self.W - 2 * self.m

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def width(self, s, font, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, font, size)

    def wrap(self, s, font, size, w):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(s, font, size, w) or [""]

    def text(self, x, y, s, font, size, align="l", color=None):
        self.op("text", x, y, s, font, size, align, color)

    def para(self, s, font=None, size=None, indent=0, glyph=None, gap=0, color=None):
        font = font or self.f["r"]
        size = size or self.base
        ind = indent + (11 if glyph else 0)
        lines = self.wrap(s, font, size, self.w - ind)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.y -= self.lead
            if i == 0 and glyph:
                self.text(self.x + indent, self.y, glyph, self.f.get("g", font), size)
            self.text(self.x + ind, self.y, ln, font, size, color=color)
        self.y -= gap

    def row(self, style, left, right):
        f = self.f
        size = self.base + (0.8 if style == "title" else 0)
        font = {"title": f["b"], "org": f["i"], "date": f["r"], "label": f["r"],
                "plain": f["r"]}[style]
        if self.d.get("org_bold") and style == "org":
            font = f["b"]
        if self.d.get("title_caps") and style == "title":
            left = left.upper()
        a, b = _split_tab(left)
        if b is not None:
            tabx = self.d.get("tab", 80)
            lf = f["b"] if style == "label" else (f["r"] if style == "title" else font)
            lines = self.wrap(b, font if style != "label" else f["r"], size, self.w - tabx)
            self.need(self.lead)
            self.y -= self.lead
            self.text(self.x, self.y, a, lf, size)
            for i, ln in enumerate(lines):
                if i:
                    self.need(self.lead)
                    self.y -= self.lead
                self.text(self.x + tabx, self.y, ln, font if style != "label" else f["r"], size)
            return
        rw = self.width(right, f["r"], self.base) + 8 if right else 0
        lines = self.wrap(left, font, size, self.w - rw)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.y -= self.lead
            self.text(self.x, self.y, ln, font, size)
            if i == 0 and right:
                self.text(self.x + self.w, self.y, right, self.f["r"] if not self.d.get("date_italic") else f["i"],
                          self.base, align="r")

    def heading(self, s):
        hs = self.d.get("hstyle", "rule")
        size = self.base + 2
        self.y -= self.d.get("hgap", 8)
        self.need(self.lead * 3)
        txt = s.upper() if hs in ("rule", "caps", "shade") else s
        self.y -= self.lead + 2
        if hs == "shade":
            self.op("rect", self.x - 3, self.y - 4, self.w + 6, size + 6, (0.86, 0.89, 0.93))
        self.text(self.x, self.y, txt, self.f["b"], size, color=self.d.get("accent"))
        if hs in ("rule", "under"):
            self.op("line", self.x, self.y - 4, self.x + self.w, self.y - 4)
            self.y -= 4

    def emit(self, path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        c.setAuthor(self.d["name"])
        c.setTitle(self.d.get("pdf_title", self.d["name"] + " CV"))
        c.setCreator(self.d.get("creator", "Microsoft Word"))
        n = len(self.pages)
        for pi, ops in enumerate(self.pages):
            if pi == 0 and self.d.get("sidebar"):
                c.setFillColorRGB(*self.d.get("side_rgb", (0.92, 0.93, 0.95)))
                c.rect(0, 0, self.m + self.side_w, self.H, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            for o in ops:
                if o[0] == "text":
                    _, x, y, s, font, size, align, color = o
                    c.setFont(font, size)
                    if color:
                        c.setFillColorRGB(*color)
                    if align == "r":
                        c.drawRightString(x, y, s)
                    elif align == "c":
                        c.drawCentredString(x, y, s)
                    else:
                        c.drawString(x, y, s)
                    if color:
                        c.setFillColorRGB(0, 0, 0)
                elif o[0] == "rect":
                    _, x, y, w, h, rgb = o
                    c.setFillColorRGB(*rgb)
                    c.rect(x, y, w, h, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                elif o[0] == "line":
                    c.setLineWidth(0.6)
                    c.line(*o[1:])
            ft = self.d.get("footer")
            if ft:
                c.setFont(self.f["r"], 8)
                s = ft.format(p=pi + 1, n=n)
                if "\t" in s:
                    a, b = s.split("\t")
                    c.drawString(self.m, 28, a)
                    c.drawRightString(self.W - self.m, 28, b)
                else:
                    c.drawCentredString(self.W / 2, 28, s)
            c.showPage()
        c.save()


def _rl_fonts(d):
    fam = d.get("font", "Helvetica")
    if fam == "DejaVu":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                       ("DV-I", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, os.path.join(FONT_DIR, fn)))
        return {"r": "DV", "b": "DV-B", "i": "DV-I"}
    if fam == "Times":
        return {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}
    return {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}


def _flow_block(fl, blk, d, side=False):
    kind = blk[0]
    glyph = d.get("bullet", "•")
    if kind == "pagebreak":
        fl.newpage()
        return
    head = blk[1]
    if head:
        fl.heading(head)
    if kind == "para":
        fl.para(blk[2], gap=2)
    elif kind == "list":
        for it in blk[2]:
            fl.para(it, glyph=glyph)
    elif kind == "lines":
        for it in blk[2]:
            a, b = _split_tab(it)
            if b is not None and not side:
                fl.row("plain", a, b)
            else:
                fl.para(a if b is None else a + " " + b)
    elif kind == "referees":
        for ref in blk[2]:
            fl.need(fl.lead * len(ref))
            fl.para(ref[0], font=fl.f["b"])
            for ln in ref[1:]:
                fl.para(ln)
            fl.y -= 4
    elif kind == "jobs":
        for key, ents in groups(blk[2], d):
            fl.y -= d.get("jgap", 5)
            if key is not None:
                org, loc = key
                fl.need(fl.lead * 3)
                fl.row("org" if not d.get("orghead_bold") else "title",
                       (org or "") + (", " + loc if loc else ""), "")
            for e in ents:
                fl.need(fl.lead * 3)
                for st, l, r in header_rows(e, d, grouped=key is not None):
                    fl.row(st, l, r)
                for k, t in body_items(e, d):
                    if k == "sub":
                        fl.para(t, font=fl.f["b"] if d.get("sub_bold", True) else fl.f["i"])
                    elif k == "para":
                        fl.para(t)
                    else:
                        fl.para(t, glyph=glyph, indent=d.get("bindent", 8))
                fl.y -= 2


def render_reportlab(d, path):
    f = _rl_fonts(d)
    fl = _RLFlow(d, f)
    hdr = d.get("hdr", "centre")
    if d.get("sidebar"):
        # sidebar: name + contact + side blocks in the left column on page 1
        sx, sw = d.get("margin", 50) - 20, fl.side_w
        main = (fl.x, fl.w, fl.y)
        fl.x, fl.w = sx, sw
        fl.para(d["name"], font=f["b"], size=fl.base + 6)
        fl.y -= 6
        for ln in d["contact"]:
            fl.para(ln, size=fl.base - 1)
        for blk in d.get("side", []):
            _flow_block(fl, blk, d, side=True)
        fl.x, fl.w, fl.y = main
        if d.get("tagline"):
            fl.para(d["tagline"], font=f["b"], size=fl.base + 3, color=d.get("accent"))
    else:
        if hdr == "centre":
            fl.y -= 18
            fl.text(fl.W / 2, fl.y, d["name"], f["b"], fl.base + 8, align="c", color=d.get("accent"))
            fl.y -= 6
            for ln in d["contact"]:
                fl.y -= fl.lead
                fl.text(fl.W / 2, fl.y, ln, f["r"], fl.base - 0.5, align="c")
        elif hdr == "split":
            fl.y -= 20
            fl.text(fl.x, fl.y, d["name"], f["b"], fl.base + 9, color=d.get("accent"))
            yy = fl.y + 12
            for ln in d["contact"]:
                fl.text(fl.x + fl.w, yy, ln, f["r"], fl.base - 1, align="r")
                yy -= fl.lead - 1
            fl.y = min(fl.y, yy) - 4
            fl.op("line", fl.x, fl.y, fl.x + fl.w, fl.y)
        else:
            fl.y -= 18
            fl.text(fl.x, fl.y, d["name"], f["b"], fl.base + 8, color=d.get("accent"))
            fl.y -= 4
            for ln in d["contact"]:
                fl.para(ln, size=fl.base - 0.5)
        if d.get("tagline"):
            fl.y -= 4
            fl.para(d["tagline"], font=f["i"], size=fl.base + 1)
    for blk in d["blocks"]:
        _flow_block(fl, blk, d)
    fl.emit(path)


# ======================================================================= fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF
    footer = d.get("footer")
    fam = d.get("ffam", "Sans")

    class P(FPDF):
        def footer(self):
            if not footer:
                return
            self.set_y(-14)
            self.set_font("F", "", 7.5)
            s = footer.format(p=self.page_no(), n="{nb}")
            if "\t" in s:
                a, b = s.split("\t")
                self.cell(0, 5, a, align="L")
                self.set_x(self.l_margin)
                self.cell(0, 5, b, align="R")
            else:
                self.cell(0, 5, s, align="C")

    pdf = P(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_TZ)
    pdf.set_author(d["name"])
    pdf.set_title(d.get("pdf_title", d["name"] + " - CV"))
    pdf.set_creator(d.get("creator", "Writer"))
    suf = "Serif" if fam == "Serif" else "Sans"
    pdf.add_font("F", "", os.path.join(FONT_DIR, f"DejaVu{suf}.ttf"))
    pdf.add_font("F", "B", os.path.join(FONT_DIR, f"DejaVu{suf}-Bold.ttf"))
    pdf.add_font("F", "I", os.path.join(FONT_DIR, f"DejaVu{suf}-{'Italic' if suf == 'Serif' else 'Oblique'}.ttf"))
    m = d.get("margin", 16)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, margin=18 if footer else 14)
    pdf.add_page()
    base = d.get("size", 9.5)
    lh = base * 0.48
    W = pdf.w - 2 * m
    acc = d.get("accent", (0, 0, 0))
    glyph = d.get("bullet", "•")

    def font(st="", sz=None):
        pdf.set_font("F", st, sz or base)

    def line(txt, st="", sz=None, align=None, indent=0):
        align = align or d.get("falign", "L")
        font(st, sz)
        pdf.set_x(m + indent)
        pdf.multi_cell(W - indent, lh if not sz else sz * 0.5, txt, align=align, new_x="LMARGIN", new_y="NEXT")

    def row(style, left, right):
        st = {"title": "B", "org": "I", "date": "", "label": "", "plain": ""}[style]
        if d.get("org_bold") and style == "org":
            st = "B"
        a, b = _split_tab(left)
        y0 = pdf.get_y()
        if y0 > pdf.h - 30:
            pdf.add_page()
            y0 = pdf.get_y()
        if b is not None:
            tab = d.get("tab", 28)
            font("B" if style == "label" else st)
            pdf.set_xy(m, y0)
            pdf.cell(tab, lh, a)
            font("" if style == "label" else st)
            pdf.set_xy(m + tab, y0)
            pdf.multi_cell(W - tab, lh, b, align="L", new_x="LMARGIN", new_y="NEXT")
            return
        if right:
            font("I" if d.get("date_italic") else "")
            rw = pdf.get_string_width(right) + 3
            pdf.set_xy(m, y0)
            pdf.cell(W, lh, right, align="R")
            font(st, base + (0.5 if style == "title" else 0))
            pdf.set_xy(m, y0)
            pdf.multi_cell(W - rw, lh, left, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            font(st, None)
            pdf.set_xy(m, y0)
            pdf.multi_cell(W, lh, left, align="L", new_x="LMARGIN", new_y="NEXT")

    def heading(s):
        hs = d.get("hstyle", "rule")
        pdf.ln(d.get("hgap", 3))
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        font("B", base + 1.5)
        pdf.set_text_color(*acc)
        txt = s.upper() if hs in ("rule", "caps", "shade") else s
        if hs == "shade":
            pdf.set_fill_color(*d.get("shade_rgb", (225, 230, 238)))
            pdf.cell(W, lh + 2, " " + txt, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(W, lh + 1.5, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if hs in ("rule", "under"):
            pdf.set_draw_color(*acc)
            pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
            pdf.set_draw_color(0, 0, 0)
        pdf.ln(1.2)

    def bullet(txt, indent=3):
        font()
        y0 = pdf.get_y()
        if y0 > pdf.h - 24:
            pdf.add_page()
            y0 = pdf.get_y()
        pdf.set_xy(m + indent, y0)
        pdf.cell(4, lh, glyph)
        pdf.set_xy(m + indent + 4, y0)
        pdf.multi_cell(W - indent - 4, lh, txt, align=d.get("falign", "L"), new_x="LMARGIN", new_y="NEXT")

    # header
    hdr = d.get("hdr", "left")
    pdf.set_text_color(*acc)
    if hdr == "centre":
        line(d["name"], "B", base + 8, align="C")
        pdf.set_text_color(0, 0, 0)
        for ln in d["contact"]:
            line(ln, "", base - 0.5, align="C")
    elif hdr == "right":
        line(d["name"], "B", base + 8, align="R")
        pdf.set_text_color(0, 0, 0)
        for ln in d["contact"]:
            line(ln, "", base - 0.5, align="R")
    else:
        line(d["name"], "B", base + 8)
        pdf.set_text_color(0, 0, 0)
        if d.get("contact_inline"):
            line("  |  ".join(d["contact"]), "", base - 0.5)
        else:
            for ln in d["contact"]:
                line(ln, "", base - 0.5)
    pdf.set_text_color(0, 0, 0)
    if d.get("tagline"):
        pdf.ln(1)
        line(d["tagline"], "I", base + 0.5)
    for blk in d["blocks"]:
        kind = blk[0]
        if kind == "pagebreak":
            pdf.add_page()
            continue
        if blk[1]:
            heading(blk[1])
        if kind == "para":
            line(blk[2])
        elif kind == "list":
            for it in blk[2]:
                bullet(it, 1)
        elif kind == "lines":
            for it in blk[2]:
                a, b = _split_tab(it)
                row("plain", a, b or "")
        elif kind == "referees":
            for ref in blk[2]:
                line(ref[0], "B")
                for ln in ref[1:]:
                    line(ln)
                pdf.ln(1.5)
        elif kind == "jobs":
            for key, ents in groups(blk[2], d):
                pdf.ln(d.get("jgap", 1.8))
                if key is not None:
                    org, loc = key
                    row("title" if d.get("orghead_bold", True) else "org",
                        (org or "") + (", " + loc if loc else ""), "")
                for e in ents:
                    for st, l, r in header_rows(e, d, grouped=key is not None):
                        row(st, l, r)
                    for k, t in body_items(e, d):
                        if k == "sub":
                            line(t, "B" if d.get("sub_bold", True) else "I")
                        elif k == "para":
                            line(t)
                        else:
                            bullet(t, d.get("bindent", 3))
                    pdf.ln(0.8)
    pdf.output(path)


# ======================================================================== docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _bottom_border(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
        bt.set(qn(k), v)
    b.append(bt)
    pPr.append(b)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        bd.append(el)
    tblPr.append(bd)


def _fix_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def render_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = d.get("author", d["name"])
    cp.last_modified_by = d.get("author", d["name"])
    cp.title = d.get("pdf_title", "Resume")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = d.get("revision", 3)
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    st = doc.styles["Normal"]
    st.font.name = d.get("dfont", "Calibri")
    st.font.size = Pt(d.get("dsize", 10.5))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(d.get("dmargin", 2.0)))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    full = 21 - 2 * d.get("dmargin", 2.0)
    lay = d.get("layout", "styles")
    glyph = d.get("bullet")

    def P(container, text="", style=None, bold=False, italic=False, size=None, align=None,
          tab=None, color=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            parts = text.split("**")
            for i, part in enumerate(parts):
                if not part:
                    continue
                r = p.add_run(part)
                r.bold = bold or (i % 2 == 1)
                r.italic = italic
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor(*color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if tab:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(d.get("pafter", 1))
        return p

    def heading(c, s, width):
        hs = d.get("hstyle", "h1")
        if hs in ("h1", "h2") and c is doc:
            h = doc.add_heading(s, level=1 if hs == "h1" else 2)
            return h
        if hs in ("h1", "h2"):
            return P(c, s, style="Heading 2" if hs == "h2" else "Heading 1")
        p = P(c, s.upper() if hs in ("caps", "border") else s, bold=True, size=d.get("dsize", 10.5) + 1.5,
              color=d.get("daccent"))
        p.paragraph_format.space_before = Pt(8)
        if hs == "border":
            _bottom_border(p)
        return p

    def bullet(c, t):
        if glyph:
            p = P(c, glyph + "\t" + t)
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.5)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
        else:
            P(c, t, style="List Bullet")

    def entry_header(c, e, width, grouped):
        rows = header_rows(e, d, grouped=grouped)
        if lay == "table" or d.get("job_table"):
            labelled = d.get("order") == "labelled"
            t = c.add_table(rows=len(rows), cols=2)
            if d.get("grid"):
                t.style = doc.styles["Table Grid"]
            else:
                _no_borders(t)
            for i, (stl, l, r) in enumerate(rows):
                a, b = _split_tab(l)
                if labelled:
                    c0, c1 = t.cell(i, 0), t.cell(i, 1)
                    c0.paragraphs[0].add_run(a.rstrip()).bold = True
                    c1.paragraphs[0].add_run(b or "")
                    if d.get("label_shade"):
                        _shade(c0, d["label_shade"])
                else:
                    run = t.cell(i, 0).paragraphs[0].add_run(l.replace("\t", " "))
                    run.bold = stl == "title"
                    run.italic = stl == "org"
                    if r:
                        pr = t.cell(i, 1).paragraphs[0]
                        pr.add_run(r)
                        pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            try:
                for row in t.rows:
                    row.cells[0].width = Cm(width * (0.28 if labelled else 0.72))
                    row.cells[1].width = Cm(width * (0.72 if labelled else 0.28))
            except Exception:
                pass
            return
        for stl, l, r in rows:
            if r:
                P(c, l + "\t" + r, bold=stl == "title", italic=stl == "org", tab=width)
            elif "\t" in l:
                a, b = l.split("\t", 1)
                p = c.add_paragraph()
                if stl == "label":
                    p.add_run(a).bold = True
                    p.add_run("\t" + b)
                else:
                    p.add_run(a + "\t")
                    rr = p.add_run(b)
                    rr.bold = stl == "title"
                    rr.italic = stl == "org"
                p.paragraph_format.tab_stops.add_tab_stop(Cm(d.get("dtab", 3.2)))
                p.paragraph_format.space_after = Pt(1)
            else:
                P(c, l, bold=stl == "title", italic=stl == "org")

    def block(c, blk, width, side=False):
        kind = blk[0]
        if kind == "pagebreak":
            if c is doc:
                doc.add_page_break()
            return
        if blk[1]:
            heading(c, blk[1], width)
        if kind == "para":
            P(c, blk[2])
        elif kind == "list":
            for it in blk[2]:
                bullet(c, it)
        elif kind == "lines":
            for it in blk[2]:
                a, b = _split_tab(it)
                if b is None:
                    P(c, a)
                else:
                    P(c, a + "\t" + b, tab=width)
        elif kind == "referees":
            if d.get("ref_table") and not side:
                t = c.add_table(rows=1, cols=len(blk[2]))
                _no_borders(t)
                for i, ref in enumerate(blk[2]):
                    cell = t.cell(0, i)
                    cell.paragraphs[0].add_run(ref[0]).bold = True
                    for ln in ref[1:]:
                        cell.add_paragraph(ln)
            else:
                for ref in blk[2]:
                    P(c, ref[0], bold=True)
                    for ln in ref[1:]:
                        P(c, ln)
        elif kind == "jobs":
            for key, ents in groups(blk[2], d):
                if key is not None:
                    org, loc = key
                    p = P(c, (org or "") + (", " + loc if loc else ""), bold=True)
                    p.paragraph_format.space_before = Pt(6)
                for e in ents:
                    if key is None:
                        sp = P(c, "")
                        sp.paragraph_format.space_after = Pt(0)
                    entry_header(c, e, width, key is not None)
                    for k, t in body_items(e, d):
                        if k == "sub":
                            P(c, t, bold=d.get("sub_bold", True), italic=not d.get("sub_bold", True))
                        elif k == "para":
                            P(c, t)
                        else:
                            bullet(c, t)

    # page header / footer
    if d.get("in_header"):
        hp = sec.header.paragraphs[0]
        hp.add_run(d["name"]).bold = True
        hp.add_run("\n" + "   |   ".join(d["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if d.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = d["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not d.get("in_header"):
        P(doc, d["name"], bold=True, size=d.get("dsize", 10.5) + 9, align=d.get("dhdr"),
          color=d.get("daccent"))
        if d.get("contact_inline"):
            P(doc, "  •  ".join(d["contact"]), align=d.get("dhdr"))
        else:
            for ln in d["contact"]:
                P(doc, ln, align=d.get("dhdr"))
    if d.get("tagline"):
        P(doc, d["tagline"], italic=True, align=d.get("dhdr"))
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        sw = d.get("side_cm", 5.2)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width, right.width = Cm(sw), Cm(full - sw)
        _shade(left, d.get("side_hex", "E7ECF2"))
        first = True
        for blk in d.get("side", []):
            if first:
                left.paragraphs[0].add_run(blk[1].upper() if blk[1] else "").bold = True
                blk = (blk[0], None) + tuple(blk[2:])
                first = False
            block(left, blk, sw - 0.4, side=True)
        right.paragraphs[0].add_run(d.get("right_top", ""))
        for blk in d["blocks"]:
            block(right, blk, full - sw - 0.4)
    else:
        for blk in d["blocks"]:
            block(doc, blk, full)
    doc.save(path)
    _fix_zip(path)


# ==================================================================== text-ish
def _txt_head(s, d):
    ts = d.get("thead", "underline")
    if ts == "underline":
        return [s.upper(), "=" * len(s)]
    if ts == "dashline":
        return [s, "-" * len(s)]
    if ts == "caps":
        return [s.upper()]
    if ts == "dashes":
        return [f"--- {s} ---"]
    if ts == "hash":
        return ["#### " + s.upper()]
    if ts == "colon":
        return [s + ":"]
    if ts == "box":
        return ["+" + "-" * (len(s) + 2) + "+", "| " + s.upper() + " |", "+" + "-" * (len(s) + 2) + "+"]
    return [s]


def render_txt(d, path):
    W = d.get("twidth", 78)
    wrap = d.get("wrap")
    glyph = d.get("bullet", "-")
    out = []

    def add(s, indent="", hang=None):
        if wrap and len(s) > wrap:
            out.extend(textwrap.wrap(s, wrap, initial_indent=indent,
                                     subsequent_indent=hang if hang is not None else indent,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.append(indent + s)

    def row(l, r):
        l = l.replace("\t", d.get("ttab", "  "))
        if not r:
            add(l)
        elif d.get("rdates"):
            gap = max(3, W - len(l) - len(r))
            out.append(l + " " * gap + r)
        else:
            out.append(l + d.get("tjoin", "  |  ") + r)

    out.append(d["name"].upper() if d.get("name_caps") else d["name"])
    if d.get("contact_inline"):
        out.append(" | ".join(d["contact"]))
    else:
        out.extend(d["contact"])
    if d.get("tagline"):
        out.append("")
        add(d["tagline"])
    for blk in d["blocks"]:
        if blk[0] == "pagebreak":
            continue
        out.append("")
        if blk[1]:
            out.extend(_txt_head(blk[1], d))
            if d.get("head_blank"):
                out.append("")
        kind = blk[0]
        if kind == "para":
            add(blk[2])
        elif kind == "list":
            for it in blk[2]:
                add(it, glyph + " ", " " * (len(glyph) + 1))
        elif kind == "lines":
            for it in blk[2]:
                a, b = _split_tab(it)
                row(a, b)
        elif kind == "referees":
            for ref in blk[2]:
                out.extend(ref)
                out.append("")
            if out[-1] == "":
                out.pop()
        elif kind == "jobs":
            first = True
            for key, ents in groups(blk[2], d):
                if not first:
                    out.append("")
                first = False
                if key is not None:
                    org, loc = key
                    out.append(((org or "") + (", " + loc if loc else "")).upper()
                               if d.get("org_caps") else (org or "") + (", " + loc if loc else ""))
                for e in ents:
                    for st, l, r in header_rows(e, d, grouped=key is not None):
                        if st == "title" and d.get("title_caps"):
                            l = l.upper()
                        row(("  " if key is not None else "") + l, r)
                    for k, t in body_items(e, d):
                        if k == "bullet":
                            add(t, d.get("bind", "") + glyph + " ", d.get("bind", "") + " " * (len(glyph) + 1))
                        else:
                            add(t)
                    if key is not None and e is not ents[-1]:
                        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    nl = "\r\n" if d.get("crlf") else "\n"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text.replace("\n", nl))


def render_md(d, path):
    out = ["# " + d["name"], ""]
    out.append(d.get("md_contact_join", " · ").join(d["contact"]))
    glyph = d.get("bullet", "-")
    if d.get("tagline"):
        out += ["", "_" + d["tagline"] + "_"]
    style = d.get("mdstyle", "h3")
    for blk in d["blocks"]:
        if blk[0] == "pagebreak":
            continue
        out.append("")
        if blk[1]:
            out += ["## " + blk[1], ""]
        kind = blk[0]
        if kind == "para":
            out.append(blk[2])
        elif kind == "list":
            out += [f"{glyph} {it}" for it in blk[2]]
        elif kind == "lines":
            for it in blk[2]:
                a, b = _split_tab(it)
                out.append(a + (f" — {b}" if b else "") + "  ")
        elif kind == "referees":
            for ref in blk[2]:
                out.append(f"**{ref[0]}**  ")
                out += [ln + "  " for ln in ref[1:]]
                out.append("")
        elif kind == "jobs":
            for key, ents in groups(blk[2], d):
                if key is not None:
                    org, loc = key
                    out += [f"### {org}" + (f", {loc}" if loc else ""), ""]
                for e in ents:
                    rows = header_rows(e, d, grouped=key is not None)
                    for i, (st, l, r) in enumerate(rows):
                        l = l.replace("\t", " ")
                        if i == 0 and style == "h3" and key is None:
                            out.append(f"### {l}" + (f" ({r})" if r else ""))
                        elif i == 0 and style == "h4":
                            out.append(f"#### {l}" + (f" — {r}" if r else ""))
                        elif st == "title":
                            out.append(f"**{l}**" + (f" | {r}" if r else "") + "  ")
                        elif st == "org":
                            out.append(f"*{l}*" + (f" | {r}" if r else "") + "  ")
                        else:
                            out.append(l + (f" {r}" if r else "") + "  ")
                    out.append("")
                    for k, t in body_items(e, d):
                        if k == "sub":
                            out += [f"**{t}**", ""]
                        elif k == "para":
                            out += [t, ""]
                        else:
                            out.append(f"{glyph} {t}")
                    out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.rstrip() + "\n")


def render_html(d, path):
    h = html.escape
    css = d.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;font-size:14px}"
                       "h2{border-bottom:1px solid #888;font-size:16px;text-transform:uppercase}"
                       ".d{float:right;color:#555}.org{font-style:italic}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{h(d.get('pdf_title', d['name'] + ' - CV'))}</title>", f"<style>{css}</style>",
           "</head>", "<body>", f"<h1>{h(d['name'])}</h1>",
           "<p class=\"contact\">" + "<br>\n".join(h(c) for c in d["contact"]) + "</p>"]
    if d.get("tagline"):
        out.append(f"<p><em>{h(d['tagline'])}</em></p>")
    tablejobs = d.get("html_table")
    for blk in d["blocks"]:
        if blk[0] == "pagebreak":
            continue
        if blk[1]:
            out.append(f"<h2>{h(blk[1])}</h2>")
        kind = blk[0]
        if kind == "para":
            out.append(f"<p>{h(blk[2])}</p>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{h(i)}</li>" for i in blk[2]) + "</ul>")
        elif kind == "lines":
            for it in blk[2]:
                a, b = _split_tab(it)
                out.append(f"<p>{h(a)}" + (f" <span class=\"d\">{h(b)}</span>" if b else "") + "</p>")
        elif kind == "referees":
            out.append("<div class=\"refs\">")
            for ref in blk[2]:
                out.append(f"<p><strong>{h(ref[0])}</strong><br>" + "<br>".join(h(x) for x in ref[1:]) + "</p>")
            out.append("</div>")
        elif kind == "jobs":
            for key, ents in groups(blk[2], d):
                if key is not None:
                    org, loc = key
                    out.append(f"<h3>{h(org or '')}" + (f", {h(loc)}" if loc else "") + "</h3>")
                for e in ents:
                    out.append('<div class="job">')
                    rows = header_rows(e, d, grouped=key is not None)
                    if tablejobs:
                        out.append("<table class=\"jt\">")
                        for st, l, r in rows:
                            a, b = _split_tab(l)
                            if b is not None:
                                out.append(f"<tr><th>{h(a)}</th><td>{h(b)}</td></tr>")
                            else:
                                out.append(f"<tr><td class=\"{st}\">{h(a)}</td><td class=\"d\">{h(r)}</td></tr>")
                        out.append("</table>")
                    else:
                        for st, l, r in rows:
                            l = l.replace("\t", " ")
                            tag = "h4" if st == "title" else "p"
                            span = f"<span class=\"d\">{h(r)}</span> " if r else ""
                            out.append(f"<{tag} class=\"{st}\">{span}{h(l)}</{tag}>")
                    inlist = False
                    for k, t in body_items(e, d):
                        if k == "bullet":
                            if not inlist:
                                out.append("<ul>")
                                inlist = True
                            out.append(f"<li>{h(t)}</li>")
                        else:
                            if inlist:
                                out.append("</ul>")
                                inlist = False
                            out.append(f"<p><strong>{h(t)}</strong></p>" if k == "sub" else f"<p>{h(t)}</p>")
                    if inlist:
                        out.append("</ul>")
                    out.append("</div>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


RENDERERS = {"rl": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
