"""Renderers for wild19: reportlab, fpdf2 (DejaVu), python-docx, plain text, Markdown and HTML.

Each takes one résumé definition dict (see defs_a.py) and writes the file; the gold line is made
from the same dict by lib.gold_line, so the file and its gold cannot drift.
"""
import datetime
import html
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 1, 5, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry header lines
def header_lines(d, e, prev_org):
    """Return (group_heading, lines) where lines are (role, text, right_text).

    role: 'h' (bold line), 'sub' (italic/second line), 'date' (own line).
    group_heading: employer heading for org-first layouts when the employer changes, else None.
    """
    order = d.get("order", "title_org")
    dates = fmt_range(e, d.get("dstyle", "mon"), d.get("present", "Present"), d.get("dsep", " – "))
    org_loc = ", ".join(x for x in (e.org, e.loc) if x)
    if order == "title_org":
        lines = [("h", e.title, dates)]
        if org_loc:
            lines.append(("sub", org_loc, ""))
        return None, lines
    if order == "org_title":
        lines = []
        if org_loc:
            lines.append(("h", org_loc, dates))
            lines.append(("sub", e.title, ""))
        else:
            lines.append(("h", e.title, dates))
        return None, lines
    if order == "dateline":
        lines = [("h", e.title, "")]
        if org_loc:
            lines.append(("sub", org_loc, ""))
        if dates:
            lines.append(("date", dates, ""))
        return None, lines
    if order == "dash":
        t = e.title + (" – " + org_loc if org_loc else "")
        return None, [("h", t, dates)]
    if order == "pipe":
        t = " | ".join(x for x in (e.title, e.org, e.loc) if x)
        return None, [("h", t, dates)]
    if order == "inline":
        t = ", ".join(x for x in (e.title, e.org, e.loc) if x)
        return None, [("h", t + (", " + dates if dates else ""), "")]
    if order == "orgfirst":
        grp = None
        key = e.org or e.title
        if key != prev_org:
            grp = ", ".join(x for x in (e.org, e.loc) if x) if e.org else None
        return grp, [("h", e.title, dates)]
    raise ValueError(order)


def walk(d):
    """Yield ('section', name) and ('entry', e, group_heading, lines) in order."""
    for name, ents in d["sections"]:
        yield ("section", name)
        prev = None
        for e in ents:
            grp, lines = header_lines(d, e, prev)
            prev = e.org or e.title
            yield ("entry", e, grp, lines)


def bullet_char(d):
    return d.get("bullet", "•")


