"""Renderers for wild56: reportlab canvas, fpdf2 (DejaVu), python-docx, text, HTML, Markdown.

A résumé dict is flattened into items:
  ('h', heading) ('p', text) ('li', text) ('eh', left, right, style)  style: b / i / n / o (org heading)
"""
import datetime
import html
import io
import zipfile

from lib import date_text

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def join(*parts):
    return ", ".join(p for p in parts if p)


def entry_items(r, e, prev_org):
    d = date_text(e, r)
    o = r.get("order", "title_org")
    orgloc = join(e.org, e.loc)
    out = []
    if o == "title_org":
        out += [("eh", e.title, d, "b")]
        if orgloc:
            out += [("eh", orgloc, "", "i")]
    elif o == "org_title":
        out += [("eh", orgloc or e.title, d, "b")]
        if orgloc:
            out += [("eh", e.title, "", "i")]
    elif o == "dateline":
        out += [("eh", e.title, "", "b")]
        if orgloc:
            out += [("eh", orgloc, "", "n")]
        if d:
            out += [("eh", d, "", "i")]
    elif o == "dash":
        out += [("eh", e.title + (" – " + orgloc if orgloc else ""), d, "b")]
    elif o == "pipe":
        out += [("eh", " | ".join(p for p in (e.title, e.org, e.loc) if p), d, "b")]
    elif o == "inline":
        out += [("eh", join(e.title, e.org, e.loc, d), "", "b")]
    elif o == "dates_first":
        out += [("eh", (d + "   " if d else "") + e.title, "", "b")]
        if orgloc:
            out += [("eh", orgloc, "", "i")]
    elif o == "orgfirst":
        if e.org != prev_org:
            out += [("eh", orgloc or "", "", "o")]
        out += [("eh", e.title, d, "b")]
    else:
        raise ValueError(o)
    if e.note:
        out += [("p", e.note)]
    if e.prose and e.bullets:
        out += [("p", " ".join(e.bullets))]
    else:
        out += [("li", b) for b in e.bullets]
    return out


