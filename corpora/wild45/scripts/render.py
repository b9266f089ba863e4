"""Renderers for wild45: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.
A résumé dict is turned into items: ('h', heading), ('row', left, right, style), ('li', text), ('p', text)."""
import datetime, io, re, zipfile, html
from lib import E, fmt_range

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def place(e, dash):
    return dash.join(x for x in (e.org, e.loc) if x) if dash == ", " else ", ".join(x for x in (e.org, e.loc) if x)


def entry_items(r, entries):
    order = r.get("order", "title_org")
    d = r.get("dash", " – ")
    out = []
    prev_org = object()
    for e in entries:
        dates = fmt_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – "))
        ol = ", ".join(x for x in (e.org, e.loc) if x)
        if order == "title_org":
            out.append(("row", e.title, dates, "b"))
            if ol:
                out.append(("row", ol, "", "i"))
        elif order == "org_title":
            out.append(("row", ol or e.title, dates, "b"))
            if ol:
                out.append(("row", e.title, "", "i"))
        elif order == "dateline":
            out.append(("row", e.title, "", "b"))
            if ol:
                out.append(("row", ol, "", "n"))
            if dates:
                out.append(("row", dates, "", "i"))
        elif order == "dash":
            out.append(("row", e.title + (d + ol if ol else ""), dates, "b"))
        elif order == "pipe":
            out.append(("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), dates, "b"))
        elif order == "inline":
            out.append(("row", ", ".join(x for x in (e.title, e.org, e.loc, dates) if x), "", "b"))
        elif order == "dates_first":
            if dates:
                out.append(("row", dates, "", "i"))
            out.append(("row", e.title + (d + ol if ol else ""), "", "b"))
        elif order == "orgfirst":
            if e.org != prev_org:
                out.append(("row", ol if ol else e.title, "", "b"))
            out.append(("row", e.title, dates, "i"))
        prev_org = e.org
        if e.prose and e.bullets:
            out.append(("p", " ".join(e.bullets)))
        else:
            out.extend(("li", b) for b in e.bullets)
    return out


def block_items(r, blocks):
    out = []
    for head, content in blocks:
        out.append(("h", head))
        if content and isinstance(content[0], E):
            out.extend(entry_items(r, content))
        else:
            for line in content:
                if line.startswith("- "):
                    out.append(("li", line[2:]))
                elif line.startswith("* "):
                    out.append(("row", line[2:], "", "b"))
                else:
                    out.append(("p", line))
    return out


def all_entries(r):
    es = []
    for blocks in (r["blocks"], r.get("side", [])):
        for _, content in blocks:
            if content and isinstance(content[0], E):
                es.extend(content)
    return es


# ---------------------------------------------------------------- text / md / html
def render_txt(r):
    w = r.get("width", 78)
    bullet = r.get("bullet", "-")
    hstyle = r.get("hstyle", "caps")
    rowjoin = r.get("rowjoin", "pad")
    lines = [r["name"]] + r["contact"] + [""]
    items = block_items(r, r.get("side", []) + r["blocks"]) if r.get("side_first") else block_items(r, r["blocks"] + r.get("side", []))
    for it in items:
        if it[0] == "h":
            h = it[1]
            if lines and lines[-1] != "":
                lines.append("")
            if hstyle == "caps":
                lines += [h.upper()]
            elif hstyle == "underline":
                lines += [h, "=" * len(h)]
            elif hstyle == "dashes":
                lines += ["--- " + h + " ---"]
            elif hstyle == "colon":
                lines += [h.upper() + ":"]
            else:
                lines += [h]
        elif it[0] == "row":
            left, right = it[1], it[2]
            if not right:
                lines.append(left)
            elif rowjoin == "pad":
                lines.append(left + " " * max(2, w - len(left) - len(right)) + right)
            elif rowjoin == "paren":
                lines.append(f"{left} ({right})")
            elif rowjoin == "newline":
                lines += [left, right]
            elif rowjoin == "tab":
                lines.append(left + "\t" + right)
            else:
                lines.append(left + rowjoin + right)
        elif it[0] == "li":
            lines.append(f"{bullet} {it[1]}" if bullet else "  " + it[1])
        else:
            lines.append(it[1])
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def render_md(r):
    lines = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    mdrow = r.get("mdrow", "h3")
    for it in block_items(r, r["blocks"] + r.get("side", [])):
        if it[0] == "h":
            lines += ["", f"## {it[1]}", ""]
        elif it[0] == "row":
            left, right, st = it[1], it[2], it[3]
            if st == "b":
                if mdrow == "h3":
                    lines += ["", f"### {left}"] + ([f"_{right}_"] if right else [])
                else:
                    lines += ["", f"**{left}**" + (f" — *{right}*" if right else "") + "  "]
            elif st == "i":
                lines.append(f"*{left}*" + (f" · {right}" if right else "") + "  ")
            else:
                lines.append(left + (f" · {right}" if right else "") + "  ")
        elif it[0] == "li":
            lines.append(f"{r.get('bullet', '-')} {it[1]}")
        else:
            lines += ["", it[1], ""]
    txt = "\n".join(lines)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def render_html(r):
    esc = html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".row{display:flex;justify-content:space-between}.d{color:#555}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{esc(r['name'])} – CV</title>", f"<style>{css}</style></head><body>",
           f"<h1>{esc(r['name'])}</h1>", "<p class=\"contact\">" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    inlist = False
    for it in block_items(r, r["blocks"] + r.get("side", [])):
        if it[0] != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if it[0] == "h":
            out.append(f"<h2>{esc(it[1])}</h2>")
        elif it[0] == "row":
            tag = {"b": "strong", "i": "em"}.get(it[3], "span")
            right = f"<span class=\"d\">{esc(it[2])}</span>" if it[2] else ""
            out.append(f"<div class=\"row\"><{tag}>{esc(it[1])}</{tag}>{right}</div>")
        elif it[0] == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"  <li>{esc(it[1])}</li>")
        else:
            out.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(f"{r['name']} CV")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    fn = r.get("font", "Helvetica")
    fb = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[fn]
    fi = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[fn]
    layout = r.get("layout", "plain")
    accent = colors.HexColor(r.get("accent", "#1f3a5f"))
    bullet = r.get("bullet", "•")
    margin = 50
    x0, x1 = margin, W - margin
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont(fn, 8)
            c.setFillColor(colors.grey)
            c.drawCentredString(W / 2, 28, f"{r['name']} – Page {page[0]}")
            c.setFillColor(colors.black)

    if layout == "sidebar":
        sw = 170
        c.setFillColor(colors.HexColor(r.get("sidecol", "#e8edf2")))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        y = H - 60
        c.setFont(fb, 15)
        for part in simpleSplit(r["name"], fb, 15, sw - 40):
            c.drawString(20, y, part)
            y -= 18
        y -= 6
        c.setFont(fn, 8.5)
        for line in r["contact"]:
            for part in simpleSplit(line, fn, 8.5, sw - 40):
                c.drawString(20, y, part)
                y -= 11
        for it in block_items(r, r.get("side", [])):
            if it[0] == "h":
                y -= 10
                c.setFont(fb, 10)
                c.setFillColor(accent)
                c.drawString(20, y, it[1].upper())
                c.setFillColor(colors.black)
                y -= 13
            else:
                txt = (bullet + " " if it[0] == "li" else "") + it[1]
                font = fb if it[0] == "row" else fn
                c.setFont(font, 8.5)
                for part in simpleSplit(txt, font, 8.5, sw - 40):
                    c.drawString(20, y, part)
                    y -= 11
        x0 = sw + 25
        y = H - 60
    else:
        y = H - 60
        if layout == "twocol":
            c.setFont(fb, 20)
            c.drawString(x0, y, r["name"])
            if r.get("tagline"):
                c.setFont(fi, 10.5)
                c.drawString(x0, y - 16, r["tagline"])
            c.setFont(fn, 8.5)
            yy = y + 6
            for line in r["contact"]:
                c.drawRightString(x1, yy, line)
                yy -= 11
            y = min(y - 24, yy) - 6
            c.setStrokeColor(accent)
            c.line(x0, y, x1, y)
            y -= 18
        elif layout == "centred":
            c.setFont(fb, 18)
            c.drawCentredString(W / 2, y, r["name"])
            y -= 16
            c.setFont(fn, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
            y -= 24
        else:
            c.setFont(fb, 18)
            c.drawString(x0, y, r["name"])
            y -= 15
            c.setFont(fn, 9)
            for line in r["contact"]:
                c.drawString(x0, y, line)
                y -= 11
            y -= 12
    fs = r.get("fs", 10)

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 55
            if layout == "sidebar":
                pass

    items = block_items(r, r["blocks"])
    width = x1 - x0
    for it in items:
        if it[0] == "h":
            need(40)
            y -= 8
            c.setFont(fb, fs + 1.5)
            c.setFillColor(accent)
            c.drawString(x0, y, it[1].upper() if r.get("caps_h", True) else it[1])
            c.setFillColor(colors.black)
            y -= 4
            c.setStrokeColor(accent)
            c.setLineWidth(0.6)
            c.line(x0, y, x1, y)
            y -= 14
        elif it[0] == "row":
            font = {"b": fb, "i": fi, "n": fn}[it[3]]
            need(14)
            c.setFont(font, fs)
            rw = c.stringWidth(it[2], fn, fs) + 10 if it[2] else 0
            parts = simpleSplit(it[1], font, fs, width - rw)
            for k, part in enumerate(parts):
                c.setFont(font, fs)
                c.drawString(x0, y, part)
                if k == 0 and it[2]:
                    c.setFont(fn, fs)
                    c.drawRightString(x1, y, it[2])
                y -= fs + 3
        elif it[0] == "li":
            parts = simpleSplit(it[1], fn, fs, width - 14)
            need(len(parts) * (fs + 3))
            c.setFont(fn, fs)
            c.drawString(x0 + 3, y, bullet)
            for part in parts:
                c.drawString(x0 + 14, y, part)
                y -= fs + 3
        else:
            parts = simpleSplit(it[1], fn, fs, width)
            need(len(parts) * (fs + 3))
            c.setFont(fn, fs)
            for part in parts:
                c.drawString(x0, y, part)
                y -= fs + 3
            y -= 3
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    name = r["name"]
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(120)
                self.cell(0, 6, f"{name} · CV · page {self.page_no()} of {{nb}}", align="C")
                self.set_text_color(0)

    pdf = P(format=r.get("paper", "A4"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(f"{name} - CV")
    pdf.set_author(name)
    pdf.set_producer("Google Docs Renderer" if r.get("gdocs") else "fpdf2")
    serif = r.get("serif", False)
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("dv", "", DEJAVU + base + ".ttf")
    pdf.add_font("dv", "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + (base + "-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    layout = r.get("layout", "left")
    al = "C" if layout == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, name, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    if layout == "centred":
        pdf.cell(0, 5, " · ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for line in r["contact"]:
            pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    fs = r.get("fs", 9.5)
    bullet = r.get("bullet", "•")
    acc = r.get("rgb", (40, 60, 90))
    for it in block_items(r, r["blocks"] + r.get("side", [])):
        if it[0] == "h":
            pdf.ln(2.5)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6, it[1] if r.get("h_case") == "title" else it[1].upper(), align=al if r.get("h_centre") else "L",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0)
            pdf.ln(1.5)
        elif it[0] == "row":
            st = {"b": "B", "i": "I", "n": ""}[it[3]]
            pdf.set_font("dv", st, fs)
            if it[2]:
                pdf.set_font("dv", "", fs)
                rw = pdf.get_string_width(it[2]) + 3
                pdf.set_font("dv", st, fs)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.multi_cell(pdf.epw - rw, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                pdf.set_font("dv", "", fs)
                pdf.cell(rw, 5, it[2], align="R")
                pdf.set_xy(pdf.l_margin, y2)
            else:
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif it[0] == "li":
            pdf.set_font("dv", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, 4.8, bullet)
            pdf.multi_cell(0, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


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


def render_docx(r):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(r.get("fs", 10.5))
    layout = r.get("layout", "styles")
    tabpos = Cm(17)
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3

    def para(container, text="", style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            p.add_run(text)
        return p

    def heading(container, text):
        if container is not d:
            p = para(container)
            p.add_run(text.upper()).bold = True
            p.paragraph_format.space_before = Pt(8)
        elif layout == "styles" or r.get("use_headings"):
            container.add_heading(text, level=r.get("hlevel", 1))
        else:
            p = para(container)
            run = p.add_run(text.upper() if r.get("caps_h", True) else text)
            run.bold = True
            run.font.size = Pt(r.get("fs", 10.5) + 1.5)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            p.paragraph_format.space_before = Pt(10)

    def row(container, left, right, style, tabs=True):
        p = para(container)
        run = p.add_run(left)
        run.bold = style == "b"
        run.italic = style == "i"
        if right:
            if tabs:
                p.paragraph_format.tab_stops.add_tab_stop(r.get("tabpos", tabpos), WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + right)
            else:
                p.add_run(r.get("docx_rowjoin", "  |  ") + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(container, text):
        if r.get("manual_bullets"):
            p = para(container, r["manual_bullets"] + "\t" + text)
        else:
            p = para(container, text, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)

    def emit(container, items, tabs=True):
        i = 0
        while i < len(items):
            it = items[i]
            if it[0] == "h":
                heading(container, it[1])
            elif it[0] == "row":
                if layout == "table" and it[2] and container is d:
                    t = d.add_table(rows=1, cols=2)
                    _noborders(t)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = Cm(12.5), Cm(4.5)
                    c0.paragraphs[0].add_run(it[1]).bold = it[3] == "b"
                    while i + 1 < len(items) and items[i + 1][0] == "row" and not items[i + 1][2]:
                        i += 1
                        rr = c0.add_paragraph().add_run(items[i][1])
                        rr.italic = items[i][3] == "i"
                    c1.paragraphs[0].add_run(it[2])
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    row(container, it[1], it[2], it[3], tabs)
            elif it[0] == "li":
                bullet(container, it[1])
            else:
                para(container, it[1])
            i += 1

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp2 = hdr.add_paragraph(" • ".join(r["contact"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        emit(d, block_items(r, r["blocks"]))
    elif layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _noborders(t)
        side, main = t.rows[0].cells
        side.width, main.width = Cm(5.2), Cm(11.8)
        _shade(side, r.get("sidehex", "DCE6F0"))
        side.paragraphs[0].add_run(r["name"]).bold = True
        for line in r["contact"]:
            para(side, line)
        emit(side, block_items(r, r.get("side", [])), tabs=False)
        main.paragraphs[0].add_run(r.get("tagline", "Profile")).italic = True
        # main column: one nested table per job when r['nested'], else plain rows
        for head, content in r["blocks"]:
            heading(main, head)
            if content and isinstance(content[0], E) and r.get("nested"):
                for e in content:
                    nt = main.add_table(rows=1, cols=2)
                    a, b = nt.rows[0].cells
                    a.paragraphs[0].add_run(e.title).bold = True
                    a.add_paragraph(", ".join(x for x in (e.org, e.loc) if x)).runs[0].italic = True
                    b.paragraphs[0].add_run(fmt_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – ")))
                    for bl in e.bullets:
                        bullet(main, bl)
            else:
                emit(main, block_items(r, [(None, content)])[1:], tabs=False)
    else:
        p = d.add_paragraph()
        rn = p.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(18)
        if r.get("centre_name"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp_ = para(d, r.get("contact_join", " | ").join(r["contact"]))
        if r.get("centre_name"):
            cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
        emit(d, block_items(r, r["blocks"]))
    if r.get("docx_footer"):
        sec.footer.paragraphs[0].add_run(r["docx_footer"])
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
