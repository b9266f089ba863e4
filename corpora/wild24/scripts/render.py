"""Renderers for wild24: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every résumé definition (a dict, see defs_a.py / defs_b.py) has a body made of blocks:
  ('h', text)              section heading
  ('p', text[, style])     paragraph (style '', 'b', 'i')
  ('ul', [items])          bulleted list
  ('kv', [(key, value)])   label: value lines (personal details and the like)
  ('sub', left, right, st) a line with right-aligned text
  ('jobs', [E...][, opts]) experience entries, laid out by the résumé's `order`
  ('sp',)                  a little space
Blocks are expanded to primitives which each renderer draws in its own way.
"""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import fmt_range

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0)
FIXED_ZIP = (2026, 11, 2, 9, 30, 0)


# ---------------------------------------------------------------- primitives
def org_loc(e, o):
    sep = o.get("locsep", ", ")
    if e.org and e.loc:
        return e.org + sep + e.loc
    return e.org or e.loc or ""


def job_prims(R, entries, opts=None):
    o = dict(R)
    o.update(opts or {})
    order = o["order"]
    out, prev = [], object()
    for e in entries:
        d = fmt_range(e, o["dates"], o.get("sep", " \u2013 "), o.get("present", "Present"))
        ol = org_loc(e, o)
        out.append(("job", e, d))
        if order == "title_org":
            out.append(("sub", e.title, d, "b!"))
            if ol:
                out.append(("sub", ol, "", "i"))
        elif order == "org_title":
            out.append(("sub", ol, d, "b!"))
            out.append(("sub", e.title, "", "i"))
        elif order == "dateline":
            out.append(("sub", e.title, "", "b!"))
            if ol:
                out.append(("sub", ol, "", ""))
            if d:
                out.append(("sub", d, "", "i"))
        elif order == "dash":
            left = e.title + ((o.get("dash", " \u2013 ") + ol) if ol else "")
            out.append(("sub", left, d, "b!"))
        elif order == "pipe":
            parts = [e.title] + [x for x in (e.org, e.loc) if x]
            out.append(("sub", " | ".join(parts), d, "b!"))
        elif order == "orgfirst":
            if e.org != prev and ol:
                out.append(("sub", ol, "", "b!"))
            out.append(("sub", e.title, d, "bi"))
        elif order == "datefirst":
            out.append(("sub", d, "", "i"))
            out.append(("sub", e.title, "", "b!"))
            if ol:
                out.append(("sub", ol, "", ""))
        elif order == "inline":
            left = ", ".join(x for x in (e.title, ol, d) if x)
            out.append(("sub", left, "", "b!"))
        elif order == "kv":
            lab = o["kv_labels"]
            if e.org:
                out.append(("kv", lab[0], ol))
            elif e.loc:
                out.append(("kv", "Location", e.loc))
            out.append(("kv", lab[1], e.title))
            out.append(("kv", lab[2], d))
            if e.bullets and lab[3]:
                out.append(("p", lab[3], "b"))
        else:
            raise ValueError(order)
        for x in e.extra:
            out.append(("p", x, ""))
        if e.bullets:
            if e.prose:
                out.append(("p", " ".join(e.bullets), ""))
            else:
                out.extend(("li", b) for b in e.bullets)
        out.append(("endjob",))
        prev = e.org
    return out


