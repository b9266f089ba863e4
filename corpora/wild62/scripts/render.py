"""Renderers: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé is a dict (see defs_a.py). Its job blocks are first turned into a list of display items
by items_for(); each renderer then lays those items out in its own way."""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import fmt_dates, ym

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


def _dur(e):
    if e.start is None:
        return ""
    n = ym(e.end) - ym(e.start) + 1
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} year{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} month{'s' if m > 1 else ''}")
    return " ".join(parts)


def items_for(r, jobs):
    """Display items for one jobs block: (kind, text, right). kinds: H heading line, S sub line,
    B bullet, P paragraph, T tech-stack line."""
    st, pw, sep, order = r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – "), r["head"]
    out = []
    prev_org = object()
    for e in jobs:
        d = fmt_dates(e, st, pw, sep)
        org, loc = e.org, e.loc
        orgloc = ", ".join(x for x in (org, loc) if x)
        if order == "title_org":
            out.append(("H", e.title, d))
            if orgloc:
                out.append(("S", orgloc, ""))
        elif order == "org_title":
            out.append(("H", orgloc or e.title, d))
            if orgloc:
                out.append(("S", e.title, ""))
        elif order == "dash":
            out.append(("H", e.title + (f" – {orgloc}" if orgloc else ""), d))
        elif order == "pipe":
            out.append(("H", " | ".join(x for x in (e.title, org, loc) if x), d))
        elif order == "at":
            out.append(("H", e.title + (f" at {org}" if org else ""), d))
            if loc:
                out.append(("S", loc, ""))
        elif order == "dateline":
            out.append(("H", e.title, ""))
            if orgloc:
                out.append(("S", orgloc, ""))
            if d:
                out.append(("S", d, ""))
        elif order == "inline":
            out.append(("H", ", ".join(x for x in (e.title, orgloc, d) if x), ""))
        elif order == "orgfirst":
            if org != prev_org:
                out.append(("H", orgloc or "", ""))
            out.append(("R", e.title, d))
        elif order == "linkedin":
            if org != prev_org and org:
                out.append(("H", org, ""))
            out.append(("R", e.title, ""))
            if d:
                out.append(("S", f"{d} ({_dur(e)})" if not e.text else d, ""))
            if loc:
                out.append(("S", loc, ""))
        else:
            raise ValueError(order)
        prev_org = org
        if e.stack:
            out.append(("T", e.stack, ""))
        if e.prose:
            out.append(("P", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""))
        else:
            out += [("B", b, "") for b in e.bullets]
    return out


def blocks(r):
    """Yield (heading, items) for the main column; para/list blocks become P/B items."""
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        if kind == "jobs":
            yield head, items_for(r, b[2])
        elif kind == "para":
            yield head, [("P", b[2], "")]
        elif kind == "list":
            yield head, [("B", x, "") for x in b[2]]
        elif kind == "lines":
            yield head, [("S", x, "") for x in b[2]]


