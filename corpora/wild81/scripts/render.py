"""Renderers for wild81: reportlab, fpdf2, python-docx, text, Markdown, HTML.

A résumé definition (see defs_a.py) is turned into a list of simple operations
('h', 'row', 'bul', 'para', 'line', 'break') which each renderer lays out in its own way."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- operations
def orgloc(e, d):
    parts = [p for p in (e.org, e.loc) if p]
    return d.get("orgsep", ", ").join(parts)


def head_rows(e, d, prev_org):
    dates = fmt_range(e, d.get("dstyle", "mon"), d.get("present", "Present"), d.get("sep", " – "))
    h = d.get("hdr", "title_org")
    ol = orgloc(e, d)
    if h == "title_org":
        return [("title", e.title, dates), ("org", ol, "")]
    if h == "org_title":
        return [("org", ol, dates), ("title", e.title, "")]
    if h == "dash":
        return [("title", f"{e.title} – {ol}" if ol else e.title, dates)]
    if h == "pipe":
        return [("title", " | ".join(p for p in (e.title, e.org, e.loc) if p), dates)]
    if h == "dateline":
        return [("title", e.title, ""), ("org", ol, ""), ("date", dates, "")]
    if h == "datesfirst":
        return [("date", dates, ""), ("title", f"{e.title}, {ol}" if ol else e.title, "")]
    if h == "inline":
        return [("title", ", ".join(p for p in (e.title, ol, dates) if p), "")]
    if h == "labelled":
        la = d.get("labels", ("Position", "Company", "Period"))
        return [("title", f"{la[0]}: {e.title}", ""), ("org", f"{la[1]}: {ol}", ""), ("date", f"{la[2]}: {dates}", "")]
    if h == "orgfirst":
        rows = []
        if e.org != prev_org:
            rows.append(("orghead", ol, ""))
        rows.append(("title", e.title, dates))
        return rows
    raise ValueError(h)


def block_ops(b, d):
    kind, heading, content = b[0], b[1], b[2] if len(b) > 2 else None
    ops = []
    if kind == "break":
        return [("break",)]
    if heading:
        ops.append(("h", heading))
    if kind == "p":
        ops.append(("para", content))
    elif kind == "list":
        ops += [("bul", x) for x in content]
    elif kind == "lines":
        ops += [("line", x) for x in content]
    elif kind == "exp":
        prev = object()
        for e in content:
            for st, l, r in head_rows(e, d, prev):
                ops.append(("row", st, l, r))
            prev = e.org
            if d.get("para") and e.bullets:
                ops.append(("para", " ".join(e.bullets)))
            else:
                ops += [("bul", x) for x in e.bullets]
            ops.append(("gap",))
    return ops


def main_ops(d):
    ops = []
    for b in d["blocks"]:
        ops += block_ops(b, d)
    return ops


def side_ops(d):
    ops = []
    for b in d.get("side", []):
        ops += block_ops(b, d)
    return ops


def entries(d):
    out = []
    for b in d["blocks"]:
        if b[0] == "exp":
            out += b[2]
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = LETTER if d.get("page") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(d["name"] + " - CV")
    c.setAuthor(d["name"])
    c.setCreator("Microsoft Word")
    lay = d.get("layout", "plain")
    bch = d.get("bullet", "•")
    M = 50
    state = {"page": 1}
    sidebar_w = 170 if lay == "sidebar" else 0
    x0 = M + (sidebar_w - 20 if sidebar_w else 0)
    x1 = W - M
    acc = d.get("accent", (0.15, 0.25, 0.45))

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, d["footer"].format(n=state["page"]))
            c.setFillGray(0)

    def sidebar_bg():
        if sidebar_w:
            c.setFillColorRGB(0.9, 0.92, 0.95)
            c.rect(0, 0, sidebar_w, H, stroke=0, fill=1)
            c.setFillGray(0)

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        sidebar_bg()
        return H - M

    sidebar_bg()
    y = H - M
    # header
    if lay == "twocol":
        c.setFont("Helvetica-Bold", 22)
        c.drawString(M, y - 10, d["name"])
        if d.get("headline"):
            c.setFont("Helvetica", 11)
            c.drawString(M, y - 28, d["headline"])
        c.setFont("Helvetica", 9)
        yy = y
        for line in d["contact"]:
            c.drawRightString(x1, yy, line)
            yy -= 12
        y = min(y - 40, yy) - 10
        c.setStrokeColorRGB(*acc)
        c.line(M, y + 6, x1, y + 6)
        y -= 12
    elif lay == "sidebar":
        # sidebar carries name and contact
        sy = H - M
        c.setFont("Helvetica-Bold", 16)
        for part in simpleSplit(d["name"], "Helvetica-Bold", 16, sidebar_w - 30):
            c.drawString(18, sy, part)
            sy -= 20
        c.setFont("Helvetica", 8.5)
        for line in d["contact"]:
            for part in simpleSplit(line, "Helvetica", 8.5, sidebar_w - 30):
                c.drawString(18, sy, part)
                sy -= 11
        sy -= 8
        for op in side_ops(d):
            if op[0] == "h":
                sy -= 6
                c.setFont("Helvetica-Bold", 10)
                c.drawString(18, sy, op[1].upper())
                sy -= 14
            elif op[0] in ("bul", "line", "para"):
                c.setFont("Helvetica", 8.5)
                txt = (bch + " " if op[0] == "bul" else "") + op[1]
                for part in simpleSplit(txt, "Helvetica", 8.5, sidebar_w - 30):
                    c.drawString(18, sy, part)
                    sy -= 11
        if d.get("headline"):
            c.setFont("Helvetica-Bold", 13)
            c.setFillColorRGB(*acc)
            c.drawString(x0, y, d["headline"])
            c.setFillGray(0)
            y -= 24
    else:
        centred = lay == "plain"
        c.setFont("Helvetica-Bold", 20)
        (c.drawCentredString(W / 2, y, d["name"]) if centred else c.drawString(M, y, d["name"]))
        y -= 18
        c.setFont("Helvetica", 9.5)
        for line in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
            (c.drawCentredString(W / 2, y, line) if centred else c.drawString(M, y, line))
            y -= 12
        y -= 8
    width = x1 - x0
    for op in main_ops(d):
        if y < 70:
            y = newpage()
        t = op[0]
        if t == "break":
            y = newpage()
        elif t == "h":
            y -= 6
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColorRGB(*acc)
            c.drawString(x0, y, op[1] if d.get("hcase") != "upper" else op[1].upper())
            c.setFillGray(0)
            c.setStrokeColorRGB(*acc)
            c.setLineWidth(0.6)
            c.line(x0, y - 3, x1, y - 3)
            y -= 17
        elif t == "row":
            st, left, right = op[1], op[2], op[3]
            font = {"title": "Helvetica-Bold", "orghead": "Helvetica-Bold", "org": "Helvetica-Oblique"}.get(st, "Helvetica")
            c.setFont(font, 10.5 if st in ("title", "orghead") else 10)
            c.drawString(x0, y, left)
            if right:
                c.setFont("Helvetica", 9.5)
                c.drawRightString(x1, y, right)
            y -= 13
        elif t in ("bul", "para", "line"):
            c.setFont("Helvetica", 9.5)
            ind = 12 if t == "bul" else 0
            parts = simpleSplit(op[1], "Helvetica", 9.5, width - ind)
            for i, part in enumerate(parts):
                if y < 60:
                    y = newpage()
                    c.setFont("Helvetica", 9.5)
                if t == "bul" and i == 0:
                    c.drawString(x0 + 2, y, bch)
                c.drawString(x0 + ind, y, part)
                y -= 12
        elif t == "gap":
            y -= 5
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    foot = d.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-12)
                self.set_font("DV", "", 8)
                self.cell(0, 5, foot.format(n=self.page_no()), align="C")

    pdf = P(format="letter" if d.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d["name"] + " CV")
    pdf.set_author(d["name"])
    pdf.set_creator("Google Docs Renderer")
    pdf.set_producer("fpdf2")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=18)
    lay = d.get("layout", "left")
    bch = d.get("bullet", "•")
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    W = pdf.w
    side_w = 62 if lay == "sidebar" else 0
    if lay == "sidebar":
        pdf.set_fill_color(232, 236, 240)
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(side_w - 14, 7, d["name"], new_x="LEFT", new_y="NEXT")
        pdf.set_font("DV", "", 8)
        for line in d["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(side_w - 14, 4.5, line, new_x="LEFT", new_y="NEXT")
        for op in side_ops(d):
            pdf.set_x(8)
            if op[0] == "h":
                pdf.ln(3)
                pdf.set_x(8)
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(side_w - 14, 6, op[1], new_x="LEFT", new_y="NEXT")
            elif op[0] in ("bul", "line", "para"):
                pdf.set_font("DV", "", 8)
                pdf.multi_cell(side_w - 14, 4.5, (bch + " " if op[0] == "bul" else "") + op[1], new_x="LEFT", new_y="NEXT")
        pdf.set_left_margin(side_w + 8)
        pdf.set_xy(side_w + 8, 16)
        if d.get("headline"):
            pdf.set_font("DV", "B", 12)
            pdf.cell(0, 8, d["headline"], new_x="LMARGIN", new_y="NEXT")
    else:
        align = "C" if lay == "centred" else "L"
        pdf.set_font("DV", "B", 18)
        pdf.cell(0, 10, d["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for line in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
            pdf.cell(0, 5, line, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for op in main_ops(d):
        t = op[0]
        if t == "break":
            pdf.add_page()
        elif t == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 7, op[1].upper() if d.get("hcase") == "upper" else op[1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "row":
            st, left, right = op[1], op[2], op[3]
            pdf.set_font("DV", "B" if st in ("title", "orghead") else ("I" if st == "org" else ""), 10 if st != "date" else 9)
            if right:
                x = pdf.get_x()
                pdf.cell(0, 5.5, left)
                pdf.set_x(x)
                pdf.set_font("DV", "", 9)
                pdf.cell(0, 5.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5.5, left, new_x="LMARGIN", new_y="NEXT")
        elif t == "bul":
            pdf.set_font("DV", "", 9)
            x = pdf.l_margin
            pdf.set_x(x + 2)
            pdf.cell(4, 4.8, bch)
            pdf.set_x(x + 6)
            pdf.multi_cell(0, 4.8, op[1], new_x="LMARGIN", new_y="NEXT")
        elif t in ("para", "line"):
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(0, 4.8, op[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "gap":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = d.get("layout", "styles")
    TAB = Inches(6.9)

    def tabpara(container, left, right, bold=False, italic=False):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(left)
        r.bold, r.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        return p

    def write_ops(container, ops, narrow=False):
        for op in ops:
            t = op[0]
            if t == "break":
                container.add_paragraph().add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
            elif t == "h":
                if lay in ("styles", "header") and not narrow:
                    container.add_paragraph(op[1], style="Heading 1")
                else:
                    p = container.add_paragraph()
                    r = p.add_run(op[1].upper() if d.get("hcase") == "upper" else op[1])
                    r.bold = True
                    r.font.size = Pt(12)
                    p.paragraph_format.space_before = Pt(8)
            elif t == "row":
                s, left, right = op[1], op[2], op[3]
                if lay == "styles" and s == "title" and not narrow and not right:
                    container.add_paragraph(left, style="Heading 2")
                elif lay == "table" and s in ("title", "org", "orghead") and right:
                    tb = container.add_table(rows=1, cols=2)
                    _no_borders(tb)
                    a, b = tb.rows[0].cells
                    a.width, b.width = Inches(5.0), Inches(1.9)
                    a.paragraphs[0].add_run(left).bold = True
                    b.paragraphs[0].add_run(right)
                    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif narrow:
                    p = container.add_paragraph()
                    r = p.add_run(left)
                    r.bold = s in ("title", "orghead")
                    r.italic = s == "org"
                    if right:
                        p.add_run("    " + right)
                else:
                    tabpara(container, left, right, bold=s in ("title", "orghead"), italic=s == "org")
            elif t == "bul":
                if d.get("typed_bullets"):
                    container.add_paragraph(d.get("bullet", "-") + " " + op[1])
                else:
                    container.add_paragraph(op[1], style="List Bullet")
            elif t in ("para", "line"):
                container.add_paragraph(op[1])
            elif t == "gap":
                pass

    def write_head(container):
        if lay == "styles":
            container.add_paragraph(d["name"], style="Title")
        else:
            p = container.add_paragraph()
            r = p.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(20)
        for line in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
            p = container.add_paragraph(line)
            p.paragraph_format.space_after = Pt(0)

    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        hdr.add_paragraph(" | ".join(d["contact"]))
        if d.get("headline"):
            doc.add_paragraph(d["headline"]).runs[0].bold = True
        write_ops(doc, main_ops(d))
    elif lay == "sidebar":
        tb = doc.add_table(rows=1, cols=2)
        _no_borders(tb)
        a, b = tb.rows[0].cells
        a.width, b.width = Inches(2.2), Inches(4.7)
        _shade(a, "DCE6F0")
        a.paragraphs[0].add_run(d["name"]).bold = True
        for line in d["contact"]:
            a.add_paragraph(line)
        write_ops(a, side_ops(d), narrow=True)
        if d.get("headline"):
            b.paragraphs[0].add_run(d["headline"]).bold = True
        write_ops(b, main_ops(d), narrow=True)
    else:
        write_head(doc)
        write_ops(doc, main_ops(d))
    if d.get("footer"):
        sec.footer.paragraphs[0].text = d["footer"].format(n=1)
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text family
def render_txt(d, path):
    lay = d.get("layout", "plain")
    bch = d.get("bullet", "-")
    out = []
    out.append(d["name"].upper() if lay == "caps" else d["name"])
    if d.get("headline"):
        out.append(d["headline"])
    out += d["contact"]
    out.append("")
    for op in side_ops(d) + main_ops(d):
        t = op[0]
        if t == "h":
            out.append("")
            if lay == "caps":
                out.append(op[1].upper())
            elif lay == "underline":
                out += [op[1], "=" * len(op[1])]
            else:
                out.append(op[1].upper() + ":" if lay == "colon" else op[1])
        elif t == "row":
            s, left, right = op[1], op[2], op[3]
            if right:
                if d.get("txtpad"):
                    out.append(left.ljust(58) + right)
                else:
                    out.append(f"{left}{d.get('txtdsep', ', ')}{right}")
            else:
                out.append(left)
        elif t == "bul":
            out.append(f"{bch} {op[1]}" if bch else op[1])
        elif t in ("para", "line"):
            out.append(op[1])
        elif t == "gap":
            out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(d, path):
    lay = d.get("layout", "h3")
    bch = d.get("bullet", "-")
    out = [f"# {d['name']}", ""]
    if d.get("headline"):
        out += [f"**{d['headline']}**", ""]
    out += [" · ".join(d["contact"]), ""]
    for op in side_ops(d) + main_ops(d):
        t = op[0]
        if t == "h":
            out += ["", f"## {op[1]}", ""]
        elif t == "row":
            s, left, right = op[1], op[2], op[3]
            if s == "orghead":
                out.append(f"### {left}")
            elif s == "title":
                if lay == "h3" and d.get("hdr") != "orgfirst":
                    out.append(f"### {left}")
                    if right:
                        out.append(f"*{right}*  ")
                else:
                    out.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
            else:
                out.append(left + (f" · {right}" if right else "") + "  ")
        elif t == "bul":
            out.append(f"{bch} {op[1]}")
        elif t in ("para", "line"):
            out += [op[1], ""] if t == "para" else [op[1] + "  "]
        elif t == "gap":
            out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_html(d, path):
    esc = htmlmod.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{esc(d['name'])} – Résumé</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:2em auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
           ".d{float:right;color:#555}.org{font-style:italic;margin:0}h3{margin:.6em 0 0;font-size:1em}"
           "aside{background:#eef;padding:.5em 1em}</style></head><body>",
           f"<header><h1>{esc(d['name'])}</h1>"]
    if d.get("headline"):
        out.append(f"<p><strong>{esc(d['headline'])}</strong></p>")
    out.append("<p>" + " | ".join(esc(x) for x in d["contact"]) + "</p></header>")

    def emit(ops):
        inlist = False
        for op in ops:
            t = op[0]
            if t != "bul" and inlist:
                out.append("</ul>")
                inlist = False
            if t == "h":
                out.append(f"<h2>{esc(op[1])}</h2>")
            elif t == "row":
                s, left, right = op[1], op[2], op[3]
                r = f"<span class=\"d\">{esc(right)}</span>" if right else ""
                if s in ("title", "orghead"):
                    out.append(f"<h3>{r}{esc(left)}</h3>")
                else:
                    out.append(f"<p class=\"{'org' if s == 'org' else 'dt'}\">{r}{esc(left)}</p>")
            elif t == "bul":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{esc(op[1])}</li>")
            elif t in ("para", "line"):
                out.append(f"<p>{esc(op[1])}</p>")
        if inlist:
            out.append("</ul>")

    if d.get("side"):
        out.append("<aside>")
        emit(side_ops(d))
        out.append("</aside>")
    out.append("<main>")
    emit(main_ops(d))
    out.append("</main></body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
