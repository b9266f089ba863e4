"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import entry_rows

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


def bullets_of(e, r):
    b = r.get("bul", "•")
    if not e.bullets:
        return []
    if b == "para":
        return [" ".join(x if x.endswith(".") else x + "." for x in e.bullets)]
    if b == "":
        return list(e.bullets)
    return [f"{b} {x}" for x in e.bullets]


def blocks(r, side_ok=False):
    """Yield ('h', text) headings, ('row', left, right, style), ('line', text), ('bl', text), ('gap',), ('break',)."""
    for it in r["body"]:
        kind = it[0]
        if kind == "break":
            yield ("break",)
            continue
        if kind == "side" and side_ok:
            continue
        if kind in ("s", "side"):
            _, head, lines = it
            if head:
                yield ("h", head)
            for ln in lines:
                if ln.startswith("- "):
                    yield ("bl", r.get("sbul", "•") + " " + ln[2:])
                else:
                    yield ("line", ln)
            yield ("gap",)
        elif kind == "e":
            _, head, ents = it
            if head:
                yield ("h", head)
            prev = "\0"
            for e in ents:
                for left, right, st in entry_rows(e, r, prev):
                    yield ("row", left, right, st)
                prev = e.org
                for b in bullets_of(e, r):
                    yield ("bl", b)
                yield ("gap",)


