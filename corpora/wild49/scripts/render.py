"""Renderers for wild49: a résumé dict is flattened to a stream of items, then written
as reportlab / fpdf2 PDF, python-docx DOCX, plain text, HTML or Markdown."""
import datetime
import html
import io
import os
import zipfile

from lib import E, fmt_range

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- flatten
def entry_items(x, r, order):
    d = fmt_range(x, r)
    org = x.org or ""
    loc = x.loc or ""
    orgloc = ", ".join(p for p in (org, loc) if p)
    out = []
    if order == "title_org":
        out += [("H", x.title, d)]
        if orgloc:
            out += [("S", orgloc, "")]
    elif order == "org_title":
        out += [("H", orgloc or x.title, d)]
        if orgloc:
            out += [("S", x.title, "")]
    elif order == "dateline":
        out += [("H", x.title, "")]
        if orgloc:
            out += [("S", orgloc, "")]
        if d:
            out += [("S", d, "")]
    elif order == "dash":
        out += [("H", f"{x.title} – {orgloc}" if orgloc else x.title, d)]
    elif order == "pipe":
        out += [("H", " | ".join(p for p in (x.title, org, loc) if p), d)]
    elif order == "inline":
        out += [("H", ", ".join(p for p in (x.title, org, loc) if p) + (f" ({d})" if d else ""), "")]
    elif order == "dates_first":
        out += [("H", (d + "   " if d else "") + x.title, "")]
        if orgloc:
            out += [("S", orgloc, "")]
    elif order == "portal":
        if orgloc:
            out += [("S", f"Organisation : {orgloc}", "")]
        out += [("S", f"Designation : {x.title}", "")]
        if d:
            out += [("S", f"Duration : {d}", "")]
        if x.bullets:
            out += [("S", "Job Responsibilities :", "")]
    elif order == "role_only":   # used under an org heading
        out += [("R", x.title, d)]
    else:
        raise ValueError(order)
    if x.prose and x.bullets:
        out.append(("P", " ".join(x.bullets)))
    else:
        out += [("B", b) for b in x.bullets]
    return out


def flatten(r, blocks=None):
    order = r.get("order", "title_org")
    items = []
    for heading, content in (blocks if blocks is not None else r["blocks"]):
        items.append(("SEC", heading))
        if isinstance(content, str):
            items.append(("P", content))
            continue
        prev_org = object()
        for c in content:
            if isinstance(c, E):
                if order == "orgfirst":
                    if c.org != prev_org:
                        head = ", ".join(p for p in (c.org, c.loc) if p) if c.org else ""
                        if head:
                            items.append(("O", head))
                    prev_org = c.org
                    items += entry_items(c, r, "role_only")
                else:
                    items += entry_items(c, r, order)
                items.append(("GAP",))
            elif c.startswith("- "):
                items.append(("B", c[2:]))
            else:
                items.append(("P", c))
    return items


# ---------------------------------------------------------------- text
def render_txt(r, path):
    st = r.get("txt", {})
    width = st.get("width", 78)
    bullet = st.get("bullet", "-")
    hstyle = st.get("heading", "caps_underline")
    L = []
    L.append(r["name"].upper() if st.get("name_caps") else r["name"])
    L += r["contact"]
    L.append("")
    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            h = it[1]
            if L and L[-1] != "":
                L.append("")
            if hstyle == "caps_underline":
                L += [h.upper(), "-" * len(h)]
            elif hstyle == "equals":
                L += ["=" * width, h.upper(), "=" * width]
            elif hstyle == "colon":
                L += [h + ":"]
            elif hstyle == "caps":
                L += [h.upper()]
            elif hstyle == "hash":
                L += [f"### {h} ###"]
        elif k in ("H", "R", "O"):
            left, right = it[1], (it[2] if len(it) > 2 else "")
            if k == "O":
                left = left.upper()
            if right:
                if st.get("date_join") == "pipe":
                    L.append(f"{left} | {right}")
                elif st.get("date_join") == "paren":
                    L.append(f"{left} ({right})")
                else:
                    pad = max(2, width - len(left) - len(right))
                    L.append(left + " " * pad + right)
            else:
                L.append(left)
        elif k == "S":
            L.append(it[1] + (f"   {it[2]}" if it[2] else ""))
        elif k == "B":
            L.append(f"{bullet} {it[1]}" if bullet else it[1])
        elif k == "P":
            L += _wrap(it[1], width)
        elif k == "GAP":
            L.append("")
    while L and L[-1] == "":
        L.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def _wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    st = r.get("md", {})
    b = st.get("bullet", "-")
    L = [f"# {r['name']}", ""]
    if st.get("contact_lines"):
        L += [c + "  " for c in r["contact"]]
    else:
        L.append(" · ".join(r["contact"]))
    L.append("")
    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            L += ["", f"## {it[1]}", ""]
        elif k == "O":
            L += [f"### {it[1]}", ""]
        elif k in ("H", "R"):
            if st.get("h3", True) and k == "H":
                L.append(f"### {it[1]}")
                if it[2]:
                    L.append(f"*{it[2]}*  ")
            else:
                L.append(f"**{it[1]}**" + (f" — {it[2]}" if it[2] else "") + "  ")
        elif k == "S":
            L.append(f"{it[1]}  " if not st.get("s_bold") else f"**{it[1]}**  ")
        elif k == "B":
            if L and L[-1].endswith("  "):
                L.append("")
            L.append(f"{b} {it[1]}")
        elif k == "P":
            if L and L[-1] != "":
                L.append("")
            L += [it[1]]
        elif k == "GAP":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