# ---------------------------------------------------------------- plain text
def render_txt(d, path):
    out = []
    style = d.get("txtstyle", "plain")
    name = d["name"]
    out.append(name.upper() if style == "caps" else name)
    if d.get("headline"):
        out.append(d["headline"])
    out.extend(d.get("contact", []))
    out.append("")
    if d.get("summary"):
        out.append("SUMMARY" if style == "caps" else "Summary")
        out.append(d["summary"])
        out.append("")
    bc = d.get("bullet", "-")
    for item in walk(d):
        if item[0] == "section":
            h = item[1]
            out.append(h.upper())
            if style in ("plain", "caps"):
                out.append("-" * len(h))
            elif style == "equals":
                out.append("=" * len(h))
            continue
        _, e, grp, lines = item
        if grp:
            out.append(grp.upper() if style == "caps" else grp)
        for role, text, right in lines:
            if right:
                out.append(f"{text}{d.get('txtsep', '    ')}{right}")
            else:
                out.append(text)
        for b in e.bullets:
            out.append(f"{bc} {b}")
        out.append("")
    for h, items in d.get("extra", []):
        out.append(h.upper())
        if style in ("plain", "caps"):
            out.append("-" * len(h))
        out.extend(items)
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown
def render_md(d, path):
    out = [f"# {d['name']}", ""]
    if d.get("headline"):
        out += [f"**{d['headline']}**", ""]
    if d.get("contact"):
        out += [" · ".join(d["contact"]), ""]
    if d.get("summary"):
        out += ["## Summary", "", d["summary"], ""]
    mdstyle = d.get("mdstyle", "h3")
    for item in walk(d):
        if item[0] == "section":
            out += [f"## {item[1]}", ""]
            continue
        _, e, grp, lines = item
        if grp:
            out += [f"### {grp}", ""]
        dates = fmt_range(e, d.get("dstyle", "mon"), d.get("present", "Present"))
        org_loc = ", ".join(x for x in (e.org, e.loc) if x)
        if mdstyle == "h3":
            out.append(f"### {e.title}")
            if org_loc:
                out.append(f"**{org_loc}** | {dates}" if dates else f"**{org_loc}**")
            elif dates:
                out.append(f"*{dates}*")
        elif mdstyle == "bold":
            head = f"**{e.title}**" + (f", {org_loc}" if org_loc else "")
            out.append(head + (f" — *{dates}*" if dates else ""))
        elif mdstyle == "orgfirst":
            out.append(f"**{e.title}** ({dates})" if dates else f"**{e.title}**")
        out.append("")
        for b in e.bullets:
            out.append(f"- {b}")
        if e.bullets:
            out.append("")
    for h, items in d.get("extra", []):
        out += [f"## {h}", ""]
        out += [f"- {x}" for x in items]
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- HTML
def render_html(d, path):
    esc = html.escape
    hstyle = d.get("htmlstyle", "plain")
    css = {
        "plain": "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                 "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                 ".job{margin-bottom:1em}.dates{float:right;color:#555}",
        "gdocs": "body{background:#fff;font-family:Arial}p{margin:0}.c1{font-weight:700}"
                 ".c2{font-style:italic}.c3{color:#666}",
        "flex": "body{font-family:system-ui,sans-serif;display:flex;gap:2em}"
                "aside{width:30%;background:#eef}main{width:70%}.row{display:flex;justify-content:space-between}",
    }[hstyle]
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(d['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    side = []
    side.append(f"<h1>{esc(d['name'])}</h1>")
    if d.get("headline"):
        side.append(f"<p class=\"c2\">{esc(d['headline'])}</p>")
    for c in d.get("contact", []):
        side.append(f"<p>{esc(c)}</p>")
    main = []
    if d.get("summary"):
        main.append(f"<h2>Profile</h2><p>{esc(d['summary'])}</p>")
    for item in walk(d):
        if item[0] == "section":
            main.append(f"<h2>{esc(item[1])}</h2>")
            continue
        _, e, grp, lines = item
        if grp:
            main.append(f"<h3>{esc(grp)}</h3>")
        main.append('<div class="job">')
        for role, text, right in lines:
            if hstyle == "gdocs":
                cls = "c1" if role == "h" else ("c2" if role == "sub" else "c3")
                r = f'<span class="c3">\t{esc(right)}</span>' if right else ""
                main.append(f'<p><span class="{cls}">{esc(text)}</span>{r}</p>')
            elif hstyle == "flex":
                tag = "strong" if role == "h" else "em"
                main.append(f'<div class="row"><{tag}>{esc(text)}</{tag}><span>{esc(right)}</span></div>')
            else:
                r = f'<span class="dates">{esc(right)}</span>' if right else ""
                if role == "h":
                    main.append(f"<h4>{r}{esc(text)}</h4>")
                else:
                    main.append(f"<p><em>{esc(text)}</em></p>")
        if e.bullets:
            main.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>")
        main.append("</div>")
    extra = []
    for h, items in d.get("extra", []):
        extra.append(f"<h2>{esc(h)}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
    if hstyle == "flex":
        out += ["<aside>"] + side + extra + ["</aside>", "<main>"] + main + ["</main>"]
    else:
        out += ["<header>"] + side + ["</header>", "<main>"] + main + extra + ["</main>"]
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(d, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = LETTER if d.get("paper") == "letter" else A4
    W, H = size
    variant = d.get("rlstyle", "plain")
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"] + " - Resume")
    c.setAuthor(d["name"])
    bc = bullet_char(d)
    accent = (0.15, 0.3, 0.5)
    page = [1]

    if variant == "sidebar":
        left, right = 205, W - 40
    else:
        left, right = 50, W - 50
    y = [H - 55]

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(W / 2, 25, f"{d['name']} – page {page[0]}")
            c.setFillColorRGB(0, 0, 0)

    def sidebar():
        c.setFillColorRGB(0.9, 0.92, 0.95)
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        yy = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(d["name"], "Helvetica-Bold", 15, 150):
            c.drawString(18, yy, ln)
            yy -= 18
        c.setFont("Helvetica", 8.5)
        for ct in d.get("contact", []):
            for ln in simpleSplit(ct, "Helvetica", 8.5, 150):
                c.drawString(18, yy, ln)
                yy -= 11
        yy -= 8
        for h, items in d.get("extra", []):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(18, yy, h.upper())
            yy -= 13
            c.setFont("Helvetica", 8.5)
            for it in items:
                for ln in simpleSplit(it, "Helvetica", 8.5, 150):
                    c.drawString(18, yy, ln)
                    yy -= 10.5
            yy -= 7

    def newpage_if(need):
        if y[0] - need < 50:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = H - 55
            if variant == "sidebar":
                c.setFillColorRGB(0.9, 0.92, 0.95)
                c.rect(0, 0, 180, H, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)

    def para(text, font="Helvetica", size=9.5, indent=0, lead=12.5, prefix=None):
        lines = simpleSplit(text, font, size, right - left - indent - (10 if prefix else 0))
        for i, ln in enumerate(lines):
            newpage_if(lead)
            c.setFont(font, size)
            if prefix and i == 0:
                c.drawString(left + indent, y[0], prefix)
            c.drawString(left + indent + (10 if prefix else 0), y[0], ln)
            y[0] -= lead

    if variant == "sidebar":
        sidebar()
        if d.get("headline"):
            c.setFont("Helvetica-Oblique", 11)
            c.drawString(left, y[0], d["headline"])
            y[0] -= 20
    else:
        c.setFont("Helvetica-Bold", 18)
        if variant == "centred":
            c.drawCentredString(W / 2, y[0], d["name"])
        else:
            c.drawString(left, y[0], d["name"])
        y[0] -= 16
        c.setFont("Helvetica", 9)
        line = "  |  ".join(d.get("contact", []))
        if variant == "twocol":
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(left, y[0], d.get("headline", ""))
            c.setFont("Helvetica", 8.5)
            yy = H - 40
            for ct in d.get("contact", []):
                c.drawRightString(right, yy, ct)
                yy -= 11
            y[0] = min(y[0], yy) - 4
        else:
            for ln in simpleSplit(line, "Helvetica", 9, right - left):
                if variant == "centred":
                    c.drawCentredString(W / 2, y[0], ln)
                else:
                    c.drawString(left, y[0], ln)
                y[0] -= 11
            if d.get("headline"):
                c.setFont("Helvetica-Oblique", 10)
                (c.drawCentredString(W / 2, y[0], d["headline"]) if variant == "centred"
                 else c.drawString(left, y[0], d["headline"]))
                y[0] -= 12
        c.setStrokeColorRGB(*accent)
        c.line(left, y[0], right, y[0])
        y[0] -= 16

    def section(h):
        newpage_if(40)
        y[0] -= 4
        c.setFont("Helvetica-Bold", 11)
        c.setFillColorRGB(*accent)
        c.drawString(left, y[0], h.upper())
        c.setFillColorRGB(0, 0, 0)
        y[0] -= 4
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(left, y[0], right, y[0])
        y[0] -= 13

    if d.get("summary"):
        section(d.get("summary_head", "Profile"))
        para(d["summary"])
        y[0] -= 4

    for item in walk(d):
        if item[0] == "section":
            section(item[1])
            continue
        _, e, grp, lines = item
        newpage_if(50)
        if grp:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(left, y[0], grp)
            y[0] -= 13
        for role, text, rtext in lines:
            font = {"h": "Helvetica-Bold", "sub": "Helvetica-Oblique", "date": "Helvetica"}[role]
            if grp and role == "h":
                font = "Helvetica-BoldOblique"
            c.setFont(font, 10 if role == "h" else 9.5)
            c.drawString(left, y[0], text)
            if rtext:
                c.setFont("Helvetica", 9.5)
                c.drawRightString(right, y[0], rtext)
            y[0] -= 12.5
        for b in e.bullets:
            para(b, indent=8, prefix=bc)
        y[0] -= 6

    if variant != "sidebar":
        for h, items in d.get("extra", []):
            section(h)
            for it in items:
                para(it)
            y[0] -= 4
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    variant = d.get("fpdfstyle", "left")
    pdf = FPDF(format="letter" if d.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d["name"] + " CV")
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    align = "C" if variant == "centred" else "L"
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, d["name"], new_x="LMARGIN", new_y="NEXT", align=align)
    if d.get("headline"):
        pdf.set_font("DejaVu", "I", 10.5)
        pdf.cell(0, 6, d["headline"], new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, "  •  ".join(d.get("contact", [])), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    bc = bullet_char(d)

    def section(h):
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(30, 60, 100)
        pdf.cell(0, 7, h.upper() if d.get("caps_headings", True) else h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    if d.get("summary"):
        section(d.get("summary_head", "Summary"))
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, d["summary"], new_x="LMARGIN", new_y="NEXT")

    for item in walk(d):
        if item[0] == "section":
            section(item[1])
            continue
        _, e, grp, lines = item
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        if grp:
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.cell(0, 6, grp, new_x="LMARGIN", new_y="NEXT")
        for role, text, rtext in lines:
            st = {"h": "B", "sub": "I", "date": ""}[role]
            if grp and role == "h":
                st = "I"
            pdf.set_font("DejaVu", st, 10 if role == "h" else 9.5)
            if rtext:
                y = pdf.get_y()
                pdf.cell(0, 5.5, text)
                pdf.set_xy(pdf.l_margin, y)
                pdf.set_font("DejaVu", "", 9.5)
                pdf.cell(0, 5.5, rtext, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for b in e.bullets:
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(4, 5, bc)
            pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for h, items in d.get("extra", []):
        section(h)
        pdf.set_font("DejaVu", "", 9.5)
        for it in items:
            pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
    if d.get("footer"):
        for p in range(1, pdf.pages_count + 1):
            pdf.page = p
            pdf.set_y(-12)
            pdf.set_font("DejaVu", "", 7.5)
            pdf.cell(0, 5, f"{d['name']} · {p}/{pdf.pages_count}", align="C")
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    variant = d.get("docxstyle", "styles")
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = d["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED
    cp.last_modified_by = d["name"]
    cp.revision = 1
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{b}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tblPr.append(borders)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    container = doc
    side = None
    if variant == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.autofit = False
        side, container = t.rows[0].cells
        side.width, container.width = Cm(5.5), Cm(11.5)
        shade(side, "DCE6F0")
        side.paragraphs[0].add_run(d["name"]).bold = True
        for ct in d.get("contact", []):
            side.add_paragraph(ct).runs[0].font.size = Pt(9)
        for h, items in d.get("extra", []):
            p = side.add_paragraph()
            r = p.add_run(h.upper())
            r.bold = True
            for it in items:
                side.add_paragraph(it).runs[0].font.size = Pt(9)
    elif variant == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(14)
        hp2 = sec.header.add_paragraph(" | ".join(d.get("contact", [])))
        hp2.runs[0].font.size = Pt(8.5)
    else:
        p = doc.add_paragraph()
        r = p.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(18)
        if d.get("headline"):
            doc.add_paragraph(d["headline"]).runs[0].italic = True
        doc.add_paragraph(" | ".join(d.get("contact", [])))

    def heading(h):
        if variant == "styles":
            return container.add_paragraph(h, style="Heading 1") if container is doc else container.add_paragraph(h)
        p = container.add_paragraph()
        r = p.add_run(h.upper())
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def tab_line(text, right, bold=False, italic=False):
        p = container.add_paragraph()
        if right and variant not in ("sidebar",):
            p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(b):
        if container is doc:
            p = doc.add_paragraph(b, style="List Bullet")
        else:
            p = container.add_paragraph("• " + b)
        p.paragraph_format.space_after = Pt(0)

    if d.get("summary"):
        heading(d.get("summary_head", "Profile"))
        container.add_paragraph(d["summary"])

    for item in walk(d):
        if item[0] == "section":
            heading(item[1])
            continue
        _, e, grp, lines = item
        if grp:
            p = container.add_paragraph()
            p.add_run(grp).bold = True
            p.paragraph_format.space_after = Pt(0)
        if variant == "table":
            t = container.add_table(rows=1, cols=2)
            no_borders(t)
            lc, rc = t.rows[0].cells
            lc.width, rc.width = Cm(12.5), Cm(4.5)
            first = True
            for role, text, rtext in lines:
                p = lc.paragraphs[0] if first else lc.add_paragraph()
                r = p.add_run(text)
                r.bold, r.italic = role == "h", role == "sub"
                if rtext:
                    rc.paragraphs[0].add_run(rtext)
                    rc.paragraphs[0].alignment = 2
                first = False
        else:
            for role, text, rtext in lines:
                tab_line(text, rtext, bold=(role == "h" and not grp), italic=(role == "sub" or bool(grp)))
        for b in e.bullets:
            bullet(b)
        container.add_paragraph().paragraph_format.space_after = Pt(0)
    if variant != "sidebar":
        for h, items in d.get("extra", []):
            heading(h)
            for it in items:
                container.add_paragraph(it).paragraph_format.space_after = Pt(0)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip entries with a fixed timestamp so the build is byte-reproducible
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, zin.read(info.filename))


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
             "fpdf": render_fpdf, "docx": render_docx}
