"""Renderers for wild52: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.

A résumé definition R is a dict: file, family, layout, order, dates, present, sep, bullet, name, contact (list),
blocks: [(heading, items)], side: [(heading, items)] for sidebar layouts. Items: str (paragraph), ("bl", [lines]),
("sub", text), ("line", text), ("kv", left, right), or lib.E (an experience entry)."""
import datetime
import html
import io
import os
import zipfile

from lib import E, fmt_range

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry header rows
def loc_join(*parts):
    return ", ".join(p for p in parts if p)


def entry_rows(e, R, prev_org=None):
    """Rows (style, left, right) for an entry header. style: b bold, i italic, n normal."""
    d = fmt_range(e, R.get("dates", "mon"), R.get("present", "Present"), R.get("sep", " – "))
    o = R.get("order", "title_org")
    if o == "title_org":
        rows = [("b", e.title, d)]
        if e.org or e.loc:
            rows.append(("i", loc_join(e.org, e.loc), ""))
    elif o == "org_title":
        rows = [("b", loc_join(e.org, e.loc) or e.title, d)]
        if e.org or e.loc:
            rows.append(("i", e.title, ""))
    elif o == "dateline":
        rows = [("b", e.title, "")]
        if e.org or e.loc:
            rows.append(("n", loc_join(e.org, e.loc), ""))
        if d:
            rows.append(("i", d, ""))
    elif o == "dash":
        rows = [("b", e.title + (" – " + loc_join(e.org, e.loc) if (e.org or e.loc) else ""), d)]
    elif o == "pipe":
        rows = [("b", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
    elif o == "inline":
        rows = [("b", ", ".join(p for p in (e.title, e.org, e.loc, d) if p), "")]
    elif o == "orgfirst":
        rows = []
        if e.org != prev_org or e.org is None:
            rows.append(("B", loc_join(e.org, e.loc) if e.org else "", ""))
        rows.append(("i", e.title, d))
        rows = [r for r in rows if r[1]]
    else:
        raise ValueError(o)
    if e.note:
        rows.append(("n", e.note, ""))
    return rows


def entry_body(e):
    if e.prose:
        return [("p", " ".join(e.bullets))] if e.bullets else []
    return [("bl", list(e.bullets))] if e.bullets else []


def flatten(R, blocks):
    """Yield (kind, payload) where kind in h, p, bl, sub, line, kv, row."""
    out = []
    for head, items in blocks:
        if head:
            out.append(("h", head))
        prev_org = None
        for it in items:
            if isinstance(it, E):
                for r in entry_rows(it, R, prev_org):
                    out.append(("row", r))
                out.extend(entry_body(it))
                out.append(("gap", None))
                prev_org = it.org
            elif isinstance(it, str):
                out.append(("p", it))
            else:
                out.append((it[0], it[1:] if it[0] == "kv" else it[1]))
    return out


# ---------------------------------------------------------------- plain text / markdown / html
def render_txt(R):
    st = R.get("layout", "caps")
    bch = R.get("bullet", "-")
    L = [R["name"].upper() if st == "caps" else R["name"]]
    if st == "underline":
        L.append("=" * len(R["name"]))
    L += R["contact"]
    L.append("")
    for k, p in flatten(R, R.get("side", []) + R["blocks"]):
        if k == "h":
            L.append("")
            if st == "caps":
                L.append(p.upper())
            elif st == "underline":
                L += [p, "-" * len(p)]
            else:
                L.append(f"== {p} ==")
        elif k == "row":
            s, left, right = p
            if s == "B":
                left = left.upper()
            L.append(f"{left}    {right}".rstrip() if right else left)
        elif k == "bl":
            for b in p:
                L.append(f"  {bch} {b}" if bch else f"  {b}")
        elif k in ("p", "line", "sub"):
            L.append(p)
        elif k == "kv":
            L.append(f"{p[0]}, {p[1]}" if p[1] else p[0])
        elif k == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_md(R):
    L = [f"# {R['name']}", "", " · ".join(R["contact"]) if R.get("layout") != "lines" else "  \n".join(R["contact"]), ""]
    for k, p in flatten(R, R.get("side", []) + R["blocks"]):
        if k == "h":
            L += ["", f"## {p}", ""]
        elif k == "row":
            s, left, right = p
            if s in ("b", "B"):
                L.append(f"### {left}" + (f" ({right})" if right and R.get("layout") == "paren" else ""))
                if right and R.get("layout") != "paren":
                    L.append(f"*{right}*  ")
            elif s == "i":
                L.append(f"**{left}**" + (f" | {right}" if right else "") + "  ")
            else:
                L.append(left + "  ")
        elif k == "bl":
            L.append("")
            L += [f"{R.get('bullet', '-')} {b}" for b in p]
        elif k in ("p", "line"):
            L += [p, ""]
        elif k == "sub":
            L += ["", f"**{p}**", ""]
        elif k == "kv":
            L.append(f"- {p[0]}" + (f" — {p[1]}" if p[1] else ""))
        elif k == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_html(R):
    esc = html.escape
    css = R.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase}"
                       ".d{float:right;color:#555}.o{font-style:italic}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(R['name'])} – Resume</title>", f"<style>{css}</style></head><body>",
         f"<header><h1>{esc(R['name'])}</h1><p>{' &bull; '.join(esc(c) for c in R['contact'])}</p></header>"]
    inlist = False
    for k, p in flatten(R, R.get("side", []) + R["blocks"]):
        if k != "bl" and inlist:
            inlist = False
        if k == "h":
            H.append(f"<h2>{esc(p)}</h2>")
        elif k == "row":
            s, left, right = p
            dd = f"<span class=\"d\">{esc(right)}</span>" if right else ""
            if s in ("b", "B"):
                H.append(f"<h3>{dd}{esc(left)}</h3>")
            elif s == "i":
                H.append(f"<div class=\"o\">{dd}{esc(left)}</div>")
            else:
                H.append(f"<div>{esc(left)}</div>")
        elif k == "bl":
            H.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in p) + "</ul>")
        elif k in ("p", "line"):
            H.append(f"<p>{esc(p)}</p>")
        elif k == "sub":
            H.append(f"<h4>{esc(p)}</h4>")
        elif k == "kv":
            H.append(f"<p>{esc(p[0])}" + (f" <span class=\"d\">{esc(p[1])}</span>" if p[1] else "") + "</p>")
    H.append("</body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(R):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = R.get("font", "Helvetica")
    if font == "DejaVu":
        for nm, fn in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(nm, DEJAVU + fn))
        F = {"n": "DejaVu", "b": "DejaVu-Bold", "i": "DejaVu-Oblique"}
    else:
        F = {"n": font, "b": font + "-Bold", "i": font + "-Oblique"}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(R["name"] + " Resume")
    c.setAuthor(R["name"])
    W, H = letter
    lay = R.get("layout", "plain")
    page = [1]
    x0, x1 = 54, W - 54
    if lay == "sidebar":
        x0 = 200
    y = [H - 54]

    def footer():
        if R.get("footer"):
            c.setFont(F["n"], 8)
            c.drawCentredString(W / 2, 30, R["footer"].format(n=page[0]))

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        y[0] = H - 54

    def need(h):
        if y[0] - h < 60:
            newpage()

    def text(s, f="n", size=10, x=None, right=None, indent=0, lead=13):
        x = x0 if x is None else x
        width = x1 - x - indent - (90 if right else 0)
        lines = simpleSplit(s, F[f], size, width)
        for i, ln in enumerate(lines):
            need(lead)
            c.setFont(F[f], size)
            c.drawString(x + indent, y[0], ln)
            if right and i == 0:
                c.setFont(F["n"], size - 0.5)
                c.drawRightString(x1, y[0], right)
            y[0] -= lead

    # header
    if lay == "twocol":
        c.setFont(F["b"], 20)
        c.drawString(x0, y[0], R["name"])
        c.setFont(F["n"], 9)
        yy = y[0] + 6
        for ln in R["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11
        y[0] = min(y[0], yy) - 16
        c.line(x0, y[0] + 8, x1, y[0] + 8)
    elif lay == "sidebar":
        c.setFillColorRGB(0.90, 0.92, 0.95)
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 60
        c.setFont(F["b"], 15)
        for part in R["name"].split(" ", 1):
            c.drawString(24, sy, part)
            sy -= 18
        sy -= 6
        c.setFont(F["n"], 8.5)
        for ln in R["contact"]:
            for sl in simpleSplit(ln, F["n"], 8.5, 140):
                c.drawString(24, sy, sl)
                sy -= 11
        for head, items in R.get("side", []):
            sy -= 10
            c.setFont(F["b"], 10)
            c.drawString(24, sy, head.upper())
            sy -= 13
            for it in items:
                lines = it[1] if isinstance(it, tuple) and it[0] == "bl" else [it if isinstance(it, str) else it[1]]
                for ln in lines:
                    for sl in simpleSplit(ln, F["n"], 8.5, 138):
                        c.setFont(F["n"], 8.5)
                        c.drawString(24, sy, sl)
                        sy -= 10.5
                    sy -= 2
    else:
        c.setFont(F["b"], 18)
        if R.get("center"):
            c.drawCentredString(W / 2, y[0], R["name"])
        else:
            c.drawString(x0, y[0], R["name"])
        y[0] -= 16
        c.setFont(F["n"], 9.5)
        line = "  |  ".join(R["contact"])
        for sl in simpleSplit(line, F["n"], 9.5, x1 - x0):
            if R.get("center"):
                c.drawCentredString(W / 2, y[0], sl)
            else:
                c.drawString(x0, y[0], sl)
            y[0] -= 12
        y[0] -= 8
    bch = R.get("bullet", "•")
    blocks = R["blocks"] if lay == "sidebar" else R.get("side", []) + R["blocks"]
    for k, p in flatten(R, blocks):
        if k == "h":
            if p in R.get("break_before", ()):
                newpage()
            need(40)
            y[0] -= 6
            c.setFont(F["b"], 11.5)
            c.drawString(x0, y[0], p.upper() if R.get("caps_heads", True) else p)
            c.setLineWidth(0.6)
            c.line(x0, y[0] - 3, x1, y[0] - 3)
            y[0] -= 17
        elif k == "row":
            s, left, right = p
            text(left, {"B": "b", "b": "b", "i": "i", "n": "n"}[s], 10.5 if s in "bB" else 10, right=right or None)
        elif k == "bl":
            for b in p:
                need(13)
                c.setFont(F["n"], 10)
                c.drawString(x0 + 8, y[0], bch)
                text(b, "n", 10, indent=20)
        elif k in ("p", "line"):
            text(p, "n", 10)
            y[0] -= 2
        elif k == "sub":
            text(p, "b", 10)
        elif k == "kv":
            text(p[0], "n", 10, right=p[1] or None)
        elif k == "gap":
            y[0] -= 5
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " - Resume")
    pdf.set_author(R["name"])
    pdf.set_creator("Microsoft Word")
    serif = R.get("font") == "serif"
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("F", "", DEJAVU + base + ".ttf")
    pdf.add_font("F", "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font("F", "I", DEJAVU + (base + "-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(54, 50, 54)
    pdf.set_auto_page_break(True, 60)
    if R.get("footer"):
        foot = R["footer"]

        def _footer(self=pdf):
            self.set_y(-40)
            self.set_font("F", "", 8)
            self.cell(0, 10, foot.format(n=self.page_no()), align="C")
        pdf.footer = _footer
    pdf.add_page()
    W = pdf.w - 108
    lay = R.get("layout", "left")
    align = "C" if lay == "centred" else "L"
    pdf.set_font("F", "B", 17)
    pdf.cell(W, 22, R["name"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("F", "", 9)
    if lay == "centred":
        pdf.multi_cell(W, 12, "  •  ".join(R["contact"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        for ln in R["contact"]:
            pdf.cell(W, 12, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    bch = R.get("bullet", "•")
    for k, p in flatten(R, R.get("side", []) + R["blocks"]):
        if k == "h":
            if p in R.get("break_before", ()):
                pdf.add_page()
            if pdf.get_y() > pdf.h - 120:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("F", "B", 11)
            pdf.cell(W, 15, p.upper() if R.get("caps_heads", True) else p, align=align if lay == "centred" else "L",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            yy = pdf.get_y()
            pdf.line(54, yy, 54 + W, yy)
            pdf.ln(4)
        elif k == "row":
            s, left, right = p
            f = {"B": "B", "b": "B", "i": "I", "n": ""}[s]
            pdf.set_font("F", f, 10)
            if right:
                pdf.set_font("F", "", 9.5)
                rw = pdf.get_string_width(right) + 4
                y0 = pdf.get_y()
                pdf.set_xy(54 + W - rw, y0)
                pdf.cell(rw, 13, right, align="R")
                pdf.set_xy(54, y0)
                pdf.set_font("F", f, 10)
                pdf.multi_cell(W - rw - 6, 13, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(W, 13, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "bl":
            pdf.set_font("F", "", 9.5)
            for b in p:
                y0 = pdf.get_y()
                pdf.set_x(62)
                pdf.cell(12, 12.5, bch)
                pdf.multi_cell(W - 20, 12.5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k in ("p", "line"):
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(W, 12.5, p, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif k == "sub":
            pdf.set_font("F", "B", 10)
            pdf.multi_cell(W, 13, p, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "kv":
            pdf.set_font("F", "", 9.5)
            if p[1]:
                y0 = pdf.get_y()
                pdf.cell(W, 12.5, p[1], align="R")
                pdf.set_xy(54, y0)
                pdf.multi_cell(W - 90, 12.5, p[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(W, 12.5, p[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "gap":
            pdf.ln(5)
    return bytes(pdf.output())


# ---------------------------------------------------------------- python-docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(R):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.title = "Resume"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.last_modified_by = R["name"]
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = R.get("layout", "styles")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # contact
    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(14)
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        hp2.runs[0].font.size = Pt(9)
    else:
        h = doc.add_heading(R["name"], 0) if lay != "tables" else doc.add_paragraph()
        if lay == "tables":
            r = h.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(20)
        doc.add_paragraph(" • ".join(R["contact"]) if lay != "tabs" else "\n".join(R["contact"]))
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].format(n="")

    def put(container, blocks, narrow=False):
        prev_kind = None
        for k, p in flatten(R, blocks):
            if k == "h":
                if lay in ("styles", "header") and not narrow:
                    container.add_heading(p, 1) if hasattr(container, "add_heading") else None
                    if not hasattr(container, "add_heading"):
                        rr = container.add_paragraph().add_run(p.upper())
                        rr.bold = True
                else:
                    para = container.add_paragraph()
                    rr = para.add_run(p.upper())
                    rr.bold = True
                    rr.font.size = Pt(11.5)
                    rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            elif k == "row":
                s, left, right = p
                if lay == "tables" and right is not None and s in ("b", "B", "i") and right:
                    t = container.add_table(rows=1, cols=2)
                    no_borders(t)
                    t.columns[0].width = Inches(5.0)
                    t.cell(0, 0).width = Inches(5.0)
                    t.cell(0, 1).width = Inches(1.9)
                    rr = t.cell(0, 0).paragraphs[0].add_run(left)
                    rr.bold = s in "bB"
                    rr.italic = s == "i"
                    pr = t.cell(0, 1).paragraphs[0]
                    pr.alignment = 2
                    pr.add_run(right)
                    continue
                para = container.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                if right:
                    para.paragraph_format.tab_stops.add_tab_stop(tabpos if not narrow else Inches(4.3),
                                                                 WD_TAB_ALIGNMENT.RIGHT)
                rr = para.add_run(left)
                rr.bold = s in "bB"
                rr.italic = s == "i"
                if right:
                    para.add_run("\t" + right)
            elif k == "bl":
                for b in p:
                    if R.get("bullet_style", "list") == "list":
                        para = container.add_paragraph(b, style="List Bullet")
                    else:
                        para = container.add_paragraph(f"{R.get('bullet', '•')}  {b}")
                        para.paragraph_format.left_indent = Inches(0.25)
                    para.paragraph_format.space_after = Pt(0)
            elif k in ("p", "line"):
                container.add_paragraph(p)
            elif k == "sub":
                para = container.add_paragraph()
                para.add_run(p).bold = True
                para.paragraph_format.space_after = Pt(0)
            elif k == "kv":
                para = container.add_paragraph()
                para.paragraph_format.tab_stops.add_tab_stop(tabpos if not narrow else Inches(4.3),
                                                             WD_TAB_ALIGNMENT.RIGHT)
                para.add_run(p[0] + (("\t" + p[1]) if p[1] else ""))
            elif k == "gap":
                pass
            prev_kind = k

    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width = Inches(2.0)
        right.width = Inches(4.9)
        shade(left, "DCE6F0")
        left.paragraphs[0].add_run("PROFILE").bold = True
        put(left, R.get("side", []), narrow=True)
        put(right, R["blocks"], narrow=True)
    else:
        put(doc, R.get("side", []) + R["blocks"])
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


RENDERERS = {"pdf_rl": render_reportlab, "pdf_fp": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(R):
    return RENDERERS[R["renderer"]](R)