# ---------------------------------------------------------------- html
CSS = {
    "clean": "body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto;color:#222}"
             "h1{margin-bottom:2px}h2{border-bottom:1px solid #999;font-size:16px;text-transform:uppercase}"
             ".d{float:right;color:#555}.s{font-style:italic;margin:0}p{margin:4px 0}",
    "table": "body{font-family:'Times New Roman',serif}td{vertical-align:top;padding:2px 6px}"
             "h2{background:#dde;padding:3px;font-size:15px}",
    "card": "body{font-family:Verdana,sans-serif;background:#f4f4f4}.wrap{background:#fff;width:720px;"
            "margin:20px auto;padding:24px}h2{color:#1a5e8a}.job{margin-bottom:10px}.d{color:#777;font-size:12px}",
}


def render_html(r, path):
    st = r.get("html", {})
    style = st.get("style", "clean")
    esc = html.escape
    o = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
         f"<title>{esc(r.get('doc_title', r['name'] + ' - CV'))}</title>",
         f"<style>{CSS[style]}</style></head><body>"]
    if style == "card":
        o.append('<div class="wrap">')
    o.append(f"<h1>{esc(r['name'])}</h1>")
    o.append("<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>")
    in_ul = in_table = False

    def close():
        nonlocal in_ul, in_table
        if in_ul:
            o.append("</ul>")
            in_ul = False
        if in_table:
            o.append("</table>")
            in_table = False

    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            close()
            o.append(f"<h2>{esc(it[1])}</h2>")
        elif k in ("H", "R", "O"):
            close()
            if style == "table":
                o.append('<table width="100%">')
                o.append(f"<tr><td><b>{esc(it[1])}</b></td><td align=\"right\">{esc(it[2]) if len(it) > 2 else ''}</td></tr>")
                in_table = True
            elif k == "O":
                o.append(f"<h3>{esc(it[1])}</h3>")
            else:
                right = f'<span class="d">{esc(it[2])}</span>' if it[2] else ""
                o.append(f"<p>{right}<strong>{esc(it[1])}</strong></p>")
        elif k == "S":
            if in_table:
                o.append(f"<tr><td><i>{esc(it[1])}</i></td><td></td></tr>")
            else:
                o.append(f'<p class="s">{esc(it[1])}</p>')
        elif k == "B":
            if in_table:
                o.append("</table>")
                in_table = False
            if not in_ul:
                o.append("<ul>")
                in_ul = True
            o.append(f"<li>{esc(it[1])}</li>")
        elif k == "P":
            close()
            o.append(f"<p>{esc(it[1])}</p>")
        elif k == "GAP":
            close()
    close()
    if style == "card":
        o.append("</div>")
    o.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                 ("DS", "DejaVuSerif.ttf"), ("DSB", "DejaVuSerif-Bold.ttf"), ("DSI", "DejaVuSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    st = r.get("pdf", {})
    layout = st.get("layout", "plain")
    serif = st.get("serif", False)
    F, FB, FI = ("DS", "DSB", "DSI") if serif else ("DV", "DVB", "DVI")
    size = LETTER if st.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r.get("doc_title", r["name"] + " CV"))
    c.setCreator("Microsoft Word")
    bullet = st.get("bullet", "•")
    accent = st.get("accent", (0.15, 0.3, 0.5))
    page = [1]
    margin = 50
    main_x, main_w = margin, W - 2 * margin

    def footer():
        if layout == "twopage":
            c.setFont(F, 8)
            c.setFillGray(0.4)
            c.drawString(margin, 28, r["name"] + " – Curriculum Vitae")
            c.drawRightString(W - margin, 28, f"Page {page[0]}")
            c.setFillGray(0)

    def sidebar_draw():
        c.setFillColorRGB(*st.get("side_color", (0.9, 0.92, 0.95)))
        c.rect(0, 0, 175, H, stroke=0, fill=1)
        c.setFillGray(0)
        y = H - 60
        c.setFont(FB, 16)
        for ln in simpleSplit(r["name"], FB, 16, 145):
            c.drawString(18, y, ln)
            y -= 20
        y -= 8
        c.setFont(F, 8.5)
        for ln in r["contact"]:
            for l2 in simpleSplit(ln, F, 8.5, 145):
                c.drawString(18, y, l2)
                y -= 12
        for heading, lines in r.get("sidebar", []):
            y -= 14
            c.setFont(FB, 10)
            c.drawString(18, y, heading.upper())
            y -= 14
            c.setFont(F, 8.5)
            for ln in lines:
                for l2 in simpleSplit(ln, F, 8.5, 145):
                    c.drawString(18, y, l2)
                    y -= 11

    y = H - 55
    if layout == "sidebar":
        sidebar_draw()
        main_x, main_w = 195, W - 195 - 40
    elif layout in ("twocol", "twopage"):
        c.setFont(FB, 20)
        c.drawString(margin, y, r["name"])
        c.setFont(F, 9)
        yy = H - 45
        for ln in r["contact"]:
            c.drawRightString(W - margin, yy, ln)
            yy -= 12
        y = min(y - 20, yy - 6)
        c.setStrokeColorRGB(*accent)
        c.line(margin, y, W - margin, y)
        y -= 18
    else:
        if st.get("centre"):
            c.setFont(FB, 18)
            c.drawCentredString(W / 2, y, r["name"])
            y -= 16
            c.setFont(F, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
        else:
            c.setFont(FB, 18)
            c.drawString(margin, y, r["name"])
            c.setFont(F, 9)
            for ln in r["contact"]:
                y -= 12
                c.drawString(margin, y, ln)
        y -= 22

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 55
            if layout == "sidebar":
                c.setFillColorRGB(*st.get("side_color", (0.9, 0.92, 0.95)))
                c.rect(0, 0, 175, H, stroke=0, fill=1)
                c.setFillGray(0)

    fs = st.get("size", 9.5)
    lh = fs + 3.2
    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            need(40)
            y -= 6
            c.setFont(FB, fs + 2)
            c.setFillColorRGB(*accent)
            c.drawString(main_x, y, it[1].upper() if st.get("caps_heads", True) else it[1])
            c.setFillGray(0)
            y -= 4
            c.setStrokeColorRGB(*accent)
            c.line(main_x, y, main_x + main_w, y)
            y -= lh + 2
        elif k in ("H", "R", "O"):
            need(3 * lh)
            right = it[2] if len(it) > 2 else ""
            rw = c.stringWidth(right, F, fs) + 10 if right else 0
            font = FB
            lines = simpleSplit(it[1], font, fs + (0.5 if k == "O" else 0), main_w - rw)
            c.setFont(font, fs + (0.5 if k == "O" else 0))
            for i, ln in enumerate(lines):
                c.drawString(main_x, y, ln)
                if i == 0 and right:
                    c.setFont(F, fs)
                    c.drawRightString(main_x + main_w, y, right)
                    c.setFont(font, fs)
                y -= lh
        elif k == "S":
            need(lh)
            c.setFont(FI, fs)
            for ln in simpleSplit(it[1], FI, fs, main_w):
                c.drawString(main_x, y, ln)
                y -= lh
        elif k in ("B", "P"):
            ind = 12 if k == "B" else 0
            lines = simpleSplit(it[1], F, fs, main_w - ind)
            need(lh * len(lines))
            c.setFont(F, fs)
            if k == "B":
                c.drawString(main_x + 2, y, bullet)
            for ln in lines:
                c.drawString(main_x + ind, y, ln)
                y -= lh
        elif k == "GAP":
            y -= 5
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    st = r.get("pdf", {})
    layout = st.get("layout", "left")

    class P(FPDF):
        def footer(self):
            if layout == "twopage":
                self.set_y(-15)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 8, f"{r['name']}  ·  page {self.page_no()} of {{nb}}", align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if st.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(r["name"])
    pdf.set_title(r.get("doc_title", r["name"] + " CV"))
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = st.get("size", 10)
    lh = fs * 0.5
    bullet = st.get("bullet", "•")
    centre = layout in ("centred", "twopage")
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, r["name"], align="C" if centre else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "", 9)
    if centre:
        pdf.cell(0, 5, " | ".join(r["contact"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        for ln in r["contact"]:
            pdf.cell(0, 4.5, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    epw = pdf.epw
    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_fill_color(*st.get("fill", (235, 235, 235)))
            fill = st.get("shaded_heads", False)
            pdf.cell(0, 7, it[1] if st.get("keep_case") else it[1].upper(), fill=fill,
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if not fill:
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + epw, pdf.get_y())
            pdf.ln(1.5)
        elif k in ("H", "R", "O"):
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            right = it[2] if len(it) > 2 else ""
            pdf.set_font("dv", "", fs)
            rw = pdf.get_string_width(right) + 4 if right else 0
            pdf.set_font("dv", "B", fs)
            y0 = pdf.get_y()
            if right:
                pdf.set_font("dv", "", fs)
                pdf.set_xy(pdf.l_margin + epw - rw, y0)
                pdf.cell(rw, lh + 0.5, right, align="R")
                pdf.set_xy(pdf.l_margin, y0)
                pdf.set_font("dv", "B", fs)
            pdf.multi_cell(epw - rw, lh + 0.5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "S":
            pdf.set_font("dv", "I", fs)
            pdf.multi_cell(epw, lh + 0.5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "B":
            pdf.set_font("dv", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, lh + 0.5, bullet)
            pdf.multi_cell(epw - 6, lh + 0.5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "P":
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(epw, lh + 0.5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "GAP":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    st = r.get("docx", {})
    layout = st.get("layout", "styles")
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 10.5))
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # container: document or the right cell of a layout table
    body = d
    if layout == "header":
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" • ".join(r["contact"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        shade(left, st.get("side_fill", "DCE6F0"))
        p = left.paragraphs[0]
        rn = p.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(15)
        for ln in r["contact"]:
            left.add_paragraph(ln)
        for heading, lines in r.get("sidebar", []):
            hp = left.add_paragraph()
            hr = hp.add_run(heading.upper())
            hr.bold = True
            for ln in lines:
                left.add_paragraph(ln)
        body = right
        right.paragraphs[0].text = ""
    else:
        if st.get("title_style"):
            d.add_heading(r["name"], 0)
        else:
            p = d.add_paragraph()
            rn = p.add_run(r["name"])
            rn.bold = True
            rn.font.size = Pt(18)
            if st.get("centre"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = d.add_paragraph("\n".join(r["contact"]) if st.get("contact_lines") else " | ".join(r["contact"]))
        if st.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    first = [layout == "sidebar"]

    def para(text="", style=None):
        if body is d:
            return d.add_paragraph(text, style=style)
        if first[0]:
            first[0] = False
            p = body.paragraphs[0]
            p.text = text
            if style:
                p.style = d.styles[style]
            return p
        return body.add_paragraph(text, style=style)

    tab_pos = text_w if body is d else Cm(11.3)
    for it in flatten(r):
        k = it[0]
        if k == "SEC":
            if layout in ("styles", "header") or st.get("heading_styles"):
                if body is d:
                    d.add_heading(it[1], 1)
                else:
                    para(it[1], "Heading 1")
            else:
                p = para()
                rn = p.add_run(it[1].upper())
                rn.bold = True
                rn.font.size = Pt(11.5)
                rn.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k in ("H", "R", "O"):
            right = it[2] if len(it) > 2 else ""
            if layout == "table" and right and body is d:
                t = d.add_table(rows=1, cols=2)
                no_borders(t)
                a, b = t.rows[0].cells
                a.width, b.width = Cm(12), Cm(5)
                a.paragraphs[0].add_run(it[1]).bold = True
                b.paragraphs[0].text = right
                b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif layout == "styles" and st.get("h2_titles") and k != "O":
                h = d.add_heading(it[1], 2)
                if right:
                    para(right).runs[0].italic = True
            else:
                p = para()
                p.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(0)
                rn = p.add_run(it[1])
                rn.bold = True
                if right:
                    p.add_run("\t" + right)
        elif k == "S":
            p = para()
            p.paragraph_format.space_after = Pt(2)
            rn = p.add_run(it[1])
            rn.italic = True
        elif k == "B":
            if st.get("dash_bullets"):
                para("– " + it[1])
            else:
                para(it[1], "List Bullet")
        elif k == "P":
            para(it[1])
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doc_title", "CV")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html,
             "rl": render_rl, "fpdf": render_fpdf, "docx": render_docx}
