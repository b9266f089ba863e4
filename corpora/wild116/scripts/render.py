"""Renderers for wild116: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import html as _html
from lib import drange

FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry layout
def entry_items(entries, hs, ds, pw, sep):
    """Flatten entries into display items: (kind, left, right). kinds: o org heading, h bold head,
    s sub line, b bullet, t plain text."""
    out, prev = [], object()
    for e in entries:
        d = drange(e, ds, pw, sep)
        ol = ", ".join(x for x in (e.org, e.loc) if x)
        if hs == "title_org":
            out.append(("h", e.title, d))
            if ol:
                out.append(("s", ol, ""))
        elif hs == "org_title":
            if ol:
                out.append(("h", ol, d))
                out.append(("s", e.title, ""))
            else:
                out.append(("h", e.title, d))
        elif hs == "dash":
            out.append(("h", f"{e.title} – {ol}" if ol else e.title, d))
        elif hs == "pipe":
            out.append(("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif hs == "dateline":
            out.append(("h", e.title, ""))
            if ol:
                out.append(("s", ol, ""))
            out.append(("s", d, ""))
        elif hs == "datesfirst":
            out.append(("h", f"{d}   {e.title}", ""))
            if ol:
                out.append(("s", ol, ""))
        elif hs == "inline":
            out.append(("h", ", ".join(x for x in (e.title, ol, d) if x), ""))
        elif hs == "labelled":
            out.append(("h", "Position: " + e.title, ""))
            if e.org:
                out.append(("t", "Employer: " + e.org, ""))
            if e.loc:
                out.append(("t", "Location: " + e.loc, ""))
            out.append(("t", "Period: " + d, ""))
        elif hs == "orgfirst":
            if e.org != prev and e.org:
                out.append(("o", ol, ""))
            out.append(("h", e.title, d))
        prev = e.org
        if e.bullets:
            if e.para:
                out.append(("t", " ".join(e.bullets), ""))
            else:
                for b in e.bullets:
                    out.append(("b", b, ""))
        out.append(("g", "", ""))
    return out


def doc_items(r, sections=None):
    """Whole body as items: ('H', heading) section headings plus entry items."""
    out = []
    for sec in (sections if sections is not None else r["sections"]):
        kind, head, body = sec[0], sec[1], sec[2]
        opt = sec[3] if len(sec) > 3 else {}
        if head:
            out.append(("H", head, ""))
        if kind == "p":
            for p in body:
                out.append(("t", p, ""))
            out.append(("g", "", ""))
        elif kind == "l":
            for p in body:
                out.append(("b", p, ""))
            out.append(("g", "", ""))
        elif kind == "x":
            out += entry_items(body, opt.get("hs", r.get("hs", "title_org")), opt.get("ds", r.get("ds", "mon")),
                               opt.get("pw", r.get("pw", "Present")), opt.get("sep", r.get("sep", " – ")))
    return out


def entries_of(r):
    es = []
    for sec in r["sections"]:
        if sec[0] == "x":
            es += sec[2]
    return es


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    bul = r.get("bul", "-")
    th = r.get("th", "caps")
    width = r.get("width", 78)
    L = [r["name"].upper() if r.get("name_caps") else r["name"]]
    if r.get("tagline"):
        L.append(r["tagline"])
    L += r["contact"]
    L.append("")
    for k, a, b in doc_items(r):
        if k == "H":
            if th == "caps":
                L += [a.upper(), "=" * len(a)]
            elif th == "dash":
                L += ["--- " + a + " ---"]
            elif th == "colon":
                L += [a.upper() + ":"]
            else:
                L += [a, "-" * len(a)]
        elif k in "ho":
            txt = a.upper() if (k == "o" and r.get("org_caps")) else a
            if b:
                rj = r.get("tj")
                txt = txt + rj + b if rj else txt + " " * max(3, width - len(txt) - len(b)) + b
            L.append(txt)
        elif k == "s":
            L.append(a + ("  " + b if b else ""))
        elif k == "b":
            L.append(f"{bul} {a}" if bul else a)
        elif k == "t":
            L.append(a)
        elif k == "g":
            if L and L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    bul = r.get("bul", "-")
    mh = r.get("mh", "h3")
    L = ["# " + r["name"], ""]
    if r.get("tagline"):
        L += ["**" + r["tagline"] + "**", ""]
    L += [r.get("cjoin", " · ").join(r["contact"]), ""]
    for k, a, b in doc_items(r):
        if k == "H":
            L += ["## " + a, ""]
        elif k == "o":
            L += ["### " + a, ""]
        elif k == "h":
            if mh == "h3" and r.get("hs") != "orgfirst":
                L += ["### " + a] + (["*" + b + "*"] if b else [])
            else:
                L += ["**" + a + "**" + (" — " + b if b else "") + "  "]
        elif k == "s":
            L += ["*" + a + "*" + ("  " + b if b else "")]
        elif k == "b":
            if L[-1] and not L[-1].startswith(bul + " "):
                L.append("")
            L.append(f"{bul} {a}")
        elif k == "t":
            if L[-1] != "":
                L.append("")
            L += [a, ""]
        elif k == "g":
            if L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    esc = _html.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       "h3{margin:.8em 0 .1em;font-size:1em}.d{float:right;font-weight:normal}"
                       ".s{font-style:italic;margin:0}")
    L = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(r['name'])} – Résumé</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<header><h1>{esc(r['name'])}</h1>"]
    if r.get("tagline"):
        L.append(f"<p><strong>{esc(r['tagline'])}</strong></p>")
    L.append("<p>" + " | ".join(esc(c) for c in r["contact"]) + "</p></header>")
    inlist = False
    for k, a, b in doc_items(r):
        if k != "b" and inlist:
            L.append("</ul>")
            inlist = False
        if k == "H":
            L.append(f"<h2>{esc(a)}</h2>")
        elif k == "o":
            L.append(f"<h3 class=\"org\">{esc(a)}</h3>")
        elif k == "h":
            tag = "h4" if r.get("hs") == "orgfirst" else "h3"
            L.append(f"<{tag}>{esc(a)}" + (f' <span class="d">{esc(b)}</span>' if b else "") + f"</{tag}>")
        elif k == "s":
            L.append(f'<p class="s">{esc(a)}' + (f" {esc(b)}" if b else "") + "</p>")
        elif k == "b":
            if not inlist:
                L.append("<ul>")
                inlist = True
            L.append(f"<li>{esc(a)}</li>")
        elif k == "t":
            L.append(f"<p>{esc(a)}</p>")
    if inlist:
        L.append("</ul>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor
    size = letter if r.get("page") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(r["name"] + " Resume")
    c.setCreator("Microsoft Word")
    lay = r.get("layout", "plain")
    accent = HexColor(r.get("accent", "#1F3A5F"))
    M = 50
    state = {"page": 1}
    side = lay == "sidebar"
    SW = 170

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 28, f"{r['footer']}  |  Page {state['page']}")
            c.setFillColor(HexColor("#000000"))

    x0, x1 = (SW + 25, W - M) if side else (M, W - M)
    y = H - 55
    # header
    if side:
        c.setFillColor(HexColor(r.get("side_bg", "#E8EDF3")))
        c.rect(0, 0, SW, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        sy = H - 60
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18, sy, "CONTACT")
        sy -= 15
        c.setFont("Helvetica", 8.5)
        for line in r["contact"]:
            for ln in simpleSplit(line, "Helvetica", 8.5, SW - 30):
                c.drawString(18, sy, ln)
                sy -= 11
        for head, items in r.get("sidebar", []):
            sy -= 12
            c.setFont("Helvetica-Bold", 10)
            c.drawString(18, sy, head.upper())
            sy -= 15
            c.setFont("Helvetica", 8.5)
            for it in items:
                for i, ln in enumerate(simpleSplit(it, "Helvetica", 8.5, SW - 30)):
                    c.drawString(18, sy, ln)
                    sy -= 11
        c.setFont("Helvetica-Bold", 22)
        c.setFillColor(accent)
        c.drawString(x0, y, r["name"])
        c.setFillColor(HexColor("#000000"))
        y -= 18
        if r.get("tagline"):
            c.setFont("Helvetica", 11)
            c.drawString(x0, y, r["tagline"])
            y -= 20
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, r["name"])
        if r.get("tagline"):
            c.setFont("Helvetica-Oblique", 10.5)
            c.drawString(x0, y - 16, r["tagline"])
        c.setFont("Helvetica", 9)
        yy = y + 6
        for line in r["contact"]:
            c.drawRightString(x1, yy, line)
            yy -= 11
        y = min(y - 30, yy - 4)
        c.setStrokeColor(accent)
        c.line(x0, y + 8, x1, y + 8)
        y -= 10
    else:
        centred = r.get("centre", True)
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(W / 2, y, r["name"]) if centred else c.drawString(x0, y, r["name"]))
        y -= 16
        if r.get("tagline"):
            c.setFont("Helvetica", 10.5)
            (c.drawCentredString(W / 2, y, r["tagline"]) if centred else c.drawString(x0, y, r["tagline"]))
            y -= 14
        c.setFont("Helvetica", 9)
        line = "  |  ".join(r["contact"])
        for ln in simpleSplit(line, "Helvetica", 9, x1 - x0):
            (c.drawCentredString(W / 2, y, ln) if centred else c.drawString(x0, y, ln))
            y -= 11
        y -= 8

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            state["page"] += 1
            y = H - 50

    bul = r.get("bul", "•")
    for k, a, b in doc_items(r):
        if k == "H":
            need(40)
            y -= 6
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColor(accent)
            c.drawString(x0, y, a.upper() if r.get("caps_heads", True) else a)
            c.setFillColor(HexColor("#000000"))
            c.setStrokeColor(accent)
            c.line(x0, y - 4, x1, y - 4)
            y -= 18
        elif k in "ho":
            need(30)
            fs = 10.5 if k == "h" else 11
            wr = c.stringWidth(b, "Helvetica", 9.5) + 12 if b else 0
            lines = simpleSplit(a, "Helvetica-Bold", fs, x1 - x0 - wr)
            c.setFont("Helvetica-Bold", fs)
            for i, ln in enumerate(lines):
                c.drawString(x0, y, ln)
                if i == 0 and b:
                    c.setFont("Helvetica", 9.5)
                    c.drawRightString(x1, y, b)
                    c.setFont("Helvetica-Bold", fs)
                y -= 13
        elif k == "s":
            need(14)
            c.setFont("Helvetica-Oblique", 10)
            for ln in simpleSplit(a, "Helvetica-Oblique", 10, x1 - x0):
                c.drawString(x0, y, ln)
                y -= 12.5
            y -= 1
        elif k == "b":
            lines = simpleSplit(a, "Helvetica", 9.5, x1 - x0 - 14)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.5)
            c.drawString(x0 + 3, y, bul)
            for ln in lines:
                c.drawString(x0 + 14, y, ln)
                y -= 12
        elif k == "t":
            lines = simpleSplit(a, "Helvetica", 9.5, x1 - x0)
            need(12 * min(len(lines), 3))
            c.setFont("Helvetica", 9.5)
            for ln in lines:
                need(12)
                c.setFont("Helvetica", 9.5)
                c.drawString(x0, y, ln)
                y -= 12
        elif k == "g":
            y -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    import datetime

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("dv", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, f"{r['footer']} – {self.page_no()}/{{nb}}", align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=r.get("page", "A4"))
    pdf.set_creation_date(datetime.datetime(2026, 11, 3, 9, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_author(r["name"])
    pdf.set_title(r["name"] + " CV")
    pdf.set_creator("Writer")
    pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.get("layout", "left")
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if lay == "sidebar":
        SW = 62
        pdf.set_fill_color(*r.get("side_rgb", (230, 236, 240)))
        pdf.rect(0, 0, SW, 297, style="F")
        pdf.set_xy(8, 20)
        pdf.set_left_margin(8)
        pdf.set_right_margin(210 - SW + 6)
        pdf.set_font("dv", "B", 9.5)
        pdf.cell(0, 6, "Contact", **NL)
        pdf.set_font("dv", "", 8)
        for line in r["contact"]:
            pdf.multi_cell(0, 4.2, line, **NL)
        for head, items in r.get("sidebar", []):
            pdf.ln(4)
            pdf.set_font("dv", "B", 9.5)
            pdf.cell(0, 6, head, **NL)
            pdf.set_font("dv", "", 8)
            for it in items:
                pdf.multi_cell(0, 4.2, it, **NL)
        pdf.set_left_margin(SW + 8)
        pdf.set_right_margin(16)
        pdf.set_xy(SW + 8, 18)
        pdf.set_font("dv", "B", 20)
        pdf.cell(0, 10, r["name"], **NL)
        if r.get("tagline"):
            pdf.set_font("dv", "", 10.5)
            pdf.cell(0, 6, r["tagline"], **NL)
        pdf.ln(3)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("dv", "B", 19)
        pdf.cell(0, 10, r["name"], align=al, **NL)
        if r.get("tagline"):
            pdf.set_font("dv", "I", 10.5)
            pdf.cell(0, 6, r["tagline"], align=al, **NL)
        pdf.set_font("dv", "", 8.8)
        pdf.multi_cell(0, 4.6, r.get("cjoin", "  •  ").join(r["contact"]), align=al, **NL)
        pdf.ln(3)
    bul = r.get("bul", "•")
    for k, a, b in doc_items(r):
        epw = pdf.w - pdf.l_margin - pdf.r_margin
        if k == "H":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 6, a.upper() if r.get("caps_heads") else a, **NL)
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
        elif k in "ho":
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.set_font("dv", "B", 10)
            if b:
                pdf.set_font("dv", "", 9)
                wr = pdf.get_string_width(b) + 3
                pdf.set_font("dv", "B", 10)
                if pdf.get_string_width(a) < epw - wr - 2:
                    pdf.cell(epw - wr, 5.5, a)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(wr, 5.5, b, align="R", **NL)
                else:
                    pdf.multi_cell(0, 5.5, a, **NL)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(0, 5, b, **NL)
            else:
                pdf.multi_cell(0, 5.5, a, **NL)
        elif k == "s":
            pdf.set_font("dv", "I", 9.5)
            pdf.multi_cell(0, 5, a + (("   " + b) if b else ""), **NL)
        elif k == "b":
            pdf.set_font("dv", "", 9.2)
            x = pdf.l_margin
            pdf.set_x(x + 2)
            pdf.cell(4, 4.8, bul)
            pdf.set_left_margin(x + 6)
            pdf.multi_cell(0, 4.8, a, **NL)
            pdf.set_left_margin(x)
            pdf.set_x(x)
        elif k == "t":
            pdf.set_font("dv", "", 9.2)
            pdf.multi_cell(0, 4.8, a, **NL)
        elif k == "g":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(r, path):
    import datetime
    import zipfile
    import io
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 10, 28, 10, 0, 0)
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3
    cp.title = "CV"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)
    TW = sec.page_width - sec.left_margin - sec.right_margin
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r.get("layout", "tabs")
    bul = r.get("bul", "")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(tgt, text="", bold=False, italic=False, style=None, size=None, right=None, tabpos=None):
        p = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos or TW, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = italic
        p.paragraph_format.space_after = Pt(2)
        return p

    def body(tgt, items, width):
        for k, a, b in items:
            if k == "H":
                if lay == "styles" or r.get("heads") == "styles":
                    tgt.add_paragraph(a, style="Heading 1") if hasattr(tgt, "add_heading") is False else tgt.add_heading(a, level=1)
                else:
                    p = para(tgt, a.upper(), bold=True, size=11.5)
                    p.paragraph_format.space_before = Pt(8)
            elif k == "o":
                if lay == "styles":
                    tgt.add_heading(a, level=2)
                else:
                    para(tgt, a, bold=True, size=11)
            elif k == "h":
                if lay == "styles" and r.get("h2", False):
                    tgt.add_heading(a, level=2)
                    if b:
                        para(tgt, b, italic=True)
                else:
                    para(tgt, a, bold=True, right=b or None, tabpos=width)
            elif k == "s":
                para(tgt, a, italic=True, right=b or None, tabpos=width)
            elif k == "b":
                if bul:
                    para(tgt, f"{bul} {a}")
                else:
                    para(tgt, a, style="List Bullet")
            elif k == "t":
                para(tgt, a)
            elif k == "g":
                pass

    def header_block(tgt):
        p = para(tgt, r["name"], bold=True, size=20)
        if r.get("tagline"):
            para(tgt, r["tagline"], italic=True, size=11)
        para(tgt, "  |  ".join(r["contact"]), size=9)

    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        hp2 = hdr.add_paragraph("  ·  ".join(r["contact"]))
        if r.get("footer"):
            sec.footer.paragraphs[0].add_run(r["footer"]).font.size = Pt(8)
        if r.get("tagline"):
            para(doc, r["tagline"], bold=True, size=12)
        body(doc, doc_items(r), TW)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), TW - Cm(5.5)
        shade(left, r.get("side_hex", "DCE6EE"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        left.paragraphs[0].runs[0].font.size = Pt(16)
        for c_ in r["contact"]:
            para(left, c_, size=9)
        for head, items in r.get("sidebar", []):
            p = para(left, head.upper(), bold=True, size=10)
            p.paragraph_format.space_before = Pt(8)
            for it in items:
                para(left, it, size=9)
        if r.get("tagline"):
            right.paragraphs[0].add_run(r["tagline"]).bold = True
        body(right, doc_items(r), TW - Cm(5.9))
    elif lay == "table":
        header_block(doc)
        for secd in r["sections"]:
            kind, head, b_ = secd[0], secd[1], secd[2]
            if head:
                p = para(doc, head.upper(), bold=True, size=11.5)
                p.paragraph_format.space_before = Pt(8)
            if kind != "x":
                body(doc, [i for i in doc_items(r, [(kind, None, b_)])], TW)
                continue
            for e in b_:
                t = doc.add_table(rows=1, cols=2)
                no_borders(t)
                c1, c2 = t.rows[0].cells
                c1.width, c2.width = TW - Cm(4.5), Cm(4.5)
                c1.paragraphs[0].add_run(e.title).bold = True
                ol = ", ".join(x for x in (e.org, e.loc) if x)
                if ol:
                    c1.add_paragraph().add_run(ol).italic = True
                c2.paragraphs[0].add_run(drange(e, r.get("ds", "mon"), r.get("pw", "Present"), r.get("sep", " – ")))
                c2.paragraphs[0].alignment = 2
                for bl in e.bullets:
                    para(doc, bl, style="List Bullet")
    else:
        if lay == "styles":
            doc.add_heading(r["name"], level=0)
            if r.get("tagline"):
                para(doc, r["tagline"], italic=True, size=11)
            para(doc, "  |  ".join(r["contact"]), size=9)
        else:
            header_block(doc)
        body(doc, doc_items(r), TW)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps and sorted-as-is order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 28, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
          "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