def side_blocks(r):
    out = []
    for it in r["body"]:
        if it[0] == "side":
            out.append(("h", it[1]))
            for ln in it[2]:
                out.append(("line", ln[2:] if ln.startswith("- ") else ln))
            out.append(("gap",))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    ps = letter if r.get("paper") == "letter" else A4
    W, Hh = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r["name"] + " - Resume")
    c.setCreator("Microsoft Word")
    lay = r.get("lay", "plain")
    fs = r.get("fs", 10)
    st = {"page": 1}
    side_w = 175 if lay == "sidebar" else 0
    x0 = 50 + side_w
    x1 = W - 50
    footer = r.get("footer")

    def draw_footer():
        if footer:
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 30, footer.format(n=st["page"]))

    def newpage():
        draw_footer()
        c.showPage()
        st["page"] += 1
        st["y"] = Hh - 60

    def need(h):
        if st["y"] - h < 55:
            newpage()

    # header
    y = Hh - 60
    if lay == "sidebar":
        c.setFillColorRGB(*r.get("sidecol", (0.90, 0.92, 0.95)))
        c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(r["name"], "Helvetica-Bold", 15, side_w - 40):
            c.drawString(20, sy, ln)
            sy -= 18
        if r.get("headline"):
            c.setFont("Helvetica-Oblique", 9)
            for ln in simpleSplit(r["headline"], "Helvetica-Oblique", 9, side_w - 40):
                c.drawString(20, sy, ln)
                sy -= 12
        sy -= 10
        c.setFont("Helvetica", 8.5)
        for ln in r["contact"]:
            for w in simpleSplit(ln, "Helvetica", 8.5, side_w - 40):
                c.drawString(20, sy, w)
                sy -= 11
        sy -= 10
        for b in side_blocks(r):
            if b[0] == "h":
                c.setFont("Helvetica-Bold", 10)
                c.drawString(20, sy, b[1].upper())
                sy -= 14
            elif b[0] == "line":
                c.setFont("Helvetica", 8.5)
                for w in simpleSplit(b[1], "Helvetica", 8.5, side_w - 40):
                    c.drawString(20, sy, w)
                    sy -= 11
            else:
                sy -= 8
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, r["name"])
        if r.get("headline"):
            c.setFont("Helvetica", 10)
            c.drawString(x0, y - 18, r["headline"])
        c.setFont("Helvetica", 8.5)
        cy = y + 4
        for ln in r["contact"]:
            c.drawRightString(x1, cy, ln)
            cy -= 11
        y = min(y - 30, cy - 6)
        c.line(x0, y + 8, x1, y + 8)
        y -= 10
    else:
        centred = r.get("centre")
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(W / 2, y, r["name"]) if centred else c.drawString(x0, y, r["name"]))
        y -= 16
        c.setFont("Helvetica", 9)
        for ln in ([r["headline"]] if r.get("headline") else []) + [" | ".join(r["contact"])]:
            (c.drawCentredString(W / 2, y, ln) if centred else c.drawString(x0, y, ln))
            y -= 12
        y -= 8
    st["y"] = y
    lh = fs * 1.3
    for b in blocks(r, side_ok=(lay == "sidebar")):
        if b[0] == "break":
            newpage()
        elif b[0] == "h":
            need(lh * 3)
            st["y"] -= 4
            c.setFont("Helvetica-Bold", fs + 1.5)
            c.setFillColorRGB(*r.get("hcol", (0.1, 0.2, 0.4)))
            c.drawString(x0, st["y"], b[1].upper() if r.get("hup", True) else b[1])
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            c.line(x0, st["y"] - 3, x1, st["y"] - 3)
            st["y"] -= lh + 3
        elif b[0] == "row":
            _, left, right, s = b
            need(lh * 2)
            font = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica", "h": "Helvetica-Bold"}[s]
            c.setFont(font, fs + (1 if s == "h" else 0))
            rw = c.stringWidth(right, "Helvetica", fs) + 12 if right else 0
            for ln in simpleSplit(left, font, fs, x1 - x0 - rw):
                c.drawString(x0, st["y"], ln)
                if right:
                    c.setFont("Helvetica", fs)
                    c.drawRightString(x1, st["y"], right)
                    c.setFont(font, fs)
                    right, rw = None, 0
                st["y"] -= lh
        elif b[0] in ("line", "bl"):
            ind = 10 if b[0] == "bl" else 0
            c.setFont("Helvetica", fs)
            for i, ln in enumerate(simpleSplit(b[1], "Helvetica", fs, x1 - x0 - ind - 8)):
                need(lh)
                c.drawString(x0 + ind + (8 if (i and b[0] == "bl") else 0), st["y"], ln)
                st["y"] -= lh
        elif b[0] == "gap":
            st["y"] -= lh * 0.5
    draw_footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    footer = r.get("footer")

    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-14)
                self.set_font("DJ", "", 8)
                self.cell(0, 6, footer.format(n=self.page_no()), align="C")

    pdf = P(format="Letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(r["name"])
    pdf.set_title(r["name"] + " CV")
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    lay = r.get("lay", "left")
    fs = r.get("fs", 9.5)
    lh = fs * 0.5
    if lay == "sidebar":
        sw = 62
        pdf.set_fill_color(*r.get("sidecol", (228, 236, 232)))
        pdf.rect(0, 0, sw, 297, style="F")
        pdf.set_xy(8, 18)
        pdf.set_font("DJ", "B", 11.5)
        pdf.multi_cell(sw - 14, 6, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(8)
        pdf.set_font("DJ", "", 8)
        for ln in ([r["headline"]] if r.get("headline") else []) + r["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(sw - 14, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for b in side_blocks(r):
            pdf.set_x(8)
            if b[0] == "h":
                pdf.set_font("DJ", "B", 9)
                pdf.multi_cell(sw - 14, 5, b[1].upper(), new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "line":
                pdf.set_font("DJ", "", 8)
                pdf.multi_cell(sw - 14, 4.2, b[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(3)
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 18)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("DJ", "B", 17)
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", 8.5)
        if r.get("headline"):
            pdf.cell(0, 5, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 4.5, "  ·  ".join(r["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    lm = pdf.l_margin
    for b in blocks(r, side_ok=(lay == "sidebar")):
        pdf.set_x(lm)
        if b[0] == "break":
            pdf.add_page()
        elif b[0] == "h":
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("DJ", "B", fs + 1.5)
            pdf.set_text_color(*r.get("hcol", (30, 60, 90)))
            pdf.cell(0, lh + 2, b[1] if r.get("hcase") else b[1].upper(), border="B",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif b[0] == "row":
            _, left, right, s = b
            pdf.set_font("DJ", {"b": "B", "i": "I", "n": "", "h": "B"}[s], fs + (0.5 if s == "h" else 0))
            if right:
                rw = pdf.get_string_width(right) + 4
                y = pdf.get_y()
                pdf.multi_cell(pdf.epw - rw, lh, left, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(lm, y)
                pdf.set_font("DJ", "", fs)
                pdf.cell(0, lh, right, align="R")
                pdf.set_xy(lm, y2)
            else:
                pdf.multi_cell(0, lh, left, new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "line":
            pdf.set_font("DJ", "", fs)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "bl":
            pdf.set_font("DJ", "", fs)
            pdf.set_x(lm + 4)
            pdf.multi_cell(pdf.epw - 4, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "gap":
            pdf.ln(lh * 0.6)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(r, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(r.get("fs", 10.5))
    lay = r.get("lay", "styles")
    TAB = Inches(6.9)

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

    def para(container, text="", bold=False, italic=False, style=None, size=None, tab=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if tab is not None:
            p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        return p

    def heading(container, text):
        if lay == "styles" and container is doc:
            doc.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if r.get("hup", True) else text, bold=True, size=11.5)
            p.paragraph_format.space_before = Pt(8)
            p.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def bullet(container, text):
        if r.get("bul") == "style":
            para(container, text, style="List Bullet")
        else:
            p = para(container, text)
            p.paragraph_format.left_indent = Inches(0.2)

    # header
    if lay == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        h2 = sec.header.add_paragraph(" | ".join(r["contact"]))
        if r.get("headline"):
            sec.header.add_paragraph(r["headline"])
        if r.get("footer"):
            sec.footer.paragraphs[0].text = r["footer"].format(n=1)
        main = doc
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, main = t.rows[0].cells
        left.width, main.width = Inches(2.2), Inches(4.9)
        shade(left, r.get("sidehex", "DCE6F0"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        left.paragraphs[0].runs[0].font.size = Pt(15)
        if r.get("headline"):
            para(left, r["headline"], italic=True)
        for ln in r["contact"]:
            para(left, ln, size=9)
        for b in side_blocks(r):
            if b[0] == "h":
                para(left, b[1].upper(), bold=True).paragraph_format.space_before = Pt(8)
            elif b[0] == "line":
                para(left, b[1], size=9)
        main.paragraphs[0].text = ""
    else:
        if lay == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            p = para(doc, r["name"], bold=True, size=18)
            if r.get("centre"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("headline"):
            para(doc, r["headline"], italic=True)
        p = para(doc, " · ".join(r["contact"]))
        if r.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        main = doc
    tab = Inches(4.6) if lay == "sidebar" else TAB
    table_rows = None
    pending = []

    def flush_table():
        nonlocal pending
        if not pending:
            return
        t = main.add_table(rows=1, cols=2)
        no_borders(t)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Inches(5.2), Inches(1.7)
        first = True
        rights = []
        for left_t, right, s in pending:
            p = lc.paragraphs[0] if first else lc.add_paragraph()
            first = False
            run = p.add_run(left_t)
            run.bold, run.italic = s in ("b", "h"), s == "i"
            if right:
                rights.append(right)
        rc.paragraphs[0].text = " ".join(rights)
        rc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pending = []

    for b in blocks(r, side_ok=(lay == "sidebar")):
        if b[0] != "row":
            if lay == "table":
                flush_table()
        if b[0] == "break":
            doc.add_page_break()
        elif b[0] == "h":
            heading(main, b[1])
        elif b[0] == "row":
            _, left, right, s = b
            if lay == "table" and s != "h":
                pending.append((left, right, s))
                continue
            if lay == "table":
                flush_table()
            p = para(main, tab=tab if right else None)
            run = p.add_run(left)
            run.bold, run.italic = s in ("b", "h"), s == "i"
            if right:
                p.add_run("\t" + right)
        elif b[0] == "line":
            para(main, b[1])
        elif b[0] == "bl":
            text = b[1]
            if r.get("bul") == "style":
                text = text
            bullet(main, text)
        elif b[0] == "gap":
            pass
    flush_table()
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text, md, html
def render_txt(r, path):
    out = [r["name"].upper() if r.get("upname") else r["name"]]
    if r.get("headline"):
        out.append(r["headline"])
    out += r["contact"] if r.get("stack") else [" | ".join(r["contact"])]
    out.append("")
    pad = r.get("pad")
    for b in blocks(r):
        if b[0] == "h":
            h = b[1]
            style = r.get("hstyle", "caps")
            if style == "caps":
                out += [h.upper()]
            elif style == "under":
                out += [h, "-" * len(h)]
            elif style == "eq":
                out += ["=" * 40, h.upper(), "=" * 40]
            elif style == "colon":
                out += [h + ":"]
        elif b[0] == "row":
            _, left, right, s = b
            if right:
                out.append(left.ljust(pad) + right if pad else left + r.get("tsep", "  |  ") + right)
            else:
                out.append(left)
        elif b[0] in ("line", "bl"):
            out.append(b[1])
        elif b[0] == "gap":
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    out = ["# " + r["name"]]
    if r.get("headline"):
        out.append("**" + r["headline"] + "**")
        out.append("")
    out.append(" · ".join(r["contact"]))
    out.append("")
    for b in blocks(r):
        if b[0] == "h":
            out += ["## " + b[1], ""]
        elif b[0] == "row":
            _, left, right, s = b
            if s == "h":
                out.append("### " + left)
            elif s == "b":
                lvl = "#### " if r.get("hdr") == "orgfirst" else "### "
                out.append(lvl + left + ((" — " + right) if right and r.get("mdinline") else ""))
                if right and not r.get("mdinline"):
                    out.append("*" + right + "*  ")
            elif s == "i":
                out.append("*" + left + "*" + ((" — " + right) if right else "") + "  ")
            else:
                out.append(left + ((" — " + right) if right else "") + "  ")
        elif b[0] == "line":
            out.append(b[1] + "  ")
        elif b[0] == "bl":
            t = b[1]
            out.append(("- " + t[2:]) if t[:2] in ("• ", "* ", "- ") else t)
        elif b[0] == "gap":
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(r, path):
    e = H.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e(r['name'])} – Résumé</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:30px auto;font-size:14px}"
           "h2{border-bottom:1px solid #999;font-size:16px;text-transform:uppercase}"
           ".d{float:right;color:#555}.job{margin-bottom:10px}p{margin:2px 0}</style></head><body>",
           f"<header><h1>{e(r['name'])}</h1>"]
    if r.get("headline"):
        out.append(f"<p><b>{e(r['headline'])}</b></p>")
    out.append("<p>" + " &middot; ".join(e(c) for c in r["contact"]) + "</p></header>")
    inlist = False
    for b in blocks(r):
        if b[0] != "bl" and inlist:
            out.append("</ul>")
            inlist = False
        if b[0] == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "row":
            _, left, right, s = b
            d = f"<span class=\"d\">{e(right)}</span>" if right else ""
            tag = {"b": "strong", "i": "em", "n": "span", "h": "strong"}[s]
            if s == "h":
                out.append(f"<h3>{e(left)}</h3>")
            else:
                out.append(f"<p>{d}<{tag}>{e(left)}</{tag}></p>")
        elif b[0] == "line":
            out.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "bl":
            if not inlist:
                out.append("<ul>")
                inlist = True
            t = b[1]
            out.append("<li>" + e(t[2:] if t[:2] in ("• ", "* ", "- ") else t) + "</li>")
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
