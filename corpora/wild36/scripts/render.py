"""Rendering helpers: a small reportlab canvas writer, an fpdf2 subclass, python-docx helpers and a
deterministic DOCX writer.  Layout decisions live in the definitions (defs_*.py); these are only tools."""
import io
import os
import zipfile
from datetime import datetime, timezone

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime(2026, 10, 14, 9, 30, 0, tzinfo=timezone.utc)
ZIP_TIME = (2026, 10, 14, 9, 30, 0)

_ttf = {
    "DV": "DejaVuSans.ttf", "DV-B": "DejaVuSans-Bold.ttf", "DV-I": "DejaVuSans-Oblique.ttf",
    "DV-BI": "DejaVuSans-BoldOblique.ttf", "DVS": "DejaVuSerif.ttf", "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf", "DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "DejaVuSansCondensed-Oblique.ttf",
}
for _n, _f in _ttf.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONT_DIR, _f)))


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def split_words(s, font, size, width):
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


# ------------------------------------------------------------------ reportlab


class RL:
    """A top-down writer on a reportlab canvas.  `deco(doc, page, total)` draws per-page furniture
    (sidebars, footers) when a page starts; the document is drawn twice so that 'Page 1 of 2' is right."""

    def __init__(self, out, size=LETTER, margins=(54, 54, 54, 54), deco=None, meta=None, total=None):
        self.c = canvas.Canvas(out, pagesize=size, invariant=1, pageCompression=1)
        meta = meta or {}
        self.c.setTitle(meta.get("title", ""))
        self.c.setAuthor(meta.get("author", ""))
        self.c.setCreator(meta.get("creator", ""))
        self.c.setProducer(meta.get("producer", "ReportLab PDF Library - www.reportlab.com"))
        self.W, self.H = size
        self.ml, self.mr, self.mt, self.mb = margins
        self.L, self.R = self.ml, self.W - self.mr
        self.deco, self.total = deco, total
        self.page = 1
        self.y = self.H - self.mt
        if deco:
            deco(self, 1, total)

    # columns -------------------------------------------------------------
    def col(self, left, right):
        self.L, self.R = left, right

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.mt
        if self.deco:
            self.deco(self, self.page, self.total)

    def need(self, h):
        if self.y - h < self.mb:
            self.newpage()

    def gap(self, h):
        self.y -= h

    # text ----------------------------------------------------------------
    def line(self, s, font="Helvetica", size=10, color=black, x=None, lead=None, align="left",
             right=None, rfont=None, rsize=None, rcolor=None, keep=0):
        """One line; optional right-aligned text on the same baseline."""
        lead = lead or size * 1.3
        self.need(lead + keep)
        base = self.y - size
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        x = self.L if x is None else x
        if align == "left":
            c.drawString(x, base, s)
        elif align == "right":
            c.drawRightString(self.R, base, s)
        else:
            c.drawCentredString((self.L + self.R) / 2.0, base, s)
        if right:
            c.setFillColor(rcolor or color)
            c.setFont(rfont or font, rsize or size)
            c.drawRightString(self.R, base, right)
        self.y -= lead
        return base

    def para(self, s, font="Helvetica", size=10, color=black, lead=None, indent=0, bullet=None,
             bfont=None, bindent=10, align="left"):
        """Wrapped paragraph; with `bullet`, a hanging indent after the bullet glyph."""
        lead = lead or size * 1.3
        x = self.L + indent
        tx = x + (bindent if bullet else 0)
        width = self.R - tx
        lines = split_words(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            base = self.y - size
            self.c.setFillColor(color)
            if i == 0 and bullet:
                self.c.setFont(bfont or font, size)
                self.c.drawString(x, base, bullet)
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString((self.L + self.R) / 2.0, base, ln)
            else:
                self.c.drawString(tx, base, ln)
            self.y -= lead

    def runs(self, parts, size=10, x=None, lead=None, color=black):
        """One line made of (text, font[, color]) runs."""
        lead = lead or size * 1.3
        self.need(lead)
        base = self.y - size
        x = self.L if x is None else x
        for p in parts:
            t, f = p[0], p[1]
            self.c.setFillColor(p[2] if len(p) > 2 else color)
            self.c.setFont(f, size)
            self.c.drawString(x, base, t)
            x += sw(t, f, size)
        self.y -= lead

    def hr(self, color=HexColor("#999999"), width=0.6, x0=None, x1=None, pad=3):
        self.y -= pad
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(self.L if x0 is None else x0, self.y, self.R if x1 is None else x1, self.y)
        self.y -= pad

    def save(self):
        self.c.save()


def rl_build(path, draw, **kw):
    """Draw twice: once to count pages, then for real with the page total known."""
    bio = io.BytesIO()
    d = RL(bio, **kw)
    draw(d)
    total = d.page
    d.save()
    d = RL(path, total=total, **kw)
    draw(d)
    d.save()


# ------------------------------------------------------------------ fpdf2

from fpdf import FPDF  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402

NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
RIGHT = dict(new_x=XPos.RIGHT, new_y=YPos.TOP)


class FP(FPDF):
    """fpdf2 with DejaVu families, a fixed creation date and an optional footer/header callback."""

    def __init__(self, footer=None, header=None, **kw):
        super().__init__(**kw)
        self._footer, self._header = footer, header
        self.set_creation_date(FIXED)
        for fam, files in {
            "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
            "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                     "DejaVuSansCondensed-BoldOblique.ttf"),
        }.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, os.path.join(FONT_DIR, f))

    def multi_cell(self, *a, **kw):
        kw.setdefault("align", "L")
        return super().multi_cell(*a, **kw)

    def header(self):
        if self._header:
            self._header(self)

    def footer(self):
        if self._footer:
            self._footer(self)


# ------------------------------------------------------------------ python-docx

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor, Inches  # noqa: E402


def new_doc(font="Calibri", size=11, margins_cm=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(v) for v in margins_cm]
    return d


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.small_caps = True
    return r


def right_tab(p, pos_cm, leader=False):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT,
                                              WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(table, spec=None):
    """spec: dict edge -> (val, size) for top/left/bottom/right/insideH/insideV; None = no borders."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        val, sz = (spec or {}).get(edge, ("nil", 0))
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "auto")
        b.append(el)
    tblPr.append(b)


def cell_border(cell, **edges):
    """cell_border(cell, right=('single', 8, '999999'))"""
    tcPr = cell._tc.get_or_add_tcPr()
    tb = OxmlElement("w:tcBorders")
    for edge, (val, sz, col) in edges.items():
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), col)
        tb.append(el)
    tcPr.append(tb)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def first_cell_para(cell):
    """The empty paragraph every new cell carries."""
    return cell.paragraphs[0]


def save_docx(doc, path, title="", author="", last_by=None):
    cp = doc.core_properties
    cp.title, cp.author = title, author
    cp.last_modified_by = last_by or author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.subject, cp.keywords, cp.category = "", "", ""
    bio = io.BytesIO()
    doc.save(bio)
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            out.writestr(zi, src.read(info.filename))


__all__ = [n for n in dir() if not n.startswith("_")]
