"""Renderers for wild103: a small document model, then reportlab, fpdf2, python-docx, txt, md and html."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import fmt_range

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- model
def dates_of(e, R):
    return fmt_range(e, R.get("dstyle", "mon"), R["lang"], R.get("present", "Present"),
                     R.get("sep", " – "), R.get("prefix"))


def orgloc(e, sepc=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sepc.join(parts)


def entry_items(e, R, prev_org):
    h = R.get("hdr", "title_org")
    d = dates_of(e, R)
    it = []
    if h == "title_org":
        it += [("row", e.title, d)]
        if orgloc(e):
            it += [("sub", orgloc(e))]
    elif h == "org_title":
        it += [("row", orgloc(e) or e.title, d), ("sub", e.title)]
    elif h == "dash":
        it += [("row", f"{e.title} – {orgloc(e)}" if orgloc(e) else e.title, d)]
    elif h == "pipe":
        it += [("row", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
    elif h == "dateline":
        it += [("p", d), ("bline", e.title)]
        if orgloc(e):
            it += [("p", orgloc(e))]
    elif h == "inline":
        it += [("bline", f"{e.title}, {orgloc(e, ' – ')}, {d}" if orgloc(e) else f"{e.title}, {d}")]
    elif h == "labelled":
        L = R["labels"]
        it += [("p", f"{L[0]}: {d}"), ("p", f"{L[1]}: {e.title}")]
        if e.org:
            it += [("p", f"{L[2]}: {orgloc(e)}")]
    elif h == "datesleft":
        it += [("dl", d, e.title, orgloc(e))]
    elif h == "orgfirst":
        if e.org != prev_org:
            it += [("bline", orgloc(e) or "")]
        it += [("row", e.title, d)]
    else:
        raise ValueError(h)
    if e.note:
        it += [("p", e.note)]
    if R.get("para_bullets") and e.bullets:
        it += [("p", " ".join(e.bullets))]
    else:
        it += [("li", b) for b in e.bullets]
    return it


def build_model(R):
    """returns (head, side, main): lists of items; side is non-empty only for sidebar layouts."""
    head = [("name", R["name"])]
    if R.get("headline"):
        head.append(("headline", R["headline"]))
    for c in R.get("contact", []):
        head.append(("contact", c))
    side, main = [], []
    sidebar = R.get("layout") in ("sidebar", "layout")
    for blk in R["blocks"]:
        kind, heading = blk[0], blk[1]
        if kind == "pagebreak":
            main.append(("pagebreak",))
            continue
        target = side if (sidebar and kind == "text" and len(blk) > 3 and blk[3]) else main
        if heading:
            target.append(("h", heading))
        if kind == "text":
            for line in blk[2]:
                if line.startswith("- "):
                    target.append(("li", line[2:]))
                elif line.startswith("**"):
                    target.append(("bline", line.strip("*")))
                else:
                    target.append(("p", line))
        else:
            prev = object()
            for e in blk[2]:
                target.append(("entry", entry_items(e, R, prev)))
                prev = e.org
    return head, side, main


def flat(items):
    out = []
    for it in items:
        if it[0] == "entry":
            out.extend(it[1])
            out.append(("gap",))
        else:
            out.append(it)
    return out


def all_entries(R):
    return [e for b in R["blocks"] if b[0] == "exp" for e in b[2]]


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    W, H = A4
    c = Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(R["name"] + " – CV")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    head, side, main = build_model(R)
    layout = R.get("layout", "plain")
    bullet = R.get("bullet", "•")
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if R.get("serif"):
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    page = [1]
    x0, x1 = 50, W - 50
    if layout == "sidebar":
        x0 = 200

    def footer():
        if R.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(page=page[0]))

    def sidebar_bg():
        if layout == "sidebar":
            c.setFillColorRGB(*R.get("side_rgb", (0.90, 0.92, 0.95)))
            c.rect(0, 0, 175, H, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)

    sidebar_bg()
    y = H - 55

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        page[0] += 1
        sidebar_bg()
        y = H - 55

    def need(h):
        if y - h < 60:
            newpage()

    def draw_items(items, xa, xb, yy, allow_break=True):
        nonlocal y
        y = yy
        for it in flat(items):
            t = it[0]
            if t == "gap":
                y -= 5
                continue
            if t == "pagebreak":
                newpage()
                continue
            if t == "h":
                need(30)
                y -= 8
                c.setFont(FB, 11.5)
                txt = it[1].upper() if R.get("caps_head") else it[1]
                c.drawString(xa, y, txt)
                y -= 4
                c.setLineWidth(0.5)
                c.line(xa, y, xb, y)
                y -= 13
                continue
            if t == "row":
                need(14)
                c.setFont(F, 9.5)
                dw = c.stringWidth(it[2], F, 9.5)
                lines = simpleSplit(it[1], FB, 10, xb - xa - dw - 12)
                c.drawRightString(xb, y, it[2])
                c.setFont(FB, 10)
                for ln in lines:
                    c.drawString(xa, y, ln)
                    y -= 13
                continue
            if t == "dl":
                need(14)
                c.setFont(F, 9.5)
                c.drawString(xa, y, it[1])
                c.setFont(FB, 10)
                for ln in simpleSplit(it[2], FB, 10, xb - xa - 110):
                    c.drawString(xa + 110, y, ln)
                    y -= 13
                if it[3]:
                    c.setFont(F, 9.5)
                    c.drawString(xa + 110, y, it[3])
                    y -= 13
                continue
            font, size, ind, pre = F, 9.5, 0, ""
            if t == "sub":
                font = FI
            elif t == "bline":
                font, size = FB, 10
            elif t == "li":
                ind, pre = 12, bullet
            lines = simpleSplit(it[1], font, size, xb - xa - ind)
            for i, ln in enumerate(lines):
                need(12)
                if i == 0 and pre:
                    c.setFont(F, size)
                    c.drawString(xa + 2, y, pre)
                c.setFont(font, size)
                c.drawString(xa + ind, y, ln)
                y -= 12.5

    if layout == "sidebar":
        yy = H - 55
        c.setFont(FB, 15)
        for ln in simpleSplit(R["name"], FB, 15, 140):
            c.drawString(20, yy, ln)
            yy -= 18
        c.setFont(F, 8.5)
        for it in head[1:]:
            for ln in simpleSplit(it[1], F, 8.5, 145):
                c.drawString(20, yy, ln)
                yy -= 11
        yy -= 6
        draw_items(side, 20, 160, yy)
        draw_items(main, x0, x1, H - 55)
    else:
        if layout == "twocol":
            c.setFont(FB, 20)
            c.drawString(x0, y, R["name"])
            yy = y + 4
            c.setFont(F, 9)
            for it in head[1:]:
                c.drawRightString(x1, yy, it[1])
                yy -= 12
            y = min(y - 26, yy - 6)
        elif layout == "centred":
            c.setFont(FB, 18)
            c.drawCentredString(W / 2, y, R["name"])
            y -= 18
            c.setFont(F, 9)
            for it in head[1:]:
                c.drawCentredString(W / 2, y, it[1])
                y -= 12
        else:
            c.setFont(FB, 18)
            c.drawString(x0, y, R["name"])
            y -= 18
            c.setFont(F, 9.5)
            for it in head[1:]:
                c.drawString(x0, y, it[1])
                y -= 12
        draw_items(main, x0, x1, y - 4)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    foot = R.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, foot.format(page=self.page_no()), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(R["name"] + " CV")
    pdf.set_author(R["name"])
    pdf.set_creator("LibreOffice Writer")
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    head, side, main = build_model(R)
    layout = R.get("layout", "plain")
    bullet = R.get("bullet", "•")

    def items(its, left, width):
        pdf.set_left_margin(left)
        for it in flat(its):
            t = it[0]
            pdf.set_x(left)
            if t == "gap":
                pdf.ln(1.5)
            elif t == "pagebreak":
                pdf.add_page()
            elif t == "h":
                pdf.ln(2.5)
                pdf.set_font("dv", "B", 11)
                pdf.set_text_color(*R.get("head_rgb", (20, 40, 90)))
                pdf.cell(width, 7, it[1].upper() if R.get("caps_head") else it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_text_color(0, 0, 0)
                pdf.set_draw_color(150, 150, 150)
                pdf.line(left, pdf.get_y(), left + width, pdf.get_y())
                pdf.ln(1.5)
            elif t == "row":
                if pdf.get_y() > 265:
                    pdf.add_page()
                pdf.set_font("dv", "", 8.5)
                dw = pdf.get_string_width(it[2]) + 3
                y0 = pdf.get_y()
                pdf.set_xy(left, y0)
                pdf.cell(width, 5, it[2], align="R")
                pdf.set_xy(left, y0)
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(width - dw, 5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif t == "dl":
                y0 = pdf.get_y()
                pdf.set_font("dv", "", 8.5)
                pdf.cell(32, 5, it[1])
                pdf.set_xy(left + 34, y0)
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(width - 34, 5, it[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                if it[3]:
                    pdf.set_x(left + 34)
                    pdf.set_font("dv", "", 9)
                    pdf.multi_cell(width - 34, 5, it[3], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif t == "li":
                pdf.set_font("dv", "", 9)
                y0 = pdf.get_y()
                pdf.cell(4, 4.8, bullet)
                pdf.set_xy(left + 4, y0)
                pdf.multi_cell(width - 4, 4.8, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                style = {"sub": "I", "bline": "B"}.get(t, "")
                pdf.set_font("dv", style, 9.5 if t == "bline" else 9)
                pdf.multi_cell(width, 4.8, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    if layout == "sidebar":
        pdf.set_fill_color(*R.get("side_rgb", (235, 238, 242)))
        pdf.rect(0, 0, 65, 297, style="F")
        pdf.set_xy(8, 14)
        pdf.set_left_margin(8)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(52, 7, R["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("dv", "", 8)
        for it in head[1:]:
            pdf.multi_cell(52, 4.5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        items(side, 8, 52)
        pdf.set_y(14)
        items(main, 72, 128)
    else:
        pdf.set_left_margin(18)
        pdf.set_x(18)
        if layout == "twocol":
            y0 = pdf.get_y()
            pdf.set_font("dv", "B", 18)
            pdf.cell(90, 10, R["name"])
            pdf.set_font("dv", "", 8.5)
            pdf.set_xy(110, y0)
            for it in head[1:]:
                pdf.set_x(110)
                pdf.cell(82, 4.5, it[1], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(max(pdf.get_y(), y0 + 12) + 2)
        else:
            align = "C" if layout == "centred" else "L"
            pdf.set_font("dv", "B", 17)
            pdf.cell(174, 9, R["name"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("dv", "", 9)
            for it in head[1:]:
                pdf.cell(174, 4.8, it[1], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        items(main, 18, 174)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    layout = R.get("layout", "styles")
    head, side, main = build_model(R)
    tabpos = Cm(17) if layout != "layout" else Cm(11)

    def para(container, text="", style=None, bold=False, italic=False, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    def row(container, left, right, tabs=True):
        p = para(container)
        r = p.add_run(left)
        r.bold = True
        if tabs:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        else:
            p.add_run("   " + right)
        return p

    def put(container, its, heading_style=True):
        for it in its:
            t = it[0]
            if t == "entry":
                if layout == "table":
                    sub = [x for x in it[1] if x[0] in ("row", "sub", "dl", "bline")]
                    rest = [x for x in it[1] if x[0] not in ("row", "sub", "dl", "bline")]
                    tb = container.add_table(rows=1, cols=2)
                    _noborders(tb)
                    lc, rc = tb.rows[0].cells
                    lc.width, rc.width = Cm(12.5), Cm(4.5)
                    first = True
                    for x in sub:
                        if x[0] in ("row", "dl"):
                            title = x[1] if x[0] == "row" else x[2]
                            dd = x[2] if x[0] == "row" else x[1]
                            p = lc.paragraphs[0] if first else lc.add_paragraph()
                            p.add_run(title).bold = True
                            rp = rc.paragraphs[0] if first else rc.add_paragraph()
                            rp.add_run(dd)
                            rp.alignment = 2
                            if x[0] == "dl" and x[3]:
                                lc.add_paragraph().add_run(x[3]).italic = True
                        else:
                            p = lc.paragraphs[0] if first else lc.add_paragraph()
                            rr = p.add_run(x[1])
                            rr.italic = x[0] == "sub"
                            rr.bold = x[0] == "bline"
                        first = False
                    put(container, rest)
                    para(container, "")
                else:
                    put(container, it[1])
                    para(container, "", size=4)
                continue
            if t == "pagebreak":
                container.add_paragraph().add_run().add_break(7)
                continue
            if t == "h":
                if layout in ("styles", "header") and heading_style:
                    doc_h = container.add_paragraph(it[1], style="Heading 1")
                else:
                    p = para(container, it[1].upper() if R.get("caps_head") else it[1], bold=True, size=12)
                    p.paragraph_format.space_before = Pt(8)
            elif t == "row":
                row(container, it[1], it[2], tabs=not R.get("no_tabs"))
            elif t == "dl":
                p = para(container)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
                p.add_run(it[1] + "\t")
                p.add_run(it[2]).bold = True
                if it[3]:
                    p.add_run("\n\t" + it[3])
            elif t == "sub":
                para(container, it[1], italic=True)
            elif t == "bline":
                para(container, it[1], bold=True)
            elif t == "li":
                if R.get("typed_bullets"):
                    para(container, R.get("bullet", "-") + " " + it[1])
                else:
                    para(container, it[1], style="List Bullet")
            elif t == "p":
                para(container, it[1])

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        for it in head[1:]:
            hdr.add_paragraph(it[1])
        put(doc, main)
    elif layout == "layout":
        tb = doc.add_table(rows=1, cols=2)
        _noborders(tb)
        lc, rc = tb.rows[0].cells
        lc.width, rc.width = Cm(5.5), Cm(11.5)
        _shade(lc, R.get("side_hex", "DDE6EE"))
        p = lc.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for it in head[1:]:
            para(lc, it[1], size=9)
        put(lc, side, heading_style=False)
        rc.paragraphs[0].add_run(" ")
        put(rc, main, heading_style=False)
    else:
        if layout == "styles":
            doc.add_paragraph(R["name"], style="Title")
        else:
            p = para(doc, R["name"], bold=True, size=18)
        for it in head[1:]:
            para(doc, it[1])
        put(doc, main)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text family
def render_txt(R, path):
    head, side, main = build_model(R)
    width = R.get("width", 78)
    b = R.get("bullet", "-")
    hs = R.get("txt_head", "caps")
    out = [R["name"].upper() if R.get("caps_name") else R["name"]]
    for it in head[1:]:
        out.append(it[1])
    for it in flat(main):
        t = it[0]
        if t == "h":
            out.append("")
            if hs == "caps":
                out.append(it[1].upper())
            elif hs == "underline":
                out += [it[1], "=" * len(it[1])]
            elif hs == "dashes":
                out.append(f"--- {it[1]} ---")
            else:
                out.append(it[1] + ":")
        elif t == "row":
            if R.get("txt_row") == "pad":
                pad = max(3, width - len(it[1]) - len(it[2]))
                out.append(it[1] + " " * pad + it[2])
            else:
                out.append(f"{it[1]}   ({it[2]})" if R.get("txt_row") == "paren" else f"{it[2]}   {it[1]}")
        elif t == "dl":
            out.append(f"{it[1]:<24}{it[2]}")
            if it[3]:
                out.append(" " * 24 + it[3])
        elif t == "li":
            out.append(f"  {b} {it[1]}" if b else f"  {it[1]}")
        elif t == "gap":
            out.append("")
        elif t == "pagebreak":
            out.append("")
        else:
            out.append(it[1])
    txt = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(R, path):
    head, side, main = build_model(R)
    b = R.get("bullet", "-")
    out = [f"# {R['name']}", ""]
    for it in head[1:]:
        out.append(it[1] + "  ")
    for it in flat(main):
        t = it[0]
        if t == "h":
            out += ["", f"## {it[1]}", ""]
        elif t == "row":
            if R.get("md_row") == "h3":
                out += [f"### {it[1]}", f"*{it[2]}*  "]
            else:
                out.append(f"**{it[1]}** — {it[2]}  ")
        elif t == "dl":
            out.append(f"**{it[1]}** · {it[2]}" + (f", {it[3]}" if it[3] else "") + "  ")
        elif t == "sub":
            out.append(f"_{it[1]}_  ")
        elif t == "bline":
            out.append(f"**{it[1]}**  ")
        elif t == "li":
            out.append(f"{b} {it[1]}")
        elif t in ("gap", "pagebreak"):
            out.append("")
        else:
            out.append(it[1] + "  ")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(R, path):
    head, side, main = build_model(R)
    esc = htmlmod.escape
    o = ["<!DOCTYPE html>", f'<html lang="{R["lang"]}">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R['name'])} – CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:auto}"
         ".d{float:right;color:#555}h2{border-bottom:1px solid #999}</style>", "</head>", "<body>",
         f"<h1>{esc(R['name'])}</h1>"]
    for it in head[1:]:
        o.append(f"<p class=\"c\">{esc(it[1])}</p>")
    inlist = False
    for it in flat(main):
        t = it[0]
        if t != "li" and inlist:
            o.append("</ul>")
            inlist = False
        if t == "h":
            o.append(f"<h2>{esc(it[1])}</h2>")
        elif t == "row":
            if R.get("html_row") == "table":
                o.append(f"<table width=\"100%\"><tr><td><b>{esc(it[1])}</b></td><td align=\"right\">{esc(it[2])}</td></tr></table>")
            else:
                o.append(f"<h3>{esc(it[1])} <span class=\"d\">{esc(it[2])}</span></h3>")
        elif t == "dl":
            o.append(f"<p><span class=\"d\">{esc(it[1])}</span><b>{esc(it[2])}</b><br>{esc(it[3] or '')}</p>")
        elif t == "sub":
            o.append(f"<p><i>{esc(it[1])}</i></p>")
        elif t == "bline":
            o.append(f"<p><b>{esc(it[1])}</b></p>")
        elif t == "li":
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{esc(it[1])}</li>")
        elif t in ("gap", "pagebreak"):
            pass
        else:
            o.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        o.append("</ul>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
