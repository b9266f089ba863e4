"""Renderers for wild91: reportlab, fpdf2, python-docx, txt, md, html.
A résumé dict is first turned into typed items, then drawn by one renderer."""
import datetime
import html as H
import io
import zipfile

from lib import drange, span, years_months

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- items
def place(e, with_loc=True):
    return e.org + (f", {e.loc}" if e.loc and with_loc else "") if e.org else (e.loc or "")


def entry_items(d, ents):
    hs, ds, pr = d.get("hs", "title_org"), d.get("ds", "mon"), d.get("present", "Present")
    sep = d.get("sep", " – ")
    out = []

    def dr(e):
        return drange(e, ds, pr, sep)

    def bullets(e):
        if not e.bullets:
            return []
        if d.get("bmode") == "para":
            return [("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets))]
        if d.get("bmode") == "desc":
            return [("p", "Description: " + " ".join(b if b.endswith(".") else b + "." for b in e.bullets))]
        return [("li", b) for b in e.bullets]

    i = 0
    while i < len(ents):
        e = ents[i]
        if hs in ("orgfirst", "linkedin", "linkedin_web"):
            grp = [e]
            while i + 1 < len(ents) and ents[i + 1].org == e.org and e.org:
                i += 1
                grp.append(ents[i])
            if hs == "orgfirst":
                out.append(("b", place(e) if d.get("org_loc", True) else e.org))
                for g in grp:
                    out.append(("row", g.title, dr(g)))
                    out += bullets(g)
            else:
                long = hs == "linkedin"
                out.append(("b", e.org or "Self-employed"))
                if len(grp) > 1:
                    first = min(g.start for g in grp)
                    last = "present" if any(g.end == "present" for g in grp) else max(g.end for g in grp)
                    out.append(("p", years_months(span(first, last), long)))
                for g in grp:
                    n = years_months(span(g.start, g.end), long)
                    out.append(("t", g.title))
                    if long:
                        out.append(("p", f"{dr(g)} ({n})"))
                    else:
                        out.append(("p", f"{dr(g)} · {n}"))
                    if g.loc:
                        out.append(("p", g.loc))
                    out += bullets(g)
            out.append(("sp",))
            i += 1
            continue
        if hs == "title_org":
            out += [("row", e.title, dr(e)), ("i", place(e))]
        elif hs == "org_title":
            out += [("row", place(e), dr(e)), ("i", e.title)]
        elif hs == "dash":
            out += [("row", f"{e.title} – {place(e)}", dr(e))]
        elif hs == "pipe":
            out += [("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), dr(e))]
        elif hs == "dates_first":
            out += [("i", dr(e)), ("b", e.title), ("p", place(e))]
        elif hs == "labelled":
            out += [("b", f"Job Title: {e.title}")]
            if e.org:
                out += [("p", f"Company: {e.org}")]
            if e.loc:
                out += [("p", f"Location: {e.loc}")]
            out += [("p", f"Dates: {dr(e)}")]
        elif hs == "inline":
            out += [("b", f"{e.title}, {place(e)} ({dr(e)})")]
        elif hs == "dateline":
            out += [("b", e.title), ("p", place(e)), ("i", dr(e))]
        elif hs == "indeed":
            out += [("b", e.title)]
            if e.org:
                out += [("p", e.org + (f" - {e.loc}" if e.loc else ""))]
            out += [("p", dr(e))]
        elif hs == "title_at":
            out += [("row", f"{e.title} at {e.org}", dr(e))]
            if e.loc:
                out += [("i", e.loc)]
        else:
            raise ValueError(hs)
        out += bullets(e)
        out.append(("sp",))
        i += 1
    return out


def body_items(d, sections):
    out = []
    for sec in sections:
        kind, head, content = sec
        if head:
            out.append(("h", head))
        if kind == "exp":
            out += entry_items(d, content)
        else:
            for c in content:
                out.append(c if isinstance(c, tuple) else ("p", c))
            out.append(("sp",))
    return out


def all_items(d):
    top = [("name", d["name"])]
    if d.get("headline"):
        top.append(("headline", d["headline"]))
    for c in d.get("contact", []):
        top.append(("contact", c))
    top.append(("sp",))
    side = body_items(d, d.get("side", []))
    main = body_items(d, d["sections"])
    return top, side, main


def entries(d):
    out = []
    for sec in d["sections"]:
        if sec[0] == "exp":
            out += sec[2]
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = A4 if d.get("paper") == "a4" else letter
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d.get("pdf_title", d["name"]))
    c.setAuthor(d["name"])
    layout = d.get("layout", "plain")
    accent = HexColor(d.get("accent", "#1F4E79"))
    fs = d.get("fs", 10)
    top, side, main = all_items(d)
    st = {"page": 1}
    side_w = 175 if layout == "sidebar" else 0
    M = 50

    def decorate():
        if layout == "sidebar":
            c.setFillColor(HexColor(d.get("side_colour", "#2E3B4E")))
            c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
            c.setFillColor(black)
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 24, d["footer"].format(page=st["page"]))
            c.setFillColor(black)

    decorate()

    def draw(items, x0, width, y, colour=black, is_side=False):
        for it in items:
            t = it[0]
            if y < 60 and not is_side:
                c.showPage()
                st["page"] += 1
                decorate()
                y = Hh - 50
            if t == "pb":
                c.showPage(); st["page"] += 1; decorate(); y = Hh - 50
                continue
            if t == "sp":
                y -= fs * 0.6
                continue
            font, size, col, pre, indent = "Helvetica", fs, colour, "", 0
            if t == "name":
                font, size = "Helvetica-Bold", fs + 10
                if is_side or layout == "sidebar":
                    col = colour
                else:
                    col = accent
            elif t == "headline":
                font, size = "Helvetica", fs + 1
            elif t == "contact":
                size = fs - 1
            elif t == "h":
                font, size = "Helvetica-Bold", fs + 2
                col = colour if is_side else accent
                y -= 4
            elif t in ("b", "t"):
                font = "Helvetica-Bold"
            elif t == "i":
                font = "Helvetica-Oblique"
            elif t == "li":
                pre, indent = d.get("bullet", "•") + " ", 10
            if t == "row":
                left, right = it[1], it[2]
                rw = c.stringWidth(right, "Helvetica", fs)
                lines = simpleSplit(left, "Helvetica-Bold", fs, width - rw - 12)
                c.setFillColor(colour)
                c.setFont("Helvetica", fs)
                c.drawRightString(x0 + width, y, right)
                c.setFont("Helvetica-Bold", fs)
                for ln in lines:
                    c.drawString(x0, y, ln)
                    y -= fs * 1.3
                continue
            text = it[1]
            if t == "h" and d.get("caps_head"):
                text = text.upper()
            lines = simpleSplit(text, font, size, width - indent)
            c.setFillColor(col)
            c.setFont(font, size)
            for k, ln in enumerate(lines):
                if t == "li" and k == 0:
                    c.drawString(x0, y, pre.strip())
                c.drawString(x0 + indent, y, ln)
                y -= size * 1.3
            if t == "h":
                c.setStrokeColor(col)
                c.line(x0, y + size * 0.9, x0 + width, y + size * 0.9)
                y -= 2
            c.setFillColor(black)
        return y

    y = Hh - 54
    if layout == "sidebar":
        if d.get("name_in_side", True):
            stc = HexColor(d.get("side_text", "#FFFFFF"))
            ys = draw(top, 18, side_w - 30, y, stc, True)
            ys = draw(side, 18, side_w - 30, ys - 6, stc, True)
            draw(main, side_w + 25, W - side_w - 25 - M, y)
        else:
            ys = draw(side, 18, side_w - 30, y, HexColor(d.get("side_text", "#FFFFFF")), True)
            y2 = draw(top, side_w + 25, W - side_w - 25 - M, y)
            draw(main, side_w + 25, W - side_w - 25 - M, y2)
    elif layout == "twocol":
        c.setFont("Helvetica-Bold", fs + 10)
        c.setFillColor(accent)
        c.drawString(M, y, d["name"])
        c.setFillColor(black)
        yy = y
        if d.get("headline"):
            c.setFont("Helvetica", fs + 1)
            c.drawString(M, y - fs * 1.9, d["headline"])
        c.setFont("Helvetica", fs - 1)
        for ln in d.get("contact", []):
            c.drawRightString(W - M, yy, ln)
            yy -= fs * 1.2
        y = min(yy, y - fs * 2.5) - 14
        draw(main, M, W - 2 * M, y)
    else:
        y = draw(top, M, W - 2 * M, y)
        draw(main, M, W - 2 * M, y)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    footer = d.get("footer")

    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-12)
                self.set_font("DV", "", 8)
                self.cell(0, 6, footer.format(page=self.page_no()), align="C")

    pdf = P(format="A4" if d.get("paper", "a4") == "a4" else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d.get("pdf_title", d["name"]))
    pdf.set_author(d["name"])
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    layout = d.get("layout", "left")
    fs = d.get("fs", 10)
    acc = d.get("accent_rgb", (30, 70, 110))
    top, side, main = all_items(d)

    def draw(items, x0, w, centred=False, light=False):
        pdf.set_left_margin(x0)
        pdf.set_x(x0)
        for it in items:
            t = it[0]
            pdf.set_text_color(*((255, 255, 255) if light else (0, 0, 0)))
            if t == "sp":
                pdf.ln(fs * 0.25)
                continue
            if t == "pb":
                pdf.add_page()
                continue
            if t == "row":
                pdf.set_font("DV", "", fs)
                rw = pdf.get_string_width(it[2]) + 2
                pdf.set_font("DV", "B", fs)
                y = pdf.get_y()
                pdf.multi_cell(w - rw, fs * 0.5, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(x0 + w - rw, y)
                pdf.set_font("DV", "", fs)
                pdf.cell(rw, fs * 0.5, it[2], align="R")
                pdf.set_xy(x0, max(y2, y + fs * 0.5))
                continue
            style, size, align = "", fs, "C" if centred and t in ("name", "headline", "contact") else "L"
            text = it[1]
            if t == "name":
                style, size = "B", fs + 9
                if not light:
                    pdf.set_text_color(*acc)
            elif t == "headline":
                size = fs + 1
            elif t == "contact":
                size = fs - 1
            elif t == "h":
                style, size = "B", fs + 2
                if not light:
                    pdf.set_text_color(*acc)
                if d.get("caps_head"):
                    text = text.upper()
                pdf.ln(1)
            elif t in ("b", "t"):
                style = "B"
            elif t == "i":
                style = "I"
            pdf.set_font("DV", style, size)
            if t == "li":
                pdf.set_x(x0 + 3)
                pdf.multi_cell(w - 3, fs * 0.5, d.get("bullet", "•") + " " + text, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(w, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
            if t == "h":
                yy = pdf.get_y()
                pdf.set_draw_color(*acc)
                pdf.line(x0, yy, x0 + w, yy)
                pdf.ln(1)

    if layout == "sidebar":
        pdf.set_fill_color(*d.get("side_rgb", (40, 90, 90)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_y(15)
        draw(top + side, 6, 52, light=True)
        pdf.set_y(15)
        draw(main, 70, 130)
    else:
        pdf.set_y(15)
        draw(top, 15, 180, centred=(layout == "centred"))
        draw(main, 15, 180)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(buf, path):
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_docx(d, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = d["name"]
    cp.title = d.get("pdf_title", "Resume")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = d["name"]
    cp.revision = 1
    layout = d.get("layout", "styles")
    top, side, main = all_items(d)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    right = Inches(6.9)

    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexc)
        tcPr.append(s)

    def para(container, text="", style=None):
        if hasattr(container, "add_paragraph"):
            p = container.add_paragraph(style=style) if style else container.add_paragraph()
        return p

    def put(container, items, tabpos=right):
        first_cell_para = True
        for it in items:
            t = it[0]
            if t == "sp":
                continue
            if t == "pb":
                if hasattr(container, "add_page_break"):
                    container.add_page_break()
                continue
            if t == "name":
                if layout == "styles":
                    p = container.add_paragraph(it[1], style="Title")
                else:
                    p = container.add_paragraph()
                    r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(20)
                continue
            if t == "h":
                if layout in ("styles", "table", "header"):
                    container.add_paragraph(it[1], style="Heading 1")
                else:
                    p = container.add_paragraph()
                    r = p.add_run(it[1].upper()); r.bold = True; r.font.size = Pt(12)
                    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
                continue
            if t == "row":
                if layout == "table" and hasattr(container, "add_table"):
                    tb = container.add_table(rows=1, cols=2)
                    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                    a, b = tb.rows[0].cells
                    a.width, b.width = Inches(4.9), Inches(2.0)
                    r = a.paragraphs[0].add_run(it[1]); r.bold = True
                    pb = b.paragraphs[0]; pb.add_run(it[2]); pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    continue
                if layout == "styles" and hasattr(container, "add_table"):
                    p = container.add_paragraph(style="Heading 2")
                    p.add_run(it[1])
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + it[2])
                    continue
                p = container.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(it[1]); r.bold = True
                p.add_run("\t" + it[2])
                continue
            if t == "li":
                if d.get("docx_list", True):
                    container.add_paragraph(it[1], style="List Bullet")
                else:
                    container.add_paragraph(d.get("bullet", "-") + " " + it[1])
                continue
            p = container.add_paragraph()
            r = p.add_run(it[1])
            if t in ("b", "t"):
                r.bold = True
            if t == "i":
                r.italic = True
            if t == "headline":
                r.font.size = Pt(12)
            if t == "contact":
                r.font.size = Pt(9)

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(d["name"]); r.bold = True; r.font.size = Pt(16)
        for it in top[1:]:
            if it[0] in ("headline", "contact"):
                hdr.add_paragraph(it[1])
        if d.get("footer"):
            sec.footer.paragraphs[0].text = d["footer"].format(page="1")
        put(doc, main)
    elif layout == "sidebar":
        tb = doc.add_table(rows=1, cols=2)
        a, b = tb.rows[0].cells
        a.width, b.width = Inches(2.2), Inches(4.7)
        shade(a, d.get("side_hex", "DCE6F0"))
        put(a, top + side, Inches(2.0))
        put(b, main, Inches(4.5))
        # remove empty first paragraphs
        for cell in (a, b):
            p0 = cell.paragraphs[0]
            if not p0.text:
                p0._element.getparent().remove(p0._element)
    else:
        put(doc, top + side + main)
        if d.get("footer"):
            sec.footer.paragraphs[0].text = d["footer"].format(page="1")
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    _fix_docx(buf, path)


# ---------------------------------------------------------------- text family
def render_txt(d, path):
    top, side, main = all_items(d)
    out = []
    caps = d.get("caps_head", True)
    for it in top + side + main:
        t = it[0]
        if t == "pb":
            continue
        if t == "sp":
            if out and out[-1] != "":
                out.append("")
        elif t == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(it[1].upper() if caps else it[1])
            if d.get("underline"):
                out.append(d["underline"] * len(it[1]))
        elif t == "row":
            out.append(f"{it[1]}{d.get('txt_gap', '    ')}{it[2]}")
        elif t == "li":
            out.append((d.get("bullet", "-") + " " if d.get("bullet", "-") else "") + it[1])
        else:
            out.append(it[1])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).strip() + "\n")


def render_md(d, path):
    top, side, main = all_items(d)
    out = []
    for it in top + side + main:
        t = it[0]
        if t == "pb":
            continue
        if t == "sp":
            if out and out[-1] != "":
                out.append("")
        elif t == "name":
            out.append(f"# {it[1]}")
        elif t == "headline":
            out.append(f"**{it[1]}**  ")
        elif t == "contact":
            out.append(it[1] + "  ")
        elif t == "h":
            if out and out[-1] != "":
                out.append("")
            out += [f"## {it[1]}", ""]
        elif t == "row":
            if d.get("mdrow") == "h3":
                out += [f"### {it[1]}", f"*{it[2]}*  "]
            else:
                out.append(f"**{it[1]}** | {it[2]}  ")
        elif t == "b":
            out.append(f"**{it[1]}**  ")
        elif t == "t":
            out.append(f"### {it[1]}")
        elif t == "i":
            out.append(f"_{it[1]}_  ")
        elif t == "li":
            if out and out[-1].endswith("  "):
                out.append("")
            out.append(f"{d.get('bullet', '-')} {it[1]}")
        else:
            out.append(it[1] + "  ")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).strip() + "\n")


def render_html(d, path):
    top, side, main = all_items(d)
    e = H.escape

    def conv(items):
        o, inlist = [], False
        for it in items:
            t = it[0]
            if t != "li" and inlist:
                o.append("</ul>"); inlist = False
            if t in ("sp", "pb"):
                continue
            if t == "name":
                o.append(f"<h1>{e(it[1])}</h1>")
            elif t == "headline":
                o.append(f'<p class="headline">{e(it[1])}</p>')
            elif t == "contact":
                o.append(f'<p class="contact">{e(it[1])}</p>')
            elif t == "h":
                o.append(f'<h2><span class="icon">&#9632;</span> {e(it[1])}</h2>')
            elif t == "row":
                o.append(f'<div class="row"><strong>{e(it[1])}</strong><span class="dates">{e(it[2])}</span></div>')
            elif t in ("b", "t"):
                o.append(f"<p><strong>{e(it[1])}</strong></p>")
            elif t == "i":
                o.append(f"<p><em>{e(it[1])}</em></p>")
            elif t == "li":
                if not inlist:
                    o.append("<ul>"); inlist = True
                o.append(f"<li>{e(it[1])}</li>")
            else:
                o.append(f"<p>{e(it[1])}</p>")
        if inlist:
            o.append("</ul>")
        return "\n".join(o)

    css = ("body{font-family:Arial,sans-serif;margin:0}.wrap{display:flex}.side{background:%s;color:#fff;"
           "width:30%%;padding:20px}.main{padding:20px;width:70%%}.row{display:flex;justify-content:space-between}"
           "h2{border-bottom:2px solid %s}" % (d.get("side_hex", "#3b5b7a"), d.get("side_hex", "#3b5b7a")))
    if side:
        body = (f'<div class="wrap"><aside class="side">\n{conv(top + side)}\n</aside>\n'
                f'<main class="main">\n{conv(main)}\n</main></div>')
    else:
        body = f'<main class="main">\n{conv(top + main)}\n</main>'
    doc = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{e(d["name"])} – Resume</title>\n'
           f"<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}


def render(d, path):
    RENDERERS[d["renderer"]](d, path)
