"""Renderers for wild32: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

A résumé R is a dict (see defs_a.py). Its 'blocks' are:
  ('para', heading, text)        a paragraph (heading may be None)
  ('jobs', heading, [E, ...])    experience entries
  ('list', heading, [str, ...])  bulleted lines
  ('lines', heading, [str, ...]) plain lines
  ('break',)                     page break (PDF only)
Sidebar layouts put R['side'] blocks in the side column.
"""
import datetime
import html as htmlmod
import io
import os
import zipfile

from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry heads

def _join(parts, sep=", "):
    return sep.join(p for p in parts if p)


def dates_of(e, R):
    return fmt_range(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))


def heads(e, R, first_in_group=True):
    """Header lines for one entry: list of (left, right, style) with style b/i/n/B (group heading)."""
    if getattr(e, "hd", None):
        return [tuple(x) for x in e.hd]
    order = R.get("order", "title_org")
    d = dates_of(e, R)
    ol = _join([e.org, e.loc], R.get("ol_sep", ", "))
    dash = R.get("dash", " – ")
    if order == "title_org":
        out = [(e.title, d, "b")]
        if ol:
            out.append((ol, "", "i"))
        return out
    if order == "org_title":
        if not ol:
            return [(e.title, d, "b")]
        return [(ol, d, "b"), (e.title, "", "i")]
    if order == "dateline":
        out = [(e.title, "", "b")]
        if ol:
            out.append((ol, "", "n"))
        if d:
            out.append((d, "", "i"))
        return out
    if order == "dash":
        return [(_join([e.title, ol], dash), d, "b")]
    if order == "pipe":
        return [(_join([e.title, e.org, e.loc], " | "), d, "b")]
    if order == "inline":
        return [(_join([e.title, ol, d], R.get("inline_sep", ", ")), "", "b")]
    if order == "orgfirst":
        out = []
        if first_in_group and ol:
            out.append((ol, "", "B"))
        out.append((e.title, d, "b"))
        return out
    raise ValueError(order)


def grouped(entries):
    """Yield (entry, first_in_group) where consecutive entries of one organisation form a group."""
    prev = object()
    for e in entries:
        key = (e.org, e.loc)
        yield e, key != prev or e.org is None
        prev = key


def body_lines(e):
    if e.prose:
        return [" ".join(e.bullets)] if e.bullets else []
    return e.bullets


# ---------------------------------------------------------------- reportlab

