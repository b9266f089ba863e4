"""Renderers for wild133: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every renderer walks the same block list of a resume dict; only the drawing primitives differ.
"""
import datetime
import html
import io
import os
import zipfile

from lib import fmt_dates, group_orgfirst, head_rows, org_loc

FIXED_DT = datetime.datetime(2026, 3, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def hcase(r, h):
    return h.upper() if r.get("hcase") == "upper" else h


def walk(r, blocks, R):
    """Drive renderer R through blocks."""
    for blk in blocks:
        h, kind, content = blk[0], blk[1], blk[2]
        if h:
            R.heading(hcase(r, h))
        if kind == "para":
            for p in ([content] if isinstance(content, str) else content):
                R.para(p)
        elif kind == "bullets":
            for b in content:
                R.bullet(b)
        elif kind == "inline":
            R.para(r.get("inline_sep", " • ").join(content))
        elif kind == "lines":
            for it in content:
                if isinstance(it, str):
                    R.para(it)
                else:
                    R.row(it[0], it[1], "b")
                    for extra in it[2:]:
                        R.row(extra, None, "i")
                    R.small_gap()
        elif kind == "kv":
            for k, v in content:
                R.kv(k, v)
        elif kind == "jobs":
            if r.get("order") == "orgfirst":
                for org, loc, es in group_orgfirst(content):
                    ol = org_loc(es[0], r, r.get("locjoin", ", "))
                    if ol:
                        R.row(ol, None, "org")
                    for e in es:
                        R.row(e.title, fmt_dates(e, r), "bi")
                        body(R, e)
                    R.small_gap()
            else:
                for e in content:
                    if getattr(R, "job_fn", None):
                        R.job_fn(e)
                    else:
                        for row in head_rows(e, r):
                            R.row(*row)
                    body(R, e)
                    R.small_gap()
        R.gap()


def body(R, e):
    if not e.bullets:
        return
    if e.prose:
        R.para(" ".join(e.bullets))
    else:
        for b in e.bullets:
            R.bullet(b)


def split_blocks(r):
    side = set(r.get("side", ()))
    return [b for b in r["blocks"] if b[0] in side], [b for b in r["blocks"] if b[0] not in side]


# ---------------------------------------------------------------- reportlab
def _rl_fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "helv":
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if name == "times":
        return "Times-Roman", "Times-Bold", "Times-Italic"
    fam = {"dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
           "dvcond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
           "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")}[name]
    for f in fam:
        if f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, DEJAVU + f + ".ttf"))
    return fam


