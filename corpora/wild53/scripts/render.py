"""Renderers: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.

Every résumé is flattened into a list of items first:
  ('H', heading) ('P', text) ('B', bullet) ('KV', key, value)
  ('EH', left, right) entry header (bold) ('ES', left, right) entry sub-line ('EL', label)
  ('EB', bullet) ('EP', prose duties)
"""
import datetime
import html as htmlmod
import io
import os
import zipfile

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)


def _loc(org, loc):
    return org + (", " + loc if loc else "") if org else (loc or "")


def entry_items(e, style):
    t, o, l, d = e.title, e.org, e.loc, e.dates
    if style == "title_org":
        it = [("EH", t, d)] + ([("ES", _loc(o, l), "")] if o or l else [])
    elif style == "title_org_inline":          # Title, Org, Town (dates)
        it = [("EH", ", ".join(x for x in (t, o, l) if x) + f" ({d})", "")]
    elif style == "org_title":
        it = [("EH", _loc(o, l), d), ("ES", t, "")]
    elif style == "dateline":
        it = [("EH", t, "")] + ([("ES", _loc(o, l), "")] if o else []) + [("ES", d, "")]
    elif style == "dash":
        it = [("EH", f"{t} – {_loc(o, l)}" if o else t, d)]
    elif style == "pipe":
        it = [("EH", " | ".join(x for x in (t, o, l) if x), d)]
    elif style == "datefirst":
        it = [("EH", d, ""), ("ES", t, ""), ("ES", _loc(o, l), "")]
    elif style == "kv":
        it = [("ES", "Organisation: " + _loc(o, l), ""), ("ES", "Designation: " + t, ""),
              ("ES", "Duration: " + d, "")]
    elif style == "sentence":
        it = [("EH", f"{d}", ""), ("P", f"Worked as {t} with {_loc(o, l)}." if o else f"{t}.")]
    else:
        raise ValueError(style)
    if e.lab:
        it.append(("EL", e.lab))
    if e.prose and e.bullets:
        it.append(("EP", " ".join(e.bullets)))
    else:
        it += [("EB", b) for b in e.bullets]
    return it


