"""Renderers for wild38: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé is a dict; its `body` (and `side` for sidebar layouts) is a list of blocks:
('h', text) section heading, ('sub', text) sub-heading, ('p', text) paragraph,
('ul', [items]) bullet list, ('lines', [texts]) plain lines, ('kv', [(key, value)]),
('sp',) vertical space, or an `E` entry. Entry header lines come from templates
(left, right, style) filled with {t} title, {o} organisation, {l} location,
{ol} 'org, loc', {d} dates, {T}/{O} upper-case.
"""
import datetime
import html as htmlmod
import io
import os
import textwrap
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DV = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- normalise
def fill(tmpl, e, r):
    d = fmt_range(e, r.get("dstyle", "month"), r.get("sep", " – "), r.get("present", "Present"))
    t = e.td or e.title
    o = e.od or e.org or ""
    l = e.loc or ""
    ol = ", ".join(x for x in (o, l) if x)
    return tmpl.format(t=t, o=o, l=l, d=d, ol=ol, T=t.upper(), O=o.upper())


def head_lines(tmpls, e, r):
    out = []
    for left, right, style in tmpls:
        lt = fill(left, e, r).strip() if left else ""
        rt = fill(right, e, r).strip() if right else ""
        if lt or rt:
            out.append((lt, rt, style))
    return out


def normalise(r, blocks):
    items = []
    prev_org = object()
    for b in blocks:
        if isinstance(b, E):
            if r.get("group") and b.hdr is None:
                if b.org != prev_org:
                    items.append(("ehead", head_lines(r["ghdr"], b, r), "group"))
                items.append(("ehead", head_lines(r["rhdr"], b, r), "role"))
            else:
                items.append(("ehead", head_lines(b.hdr or r["ehdr"], b, r), "entry"))
            prev_org = b.org
            if b.bullets:
                if b.prose:
                    items.append(("eprose", " ".join(b.bullets)))
                else:
                    items.append(("eul", list(b.bullets)))
            items.append(("eend",))
        else:
            if b[0] in ("h", "sub"):
                prev_org = object()
            items.append(b)
    return items


# ---------------------------------------------------------------- reportlab
def _rl_fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "Helvetica":
        return dict(n="Helvetica", b="Helvetica-Bold", i="Helvetica-Oblique", bi="Helvetica-BoldOblique")
    if name == "Times":
        return dict(n="Times-Roman", b="Times-Bold", i="Times-Italic", bi="Times-BoldItalic")
    if name == "DejaVu":
        for k, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf")):
            pdfmetrics.registerFont(TTFont(k, DV + f))
        return dict(n="DV", b="DV-B", i="DV-I", bi="DV-BI")
    if name == "DejaVuSerif":
        for k, f in (("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                     ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf")):
            pdfmetrics.registerFont(TTFont(k, DV + f))
        return dict(n="DVS", b="DVS-B", i="DVS-I", bi="DVS-BI")
    raise ValueError(name)