def expand(R, blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            out.append(("h", b[1]))
        elif t == "p":
            out.append(("p", b[1], b[2] if len(b) > 2 else ""))
        elif t == "ul":
            out.extend(("li", x) for x in b[1])
        elif t == "kv":
            out.extend(("kv", k, v) for k, v in b[1])
        elif t == "sub":
            out.append(("sub", b[1], b[2], b[3] if len(b) > 3 else ""))
        elif t == "jobs":
            out.extend(job_prims(R, b[1], b[2] if len(b) > 2 else None))
        elif t == "sp":
            out.append(("sp",))
        else:
            raise ValueError(t)
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors

    if R.get("rl_dejavu"):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                       ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf")):
            pdfmetrics.registerFont(TTFont(nm, DEJAVU + fn))
        F = {"": "DV", "b": "DV-B", "i": "DV-I", "bi": "DV-BI"}
    else:
        fam = R.get("rl_family", "Helvetica")
        if fam == "Times":
            F = {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
        else:
            F = {"": fam, "b": fam + "-Bold", "i": fam + "-Oblique", "bi": fam + "-BoldOblique"}
    page = LETTER if R.get("page") == "letter" else A4
    W, H = page
    accent = colors.HexColor(R.get("accent", "#1f3a5f"))
    size = R.get("rl_size", 9.8)
    lead = size * 1.32
    layout = R["layout"]

    def draw(c, total):
        st = {"page": 1}
        if layout == "sidebar":
            x0, x1 = 200, W - 40
        else:
            x0, x1 = R.get("margin", 56), W - R.get("margin", 56)
        top = H - 50
        bottom = 62 if R.get("footer") else 50
        y = [top]

        def footer():
            if R.get("footer"):
                c.setFont(F["i"], 8)
                c.setFillColor(colors.grey)
                c.drawCentredString(W / 2, 32, R["footer"].format(page=st["page"], pages=total))
                c.setFillColor(colors.black)

        def sidebar_bg():
            c.setFillColor(colors.HexColor(R.get("side_bg", "#e8edf2")))
            c.rect(0, 0, 180, H, stroke=0, fill=1)
            c.setFillColor(colors.black)

        def newpage():
            footer()
            c.showPage()
            st["page"] += 1
            if layout == "sidebar":
                sidebar_bg()
            y[0] = H - 50

        def need(h):
            if y[0] - h < bottom:
                newpage()

        def lines(text, font, sz, width):
            return simpleSplit(text, font, sz, width)

        def prims(ps, xa, xb, side=False):
            for p in ps:
                t = p[0]
                if t == "h":
                    need(30)
                    y[0] -= 9
                    c.setFont(F["b"], size + 1.8)
                    c.setFillColor(accent)
                    c.drawString(xa, y[0], p[1])
                    c.setFillColor(colors.black)
                    if R.get("rl_rule", True) and not side:
                        c.setStrokeColor(accent)
                        c.setLineWidth(0.6)
                        c.line(xa, y[0] - 3.5, xb, y[0] - 3.5)
                    y[0] -= lead + 3
                elif t == "sub":
                    left, right, sty = p[1], p[2], p[3].rstrip("!")
                    rw = c.stringWidth(right, F["i" if R.get("rl_right_i") else ""], size) if right else 0
                    ls = lines(left, F[sty], size, xb - xa - rw - 10) or [""]
                    need(lead * len(ls))
                    if right:
                        c.setFont(F["i" if R.get("rl_right_i") else ""], size)
                        c.drawRightString(xb, y[0], right)
                    c.setFont(F[sty], size)
                    for ln in ls:
                        c.drawString(xa, y[0], ln)
                        y[0] -= lead
                elif t == "p":
                    sty = p[2]
                    for ln in lines(p[1], F[sty], size, xb - xa):
                        need(lead)
                        c.setFont(F[sty], size)
                        c.drawString(xa, y[0], ln)
                        y[0] -= lead
                elif t == "li":
                    ls = lines(p[1], F[""], size, xb - xa - 14)
                    need(lead * min(len(ls), 2))
                    c.setFont(F[""], size)
                    c.drawString(xa + 3, y[0], R.get("bullet", "\u2022"))
                    for ln in ls:
                        need(lead)
                        c.setFont(F[""], size)
                        c.drawString(xa + 14, y[0], ln)
                        y[0] -= lead
                elif t == "kv":
                    c.setFont(F["b"], size)
                    k = p[1] + ":"
                    kw = R.get("kv_width", c.stringWidth(k, F["b"], size) + 5)
                    ls = lines(p[2], F[""], size, xb - xa - kw)
                    need(lead * len(ls))
                    c.drawString(xa, y[0], k)
                    c.setFont(F[""], size)
                    for ln in ls:
                        c.drawString(xa + kw, y[0], ln)
                        y[0] -= lead
                elif t == "sp":
                    y[0] -= 5
                elif t == "job":
                    y[0] -= 3
                elif t == "endjob":
                    y[0] -= 4

        # header
        if layout == "sidebar":
            sidebar_bg()
            sy = [H - 60]
            c.setFont(F["b"], 17)
            for ln in lines(R["name"], F["b"], 17, 150):
                c.drawString(18, sy[0], ln)
                sy[0] -= 21
            yy = y[0]
            y[0] = sy[0] - 4
            c.setFont(F[""], size - 0.8)
            for ln in R["contact"]:
                for l2 in lines(ln, F[""], size - 0.8, 150):
                    c.drawString(18, y[0], l2)
                    y[0] -= lead - 1
            prims(expand(R, R.get("side", [])), 18, 168, side=True)
            y[0] = yy
        elif layout == "twocol":
            c.setFont(F["b"], 22)
            c.setFillColor(accent)
            c.drawString(x0, y[0] - 8, R["name"])
            c.setFillColor(colors.black)
            if R.get("tagline"):
                c.setFont(F["i"], size + 1)
                c.drawString(x0, y[0] - 26, R["tagline"])
            c.setFont(F[""], size - 0.5)
            yy = y[0]
            for ln in R["contact"]:
                c.drawRightString(x1, yy, ln)
                yy -= lead - 1
            y[0] = min(y[0] - 40, yy - 6)
            c.setStrokeColor(accent)
            c.setLineWidth(1.2)
            c.line(x0, y[0], x1, y[0])
            y[0] -= 8
        else:
            centre = R.get("head") == "centre"
            c.setFont(F["b"], 20)
            if centre:
                c.drawCentredString(W / 2, y[0], R["name"])
            else:
                c.drawString(x0, y[0], R["name"])
            y[0] -= 18
            c.setFont(F[""], size - 0.3)
            for ln in R["contact"]:
                if centre:
                    c.drawCentredString(W / 2, y[0], ln)
                else:
                    c.drawString(x0, y[0], ln)
                y[0] -= lead - 0.5
            y[0] -= 4
        prims(expand(R, R["body"]), x0, x1)
        footer()
        c.showPage()
        return st["page"]

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=page, invariant=1)
    n = draw(c, 0)
    c = canvas.Canvas(path, pagesize=page, invariant=1)
    c.setTitle(R.get("doc_title", R["name"] + " CV"))
    c.setAuthor(R["name"])
    c.setCreator(R.get("creator", "Microsoft Word"))
    draw(c, n)
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "I", 7.5)
                self.set_text_color(120, 120, 120)
                self.cell(0, 8, R["footer"].format(page=self.page_no(), pages="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

        def header(self):
            if R["layout"] == "sidebar":
                self.set_fill_color(*R.get("side_rgb", (232, 238, 234)))
                self.rect(0, 0, 62, 297, style="F")

    pdf = P(format="letter" if R.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator(R.get("creator", "Microsoft Word"))
    pdf.set_title(R.get("doc_title", R["name"] + " CV"))
    pdf.set_author(R["name"])
    fam = R.get("fp_font", "DejaVuSans")
    pdf.add_font("DV", "", DEJAVU + fam + ".ttf")
    pdf.add_font("DV", "B", DEJAVU + fam + "-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + (fam + "-Oblique.ttf" if "Serif" not in fam else fam + "-Italic.ttf"))
    pdf.add_font("DV", "BI", DEJAVU + (fam + "-BoldOblique.ttf" if "Serif" not in fam else fam + "-BoldItalic.ttf"))
    size = R.get("fp_size", 9.5)
    lh = size * 0.48
    acc = R.get("accent_rgb", (31, 58, 95))
    layout = R["layout"]
    pdf.set_auto_page_break(True, margin=20 if R.get("footer") else 15)
    if layout == "sidebar":
        pdf.set_margins(70, 15, 14)
    else:
        pdf.set_margins(18, 15, 18)
    pdf.add_page()
    W = pdf.w

    def fsty(s):
        s = s.rstrip("!")
        return {"": "", "b": "B", "i": "I", "bi": "BI"}[s]

    def prims(ps, xa, xb, side=False):
        al = "L" if side else R.get("fp_align", "J")
        pdf.set_left_margin(xa)
        pdf.set_right_margin(W - xb)
        pdf.set_x(xa)
        for p in ps:
            t = p[0]
            if t == "h":
                pdf.ln(2.5)
                pdf.set_font("DV", "B", size + 1.6)
                pdf.set_text_color(*acc)
                pdf.cell(xb - xa, lh + 2, p[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
                if R.get("fp_rule", True) and not side:
                    pdf.set_draw_color(*acc)
                    pdf.line(xa, pdf.get_y(), xb, pdf.get_y())
                pdf.ln(1.5)
            elif t == "sub":
                left, right, sty = p[1], p[2], fsty(p[3])
                if pdf.get_y() > pdf.h - 30:
                    pdf.add_page()
                y0 = pdf.get_y()
                rw = 0
                if right:
                    pdf.set_font("DV", "I" if R.get("fp_right_i") else "", size)
                    rw = pdf.get_string_width(right) + 2
                    pdf.set_xy(xb - rw, y0)
                    pdf.cell(rw, lh + 0.6, right, align="R")
                pdf.set_xy(xa, y0)
                pdf.set_font("DV", sty, size)
                pdf.multi_cell(xb - xa - rw - 2, lh + 0.6, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
            elif t == "p":
                pdf.set_font("DV", fsty(p[2]), size)
                pdf.multi_cell(xb - xa, lh + 0.6, p[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=al)
            elif t == "li":
                pdf.set_font("DV", "", size)
                y0 = pdf.get_y()
                if y0 > pdf.h - 22:
                    pdf.add_page()
                    y0 = pdf.get_y()
                pdf.set_xy(xa + 1, y0)
                pdf.cell(4, lh + 0.6, R.get("bullet", "\u2022"))
                pdf.set_xy(xa + 5, y0)
                pdf.multi_cell(xb - xa - 5, lh + 0.6, p[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=al)
            elif t == "kv":
                pdf.set_font("DV", "B", size)
                k = p[1] + ":"
                kw = R.get("fp_kv_width", pdf.get_string_width(k) + 2)
                y0 = pdf.get_y()
                pdf.cell(kw, lh + 0.6, k)
                pdf.set_font("DV", "", size)
                pdf.set_xy(xa + kw, y0)
                pdf.multi_cell(xb - xa - kw, lh + 0.6, p[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
            elif t == "sp":
                pdf.ln(1.8)
            elif t == "job":
                pdf.ln(1.2)
            elif t == "endjob":
                pdf.ln(1.2)

    if layout == "sidebar":
        pdf.set_left_margin(7)
        pdf.set_right_margin(W - 58)
        pdf.set_xy(7, 16)
        pdf.set_font("DV", "B", 15)
        pdf.multi_cell(50, 7, R["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        pdf.set_font("DV", "", size - 1)
        for ln in R["contact"]:
            pdf.multi_cell(50, lh + 0.4, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        prims(expand(R, R.get("side", [])), 7, 58, side=True)
        pdf.set_xy(70, 15)
        prims(expand(R, R["body"]), 70, W - 14)
    else:
        centre = layout == "centred"
        pdf.set_font("DV", "B", 18)
        pdf.cell(0, 9, R["name"], align="C" if centre else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DV", "", size - 0.5)
        for ln in R["contact"]:
            pdf.cell(0, lh + 0.8, ln, align="C" if centre else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        prims(expand(R, R["body"]), 18, W - 18)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(R, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    mg = R.get("docx_margin", 2.0)
    sec.left_margin = sec.right_margin = Cm(mg)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    textw = 21 - 2 * mg
    st = d.styles["Normal"]
    st.font.name = R.get("docx_font", "Calibri")
    st.font.size = Pt(R.get("docx_size", 10.5))
    layout = R["layout"]
    use_styles = layout in ("styles", "header")
    acc = RGBColor.from_string(R.get("accent_hex", "1F3A5F"))

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")  # tcPr holds only w:tcW here, so appending keeps schema order
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexfill)
        tcPr.append(shd)

    def bottom_border(par):
        pPr = par._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), R.get("accent_hex", "1F3A5F"))
        bdr.append(b)
        pPr.insert_element_before(
            bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
            "w:pPrChange")

    def para(container, text="", style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            p.add_run(text)
        p.paragraph_format.space_after = Pt(R.get("docx_after", 2))
        return p

    def run(p, text, sty):
        r = p.add_run(text)
        s = sty.rstrip("!")
        r.bold = "b" in s
        r.italic = "i" in s
        return r

    def prims(ps, cont, width_cm, side=False):
        for pr in ps:
            t = pr[0]
            if t == "h":
                if use_styles and not side:
                    p = cont.add_heading(pr[1], level=R.get("docx_hlevel", 1))
                else:
                    p = para(cont)
                    r = p.add_run(pr[1])
                    r.bold = True
                    r.font.size = Pt(R.get("docx_size", 10.5) + 1.5)
                    r.font.color.rgb = acc
                    p.paragraph_format.space_before = Pt(9)
                    if R.get("docx_rule") and not side:
                        bottom_border(p)
            elif t == "sub":
                left, right, sty = pr[1], pr[2], pr[3]
                p = para(cont)
                run(p, left, sty)
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
                    run(p, "\t" + right, "i" if R.get("docx_right_i") else "")
                if sty.endswith("!"):
                    p.paragraph_format.space_before = Pt(5)
            elif t == "p":
                p = para(cont)
                run(p, pr[1], pr[2])
            elif t == "li":
                if R.get("docx_bullets") == "text":
                    p = para(cont, R.get("bullet", "\u2022") + " " + pr[1])
                    p.paragraph_format.left_indent = Cm(0.5)
                    p.paragraph_format.first_line_indent = Cm(-0.4)
                else:
                    p = para(cont, pr[1], "List Bullet")
            elif t == "kv":
                p = para(cont)
                run(p, pr[1] + ":", "b")
                if R.get("docx_kv_tab"):
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(R["docx_kv_tab"]))
                    p.add_run("\t" + pr[2])
                else:
                    p.add_run(" " + pr[2])
            elif t == "sp":
                para(cont)

    def jobs_table(entries, opts):
        o = dict(R)
        o.update(opts or {})
        for e in entries:
            dtxt = fmt_range(e, o["dates"], o.get("sep", " \u2013 "), o.get("present", "Present"))
            t = d.add_table(rows=1, cols=2)
            if R.get("docx_table_style"):
                t.style = d.styles[R["docx_table_style"]]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            c0, c1 = t.rows[0].cells
            c0.width, c1.width = Cm(textw - 4.5), Cm(4.5)
            p = c0.paragraphs[0]
            run(p, e.title, "b")
            ol = org_loc(e, o)
            if ol:
                p2 = c0.add_paragraph()
                run(p2, ol, "i")
            q = c1.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(q, dtxt, "")
            for x in e.extra:
                para(d, x)
            if e.bullets:
                if e.prose:
                    para(d, " ".join(e.bullets))
                else:
                    for b in e.bullets:
                        para(d, b, "List Bullet")
            para(d)

    def jobs_europass(entries, opts):
        o = dict(R)
        o.update(opts or {})
        for e in entries:
            dtxt = fmt_range(e, o["dates"], o.get("sep", " \u2013 "), o.get("present", "Present"))
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.width, c1.width = Cm(4.2), Cm(textw - 4.2)
            q = c0.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = q.add_run(dtxt)
            r.font.color.rgb = RGBColor(0x4A, 0x6F, 0x9C)
            r.font.size = Pt(9)
            p = c1.paragraphs[0]
            run(p, e.title, "b")
            if e.org:
                run(c1.add_paragraph(), e.org, "")
            if e.loc:
                run(c1.add_paragraph(), e.loc, "i")
            for x in e.extra:
                run(c1.add_paragraph(), x, "")
            if e.bullets:
                run(c1.add_paragraph(), o.get("eu_label", "Main activities and responsibilities"), "b")
                for b in e.bullets:
                    c1.add_paragraph(b, style="List Bullet")
            d.add_paragraph()

    def body(blocks, cont, width_cm):
        for b in blocks:
            if b[0] == "jobs" and layout in ("table", "europass") and cont is d:
                (jobs_table if layout == "table" else jobs_europass)(b[1], b[2] if len(b) > 2 else None)
            else:
                prims(expand(R, [b]), cont, width_cm)

    # header block
    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(14)
        for ln in R["contact"]:
            q = sec.header.add_paragraph(ln)
            q.runs[0].font.size = Pt(9)
        if R.get("docx_footer"):
            fp = sec.footer.paragraphs[0]
            fp.text = R["docx_footer"]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(R["body"], d, textw)
    elif layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(5.6), Cm(textw - 5.6)
        shade(c0, R.get("side_hex", "DCE6EF"))
        p = c0.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ln in R["contact"]:
            q = c0.add_paragraph(ln)
            q.runs[0].font.size = Pt(9)
        prims(expand(R, R.get("side", [])), c0, 5.2, side=True)
        prims(expand(R, R["body"]), c1, textw - 6.0)
    else:
        if use_styles:
            p = d.add_heading(R["name"], level=0) if R.get("docx_title_style") else None
        if not use_styles or not R.get("docx_title_style"):
            p = d.paragraphs[0] if d.paragraphs else d.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(R.get("docx_name_size", 18))
        if R.get("docx_centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in R["contact"]:
            q = para(d, ln)
            if R.get("docx_centre"):
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("docx_footer"):
            fp = sec.footer.paragraphs[0]
            fp.text = R["docx_footer"]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(R["body"], d, textw)

    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------- plain text
def render_txt(R, path):
    W = R.get("txt_width", 78)
    hs = R.get("txt_head", "caps")
    bul = R.get("bullet", "*")
    wrap = R.get("txt_wrap", True)
    out = []
    nm = R["name"]
    if R.get("txt_centre"):
        out.append(nm.center(W).rstrip())
        out.extend(ln.center(W).rstrip() for ln in R["contact"])
    else:
        out.append(nm)
        out.extend(R["contact"])
    pre = R.get("txt_pre")
    if pre:
        out = pre + out

    def w(text, ind="", first=""):
        if not wrap:
            return [first + text]
        return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=ind) or [first]

    kvw = R.get("txt_kvw", 0)
    for p in expand(R, R["body"]):
        t = p[0]
        if t == "h":
            out.append("")
            h = p[1]
            if hs == "caps":
                out.append(h.upper())
            elif hs == "rule":
                out.append(h.upper())
                out.append("-" * len(h))
            elif hs == "equals":
                out.append("=" * W)
                out.append(h.upper())
                out.append("=" * W)
            elif hs == "colon":
                out.append(h + ":")
            elif hs == "underscore":
                out.append(h.upper())
                out.append("_" * W)
            out.append("") if R.get("txt_head_gap") else None
        elif t == "sub":
            left, right = p[1], p[2]
            if right:
                if len(left) + len(right) + 3 <= W and R.get("txt_right", True):
                    out.append(left + " " * (W - len(left) - len(right)) + right)
                else:
                    out.append(left + R.get("txt_rsep", "    ") + right)
            else:
                out.append(left)
        elif t == "p":
            out.extend(w(p[1]))
        elif t == "li":
            ind = R.get("txt_ind", "  ")
            out.extend(w(p[1], ind + " " * (len(bul) + 1), ind + bul + " "))
        elif t == "kv":
            k, ks = p[1], R.get("txt_kvsep", " : ")
            lead = (k.ljust(kvw) if kvw else k) + ks if k else " " * (kvw + len(ks))
            out.extend(w(p[2], " " * len(lead), lead))
        elif t == "sp":
            out.append("")
        elif t == "job":
            if out and out[-1] != "":
                out.append("")
    text = "\n".join(x.rstrip() for x in out) + "\n"
    if R.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- markdown
def render_md(R, path):
    out = ["# " + R["name"], ""]
    cs = R.get("md_contact", "lines")
    if cs == "dots":
        out.append(" · ".join(R["contact"]))
    else:
        out.extend(ln + "  " for ln in R["contact"])
    bul = R.get("bullet", "-")
    mj = R.get("md_job", "h3")
    hl = R.get("md_hlevel", "##")
    pending_right = []
    for p in expand(R, R["body"]):
        t = p[0]
        if t == "h":
            out += ["", hl + " " + p[1], ""]
        elif t == "sub":
            left, right, sty = p[1], p[2], p[3]
            if sty.endswith("!") and mj == "h3":
                out.append("### " + left)
                if right:
                    out.append("*" + right + "*  ")
            else:
                s = sty.rstrip("!")
                mk = {"": "", "b": "**", "i": "*", "bi": "***"}[s]
                line = mk + left + mk
                if right:
                    line += R.get("md_rsep", " — ") + ("*" + right + "*" if mk != "*" else right)
                out.append(line + "  ")
        elif t == "p":
            mk = {"": "", "b": "**", "i": "*"}[p[2]]
            out += [mk + p[1] + mk, ""] if not R.get("md_tight") else [mk + p[1] + mk + "  "]
        elif t == "li":
            out.append(bul + " " + p[1])
        elif t == "kv":
            out.append("**" + p[1] + ":** " + p[2] + "  ")
        elif t in ("sp", "job"):
            if out and out[-1] != "":
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- html
CSS = {
    "classic": """body{font-family:Georgia,serif;max-width:760px;margin:30px auto;color:#222;line-height:1.4}
h1{margin-bottom:2px}.contact{color:#555;font-size:.95em}h2{border-bottom:1px solid #999;font-size:1.1em;
text-transform:uppercase;letter-spacing:.05em;margin-top:22px}.row{display:flex;justify-content:space-between}
.r{color:#555;white-space:nowrap;margin-left:12px}.b{font-weight:bold}.i{font-style:italic}ul{margin:4px 0 10px}
.kv b{display:inline-block;min-width:150px}""",
    "modern": """body{font-family:'Segoe UI',Arial,sans-serif;background:#f4f6f8;margin:0}
.page{background:#fff;max-width:820px;margin:24px auto;padding:36px 44px;box-shadow:0 0 8px #ccc}
h1{color:#00695c;margin:0;font-size:2em}.contact{font-size:.9em;color:#444;margin:4px 0 14px}
h2{color:#00695c;font-size:1.05em;margin:20px 0 6px;padding-left:8px;border-left:4px solid #00695c}
h3{margin:12px 0 0;font-size:1em}.row{display:flex;justify-content:space-between}.r{color:#666;font-size:.9em}
.b{font-weight:600}.i{font-style:italic;color:#333}li{margin:2px 0}""",
    "table": """body{font-family:Tahoma,Verdana,sans-serif;font-size:13px;margin:20px 40px}
h1{text-align:center;text-transform:uppercase;font-size:20px}.contact{text-align:center}
h2{background:#d9e2f3;padding:3px 6px;font-size:14px;text-transform:uppercase}
table.kv td{padding:1px 10px 1px 0;vertical-align:top}table.kv td:first-child{font-weight:bold;width:190px}
.row{display:flex;justify-content:space-between}.b{font-weight:bold}.i{font-style:italic}""",
}


def render_html(R, path):
    esc = html.escape
    css = R.get("css", "classic")
    o = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         "<title>%s</title>" % esc(R.get("doc_title", R["name"] + " - CV")),
         "<style>" + CSS[css] + "</style>", "</head>", "<body>"]
    if css == "modern":
        o.append('<div class="page">')
    o.append("<h1>%s</h1>" % esc(R["name"]))
    o.append('<div class="contact">%s</div>' % "<br>".join(esc(x) for x in R["contact"]))
    in_ul = in_kv = False
    for p in expand(R, R["body"]):
        t = p[0]
        if t != "li" and in_ul:
            o.append("</ul>")
            in_ul = False
        if t != "kv" and in_kv:
            o.append("</table>")
            in_kv = False
        if t == "h":
            o.append("<h2>%s</h2>" % esc(p[1]))
        elif t == "sub":
            left, right, sty = p[1], p[2], p[3]
            if sty.endswith("!") and R.get("html_h3"):
                inner = "<h3>%s</h3>" % esc(left)
            else:
                inner = '<span class="l %s">%s</span>' % (sty.rstrip("!"), esc(left))
            if right:
                o.append('<div class="row">%s<span class="r">%s</span></div>' % (inner, esc(right)))
            else:
                o.append(inner if inner.startswith("<h3") else "<div>%s</div>" % inner)
        elif t == "p":
            o.append('<p class="%s">%s</p>' % (p[2], esc(p[1])))
        elif t == "li":
            if not in_ul:
                o.append("<ul>")
                in_ul = True
            o.append("<li>%s</li>" % esc(p[1]))
        elif t == "kv":
            if css == "table":
                if not in_kv:
                    o.append('<table class="kv">')
                    in_kv = True
                o.append("<tr><td>%s</td><td>%s</td></tr>" % (esc(p[1]), esc(p[2])))
            else:
                o.append('<div class="kv"><b>%s:</b> %s</div>' % (esc(p[1]), esc(p[2])))
        elif t == "job":
            o.append('<div class="job"></div>')
    if in_ul:
        o.append("</ul>")
    if in_kv:
        o.append("</table>")
    if css == "modern":
        o.append("</div>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}


def render(R, path):
    RENDERERS[R["renderer"]](R, path)