def side_blocks(r):
    for b in r.get("side", []):
        yield b[1], ([("P", b[2], "")] if b[0] == "para" else [("S", x, "") for x in b[2]])


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor

    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    if r.get("font") == "dejavu":
        for nm, fn in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(nm, FONTDIR + fn))
        F, FB, FI = "DV", "DV-B", "DV-I"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " - Resume")
    c.setAuthor(r["name"])
    lay = r["layout"]
    accent = HexColor(r.get("accent", "#1F3A5F"))
    bullet = r.get("bullet", "•")
    page = [1]
    side_w = 170 if lay == "sidebar" else 0
    x0, x1 = 50 + side_w, W - 50
    if lay == "sidebar":
        x0 = side_w + 28
        x1 = W - 36

    def footer():
        if lay == "twopage":
            c.setFont(FI, 8)
            c.setFillColor(HexColor("#666666"))
            c.drawString(50, 30, r["name"] + " | " + r["contact"][0])
            c.drawRightString(W - 50, 30, f"Page {page[0]}")
            c.setFillColor(HexColor("#000000"))

    def sidebar():
        c.setFillColor(HexColor(r.get("side_colour", "#E8EDF2")))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        yy = H - 60
        if page[0] == 1:
            c.setFont(FB, 15)
            for ln in textwrap.wrap(r["name"], 16):
                c.drawString(18, yy, ln)
                yy -= 19
            yy -= 6
            c.setFont(F, 8.5)
            for ln in r["contact"]:
                c.drawString(18, yy, ln)
                yy -= 12
            for head, its in side_blocks(r):
                yy -= 12
                c.setFont(FB, 10)
                c.drawString(18, yy, head.upper())
                yy -= 14
                c.setFont(F, 8.5)
                for _, t, _r in its:
                    for ln in textwrap.wrap(t, 30):
                        c.drawString(18, yy, ln)
                        yy -= 11

    y = [H - 56]

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        if lay == "sidebar":
            sidebar()
        y[0] = H - 56

    def need(h):
        if y[0] - h < 60:
            newpage()

    def line(txt, font, sz, x=None, right=None, indent=0):
        width = x1 - (x or x0) - indent
        if right:
            width -= c.stringWidth(right, F, sz - 0.5) + 14
        lines, cur = [], ""
        for w in txt.split():
            t2 = (cur + " " + w).strip()
            if cur and c.stringWidth(t2, font, sz) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t2
        lines = lines + [cur] if cur or not lines else lines
        for i, ln in enumerate(lines):
            need(sz + 4)
            c.setFont(font, sz)
            c.drawString((x or x0) + indent, y[0], ln)
            if right and i == 0:
                c.setFont(F, sz - 0.5)
                c.drawRightString(x1, y[0], right)
            y[0] -= sz + 3.5

    # header
    if lay == "sidebar":
        sidebar()
    elif lay == "twocol":
        c.setFont(FB, 20)
        c.setFillColor(accent)
        c.drawString(x0, y[0], r["name"])
        c.setFillColor(HexColor("#000000"))
        c.setFont(F, 9)
        yy = y[0] + 6
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11
        y[0] = min(y[0], yy) - 4
        if r.get("tagline"):
            c.setFont(FI, 10.5)
            c.drawString(x0, y[0] + 8, r["tagline"])
        y[0] -= 10
        c.setStrokeColor(accent)
        c.line(x0, y[0] + 4, x1, y[0] + 4)
        y[0] -= 12
    else:
        centred = r.get("centre")
        c.setFont(FB, 18)
        (c.drawCentredString(W / 2, y[0], r["name"]) if centred else c.drawString(x0, y[0], r["name"]))
        y[0] -= 16
        if r.get("tagline"):
            c.setFont(FI, 10.5)
            (c.drawCentredString(W / 2, y[0], r["tagline"]) if centred else c.drawString(x0, y[0], r["tagline"]))
            y[0] -= 14
        c.setFont(F, 9)
        ct = "  |  ".join(r["contact"])
        (c.drawCentredString(W / 2, y[0], ct) if centred else c.drawString(x0, y[0], ct))
        y[0] -= 22
    for head, its in blocks(r):
        need(40)
        y[0] -= 4
        c.setFillColor(accent)
        c.setFont(FB, 11.5)
        h = head.upper() if r.get("caps_heads", True) else head
        c.drawString(x0, y[0], h)
        c.setFillColor(HexColor("#000000"))
        c.setStrokeColor(HexColor("#999999"))
        c.line(x0, y[0] - 3, x1, y[0] - 3)
        y[0] -= 17
        for k, t, rt in its:
            if k == "H":
                need(30)
                y[0] -= 3
                line(t, FB, 10.5, right=rt)
            elif k == "R":
                line(t, FB, 10, right=rt, indent=8)
            elif k == "S":
                line(t, FI, 9.5)
            elif k == "T":
                line(t, F, 8.5)
            elif k == "P":
                line(t, F, 9.5)
            elif k == "B":
                width = x1 - x0 - 14
                lines = textwrap.wrap(t, max(30, int(width / 4.6))) or [""]
                for i, ln in enumerate(lines):
                    need(13)
                    c.setFont(F, 9.5)
                    if i == 0:
                        c.drawString(x0 + 2, y[0], bullet)
                    c.drawString(x0 + 14, y[0], ln)
                    y[0] -= 12.5
        y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    pdf = FPDF(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    lay = r["layout"]
    if lay == "twopage":
        name = r["name"]

        class P(FPDF):
            def footer(self):
                self.set_y(-12)
                self.set_font("DV", "I", 7.5)
                self.cell(0, 5, f"{name} · CV · page {self.page_no()}/{{nb}}", align="C")
        pdf = P(format="A4")
        pdf.set_creation_date(FIXED)
        pdf.set_title(r["name"] + " CV")
        pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    align = "C" if lay == "centred" else "L"
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    if r.get("tagline"):
        pdf.set_font("DV", "I", 10)
        pdf.cell(0, 6, r["tagline"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for ln in (r["contact"] if lay != "centred" else [" · ".join(r["contact"])]):
        pdf.cell(0, 4.5, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bullet = r.get("bullet", "•")
    for head, its in blocks(r):
        pdf.ln(2)
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(40, 60, 110)
        pdf.cell(0, 6, head if not r.get("caps_heads") else head.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        for k, t, rt in its:
            if k in "HR":
                pdf.ln(1)
                pdf.set_font("DV", "B", 10 if k == "H" else 9.5)
                if rt:
                    w = pdf.w - pdf.l_margin - pdf.r_margin
                    pdf.cell(w * 0.68, 5.5, t)
                    pdf.set_font("DV", "", 9)
                    pdf.cell(w * 0.32, 5.5, rt, align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
            elif k == "S":
                pdf.set_font("DV", "I", 9)
                pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
            elif k in "TP":
                pdf.set_font("DV", "", 8.8 if k == "P" else 8)
                pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
            elif k == "B":
                pdf.set_font("DV", "", 9)
                pdf.cell(5, 4.6, bullet)
                pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = r.get("docfont", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    lay = r["layout"]
    tabpos = sec.page_width - sec.left_margin - sec.right_margin
    bullet = r.get("bullet")

    def no_borders(t):
        tbl = t._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        pr.append(b)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def heading(container, text):
        if lay in ("styles", "header"):
            container.add_paragraph(text, style="Heading 1")
        else:
            p = container.add_paragraph()
            rn = p.add_run(text.upper())
            rn.bold = True
            rn.font.size = Pt(11.5)
            rn.font.color.rgb = RGBColor(0x2B, 0x4C, 0x7E)
            p.paragraph_format.space_before = Pt(10)

    def para_with_tab(container, left, right, bold=True, italic=False):
        p = container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
        rn = p.add_run(left)
        rn.bold, rn.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def put_items(container, its):
        i = 0
        while i < len(its):
            k, t, rt = its[i]
            if lay == "table" and k in "HR":
                # a borderless 2-col table per job header (+ following S lines)
                tb = container.add_table(rows=1, cols=2)
                no_borders(tb)
                c0, c1 = tb.rows[0].cells
                c0.paragraphs[0].add_run(t).bold = True
                while i + 1 < len(its) and its[i + 1][0] == "S":
                    i += 1
                    c0.add_paragraph().add_run(its[i][1]).italic = True
                c1.paragraphs[0].add_run(rt)
                c1.paragraphs[0].alignment = 2
            elif k in "HR":
                if lay == "styles" and k == "H" and not rt:
                    container.add_paragraph(t, style="Heading 2")
                elif lay == "styles" and k == "H":
                    p = container.add_paragraph(style="Heading 2")
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run(t + "\t" + rt)
                else:
                    para_with_tab(container, t, rt)
            elif k == "S":
                para_with_tab(container, t, rt, bold=False, italic=True)
            elif k == "T":
                p = container.add_paragraph()
                p.add_run(t).font.size = Pt(9)
            elif k == "P":
                container.add_paragraph(t)
            elif k == "B":
                if bullet:
                    p = container.add_paragraph(f"{bullet} {t}")
                    p.paragraph_format.left_indent = Cm(0.5)
                    p.paragraph_format.space_after = Pt(0)
                else:
                    container.add_paragraph(t, style="List Bullet")
            i += 1

    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hdr.add_paragraph(" | ".join(r["contact"]))
    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        shade(left, "DCE6F0")
        left.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            left.add_paragraph(ln)
        for head, its in side_blocks(r):
            left.add_paragraph().add_run(head.upper()).bold = True
            if head.lower().startswith("tech") or head.lower().startswith("stack"):
                nt = left.add_table(rows=0, cols=1)
                for _, x, _r in its:
                    nt.add_row().cells[0].text = x
            else:
                for _, x, _r in its:
                    left.add_paragraph(x)
        main = right
        if r.get("tagline"):
            main.paragraphs[0].add_run(r["tagline"]).italic = True
        for head, its in blocks(r):
            heading(main, head)
            put_items(main, its)
    else:
        if lay != "header":
            p = d.add_paragraph()
            rn = p.add_run(r["name"])
            rn.bold = True
            rn.font.size = Pt(18)
            d.add_paragraph(" · ".join(r["contact"]))
        if r.get("tagline"):
            d.add_paragraph().add_run(r["tagline"]).italic = True
        for head, its in blocks(r):
            heading(d, head)
            put_items(d, its)
    bio = io.BytesIO()
    d.save(bio)
    # rewrite the zip with fixed timestamps and order
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    lay = r["layout"]
    bullet = r.get("bullet", "-")
    out = [r["name"].upper() if lay == "caps" else r["name"]]
    out += r["contact"] if lay != "oneline" else [" | ".join(r["contact"])]
    if r.get("tagline"):
        out.append(r["tagline"])
    out.append("")
    for head, its in blocks(r):
        if lay == "caps":
            out += [head.upper(), ""]
        elif lay == "rule":
            out += [head, "=" * len(head)]
        else:
            out += [f"--- {head} ---"]
        for k, t, rt in its:
            if k in "HR":
                if out[-1] != "" and k == "H":
                    out.append("")
                if rt:
                    sepr = r.get("txt_right", "pad")
                    out.append(f"{t:<56}{rt}" if sepr == "pad" else f"{t}{sepr}{rt}")
                else:
                    out.append(t)
            elif k in "ST":
                out.append(t)
            elif k == "P":
                out += textwrap.wrap(t, 90)
            elif k == "B":
                w = textwrap.wrap(t, 88)
                out.append(f"{bullet} {w[0]}")
                out += ["  " + x for x in w[1:]]
        out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    bullet = r.get("bullet", "-")
    out = [f"# {r['name']}", ""]
    if r.get("tagline"):
        out += [f"**{r['tagline']}**", ""]
    out += [" · ".join(r["contact"]), ""]
    for head, its in blocks(r):
        out += [f"## {head}", ""]
        for k, t, rt in its:
            if k == "H":
                out += ["", f"### {t}" + (f" ({rt})" if rt and r["layout"] == "h3paren" else "")]
                if rt and r["layout"] != "h3paren":
                    out.append(f"*{rt}*  ")
            elif k == "R":
                out += ["", f"**{t}**" + (f" — {rt}" if rt else "") + "  "]
            elif k == "S":
                out.append(f"{t}  ")
            elif k == "T":
                out.append(f"`{t}`  ")
            elif k == "P":
                out += ["", t, ""]
            elif k == "B":
                if out[-1].endswith("  ") or out[-1].startswith("#"):
                    out.append("")
                out.append(f"{bullet} {t}")
        out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_html(r, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(r['name'])} – Résumé</title>",
           "<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
           "h2{border-bottom:1px solid #bbb;font-size:1.05em;text-transform:uppercase;letter-spacing:.05em}"
           ".job{margin-bottom:.9em}.dates{float:right;color:#555}.sub{font-style:italic}</style>",
           "</head><body>", f"<header><h1>{e(r['name'])}</h1>"]
    if r.get("tagline"):
        out.append(f"<p class=\"tag\">{e(r['tagline'])}</p>")
    out.append("<p>" + " &middot; ".join(e(x) for x in r["contact"]) + "</p></header>")
    for head, its in blocks(r):
        out.append(f"<section><h2>{e(head)}</h2>")
        inlist = False
        for k, t, rt in its:
            if k != "B" and inlist:
                out.append("</ul>")
                inlist = False
            if k in "HR":
                tag = "h3" if k == "H" else "h4"
                dt = f'<span class="dates">{e(rt)}</span>' if rt else ""
                out.append(f"<{tag}>{dt}{e(t)}</{tag}>")
            elif k == "S":
                out.append(f'<div class="sub">{e(t)}</div>')
            elif k == "T":
                out.append(f'<div class="stack"><small>{e(t)}</small></div>')
            elif k == "P":
                out.append(f"<p>{e(t)}</p>")
            elif k == "B":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{e(t)}</li>")
        if inlist:
            out.append("</ul>")
        out.append("</section>")
    out.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
