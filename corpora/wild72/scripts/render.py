"""Renderers for wild72: reportlab, fpdf2, python-docx, txt, md, html.

A résumé dict R holds name, contact lines, and sections: (heading, kind, content) with kind in
p (paragraph), list (bullets), lines (plain lines), jobs (list of lib.E).  Headings named in
R['side'] go to the sidebar in sidebar layouts.
"""
import datetime
import io
import zipfile
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- job header lines
def job_lines(R, jobs):
    """Yield (e_or_None, [(style, left, right), ...]) for each job (or org heading)."""
    hdr = R.get("hdr", "title_org")
    ds, pw, sep = R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – ")
    out = []
    prev_org = object()
    for e in jobs:
        d = fmt_range(e, ds, pw, sep)
        loc = e.loc
        orgloc = ", ".join(x for x in (e.org, loc) if x)
        if hdr == "title_org":
            ls = [("b", e.title, d)]
            if orgloc:
                ls.append(("i", orgloc, None))
        elif hdr == "org_title":
            ls = ([("b", orgloc, d), ("i", e.title, None)] if orgloc else [("b", e.title, d)])
        elif hdr == "dateline":
            ls = [("b", e.title, None)]
            if orgloc:
                ls.append(("i", orgloc, None))
            if d:
                ls.append(("n", d, None))
        elif hdr == "dash":
            left = e.title + (f" – {e.org}" if e.org else "") + (f", {loc}" if loc else "")
            ls = [("b", left, d)]
        elif hdr == "pipe":
            ls = [("b", " | ".join(x for x in (e.title, e.org, loc) if x), d)]
        elif hdr == "inline":
            ls = [("b", ", ".join(x for x in (e.title, e.org, loc, d) if x), None)]
        elif hdr == "datesfirst":
            ls = [("n", d, None), ("b", e.title, None)]
            if orgloc:
                ls.append(("i", orgloc, None))
        elif hdr == "labelled":
            ls = [("b", "Position: " + e.title, None)]
            if e.org:
                ls.append(("n", "Employer: " + e.org + (f" ({loc})" if loc else ""), None))
            ls.append(("n", "Period: " + d, None))
        elif hdr == "orgfirst":
            ls = []
            if e.org != prev_org:
                ls.append(("o", orgloc or e.title, None))
            ls.append(("b", e.title, d))
        else:
            raise ValueError(hdr)
        prev_org = e.org
        out.append((e, ls))
    return out


def bullets_of(e):
    if e.para:
        return [("p", " ".join(b if b.endswith((".", "!", "?")) else b + "." for b in e.bullets))] if e.bullets else []
    return [("bul", b) for b in e.bullets]


def items(R, sections):
    """Flatten sections to a list of (type, ...) items."""
    out = []
    for sec in sections:
        head, kind, content = sec[0], sec[1], sec[2]
        out.append(("h", head))
        if kind == "p":
            out.append(("p", content))
        elif kind == "list":
            out += [("bul", x) for x in content]
        elif kind == "lines":
            out += [("line", x) for x in content]
        elif kind == "jobs":
            for e, ls in job_lines(R, content):
                for st, left, right in ls:
                    out.append(("jl", st, left, right))
                out += bullets_of(e)
                out.append(("gap",))
    return out


def main_side(R):
    side = R.get("side", [])
    if R.get("layout") not in ("sidebar",):
        return R["sections"], []
    return [s for s in R["sections"] if s[0] not in side], [s for s in R["sections"] if s[0] in side]


# ---------------------------------------------------------------- plain text
def render_txt(R):
    w = 78
    bch = R.get("bullet", "-")
    hs = R.get("txt_head", "caps")
    join = R.get("txt_join", "pad")
    L = [R["name"].upper() if R.get("caps_name") else R["name"]] + R["contact"] + [""]
    for it in items(R, R["sections"]):
        t = it[0]
        if t == "h":
            h = it[1]
            if hs == "caps":
                L += ["", h.upper()]
            elif hs == "underline":
                L += ["", h, "=" * len(h)]
            elif hs == "dashes":
                L += ["", f"---- {h.upper()} ----"]
            else:
                L += ["", h + ":"]
        elif t == "p":
            L.append(it[1])
        elif t == "bul":
            L.append(f"{bch} {it[1]}" if bch else it[1])
        elif t == "line":
            L.append(it[1])
        elif t == "jl":
            st, left, right = it[1:]
            if st == "o":
                left = left.upper()
            if right:
                if join == "pad" and len(left) + len(right) < w - 2:
                    left = left + " " * (w - len(left) - len(right)) + right
                elif join == "paren":
                    left = f"{left} ({right})"
                else:
                    left = f"{left}   {right}"
            L.append(left)
        elif t == "gap":
            L.append("")
    txt = "\n".join(L).replace("\n\n\n", "\n\n").strip() + "\n"
    return txt.encode("utf-8")


