"""Renderers: reportlab / fpdf2 PDF, python-docx DOCX, plain text and Markdown."""
from lib import entry_lines, date_text

DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _sidebar_split(r):
    side = [s for s in r["sections"] if s[0] == "list" and s[1] in r.get("side", ())]
    main = [s for s in r["sections"] if s not in side]
    return side, main


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " Resume")
    c.setAuthor(r["name"])
    layout = r.get("layout", "plain")
    font, bold, ital = r.get("fonts", ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    bullet = r.get("bullet", "•")
    K = r.get("leading", 1.0)
    side, main = _sidebar_split(r) if layout == "sidebar" else ([], r["sections"])
    st = {"page": 1}
    if layout == "sidebar":
        SW = 170
        x0, x1 = SW + 24, W - 36
    else:
        x0, x1 = 50, W - 50
    y = [H - 50]

    def footer():
        if r.get("pagenum"):
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 25, f"{r['name']} – Page {st['page']}")

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        y[0] = H - 50

    def need(h):
        if y[0] - h < 50:
            newpage()

    def draw_sidebar():
        c.setFillColor(colors.HexColor(r.get("sidecolor", "#E8EEF4")))
        c.rect(0, 0, SW, H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        yy = H - 50
        c.setFont(bold, 15)
        for ln in simpleSplit(r["name"], bold, 15, SW - 30):
            c.drawString(16, yy, ln)
            yy -= 18
        yy -= 8
        c.setFont(font, 8.5)
        for ct in r["contact"]:
            for ln in simpleSplit(ct, font, 8.5, SW - 30):
                c.drawString(16, yy, ln)
                yy -= 11
        for s in side:
            yy -= 12
            c.setFont(bold, 10)
            c.drawString(16, yy, s[1].upper())
            yy -= 13
            c.setFont(font, 8.5)
            for it in s[2]:
                for ln in simpleSplit(it, font, 8.5, SW - 30):
                    c.drawString(16, yy, ln)
                    yy -= 11

    if layout == "sidebar":
        draw_sidebar()
    elif layout == "twocol":
        c.setFont(bold, 20)
        c.drawString(x0, y[0], r["name"])
        c.setFont(font, 9)
        yy = y[0] + 4
        for ct in r["contact"]:
            c.drawRightString(x1, yy, ct)
            yy -= 11
        y[0] = min(y[0] - 16, yy) - 6
        c.line(x0, y[0], x1, y[0])
        y[0] -= 18 * K
    else:
        c.setFont(bold, 18)
        c.drawCentredString(W / 2, y[0], r["name"])
        y[0] -= 16 * K
        c.setFont(font, 9)
        c.drawCentredString(W / 2, y[0], "  |  ".join(r["contact"]))
        y[0] -= 22 * K

    def para(text, f=font, fs=9.5, indent=0, lead=None):
        lead = lead or 12.5 * K
        lines = simpleSplit(text, f, fs, x1 - x0 - indent)
        for ln in lines:
            need(lead)
            c.setFont(f, fs)
            c.drawString(x0 + indent, y[0], ln)
            y[0] -= lead

    def heading(h):
        need(40)
        y[0] -= 4 * K
        c.setFont(bold, 11.5)
        c.setFillColor(colors.HexColor(r.get("hcolor", "#000000")))
        c.drawString(x0, y[0], h.upper() if r.get("hupper", True) else h)
        c.setFillColor(colors.black)
        y[0] -= 4 * K
        c.setLineWidth(0.6)
        c.line(x0, y[0], x1, y[0])
        y[0] -= 14 * K

    for s in main:
        heading(s[1])
        if s[0] == "para":
            para(s[2])
        elif s[0] in ("list", "line"):
            for it in s[2]:
                if s[0] == "list":
                    need(13)
                    c.setFont(font, 9.5)
                    c.drawString(x0 + 4, y[0], bullet)
                    para(it, indent=14)
                else:
                    para(it)
        else:
            prev = None
            for e in s[2]:
                hl = entry_lines(e, r, prev)
                prev = e.org
                need(14 * len(hl) + 14)
                for sty, left, right in hl:
                    f = {"b": bold, "B": bold, "i": ital, "n": font}[sty]
                    c.setFont(f, 10.5 if sty == "B" else 10)
                    c.drawString(x0, y[0], left)
                    if right:
                        from reportlab.pdfbase.pdfmetrics import stringWidth
                        if stringWidth(left, f, 10) + stringWidth(right, font, 9.5) + 12 > x1 - x0:
                            y[0] -= 13 * K
                        c.setFont(font, 9.5)
                        c.drawRightString(x1, y[0], right)
                    y[0] -= 13 * K
                for b in e.bullets:
                    need(13)
                    c.setFont(font, 9.5)
                    c.drawString(x0 + 6, y[0], bullet)
                    para(b, indent=16)
                y[0] -= 6 * K
        y[0] -= 4 * K
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    pdf = FPDF(format="Letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 10, 1))
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    if r.get("pagenum"):
        name = r["name"]

        class P(FPDF):
            pass
        pdf.footer = lambda: (pdf.set_y(-12), pdf.set_font("DV", "", 8),
                              pdf.cell(0, 5, f"Page {pdf.page_no()}", align="C"))
    pdf.add_page()
    bullet = r.get("bullet", "•")
    pdf.set_font("DV", "B", 17)
    align = "L" if r.get("layout") == "left" else "C"
    pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_font("DV", "", 8.5)
    for ct in (r["contact"] if r.get("layout") == "left" else [" · ".join(r["contact"])]):
        pdf.cell(0, 4.5, ct, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.ln(3)
    epw = pdf.epw
    for s in r["sections"]:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(*r.get("hrgb", (30, 60, 110)))
        pdf.cell(0, 7, s[1] if not r.get("hupper") else s[1].upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + epw, pdf.get_y())
        pdf.ln(1.5)
        if s[0] == "para":
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(0, 4.6, s[2], new_x="LMARGIN", new_y="NEXT")
        elif s[0] in ("list", "line"):
            pdf.set_font("DV", "", 9)
            for it in s[2]:
                pdf.multi_cell(0, 4.6, (bullet + " " if s[0] == "list" else "") + it,
                               new_x="LMARGIN", new_y="NEXT")
        else:
            prev = None
            for e in s[2]:
                hl = entry_lines(e, r, prev)
                prev = e.org
                if pdf.get_y() > pdf.h - 35:
                    pdf.add_page()
                for sty, left, right in hl:
                    pdf.set_font("DV", {"b": "B", "B": "B", "i": "I", "n": ""}[sty], 9.8)
                    if right:
                        y = pdf.get_y()
                        lw = pdf.get_string_width(left)
                        pdf.cell(epw * 0.72, 5, left)
                        pdf.set_font("DV", "", 9)
                        if lw + pdf.get_string_width(right) + 4 > epw:
                            y += 5
                        pdf.set_xy(pdf.l_margin, y)
                        pdf.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.cell(0, 5, left, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9)
                for b in e.bullets:
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.multi_cell(epw - 3, 4.6, bullet + " " + b, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    import datetime
    cp.author = r["name"]
    cp.created = cp.modified = datetime.datetime(2026, 10, 1)
    cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    d.styles["Normal"].font.name = r.get("dfont", "Calibri")
    d.styles["Normal"].font.size = Pt(10.5)
    layout = r.get("layout", "styles")
    width = Inches(6.9)
    body = d

    if layout == "header":
        hp = sec.header.paragraphs[0]
        hp.text = r["name"]
        hp.runs[0].bold = True
        hp.runs[0].font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(r["contact"]))
    elif layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.1), Inches(4.8)
        from docx.oxml.ns import qn
        from docx.oxml import OxmlElement
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "DCE6F0")
        left._tc.get_or_add_tcPr().append(shd)
        p = left.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for ct in r["contact"]:
            left.add_paragraph(ct).runs[0].font.size = Pt(9)
        for s in r["sections"]:
            if s[0] == "list" and s[1] in r.get("side", ()):
                h = left.add_paragraph()
                h.add_run(s[1].upper()).bold = True
                for it in s[2]:
                    left.add_paragraph(it).runs[0].font.size = Pt(9)
        body = right
        width = Inches(4.6)
    else:
        p = d.add_paragraph()
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(18)
        if layout != "tabs":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2 = d.add_paragraph(" | ".join(r["contact"]))
        if layout != "tabs":
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text):
        if layout in ("styles", "header"):
            h = body.add_paragraph(text, style="Heading 1") if body is d else body.add_paragraph(text)
        else:
            h = body.add_paragraph()
            run = h.add_run(text.upper())
            run.bold = True
            run.font.size = Pt(11.5)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return h

    def bullet_para(text):
        if body is d:
            return d.add_paragraph(text, style="List Bullet")
        return body.add_paragraph("• " + text)

    for s in r["sections"]:
        if layout == "sidebar" and s[0] == "list" and s[1] in r.get("side", ()):
            continue
        heading(s[1])
        if s[0] == "para":
            body.add_paragraph(s[2])
        elif s[0] == "list":
            for it in s[2]:
                bullet_para(it)
        elif s[0] == "line":
            for it in s[2]:
                body.add_paragraph(it)
        else:
            prev = None
            for e in s[2]:
                hl = entry_lines(e, r, prev)
                prev = e.org
                if layout == "table":
                    t = d.add_table(rows=len(hl), cols=2)
                    for i, (sty, left, right) in enumerate(hl):
                        a, b = t.rows[i].cells
                        a.width, b.width = Inches(4.9), Inches(2.0)
                        ra = a.paragraphs[0].add_run(left)
                        ra.bold = sty in "bB"
                        ra.italic = sty == "i"
                        if right:
                            b.paragraphs[0].add_run(right)
                            b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    for sty, left, right in hl:
                        p = body.add_paragraph()
                        p.paragraph_format.space_after = Pt(0)
                        ra = p.add_run(left)
                        ra.bold = sty in "bB"
                        ra.italic = sty == "i"
                        if right:
                            if layout in ("tabs", "styles", "header") and body is d:
                                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                                p.add_run("\t" + right)
                            else:
                                p.add_run("   " + right)
                for b in e.bullets:
                    bullet_para(b)
                body.add_paragraph() if not e.bullets else None
    d.save(path)
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the docx zip with fixed timestamps so builds are byte-reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- text / markdown
def render_txt(r, path):
    out = [r["name"].upper() if r.get("nameupper") else r["name"]]
    out += r["contact"] if r.get("contact_lines") else [" | ".join(r["contact"])]
    out.append("")
    tl = r.get("txt", "plain")
    bullet = r.get("bullet", "-")
    for s in r["sections"]:
        h = s[1].upper() if r.get("hupper", True) else s[1]
        out.append(h)
        if r.get("underline"):
            out.append(r["underline"] * len(h))
        if s[0] == "para":
            out.append(s[2])
        elif s[0] == "list":
            out += [f"{bullet} {it}" for it in s[2]]
        elif s[0] == "line":
            out += s[2]
        else:
            prev = None
            for e in s[2]:
                if tl == "indeed":
                    out.append(e.title)
                    out.append(" - ".join(x for x in (e.org, e.loc) if x))
                    if date_text(e, r):
                        out.append(date_text(e, r))
                else:
                    for sty, left, right in entry_lines(e, r, prev):
                        if right and tl == "inline":
                            out.append(f"{left}, {right}" if sty != "i" else left)
                        elif right:
                            out.append(left + "    " + right)
                        elif left:
                            out.append(left)
                prev = e.org
                out += [f"{bullet} {b}" for b in e.bullets]
                out.append("")
        if out[-1] != "":
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    out = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    md = r.get("md", "h3")
    for s in r["sections"]:
        out += [f"## {s[1]}", ""]
        if s[0] == "para":
            out += [s[2], ""]
        elif s[0] == "list":
            out += [f"- {it}" for it in s[2]] + [""]
        elif s[0] == "line":
            out += [it + "  " for it in s[2]] + [""]
        else:
            for e in s[2]:
                d = date_text(e, r)
                orgloc = ", ".join(x for x in (e.org, e.loc) if x)
                if md == "h3":
                    out.append(f"### {e.title}")
                    out.append(f"**{orgloc}** | {d}" if d else f"**{orgloc}**")
                else:
                    out.append(f"**{e.title}**, {orgloc}" + (f" — *{d}*" if d else ""))
                out.append("")
                if e.bullets:
                    out += [f"- {b}" for b in e.bullets] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render(r, path):
    ext = r["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        (render_fpdf if r.get("engine") == "fpdf" else render_rl)(r, path)
    elif ext == "docx":
        render_docx(r, path)
    elif ext == "txt":
        render_txt(r, path)
    else:
        render_md(r, path)