def items(r, blocks=None):
    out = []
    for blk in (blocks if blocks is not None else r["blocks"]):
        kind, head, body = blk
        if head:
            out.append(("h", head))
        if kind == "section":
            prev = object()
            for e in body:
                out += entry_items(r, e, prev)
                prev = e.org
        elif kind == "text":
            out += [("p", t) for t in body]
        elif kind == "list":
            out += [("li", t) for t in body]
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    page = LETTER if r.get("page") == "letter" else A4
    W, H = page
    c = canvas.Canvas(path, pagesize=page, invariant=1)
    F = {"Helvetica": "Helvetica", "Helvetica-Bold": "Helvetica-Bold", "Helvetica-Oblique": "Helvetica-Oblique"}
    if r.get("rl_font") == "dejavu":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for k, fn in (("Helvetica", "DejaVuSans.ttf"), ("Helvetica-Bold", "DejaVuSans-Bold.ttf"),
                      ("Helvetica-Oblique", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont("DV-" + k, FONTDIR + fn))
            F[k] = "DV-" + k
    _setFont, _sw = c.setFont, c.stringWidth
    c.setFont = lambda f, s, *a: _setFont(F.get(f, f), s, *a)
    c.stringWidth = lambda t, f=None, s=None: _sw(t, F.get(f, f), s)
    c.setTitle(r["name"] + " - Resume")
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    bul = r.get("bullet", "•")
    accent = r.get("accent", (0.15, 0.25, 0.4))
    state = {"page": 1}
    left, right = 54, W - 54
    side_w = 0
    if lay == "sidebar":
        side_w = 170
        left = side_w + 24

    def footer():
        if lay == "twopage":
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, f"{r['name']}  |  Page {state['page']}")
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.94)))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillGray(0)
        y = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(r["name"], F["Helvetica-Bold"], 15, side_w - 30):
            c.drawString(16, y, ln)
            y -= 18
        y -= 8
        for head, lines in r.get("side", []):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(16, y, head.upper())
            y -= 14
            c.setFont("Helvetica", 8.5)
            for t in lines:
                for ln in simpleSplit(t, F["Helvetica"], 8.5, side_w - 30):
                    c.drawString(16, y, ln)
                    y -= 11
            y -= 10

    y = H - 56
    if lay == "sidebar":
        sidebar()
    elif lay in ("twocol", "twopage"):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(left, y, r["name"])
        c.setFont("Helvetica", 9)
        yy = y + 8
        for t in r["contact"]:
            c.drawRightString(right, yy, t)
            yy -= 11
        y = min(y, yy) - 8
        c.setStrokeColorRGB(*accent)
        c.line(left, y, right, y)
        y -= 18
    else:
        c.setFont("Helvetica-Bold", 18)
        c.drawCentredString(W / 2, y, r["name"])
        y -= 16
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
        y -= 24

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            state["page"] += 1
            if lay == "sidebar":
                sidebar()
            y = H - 56

    for it in items(r):
        t = it[0]
        if t == "h":
            need(40)
            y -= 4
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColorRGB(*accent)
            c.drawString(left, y, it[1].upper() if r.get("caps_heads") else it[1])
            c.setFillGray(0)
            y -= 4
            c.setStrokeColorRGB(*accent)
            c.setLineWidth(0.6)
            c.line(left, y, right, y)
            y -= 14
        elif t == "eh":
            _, l, rt, st = it
            need(26)
            font = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica", "o": "Helvetica-Bold"}[st]
            size = 10.5 if st in "bo" else 10
            c.setFont(font, size)
            maxw = right - left - (c.stringWidth(rt, "Helvetica", 10) + 12 if rt else 0)
            for ln in simpleSplit(l, F[font], size, maxw):
                c.drawString(left, y, ln)
                if rt:
                    c.setFont("Helvetica", 10)
                    c.drawRightString(right, y, rt)
                    c.setFont(font, size)
                    rt = ""
                y -= 13
        elif t == "li":
            need(14)
            c.setFont("Helvetica", 9.8)
            lines = simpleSplit(it[1], F["Helvetica"], 9.8, right - left - 16)
            c.drawString(left + 4, y, bul)
            for ln in lines:
                c.drawString(left + 16, y, ln)
                y -= 12
            y -= 1
        elif t == "p":
            c.setFont("Helvetica", 9.8)
            for ln in simpleSplit(it[1], F["Helvetica"], 9.8, right - left):
                need(12)
                c.drawString(left, y, ln)
                y -= 12
            y -= 4
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    lay = r.get("layout", "left")

    class P(FPDF):
        def footer(self):
            if lay == "twopage":
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, f"{r['name']} – CV – page {self.page_no()}", align="C")
                self.set_text_color(0)

    pdf = P(format="A4" if r.get("page") != "letter" else "Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    bul = r.get("bullet", "•")
    if lay == "centred":
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, r["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        pdf.cell(0, 5, "  ·  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    elif lay == "twocol":
        y0 = pdf.get_y()
        pdf.set_font("dv", "B", 18)
        pdf.cell(100, 10, r["name"])
        pdf.set_font("dv", "", 8.5)
        pdf.set_xy(120, y0)
        pdf.multi_cell(72, 4.4, "\n".join(r["contact"]), align="R", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("dv", "B", 16)
        pdf.cell(0, 8, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for t in r["contact"]:
            pdf.cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for it in items(r):
        t = it[0]
        if t == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 6, it[1].upper() if r.get("caps_heads") else it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(150)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif t == "eh":
            _, l, rt, st = it
            pdf.set_font("dv", {"b": "B", "i": "I", "n": "", "o": "B"}[st], 10 if st != "o" else 10.5)
            if rt:
                pdf.set_font_size(9.5)
                wr = pdf.get_string_width(rt) + 2
                pdf.set_font_size(10)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.multi_cell(pdf.epw - wr - 2, 5, l, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - pdf.r_margin - wr, y)
                pdf.set_font("dv", "", 9.5)
                pdf.cell(wr, 5, rt, align="R")
                pdf.set_xy(pdf.l_margin, y2)
            else:
                pdf.multi_cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        elif t == "li":
            pdf.set_font("dv", "", 9.5)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(5, 4.8, bul)
            pdf.multi_cell(pdf.epw - 7, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(buf, path):
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


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
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    tabpos = Cm(17)
    bullet_style = r.get("list_style", True)

    def para(container, text="", bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    def body(container, its, table_jobs=False):
        i = 0
        while i < len(its):
            it = its[i]
            t = it[0]
            if t == "h":
                if lay in ("styles", "header", "table"):
                    container.add_paragraph(it[1], style="Heading 1" if container is doc else None) if container is doc else para(container, it[1].upper(), bold=True, size=12)
                else:
                    para(container, it[1].upper(), bold=True, size=11.5)
            elif t == "eh":
                _, l, rt, s = it
                if table_jobs and s == "b":
                    tb = container.add_table(rows=1, cols=2)
                    _noborders(tb)
                    c0, c1 = tb.rows[0].cells
                    c0.width, c1.width = Cm(12), Cm(5)
                    c0.paragraphs[0].add_run(l).bold = True
                    # following org/title line goes in the same left cell
                    if i + 1 < len(its) and its[i + 1][0] == "eh" and its[i + 1][3] in "in":
                        c0.add_paragraph().add_run(its[i + 1][1]).italic = True
                        i += 1
                    c1.paragraphs[0].add_run(rt)
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif lay == "styles" and s in "bo" and container is doc:
                    p = doc.add_paragraph(style="Heading 2" if s == "b" else "Heading 3")
                    p.add_run(l)
                    if rt:
                        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + rt)
                else:
                    para(container, l, bold=s in "bo", italic=s == "i", right=rt or None)
            elif t == "li":
                if bullet_style and container is doc:
                    p = doc.add_paragraph(it[1], style="List Bullet")
                    p.paragraph_format.space_after = Pt(0)
                else:
                    para(container, r.get("bullet", "-") + " " + it[1])
            elif t == "p":
                para(container, it[1])
            i += 1

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\n" + " | ".join(r["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ft = sec.footer.paragraphs[0]
        ft.add_run(r.get("footer", "References available on request"))
        body(doc, items(r))
    elif lay == "sidebar":
        tb = doc.add_table(rows=1, cols=2)
        _noborders(tb)
        side, main = tb.rows[0].cells
        side.width, main.width = Cm(5.2), Cm(11.8)
        _shade(side, r.get("side_hex", "E4ECF2"))
        side.paragraphs[0].add_run(r["name"]).bold = True
        for t in r["contact"]:
            para(side, t, size=9)
        for head, lines in r.get("side", []):
            para(side, "")
            para(side, head.upper(), bold=True, size=9.5)
            # skills as a nested table
            if r.get("nested_side"):
                nt = side.add_table(rows=len(lines), cols=1)
                for k, ln in enumerate(lines):
                    nt.rows[k].cells[0].paragraphs[0].add_run(ln).font.size = Pt(9)
            else:
                for ln in lines:
                    para(side, ln, size=9)
        main.paragraphs[0].add_run(r.get("tagline", "")).italic = True
        body(main, items(r))
    else:
        p = doc.add_paragraph()
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(18)
        if r.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2 = doc.add_paragraph(" | ".join(r["contact"]))
        if r.get("centre"):
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(doc, items(r), table_jobs=(lay == "table"))
    buf = io.BytesIO()
    doc.save(buf)
    _fix_docx(buf, path)


# ---------------------------------------------------------------- text / html / md
def render_txt(r, path):
    lay = r.get("layout", "plain")
    bul = r.get("bullet", "-")
    out = [r["name"].upper() if lay == "caps" else r["name"]]
    out += r["contact"]
    out.append("")
    for it in items(r):
        t = it[0]
        if t == "h":
            h = it[1]
            if lay == "caps":
                out += ["", h.upper(), "=" * len(h)]
            elif lay == "indeed":
                out += ["", h]
            else:
                out += ["", h.upper() if r.get("caps_heads") else h, "-" * len(h)]
        elif t == "eh":
            _, l, rt, s = it
            if lay == "indeed" and s == "i":
                out.append(l)
            elif rt:
                if r.get("txt_dates") == "paren":
                    out.append(f"{l} ({rt})")
                elif r.get("txt_dates") == "comma":
                    out.append(f"{l}, {rt}")
                elif r.get("txt_dates") == "newline":
                    out += [l, rt]
                else:
                    out.append(f"{l}    {rt}")
            else:
                if s == "b" and lay == "plain" and out and out[-1] != "" and out[-1][:1] not in ("-", "=", bul):
                    pass
                out.append(l.upper() if s == "o" else l)
        elif t == "li":
            out.append(f"{bul} {it[1]}" if bul else it[1])
        elif t == "p":
            out.append(it[1])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    lay = r.get("layout", "h3")
    bul = r.get("bullet", "-")
    out = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    for it in items(r):
        t = it[0]
        if t == "h":
            out += ["", f"## {it[1]}", ""]
        elif t == "eh":
            _, l, rt, s = it
            if s == "b":
                if lay == "h3":
                    out += ["", f"### {l}" + (f" ({rt})" if rt else "")]
                else:
                    out += ["", f"**{l}**" + (f" — *{rt}*" if rt else "")]
            elif s == "o":
                out += ["", f"### {l}"]
            elif s == "i":
                out += [f"*{l}*", ""]
            else:
                out += [l, ""]
        elif t == "li":
            out.append(f"{bul} {it[1]}")
        elif t == "p":
            out += ["", it[1], ""]
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


def render_html(r, path):
    lay = r.get("layout", "simple")
    esc = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto;color:#222}"
                "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                ".job{margin-bottom:10px}.d{float:right;color:#555}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(r['name'])} | CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    out.append(f"<header><h1>{esc(r['name'])}</h1><p>{' &middot; '.join(esc(c) for c in r['contact'])}</p></header>")
    inlist = False
    for it in items(r):
        t = it[0]
        if t != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if t == "h":
            out.append(f"<h2>{esc(it[1])}</h2>")
        elif t == "eh":
            _, l, rt, s = it
            if lay == "table" and s == "b":
                out.append(f"<table class=\"job\"><tr><td><strong>{esc(l)}</strong></td><td class=\"d\">{esc(rt)}</td></tr></table>")
            elif s == "b":
                out.append(f"<h3>{esc(l)}" + (f" <span class=\"d\">{esc(rt)}</span>" if rt else "") + "</h3>")
            elif s == "o":
                out.append(f"<h3 class=\"org\">{esc(l)}</h3>")
            else:
                out.append(f"<p class=\"{'org' if s == 'i' else 'meta'}\"><em>{esc(l)}</em></p>" if s == "i" else f"<p>{esc(l)}</p>")
        elif t == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{esc(it[1])}</li>")
        elif t == "p":
            out.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
