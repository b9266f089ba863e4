"""Renderers for wild102: résumé dict -> blocks -> pdf (reportlab / fpdf2), docx, txt, md, html."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def dates(e, r):
    return fmt_range(e, r.get("ds", "mon"), r.get("present", "Present"), r.get("sep", " – "))


def place(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def entry_head(e, r, first_of_org=True):
    h, d = r.get("hdr", "title_org"), dates(e, r)
    org_loc = place(e)
    if h == "title_org":
        return [("L", e.title, d), ("S", org_loc, "")]
    if h == "org_title":
        return [("L", org_loc, d), ("S", e.title, "")]
    if h == "dash":
        return [("L", f"{e.title} – {org_loc}" if org_loc else e.title, d)]
    if h == "pipe":
        return [("L", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    if h == "dateline":
        return [("L", e.title, ""), ("S", org_loc, ""), ("S", d, "")]
    if h == "datesfirst":
        return [("L", f"{d}   {e.title}", ""), ("S", org_loc, "")]
    if h == "labelled":
        out = [("P", f"Designation: {e.title}")]
        if e.org:
            out.append(("P", f"Company: {org_loc}"))
        out.append(("P", f"Duration: {d}"))
        return out
    if h == "inline":
        return [("L", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), "")]
    if h == "orgfirst":
        out = [("L", org_loc, "")] if first_of_org else []
        return out + [("S", e.title, d)]
    raise ValueError(h)


def bullet_blocks(e, r):
    b = r.get("bul", "•")
    if not e.bullets:
        return []
    if b == "para":
        return [("P", " ".join(x if x.endswith(".") else x + "." for x in e.bullets))]
    return [("B", x) for x in e.bullets]


def body_blocks(items, r):
    out = []
    for it in items:
        kind = it[0]
        if kind == "exp":
            _, head, ents = it
            out.append(("H", head))
            prev = object()
            for e in ents:
                out += entry_head(e, r, first_of_org=(e.org != prev))
                prev = e.org
                out += bullet_blocks(e, r)
                out.append(("G",))
        elif kind == "list":
            _, head, lst = it
            out.append(("H", head))
            out += [("B", x) for x in lst] if r.get("listbul", True) else [("P", x) for x in lst]
            out.append(("G",))
        elif kind == "text":
            _, head, txt = it
            if head:
                out.append(("H", head))
            out += [("P", p) for p in txt.split("\n")]
            out.append(("G",))
        elif kind == "pb":
            out.append(("PB",))
    return out


def side_blocks(r):
    out = []
    for head, lst in r.get("side", []):
        out.append(("H", head))
        out += [("P", x) for x in lst]
        out.append(("G",))
    return out


def flat_entries(r):
    return [e for it in r["body"] if it[0] == "exp" for e in it[2]]


def bchar(r):
    b = r.get("bul", "•")
    return "•" if b in ("para", "") else b


# ---------------------------------------------------------------- text-like
def render_txt(r):
    L = [r["name"].upper() if r.get("caps") else r["name"]] + r["contact"] + [""]
    for s in side_blocks(r):
        pass
    gap = r.get("gap", "    ")
    for b in body_blocks(r["body"], r):
        t = b[0]
        if t == "H":
            h = b[1].upper() if r.get("caps") else b[1]
            L += [h] + (["-" * len(h)] if r.get("underline") else [])
        elif t in ("L", "S"):
            L.append(b[1] + (gap + b[2] if b[2] else ""))
        elif t == "B":
            L.append((bchar(r) + " " if r.get("bul") != "" else "") + b[1])
        elif t == "P":
            L.append(b[1])
        elif t == "G":
            L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(r):
    L = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    mode = r.get("md", "h3")
    for b in body_blocks(r["body"], r):
        t = b[0]
        if t == "H":
            L += [f"## {b[1]}", ""]
        elif t == "L":
            if mode == "h3":
                L.append(f"### {b[1]}" + (f" ({b[2]})" if b[2] else ""))
            else:
                L.append(f"**{b[1]}**" + (f" — *{b[2]}*" if b[2] else "") + "  ")
        elif t == "S":
            L.append(f"*{b[1]}*" + (f" — {b[2]}" if b[2] else "") + "  ")
        elif t == "B":
            L.append(f"- {b[1]}")
        elif t == "P":
            L += [b[1], ""]
        elif t == "G":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_html(r):
    esc = htmlmod.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:auto}h2{border-bottom:1px solid #999}.d{float:right;color:#555}")
    o = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} - CV</title><style>{css}</style></head><body>",
         f"<h1>{esc(r['name'])}</h1>", "<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    inul = False
    for b in body_blocks(r["body"], r):
        t = b[0]
        if t != "B" and inul:
            o.append("</ul>")
            inul = False
        if t == "H":
            o.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "L":
            o.append(f"<h3>{esc(b[1])}" + (f" <span class=\"d\">{esc(b[2])}</span>" if b[2] else "") + "</h3>")
        elif t == "S":
            o.append(f"<p><em>{esc(b[1])}</em>" + (f" <span class=\"d\">{esc(b[2])}</span>" if b[2] else "") + "</p>")
        elif t == "B":
            if not inul:
                o.append("<ul>")
                inul = True
            o.append(f"<li>{esc(b[1])}</li>")
        elif t == "P":
            o.append(f"<p>{esc(b[1])}</p>")
    if inul:
        o.append("</ul>")
    o.append("</body></html>")
    return ("\n".join(o) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(r):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor
    size = letter if r.get("paper") == "letter" else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    M = 50
    page = [1]
    acc = HexColor(r.get("accent", "#1f3b5c"))

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(page=page[0]))

    x0, x1 = M, W - M
    y = H - M
    if lay == "sidebar":
        sw = 175
        c.setFillColor(HexColor("#e8edf2"))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        sy = H - M
        for b in [("P", x) for x in r["contact"]] + [("G",)] + side_blocks(r):
            if b[0] == "H":
                c.setFont("Helvetica-Bold", 10)
                c.drawString(20, sy, b[1].upper())
                sy -= 14
            elif b[0] == "P":
                c.setFont("Helvetica", 8.5)
                for ln in simpleSplit(b[1], "Helvetica", 8.5, sw - 35):
                    c.drawString(20, sy, ln)
                    sy -= 11
            elif b[0] == "G":
                sy -= 8
        x0 = sw + 25
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, r["name"])
        y -= 28
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, r["name"])
        if r.get("tagline"):
            c.setFont("Helvetica", 10)
            c.drawString(x0, y - 16, r["tagline"])
        c.setFont("Helvetica", 9)
        cy = y + 4
        for ln in r["contact"]:
            c.drawRightString(x1, cy, ln)
            cy -= 11
        y = min(y - 24, cy) - 10
        c.setStrokeColor(acc)
        c.line(x0, y + 6, x1, y + 6)
        y -= 10
    else:
        centred = r.get("centre", False)
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(W / 2, y, r["name"]) if centred else c.drawString(x0, y, r["name"]))
        y -= 16
        c.setFont("Helvetica", 9.5)
        line = "  |  ".join(r["contact"])
        for ln in simpleSplit(line, "Helvetica", 9.5, x1 - x0):
            (c.drawCentredString(W / 2, y, ln) if centred else c.drawString(x0, y, ln))
            y -= 12
        y -= 8
    fs = r.get("fs", 10)

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = H - M

    bc = bchar(r)
    for b in body_blocks(r["body"], r):
        t = b[0]
        if t == "PB":
            need(10000)
        elif t == "H":
            need(40)
            y -= 4
            c.setFont("Helvetica-Bold", fs + 2)
            c.setFillColor(acc)
            c.drawString(x0, y, b[1].upper() if r.get("caps", True) else b[1])
            c.setFillColor(HexColor("#000000"))
            c.setStrokeColor(acc)
            c.line(x0, y - 4, x1, y - 4)
            y -= fs + 10
        elif t in ("L", "S"):
            need(fs + 6)
            font = "Helvetica-Bold" if t == "L" else "Helvetica-Oblique"
            c.setFont(font, fs)
            for ln in simpleSplit(b[1], font, fs, x1 - x0 - (90 if b[2] else 0)):
                c.drawString(x0, y, ln)
                if b[2]:
                    c.setFont("Helvetica", fs - 0.5)
                    c.drawRightString(x1, y, b[2])
                    c.setFont(font, fs)
                    b = (t, b[1], "")
                y -= fs + 3
        elif t in ("B", "P"):
            ind = 12 if t == "B" else 0
            lines = simpleSplit(b[1], "Helvetica", fs - 0.5, x1 - x0 - ind)
            need(len(lines) * (fs + 2))
            c.setFont("Helvetica", fs - 0.5)
            for i, ln in enumerate(lines):
                if t == "B" and i == 0:
                    c.drawString(x0 + 2, y, bc)
                c.drawString(x0 + ind, y, ln)
                y -= fs + 2
        elif t == "G":
            y -= 6
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.cell(0, 5, foot.format(page=self.page_no()), align="C")

    pdf = P(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - Resume")
    pdf.set_author(r["name"])
    pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    lay = r.get("layout", "left")
    fs = r.get("fs", 10)
    lm = 16
    if lay == "sidebar":
        pdf.set_fill_color(232, 238, 230)
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_xy(8, 16)
        for b in [("P", x) for x in r["contact"]] + [("G",)] + side_blocks(r):
            pdf.set_x(8)
            if b[0] == "H":
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(48, 5, b[1].upper(), new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "P":
                pdf.set_font("dv", "", 8)
                pdf.set_x(8)
                pdf.multi_cell(48, 4, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "G":
                pdf.ln(3)
        lm = 70
        pdf.set_left_margin(lm)
        pdf.set_xy(lm, 16)
        pdf.set_font("dv", "B", 18)
        pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for ln in (r["contact"] if r.get("contact_lines") else [" · ".join(r["contact"])]):
            pdf.multi_cell(0, 5, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    bc = bchar(r)
    for b in body_blocks(r["body"], r):
        t = b[0]
        if t == "PB":
            pdf.add_page()
        elif t == "H":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.cell(0, 7, b[1].upper() if r.get("caps", True) else b[1], border="B",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t in ("L", "S"):
            pdf.set_font("dv", "B" if t == "L" else "I", fs)
            y = pdf.get_y()
            if b[2]:
                pdf.multi_cell(pdf.w - lm - 16 - 42, 5.5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - 16 - 42, y)
                pdf.set_font("dv", "", fs - 1)
                pdf.cell(42, 5.5, b[2], align="R")
                pdf.set_xy(lm, max(y2, y + 5.5))
            else:
                pdf.multi_cell(0, 5.5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif t == "B":
            pdf.set_font("dv", "", fs - 0.5)
            pdf.set_x(lm + 2)
            pdf.cell(4, 5, bc)
            pdf.multi_cell(0, 5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif t == "P":
            pdf.set_font("dv", "", fs - 0.5)
            pdf.multi_cell(0, 5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif t == "G":
            pdf.ln(2.5)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def render_docx(r):
    import docx
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_TAB_ALIGNMENT
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    right = Inches(6.9)

    def para(container, text="", bold=False, italic=False, style=None, size=None, tabs=False):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if tabs:
            p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    # header block
    if lay == "header":
        hp = sec.header.paragraphs[0]
        rr = hp.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(r["contact"]))
    main = d
    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        left, main = t.rows[0].cells
        left.width, main.width = Inches(2.1), Inches(4.8)
        _shade(left, r.get("shade", "DCE6F0"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        for x in r["contact"]:
            para(left, x, size=9)
        for b in side_blocks(r):
            if b[0] == "H":
                para(left, b[1].upper(), bold=True, size=10)
            elif b[0] == "P":
                para(left, b[1], size=9)
        right = Inches(4.6)
    elif lay != "header":
        if lay == "styles":
            d.add_paragraph(r["name"], style="Title")
        else:
            para(d, r["name"], bold=True, size=18)
        para(d, " • ".join(r["contact"]) if lay != "tabs" else "  |  ".join(r["contact"]))
    blocks = body_blocks(r["body"], r)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "H":
            if lay in ("styles", "header"):
                main.add_paragraph(b[1], style="Heading 1" if lay == "styles" else "Heading 2")
            else:
                para(main, b[1].upper(), bold=True, size=12)
        elif t in ("L", "S") and lay == "table":
            rows = []
            while i < len(blocks) and blocks[i][0] in ("L", "S"):
                rows.append(blocks[i])
                i += 1
            i -= 1
            tb = main.add_table(rows=len(rows), cols=2)
            for k, rb in enumerate(rows):
                c0, c1 = tb.rows[k].cells
                c0.width, c1.width = Inches(4.9), Inches(2.0)
                run = c0.paragraphs[0].add_run(rb[1])
                run.bold, run.italic = rb[0] == "L", rb[0] == "S"
                c1.paragraphs[0].add_run(rb[2])
                c1.paragraphs[0].alignment = 2
        elif t in ("L", "S"):
            p = para(main, tabs=bool(b[2]))
            run = p.add_run(b[1])
            run.bold, run.italic = t == "L", t == "S"
            if b[2]:
                p.add_run("\t" + b[2])
        elif t == "B":
            if r.get("bul") in ("•", None) and lay != "sidebar":
                para(main, b[1], style="List Bullet")
            else:
                para(main, f"{bchar(r)} {b[1]}")
        elif t == "P":
            para(main, b[1])
        i += 1
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"].format(page="1")
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = r["name"]
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def render(r):
    return RENDER[r["renderer"]](r)
