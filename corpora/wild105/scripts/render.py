"""Renderers for wild105: text, Markdown, HTML, reportlab canvas, fpdf2 (DejaVu), python-docx."""
import datetime
import html as H
import io
import zipfile

from lib import date_text

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry header lines
def _ol(org, loc, sep=", "):
    return sep.join(x for x in (org, loc) if x)


def entry_blocks(r, entries):
    """Return list of blocks {'lines': [(left, right, style)], 'bullets': [...]} for a list of E."""
    hdr, ds, pw, sep = r["hdr"], r["ds"], r["present"], r.get("sep", " – ")
    blocks, last_org = [], object()
    for e in entries:
        d = date_text(e, ds, pw, sep)
        t, o, l = e.title_text, e.org_text, e.loc
        if hdr == "title_org":
            lines = [(t, d, "b"), (_ol(o, l), "", "i")]
        elif hdr == "org_title":
            lines = [(_ol(o, l), d, "b"), (t, "", "i")]
        elif hdr == "dash":
            lines = [(t + (" – " + _ol(o, l) if o or l else ""), d, "b")]
        elif hdr == "pipe":
            lines = [(" | ".join(x for x in (t, o, l) if x), d, "b")]
        elif hdr == "dateline":
            lines = [(t, "", "b"), (_ol(o, l), "", "n"), (d, "", "i")]
        elif hdr == "inline":
            lines = [(f"{t}, {_ol(o, l)} ({d})" if (o or l) else f"{t} ({d})", "", "b")]
        elif hdr == "datesfirst":
            lines = [(d, "", "i"), (t + (", " + _ol(o, l) if o or l else ""), "", "b")]
        elif hdr == "labelled":
            lines = [("Position: " + t, "", "b")]
            if o:
                lines.append(("Employer: " + _ol(o, l), "", "n"))
            lines.append(("Dates: " + d, "", "n"))
        elif hdr == "orgfirst":
            if o != last_org:
                blocks.append({"lines": [(_ol(o, l) if o else "", "", "B")], "bullets": [], "head": True})
            lines = [(t, d, "b")]
        else:
            raise ValueError(hdr)
        last_org = o
        lines = [x for x in lines if x[0] or x[1]]
        blocks.append({"lines": lines, "bullets": e.bullets, "head": False})
    return blocks


def iter_sections(r):
    for s in r["sections"]:
        yield s


def all_entries(r):
    out = []
    for s in r["sections"]:
        if s[1] == "entries":
            out.extend(s[2])
    return out


def bullet_text(r, b):
    bc = r.get("bullet", "•")
    return f"{bc} {b}" if bc else b


