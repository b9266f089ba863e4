"""Renderers: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML."""
import datetime, html, io, os, zipfile
from lib import E, head, groups, dates

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


def blocks(r):
    """Yield ('section', heading) / ('org', text) / ('head', left, right, style) / ('bullets', [..]) /
    ('prose', text) / ('line', text) / ('gap',) in reading order."""
    out = []
    if r.get("summary_head") is not None and r.get("summary"):
        out.append(("section", r["summary_head"]))
        out.append(("prose", r["summary"]))
    for heading, items in r["sections"] + r.get("extra", []):
        out.append(("section", heading))
        ents = [x for x in items if isinstance(x, E)]
        if ents and r.get("order") == "orgfirst":
            for key, es in groups(items):
                if key:
                    out.append(("org", ", ".join(x for x in key if x)))
                for e in es:
                    out.append(("head", e.title, dates(e, r), "b" if not key else "i"))
                    _duties(out, e)
                out.append(("gap",))
            continue
        for x in items:
            if isinstance(x, E):
                for left, right, st in head(x, r):
                    out.append(("head", left, right, st))
                _duties(out, x)
                out.append(("gap",))
            elif isinstance(x, tuple):       # ('bullets', [...]) in extras
                out.append(x)
            else:
                out.append(("line", x))
    return out


def _duties(out, e):
    if not e.bullets:
        return
    if e.prose:
        out.append(("prose", " ".join(e.bullets)))
    else:
        out.append(("bullets", e.bullets))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    L = [r["name"].upper() if r.get("caps_name") else r["name"]]
    L += r["contact"]
    if r.get("headline"):
        L.append(r["headline"])
    L.append("")
    if r.get("summary") and r.get("summary_head") is None:
        L += [r["summary"], ""]
    b = r.get("bullet", "-")
    under = r.get("underline")
    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            h = blk[1].upper() if r.get("caps_head", True) else blk[1]
            L += ["", h] + ([under * len(h)] if under else [])
        elif t == "org":
            L.append(blk[1].upper() if r.get("caps_org") else blk[1])
        elif t == "head":
            left, right = blk[1], blk[2]
            if right:
                if r.get("txt_dates") == "pad":
                    L.append(f"{left:<58}{right}" if len(left) < 56 else f"{left}    {right}")
                elif r.get("txt_dates") == "paren":
                    L.append(f"{left} ({right})")
                else:
                    L.append(f"{left}{r.get('txt_sep', '   ')}{right}")
            else:
                L.append(left)
        elif t == "bullets":
            L += [f"{b} {x}" if b else x for x in blk[1]]
        elif t == "prose":
            L.append(blk[1])
        elif t == "line":
            L.append(blk[1])
        elif t == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\r\n" if r.get("crlf") else "\n") as f:
        f.write(txt.strip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", ""]
    L.append(r.get("md_contact_sep", " · ").join(r["contact"]))
    L.append("")
    if r.get("headline"):
        L += [f"*{r['headline']}*", ""]
    if r.get("summary") and r.get("summary_head") is None:
        L += [r["summary"], ""]
    b = r.get("bullet", "-")
    first = True
    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            L += ["", f"## {blk[1]}", ""]
            first = True
        elif t == "org":
            L += [f"### {blk[1]}"]
        elif t == "head":
            left, right, st = blk[1], blk[2], blk[3]
            if st == "b" and r.get("md_h3", True):
                L.append(f"### {left}" + (f" ({right})" if right and r.get("md_paren") else ""))
                if right and not r.get("md_paren"):
                    L.append(f"*{right}*  ")
            elif st == "b":
                L.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
            elif st == "i":
                L.append(f"{left}" + (f" | {right}" if right else "") + "  ")
            else:
                L.append(left + "  ")
        elif t == "bullets":
            L.append("")
            L += [f"{b} {x}" for x in blk[1]]
        elif t == "prose":
            L += ["", blk[1]]
        elif t == "line":
            L.append(blk[1] if blk[1].startswith(("-", "*")) else f"- {blk[1]}")
        elif t == "gap":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt.strip() + "\n")


