"""Renderers for wild135: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

Each renderer takes the résumé dict and an output path. Layout options live in the
dict: renderer, layout, order (title_org / org_title / pipe / dash / dateline /
inline / orgfirst), dates, present, sep, glyph, prose, footer, page.
"""
import datetime
import html
import io
import zipfile

from lib import fmt_range, org_loc, sentences, group_by_org

FIXED_DT = datetime.datetime(2026, 3, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 3, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ============================================================== helpers

def header_lines(e, r):
    """Return (line1, right, line2) for an entry according to r['order'].

    line1 is the bold line, right the text printed flush right (dates) or None,
    line2 the secondary line or None. Missing organisation / location are left out.
    """
    order = r.get("order", "title_org")
    d = fmt_range(e, r)
    ol = org_loc(e)
    if order == "title_org":
        return e.title, d, (ol or None)
    if order == "org_title":
        if ol:
            return ol, d, e.title
        return e.title, d, None
    if order == "pipe":
        parts = [e.title] + [x for x in (e.org, e.loc) if x]
        return " | ".join(parts), d, None
    if order == "dash":
        s = e.title
        if ol:
            s += " – " + ol
        return s, d, None
    raise ValueError(order)


# ============================================================== reportlab

def _rl_imports():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return canvas, A4, LETTER, simpleSplit, stringWidth


class RLDoc:
    def __init__(self, target, r, total=None):
        canvas, A4, LETTER, simpleSplit, stringWidth = _rl_imports()
        self.split, self.sw = simpleSplit, stringWidth
        self.r = r
        self.size = LETTER if r.get("page") == "letter" else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(target, pagesize=self.size, invariant=1)
        self.c.setTitle(r["name"] + " - Resume")
        self.c.setAuthor(r["name"])
        self.c.setCreator("Microsoft Word" if r.get("creator") is None else r["creator"])
        self.total = total
        self.page = 1
        self.bottom = 60
        self.x = 54
        self.w = self.W - 108
        self.y = self.H - 54
        self.on_new_page = None
        self.accent = r.get("accent", (0.15, 0.25, 0.4))

    def footer(self):
        f = self.r.get("footer")
        if not f:
            return
        txt = f.format(n=self.page, total=self.total or "?", name=self.r["name"])
        self.c.setFont("Helvetica", 8)
        self.c.setFillColorRGB(0.4, 0.4, 0.4)
        self.c.drawCentredString(self.W / 2, 30, txt)
        self.c.setFillColorRGB(0, 0, 0)

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - 54
        if self.on_new_page:
            self.on_new_page()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text(self, s, font="Helvetica", size=10, indent=0, lead=None, color=None, width=None):
        lead = lead or size * 1.25
        w = (width or self.w) - indent
        lines = self.split(s, font, size, w)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            if color:
                self.c.setFillColorRGB(*color)
            self.c.drawString(self.x + indent, self.y - size, ln)
            if color:
                self.c.setFillColorRGB(0, 0, 0)
            self.y -= lead

    def line_lr(self, left, right, font="Helvetica-Bold", size=10.5, rfont="Helvetica", rsize=9.5):
        """Left text with right-aligned text on the same line; wraps left if needed."""
        lead = size * 1.3
        rw = self.sw(right, rfont, rsize) + 12 if right else 0
        lines = self.split(left, font, size, self.w - rw)
        self.need(lead * len(lines))
        for i, ln in enumerate(lines):
            self.c.setFont(font, size)
            self.c.drawString(self.x, self.y - size, ln)
            if i == 0 and right:
                self.c.setFont(rfont, rsize)
                self.c.drawRightString(self.x + self.w, self.y - size, right)
            self.y -= lead

    def bullet(self, s, glyph="•", size=9.5, indent=10):
        lead = size * 1.3
        lines = self.split(s, "Helvetica", size, self.w - indent - 10)
        self.need(lead)
        self.c.setFont("Helvetica", size)
        self.c.drawString(self.x + indent, self.y - size, glyph)
        for ln in lines:
            self.need(lead)
            self.c.setFont("Helvetica", size)
            self.c.drawString(self.x + indent + 10, self.y - size, ln)
            self.y -= lead

    def heading(self, s, style="rule"):
        self.need(40)
        self.y -= 8
        if style == "rule":
            self.c.setFont("Helvetica-Bold", 11)
            self.c.setFillColorRGB(*self.accent)
            self.c.drawString(self.x, self.y - 11, s.upper())
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= 15
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(0.7)
            self.c.line(self.x, self.y, self.x + self.w, self.y)
            self.y -= 6
        elif style == "plain":
            self.c.setFont("Helvetica-Bold", 12)
            self.c.drawString(self.x, self.y - 12, s)
            self.y -= 18
        elif style == "small":
            self.c.setFont("Helvetica-Bold", 9.5)
            self.c.setFillColorRGB(*self.accent)
            self.c.drawString(self.x, self.y - 9.5, s.upper())
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= 14

    def save(self):
        self.footer()
        self.c.save()


def _rl_entry(d, e, r, show_org=True):
    if show_org:
        l1, right, l2 = header_lines(e, r)
    else:  # org-first: org already printed as group heading
        l1, right, l2 = e.title, fmt_range(e, r), None
    d.line_lr(l1, right)
    if l2:
        d.text(l2, font="Helvetica-Oblique", size=9.5)
    if r.get("prose") and e.bullets:
        d.text(sentences(e.bullets), size=9.5, indent=0, lead=12.5)
    else:
        for b in e.bullets:
            d.bullet(b, glyph=r.get("glyph", "•"))
    d.y -= 5


def _rl_block(d, b, r, hstyle="rule"):
    if b.get("h"):
        d.heading(b["h"], hstyle)
    if "entries" in b:
        if r.get("order") == "orgfirst":
            for grp in group_by_org(b["entries"]):
                if grp[0].org:
                    d.text(org_loc(grp[0], ", "), font="Helvetica-Bold", size=10.5)
                    for e in grp:
                        d.x += 8
                        d.w -= 8
                        _rl_entry(d, e, r, show_org=False)
                        d.x -= 8
                        d.w += 8
                else:
                    _rl_entry(d, grp[0], dict(r, order="title_org"))
        else:
            for e in b["entries"]:
                _rl_entry(d, e, r)
    for ln in b.get("lines", []):
        if b.get("style") == "bullets":
            d.bullet(ln, glyph=r.get("glyph", "•"), size=9.5, indent=0)
        else:
            d.text(ln, size=9.5)
    if b.get("text"):
        d.text(b["text"], size=9.5, lead=12.5)


def _rl_header(d, r, align="left"):
    c = d.c
    if align == "center":
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(d.x + d.w / 2, d.y - 20, r["name"])
        d.y -= 28
        if r.get("tagline"):
            c.setFont("Helvetica", 11)
            c.drawCentredString(d.x + d.w / 2, d.y - 11, r["tagline"])
            d.y -= 16
        for ln in r["contact"]:
            c.setFont("Helvetica", 9)
            c.drawCentredString(d.x + d.w / 2, d.y - 9, ln)
            d.y -= 12
    else:
        d.text(r["name"], font="Helvetica-Bold", size=19, lead=24)
        if r.get("tagline"):
            d.text(r["tagline"], font="Helvetica", size=11, color=d.accent)
        for ln in r["contact"]:
            d.text(ln, size=9)
    d.y -= 4


def _rl_pass(target, r, total):
    lay = r.get("layout", "plain")
    d = RLDoc(target, r, total)
    if lay == "plain":
        _rl_header(d, r, r.get("align", "left"))
        if r.get("summary"):
            d.heading(r.get("summary_h", "Profile"))
            d.text(r["summary"], size=9.5, lead=12.5)
        for b in r["blocks"]:
            _rl_block(d, b, r)
    elif lay == "sidebar":
        sw = 170

        def bg():
            d.c.setFillColorRGB(*r.get("side_rgb", (0.91, 0.93, 0.95)))
            d.c.rect(0, 0, sw, d.H, stroke=0, fill=1)
            d.c.setFillColorRGB(0, 0, 0)
        bg()
        d.on_new_page = bg
        # sidebar content (page 1)
        d.x, d.w = 18, sw - 32
        d.text(r["name"], font="Helvetica-Bold", size=15, lead=19)
        if r.get("tagline"):
            d.text(r["tagline"], size=9.5, color=d.accent)
        d.y -= 6
        d.heading("Contact", "small")
        for ln in r["contact"]:
            d.text(ln, size=8.5, lead=11)
        for b in r["blocks"]:
            if b.get("side"):
                d.y -= 4
                d.heading(b["h"], "small")
                for ln in b.get("lines", []):
                    d.text(ln, size=8.5, lead=11)
        # main column
        d.x, d.w, d.y = sw + 24, d.W - sw - 24 - 40, d.H - 50
        if r.get("summary"):
            d.heading(r.get("summary_h", "Profile"))
            d.text(r["summary"], size=9.5, lead=12.5)
        for b in r["blocks"]:
            if not b.get("side"):
                _rl_block(d, b, r)
    elif lay == "twocol":
        _rl_header(d, r, r.get("align", "center"))
        d.c.setStrokeColorRGB(0.6, 0.6, 0.6)
        d.c.line(d.x, d.y, d.x + d.w, d.y)
        top = d.y - 6
        right_x = d.x + d.w - 150
        # right narrow column on page 1
        save = (d.x, d.w)
        d.x, d.w, d.y = right_x, 150, top
        for b in r["blocks"]:
            if b.get("side"):
                d.heading(b["h"], "small")
                for ln in b.get("lines", []):
                    d.text(ln, size=8.5, lead=11)
                d.y -= 6
        d.c.setStrokeColorRGB(0.75, 0.75, 0.75)
        d.c.line(right_x - 12, top, right_x - 12, d.bottom)
        d.x, d.w, d.y = save[0], d.w + 0, top
        d.x, d.w = save[0], right_x - 24 - save[0]

        def wide():
            d.x, d.w = save[0], save[1]
        d.on_new_page = wide
        if r.get("summary"):
            d.heading(r.get("summary_h", "Summary"))
            d.text(r["summary"], size=9.5, lead=12.5)
        for b in r["blocks"]:
            if not b.get("side"):
                _rl_block(d, b, r)
    elif lay == "dateleft":
        _rl_header(d, r, "left")
        gut = 96
        for b in r["blocks"]:
            d.heading(b["h"], "plain")
            if "entries" in b:
                for e in b["entries"]:
                    dates = fmt_range(e, r)
                    d.need(30)
                    d.c.setFont("Helvetica", 8.5)
                    d.c.setFillColorRGB(0.35, 0.35, 0.35)
                    for i, part in enumerate(d.split(dates, "Helvetica", 8.5, gut - 8)):
                        d.c.drawString(d.x, d.y - 10.5 - i * 10, part)
                    d.c.setFillColorRGB(0, 0, 0)
                    d.x += gut
                    d.w -= gut
                    d.text(e.title, font="Helvetica-Bold", size=10.5)
                    ol = org_loc(e, " · ")
                    if ol:
                        d.text(ol, font="Helvetica-Oblique", size=9.5)
                    for bl in e.bullets:
                        d.bullet(bl, glyph=r.get("glyph", "–"), indent=0)
                    d.x -= gut
                    d.w += gut
                    d.y -= 6
            for ln in b.get("lines", []):
                d.x += gut
                d.w -= gut
                d.text(ln, size=9.5)
                d.x -= gut
                d.w += gut
            if b.get("text"):
                d.text(b["text"], size=9.5, lead=12.5)
    else:
        raise ValueError(lay)
    d.save()
    return d.page


def render_reportlab(r, path):
    pages = _rl_pass(io.BytesIO(), r, None)
    _rl_pass(path, r, pages)


# ============================================================== fpdf2

def _fpdf_class(r):
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            f = r.get("footer")
            if not f:
                return
            self.set_y(-13)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f.format(n=self.page_no(), total="{nb}", name=r["name"]), align="C")
            self.set_text_color(0, 0, 0)
    return PDF


