"""Renderers for wild77: reportlab canvas, fpdf2 (DejaVu), python-docx, txt, Markdown, HTML.

A résumé dict R holds: file, family, renderer, page, order, ds (date style), present, sep,
name, tagline, contact (list), side (list of (heading, [lines])) for sidebar layouts,
blocks (list of (heading, payload)); payload is a list of lib.E, a str paragraph or a list
of str (bulleted). Optional: bchar (bullet char), bstyle ('bullet' | 'para' | 'dash'),
hcase ('upper' | 'title'), footer (text), font.
"""
import datetime
import html as htmlmod
from lib import E, fmt_dates

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def entries_of(R):
    out = []
    for _, p in R["blocks"]:
        if isinstance(p, list) and p and isinstance(p[0], E):
            out.extend(p)
    return out


def _ol(e):
    return e.org + (f", {e.loc}" if e.loc else "") if e.org else (e.loc or "")


def entry_items(R, es):
    """Turn a list of entries into layout items."""
    order = R.get("order", "title_org")
    items = []
    prev_org = None
    for e in es:
        d = fmt_dates(e, R.get("ds", "mon"), R.get("present", "Present"), R.get("sep", " – "))
        if order == "title_org":
            items.append(("head", e.title, d))
            if e.org or e.loc:
                items.append(("sub", _ol(e)))
        elif order == "org_title":
            items.append(("head", _ol(e), d))
            items.append(("sub", e.title))
        elif order == "dash":
            items.append(("head", f"{e.title} – {_ol(e)}" if e.org else e.title, d))
        elif order == "pipe":
            parts = [e.title] + [x for x in (e.org, e.loc) if x]
            items.append(("head", " | ".join(parts), d))
        elif order == "dateline":
            items.append(("head", e.title, ""))
            if e.org or e.loc:
                items.append(("sub", _ol(e)))
            items.append(("sub", d))
        elif order == "datesfirst":
            items.append(("head", d, ""))
            items.append(("sub", f"{e.title}, {_ol(e)}" if e.org else e.title))
        elif order == "inline":
            items.append(("head", ", ".join([e.title] + [x for x in (e.org, e.loc) if x] + [d]), ""))
        elif order == "labelled":
            items.append(("head", f"Designation: {e.title}", ""))
            if e.org:
                items.append(("sub", f"Organisation: {_ol(e)}"))
            items.append(("sub", f"Duration: {d}"))
        elif order == "orgfirst":
            if e.org != prev_org:
                items.append(("orghead", _ol(e) if e.org else "Independent"))
            items.append(("head", e.title, d))
        prev_org = e.org
        if e.bullets:
            if R.get("bstyle") == "para":
                items.append(("para", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                for b in e.bullets:
                    items.append(("bul", b))
        items.append(("gap",))
    return items


def doc_items(R):
    items = []
    for h, p in R["blocks"]:
        if h == "__PAGEBREAK__":
            items.append(("pagebreak",))
            continue
        if h:
            items.append(("heading", h.upper() if R.get("hcase") == "upper" else h))
        if isinstance(p, str):
            items.append(("para", p))
        elif p and isinstance(p[0], E):
            items.extend(entry_items(R, p))
        else:
            for x in p:
                items.append(("bul", x) if R.get("listbul", True) else ("para", x))
        items.append(("gap",))
    return items


# ---------------------------------------------------------------- text family
def render_txt(R, path):
    L = []
    style = R.get("txtstyle", "plain")
    L.append(R["name"].upper() if style != "indeed" else R["name"])
    if R.get("tagline"):
        L.append(R["tagline"])
    L.extend(R["contact"])
    L.append("")
    bc = R.get("bchar", "-")
    for it in doc_items(R):
        k = it[0]
        if k == "heading":
            if L and L[-1] != "":
                L.append("")
            if style == "underline":
                L.append(it[1].upper())
                L.append("=" * len(it[1]))
            elif style == "colon":
                L.append(it[1] + ":")
            else:
                L.append(it[1].upper())
        elif k == "orghead":
            L.append(it[1].upper())
        elif k == "head":
            left, right = it[1], it[2]
            if right:
                if R.get("txtdates") == "pad":
                    L.append(left + " " * max(3, 70 - len(left) - len(right)) + right)
                elif R.get("txtdates") == "paren":
                    L.append(f"{left} ({right})")
                else:
                    L.append(f"{left}, {right}")
            else:
                L.append(left)
        elif k == "sub":
            L.append(it[1])
        elif k == "bul":
            L.append(f"{bc} {it[1]}" if bc else it[1])
        elif k == "para":
            L.append(it[1])
        elif k == "gap":
            if L and L[-1] != "":
                L.append("")
    for h, lines in R.get("side", []):
        L.append(h.upper())
        L.extend(lines)
        L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(R, path):
    L = [f"# {R['name']}", ""]
    if R.get("tagline"):
        L += [f"**{R['tagline']}**", ""]
    L += [" · ".join(R["contact"]), ""]
    for it in doc_items(R):
        k = it[0]
        if k == "heading":
            L += [f"## {it[1]}", ""]
        elif k == "orghead":
            L += [f"### {it[1]}", ""]
        elif k == "head":
            h = "####" if R.get("order") == "orgfirst" else "###"
            if it[2]:
                if R.get("mddates") == "line":
                    L += [f"{h} {it[1]}", f"*{it[2]}*", ""]
                else:
                    L += [f"{h} {it[1]} — {it[2]}", ""]
            else:
                L += [f"{h} {it[1]}", ""]
        elif k == "sub":
            L += [f"**{it[1]}**  "]
        elif k == "bul":
            L += [f"{R.get('bchar', '-')} {it[1]}"]
        elif k == "para":
            L += [it[1], ""]
        elif k == "gap":
            if L and L[-1] != "":
                L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_html(R, path):
    esc = htmlmod.escape
    css = R.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                ".d{float:right;color:#555}.s{font-style:italic}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(R['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<header><h1>{esc(R['name'])}</h1>"]
    if R.get("tagline"):
        L.append(f"<p class=\"tag\">{esc(R['tagline'])}</p>")
    L.append("<p>" + " &middot; ".join(esc(c) for c in R["contact"]) + "</p></header>")
    inlist = False
    for it in doc_items(R):
        k = it[0]
        if k != "bul" and inlist:
            L.append("</ul>")
            inlist = False
        if k == "heading":
            L.append(f"<h2>{esc(it[1])}</h2>")
        elif k == "orghead":
            L.append(f"<h3>{esc(it[1])}</h3>")
        elif k == "head":
            tag = "h4" if R.get("order") == "orgfirst" else "h3"
            d = f"<span class=\"d\">{esc(it[2])}</span>" if it[2] else ""
            L.append(f"<{tag}>{d}{esc(it[1])}</{tag}>")
        elif k == "sub":
            L.append(f"<p class=\"s\">{esc(it[1])}</p>")
        elif k == "bul":
            if not inlist:
                L.append("<ul>")
                inlist = True
            L.append(f"<li>{esc(it[1])}</li>")
        elif k == "para":
            L.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        L.append("</ul>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    if R.get("font") == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        F, FB, FI = "DV", "DVB", "DV"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    size = letter if R.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(R["name"])
    c.setTitle(R["name"] + " - Resume")
    page = R.get("page", "plain")
    fs = R.get("fs", 10)
    lead = fs * 1.35
    mx = 54
    x0, x1 = mx, W - mx
    pno = [1]

    def footer():
        if R.get("footer"):
            c.setFont(F, 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, R["footer"].replace("{n}", str(pno[0])))
            c.setFillGray(0)

    y = H - 60
    if page == "sidebar":
        sw = 170
        c.setFillColorRGB(*R.get("sidecolor", (0.90, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillGray(0)
        sy = H - 60
        c.setFont(FB, 15)
        for ln in simpleSplit(R["name"], FB, 15, sw - 36):
            c.drawString(18, sy, ln)
            sy -= 19
        c.setFont(F, 8.5)
        for ln in R["contact"]:
            for l2 in simpleSplit(ln, F, 8.5, sw - 36):
                sy -= 12
                c.drawString(18, sy, l2)
        sy -= 10
        for h, lines in R.get("side", []):
            sy -= 16
            c.setFont(FB, 9.5)
            c.drawString(18, sy, h.upper())
            c.setFont(F, 8.5)
            for ln in lines:
                for l2 in simpleSplit(ln, F, 8.5, sw - 36):
                    sy -= 12
                    c.drawString(18, sy, l2)
        x0 = sw + 24
        x1 = W - 40
        if R.get("tagline"):
            c.setFont(FB, 12)
            c.drawString(x0, y, R["tagline"])
            y -= 24
    elif page == "twocol":
        c.setFont(FB, 20)
        c.drawString(x0, y, R["name"])
        if R.get("tagline"):
            c.setFont(F, 11)
            c.drawString(x0, y - 18, R["tagline"])
        c.setFont(F, 9)
        cy = y + 6
        for ln in R["contact"]:
            c.drawRightString(x1, cy, ln)
            cy -= 12
        y = min(y - 30, cy) - 6
        c.setLineWidth(1.2)
        c.line(x0, y, x1, y)
        y -= 20
    else:
        c.setFont(FB, 18)
        if R.get("center"):
            c.drawCentredString(W / 2, y, R["name"])
        else:
            c.drawString(x0, y, R["name"])
        y -= 18
        c.setFont(F, 9.5)
        lines = ([R["tagline"]] if R.get("tagline") else []) + [" | ".join(R["contact"])]
        for ln in lines:
            if R.get("center"):
                c.drawCentredString(W / 2, y, ln)
            else:
                c.drawString(x0, y, ln)
            y -= 13
        y -= 8

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        pno[0] += 1
        y = H - 60
        if page == "sidebar":
            c.setFillColorRGB(*R.get("sidecolor", (0.90, 0.92, 0.95)))
            c.rect(0, 0, 170, H, stroke=0, fill=1)
            c.setFillGray(0)

    def need(h):
        if y - h < 60:
            newpage()

    bc = R.get("bchar", "•")
    for it in doc_items(R):
        k = it[0]
        if k == "pagebreak":
            newpage()
        elif k == "heading":
            need(40)
            y -= 6
            c.setFont(FB, fs + 2)
            c.setFillColorRGB(*R.get("hcolor", (0.15, 0.2, 0.35)))
            c.drawString(x0, y, it[1])
            c.setFillGray(0)
            c.setLineWidth(0.5)
            c.line(x0, y - 4, x1, y - 4)
            y -= lead + 6
        elif k in ("head", "orghead"):
            need(30)
            c.setFont(FB, fs + (1 if k == "orghead" else 0.5))
            c.drawString(x0, y, it[1])
            if k == "head" and it[2]:
                wl = c.stringWidth(it[1], FB, fs + 0.5)
                wr = c.stringWidth(it[2], F, fs)
                if wl + wr + 12 > x1 - x0:
                    y -= lead
                c.setFont(F, fs)
                c.drawRightString(x1, y, it[2])
            y -= lead
        elif k == "sub":
            need(14)
            c.setFont(FI, fs)
            c.drawString(x0, y, it[1])
            y -= lead
        elif k in ("bul", "para"):
            ind = 12 if k == "bul" else 0
            lines = simpleSplit(it[1], F, fs, x1 - x0 - ind)
            need(lead * len(lines))
            c.setFont(F, fs)
            if k == "bul":
                c.drawString(x0 + 2, y, bc)
            for ln in lines:
                c.drawString(x0 + ind, y, ln)
                y -= lead
        elif k == "gap":
            y -= 4
    if page != "sidebar" and R.get("side"):
        for h, lines in R["side"]:
            need(30)
            c.setFont(FB, fs + 2)
            c.drawString(x0, y, h)
            y -= lead + 4
            c.setFont(F, fs)
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= lead
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-12)
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, R["footer"].replace("{n}", str(self.page_no())), align="C")
                self.set_text_color(0)

    pdf = P(format="A4" if R.get("paper") != "letter" else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_author(R["name"])
    pdf.set_title(R["name"] + " CV")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    fam = R.get("font", "sans")
    pdf.add_font("DV", "", DEJAVU_SERIF if fam == "serif" else DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_SERIF_B if fam == "serif" else DEJAVU_B)
    pdf.add_font("DV", "I", DEJAVU_I)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    page = R.get("page", "plain")
    fs = R.get("fs", 10)
    lh = fs * 0.5
    left = 18
    if page == "sidebar":
        pdf.set_fill_color(*R.get("sidecolor", (228, 236, 240)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(48, 7, R["name"])
        pdf.set_font("DV", "", 8)
        pdf.set_x(8)
        for ln in R["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(48, 4.2, ln)
        for h, lines in R.get("side", []):
            pdf.ln(4)
            pdf.set_x(8)
            pdf.set_font("DV", "B", 9)
            pdf.multi_cell(48, 5, h.upper())
            pdf.set_font("DV", "", 8)
            for ln in lines:
                pdf.set_x(8)
                pdf.multi_cell(48, 4.2, ln)
        left = 70
        pdf.set_left_margin(left)
        pdf.set_xy(left, 16)
        if R.get("tagline"):
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 7, R["tagline"])
            pdf.ln(2)
    else:
        align = "C" if page == "centred" else "L"
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        if R.get("tagline"):
            pdf.cell(0, 5, R["tagline"], align=align, new_x="LMARGIN", new_y="NEXT")
        for ln in R.get("contact_lines", [" • ".join(R["contact"])]):
            pdf.cell(0, 5, ln, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    bc = R.get("bchar", "•")
    for it in doc_items(R):
        k = it[0]
        if k == "pagebreak":
            pdf.add_page()
        elif k == "heading":
            if pdf.get_y() > 260:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("DV", "B", fs + 1.5)
            pdf.cell(0, 7, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(150)
            pdf.line(left, pdf.get_y(), 210 - 18, pdf.get_y())
            pdf.ln(2)
        elif k in ("head", "orghead"):
            if pdf.get_y() > 268:
                pdf.add_page()
            pdf.set_font("DV", "B", fs + (1 if k == "orghead" else 0))
            if k == "head" and it[2] and (pdf.get_string_width(it[1]) + 30
                                          + len(it[2]) * fs * 0.2 > pdf.epw - (left - 18)):
                pdf.cell(0, lh + 1, it[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", fs)
                pdf.cell(0, lh + 1, it[2], align="R", new_x="LMARGIN", new_y="NEXT")
            elif k == "head" and it[2]:
                y = pdf.get_y()
                pdf.cell(0, lh + 1, it[1])
                pdf.set_font("DV", "", fs)
                pdf.set_xy(left, y)
                pdf.cell(0, lh + 1, it[2], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, lh + 1, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "sub":
            pdf.set_font("DV", "I", fs)
            pdf.cell(0, lh + 1, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "bul":
            pdf.set_font("DV", "", fs)
            pdf.set_x(left + 1)
            pdf.cell(4, lh + 0.5, bc)
            pdf.multi_cell(0, lh + 0.5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "para":
            pdf.set_font("DV", "", fs)
            pdf.multi_cell(0, lh + 0.5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(1.5)
    if page != "sidebar" and R.get("side"):
        for h, lines in R["side"]:
            pdf.set_font("DV", "B", fs + 1.5)
            pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", fs)
            for ln in lines:
                pdf.multi_cell(0, lh + 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(R, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    page = R.get("page", "styles")
    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    TAB = Cm(17)

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcolor)
        tcPr.append(sh)

    def noborders(t):
        tbl = t._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # header block
    if page == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        if R.get("tagline"):
            sec.header.add_paragraph(R["tagline"])
        main = d
    elif page == "sidebar":
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        side, mainc = t.rows[0].cells
        side.width = Cm(5.5)
        mainc.width = Cm(11.5)
        shade(side, R.get("sidehex", "DCE6EE"))
        p = side.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ln in R["contact"]:
            side.add_paragraph(ln).runs[0].font.size = Pt(8.5)
        for h, lines in R.get("side", []):
            pr = side.add_paragraph()
            rr = pr.add_run(h.upper())
            rr.bold = True
            for ln in lines:
                side.add_paragraph(ln).runs[0].font.size = Pt(8.5)
        main = mainc
        if R.get("tagline"):
            mp = mainc.paragraphs[0]
            rr = mp.add_run(R["tagline"])
            rr.bold = True
            rr.font.size = Pt(12)
    else:
        if page == "styles":
            d.add_heading(R["name"], level=0)
        else:
            p = d.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(18)
        if R.get("tagline"):
            d.add_paragraph(R["tagline"])
        d.add_paragraph(" · ".join(R["contact"]))
        main = d

    def addp(text="", style=None):
        if style and main is d:
            return d.add_paragraph(text, style=style)
        p = main.add_paragraph(text)
        return p

    def tabbed(left, right, bold=True):
        p = addp()
        p.paragraph_format.tab_stops.add_tab_stop(TAB if main is d else Cm(11), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = bold
        if right:
            p.add_run("\t" + right)
        return p

    use_styles = page in ("styles", "header") and R.get("docstyles", True)
    for it in doc_items(R):
        k = it[0]
        if k == "pagebreak":
            continue
        if k == "heading":
            if use_styles:
                d.add_heading(it[1], level=1)
            else:
                p = addp()
                r = p.add_run(it[1].upper())
                r.bold = True
                r.font.size = Pt(12)
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k == "orghead":
            p = addp()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(11.5)
        elif k == "head":
            if page == "table":
                t = d.add_table(rows=1, cols=2)
                noborders(t)
                a, b = t.rows[0].cells
                a.width, b.width = Cm(12), Cm(5)
                ra = a.paragraphs[0].add_run(it[1])
                ra.bold = True
                b.paragraphs[0].add_run(it[2])
                b.paragraphs[0].alignment = 2
                last_table = t
            else:
                tabbed(it[1], it[2])
        elif k == "sub":
            if page == "table" and "last_table" in dir():
                pass
            p = addp()
            r = p.add_run(it[1])
            r.italic = True
        elif k == "bul":
            if use_styles and R.get("liststyle", True):
                addp(it[1], style="List Bullet")
            else:
                addp(f"{R.get('bchar', '•')}  {it[1]}" if R.get("bchar", "•") else it[1])
        elif k == "para":
            addp(it[1])
    if page != "sidebar" and R.get("side"):
        for h, lines in R["side"]:
            if use_styles:
                d.add_heading(h, level=1)
            else:
                p = addp()
                r = p.add_run(h.upper())
                r.bold = True
            for ln in lines:
                addp(ln)
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].replace("{n}", "")
    d.save(path)
    fix_zip(path)


def fix_zip(path):
    import zipfile
    import io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html,
             "reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx}
