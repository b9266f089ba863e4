"""Renderers for wild22: reportlab canvas, fpdf2, python-docx, plain text, Markdown and HTML.

A résumé is a dict (see defs_*.py):
  file, family, renderer, layout, order, dates, present, sep, name, contact (list of str), blocks, side (optional),
  opt (dict of renderer options).
blocks: ('h', heading) | ('p', text) | ('ul', [items]) | ('jobs', [E, ...]) | ('kv', [(key, value), ...])
        | ('line', text)  (a short plain line, e.g. 'References available on request')
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import io
import zipfile

from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = _dt.datetime(2026, 11, 2, 9, 30, 0)


# ---------------------------------------------------------------- generic entry lines

def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_lines(r, ents):
    """Turn entries into generic lines: (style, left, right). styles: title, org, date, note, bullet, prose, gap."""
    o = r.get("opt", {})
    order = r.get("order", "title_org")
    osep = o.get("orgsep", ", ")
    out = []
    prev_org = object()
    for i, e in enumerate(ents):
        dates = fmt_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – "))
        ol = org_loc(e, osep)
        if order == "title_org":
            out.append(("title", e.title, dates))
            if ol:
                out.append(("org", ol, None))
        elif order == "org_title":
            out.append(("org", ol or "", dates))
            out.append(("title", e.title, None))
        elif order == "dateline":
            out.append(("title", e.title, None))
            if ol:
                out.append(("org", ol, None))
            if dates:
                out.append(("date", dates, None))
        elif order == "dash":
            left = f"{e.title} {o.get('dashchar', '–')} {ol}" if ol else e.title
            out.append(("title", left, dates))
        elif order == "pipe":
            left = " | ".join(p for p in (e.title, e.org, e.loc) if p)
            out.append(("title", left, dates))
        elif order == "title_at":
            left = f"{e.title} at {e.org}" if e.org else e.title
            out.append(("title", left, dates))
            if e.loc:
                out.append(("org", e.loc, None))
        elif order == "inline":
            bits = [e.title] + ([ol] if ol else []) + ([dates] if dates else [])
            out.append(("title", ", ".join(bits), None))
        elif order == "orgfirst":
            if e.org != prev_org or not e.org:
                if i:
                    out.append(("gap", "", None))
                if ol:
                    out.append(("org", ol, None))
            if e.org:
                out.append(("title", e.title, dates))
            else:
                out.append(("org", e.title, dates))
        elif order == "kv":
            ksep = o.get("kvsep", ": ")
            vals = {"org": e.org, "title": e.title, "dates": dates, "loc": e.loc, "orgloc": ol}
            fields = o.get("kvfields", (("Company", "orgloc"), ("Position", "title"), ("Period", "dates")))
            wid = max(len(lb) for lb, _ in fields) if o.get("kvpad") else 0
            for label, key in fields:
                if vals[key]:
                    out.append(({"title": "title", "org": "org", "orgloc": "org"}.get(key, "date"),
                                f"{label.ljust(wid)}{ksep}{vals[key]}", None))
            if e.bullets and o.get("resp_label"):
                out.append(("note", o["resp_label"], None))
        elif order == "datefirst":
            out.append(("date", dates, None))
            out.append(("title", f"{e.title}, {ol}" if ol else e.title, None))
        else:
            raise ValueError(order)
        prev_org = e.org
        if e.note:
            out.append(("note", e.note, None))
        if e.prose:
            if e.bullets:
                out.append(("prose", " ".join(e.bullets), None))
        else:
            for b in e.bullets:
                out.append(("bullet", b, None))
        if order != "orgfirst" or i + 1 == len(ents) or ents[i + 1].org != e.org or not e.org:
            out.append(("gap", "", None))
    return out


# ---------------------------------------------------------------- reportlab

def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    o = r.get("opt", {})
    size = letter if o.get("letter") else A4
    W, H = size
    fam = o.get("font", "Helvetica")
    if fam == "DejaVu":
        for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        F = {"r": "DejaVu", "b": "DejaVu-Bold", "i": "DejaVu-Oblique"}
    elif fam == "Times":
        F = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}
    else:
        F = {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    fs = o.get("size", 10)
    lead = fs * 1.32
    bullet = o.get("bullet", "•")
    accent = o.get("accent", (0.15, 0.25, 0.45))
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(o.get("pdftitle", r["name"] + " - Resume"))
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word" if o.get("creator_word") else "wild22")
    layout = r.get("layout", "plain")
    margin = o.get("margin", 54)
    st = {"page": 1}

    def footer():
        if o.get("footer"):
            c.setFont(F["r"], 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, o["footer"].format(name=r["name"], page=st["page"]))
            c.setFillGray(0)

    def new_page():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = H - margin

    def line(text, font, sz, x0, x1, right=None, indent=0, first_prefix=None, color=None, ld=None):
        ld = ld or sz * 1.32
        width = x1 - x0 - indent
        if right:
            width -= pdfmetrics.stringWidth(right, F["r"], sz) + 12
        parts = simpleSplit(text, font, sz, width) or [""]
        for j, p in enumerate(parts):
            if st["y"] < 60:
                new_page()
            if color:
                c.setFillColorRGB(*color)
            c.setFont(font, sz)
            if first_prefix and j == 0:
                c.drawString(x0 + indent - 10, st["y"], first_prefix)
            c.drawString(x0 + indent, st["y"], p)
            c.setFillGray(0)
            if right and j == 0:
                c.setFont(F["r"], sz)
                c.drawRightString(x1, st["y"], right)
            st["y"] -= ld

    def blocks(bl, x0, x1, small=False):
        s = fs - (1 if small else 0)
        for b in bl:
            t = b[0]
            if t == "h":
                st["y"] -= 4
                txt = b[1].upper() if o.get("caps") else b[1]
                line(txt, F["b"], s + 1.5, x0, x1, color=accent)
                if o.get("rule") and not small:
                    c.setStrokeColorRGB(*accent)
                    c.setLineWidth(0.6)
                    c.line(x0, st["y"] + s, x1, st["y"] + s)
                st["y"] -= 3
            elif t == "p":
                line(b[1], F["r"], s, x0, x1)
                st["y"] -= 3
            elif t == "line":
                line(b[1], F["i"], s, x0, x1)
            elif t == "ul":
                for it in b[1]:
                    line(it, F["r"], s, x0, x1, indent=12, first_prefix=bullet)
                st["y"] -= 3
            elif t == "kv":
                for k, v in b[1]:
                    line(f"{k}: {v}", F["r"], s, x0, x1)
                st["y"] -= 3
            elif t == "jobs":
                for sty, left, right in entry_lines(r, b[1]):
                    if sty == "title":
                        line(left, F["b"], s, x0, x1, right=right or None)
                    elif sty == "org":
                        line(left, F["i"], s, x0, x1, right=right or None)
                    elif sty == "date":
                        line(left, F["r"], s - 0.5, x0, x1)
                    elif sty == "note":
                        line(left, F["i"], s - 1, x0, x1)
                    elif sty == "bullet":
                        line(left, F["r"], s, x0, x1, indent=14, first_prefix=bullet)
                    elif sty == "prose":
                        line(left, F["r"], s, x0, x1)
                    elif sty == "gap":
                        st["y"] -= 5

    st["y"] = H - margin
    if layout == "sidebar":
        sw = o.get("side_w", 170)
        c.setFillColorRGB(*o.get("side_rgb", (0.92, 0.93, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillGray(0)
        line(r["name"], F["b"], fs + 6, 18, sw - 14, ld=fs * 2)
        for ln in r["contact"]:
            line(ln, F["r"], fs - 1.5, 18, sw - 14)
        st["y"] -= 8
        blocks(r.get("side", []), 18, sw - 14, small=True)
        st["y"] = H - margin
        blocks(r["blocks"], sw + 22, W - 40)
    else:
        if layout == "twocol":
            c.setFont(F["b"], fs + 9)
            c.drawString(margin, st["y"] - 6, r["name"])
            if r.get("headline"):
                c.setFont(F["i"], fs)
                c.drawString(margin, st["y"] - 22, r["headline"])
            yy = st["y"]
            c.setFont(F["r"], fs - 1)
            for ln in r["contact"]:
                c.drawRightString(W - margin, yy, ln)
                yy -= fs * 1.25
            st["y"] = min(yy, st["y"] - 30) - 6
            c.setStrokeColorRGB(*accent)
            c.line(margin, st["y"] + 4, W - margin, st["y"] + 4)
            st["y"] -= 12
        else:
            centred = o.get("centred")
            c.setFont(F["b"], fs + 8)
            if centred:
                c.drawCentredString(W / 2, st["y"], r["name"])
            else:
                c.drawString(margin, st["y"], r["name"])
            st["y"] -= fs * 1.8
            if r.get("headline"):
                c.setFont(F["i"], fs)
                (c.drawCentredString(W / 2, st["y"], r["headline"]) if centred
                 else c.drawString(margin, st["y"], r["headline"]))
                st["y"] -= fs * 1.4
            c.setFont(F["r"], fs - 1)
            joined = o.get("contact_join")
            lines = [joined.join(r["contact"])] if joined else r["contact"]
            for ln in lines:
                (c.drawCentredString(W / 2, st["y"], ln) if centred else c.drawString(margin, st["y"], ln))
                st["y"] -= fs * 1.25
            st["y"] -= 8
        blocks(r["blocks"], margin, W - margin)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2

def render_fpdf(r, path):
    from fpdf import FPDF

    o = r.get("opt", {})
    footer_fmt = o.get("footer")
    name = r["name"]

    class P(FPDF):
        def footer(self):
            if footer_fmt:
                self.set_y(-14)
                self.set_font("DV", "", 7.5)
                self.set_text_color(110)
                self.cell(0, 6, footer_fmt.format(name=name, page=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="letter" if o.get("letter") else "A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(o.get("pdftitle", name + " CV"))
    pdf.set_author(name)
    pdf.set_creator(o.get("creator", "wild22"))
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    if o.get("serif"):
        pdf.add_font("DS", "", FONT_DIR + "DejaVuSerif.ttf")
        pdf.add_font("DS", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        pdf.add_font("DS", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    fn = "DS" if o.get("serif") else "DV"
    ALIGN = o.get("align", "L")
    fs = o.get("size", 9.5)
    lh = fs * 0.47
    bullet = o.get("bullet", "•")
    accent = o.get("accent", (30, 60, 110))
    m = o.get("margin", 16)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    layout = r.get("layout", "left")
    W = pdf.w

    def hdr_centred():
        pdf.set_font(fn, "B", fs + 8)
        pdf.cell(0, lh * 2.2, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if r.get("headline"):
            pdf.set_font(fn, "I", fs)
            pdf.cell(0, lh * 1.5, r["headline"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fn, "", fs - 1)
        j = o.get("contact_join", "  |  ")
        pdf.multi_cell(0, lh * 1.3, j.join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def hdr_left():
        pdf.set_font(fn, "B", fs + 7)
        pdf.cell(0, lh * 2.2, name, new_x="LMARGIN", new_y="NEXT")
        if r.get("headline"):
            pdf.set_font(fn, "I", fs)
            pdf.cell(0, lh * 1.5, r["headline"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fn, "", fs - 1)
        for ln in r["contact"]:
            pdf.cell(0, lh * 1.3, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*accent)
        pdf.line(pdf.l_margin, pdf.get_y() + 2, W - pdf.r_margin, pdf.get_y() + 2)
        pdf.ln(5)

    def write_blocks(bl, small=False):
        s = fs - (1 if small else 0)
        x0 = pdf.l_margin
        for b in bl:
            t = b[0]
            if t == "h":
                pdf.ln(1.5)
                pdf.set_font(fn, "B", s + 1.5)
                pdf.set_text_color(*accent)
                txt = b[1].upper() if o.get("caps") else b[1]
                pdf.cell(0, lh * 1.6, txt, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
                if o.get("rule") and not small:
                    pdf.set_draw_color(*accent)
                    pdf.line(pdf.l_margin, pdf.get_y(), W - pdf.r_margin, pdf.get_y())
                pdf.ln(1.5)
            elif t in ("p", "line"):
                pdf.set_font(fn, "I" if t == "line" else "", s)
                pdf.multi_cell(0, lh * 1.25, b[1], new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                pdf.ln(1)
            elif t == "ul":
                pdf.set_font(fn, "", s)
                for it in b[1]:
                    pdf.set_x(x0 + 2)
                    pdf.cell(4, lh * 1.25, bullet)
                    pdf.multi_cell(0, lh * 1.25, it, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                pdf.ln(1)
            elif t == "kv":
                for k, v in b[1]:
                    pdf.set_font(fn, "B", s)
                    pdf.cell(pdf.get_string_width(k + ": ") + 1, lh * 1.25, k + ":")
                    pdf.set_font(fn, "", s)
                    pdf.multi_cell(0, lh * 1.25, v, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                pdf.ln(1)
            elif t == "jobs":
                for sty, left, right in entry_lines(r, b[1]):
                    if sty in ("title", "org"):
                        pdf.set_font(fn, "B" if sty == "title" else "I", s)
                        if right:
                            y = pdf.get_y()
                            pdf.set_font(fn, "", s)
                            rw = pdf.get_string_width(right) + 2
                            pdf.set_font(fn, "B" if sty == "title" else "I", s)
                            pdf.multi_cell(pdf.epw - rw - 2, lh * 1.3, left, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                            y2 = pdf.get_y()
                            pdf.set_xy(W - pdf.r_margin - rw, y)
                            pdf.set_font(fn, "", s)
                            pdf.cell(rw, lh * 1.3, right, align="R")
                            pdf.set_xy(pdf.l_margin, y2)
                        else:
                            pdf.multi_cell(0, lh * 1.3, left, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                    elif sty in ("date", "note"):
                        pdf.set_font(fn, "I" if sty == "note" else "", s - 0.5)
                        pdf.cell(0, lh * 1.25, left, new_x="LMARGIN", new_y="NEXT")
                    elif sty == "bullet":
                        pdf.set_font(fn, "", s)
                        pdf.set_x(x0 + 3)
                        pdf.cell(4, lh * 1.25, bullet)
                        pdf.multi_cell(0, lh * 1.25, left, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                    elif sty == "prose":
                        pdf.set_font(fn, "", s)
                        pdf.multi_cell(0, lh * 1.25, left, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
                    elif sty == "gap":
                        pdf.ln(2)

    if layout == "sidebar":
        sw = o.get("side_w", 62)
        pdf.set_fill_color(*o.get("side_rgb", (232, 238, 244)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_auto_page_break(False)
        pdf.set_margins(8, m, W - sw + 6)
        pdf.set_xy(8, m)
        pdf.set_font(fn, "B", fs + 5)
        pdf.multi_cell(0, lh * 2, name, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
        pdf.set_font(fn, "", fs - 1.5)
        for ln in r["contact"]:
            pdf.multi_cell(0, lh * 1.2, ln, new_x="LMARGIN", new_y="NEXT", align=ALIGN)
        pdf.ln(3)
        write_blocks(r.get("side", []), small=True)
        pdf.set_margins(sw + 8, m, m)
        pdf.set_xy(sw + 8, m)
        pdf.set_auto_page_break(True, 20)
        write_blocks(r["blocks"])
    else:
        (hdr_centred if layout == "centred" else hdr_left)()
        write_blocks(r["blocks"])
    pdf.output(path)


# ---------------------------------------------------------------- python-docx

def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    o = r.get("opt", {})
    d = docx.Document()
    sec = d.sections[0]
    if o.get("letter"):
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(o.get("margin_cm", 2.0)))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    body_w = sec.page_width - sec.left_margin - sec.right_margin
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    layout = r.get("layout", "styles")
    cp = d.core_properties
    cp.author = o.get("author", r["name"])
    cp.title = o.get("doctitle", "CV")
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.last_modified_by = cp.author
    cp.revision = 3
    bullet_style = "List Bullet"

    def add_contact(container, align_center=False):
        p = container.add_paragraph()
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(o.get("name_size", 18))
        if align_center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("headline"):
            p2 = container.add_paragraph()
            p2.add_run(r["headline"]).italic = True
            if align_center:
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        j = o.get("contact_join")
        for ln in ([j.join(r["contact"])] if j else r["contact"]):
            p3 = container.add_paragraph(ln)
            p3.paragraph_format.space_after = Pt(0)
            if align_center:
                p3.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(container, text, in_cell=False):
        text = text.upper() if o.get("caps") else text
        if in_cell or o.get("plain_headings"):
            p = container.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(o.get("size", 10.5) + 1.5)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            p.paragraph_format.space_before = Pt(8)
            return p
        return d.add_heading(text, level=o.get("hlevel", 1))

    def tab_para(container, left, right, bold=True, italic=False):
        p = container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(o.get("tab_pos", body_w), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(container, text, in_cell=False):
        if in_cell:
            p = container.add_paragraph(o.get("cell_bullet", "• ") + text)
        else:
            p = container.add_paragraph(text, style=bullet_style)
        p.paragraph_format.space_after = Pt(0)
        return p

    def jobs(container, ents, in_cell=False):
        mode = o.get("jobmode", "tabs")
        if mode == "table" and not in_cell:
            for e in ents:
                sub = entry_lines(r, [e])
                t = container.add_table(rows=1, cols=2)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                left, right = t.rows[0].cells
                left.width, right.width = Cm(12.5), Cm(4.5)
                lp = left.paragraphs[0]
                rp = right.paragraphs[0]
                rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first = True
                rest = []
                for sty, l_, r_ in sub:
                    if sty in ("title", "org") and (first or sty == "org") and not rest:
                        if not first:
                            lp = left.add_paragraph()
                        run = lp.add_run(l_)
                        run.bold = sty == "title"
                        run.italic = sty == "org"
                        if r_:
                            rp.add_run(r_)
                        first = False
                    elif sty == "date" and not rest:
                        rp.add_run(l_)
                    else:
                        rest.append((sty, l_))
                for sty, l_ in rest:
                    if sty == "bullet":
                        bullet(container, l_)
                    elif sty in ("prose", "note"):
                        p = container.add_paragraph(l_)
                        if sty == "note":
                            p.runs[0].italic = True
                    elif sty == "gap":
                        container.add_paragraph().paragraph_format.space_after = Pt(0)
            return
        for sty, l_, r_ in entry_lines(r, ents):
            if sty == "title":
                if mode == "styles" and not in_cell:
                    h = d.add_heading(level=o.get("job_hlevel", 2))
                    h.add_run(l_)
                    if r_:
                        h.paragraph_format.tab_stops.add_tab_stop(body_w, WD_TAB_ALIGNMENT.RIGHT)
                        h.add_run("\t" + r_)
                else:
                    tab_para(container, l_, r_, bold=True)
            elif sty == "org":
                tab_para(container, l_, r_, bold=o.get("org_bold", False), italic=not o.get("org_bold", False))
            elif sty == "date":
                p = container.add_paragraph(l_)
                p.paragraph_format.space_after = Pt(0)
            elif sty == "note":
                p = container.add_paragraph()
                p.add_run(l_).italic = True
                p.paragraph_format.space_after = Pt(0)
            elif sty == "bullet":
                bullet(container, l_, in_cell)
            elif sty == "prose":
                container.add_paragraph(l_)
            elif sty == "gap":
                p = container.add_paragraph()
                p.paragraph_format.space_after = Pt(0)

    def blocks(container, bl, in_cell=False):
        for b in bl:
            t = b[0]
            if t == "h":
                heading(container, b[1], in_cell)
            elif t == "p":
                container.add_paragraph(b[1])
            elif t == "line":
                container.add_paragraph().add_run(b[1]).italic = True
            elif t == "ul":
                for it in b[1]:
                    bullet(container, it, in_cell)
            elif t == "kv":
                for k, v in b[1]:
                    p = container.add_paragraph()
                    p.add_run(k + ": ").bold = True
                    p.add_run(v)
                    p.paragraph_format.space_after = Pt(0)
            elif t == "jobs":
                jobs(container, b[1], in_cell)

    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.6), Cm(11.4)
        _shade(left, o.get("side_hex", "E7ECF2"))
        lp = left.paragraphs[0]
        run = lp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(15)
        for ln in r["contact"]:
            left.add_paragraph(ln)
        blocks(left, r.get("side", []), in_cell=True)
        if r.get("headline"):
            right.paragraphs[0].add_run(r["headline"]).italic = True
        if o.get("nested_dates"):
            # each job header as a nested 2-col table inside the right cell
            for b in r["blocks"]:
                if b[0] != "jobs":
                    blocks(right, [b], in_cell=True)
                    continue
                for e in b[1]:
                    lines = entry_lines(r, [e])
                    nt = right.add_table(rows=1, cols=2)
                    a, z = nt.rows[0].cells
                    hdr = [x for x in lines if x[0] in ("title", "org")]
                    a.paragraphs[0].add_run(hdr[0][1]).bold = True
                    for x in hdr[1:]:
                        a.add_paragraph().add_run(x[1]).italic = True
                    z.paragraphs[0].add_run(next((x[2] for x in hdr if x[2]), "") or
                                            next((x[1] for x in lines if x[0] == "date"), ""))
                    z.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for x in lines:
                        if x[0] == "bullet":
                            bullet(right, x[1], True)
                        elif x[0] in ("prose", "note"):
                            right.add_paragraph(x[1])
        else:
            blocks(right, r["blocks"], in_cell=True)
    else:
        if layout == "header":
            hdr = sec.header
            hp = hdr.paragraphs[0]
            run = hp.add_run(r["name"])
            run.bold = True
            run.font.size = Pt(16)
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("centred") else WD_ALIGN_PARAGRAPH.LEFT
            j = o.get("contact_join", " · ")
            p2 = hdr.add_paragraph(j.join(r["contact"]))
            p2.alignment = hp.alignment
            if r.get("headline"):
                d.add_paragraph().add_run(r["headline"]).italic = True
        elif layout == "contact_table":
            t = d.add_table(rows=1, cols=2)
            a, z = t.rows[0].cells
            run = a.paragraphs[0].add_run(r["name"])
            run.bold = True
            run.font.size = Pt(18)
            if r.get("headline"):
                a.add_paragraph(r["headline"])
            z.paragraphs[0].add_run(r["contact"][0])
            z.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for ln in r["contact"][1:]:
                z.add_paragraph(ln).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            add_contact(d, align_center=o.get("centred", False))
        blocks(d, r["blocks"])
        if o.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.text = o["footer"].format(name=r["name"], page="")
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buf = io.BytesIO()
    d.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- plain text

def _wrap(text, width, indent="", first=""):
    import textwrap
    return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def render_txt(r, path):
    o = r.get("opt", {})
    W = o.get("width", 78)
    wrap = o.get("wrap", True)
    bchar = o.get("bullet", "- ")
    out = []
    hstyle = o.get("hstyle", "caps")  # caps | underline | colon | dashes | plain
    if o.get("name_caps"):
        out.append(r["name"].upper())
    else:
        out.append(r["name"])
    if r.get("headline"):
        out.append(r["headline"])
    j = o.get("contact_join")
    out += [j.join(r["contact"])] if j else list(r["contact"])
    out.append("")

    def para(text, ind="", first=None):
        if not wrap:
            out.append((first if first is not None else ind) + text)
        else:
            out.append(_wrap(text, W, ind, first if first is not None else ind))

    def right_join(left, right):
        mode = o.get("rightmode", "pad")
        if not right:
            return left
        if mode == "pad":
            gap = max(3, W - len(left) - len(right))
            return left + " " * gap + right
        if mode == "paren":
            return f"{left} ({right})"
        if mode == "dash":
            return f"{left} — {right}"
        if mode == "pipe":
            return f"{left} | {right}"
        if mode == "comma":
            return f"{left}, {right}"
        if mode == "tab":
            return f"{left}\t{right}"
        if mode == "line":
            return f"{left}\n{right}"
        raise ValueError(mode)

    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            if hstyle == "caps":
                out += [b[1].upper()]
            elif hstyle == "underline":
                out += [b[1], ("=" if o.get("uchar") == "=" else "-") * len(b[1])]
            elif hstyle == "colon":
                out += [b[1] + ":"]
            elif hstyle == "dashes":
                out += [f"---------- {b[1].upper()} ----------"]
            elif hstyle == "stars":
                out += [f"*** {b[1]} ***"]
            else:
                out += [b[1]]
            if o.get("hgap", True):
                out.append("")
        elif t == "p":
            para(b[1])
            out.append("")
        elif t == "line":
            out.append(b[1])
            out.append("")
        elif t == "ul":
            for it in b[1]:
                para(it, " " * len(bchar), bchar)
            out.append("")
        elif t == "kv":
            for k, v in b[1]:
                para(f"{k}{o.get('kvsep', ': ')}{v}", "    ")
            out.append("")
        elif t == "jobs":
            for sty, left, right in entry_lines(r, b[1]):
                if sty == "title":
                    left = left.upper() if o.get("title_caps") else left
                    out.append(right_join(left, right))
                elif sty == "org":
                    left = left.upper() if o.get("org_caps") else left
                    out.append(right_join(left, right))
                elif sty in ("date", "note"):
                    out.append(o.get("date_prefix", "") + left if sty == "date" else left)
                elif sty == "bullet":
                    para(left, " " * (len(bchar) + o.get("bindent", 0)), " " * o.get("bindent", 0) + bchar)
                elif sty == "prose":
                    para(left)
                elif sty == "gap":
                    out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- Markdown

def render_md(r, path):
    o = r.get("opt", {})
    out = [f"# {r['name']}", ""]
    if r.get("headline"):
        out += [f"**{r['headline']}**", ""]
    out += [o.get("contact_join", " · ").join(r["contact"]), ""]
    if o.get("hr"):
        out += ["---", ""]
    bl = o.get("bullet", "-")
    jh = o.get("job_h", "###")
    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            out += [f"{o.get('sec_h', '##')} {b[1]}", ""]
        elif t in ("p", "line"):
            out += [b[1], ""]
        elif t == "ul":
            out += [f"{bl} {it}" for it in b[1]] + [""]
        elif t == "kv":
            out += [f"**{k}:** {v}  " for k, v in b[1]] + [""]
        elif t == "jobs":
            for sty, left, right in entry_lines(r, b[1]):
                if sty == "title":
                    mode = o.get("title_mode", "h")
                    if mode == "h":
                        out.append(f"{jh} {left}" + (f" ({right})" if right and o.get("date_in_h") else ""))
                        if right and not o.get("date_in_h"):
                            out += ["", f"*{right}*"]
                    else:
                        if out and out[-1].strip():
                            out.append("")
                        out.append(f"**{left}**" + (f" — {right}  " if right else "  "))
                elif sty == "org" and o.get("org_h"):
                    out += ["", f"{o['org_h']} {left}", ""] + ([f"*{right}*", ""] if right else [])
                elif sty == "org":
                    out.append((f"*{left}*" if o.get("org_italic", True) else left)
                               + (f" | {right}" if right else "") + "  ")
                elif sty == "date":
                    out.append(f"_{left}_  ")
                elif sty == "note":
                    out.append(f"{left}  ")
                elif sty == "bullet":
                    if out and out[-1] and not out[-1].startswith(bl + " "):
                        out.append("")
                    out.append(f"{bl} {left}")
                elif sty == "prose":
                    out += ["", left]
                elif sty == "gap":
                    out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip() + "\n")


# ---------------------------------------------------------------- HTML

def render_html(r, path):
    o = r.get("opt", {})
    esc = _html.escape
    css = o.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h1{margin-bottom:0}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".job h3{margin:.6em 0 0;font-size:1em}.meta{color:#555;margin:0}.dates{float:right}")
    out = ["<!DOCTYPE html>", f'<html lang="{o.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(o.get('htmltitle', r['name'] + ' – CV'))}</title>", f"<style>{css}</style>", "</head>",
           "<body>"]
    out.append(f"<header><h1>{esc(r['name'])}</h1>")
    if r.get("headline"):
        out.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    out.append("<p class=\"contact\">" + " &middot; ".join(esc(c) for c in r["contact"]) + "</p></header>")
    mode = o.get("jobmode", "div")
    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif t in ("p", "line"):
            out.append(f"<p>{esc(b[1])}</p>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "kv":
            out.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in b[1]) + "</dl>")
        elif t == "jobs":
            if mode == "table":
                out.append('<table class="jobs">')
                for e in b[1]:
                    sub = entry_lines(r, [e])
                    dates = next((x[2] for x in sub if x[2]), None) or next((x[1] for x in sub if x[0] == "date"), "")
                    cell = []
                    for sty, left, _ in sub:
                        if sty == "title":
                            cell.append(f"<strong>{esc(left)}</strong><br>")
                        elif sty == "org":
                            cell.append(f"<em>{esc(left)}</em><br>")
                        elif sty == "note":
                            cell.append(f"<small>{esc(left)}</small><br>")
                        elif sty == "prose":
                            cell.append(f"<p>{esc(left)}</p>")
                    bl = [x[1] for x in sub if x[0] == "bullet"]
                    if bl:
                        cell.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in bl) + "</ul>")
                    out.append(f'<tr><td class="when">{esc(dates)}</td><td>{"".join(cell)}</td></tr>')
                out.append("</table>")
                continue
            out.append('<div class="job">')
            ul = False
            for sty, left, right in entry_lines(r, b[1]):
                if sty != "bullet" and ul:
                    out.append("</ul>")
                    ul = False
                if sty == "title":
                    rr = f' <span class="dates">{esc(right)}</span>' if right else ""
                    out.append(f"<h3>{esc(left)}{rr}</h3>")
                elif sty == "org":
                    rr = f' <span class="dates">{esc(right)}</span>' if right else ""
                    out.append(f'<p class="meta">{esc(left)}{rr}</p>')
                elif sty == "date":
                    out.append(f'<p class="meta dates-line">{esc(left)}</p>')
                elif sty == "note":
                    out.append(f'<p class="meta"><small>{esc(left)}</small></p>')
                elif sty == "bullet":
                    if not ul:
                        out.append("<ul>")
                        ul = True
                    out.append(f"<li>{esc(left)}</li>")
                elif sty == "prose":
                    out.append(f"<p>{esc(left)}</p>")
                elif sty == "gap":
                    out.append('</div>\n<div class="job">')
            if ul:
                out.append("</ul>")
            out.append("</div>")
    out += ["</body>", "</html>"]
    text = "\n".join(out).replace('<div class="job">\n</div>', "").replace('<div class="job">\n</div>', "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