def render_rl(R, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors

    size = LETTER if R.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(R["name"])
    c.setTitle(R.get("doc_title", R["name"] + " - Resume"))
    c.setCreator(R.get("creator", "Microsoft® Word for Microsoft 365"))
    fam = R.get("rl_font", "Helvetica")
    F = {"n": fam, "b": fam + "-Bold", "i": fam + ("-Italic" if fam == "Times" else "-Oblique"),
         "B": fam + "-Bold"}
    if fam == "Times":
        F = {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "B": "Times-Bold"}
    layout = R.get("layout", "plain")
    accent = colors.HexColor(R.get("accent", "#1f3a5f"))
    bullet = R.get("bullet", "•")
    fs = R.get("fs", 10)
    M = 50
    page = [1]

    def footer():
        if R.get("footer"):
            c.setFont(F["n"], 8)
            c.setFillColor(colors.grey)
            c.drawCentredString(W / 2, 28, R["footer"].format(page=page[0]))
            c.setFillColor(colors.black)

    class Col:
        def __init__(self, x, w, y):
            self.x, self.w, self.y = x, w, y

        def need(self, h):
            if self.y - h < 60:
                footer()
                c.showPage()
                page[0] += 1
                self.y = H - 55
                if layout == "sidebar":
                    self.x, self.w = M, W - 2 * M

        def line(self, left, right="", st="n", size=fs, indent=0):
            font = F.get(st, F["n"])
            rw = c.stringWidth(right, F["n"], size) + 8 if right else 0
            lines = simpleSplit(left, font, size, self.w - indent - rw)
            for i, ln in enumerate(lines):
                self.need(size + 3)
                c.setFont(font, size)
                c.drawString(self.x + indent, self.y, ln)
                if i == 0 and right:
                    c.setFont(F["n"], size)
                    c.drawRightString(self.x + self.w, self.y, right)
                self.y -= size + 3

        def bullet(self, text, size=fs):
            lines = simpleSplit(text, F["n"], size, self.w - 14)
            for i, ln in enumerate(lines):
                self.need(size + 3)
                c.setFont(F["n"], size)
                if i == 0:
                    c.drawString(self.x + 3, self.y, bullet)
                c.drawString(self.x + 14, self.y, ln)
                self.y -= size + 3

        def heading(self, text):
            self.y -= 6
            self.need(30)
            c.setFont(F["b"], fs + 2)
            c.setFillColor(accent)
            t = text.upper() if R.get("caps_headings", True) else text
            c.drawString(self.x, self.y, t)
            c.setStrokeColor(accent)
            c.setLineWidth(0.8)
            c.line(self.x, self.y - 4, self.x + self.w, self.y - 4)
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
            self.y -= fs + 10

        def blocks(self, blocks):
            for b in blocks:
                if b[0] == "break":
                    footer()
                    c.showPage()
                    page[0] += 1
                    self.y = H - 55
                    continue
                kind, head, content = b
                if head:
                    self.heading(head)
                if kind == "para":
                    self.line(content)
                    self.y -= 3
                elif kind == "lines":
                    for ln in content:
                        self.line(ln)
                    self.y -= 3
                elif kind == "list":
                    for ln in content:
                        self.bullet(ln)
                    self.y -= 3
                elif kind == "jobs":
                    for e, first in grouped(content):
                        self.need(40)
                        for left, right, st in heads(e, R, first):
                            self.line(left, right, st)
                        if e.prose:
                            for ln in body_lines(e):
                                self.line(ln)
                        else:
                            for ln in e.bullets:
                                self.bullet(ln)
                        self.y -= 6

    if layout == "sidebar":
        sw = 170
        c.setFillColor(colors.HexColor(R.get("side_fill", "#e8eef4")))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        side = Col(18, sw - 30, H - 60)
        c.setFont(F["b"], 17)
        for i, part in enumerate(R["name"].split(" ")):
            c.drawString(side.x, side.y, part)
            side.y -= 20
        side.y -= 6
        for ln in R.get("contact", []):
            side.line(ln, size=8.5)
        side.y -= 4
        for b in R.get("side", []):
            kind, head, content = b
            side.y -= 4
            c.setFont(F["b"], 10)
            c.setFillColor(accent)
            c.drawString(side.x, side.y, head.upper())
            c.setFillColor(colors.black)
            side.y -= 14
            for ln in content if isinstance(content, list) else [content]:
                if kind == "list":
                    side.bullet(ln, size=8.5)
                else:
                    side.line(ln, size=8.5)
        main = Col(sw + 22, W - sw - 22 - 40, H - 60)
        if R.get("tagline"):
            main.line(R["tagline"], st="b", size=12)
            main.y -= 4
        main.blocks(R["blocks"])
    else:
        col = Col(M, W - 2 * M, H - 60)
        if layout == "twocol":
            c.setFont(F["b"], 20)
            c.drawString(M, H - 62, R["name"])
            if R.get("tagline"):
                c.setFont(F["i"], 11)
                c.drawString(M, H - 80, R["tagline"])
            c.setFont(F["n"], 9)
            yy = H - 50
            for ln in R.get("contact", []):
                c.drawRightString(W - M, yy, ln)
                yy -= 12
            col.y = min(H - 100, yy - 8)
        else:
            centred = R.get("centre_head", False)
            c.setFont(F["b"], 18)
            (c.drawCentredString(W / 2, col.y, R["name"]) if centred else c.drawString(M, col.y, R["name"]))
            col.y -= 18
            if R.get("tagline"):
                c.setFont(F["i"], 11)
                (c.drawCentredString(W / 2, col.y, R["tagline"]) if centred else c.drawString(M, col.y, R["tagline"]))
                col.y -= 15
            c.setFont(F["n"], 9)
            for ln in R.get("contact", []):
                (c.drawCentredString(W / 2, col.y, ln) if centred else c.drawString(M, col.y, ln))
                col.y -= 12
            col.y -= 4
        col.blocks(R["blocks"])
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2

def render_fp(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    layout = R.get("layout", "left")
    foot = R.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 8, foot.format(page=self.page_no(), pages="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter" if R.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(R["name"])
    pdf.set_title(R.get("doc_title", R["name"] + " CV"))
    pdf.set_creator(R.get("creator", "Writer"))
    serif = R.get("fp_serif", False)
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("dv", "", os.path.join(FONT_DIR, base + ".ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, base + "-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, base + ("-Italic.ttf" if serif else "-Oblique.ttf")))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    fs = R.get("fs", 9.5)
    lh = fs * 0.48
    accent = R.get("accent_rgb", (30, 60, 90))
    bullet = R.get("bullet", "•")
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def line(left, right="", st="", size=fs):
        pdf.set_font("dv", st, size)
        if right:
            pdf.set_font("dv", "", size)
            rw = pdf.get_string_width(right) + 2
            pdf.set_font("dv", st, size)
            if pdf.get_string_width(left) < pdf.epw - rw - 4:
                y = pdf.get_y()
                pdf.cell(pdf.epw - rw, lh + 1, left)
                pdf.set_font("dv", "", size)
                pdf.cell(rw, lh + 1, right, align="R", **NL)
                return
            pdf.multi_cell(0, lh + 1, left, **NL)
            pdf.set_font("dv", "", size)
            pdf.cell(0, lh + 1, right, align="R", **NL)
            return
        pdf.multi_cell(0, lh + 1, left, **NL)

    def bul(text):
        pdf.set_font("dv", "", fs)
        x = pdf.l_margin
        pdf.set_x(x + 2)
        pdf.cell(4, lh + 1, bullet)
        pdf.multi_cell(pdf.epw - 6, lh + 1, text, **NL)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("dv", "B", fs + 2)
        pdf.set_text_color(*accent)
        pdf.cell(0, lh + 3, text.upper() if R.get("caps_headings", True) else text, **NL)
        pdf.set_draw_color(*accent)
        y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    stmap = {"b": "B", "i": "I", "n": "", "B": "B"}

    def blocks(bl):
        for b in bl:
            if b[0] == "break":
                pdf.add_page()
                continue
            kind, head, content = b
            if head:
                heading(head)
            if kind == "para":
                line(content)
            elif kind == "lines":
                for ln in content:
                    line(ln)
            elif kind == "list":
                for ln in content:
                    bul(ln)
            elif kind == "jobs":
                for e, first in grouped(content):
                    for left, right, st in heads(e, R, first):
                        if st == "B":
                            pdf.set_text_color(*accent)
                            line(left, right, "B", fs + 0.5)
                            pdf.set_text_color(0, 0, 0)
                        else:
                            line(left, right, stmap[st])
                    if e.prose:
                        for ln in body_lines(e):
                            line(ln)
                    else:
                        for ln in e.bullets:
                            bul(ln)
                    pdf.ln(1.8)
            pdf.ln(1)

    if layout == "sidebar":
        sw = 62
        pdf.set_fill_color(*R.get("side_rgb", (236, 240, 236)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_right_margin(pdf.w - sw + 6)
        pdf.set_xy(8, 16)
        pdf.set_font("dv", "B", 15)
        pdf.multi_cell(0, 7, R["name"].replace(" ", "\n"), **NL)
        pdf.ln(2)
        pdf.set_font("dv", "", 8)
        for ln in R.get("contact", []):
            pdf.multi_cell(0, 4, ln, **NL)
        for kind, head, content in R.get("side", []):
            pdf.ln(3)
            pdf.set_font("dv", "B", 9)
            pdf.cell(0, 5, head.upper(), **NL)
            pdf.set_font("dv", "", 8)
            for ln in content:
                pdf.multi_cell(0, 4, ("• " if kind == "list" else "") + ln, **NL)
        pdf.set_left_margin(sw + 8)
        pdf.set_right_margin(14)
        pdf.set_xy(sw + 8, 16)
        if R.get("tagline"):
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 6, R["tagline"], **NL)
            pdf.ln(2)
        blocks(R["blocks"])
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, R["name"], align=align, **NL)
        if R.get("tagline"):
            pdf.set_font("dv", "I", 10.5)
            pdf.cell(0, 6, R["tagline"], align=align, **NL)
        pdf.set_font("dv", "", 8.5)
        for ln in R.get("contact", []):
            pdf.cell(0, 4.5, ln, align=align, **NL)
        pdf.ln(2)
        blocks(R["blocks"])
    pdf.output(path)


# ---------------------------------------------------------------- python-docx

def _fix_zip(path):
    """Rewrite the DOCX zip with fixed entry timestamps and order (byte-reproducible)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(R, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    layout = R.get("layout", "styles")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Cm(21.59), Cm(27.94)) if R.get("paper") == "letter" else (Cm(21), Cm(29.7))
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(R.get("margin", 2.0)))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    width = sec.page_width - sec.left_margin - sec.right_margin
    st = doc.styles["Normal"]
    st.font.name = R.get("docx_font", "Calibri")
    st.font.size = Pt(R.get("fs", 10.5))
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    bullet_style = R.get("docx_bullets", "List Bullet")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, size=None, align=None,
             tab=None, right=None, space_after=2):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
        if right is not None:
            p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.bold = None
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def heading(container, text, tabw):
        if layout == "styles" or R.get("docx_headings") == "styles":
            if container is doc:
                return doc.add_heading(text, level=1)
        p = para(container, text.upper() if R.get("caps_headings", True) else text, bold=True,
                 size=R.get("fs", 10.5) + 1.5, space_after=3)
        p.paragraph_format.space_before = Pt(8)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bt = OxmlElement("w:bottom")
        bt.set(qn("w:val"), "single")
        bt.set(qn("w:sz"), "6")
        bt.set(qn("w:space"), "1")
        bt.set(qn("w:color"), R.get("rule", "808080"))
        bdr.append(bt)
        pPr.append(bdr)
        return p

    def job(container, e, first, tabw, nested):
        hl = heads(e, R, first)
        if layout == "table" or nested:
            # a borderless two-column table: heads left, dates right
            rights = [r for _, r, _ in hl if r]
            t = container.add_table(rows=1, cols=2)
            no_borders(t)
            lc, rc = t.rows[0].cells
            lc.width, rc.width = int(tabw * 0.7), int(tabw * 0.3)
            lc.paragraphs[0].text = ""
            fp = True
            for left, right, stl in hl:
                p = lc.paragraphs[0] if fp else lc.add_paragraph()
                fp = False
                r = p.add_run(left)
                r.bold = stl in ("b", "B") or None
                r.italic = stl == "i" or None
                p.paragraph_format.space_after = Pt(0)
            rp = rc.paragraphs[0]
            rp.add_run(" ".join(rights))
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            for left, right, stl in hl:
                if stl == "B":
                    p = para(container, left, bold=True, size=R.get("fs", 10.5) + 0.5, space_after=1)
                    p.paragraph_format.space_before = Pt(5)
                    continue
                p = para(container, left, bold=stl == "b", italic=stl == "i",
                         tab=tabw, right=right if right else None, space_after=0)
        if e.prose:
            for ln in body_lines(e):
                para(container, ln, space_after=4)
        else:
            for ln in e.bullets:
                if container is doc and bullet_style:
                    p = para(container, ln, style=bullet_style, space_after=0)
                else:
                    para(container, R.get("bullet", "•") + " " + ln, space_after=0)
        para(container, "", space_after=2)

    def blocks(container, bl, tabw, nested=False):
        for b in bl:
            if b[0] == "break":
                continue
            kind, head, content = b
            if head:
                heading(container, head, tabw)
            if kind == "para":
                para(container, content, space_after=4)
            elif kind == "lines":
                for ln in content:
                    para(container, ln, space_after=1)
            elif kind == "list":
                for ln in content:
                    if container is doc:
                        para(container, ln, style=bullet_style or "List Bullet", space_after=0)
                    else:
                        para(container, "• " + ln, space_after=0)
            elif kind == "jobs":
                for e, first in grouped(content):
                    job(container, e, first, tabw, nested)

    def head_block(container, align=None):
        p = para(container, R["name"], bold=True, size=20, align=align, space_after=0)
        if layout == "styles":
            p.style = doc.styles["Title"]
        if R.get("tagline"):
            para(container, R["tagline"], italic=True, size=11.5, align=align, space_after=1)
        for ln in R.get("contact", []):
            para(container, ln, size=9.5, align=align, space_after=0)

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        for ln in R.get("contact", []):
            q = hdr.add_paragraph()
            q.add_run(ln).font.size = Pt(9)
        if R.get("tagline"):
            para(doc, R["tagline"], bold=True, size=12)
        blocks(doc, R["blocks"], width)
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        sc, mc = t.rows[0].cells
        sw = int(width * 0.32)
        sc.width, mc.width = sw, width - sw
        shade(sc, R.get("side_fill", "DCE6F0"))
        sc.paragraphs[0].add_run(R["name"]).bold = True
        sc.paragraphs[0].runs[0].font.size = Pt(16)
        for ln in R.get("contact", []):
            para(sc, ln, size=9, space_after=0)
        for kind, head, content in R.get("side", []):
            p = para(sc, head.upper(), bold=True, size=10, space_after=1)
            p.paragraph_format.space_before = Pt(8)
            for ln in content:
                para(sc, ("• " if kind == "list" else "") + ln, size=9, space_after=0)
        mc.paragraphs[0].text = ""
        if R.get("tagline"):
            mc.paragraphs[0].add_run(R["tagline"]).bold = True
        blocks(mc, R["blocks"], width - sw, nested=R.get("nested", True))
    else:
        head_block(doc, align="c" if R.get("centre_head") else None)
        blocks(doc, R["blocks"], width)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text

def render_txt(R, path):
    W = R.get("txt_width", 78)
    out = []
    hstyle = R.get("txt_head", "underline")
    bullet = R.get("bullet", "-")
    right_mode = R.get("txt_right", "pad")

    def heading(h):
        out.append("")
        if hstyle == "underline":
            out.append(h.upper())
            out.append("-" * len(h))
        elif hstyle == "equals":
            out.append(h)
            out.append("=" * len(h))
        elif hstyle == "colon":
            out.append(h.upper() + ":")
        elif hstyle == "stars":
            out.append(f"*** {h.upper()} ***")
        else:
            out.append(h)
        out.append("")

    for ln in R.get("pre", [R["name"]] + R.get("contact", [])):
        out.append(ln)
    for b in R["blocks"]:
        if b[0] == "break":
            continue
        kind, head, content = b
        if head:
            heading(head)
        if kind == "para":
            out.append(content)
        elif kind == "lines":
            out.extend(content)
        elif kind == "list":
            out.extend(f"{bullet} {ln}" for ln in content)
        elif kind == "jobs":
            for e, first in grouped(content):
                if R.get("fields"):
                    d = dates_of(e, R)
                    vals = {"title": e.title, "org": e.org, "loc": e.loc, "dates": d,
                            "orgloc": _join([e.org, e.loc])}
                    wlab = max(len(lab) for lab, _ in R["fields"])
                    for i, (lab, key) in enumerate(R["fields"]):
                        if vals.get(key):
                            out.append(f"{lab.ljust(wlab)} : {vals[key]}")
                    if e.bullets and R.get("duties_label"):
                        out.append(R["duties_label"])
                else:
                    for left, right, stl in heads(e, R, first):
                        if not right:
                            out.append(left)
                        elif right_mode == "pad" and len(left) + len(right) + 2 <= W:
                            out.append(left + " " * (W - len(left) - len(right)) + right)
                        elif right_mode == "paren":
                            out.append(f"{left} ({right})")
                        elif right_mode == "bar":
                            out.append(f"{left} | {right}")
                        else:
                            out.append(left)
                            out.append(right)
                if e.prose:
                    out.extend(body_lines(e))
                else:
                    out.extend(f"{R.get('txt_indent', '')}{bullet} {ln}" for ln in e.bullets)
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline=R.get("newline", "\n")) as f:
        f.write(text)


# ---------------------------------------------------------------- Markdown

def render_md(R, path):
    out = [f"# {R['name']}", ""]
    if R.get("tagline"):
        out += [f"**{R['tagline']}**", ""]
    if R.get("contact"):
        out += [R.get("md_contact_sep", " · ").join(R["contact"]), ""]
    style = R.get("md_style", "h3")
    bullet = R.get("bullet", "-")
    for b in R["blocks"]:
        if b[0] == "break":
            continue
        kind, head, content = b
        if head:
            out += [f"## {head}", ""]
        if kind == "para":
            out += [content, ""]
        elif kind == "lines":
            out += [ln + "  " for ln in content] + [""]
        elif kind == "list":
            out += [f"{bullet} {ln}" for ln in content] + [""]
        elif kind == "jobs":
            prev_org = object()
            for e in content:
                d = dates_of(e, R)
                ol = _join([e.org, e.loc])
                if style == "h3":
                    out.append(f"### {e.title}")
                    out.append(_join([f"**{e.org}**" if e.org else "", e.loc, f"*{d}*" if d else ""], " — "))
                elif style == "bold":
                    out.append(_join([f"**{e.title}**", ol], ", ") + (f" _({d})_" if d else ""))
                elif style == "orgh3":
                    if (e.org, e.loc) != prev_org and e.org:
                        out.append(f"### {ol}")
                        out.append("")
                    out.append(f"**{e.title}** | {d}" if d else f"**{e.title}**")
                    prev_org = (e.org, e.loc)
                elif style == "datefirst":
                    out.append(f"**{d}** — {e.title}" + (f", *{ol}*" if ol else ""))
                out.append("")
                if e.prose:
                    out += body_lines(e) + [""]
                elif e.bullets:
                    out += [f"{bullet} {ln}" for ln in e.bullets] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- HTML

def render_html(R, path):
    esc = htmlmod.escape
    style = R.get("html_style", "div")
    css = R.get("css", "body{font-family:Georgia,serif;max-width:800px;margin:2em auto;color:#222}"
                       "h1{margin-bottom:0}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".job{margin-bottom:1em}.when{float:right;color:#555}.org{font-style:italic}")
    o = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R.get('doc_title', R['name'] + ' - CV'))}</title>", f"<style>{css}</style>", "</head>", "<body>"]
    o.append(f"<header><h1>{esc(R['name'])}</h1>")
    if R.get("tagline"):
        o.append(f"<p class=\"tag\"><strong>{esc(R['tagline'])}</strong></p>")
    if R.get("contact"):
        o.append("<p class=\"contact\">" + " &middot; ".join(esc(c) for c in R["contact"]) + "</p>")
    o.append("</header>")
    for b in R["blocks"]:
        if b[0] == "break":
            continue
        kind, head, content = b
        o.append("<section>")
        if head:
            o.append(f"<h2>{esc(head)}</h2>")
        if kind == "para":
            o.append(f"<p>{esc(content)}</p>")
        elif kind == "lines":
            o.append("<p>" + "<br>\n".join(esc(x) for x in content) + "</p>")
        elif kind == "list":
            o.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in content) + "</ul>")
        elif kind == "jobs":
            if style == "table":
                o.append('<table class="jobs" cellpadding="4">')
            for e, first in grouped(content):
                d = esc(dates_of(e, R))
                if style == "table":
                    o.append(f'<tr><td class="when" valign="top" width="150">{d}</td><td>'
                             f"<b>{esc(e.title)}</b>"
                             + (f"<br><i>{esc(_join([e.org, e.loc]))}</i>" if e.org or e.loc else ""))
                elif style == "dl":
                    o.append(f"<dl><dt><strong>{esc(e.title)}</strong>"
                             + (f", {esc(e.org)}" if e.org else "")
                             + (f" ({esc(e.loc)})" if e.loc else "") + "</dt>")
                    o.append(f"<dd class=\"when\">{d}</dd>")
                else:
                    o.append('<div class="job">')
                    o.append(f'<h3>{esc(e.title)} <span class="when">{d}</span></h3>')
                    if e.org or e.loc:
                        o.append(f'<div class="org">{esc(_join([e.org, e.loc]))}</div>')
                if e.prose:
                    o.extend(f"<p>{esc(x)}</p>" for x in body_lines(e))
                elif e.bullets:
                    o.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>")
                o.append({"table": "</td></tr>", "dl": "</dl>"}.get(style, "</div>"))
            if style == "table":
                o.append("</table>")
        o.append("</section>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"pdf_rl": render_rl, "pdf_fp": render_fp, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
