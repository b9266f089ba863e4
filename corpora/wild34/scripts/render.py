"""Renderers for wild34: reportlab canvas, fpdf2, python-docx, plain text, HTML and Markdown.

A résumé is a dict (see defs_a.py). Its `blocks` are (heading, content[, opts]) where content is a str
(paragraph), a list of str (lines) or a list of lib.E (experience). Each entry is turned into header lines
by `header_lines` according to r['order'], so every renderer shares the same entry-header logic.
"""
import datetime
import html
import io
import os
import zipfile

from lib import E, fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ----------------------------------------------------------------------------- shared entry model
def org_loc(e, r):
    parts = [p for p in (e.org, e.loc) if p]
    return r.get("olsep", ", ").join(parts)


def header_lines(e, r, grouped=False):
    """Return a list of (kind, left, right) for entry e. kinds: t title, o org, d date, n note."""
    d = fmt_range(e, r)
    order = r.get("order", "title_org")
    ol = org_loc(e, r)
    out = []
    if grouped:  # role under an employer heading
        left = e.title
        if r.get("group_key") == "org" and e.loc:
            left = f"{e.title}{r.get('role_loc_sep', ', ')}{e.loc}"
        out.append(("t", left, d))
    elif order in ("title_org", "orgfirst"):
        out.append(("t", e.title, d))
        if ol:
            out.append(("o", ol, None))
    elif order == "title_org_r":  # title left dates right, org left location right
        out.append(("t", e.title, d))
        if e.org or e.loc:
            out.append(("o", e.org or "", e.loc))
    elif order == "org_title":
        if ol:
            out.append(("o", ol, d))
            out.append(("t", e.title, None))
        else:
            out.append(("t", e.title, d))
    elif order == "dateline":
        out.append(("t", e.title, None))
        if ol:
            out.append(("o", ol, None))
        if d:
            out.append(("d", d, None))
    elif order == "dash":
        out.append(("t", f"{e.title} – {ol}" if ol else e.title, d))
    elif order == "pipe":
        out.append(("t", " | ".join([p for p in (e.title, e.org, e.loc) if p]), d))
    elif order == "inline":
        out.append(("t", ", ".join([p for p in (e.title, ol, d) if p]), None))
    elif order == "dates_first":
        if d:
            out.append(("d", d, None))
        out.append(("t", e.title, None))
        if ol:
            out.append(("o", ol, None))
    else:
        raise ValueError(order)
    if e.note:
        out.append(("n", e.note, None))
    return out


def groups(entries, r):
    """Split entries into (org_key or None, [entries]) runs. order 'orgfirst': every employer gets a heading;
    r['group']: only runs of two or more roles at the same employer get one."""
    mode = "all" if r.get("order") == "orgfirst" else ("runs" if r.get("group") else None)
    if not mode:
        return [(None, [e]) for e in entries]
    out = []
    by_org = r.get("group_key") == "org"
    for e in entries:
        key = (e.org, None) if by_org else (e.org, e.loc)
        if e.org and out and out[-1][0] == key:
            out[-1][1].append(e)
        elif e.org:
            out.append((key, [e]))
        else:
            out.append((None, [e]))
    if mode == "runs":
        fixed = []
        for key, ents in out:
            if key and len(ents) == 1:
                fixed.append((None, ents))
            else:
                fixed.append((key, ents))
        out = fixed
    return out


def group_heading(key, r):
    org, loc = key
    txt = org if not loc else f"{org}{r.get('olsep', ', ')}{loc}"
    return txt


def all_entries(r):
    out = []
    for b in r["blocks"]:
        if isinstance(b[1], list) and b[1] and isinstance(b[1][0], E):
            out.extend(b[1])
    return out


def is_exp(content):
    return isinstance(content, list) and content and isinstance(content[0], E)


def bullet_char(r):
    return r.get("bullet", "•")


