"""Renderers: plain text, Markdown, HTML, python-docx, reportlab canvas, fpdf2."""
import datetime, html, io, os, zipfile
from lib import E, date_text

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def entry_blocks(r, ents):
    out, prev_org = [], object()
    order = r.get("order", "title_org")
    for e in ents:
        d = date_text(r, e)
        ol = ", ".join(x for x in (e.org, e.loc) if x)
        if order == "title_org":
            out.append(("role", e.title, d))
            if ol:
                out.append(("sub", ol, ""))
        elif order == "org_title":
            out.append(("role", ol or e.title, d))
            if ol:
                out.append(("sub", e.title, ""))
        elif order == "dateline":
            out.append(("role", e.title, ""))
            if ol:
                out.append(("sub", ol, ""))
            if d:
                out.append(("sub", d, ""))
        elif order == "dash":
            out.append(("role", f"{e.title} – {ol}" if ol else e.title, d))
        elif order == "pipe":
            out.append(("role", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "inline":
            out.append(("role", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
        elif order == "orgfirst":
            if e.org != prev_org:
                out.append(("role", ol or "", ""))
            out.append(("role2", e.title, d))
        prev_org = e.org
        if e.prose and e.bullets:
            out.append(("p", " ".join(e.bullets), ""))
        else:
            out.extend(("b", b, "") for b in e.bullets)
        out.append(("gap", "", ""))
    return out


def blocks(r):
    out = []
    for sec in r["sections"]:
        head, body = sec[0], sec[1]
        out.append(("h", head, ""))
        if isinstance(body, str):
            out.append(("p", body, ""))
        elif body and isinstance(body[0], E):
            out.extend(entry_blocks(r, body))
        else:
            for line in body:
                if isinstance(line, tuple):
                    out.append(("role2", line[0], line[1]))
                else:
                    out.append(("b" if r.get("list_bullets", True) else "line", line, ""))
        out.append(("gap", "", ""))
    return out


# ---------------------------------------------------------------- text
def render_txt(r, path):
    W = r.get("width", 78)
    bc = r.get("bullet", "-")
    hs = r.get("txt_h", "caps")
    L = []
    L.append(r["name"].upper() if r.get("name_caps") else r["name"])
    if r.get("tag"):
        L.append(r["tag"])
    L.extend(r["contact"])
    L.append("")
    for kind, a, b in blocks(r):
        if kind == "h":
            if hs == "caps":
                L += [a.upper()]
            elif hs == "underline":
                L += [a, "=" * len(a)]
            elif hs == "rule":
                L += ["-" * W, a.upper(), "-" * W]
            elif hs == "colon":
                L += [a + ":"]
            L.append("") if hs != "colon" else None
        elif kind in ("role", "role2"):
            pre = "  " if kind == "role2" and r.get("order") == "orgfirst" else ""
            if not b:
                L.append(pre + a)
            elif r.get("txt_dates") == "right" and len(pre + a) + len(b) + 2 <= W:
                L.append(pre + a + " " * (W - len(pre + a) - len(b)) + b)
            elif r.get("txt_dates") == "paren":
                L.append(f"{pre}{a} ({b})")
            elif r.get("txt_dates") == "next":
                L += [pre + a, pre + b]
            else:
                L.append(f"{pre}{a} | {b}")
        elif kind == "sub":
            L.append(a)
        elif kind == "b":
            L.append(f"{bc} {a}" if bc else a)
        elif kind in ("p", "line"):
            L.append(a)
        elif kind == "gap":
            if L and L[-1] != "":
                L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline=r.get("newline", "\n")) as f:
        f.write(txt)


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    v = r.get("md", "h3")
    L = [f"# {r['name']}", ""]
    if r.get("tag"):
        L += [f"**{r['tag']}**", ""]
    L += ["  \n".join(r["contact"]) if v != "table" else " · ".join(r["contact"]), ""]
    for kind, a, b in blocks(r):
        if kind == "h":
            L += [f"## {a}", ""]
        elif kind == "role":
            if v == "h3":
                L.append(f"### {a}")
                if b:
                    L.append(f"*{b}*  ")
            else:
                L.append(f"**{a}**" + (f" — {b}  " if b else "  "))
        elif kind == "role2":
            L.append(f"**{a}**" + (f" | {b}  " if b else "  ") if v != "h3" else f"#### {a}" + (f" ({b})" if b else ""))
        elif kind == "sub":
            L.append(f"_{a}_  ")
        elif kind == "b":
            if L and L[-1].endswith("  "):
                L[-1] = L[-1].rstrip()
                L.append("")
            L.append(f"{r.get('bullet', '-')} {a}")
        elif kind in ("p", "line"):
            L += ["", a]
        elif kind == "gap":
            if L and L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(r, path):
    h = html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                ".d{float:right;font-weight:normal;color:#555}.s{margin:0;font-style:italic}")
    P = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{h(r['name'])} – CV</title>", f"<style>{css}</style></head><body>"]
    if r.get("html") == "aside":
        P.append("<div style=\"display:flex;gap:2em\"><aside style=\"width:30%\">")
        P.append(f"<h1>{h(r['name'])}</h1>")
        if r.get("tag"):
            P.append(f"<p><strong>{h(r['tag'])}</strong></p>")
        P.append("<p>" + "<br>".join(h(c) for c in r["contact"]) + "</p>")
        for sh, lines in r.get("side", []):
            P.append(f"<h2>{h(sh)}</h2><ul>" + "".join(f"<li>{h(x)}</li>" for x in lines) + "</ul>")
        P.append("</aside><main style=\"width:70%\">")
    else:
        P.append(f"<header><h1>{h(r['name'])}</h1>")
        if r.get("tag"):
            P.append(f"<p class=\"tag\">{h(r['tag'])}</p>")
        P.append("<p>" + " &middot; ".join(h(c) for c in r["contact"]) + "</p></header><main>")
    inlist = False
    for kind, a, b in blocks(r):
        if kind != "b" and inlist:
            P.append("</ul>")
            inlist = False
        if kind == "h":
            P.append(f"<section><h2>{h(a)}</h2>")
        elif kind in ("role", "role2"):
            tag = "h3" if kind == "role" else "h4"
            d = f" <span class=\"d\">{h(b)}</span>" if b else ""
            P.append(f"<{tag}>{h(a)}{d}</{tag}>")
        elif kind == "sub":
            P.append(f"<p class=\"s\">{h(a)}</p>")
        elif kind == "b":
            if not inlist:
                P.append("<ul>")
                inlist = True
            P.append(f"<li>{h(a)}</li>")
        elif kind in ("p", "line"):
            P.append(f"<p>{h(a)}</p>")
    if inlist:
        P.append("</ul>")
    P.append("</main>" + ("</div>" if r.get("html") == "aside" else "") + "</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(P) + "\n")


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    v = r.get("docx", "styles")
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    RIGHT = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    def tabline(container, left, right, bold=True, italic=False):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(left); run.bold = bold; run.italic = italic
        if right:
            p.add_run("\t" + right)
        return p

    # header
    if v == "header":
        hp = sec.header.paragraphs[0]
        hp.text = r["name"]
        hp.runs[0].bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2 = sec.header.add_paragraph(" | ".join(r["contact"]))
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body = doc
    elif v == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.2), Inches(4.7)
        shade(left, "E4ECF2")
        left.paragraphs[0].add_run(r["name"]).bold = True
        left.paragraphs[0].runs[0].font.size = Pt(16)
        if r.get("tag"):
            left.add_paragraph(r["tag"])
        for c in r["contact"]:
            left.add_paragraph(c)
        for sh, lines in r.get("side", []):
            left.add_paragraph().add_run(sh.upper()).bold = True
            for x in lines:
                left.add_paragraph(x)
        body = right
        RIGHT = Inches(4.5)
    else:
        doc.add_heading(r["name"], level=0 if v == "styles" else 1)
        if r.get("tag"):
            doc.add_paragraph(r["tag"]).runs[0].italic = True
        doc.add_paragraph(" • ".join(r["contact"]) if v != "tabs" else "\n".join(r["contact"]))
        body = doc

    first_para = [True]

    def para(text, style=None):
        if v == "sidebar" and first_para[0] and not body.paragraphs[0].text:
            p = body.paragraphs[0]
            p.text = text
            if style:
                p.style = doc.styles[style]
            first_para[0] = False
            return p
        first_para[0] = False
        return body.add_paragraph(text, style=style)

    for kind, a, b in blocks(r):
        if kind == "h":
            if v in ("styles", "header"):
                para(a, "Heading 1")
            else:
                p = para("")
                run = p.add_run(a.upper()); run.bold = True
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                p.paragraph_format.space_before = Pt(10)
        elif kind in ("role", "role2"):
            if v == "table":
                t = body.add_table(rows=1, cols=2)
                noborders(t)
                c1, c2 = t.rows[0].cells
                c1.paragraphs[0].add_run(a).bold = True
                c2.paragraphs[0].text = b
                c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first_para[0] = False
            elif v == "styles" and kind == "role" and not b:
                para(a, "Heading 2")
            elif v == "styles":
                p = para(a + (f" ({b})" if b else ""), "Heading 2" if kind == "role" else "Heading 3")
            else:
                if v == "sidebar" and first_para[0]:
                    p = para("")
                    p.add_run(a).bold = True
                    if b:
                        p.add_run("  " + b)
                else:
                    first_para[0] = False
                    tabline(body, a, b, bold=True)
        elif kind == "sub":
            p = para("")
            p.add_run(a).italic = True
        elif kind == "b":
            if v == "sidebar":
                para("• " + a)
            else:
                para(a, "List Bullet")
        elif kind in ("p", "line"):
            para(a)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit
    size = A4 if r.get("paper") == "a4" else letter
    Wp, Hp = size
    v = r.get("pdf", "plain")
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"]); c.setTitle("Resume"); c.setCreator("Microsoft Word")
    margin = 50
    x0, x1 = margin, Wp - margin
    if v == "sidebar":
        sw = 170
        c.setFillColorRGB(0.16, 0.27, 0.36)
        c.rect(0, 0, sw, Hp, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        y = Hp - 60
        c.setFont("Helvetica-Bold", 15)
        for part in simpleSplit(r["name"], "Helvetica-Bold", 15, sw - 30):
            c.drawString(15, y, part); y -= 18
        c.setFont("Helvetica", 8.5)
        for line in ([r["tag"]] if r.get("tag") else []) + r["contact"]:
            for part in simpleSplit(line, "Helvetica", 8.5, sw - 30):
                c.drawString(15, y, part); y -= 11
        for sh, lines in r.get("side", []):
            y -= 12
            c.setFont("Helvetica-Bold", 9.5); c.drawString(15, y, sh.upper()); y -= 13
            c.setFont("Helvetica", 8.5)
            for line in lines:
                for part in simpleSplit(line, "Helvetica", 8.5, sw - 30):
                    c.drawString(15, y, part); y -= 11
        c.setFillColorRGB(0, 0, 0)
        x0 = sw + 25
        y = Hp - 55
    elif v == "twocol":
        y = Hp - 60
        c.setFont("Helvetica-Bold", 20); c.drawString(x0, y, r["name"])
        if r.get("tag"):
            c.setFont("Helvetica", 10.5); c.drawString(x0, y - 16, r["tag"])
        c.setFont("Helvetica", 8.5)
        yy = y + 6
        for line in r["contact"]:
            c.drawRightString(x1, yy, line); yy -= 11
        y = min(y - 30, yy - 6)
        c.line(x0, y + 10, x1, y + 10)
    else:
        y = Hp - 58
        c.setFont("Helvetica-Bold", 18)
        if v == "centred":
            c.drawCentredString(Wp / 2, y, r["name"])
        else:
            c.drawString(x0, y, r["name"])
        y -= 16
        c.setFont("Helvetica", 9)
        lines = ([r["tag"]] if r.get("tag") else []) + [" | ".join(r["contact"])]
        for line in lines:
            for part in simpleSplit(line, "Helvetica", 9, x1 - x0):
                (c.drawCentredString(Wp / 2, y, part) if v == "centred" else c.drawString(x0, y, part))
                y -= 12
        y -= 8
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(Wp / 2, 28, f"{r['name']} – {r['footer']} – Page {page[0]}")

    def need(h):
        nonlocal y
        if y - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            y = Hp - 55
    bc = r.get("pdf_bullet", "•")
    for kind, a, b in blocks(r):
        if kind == "h":
            need(40)
            y -= 6
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x0, y, a.upper() if r.get("caps_h", True) else a)
            c.setLineWidth(0.5); c.line(x0, y - 3, x1, y - 3)
            y -= 17
        elif kind in ("role", "role2"):
            need(30)
            c.setFont("Helvetica-Bold" if kind == "role" else "Helvetica-BoldOblique", 10)
            c.drawString(x0, y, a)
            if b:
                c.setFont("Helvetica", 9.5); c.drawRightString(x1, y, b)
            y -= 13
        elif kind == "sub":
            c.setFont("Helvetica-Oblique", 9.5); c.drawString(x0, y, a); y -= 13
        elif kind in ("b", "p", "line"):
            font = "Helvetica"
            ind = 12 if kind == "b" else 0
            parts = simpleSplit(a, font, 9.5, x1 - x0 - ind)
            need(12 * len(parts))
            c.setFont(font, 9.5)
            for i, part in enumerate(parts):
                if i == 0 and kind == "b":
                    c.drawString(x0 + 2, y, bc)
                c.drawString(x0 + ind, y, part); y -= 12
        elif kind == "gap":
            y -= 5
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    v = r.get("pdf", "left")
    name = r["name"]
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-12)
                self.set_font("dv", "", 7.5)
                self.cell(0, 5, f"{name} | {foot} | {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4" if r.get("paper", "a4") == "a4" else "letter")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(name); pdf.set_title("CV"); pdf.set_creator("Google Docs Renderer")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lm = 18
    if v == "sidebar":
        pdf.set_fill_color(235, 230, 222)
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(6, 18)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(52, 7, name)
        pdf.set_font("dv", "", 8)
        for line in ([r["tag"]] if r.get("tag") else []) + r["contact"]:
            pdf.set_x(6); pdf.multi_cell(52, 4.5, line)
        for sh, lines in r.get("side", []):
            pdf.ln(3); pdf.set_x(6); pdf.set_font("dv", "B", 9); pdf.cell(52, 5, sh.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8)
            for line in lines:
                pdf.set_x(6); pdf.multi_cell(52, 4.5, line)
        lm = 70
        pdf.set_left_margin(lm)
        pdf.set_y(18)
    elif v == "twocol":
        pdf.set_font("dv", "B", 18)
        pdf.cell(100, 9, name)
        pdf.set_font("dv", "", 8)
        y0 = pdf.get_y()
        for i, line in enumerate(r["contact"]):
            pdf.set_xy(120, 16 + i * 4.5); pdf.cell(72, 4.5, line, align="R")
        pdf.set_xy(lm, 26)
        if r.get("tag"):
            pdf.set_font("dv", "I", 10); pdf.cell(100, 6, r["tag"])
        pdf.set_y(max(34, 16 + len(r["contact"]) * 4.5 + 3))
        pdf.line(lm, pdf.get_y(), 192, pdf.get_y()); pdf.ln(3)
    else:
        al = "C" if v == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, name, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        if r.get("tag"):
            pdf.cell(0, 5, r["tag"], align=al, new_x="LMARGIN", new_y="NEXT")
        for line in ([" · ".join(r["contact"])] if v == "centred" else r["contact"]):
            pdf.multi_cell(0, 4.8, line, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    bc = r.get("pdf_bullet", "•")
    for kind, a, b in blocks(r):
        if kind == "h":
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.set_text_color(30, 60, 90)
            pdf.cell(0, 6, a, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.line(pdf.l_margin, pdf.get_y(), 192, pdf.get_y()); pdf.ln(1.5)
        elif kind in ("role", "role2"):
            if pdf.get_y() > 262:
                pdf.add_page()
            pdf.set_font("dv", "B" if kind == "role" else "I", 9.8)
            pdf.cell(0, 5.2, a, new_x="LMARGIN", new_y="NEXT" if not b else "TOP")
            if b:
                pdf.set_font("dv", "", 9)
                pdf.set_x(pdf.l_margin)
                pdf.cell(0, 5.2, b, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("dv", "I", 9.2)
            pdf.cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("dv", "", 9.2)
            pdf.cell(5, 4.8, bc)
            pdf.multi_cell(0, 4.8, a, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "line"):
            pdf.set_font("dv", "", 9.2)
            pdf.multi_cell(0, 4.8, a, new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(1.5)
    pdf.output(path)


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx,
          "rl": render_rl, "fpdf": render_fpdf}
