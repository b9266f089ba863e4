"""Renderers for wild58: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, HTML, Markdown.
Every renderer walks the same logical lines (job_lines) so the entry-header order is chosen per résumé."""
import datetime, html, io, os, zipfile
from lib import date_text

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


def dt(e, r):
    return date_text(e, r.get("dstyle", "mon"), r.get("present", "Present"), r.get("sep", " – "))


def place(org, loc, joiner=", "):
    return joiner.join(x for x in (org, loc) if x)


def job_lines(entries, r):
    """-> list of (tag, left, right). tags: orghead, head, sub, bul, para, gap"""
    order = r.get("order", "title_org")
    out, prev_org = [], object()
    for i, e in enumerate(entries):
        d = dt(e, r)
        if i:
            out.append(("gap", "", ""))
        if order == "title_org":
            out += [("head", e.title, d)]
            if e.org or e.loc:
                out.append(("sub", place(e.org, e.loc, r.get("ojoin", ", ")), ""))
        elif order == "org_title":
            out += [("head", place(e.org, e.loc, r.get("ojoin", ", ")) or e.title, d)]
            if e.org or e.loc:
                out.append(("sub", e.title, ""))
        elif order == "dateline":
            out += [("head", e.title, "")]
            if e.org or e.loc:
                out.append(("sub", place(e.org, e.loc), ""))
            if d:
                out.append(("sub", d, ""))
        elif order == "dash":
            out.append(("head", e.title + (" – " + place(e.org, e.loc) if (e.org or e.loc) else ""), d))
        elif order == "pipe":
            out.append(("head", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "inline":
            out.append(("head", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
        elif order == "datesleft":
            out.append(("head", d, ""))
            out.append(("sub", e.title + (" — " + place(e.org, e.loc) if (e.org or e.loc) else ""), ""))
        elif order == "orgfirst":
            if e.org != prev_org or e.org is None:
                out.append(("orghead", place(e.org, e.loc, r.get("ojoin", ", ")) or "", ""))
            elif out and out[-1][0] == "gap":
                out.pop()
            out.append(("head", e.title, d))
            prev_org = e.org
        if e.prose and e.bullets:
            out.append(("para", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""))
        else:
            out += [("bul", b, "") for b in e.bullets]
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    var = r.get("variant", "plain")
    if var != "plain":
        pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
        F, FB, FI = "DV", "DVB", "DVI"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    size = letter if r.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV"); c.setAuthor(r["name"]); c.setCreator("Microsoft Word")
    M = 48
    state = {"page": 1}
    S = r.get("scale", 1.0)
    x0, x1 = M, W - M
    if var == "sidebar":
        sw = 165
        c.setFillColorRGB(0.9, 0.93, 0.95); c.rect(0, 0, sw, H, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
        y = H - 60
        c.setFont(FB, 15)
        for ln in simpleSplit(r["name"], FB, 15, sw - 30):
            c.drawString(16, y, ln); y -= 18
        y -= 6
        for head, lines in [("Contact", r["contact"])] + r.get("sidebar", []):
            c.setFont(FB, 10); c.drawString(16, y, head.upper()); y -= 14
            c.setFont(F, 8.5)
            for l in lines:
                for ln in simpleSplit(l, F, 8.5, sw - 30):
                    c.drawString(16, y, ln); y -= 11
            y -= 10
        x0 = sw + 24
        y = H - 60
    elif var == "twocol":
        c.setFont(FB, 18); c.drawString(M, H - 60, r["name"])
        c.setFont(F, 10)
        if r.get("tagline"):
            c.drawString(M, H - 76, r["tagline"])
        yy = H - 50
        for l in r["contact"]:
            c.drawRightString(W - M, yy, l); yy -= 12
        y = min(H - 96, yy - 10)
        c.line(M, y + 6, W - M, y + 6); y -= 12
    else:
        c.setFont(FB, 17)
        if r.get("centre"):
            c.drawCentredString(W / 2, H - 60, r["name"])
        else:
            c.drawString(M, H - 60, r["name"])
        c.setFont(F, 9.5)
        cl = "  |  ".join(r["contact"])
        (c.drawCentredString(W / 2, H - 76, cl) if r.get("centre") else c.drawString(M, H - 76, cl))
        y = H - 100

    def footer():
        if r.get("footer"):
            c.setFont(F, 8); c.drawString(M, 28, r["name"] + " – Curriculum Vitae")
            c.drawRightString(W - M, 28, f"Page {state['page']}")

    def need(h):
        nonlocal y
        if y - h < 56:
            footer(); c.showPage(); state["page"] += 1
            y = H - 56

    def text(s, font, sz, indent=0, right=None, lead=None):
        nonlocal y
        sz = sz * S
        lead = lead or sz + 3
        width = x1 - x0 - indent - (c.stringWidth(right, font, sz) + 12 if right else 0)
        lines = simpleSplit(s, font, sz, width)
        need(lead * len(lines))
        for k, ln in enumerate(lines):
            c.setFont(font, sz); c.drawString(x0 + indent, y, ln)
            if right and k == len(lines) - 1:
                c.drawRightString(x1, y, right)
            y -= lead

    for blk in r["blocks"]:
        kind, head, body = blk
        need(40); y -= 6
        c.setFont(FB, 11.5); c.drawString(x0, y, head.upper() if r.get("caps") else head); y -= 4
        c.setLineWidth(0.5); c.line(x0, y, x1, y); y -= 14
        if kind == "text":
            for l in body:
                text(l, F, 9.5)
        else:
            for tag, left, right in job_lines(body, r):
                if tag == "gap":
                    y -= 5
                elif tag == "orghead":
                    text(left, FB, 10.5)
                elif tag == "head":
                    text(left, FB, 10, right=right or None)
                elif tag == "sub":
                    text(left, FI, 9.5)
                elif tag == "para":
                    text(left, F, 9.5)
                elif tag == "bul":
                    lines = simpleSplit(left, F, 9.5 * S, x1 - x0 - 14)
                    need(12.5 * S * len(lines))
                    c.setFont(F, 9.5 * S); c.drawString(x0 + 3, y, r.get("bullet", "•"))
                    for ln in lines:
                        c.drawString(x0 + 14, y, ln); y -= 12.5 * S
        y -= 4
    footer()
    c.showPage(); c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    var = r.get("variant", "left")
    name = r["name"]

    S = r.get("scale", 1.0)

    class P(FPDF):
        def set_font(self, family=None, style="", size=0):
            super().set_font(family, style, size * S if size else size)

        def footer(self):
            if var == "twopage":
                self.set_y(-14); self.set_font("DV", "", 8)
                self.cell(0, 6, f"{name}  ·  page {self.page_no()} of {{nb}}", align="C")

    fmt = "Letter" if r.get("paper") == "letter" else "A4"
    pdf = P(format=fmt)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(name + " - Resume"); pdf.set_author(name); pdf.set_creator("Google Docs Renderer")
    pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    al = "C" if var == "centred" else "L"
    pdf.set_font("DV", "B", 16); pdf.cell(0, 9 * S, name, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    if r.get("tagline"):
        pdf.cell(0, 5 * S, r["tagline"], align=al, new_x="LMARGIN", new_y="NEXT")
    for l in ([" · ".join(r["contact"])] if var == "centred" else r["contact"]):
        pdf.multi_cell(0, 4.6 * S, l, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bullet = r.get("bullet", "•")
    for kind, head, body in r["blocks"]:
        pdf.ln(2); pdf.set_font("DV", "B", 11)
        pdf.cell(0, 7 * S, head.upper() if r.get("caps") else head, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.set_draw_color(120, 120, 120); pdf.line(18, y, pdf.w - 18, y); pdf.ln(1.5)
        if kind == "text":
            pdf.set_font("DV", "", 9)
            for l in body:
                pdf.multi_cell(0, 4.6 * S, l, new_x="LMARGIN", new_y="NEXT")
            continue
        for tag, left, right in job_lines(body, r):
            if tag == "gap":
                pdf.ln(2)
            elif tag in ("head", "orghead"):
                pdf.set_font("DV", "B", 10 if tag == "head" else 10.5)
                if right:
                    wr = pdf.get_string_width(right) + 2
                    x, y = pdf.get_x(), pdf.get_y()
                    pdf.multi_cell(pdf.epw - wr - 4, 5 * S, left, align="L", new_x="LMARGIN", new_y="NEXT")
                    y2 = pdf.get_y(); pdf.set_xy(pdf.w - 18 - wr, y); pdf.set_font("DV", "", 9)
                    pdf.cell(wr, 5 * S, right, align="R"); pdf.set_xy(18, y2)
                else:
                    pdf.multi_cell(0, 5 * S, left, align="L", new_x="LMARGIN", new_y="NEXT")
            elif tag == "sub":
                pdf.set_font("DV", "I", 9.5); pdf.multi_cell(0, 4.8 * S, left, align="L", new_x="LMARGIN", new_y="NEXT")
            elif tag == "para":
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.6 * S, left, align="L", new_x="LMARGIN", new_y="NEXT")
            elif tag == "bul":
                pdf.set_font("DV", "", 9); pdf.cell(5, 4.6 * S, bullet)
                pdf.multi_cell(0, 4.6 * S, left, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(it.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    var = r.get("variant", "styles")
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "CV"; cp.revision = 3
    cp.created = FIXED_DT.replace(tzinfo=None); cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    st = doc.styles["Normal"]; st.font.name = r.get("font", "Calibri"); st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    TAB = Inches(6.9)
    bullet = r.get("bullet")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

    def para(container, text="", style=None, bold=False, italic=False, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(TAB if container is doc else Inches(4.3),
                                                     WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(text); run.bold = bold; run.italic = italic
        if size:
            run.font.size = Pt(size)
        if right:
            rr = p.add_run("\t" + right); rr.italic = r.get("date_italic", False)
        p.paragraph_format.space_after = Pt(1)
        return p

    def bul(container, text):
        if bullet:
            p = para(container, f"{bullet}\t{text}")
            p.paragraph_format.left_indent = Inches(0.25); p.paragraph_format.first_line_indent = Inches(-0.2)
        else:
            p = container.add_paragraph(text, style="List Bullet"); p.paragraph_format.space_after = Pt(0)

    def head(container, text):
        if var in ("styles",):
            container.add_heading(text, level=1) if container is doc else para(container, text, bold=True, size=12)
        else:
            p = para(container, text.upper() if r.get("caps") else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def jobs(container, entries):
        if var == "table" and container is doc:
            for e in entries:
                t = doc.add_table(rows=1, cols=2)
                t.autofit = False
                a, b = t.rows[0].cells
                a.width = Inches(5.0); b.width = Inches(1.9)
                a.paragraphs[0].add_run(e.title).bold = True
                if e.org or e.loc:
                    a.add_paragraph().add_run(place(e.org, e.loc)).italic = True
                b.paragraphs[0].add_run(dt(e, r)); b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if e.prose and e.bullets:
                    para(doc, " ".join(e.bullets))
                else:
                    for x in e.bullets:
                        bul(doc, x)
                doc.add_paragraph().paragraph_format.space_after = Pt(0)
            return
        if var == "sidebar":  # nested table per job inside the main cell
            for e in entries:
                t = container.add_table(rows=1, cols=2)
                a, b = t.rows[0].cells
                a.paragraphs[0].add_run(e.title).bold = True
                b.paragraphs[0].add_run(dt(e, r)); b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if e.org or e.loc:
                    a.add_paragraph().add_run(place(e.org, e.loc)).italic = True
                for x in e.bullets:
                    bul(container, x)
            return
        for tag, left, right in job_lines(entries, r):
            if tag == "gap":
                continue
            if tag == "orghead":
                para(container, left, bold=True, size=11)
            elif tag == "head":
                if var == "styles" and r.get("order") != "datesleft":
                    h = container.add_heading(left, level=3)
                    if right:
                        h.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
                        h.add_run("\t" + right)
                else:
                    para(container, left, bold=True, right=right or None)
            elif tag == "sub":
                para(container, left, italic=True)
            elif tag == "para":
                para(container, left)
            elif tag == "bul":
                bul(container, left)

    if var == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\n" + "  •  ".join(r["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    main = doc
    if var == "sidebar":
        lay = doc.add_table(rows=1, cols=2)
        side, main = lay.rows[0].cells
        side.width = Inches(2.1); main.width = Inches(4.8)
        shade(side, "DCE6F0")
        side.paragraphs[0].add_run(r["name"]).bold = True
        for h_, lines in [("Contact", r["contact"])] + r.get("sidebar", []):
            para(side, h_.upper(), bold=True)
            for l in lines:
                para(side, l, size=9)
    elif var != "header":
        if var == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            para(doc, r["name"], bold=True, size=18)
        para(doc, " | ".join(r["contact"]), size=9)
    for kind, h_, body in r["blocks"]:
        head(main, h_)
        if kind == "text":
            for l in body:
                if l.startswith("* "):
                    bul(main, l[2:])
                else:
                    para(main, l)
        else:
            jobs(main, body)
    doc.save(path)
    _fix_docx(path)


# ---------------------------------------------------------------- text, html, md
def _rj(left, right, r, width=86):
    if not right:
        return left
    j = r.get("rjoin", "pad")
    if j == "pad":
        return left + " " * max(2, width - len(left) - len(right)) + right
    if j == "()":
        return f"{left} ({right})"
    return left + j + right


def render_txt(r, path):
    L = []
    var = r.get("variant", "plain")
    L.append(r["name"].upper() if var == "caps" else r["name"])
    L += r["contact"]
    L.append("")
    b = r.get("bullet", "-")
    for kind, head, body in r["blocks"]:
        if var == "caps":
            L += [head.upper(), ""]
        elif var == "portal":
            L += [head + ":", ""]
        else:
            L += [head, ("=" if var == "plain" else "-") * len(head)]
        if kind == "text":
            L += body
        else:
            for tag, left, right in job_lines(body, r):
                if tag == "gap":
                    L.append("")
                elif tag == "orghead":
                    L.append(left.upper())
                elif tag == "head":
                    L.append(_rj(left, right, r))
                elif tag == "sub":
                    L.append(left)
                elif tag == "para":
                    L.append(left)
                else:
                    L.append(f"{b} {left}" if b else f"   {left}")
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", ""]
    if r.get("tagline"):
        L += [f"*{r['tagline']}*", ""]
    L += [" · ".join(r["contact"]), ""]
    b = r.get("bullet", "-")
    var = r.get("variant", "h3")
    for kind, head, body in r["blocks"]:
        L += [f"## {head}", ""]
        if kind == "text":
            L += [x.replace("* ", f"{b} ", 1) if x.startswith("* ") else x for x in body] + [""]
            continue
        for tag, left, right in job_lines(body, r):
            if tag == "gap":
                L.append("")
            elif tag == "orghead":
                L += [f"### {left}", ""]
            elif tag == "head":
                if var == "h3":
                    L += [f"### {left}", ""] + ([f"*{right}*", ""] if right else [])
                else:
                    L += [f"**{left}**" + (f" — {right}" if right else "") + "  "]
            elif tag == "sub":
                L += [f"{left}  " if var != "h3" else f"_{left}_", ""] if var == "h3" else [f"_{left}_  "]
            elif tag == "para":
                L += ["", left, ""]
            else:
                if L and L[-1].endswith("  ") and var != "h3":
                    L.append("")
                L.append(f"{b} {left}")
        L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


def render_html(r, path):
    h = html.escape
    var = r.get("variant", "simple")
    css = ("body{font-family:Georgia,serif;max-width:780px;margin:2em auto;color:#222}"
           "h1{margin-bottom:0}.c{color:#555}.d{float:right;color:#444}h2{border-bottom:1px solid #999}"
           "td.dates{width:150px;vertical-align:top;color:#555}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{h(r['name'])} – Résumé</title>", f"<style>{css}</style></head><body>",
         f"<h1>{h(r['name'])}</h1>", "<p class=\"c\">" + "<br>".join(h(x) for x in r["contact"]) + "</p>"]
    for kind, head, body in r["blocks"]:
        L.append(f"<h2>{h(head)}</h2>")
        if kind == "text":
            items = [x for x in body if x.startswith("* ")]
            for x in body:
                if not x.startswith("* "):
                    L.append(f"<p>{h(x)}</p>")
            if items:
                L.append("<ul>" + "".join(f"<li>{h(x[2:])}</li>" for x in items) + "</ul>")
            continue
        if var == "grid":
            L.append("<table>")
            for e in body:
                cell = [f"<strong>{h(e.title)}</strong>"]
                if e.org or e.loc:
                    cell.append(f"<br><em>{h(place(e.org, e.loc))}</em>")
                if e.bullets:
                    if e.prose:
                        cell.append(f"<p>{h(' '.join(e.bullets))}</p>")
                    else:
                        cell.append("<ul>" + "".join(f"<li>{h(b)}</li>" for b in e.bullets) + "</ul>")
                L.append(f"<tr><td class=\"dates\">{h(dt(e, r))}</td><td>{''.join(cell)}</td></tr>")
            L.append("</table>")
            continue
        ul = False
        for tag, left, right in job_lines(body, r):
            if tag != "bul" and ul:
                L.append("</ul>"); ul = False
            if tag == "orghead":
                L.append(f"<h3>{h(left)}</h3>")
            elif tag == "head":
                d = f"<span class=\"d\">{h(right)}</span>" if right else ""
                L.append(f"<h4>{h(left)}{d}</h4>" if r.get("order") == "orgfirst" else f"<h3>{h(left)}{d}</h3>")
            elif tag == "sub":
                L.append(f"<p><em>{h(left)}</em></p>")
            elif tag == "para":
                L.append(f"<p>{h(left)}</p>")
            elif tag == "bul":
                if not ul:
                    L.append("<ul>"); ul = True
                L.append(f"  <li>{h(left)}</li>")
        if ul:
            L.append("</ul>")
    L.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
