"""Renderers for wild14: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, Markdown.

Every renderer walks the same block list (see lib.Doc) and is deterministic: reportlab with invariant=1,
fpdf2 with a fixed creation date, DOCX with fixed core properties and zip entries rewritten with a fixed
timestamp.
"""
import datetime
import io
import textwrap
import zipfile

FIXED_DT = datetime.datetime(2026, 10, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 10, 1, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def flat_entry_blocks(blocks):
    """Expand ('entry', header, bullets, i) into plain blocks, marking entry start/end."""
    for blk in blocks:
        if blk[0] == "entry":
            yield ("entry_start",)
            for hb in blk[1]:
                yield hb
            for b in blk[2]:
                yield ("b", b)
            yield ("entry_end",)
        else:
            yield blk


# =============================================================== reportlab
def render_reportlab(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter

    o = doc.opts
    pagesize = letter if o.get("page", "A4") == "letter" else A4
    # pass 1 counts pages so that 'Page n of N' footers can be written
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    n = _RL(c, doc, pagesize, None).run()
    c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
    c.setAuthor(o.get("author", ""))
    c.setTitle(o.get("pdf_title", doc.file))
    c.setCreator(o.get("creator", "Microsoft Word"))
    _RL(c, doc, pagesize, n).run()
    c.save()


class _RL:
    FAM = {
        "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
        "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    }

    def __init__(self, c, doc, pagesize, total):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.sw = stringWidth
        self.c = c
        self.doc = doc
        self.o = doc.opts
        self.W, self.H = pagesize
        self.total = total
        self.page = 1
        self.fam = self.FAM[self.o.get("font", "Helvetica")]
        self.size = self.o.get("size", 10)
        self.lead = self.size * 1.32
        self.m = self.o.get("margin", 54)
        self.bottom = self.m + 18
        self.accent = self.o.get("accent", (0.1, 0.1, 0.1))

    def font(self, st):
        return {"n": self.fam[0], "b": self.fam[1], "i": self.fam[2], "bi": self.fam[3]}.get(st, self.fam[0])

    def wrap(self, text, font, size, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.sw(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def footer(self):
        f = self.o.get("footer")
        if not f:
            return
        txt = f.format(n=self.page, N=self.total or 0, name=self.o.get("person", ""))
        self.c.setFont(self.fam[0], 8)
        self.c.setFillColorRGB(0.35, 0.35, 0.35)
        if self.o.get("footer_align", "center") == "right":
            self.c.drawRightString(self.W - self.m, self.m * 0.55, txt)
        else:
            self.c.drawCentredString(self.W / 2, self.m * 0.55, txt)
        self.c.setFillColorRGB(0, 0, 0)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m
        if self.o.get("running_head") and self.page > 1:
            self.c.setFont(self.fam[2], 8)
            self.c.drawString(self.m, self.H - self.m * 0.6, self.o["running_head"])

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def run(self):
        c = self.c
        self.y = self.H - self.m
        top = self.y
        side_w = self.o.get("sidebar_w")
        if self.doc.side:
            # sidebar on page 1
            if self.o.get("sidebar_fill"):
                c.setFillColorRGB(*self.o["sidebar_fill"])
                c.rect(0, 0, side_w + self.m * 0.75, self.H, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            self.flow(self.doc.side, self.m * 0.6, side_w - self.m * 0.2, sidebar=True)
            self.y = top
            x0 = side_w + self.m * 1.1
            self.flow(self.doc.main, x0, self.W - x0 - self.m)
        else:
            self.flow(self.doc.main, self.m, self.W - 2 * self.m)
        self.footer()
        c.showPage()
        return self.page

    def text_lines(self, x, width, text, st="n", size=None, indent=0, color=None):
        size = size or self.size
        font = self.font(st)
        lead = size * 1.32
        for i, ln in enumerate(self.wrap(text, font, size, width - indent)):
            self.need(lead)
            self.y -= lead
            self.c.setFont(font, size)
            if color:
                self.c.setFillColorRGB(*color)
            self.c.drawString(x + indent, self.y + lead * 0.25, ln)
            if color:
                self.c.setFillColorRGB(0, 0, 0)

    def flow(self, blocks, x, width, sidebar=False):
        c = self.c
        o = self.o
        dcol = o.get("datecol")  # width of a left date column used for entries
        in_entry = False
        for blk in flat_entry_blocks(blocks):
            k = blk[0]
            ex, ew = x, width
            if in_entry and dcol:
                ex, ew = x + dcol + 12, width - dcol - 12
            if k == "entry_start":
                in_entry = True
                self.need(self.lead * 3)
                self.y -= self.lead * 0.35
            elif k == "entry_end":
                in_entry = False
                self.y -= self.lead * 0.25
            elif k == "name":
                size = o.get("name_size", 20)
                self.y -= size * 1.1
                c.setFont(self.fam[1], size)
                c.setFillColorRGB(*self.accent)
                if o.get("name_align") == "center" and not sidebar:
                    c.drawCentredString(x + width / 2, self.y, blk[1])
                else:
                    c.drawString(x, self.y, blk[1])
                c.setFillColorRGB(0, 0, 0)
                self.y -= 4
            elif k == "contact":
                size = self.size - 1
                if o.get("name_align") == "center" and not sidebar:
                    self.y -= size * 1.3
                    c.setFont(self.fam[0], size)
                    c.drawCentredString(x + width / 2, self.y, blk[1])
                else:
                    self.text_lines(x, width, blk[1], "n", size)
            elif k == "h":
                self.need(self.lead * 4)
                self.y -= self.lead * 0.9
                hs = o.get("heading", "caps_rule")
                t = blk[1].upper() if hs in ("caps_rule", "shaded") else blk[1]
                size = self.size + (1 if hs != "bold" else 2)
                if hs == "shaded":
                    c.setFillColorRGB(*o.get("shade", (0.88, 0.9, 0.93)))
                    c.rect(x - 3, self.y - self.lead * 1.05, width + 6, self.lead * 1.35, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                self.y -= self.lead
                c.setFont(self.fam[1], size)
                c.setFillColorRGB(*self.accent)
                c.drawString(x, self.y + 2, t)
                c.setFillColorRGB(0, 0, 0)
                if hs in ("caps_rule", "underline"):
                    c.setLineWidth(0.6)
                    c.setStrokeColorRGB(*self.accent)
                    c.line(x, self.y - 2, x + width, self.y - 2)
                self.y -= 5
            elif k == "sub":
                self.y -= 3
                self.text_lines(x, width, blk[1], "b")
            elif k == "p":
                self.text_lines(ex, ew, blk[1], "n")
                self.y -= 2
            elif k == "b":
                bullet = o.get("bullet", "•")
                ind = 11
                font = self.fam[0]
                lines = self.wrap(blk[1], font, self.size, ew - ind)
                for i, ln in enumerate(lines):
                    self.need(self.lead)
                    self.y -= self.lead
                    c.setFont(font, self.size)
                    if i == 0:
                        c.drawString(ex + 1, self.y + self.lead * 0.25, bullet)
                    c.drawString(ex + ind, self.y + self.lead * 0.25, ln)
            elif k == "gap":
                self.y -= self.lead * 0.6
            elif k == "rule":
                self.y -= 4
                c.setLineWidth(0.4)
                c.line(x, self.y, x + width, self.y)
                self.y -= 4
            elif k == "row":
                _, left, right, st = blk
                if st == "dcol":
                    # date in the left column, right-aligned; heading text in the main column
                    self.need(self.lead)
                    self.y -= self.lead
                    c.setFont(self.fam[0], self.size)
                    c.drawRightString(x + dcol, self.y + self.lead * 0.25, left)
                    c.setFont(self.fam[1], self.size)
                    c.drawString(x + dcol + 12, self.y + self.lead * 0.25, right)
                    continue
                font = self.font(st if st in ("n", "b", "i", "bi") else "n")
                size = self.size - 1 if st == "small" else self.size
                if right:
                    rw = self.sw(right, self.fam[0], size)
                    lines = self.wrap(left, font, size, ew - rw - 14)
                else:
                    lines = self.wrap(left, font, size, ew)
                for i, ln in enumerate(lines):
                    self.need(self.lead)
                    self.y -= self.lead
                    c.setFont(font, size)
                    c.drawString(ex, self.y + self.lead * 0.25, ln)
                    if i == 0 and right:
                        c.setFont(self.fam[0], size)
                        c.drawRightString(ex + ew, self.y + self.lead * 0.25, right)
            elif k == "kv":
                _, key, val = blk
                kw = o.get("kv_w", 120)
                self.need(self.lead)
                self.y -= self.lead
                c.setFont(self.fam[1], self.size)
                c.drawString(ex, self.y + self.lead * 0.25, key)
                lines = self.wrap(val, self.fam[0], self.size, ew - kw) or [""]
                for i, ln in enumerate(lines):
                    if i:
                        self.need(self.lead)
                        self.y -= self.lead
                    c.setFont(self.fam[0], self.size)
                    c.drawString(ex + kw, self.y + self.lead * 0.25, ln)
            else:
                raise ValueError(k)


# =============================================================== fpdf2
def render_fpdf(doc, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    o = doc.opts

    class PDF(FPDF):
        def footer(self):
            f = o.get("footer")
            if not f:
                return
            self.set_y(-12)
            self.set_font(fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f.format(n=self.page_no(), N="{nb}", name=o.get("person", "")),
                      align=o.get("footer_align", "C"))
            self.set_text_color(0, 0, 0)

    pdf = PDF(format=o.get("page", "A4"), unit="mm")
    serif = o.get("font", "sans") == "serif"
    fam = "DVS"
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font(fam, "", DEJAVU + base + ".ttf")
    pdf.add_font(fam, "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font(fam, "I", DEJAVU + base + ("-Italic.ttf" if serif else "-Oblique.ttf"))
    pdf.add_font(fam, "BI", DEJAVU + base + ("-BoldItalic.ttf" if serif else "-BoldOblique.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(o.get("author", ""))
    pdf.set_title(o.get("pdf_title", doc.file))
    pdf.set_creator(o.get("creator", "Google Docs Renderer"))
    pdf.set_producer(o.get("producer", "fpdf2"))
    m = o.get("margin", 16)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    size = o.get("size", 9.5)
    lh = size * 0.47
    W = pdf.w - 2 * m
    acc = o.get("accent", (20, 20, 20))
    bullet = o.get("bullet", "•")
    stmap = {"n": "", "b": "B", "i": "I", "bi": "BI", "small": ""}

    def nl():
        pdf.set_x(m)

    for blk in flat_entry_blocks(doc.main):
        k = blk[0]
        if k == "entry_start":
            pdf.ln(lh * 0.5)
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
        elif k == "entry_end":
            pdf.ln(lh * 0.2)
        elif k == "name":
            pdf.set_font(fam, "B", o.get("name_size", 18))
            pdf.set_text_color(*acc)
            pdf.cell(W, 9, blk[1], align="C" if o.get("name_align") == "center" else "L",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        elif k == "contact":
            pdf.set_font(fam, "", size - 1)
            pdf.multi_cell(W, lh, blk[1], align="C" if o.get("name_align") == "center" else "L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(lh * 0.9)
            hs = o.get("heading", "caps_rule")
            pdf.set_font(fam, "B", size + 1.5)
            pdf.set_text_color(*acc)
            t = blk[1].upper() if hs in ("caps_rule", "shaded") else blk[1]
            if hs == "shaded":
                pdf.set_fill_color(*o.get("shade", (228, 232, 238)))
                pdf.cell(W, lh * 1.5, " " + t, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.cell(W, lh * 1.4, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            if hs in ("caps_rule", "underline"):
                pdf.set_draw_color(*acc)
                pdf.set_line_width(0.25)
                y = pdf.get_y()
                pdf.line(m, y, m + W, y)
            pdf.ln(lh * 0.4)
        elif k == "sub":
            pdf.ln(lh * 0.3)
            pdf.set_font(fam, "B", size)
            pdf.multi_cell(W, lh, blk[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "p":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, lh, blk[1], align=o.get("p_align", "L"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(lh * 0.2)
        elif k == "b":
            pdf.set_font(fam, "", size)
            ind = 4.5
            pdf.set_x(m + 1)
            pdf.cell(ind, lh, bullet)
            pdf.multi_cell(W - ind - 1, lh, blk[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "gap":
            pdf.ln(lh * 0.6)
        elif k == "rule":
            y = pdf.get_y() + 1
            pdf.set_line_width(0.2)
            pdf.line(m, y, m + W, y)
            pdf.ln(2)
        elif k == "row":
            _, left, right, st = blk
            pdf.set_font(fam, stmap.get(st, ""), size - (1 if st == "small" else 0))
            if right:
                y = pdf.get_y()
                pdf.set_font(fam, "", size)
                rw = pdf.get_string_width(right) + 2
                pdf.set_xy(m + W - rw, y)
                pdf.cell(rw, lh, right, align="R")
                pdf.set_xy(m, y)
                pdf.set_font(fam, stmap.get(st, ""), size)
                pdf.multi_cell(W - rw - 3, lh, left, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(W, lh, left, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "kv":
            _, key, val = blk
            kw = o.get("kv_w", 48)
            pdf.set_font(fam, "", size)
            nv = len(pdf.multi_cell(W - kw - 2, lh * 1.15, val or " ", dry_run=True, output="LINES"))
            pdf.set_font(fam, "B", size)
            nk = len(pdf.multi_cell(kw, lh * 1.15, key, dry_run=True, output="LINES"))
            if pdf.get_y() + max(nv, nk) * lh * 1.15 > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_fill_color(*o.get("kv_fill", (243, 244, 246)))
            pdf.set_xy(m, y)
            pdf.multi_cell(kw, lh * 1.15, key, fill=True, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            y1 = pdf.get_y()
            pdf.set_xy(m + kw + 2, y)
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W - kw - 2, lh * 1.15, val or " ", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(max(pdf.get_y(), y + lh * 1.15) + 0.6)
        else:
            raise ValueError(k)
    pdf.output(path)


# =============================================================== python-docx
def render_docx(doc, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    o = doc.opts
    d = docx.Document()
    sec = d.sections[0]
    if o.get("page", "A4") == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(o.get("margin_cm", 2.0)))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    st.paragraph_format.space_after = Pt(o.get("space_after", 2))
    acc = RGBColor(*o.get("accent", (0x1F, 0x3A, 0x5F)))
    mode = o.get("mode", "tabs")  # tabs | styles | job_table | date_table
    bullet = o.get("bullet")  # None -> 'List Bullet' style

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor)
        tcPr.append(shd)

    def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def add_bullet(container, text):
        if bullet:
            p = para(container, f"{bullet}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(0.6)
            pf.first_line_indent = Cm(-0.45)
            pf.tab_stops.add_tab_stop(Cm(0.6))
        else:
            para(container, text, style="List Bullet")

    def add_row(container, left, right, stl, width):
        if stl == "dt":
            # dates before the title on the same line, separated by a left tab stop
            p = container.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(o.get("left_tab_cm", 4.4)))
            a, bpart = left.split("\t", 1)
            p.add_run(a + "\t")
            r = p.add_run(bpart)
            r.bold = True
            return p
        if right and mode in ("tabs", "styles"):
            p = container.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            r = p.add_run(left)
            r.bold = stl in ("b", "bi") or None
            r.italic = stl in ("i", "bi") or None
            p.add_run("\t" + right)
            return p
        text = left if not right else f"{left}{o.get('row_sep', '  ')}{right}"
        return para(container, text, bold=stl in ("b", "bi"), italic=stl in ("i", "bi"),
                    size=(o.get("size", 10.5) - 1) if stl == "small" else None)

    def add_heading(container, t):
        hs = o.get("heading", "style")
        if hs == "style":
            if container is d:
                d.add_heading(t, level=o.get("heading_level", 1))
            else:
                container.add_paragraph(t, style="Heading %d" % o.get("heading_level", 1))
            return
        p = para(container, t.upper() if hs == "caps" else t, bold=True, size=o.get("size", 10.5) + 1.5,
                 color=acc)
        p.paragraph_format.space_before = Pt(10)
        if hs in ("caps", "rule"):
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for kk, vv in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3A5F")):
                bot.set(qn(kk), vv)
            bdr.append(bot)
            pPr.append(bdr)

    def emit(container, blocks, width):
        for blk in blocks:
            k = blk[0]
            if k == "name":
                if o.get("name_style") == "title":
                    d.add_heading(blk[1], level=0) if container is d else para(container, blk[1], bold=True, size=20)
                else:
                    para(container, blk[1], bold=True, size=o.get("name_size", 20), color=acc,
                         align=o.get("name_align"))
            elif k == "contact":
                para(container, blk[1], size=o.get("size", 10.5) - 0.5, align=o.get("name_align"))
            elif k == "h":
                add_heading(container, blk[1])
            elif k == "sub":
                p = para(container, blk[1], bold=True)
                p.paragraph_format.space_before = Pt(4)
            elif k == "p":
                para(container, blk[1])
            elif k == "b":
                add_bullet(container, blk[1])
            elif k == "gap":
                para(container, "")
            elif k == "rule":
                para(container, "")
            elif k == "row":
                add_row(container, blk[1], blk[2], blk[3], width)
            elif k == "kv":
                p = container.add_paragraph()
                r = p.add_run(blk[1] + " ")
                r.bold = True
                p.add_run(blk[2])
            elif k == "entry":
                emit_entry(container, blk, width)
            elif k == "comp_table":
                items, ncol = blk[1], blk[2]
                t = container.add_table(rows=0, cols=ncol)
                for i in range(0, len(items), ncol):
                    cells = t.add_row().cells
                    for j, it in enumerate(items[i:i + ncol]):
                        cells[j].paragraphs[0].add_run(("• " if o.get("comp_bullets", True) else "") + it)
            else:
                raise ValueError(k)

    def emit_entry(container, blk, width):
        _, header, bullets, _i = blk
        if mode in ("tabs", "styles"):
            p0 = None
            for hb in header:
                p = emit_one(container, hb, width)
                p0 = p0 or p
            if p0 is not None:
                p0.paragraph_format.space_before = Pt(6)
                p0.paragraph_format.keep_with_next = True
            for b in bullets:
                add_bullet(container, b)
            return
        # table layouts: a borderless two-column table per entry
        t = container.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        narrow = Cm(o.get("date_col_cm", 3.6))
        if mode == "job_table":
            wl, wr = width - narrow, narrow
        else:
            wl, wr = narrow, width - narrow
        for cell, w in zip(t.rows[0].cells, (wl, wr)):
            cell.width = w
        main_cell = t.rows[0].cells[0] if mode == "job_table" else t.rows[0].cells[1]
        date_cell = t.rows[0].cells[1] if mode == "job_table" else t.rows[0].cells[0]
        if o.get("date_shade"):
            shade(date_cell, o["date_shade"])
        first_main = True
        first_date = True
        for hb in header:
            if hb[0] == "row":
                _, left, right, stl = hb
                if left:
                    p = main_cell.paragraphs[0] if first_main else main_cell.add_paragraph()
                    first_main = False
                    r = p.add_run(left)
                    r.bold = stl in ("b", "bi") or None
                    r.italic = stl in ("i", "bi") or None
                if right:
                    p = date_cell.paragraphs[0] if first_date else date_cell.add_paragraph()
                    first_date = False
                    r = p.add_run(right)
                    if mode == "job_table":
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if o.get("date_bold"):
                        r.bold = True
            else:
                emit(main_cell, [hb], wl)
                first_main = False
        for b in bullets:
            add_bullet(main_cell, b)
        para(container, "").paragraph_format.space_after = Pt(0)

    def emit_one(container, hb, width):
        if hb[0] == "row":
            return add_row(container, hb[1], hb[2], hb[3], width)
        n_before = len(container.paragraphs)
        emit(container, [hb], width)
        return container.paragraphs[-1] if len(container.paragraphs) > n_before else None

    if o.get("header_contact"):
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(o["header_contact"][0])
        r.bold = True
        r.font.size = Pt(14)
        for line in o["header_contact"][1:]:
            p = hdr.add_paragraph(line)
    if o.get("footer_text"):
        sec.footer.paragraphs[0].text = o["footer_text"]
        sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    if doc.side:
        # page-layout table: shaded sidebar left, main right
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        sw = Cm(o.get("sidebar_cm", 5.6))
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = sw, text_w - sw
        if o.get("sidebar_shade"):
            shade(c0, o["sidebar_shade"])
        emit(c0, doc.side, sw)
        emit(c1, doc.main, text_w - sw)
        for c in (c0, c1):
            if not c.paragraphs[0].text and len(c.paragraphs) > 1:
                c._tc.remove(c.paragraphs[0]._p)
    else:
        emit(d, doc.main, text_w)

    cp = d.core_properties
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("author", "")
    cp.title = o.get("docx_title", "")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename), compresslevel=6)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# =============================================================== plain text
def render_txt(doc, path):
    o = doc.opts
    W = o.get("width", 78)
    wrap = o.get("wrap", True)
    bullet = o.get("bullet", "-")
    hs = o.get("heading", "caps")
    out = []

    def w(t, indent=""):
        if not wrap:
            out.append(indent + t)
            return
        out.extend(textwrap.wrap(t, W, initial_indent=indent, subsequent_indent=indent) or [indent])

    for blk in flat_entry_blocks(doc.side + doc.main):
        k = blk[0]
        if k == "entry_start":
            if out and out[-1] != "" and o.get("entry_gap", True):
                out.append("")
        elif k == "entry_end":
            pass
        elif k == "name":
            out.append(blk[1].center(W).rstrip() if o.get("name_align") == "center" else blk[1])
        elif k == "contact":
            out.append(blk[1].center(W).rstrip() if o.get("name_align") == "center" else blk[1])
        elif k == "h":
            if out and out[-1] != "":
                out.append("")
            if hs == "caps":
                out.append(blk[1].upper())
            elif hs == "caps_rule":
                out.append(blk[1].upper())
                out.append(o.get("rule_char", "-") * len(blk[1]))
            elif hs == "underline":
                out.append(blk[1])
                out.append(o.get("rule_char", "=") * len(blk[1]))
            elif hs == "bracket":
                out.append(f"[ {blk[1]} ]")
            else:
                out.append(blk[1])
            if o.get("heading_gap", True):
                out.append("")
        elif k == "sub":
            if out and out[-1] != "":
                out.append("")
            out.append(blk[1])
        elif k == "p":
            w(blk[1])
            if o.get("para_gap", True):
                out.append("")
        elif k == "b":
            if wrap:
                lines = textwrap.wrap(blk[1], W - len(bullet) - 1)
                out.append(f"{bullet} {lines[0]}")
                out.extend(" " * (len(bullet) + 1) + ln for ln in lines[1:])
            else:
                out.append(f"{bullet} {blk[1]}")
        elif k == "gap":
            out.append("")
        elif k == "rule":
            out.append(o.get("rule_char", "-") * W)
        elif k == "row":
            _, left, right, st = blk
            if right:
                if o.get("row_join"):
                    out.append(left + o["row_join"] + right)
                else:
                    pad = max(2, W - len(left) - len(right))
                    out.append(left + " " * pad + right)
            else:
                out.append(left)
        elif k == "kv":
            out.append(f"{blk[1]} {blk[2]}".rstrip())
        else:
            raise ValueError(k)
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# =============================================================== Markdown
def render_md(doc, path):
    o = doc.opts
    bullet = o.get("bullet", "-")
    out = []
    for blk in flat_entry_blocks(doc.side + doc.main):
        k = blk[0]
        if k == "entry_start":
            if out and out[-1] != "":
                out.append("")
        elif k == "entry_end":
            pass
        elif k == "name":
            out.append(f"# {blk[1]}")
            out.append("")
        elif k == "contact":
            out.append(blk[1] + "  ")
        elif k == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(f"## {blk[1]}")
            out.append("")
        elif k == "sub":
            if out and out[-1] != "":
                out.append("")
            out.append(f"**{blk[1]}**")
            out.append("")
        elif k == "p":
            if out and out[-1] != "":
                out.append("")
            out.append(blk[1])
            out.append("")
        elif k == "b":
            out.append(f"{bullet} {blk[1]}")
        elif k == "gap":
            out.append("")
        elif k == "rule":
            out.append("")
            out.append("---")
            out.append("")
        elif k == "row":
            _, left, right, st = blk
            t = left
            if st == "h3":
                t = f"### {left}"
            elif st == "b":
                t = f"**{left}**"
            elif st == "i":
                t = f"*{left}*"
            elif st == "bi":
                t = f"***{left}***"
            if right:
                t += o.get("md_sep", " · ") + (f"*{right}*" if o.get("md_right_italic") else right)
            out.append(t if st == "h3" else t + "  ")
            if st == "h3":
                out.append("")
        elif k == "kv":
            out.append(f"**{blk[1]}** {blk[2]}  ")
        else:
            raise ValueError(k)
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md}