# ---------------------------------------------------------------- text
def render_txt(r, path):
    out = [r["name"].upper() if r.get("txt_caps_name") else r["name"]]
    out += r["contact"]
    if r.get("headline"):
        out.append(r["headline"])
    hs = r.get("txt_head", "caps")
    join = r.get("txtjoin", "    ")
    for head, typ, body in iter_sections(r):
        out.append("")
        if hs == "caps":
            out.append(head.upper())
        elif hs == "underline":
            out += [head, "-" * len(head)]
        elif hs == "colon":
            out.append(head + ":")
        elif hs == "equals":
            out += ["=" * 40, head.upper(), "=" * 40]
        if typ == "para":
            out.append(body)
        elif typ == "list":
            out += [bullet_text(r, x) for x in body]
        elif typ == "lines":
            out += body
        elif typ == "entries":
            for i, b in enumerate(entry_blocks(r, body)):
                if i and (b["head"] or r["hdr"] != "orgfirst"):
                    out.append("")
                for left, right, st in b["lines"]:
                    out.append(f"{left}{join}{right}" if right else left)
                if r.get("bullet") is None and b["bullets"]:
                    out.append(" ".join(x if x.endswith(".") else x + "." for x in b["bullets"]))
                else:
                    out += [bullet_text(r, x) for x in b["bullets"]]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    out = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    if r.get("headline"):
        out += [f"_{r['headline']}_", ""]
    mstyle = r.get("md", "h3")
    for head, typ, body in iter_sections(r):
        out += [f"## {head}", ""]
        if typ == "para":
            out += [body, ""]
        elif typ == "list":
            out += [f"- {x}" for x in body] + [""]
        elif typ == "lines":
            out += ["  \n".join(body), ""]
        elif typ == "entries":
            for b in entry_blocks(r, body):
                if b["head"]:
                    out += [f"### {b['lines'][0][0]}", ""]
                    continue
                for i, (left, right, st) in enumerate(b["lines"]):
                    if i == 0 and mstyle == "h3" and r["hdr"] != "orgfirst":
                        out.append(f"### {left}" + (f" ({right})" if right else ""))
                        out.append("")
                    elif st in ("b", "B"):
                        out.append(f"**{left}**" + (f" — {right}" if right else "") + "  ")
                    elif st == "i":
                        out.append(f"*{left}*" + (f" — {right}" if right else "") + "  ")
                    else:
                        out.append(left + (f" — {right}" if right else "") + "  ")
                out.append("")
                if b["bullets"]:
                    if r.get("bullet") is None:
                        out += [" ".join(x if x.endswith(".") else x + "." for x in b["bullets"]), ""]
                    else:
                        mb = r.get("md_bullet", "-")
                        out += [f"{mb} {x}" for x in b["bullets"]] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(r, path):
    e = H.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{e(r['name'])} - CV</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
           ".r{float:right;color:#555}.job{margin-bottom:10px}</style>", "</head>", "<body>",
           f"<h1>{e(r['name'])}</h1>", "<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p>"]
    if r.get("headline"):
        out.append(f"<p><em>{e(r['headline'])}</em></p>")
    table = r.get("html", "div") == "table"
    for head, typ, body in iter_sections(r):
        out.append(f"<h2>{e(head)}</h2>")
        if typ == "para":
            out.append(f"<p>{e(body)}</p>")
        elif typ == "list":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in body) + "</ul>")
        elif typ == "lines":
            out.append("<p>" + "<br>\n".join(e(x) for x in body) + "</p>")
        elif typ == "entries":
            if table:
                out.append("<table width=\"100%\">")
            for b in entry_blocks(r, body):
                if table:
                    for left, right, st in b["lines"]:
                        tag = "strong" if st in "bB" else ("em" if st == "i" else "span")
                        out.append(f"<tr><td><{tag}>{e(left)}</{tag}></td><td align=\"right\">{e(right)}</td></tr>")
                    if b["bullets"]:
                        out.append("<tr><td colspan=\"2\"><ul>" + "".join(f"<li>{e(x)}</li>" for x in b["bullets"]) + "</ul></td></tr>")
                    continue
                out.append("<div class=\"job\">")
                for i, (left, right, st) in enumerate(b["lines"]):
                    rs = f"<span class=\"r\">{e(right)}</span>" if right else ""
                    if b["head"]:
                        out.append(f"<h3>{e(left)}</h3>")
                    elif i == 0:
                        out.append(f"<h4>{rs}{e(left)}</h4>")
                    elif st == "i":
                        out.append(f"<p><em>{e(left)}</em>{rs}</p>")
                    else:
                        out.append(f"<p>{e(left)}{rs}</p>")
                if b["bullets"]:
                    if r.get("bullet") is None:
                        out.append("<p>" + e(" ".join(x if x.endswith(".") else x + "." for x in b["bullets"])) + "</p>")
                    else:
                        out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b["bullets"]) + "</ul>")
                out.append("</div>")
            if table:
                out.append("</table>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = LETTER if r.get("paper") == "letter" else A4
    W, Ht = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r["name"] + " CV")
    c.setCreator("Microsoft Word")
    layout = r.get("layout", "plain")
    fs = r.get("fs", 10)
    st = {"page": 1}
    margin = 50
    x0, x1 = margin, W - margin
    bc = r.get("bullet", "•")

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=st["page"]))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        if layout == "sidebar":
            draw_sidebar_bg()
        return Ht - margin

    def draw_sidebar_bg():
        c.setFillColorRGB(*r.get("side_rgb", (0.90, 0.92, 0.95)))
        c.rect(0, 0, 175, Ht, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def text(y, s, font="Helvetica", size=fs, x=None, xr=None, right=None, lead=None):
        lead = lead or size * 1.3
        xa = x if x is not None else x0
        xb = xr if xr is not None else x1
        avail = xb - xa - (c.stringWidth(right, "Helvetica", size) + 12 if right else 0)
        lines = simpleSplit(s, font, size, avail) or [""]
        for i, ln in enumerate(lines):
            if y < 60:
                y = newpage()
            c.setFont(font, size)
            c.drawString(xa, y, ln)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(xb, y, right)
            y -= lead
        return y

    y = Ht - margin
    if layout == "sidebar":
        draw_sidebar_bg()
        sy = Ht - margin
        sx, sxr = 20, 160
        for s in r["contact"]:
            sy = text(sy, s, size=8.5, x=sx, xr=sxr)
        for head, body in r.get("side", []):
            sy -= 10
            sy = text(sy, head.upper(), "Helvetica-Bold", 9, x=sx, xr=sxr)
            for item in (body if isinstance(body, list) else [body]):
                sy = text(sy, item, size=8.5, x=sx, xr=sxr)
        x0 = 195
        y = text(y, r["name"], "Helvetica-Bold", 20, lead=26)
        if r.get("headline"):
            y = text(y, r["headline"], "Helvetica-Oblique", 11)
    elif layout == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, r["name"])
        yy = y
        for s in r["contact"]:
            c.setFont("Helvetica", 9)
            c.drawRightString(x1, yy, s)
            yy -= 12
        y -= 26
        if r.get("headline"):
            y = text(y, r["headline"], "Helvetica-Oblique", 11)
        y = min(y, yy) - 4
        c.line(x0, y + 6, x1, y + 6)
        y -= 8
    else:
        if r.get("centre", True):
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(W / 2, y, r["name"])
            y -= 18
            c.setFont("Helvetica", 9)
            c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
            y -= 14
        else:
            y = text(y, r["name"], "Helvetica-Bold", 18, lead=22)
            for s in r["contact"]:
                y = text(y, s, size=9)
        if r.get("headline"):
            y = text(y, r["headline"], "Helvetica-Oblique", 10.5)
    for head, typ, body in iter_sections(r):
        y -= 8
        if y < 90:
            y = newpage()
        y = text(y, head.upper() if r.get("caps_heads", True) else head, "Helvetica-Bold", fs + 1.5)
        c.setLineWidth(0.5)
        c.line(x0, y + fs + 1, x1, y + fs + 1)
        y -= 2
        if typ == "para":
            y = text(y, body)
        elif typ == "list":
            for item in body:
                y = text(y, (bc + " " if bc else "") + item, x=x0 + 6)
        elif typ == "lines":
            for item in body:
                y = text(y, item)
        elif typ == "entries":
            for b in entry_blocks(r, body):
                y -= 3
                if y < 110:
                    y = newpage()
                for left, right, stl in b["lines"]:
                    font = {"b": "Helvetica-Bold", "B": "Helvetica-Bold", "i": "Helvetica-Oblique"}.get(stl, "Helvetica")
                    y = text(y, left, font, right=right or None)
                if bc is None and b["bullets"]:
                    y = text(y, " ".join(x if x.endswith(".") else x + "." for x in b["bullets"]))
                else:
                    for item in b["bullets"]:
                        y = text(y, (bc + " " if bc else "") + item, x=x0 + 8)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.cell(0, 6, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(r["name"])
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    layout = r.get("layout", "left")
    fs = r.get("fs", 10)
    bc = r.get("bullet", "•")
    lm = 15
    W = pdf.w - 2 * lm
    if layout == "sidebar":
        pdf.set_fill_color(*r.get("side_rgb255", (225, 232, 240)))
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_xy(6, 15)
        for s in r["contact"]:
            pdf.set_x(6)
            pdf.set_font("dv", "", 8)
            pdf.multi_cell(52, 4.2, s)
        for head, body in r.get("side", []):
            pdf.ln(3)
            pdf.set_x(6)
            pdf.set_font("dv", "B", 9)
            pdf.multi_cell(52, 5, head.upper())
            for item in (body if isinstance(body, list) else [body]):
                pdf.set_x(6)
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(52, 4.2, item)
        lm = 70
        W = pdf.w - lm - 12
        pdf.set_left_margin(lm)
        pdf.set_xy(lm, 15)
        pdf.set_font("dv", "B", 18)
        pdf.multi_cell(W, 9, r["name"])
    elif layout == "centred":
        pdf.set_font("dv", "B", 18)
        pdf.cell(0, 9, r["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        pdf.multi_cell(0, 5, " · ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for s in r["contact"]:
            pdf.cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("dv", "I", 10)
        pdf.set_x(lm)
        pdf.multi_cell(W, 5, r["headline"], new_x="LMARGIN", new_y="NEXT")
    for head, typ, body in iter_sections(r):
        pdf.ln(3)
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_x(lm)
        pdf.set_font("dv", "B", fs + 1.5)
        pdf.cell(W, 7, head.upper() if r.get("caps_heads", True) else head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("dv", "", fs)
        if typ == "para":
            pdf.set_x(lm)
            pdf.multi_cell(W, 5, body, new_x="LMARGIN", new_y="NEXT")
        elif typ in ("list", "lines"):
            for item in body:
                pdf.set_x(lm)
                pdf.multi_cell(W, 5, (bc + " " if (bc and typ == "list") else "") + item, new_x="LMARGIN", new_y="NEXT")
        elif typ == "entries":
            for b in entry_blocks(r, body):
                pdf.ln(1.5)
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                for left, right, stl in b["lines"]:
                    pdf.set_font("dv", {"b": "B", "B": "B", "i": "I"}.get(stl, ""), fs)
                    pdf.set_x(lm)
                    if right:
                        y = pdf.get_y()
                        pdf.set_font("dv", "", fs)
                        rw = pdf.get_string_width(right) + 2
                        pdf.set_xy(lm + W - rw, y)
                        pdf.cell(rw, 5, right, align="R")
                        pdf.set_xy(lm, y)
                        pdf.set_font("dv", {"b": "B", "B": "B", "i": "I"}.get(stl, ""), fs)
                        pdf.multi_cell(W - rw - 2, 5, left, new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(W, 5, left, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("dv", "", fs)
                if bc is None and b["bullets"]:
                    pdf.set_x(lm)
                    pdf.multi_cell(W, 5, " ".join(x if x.endswith(".") else x + "." for x in b["bullets"]), new_x="LMARGIN", new_y="NEXT")
                else:
                    for item in b["bullets"]:
                        pdf.set_x(lm + 3)
                        pdf.multi_cell(W - 3, 5, (bc + " " if bc else "") + item, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = r.get("font", "Calibri")
    normal.font.size = Pt(r.get("fs", 10.5))
    layout = r.get("layout", "styles")
    bc = r.get("bullet", "•")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(cont, txt="", style=None, bold=False, italic=False, size=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if txt:
            run = p.add_run(txt)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    def heading(cont, txt):
        if layout in ("styles", "header") and cont is doc:
            doc.add_heading(txt, level=r.get("hlevel", 2))
        else:
            p = para(cont, txt.upper() if r.get("caps_heads", True) else txt, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def bullets(cont, items):
        if bc is None and items:
            para(cont, " ".join(x if x.endswith(".") else x + "." for x in items))
            return
        for it in items:
            if layout in ("styles", "header") and cont is doc and bc == "•":
                p = cont.add_paragraph(it, style="List Bullet")
                p.paragraph_format.space_after = Pt(0)
            else:
                para(cont, (bc + " " if bc else "") + it)

    def entries(cont, ents, width):
        for b in entry_blocks(r, ents):
            if layout == "table" and not b["head"] and cont is doc:
                t = doc.add_table(rows=len(b["lines"]), cols=2)
                noborders(t)
                for i, (left, right, stl) in enumerate(b["lines"]):
                    cl = t.cell(i, 0).paragraphs[0]
                    run = cl.add_run(left)
                    run.bold, run.italic = stl in "bB", stl == "i"
                    if right:
                        cr = t.cell(i, 1).paragraphs[0]
                        cr.add_run(right)
                        cr.alignment = 2
                t.columns[0].width = Cm(12)
                bullets(doc, b["bullets"])
                continue
            for left, right, stl in b["lines"]:
                p = cont.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                run = p.add_run(left)
                run.bold, run.italic = stl in "bB", stl == "i"
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
            bullets(cont, b["bullets"])

    def body(cont, width):
        for head, typ, bd in iter_sections(r):
            heading(cont, head)
            if typ == "para":
                para(cont, bd)
            elif typ == "list":
                bullets(cont, bd) if bc else [para(cont, x) for x in bd]
            elif typ == "lines":
                for x in bd:
                    para(cont, x)
            elif typ == "entries":
                entries(cont, bd, width)

    if layout == "header":
        hp = sec.header.paragraphs[0]
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(r["contact"]))
        hp2.runs[0].font.size = Pt(9)
        if r.get("footer"):
            sec.footer.paragraphs[0].add_run(r["footer"].format(n=1))
        if r.get("headline"):
            para(doc, r["headline"], italic=True)
        body(doc, tabpos)
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width, right.width = Cm(5.2), Cm(11.8)
        shade(left, r.get("side_hex", "DCE6F0"))
        lp = left.paragraphs[0]
        lr = lp.add_run(r["name"])
        lr.bold = True
        lr.font.size = Pt(15)
        for s in r["contact"]:
            para(left, s, size=9)
        for head, bd in r.get("side", []):
            para(left, head.upper(), bold=True, size=10).paragraph_format.space_before = Pt(8)
            for x in (bd if isinstance(bd, list) else [bd]):
                para(left, x, size=9)
        rp = right.paragraphs[0]
        if r.get("headline"):
            rp.add_run(r["headline"]).italic = True
        body(right, Cm(11.5))
    else:
        if layout == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            p = para(doc, r["name"], bold=True, size=18)
        para(doc, " · ".join(r["contact"]) if r.get("contact_one_line", True) else "\n".join(r["contact"]), size=9)
        if r.get("headline"):
            para(doc, r["headline"], italic=True)
        body(doc, tabpos)
    doc.save(path)
    _fix_zip(path)


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
             "fpdf": render_fpdf, "docx": render_docx}