# ---------------------------------------------------------------- markdown
def render_md(R):
    bch = R.get("bullet", "-")
    mj = R.get("md_job", "h3")
    L = [f"# {R['name']}", "", "  \n".join(R["contact"]), ""]
    for it in items(R, R["sections"]):
        t = it[0]
        if t == "h":
            L += ["", f"## {it[1]}", ""]
        elif t == "p":
            L += [it[1], ""]
        elif t == "bul":
            L.append(f"{bch} {it[1]}")
        elif t == "line":
            L.append(it[1] + "  ")
        elif t == "jl":
            st, left, right = it[1:]
            r = f" — *{right}*" if right else ""
            if st == "o":
                L += [f"### {left}", ""]
            elif st == "b":
                if mj == "h3":
                    L += [f"### {left}{r}", ""]
                else:
                    L.append(f"**{left}**{r}  ")
            elif st == "i":
                L.append(f"*{left}*  ")
            else:
                L.append(f"{left}  ")
        elif t == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


# ---------------------------------------------------------------- html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(R):
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(R['name'])} – CV</title>",
         "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto}"
         ".d{float:right;color:#555}h2{border-bottom:1px solid #999}</style></head><body>",
         f"<h1>{esc(R['name'])}</h1>", "<p class=\"contact\">" + "<br>".join(esc(c) for c in R["contact"]) + "</p>"]
    inlist = False
    for it in items(R, R["sections"]):
        t = it[0]
        if t != "bul" and inlist:
            H.append("</ul>")
            inlist = False
        if t == "h":
            H.append(f"<h2>{esc(it[1])}</h2>")
        elif t == "p":
            H.append(f"<p>{esc(it[1])}</p>")
        elif t == "line":
            H.append(f"<div>{esc(it[1])}</div>")
        elif t == "bul":
            if not inlist:
                H.append("<ul>")
                inlist = True
            H.append(f"<li>{esc(it[1])}</li>")
        elif t == "jl":
            st, left, right = it[1:]
            d = f"<span class=\"d\">{esc(right)}</span>" if right else ""
            if st == "b":
                H.append(f"<h3>{esc(left)}{d}</h3>")
            elif st == "o":
                H.append(f"<h3 class=\"org\">{esc(left)}</h3>")
            elif st == "i":
                H.append(f"<p><em>{esc(left)}</em>{d}</p>")
            else:
                H.append(f"<p>{esc(left)}{d}</p>")
    if inlist:
        H.append("</ul>")
    H.append("</body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(R):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    size = letter if R.get("paper") == "letter" else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    layout = R.get("layout", "plain")
    mainsec, sidesec = main_side(R)
    m = 50
    page = [1]
    bch = R.get("bullet", "•")

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 25, R["footer"].format(n=page[0]))

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        return Hh - m

    y = Hh - m
    x0, x1 = m, W - m
    if layout == "sidebar":
        sw = 170
        c.setFillColorRGB(0.90, 0.93, 0.95)
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - m
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 15, sw - 40):
            c.drawString(20, sy, ln)
            sy -= 18
        sy -= 6
        c.setFont("Helvetica", 8.5)
        for cl in R["contact"]:
            for ln in simpleSplit(cl, "Helvetica", 8.5, sw - 40):
                c.drawString(20, sy, ln)
                sy -= 11
        for it in items(R, sidesec):
            t = it[0]
            if t == "h":
                sy -= 10
                c.setFont("Helvetica-Bold", 10)
                c.drawString(20, sy, it[1].upper())
                sy -= 13
            elif t in ("bul", "line", "p"):
                c.setFont("Helvetica", 8.5)
                for ln in simpleSplit(it[1], "Helvetica", 8.5, sw - 40):
                    c.drawString(20, sy, ln)
                    sy -= 11
        x0 = sw + 25
    else:
        if layout == "twocol":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(m, y - 6, R["name"])
            c.setFont("Helvetica", 9)
            yy = y
            for cl in R["contact"]:
                c.drawRightString(W - m, yy, cl)
                yy -= 11
            y = min(y - 30, yy - 6)
        elif layout == "centred":
            c.setFont("Times-Bold", 18)
            c.drawCentredString(W / 2, y, R["name"])
            y -= 16
            c.setFont("Times-Roman", 10)
            c.drawCentredString(W / 2, y, "  ·  ".join(R["contact"]))
            y -= 18
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(m, y, R["name"])
            y -= 15
            c.setFont("Helvetica", 9.5)
            for cl in R["contact"]:
                c.drawString(m, y, cl)
                y -= 12
            y -= 6
    serif = layout == "centred"
    F = ("Times-Roman", "Times-Bold", "Times-Italic") if serif else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    cw = x1 - x0
    for it in items(R, mainsec):
        t = it[0]
        if y < m + 30:
            y = newpage()
        if t == "h":
            if it[1] == R.get("break_before"):
                y = newpage()
            y -= 8
            c.setFont(F[1], 11.5)
            c.drawString(x0, y, it[1].upper() if R.get("caps_head") else it[1])
            c.setLineWidth(0.5)
            c.line(x0, y - 3, x1, y - 3)
            y -= 17
        elif t == "jl":
            st, left, right = it[1:]
            font = {"b": F[1], "o": F[1], "i": F[2], "n": F[0]}[st]
            size_ = 10.5 if st in ("b", "o") else 10
            c.setFont(font, size_)
            rw = c.stringWidth(right, F[0], 9.5) if right else 0
            lines = simpleSplit(left, font, size_, cw - rw - 10)
            for i, ln in enumerate(lines):
                c.setFont(font, size_)
                c.drawString(x0, y, ln)
                if i == 0 and right:
                    c.setFont(F[0], 9.5)
                    c.drawRightString(x1, y, right)
                y -= 13
        elif t in ("p", "line"):
            c.setFont(F[0], 10)
            for ln in simpleSplit(it[1], F[0], 10, cw):
                if y < m:
                    y = newpage()
                    c.setFont(F[0], 10)
                c.drawString(x0, y, ln)
                y -= 12.5
            y -= 2
        elif t == "bul":
            c.setFont(F[0], 10)
            for i, ln in enumerate(simpleSplit(it[1], F[0], 10, cw - 14)):
                if i == 0:
                    c.drawString(x0 + 2, y, bch)
                c.drawString(x0 + 14, y, ln)
                y -= 12.5
        elif t == "gap":
            y -= 6
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF
    foot = R.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.cell(0, 5, foot.format(n=self.page_no()), align="C")

    pdf = P(format="Letter" if R.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " - CV")
    pdf.set_author(R["name"])
    pdf.add_font("dv", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(16, 15, 16)
    pdf.add_page()
    layout = R.get("layout", "left")
    mainsec, sidesec = main_side(R)
    bch = R.get("bullet", "•")
    W = pdf.w
    x0, x1 = 16, W - 16
    if layout == "sidebar":
        sw = 62
        pdf.set_fill_color(236, 230, 220)
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(8, 15)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(sw - 14, 7, R["name"], new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("dv", "", 8)
        for cl in R["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(sw - 14, 4.2, cl, new_x="LEFT", new_y="NEXT")
        for it in items(R, sidesec):
            pdf.set_x(8)
            if it[0] == "h":
                pdf.ln(3)
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(sw - 14, 5.5, it[1].upper(), new_x="LEFT", new_y="NEXT")
            elif it[0] in ("bul", "line", "p"):
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(sw - 14, 4.2, it[1], new_x="LEFT", new_y="NEXT")
        x0 = sw + 8
        pdf.set_left_margin(x0)
        pdf.set_xy(x0, 15)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        if layout == "centred":
            pdf.multi_cell(0, 4.8, "  |  ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for cl in R["contact"]:
                pdf.cell(0, 4.8, cl, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    cw = x1 - x0
    for it in items(R, mainsec):
        t = it[0]
        pdf.set_x(x0)
        if t == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(cw, 6.5, it[1].upper() if R.get("caps_head") else it[1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "jl":
            st, left, right = it[1:]
            style = {"b": "B", "o": "B", "i": "I", "n": ""}[st]
            pdf.set_font("dv", style, 10)
            if right:
                pdf.set_font("dv", "", 9)
                rw = pdf.get_string_width(right) + 2
                pdf.set_font("dv", style, 10)
                y = pdf.get_y()
                pdf.multi_cell(cw - rw - 2, 5.2, left, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(x1 - rw, y)
                pdf.set_font("dv", "", 9)
                pdf.cell(rw, 5.2, right, align="R")
                pdf.set_xy(x0, max(y2, y + 5.2))
            else:
                pdf.multi_cell(cw, 5.2, left, new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "line"):
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(cw, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif t == "bul":
            pdf.set_font("dv", "", 9.5)
            pdf.cell(5, 4.8, bch)
            pdf.multi_cell(cw - 5, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "gap":
            pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def render_docx(R):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    tabpos = sec.page_width - sec.left_margin - sec.right_margin
    layout = R.get("layout", "styles")
    bch = R.get("bullet")  # None -> List Bullet style
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)

    def para(container, text="", bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Inches(4.4), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(2)
        return p

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def noborders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def emit(container, its):
        pending = []
        for it in its:
            t = it[0]
            if t == "h":
                if layout in ("styles", "header"):
                    container.add_paragraph(it[1], style="Heading 1" if container is doc else None)
                else:
                    p = para(container, it[1].upper(), bold=True, size=12)
                    p.paragraph_format.space_before = Pt(8)
            elif t == "p":
                para(container, it[1])
            elif t == "line":
                para(container, it[1])
            elif t == "bul":
                if bch:
                    para(container, f"{bch}\t{it[1]}" if bch != "-" else f"- {it[1]}")
                else:
                    container.add_paragraph(it[1], style="List Bullet")
            elif t == "jl":
                stl, left, right = it[1:]
                if layout == "table" and stl in ("b", "i", "n") and container is doc:
                    pending.append((stl, left, right))
                    continue
                if layout == "styles" and stl in ("b", "o") and container is doc:
                    p = container.add_paragraph(style="Heading 2")
                    p.add_run(left)
                    if right:
                        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + right)
                else:
                    para(container, left, bold=stl in ("b", "o"), italic=stl == "i", right=right)
            elif t == "gap":
                pass
            if pending and t != "jl":
                flush(container, pending)
                pending = []
        if pending:
            flush(container, pending)

    def flush(container, pend):
        tb = container.add_table(rows=1, cols=2)
        noborders(tb)
        lc, rc = tb.rows[0].cells
        lc.width, rc.width = Inches(5.0), Inches(1.9)
        first = True
        rights = []
        for stl, left, right in pend:
            p = lc.paragraphs[0] if first else lc.add_paragraph()
            first = False
            r = p.add_run(left)
            r.bold, r.italic = stl == "b", stl == "i"
            if right:
                rights.append(right)
        rc.paragraphs[0].add_run("\n".join(rights) if rights else "")
        rc.paragraphs[0].alignment = 2

    mainsec, sidesec = main_side(R)
    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(R["contact"]))
        emit(doc, items(R, mainsec))
    elif layout == "sidebar":
        tb = doc.add_table(rows=1, cols=2)
        noborders(tb)
        lc, rc = tb.rows[0].cells
        lc.width, rc.width = Inches(2.1), Inches(4.8)
        shade(lc, "DCE6EE")
        p = lc.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for cl in R["contact"]:
            para(lc, cl, size=9)
        emit(lc, items(R, sidesec))
        rc.paragraphs[0].add_run(R.get("tagline", ""))
        emit(rc, items(R, mainsec))
    else:
        if layout == "styles":
            doc.add_paragraph(R["name"], style="Title")
        else:
            p = para(doc, R["name"], bold=True, size=18)
        para(doc, "  •  ".join(R["contact"]) if layout != "tabs" else " | ".join(R["contact"]), size=9.5)
        emit(doc, items(R, mainsec))
    cp = doc.core_properties
    cp.author = R["name"]
    cp.title = "CV"
    cp.last_modified_by = R["name"]
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