class RLFlow:
    def __init__(self, r, c, fonts, x, w, top, bottom, size, pagesize):
        self.r, self.c, self.f = r, c, fonts
        self.x, self.w, self.y = x, w, top
        self.top0, self.bottom, self.size = top, bottom, size
        self.pagesize = pagesize
        self.page = 1
        self.accent = r.get("accent", (0.15, 0.15, 0.15))

    def footer(self):
        ft = self.r.get("footer")
        if ft:
            c = self.c
            c.setFont(self.f["n"], 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(self.pagesize[0] / 2, 28, ft.format(n=self.page, name=self.r["name"]))
            c.setFillColorRGB(0, 0, 0)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.pagesize[1] - 56
        if self.r.get("layout") == "sidebar":
            # main column keeps its x on later pages
            pass

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def line(self, left, right=None, style="n", size=None, indent=0, lead=None):
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        lead = lead or size * 1.32
        font = self.f[style if style in self.f else "n"]
        rw = 0
        if right:
            rw = self.c.stringWidth(right, self.f["n"], size) + 10
        parts = simpleSplit(left, font, size, self.w - indent - rw) if left else [""]
        for i, p in enumerate(parts):
            self.need(lead)
            self.y -= lead
            self.c.setFont(font, size)
            self.c.drawString(self.x + indent, self.y, p)
            if right and i == 0:
                self.c.setFont(self.f["n"], size)
                self.c.drawRightString(self.x + self.w, self.y, right)

    def para(self, text, style="n", indent=0, size=None):
        self.line(text, None, style, size, indent)

    def bullets(self, items, char, size=None):
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        lead = size * 1.3
        ind = 12
        for it in items:
            parts = simpleSplit(it, self.f["n"], size, self.w - ind - 4)
            for i, p in enumerate(parts):
                self.need(lead)
                self.y -= lead
                self.c.setFont(self.f["n"], size)
                if i == 0:
                    self.c.drawString(self.x + 2, self.y, char)
                self.c.drawString(self.x + ind, self.y, p)

    def heading(self, text):
        hs = self.r.get("hstyle", "rule")
        size = self.size + 1.5
        self.need(size * 3)
        self.y -= size * 0.9
        c = self.c
        if hs == "shade":
            c.setFillColorRGB(0.88, 0.9, 0.93)
            c.rect(self.x - 3, self.y - size * 1.35, self.w + 6, size * 1.55, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        self.y -= size * 1.05
        c.setFont(self.f["b"], size)
        c.setFillColorRGB(*self.accent)
        t = text.upper() if self.r.get("hcaps", True) else text
        c.drawString(self.x, self.y, t)
        c.setFillColorRGB(0, 0, 0)
        if hs == "rule":
            c.setStrokeColorRGB(*self.accent)
            c.setLineWidth(0.6)
            c.line(self.x, self.y - 3, self.x + self.w, self.y - 3)
        self.y -= 3

    def items(self, items):
        bul = self.r.get("bul", "•")
        for it in items:
            k = it[0]
            if k == "h":
                self.heading(it[1])
            elif k == "sub":
                self.y -= 4
                self.line(it[1], None, "bi")
            elif k == "p":
                self.line(it[1])
                self.y -= 3
            elif k == "ul":
                self.bullets(it[1], bul)
            elif k == "lines":
                for s in it[1]:
                    self.line(s)
            elif k == "kv":
                for key, v in it[1]:
                    self.line(f"{key}: {v}")
            elif k == "sp":
                self.y -= self.size * 0.6
            elif k == "ehead":
                lines, level = it[1], it[2]
                if level in ("entry", "group"):
                    self.need(self.size * 4)
                    self.y -= self.size * 0.45
                for left, right, style in lines:
                    self.line(left, right, style)
            elif k == "eul":
                self.bullets(it[1], bul)
            elif k == "eprose":
                self.line(it[1])
            elif k == "eend":
                pass


def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    ps = letter if r.get("page") == "letter" else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(r.get("pdf_title", r["name"] + " CV"))
    c.setAuthor(r["name"])
    c.setCreator(r.get("creator", "Microsoft® Word 2016"))
    fonts = _rl_fonts(r.get("font", "Helvetica"))
    size = r.get("size", 10)
    layout = r.get("layout", "plain")
    m = 50
    if layout == "sidebar":
        sw = 170
        c.setFillColorRGB(*r.get("side_rgb", (0.90, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        side = RLFlow(r, c, fonts, 18, sw - 32, H - 40, 40, size - 1, ps)
        side.line(r["name"], None, "b", size + 5, lead=(size + 5) * 1.3)
        if r.get("tagline"):
            side.line(r["tagline"], None, "i", size - 0.5)
        side.y -= 6
        for s in r.get("contact", []):
            side.line(s, None, "n", size - 1.5)
        side.items(normalise(r, r.get("side", [])))
        main = RLFlow(r, c, fonts, sw + 22, W - sw - 22 - 40, H - 40, 50, size, ps)
        main.items(normalise(r, r["body"]))
        main.footer()
    else:
        f = RLFlow(r, c, fonts, m, W - 2 * m, H - 46, 50, size, ps)
        if layout == "twocol":
            top = H - 50
            c.setFont(fonts["b"], size + 9)
            c.drawString(m, top - 10, r["name"])
            if r.get("tagline"):
                c.setFont(fonts["i"], size)
                c.drawString(m, top - 26, r["tagline"])
            c.setFont(fonts["n"], size - 1)
            yy = top
            for s in r.get("contact", []):
                c.drawRightString(W - m, yy, s)
                yy -= (size - 1) * 1.35
            f.y = min(top - 34, yy) - 4
            c.setStrokeColorRGB(*r.get("accent", (0.2, 0.2, 0.2)))
            c.setLineWidth(1.2)
            c.line(m, f.y, W - m, f.y)
        else:
            align = r.get("hdr_align", "center")
            c.setFont(fonts["b"], size + 8)
            if align == "center":
                c.drawCentredString(W / 2, H - 56, r["name"])
            else:
                c.drawString(m, H - 56, r["name"])
            f.y = H - 62
            c.setFont(fonts["n"], size - 0.5)
            for s in ([r["tagline"]] if r.get("tagline") else []) + r.get("contact", []):
                f.y -= (size - 0.5) * 1.35
                if align == "center":
                    c.drawCentredString(W / 2, f.y, s)
                else:
                    c.drawString(m, f.y, s)
            f.y -= 4
        f.items(normalise(r, r["body"]))
        f.footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "I", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, r["footer"].format(n=self.page_no(), name=r["name"]), align="C")
                self.set_text_color(0, 0, 0)

    fmt = "Letter" if r.get("page") == "letter" else "A4"
    pdf = P(format=fmt, unit="mm")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_creator(r.get("creator", "Writer"))
    pdf.set_author(r["name"])
    pdf.set_title(r.get("pdf_title", r["name"]))
    fam = r.get("font", "sans")
    base = "DejaVuSerif" if fam == "serif" else ("DejaVuSansCondensed" if fam == "cond" else "DejaVuSans")
    pdf.add_font("dv", "", DV + base + ".ttf")
    pdf.add_font("dv", "B", DV + base + "-Bold.ttf")
    pdf.add_font("dv", "I", DV + base + ("-Italic.ttf" if fam == "serif" else "-Oblique.ttf"))
    pdf.add_font("dv", "BI", DV + base + ("-BoldItalic.ttf" if fam == "serif" else "-BoldOblique.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    size = r.get("size", 10)
    layout = r.get("layout", "left")
    accent = r.get("accent", (30, 30, 30))
    pdf.add_page()
    lh = size * 0.46
    bul = r.get("bul", "•")

    def sty(s):
        return {"b": "B", "i": "I", "bi": "BI", "n": ""}.get(s, "")

    def put_items(items, x0, w):
        for it in items:
            k = it[0]
            pdf.set_x(x0)
            if k == "h":
                pdf.ln(lh * 0.8)
                pdf.set_x(x0)
                pdf.set_font("dv", "B", size + 1.5)
                pdf.set_text_color(*accent)
                t = it[1].upper() if r.get("hcaps", True) else it[1]
                pdf.cell(w, lh * 1.5, t, new_x="LMARGIN", new_y="NEXT")
                pdf.set_draw_color(*accent)
                if r.get("hstyle", "rule") == "rule":
                    pdf.line(x0, pdf.get_y(), x0 + w, pdf.get_y())
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1)
            elif k == "sub":
                pdf.ln(1)
                pdf.set_x(x0)
                pdf.set_font("dv", "BI", size)
                pdf.cell(w, lh * 1.3, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k in ("p", "eprose"):
                pdf.set_font("dv", "", size)
                pdf.multi_cell(w, lh * 1.2, it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            elif k in ("ul", "eul"):
                pdf.set_font("dv", "", size)
                for s in it[1]:
                    pdf.set_x(x0 + 1.5)
                    pdf.cell(4, lh * 1.2, bul)
                    pdf.multi_cell(w - 5.5, lh * 1.2, s, new_x="LMARGIN", new_y="NEXT")
            elif k == "lines":
                pdf.set_font("dv", "", size)
                for s in it[1]:
                    pdf.set_x(x0)
                    pdf.multi_cell(w, lh * 1.25, s, new_x="LMARGIN", new_y="NEXT")
            elif k == "kv":
                for key, v in it[1]:
                    pdf.set_x(x0)
                    pdf.set_font("dv", "B", size)
                    kw = pdf.get_string_width(key + ": ") + 1
                    pdf.cell(kw, lh * 1.25, key + ": ")
                    pdf.set_font("dv", "", size)
                    pdf.multi_cell(w - kw, lh * 1.25, v, new_x="LMARGIN", new_y="NEXT")
            elif k == "sp":
                pdf.ln(lh * 0.6)
            elif k == "ehead":
                if it[2] in ("entry", "group"):
                    pdf.ln(lh * 0.5)
                    if pdf.get_y() > pdf.h - 40:
                        pdf.add_page()
                for left, right, style in it[1]:
                    pdf.set_x(x0)
                    rw = 0
                    if right:
                        pdf.set_font("dv", "", size)
                        rw = pdf.get_string_width(right) + 2
                    pdf.set_font("dv", sty(style), size)
                    y = pdf.get_y()
                    pdf.multi_cell(w - rw, lh * 1.3, left, new_x="LMARGIN", new_y="NEXT")
                    if right:
                        y2 = pdf.get_y()
                        pdf.set_xy(x0 + w - rw, y)
                        pdf.set_font("dv", "", size)
                        pdf.cell(rw, lh * 1.3, right, align="R")
                        pdf.set_y(y2)
            elif k == "eend":
                pass
            pdf.set_x(x0)

    L = pdf.l_margin
    W = pdf.w - pdf.l_margin - pdf.r_margin
    if layout == "sidebar":
        sw = 58
        pdf.set_fill_color(*r.get("side_rgb", (232, 236, 240)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(6, 14)
        pdf.set_font("dv", "B", size + 3)
        pdf.multi_cell(sw - 12, (size + 3) * 0.55, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(6)
        if r.get("tagline"):
            pdf.set_font("dv", "I", size - 1)
            pdf.multi_cell(sw - 12, lh * 1.2, r["tagline"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("dv", "", size - 1.5)
        for s in r.get("contact", []):
            pdf.set_x(6)
            pdf.multi_cell(sw - 12, lh * 1.15, s, new_x="LMARGIN", new_y="NEXT")
        old = size
        size = size - 1
        put_items(normalise(r, r.get("side", [])), 6, sw - 12)
        size = old
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 14)
        put_items(normalise(r, r["body"]), sw + 8, pdf.w - sw - 8 - pdf.r_margin)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", size + 8)
        pdf.cell(W, (size + 8) * 0.55, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        if r.get("tagline"):
            pdf.set_font("dv", "I", size)
            pdf.cell(W, lh * 1.4, r["tagline"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", size - 0.5)
        cj = r.get("contact_join")
        cl = [cj.join(r.get("contact", []))] if cj else r.get("contact", [])
        for s in cl:
            pdf.cell(W, lh * 1.25, s, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        put_items(normalise(r, r["body"]), L, W)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
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


def _bottom_rule(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), "6")
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), "595959")
    bdr.append(bt)
    pPr.append(bdr)


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH

    d = docx.Document()
    mode = r.get("docx", "styles")
    sec = d.sections[0]
    if r.get("page") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(r.get("margin", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(r.get("size", 10.5))
    bul = r.get("bul", "•")

    def para(container, text="", style=None, bold=False, italic=False, size=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        hs = r.get("dhead", "style")
        if hs == "style" and container is d:
            d.add_heading(text, level=r.get("hlevel", 1))
        else:
            p = para(container, text.upper() if hs == "caps" else text, bold=True, size=r.get("size", 10.5) + 1.5)
            p.paragraph_format.space_before = Pt(10)
            _bottom_rule(p)

    def bullets(container, items, width):
        for s in items:
            if r.get("dbul", "style") == "style" and container is d:
                p = d.add_paragraph(s, style="List Bullet")
                p.paragraph_format.space_after = Pt(0)
            else:
                p = para(container, f"{bul}\t{s}")
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.6)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))

    def tabline(container, left, right, style, width):
        p = container.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(left)
        run.bold = "b" in style
        run.italic = "i" in style
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    def put(container, items, width):
        for it in items:
            k = it[0]
            if k == "h":
                heading(container, it[1])
            elif k == "sub":
                p = para(container, it[1], bold=True, italic=True)
                p.paragraph_format.space_before = Pt(6)
            elif k in ("p", "eprose"):
                para(container, it[1])
            elif k in ("ul", "eul"):
                bullets(container, it[1], width)
            elif k == "lines":
                for s in it[1]:
                    para(container, s)
            elif k == "kv":
                for key, v in it[1]:
                    p = container.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(key + ": ").bold = True
                    p.add_run(v)
            elif k == "sp":
                para(container, "")
            elif k == "ehead":
                lines, level = it[1], it[2]
                if mode == "table" and level != "group":
                    t = container.add_table(rows=1, cols=2)
                    _no_borders(t)
                    t.autofit = False
                    lw = int(width * 0.72)
                    t.columns[0].width = lw
                    t.columns[1].width = width - lw
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = lw, width - lw
                    c0.paragraphs[0].text = ""
                    first = True
                    rights = []
                    for left, right, style in lines:
                        p = c0.paragraphs[0] if first else c0.add_paragraph()
                        first = False
                        run = p.add_run(left)
                        run.bold = "b" in style
                        run.italic = "i" in style
                        if right:
                            rights.append(right)
                    c1.paragraphs[0].text = "\n".join(rights)
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    for n, (left, right, style) in enumerate(lines):
                        if r.get("dentry") == "h3" and n == 0 and container is d:
                            p = d.add_heading(level=3)
                            p.add_run(left)
                            if right:
                                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                                p.add_run("\t" + right)
                        else:
                            p = tabline(container, left, right, style, width)
                        if n == 0 and level in ("entry", "group"):
                            p.paragraph_format.space_before = Pt(6)
            elif k == "eend":
                pass

    if mode == "header":
        hp = sec.header.paragraphs[0]
        hp.text = ""
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(14)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for s in r.get("contact", []):
            p = sec.header.add_paragraph(s)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("tagline"):
            para(d, r["tagline"], italic=True, align="center")
        put(d, normalise(r, r["body"]), textw)
    elif mode == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        sw = Cm(5.6)
        t.columns[0].width = sw
        t.columns[1].width = textw - sw
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = sw, textw - sw
        _shade(c0, r.get("side_hex", "DCE6F0"))
        c0.paragraphs[0].text = ""
        run = c0.paragraphs[0].add_run(r["name"])
        run.bold = True
        run.font.size = Pt(15)
        if r.get("tagline"):
            para(c0, r["tagline"], italic=True)
        for s in r.get("contact", []):
            para(c0, s, size=r.get("size", 10.5) - 1)
        put(c0, normalise(r, r.get("side", [])), sw - Cm(0.4))
        c1.paragraphs[0].text = ""
        put(c1, normalise(r, r["body"]), textw - sw - Cm(0.4))
    else:
        if r.get("dname", "title") == "title":
            d.add_heading(r["name"], level=0)
        else:
            para(d, r["name"], bold=True, size=18, align=r.get("dalign"))
        if r.get("tagline"):
            para(d, r["tagline"], italic=True, align=r.get("dalign"))
        cj = r.get("contact_join")
        for s in ([cj.join(r.get("contact", []))] if cj else r.get("contact", [])):
            para(d, s, align=r.get("dalign"))
        put(d, normalise(r, r["body"]), textw)

    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("pdf_title", "CV")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------------------------------------------- plain text
def render_txt(r, path):
    W = r.get("width", 78)
    bul = r.get("bul", "-")
    wrap = r.get("wrap")
    rj = r.get("rjoin", "pad")
    out = []

    def emit(s=""):
        out.append(s)

    def wrapped(s, first="", rest=""):
        if wrap:
            lines = textwrap.wrap(s, wrap, initial_indent=first, subsequent_indent=rest)
            out.extend(lines or [first])
        else:
            out.append(first + s)

    for s in r.get("pre", [r["name"]]):
        emit(s)
    if r.get("tagline"):
        emit(r["tagline"])
    for s in r.get("contact", []):
        emit(s)
    for it in normalise(r, r.get("side", []) + r["body"]):
        k = it[0]
        if k == "h":
            emit()
            t = it[1].upper() if r.get("hcaps", True) else it[1]
            hf = r.get("hfmt", "{t}")
            emit(hf.format(t=t))
            u = r.get("hunder")
            if u:
                emit(u * len(hf.format(t=t)))
        elif k == "sub":
            emit()
            emit(r.get("subfmt", "{t}").format(t=it[1]))
        elif k in ("p", "eprose"):
            wrapped(it[1], r.get("pindent", ""), r.get("pindent", ""))
            if k == "p":
                emit()
        elif k in ("ul", "eul"):
            if k == "eul" and r.get("blabel"):
                emit(r["blabel"])
            ind = r.get("bindent", "")
            for s in it[1]:
                wrapped(s, f"{ind}{bul} ", " " * (len(ind) + len(bul) + 1))
        elif k == "lines":
            for s in it[1]:
                emit(s)
        elif k == "kv":
            for key, v in it[1]:
                emit(f"{key}{r.get('kvsep', ': ')}{v}")
        elif k == "sp":
            emit()
        elif k == "ehead":
            if it[2] in ("entry", "group") and r.get("eblank", True):
                emit()
            for left, right, style in it[1]:
                if not right:
                    emit(left)
                elif rj == "pad":
                    emit(left + " " * max(2, W - len(left) - len(right)) + right)
                else:
                    emit(left + rj + right)
        elif k == "eend":
            pass
    text = "\n".join(out).rstrip() + "\n"
    if r.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    out = []
    bul = r.get("bul", "-")
    hp = r.get("md_h", "##")
    rj = r.get("rjoin", " — ")
    out.append(f"# {r['name']}")
    out.append("")
    if r.get("tagline"):
        out.append(f"*{r['tagline']}*")
        out.append("")
    cj = r.get("contact_join", "  \n")
    if r.get("contact"):
        out.append(cj.join(r["contact"]))
        out.append("")

    def fmt(s, style):
        if style == "h3":
            return "### " + s
        if style == "b":
            return f"**{s}**"
        if style == "i":
            return f"*{s}*"
        if style == "bi":
            return f"***{s}***"
        return s

    for it in normalise(r, r["body"]):
        k = it[0]
        if k == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(f"{hp} {it[1]}")
            out.append("")
        elif k == "sub":
            out.append(f"#{hp} {it[1]}" if r.get("sub_h") else f"**{it[1]}**")
            out.append("")
        elif k in ("p", "eprose"):
            out.append(it[1])
            out.append("")
        elif k in ("ul", "eul"):
            for s in it[1]:
                out.append(f"{bul} {s}")
            out.append("")
        elif k == "lines":
            out.append("  \n".join(it[1]))
            out.append("")
        elif k == "kv":
            out.append("  \n".join(f"**{a}:** {b}" for a, b in it[1]))
            out.append("")
        elif k == "sp":
            pass
        elif k == "ehead":
            lines = []
            for left, right, style in it[1]:
                s = fmt(left, style) if left else ""
                if right:
                    s = (s + rj + right) if s else right
                if style == "h3" and lines:
                    out.append("  \n".join(lines))
                    out.append("")
                    lines = []
                if style == "h3":
                    out.append(s)
                    out.append("")
                else:
                    lines.append(s)
            if lines:
                out.append("  \n".join(lines))
                out.append("")
        elif k == "eend":
            pass
    while out and out[-1] == "":
        out.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- html
def render_html(r, path):
    esc = htmlmod.escape
    css = r.get("css", """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto; color: #222; line-height: 1.4; }
h1 { margin-bottom: 0.1em; } .contact { color: #555; }
h2 { border-bottom: 1px solid #999; font-size: 1.1em; text-transform: uppercase; letter-spacing: 0.05em; margin-top: 1.4em; }
.entry { margin: 0.7em 0; } .entry p { margin: 0.1em 0; }
.when { float: right; color: #555; } .org { font-style: italic; }
""")
    o = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(r.get('pdf_title', r['name'] + ' – CV'))}</title>", f"<style>{css}</style>", "</head>", "<body>"]
    o.append(f"<header><h1>{esc(r['name'])}</h1>")
    if r.get("tagline"):
        o.append(f"<p class=\"tag\">{esc(r['tagline'])}</p>")
    if r.get("contact"):
        o.append('<p class="contact">' + "<br>".join(esc(s) for s in r["contact"]) + "</p>")
    o.append("</header>")
    o.append("<main>")
    open_sec = False
    open_entry = False
    for it in normalise(r, r["body"]):
        k = it[0]
        if k == "h":
            if open_entry:
                o.append("</div>")
                open_entry = False
            if open_sec:
                o.append("</section>")
            o.append(f"<section>\n<h2>{esc(it[1])}</h2>")
            open_sec = True
        elif k == "sub":
            o.append(f"<h3 class=\"sub\">{esc(it[1])}</h3>")
        elif k in ("p", "eprose"):
            o.append(f"<p>{esc(it[1])}</p>")
        elif k in ("ul", "eul"):
            o.append("<ul>" + "".join(f"<li>{esc(s)}</li>" for s in it[1]) + "</ul>")
        elif k == "lines":
            o.append("<p>" + "<br>\n".join(esc(s) for s in it[1]) + "</p>")
        elif k == "kv":
            o.append("<p>" + "<br>\n".join(f"<strong>{esc(a)}:</strong> {esc(b)}" for a, b in it[1]) + "</p>")
        elif k == "sp":
            pass
        elif k == "ehead":
            if it[2] in ("entry", "role"):
                o.append('<div class="entry">')
                open_entry = True
            for n, (left, right, style) in enumerate(it[1]):
                w = f' <span class="when">{esc(right)}</span>' if right else ""
                if style in ("b", "h3") and n == 0:
                    tag = "h3" if it[2] != "group" else "h3"
                    o.append(f"<{tag}>{esc(left)}{w}</{tag}>")
                else:
                    cls = {"i": "org", "b": "strong", "n": "plain", "bi": "org strong"}.get(style, "plain")
                    o.append(f'<p class="{cls}">{esc(left)}{w}</p>')
        elif k == "eend":
            if open_entry:
                o.append("</div>")
                open_entry = False
    if open_sec:
        o.append("</section>")
    o.append("</main>")
    if r.get("html_footer"):
        o.append(f"<footer><p>{esc(r['html_footer'])}</p></footer>")
    o.append("</body>\n</html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(o))


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}


def render(r, outdir):
    path = os.path.join(outdir, r["file"])
    RENDERERS[r["renderer"]](r, path)
    return path
