"""Renderers for wild86: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import job_lines

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def items_of(r, blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "job":
            e, hs = b[1], b[2]
            note = b[3] if len(b) > 3 else None
            out += job_lines(e, hs, r.get("dstyle", "mon"), r.get("present", "Present"),
                             r.get("sep", " – "), note)
            if e["bullets"]:
                if r.get("bullet") is None:
                    out.append(("p", " ".join(x if x.endswith(".") else x + "." for x in e["bullets"])))
                else:
                    out += [("bu", x) for x in e["bullets"]]
            out.append(("gap",))
        elif k == "ul":
            out += [("bu", x) for x in b[1]]
            out.append(("gap",))
        elif k == "org":
            out.append(("hd", b[1], b[2] if len(b) > 2 else None))
        elif k == "pagebreak":
            out.append(("pb",))
        else:  # h, p, tx
            out.append(b)
    return out


def entries_of(r):
    return [b[1] for b in r["blocks"] if b[0] == "job"]


# ---------------------------------------------------------------- text family
def render_txt(r):
    o = r.get("opts", {})
    L = []
    bl = r.get("bullet")
    L.append(r["name"].upper() if o.get("name_upper") else r["name"])
    L += r["contact"]
    L.append("")
    for it in items_of(r, r.get("side", []) + r["blocks"]):
        k = it[0]
        if k == "h":
            st = o.get("txt_h", "upper")
            if st == "upper":
                L += ["", it[1].upper()]
            elif st == "underline":
                L += ["", it[1], ("=" if o.get("uchar") is None else o["uchar"]) * len(it[1])]
            elif st == "colon":
                L += ["", it[1] + ":"]
            elif st == "rule":
                L += ["", "-" * 60, it[1].upper(), "-" * 60]
        elif k == "hd":
            if it[2] is None:
                L.append(it[1])
            else:
                st = o.get("txt_hd", "pad")
                if st == "pad":
                    L.append(it[1].ljust(58) + "  " + it[2])
                elif st == "paren":
                    L.append(f"{it[1]} ({it[2]})")
                elif st == "dash":
                    L.append(f"{it[1]} -- {it[2]}")
                elif st == "nl":
                    L += [it[1], it[2]]
                elif st == "comma":
                    L.append(f"{it[1]}, {it[2]}")
        elif k in ("it", "tx", "p"):
            L.append(it[1])
        elif k == "bu":
            L.append(f"{bl} {it[1]}" if bl else it[1])
        elif k == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def render_md(r):
    o = r.get("opts", {})
    L = [f"# {r['name']}", ""]
    L.append("  \n".join(r["contact"]) if o.get("md_contact") != "pipe" else " | ".join(r["contact"]))
    L.append("")
    bl = r.get("bullet") or "-"
    for it in items_of(r, r["blocks"]):
        k = it[0]
        if k == "h":
            L += ["", f"## {it[1]}", ""]
        elif k == "hd":
            st = o.get("md_hd", "h3")
            if st == "h3":
                L.append(f"### {it[1]}")
                if it[2]:
                    L.append(f"*{it[2]}*  ")
            else:
                L.append(f"**{it[1]}**" + (f" — {it[2]}  " if it[2] else "  "))
        elif k == "it":
            L.append(f"*{it[1]}*  ")
        elif k == "tx":
            L.append(f"{it[1]}  ")
        elif k == "p":
            L += ["", it[1]]
        elif k == "bu":
            L.append(f"{bl} {it[1]}")
        elif k == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def render_html(r):
    o = r.get("opts", {})
    e = H.escape
    css = o.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".jh{display:flex;justify-content:space-between;font-weight:bold}"
                       "aside{float:left;width:28%;background:#eef;padding:1em;margin-right:1.5em}")
    P = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(r['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<header><h1>{e(r['name'])}</h1>", "<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p></header>"]

    def emit(items):
        inul = False
        for it in items:
            k = it[0]
            if k != "bu" and inul:
                P.append("</ul>")
                inul = False
            if k == "h":
                P.append(f"<h2>{e(it[1])}</h2>")
            elif k == "hd":
                if it[2]:
                    P.append(f"<div class=\"jh\"><span>{e(it[1])}</span><span>{e(it[2])}</span></div>")
                else:
                    P.append(f"<div class=\"jh\"><span>{e(it[1])}</span></div>")
            elif k == "it":
                P.append(f"<div><em>{e(it[1])}</em></div>")
            elif k in ("tx", "p"):
                P.append(f"<p>{e(it[1])}</p>")
            elif k == "bu":
                if not inul:
                    P.append("<ul>")
                    inul = True
                P.append(f"<li>{e(it[1])}</li>")
        if inul:
            P.append("</ul>")
    if r.get("side"):
        P.append("<aside>")
        emit(items_of(r, r["side"]))
        P.append("</aside>")
    P.append("<main>")
    emit(items_of(r, r["blocks"]))
    P += ["</main>", "</body>", "</html>"]
    return "\n".join(P) + "\n"


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas
    o = r.get("opts", {})
    size = letter if o.get("page") == "letter" else A4
    W, Hh = size
    c = Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(o.get("pdf_title", "Resume"))
    c.setCreator("Microsoft® Word for Microsoft 365" if o.get("creator") is None else o["creator"])
    F, FB, FI = ("Times-Roman", "Times-Bold", "Times-Italic") if o.get("serif") else \
        ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    fs = o.get("fs", 10)
    side = r.get("side")
    sw = 165 if side else 0
    mx = (sw + 22) if side else 54
    mw = W - mx - 50
    page = [1]
    y = [Hh - 56]

    def footer():
        if o.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, o["footer"].format(name=r["name"], n=page[0]))

    def sidebar_bg():
        if side and page[0] == 1:
            c.setFillColorRGB(*o.get("side_rgb", (0.90, 0.92, 0.95)))
            c.rect(0, 0, sw, Hh, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        y[0] = Hh - 56

    def text(x, w, s, font, size, lead=None, check=True):
        lead = lead or size * 1.3
        for ln in simpleSplit(s, font, size, w):
            if check and y[0] < 60:
                newpage()
            c.setFont(font, size)
            c.drawString(x, y[0], ln)
            y[0] -= lead

    def draw(items, x, w):
        for it in items:
            k = it[0]
            if k == "h":
                y[0] -= 6
                if y[0] < 90:
                    newpage()
                c.setFont(FB, fs + 1.5)
                c.drawString(x, y[0], it[1].upper() if o.get("h_upper", True) else it[1])
                if o.get("h_rule", True):
                    c.setLineWidth(0.5)
                    c.line(x, y[0] - 3, x + w, y[0] - 3)
                y[0] -= fs * 1.8
            elif k == "hd":
                if y[0] < 80:
                    newpage()
                if it[2] and c.stringWidth(it[1], FB, fs) + c.stringWidth(it[2], F, fs) + 12 < w:
                    c.setFont(FB, fs)
                    c.drawString(x, y[0], it[1])
                    c.setFont(F, fs)
                    c.drawRightString(x + w, y[0], it[2])
                    y[0] -= fs * 1.35
                else:
                    text(x, w, it[1], FB, fs)
                    if it[2]:
                        text(x, w, it[2], F, fs)
            elif k == "it":
                text(x, w, it[1], FI, fs)
            elif k in ("tx", "p"):
                text(x, w, it[1], F, fs)
            elif k == "bu":
                b = r.get("bullet") or "•"
                lines = simpleSplit(it[1], F, fs, w - 14)
                for i, ln in enumerate(lines):
                    if y[0] < 60:
                        newpage()
                    c.setFont(F, fs)
                    if i == 0:
                        c.drawString(x + 3, y[0], b)
                    c.drawString(x + 14, y[0], ln)
                    y[0] -= fs * 1.3
            elif k == "gap":
                y[0] -= fs * 0.6
            elif k == "pb":
                newpage()

    sidebar_bg()
    # header
    if side:
        y0 = y[0]
        c.setFillColorRGB(0, 0, 0)
        text(16, sw - 30, r["name"], FB, 15, 18)
        y[0] -= 4
        for cl in r["contact"]:
            text(16, sw - 30, cl, F, 8.5)
        y[0] -= 8
        draw(items_of(r, side), 16, sw - 30)
        y[0] = y0
    elif o.get("header") == "twocol":
        c.setFont(FB, 20)
        c.drawString(mx, y[0], r["name"])
        yy = y[0] + 6
        c.setFont(F, 9)
        for cl in r["contact"]:
            c.drawRightString(W - 50, yy, cl)
            yy -= 11
        y[0] = min(y[0] - 30, yy - 10)
    else:
        c.setFont(FB, 18)
        if o.get("header") == "centre":
            c.drawCentredString(W / 2, y[0], r["name"])
            y[0] -= 16
            c.setFont(F, 9)
            c.drawCentredString(W / 2, y[0], "  |  ".join(r["contact"]))
            y[0] -= 22
        else:
            c.drawString(mx, y[0], r["name"])
            y[0] -= 16
            for cl in r["contact"]:
                text(mx, mw, cl, F, 9)
            y[0] -= 10
    draw(items_of(r, r["blocks"]), mx, mw)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    name = r["name"]

    class P(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-14)
                self.set_font("dj", "", 8)
                self.cell(0, 6, o["footer"].format(name=name, n=self.page_no()), align="C")

    pdf = P(format=o.get("page", "A4"))
    pdf.set_creation_date(FIXED)
    pdf.set_author(name)
    pdf.set_title(o.get("pdf_title", "CV"))
    pdf.set_creator("Google Docs Renderer" if o.get("creator") is None else o["creator"])
    pdf.set_producer("Skia/PDF m120")
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("dj", st, DJ + fn)
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = o.get("fs", 9.5)
    lh = fs * 0.5
    side = r.get("side")
    sw = 62 if side else 0
    W = pdf.w

    def draw(items, x, w):
        for it in items:
            k = it[0]
            pdf.set_x(x)
            if k == "h":
                pdf.ln(2)
                pdf.set_x(x)
                pdf.set_font("dj", "B", fs + 1.5)
                pdf.cell(w, lh + 2, it[1].upper() if o.get("h_upper", True) else it[1],
                         border="B" if o.get("h_rule", True) else 0, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif k == "hd":
                pdf.set_font("dj", "B", fs)
                lw = pdf.get_string_width(it[1])
                pdf.set_font("dj", "", fs)
                rw = pdf.get_string_width(it[2]) if it[2] else 0
                if it[2] and lw + rw + 6 < w:
                    pdf.set_font("dj", "B", fs)
                    pdf.cell(lw + 1, lh, it[1])
                    pdf.set_font("dj", "", fs)
                    pdf.set_x(x)
                    pdf.cell(w, lh, it[2], align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("dj", "B", fs)
                    pdf.multi_cell(w, lh, it[1], new_x="LMARGIN", new_y="NEXT")
                    if it[2]:
                        pdf.set_x(x)
                        pdf.set_font("dj", "", fs)
                        pdf.multi_cell(w, lh, it[2], new_x="LMARGIN", new_y="NEXT")
            elif k == "it":
                pdf.set_font("dj", "I", fs)
                pdf.multi_cell(w, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k in ("tx", "p"):
                pdf.set_font("dj", "", fs)
                pdf.multi_cell(w, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "bu":
                pdf.set_font("dj", "", fs)
                pdf.cell(5, lh, r.get("bullet") or "•")
                pdf.multi_cell(w - 5, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "gap":
                pdf.ln(1.8)
            elif k == "pb":
                pdf.add_page()

    if side:
        pdf.set_fill_color(*o.get("side_rgb", (228, 234, 240)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_xy(8, 16)
        pdf.set_font("dj", "B", 13)
        pdf.multi_cell(sw - 14, 6, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "", 7.5)
        for cl in r["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(sw - 14, 4, cl, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        draw(items_of(r, side), 8, sw - 14)
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 16)
        draw(items_of(r, r["blocks"]), sw + 8, W - sw - 8 - 16)
    else:
        al = "C" if o.get("header") == "centre" else "L"
        pdf.set_font("dj", "B", 17)
        pdf.cell(0, 9, name, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "", 8.5)
        if al == "C":
            pdf.cell(0, 5, "  •  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for cl in r["contact"]:
                pdf.cell(0, 4.5, cl, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        draw(items_of(r, r["blocks"]), pdf.l_margin, W - pdf.l_margin - pdf.r_margin)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor  # noqa
    o = r.get("opts", {})
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = o.get("doc_title", "")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    tabpos = Inches(6.9)
    styles_h = o.get("docx_h", "styles") == "styles"
    jobmode = o.get("docx_job", "tabs")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(cont, text="", style=None):
        p = cont.add_paragraph(style=style)
        if text:
            p.add_run(text)
        return p

    def emit(cont, items, width):
        for it in items:
            k = it[0]
            if k == "h":
                if styles_h:
                    para(cont, it[1], "Heading 1" if o.get("hlevel", 1) == 1 else "Heading 2")
                else:
                    p = para(cont)
                    rr = p.add_run(it[1].upper())
                    rr.bold = True
                    p.paragraph_format.space_before = Pt(10)
            elif k == "hd":
                if jobmode == "table" and it[2] is not None and hasattr(cont, "add_table"):
                    t = cont.add_table(rows=1, cols=2)
                    no_borders(t)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = Inches(5.0), Inches(1.9)
                    c0.paragraphs[0].add_run(it[1]).bold = True
                    c1.paragraphs[0].add_run(it[2])
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    p = para(cont)
                    p.paragraph_format.space_before = Pt(6)
                    p.add_run(it[1]).bold = True
                    if it[2]:
                        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + it[2])
            elif k == "it":
                para(cont).add_run(it[1]).italic = True
            elif k in ("tx", "p"):
                para(cont, it[1])
            elif k == "bu":
                if o.get("typed_bullets"):
                    para(cont, f"{r.get('bullet') or '-'} {it[1]}")
                else:
                    para(cont, it[1], "List Bullet")
            elif k == "pb":
                d.add_page_break()

    # header block
    if o.get("name_in_header"):
        hp = sec.header.paragraphs[0]
        hr = hp.add_run(r["name"])
        hr.bold = True
        hr.font.size = Pt(16)
        sec.header.add_paragraph(" · ".join(r["contact"]))
    side = r.get("side")
    if side:
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Inches(2.1), Inches(4.8)
        shade(c0, o.get("side_hex", "DCE6F0"))
        p0 = c0.paragraphs[0]
        rr = p0.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for cl in r["contact"]:
            para(c0, cl)
        emit(c0, items_of(r, side), Inches(1.9))
        c1.paragraphs[0].add_run("")
        emit(c1, items_of(r, r["blocks"]), Inches(4.6))
    else:
        if not o.get("name_in_header"):
            if styles_h:
                para(d, r["name"], "Title")
            else:
                p = para(d)
                rr = p.add_run(r["name"])
                rr.bold = True
                rr.font.size = Pt(18)
            para(d, "  |  ".join(r["contact"]))
        emit(d, items_of(r, r["blocks"]), tabpos)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render(r, path):
    rd = r["renderer"]
    if rd == "reportlab":
        render_reportlab(r, path)
    elif rd == "fpdf2":
        render_fpdf(r, path)
    elif rd == "docx":
        render_docx(r, path)
    else:
        txt = {"txt": render_txt, "md": render_md, "html": render_html}[rd](r)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
