"""Renderers: one résumé dict -> blocks -> file (reportlab, fpdf2, python-docx, txt, md, html)."""
import datetime, html as H, io, zipfile
from lib import E, drange

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def j(*xs):
    return ", ".join(x for x in xs if x)


def entry_blocks(e, r, hdr, prev_org=None):
    d = drange(e, r.get("ds", "mon"), r.get("pw", "Present"), r.get("sep", " – "))
    b = []
    if hdr == "title_org":
        b += [("row", e.title, d), ("sub", j(e.org, e.loc))]
    elif hdr == "org_title":
        b += [("row", j(e.org, e.loc), d), ("sub", e.title)]
    elif hdr == "dash":
        b += [("row", f"{e.title} – {j(e.org, e.loc)}" if (e.org or e.loc) else e.title, d)]
    elif hdr == "pipe":
        b += [("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif hdr == "dateline":
        b += [("row", e.title, ""), ("p", j(e.org, e.loc)), ("sub", d)]
    elif hdr == "datefirst":
        b += [("row", f"{d}:  {e.title}", ""), ("sub", j(e.org, e.loc))]
    elif hdr == "labelled":
        b += [("row", f"Position: {e.title}", "")]
        if e.org:
            b.append(("p", f"Employer: {j(e.org, e.loc)}"))
        b.append(("p", f"Period: {d}"))
    elif hdr == "inline":
        b += [("row", j(e.title, e.org, e.loc, d), "")]
    elif hdr == "orgfirst":
        if e.org != prev_org:
            b.append(("org", e.org or "", e.loc or ""))
        b.append(("row", e.title, d))
    else:
        raise ValueError(hdr)
    if e.bullets:
        if r.get("bul") == "para":
            b.append(("p", " ".join(x if x.endswith(".") else x + "." for x in e.bullets)))
        else:
            b += [("b", x) for x in e.bullets]
    b.append(("gap",))
    return b


def blocks(r):
    """Returns (main, side) block lists."""
    main, side = [], []
    if r.get("name_block", True):
        main.append(("name", r["name"]))
        if r.get("tagline"):
            main.append(("sub", r["tagline"]))
        for c in r.get("contact", []):
            (side if r.get("contact_side") else main).append(("contact", c))
        main.append(("gap",))
    for sec in r["sections"]:
        head, content = sec[0], sec[1]
        opt = sec[2] if len(sec) > 2 else {}
        tgt = side if opt.get("side") else main
        if opt.get("newpage"):
            tgt.append(("page",))
        if head:
            tgt.append(("h", head))
        if isinstance(content, str):
            for para in content.split("\n"):
                tgt.append(("p", para))
            tgt.append(("gap",))
        elif content and isinstance(content[0], E):
            prev = None
            for e in content:
                tgt += entry_blocks(e, r, opt.get("hdr", r.get("hdr", "title_org")), prev)
                prev = e.org
        else:
            for x in content:
                tgt.append(("b", x) if opt.get("bullets", True) else ("p", x))
            tgt.append(("gap",))
    return main, side


def all_entries(r):
    out = []
    for sec in r["sections"]:
        c = sec[1]
        if not isinstance(c, str) and c and isinstance(c[0], E):
            out += c
    return out


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    o = r.get("opts", {})
    W = o.get("width", 78)
    bul = r.get("bul", "-")
    hs = o.get("head", "caps")
    out = []
    main, side = blocks(r)
    for blk in main[:1] + side + main[1:]:
        k = blk[0]
        if k == "name":
            out.append(blk[1].upper() if o.get("name_caps") else blk[1])
        elif k in ("contact", "p", "sub"):
            out.append(blk[1])
        elif k == "h":
            if out and out[-1] != "":
                out.append("")
            if hs == "caps":
                out.append(blk[1].upper())
            elif hs == "underline":
                out += [blk[1], "-" * len(blk[1])]
            elif hs == "equals":
                out += [blk[1].upper(), "=" * len(blk[1])]
            elif hs == "colon":
                out.append(blk[1] + ":")
            else:
                out.append(blk[1])
        elif k in ("row", "org"):
            left, right = blk[1], blk[2]
            if k == "org" and o.get("org_caps"):
                left = left.upper()
            if not right:
                out.append(left)
            elif o.get("row") == "pipe":
                out.append(f"{left} | {right}")
            elif o.get("row") == "paren":
                out.append(f"{left} ({right})")
            elif o.get("row") == "comma":
                out.append(f"{left}, {right}")
            else:
                pad = max(2, W - len(left) - len(right))
                out.append(left + " " * pad + right)
        elif k == "b":
            out.append(f"{bul} {blk[1]}" if bul not in ("none", "para") else blk[1])
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render_md(r, path):
    o = r.get("opts", {})
    out = []
    main, side = blocks(r)
    inlist = False
    for blk in main[:1] + side + main[1:]:
        k = blk[0]
        if k != "b" and inlist:
            out.append("")
            inlist = False
        if k == "name":
            out += [f"# {blk[1]}", ""]
        elif k == "contact":
            out.append(blk[1] + "  ")
        elif k == "h":
            out += ["", f"## {blk[1]}", ""]
        elif k == "p":
            out += [blk[1], ""]
        elif k == "sub":
            out += [f"*{blk[1]}*", ""]
        elif k == "org":
            out += [f"### {blk[1]}" + (f" — {blk[2]}" if blk[2] else ""), ""]
        elif k == "row":
            if o.get("row") == "h3":
                out.append(f"### {blk[1]}")
                if blk[2]:
                    out += ["", f"_{blk[2]}_"]
                out.append("")
            else:
                out += [f"**{blk[1]}**" + (f" — {blk[2]}" if blk[2] else ""), ""]
        elif k == "b":
            out.append(f"{r.get('bul', '-')} {blk[1]}")
            inlist = True
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip() + "\n")


def _html_blocks(bl, o):
    out, inlist = [], False
    for blk in bl:
        k = blk[0]
        if k != "b" and inlist:
            out.append("</ul>")
            inlist = False
        t = [H.escape(x) for x in blk[1:]]
        if k == "name":
            out.append(f"<h1>{t[0]}</h1>")
        elif k == "contact":
            out.append(f'<div class="contact">{t[0]}</div>')
        elif k == "h":
            out.append(f"<h2>{t[0]}</h2>")
        elif k == "p":
            out.append(f"<p>{t[0]}</p>")
        elif k == "sub":
            out.append(f"<p><em>{t[0]}</em></p>")
        elif k == "org":
            out.append(f"<h3>{t[0]}" + (f" <small>{t[1]}</small>" if t[1] else "") + "</h3>")
        elif k == "row":
            if o.get("row") == "table":
                out.append(f'<table class="job"><tr><td><strong>{t[0]}</strong></td><td class="d">{t[1]}</td></tr></table>')
            else:
                out.append(f'<div class="row"><strong>{t[0]}</strong>' + (f' <span class="d">{t[1]}</span>' if t[1] else "") + "</div>")
        elif k == "b":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{t[0]}</li>")
    if inlist:
        out.append("</ul>")
    return out


def render_html(r, path):
    o = r.get("opts", {})
    main, side = blocks(r)
    css = o.get("css", "body{font-family:Arial,sans-serif;max-width:800px;margin:auto} .d{float:right;color:#555}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{H.escape(r['name'])} – Resume</title>", f"<style>{css}</style>", "</head>", "<body>"]
    if side:
        out.append('<table class="layout"><tr><td class="side" valign="top">')
        out += _html_blocks(side, o)
        out.append('</td><td class="main" valign="top">')
        out += _html_blocks(main, o)
        out.append("</td></tr></table>")
    else:
        out += _html_blocks(main, o)
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit
    o = r.get("opts", {})
    size = A4 if o.get("a4") else letter
    PW, PH = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " Resume")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    fn = o.get("font", "Helvetica")
    fb = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[fn]
    fi = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[fn]
    lay = o.get("layout", "plain")
    main, side = blocks(r)
    M = 54
    page = [1]
    footer = o.get("footer")

    def draw_footer():
        if footer:
            c.setFont(fn, 8)
            c.setFillGray(0.4)
            c.drawCentredString(PW / 2, 28, footer.format(page=page[0], name=r["name"]))
            c.setFillGray(0)

    def sidebar_bg():
        if lay == "sidebar":
            c.setFillColorRGB(*o.get("side_rgb", (0.90, 0.92, 0.95)))
            c.rect(0, 0, 180, PH, stroke=0, fill=1)
            c.setFillGray(0)

    def flow(bl, x0, x1, y, first_page_top):
        for blk in bl:
            k = blk[0]
            w = x1 - x0
            if y < 70 or k == "page":
                draw_footer()
                c.showPage()
                page[0] += 1
                sidebar_bg()
                y = PH - M
            if k == "page":
                continue
            if k == "name":
                c.setFont(fb, 20)
                if lay in ("centred",):
                    c.drawCentredString(PW / 2, y, blk[1])
                else:
                    c.drawString(x0, y, blk[1])
                y -= 18
            elif k == "contact":
                c.setFont(fn, 9)
                if lay == "centred":
                    c.drawCentredString(PW / 2, y, blk[1])
                    y -= 11
                elif lay == "twocol" and bl is main:
                    # contact lines stacked at the right edge, beside the name
                    idx = [b for b in bl if b[0] == "contact"].index(blk)
                    c.drawRightString(x1, first_page_top - idx * 11, blk[1])
                    continue
                else:
                    for ln in simpleSplit(blk[1], fn, 9, w):
                        c.drawString(x0, y, ln)
                        y -= 11
            elif k == "h":
                y -= 4
                c.setFont(fb, 11)
                c.drawString(x0, y, blk[1].upper() if o.get("caps_heads", True) else blk[1])
                if o.get("rule", True):
                    c.setLineWidth(0.5)
                    c.line(x0, y - 3, x1, y - 3)
                y -= 16
            elif k in ("row", "org"):
                c.setFont(fb, 10.5 if k == "org" else 10)
                rw = c.stringWidth(blk[2], fn, 9.5) + 8 if blk[2] else 0
                if k == "org":
                    c.setFont(fb, 10.5)
                lines = simpleSplit(blk[1], fb, 10, w - rw)
                for i, ln in enumerate(lines):
                    c.setFont(fb, 10)
                    c.drawString(x0, y, ln)
                    if i == 0 and blk[2]:
                        c.setFont(fi if k == "org" else fn, 9.5)
                        c.drawRightString(x1, y, blk[2])
                    y -= 12.5
            elif k == "sub":
                c.setFont(fi, 9.5)
                for ln in simpleSplit(blk[1], fi, 9.5, w):
                    c.drawString(x0, y, ln)
                    y -= 12
            elif k == "p":
                c.setFont(fn, 9.5)
                for ln in simpleSplit(blk[1], fn, 9.5, w):
                    c.drawString(x0, y, ln)
                    y -= 12
            elif k == "b":
                c.setFont(fn, 9.5)
                bul = r.get("bul", "•")
                for i, ln in enumerate(simpleSplit(blk[1], fn, 9.5, w - 14)):
                    if i == 0:
                        c.drawString(x0 + 2, y, bul)
                    c.drawString(x0 + 14, y, ln)
                    y -= 12
            elif k == "gap":
                y -= 5
        return y

    sidebar_bg()
    top = PH - M
    if lay == "sidebar":
        flow(side, 22, 165, top, top)
        flow(main, 200, PW - M + 10, top, top)
    else:
        y = flow(main[:1], M, PW - M, top, top)
        if side:
            y = flow(side, M, PW - M, y, top)
        flow(main[1:], M, PW - M, y, top)
    draw_footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    footer = o.get("footer")
    name = r["name"]

    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, footer.format(page=self.page_no(), name=name), align="C")
                self.set_text_color(0)

    pdf = P(format="A4" if o.get("a4", True) else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(name + " CV")
    pdf.set_author(name)
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    lay = o.get("layout", "left")
    main, side = blocks(r)
    acc = o.get("accent", (30, 60, 110))

    def flow(bl, x0, w):
        for blk in bl:
            k = blk[0]
            pdf.set_x(x0)
            if k == "page":
                pdf.add_page()
                continue
            if k == "name":
                pdf.set_font("dv", "B", 18)
                pdf.set_text_color(*acc)
                pdf.cell(w, 9, blk[1], align="C" if lay == "centred" else "L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
            elif k == "contact":
                pdf.set_font("dv", "", 8.5)
                pdf.multi_cell(w, 4.5, blk[1], align="C" if lay == "centred" else "L", new_x="LMARGIN", new_y="NEXT")
            elif k == "h":
                pdf.ln(1.5)
                pdf.set_x(x0)
                pdf.set_font("dv", "B", 10.5)
                pdf.set_text_color(*acc)
                pdf.cell(w, 6, blk[1].upper() if o.get("caps_heads", True) else blk[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
                if o.get("rule", True):
                    yy = pdf.get_y()
                    pdf.set_draw_color(*acc)
                    pdf.line(x0, yy, x0 + w, yy)
                pdf.ln(1.5)
            elif k in ("row", "org"):
                pdf.set_font("dv", "", 8.5)
                rw = pdf.get_string_width(blk[2]) + 3 if blk[2] else 0
                pdf.set_font("dv", "B", 9.5)
                y0 = pdf.get_y()
                pdf.multi_cell(w - rw, 5, blk[1], new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                if blk[2]:
                    pdf.set_xy(x0 + w - rw, y0)
                    pdf.set_font("dv", "I" if k == "org" else "", 8.5)
                    pdf.cell(rw, 5, blk[2], align="R")
                    pdf.set_xy(x0, max(y1, y0 + 5))
            elif k == "sub":
                pdf.set_font("dv", "I", 8.8)
                pdf.multi_cell(w, 4.6, blk[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "p":
                pdf.set_font("dv", "", 8.8)
                pdf.multi_cell(w, 4.6, blk[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "b":
                pdf.set_font("dv", "", 8.8)
                pdf.cell(4, 4.6, r.get("bul", "•"))
                pdf.multi_cell(w - 4, 4.6, blk[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "gap":
                pdf.ln(1.8)

    if lay == "sidebar":
        pdf.set_fill_color(*o.get("side_rgb", (232, 238, 244)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_left_margin(6)
        pdf.set_y(14)
        flow(side, 6, 52)
        pdf.set_left_margin(70)
        pdf.set_y(14)
        flow(main, 70, 124)
    else:
        flow(main[:1], 16, 178)
        flow(side, 16, 178)
        flow(main[1:], 16, 178)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _fix_zip(path):
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    o = r.get("opts", {})
    lay = o.get("layout", "styles")
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "Resume"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    main, side = blocks(r)
    if lay == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        for cl in r.get("contact", []):
            sec.header.add_paragraph(cl)
        main = [b for b in main if b[0] not in ("name", "contact")]
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"].format(page=1, name=r["name"])

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexfill)
        tcPr.append(s)

    def flow(bl, cont, width):
        add = cont.add_paragraph
        pending_bul = "List Bullet" if o.get("list_bullets", lay in ("styles", "header", "tabs")) else None
        for blk in bl:
            k = blk[0]
            if k == "name":
                p = add()
                rr = p.add_run(blk[1])
                rr.bold = True
                rr.font.size = Pt(20)
                if o.get("centre_name"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "contact":
                p = add(blk[1])
                if o.get("centre_name"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "h":
                if (lay == "styles" or o.get("heading_styles")) and cont is d:
                    d.add_paragraph(blk[1], style=o.get("hstyle", "Heading 1"))
                else:
                    p = add()
                    rr = p.add_run(blk[1].upper() if o.get("caps_heads", True) else blk[1])
                    rr.bold = True
                    rr.font.size = Pt(12)
                    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            elif k in ("row", "org"):
                if lay == "table" and cont is d and k == "row":
                    t = d.add_table(rows=1, cols=2)
                    t.autofit = False
                    c0, c1 = t.rows[0].cells
                    c0.width = int(textw * 0.7)
                    c1.width = int(textw * 0.3)
                    c0.paragraphs[0].add_run(blk[1]).bold = True
                    c1.paragraphs[0].text = blk[2]
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    continue
                p = add()
                rr = p.add_run(blk[1])
                rr.bold = True
                if k == "org":
                    rr.font.size = Pt(11.5)
                if blk[2]:
                    if lay in ("tabs", "header", "styles", "sidebar", "table"):
                        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + blk[2])
                    else:
                        p.add_run("   " + blk[2])
            elif k == "sub":
                p = add()
                p.add_run(blk[1]).italic = True
            elif k == "p":
                add(blk[1])
            elif k == "b":
                if pending_bul and cont is d:
                    add(blk[1], style=pending_bul)
                else:
                    add(f"{r.get('bul', '•')} {blk[1]}")
            elif k == "gap":
                pass

    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        c0, c1 = t.rows[0].cells
        c0.width = int(textw * 0.32)
        c1.width = int(textw * 0.68)
        shade(c0, o.get("side_fill", "DCE6F0"))
        c0.paragraphs[0].text = ""
        c1.paragraphs[0].text = ""
        flow(side, c0, int(textw * 0.30))
        flow(main, c1, int(textw * 0.64))
    else:
        flow(main[:1], d, textw)
        flow(side, d, textw)
        flow(main[1:], d, textw)
    d.save(path)
    _fix_zip(path)


def render(r, path):
    ext = r["file"].rsplit(".", 1)[1]
    rend = r.get("renderer")
    if ext == "pdf":
        (render_fpdf if rend == "fpdf2" else render_reportlab)(r, path)
    elif ext == "docx":
        render_docx(r, path)
    elif ext == "txt":
        render_txt(r, path)
    elif ext == "md":
        render_md(r, path)
    elif ext == "html":
        render_html(r, path)
