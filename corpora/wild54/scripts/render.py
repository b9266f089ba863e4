"""Renderers for wild54: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import fmt_range

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry items
def orgloc(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def entry_items(entries, r):
    order = r.get("order", "title_org")
    items, last_org = [], object()
    for e in entries:
        d = fmt_range(e, r)
        ol = orgloc(e)
        if order == "title_org":
            items.append(("head", e.title, d))
            if ol:
                items.append(("sub", ol))
        elif order == "org_title":
            items.append(("head", ol or e.title, d))
            if ol:
                items.append(("ital", e.title))
        elif order == "dateline":
            items.append(("head", e.title, ""))
            if ol:
                items.append(("sub", ol))
            if d:
                items.append(("ital", d))
        elif order == "dash":
            items.append(("head", f"{e.title} – {ol}" if ol else e.title, d))
        elif order == "pipe":
            items.append(("head", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "inline":
            left = f"{e.title}, {e.org}" if e.org else e.title
            items.append(("head", f"{left} ({d})" if d else left, ""))
            if e.loc:
                items.append(("sub", e.loc))
        elif order == "orgfirst":
            if e.org != last_org:
                items.append(("orghead", ol or e.title))
                last_org = e.org
            items.append(("head", e.title, d))
        else:
            raise ValueError(order)
        if e.bullets:
            if r.get("bullet") == "prose":
                items.append(("para", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                for b in e.bullets:
                    items.append(("bul", b))
        items.append(("gap",))
    return items


def flat_blocks(r, include_side=True):
    out = []
    if include_side:
        out += r.get("side", [])
    return out + r["blocks"]


# ---------------------------------------------------------------- text
def render_txt(r):
    L = [r["name"]] + r["contact"] + [""]
    bc = r.get("bullet", "-")
    right = r.get("txt_right", "pad")
    hs = r.get("txt_head", "caps")
    for b in flat_blocks(r):
        if b[0] == "h":
            t = b[1]
            if hs == "caps":
                L += [t.upper()]
            elif hs == "underline":
                L += [t, "-" * len(t)]
            elif hs == "colon":
                L += [t + ":"]
            elif hs == "eq":
                L += [f"=== {t.upper()} ==="]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "list":
            L += [f"{bc} {x}" if bc != "prose" else x for x in b[1]] + [""]
        elif b[0] == "entries":
            for it in entry_items(b[1], r):
                if it[0] == "head":
                    if not it[2]:
                        L.append(it[1])
                    elif right == "pad":
                        L.append(it[1] + " " * max(3, 72 - len(it[1]) - len(it[2])) + it[2])
                    elif right == "paren":
                        L.append(f"{it[1]} ({it[2]})")
                    elif right == "pipe":
                        L.append(f"{it[1]} | {it[2]}")
                    elif right == "nextline":
                        L += [it[1], it[2]]
                elif it[0] in ("sub", "ital"):
                    L.append(it[1])
                elif it[0] == "orghead":
                    L.append(it[1].upper() if r.get("caps_org") else it[1])
                elif it[0] == "bul":
                    L.append(f"  {bc} {it[1]}")
                elif it[0] == "para":
                    L.append(it[1])
                elif it[0] == "gap":
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(r):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    bc = r.get("bullet", "-")
    for b in flat_blocks(r):
        if b[0] == "h":
            L += [f"## {b[1]}", ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "list":
            L += [f"{bc} {x}" for x in b[1]] + [""]
        elif b[0] == "entries":
            for it in entry_items(b[1], r):
                if it[0] == "head":
                    if r.get("md_head") == "h3":
                        L.append(f"### {it[1]}")
                        if it[2]:
                            L.append(f"*{it[2]}*  ")
                    else:
                        L.append(f"**{it[1]}**" + (f" — _{it[2]}_  " if it[2] else "  "))
                elif it[0] == "sub":
                    L.append(it[1] + "  ")
                elif it[0] == "ital":
                    L.append(f"*{it[1]}*  ")
                elif it[0] == "orghead":
                    L += [f"### {it[1]}", ""]
                elif it[0] == "bul":
                    if L and L[-1].endswith("  "):
                        L[-1] = L[-1].rstrip()
                        L.append("")
                    L.append(f"{bc} {it[1]}")
                elif it[0] == "para":
                    L += ["", it[1]]
                elif it[0] == "gap":
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(r):
    esc = html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;font-weight:normal;color:#555}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} - Résumé</title>", f"<style>{css}</style>", "</head><body>",
         f"<h1>{esc(r['name'])}</h1>", "<p class=\"contact\">" + " &bull; ".join(esc(c) for c in r["contact"]) + "</p>"]
    for b in flat_blocks(r):
        if b[0] == "h":
            H.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "p":
            H.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "list":
            H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "entries":
            open_ul = False
            for it in entry_items(b[1], r):
                if it[0] != "bul" and open_ul:
                    H.append("</ul>")
                    open_ul = False
                if it[0] == "head":
                    d = f" <span class=\"d\">{esc(it[2])}</span>" if it[2] else ""
                    H.append(f"<h3>{esc(it[1])}{d}</h3>")
                elif it[0] == "sub":
                    H.append(f"<p class=\"org\">{esc(it[1])}</p>")
                elif it[0] == "ital":
                    H.append(f"<p><em>{esc(it[1])}</em></p>")
                elif it[0] == "orghead":
                    H.append(f"<h3 class=\"emp\">{esc(it[1])}</h3>")
                elif it[0] == "bul":
                    if not open_ul:
                        H.append("<ul>")
                        open_ul = True
                    H.append(f"<li>{esc(it[1])}</li>")
                elif it[0] == "para":
                    H.append(f"<p>{esc(it[1])}</p>")
            if open_ul:
                H.append("</ul>")
    H.append("</body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(r):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if r.get("dejavu"):
        pdfmetrics.registerFont(TTFont("DV", DEJAVU + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", DEJAVU + "DejaVuSans-Oblique.ttf"))
        font, bold, ital = "DV", "DVB", "DVI"
    size = LETTER if r.get("letter") else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    layout = r.get("layout", "plain")
    bc = r.get("bullet", "•")
    page = [1]
    M = 50
    x0, x1 = M, W - M
    if layout == "sidebar":
        x0 = 200

    def footer():
        if r.get("footer"):
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 25, r["footer"].format(n=page[0]))

    y = [Hh - M]

    def need(h):
        if y[0] - h < M + 10:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = Hh - M

    def line(text, f=font, s=10, x=None, lead=13, right=None, indent=0):
        xs = (x if x is not None else x0) + indent
        width = x1 - xs - (c.stringWidth(right, font, s) + 10 if right else 0)
        parts = simpleSplit(text, f, s, width)
        for i, p in enumerate(parts):
            need(lead)
            c.setFont(f, s)
            c.drawString(xs, y[0], p)
            if right and i == 0:
                c.setFont(font, s)
                c.drawRightString(x1, y[0], right)
            y[0] -= lead

    # header
    if layout == "sidebar":
        c.setFillColorRGB(*r.get("side_rgb", (0.90, 0.92, 0.95)))
        c.rect(0, 0, 180, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - M
        c.setFont(bold, 16)
        for p in simpleSplit(r["name"], bold, 16, 150):
            c.drawString(18, sy, p)
            sy -= 20
        sy -= 6
        for blk in [("list", r["contact"])] + r.get("side", []):
            if blk[0] == "h":
                sy -= 6
                c.setFont(bold, 10)
                c.drawString(18, sy, blk[1].upper())
                sy -= 14
            else:
                lines = blk[1] if blk[0] == "list" else [blk[1]]
                for t in lines:
                    for p in simpleSplit(t, font, 8.5, 150):
                        c.setFont(font, 8.5)
                        c.drawString(18, sy, p)
                        sy -= 11
        blocks = r["blocks"]
    elif layout == "twocol":
        c.setFont(bold, 20)
        c.drawString(x0, y[0], r["name"])
        yy = y[0] + 4
        c.setFont(font, 9)
        for t in r["contact"]:
            c.drawRightString(x1, yy, t)
            yy -= 11
        y[0] = min(y[0] - 14, yy) - 6
        c.line(x0, y[0] + 6, x1, y[0] + 6)
        y[0] -= 10
        blocks = flat_blocks(r)
    else:
        if r.get("centre"):
            c.setFont(bold, 18)
            c.drawCentredString(W / 2, y[0], r["name"])
            y[0] -= 16
            c.setFont(font, 9)
            c.drawCentredString(W / 2, y[0], " | ".join(r["contact"]))
            y[0] -= 22
        else:
            c.setFont(bold, 18)
            c.drawString(x0, y[0], r["name"])
            y[0] -= 16
            for t in r["contact"]:
                line(t, s=9, lead=11)
            y[0] -= 8
        blocks = flat_blocks(r)
    for b in blocks:
        if b[0] == "h":
            need(40)
            y[0] -= 4
            line(b[1].upper() if r.get("caps_head", True) else b[1], f=bold, s=11, lead=6)
            c.setLineWidth(0.5)
            c.line(x0, y[0] + 1, x1, y[0] + 1)
            y[0] -= 11
        elif b[0] == "break":
            need(100000)
        elif b[0] == "p":
            line(b[1])
            y[0] -= 4
        elif b[0] == "list":
            for t in b[1]:
                line(f"{bc} {t}", indent=6)
            y[0] -= 4
        elif b[0] == "entries":
            for it in entry_items(b[1], r):
                if it[0] == "head":
                    need(30)
                    line(it[1], f=bold, right=it[2] or None)
                elif it[0] == "orghead":
                    need(40)
                    line(it[1], f=bold, s=10.5)
                elif it[0] == "sub":
                    line(it[1])
                elif it[0] == "ital":
                    line(it[1], f=ital)
                elif it[0] == "bul":
                    parts = simpleSplit(it[1], font, 9.5, x1 - x0 - 20)
                    for i, p in enumerate(parts):
                        need(12)
                        c.setFont(font, 9.5)
                        if i == 0:
                            c.drawString(x0 + 6, y[0], bc)
                        c.drawString(x0 + 18, y[0], p)
                        y[0] -= 12
                elif it[0] == "para":
                    line(it[1], s=9.5, lead=12)
                elif it[0] == "gap":
                    y[0] -= 6
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("DV", "", 8)
                self.cell(0, 5, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format="Letter" if r.get("letter") else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_title(r["name"])
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    bc = r.get("bullet", "•")
    centre = r.get("layout") == "centred"
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, r["name"], align="C" if centre else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DV", "", 9)
    if centre:
        pdf.multi_cell(0, 5, "  |  ".join(r["contact"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        for t in r["contact"]:
            pdf.cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def head_line(left, right, style="B"):
        pdf.set_font("DV", "", 9.5)
        rw = pdf.get_string_width(right) + 4 if right else 0
        pdf.set_font("DV", style, 10)
        y = pdf.get_y()
        if pdf.will_page_break(10):
            pdf.add_page()
            y = pdf.get_y()
        pdf.multi_cell(pdf.epw - rw, 5.5, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if right:
            y2 = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.set_font("DV", "", 9.5)
            pdf.cell(0, 5.5, right, align="R")
            pdf.set_xy(pdf.l_margin, y2)

    for b in flat_blocks(r):
        if b[0] == "h":
            if pdf.will_page_break(22):
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", 11.5)
            t = b[1].upper() if r.get("caps_head") else b[1]
            pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="C" if centre and r.get("centre_head") else "L")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)
        elif b[0] == "break":
            pdf.add_page()
        elif b[0] == "p":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif b[0] == "list":
            pdf.set_font("DV", "", 9.5)
            for t in b[1]:
                pdf.multi_cell(0, 5, f"{bc} {t}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif b[0] == "entries":
            for it in entry_items(b[1], r):
                if it[0] == "head":
                    head_line(it[1], it[2])
                elif it[0] == "orghead":
                    pdf.set_font("DV", "B", 10.5)
                    pdf.multi_cell(0, 6, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                elif it[0] in ("sub", "ital"):
                    pdf.set_font("DV", "I" if it[0] == "ital" else "", 9.5)
                    pdf.multi_cell(0, 5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                elif it[0] == "bul":
                    pdf.set_font("DV", "", 9.5)
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.cell(4, 5, bc)
                    pdf.multi_cell(pdf.epw - 7, 5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                elif it[0] == "para":
                    pdf.set_font("DV", "", 9.5)
                    pdf.multi_cell(0, 5, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                elif it[0] == "gap":
                    pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_docx(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(r):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    layout = r.get("layout", "tabs")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    TAB = Inches(6.7)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # header / title
    if layout == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(14)
        hp.add_run("\t\t" + r["contact"][0])
        for t in r["contact"][1:]:
            sec.header.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if r.get("footer"):
            sec.footer.paragraphs[0].text = r["footer"]
    elif layout != "sidebar":
        if r.get("title_style"):
            doc.add_paragraph(r["name"], style="Title")
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = p.add_run(r["name"])
            rr.bold = True
            rr.font.size = Pt(18)
        p = doc.add_paragraph(" | ".join(r["contact"]))
        if not r.get("title_style"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    container = doc
    blocks = flat_blocks(r)
    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.0), Inches(4.8)
        shade(left, r.get("side_hex", "DCE6F0"))
        lp = left.paragraphs[0]
        rr = lp.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        nt = left.add_table(rows=len(r["contact"]), cols=1)  # nested contact table
        for i, c in enumerate(r["contact"]):
            nt.rows[i].cells[0].text = c
        for b in r.get("side", []):
            if b[0] == "h":
                pp = left.add_paragraph()
                pp.add_run(b[1].upper()).bold = True
            elif b[0] == "p":
                left.add_paragraph(b[1])
            elif b[0] == "list":
                for x in b[1]:
                    left.add_paragraph("• " + x)
        container = right
        blocks = r["blocks"]
        right.paragraphs[0].text = ""

    def para(text="", style=None):
        if container is doc:
            return doc.add_paragraph(text, style=style)
        return container.add_paragraph(text, style=style)

    hstyle = r.get("docx_head", "Heading 1")
    for b in blocks:
        if b[0] == "h":
            if container is doc:
                para(b[1], hstyle)
            else:
                p = para()
                rr = p.add_run(b[1].upper())
                rr.bold = True
                rr.font.size = Pt(12)
        elif b[0] == "p":
            para(b[1])
        elif b[0] == "list":
            for x in b[1]:
                para(x, "List Bullet") if container is doc else para("• " + x)
        elif b[0] == "entries":
            items = entry_items(b[1], r)
            i = 0
            while i < len(items):
                it = items[i]
                if it[0] == "head" and layout == "table":
                    t = doc.add_table(rows=1, cols=2)
                    no_borders(t)
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    lc, rc = t.rows[0].cells
                    lc.width, rc.width = Inches(4.9), Inches(1.8)
                    lc.paragraphs[0].add_run(it[1]).bold = True
                    while i + 1 < len(items) and items[i + 1][0] in ("sub", "ital"):
                        i += 1
                        lc.add_paragraph(items[i][1]).runs[0].italic = items[i][0] == "ital"
                    rp = rc.paragraphs[0]
                    rp.text = it[2]
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif it[0] == "head":
                    if layout == "styles":
                        p = para(it[1], "Heading 2")
                        if it[2]:
                            para(it[2]).runs[0].italic = True
                    else:
                        p = para()
                        p.paragraph_format.tab_stops.add_tab_stop(TAB if container is doc else Inches(4.6), WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run(it[1]).bold = True
                        if it[2]:
                            p.add_run("\t" + it[2])
                        p.paragraph_format.space_after = Pt(0)
                elif it[0] == "orghead":
                    p = para()
                    rr = p.add_run(it[1])
                    rr.bold = True
                    rr.font.size = Pt(11.5)
                elif it[0] in ("sub", "ital"):
                    p = para(it[1])
                    p.runs[0].italic = it[0] == "ital"
                    p.paragraph_format.space_after = Pt(2)
                elif it[0] == "bul":
                    if container is doc:
                        para(it[1], "List Bullet")
                    else:
                        para(r.get("bullet", "•") + " " + it[1])
                elif it[0] == "para":
                    para(it[1])
                i += 1
    out = io.BytesIO()
    doc.save(out)
    return _fix_docx(out.getvalue())


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