def flatten(blocks, default_style):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(("H", b[1]))
        elif k == "p":
            out.append(("P", b[1]))
        elif k == "ul":
            out += [("B", x) for x in b[1]]
        elif k == "kv":
            out += [("KV", a, v) for a, v in b[1]]
        elif k == "E":
            style = b[2] if len(b) > 2 else default_style
            if style == "orgfirst":
                prev = object()
                for e in b[1]:
                    if e.org != prev:
                        out.append(("EH", _loc(e.org, e.loc), ""))
                        prev = e.org
                    out.append(("ES", e.title, e.dates))
                    if e.lab:
                        out.append(("EL", e.lab))
                    if e.prose and e.bullets:
                        out.append(("EP", " ".join(e.bullets)))
                    else:
                        out += [("EB", x) for x in e.bullets]
            else:
                for e in b[1]:
                    out += entry_items(e, style)
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    if r.get("font") == "helv":
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    else:
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        F, FB, FI = "DV", "DVB", "DVI"
    size = LETTER if r.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r["name"] + " CV")
    page = r.get("page", "plain")
    bul = r.get("bullet", "•")
    fs = r.get("fs", 9.5)
    st = {"page": 1}

    def footer():
        if page == "twopage":
            c.setFont(F, 7.5)
            c.drawCentredString(W / 2, 28, f"{r['name']}  |  Curriculum Vitae  |  Page {st['page']}")

    if page == "sidebar":
        sx0, sx1, x0, x1 = 0, 175, 195, W - 40
    else:
        x0, x1 = 50, W - 50
    y = H - 55

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        st["page"] += 1
        y = H - 55

    def need(h):
        if y - h < 50:
            newpage()

    def para(text, font, sz, x, w, lead=None):
        nonlocal y
        lead = lead or sz * 1.3
        for ln in simpleSplit(text, font, sz, w):
            need(lead)
            c.setFont(font, sz)
            c.drawString(x, y, ln)
            y -= lead

    # header
    if page == "sidebar":
        c.setFillColorRGB(*r.get("side_rgb", (0.88, 0.91, 0.95)))
        c.rect(0, 0, 175, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 55
        c.setFont(FB, 15)
        for ln in simpleSplit(r["name"], FB, 15, 150):
            c.drawString(14, sy, ln); sy -= 18
        sy -= 4
        for ln in r["contact"]:
            for l2 in simpleSplit(ln, F, 8, 150):
                c.setFont(F, 8); c.drawString(14, sy, l2); sy -= 10.5
        for it in flatten(r.get("side", []), "title_org"):
            if it[0] == "H":
                sy -= 8; c.setFont(FB, 9.5); c.drawString(14, sy, it[1].upper()); sy -= 13
            else:
                txt = {"P": lambda: it[1], "B": lambda: bul + " " + it[1],
                       "KV": lambda: f"{it[1]}: {it[2]}"}[it[0]]()
                for l2 in simpleSplit(txt, F, 8, 150):
                    c.setFont(F, 8); c.drawString(14, sy, l2); sy -= 10.5
    elif page == "twocol":
        c.setFont(FB, 18); c.drawString(x0, y, r["name"])
        if r.get("tagline"):
            c.setFont(FI, 10); c.drawString(x0, y - 16, r["tagline"])
        yy = y + 4
        for ln in r["contact"]:
            c.setFont(F, 8.5); c.drawRightString(x1, yy, ln); yy -= 11
        y = min(y - 30, yy - 6)
        c.line(x0, y + 8, x1, y + 8)
        y -= 8
    else:
        if r.get("centre", True):
            c.setFont(FB, 17); c.drawCentredString(W / 2, y, r["name"]); y -= 16
            for ln in r["contact"]:
                c.setFont(F, 8.5); c.drawCentredString(W / 2, y, ln); y -= 11
        else:
            c.setFont(FB, 16); c.drawString(x0, y, r["name"]); y -= 15
            for ln in r["contact"]:
                c.setFont(F, 8.5); c.drawString(x0, y, ln); y -= 11
        y -= 6
    w = x1 - x0
    for it in flatten(r["blocks"], r["style"]):
        k = it[0]
        if k == "H":
            need(40)
            y -= 7
            c.setFont(FB, 10.5)
            c.drawString(x0, y, it[1] if r.get("mixedcase") else it[1].upper())
            c.setLineWidth(0.5); c.line(x0, y - 3, x1, y - 3)
            y -= 16
        elif k in ("EH", "ES"):
            font = FB if k == "EH" else FI
            need(28 if k == "EH" else 14)
            if k == "EH":
                y -= 2
            right = it[2]
            rw = c.stringWidth(right, F, fs) + 10 if right else 0
            lines = simpleSplit(it[1], font, fs, w - rw)
            for i, ln in enumerate(lines):
                c.setFont(font, fs); c.drawString(x0, y, ln)
                if i == 0 and right:
                    c.setFont(F, fs); c.drawRightString(x1, y, right)
                y -= fs * 1.35
        elif k == "EL":
            para(it[1], FB, fs - 0.5, x0, w)
        elif k in ("EB", "B"):
            lines = simpleSplit(it[1], F, fs, w - 14)
            need(fs * 1.3)
            c.setFont(F, fs); c.drawString(x0 + 3, y, bul)
            for ln in lines:
                need(fs * 1.3)
                c.setFont(F, fs); c.drawString(x0 + 14, y, ln); y -= fs * 1.3
        elif k in ("P", "EP"):
            para(it[1], F, fs, x0, w); y -= 2
        elif k == "KV":
            para(f"{it[1]}: {it[2]}", F, fs, x0, w)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    page = r.get("page", "left")
    name = r["name"]

    class P(FPDF):
        def footer(self):
            if page == "twopage":
                self.set_y(-14)
                self.set_font("DV", "I", 7.5)
                self.cell(0, 6, f"{name} - CV - page {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_author(name)
    pdf.set_title(name)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = r.get("fs", 9.5)
    bul = r.get("bullet", "•")
    epw = pdf.epw
    centre = page in ("centred", "twopage")
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 8, name, align="C" if centre else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for ln in r["contact"]:
        pdf.cell(0, 4.6, ln, align="C" if centre else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for it in flatten(r["blocks"], r["style"]):
        k = it[0]
        if k == "H":
            pdf.ln(2.5)
            if pdf.get_y() > 260:
                pdf.add_page()
            pdf.set_font("DV", "B", 10.5)
            if r.get("shade"):
                pdf.set_fill_color(225, 225, 225)
                pdf.cell(0, 6.5, it[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 6.5, it[1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k in ("EH", "ES"):
            pdf.set_font("DV", "B" if k == "EH" else "I", fs)
            if k == "EH":
                pdf.ln(1)
            right = it[2]
            if right and pdf.get_string_width(it[1]) < epw * 0.66:
                pdf.cell(epw * 0.68, 5, it[1])
                pdf.set_font("DV", "", fs)
                pdf.cell(epw * 0.32, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(epw, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                if right:
                    pdf.set_font("DV", "", fs)
                    pdf.cell(epw, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "EL":
            pdf.set_font("DV", "B", fs - 0.5)
            pdf.multi_cell(epw, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("EB", "B"):
            pdf.set_font("DV", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(5, 4.8, bul)
            pdf.multi_cell(epw - 7, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("P", "EP"):
            pdf.set_font("DV", "", fs)
            pdf.multi_cell(epw, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif k == "KV":
            pdf.set_font("DV", "", fs)
            pdf.multi_cell(epw, 4.8, f"{it[1]}: {it[2]}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    lay = r.get("page", "styles")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = r.get("docfont", "Calibri")
    normal.font.size = Pt(10.5)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    cp = doc.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "CV"
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 1
    bul = r.get("bullet")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}"); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    def emit(container, items, width, use_styles=True):
        def P(text="", style=None):
            p = container.add_paragraph(style=style) if style else container.add_paragraph()
            if text:
                p.add_run(text)
            p.paragraph_format.space_after = Pt(2)
            return p
        for it in items:
            k = it[0]
            if k == "H":
                if use_styles and lay in ("styles", "header"):
                    container.add_paragraph(it[1], style="Heading 1")
                else:
                    p = P(); run = p.add_run(it[1].upper() if r.get("capsheads") else it[1])
                    run.bold = True; run.font.size = Pt(11.5)
                    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                    p.paragraph_format.space_before = Pt(8)
            elif k in ("EH", "ES"):
                if lay == "table" and k == "EH" and it[2]:
                    t = container.add_table(rows=1, cols=2)
                    noborders(t)
                    a, b = t.rows[0].cells
                    a.width = int(width * 0.7); b.width = int(width * 0.3)
                    ra = a.paragraphs[0].add_run(it[1]); ra.bold = True
                    pb = b.paragraphs[0]; pb.add_run(it[2]); pb.alignment = 2
                    continue
                if k == "EH" and use_styles and lay == "styles" and r.get("h2titles"):
                    p = container.add_paragraph(style="Heading 2"); p.add_run(it[1])
                else:
                    p = P(); run = p.add_run(it[1]); run.bold = k == "EH"; run.italic = k == "ES"
                if it[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + it[2])
            elif k == "EL":
                p = P(); run = p.add_run(it[1]); run.bold = True; run.underline = True
            elif k in ("EB", "B"):
                if bul:
                    P(bul + " " + it[1])
                else:
                    P(it[1], style="List Bullet")
            elif k in ("P", "EP"):
                P(it[1])
            elif k == "KV":
                p = P(); a = p.add_run(it[1] + ":\t"); a.bold = True; p.add_run(it[2])
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))

    items = flatten(r["blocks"], r["style"])
    if lay == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"]); run.bold = True; run.font.size = Pt(15)
        for ln in r["contact"]:
            sec.header.add_paragraph(ln)
        emit(doc, items, text_w)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        a, b = t.rows[0].cells
        a.width = Cm(5.2); b.width = text_w - Cm(5.2)
        shade(a, r.get("side_hex", "DCE6F0"))
        ra = a.paragraphs[0].add_run(r["name"]); ra.bold = True; ra.font.size = Pt(14)
        for ln in r["contact"]:
            a.add_paragraph(ln)
        emit(a, flatten(r.get("side", []), "title_org"), Cm(5), use_styles=False)
        b.paragraphs[0].add_run("")
        emit(b, items, text_w - Cm(5.4), use_styles=False)
    else:
        if lay == "styles":
            doc.add_paragraph(r["name"], style="Title")
        else:
            p = doc.add_paragraph(); run = p.add_run(r["name"]); run.bold = True; run.font.size = Pt(16)
        for ln in r["contact"]:
            doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
        emit(doc, items, text_w)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text, md, html
def render_txt(r, path):
    bul = r.get("bullet", "-")
    head = r.get("txthead", "caps")
    sep = r.get("sep", "    ")
    L = [r["name"].upper() if r.get("capsname") else r["name"]] + list(r["contact"]) + [""]
    for it in flatten(r["blocks"], r["style"]):
        k = it[0]
        if k == "H":
            if head == "caps":
                L += ["", it[1].upper()]
            elif head == "under":
                L += ["", it[1], "=" * len(it[1])]
            elif head == "dashes":
                L += ["", "-" * 60, it[1].upper(), "-" * 60]
            else:
                L += ["", it[1] + ":"]
        elif k in ("EH", "ES"):
            if k == "EH" and head != "colon":
                L.append("")
            L.append(it[1] + (sep + it[2] if it[2] else ""))
        elif k == "EL":
            L.append(it[1])
        elif k in ("EB", "B"):
            L.append(f"{bul} {it[1]}")
        elif k in ("P", "EP"):
            L.append(it[1])
        elif k == "KV":
            L.append(f"{it[1]:<22}: {it[2]}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    eh = r.get("md_eh", "###")
    for it in flatten(r["blocks"], r["style"]):
        k = it[0]
        if k == "H":
            L += ["", f"## {it[1]}", ""]
        elif k == "EH":
            if eh == "bold":
                L += ["", f"**{it[1]}**" + (f" — *{it[2]}*" if it[2] else "") + "  "]
            else:
                L += ["", f"{eh} {it[1]}" + (f" ({it[2]})" if it[2] else ""), ""]
        elif k == "ES":
            L.append(f"*{it[1]}*" + (f" | {it[2]}" if it[2] else "") + "  ")
        elif k == "EL":
            L += ["", f"**{it[1]}**", ""]
        elif k in ("EB", "B"):
            L.append(f"{r.get('bullet', '-')} {it[1]}")
        elif k in ("P", "EP"):
            L += ["", it[1], ""]
        elif k == "KV":
            L.append(f"- **{it[1]}:** {it[2]}")
    out = "\n".join(L)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(out.strip() + "\n")


def render_html(r, path):
    e = htmlmod.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:800px;margin:auto;font-size:14px}"
                       "h2{border-bottom:1px solid #777;font-size:16px}.d{float:right}.s{font-style:italic}")
    L = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{e(r['name'])} - CV</title>",
         f"<style>{css}</style></head><body>", f"<h1>{e(r['name'])}</h1>",
         "<p>" + "<br>".join(e(x) for x in r["contact"]) + "</p>"]
    inlist = False
    for it in flatten(r["blocks"], r["style"]):
        k = it[0]
        if k in ("EB", "B"):
            if not inlist:
                L.append("<ul>"); inlist = True
            L.append(f"<li>{e(it[1])}</li>")
            continue
        if inlist:
            L.append("</ul>"); inlist = False
        if k == "H":
            L.append(f"<h2>{e(it[1])}</h2>")
        elif k == "EH":
            L.append(f"<p><b>{e(it[1])}</b>" + (f"<span class=\"d\">{e(it[2])}</span>" if it[2] else "") + "</p>")
        elif k == "ES":
            L.append(f"<p class=\"s\">{e(it[1])}" + (f" &ndash; {e(it[2])}" if it[2] else "") + "</p>")
        elif k == "EL":
            L.append(f"<p><u>{e(it[1])}</u></p>")
        elif k in ("P", "EP"):
            L.append(f"<p>{e(it[1])}</p>")
        elif k == "KV":
            L.append(f"<p><b>{e(it[1])}:</b> {e(it[2])}</p>")
    if inlist:
        L.append("</ul>")
    L.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
          "html": render_html}