# ----------------------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if r.get("font") == "dejavu":
        for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, os.path.join(FONT_DIR, fn)))
        F, FB, FI = "DV", "DV-B", "DV-I"
    elif r.get("font") == "times":
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r.get("doc_title", r["name"] + " CV"))
    c.setCreator(r.get("creator", "Microsoft® Word for Microsoft 365"))
    c.setProducer(r.get("producer", "Microsoft® Word for Microsoft 365"))
    layout = r.get("layout", "plain")
    accent = r.get("accent", (0.15, 0.25, 0.45))
    fs = r.get("fs", 9.8)
    lead = fs * 1.32
    margin = 46
    side_w = 168 if layout == "sidebar" else 0
    st = {"page": 1}

    def footer():
        if r.get("footer"):
            c.setFont(F, 7.5)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(W / 2, 24, r["footer"].format(page=st["page"], name=r["name"]))
            c.setFillColorRGB(0, 0, 0)

    def draw_sidebar_bg():
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    if layout == "sidebar":
        draw_sidebar_bg()
    x0 = side_w + (26 if side_w else margin)
    x1 = W - margin
    y = H - 50

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        st["page"] += 1
        if layout == "sidebar":
            draw_sidebar_bg()
        y = H - 50

    def need(h):
        if y - h < 48:
            newpage()

    def para(text, font, sz, x, width, indent=0, first=None):
        nonlocal y
        lines = simpleSplit(text, font, sz, width - indent)
        for i, ln in enumerate(lines):
            need(sz * 1.32)
            c.setFont(font, sz)
            if i == 0 and first:
                c.drawString(x, y, first)
            c.drawString(x + indent, y, ln)
            y -= sz * 1.32

    def line_lr(left, right, font, sz, x, xr):
        nonlocal y
        need(sz * 1.32)
        c.setFont(font, sz)
        if right:
            rw = c.stringWidth(right, F, sz)
            avail = xr - x - rw - 8
            if c.stringWidth(left, font, sz) > avail:
                # long left part: wrap it, date on the first line
                parts = simpleSplit(left, font, sz, avail)
                c.drawString(x, y, parts[0])
                c.setFont(F, sz)
                c.drawRightString(xr, y, right)
                y -= sz * 1.32
                for p in parts[1:]:
                    c.setFont(font, sz)
                    c.drawString(x, y, p)
                    y -= sz * 1.32
                return
            c.drawString(x, y, left)
            c.setFont(F, sz)
            c.drawRightString(xr, y, right)
        else:
            for p in simpleSplit(left, font, sz, xr - x):
                need(sz * 1.32)
                c.setFont(font, sz)
                c.drawString(x, y, p)
                y -= sz * 1.32
            return
        y -= sz * 1.32

    kfont = {"t": FB, "o": FI if r.get("org_italic", True) else F, "d": F, "n": FI, "g": FB}

    # ---- header
    side_blocks = set(r.get("side", []))
    if layout == "sidebar":
        sy = H - 56
        c.setFillColorRGB(*accent)
        for part in simpleSplit(r["name"], FB, 17, side_w - 30):
            c.setFont(FB, 17)
            c.drawString(16, sy, part)
            sy -= 20
        c.setFillColorRGB(0, 0, 0)
        if r.get("headline"):
            for part in simpleSplit(r["headline"], FI, 9, side_w - 30):
                c.setFont(FI, 9)
                c.drawString(16, sy, part)
                sy -= 12
        sy -= 10
        for ln in r["contact"]:
            for part in simpleSplit(ln, F, 8.3, side_w - 30):
                c.setFont(F, 8.3)
                c.drawString(16, sy, part)
                sy -= 11
        for b in r["blocks"]:
            if b[0] not in side_blocks:
                continue
            sy -= 12
            c.setFont(FB, 9.5)
            c.setFillColorRGB(*accent)
            c.drawString(16, sy, b[0].upper())
            c.setFillColorRGB(0, 0, 0)
            sy -= 13
            items = b[1] if isinstance(b[1], list) else [b[1]]
            for it in items:
                for part in simpleSplit(it, F, 8.3, side_w - 30):
                    c.setFont(F, 8.3)
                    c.drawString(16, sy, part)
                    sy -= 11
    elif layout in ("twocol", "twopage_twocol"):
        c.setFont(FB, 20)
        c.setFillColorRGB(*accent)
        c.drawString(margin, y, r["name"])
        c.setFillColorRGB(0, 0, 0)
        if r.get("headline"):
            c.setFont(FI, 10.5)
            c.drawString(margin, y - 17, r["headline"])
        cy = y + 4
        for ln in r["contact"]:
            c.setFont(F, 8.5)
            c.drawRightString(x1, cy, ln)
            cy -= 11
        y = min(y - 30, cy - 6)
        c.setStrokeColorRGB(*accent)
        c.setLineWidth(1.2)
        c.line(margin, y, x1, y)
        y -= 18
    else:
        if r.get("centre_name", True):
            c.setFont(FB, 18)
            c.drawCentredString(W / 2, y, r["name"])
            y -= 16
            c.setFont(F, 8.8)
            c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
            y -= 10
        else:
            c.setFont(FB, 18)
            c.drawString(margin, y, r["name"])
            y -= 15
            for ln in r["contact"]:
                c.setFont(F, 8.8)
                c.drawString(margin, y, ln)
                y -= 11
        c.setLineWidth(0.6)
        c.line(margin, y, x1, y)
        y -= 18

    # ---- body
    for b in r["blocks"]:
        head, content = b[0], b[1]
        if head in side_blocks:
            continue
        if r.get("break_before") == head:
            newpage()
        need(40)
        c.setFont(FB, 11)
        c.setFillColorRGB(*accent)
        c.drawString(x0, y, head.upper() if r.get("caps_heads", True) else head)
        c.setFillColorRGB(0, 0, 0)
        y -= 4
        c.setLineWidth(0.4)
        c.line(x0, y, x1, y)
        y -= lead + 2
        if isinstance(content, str):
            para(content, F, fs, x0, x1 - x0)
            y -= 6
        elif is_exp(content):
            for key, ents in groups(content, r):
                if key:
                    need(50)
                    line_lr(group_heading(key, r), None, FB, fs + 0.8, x0, x1)
                for e in ents:
                    need(46)
                    for k, left, right in header_lines(e, r, grouped=bool(key)):
                        font = kfont[k]
                        if key and k == "t":
                            font = FI if r.get("role_italic") else FB
                        line_lr(left, right, font, fs, x0 + (8 if key else 0), x1)
                    if e.prose and e.bullets:
                        para(" ".join(e.bullets), F, fs, x0 + 8, x1 - x0 - 8)
                    else:
                        for bl in e.bullets:
                            para(bl, F, fs, x0 + 8, x1 - x0 - 8, indent=10, first=bullet_char(r))
                    y -= 7
        else:
            for it in content:
                if len(b) > 2 and b[2] == "bul":
                    para(it, F, fs, x0, x1 - x0, indent=10, first=bullet_char(r))
                else:
                    para(it, F, fs, x0, x1 - x0)
            y -= 6
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    layout = r.get("layout", "left")
    accent = tuple(int(v * 255) for v in r.get("accent", (0.1, 0.3, 0.35)))
    fs = r.get("fs", 9.5)
    lh = fs * 0.5

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("DV", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, r["footer"].format(page=self.page_no(), name=r["name"]), align="C")
                self.set_text_color(0, 0, 0)

    fmt = "letter" if r.get("paper") == "letter" else "A4"
    pdf = P(format=fmt)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(r["name"])
    pdf.set_title(r.get("doc_title", r["name"] + " - Resume"))
    pdf.set_creator(r.get("creator", "Writer"))
    pdf.set_producer(r.get("producer", "LibreOffice 7.6"))
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    side_blocks = set(r.get("side", []))
    W = pdf.w
    if layout == "sidebar":
        sw = 62
        pdf.set_fill_color(*r.get("side_rgb255", (232, 238, 236)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(7, 16)
        pdf.set_font("DV", "B", 15)
        pdf.set_text_color(*accent)
        pdf.multi_cell(sw - 12, 7, r["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        sy = pdf.get_y() + 2
        if r.get("headline"):
            pdf.set_xy(7, sy)
            pdf.set_font("DV", "I", 8.5)
            pdf.multi_cell(sw - 12, 4.2, r["headline"])
            sy = pdf.get_y() + 3
        for ln in r["contact"]:
            pdf.set_xy(7, sy)
            pdf.set_font("DV", "", 7.8)
            pdf.multi_cell(sw - 12, 3.9, ln)
            sy = pdf.get_y() + 0.8
        for b in r["blocks"]:
            if b[0] not in side_blocks:
                continue
            sy += 4
            pdf.set_xy(7, sy)
            pdf.set_font("DV", "B", 9)
            pdf.set_text_color(*accent)
            pdf.cell(sw - 12, 5, b[0].upper())
            pdf.set_text_color(0, 0, 0)
            sy += 6
            items = b[1] if isinstance(b[1], list) else [b[1]]
            for it in items:
                pdf.set_xy(7, sy)
                pdf.set_font("DV", "", 7.8)
                pdf.multi_cell(sw - 12, 3.9, it)
                sy = pdf.get_y() + 0.6
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 16)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("DV", "B", 17)
        pdf.set_text_color(*accent)
        pdf.cell(0, 9, r["name"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if r.get("headline"):
            pdf.set_font("DV", "I", 10)
            pdf.cell(0, 5.5, r["headline"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DV", "", 8.3)
        if layout == "centred":
            pdf.multi_cell(0, 4.3, "  ·  ".join(r["contact"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            for ln in r["contact"]:
                pdf.cell(0, 4.2, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        pdf.set_draw_color(*accent)
        pdf.line(pdf.l_margin, pdf.get_y(), W - pdf.r_margin, pdf.get_y())
        pdf.ln(3)
    lm = pdf.l_margin
    full = W - pdf.r_margin - lm

    def lr(left, right, style):
        pdf.set_x(lm)
        pdf.set_font("DV", style, fs)
        if right:
            rw = pdf.get_string_width(right) + 2
            pdf.set_font("DV", style, fs)
            if pdf.get_string_width(left) > full - rw - 3:
                y0 = pdf.get_y()
                pdf.multi_cell(full - rw - 3, lh, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                y1 = pdf.get_y()
                pdf.set_xy(lm + full - rw, y0)
                pdf.set_font("DV", "", fs)
                pdf.cell(rw, lh, right, align="R")
                pdf.set_xy(lm, y1)
                return
            pdf.cell(full - rw, lh, left)
            pdf.set_font("DV", "", fs)
            pdf.cell(rw, lh, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.multi_cell(full, lh, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    sty = {"t": "B", "o": "I" if r.get("org_italic", True) else "", "d": "", "n": "I", "g": "B"}
    for b in r["blocks"]:
        head, content = b[0], b[1]
        if head in side_blocks:
            continue
        if r.get("break_before") == head:
            pdf.add_page()
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(1.5)
        pdf.set_x(lm)
        pdf.set_font("DV", "B", fs + 1.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 6, head.upper() if r.get("caps_heads", True) else head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(190, 190, 190)
        pdf.line(lm, pdf.get_y(), lm + full, pdf.get_y())
        pdf.ln(1.5)
        if isinstance(content, str):
            pdf.set_x(lm)
            pdf.set_font("DV", "", fs)
            pdf.multi_cell(full, lh, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif is_exp(content):
            for key, ents in groups(content, r):
                if key:
                    if pdf.get_y() > pdf.h - 45:
                        pdf.add_page()
                    lr(group_heading(key, r), None, "B")
                for e in ents:
                    if pdf.get_y() > pdf.h - 38:
                        pdf.add_page()
                    for k, left, right in header_lines(e, r, grouped=bool(key)):
                        lr(left, right, ("I" if key and r.get("role_italic") else sty[k]))
                    pdf.set_font("DV", "", fs)
                    if e.prose and e.bullets:
                        pdf.set_x(lm + 3)
                        pdf.multi_cell(full - 3, lh, " ".join(e.bullets), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    else:
                        for bl in e.bullets:
                            pdf.set_x(lm + 2)
                            pdf.cell(4, lh, bullet_char(r))
                            pdf.multi_cell(full - 6, lh, bl, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(2)
        else:
            pdf.set_font("DV", "", fs)
            for it in content:
                pdf.set_x(lm)
                if len(b) > 2 and b[2] == "bul":
                    pdf.cell(4, lh, bullet_char(r))
                    pdf.multi_cell(full - 4, lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.multi_cell(full, lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.output(path)


# ----------------------------------------------------------------------------- python-docx
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
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    layout = r.get("layout", "styles")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = r.get("docx_font", "Calibri")
    normal.font.size = Pt(r.get("docx_pt", 10.5))
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    side_blocks = set(r.get("side", []))

    def add_par(container, text="", style=None, bold=False, italic=False, size=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(r.get("docx_after", 2))
        return p

    def tab_line(container, left, right, bold=False, italic=False, width=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width or text_w, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(1)
        run = p.add_run(left)
        run.bold = bold
        run.italic = italic
        if right:
            p.add_run("\t" + right)
        return p

    def heading(container, text):
        if layout in ("styles", "header") and container is doc:
            h = doc.add_heading(text, level=r.get("head_level", 1))
            return h
        p = add_par(container, text.upper() if r.get("caps_heads", True) else text, bold=True, size=11.5)
        p.paragraph_format.space_before = Pt(8)
        for run in p.runs:
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def bullets(container, items, prose=False):
        if prose and items:
            add_par(container, " ".join(items))
            return
        for it in items:
            if r.get("docx_bullets", "list") == "list":
                p = container.add_paragraph(style="List Bullet")
                p.add_run(it)
                p.paragraph_format.space_after = Pt(0)
            else:
                add_par(container, f"{bullet_char(r)} {it}")

    def entries(container, ents, width=None):
        for key, grp in groups(ents, r):
            if key:
                p = add_par(container, group_heading(key, r), bold=True, size=11)
                p.paragraph_format.space_before = Pt(6)
            for e in grp:
                if layout == "table" and not key:
                    t = container.add_table(rows=1, cols=2)
                    _no_borders(t)
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    c0, c1 = t.rows[0].cells
                    c0.width = Cm(12.5)
                    c1.width = Cm(4.5)
                    c0.paragraphs[0].add_run(e.title).bold = True
                    if org_loc(e, r):
                        c0.add_paragraph().add_run(org_loc(e, r)).italic = True
                    c1.paragraphs[0].add_run(fmt_range(e, r))
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if e.note:
                        c0.add_paragraph().add_run(e.note).italic = True
                    bullets(c0, e.bullets, e.prose)
                    add_par(container, "")
                    continue
                for k, left, right in header_lines(e, r, grouped=bool(key)):
                    if k == "t":
                        tab_line(container, left, right, bold=True, width=width)
                    elif k in ("o", "n"):
                        tab_line(container, left, right, italic=True, width=width)
                    else:
                        tab_line(container, left, right, width=width)
                bullets(container, e.bullets, e.prose)
                add_par(container, "").paragraph_format.space_after = Pt(2)

    def block(container, b, width=None):
        head, content = b[0], b[1]
        heading(container, head)
        if isinstance(content, str):
            add_par(container, content)
        elif is_exp(content):
            entries(container, content, width)
        else:
            if len(b) > 2 and b[2] == "bul":
                bullets(container, content)
            else:
                for it in content:
                    add_par(container, it)

    # header / name
    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\t\t" + " | ".join(r["contact"][:2]))
        if len(r["contact"]) > 2:
            hdr.add_paragraph(" | ".join(r["contact"][2:])).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if r.get("headline"):
            add_par(doc, r["headline"], italic=True, size=12)
    elif layout == "sidebar":
        pass
    else:
        if layout == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            add_par(doc, r["name"], bold=True, size=20,
                    align=WD_ALIGN_PARAGRAPH.CENTER if r.get("centre_name") else None)
        if r.get("headline"):
            add_par(doc, r["headline"], italic=True,
                    align=WD_ALIGN_PARAGRAPH.CENTER if r.get("centre_name") else None)
        add_par(doc, " • ".join(r["contact"]), size=9,
                align=WD_ALIGN_PARAGRAPH.CENTER if r.get("centre_name") else None)

    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width = Cm(5.2)
        right.width = Cm(11.8)
        _shade(left, r.get("side_hex", "E4ECF2"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        if r.get("headline"):
            add_par(left, r["headline"], italic=True, size=9)
        for ln in r["contact"]:
            add_par(left, ln, size=8.5)
        for b in r["blocks"]:
            if b[0] in side_blocks:
                block(left, b)
        first = True
        for b in r["blocks"]:
            if b[0] in side_blocks:
                continue
            if first:
                right.paragraphs[0].add_run(b[0].upper()).bold = True
                first = False
                content = b[1]
                if isinstance(content, str):
                    add_par(right, content)
                elif is_exp(content):
                    if r.get("nested_exp"):
                        nt = right.add_table(rows=1, cols=1)
                        entries(nt.rows[0].cells[0], content, Cm(11.2))
                    else:
                        entries(right, content, Cm(11.4))
                else:
                    for it in content:
                        add_par(right, it)
                continue
            if is_exp(b[1]) and r.get("nested_exp"):
                heading(right, b[0])
                nt = right.add_table(rows=1, cols=1)
                entries(nt.rows[0].cells[0], b[1], Cm(11.2))
            else:
                block(right, b, Cm(11.4))
    else:
        for b in r["blocks"]:
            block(doc, b)

    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------- plain text
def render_txt(r, path):
    style = r.get("txt_style", "plain")
    W = r.get("txt_width", 78)
    out = []

    def heading(h):
        if style == "caps":
            out.append("")
            out.append(h.upper())
            out.append("=" * len(h))
        elif style == "portal":
            out.append("")
            out.append(f"{h.upper()}:")
            out.append("-" * 40)
        elif style == "underline":
            out.append("")
            out.append(h)
            out.append("-" * len(h))
        else:
            out.append("")
            out.append(h.upper())

    def lr(left, right):
        if not right:
            out.append(left)
            return
        if r.get("txt_right") == "pad" and len(left) + len(right) + 2 < W:
            out.append(left + " " * (W - len(left) - len(right)) + right)
        elif r.get("txt_right") == "paren":
            out.append(f"{left} ({right})")
        else:
            out.append(f"{left}{r.get('txt_rsep', ' | ')}{right}")

    out.append(r["name"].upper() if r.get("txt_name_caps") else r["name"])
    if r.get("headline"):
        out.append(r["headline"])
    for ln in r.get("contact_lines", r["contact"]):
        out.append(ln)
    bc = bullet_char(r)
    for b in r["blocks"]:
        head, content = b[0], b[1]
        heading(head)
        if isinstance(content, str):
            out.extend(_wrap(content, W))
        elif is_exp(content):
            for key, ents in groups(content, r):
                out.append("")
                if key:
                    out.append(group_heading(key, r))
                for i, e in enumerate(ents):
                    if key and i:
                        out.append("")
                    for k, left, right in header_lines(e, r, grouped=bool(key)):
                        if style == "portal" and k == "t" and not key:
                            left = f"{r.get('portal_label', 'Designation')}: {left}"
                        lr(left, right)
                    if e.prose and e.bullets:
                        out.extend(_wrap(" ".join(e.bullets), W))
                    else:
                        for bl in e.bullets:
                            out.extend(_wrap(bl, W, f"{bc} ", " " * (len(bc) + 1)))
        else:
            for it in content:
                if len(b) > 2 and b[2] == "bul":
                    out.extend(_wrap(it, W, f"{bc} ", " " * (len(bc) + 1)))
                else:
                    out.extend(_wrap(it, W))
    with open(path, "w", encoding="utf-8", newline=r.get("newline", "\n")) as f:
        f.write("\n".join(out).rstrip() + "\n")


def _wrap(text, W, first="", rest=""):
    import textwrap
    return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False) or [""]


# ----------------------------------------------------------------------------- Markdown
def render_md(r, path):
    style = r.get("md_style", "h3")
    out = [f"# {r['name']}", ""]
    if r.get("headline"):
        out += [f"**{r['headline']}**", ""]
    out += [r.get("md_contact_sep", " · ").join(r["contact"]), ""]
    bc = r.get("bullet", "-")
    for b in r["blocks"]:
        head, content = b[0], b[1]
        out += [f"## {head}", ""]
        if isinstance(content, str):
            out += [content, ""]
        elif is_exp(content):
            for key, ents in groups(content, r):
                if key:
                    out += [f"### {group_heading(key, r)}", ""]
                for e in ents:
                    d = fmt_range(e, r)
                    ol = org_loc(e, r)
                    if key:
                        tl = header_lines(e, r, grouped=True)[0][1]
                        out += [f"**{tl}** — *{d}*" if d else f"**{tl}**", ""]
                    elif style == "h3":
                        out += [f"### {e.title}", f"**{ol}** | {d}" if ol else d, ""]
                    elif style == "h3_at":
                        out += [f"### {e.title} @ {e.org}" if e.org else f"### {e.title}",
                                f"*{e.loc + ' · ' if e.loc else ''}{d}*", ""]
                    elif style == "bold":
                        out += [f"**{e.title}**, {ol}  ", f"_{d}_", ""]
                    else:
                        raise ValueError(style)
                    if e.note:
                        out += [f"_{e.note}_", ""]
                    if e.prose and e.bullets:
                        out += [" ".join(e.bullets), ""]
                    elif e.bullets:
                        out += [f"{bc} {bl}" for bl in e.bullets] + [""]
        else:
            if len(b) > 2 and b[2] == "bul":
                out += [f"{bc} {it}" for it in content] + [""]
            else:
                for it in content:
                    out += [it + "  "]
                out += [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ----------------------------------------------------------------------------- HTML
def render_html(r, path):
    esc = html.escape
    style = r.get("html_style", "plain")
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:24px auto;color:#222}"
                       "h1{margin-bottom:2px}h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase}"
                       ".job{margin-bottom:12px}.d{float:right;color:#555}.org{font-style:italic}")
    o = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(r.get('doc_title', r['name'] + ' – CV'))}</title>", f"<style>{css}</style>", "</head>", "<body>"]
    o.append(f"<header><h1>{esc(r['name'])}</h1>")
    if r.get("headline"):
        o.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    o.append("<p class=\"contact\">" + " &middot; ".join(esc(c) for c in r["contact"]) + "</p></header>")
    for b in r["blocks"]:
        head, content = b[0], b[1]
        o.append(f"<section><h2>{esc(head)}</h2>")
        if isinstance(content, str):
            o.append(f"<p>{esc(content)}</p>")
        elif is_exp(content):
            for key, ents in groups(content, r):
                if key:
                    o.append(f"<h3 class=\"employer\">{esc(group_heading(key, r))}</h3>")
                for e in ents:
                    d = fmt_range(e, r)
                    ol = org_loc(e, r)
                    o.append("<div class=\"job\">")
                    if key:
                        tl = header_lines(e, r, grouped=True)[0][1]
                        o.append(f"<h4>{esc(tl)} <span class=\"d\">{esc(d)}</span></h4>")
                    elif style == "dl":
                        o.append(f"<p><b>{esc(e.title)}</b><br><span class=\"org\">{esc(ol)}</span><br>"
                                 f"<small>{esc(d)}</small></p>")
                    elif style == "table":
                        o.append(f"<table width=\"100%\"><tr><td><strong>{esc(e.title)}</strong>"
                                 + (f", <em>{esc(ol)}</em>" if ol else "") +
                                 f"</td><td align=\"right\">{esc(d)}</td></tr></table>")
                    else:
                        o.append(f"<h3>{esc(e.title)}<span class=\"d\">{esc(d)}</span></h3>")
                        if ol:
                            o.append(f"<div class=\"org\">{esc(ol)}</div>")
                    if e.note:
                        o.append(f"<p><em>{esc(e.note)}</em></p>")
                    if e.prose and e.bullets:
                        o.append(f"<p>{esc(' '.join(e.bullets))}</p>")
                    elif e.bullets:
                        o.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>")
                    o.append("</div>")
        else:
            if len(b) > 2 and b[2] == "bul":
                o.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in content) + "</ul>")
            else:
                o.append("".join(f"<p>{esc(x)}</p>" for x in content))
        o.append("</section>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