class RL:
    def __init__(self, doc, x0, x1, size, fonts, r):
        self.d, self.x0, self.x1, self.size, self.r = doc, x0, x1, size, r
        self.reg, self.bold, self.ital = fonts
        self.lead = size * 1.32
        self.glyph = r.get("glyph", "•")

    @property
    def c(self):
        return self.d.c

    def sw(self, t, f, s):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(t, f, s)

    def wrap(self, t, f, s, w):
        words, lines, cur = t.split(" "), [], ""
        for wd in words:
            cand = (cur + " " + wd).strip()
            if self.sw(cand, f, s) <= w or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def ensure(self, h):
        self.d.ensure(h)

    def heading(self, h):
        st = self.r.get("hstyle", "rule")
        s = self.size + 1.5
        self.ensure(self.lead * 3)
        self.d.y -= 4
        col = self.r.get("accent", (0.15, 0.15, 0.15))
        if st == "shade":
            self.c.setFillColorRGB(0.88, 0.9, 0.93)
            self.c.rect(self.x0 - 3, self.d.y - 4, self.x1 - self.x0 + 6, s + 6, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        self.c.setFillColorRGB(*col)
        self.c.setFont(self.bold, s)
        self.c.drawString(self.x0, self.d.y, h)
        self.c.setFillColorRGB(0, 0, 0)
        if st == "rule":
            self.c.setStrokeColorRGB(*col)
            self.c.setLineWidth(0.7)
            self.c.line(self.x0, self.d.y - 3, self.x1, self.d.y - 3)
        self.d.y -= self.lead + 5

    def para(self, t):
        for ln in self.wrap(t, self.reg, self.size, self.x1 - self.x0):
            self.ensure(self.lead)
            self.c.setFont(self.reg, self.size)
            self.c.drawString(self.x0, self.d.y, ln)
            self.d.y -= self.lead

    def kv(self, k, v):
        self.para(f"{k}: {v}")

    def bullet(self, t):
        ind = 11
        lines = self.wrap(t, self.reg, self.size, self.x1 - self.x0 - ind)
        for i, ln in enumerate(lines):
            self.ensure(self.lead)
            self.c.setFont(self.reg, self.size)
            if i == 0:
                self.c.drawString(self.x0 + 2, self.d.y, self.glyph)
            self.c.drawString(self.x0 + ind, self.d.y, ln)
            self.d.y -= self.lead

    def row(self, left, right, st):
        f = {"b": self.bold, "i": self.ital, "n": self.reg, "bi": self.bold, "org": self.bold}[st]
        s = self.size + (0.5 if st in ("b", "org") else 0)
        if st == "org" and self.r.get("orgcaps"):
            left = left.upper()
        rw = self.sw(right, self.reg, self.size) + 12 if right else 0
        lines = self.wrap(left, f, s, self.x1 - self.x0 - rw)
        for i, ln in enumerate(lines):
            self.ensure(self.lead)
            self.c.setFont(f, s)
            self.c.drawString(self.x0, self.d.y, ln)
            if i == 0 and right:
                self.c.setFont(self.ital if self.r.get("date_italic") else self.reg, self.size)
                self.c.drawRightString(self.x1, self.d.y, right)
            self.d.y -= self.lead

    def small_gap(self):
        self.d.y -= 3

    def gap(self):
        self.d.y -= 4


class RLDoc:
    def __init__(self, c, r, pages_total):
        from reportlab.lib.pagesizes import A4
        self.c, self.r = c, r
        self.W, self.H = A4
        self.page = 1
        self.total = pages_total
        self.top = self.H - r.get("margin", 50)
        self.bottom = r.get("margin", 50) + (18 if r.get("footer") else 0)
        self.y = self.top

    def footer(self):
        ft = self.r.get("footer")
        if not ft:
            return
        self.c.setFont("Helvetica", 8)
        self.c.setFillColorRGB(0.35, 0.35, 0.35)
        self.c.drawCentredString(self.W / 2, 28, ft.format(n=self.page, N=self.total, name=self.r["name"]))
        self.c.setFillColorRGB(0, 0, 0)

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = self.top


def render_rl(r, path):
    data, pages = _render_rl_once(r, 1)
    if pages > 1:
        data, pages = _render_rl_once(r, pages)
    with open(path, "wb") as f:
        f.write(data)


def _render_rl_once(r, total):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(r.get("doc_title", r["name"] + " CV"))
    c.setAuthor(r["name"])
    c.setCreator(r.get("creator", "Microsoft® Word for Microsoft 365"))
    fonts = _rl_fonts(r.get("font", "helv"))
    d = RLDoc(c, r, total)
    W, H = A4
    m = r.get("margin", 50)
    size = r.get("size", 10)
    layout = r.get("layout", "plain")
    side_blocks, main_blocks = split_blocks(r)
    if layout == "sidebar":
        sw = r.get("side_w", 175)
        col = r.get("side_col", (0.9, 0.93, 0.96))
        c.setFillColorRGB(*col)
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        # sidebar content
        side = RL(d, 20, sw - 16, size - 1, fonts, r)
        d.y = H - 60
        c.setFont(fonts[1], 17)
        for i, part in enumerate(r["name"].split(" ")):
            c.drawString(20, d.y, part)
            d.y -= 21
        d.y -= 6
        for ln in r["contact"]:
            side.para(ln)
        d.y -= 8
        walk(r, side_blocks, side)
        # main column
        d.y = H - 60
        main = RL(d, sw + 22, W - 40, size, fonts, r)
        if r.get("tagline"):
            c.setFont(fonts[2], size + 2)
            c.drawString(sw + 22, d.y, r["tagline"])
            d.y -= 22
        walk(r, main_blocks, main)
    else:
        main = RL(d, m, W - m, size, fonts, r)
        if layout == "twocol":
            c.setFont(fonts[1], 20)
            c.drawString(m, d.y - 6, r["name"])
            if r.get("tagline"):
                c.setFont(fonts[2], size + 1)
                c.drawString(m, d.y - 24, r["tagline"])
            yy = d.y
            c.setFont(fonts[0], size - 0.5)
            for ln in r["contact"]:
                c.drawRightString(W - m, yy, ln)
                yy -= size * 1.3
            d.y = min(yy, d.y - 30) - 6
            c.setLineWidth(1.2)
            c.line(m, d.y, W - m, d.y)
            d.y -= 18
        else:
            c.setFont(fonts[1], r.get("name_size", 18))
            if r.get("left_head"):
                c.drawString(m, d.y, r["name"])
            else:
                c.drawCentredString(W / 2, d.y, r["name"])
            d.y -= 18
            c.setFont(fonts[0], size - 0.5)
            for ln in r["contact"]:
                if r.get("left_head"):
                    c.drawString(m, d.y, ln)
                else:
                    c.drawCentredString(W / 2, d.y, ln)
                d.y -= size * 1.35
            d.y -= 8
        walk(r, main_blocks, main)
    d.footer()
    c.showPage()
    c.save()
    return buf.getvalue(), d.page


# ---------------------------------------------------------------- fpdf2
class FP:
    def __init__(self, pdf, r, x0, w, size):
        self.p, self.r, self.x0, self.w, self.size = pdf, r, x0, w, size
        self.glyph = r.get("glyph", "•")
        self.lh = size * 0.5

    def heading(self, h):
        p, st = self.p, self.r.get("hstyle", "rule")
        p.ln(2)
        p.set_x(self.x0)
        p.set_font("dv", "B", self.size + 1.5)
        col = self.r.get("accent", (30, 30, 30))
        p.set_text_color(*col)
        if st == "shade":
            p.set_fill_color(225, 230, 236)
            p.cell(self.w, self.lh + 2.5, " " + h, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            p.cell(self.w, self.lh + 2, h, new_x="LMARGIN", new_y="NEXT")
            if st == "rule":
                p.set_draw_color(*col)
                p.line(self.x0, p.get_y(), self.x0 + self.w, p.get_y())
        p.set_text_color(0, 0, 0)
        p.ln(1.5)

    def para(self, t):
        self.p.set_x(self.x0)
        self.p.set_font("dv", "", self.size)
        self.p.multi_cell(self.w, self.lh, t, new_x="LMARGIN", new_y="NEXT")

    def kv(self, k, v):
        self.p.set_x(self.x0)
        self.p.set_font("dv", "B", self.size)
        self.p.write(self.lh, k + ": ")
        self.p.set_font("dv", "", self.size)
        self.p.write(self.lh, v)
        self.p.ln(self.lh)

    def bullet(self, t):
        p = self.p
        p.set_font("dv", "", self.size)
        p.set_x(self.x0 + 1.5)
        p.cell(4, self.lh, self.glyph)
        p.multi_cell(self.w - 5.5, self.lh, t, new_x="LMARGIN", new_y="NEXT")

    def row(self, left, right, st):
        p = self.p
        style = {"b": "B", "i": "I", "n": "", "bi": "B", "org": "B"}[st]
        if st == "org" and self.r.get("orgcaps"):
            left = left.upper()
        p.set_font("dv", "", self.size)
        rw = p.get_string_width(right) + 4 if right else 0
        y = p.get_y()
        if right:
            p.set_xy(self.x0 + self.w - rw, y)
            p.set_font("dv", "I" if self.r.get("date_italic") else "", self.size)
            p.cell(rw, self.lh + 0.5, right, align="R")
        p.set_xy(self.x0, y)
        p.set_font("dv", style, self.size + (0.5 if st == "b" else 0))
        p.multi_cell(self.w - rw, self.lh + 0.5, left, new_x="LMARGIN", new_y="NEXT")

    def small_gap(self):
        self.p.ln(1.2)

    def gap(self):
        self.p.ln(1.5)


def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            ft = r.get("footer")
            if ft:
                self.set_y(-12)
                self.set_font("dv", "I", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, ft.format(n=self.page_no(), N="{nb}", name=r["name"]), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(r.get("doc_title", r["name"] + " CV"))
    pdf.set_author(r["name"])
    pdf.set_creator(r.get("creator", "Google Docs Renderer"))
    fam = r.get("font", "dejavu")
    files = {"dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
             "dvserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
             "dvcond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")}[fam]
    pdf.add_font("dv", "", DEJAVU + files[0] + ".ttf")
    pdf.add_font("dv", "B", DEJAVU + files[1] + ".ttf")
    pdf.add_font("dv", "I", DEJAVU + files[2] + ".ttf")
    m = r.get("margin", 18)
    pdf.set_margins(m, 15, m)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    size = r.get("size", 9.5)
    W = pdf.w - 2 * m
    layout = r.get("layout", "centred")
    pdf.set_font("dv", "B", r.get("name_size", 17))
    align = "C" if layout == "centred" else "L"
    pdf.cell(W, 9, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    if r.get("tagline"):
        pdf.set_font("dv", "I", size + 1)
        pdf.cell(W, 6, r["tagline"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", size - 0.5)
    for ln in r["contact"]:
        pdf.cell(W, 4.6, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if layout == "left":
        pdf.set_draw_color(90, 90, 90)
        pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
        pdf.ln(2)
    walk(r, r["blocks"], FP(pdf, r, m, W, size))
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _bottom_border(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "444444")):
        bt.set(qn(k), v)
    b.append(bt)
    pPr.append(b)


class DX:
    def __init__(self, doc, box, r, width_in):
        from docx.shared import Inches
        self.doc, self.box, self.r = doc, box, r
        self.tab = Inches(width_in)
        self.width_in = width_in
        self.job_fn = self._job_table if r.get("job_table") else None

    def _p(self, text="", style=None):
        if style:
            return self.box.add_paragraph(text, style=style)
        return self.box.add_paragraph(text)

    def heading(self, h):
        from docx.shared import Pt
        st = self.r.get("hstyle", "h1")
        if st == "h1":
            self._p(h, "Heading 1")
        else:
            p = self._p()
            run = p.add_run(h)
            run.bold = True
            run.font.size = Pt(self.r.get("size", 10.5) + 1.5)
            p.paragraph_format.space_before = Pt(8)
            if st == "border":
                _bottom_border(p)

    def para(self, t):
        self._p(t)

    def kv(self, k, v):
        p = self._p()
        p.add_run(k + ": ").bold = True
        p.add_run(v)

    def bullet(self, t):
        from docx.shared import Inches
        if self.r.get("glyph") == "list":
            self._p(t, "List Bullet")
        else:
            p = self._p(self.r.get("glyph", "•") + "\t" + t)
            p.paragraph_format.left_indent = Inches(0.25)
            p.paragraph_format.first_line_indent = Inches(-0.2)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))
            p.paragraph_format.space_after = 0

    def row(self, left, right, st):
        from docx.enum.text import WD_TAB_ALIGNMENT
        if st == "org" and self.r.get("orgcaps"):
            left = left.upper()
        if st == "b" and self.r.get("title_style"):
            p = self._p(None, self.r["title_style"])
            p.add_run(left)
        else:
            p = self._p()
            run = p.add_run(left)
            run.bold = st in ("b", "bi", "org")
            run.italic = st == "i" or (st == "bi" and bool(self.r.get("role_italic")))
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(self.tab, WD_TAB_ALIGNMENT.RIGHT)
            rr = p.add_run("\t" + right)
            rr.italic = bool(self.r.get("date_italic"))
        p.paragraph_format.space_after = 0

    def _job_table(self, e):
        """Only used when r['job_table'] is set: one borderless table per job."""
        from docx.shared import Inches
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        t = self.box.add_table(rows=1, cols=2)
        wl = self.width_in * 0.7
        t.columns[0].width = Inches(wl)
        t.columns[1].width = Inches(self.width_in - wl)
        a, b = t.rows[0].cells
        a.width, b.width = Inches(wl), Inches(self.width_in - wl)
        a.paragraphs[0].add_run(e.title).bold = True
        ol = org_loc(e, self.r, self.r.get("locjoin", ", "))
        if ol:
            a.add_paragraph().add_run(ol).italic = True
        b.paragraphs[0].add_run(fmt_dates(e, self.r))
        b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def small_gap(self):
        pass

    def gap(self):
        pass


def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    mg = r.get("margin_in", 0.8)
    sec.left_margin = sec.right_margin = Inches(mg)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    width = 8.27 - 2 * mg
    st = doc.styles["Normal"]
    st.font.name = r.get("dfont", "Calibri")
    st.font.size = Pt(r.get("size", 10.5))
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    layout = r.get("layout", "styles")
    R = DX(doc, doc, r, width)

    def name_block(box, align_center=True):
        if r.get("name_title_style"):
            p = box.add_paragraph(r["name"], style="Title")
        else:
            p = box.add_paragraph()
            run = p.add_run(r["name"])
            run.bold = True
            run.font.size = Pt(r.get("name_size", 18))
        if align_center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in r["contact"]:
            q = box.add_paragraph(ln)
            q.paragraph_format.space_after = 0
            if align_center:
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.text = r["name"]
        hp.runs[0].bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hdr.add_paragraph(" | ".join(r["contact"])).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("docx_footer"):
            sec.footer.paragraphs[0].text = r["docx_footer"]
            sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        walk(r, r["blocks"], R)
    elif layout == "sidebar":
        side_blocks, main_blocks = split_blocks(r)
        t = doc.add_table(rows=1, cols=2)
        sw = r.get("side_in", 2.2)
        a, b = t.rows[0].cells
        t.columns[0].width = a.width = Inches(sw)
        t.columns[1].width = b.width = Inches(width - sw)
        _shade(a, r.get("side_hex", "DCE6F0"))
        a.paragraphs[0].add_run(r["name"]).bold = True
        a.paragraphs[0].runs[0].font.size = Pt(16)
        for ln in r["contact"]:
            a.add_paragraph(ln)
        walk(r, side_blocks, DX(doc, a, r, sw - 0.2))
        RB = DX(doc, b, r, width - sw - 0.2)
        if r.get("tagline"):
            b.paragraphs[0].add_run(r["tagline"]).italic = True
        walk(r, main_blocks, RB)
    elif layout == "twohead":
        t = doc.add_table(rows=1, cols=2)
        a, b = t.rows[0].cells
        a.paragraphs[0].add_run(r["name"]).bold = True
        a.paragraphs[0].runs[0].font.size = Pt(20)
        if r.get("tagline"):
            a.add_paragraph(r["tagline"])
        b.paragraphs[0].text = r["contact"][0]
        for ln in r["contact"][1:]:
            b.add_paragraph(ln)
        for p in b.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        walk(r, r["blocks"], R)
    else:
        name_block(doc, align_center=not r.get("left_head"))
        walk(r, r["blocks"], R)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text / markdown / html
class TX:
    def __init__(self, r):
        self.r, self.out = r, []
        self.glyph = r.get("glyph", "-")

    def heading(self, h):
        st = self.r.get("hstyle", "plain")
        if self.out and self.out[-1] != "":
            self.out.append("")
        self.out.append(h)
        if st == "underline":
            self.out.append(self.r.get("uline", "-") * len(h))
        elif st == "colon":
            self.out[-1] = h + ":"

    def para(self, t):
        w = self.r.get("wrap")
        if w:
            import textwrap
            self.out.extend(textwrap.wrap(t, w))
        else:
            self.out.append(t)

    def kv(self, k, v):
        self.out.append(f"{k}: {v}")

    def bullet(self, t):
        w = self.r.get("wrap")
        g = self.glyph + " "
        if w:
            import textwrap
            ls = textwrap.wrap(t, w - len(g))
            self.out.append(g + ls[0])
            self.out.extend(" " * len(g) + x for x in ls[1:])
        else:
            self.out.append(g + t)

    def row(self, left, right, st):
        if st == "org" and self.r.get("orgcaps"):
            left = left.upper()
        if not right:
            self.out.append(left)
            return
        how = self.r.get("txt_right", "pad")
        if how == "pad":
            self.out.append(left + " " * max(3, self.r.get("padcol", 66) - len(left)) + right)
        elif how == "tab":
            self.out.append(left + "\t" + right)
        elif how == "pipe":
            self.out.append(left + " | " + right)
        elif how == "paren":
            self.out.append(f"{left} ({right})")
        elif how == "line":
            self.out.append(left)
            self.out.append(right)
        elif how == "before":
            self.out.append(f"{right}  {left}")

    def small_gap(self):
        if self.r.get("entry_blank", True):
            self.out.append("")

    def gap(self):
        if self.out and self.out[-1] != "":
            self.out.append("")


def render_txt(r, path):
    R = TX(r)
    R.out.append(r["name"].upper() if r.get("name_caps") else r["name"])
    R.out.extend(r["contact"])
    R.out.append("")
    walk(r, r["blocks"], R)
    while R.out and R.out[-1] == "":
        R.out.pop()
    nl = "\r\n" if r.get("crlf") else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(nl.join(R.out) + nl)


class MD(TX):
    def heading(self, h):
        self.out.extend(["", "## " + h, ""])

    def kv(self, k, v):
        self.out.append(f"**{k}:** {v}  ")

    def row(self, left, right, st):
        mode = self.r.get("md_rows", "h3")
        if st == "b" and mode == "h3":
            self.out.append("### " + left + (f" ({right})" if right else ""))
        elif st in ("b", "org", "bi"):
            self.out.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
        elif st == "i":
            self.out.append(f"*{left}*" + (f" · {right}" if right else "") + "  ")
        else:
            self.out.append(left + (f" | {right}" if right else "") + "  ")

    def small_gap(self):
        self.out.append("")

    def bullet(self, t):
        self.out.append(self.r.get("glyph", "-") + " " + t)


def render_md(r, path):
    R = MD(r)
    R.out.append("# " + r["name"])
    R.out.append("")
    R.out.append(" · ".join(r["contact"]))
    walk(r, r["blocks"], R)
    text = "\n".join(R.out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip() + "\n")


class HT:
    def __init__(self, r):
        self.r, self.out, self.inlist = r, [], False

    def _close(self):
        if self.inlist:
            self.out.append("</ul>")
            self.inlist = False

    def heading(self, h):
        self._close()
        if self.r.get("html_style") == "word":
            self.out.append(f'<p class=MsoNormal style="border-bottom:solid windowtext 1.0pt"><b><span style="font-size:12.0pt">{html.escape(h)}</span></b></p>')
        else:
            self.out.append(f"<h2>{html.escape(h)}</h2>")

    def para(self, t):
        self._close()
        self.out.append(f"<p>{html.escape(t)}</p>" if self.r.get("html_style") != "word"
                        else f"<p class=MsoNormal>{html.escape(t)}</p>")

    def kv(self, k, v):
        self._close()
        self.out.append(f"<p><b>{html.escape(k)}:</b> {html.escape(v)}</p>")

    def bullet(self, t):
        if not self.inlist:
            self.out.append("<ul>")
            self.inlist = True
        self.out.append(f"  <li>{html.escape(t)}</li>")

    def row(self, left, right, st):
        self._close()
        L = html.escape(left)
        if self.r.get("html_style") == "word":
            inner = f"<b>{L}</b>" if st in ("b", "org", "bi") else (f"<i>{L}</i>" if st == "i" else L)
            if right:
                self.out.append('<table class=MsoNormalTable width="100%" border=0 cellspacing=0 cellpadding=0><tr>'
                                f'<td width="70%"><p class=MsoNormal>{inner}</p></td>'
                                f'<td width="30%" align=right><p class=MsoNormal align=right>{html.escape(right)}</p></td></tr></table>')
            else:
                self.out.append(f"<p class=MsoNormal>{inner}</p>")
        else:
            tag = "h3" if st in ("b", "org") else "p"
            inner = f"<em>{L}</em>" if st == "i" else L
            sp = f' <span class="dates">{html.escape(right)}</span>' if right else ""
            self.out.append(f"<{tag}>{inner}{sp}</{tag}>")

    def small_gap(self):
        self._close()

    def gap(self):
        self._close()


def render_html(r, path):
    R = HT(r)
    word = r.get("html_style") == "word"
    head = ['<!DOCTYPE html>' if not word else '<html xmlns:o="urn:schemas-microsoft-com:office:office">',
            '<html lang="en-GB">' if not word else '',
            '<head><meta charset="utf-8"><title>' + html.escape(r.get("doc_title", r["name"] + " CV")) + '</title>',
            '<style>body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;font-size:14px}'
            '.dates{float:right;font-weight:normal;color:#555}h2{border-bottom:1px solid #999}</style></head>',
            '<body>']
    R.out.extend(x for x in head if x)
    R.out.append(f"<h1>{html.escape(r['name'])}</h1>" if not word else
                 f'<p class=MsoTitle align=center><b><span style="font-size:20.0pt">{html.escape(r["name"])}</span></b></p>')
    R.out.append("<p>" + "<br>\n".join(html.escape(c) for c in r["contact"]) + "</p>")
    walk(r, r["blocks"], R)
    R._close()
    R.out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(R.out) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(r, outdir):
    path = os.path.join(outdir, r["file"])
    RENDERERS[r["render"]](r, path)
    return path
