"""Renderers for wild104: an intermediate line list per résumé, then txt / md / html / reportlab / fpdf2 / docx."""
import datetime
import html as H
import io
import zipfile

from lib import drange

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def place(org, loc):
    return ", ".join(x for x in (org, loc) if x)


def entry_lines(e, r, prev_org=None):
    """Lines for one entry: ('eh', left, right) bold heading, ('es', text) sub line, ('b', text), ('p', text)."""
    d = drange(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – "))
    o = r.get("order", "title_org")
    L = []
    po = e.porg
    if o == "title_org":
        L += [("eh", e.ptitle, d), ("es", place(po, e.loc))]
    elif o == "org_title":
        L += [("eh", place(po, e.loc), d), ("es", e.ptitle)]
    elif o == "dash":
        L += [("eh", f"{e.ptitle} – {place(po, e.loc)}" if po or e.loc else e.ptitle, d)]
    elif o == "pipe":
        L += [("eh", " | ".join(x for x in (e.ptitle, po, e.loc) if x), d)]
    elif o == "dateline":
        L += [("eh", e.ptitle, None), ("es", place(po, e.loc)), ("es", d)]
    elif o == "datesfirst":
        L += [("eh", f"{d}  {e.ptitle}", None), ("es", place(po, e.loc))]
    elif o == "inline":
        L += [("eh", ", ".join(x for x in (e.ptitle, po, e.loc, d) if x), None)]
    elif o == "labelled":
        L += [("eh", f"Position: {e.ptitle}", None)]
        if po:
            L += [("p", f"Employer: {place(po, e.loc)}")]
        elif e.loc:
            L += [("p", f"Place: {e.loc}")]
        L += [("p", f"Period: {d}")]
        if e.bullets:
            L += [("p", "Duties:")]
    elif o == "orgfirst":
        if po != prev_org:
            L += [("eh", place(po, e.loc), None)]
        L += [("er", e.ptitle, d)]
    else:
        raise ValueError(o)
    L = [x for x in L if not (x[0] == "es" and not x[1])]
    if e.bullets:
        if r.get("para") or getattr(e, "para", False):
            L.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        else:
            L += [("b", b) for b in e.bullets]
    return L


def doc_lines(r):
    """Whole main column as ('h', heading) + entry lines + ('t', text) + ('b', text)."""
    out = []
    for blk in r["blocks"]:
        typ, head = blk[0], blk[1]
        if head:
            out.append(("h", head))
        if typ == "exp":
            prev = None
            for e in blk[2]:
                out += entry_lines(e, r, prev)
                out.append(("gap",))
                prev = e.porg
        elif typ == "text":
            out += [("t", x) for x in blk[2]]
        elif typ == "bul":
            out += [("b", x) for x in blk[2]]
        elif typ == "row":  # (left, right) rows, e.g. education with dates
            out += [("eh2", a, b) for a, b in blk[2]]
    return out


def all_entries(r):
    return [e for blk in r["blocks"] if blk[0] == "exp" for e in blk[2]]


# ---------------------------------------------------------------- text / markdown / html
def render_txt(r):
    W = r.get("width", 78)
    mk = r.get("bullet", "-")
    hs = r.get("hstyle", "caps")
    o = [r["name"].upper() if r.get("caps_name") else r["name"]]
    o += r["contact"]
    o.append("")
    if r.get("side"):
        for head, lines in r["side"]:
            o.append(head.upper() if hs == "caps" else head)
            o += lines
            o.append("")
    for ln in doc_lines(r):
        k = ln[0]
        if k == "h":
            if o and o[-1] != "":
                o.append("")
            if hs == "caps":
                o.append(ln[1].upper())
            elif hs == "underline":
                o += [ln[1], ("=" if r.get("ul") == "=" else "-") * len(ln[1])]
            elif hs == "colon":
                o.append(ln[1].upper() + ":")
            else:
                o.append(f"*** {ln[1]} ***")
        elif k in ("eh", "er", "eh2"):
            left, right = ln[1], ln[2]
            if right is None:
                o.append(left)
            elif r.get("rightpad"):
                o.append(left + " " * max(2, W - len(left) - len(right)) + right)
            else:
                o.append(f"{left} ({right})" if r.get("paren") else f"{left}   {right}")
        elif k == "es":
            o.append(ln[1])
        elif k == "b":
            o.append(f"{mk} {ln[1]}" if mk else ln[1])
        elif k in ("t", "p"):
            o.append(ln[1])
        elif k == "gap":
            o.append("")
    while o and o[-1] == "":
        o.pop()
    if r.get("tail"):
        o += [""] + r["tail"]
    return ("\r\n" if r.get("crlf") else "\n").join(o) + "\n"


def render_md(r):
    o = [f"# {r['name']}", ""]
    o.append(r.get("mdsep", " · ").join(r["contact"]) if not r.get("mdlines") else "  \n".join(r["contact"]))
    o.append("")
    hl = r.get("mdh", "##")
    for ln in doc_lines(r):
        k = ln[0]
        if k == "h":
            o += [f"{hl} {ln[1]}", ""]
        elif k in ("eh", "er", "eh2"):
            if r.get("mdentry") == "h3":
                o.append(f"### {ln[1]}")
                if ln[2]:
                    o += ["", f"*{ln[2]}*"]
                o.append("")
            else:
                o.append(f"**{ln[1]}**" + (f" — {ln[2]}" if ln[2] else "") + "  ")
        elif k == "es":
            o.append(f"_{ln[1]}_  " if r.get("mdentry") != "h3" else ln[1] + "  ")
        elif k == "b":
            if o and o[-1] != "" and not o[-1].startswith(("- ", "* ")):
                o.append("")
            o.append(f"{r.get('mdbullet', '-')} {ln[1]}")
        elif k in ("t", "p"):
            if o and o[-1] != "":
                o.append("")
            o += [ln[1], ""]
        elif k == "gap":
            o.append("")
    txt = "\n".join(o)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def render_html(r):
    esc = H.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".r{float:right;color:#555}.s{font-style:italic;margin:0}")
    o = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    main = []
    main.append(f"<h1>{esc(r['name'])}</h1>")
    main.append("<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>")
    inlist = False
    for ln in doc_lines(r):
        k = ln[0]
        if k != "b" and inlist:
            main.append("</ul>")
            inlist = False
        if k == "h":
            main.append(f"<h2>{esc(ln[1])}</h2>")
        elif k in ("eh", "er", "eh2"):
            tag = "h3" if k == "eh" else "h4"
            right = f"<span class=\"r\">{esc(ln[2])}</span>" if ln[2] else ""
            main.append(f"<{tag}>{right}{esc(ln[1])}</{tag}>")
        elif k == "es":
            main.append(f"<p class=\"s\">{esc(ln[1])}</p>")
        elif k == "b":
            if not inlist:
                main.append("<ul>")
                inlist = True
            main.append(f"<li>{esc(ln[1])}</li>")
        elif k in ("t", "p"):
            main.append(f"<p>{esc(ln[1])}</p>")
    if inlist:
        main.append("</ul>")
    if r.get("side"):
        side = []
        for head, lines in r["side"]:
            side.append(f"<h2>{esc(head)}</h2>")
            side.append("<p>" + "<br>".join(esc(x) for x in lines) + "</p>")
        o.append("<table style=\"width:100%\"><tr><td style=\"width:30%;vertical-align:top;background:#eef\">")
        o += side
        o.append("</td><td style=\"vertical-align:top;padding-left:16px\">")
        o += main
        o.append("</td></tr></table>")
    else:
        o += main
    o += ["</body>", "</html>"]
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", FONT), ("DVB", FONTB), ("DVI", FONTI)):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, f))
    size = LETTER if r.get("paper") == "letter" else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(f"{r['name']} CV")
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    mk = r.get("bullet", "•")
    page = [1]
    sw = pdfmetrics.stringWidth
    left, right = 50, W - 50
    if lay == "sidebar":
        left = 200

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
        c.rect(0, 0, 180, Hh, stroke=0, fill=1)
        c.setFillGray(0)
        if page[0] > 1:
            return
        y = Hh - 60
        c.setFont("DVB", 15)
        for part in r["name"].split(" ", 1):
            c.drawString(20, y, part)
            y -= 19
        y -= 8
        for head, lines in [("Contact", r["contact"])] + list(r.get("side", [])):
            c.setFont("DVB", 10)
            c.drawString(20, y, head.upper())
            y -= 14
            c.setFont("DV", 8.5)
            for ln in lines:
                for w in wrap(ln, "DV", 8.5, 145):
                    c.drawString(20, y, w)
                    y -= 11.5
            y -= 10

    def wrap(text, font, fs, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if sw(t, font, fs) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines or [""]

    y = [Hh - 55]

    def need(h):
        if y[0] - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            sidebar()
            y[0] = Hh - 55

    sidebar()
    # header
    if lay == "sidebar":
        if r.get("headline"):
            c.setFont("DVB", 12)
            c.drawString(left, y[0], r["headline"])
            y[0] -= 24
    elif lay == "twocol":
        c.setFont("DVB", 20)
        c.drawString(left, y[0], r["name"])
        c.setFont("DV", 9)
        yy = y[0] + 6
        for ln in r["contact"]:
            c.drawRightString(right, yy, ln)
            yy -= 12
        y[0] = min(y[0] - 14, yy) - 6
        if r.get("headline"):
            c.setFont("DVI", 10)
            c.drawString(left, y[0], r["headline"])
            y[0] -= 14
        c.line(left, y[0], right, y[0])
        y[0] -= 18
    else:
        centred = r.get("centred")
        c.setFont("DVB", 18)
        (c.drawCentredString(W / 2, y[0], r["name"]) if centred else c.drawString(left, y[0], r["name"]))
        y[0] -= 16
        c.setFont("DV", 9)
        for ln in r["contact"]:
            (c.drawCentredString(W / 2, y[0], ln) if centred else c.drawString(left, y[0], ln))
            y[0] -= 12
        y[0] -= 10
    width = right - left
    for ln in doc_lines(r):
        k = ln[0]
        if k == "h":
            if r.get("pagebreak_before") == ln[1]:
                y[0] = 0
            need(40)
            y[0] -= 4
            c.setFont("DVB", 11)
            c.drawString(left, y[0], ln[1].upper() if r.get("caps_h", True) else ln[1])
            y[0] -= 4
            c.setLineWidth(0.5)
            c.line(left, y[0], right, y[0])
            y[0] -= 14
        elif k in ("eh", "er", "eh2"):
            need(30)
            font = "DVB" if k in ("eh", "er") else "DV"
            c.setFont(font, 10)
            rw = sw(ln[2], "DV", 9.5) + 10 if ln[2] else 0
            ls = wrap(ln[1], font, 10, width - rw)
            for i, t in enumerate(ls):
                c.setFont(font, 10)
                c.drawString(left, y[0], t)
                if i == 0 and ln[2]:
                    c.setFont("DV", 9.5)
                    c.drawRightString(right, y[0], ln[2])
                y[0] -= 13
        elif k == "es":
            need(14)
            c.setFont("DVI", 9.5)
            for t in wrap(ln[1], "DVI", 9.5, width):
                c.drawString(left, y[0], t)
                y[0] -= 12.5
        elif k == "b":
            ls = wrap(ln[1], "DV", 9.5, width - 14)
            need(12 * len(ls))
            c.setFont("DV", 9.5)
            if mk:
                c.drawString(left + 2, y[0], mk)
            for t in ls:
                c.drawString(left + 14, y[0], t)
                y[0] -= 12
        elif k in ("t", "p"):
            ls = wrap(ln[1], "DV", 9.5, width)
            need(12 * len(ls))
            c.setFont("DV", 9.5)
            for t in ls:
                c.drawString(left, y[0], t)
                y[0] -= 12
        elif k == "gap":
            y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, foot.format(n=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{r['name']} - CV")
    pdf.set_author(r["name"])
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DV", "I", FONTI)
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.get("layout", "left")
    mk = r.get("bullet", "•")
    side = lay == "sidebar"
    if side:
        pdf.set_fill_color(*r.get("sidecolor", (225, 232, 240)))
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(50, 7, r["name"], new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 4
        for head, lines in [("Contact", r["contact"])] + list(r.get("side", [])):
            pdf.set_xy(8, y)
            pdf.set_font("DV", "B", 9.5)
            pdf.cell(50, 6, head.upper())
            y += 6
            pdf.set_font("DV", "", 8)
            for ln in lines:
                pdf.set_xy(8, y)
                pdf.multi_cell(50, 4.2, ln)
                y = pdf.get_y()
            y += 4
        pdf.set_left_margin(70)
        pdf.set_xy(70, 16)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for ln in r["contact"]:
            pdf.cell(0, 4.8, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    for ln in doc_lines(r):
        k = ln[0]
        if k == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 6, ln[1].upper() if r.get("caps_h", True) else ln[1], border="B",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k in ("eh", "er", "eh2"):
            if pdf.get_y() > pdf.h - 34:
                pdf.add_page()
            y0 = pdf.get_y()
            if ln[2]:
                pdf.set_font("DV", "", 9)
                dw = pdf.get_string_width(ln[2]) + 3
                pdf.set_font("DV", "B" if k != "eh2" else "", 10)
                pdf.multi_cell(pdf.epw - dw, 5.2, ln[1], new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                pdf.set_xy(pdf.l_margin + pdf.epw - dw, y0)
                pdf.set_font("DV", "", 9)
                pdf.cell(dw, 5.2, ln[2], align="R")
                pdf.set_xy(pdf.l_margin, y1)
            else:
                pdf.set_font("DV", "B", 10)
                pdf.multi_cell(0, 5.2, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "es":
            pdf.set_font("DV", "I", 9.5)
            pdf.multi_cell(0, 4.8, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("DV", "", 9.5)
            if mk:
                pdf.cell(5, 4.8, mk)
                pdf.multi_cell(0, 4.8, ln[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4.8, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("t", "p"):
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 4.8, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(2.5)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


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
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor
    d = Document()
    st = d.styles["Normal"]
    st.font.name = r.get("docfont", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    lay = r.get("layout", "styles")
    mk = r.get("bullet")
    tabpos = Cm(17) if lay != "sidebar" else Cm(11)

    def para(container, text="", bold=False, italic=False, size=None, style=None, right=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right is not None:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if right is not None:
            r2 = p.add_run("\t" + right)
            r2.italic = r.get("date_italic", False)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(1)
        return p

    def body(container):
        for ln in doc_lines(r):
            k = ln[0]
            if k == "h":
                if r.get("docheads", True) and lay in ("styles", "header", "tabs"):
                    container.add_paragraph(ln[1], style="Heading 1" if lay != "tabs" else "Heading 2")
                else:
                    p = para(container, ln[1].upper(), bold=True, size=11.5)
                    p.paragraph_format.space_before = Pt(8)
            elif k in ("eh", "er", "eh2"):
                if lay == "table" and k != "eh2":
                    continue
                if ln[2] and r.get("tabdates", True):
                    para(container, ln[1], bold=(k != "eh2"), right=ln[2])
                elif ln[2]:
                    para(container, f"{ln[1]} ({ln[2]})", bold=(k != "eh2"))
                else:
                    para(container, ln[1], bold=True)
            elif k == "es":
                if lay == "table":
                    continue
                para(container, ln[1], italic=True)
            elif k == "b":
                if mk:
                    para(container, f"{mk} {ln[1]}")
                else:
                    container.add_paragraph(ln[1], style="List Bullet")
            elif k in ("t", "p"):
                para(container, ln[1])
            elif k == "gap":
                pass

    def body_tables(container):
        # table per job: left cell title / org, right cell dates; bullets below the table
        for blk in r["blocks"]:
            typ, head = blk[0], blk[1]
            if head:
                p = para(container, head.upper(), bold=True, size=11.5)
                p.paragraph_format.space_before = Pt(8)
            if typ == "exp":
                for e in blk[2]:
                    sub = {**r, "order": "title_org"}
                    L = entry_lines(e, sub)
                    t = container.add_table(rows=1, cols=2)
                    _noborders(t)
                    c1, c2 = t.rows[0].cells
                    c1.width, c2.width = Cm(12), Cm(5)
                    c1.paragraphs[0].add_run(L[0][1]).bold = True
                    if len(L) > 1 and L[1][0] == "es":
                        c1.add_paragraph().add_run(L[1][1]).italic = True
                    c2.paragraphs[0].add_run(L[0][2] or "")
                    c2.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for x in L:
                        if x[0] == "b":
                            if mk:
                                para(container, f"{mk} {x[1]}")
                            else:
                                container.add_paragraph(x[1], style="List Bullet")
                        elif x[0] == "p":
                            para(container, x[1])
            elif typ == "text":
                for x in blk[2]:
                    para(container, x)
            elif typ == "bul":
                for x in blk[2]:
                    container.add_paragraph(x, style="List Bullet")
            elif typ == "row":
                for a, b in blk[2]:
                    para(container, a, right=b)

    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        hdr.add_paragraph(" | ".join(r["contact"]))
        body(d)
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _noborders(t)
        s, m = t.rows[0].cells
        s.width, m.width = Cm(5.2), Cm(11.8)
        _shade(s, r.get("sidehex", "DCE6F0"))
        s.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            s.add_paragraph(ln)
        for head, lines in r.get("side", []):
            s.add_paragraph().add_run(head.upper()).bold = True
            for ln in lines:
                s.add_paragraph(ln)
        m.paragraphs[0].add_run(r.get("headline", "")).italic = True
        body(m)
    else:
        p = para(d, r["name"], bold=True, size=18, align=r.get("align"))
        for ln in r["contact"]:
            para(d, ln, align=r.get("align"))
        if lay == "table":
            body_tables(d)
        else:
            body(d)
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = datetime.datetime(2026, 11, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 1, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(it.filename))


def render(r, outdir):
    import os
    path = os.path.join(outdir, r["file"])
    rd = r["renderer"]
    if rd == "txt":
        open(path, "w", encoding="utf-8", newline="").write(render_txt(r))
    elif rd == "md":
        open(path, "w", encoding="utf-8", newline="").write(render_md(r))
    elif rd == "html":
        open(path, "w", encoding="utf-8", newline="").write(render_html(r))
    elif rd == "reportlab":
        render_reportlab(r, path)
    elif rd == "fpdf2":
        render_fpdf(r, path)
    elif rd == "docx":
        render_docx(r, path)
    else:
        raise ValueError(rd)
    return path
