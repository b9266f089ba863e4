"""Renderers: block list -> txt / md / docx / pdf (reportlab platypus or fpdf2).

Blocks: ('name', s) ('sub', s) ('h', s) ('p', s) ('b', s) ('sp',) ('pb',)
        ('t', rows, opts)  rows = list of lists of cell strings ('\n' separates lines,
        '**x**' is bold, a line starting with '• ' is a bullet line)
"""
import re
import textwrap

BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(s):
    return BOLD.sub(r"\1", s)


# ---------------------------------------------------------------- text / markdown
def render_txt(r, path):
    o = r.get("opts", {})
    bullet = o.get("bullet", "-")
    width = o.get("wrap", 0)
    out = []
    for b in r["blocks"]:
        k = b[0]
        if k == "name":
            out.append(b[1])
        elif k == "sub":
            out.append(b[1])
        elif k == "h":
            out += ["", b[1]]
            if o.get("underline"):
                out.append(o["underline"] * len(b[1]))
        elif k == "p":
            t = plain(b[1])
            out += textwrap.wrap(t, width, break_long_words=False) if width and len(t) > width else [t]
        elif k == "b":
            t = f"{bullet} {plain(b[1])}"
            if width and len(t) > width:
                w = textwrap.wrap(t, width, subsequent_indent=" " * (len(bullet) + 1),
                                  break_long_words=False)
                out += w
            else:
                out.append(t)
        elif k == "sp":
            out.append("")
        elif k == "t":
            rows = [[plain(c).split("\n") for c in row] for row in b[1]]
            ncol = max(len(r_) for r_ in rows)
            ws = [max((len(l) for row in rows if i < len(row) for l in row[i]), default=0)
                  for i in range(ncol)]
            ws = [min(w, 34) for w in ws]
            for row in rows:
                h = max(len(c) for c in row)
                for li in range(h):
                    parts = []
                    for i, c in enumerate(row):
                        s = c[li] if li < len(c) else ""
                        parts.append(s.ljust(ws[i]) if i < len(row) - 1 else s)
                    out.append("   ".join(parts).rstrip())
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    o = r.get("opts", {})
    out = []
    for b in r["blocks"]:
        k = b[0]
        if k == "name":
            out += [f"# {b[1]}", ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k == "h":
            out += [f"{o.get('h', '##')} {b[1]}", ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "b":
            out.append(f"{o.get('bullet', '-')} {b[1]}")
        elif k == "sp":
            out.append("")
        elif k == "t":
            rows = b[1]
            ncol = len(rows[0])
            hdr = rows[0] if b[2].get("header") else [""] * ncol
            body = rows[1:] if b[2].get("header") else rows
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "|".join(["---"] * ncol) + "|")
            for row in body:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |")
            out.append("")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


# ---------------------------------------------------------------- docx
def _runs(par, s, size=None, bold=False):
    from docx.shared import Pt
    for i, part in enumerate(BOLD.split(s)):
        if not part:
            continue
        run = par.add_run(part)
        run.bold = bold or (i % 2 == 1)
        if size:
            run.font.size = Pt(size)


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    o = r.get("opts", {})
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    if o.get("header"):
        sec.header.paragraphs[0].text = o["header"]
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    heads = o.get("heads", "style")

    def para(s, style=None):
        p = doc.add_paragraph(style=style)
        if "\t" in s and o.get("tab"):
            p.paragraph_format.tab_stops.add_tab_stop(Inches(6.8), WD_TAB_ALIGNMENT.RIGHT)
        _runs(p, s)
        p.paragraph_format.space_after = Pt(2)
        return p

    for b in r["blocks"]:
        k = b[0]
        if k == "name":
            if heads == "style":
                doc.add_heading(b[1], level=0)
            else:
                p = doc.add_paragraph()
                _runs(p, b[1], size=18, bold=True)
        elif k == "sub":
            para(b[1])
        elif k == "h":
            if heads == "style":
                doc.add_heading(b[1], level=1)
            else:
                p = doc.add_paragraph()
                _runs(p, b[1], size=12, bold=True)
                p.paragraph_format.space_before = Pt(10)
        elif k == "p":
            para(b[1])
        elif k == "b":
            para(b[1], style="List Bullet")
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        elif k == "t":
            rows, to = b[1], b[2]
            ncol = max(len(x) for x in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            if to.get("grid", True):
                t.style = "Table Grid"
            ws = to.get("w")
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    if ws:
                        cell.width = Inches(6.8 * ws[j])
                    lines = c.split("\n")
                    first = True
                    for ln in lines:
                        if first:
                            p = cell.paragraphs[0]
                            first = False
                        else:
                            p = cell.add_paragraph()
                        if ln.startswith("• ") and to.get("listbullets"):
                            p.style = doc.styles["List Bullet"]
                            ln = ln[2:]
                        _runs(p, ln, bold=(i == 0 and to.get("header")))
            doc.add_paragraph()
    doc.core_properties.author = o.get("author", "")
    doc.save(path)


# ---------------------------------------------------------------- reportlab
def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return BOLD.sub(r"<b>\1</b>", s)


def render_pdf_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, HRFlowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    o = r.get("opts", {})
    font = o.get("font", "Helvetica")
    bfont = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    acc = colors.HexColor(o.get("accent", "#1f3b5a"))
    size = LETTER if o.get("letter") else A4
    N = ParagraphStyle("n", fontName=font, fontSize=9.6, leading=12.2)
    NAME = ParagraphStyle("nm", parent=N, fontName=bfont, fontSize=18, leading=22, textColor=acc)
    SUB = ParagraphStyle("sb", parent=N, fontSize=9, textColor=colors.HexColor("#444444"))
    H = ParagraphStyle("h", parent=N, fontName=bfont, fontSize=11.5, leading=15, spaceBefore=8,
                       textColor=acc)
    B = ParagraphStyle("b", parent=N, leftIndent=12, bulletIndent=3)
    story = []
    for b in r["blocks"]:
        k = b[0]
        if k == "name":
            story.append(Paragraph(_esc(b[1]), NAME))
        elif k == "sub":
            story.append(Paragraph(_esc(b[1]), SUB))
        elif k == "h":
            story.append(Paragraph(_esc(b[1]), H))
            if o.get("rule", True):
                story.append(HRFlowable(width="100%", thickness=0.6, color=acc, spaceAfter=3))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), N))
        elif k == "b":
            story.append(Paragraph(_esc(b[1]), B, bulletText=o.get("bullet", "•")))
        elif k == "sp":
            story.append(Spacer(1, 5))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "t":
            rows, to = b[1], b[2]
            avail = size[0] - 36 * mm
            ws = [avail * w for w in to.get("w", [1 / len(rows[0])] * len(rows[0]))]
            data = []
            for row in rows:
                data.append([[Paragraph(_esc(ln[2:]), B, bulletText="•") if ln.startswith("• ")
                              else Paragraph(_esc(ln), N) for ln in c.split("\n")] for c in row])
            t = Table(data, colWidths=ws, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            if to.get("grid"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            if to.get("header"):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ec")))
            if to.get("shade_first"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4")))
            if to.get("box"):
                sty.append(("BOX", to["box"][0], to["box"][1], 0.8, colors.black))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 4))

    def onpage(c, doc):
        c.saveState()
        c.setFont(font, 8)
        if o.get("header"):
            c.drawString(18 * mm, size[1] - 11 * mm, o["header"])
        if o.get("footer"):
            c.drawCentredString(size[0] / 2, 9 * mm, o["footer"].replace("{n}", str(doc.page)))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=o.get("title", ""),
                            author=o.get("author", ""), invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fpdf2
def render_pdf_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 1))
    d = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("dv", "", d + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", d + "DejaVuSans-Bold.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    acc = o.get("accent_rgb", (30, 60, 90))
    W = pdf.w - 36
    for b in r["blocks"]:
        k = b[0]
        pdf.set_text_color(0, 0, 0)
        if k == "name":
            pdf.set_font("dv", "B", 17)
            pdf.set_text_color(*acc)
            pdf.multi_cell(W, 9, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "sub":
            pdf.set_font("dv", "", 8.5)
            pdf.multi_cell(W, 4.6, plain(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            pdf.ln(3)
            pdf.set_font("dv", "B", 11)
            pdf.set_text_color(*acc)
            pdf.multi_cell(W, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y())
            pdf.ln(1.5)
        elif k == "p":
            pdf.set_font("dv", "", 9.2)
            pdf.multi_cell(W, 4.8, b[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("dv", "", 9.2)
            pdf.set_x(22)
            pdf.multi_cell(W - 4, 4.8, "• " + b[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
        elif k == "sp":
            pdf.ln(2.5)
        elif k == "pb":
            pdf.add_page()
        elif k == "t":
            rows, to = b[1], b[2]
            pdf.set_font("dv", "", 9)
            ws = [W * w for w in to.get("w", [1 / len(rows[0])] * len(rows[0]))]
            with pdf.table(col_widths=ws, width=W, align="LEFT", markdown=True,
                           first_row_as_headings=bool(to.get("header")),
                           borders_layout="ALL" if to.get("grid") else "NONE",
                           line_height=4.8, text_align="LEFT") as t:
                for row in rows:
                    tr = t.row()
                    for c in row:
                        tr.cell(c)
            pdf.ln(2)
    pdf.output(path)


def render(r, path):
    fmt = r["file"].rsplit(".", 1)[1]
    if fmt == "txt":
        render_txt(r, path)
    elif fmt == "md":
        render_md(r, path)
    elif fmt == "docx":
        render_docx(r, path)
    elif r.get("engine") == "fpdf":
        render_pdf_fpdf(r, path)
    else:
        render_pdf_rl(r, path)
