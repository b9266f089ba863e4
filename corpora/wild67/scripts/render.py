"""Renderers: abstract lines -> txt, md, html, reportlab PDF, fpdf2 PDF, python-docx."""
import datetime
import html
import io
import textwrap
import zipfile

from lib import drange

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- abstract items
def entry_items(ents, r):
    """('H', left, right) header line, ('H2', left, right) role line, ('S', text) sub line,
    ('B', text) bullet, ('P', text) paragraph, ('G',) gap."""
    order, ds = r.get("order", "title_org"), r.get("dstyle", "mon")
    pw, sep = r.get("present", "Present"), r.get("sep", " – ")
    bl = r.get("bullet", "•")
    out = []
    prev_org = object()
    for i, e in enumerate(ents):
        d = drange(e, ds, pw, sep)
        ol = ", ".join(x for x in (e.org, e.loc) if x)
        if order == "title_org":
            out.append(("H", e.title, d))
            if ol:
                out.append(("S", ol))
        elif order == "org_title":
            out.append(("H", ol or e.title, d))
            if ol:
                out.append(("S", e.title))
        elif order == "dash":
            out.append(("H", f"{e.title} {r.get('dashc', '–')} {ol}" if ol else e.title, d))
        elif order == "pipe":
            out.append(("H", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "dateline":
            out.append(("H", e.title, ""))
            if ol:
                out.append(("S", ol))
            out.append(("S", d))
        elif order == "datesfirst":
            out.append(("H", f"{d}   {e.title}", ""))
            if ol:
                out.append(("S", ol))
        elif order == "labelled":
            lab = r.get("labels", ("Position", "Employer", "Location", "Period"))
            out.append(("H", f"{lab[0]}: {e.title}", ""))
            if e.org:
                out.append(("S", f"{lab[1]}: {e.org}"))
            if e.loc:
                out.append(("S", f"{lab[2]}: {e.loc}"))
            out.append(("S", f"{lab[3]}: {d}"))
        elif order == "orgfirst":
            if e.org != prev_org:
                if i:
                    out.append(("G",))
                out.append(("H", (e.org or "").upper() if r.get("orgcaps") else (e.org or ""), e.loc or ""))
            out.append(("H2", e.title, d))
        elif order == "inline":
            out.append(("H", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
        prev_org = e.org
        if e.bullets:
            if bl == "para":
                out.append(("P", " ".join(b.rstrip(".") + "." for b in e.bullets)))
            else:
                for b in e.bullets:
                    out.append(("B", b))
        if order != "orgfirst" or i + 1 == len(ents) or ents[i + 1].org != e.org:
            out.append(("G",))
    return out


def block_items(blk, r):
    head, typ, pay = blk
    if typ == "entries":
        return entry_items(pay, r)
    if typ == "lines":
        return [("S", x) for x in pay] + [("G",)]
    if typ == "bullets":
        return [("B", x) for x in pay] + [("G",)]
    return [("P", pay), ("G",)]


def bchar(r):
    b = r.get("bullet", "•")
    return "" if b in ("none", "para") else b + " "


# ---------------------------------------------------------------- text family
def render_txt(r):
    w = 80
    L = [r["name"].upper() if r.get("capsname") else r["name"]]
    L += r["contact"]
    if r.get("headline"):
        L.append(r["headline"])
    L.append("")
    hs = r.get("hstyle", "caps")
    for blk in r["blocks"]:
        h = blk[0]
        if hs == "caps":
            L += [h.upper(), ""] if r.get("gapafter") else [h.upper()]
        elif hs == "underline":
            L += [h, "-" * len(h)]
        elif hs == "equals":
            L += ["=" * 10 + " " + h.upper() + " " + "=" * 10]
        else:
            L += [h + ":"]
        for it in block_items(blk, r):
            if it[0] in ("H", "H2"):
                left, right = it[1], it[2]
                pre = "  " if it[0] == "H2" else ""
                if right:
                    gap = max(3, w - len(pre + left) - len(right))
                    L.append(pre + left + " " * gap + right if r.get("txtpad", True) else f"{pre}{left} ({right})")
                else:
                    L.append(pre + left)
            elif it[0] == "S":
                L.append(it[1])
            elif it[0] == "B":
                L += textwrap.wrap(bchar(r) + it[1], w, subsequent_indent="  ") or [""]
            elif it[0] == "P":
                L += textwrap.wrap(it[1], w)
            else:
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(r):
    L = [f"# {r['name']}", ""]
    L += [" | ".join(r["contact"]), ""]
    if r.get("headline"):
        L += [f"**{r['headline']}**", ""]
    mdl = r.get("layout", "h3")
    for blk in r["blocks"]:
        L += [f"## {blk[0]}", ""]
        for it in block_items(blk, r):
            if it[0] == "H":
                if mdl == "h3":
                    L.append(f"### {it[1]}" + (f"\n*{it[2]}*" if it[2] else ""))
                else:
                    L.append(f"**{it[1]}**" + (f" — {it[2]}" if it[2] else "") + "  ")
            elif it[0] == "H2":
                L.append(f"**{it[1]}** — *{it[2]}*  ")
            elif it[0] == "S":
                L.append(f"{it[1]}  " if mdl != "h3" else f"_{it[1]}_  ")
            elif it[0] == "B":
                L.append(f"{r.get('mdbullet', '-')} {it[1]}")
            elif it[0] == "P":
                L.append(it[1])
            else:
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(r):
    e = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:auto}"
                       ".d{float:right;color:#555}h2{border-bottom:1px solid #999}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{e(r['name'])} – CV</title><style>{css}</style></head><body>",
         f"<h1>{e(r['name'])}</h1>", "<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p>"]
    if r.get("headline"):
        L.append(f"<p><strong>{e(r['headline'])}</strong></p>")
    for blk in r["blocks"]:
        L.append(f"<h2>{e(blk[0])}</h2>")
        inlist = False
        for it in block_items(blk, r):
            if it[0] != "B" and inlist:
                L.append("</ul>")
                inlist = False
            if it[0] in ("H", "H2"):
                tag = "h3" if it[0] == "H" else "h4"
                d = f" <span class=\"d\">{e(it[2])}</span>" if it[2] else ""
                L.append(f"<{tag}>{e(it[1])}{d}</{tag}>")
            elif it[0] == "S":
                L.append(f"<div class=\"org\">{e(it[1])}</div>")
            elif it[0] == "B":
                if not inlist:
                    L.append("<ul>")
                    inlist = True
                L.append(f"<li>{e(it[1])}</li>")
            elif it[0] == "P":
                L.append(f"<p>{e(it[1])}</p>")
        if inlist:
            L.append("</ul>")
    L.append("</body></html>")
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(r):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for nm, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, FONT_DIR + f))
    size = letter if r.get("paper") == "letter" else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(f"{r['name']} CV")
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    page = [1]
    sw = pdfmetrics.stringWidth

    def footer():
        if r.get("footer"):
            c.setFont("DV", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=page[0]))
            c.setFillGray(0)

    def sidebar():
        if lay != "sidebar":
            return
        c.setFillColorRGB(*r.get("sidecolor", (0.90, 0.92, 0.95)))
        c.rect(0, 0, 170, H, stroke=0, fill=1)
        c.setFillGray(0)

    x0 = 200 if lay == "sidebar" else 54
    x1 = W - 50
    st = {"y": H - 60}

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        st["y"] = H - 60

    def line(txt, font="DV", fs=10, x=None, right=None, lead=None, xmax=None):
        x = x0 if x is None else x
        xmax = x1 if xmax is None else xmax
        lead = lead or fs + 3.5
        avail = xmax - x - (sw(right, font, fs) + 12 if right else 0)
        words, lines, cur = txt.split(" "), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if sw(t, font, fs) <= avail or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        for k, ln in enumerate(lines):
            if st["y"] < 60:
                newpage()
            c.setFont(font, fs)
            c.drawString(x, st["y"], ln)
            if right and k == 0:
                c.setFont("DV", fs - 0.5)
                c.drawRightString(xmax, st["y"], right)
            st["y"] -= lead

    sidebar()
    # header
    if lay == "sidebar":
        y = H - 60
        c.setFont("DVB", 15)
        for part in r["name"].split(" ", 1):
            c.drawString(20, y, part)
            y -= 19
        y -= 6
        c.setFont("DV", 8.5)
        for cl in r["contact"]:
            c.drawString(20, y, cl)
            y -= 12
        for blk in r.get("side", []):
            y -= 10
            c.setFont("DVB", 10)
            c.drawString(20, y, blk[0].upper())
            y -= 14
            c.setFont("DV", 8.5)
            for s in blk[2]:
                c.drawString(20, y, s)
                y -= 11.5
        if r.get("headline"):
            line(r["headline"], "DVB", 12)
            st["y"] -= 4
    elif lay == "twocol":
        c.setFont("DVB", 18)
        c.drawString(x0, st["y"], r["name"])
        if r.get("headline"):
            c.setFont("DVI", 10)
            c.drawString(x0, st["y"] - 16, r["headline"])
        c.setFont("DV", 9)
        yy = st["y"] + 4
        for cl in r["contact"]:
            c.drawRightString(x1, yy, cl)
            yy -= 12
        st["y"] = min(st["y"] - 24, yy) - 8
        c.line(x0, st["y"] + 8, x1, st["y"] + 8)
        st["y"] -= 8
    else:
        cen = lay == "centred"
        c.setFont("DVB", 17)
        (c.drawCentredString(W / 2, st["y"], r["name"]) if cen else c.drawString(x0, st["y"], r["name"]))
        st["y"] -= 18
        c.setFont("DV", 9.5)
        ct = "  |  ".join(r["contact"]) if cen else None
        if cen:
            c.drawCentredString(W / 2, st["y"], ct)
            st["y"] -= 13
        else:
            for cl in r["contact"]:
                c.drawString(x0, st["y"], cl)
                st["y"] -= 12.5
        if r.get("headline"):
            c.setFont("DVI", 10.5)
            (c.drawCentredString(W / 2, st["y"], r["headline"]) if cen else c.drawString(x0, st["y"], r["headline"]))
            st["y"] -= 14
        st["y"] -= 6
    for blk in r["blocks"]:
        if st["y"] < 110 or blk[0] in r.get("breakbefore", ()):
            newpage()
        st["y"] -= 4
        c.setFont("DVB", 11.5)
        c.drawString(x0, st["y"], blk[0].upper() if r.get("capsheads", True) else blk[0])
        c.setLineWidth(0.5)
        c.line(x0, st["y"] - 4, x1, st["y"] - 4)
        st["y"] -= 19
        for it in block_items(blk, r):
            if it[0] == "H":
                if st["y"] < 90:
                    newpage()
                line(it[1], "DVB", 10.5, right=it[2] or None)
            elif it[0] == "H2":
                line(it[1], "DVI", 10, x=x0 + 8, right=it[2] or None)
            elif it[0] == "S":
                line(it[1], "DVI", 9.5)
            elif it[0] == "B":
                bc = r.get("bullet", "•")
                if bc in ("none", "para"):
                    line(it[1], "DV", 9.5)
                else:
                    c.setFont("DV", 9.5)
                    if st["y"] < 60:
                        newpage()
                    c.drawString(x0 + 6, st["y"], bc)
                    line(it[1], "DV", 9.5, x=x0 + 18)
            elif it[0] == "P":
                line(it[1], "DV", 9.5)
            else:
                st["y"] -= 5
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, r["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{r['name']} - Resume")
    pdf.set_author(r["name"])
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    lay = r.get("layout", "left")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    L = 62 if lay == "sidebar" else 18
    pdf.set_left_margin(L)
    pdf.set_right_margin(16)
    if lay == "sidebar":
        pdf.set_fill_color(*r.get("sidecolor", (232, 236, 240)))
        pdf.rect(0, 0, 55, pdf.h, style="F")
        pdf.set_xy(5, 18)
        pdf.set_font("DV", "B", 13)
        pdf.multi_cell(47, 6.5, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 7.8)
        for cl in r["contact"]:
            pdf.set_x(5)
            pdf.multi_cell(47, 4.2, cl)
        for blk in r.get("side", []):
            pdf.set_x(5)
            pdf.ln(4)
            pdf.set_x(5)
            pdf.set_font("DV", "B", 9)
            pdf.cell(47, 5, blk[0].upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 7.8)
            for s in blk[2]:
                pdf.set_x(5)
                pdf.multi_cell(47, 4.2, s)
        pdf.set_xy(L, 18)
        if r.get("headline"):
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6, r["headline"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("DV", "B", 16)
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        if lay == "centred":
            pdf.multi_cell(0, 5, "  •  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for cl in r["contact"]:
                pdf.cell(0, 4.8, cl, new_x="LMARGIN", new_y="NEXT")
        if r.get("headline"):
            pdf.set_font("DV", "I", 10)
            pdf.cell(0, 6, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    bc = r.get("bullet", "•")
    for blk in r["blocks"]:
        if pdf.get_y() > pdf.h - 45 or blk[0] in r.get("breakbefore", ()):
            pdf.add_page()
        pdf.set_font("DV", "B", 11)
        pdf.cell(0, 7, blk[0].upper() if r.get("capsheads", True) else blk[0], new_x="LMARGIN", new_y="NEXT")
        yy = pdf.get_y()
        pdf.line(L, yy, pdf.w - 16, yy)
        pdf.ln(1.5)
        for it in block_items(blk, r):
            if it[0] in ("H", "H2"):
                pdf.set_font("DV", "B" if it[0] == "H" else "I", 10)
                x = pdf.get_x() + (4 if it[0] == "H2" else 0)
                if it[2]:
                    pdf.set_font("DV", "", 9)
                    dw = pdf.get_string_width(it[2]) + 2
                    y = pdf.get_y()
                    pdf.set_x(pdf.w - 16 - dw)
                    pdf.cell(dw, 5.5, it[2], align="R")
                    pdf.set_xy(x, y)
                    pdf.set_font("DV", "B" if it[0] == "H" else "I", 10)
                    pdf.multi_cell(pdf.w - 16 - dw - x - 2, 5.5, it[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_x(x)
                    pdf.multi_cell(0, 5.5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "S":
                pdf.set_font("DV", "I", 9.5)
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "B":
                pdf.set_font("DV", "", 9.5)
                if bc in ("none", "para"):
                    pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_x(L + 2)
                    pdf.cell(4, 5, bc)
                    pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "P":
                pdf.set_font("DV", "", 9.5)
                pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- python-docx
def render_docx(r):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    tabpos = sec.page_width - sec.left_margin - sec.right_margin
    lay = r.get("layout", "styles")
    cp = doc.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.last_modified_by = r["name"]
    doc.styles["Normal"].font.name = r.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)

    def shade(cell, hexc):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexc)
        tcPr.append(sh)

    def para(container, text="", bold=False, italic=False, size=None, style=None, right=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right is not None:
            p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        rn = p.add_run(text)
        rn.bold, rn.italic = bold, italic
        if size:
            rn.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    main = doc
    width = tabpos
    if lay == "header":
        hp = sec.header.paragraphs[0]
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" · ".join(r["contact"]))
        if r.get("headline"):
            para(doc, r["headline"], bold=True, size=12)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        side, main = t.rows[0].cells
        side.width, main.width = Cm(5.5), Cm(11.5)
        shade(side, r.get("sidefill", "DCE6F0"))
        side.paragraphs[0].add_run(r["name"]).bold = True
        side.paragraphs[0].runs[0].font.size = Pt(15)
        for cl in r["contact"]:
            para(side, cl, size=9)
        for blk in r.get("side", []):
            para(side, blk[0].upper(), bold=True, size=10)
            for s in blk[2]:
                para(side, s, size=9)
        width = Cm(11.3)
        if r.get("headline"):
            main.paragraphs[0].add_run(r["headline"]).bold = True
    else:
        if lay == "styles":
            doc.add_heading(r["name"], 0)
        else:
            para(doc, r["name"], bold=True, size=18)
        para(doc, " | ".join(r["contact"]), size=9.5)
        if r.get("headline"):
            para(doc, r["headline"], italic=True)
    bc = r.get("bullet", "•")
    for blk in r["blocks"]:
        if lay == "styles":
            main.add_heading(blk[0], 1)
        else:
            p = para(main, blk[0].upper(), bold=True, size=11.5)
            if lay != "sidebar":
                p.paragraph_format.space_before = Pt(8)
        items = block_items(blk, r)
        k = 0
        while k < len(items):
            it = items[k]
            if lay == "table" and it[0] == "H":
                t = main.add_table(rows=1, cols=2)
                a, b = t.rows[0].cells
                a.width, b.width = Cm(12), Cm(5)
                a.paragraphs[0].add_run(it[1]).bold = True
                b.paragraphs[0].add_run(it[2])
                b.paragraphs[0].alignment = 2
                if k + 1 < len(items) and items[k + 1][0] == "S":
                    rr = a.add_paragraph().add_run(items[k + 1][1])
                    rr.italic = True
                    k += 1
                k += 1
                continue
            if it[0] in ("H", "H2"):
                txt = it[1] + ("\t" + it[2] if it[2] else "")
                p = para(main, "", right=width)
                rn = p.add_run(it[1])
                rn.bold = it[0] == "H"
                rn.italic = it[0] == "H2"
                if it[2]:
                    p.add_run("\t" + it[2])
                p.paragraph_format.space_before = Pt(4)
            elif it[0] == "S":
                para(main, it[1], italic=True)
            elif it[0] == "B":
                if lay == "styles" or bc == "list":
                    para(main, it[1], style="List Bullet")
                elif bc in ("none", "para"):
                    para(main, it[1])
                else:
                    para(main, f"{bc}  {it[1]}")
            elif it[0] == "P":
                para(main, it[1])
            k += 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
             "fpdf": render_fpdf, "docx": render_docx}
EXT = {"txt": "txt", "md": "md", "html": "html", "rl": "pdf", "fpdf": "pdf", "docx": "docx"}
