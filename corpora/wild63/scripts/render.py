"""Renderers for wild63: text, Markdown, HTML, reportlab canvas, fpdf2, python-docx."""
import datetime, html, io, os, zipfile
from lib import dates

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 10, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def orgloc(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def blocks(r):
    """Logical blocks: ('h',s) ('job',left,right) ('role',left,right) ('sub',s) ('bullet',s) ('para',s)."""
    out = []
    st, pr, sep = r.get("style", "mon"), r.get("present", "Present"), r.get("sep", " – ")
    hdr = r.get("hdr", "title_org")
    if r.get("summary"):
        out += [("h", r.get("summary_h", "Profile")), ("para", r["summary"])]
    for h, lines in r.get("pre", []):
        out.append(("h", h))
        out += [("bullet" if r.get("extra_bullets", True) else "para", x) for x in lines]
    for heading, ents in r["sections"]:
        out.append(("h", heading))
        prev = object()
        for e in ents:
            d = dates(e, st, pr, sep) or None
            ol = orgloc(e)
            if hdr == "title_org":
                out.append(("job", e.title, d))
                if ol:
                    out.append(("sub", ol))
            elif hdr == "org_title":
                out.append(("job", ol or e.title, d))
                if ol:
                    out.append(("sub", e.title))
            elif hdr == "dash":
                out.append(("job", e.title + (r.get("dash", " – ") + ol if ol else ""), d))
            elif hdr == "pipe":
                out.append(("job", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
            elif hdr == "dateline":
                out.append(("job", e.title, None))
                if ol:
                    out.append(("sub", ol))
                if d:
                    out.append(("sub", d))
            elif hdr == "orgfirst":
                if e.org != prev:
                    out.append(("job", ol or "", None))
                prev = e.org
                out.append(("role", e.title, d))
            elif hdr == "inline":
                out.append(("job", ", ".join(x for x in (e.title, ol, d) if x), None))
            elif hdr == "labelled":
                out.append(("job", f"{r.get('lab_org', 'Company')} : {e.org or ''}", None))
                out.append(("sub", f"Designation : {e.title}"))
                if d:
                    out.append(("sub", f"Duration : {d}"))
                if e.loc:
                    out.append(("sub", f"Location : {e.loc}"))
            elif hdr == "datefirst":
                if r.get("r") == "txt":
                    out.append(("gap",))
                if d:
                    out.append(("sub", d))
                out.append(("job", e.title, None))
                if ol:
                    out.append(("sub", ol))
            for b in e.bullets:
                out.append(("bullet", b))
            if e.prose:
                out.append(("para", e.prose))
    for h, lines in r.get("post", []):
        out.append(("h", h))
        out += [("bullet" if r.get("extra_bullets", True) else "para", x) for x in lines]
    return out


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    bc = r.get("bc", "-")
    hs = r.get("th", "caps")
    L = [r["name"].upper() if r.get("name_caps", True) else r["name"]]
    L += r["contact"]
    for b in blocks(r):
        t = b[0]
        if t == "gap":
            L.append("")
            continue
        if t == "h":
            L.append("")
            if hs == "caps":
                L.append(b[1].upper())
            elif hs == "underline":
                L += [b[1], "=" * len(b[1])]
            elif hs == "dashes":
                L.append(f"--- {b[1].upper()} ---")
            else:
                L.append(b[1] + ":")
        elif t in ("job", "role"):
            if t == "job" and r.get("blank_before_job", True):
                L.append("")
            left, right = b[1], b[2]
            if right and r.get("rjust"):
                L.append(left + " " * max(3, 76 - len(left) - len(right)) + right)
            elif right:
                L.append(left + r.get("txtgap", "    ") + right)
            else:
                L.append(left)
        elif t == "sub":
            L.append(b[1])
        elif t == "bullet":
            L.append(f"{bc} {b[1]}" if bc else b[1])
        else:
            L.append(b[1])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).strip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    mode = r.get("mdjob", "h3")
    for b in blocks(r):
        t = b[0]
        if t == "h":
            L += ["", f"## {b[1]}", ""]
        elif t == "job":
            if mode == "h3":
                L += ["", f"### {b[1]}"]
                if b[2]:
                    L.append(f"*{b[2]}*  ")
            else:
                L += ["", f"**{b[1]}**" + (f" — {b[2]}" if b[2] else "") + "  "]
        elif t == "role":
            L.append(f"**{b[1]}**" + (f" ({b[2]})" if b[2] else "") + "  ")
        elif t == "sub":
            L.append(f"{b[1]}  ")
        elif t == "bullet":
            L.append(f"{r.get('bc', '-')} {b[1]}")
        else:
            L += ["", b[1], ""]
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


def render_html(r, path):
    E = html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;color:#555}.sub{font-style:italic;margin:0}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{E(r['name'])} – CV</title>", f"<style>{css}</style></head><body>",
         f"<header><h1>{E(r['name'])}</h1><p>{'<br>'.join(E(c) for c in r['contact'])}</p></header>"]
    inlist = False
    for b in blocks(r):
        t = b[0]
        if t == "gap":
            continue
        if t != "bullet" and inlist:
            H.append("</ul>")
            inlist = False
        if t == "h":
            H.append(f"<h2>{E(b[1])}</h2>")
        elif t in ("job", "role"):
            tag = "h3" if t == "job" else "h4"
            d = f"<span class=\"d\">{E(b[2])}</span>" if b[2] else ""
            H.append(f"<{tag}>{d}{E(b[1])}</{tag}>")
        elif t == "sub":
            H.append(f"<p class=\"sub\">{E(b[1])}</p>")
        elif t == "bullet":
            if not inlist:
                H.append("<ul>")
                inlist = True
            H.append(f"<li>{E(b[1])}</li>")
        else:
            H.append(f"<p>{E(b[1])}</p>")
    if inlist:
        H.append("</ul>")
    H.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    size = letter if r.get("page") == "letter" else A4
    W, Hh = size
    if r.get("font") == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
        F, FB, FI = "DV", "DVB", "DVI"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    fs = r.get("fs", 10)
    lead = fs * 1.35
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=page[0]))

    x0, x1 = 54, W - 54
    y = Hh - 60
    if lay == "sidebar":
        sw = 175
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - 60
        c.setFont(FB, 15)
        for ln in simpleSplit(r["name"], FB, 15, sw - 40):
            c.drawString(22, sy, ln)
            sy -= 19
        sy -= 6
        c.setFont(F, 8.5)
        for ln in r["contact"]:
            for l2 in simpleSplit(ln, F, 8.5, sw - 40):
                c.drawString(22, sy, l2)
                sy -= 11.5
        for h, lines in r.get("side", []):
            sy -= 10
            c.setFont(FB, 9.5)
            c.drawString(22, sy, h.upper())
            sy -= 13
            c.setFont(F, 8.5)
            for ln in lines:
                for l2 in simpleSplit(ln, F, 8.5, sw - 40):
                    c.drawString(22, sy, l2)
                    sy -= 11
        x0 = sw + 25
    elif lay == "twocol":
        c.setFont(FB, 20)
        c.drawString(x0, y, r["name"])
        c.setFont(F, 9)
        yy = y + 8
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11.5
        y = min(y, yy) - 14
        c.line(x0, y + 6, x1, y + 6)
        y -= 12
    else:
        if r.get("centre", True):
            c.setFont(FB, 17)
            c.drawCentredString(W / 2, y, r["name"])
            y -= 18
            c.setFont(F, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(r["contact"]))
        else:
            c.setFont(FB, 17)
            c.drawString(x0, y, r["name"])
            y -= 16
            c.setFont(F, 9)
            for ln in r["contact"]:
                c.drawString(x0, y, ln)
                y -= 11.5
        y -= 22
    bc = r.get("bc", "•")

    def need(h):
        nonlocal y
        if y - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            y = Hh - 60

    for b in blocks(r):
        t = b[0]
        if t == "h":
            if r.get("break_before") == b[1]:
                need(10 ** 6)
            need(40)
            y -= 6
            c.setFont(FB, fs + 1.5)
            c.drawString(x0, y, b[1].upper() if r.get("hcaps", True) else b[1])
            c.setLineWidth(0.5)
            c.line(x0, y - 3, x1, y - 3)
            y -= lead + 4
        elif t in ("job", "role"):
            need(30)
            if t == "job":
                y -= 3
            fnt = FB if t == "job" else FI
            c.setFont(fnt, fs)
            right = b[2]
            wmax = x1 - x0 - (c.stringWidth(right, F, fs) + 10 if right else 0)
            lines = simpleSplit(b[1], fnt, fs, wmax)
            for i, ln in enumerate(lines):
                c.setFont(fnt, fs)
                c.drawString(x0, y, ln)
                if i == 0 and right:
                    c.setFont(F, fs)
                    c.drawRightString(x1, y, right)
                y -= lead
        elif t == "sub":
            need(14)
            c.setFont(FI, fs)
            for ln in simpleSplit(b[1], FI, fs, x1 - x0):
                c.drawString(x0, y, ln)
                y -= lead
        elif t == "bullet":
            lines = simpleSplit(b[1], F, fs, x1 - x0 - 14)
            need(lead * len(lines))
            c.setFont(F, fs)
            c.drawString(x0 + 3, y, bc)
            for ln in lines:
                c.drawString(x0 + 14, y, ln)
                y -= lead
        else:
            lines = simpleSplit(b[1], F, fs, x1 - x0)
            need(lead * len(lines))
            c.setFont(F, fs)
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= lead
            y -= 3
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
                self.set_font("dv", "", 8)
                self.cell(0, 8, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format=r.get("page", "A4"))
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - CV")
    pdf.set_author(r["name"])
    pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = r.get("fs", 10)
    lh = fs * 0.5
    lay = r.get("layout", "left")
    pdf.set_font("dv", "B", 18)
    if lay == "centred":
        pdf.cell(0, 9, r["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        pdf.cell(0, 5, "  •  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for ln in r["contact"]:
            pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bc = r.get("bc", "•")
    for b in blocks(r):
        t = b[0]
        if t == "h":
            if r.get("break_before") == b[1]:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*r.get("hcolor", (20, 40, 90)))
            pdf.cell(0, 7, b[1].upper() if r.get("hcaps", True) else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif t in ("job", "role"):
            if t == "job":
                pdf.ln(1)
            pdf.set_font("dv", "B" if t == "job" else "I", fs)
            right = b[2]
            if right:
                y = pdf.get_y()
                wd = pdf.w - pdf.l_margin - pdf.r_margin
                rw = pdf.get_string_width(right) + 4
                pdf.multi_cell(wd - rw, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                pdf.set_font("dv", "", fs)
                pdf.cell(rw, lh + 0.5, right, align="R")
                pdf.set_xy(pdf.l_margin, y2)
            else:
                pdf.multi_cell(0, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "sub":
            pdf.set_font("dv", "I", fs)
            pdf.multi_cell(0, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "bullet":
            pdf.set_font("dv", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(5, lh + 0.3, bc)
            pdf.multi_cell(0, lh + 0.3, b[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, lh + 0.3, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


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


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = r.get("dfont", "Calibri")
    st.font.size = Pt(r.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    lay = r.get("layout", "styles")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin
    bstyle = r.get("dbullet", "List Bullet")

    def para(container, text="", bold=False, italic=False, style=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        if lay == "styles" and container is d:
            d.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if r.get("hcaps", True) else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def jobline(container, left, right, bold=True, italic=False, tw=None):
        p = para(container)
        if right and lay != "table":
            p.paragraph_format.tab_stops.add_tab_stop(tw or tabpos, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        return p

    def body(container, tw=None):
        for b in blocks(r):
            t = b[0]
            if t == "h":
                heading(container, b[1])
            elif t in ("job", "role"):
                if lay == "table" and b[2]:
                    tb = container.add_table(rows=1, cols=2)
                    _noborders(tb)
                    tb.cell(0, 0).width = Cm(12)
                    tb.cell(0, 1).width = Cm(5)
                    c0 = tb.cell(0, 0).paragraphs[0]
                    rr = c0.add_run(b[1])
                    rr.bold = True
                    c1 = tb.cell(0, 1).paragraphs[0]
                    c1.add_run(b[2])
                    c1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    jobline(container, b[1], b[2], bold=(t == "job"), italic=(t == "role"), tw=tw)
            elif t == "sub":
                para(container, b[1], italic=True)
            elif t == "bullet":
                if bstyle:
                    para(container, b[1], style=bstyle)
                else:
                    para(container, f"{r.get('bc', '-')} {b[1]}")
            else:
                para(container, b[1])

    if lay == "header":
        hp = sec.header.paragraphs[0]
        rr = hp.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(14)
        for c in r["contact"]:
            sec.header.add_paragraph(c)
        body(d)
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _noborders(t)
        L, R = t.cell(0, 0), t.cell(0, 1)
        L.width, R.width = Cm(5.2), Cm(11.8)
        _shade(L, r.get("shade", "DCE6F0"))
        p = L.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for c in r["contact"]:
            para(L, c, size=9)
        for h, lines in r.get("side", []):
            para(L, h.upper(), bold=True).paragraph_format.space_before = Pt(8)
            for ln in lines:
                para(L, ln, size=9)
        R.paragraphs[0].add_run("")
        body(R, tw=Cm(11.4))
    else:
        p = para(d, r["name"], bold=True, size=18)
        if r.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q = para(d, " | ".join(r["contact"]), size=9)
        if r.get("centre"):
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(d)
    d.save(path)
    _fix_zip(path)


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
          "fpdf": render_fpdf, "docx": render_docx}