def render_fpdf(r, path):
    from fpdf.enums import XPos, YPos
    PDF = _fpdf_class(r)
    pdf = PDF(format="Letter" if r.get("page") == "letter" else "A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    for style, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                      ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", style, DEJAVU + fn)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    lay = r.get("layout", "centred")
    acc = r.get("accent_rgb", (30, 70, 110))
    glyph = r.get("glyph", "•")
    W = pdf.w - pdf.l_margin - pdf.r_margin
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(txt, size=9.5, style="", h=4.6, indent=0):
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, h, txt, **NL)

    def bullet(txt, size=9.2):
        pdf.set_font("DejaVu", "", size)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 4.6, glyph)
        pdf.multi_cell(W - 8, 4.6, txt, **NL)

    def lr(left, right, style="B", size=10.5, rsize=9):
        pdf.set_font("DejaVu", "", rsize)
        rw = pdf.get_string_width(right) + 3 if right else 0
        pdf.set_font("DejaVu", style, size)
        y0 = pdf.get_y()
        pdf.multi_cell(W - rw, 5.4, left, align="L", **NL)
        y1 = pdf.get_y()
        if right:
            pdf.set_xy(pdf.l_margin + W - rw, y0)
            pdf.set_font("DejaVu", "", rsize)
            pdf.cell(rw, 5.4, right, align="R")
            pdf.set_xy(pdf.l_margin, y1)

    def heading(s):
        pdf.ln(2.5)
        if lay == "banner":
            pdf.set_fill_color(*acc)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.cell(W, 6.5, "  " + s.upper(), fill=True, **NL)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif lay == "left":
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_text_color(*acc)
            pdf.cell(W, 7, s, **NL)
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_text_color(*acc)
            pdf.cell(W, 6.5, s.upper(), **NL)
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)

    # ---- header
    if lay == "banner":
        pdf.set_fill_color(*acc)
        pdf.rect(0, 0, pdf.w, 34, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.set_font("DejaVu", "B", 20)
        pdf.cell(W, 10, r["name"], **NL)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(W, 5, "   ·   ".join(r["contact"]), **NL)
        if r.get("tagline"):
            pdf.cell(W, 5, r["tagline"], **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(40)
    elif lay in ("centred", "grid"):
        pdf.set_font("DejaVu", "B", 19)
        pdf.cell(W, 10, r["name"], align="C", **NL)
        if r.get("tagline"):
            pdf.set_font("DejaVu", "I", 10.5)
            pdf.cell(W, 6, r["tagline"], align="C", **NL)
        pdf.set_font("DejaVu", "", 9)
        for ln in r["contact"]:
            pdf.cell(W, 4.8, ln, align="C", **NL)
    else:
        pdf.set_font("DejaVu", "B", 18)
        pdf.cell(W, 9, r["name"], **NL)
        if r.get("tagline"):
            pdf.set_font("DejaVu", "", 10.5)
            pdf.cell(W, 6, r["tagline"], **NL)
        pdf.set_font("DejaVu", "", 9)
        for ln in r["contact"]:
            pdf.cell(W, 4.8, ln, **NL)
    if r.get("summary"):
        heading(r.get("summary_h", "Profile"))
        para(r["summary"])

    # ---- blocks
    for b in r["blocks"]:
        heading(b["h"])
        ents = b.get("entries", [])
        if ents and lay == "grid":
            pdf.set_font("DejaVu", "", 8.8)
            pdf.set_draw_color(170, 170, 170)
            with pdf.table(col_widths=(27, 50, W - 77), text_align=("LEFT", "LEFT", "LEFT"),
                           borders_layout="HORIZONTAL_LINES", line_height=4.4,
                           first_row_as_headings=True, padding=1.2) as t:
                row = t.row()
                for h in r.get("grid_heads", ("Period", "Role", "What I did")):
                    row.cell(h)
                for e in ents:
                    row = t.row()
                    row.cell(fmt_range(e, r))
                    row.cell("\n".join(x for x in (e.title, e.org, e.loc) if x))
                    row.cell("\n".join(glyph + " " + x for x in e.bullets))
            pdf.ln(2)
        else:
            for e in ents:
                d = fmt_range(e, r)
                if lay == "centred":
                    lr(e.title, d)
                    ol = org_loc(e)
                    if ol:
                        para(ol, style="I", size=9.3)
                elif lay == "left":
                    ol = org_loc(e)
                    if ol:
                        lr(ol, "", size=10.3)
                        para(e.title, style="I", size=9.8)
                    else:
                        lr(e.title, "", size=10.3)
                    para(d, size=8.6, h=4.4)
                elif lay == "prose":
                    parts = [e.title]
                    if e.org:
                        parts.append(e.org)
                    s = ", ".join(parts)
                    if e.loc:
                        s += " — " + e.loc
                    lr(s, d, size=10.2)
                elif lay == "banner":
                    parts = [e.title] + [x for x in (e.org, e.loc) if x]
                    para(" | ".join(parts), style="B", size=10.2, h=5.2)
                    if d:
                        para(d, style="I", size=8.8, h=4.4)
                if e.bullets:
                    if r.get("prose") or lay == "prose":
                        para(sentences(e.bullets), size=9.2)
                    else:
                        for bl in e.bullets:
                            bullet(bl)
                pdf.ln(2.2)
        for ln in b.get("lines", []):
            if b.get("style") == "bullets":
                bullet(ln)
            else:
                para(ln, size=9.2)
        if b.get("text"):
            para(b["text"], size=9.2)
    pdf.output(path)


# ============================================================== python-docx

def _docx_fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH

    doc = docx.Document()
    sec = doc.sections[0]
    if r.get("page") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name = r.get("font", "Calibri")
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = datetime.datetime(2026, 2, 14, 10, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 1, 18, 0, 0)
    cp.last_printed = datetime.datetime(2026, 3, 1, 18, 0, 0)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    lay = r.get("layout", "styles")
    glyph = r.get("glyph")
    order = r.get("order", "title_org")

    def sp(p, before=0, after=2):
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        return p

    def add_bullets(container, bullets):
        if r.get("prose") and bullets:
            sp(container.add_paragraph(sentences(bullets)), 0, 4)
            return
        for bl in bullets:
            if glyph:
                p = container.add_paragraph(f"{glyph}\t{bl}")
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.5)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
                sp(p, 0, 1)
            else:
                sp(container.add_paragraph(bl, style="List Bullet"), 0, 1)

    def tab_line(container, left, right, bold=True, italic=False, size=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_w if container is doc else Cm(11.2),
                                                  WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.add_run("\t" + right)
        return sp(p, 4 if bold else 0, 0)

    def sec_heading(container, h):
        if lay in ("styles", "header"):
            if container is doc:
                return doc.add_heading(h, level=1)
        p = container.add_paragraph()
        run = p.add_run(h.upper() if r.get("caps_h", True) else h)
        run.bold = True
        run.font.size = Pt(11.5)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return sp(p, 10, 3)

    def entry(container, e, show_org=True):
        d = fmt_range(e, r)
        ol = org_loc(e)
        if lay == "styles":
            hline = e.title + (" — " + e.org if e.org and show_org else "")
            h = container.add_paragraph(hline, style="Heading 2") if container is doc else None
            if h is None:
                container.add_paragraph(hline).runs[0].bold = True
            meta = " | ".join(x for x in ((e.loc if show_org else None), d) if x)
            if meta:
                p = container.add_paragraph()
                p.add_run(meta).italic = True
                sp(p, 0, 2)
        elif lay == "table":
            t = container.add_table(rows=1, cols=2)
            _no_borders(t)
            t.autofit = False
            c1, c2 = t.rows[0].cells
            c1.width, c2.width = Cm(12.5), Cm(4.5)
            c1.paragraphs[0].add_run(e.title).bold = True
            if ol:
                c1.add_paragraph().add_run(ol).italic = True
            c2.paragraphs[0].add_run(d)
            c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if r.get("table_bullets_in_cell"):
                add_bullets(c1, e.bullets)
            else:
                add_bullets(container, e.bullets)
            sp(container.add_paragraph(), 0, 0)
            return
        elif lay == "sidebar":
            t = container.add_table(rows=1, cols=2)  # nested table inside the layout cell
            _no_borders(t)
            c1, c2 = t.rows[0].cells
            c1.width, c2.width = Cm(8.5), Cm(3.0)
            c1.paragraphs[0].add_run(e.title).bold = True
            if ol:
                c1.add_paragraph(ol).runs[0].italic = True
            c2.paragraphs[0].add_run(d).font.size = Pt(9)
            c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_bullets(container, e.bullets)
            return
        else:  # tabs / header
            if order == "org_title" and ol and show_org:
                tab_line(container, ol, d)
                p = container.add_paragraph()
                p.add_run(e.title).italic = True
                sp(p, 0, 1)
            elif not show_org:
                tab_line(container, e.title, d, bold=False, italic=True)
            else:
                tab_line(container, e.title, d)
                if ol:
                    p = container.add_paragraph()
                    p.add_run(ol).italic = True
                    sp(p, 0, 1)
        add_bullets(container, e.bullets)

    def blocks(container, which):
        for b in r["blocks"]:
            if which == "main" and b.get("side"):
                continue
            if which == "side" and not b.get("side"):
                continue
            sec_heading(container, b["h"])
            ents = b.get("entries", [])
            if order == "orgfirst":
                for grp in group_by_org(ents):
                    if grp[0].org:
                        p = container.add_paragraph()
                        p.add_run(org_loc(grp[0], " — ").upper()).bold = True
                        sp(p, 6, 0)
                        for e in grp:
                            entry(container, e, show_org=False)
                    else:
                        entry(container, grp[0])
            else:
                for e in ents:
                    entry(container, e)
            for ln in b.get("lines", []):
                if b.get("style") == "bullets":
                    add_bullets_plain(container, ln)
                else:
                    sp(container.add_paragraph(ln), 0, 1)
            if b.get("text"):
                sp(container.add_paragraph(b["text"]), 0, 3)

    def add_bullets_plain(container, ln):
        if glyph:
            sp(container.add_paragraph(f"{glyph} {ln}"), 0, 1)
        else:
            sp(container.add_paragraph(ln, style="List Bullet"), 0, 1)

    def contact_block(container, center=False):
        if lay == "styles" and container is doc:
            doc.add_heading(r["name"], 0)
        else:
            p = container.add_paragraph()
            run = p.add_run(r["name"])
            run.bold = True
            run.font.size = Pt(20 if container is not doc else 22)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("tagline"):
            p = container.add_paragraph(r["tagline"])
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in r["contact"]:
            p = sp(container.add_paragraph(ln), 0, 0)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        side, main = t.rows[0].cells
        side.width, main.width = Cm(5.2), Cm(11.8)
        _shade(side, r.get("side_hex", "DCE6F0"))
        contact_block(side)
        blocks(side, "side")
        main.paragraphs[0].add_run(r.get("tagline_main", "")).italic = True
        if r.get("summary"):
            sec_heading(main, r.get("summary_h", "Profile"))
            main.add_paragraph(r["summary"])
        blocks(main, "main")
    else:
        if lay == "header":
            hp = sec.header.paragraphs[0]
            run = hp.add_run(r["name"])
            run.bold = True
            run.font.size = Pt(16)
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p = sec.header.add_paragraph("  •  ".join(r["contact"]))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if r.get("tagline"):
                sp(doc.add_paragraph(), 0, 0).add_run(r["tagline"]).bold = True
        else:
            contact_block(doc, center=r.get("align") == "center")
        if r.get("summary"):
            sec_heading(doc, r.get("summary_h", "Profile"))
            sp(doc.add_paragraph(r["summary"]), 0, 4)
        blocks(doc, "all")
    if r.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = r["footer"].format(n=1, total=1, name=r["name"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)
    _docx_fix_zip(path)


# ============================================================== plain text

def _wrap(s, width, indent=""):
    import textwrap
    return textwrap.fill(s, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_long_words=False,
                         break_on_hyphens=False)


def render_text(r, path):
    lay = r.get("layout", "plain")
    out = []
    glyph = r.get("glyph", "-")
    W = r.get("wrap", 0)

    def add_bullet(b):
        lead = f"{r.get('bindent', '  ')}{glyph} " if glyph else r.get("bindent", "  ")
        out.append(_wrap(b, W, lead) if W else lead + b)

    def head(h):
        out.append("")
        if lay == "portal":
            out.append(h.upper() + ":")
            out.append("")
        elif r.get("underline"):
            out.append(h.upper())
            out.append(r["underline"] * len(h))
        else:
            out.append(h.upper())
    out.append(r["name"].upper() if r.get("caps_name") else r["name"])
    if r.get("tagline"):
        out.append(r["tagline"])
    out.extend(r["contact"])
    if r.get("summary"):
        head(r.get("summary_h", "Profile"))
        out.append(_wrap(r["summary"], W) if W else r["summary"])
    order = r.get("order", "dash")
    for b in r["blocks"]:
        head(b["h"])
        ents = b.get("entries", [])
        if lay == "portal":
            for i, e in enumerate(ents):
                if e.org:
                    out.append(f"{r.get('lbl_org', 'Organisation')} : {e.org}")
                out.append(f"{r.get('lbl_title', 'Designation')}  : {e.title}")
                if e.loc:
                    out.append(f"Location     : {e.loc}")
                d = fmt_range(e, r)
                if d:
                    out.append(f"Duration     : {d}")
                if e.bullets:
                    out.append("Roles & Responsibilities:")
                    for bl in e.bullets:
                        add_bullet(bl)
                out.append("")
        elif order == "orgfirst":
            for grp in group_by_org(ents):
                if grp[0].org:
                    out.append(org_loc(grp[0], ", ").upper())
                    for e in grp:
                        out.append(f"{e.title}{r.get('tsep', ', ')}{fmt_range(e, r)}")
                        for bl in e.bullets:
                            add_bullet(bl)
                else:
                    e = grp[0]
                    out.append(f"{e.title.upper()}{r.get('tsep', ', ')}{fmt_range(e, r)}")
                    for bl in e.bullets:
                        add_bullet(bl)
                out.append("")
        else:
            for e in ents:
                d = fmt_range(e, r)
                ol = org_loc(e)
                if order == "dash":
                    s = e.title + (" - " + ol if ol else "")
                    out.append(f"{s}{r.get('dsep', '   ')}{d}".rstrip())
                elif order == "inline":
                    out.append(", ".join(x for x in (e.title, ol, d) if x))
                elif order == "dateline":
                    out.append(e.title)
                    if ol:
                        out.append(ol)
                    if d:
                        out.append(d)
                elif order == "pipe":
                    out.append(" | ".join(x for x in (e.title, e.org, e.loc, d) if x))
                elif order == "datefirst":
                    out.append(f"{d}{r.get('dsep', '  ')}{e.title}" + (f", {ol}" if ol else ""))
                if r.get("prose") and e.bullets:
                    out.append(_wrap(sentences(e.bullets), W) if W else sentences(e.bullets))
                else:
                    for bl in e.bullets:
                        add_bullet(bl)
                out.append("")
        for ln in b.get("lines", []):
            if b.get("style") == "bullets":
                add_bullet(ln)
            else:
                out.append(_wrap(ln, W) if W else ln)
        if b.get("text"):
            out.append(_wrap(b["text"], W) if W else b["text"])
    txt = "\n".join(out).rstrip() + "\n"
    txt = "\n".join(line.rstrip() for line in txt.split("\n"))
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    nl = "\r\n" if r.get("crlf") else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt.replace("\n", nl))


# ============================================================== Markdown

def render_md(r, path):
    out = [f"# {r['name']}", ""]
    if r.get("tagline"):
        out += [f"**{r['tagline']}**", ""]
    out.append(r.get("contact_sep", " · ").join(r["contact"]))
    out.append("")
    if r.get("summary"):
        out += [f"## {r.get('summary_h', 'Profile')}", "", r["summary"], ""]
    style = r.get("layout", "h3")
    g = r.get("glyph", "-")
    for b in r["blocks"]:
        out += [f"## {b['h']}", ""]
        for e in b.get("entries", []):
            d = fmt_range(e, r)
            if style == "h3":
                out.append(f"### {e.title}" + (f" — {e.org}" if e.org else ""))
                meta = " | ".join(x for x in (e.loc, d) if x)
                if meta:
                    out.append(f"*{meta}*")
            elif style == "bold":
                s = f"**{e.title}**"
                if e.org:
                    s += f", {e.org}"
                if e.loc:
                    s += f" ({e.loc})"
                if d:
                    s += f" — _{d}_"
                out.append(s)
            elif style == "h3org":
                out.append(f"### {e.org or e.title}")
                if e.org:
                    out.append(f"**{e.title}**" + (f" · {e.loc}" if e.loc else "") + "  ")
                elif e.loc:
                    out.append(e.loc + "  ")
                if d:
                    out.append(d)
            out.append("")
            if r.get("prose") and e.bullets:
                out += [sentences(e.bullets), ""]
            elif e.bullets:
                out += [f"{g} {bl}" for bl in e.bullets]
                out.append("")
        for ln in b.get("lines", []):
            out.append(f"{g} {ln}" if b.get("style") == "bullets" else ln + "  ")
        if b.get("lines"):
            out.append("")
        if b.get("text"):
            out += [b["text"], ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ============================================================== HTML

def render_html(r, path):
    def E(t):
        return html.escape(t, quote=False)
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h1{margin-bottom:0}h2{border-bottom:1px solid #999;font-size:1.1em;"
                       "text-transform:uppercase;letter-spacing:.05em}.meta{color:#555;margin:0}"
                       "h3{margin:.9em 0 .1em}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{E(r['name'])} | CV</title>", f"<style>{css}</style>", "</head>", "<body>",
           "<header>", f"<h1>{E(r['name'])}</h1>"]
    if r.get("tagline"):
        out.append(f"<p><strong>{E(r['tagline'])}</strong></p>")
    out.append("<p>" + " &middot; ".join(E(c) for c in r["contact"]) + "</p>")
    out.append("</header>")
    if r.get("summary"):
        out += ["<section>", f"<h2>{E(r.get('summary_h', 'About'))}</h2>",
                f"<p>{E(r['summary'])}</p>", "</section>"]
    lay = r.get("layout", "sections")
    for b in r["blocks"]:
        out += ["<section>", f"<h2>{E(b['h'])}</h2>"]
        ents = b.get("entries", [])
        if ents and lay == "table":
            out.append('<table cellpadding="4">')
            for e in ents:
                d = fmt_range(e, r)
                who = "<br>".join(E(x) for x in (e.org, e.loc) if x)
                cell = f"<b>{E(e.title)}</b>" + (f"<br><i>{who}</i>" if who else "")
                if e.bullets:
                    cell += "<ul>" + "".join(f"<li>{E(x)}</li>" for x in e.bullets) + "</ul>"
                out.append(f'<tr><td valign="top" width="130">{E(d)}</td><td>{cell}</td></tr>')
            out.append("</table>")
        else:
            for e in ents:
                d = fmt_range(e, r)
                out.append("<article>")
                out.append(f"<h3>{E(e.title)}</h3>")
                meta = " &mdash; ".join(E(x) for x in (e.org, e.loc, d) if x)
                if meta:
                    out.append(f'<p class="meta">{meta}</p>')
                if r.get("prose") and e.bullets:
                    out.append(f"<p>{E(sentences(e.bullets))}</p>")
                elif e.bullets:
                    out.append("<ul>")
                    out += [f"  <li>{E(x)}</li>" for x in e.bullets]
                    out.append("</ul>")
                out.append("</article>")
        if b.get("lines"):
            if b.get("style") == "bullets":
                out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b["lines"]) + "</ul>")
            else:
                out += [f"<p>{E(x)}</p>" for x in b["lines"]]
        if b.get("text"):
            out.append(f"<p>{E(b['text'])}</p>")
        out.append("</section>")
    if r.get("footer"):
        out.append(f"<footer><small>{E(r['footer'].format(n=1, total=1, name=r['name']))}"
                   "</small></footer>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {
    "reportlab": render_reportlab,
    "fpdf2": render_fpdf,
    "docx": render_docx,
    "txt": render_text,
    "md": render_md,
    "html": render_html,
}


def render(r, path):
    RENDERERS[r["renderer"]](r, path)
