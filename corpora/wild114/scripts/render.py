"""Renderers for wild114: a résumé dict becomes a list of line items, each renderer lays them out."""
import datetime
import html
import io
import zipfile

from lib import E, drange

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- line model
def entry_items(group, r):
    """group: list of entries (one, or several under one employer for orgfirst)."""
    order = r.get("order", "title_org")
    out = []
    bul = r.get("bullet", "•")

    def place(e):
        return ", ".join(x for x in (e.org, e.loc) if x)

    def duties(e):
        if not e.bullets:
            return
        if bul == "para":
            out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        elif bul == "none":
            for b in e.bullets:
                out.append(("p", b))
        else:
            for b in e.bullets:
                out.append(("b", b))

    if order == "orgfirst":
        e0 = group[0]
        out.append(("org", place(e0)))
        for e in group:
            out.append(("jh", e.title, drange(e, r)))
            duties(e)
            out.append(("gap",))
        return out
    for e in group:
        d = drange(e, r)
        if order == "title_org":
            out.append(("jh", e.title, d))
            if place(e):
                out.append(("sub", place(e)))
        elif order == "org_title":
            out.append(("jh", place(e) or "", d))
            out.append(("sub", e.title))
        elif order == "dash":
            out.append(("jh", e.title + (" – " + place(e) if place(e) else ""), d))
        elif order == "pipe":
            out.append(("jh", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "dateline":
            out.append(("jh", e.title, ""))
            if place(e):
                out.append(("p", place(e)))
            out.append(("sub", d))
        elif order == "datesfirst":
            out.append(("jh", d, ""))
            out.append(("p", e.title + (", " + place(e) if place(e) else "")))
        elif order == "labelled":
            out.append(("p", "Position: " + e.title))
            if e.org:
                out.append(("p", "Employer: " + place(e)))
            out.append(("p", "Period: " + d))
            if e.bullets:
                out.append(("p", "Duties:"))
        else:
            raise ValueError(order)
        duties(e)
        out.append(("gap",))
    return out


def block_items(blocks, r):
    out = []
    for heading, content in blocks:
        if heading == "PAGEBREAK":
            out.append(("pb",))
            continue
        if heading:
            out.append(("h", heading))
        if content and isinstance(content[0], E):
            groups = []
            for e in content:
                if r.get("order") == "orgfirst" and groups and groups[-1][0].org == e.org and e.org:
                    groups[-1].append(e)
                else:
                    groups.append([e])
            for g in groups:
                out += entry_items(g, r)
        else:
            for c in content:
                if c.startswith("• "):
                    out.append(("b", c[2:]))
                else:
                    out.append(("p", c))
            out.append(("gap",))
    return out


def entries(r):
    res = []
    for blocks in (r.get("side", []), r["blocks"]):
        for h, content in blocks:
            for c in content or []:
                if isinstance(c, E):
                    res.append(c)
    return res


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    style = r.get("layout", "plain")
    bc = r.get("bullet", "•")
    L = [r["name"].upper() if style == "caps" else r["name"]]
    L += r["contact"]
    L.append("")
    for it in block_items(r.get("side", []) + r["blocks"], r):
        k = it[0]
        if k == "h":
            if style == "caps":
                L += [it[1].upper(), "-" * len(it[1])]
            elif style == "underline":
                L += [it[1], "=" * len(it[1])]
            else:
                L += [it[1].upper() + ":"]
        elif k == "jh":
            if not it[2]:
                L.append(it[1])
            elif style == "caps":
                L.append(f"{it[1]:<58}  {it[2]}" if len(it[1]) < 58 else f"{it[1]}  {it[2]}")
            else:
                L.append(f"{it[1]}, {it[2]}" if style == "inline" else f"{it[1]}  ({it[2]})")
        elif k == "org":
            L.append(it[1].upper() if style == "caps" else it[1])
        elif k in ("sub", "p"):
            L.append(it[1])
        elif k == "b":
            L.append(f"{bc} {it[1]}" if bc not in ("none", "para") else it[1])
        elif k == "gap":
            if L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    style = r.get("layout", "h3")
    L = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    for it in block_items(r.get("side", []) + r["blocks"], r):
        k = it[0]
        if k == "h":
            L += [f"## {it[1]}", ""]
        elif k == "jh":
            if style == "bold":
                L.append(f"**{it[1]}**" + (f" — *{it[2]}*" if it[2] else "") + "  ")
            else:
                L += [f"### {it[1]}"] + ([f"*{it[2]}*", ""] if it[2] else [""])
        elif k == "org":
            L += [f"### {it[1]}", ""]
        elif k == "sub":
            L += [f"_{it[1]}_", ""] if style != "bold" else [it[1], ""]
        elif k == "p":
            L += [it[1], ""]
        elif k == "b":
            L.append(f"{r.get('bullet', '-') if r.get('bullet') in ('-', '*') else '-'} {it[1]}")
        elif k == "gap":
            if L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    e = html.escape
    style = r.get("layout", "plain")
    css = {"plain": "body{font-family:Georgia,serif;max-width:760px;margin:2em auto}h2{border-bottom:1px solid #999}",
           "card": "body{font-family:Arial,sans-serif;background:#f3f3f3}main{background:#fff;max-width:800px;margin:auto;padding:24px}"
                   ".job{margin-bottom:12px}.dates{float:right;color:#555}",
           "aside": "body{font-family:Verdana,sans-serif;display:flex}aside{width:30%;background:#e8eef4;padding:12px}main{width:70%;padding:12px}"}[style]
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e(r['name'])} – Résumé</title><style>{css}</style></head><body>"]

    def emit(items):
        o, inlist = [], False
        for it in items:
            k = it[0]
            if k != "b" and inlist:
                o.append("</ul>")
                inlist = False
            if k == "h":
                o.append(f"<h2>{e(it[1])}</h2>")
            elif k == "jh":
                if style == "card" and it[2]:
                    o.append(f"<div class=\"job\"><span class=\"dates\">{e(it[2])}</span><h3>{e(it[1])}</h3></div>")
                else:
                    o.append(f"<h3>{e(it[1])}</h3>" + (f"<p><em>{e(it[2])}</em></p>" if it[2] else ""))
            elif k == "org":
                o.append(f"<h3 class=\"employer\">{e(it[1])}</h3>")
            elif k == "sub":
                o.append(f"<p><i>{e(it[1])}</i></p>")
            elif k == "p":
                o.append(f"<p>{e(it[1])}</p>")
            elif k == "b":
                if not inlist:
                    o.append("<ul>")
                    inlist = True
                o.append(f"<li>{e(it[1])}</li>")
        if inlist:
            o.append("</ul>")
        return o

    head = [f"<h1>{e(r['name'])}</h1>", "<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p>"]
    if style == "aside":
        out += ["<aside>"] + head + emit(block_items(r.get("side", []), r)) + ["</aside>", "<main>"]
        out += emit(block_items(r["blocks"], r)) + ["</main>"]
    else:
        out += (["<main>"] if style == "card" else []) + head + emit(block_items(r.get("side", []) + r["blocks"], r))
        out += ["</main>"] if style == "card" else []
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size = letter if r.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " resume")
    c.setAuthor(r["name"])
    layout = r.get("layout", "plain")
    M = 50
    bc = r.get("bullet", "•")
    fs = r.get("fs", 10)
    page = [1]

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].format(p=page[0]))
            c.setFillGray(0)

    class Col:
        def __init__(self, x, w, y):
            self.x, self.w, self.y = x, w, y

        def need(self, h):
            if self.y - h < 60:
                self.newpage()

        def newpage(self):
            footer()
            c.showPage()
            page[0] += 1
            self.y = H - M

        def run(self, items, small=False):
            f = fs - 1 if small else fs
            for it in items:
                k = it[0]
                if k == "pb":
                    self.newpage()
                elif k == "h":
                    self.need(30)
                    self.y -= 8
                    c.setFont("Helvetica-Bold", f + 2)
                    c.drawString(self.x, self.y, it[1].upper() if r.get("caps_h") else it[1])
                    self.y -= 4
                    c.setLineWidth(0.6)
                    c.line(self.x, self.y, self.x + self.w, self.y)
                    self.y -= f + 5
                elif k in ("jh", "org"):
                    self.need(30)
                    c.setFont("Helvetica-Bold", f)
                    right = it[2] if k == "jh" else ""
                    rw = stringWidth(right, "Helvetica", f) + 8 if right else 0
                    lines = wrap(it[1], "Helvetica-Bold", f, self.w - rw)
                    for i, ln in enumerate(lines):
                        c.drawString(self.x, self.y, ln)
                        if i == 0 and right:
                            c.setFont("Helvetica", f)
                            c.drawRightString(self.x + self.w, self.y, right)
                            c.setFont("Helvetica-Bold", f)
                        self.y -= f + 3
                elif k in ("sub", "p"):
                    font = "Helvetica-Oblique" if k == "sub" else "Helvetica"
                    c.setFont(font, f)
                    for ln in wrap(it[1], font, f, self.w):
                        self.need(f + 3)
                        c.drawString(self.x, self.y, ln)
                        self.y -= f + 3
                elif k == "b":
                    c.setFont("Helvetica", f)
                    for i, ln in enumerate(wrap(it[1], "Helvetica", f, self.w - 12)):
                        self.need(f + 3)
                        if i == 0:
                            c.drawString(self.x + 2, self.y, bc)
                        c.drawString(self.x + 12, self.y, ln)
                        self.y -= f + 3
                elif k == "gap":
                    self.y -= 5

    y = H - M
    if layout == "sidebar":
        SW = 170
        c.setFillColorRGB(*r.get("shade", (0.9, 0.92, 0.95)))
        c.rect(0, 0, SW, H, stroke=0, fill=1)
        c.setFillGray(0)
        side = Col(20, SW - 35, H - M)
        c.setFont("Helvetica-Bold", 15)
        for ln in wrap(r["name"], "Helvetica-Bold", 15, SW - 35):
            c.drawString(20, side.y, ln)
            side.y -= 18
        c.setFont("Helvetica", 8.5)
        for ln in r["contact"]:
            c.drawString(20, side.y, ln)
            side.y -= 11
        side.run(block_items(r.get("side", []), r), small=True)
        main = Col(SW + 20, W - SW - 20 - M, H - M)
        main.run(block_items(r["blocks"], r))
    else:
        if layout == "twocol":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(M, y - 4, r["name"])
            c.setFont("Helvetica", 9)
            yy = y
            for ln in r["contact"]:
                c.drawRightString(W - M, yy, ln)
                yy -= 11
            y = min(y - 30, yy - 6)
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(W / 2, y, r["name"]) if layout == "centred" else c.drawString(M, y, r["name"])
            y -= 16
            c.setFont("Helvetica", 9)
            line = "  |  ".join(r["contact"])
            for ln in wrap(line, "Helvetica", 9, W - 2 * M):
                c.drawCentredString(W / 2, y, ln) if layout == "centred" else c.drawString(M, y, ln)
                y -= 11
        main = Col(M, W - 2 * M, y - 4)
        main.run(block_items(r.get("side", []) + r["blocks"], r))
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, r["footer"].format(p=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    layout = r.get("layout", "left")
    bc = r.get("bullet", "•")
    fs = r.get("fs", 9.5)
    lh = fs * 0.5

    def run(items, x, w):
        for it in items:
            k = it[0]
            pdf.set_x(x)
            if k == "pb":
                pdf.add_page()
            elif k == "h":
                pdf.ln(2)
                pdf.set_x(x)
                pdf.set_font("dv", "B", fs + 1.5)
                pdf.set_text_color(*r.get("hcolor", (0, 0, 0)))
                pdf.cell(w, lh + 2, it[1].upper() if r.get("caps_h") else it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
                yy = pdf.get_y()
                pdf.line(x, yy, x + w, yy)
                pdf.ln(1.5)
            elif k in ("jh", "org"):
                pdf.set_font("dv", "B", fs)
                right = it[2] if k == "jh" else ""
                if right:
                    pdf.set_font("dv", "", fs)
                    rw = pdf.get_string_width(right) + 3
                    pdf.set_font("dv", "B", fs)
                    y0 = pdf.get_y()
                    pdf.multi_cell(w - rw, lh + 0.5, it[1], new_x="LMARGIN", new_y="NEXT")
                    y1 = pdf.get_y()
                    pdf.set_xy(x + w - rw, y0)
                    pdf.set_font("dv", "", fs)
                    pdf.cell(rw, lh + 0.5, right, align="R")
                    pdf.set_y(y1)
                else:
                    pdf.multi_cell(w, lh + 0.5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k in ("sub", "p"):
                pdf.set_font("dv", "I" if k == "sub" else "", fs)
                pdf.multi_cell(w, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "b":
                pdf.set_font("dv", "", fs)
                pdf.cell(5, lh, bc)
                pdf.multi_cell(w - 5, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "gap":
                pdf.ln(1.5)

    W = pdf.w - 32
    if layout == "sidebar":
        SW = 58
        pdf.set_fill_color(*r.get("shade", (232, 238, 232)))
        pdf.rect(0, 0, SW + 8, pdf.h, style="F")
        pdf.set_xy(8, 14)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(SW - 6, 7, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8)
        for ln in r["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(SW - 6, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        run(block_items(r.get("side", []), r), 8, SW - 6)
        pdf.set_y(14)
        pdf.set_left_margin(SW + 16)
        run(block_items(r["blocks"], r), SW + 16, pdf.w - SW - 32)
    else:
        pdf.set_font("dv", "B", 17)
        al = "C" if layout == "centred" else "L"
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5)
        for ln in (r["contact"] if layout != "centred" else [" · ".join(r["contact"])]):
            pdf.multi_cell(0, 4.5, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        run(block_items(r.get("side", []) + r["blocks"], r), 16, W)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.last_modified_by = r["name"]
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    layout = r.get("layout", "styles")
    bc = r.get("bullet", "•")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def noborders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    def emit(container, items, tabw):
        jobcell = None
        for it in items:
            k = it[0]
            tgt = jobcell if jobcell is not None and k in ("sub", "b", "p") else container
            if k not in ("sub", "b", "p"):
                jobcell = None
            if k == "h":
                if layout in ("styles", "header"):
                    h = container.add_heading(it[1], level=1 if layout == "styles" else 2)
                else:
                    h = para(container, it[1].upper(), bold=True, size=11.5)
                    h.paragraph_format.space_before = Pt(8)
            elif k in ("jh", "org"):
                right = it[2] if k == "jh" else ""
                if layout == "table" and k == "jh" and container is d:
                    t = d.add_table(rows=1, cols=2)
                    noborders(t)
                    t.columns[0].width = Cm(12)
                    a, b = t.rows[0].cells
                    a.width, b.width = Cm(12), Cm(5)
                    a.paragraphs[0].add_run(it[1]).bold = True
                    b.paragraphs[0].add_run(right)
                    b.paragraphs[0].alignment = 2
                    jobcell = a
                    continue
                p = para(container)
                p.add_run(it[1]).bold = True
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(tabw, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
                p.paragraph_format.space_before = Pt(6)
            elif k == "sub":
                para(tgt, it[1], italic=True)
            elif k == "p":
                para(tgt, it[1])
            elif k == "b":
                if layout == "styles" and tgt is d:
                    para(tgt, it[1], style="List Bullet")
                else:
                    para(tgt, f"{bc}  {it[1]}" if bc not in ("none", "para") else it[1])
            elif k == "pb":
                d.add_page_break()

    if layout == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\n" + "  |  ".join(r["contact"]))
        if r.get("footer"):
            sec.footer.paragraphs[0].add_run(r["footer"].format(p=1))
        emit(d, block_items(r.get("side", []) + r["blocks"], r), tabpos)
    elif layout == "layout":
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Cm(5.5), Cm(11.5)
        shade(a, r.get("shade", "DCE6F0"))
        a.paragraphs[0].add_run(r["name"]).bold = True
        a.paragraphs[0].runs[0].font.size = Pt(15)
        for ln in r["contact"]:
            para(a, ln, size=9)
        emit(a, block_items(r.get("side", []), r), Cm(5))
        b.paragraphs[0].add_run(" ")
        emit(b, block_items(r["blocks"], r), Cm(11))
    else:
        tp = d.add_paragraph()
        tr = tp.add_run(r["name"])
        tr.bold = True
        tr.font.size = Pt(18)
        tr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        for ln in ([" · ".join(r["contact"])] if r.get("oneline") else r["contact"]):
            para(d, ln, size=9.5)
        emit(d, block_items(r.get("side", []) + r["blocks"], r), tabpos)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
             "fpdf": render_fpdf, "docx": render_docx}