def render_html(r, path):
    esc = html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;color:#555}ul{margin-top:.2em}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} – CV</title>", f"<style>{css}</style></head><body>"]
    H.append(f"<header><h1>{esc(r['name'])}</h1>")
    if r.get("headline"):
        H.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    H.append("<p>" + " &middot; ".join(esc(c) for c in r["contact"]) + "</p></header>")
    if r.get("summary") and r.get("summary_head") is None:
        H.append(f"<p>{esc(r['summary'])}</p>")
    table = r.get("html_table")
    open_sec = False
    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            if open_sec:
                H.append("</section>")
            H.append(f"<section><h2>{esc(blk[1])}</h2>")
            open_sec = True
        elif t == "org":
            H.append(f"<h3>{esc(blk[1])}</h3>")
        elif t == "head":
            left, right, st = blk[1], blk[2], blk[3]
            if table and right:
                H.append(f"<table width=\"100%\"><tr><td><b>{esc(left)}</b></td>"
                         f"<td align=\"right\">{esc(right)}</td></tr></table>")
            elif st == "b":
                d = f" <span class=\"d\">{esc(right)}</span>" if right else ""
                H.append(f"<h3>{esc(left)}{d}</h3>" if r.get("html_h3", True) else f"<p><strong>{esc(left)}</strong>{d}</p>")
            else:
                d = f" &nbsp;|&nbsp; {esc(right)}" if right else ""
                H.append(f"<p class=\"{'org' if st == 'i' else 'n'}\"><em>{esc(left)}</em>{d}</p>")
        elif t == "bullets":
            H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in blk[1]) + "</ul>")
        elif t == "prose":
            H.append(f"<p>{esc(blk[1])}</p>")
        elif t == "line":
            H.append(f"<p>{esc(blk[1])}</p>")
    if open_sec:
        H.append("</section>")
    H.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(H) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    size = letter if r.get("letter") else A4
    W, Hh = size
    if r.get("font") == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
        FN, FB, FI = "DV", "DV-B", "DV-I"
    else:
        FN, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    c.setCreator(r.get("creator", "Microsoft® Word for Microsoft 365"))
    layout = r.get("layout_rl", "plain")
    side = 170 if layout == "sidebar" else 0
    left = 50 + side
    right = W - 45
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont(FN, 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, f"{r['name']} – CV – page {page[0]}")
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*r.get("side_rgb", (0.88, 0.91, 0.94)))
        c.rect(0, 0, side + 20, Hh, stroke=0, fill=1)
        c.setFillGray(0)
        y = Hh - 60
        c.setFont(FB, 15)
        for part in r["name"].split():
            c.drawString(24, y, part)
            y -= 18
        y -= 10
        c.setFont(FN, 8.5)
        for line in r["contact"]:
            c.drawString(24, y, line)
            y -= 12
        for h, lines in r.get("side", []):
            y -= 14
            c.setFont(FB, 10)
            c.drawString(24, y, h.upper())
            y -= 14
            c.setFont(FN, 8.5)
            for line in lines:
                for w in wrap(line, FN, 8.5, side - 14):
                    c.drawString(24, y, w)
                    y -= 11

    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wrap(text, font, sz, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, sz) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    y = [Hh - 55]

    def need(h):
        if y[0] - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = Hh - 55
            if side:
                sidebar()

    if side:
        sidebar()
    else:
        hdr = r.get("header_rl", "left")
        if hdr == "twocol":
            c.setFont(FB, 20)
            c.drawString(left, y[0], r["name"])
            c.setFont(FN, 9)
            yy = y[0] + 6
            for line in r["contact"]:
                c.drawRightString(right, yy, line)
                yy -= 11
            y[0] = min(y[0] - 18, yy) - 4
            if r.get("headline"):
                c.setFont(FI, 10)
                c.drawString(left, y[0], r["headline"])
                y[0] -= 14
        else:
            c.setFont(FB, 19)
            (c.drawCentredString(W / 2, y[0], r["name"]) if hdr == "centre" else c.drawString(left, y[0], r["name"]))
            y[0] -= 16
            c.setFont(FN, 9)
            line = "  |  ".join(r["contact"])
            (c.drawCentredString(W / 2, y[0], line) if hdr == "centre" else c.drawString(left, y[0], line))
            y[0] -= 13
            if r.get("headline"):
                c.setFont(FI, 10)
                (c.drawCentredString(W / 2, y[0], r["headline"]) if hdr == "centre" else c.drawString(left, y[0], r["headline"]))
                y[0] -= 13
        c.setLineWidth(0.6)
        c.line(left, y[0], right, y[0])
        y[0] -= 8
    if r.get("summary") and r.get("summary_head") is None:
        c.setFont(FN, 9.5)
        y[0] -= 6
        for w in wrap(r["summary"], FN, 9.5, right - left):
            c.drawString(left, y[0], w)
            y[0] -= 12.5
    bchar = r.get("bullet", "•")
    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            if r.get("break_before") == blk[1]:
                need(10000)
            need(60)
            y[0] -= 12
            c.setFont(FB, 11.5)
            c.drawString(left, y[0], blk[1].upper() if r.get("caps_head", True) else blk[1])
            y[0] -= 4
            c.setLineWidth(0.4)
            c.line(left, y[0], right, y[0])
            y[0] -= 13
        elif t == "org":
            need(40)
            c.setFont(FB, 10.5)
            c.drawString(left, y[0], blk[1])
            y[0] -= 13
        elif t == "head":
            need(30)
            left_t, right_t, st = blk[1], blk[2], blk[3]
            c.setFont({"b": FB, "i": FI, "n": FN}[st], 10 if st == "b" else 9.5)
            c.drawString(left, y[0], left_t)
            if right_t:
                c.setFont(FN, 9.5)
                c.drawRightString(right, y[0], right_t)
            y[0] -= 12.5
        elif t in ("bullets", "prose", "line"):
            items = blk[1] if t == "bullets" else [blk[1]]
            for it in items:
                ind = 12 if t == "bullets" else 0
                ls = wrap(it, FN, 9.5, right - left - ind)
                need(12 * len(ls))
                c.setFont(FN, 9.5)
                if t == "bullets":
                    c.drawString(left + 2, y[0], bchar)
                for w in ls:
                    c.drawString(left + ind, y[0], w)
                    y[0] -= 12
        elif t == "gap":
            y[0] -= 5
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 8, f"{r['name']}  ·  Page {self.page_no()} of {{nb}}", align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if r.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator(r.get("creator", "Writer"))
    pdf.set_title(r["name"] + " résumé")
    pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    hdr = r.get("header_fp", "left")
    align = "C" if hdr == "centred" else "L"
    pdf.set_font("DV", "B", 18)
    pdf.cell(0, 9, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    if r.get("contact_lines"):
        for line in r["contact"]:
            pdf.cell(0, 4.6, line, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(0, 5, " | ".join(r["contact"]), align=align, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("DV", "I", 10)
        pdf.cell(0, 6, r["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    if r.get("summary") and r.get("summary_head") is None:
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 4.8, r["summary"], new_x="LMARGIN", new_y="NEXT")
    bchar = r.get("bullet", "•")
    rgb = r.get("head_rgb", (20, 60, 110))
    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            if r.get("break_before") == blk[1]:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DV", "B", 11.5)
            pdf.set_text_color(*rgb)
            pdf.cell(0, 7, blk[1].upper() if r.get("caps_head", True) else blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*rgb)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0)
            pdf.ln(1.5)
        elif t == "org":
            pdf.set_font("DV", "B", 10.5)
            pdf.cell(0, 6, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "head":
            left_t, right_t, st = blk[1], blk[2], blk[3]
            pdf.set_font("DV", {"b": "B", "i": "I", "n": ""}[st], 10 if st == "b" else 9.5)
            if right_t:
                y = pdf.get_y()
                pdf.cell(0, 5.2, left_t)
                pdf.set_xy(pdf.l_margin, y)
                pdf.set_font("DV", "", 9.5)
                pdf.cell(0, 5.2, right_t, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5.2, left_t, new_x="LMARGIN", new_y="NEXT")
        elif t == "bullets":
            pdf.set_font("DV", "", 9.5)
            for it in blk[1]:
                pdf.set_x(pdf.l_margin + 2)
                pdf.cell(4, 4.8, bchar)
                pdf.multi_cell(0, 4.8, it, new_x="LMARGIN", new_y="NEXT")
        elif t in ("prose", "line"):
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 4.8, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "gap":
            pdf.ln(1.8)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    mode = r.get("docx", "styles")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    width = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]
    st.font.name = r.get("docx_font", "Calibri")
    st.font.size = Pt(10.5)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    # header block
    if mode == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(14)
        hp2 = sec.header.add_paragraph(" • ".join(r["contact"]))
        hp2.runs[0].font.size = Pt(9)
        body = d
    elif mode == "sidebar":
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.2), width - Cm(5.2)
        shade(lc, r.get("side_fill", "DCE6EE"))
        p = lc.paragraphs[0]
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(15)
        for line in r["contact"]:
            lc.add_paragraph(line).runs[0].font.size = Pt(9)
        for h, lines in r.get("side", []):
            hp = lc.add_paragraph()
            hr = hp.add_run(h.upper())
            hr.bold = True
            for line in lines:
                lc.add_paragraph(line).runs[0].font.size = Pt(9)
        body = rc
        rc.paragraphs[0].text = r.get("headline", "")
    else:
        if r.get("docx_title"):
            d.add_paragraph(r["name"], style="Title")
        else:
            p = d.add_paragraph()
            run = p.add_run(r["name"])
            run.bold = True
            run.font.size = Pt(18)
        d.add_paragraph(" | ".join(r["contact"]))
        body = d
    if r.get("headline") and mode != "sidebar":
        p = body.add_paragraph()
        p.add_run(r["headline"]).italic = True
    if r.get("summary") and r.get("summary_head") is None:
        body.add_paragraph(r["summary"])

    def heading(text):
        if mode in ("styles", "header") or r.get("docx_headings"):
            if mode == "sidebar":
                p = body.add_paragraph()
                run = p.add_run(text.upper()); run.bold = True; run.font.size = Pt(12)
            else:
                body.add_heading(text, level=1)
        else:
            p = body.add_paragraph()
            run = p.add_run(text.upper())
            run.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def line(left, right, sty):
        if mode == "table" and right:
            t = body.add_table(rows=1, cols=2)
            noborders(t)
            a, b = t.rows[0].cells
            a.width, b.width = Cm(12), Cm(5)
            ra = a.paragraphs[0].add_run(left)
            ra.bold = sty == "b"; ra.italic = sty == "i"
            pb = b.paragraphs[0]
            pb.alignment = 2
            pb.add_run(right)
            return
        p = body.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        ra = p.add_run(left)
        ra.bold = sty == "b"; ra.italic = sty == "i"
        if right:
            if mode == "sidebar":
                p.add_run("  (" + right + ")")
            else:
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + right)

    for blk in blocks(r):
        t = blk[0]
        if t == "section":
            heading(blk[1])
        elif t == "org":
            p = body.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif t == "head":
            line(blk[1], blk[2], blk[3])
        elif t == "bullets":
            for it in blk[1]:
                if r.get("docx_manual_bullets"):
                    body.add_paragraph(f"{r.get('bullet', '-')} {it}")
                else:
                    body.add_paragraph(it, style="List Bullet")
        elif t in ("prose", "line"):
            body.add_paragraph(blk[1])
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx}


def render(r, path):
    if r["ext"] == "pdf":
        (render_fpdf if r.get("engine") == "fpdf" else render_rl)(r, path)
    else:
        RENDER[r["ext"]](r, path)
