"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text / Markdown.

A résumé dict R holds layout settings and a list of blocks:
  ('name', text) ('contact', text) ('h', text) ('p', text) ('ul', [items]) ('job', E) ('gap',)
Header lines of a job come from lib.head_lines(); a '\\t' in a header line separates the
left part from a right-aligned part (right tab stop in DOCX, right-aligned in PDF,
R['tab'] in text).
"""
import datetime as _dt
import io
import os
import textwrap
import zipfile

import lib

FIXED_DT = _dt.datetime(2026, 11, 2, 9, 30, 0)
FIXED_ZIP = (2026, 11, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _glyph(R, e=None):
    if e is not None and e.glyph is not None:
        return e.glyph
    return R.get("glyph", "•")


def _head_styles(R, e):
    return (e.head_fonts if hasattr(e, "head_fonts") else None) or R.get("head_fonts", ["B", "R", "R", "R"])


# ----------------------------------------------------------------------------- reportlab
RL_FONTS = {
    "Helvetica": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique", "BI": "Helvetica-BoldOblique"},
    "Times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "BI": "Times-BoldItalic"},
    "Courier": {"R": "Courier", "B": "Courier-Bold", "I": "Courier-Oblique", "BI": "Courier-BoldOblique"},
}


class _RL:
    def __init__(self, R, c, draw):
        from reportlab.lib.pagesizes import letter
        self.R, self.c, self.draw = R, c, draw
        self.W, self.H = letter
        self.lm = R.get("margin", 54)
        self.rm = self.W - R.get("rmargin", self.lm)
        self.bottom = R.get("bottom", 60)
        self.page = 1
        self.fonts = RL_FONTS[R.get("font", "Helvetica")]
        self.size = R.get("size", 10.5)
        self.lead = self.size * 1.32
        self.y = self.H - R.get("top", 54)
        self.pages = None
        if R.get("layout") == "band" and draw:
            self._band()

    def _band(self):
        col = self.R.get("band", (0.16, 0.27, 0.42))
        self.c.setFillColorRGB(*col)
        self.c.rect(0, self.H - self.R.get("band_h", 96), self.W, self.R.get("band_h", 96), stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def sw(self, s, st, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.fonts[st], size)

    def newpage(self):
        if self.draw:
            self._footer()
            self.c.showPage()
        self.page += 1
        self.y = self.H - self.R.get("top2", 54)

    def _footer(self):
        f = self.R.get("footer")
        if not f or not self.draw:
            return
        s = f.format(page=self.page, pages=self.pages or 1)
        self.c.setFont(self.fonts["R"], 8)
        self.c.setFillColorRGB(0.35, 0.35, 0.35)
        self.c.drawCentredString(self.W / 2, 30, s)
        self.c.setFillColorRGB(0, 0, 0)

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def line(self, s, st="R", size=None, x=None, align="left", color=None):
        size = size or self.size
        lead = size * 1.3
        self.need(lead)
        self.y -= lead
        x = self.lm if x is None else x
        if self.draw:
            self.c.setFont(self.fonts[st], size)
            if color:
                self.c.setFillColorRGB(*color)
            if align == "center":
                self.c.drawCentredString((self.lm + self.rm) / 2, self.y, s)
            elif align == "right":
                self.c.drawRightString(self.rm, self.y, s)
            else:
                self.c.drawString(x, self.y, s)
            if color:
                self.c.setFillColorRGB(0, 0, 0)

    def tabline(self, s, st="R", size=None):
        if "\t" not in s:
            return self.wrapped(s, st, size)
        left, right = s.split("\t", 1)
        size = size or self.size
        lead = size * 1.3
        rst = self.R.get("date_font", st)
        if self.sw(left, st, size) + self.sw(right, rst, size) + 12 > self.rm - self.lm:
            raise ValueError("left and right parts overlap: " + s)
        self.need(lead)
        self.y -= lead
        if self.draw:
            self.c.setFont(self.fonts[st], size)
            self.c.drawString(self.lm, self.y, left)
            rst = self.R.get("date_font", st)
            self.c.setFont(self.fonts[rst], size)
            self.c.drawRightString(self.rm, self.y, right)

    def wrapped(self, s, st="R", size=None, x=None, prefix=None, indent=0):
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        lead = size * 1.3
        x0 = (self.lm if x is None else x)
        tx = x0 + indent
        width = self.rm - tx
        parts = simpleSplit(s, self.fonts[st], size, width) or [""]
        for i, p in enumerate(parts):
            self.need(lead)
            self.y -= lead
            if self.draw:
                if i == 0 and prefix:
                    self.c.setFont(self.fonts["R"], size)
                    self.c.drawString(x0, self.y, prefix)
                self.c.setFont(self.fonts[st], size)
                self.c.drawString(tx, self.y, p)

    def space(self, h):
        self.y -= h


def _rl_pass(R, c, draw, pages=None):
    w = _RL(R, c, draw)
    w.pages = pages
    band = R.get("layout") == "band"
    in_band = band
    align = R.get("align", "left")
    hst = R.get("hstyle", "rule")
    for b in R["blocks"]:
        t = b[0]
        if t == "name":
            if in_band:
                w.y = w.H - 44
                w.line(b[1], "B", R.get("name_size", 22), x=w.lm, align=align, color=(1, 1, 1))
            else:
                w.line(b[1], "B", R.get("name_size", 18), align=align)
                w.space(2)
        elif t == "contact":
            for ln in b[1].split("\n"):
                if in_band:
                    w.line(ln, "R", 9.5, align=align, color=(1, 1, 1))
                else:
                    w.line(ln, "R", R.get("contact_size", 9.5), align=align)
            if in_band:
                in_band = False
                w.y = w.H - R.get("band_h", 96) - 10
            else:
                w.space(4)
        elif t == "h":
            w.space(R.get("h_space", 10))
            hs = R.get("h_size", 11.5)
            w.need(hs * 1.3 + 3 * w.lead)
            if hst == "shade" and draw:
                w.c.setFillColorRGB(*R.get("shade", (0.88, 0.88, 0.88)))
                w.c.rect(w.lm - 3, w.y - hs * 1.3 - 3, w.rm - w.lm + 6, hs * 1.3 + 2, stroke=0, fill=1)
                w.c.setFillColorRGB(0, 0, 0)
            hcol = R.get("h_color")
            w.line(b[1], "B", hs, align=R.get("h_align", "left"), color=hcol)
            if hst == "rule" and draw:
                w.c.setLineWidth(0.6)
                w.c.line(w.lm, w.y - 3, w.rm, w.y - 3)
            elif hst == "underline" and draw:
                w.c.setLineWidth(0.5)
                w.c.line(w.lm, w.y - 2, w.lm + w.sw(b[1], "B", hs), w.y - 2)
            w.space(R.get("h_after", 5))
        elif t == "p":
            w.wrapped(b[1], R.get("p_font", "R"))
            w.space(3)
        elif t == "ul":
            g = R.get("ul_glyph", _glyph(R))
            for it in b[1]:
                w.wrapped(it, "R", prefix=g, x=w.lm + R.get("bullet_x", 8), indent=R.get("bullet_indent", 12))
            w.space(3)
        elif t == "gap":
            w.space(b[1] if len(b) > 1 else 8)
        elif t == "job":
            e = b[1]
            hl = lib.head_lines(e, R)
            sts = _head_styles(R, e)
            w.need(len(hl) * w.lead + w.lead)
            for i, s in enumerate(hl):
                w.tabline(s, sts[min(i, len(sts) - 1)])
            if e.desc:
                for para in e.bullets:
                    w.wrapped(para, "R", x=w.lm + R.get("desc_x", 0))
            else:
                g = _glyph(R, e)
                for it in e.bullets:
                    if g:
                        w.wrapped(it, "R", prefix=g, x=w.lm + R.get("bullet_x", 8), indent=R.get("bullet_indent", 12))
                    else:
                        w.wrapped(it, "R", x=w.lm + R.get("bullet_x", 8))
            w.space(R.get("job_gap", 7))
    if draw:
        w._footer()
        c.showPage()
    return w.page


def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    n = _rl_pass(R, None, False)
    c = canvas.Canvas(path, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(R.get("author", ""))
    c.setTitle(R.get("pdf_title", ""))
    c.setCreator(R.get("creator", "Microsoft Word"))
    _rl_pass(R, c, True, pages=n)
    c.save()


# ----------------------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    footer = R.get("footer")

    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, footer.format(page=self.page_no(), pages="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter", unit="mm")
    fam = R.get("font", "sans")
    base = {"sans": "DejaVuSans", "cond": "DejaVuSansCondensed", "serif": "DejaVuSerif"}[fam]
    ital = "Oblique" if fam != "serif" else "Italic"
    pdf.add_font("dv", "", DEJAVU + base + ".ttf")
    pdf.add_font("dv", "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + base + "-" + ital + ".ttf")
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=_dt.timezone.utc))
    pdf.set_author(R.get("author", ""))
    pdf.set_creator(R.get("creator", "Google Docs Renderer"))
    pdf.set_title(R.get("pdf_title", ""))
    m = R.get("margin", 18)
    pdf.set_margins(m, R.get("top", 16), m)
    pdf.set_auto_page_break(True, R.get("bottom", 18))
    pdf.add_page()
    size = R.get("size", 10)
    lh = size * 0.48
    align = {"left": "L", "center": "C"}[R.get("align", "left")]
    hst = R.get("hstyle", "rule")

    def mc(text, st="", sz=None, al="L", x=None, w=0):
        pdf.set_font("dv", st, sz or size)
        if x is not None:
            pdf.set_x(x)
        pdf.multi_cell(w, (sz or size) * 0.48, text, align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bullet(text, g):
        pdf.set_font("dv", "", size)
        x0 = pdf.l_margin + R.get("bullet_x", 3)
        pdf.set_x(x0)
        gw = R.get("bullet_indent", 5)
        if g:
            pdf.cell(gw, lh, g)
        else:
            gw = 0
        pdf.multi_cell(pdf.w - pdf.r_margin - x0 - gw, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    for b in R["blocks"]:
        t = b[0]
        if t == "name":
            mc(b[1], "B", R.get("name_size", 18), align)
            pdf.ln(1)
        elif t == "contact":
            for ln in b[1].split("\n"):
                mc(ln, "", R.get("contact_size", 9), align)
            pdf.ln(2)
        elif t == "h":
            pdf.ln(R.get("h_space", 3.5))
            hs = R.get("h_size", 11)
            if pdf.will_page_break(hs * 0.5 + 3 * lh):
                pdf.add_page()
            if hst == "shade":
                pdf.set_fill_color(*R.get("shade", (225, 230, 236)))
                pdf.set_font("dv", "B", hs)
                pdf.cell(0, hs * 0.55, b[1], fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                col = R.get("h_color")
                if col:
                    pdf.set_text_color(*col)
                mc(b[1], "B", hs, {"left": "L", "center": "C"}[R.get("h_align", "left")])
                pdf.set_text_color(0, 0, 0)
                if hst == "rule":
                    y = pdf.get_y() + 0.6
                    pdf.set_line_width(0.3)
                    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(R.get("h_after", 2))
        elif t == "p":
            mc(b[1])
            pdf.ln(1)
        elif t == "ul":
            for it in b[1]:
                bullet(it, R.get("ul_glyph", _glyph(R)))
            pdf.ln(1)
        elif t == "gap":
            pdf.ln(b[1] if len(b) > 1 else 3)
        elif t == "job":
            e = b[1]
            hl = lib.head_lines(e, R)
            sts = _head_styles(R, e)
            if pdf.will_page_break(lh * (len(hl) + 1)):
                pdf.add_page()
            for i, s in enumerate(hl):
                st = sts[min(i, len(sts) - 1)].replace("R", "")
                if "\t" in s:
                    left, right = s.split("\t", 1)
                    pdf.set_font("dv", st, size)
                    lw = pdf.get_string_width(left)
                    pdf.set_font("dv", R.get("date_font", st).replace("R", ""), size)
                    if lw + pdf.get_string_width(right) + 4 > pdf.w - pdf.l_margin - pdf.r_margin:
                        raise ValueError("left and right parts overlap: " + s)
                    y = pdf.get_y()
                    pdf.set_font("dv", st, size)
                    pdf.cell(0, lh, left)
                    pdf.set_xy(pdf.l_margin, y)
                    pdf.set_font("dv", R.get("date_font", st).replace("R", ""), size)
                    pdf.cell(0, lh, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    mc(s, st)
            if e.desc:
                for para in e.bullets:
                    mc(para, x=pdf.l_margin + R.get("desc_x", 0))
            else:
                g = _glyph(R, e)
                for it in e.bullets:
                    bullet(it, g)
            pdf.ln(R.get("job_gap", 2.5))
    pdf.output(path)


# ----------------------------------------------------------------------------- python-docx
def _para_border(p, side="bottom"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), "6")
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "808080")
    bdr.append(el)
    pPr.append(bdr)


def _shade_cell(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    mg = Inches(R.get("docx_margin", 0.9))
    sec.left_margin = sec.right_margin = mg
    sec.top_margin = sec.bottom_margin = Inches(R.get("docx_tb", 0.8))
    textw = sec.page_width - 2 * mg
    st = doc.styles["Normal"]
    st.font.name = R.get("dfont", "Calibri")
    st.font.size = Pt(R.get("dsize", 11))
    layout = R.get("layout", "plain")
    use_list = R.get("docx_list", layout == "styles")
    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}[R.get("align", "left")]
    hdr = sec.header if R.get("docx_header") else None
    if R.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = R["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def addp(container, text="", style=None):
        if container is doc:
            return doc.add_paragraph(text, style=style)
        if hasattr(container, "paragraphs") and len(container.paragraphs) == 1 and not container.paragraphs[0].text \
                and not getattr(container, "_used", False):
            p = container.paragraphs[0]
            container._used = True
            if style:
                p.style = doc.styles[style]
            if text:
                p.add_run(text)
            return p
        return container.add_paragraph(text, style=style)

    def run_styled(p, text, stc):
        r = p.add_run(text)
        r.bold = "B" in stc
        r.italic = "I" in stc
        return r

    def headline(container, s, stc, width):
        p = addp(container)
        p.paragraph_format.space_after = Pt(0)
        if "\t" in s:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            left, right = s.split("\t", 1)
            run_styled(p, left, stc)
            p.add_run("\t")
            run_styled(p, right, R.get("date_font", stc))
        else:
            run_styled(p, s, stc)
        return p

    def bullets(container, items, g):
        for it in items:
            if use_list:
                p = addp(container, it, style="List Bullet")
            else:
                p = addp(container, (g + R.get("glyph_sep", " ") + it) if g else it)
                if R.get("bullet_indent_in"):
                    p.paragraph_format.left_indent = Inches(R["bullet_indent_in"])
            p.paragraph_format.space_after = Pt(0)

    body = doc
    side = None
    if layout == "sidebar":
        tbl = doc.add_table(rows=1, cols=2)
        tbl.autofit = False
        side, body = tbl.rows[0].cells
        side.width = Inches(2.1)
        body.width = textw - Inches(2.1)
        _shade_cell(side, R.get("side_fill", "E8EEF4"))
        bodyw = body.width - Inches(0.2)
    else:
        bodyw = textw
    for b in R["blocks"]:
        t = b[0]
        if t == "name":
            tgt = hdr if hdr is not None else (side if layout == "sidebar" and R.get("name_side") else body)
            p = addp(tgt)
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(R.get("name_size", 18))
            p.alignment = align
        elif t == "contact":
            tgt = hdr if hdr is not None else (side if layout == "sidebar" else body)
            for ln in b[1].split("\n"):
                p = addp(tgt, ln)
                p.paragraph_format.space_after = Pt(0)
                p.alignment = align if tgt is not side else WD_ALIGN_PARAGRAPH.LEFT
                for r in p.runs:
                    r.font.size = Pt(R.get("contact_size", 10))
            if R.get("contact_rule") and tgt is not side:
                _para_border(p)
        elif t == "side":
            for kind, txt in b[1]:
                if kind == "h":
                    p = addp(side)
                    r = p.add_run(txt)
                    r.bold = True
                else:
                    p = addp(side, txt)
                p.paragraph_format.space_after = Pt(2)
        elif t == "h":
            if layout == "styles":
                doc.add_heading(b[1], level=R.get("hlevel", 1))
            else:
                p = addp(body)
                p.paragraph_format.space_before = Pt(R.get("h_before", 10))
                p.paragraph_format.space_after = Pt(3)
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(R.get("h_size", 12))
                if R.get("hrule"):
                    _para_border(p)
        elif t == "p":
            addp(body, b[1])
        elif t == "ul":
            bullets(body, b[1], R.get("ul_glyph", _glyph(R)))
        elif t == "gap":
            addp(body)
        elif t == "job":
            e = b[1]
            hl = lib.head_lines(e, R)
            sts = _head_styles(R, e)
            if layout == "table":
                tb = doc.add_table(rows=1, cols=2)
                if R.get("table_style"):
                    tb.style = doc.styles[R["table_style"]]
                tb.autofit = False
                lc, rc = tb.rows[0].cells
                lc.width = textw - Inches(1.7)
                rc.width = Inches(1.7)
                for i, s in enumerate(hl):
                    stc = sts[min(i, len(sts) - 1)]
                    if "\t" in s:
                        left, right = s.split("\t", 1)
                    else:
                        left, right = s, None
                    if left:
                        p = addp(lc)
                        p.paragraph_format.space_after = Pt(0)
                        run_styled(p, left, stc)
                    if right:
                        p = addp(rc)
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        run_styled(p, right, R.get("date_font", stc))
                if e.desc:
                    for para in e.bullets:
                        addp(lc, para)
                else:
                    bullets(lc, e.bullets, _glyph(R, e))
                addp(doc).paragraph_format.space_after = Pt(0)
            else:
                for i, s in enumerate(hl):
                    headline(body, s, sts[min(i, len(sts) - 1)], bodyw)
                if e.desc:
                    for para in e.bullets:
                        addp(body, para)
                else:
                    bullets(body, e.bullets, _glyph(R, e))
                if R.get("docx_job_gap", True):
                    addp(body).paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = R.get("author", "")
    cp.last_modified_by = R.get("author", "")
    cp.title = R.get("doc_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = R.get("revision", 2)
    cp.created = _dt.datetime(2026, 10, 28, 19, 4, 0)
    cp.modified = FIXED_DT
    cp.last_printed = _dt.datetime(2026, 10, 28, 19, 4, 0)
    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ----------------------------------------------------------------------------- text / Markdown
def render_text(R, path):
    out = []
    tab = R.get("tab", "   ")
    wrap = R.get("wrap")

    def w(s, indent=""):
        if wrap and len(s) > wrap:
            out.extend(textwrap.wrap(s, wrap, subsequent_indent=indent, break_long_words=False))
        else:
            out.append(s)

    for b in R["blocks"]:
        t = b[0]
        if t == "name":
            out.append(b[1])
        elif t == "contact":
            out.extend(b[1].split("\n"))
        elif t == "h":
            if R.get("h_blank_before", True) and out and out[-1] != "":
                out.append("")
            out.append(b[1])
            if R.get("h_under"):
                out.append(R["h_under"] * len(b[1]))
            if R.get("h_blank_after"):
                out.append("")
        elif t == "p":
            w(b[1])
        elif t == "ul":
            g = R.get("ul_glyph", _glyph(R))
            for it in b[1]:
                w((g + " " + it) if g else it, " " * (len(g) + 1) if g else "")
        elif t == "gap":
            out.append("")
        elif t == "job":
            e = b[1]
            for s in lib.head_lines(e, R):
                out.append(s.replace("\t", tab))
            if e.desc:
                for para in e.bullets:
                    w(para)
            else:
                g = _glyph(R, e)
                for it in e.bullets:
                    w((g + " " + it) if g else it, " " * (len(g) + 1) if g else "")
            for _ in range(R.get("job_gap", 1)):
                out.append("")
    while out and out[-1] == "":
        out.pop()
    nl = "\r\n" if R.get("crlf") else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(nl.join(out) + nl)


def render(R, path):
    fmt = R["fmt"]
    if fmt == "rl":
        render_rl(R, path)
    elif fmt == "fpdf":
        render_fpdf(R, path)
    elif fmt == "docx":
        render_docx(R, path)
    else:
        render_text(R, path)
