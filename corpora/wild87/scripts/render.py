"""Renderers for wild87: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- generic blocks
def dates(e, d):
    return fmt_range(e, d.get("dstyle", "mon"), d.get("present", "Present"), d.get("sep", " – "))


def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_blocks(e, d, first_of_org=True):
    """Blocks for one entry: ('row', left, right) ('line', text, style) ('li', text) ('p', text)."""
    hdr = d.get("hdr", "title_org")
    dt = dates(e, d)
    out = []
    if hdr == "title_org":
        out.append(("row", e.title, dt))
        if org_loc(e):
            out.append(("line", org_loc(e), "i"))
    elif hdr == "title_org_nodate_right":  # title, org line with dates after a bar
        out.append(("line", e.title, "b"))
        out.append(("line", " | ".join(x for x in (org_loc(e), dt) if x), "i"))
    elif hdr == "org_title":
        out.append(("row", org_loc(e, " — ") if e.org else (e.loc or ""), dt))
        out.append(("line", e.title, "i"))
    elif hdr == "dash":
        left = e.title + (" – " + org_loc(e) if org_loc(e) else "")
        out.append(("row", left, dt))
    elif hdr == "dash_inline":
        left = e.title + (" – " + org_loc(e) if org_loc(e) else "")
        out.append(("line", f"{left} ({dt})", "b"))
    elif hdr == "pipe":
        out.append(("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), dt))
    elif hdr == "dateline":
        out.append(("line", e.title, "b"))
        if org_loc(e):
            out.append(("line", org_loc(e), ""))
        out.append(("line", dt, "i"))
    elif hdr == "datesfirst":
        out.append(("line", f"{dt}   {e.title}", "b"))
        if org_loc(e):
            out.append(("line", org_loc(e), "i"))
    elif hdr == "labelled":
        out.append(("line", f"Designation: {e.title}", "b"))
        if e.org:
            out.append(("line", f"Organisation: {e.org}", ""))
        if e.loc:
            out.append(("line", f"Location: {e.loc}", ""))
        out.append(("line", f"Duration: {dt}", ""))
        if e.bullets:
            out.append(("line", "Responsibilities:", "u"))
    elif hdr == "inline":
        out.append(("line", ", ".join(x for x in (e.title, e.org, e.loc, dt) if x), "b"))
    elif hdr == "orgfirst":
        if first_of_org:
            out.append(("row", (e.org or "") + (f", {e.loc}" if e.loc else ""), ""))
        out.append(("row", e.title, dt))
    else:
        raise ValueError(hdr)
    if e.note:
        out.append(("line", e.note, "i"))
    mode = d.get("bmode", "li")
    if e.bullets:
        if mode == "p":
            out.append(("p", " ".join(e.bullets)))
        else:
            for b in e.bullets:
                out.append(("li", b))
    return out


def exp_blocks(entries, d):
    out = []
    prev_org = object()
    for e in entries:
        first = e.org != prev_org
        if d.get("hdr") == "orgfirst" and first and out:
            out.append(("gap",))
        elif out:
            out.append(("gap",))
        out.append(("entry", e, entry_blocks(e, d, first)))
        prev_org = e.org
    return out


def body_blocks(d, sections=None):
    out = []
    for sec in (sections if sections is not None else d["sections"]):
        kind, heading, content = sec
        if heading:
            out.append(("h", heading))
        if kind == "exp":
            out.extend(exp_blocks(content, d))
        elif kind == "p":
            for t in content:
                out.append(("p", t))
        elif kind == "list":
            for t in content:
                out.append(("li", t))
        elif kind == "lines":
            for t in content:
                out.append(("line", t, ""))
        out.append(("gap",))
    return out


def flat(blocks):
    for b in blocks:
        if b[0] == "entry":
            yield from b[2]
        else:
            yield b


def entries_of(d):
    es = []
    for kind, _h, content in d["sections"]:
        if kind == "exp":
            es.extend(content)
    return es


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = LETTER if d.get("page") == "letter" else A4
    W, H = size
    layout = d.get("layout_kind", "plain")
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"] + " - Resume")
    c.setAuthor(d["name"])
    bullet = d.get("bullet", "•")
    accent = d.get("accent", (0.15, 0.3, 0.5))
    fonts = {"": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "u": "Helvetica-Bold"}
    if d.get("serif"):
        fonts = {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "u": "Times-Bold"}
    fs = d.get("fs", 10)
    page = [1]

    side_w = 170 if layout == "sidebar" else 0
    x0 = 50 + side_w if layout != "sidebar" else side_w + 25
    x1 = W - 45

    def footer():
        if d.get("footer"):
            c.setFont(fonts["i"], 8)
            c.drawCentredString(W / 2, 28, d["footer"].format(page=page[0]))

    def sidebar():
        c.setFillColorRGB(*d.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = H - 60
        for heading, lines in d.get("side", []):
            c.setFont(fonts["b"], 10.5)
            c.drawString(18, y, heading.upper())
            y -= 15
            c.setFont(fonts[""], 8.8)
            for ln in lines:
                for part in simpleSplit(ln, fonts[""], 8.8, side_w - 30):
                    c.drawString(18, y, part)
                    y -= 11.5
            y -= 10

    if layout == "sidebar":
        sidebar()
    y = H - 55
    # header
    if layout == "twocol":
        c.setFont(fonts["b"], 20)
        c.drawString(x0, y, d["name"])
        c.setFont(fonts[""], 9)
        yy = y + 6
        for ln in d["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11
        y = min(y - 14, yy) - 4
        if d.get("tagline"):
            c.setFont(fonts["i"], 10.5)
            c.drawString(x0, y, d["tagline"])
            y -= 8
        c.setStrokeColorRGB(*accent)
        c.line(x0, y, x1, y)
        y -= 18
    elif layout == "centred":
        c.setFont(fonts["b"], 18)
        c.drawCentredString((x0 + x1) / 2, y, d["name"])
        y -= 16
        c.setFont(fonts[""], 9)
        c.drawCentredString((x0 + x1) / 2, y, "  |  ".join(d["contact"]))
        y -= 22
    else:
        c.setFont(fonts["b"], 18)
        c.drawString(x0, y, d["name"])
        y -= 16
        c.setFont(fonts[""], 9.5)
        for ln in d["contact"]:
            c.drawString(x0, y, ln)
            y -= 12
        y -= 10

    def need(h):
        nonlocal y
        if y - h < 55:
            footer()
            c.showPage()
            page[0] += 1
            if layout == "sidebar":
                sidebar()
            y = H - 55

    for b in flat(body_blocks(d)):
        t = b[0]
        if t == "gap":
            y -= 5
        elif t == "h":
            need(40)
            y -= 4
            c.setFont(fonts["b"], fs + 2)
            c.setFillColorRGB(*accent)
            c.drawString(x0, y, b[1] if not d.get("caps_h") else b[1].upper())
            c.setFillColorRGB(0, 0, 0)
            y -= 4
            c.setStrokeColorRGB(*accent)
            c.setLineWidth(0.6)
            c.line(x0, y, x1, y)
            y -= 13
        elif t == "row":
            need(14)
            from reportlab.pdfbase.pdfmetrics import stringWidth
            c.setFont(fonts["b"], fs)
            c.drawString(x0, y, b[1])
            if b[2]:
                if stringWidth(b[1], fonts["b"], fs) + stringWidth(b[2], fonts[""], fs - 0.5) + 12 > x1 - x0:
                    y -= fs + 3
                    need(13)
                c.setFont(fonts[""], fs - 0.5)
                c.drawRightString(x1, y, b[2])
            y -= fs + 3
        elif t == "line":
            f = fonts[b[2]]
            for part in simpleSplit(b[1], f, fs, x1 - x0):
                need(13)
                c.setFont(f, fs)
                c.drawString(x0, y, part)
                y -= fs + 3
        elif t in ("li", "p"):
            ind = 12 if (t == "li" and bullet) else 0
            parts = simpleSplit(b[1], fonts[""], fs - 0.5, x1 - x0 - ind)
            for i, part in enumerate(parts):
                need(13)
                c.setFont(fonts[""], fs - 0.5)
                if i == 0 and ind:
                    c.drawString(x0 + 2, y, bullet)
                c.drawString(x0 + ind, y, part)
                y -= fs + 2.5
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    layout = d.get("layout_kind", "left")
    foot = d.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dv", "I", 8)
                self.cell(0, 6, foot.format(page=self.page_no()), align="C")

    pdf = P(format="letter" if d.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(d["name"] + " CV")
    pdf.set_author(d["name"])
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = d.get("fs", 9.5)
    bullet = d.get("bullet", "•")
    acc = d.get("accent_rgb", (30, 60, 110))
    side_w = 0
    if layout == "sidebar":
        side_w = 58
        pdf.set_fill_color(*d.get("side_fill", (235, 238, 242)))
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        pdf.set_xy(6, 18)
        for heading, lines in d.get("side", []):
            pdf.set_x(6)
            pdf.set_font("dv", "B", 9.5)
            pdf.cell(side_w - 12, 6, heading.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8)
            for ln in lines:
                pdf.set_x(6)
                pdf.multi_cell(side_w - 12, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_left_margin(side_w + 8)
        pdf.set_xy(side_w + 8, 16)
    W = pdf.w - pdf.l_margin - pdf.r_margin
    if layout == "centred":
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, d["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5)
        pdf.cell(0, 5, " · ".join(d["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, d["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5)
        for ln in d["contact"]:
            pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for b in flat(body_blocks(d)):
        t = b[0]
        if t == "gap":
            pdf.ln(1.5)
        elif t == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6.5, b[1].upper() if d.get("caps_h") else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif t == "row":
            pdf.set_font("dv", "B", fs)
            y = pdf.get_y()
            if b[2]:
                pdf.set_font("dv", "", fs - 0.5)
                dw = pdf.get_string_width(b[2]) + 2
                pdf.set_font("dv", "B", fs)
                pdf.multi_cell(W - dw - 2, 5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
                yb = pdf.get_y()
                if yb < y:  # the title ran onto a new page
                    y = yb - 5
                pdf.set_font("dv", "", fs - 0.5)
                pdf.set_xy(pdf.l_margin + W - dw, y)
                pdf.cell(dw, 5, b[2], align="R")
                pdf.set_xy(pdf.l_margin, max(yb, y + 5))
            else:
                pdf.multi_cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "line":
            style = {"": "", "b": "B", "i": "I", "u": "B"}[b[2]]
            pdf.set_font("dv", style, fs)
            pdf.multi_cell(W, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "li":
            pdf.set_font("dv", "", fs - 0.5)
            if bullet:
                pdf.cell(5, 4.6, bullet)
                pdf.multi_cell(W - 5, 4.6, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(W, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "p":
            pdf.set_font("dv", "", fs - 0.5)
            pdf.multi_cell(W, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
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
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def render_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt, RGBColor

    mode = d.get("layout_kind", "styles")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(d.get("pt", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    right_tab = Inches(6.9)
    cp = doc.core_properties
    cp.author = d["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    cp.last_modified_by = d["name"]

    def add_blocks(container, blocks, bullet_style=True):
        for b in flat(blocks):
            t = b[0]
            if t == "gap":
                continue
            if t == "h":
                if hasattr(container, "add_heading") and mode != "sidebar":
                    container.add_heading(b[1], level=d.get("hlevel", 1))
                else:
                    p = container.add_paragraph()
                    r = p.add_run(b[1].upper())
                    r.bold = True
                    r.font.size = Pt(12)
                    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            elif t == "row":
                p = container.add_paragraph()
                if b[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(
                        right_tab if container is doc else Inches(4.6), WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(b[1])
                r.bold = True
                if b[2]:
                    p.add_run("\t" + b[2])
                p.paragraph_format.space_after = Pt(0)
            elif t == "line":
                p = container.add_paragraph()
                r = p.add_run(b[1])
                r.bold = b[2] in ("b", "u")
                r.italic = b[2] == "i"
                p.paragraph_format.space_after = Pt(0)
            elif t == "li":
                if bullet_style and d.get("bullet", "•") == "list":
                    container.add_paragraph(b[1], style="List Bullet")
                else:
                    bch = d.get("bullet", "•")
                    bch = "•" if bch == "list" else bch
                    p = container.add_paragraph((bch + " " if bch else "") + b[1])
                    p.paragraph_format.space_after = Pt(0)
            elif t == "p":
                container.add_paragraph(b[1])

    def head_into(container, big=True):
        p = container.add_paragraph()
        r = p.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(20 if big else 14)
        for ln in d["contact"]:
            q = container.add_paragraph(ln)
            q.paragraph_format.space_after = Pt(0)

    if mode == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(d["contact"]))
        hp2.runs[0].font.size = Pt(9)
        if d.get("footer"):
            sec.footer.paragraphs[0].text = d["footer"]
        add_blocks(doc, body_blocks(d))
    elif mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.2), Inches(4.9)
        _shade(left, d.get("side_fill", "DCE6F0"))
        left.paragraphs[0].text = ""
        head_into(left, big=False)
        for heading, lines in d.get("side", []):
            p = left.add_paragraph()
            p.add_run(heading.upper()).bold = True
            for ln in lines:
                left.add_paragraph(ln)
        right.paragraphs[0].text = d.get("tagline", "")
        add_blocks(right, body_blocks(d), bullet_style=False)
    elif mode == "table":
        head_into(doc)
        for b in body_blocks(d):
            if b[0] == "entry":
                e = b[1]
                tb = doc.add_table(rows=1, cols=2)
                _no_borders(tb)
                l, r = tb.rows[0].cells
                l.width, r.width = Inches(4.9), Inches(2.0)
                l.paragraphs[0].add_run(e.title).bold = True
                if org_loc(e):
                    l.add_paragraph(org_loc(e)).runs[0].italic = True
                r.paragraphs[0].text = dates(e, d)
                for bl in e.bullets:
                    doc.add_paragraph(bl, style="List Bullet")
            else:
                add_blocks(doc, [b])
    else:  # styles / tabs
        head_into(doc)
        add_blocks(doc, body_blocks(d))
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(d, path):
    out = [d["name"] if not d.get("caps_name") else d["name"].upper()]
    out += d["contact"]
    out.append("")
    bullet = d.get("bullet", "-")
    hstyle = d.get("txt_h", "caps")
    for b in flat(body_blocks(d)):
        t = b[0]
        if t == "gap":
            if out and out[-1] != "":
                out.append("")
        elif t == "h":
            if hstyle == "caps":
                out.append(b[1].upper())
            elif hstyle == "underline":
                out.append(b[1])
                out.append("=" * len(b[1]))
            elif hstyle == "colon":
                out.append(b[1].upper() + ":")
            elif hstyle == "dashes":
                out.append(f"---- {b[1]} ----")
            out.append("")
        elif t == "row":
            if b[2]:
                if d.get("txt_row") == "pad":
                    out.append(b[1].ljust(max(58, len(b[1]) + 4)) + b[2])
                elif d.get("txt_row") == "paren":
                    out.append(f"{b[1]} ({b[2]})")
                else:
                    out.append(f"{b[1]}, {b[2]}")
            else:
                out.append(b[1])
        elif t == "line":
            out.append(b[1])
        elif t == "li":
            out.append((bullet + " " if bullet else "") + b[1])
        elif t == "p":
            out.append(b[1])
    while out and out[-1] == "":
        out.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def render_md(d, path):
    out = [f"# {d['name']}", "", "  \n".join(d["contact"]), ""]
    hstyle = d.get("md_entry", "h3")
    for b in body_blocks(d):
        t = b[0]
        if t == "gap":
            continue
        if t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "li":
            out.append(f"- {b[1]}")
        elif t == "line":
            out.append(b[1] + "  ")
        elif t == "entry":
            e = b[1]
            dt = dates(e, d)
            if hstyle == "h3":
                out.append(f"### {e.title}")
                bits = [f"**{e.org}**" if e.org else None, e.loc, f"*{dt}*"]
                out.append(" · ".join(x for x in bits if x))
            elif hstyle == "bold":
                out.append(f"**{e.title}**, {org_loc(e)} — *{dt}*")
            elif hstyle == "table":
                out.append(f"| {e.title} | {e.org or ''} | {dt} |")
                out.append("|---|---|---|")
            out.append("")
            if e.note:
                out += [f"_{e.note}_", ""]
            for bl in e.bullets:
                out.append(f"{d.get('md_bullet', '-')} {bl}")
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip() + "\n")


def render_html(d, path):
    esc = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head><meta charset=\"utf-8\">",
           f"<title>{esc(d['name'])} - CV</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto}"
           ".dates{float:right;color:#555}h2{border-bottom:1px solid #999}</style>",
           "</head>", "<body>", f"<h1>{esc(d['name'])}</h1>",
           "<p class=\"contact\">" + "<br>".join(esc(c) for c in d["contact"]) + "</p>"]
    ul = False
    for b in flat(body_blocks(d)):
        t = b[0]
        if t != "li" and ul:
            out.append("</ul>")
            ul = False
        if t == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "row":
            out.append(f"<div class=\"job\"><span class=\"dates\">{esc(b[2])}</span><strong>{esc(b[1])}</strong></div>")
        elif t == "line":
            tag = {"b": "strong", "i": "em", "u": "u", "": "span"}[b[2]]
            out.append(f"<p><{tag}>{esc(b[1])}</{tag}></p>")
        elif t == "li":
            if not ul:
                out.append("<ul>")
                ul = True
            out.append(f"<li>{esc(b[1])}</li>")
        elif t == "p":
            out.append(f"<p>{esc(b[1])}</p>")
    if ul:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}


def render(d, path):
    RENDERERS[d["renderer"]](d, path)
