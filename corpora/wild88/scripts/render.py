"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import E, fmt_range

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- document model
def entry_lines(d, e, prev_org):
    style, present, sep = d.get("style", "mon"), d.get("present", "Present"), d.get("sep", " – ")
    dates = fmt_range(e, style, present, sep)
    head = d.get("head", "title_org")
    org_loc = ", ".join(x for x in (e.org, e.loc) if x)
    out = []
    if head == "title_org":
        out += [("row", e.title, dates), ("sub", org_loc)]
    elif head == "org_title":
        out += [("row", org_loc, dates), ("sub", e.title)]
    elif head == "dateline":
        out += [("row", e.title, ""), ("sub", org_loc), ("p", dates)]
    elif head == "dash":
        out += [("row", f"{e.title} – {org_loc}", dates)]
    elif head == "pipe":
        out += [("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), dates)]
    elif head == "datesfirst":
        out += [("row", dates, ""), ("sub", f"{e.title}, {org_loc}")]
    elif head == "labelled":
        out += [("row", f"Position: {e.title}", ""), ("p", f"Employer: {org_loc}"), ("p", f"Dates: {dates}")]
    elif head == "inline":
        out += [("row", f"{e.title}, {org_loc}, {dates}", "")]
    elif head == "orgfirst":
        if e.org != prev_org:
            out += [("h2", org_loc)]
        out += [("row", e.title, dates)]
    else:
        raise ValueError(head)
    out = [x for x in out if not (x[0] == "sub" and not x[1])]
    if d.get("duty_para") and e.bullets:
        out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
    else:
        out += [("bl", b) for b in e.bullets]
    out.append(("gap",))
    return out


def body_lines(d):
    out = []
    for heading, items in d["sections"]:
        if d.get("break_before") == heading:
            out.append(("pb",))
        out.append(("h", heading))
        prev_org = object()
        for x in items:
            if isinstance(x, E):
                out += entry_lines(d, x, prev_org)
                prev_org = x.org
            elif isinstance(x, tuple):
                out.append(x)
            else:
                out.append(("p", x))
        if out[-1] != ("gap",):
            out.append(("gap",))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(d, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = LETTER if d.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"] + " CV")
    c.setAuthor(d["name"])
    layout = d.get("layout_rl", "plain")
    bullet = d.get("bullet", "•")
    M = 50
    x0, x1 = M, W - M
    page = [1]

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, d["footer"].format(page=page[0]))

    y = H - M
    if layout == "sidebar":
        sw = 165
        c.setFillColorRGB(*d.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - M - 40
        for kind, *rest in d.get("sidebar", []):
            if kind == "h":
                sy -= 8
                c.setFont("Helvetica-Bold", 10)
                c.drawString(18, sy, rest[0].upper())
                sy -= 14
            else:
                c.setFont("Helvetica", 8.5)
                for ln in simpleSplit(rest[0], "Helvetica", 8.5, sw - 30):
                    c.drawString(18, sy, ln)
                    sy -= 11
        x0 = sw + 22
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y - 10, d["name"])
        y -= 30
        c.setFont("Helvetica", 10)
        for ln in d.get("contact", []):
            c.drawString(x0, y, ln)
            y -= 13
    elif layout == "twocol":
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0, y - 8, d["name"])
        if d.get("tagline"):
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(x0, y - 24, d["tagline"])
        c.setFont("Helvetica", 9)
        yy = y
        for ln in d.get("contact", []):
            c.drawRightString(x1, yy, ln)
            yy -= 12
        y = min(y - 30, yy) - 6
        c.line(x0, y, x1, y)
        y -= 16
    else:
        centred = layout == "centred"
        c.setFont("Helvetica-Bold", 17)
        (c.drawCentredString(W / 2, y, d["name"]) if centred else c.drawString(x0, y, d["name"]))
        y -= 18
        c.setFont("Helvetica", 9.5)
        for ln in d.get("contact", []):
            (c.drawCentredString(W / 2, y, ln) if centred else c.drawString(x0, y, ln))
            y -= 12
        y -= 6

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = H - M

    for kind, *rest in body_lines(d):
        if kind == "pb":
            need(10000)
        elif kind == "h":
            need(40)
            y -= 6
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(x0, y, rest[0])
            y -= 4
            c.setLineWidth(0.5)
            c.line(x0, y, x1, y)
            y -= 14
        elif kind == "h2":
            need(30)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(x0, y, rest[0])
            y -= 14
        elif kind == "row":
            need(28)
            c.setFont("Helvetica-Bold", 10)
            w = x1 - x0 - (c.stringWidth(rest[1], "Helvetica", 9.5) + 12 if rest[1] else 0)
            lines = simpleSplit(rest[0], "Helvetica-Bold", 10, w)
            for i, ln in enumerate(lines):
                c.drawString(x0, y, ln)
                if i == 0 and rest[1]:
                    c.setFont("Helvetica", 9.5)
                    c.drawRightString(x1, y, rest[1])
                    c.setFont("Helvetica-Bold", 10)
                y -= 13
        elif kind == "sub":
            c.setFont("Helvetica-Oblique", 9.5)
            for ln in simpleSplit(rest[0], "Helvetica-Oblique", 9.5, x1 - x0):
                c.drawString(x0, y, ln)
                y -= 12.5
        elif kind in ("p", "bl"):
            ind = 12 if kind == "bl" else 0
            c.setFont("Helvetica", 9.5)
            lines = simpleSplit(rest[0], "Helvetica", 9.5, x1 - x0 - ind)
            need(12 * len(lines))
            if kind == "bl" and bullet:
                c.drawString(x0 + 2, y, bullet)
            for ln in lines:
                c.drawString(x0 + ind, y, ln)
                y -= 12
        elif kind == "gap":
            y -= 5
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fp(d, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.cell(0, 5, d["footer"].format(page=self.page_no()), align="C")

    pdf = P(format="letter" if d.get("letter") else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(d["name"])
    pdf.set_author(d["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    align = "C" if d.get("layout_fp") == "centred" else "L"
    bullet = d.get("bullet", "•")
    pdf.set_font("dv", "B", 16)
    pdf.cell(0, 9, d["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    for ln in d.get("contact", []):
        pdf.cell(0, 5, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, *rest in body_lines(d):
        if kind == "pb":
            pdf.add_page()
        elif kind == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 7, rest[0], new_x="LMARGIN", new_y="NEXT", border="B")
            pdf.ln(2)
        elif kind == "h2":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5.5, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "row":
            pdf.set_font("dv", "", 9)
            dw = pdf.get_string_width(rest[1]) + 2 if rest[1] else 0
            y = pdf.get_y()
            if rest[1]:
                pdf.set_xy(pdf.w - pdf.r_margin - dw, y)
                pdf.cell(dw, 5.5, rest[1], align="R")
                pdf.set_xy(pdf.l_margin, y)
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(pdf.epw - dw - 3, 5.5, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("dv", "I", 9)
            pdf.multi_cell(0, 5, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 4.8, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "bl":
            pdf.set_font("dv", "", 9)
            pdf.cell(5, 4.8, bullet)
            pdf.multi_cell(0, 4.8, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
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
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(10.5)
    layout = d.get("layout_docx", "tabs")
    bullet = d.get("bullet", "•")
    right = Inches(6.9)

    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1

    def contact_block(container, centred=False):
        p = container.add_paragraph()
        r = p.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(18)
        if centred:
            p.alignment = 1
        for ln in d.get("contact", []):
            q = container.add_paragraph(ln)
            q.paragraph_format.space_after = Pt(0)
            if centred:
                q.alignment = 1

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        hdr.add_paragraph(" · ".join(d.get("contact", [])))
        body = doc
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, body = t.rows[0].cells
        left.width, body.width = Inches(2.1), Inches(4.9)
        _shade(left, d.get("side_fill", "DCE6F0"))
        left.paragraphs[0].add_run(d["name"]).bold = True
        for kind, *rest in d.get("sidebar", []):
            p = left.add_paragraph()
            if kind == "h":
                p.add_run(rest[0].upper()).bold = True
            else:
                p.add_run(rest[0]).font.size = Pt(9)
        for ln in d.get("contact", []):
            left.add_paragraph(ln).runs[0].font.size = Pt(9)
        body.paragraphs[0].add_run(d.get("tagline", "")).italic = True
    else:
        contact_block(doc, centred=d.get("centred", False))
        body = doc

    lines = body_lines(d)
    i = 0
    while i < len(lines):
        kind, *rest = lines[i]
        if kind == "h":
            if layout in ("styles", "header") and body is doc:
                doc.add_heading(rest[0], level=1)
            else:
                p = body.add_paragraph()
                r = p.add_run(rest[0].upper())
                r.bold = True
                r.font.size = Pt(12)
        elif kind == "h2":
            p = body.add_paragraph()
            r = p.add_run(rest[0])
            r.bold = True
            r.underline = True
        elif kind == "row" and layout == "table":
            # a borderless table per job: role/organisation left, dates right
            t = body.add_table(rows=1, cols=2)
            _no_borders(t)
            a, b = t.rows[0].cells
            a.width, b.width = Inches(4.9), Inches(2.0)
            a.paragraphs[0].add_run(rest[0]).bold = True
            b.paragraphs[0].add_run(rest[1])
            b.paragraphs[0].alignment = 2
            j = i + 1
            while j < len(lines) and lines[j][0] in ("sub", "bl", "p"):
                k2, t2 = lines[j][0], lines[j][1]
                if k2 == "sub":
                    a.add_paragraph().add_run(t2).italic = True
                elif k2 == "bl":
                    a.add_paragraph(f"{bullet} {t2}" if bullet else t2)
                else:
                    a.add_paragraph(t2)
                j += 1
            i = j
            continue
        elif kind == "row":
            p = body.add_paragraph()
            if rest[1] and layout != "styles":
                p.paragraph_format.tab_stops.add_tab_stop(Inches(4.7) if layout == "sidebar" else right,
                                                          WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(rest[0]).bold = True
                p.add_run("\t" + rest[1])
            else:
                p.add_run(rest[0]).bold = True
                if rest[1]:
                    p.add_run("   " + rest[1])
            p.paragraph_format.space_after = Pt(0)
        elif kind == "sub":
            body.add_paragraph().add_run(rest[0]).italic = True
        elif kind == "bl":
            if body is doc and d.get("list_style", True):
                doc.add_paragraph(rest[0], style="List Bullet")
            else:
                body.add_paragraph(f"{bullet} {rest[0]}" if bullet else rest[0])
        elif kind == "p":
            body.add_paragraph(rest[0])
        i += 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / markdown / html
def render_txt(d, path):
    o = d.get("txt", {})
    width = o.get("width", 72)
    hstyle = o.get("heading", "caps")
    rowjoin = o.get("row", "pad")
    bullet = d.get("bullet", "-")
    out = [d["name"].upper() if o.get("name_caps") else d["name"]]
    out += d.get("contact", [])
    out.append("")
    for kind, *rest in body_lines(d):
        if kind == "h":
            t = rest[0]
            if hstyle == "caps":
                out += [t.upper()]
            elif hstyle == "underline":
                out += [t, "-" * len(t)]
            elif hstyle == "equals":
                out += ["=" * width, t.upper(), "=" * width]
            elif hstyle == "colon":
                out += [t.upper() + ":"]
            else:
                out += [t]
        elif kind == "h2":
            out.append(rest[0])
        elif kind == "row":
            l, r = rest
            if not r:
                out.append(l)
            elif rowjoin == "pad":
                out.append(l + " " * max(3, width - len(l) - len(r)) + r)
            elif rowjoin == "paren":
                out.append(f"{l} ({r})")
            elif rowjoin == "pipe":
                out.append(f"{l} | {r}")
            elif rowjoin == "comma":
                out.append(f"{l}, {r}")
            elif rowjoin == "nextline":
                out += [l, r]
        elif kind in ("sub", "p"):
            out.append(rest[0])
        elif kind == "bl":
            out.append(f"{bullet} {rest[0]}" if bullet else rest[0])
        elif kind == "gap":
            if out[-1] != "":
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(d, path):
    o = d.get("md", {})
    out = [f"# {d['name']}", ""]
    out += [ln + "  " for ln in d.get("contact", [])]
    out.append("")
    for kind, *rest in body_lines(d):
        if kind == "h":
            out += [f"## {rest[0]}", ""]
        elif kind == "h2":
            out += [f"### {rest[0]}", ""]
        elif kind == "row":
            l, r = rest
            if o.get("row") == "h3":
                out += [f"### {l}", ""]
                if r:
                    out += [f"*{r}*  "]
            else:
                out += [f"**{l}**" + (f" — {r}  " if r else "  ")]
        elif kind == "sub":
            out.append(f"_{rest[0]}_  " if o.get("sub_italic", True) else rest[0] + "  ")
        elif kind == "p":
            out.append(rest[0] + "  ")
        elif kind == "bl":
            out.append(f"{d.get('bullet', '-')} {rest[0]}")
        elif kind == "gap":
            if out[-1] != "":
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(d, path):
    esc = html.escape
    o = d.get("html", {})
    css = o.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;font-size:14px}"
                       "h2{border-bottom:1px solid #999;font-size:16px;text-transform:uppercase}"
                       ".row{display:flex;justify-content:space-between;font-weight:bold;margin-top:8px}"
                       ".sub{font-style:italic}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(d['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
           f"<h1>{esc(d['name'])}</h1>"]
    out.append("<p class=\"contact\">" + "<br>".join(esc(x) for x in d.get("contact", [])) + "</p>")
    in_ul = False
    for kind, *rest in body_lines(d):
        if kind != "bl" and in_ul:
            out.append("</ul>")
            in_ul = False
        if kind == "h":
            out.append(f"<h2>{esc(rest[0])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(rest[0])}</h3>")
        elif kind == "row":
            l, r = rest
            if o.get("row") == "h3":
                out.append(f"<h3>{esc(l)}</h3>" + (f"<p class=\"dates\">{esc(r)}</p>" if r else ""))
            else:
                out.append(f"<div class=\"row\"><span>{esc(l)}</span><span>{esc(r)}</span></div>")
        elif kind == "sub":
            out.append(f"<div class=\"sub\">{esc(rest[0])}</div>")
        elif kind == "p":
            out.append(f"<p>{esc(rest[0])}</p>")
        elif kind == "bl":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{esc(rest[0])}</li>")
    if in_ul:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"rl": render_rl, "fp": render_fp, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fp": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
