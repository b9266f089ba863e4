"""Renderers for wild42: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html as _html
import io
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry layout
def orgloc(e, R):
    sep = R.get("orgsep", ", ")
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_blocks(items, R):
    """Turn entries into blocks of (role, left, right) lines: h=header, sub, d=date line, b=bullet, p=prose."""
    order = R.get("order", "title_org")
    out, i = [], 0
    while i < len(items):
        e = items[i]
        if isinstance(e, str):
            out.append([("p", e, "")])
            i += 1
            continue
        d = fmt_range(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))
        blk = []
        if order == "orgfirst":
            grp = [e]
            while i + 1 < len(items) and isinstance(items[i + 1], E) and items[i + 1].org == e.org and e.org:
                i += 1
                grp.append(items[i])
            blk.append(("h", orgloc(e, R), ""))
            for g in grp:
                blk.append(("sub", g.title, fmt_range(g, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))))
                blk += body(g)
            out.append(blk)
            i += 1
            continue
        if order == "title_org":
            blk.append(("h", e.title, d))
            if orgloc(e, R):
                blk.append(("sub", orgloc(e, R), ""))
        elif order == "org_title":
            blk.append(("h", orgloc(e, R) or e.title, d))
            if orgloc(e, R):
                blk.append(("sub", e.title, ""))
        elif order == "dateline":
            blk.append(("h", e.title, ""))
            if orgloc(e, R):
                blk.append(("sub", orgloc(e, R), ""))
            if d:
                blk.append(("d", d, ""))
        elif order == "dash":
            blk.append(("h", f"{e.title} – {orgloc(e, R)}" if orgloc(e, R) else e.title, d))
        elif order == "pipe":
            blk.append(("h", " | ".join(p for p in (e.title, e.org, e.loc) if p), d))
        elif order == "inline":
            blk.append(("h", ", ".join(p for p in (e.title, e.org, e.loc, d) if p), ""))
        blk += body(e)
        out.append(blk)
        i += 1
    return out


def body(e):
    if not e.bullets:
        return []
    if e.prose:
        return [("p", " ".join(e.bullets), "")]
    return [("b", b, "") for b in e.bullets]


def plain_lines(items):
    return [("p", s, "") for s in items]


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    size = LETTER if R.get("paper") == "letter" else A4
    W, H = size
    c = Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    lay = R["layout"]
    accent = HexColor(R.get("accent", "#1f3a5f"))
    font, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if R.get("serif"):
        font, bold, ital = "Times-Roman", "Times-Bold", "Times-Italic"
    st = {"page": 1}
    side_w = 170 if lay == "sidebar" else 0
    x0, x1 = (side_w + 22, W - 40) if lay == "sidebar" else (50, W - 50)
    y = [H - 50]

    def footer():
        if R.get("footer"):
            c.setFont(font, 8)
            c.setFillColor(black)
            c.drawCentredString(W / 2, 25, R["footer"].format(n=st["page"]))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        y[0] = H - 50
        if lay == "sidebar":
            c.setFillColor(HexColor(R.get("side_bg", "#e8edf2")))
            c.rect(0, 0, side_w, H, stroke=0, fill=1)
            c.setFillColor(black)

    def need(h):
        if y[0] - h < 50:
            newpage()

    def text(s, f=None, sz=10, x=None, indent=0, lead=None, color=black):
        f = f or font
        x = x0 if x is None else x
        lead = lead or sz * 1.3
        lines = simpleSplit(s, f, sz, x1 - x - indent)
        for k, ln in enumerate(lines):
            need(lead)
            c.setFont(f, sz)
            c.setFillColor(color)
            c.drawString(x + (indent if k else 0), y[0], ln)
            y[0] -= lead
        return len(lines)

    # header
    if lay == "sidebar":
        c.setFillColor(HexColor(R.get("side_bg", "#e8edf2")))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        sy = H - 60
        c.setFillColor(accent)
        for part in R["name"].split(" ", 1):
            c.setFont(bold, 17)
            c.drawString(18, sy, part)
            sy -= 21
        sy -= 8
        blocks = [("Contact", R["contact"])] + [(h, it) for h, it in R["sections"] if h in R.get("side", [])]
        for h, it in blocks:
            c.setFillColor(accent)
            c.setFont(bold, 10)
            c.drawString(18, sy, h.upper())
            sy -= 15
            c.setFillColor(black)
            for s in it:
                for ln in simpleSplit(s, font, 8.5, side_w - 30):
                    c.setFont(font, 8.5)
                    c.drawString(18, sy, ln)
                    sy -= 11.5
            sy -= 10
        if R.get("headline"):
            text(R["headline"], bold, 13, color=accent)
            y[0] -= 4
    elif lay == "twocol":
        c.setFillColor(accent)
        c.setFont(bold, 20)
        c.drawString(x0, y[0], R["name"])
        c.setFont(font, 9)
        c.setFillColor(black)
        yy = y[0] + 4
        for s in R["contact"]:
            c.drawRightString(x1, yy, s)
            yy -= 11
        y[0] -= 18
        if R.get("headline"):
            c.setFont(ital, 11)
            c.drawString(x0, y[0], R["headline"])
        y[0] = min(y[0], yy) - 8
        c.setStrokeColor(accent)
        c.setLineWidth(1.2)
        c.line(x0, y[0], x1, y[0])
        y[0] -= 18
    else:
        c.setFont(bold, 18)
        if R.get("centre"):
            c.drawCentredString(W / 2, y[0], R["name"])
        else:
            c.drawString(x0, y[0], R["name"])
        y[0] -= 16
        c.setFont(font, 9.5)
        line = "  |  ".join(R["contact"])
        if R.get("centre"):
            c.drawCentredString(W / 2, y[0], line)
        else:
            c.drawString(x0, y[0], line)
        y[0] -= 14
        if R.get("headline"):
            text(R["headline"], ital, 10.5)
        y[0] -= 6

    bchar = R.get("bullet", "•")
    for h, items in R["sections"]:
        if h in R.get("side", []):
            continue
        if h == R.get("break_before"):
            newpage()
        need(40)
        y[0] -= 4
        c.setFillColor(accent)
        c.setFont(bold, 11.5)
        c.drawString(x0, y[0], h.upper() if R.get("caps") else h)
        y[0] -= 4
        c.setStrokeColor(accent)
        c.setLineWidth(0.6)
        c.line(x0, y[0], x1, y[0])
        y[0] -= 14
        c.setFillColor(black)
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        for blk in blocks:
            need(30)
            for role, left, right in blk:
                if role == "h":
                    rw = c.stringWidth(right, font, 9.5) + 10 if right else 0
                    lines = simpleSplit(left, bold, 10.5, x1 - x0 - rw)
                    need(14 * len(lines))
                    for k, ln in enumerate(lines):
                        c.setFont(bold, 10.5)
                        c.drawString(x0, y[0], ln)
                        if right and k == 0:
                            c.setFont(font, 9.5)
                            c.drawRightString(x1, y[0], right)
                        y[0] -= 13.5
                elif role == "sub":
                    if right:
                        c.setFont(ital, 10)
                        c.drawString(x0, y[0], left)
                        c.setFont(font, 9.5)
                        c.drawRightString(x1, y[0], right)
                        y[0] -= 13
                    else:
                        text(left, ital, 10)
                elif role == "d":
                    text(left, font, 9.5, color=HexColor("#444444"))
                elif role == "b":
                    need(13)
                    c.setFont(font, 9.5)
                    c.drawString(x0 + 8, y[0], bchar)
                    text(left, font, 9.5, x=x0 + 18, lead=12.5)
                else:
                    text(left, font, 9.5, lead=12.5)
            y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
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
    pdf.set_title(R["name"])
    pdf.set_author(R["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    al = "C" if R["layout"] == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    if R["layout"] == "centred":
        pdf.cell(0, 5, " • ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for s in R["contact"]:
            pdf.cell(0, 4.5, s, new_x="LMARGIN", new_y="NEXT")
    if R.get("headline"):
        pdf.ln(2)
        pdf.set_font("dv", "I", 10)
        pdf.multi_cell(0, 5, R["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bchar = R.get("bullet", "•")
    for h, items in R["sections"]:
        if h == R.get("break_before"):
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("dv", "B", 11)
        pdf.set_text_color(40, 60, 110)
        pdf.cell(0, 6, h.upper() if R.get("caps") else h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(40, 60, 110)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        for blk in blocks:
            for role, left, right in blk:
                if role in ("h", "sub") and right:
                    pdf.set_font("dv", "", 9)
                    rw = pdf.get_string_width(right) + 2
                    y = pdf.get_y()
                    pdf.set_font("dv", "B" if role == "h" else "I", 10)
                    pdf.multi_cell(pdf.epw - rw - 2, 5, left, new_x="LMARGIN", new_y="NEXT")
                    y2 = pdf.get_y()
                    pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(rw, 5, right, align="R")
                    pdf.set_xy(pdf.l_margin, y2)
                elif role == "h":
                    pdf.set_font("dv", "B", 10)
                    pdf.multi_cell(0, 5, left, new_x="LMARGIN", new_y="NEXT")
                elif role == "sub":
                    pdf.set_font("dv", "I", 9.5)
                    pdf.multi_cell(0, 5, left, new_x="LMARGIN", new_y="NEXT")
                elif role == "d":
                    pdf.set_font("dv", "", 9)
                    pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
                elif role == "b":
                    pdf.set_font("dv", "", 9.3)
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.cell(4, 4.8, bchar)
                    pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("dv", "", 9.3)
                    pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _no_borders(tbl):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    cell._tc.get_or_add_tcPr().append(sh)


def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.last_modified_by = R["name"]
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    doc.styles["Normal"].font.name = R.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)
    lay = R["layout"]
    right_tab = sec.page_width - sec.left_margin - sec.right_margin

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        hp2 = sec.header.add_paragraph(" · ".join(R["contact"]))
        hp2.runs[0].font.size = Pt(9)
        if R.get("footer"):
            sec.footer.paragraphs[0].text = R["footer"].format(n="")
        container = doc
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.2), Cm(11.8)
        _shade(left, R.get("side_bg", "DCE6F0"))
        p = left.paragraphs[0]
        p.add_run(R["name"]).bold = True
        for s in R["contact"]:
            left.add_paragraph(s).runs[0].font.size = Pt(9)
        for h, items in R["sections"]:
            if h in R.get("side", []):
                left.add_paragraph().add_run(h.upper()).bold = True
                for s in items:
                    left.add_paragraph(s).runs[0].font.size = Pt(9)
        container = right
        first = right.paragraphs[0]
        if R.get("headline"):
            first.add_run(R["headline"]).italic = True
    else:
        doc.add_heading(R["name"], 0 if lay == "styles" else 1)
        p = doc.add_paragraph(" | ".join(R["contact"]))
        if lay == "tabs":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        container = doc
    if R.get("headline") and lay != "sidebar":
        container.add_paragraph(R["headline"]).runs[0].italic = True

    for h, items in R["sections"]:
        if lay == "sidebar" and h in R.get("side", []):
            continue
        if lay in ("styles", "header") and container is doc:
            doc.add_heading(h, 1 if lay == "styles" else 2)
        else:
            hp = container.add_paragraph()
            r = hp.add_run(h.upper())
            r.bold = True
            r.font.size = Pt(11.5)
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        for blk in blocks:
            if lay == "table" and blk[0][0] == "h":
                t = container.add_table(rows=1, cols=2)
                _no_borders(t)
                a, b = t.rows[0].cells
                a.width, b.width = Cm(12), Cm(5)
                hdr = [x for x in blk if x[0] in ("h", "sub", "d")]
                rest = [x for x in blk if x[0] not in ("h", "sub", "d")]
                a.paragraphs[0].add_run(hdr[0][1]).bold = True
                dtext = hdr[0][2]
                for role, l, rr in hdr[1:]:
                    if role == "d" and not dtext:
                        dtext = l
                        continue
                    a.add_paragraph(l + (f"  ({rr})" if rr else "")).runs[0].italic = True
                dp = b.paragraphs[0]
                dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                dp.add_run(dtext)
                for role, l, rr in rest:
                    container.add_paragraph(l, style="List Bullet" if role == "b" else None)
                continue
            for role, l, rr in blk:
                if role in ("h", "sub"):
                    p = container.add_paragraph()
                    run = p.add_run(l)
                    run.bold = role == "h"
                    run.italic = role == "sub"
                    if rr:
                        p.paragraph_format.tab_stops.add_tab_stop(right_tab if container is doc else Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + rr)
                    p.paragraph_format.space_after = Pt(0)
                elif role == "d":
                    container.add_paragraph(l).runs[0].italic = True
                elif role == "b":
                    if container is doc:
                        container.add_paragraph(l, style="List Bullet")
                    else:
                        container.add_paragraph(R.get("bullet", "•") + " " + l)
                else:
                    container.add_paragraph(l)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text, markdown, html
def render_txt(R, path):
    lay = R["layout"]
    out = [R["name"].upper() if lay == "caps" else R["name"]]
    out += R["contact"] if lay != "indeed" else [", ".join(R["contact"])]
    if R.get("headline"):
        out += ["", R["headline"]]
    bchar = R.get("bullet", "-")
    for h, items in R["sections"]:
        out.append("")
        if lay == "caps":
            out += [h.upper(), "=" * len(h)]
        elif lay == "portal":
            out.append(f"{h.upper()}:")
            out.append("-" * 40)
        else:
            out.append(h)
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        for blk in blocks:
            for role, l, rr in blk:
                if role == "h":
                    out.append(f"{l}{R.get('rsep', '    ')}{rr}" if rr else l)
                elif role == "sub":
                    out.append(f"{l}{R.get('rsep', '    ')}{rr}" if rr else l)
                elif role == "d":
                    out.append(l)
                elif role == "b":
                    out.append(f"{bchar} {l}")
                else:
                    out.append(l)
            if blk[0][0] != "p" or len(blocks) > 1:
                out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def render_md(R, path):
    lay = R["layout"]
    out = [f"# {R['name']}", "", " · ".join(R["contact"]), ""]
    if R.get("headline"):
        out += [f"*{R['headline']}*", ""]
    for h, items in R["sections"]:
        out += [f"## {h}", ""]
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        for blk in blocks:
            for role, l, rr in blk:
                if role == "h":
                    if lay == "h3":
                        out += [f"### {l}", ""] + ([f"*{rr}*", ""] if rr else [])
                    else:
                        out.append(f"**{l}**" + (f" — *{rr}*" if rr else "") + "  ")
                elif role == "sub":
                    out.append(f"{l}" + (f" · {rr}" if rr else "") + "  ")
                elif role == "d":
                    out.append(f"_{l}_  ")
                elif role == "b":
                    out.append(f"{R.get('bullet', '-')} {l}")
                else:
                    out.append(l + ("  " if items and isinstance(items[0], str) else ""))
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(R, path):
    esc = _html.escape
    lay = R["layout"]
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{esc(R['name'])} – CV</title>",
           "<style>body{font-family:Georgia,serif;max-width:780px;margin:2em auto;color:#222}"
           "h1{margin-bottom:0}.job{margin:.8em 0}.dates{float:right;color:#555}"
           "h2{border-bottom:1px solid #999;font-size:1.1em}.org{font-style:italic}"
           "td{vertical-align:top;padding:2px 8px}</style></head><body>",
           f"<h1>{esc(R['name'])}</h1>", "<p class=\"contact\">" + " &middot; ".join(esc(s) for s in R["contact"]) + "</p>"]
    if R.get("headline"):
        out.append(f"<p><em>{esc(R['headline'])}</em></p>")
    for h, items in R["sections"]:
        out.append(f"<h2>{esc(h)}</h2>")
        blocks = entry_blocks(items, R) if any(isinstance(i, E) for i in items) else [plain_lines(items)]
        if lay == "table" and any(isinstance(i, E) for i in items):
            out.append("<table>")
            for blk in blocks:
                hd = blk[0]
                rest = blk[1:]
                right = hd[2] or next((x[1] for x in rest if x[0] == "d"), "")
                cell = [f"<strong>{esc(hd[1])}</strong>"]
                ul = []
                for role, l, rr in rest:
                    if role == "sub":
                        cell.append(f"<br><span class=\"org\">{esc(l)}</span>" + (f" ({esc(rr)})" if rr else ""))
                    elif role == "b":
                        ul.append(f"<li>{esc(l)}</li>")
                    elif role == "p":
                        cell.append(f"<p>{esc(l)}</p>")
                if ul:
                    cell.append("<ul>" + "".join(ul) + "</ul>")
                out.append(f"<tr><td>{esc(right)}</td><td>{''.join(cell)}</td></tr>")
            out.append("</table>")
            continue
        for blk in blocks:
            out.append("<div class=\"job\">")
            ul = []
            for role, l, rr in blk:
                if role == "h":
                    out.append((f"<span class=\"dates\">{esc(rr)}</span>" if rr else "") + f"<h3>{esc(l)}</h3>")
                elif role == "sub":
                    if ul:
                        out += ["<ul>"] + ul + ["</ul>"]
                        ul = []
                    out.append(f"<div class=\"org\">{esc(l)}" + (f" <span class=\"dates\">{esc(rr)}</span>" if rr else "") + "</div>")
                elif role == "d":
                    out.append(f"<div class=\"dates-line\">{esc(l)}</div>")
                elif role == "b":
                    ul.append(f"  <li>{esc(l)}</li>")
                else:
                    if ul:
                        out += ["<ul>"] + ul + ["</ul>"]
                        ul = []
                    out.append(f"<p>{esc(l)}</p>")
            if ul:
                out += ["<ul>"] + ul + ["</ul>"]
            out.append("</div>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
