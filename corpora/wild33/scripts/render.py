"""Renderers for the wild33 résumés: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.

A résumé is a dict (see defs_a.py / defs_b.py) with name, contact lines, options `o` and a list of
blocks: ('h', heading), ('p', text), ('ul', items), ('kv', [(key, value)]), ('org', employer, right),
('small', text), ('table', [E...], header) and E entries. Sidebar blocks live in r['side'].
"""
import datetime
import html
import io
import os
import zipfile

from lib import E, fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 11, 2, 9, 0, 0)


# ----------------------------------------------------------------------------- entry lines
def org_loc(e, join=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return join.join(parts)


def dates_of(e, o):
    return fmt_range(e, o.get("ds", "mon"), o.get("sep", " – "), o.get("present", "Present"))


def entry_lines(e, o):
    """List of (kind, text, right) for one entry. kinds: T title, S sub, D date, K key/value, L label,
    B bullet, P paragraph."""
    tpl = e.tpl or o.get("tpl", "title_org")
    d = dates_of(e, o)
    ol = org_loc(e, o.get("orgjoin", ", "))
    out = []
    if tpl == "title_org":
        out += [("T", e.title, d), ("S", ol, None)]
    elif tpl == "title_org_below":
        out += [("T", e.title, None), ("S", ol, None), ("D", d, None)]
    elif tpl == "org_title":
        out += [("T", ol, d), ("S", e.title, None)]
    elif tpl == "dateline":
        out += [("D", d, None), ("T", e.title, None), ("S", ol, None)]
    elif tpl == "pipe":
        out += [("T", " | ".join(p for p in (e.title, e.org, e.loc) if p), None), ("D", d, None)]
    elif tpl == "dash":
        out += [("T", e.title + (f" — {ol}" if ol else "") + (f" ({d})" if d else ""), None)]
    elif tpl == "title_comma":
        out += [("T", f"{e.title}, {ol}", d)]
    elif tpl == "role":
        out += [("T", e.title, d)]
    elif tpl == "role_below":
        out += [("T", e.title, None), ("D", d, None)]
    elif tpl == "designation":
        out += [("K", ("Designation", e.title), None), ("K", ("Organisation", ol), None),
                ("K", ("Duration", d), None)]
        if e.bullets:
            out.append(("L", o.get("resp_label", "Responsibilities:"), None))
    else:
        raise ValueError(tpl)
    if e.bullets:
        if e.prose:
            out.append(("P", " ".join(e.bullets), None))
        else:
            out += [("B", b, None) for b in e.bullets]
    return out


# ----------------------------------------------------------------------------- reportlab
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for fam in ("Sans", "Serif"):
        for suf, tag in (("", ""), ("-Bold", "B"), ("-Oblique" if fam == "Sans" else "-Italic", "I")):
            name = f"DV{fam}{tag}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, f"DejaVu{fam}{suf}.ttf")))


class _RLFlow:
    def __init__(self, doc, x0, x1):
        self.doc, self.x0, self.x1 = doc, x0, x1

    def write(self, text, font, size, indent=0, right=None, lead=None, color=(0, 0, 0), bullet=None,
              align="left", space_after=0):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.lib.utils import simpleSplit
        c = self.doc.c
        lead = lead or size * 1.28
        x = self.x0 + indent
        width = self.x1 - x
        rw = stringWidth(right, font, size) + 12 if right else 0
        lines = simpleSplit(text, font, size, width - rw) if text else [""]
        for i, ln in enumerate(lines):
            self.doc.need(lead, self)
            y = self.doc.y - size
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            if i == 0 and bullet:
                c.drawString(x - 10, y, bullet)
            if align == "center":
                c.drawCentredString((self.x0 + self.x1) / 2, y, ln)
            else:
                c.drawString(x, y, ln)
            if i == 0 and right:
                c.drawRightString(self.x1, y, right)
            self.doc.y -= lead
        self.doc.y -= space_after


class RLDoc:
    def __init__(self, r, path, total_pages=None):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4, letter
        _rl_fonts()
        self.r, self.o = r, r["o"]
        self.size = letter if self.o.get("page") == "letter" else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(path, pagesize=self.size, invariant=1)
        self.c.setTitle(r["name"] + " - CV")
        self.c.setAuthor(r["name"])
        self.c.setCreator("Microsoft Word" if self.o.get("creator") != "gdocs" else "Google Docs")
        self.page = 1
        self.total = total_pages
        self.margin = self.o.get("margin", 50)
        fam = "Serif" if self.o.get("font") == "serif" else "Sans"
        self.F, self.FB, self.FI = f"DV{fam}", f"DV{fam}B", f"DV{fam}I"
        self.y = self.H - self.margin
        self.bottom = self.margin + (18 if self.o.get("footer") else 0)
        self.accent = self.o.get("accent", (0.12, 0.24, 0.42))

    def footer(self):
        f = self.o.get("footer")
        if not f:
            return
        txt = f.format(page=self.page, total=self.total or "?", name=self.r["name"])
        self.c.setFont(self.F, 7.5)
        self.c.setFillColorRGB(0.4, 0.4, 0.4)
        self.c.drawCentredString(self.W / 2, self.margin - 14, txt)

    def need(self, h, flow):
        if self.y - h < self.bottom:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = self.H - self.margin
            if self.o.get("layout") == "sidebar":
                flow.x0 = self.margin

    def heading(self, flow, text):
        sz = self.o.get("hsize", 11)
        txt = text.upper() if self.o.get("hcase") == "upper" else text
        flow.doc.y -= 6
        flow.write(txt, self.FB, sz, color=self.accent)
        if self.o.get("hrule", True):
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(0.6)
            self.c.line(flow.x0, self.y + 2, flow.x1, self.y + 2)
            self.y -= 3

    def blocks(self, flow, blocks, small=False):
        o = self.o
        base = o.get("size", 9.6) - (0.8 if small else 0)
        bullet = o.get("bullet", "•")
        for b in blocks:
            if isinstance(b, E):
                self.y -= o.get("entry_gap", 5)
                for kind, text, right in entry_lines(b, o):
                    if kind == "T":
                        flow.write(text, self.FB, base + 0.6, right=right)
                    elif kind == "S":
                        flow.write(text, self.FI, base)
                    elif kind == "D":
                        flow.write(text, self.F, base - 0.6, color=(0.35, 0.35, 0.35))
                    elif kind == "K":
                        flow.write(f"{text[0]} : {text[1]}", self.F, base)
                    elif kind == "L":
                        flow.write(text, self.FB, base)
                    elif kind == "B":
                        flow.write(text, self.F, base, indent=12, bullet=bullet)
                    elif kind == "P":
                        flow.write(text, self.F, base)
                continue
            t = b[0]
            if t == "h":
                self.heading(flow, b[1])
            elif t == "p":
                flow.write(b[1], self.F, base, space_after=2)
            elif t == "small":
                flow.write(b[1], self.FI, base - 0.8, color=(0.3, 0.3, 0.3))
            elif t == "ul":
                for it in b[1]:
                    flow.write(it, self.F, base, indent=12, bullet=bullet)
            elif t == "kv":
                for k, v in b[1]:
                    flow.write(f"{k}: {v}", self.F, base)
            elif t == "org":
                self.y -= 4
                flow.write(b[1], self.FB, base + 1, right=b[2] if len(b) > 2 else None, color=self.accent)
            elif t == "gap":
                self.y -= b[1]
            else:
                raise ValueError(t)

    def header(self, flow):
        r, o = self.r, self.o
        lay = o.get("layout", "single")
        if lay == "twocol":
            top = self.y
            self.c.setFont(self.FB, 20)
            self.c.setFillColorRGB(*self.accent)
            self.c.drawString(flow.x0, top - 20, r["name"])
            if r.get("tagline"):
                self.c.setFont(self.F, 10.5)
                self.c.setFillColorRGB(0.3, 0.3, 0.3)
                self.c.drawString(flow.x0, top - 36, r["tagline"])
            self.c.setFont(self.F, 8.6)
            self.c.setFillColorRGB(0, 0, 0)
            for i, ln in enumerate(r["contact"]):
                self.c.drawRightString(flow.x1, top - 10 - i * 11, ln)
            self.y = top - max(46, 14 + 11 * len(r["contact"]))
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(1.2)
            self.c.line(flow.x0, self.y, flow.x1, self.y)
            self.y -= 6
        else:
            center = o.get("center", False)
            al = "center" if center else "left"
            flow.write(r["name"], self.FB, 19, align=al, color=self.accent, lead=24)
            if r.get("tagline"):
                flow.write(r["tagline"], self.F, 10.5, align=al, color=(0.3, 0.3, 0.3))
            flow.write(o.get("contact_sep", "  |  ").join(r["contact"]), self.F, 8.8, align=al)
            self.y -= 4

    def build(self):
        o = self.o
        m = self.margin
        if o.get("layout") == "sidebar":
            sw = o.get("side_w", 170)
            self.c.setFillColorRGB(*o.get("side_bg", (0.92, 0.94, 0.97)))
            self.c.rect(0, 0, sw, self.H, stroke=0, fill=1)
            side = _RLFlow(self, 18, sw - 14)
            self.y = self.H - m
            side.write(self.r["name"], self.FB, 15, color=self.accent, lead=19)
            if self.r.get("tagline"):
                side.write(self.r["tagline"], self.F, 9, color=(0.3, 0.3, 0.3))
            self.y -= 6
            for ln in self.r["contact"]:
                side.write(ln, self.F, 8.2)
            self.blocks(side, self.r.get("side", []), small=True)
            self.y = self.H - m
            self.main = _RLFlow(self, sw + 22, self.W - m + 10)
            self.blocks(self.main, self.r["blocks"])
        else:
            self.main = _RLFlow(self, m, self.W - m)
            self.header(self.main)
            self.blocks(self.main, self.r["blocks"])
        self.footer()
        self.c.showPage()
        self.c.save()
        return self.page


def render_reportlab(r, path):
    n = RLDoc(r, io.BytesIO()).build()
    RLDoc(r, path, total_pages=n).build()


# ----------------------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace
    o = r["o"]

    class P(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-13)
                self.set_font("dv", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, o["footer"].format(page=self.page_no(), total="{nb}", name=r["name"]),
                          align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=o.get("page", "A4"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.set_creator("Writer")
    fam = "Serif" if o.get("font") == "serif" else "Sans"
    pdf.add_font("dv", "", os.path.join(FONT_DIR, f"DejaVu{fam}.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, f"DejaVu{fam}-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, f"DejaVu{fam}-{'Oblique' if fam == 'Sans' else 'Italic'}.ttf"))
    mg = o.get("margin", 16)
    pdf.set_margins(mg, mg, mg)
    pdf.set_auto_page_break(True, margin=18 if o.get("footer") else 14)
    pdf.add_page()
    acc = o.get("accent", (25, 60, 110))
    base = o.get("size", 9.5)
    lh = base * 0.48
    bullet = o.get("bullet", "•")
    lay = o.get("layout", "single")
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(text):
        pdf.ln(2.5)
        pdf.set_font("dv", "B", o.get("hsize", 11))
        pdf.set_text_color(*acc)
        pdf.cell(0, 6.5, text.upper() if o.get("hcase") == "upper" else text, **NL)
        if o.get("hrule", True):
            y = pdf.get_y()
            pdf.set_draw_color(*acc)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1.2)
        pdf.set_text_color(0, 0, 0)

    def line_right(text, right, style="B", size=None):
        size = size or base + 0.5
        pdf.set_font("dv", style, size)
        w = pdf.w - pdf.l_margin - pdf.r_margin
        if right:
            pdf.set_font("dv", "", base)
            rw = pdf.get_string_width(right) + 2
            pdf.set_font("dv", style, size)
            x0 = pdf.get_x()
            y0 = pdf.get_y()
            pdf.multi_cell(w - rw - 2, lh + 0.6, text, align="L", **NL)
            y1 = pdf.get_y()
            pdf.set_xy(x0 + w - rw, y0)
            pdf.set_font("dv", "", base)
            pdf.cell(rw, lh + 0.6, right, align="R")
            pdf.set_xy(pdf.l_margin, y1)
        else:
            pdf.multi_cell(w, lh + 0.6, text, align="L", **NL)

    def bullet_line(text):
        pdf.set_font("dv", "", base)
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(4, lh + 0.4, bullet)
        pdf.set_left_margin(x + 7)
        pdf.multi_cell(0, lh + 0.4, text, align="L", **NL)
        pdf.set_left_margin(x)

    def blocks(bl):
        for b in bl:
            if isinstance(b, E):
                pdf.ln(1.6)
                for kind, text, right in entry_lines(b, o):
                    if kind == "T":
                        line_right(text, right)
                    elif kind == "S":
                        line_right(text, None, "I", base)
                    elif kind == "D":
                        pdf.set_text_color(90, 90, 90)
                        line_right(text, None, "", base - 0.5)
                        pdf.set_text_color(0, 0, 0)
                    elif kind == "K":
                        line_right(f"{text[0]} : {text[1]}", None, "", base)
                    elif kind == "L":
                        line_right(text, None, "B", base)
                    elif kind == "B":
                        bullet_line(text)
                    elif kind == "P":
                        line_right(text, None, "", base)
                continue
            t = b[0]
            if t == "h":
                heading(b[1])
            elif t == "p":
                pdf.set_font("dv", "", base)
                pdf.multi_cell(0, lh + 0.4, b[1], align="L", **NL)
                pdf.ln(1)
            elif t == "small":
                pdf.set_font("dv", "I", base - 0.7)
                pdf.multi_cell(0, lh, b[1], align="L", **NL)
            elif t == "ul":
                for it in b[1]:
                    bullet_line(it)
            elif t == "kv":
                for k, v in b[1]:
                    pdf.set_font("dv", "B", base)
                    pdf.cell(pdf.get_string_width(k + ": ") + 1, lh + 0.4, k + ":")
                    pdf.set_font("dv", "", base)
                    pdf.multi_cell(0, lh + 0.4, v, align="L", **NL)
            elif t == "org":
                pdf.ln(2)
                pdf.set_text_color(*acc)
                line_right(b[1], b[2] if len(b) > 2 else None, "B", base + 1)
                pdf.set_text_color(0, 0, 0)
            elif t == "table":
                pdf.ln(1)
                pdf.set_font("dv", "", base - 0.6)
                cols = b[2]
                with pdf.table(col_widths=o.get("col_widths", (22, 38, 60)), line_height=lh + 0.3,
                               headings_style=FontFace(emphasis="BOLD", fill_color=(232, 232, 232)),
                               first_row_as_headings=True, text_align="LEFT",
                               borders_layout=o.get("borders", "HORIZONTAL_LINES")) as tb:
                    row = tb.row()
                    for ctext in cols:
                        row.cell(ctext)
                    for e in b[1]:
                        row = tb.row()
                        row.cell(dates_of(e, o))
                        row.cell("\n".join(p for p in (e.title, e.org, e.loc) if p))
                        row.cell(" ".join(e.bullets) if e.prose else "\n".join(bullet + " " + x for x in e.bullets))
            elif t == "gap":
                pdf.ln(b[1])
            else:
                raise ValueError(t)

    if lay == "sidebar":
        sw = o.get("side_w", 62)
        pdf.set_fill_color(*o.get("side_bg", (236, 240, 244)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_right_margin(pdf.w - sw + 5)
        pdf.set_xy(8, mg)
        pdf.set_font("dv", "B", 15)
        pdf.set_text_color(*acc)
        pdf.multi_cell(0, 7, r["name"], align="L", **NL)
        pdf.set_text_color(0, 0, 0)
        if r.get("tagline"):
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 4.5, r["tagline"], align="L", **NL)
        pdf.ln(2)
        pdf.set_font("dv", "", 8)
        for ln in r["contact"]:
            pdf.multi_cell(0, 4, ln, align="L", **NL)
        sbase = base
        base = base - 0.8
        lh = base * 0.48
        blocks(r.get("side", []))
        base = sbase
        lh = base * 0.48
        pdf.set_left_margin(sw + 7)
        pdf.set_right_margin(mg)
        pdf.set_xy(sw + 7, mg)
        blocks(r["blocks"])
    else:
        if lay == "twocol":
            y0 = pdf.get_y()
            pdf.set_font("dv", "B", 19)
            pdf.set_text_color(*acc)
            pdf.cell(100, 9, r["name"], **NL)
            pdf.set_text_color(80, 80, 80)
            if r.get("tagline"):
                pdf.set_font("dv", "", 10.5)
                pdf.cell(100, 5.5, r["tagline"], **NL)
            y1 = pdf.get_y()
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("dv", "", 8.5)
            pdf.set_xy(pdf.w - mg - 75, y0)
            for ln in r["contact"]:
                pdf.set_x(pdf.w - mg - 75)
                pdf.cell(75, 4.2, ln, align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_y(max(y1, pdf.get_y()) + 2)
            pdf.set_draw_color(*acc)
            pdf.set_line_width(0.5)
            pdf.line(mg, pdf.get_y(), pdf.w - mg, pdf.get_y())
            pdf.ln(2)
        else:
            al = "C" if o.get("center") else "L"
            pdf.set_font("dv", "B", 19)
            pdf.set_text_color(*acc)
            pdf.cell(0, 9, r["name"], align=al, **NL)
            pdf.set_text_color(70, 70, 70)
            if r.get("tagline"):
                pdf.set_font("dv", "", 10.5)
                pdf.cell(0, 5.5, r["tagline"], align=al, **NL)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("dv", "", 8.6)
            pdf.multi_cell(0, 4.4, o.get("contact_sep", "  |  ").join(r["contact"]), align=al, **NL)
            pdf.ln(1)
        blocks(r["blocks"])
    pdf.output(path)


# ----------------------------------------------------------------------------- python-docx
def _fix_docx(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def render_docx(r, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    o = r["o"]
    mode = o.get("mode", "styles")
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(o.get("margin_cm", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    acc = RGBColor(*o.get("accent", (0x1F, 0x3A, 0x5F)))

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexfill)
        tcPr.append(sh)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None,
             space_after=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold or None, italic or None
            if size:
                run.font.size = Pt(size)
            if color is not None:
                run.font.color.rgb = color
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def tabbed(container, left, right, bold=True, width=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width or text_w, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(6)
        r1 = p.add_run(left)
        r1.bold = bold or None
        if right:
            p.add_run("\t" + right)
        return p

    def heading(container, text):
        txt = text.upper() if o.get("hcase") == "upper" else text
        if mode == "styles" or o.get("heading_styles"):
            if container is doc:
                return doc.add_heading(txt, level=1)
            return para(container, txt, style="Heading 1")
        p = para(container, txt, bold=True, size=o.get("hsize", 12), color=acc, space_after=2)
        if o.get("hrule", True):
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3A5F")):
                bot.set(qn(k), v)
            bdr.append(bot)
            pPr.append(bdr)
        return p

    def bullets(container, items):
        bch = o.get("bullet")
        for it in items:
            if bch:
                p = para(container, f"{bch}\t{it}", space_after=0)
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.45)
            else:
                p = para(container, it, style="List Bullet", space_after=0)

    def entry(container, e, width=None):
        d = dates_of(e, o)
        tpl = e.tpl or o.get("tpl", "title_org")
        ol = org_loc(e)
        if mode == "styles" and tpl not in ("designation",):
            if tpl == "role":
                h = para(container, e.title, style="Heading 3")
            else:
                h = para(container, e.title, style="Heading 2") if container is not doc else doc.add_heading(e.title, 2)
            if tpl != "role":
                para(container, f"{ol}{o.get('docx_sep', '  |  ')}{d}" if d else ol, italic=True, space_after=2)
            elif d:
                para(container, d, italic=True, space_after=2)
        elif tpl == "designation":
            for k, v in (("Designation", e.title), ("Organisation", ol), ("Duration", d)):
                p = container.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
                rk = p.add_run(k)
                rk.bold = True
                p.add_run("\t: " + v)
            if e.bullets:
                para(container, o.get("resp_label", "Responsibilities:"), bold=True, space_after=0)
        elif tpl in ("title_org", "role"):
            tabbed(container, e.title, d, width=width)
            if tpl == "title_org":
                para(container, ol, italic=True, space_after=2)
        elif tpl == "org_title":
            tabbed(container, ol, d, width=width)
            para(container, e.title, italic=True, space_after=2)
        elif tpl == "title_org_below":
            para(container, e.title, bold=True, space_after=0)
            para(container, ol, italic=True, space_after=0)
            para(container, d, size=o.get("size", 10.5) - 1, space_after=2)
        else:
            raise ValueError(tpl)
        if e.bullets:
            if e.prose:
                para(container, " ".join(e.bullets), space_after=4)
            else:
                bullets(container, e.bullets)

    def blocks(container, bl, width=None):
        for b in bl:
            if isinstance(b, E):
                entry(container, b, width)
                continue
            t = b[0]
            if t == "h":
                heading(container, b[1])
            elif t == "p":
                para(container, b[1], space_after=4)
            elif t == "small":
                para(container, b[1], italic=True, size=o.get("size", 10.5) - 1.5)
            elif t == "ul":
                bullets(container, b[1])
            elif t == "kv":
                for k, v in b[1]:
                    p = container.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    rk = p.add_run(k + ": ")
                    rk.bold = True
                    p.add_run(v)
            elif t == "org":
                p = tabbed(container, b[1], b[2] if len(b) > 2 else None, width=width)
                p.runs[0].font.color.rgb = acc
            elif t == "jobs":  # one borderless table per job
                for e in b[1]:
                    tb = container.add_table(rows=1, cols=2)
                    no_borders(tb)
                    c0, c1 = tb.rows[0].cells
                    c0.width, c1.width = Cm(12.5), Cm(4.5)
                    c0.paragraphs[0].add_run(e.title).bold = True
                    para(c0, org_loc(e), italic=True, space_after=0)
                    c1.paragraphs[0].add_run(dates_of(e, o))
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if e.bullets:
                        bullets(container, e.bullets)
                    para(container, "", space_after=0)
            elif t == "table":
                cols = b[2]
                tb = container.add_table(rows=1, cols=len(cols))
                tb.style = doc.styles["Table Grid"]
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, ctext in enumerate(cols):
                    cell = tb.rows[0].cells[i]
                    cell.paragraphs[0].add_run(ctext).bold = True
                    shade(cell, "DCE6F0")
                for e in b[1]:
                    cells = tb.add_row().cells
                    cells[0].paragraphs[0].add_run(dates_of(e, o))
                    cells[1].paragraphs[0].add_run(e.title).bold = True
                    if org_loc(e):
                        cells[1].add_paragraph(org_loc(e)).runs[0].italic = True
                    first = True
                    for bl_ in e.bullets:
                        p = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
                        p.add_run(("– " if not e.prose else "") + bl_)
                        first = False
                widths = o.get("col_cm", (3.2, 5.0, 8.8))
                for row in tb.rows:
                    for i, w in enumerate(widths):
                        row.cells[i].width = Cm(w)
            elif t == "gap":
                para(container, "")
            else:
                raise ValueError(t)

    # header
    if o.get("header_contact"):
        hdr = sec.header
        hp = hdr.paragraphs[0]
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(14)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp2 = hdr.add_paragraph(" · ".join(r["contact"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for rr in hp2.runs:
            rr.font.size = Pt(8.5)
        if r.get("tagline"):
            para(doc, r["tagline"], bold=True, size=12, align="center", color=acc)
    if o.get("footer_text"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(o["footer_text"]).font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    body = doc
    if mode == "sidebar":
        lay = doc.add_table(rows=1, cols=2)
        no_borders(lay)
        ls, rs = lay.rows[0].cells
        ls.width, rs.width = Cm(5.6), Cm(11.4)
        shade(ls, o.get("side_fill", "E8EEF4"))
        ls.paragraphs[0].add_run(r["name"]).bold = True
        ls.paragraphs[0].runs[0].font.size = Pt(15)
        if r.get("tagline"):
            para(ls, r["tagline"], italic=True)
        for ln in r["contact"]:
            para(ls, ln, size=9, space_after=0)
        blocks(ls, r.get("side", []))
        rs.paragraphs[0].add_run("")
        blocks(rs, r["blocks"], width=Cm(11.0))
    else:
        if not o.get("header_contact"):
            al = "center" if o.get("center") else None
            if mode == "styles" and o.get("title_style"):
                t = doc.add_heading(r["name"], 0)
                if al:
                    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                para(doc, r["name"], bold=True, size=20, align=al, color=acc, space_after=0)
            if r.get("tagline"):
                para(doc, r["tagline"], size=11.5, align=al, space_after=0)
            para(doc, o.get("contact_sep", " | ").join(r["contact"]), size=9, align=al)
        blocks(body, r["blocks"])
    doc.save(path)
    _fix_docx(path)


# ----------------------------------------------------------------------------- plain text
def render_txt(r, path):
    o = r["o"]
    if o.get("custom"):
        text = o["custom"](r)
    else:
        text = _txt(r)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _txt(r):
    o = r["o"]
    L = []
    bch = o.get("bullet", "-")
    ind = o.get("indent", "  ")
    if o.get("center"):
        L.append(r["name"].center(78).rstrip())
        if r.get("tagline"):
            L.append(r["tagline"].center(78).rstrip())
        L.append(" | ".join(r["contact"]).center(78).rstrip())
    else:
        L.append(r["name"])
        if r.get("tagline"):
            L.append(r["tagline"])
        L += r["contact"] if o.get("contact_lines") else [" | ".join(r["contact"])]
    for b in r["blocks"]:
        if isinstance(b, E):
            if o.get("entry_gap", True):
                L.append("")
            for kind, text, right in entry_lines(b, o):
                if kind == "T":
                    if right:
                        if o.get("right_pad"):
                            pad = max(2, 78 - len(text) - len(right))
                            L.append(text + " " * pad + right)
                        else:
                            L.append(f"{text}{o.get('tsep', ', ')}{right}")
                    else:
                        L.append(text)
                elif kind in ("S", "D", "L"):
                    L.append(text)
                elif kind == "K":
                    L.append(f"{text[0]:<13}: {text[1]}")
                elif kind == "B":
                    L.append(f"{ind}{bch} {text}")
                elif kind == "P":
                    L.append(text)
            continue
        t = b[0]
        if t == "h":
            L.append("")
            hs = o.get("hstyle", "upper")
            if hs == "upper":
                L.append(b[1].upper())
            elif hs == "under":
                L += [b[1].upper(), "-" * len(b[1])]
            elif hs == "equals":
                L += ["=" * 60, b[1].upper(), "=" * 60]
            elif hs == "colon":
                L.append(b[1] + ":")
        elif t in ("p", "small"):
            L.append(b[1])
        elif t == "ul":
            L += [f"{ind}{bch} {x}" for x in b[1]]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1])
            L += [f"{k:<{w}} : {v}" for k, v in b[1]]
        elif t == "org":
            L.append("")
            L.append(b[1] + (("   " + b[2]) if len(b) > 2 and b[2] else ""))
        elif t == "gap":
            L.append("")
    return "\n".join(L).rstrip() + "\n"


# ----------------------------------------------------------------------------- Markdown
def render_md(r, path):
    o = r["o"]
    L = [f"# {r['name']}", ""]
    if r.get("tagline"):
        L += [f"**{r['tagline']}**", ""]
    L += [o.get("contact_sep", " · ").join(r["contact"]), ""]
    bch = o.get("bullet", "-")
    for b in r["blocks"]:
        if isinstance(b, E):
            tpl = b.tpl or o.get("tpl", "title_org")
            d = dates_of(b, o)
            ol = org_loc(b)
            if tpl == "title_org":
                L += [f"### {b.title}", f"**{b.org}**" + (f", {b.loc}" if b.loc else "") + (f" · *{d}*" if d else ""), ""]
            elif tpl == "pipe":
                L += [f"**{' | '.join(p for p in (b.title, b.org, b.loc) if p)}**  ", f"_{d}_", ""]
            elif tpl == "dash":
                L += [f"**{b.title}**" + (f" — {ol}" if ol else "") + (f" ({d})" if d else ""), ""]
            elif tpl == "role":
                L += [f"#### {b.title}" + (f" ({d})" if d else ""), ""]
            elif tpl == "org_title":
                L += [f"### {ol}", f"*{b.title}* — {d}", ""]
            else:
                raise ValueError(tpl)
            if b.bullets:
                if b.prose:
                    L += [" ".join(b.bullets), ""]
                else:
                    L += [f"{bch} {x}" for x in b.bullets] + [""]
            continue
        t = b[0]
        if t == "h":
            L += [f"## {b[1]}", ""]
        elif t == "p":
            L += [b[1], ""]
        elif t == "small":
            L += [f"*{b[1]}*", ""]
        elif t == "ul":
            L += [f"{bch} {x}" for x in b[1]] + [""]
        elif t == "kv":
            L += [f"- **{k}:** {v}" for k, v in b[1]] + [""]
        elif t == "org":
            L += [f"### {b[1]}" + (f" — {b[2]}" if len(b) > 2 and b[2] else ""), ""]
        elif t == "gap":
            L += ["---", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ----------------------------------------------------------------------------- HTML
def render_html(r, path):
    o = r["o"]
    esc = html.escape
    css = o.get("css", "body{font-family:Georgia,serif;max-width:780px;margin:2em auto;color:#222}"
                       "h1{margin-bottom:0}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".job{margin:.6em 0}.dates{color:#666;float:right}.org{font-style:italic}")
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(r['name'])} – Résumé</title>", f"<style>{css}</style>", "</head>", "<body>",
         "<header>", f"<h1>{esc(r['name'])}</h1>"]
    if r.get("tagline"):
        H.append(f'<p class="tagline">{esc(r["tagline"])}</p>')
    H.append('<p class="contact">' + " &middot; ".join(esc(c) for c in r["contact"]) + "</p>")
    H.append("</header>")
    open_sec = False
    for b in r["blocks"]:
        if isinstance(b, E):
            tpl = b.tpl or o.get("tpl", "title_org")
            d = esc(dates_of(b, o))
            H.append('<div class="job">')
            if tpl == "title_org":
                H.append(f'<h3>{esc(b.title)}<span class="dates">{d}</span></h3>')
                H.append(f'<p class="org">{esc(org_loc(b))}</p>')
            elif tpl == "dateline":
                H.append(f'<p class="dates-line">{d}</p>')
                H.append(f"<p><strong>{esc(b.title)}</strong>, {esc(org_loc(b))}</p>")
            elif tpl == "dl":
                H.append(f"<dl><dt>{esc(b.title)}</dt><dd>{esc(org_loc(b))}</dd><dd><em>{d}</em></dd></dl>")
            elif tpl == "org_title":
                H.append(f'<h3>{esc(org_loc(b))} <small>({d})</small></h3>')
                H.append(f"<p><b>{esc(b.title)}</b></p>")
            elif tpl == "role":
                H.append(f'<h4>{esc(b.title)} <span class="dates">{d}</span></h4>')
            else:
                raise ValueError(tpl)
            if b.bullets:
                if b.prose:
                    H.append(f"<p>{esc(' '.join(b.bullets))}</p>")
                else:
                    H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b.bullets) + "</ul>")
            H.append("</div>")
            continue
        t = b[0]
        if t == "h":
            if open_sec:
                H.append("</section>")
            H.append(f"<section><h2>{esc(b[1])}</h2>")
            open_sec = True
        elif t == "p":
            H.append(f"<p>{esc(b[1])}</p>")
        elif t == "small":
            H.append(f"<p><small>{esc(b[1])}</small></p>")
        elif t == "ul":
            H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "kv":
            H.append("<table class=\"kv\">" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "org":
            H.append(f'<h3 class="employer">{esc(b[1])}' + (f' <span class="dates">{esc(b[2])}</span>' if len(b) > 2 and b[2] else "") + "</h3>")
        elif t == "table":
            H.append('<table class="history"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in b[2]) + "</tr></thead><tbody>")
            for e in b[1]:
                H.append(f"<tr><td>{esc(dates_of(e, o))}</td><td><strong>{esc(e.title)}</strong><br>{esc(org_loc(e))}</td>"
                         f"<td>{'<br>'.join(esc(x) for x in e.bullets)}</td></tr>")
            H.append("</tbody></table>")
        elif t == "gap":
            H.append("<hr>")
    if open_sec:
        H.append("</section>")
    H += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
