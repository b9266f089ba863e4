"""Renderers for wild121: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html as _html
import io
import zipfile

from lib import fmt_range

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract entry lines
def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def dates(e, R):
    return fmt_range(e, R.get("ds", "mon"), R.get("present", "Present"), R.get("sep", " – "))


def entry_head(e, R, order=None):
    order = order or R.get("order", "title_org")
    d = dates(e, R)
    ol = org_loc(e, R.get("olsep", ", "))
    if order == "title_org":
        out = [("B", e.title, d)]
        if ol:
            out.append(("I", ol, ""))
        return out
    if order == "org_title":
        return [("B", ol, d), ("I", e.title, "")] if ol else [("B", e.title, d)]
    if order == "dash":
        return [("B", f"{e.title}{R.get('dash', ' – ')}{ol}" if ol else e.title, d)]
    if order == "pipe":
        return [("B", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
    if order == "datefirst":
        return [("P", d, ""), ("B", e.title, ""), ("I", ol, "")] if ol else [("P", d, ""), ("B", e.title, "")]
    if order == "labelled":
        out = [("B", "Position: " + e.title, "")]
        if e.org:
            out.append(("P", "Employer: " + ol, ""))
        elif e.loc:
            out.append(("P", "Location: " + e.loc, ""))
        out.append(("P", "Dates: " + d, ""))
        return out
    if order == "dateline":
        out = [("B", e.title, "")]
        if ol:
            out.append(("I", ol, ""))
        out.append(("P", d, ""))
        return out
    if order == "inline":
        return [("B", ", ".join(p for p in (e.title, ol, d) if p), "")]
    raise ValueError(order)


def exp_items(entries, R):
    """Yield ('h', style, left, right), ('b', text), ('p', text), ('gap',)."""
    items = []
    order = R.get("order", "title_org")
    i = 0
    while i < len(entries):
        e = entries[i]
        eo = getattr(e, "order", None)
        if order == "orgfirst" and eo is None and e.org:
            grp = [e]
            while i + len(grp) < len(entries) and entries[i + len(grp)].org == e.org:
                grp.append(entries[i + len(grp)])
            items.append(("h", "B", org_loc(e, R.get("olsep", ", ")), ""))
            for g in grp:
                items.append(("h", "I", g.title, dates(g, R)))
                items += bullet_items(g, R)
            items.append(("gap",))
            i += len(grp)
            continue
        for st, l, r in entry_head(e, R, eo if eo else (None if order == "orgfirst" else order)):
            items.append(("h", st, l, r))
        items += bullet_items(e, R)
        items.append(("gap",))
        i += 1
    return items


def bullet_items(e, R):
    b = R.get("bullet", "•")
    if not e.bullets:
        return []
    if b == "para":
        return [("p", " ".join(x.rstrip(".") + "." for x in e.bullets))]
    return [("b", x) for x in e.bullets]


def bchar(R):
    b = R.get("bullet", "•")
    return "" if b in ("para", "") else b


# ---------------------------------------------------------------- text
def render_txt(R):
    W = R.get("width", 78)
    L = []
    hs = R.get("heading_style", "caps")

    def head(t):
        L.append("")
        if hs == "caps":
            L.append(t.upper())
        elif hs == "underline":
            L.append(t)
            L.append("-" * len(t))
        elif hs == "equals":
            L.append(t.upper())
            L.append("=" * len(t))
        elif hs == "colon":
            L.append(t.upper() + ":")
        else:
            L.append(t)
        L.append("")

    L.append(R["name"].upper() if R.get("name_caps") else R["name"])
    L += R.get("contact", [])
    if R.get("headline"):
        L.append(R["headline"])
    for blk in R["blocks"]:
        kind, title, body = blk
        head(title)
        if kind == "para":
            L.append(body)
        elif kind in ("list", "lines"):
            for x in body:
                L.append((bchar(R) + " " if kind == "list" and bchar(R) else "") + x)
        elif kind == "exp":
            for it in exp_items(body, R):
                if it[0] == "h":
                    _, st, l, r = it
                    if r:
                        mode = R.get("txt_right", "pad")
                        if mode == "pad" and len(l) + len(r) + 2 <= W:
                            L.append(l + " " * (W - len(l) - len(r)) + r)
                        elif mode == "paren":
                            L.append(f"{l} ({r})")
                        elif mode == "newline":
                            L.append(l)
                            L.append(r)
                        else:
                            L.append(f"{l} | {r}")
                    else:
                        L.append(l)
                elif it[0] == "b":
                    L.append((bchar(R) + " " if bchar(R) else "") + it[1])
                elif it[0] == "p":
                    L.append(it[1])
                else:
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


# ---------------------------------------------------------------- markdown
def render_md(R):
    L = [f"# {R['name']}", ""]
    if R.get("headline"):
        L += [f"**{R['headline']}**", ""]
    L += [" · ".join(R.get("contact", [])), ""]
    for kind, title, body in R["blocks"]:
        L += [f"## {title}", ""]
        if kind == "para":
            L += [body, ""]
        elif kind == "list":
            L += [f"- {x}" for x in body] + [""]
        elif kind == "lines":
            L += [x + "  " for x in body] + [""]
        else:
            first = True
            for it in exp_items(body, R):
                if it[0] == "h":
                    if not first and L and L[-1] != "":
                        L.append("")
                    _, st, l, r = it
                    txt = l + (f" — *{r}*" if r else "")
                    if st == "B" and R.get("md_h3", True):
                        L.append(f"### {txt}")
                    elif st == "B":
                        L.append(f"**{l}**" + (f" — *{r}*" if r else "") + "  ")
                    elif st == "I":
                        L.append(f"*{l}*" + (f" · {r}" if r else "") + "  ")
                    else:
                        L.append(txt + "  ")
                elif it[0] == "b":
                    if first:
                        L.append("")
                    first = False
                    L.append(f"{R.get('md_bullet', '-')} {it[1]}")
                    continue
                elif it[0] == "p":
                    L += ["", it[1]]
                else:
                    L.append("")
                first = True
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


# ---------------------------------------------------------------- html
def render_html(R):
    h = _html.escape
    css = R.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                ".d{float:right;color:#555}")
    P = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{h(R['name'])} – Résumé</title><style>{css}</style></head><body>",
         f"<header><h1>{h(R['name'])}</h1>"]
    if R.get("headline"):
        P.append(f"<p><strong>{h(R['headline'])}</strong></p>")
    P.append("<p>" + " &middot; ".join(h(c) for c in R.get("contact", [])) + "</p></header>")
    for kind, title, body in R["blocks"]:
        P.append(f"<section><h2>{h(title)}</h2>")
        if kind == "para":
            P.append(f"<p>{h(body)}</p>")
        elif kind == "list":
            P.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in body) + "</ul>")
        elif kind == "lines":
            P.append("<p>" + "<br>".join(h(x) for x in body) + "</p>")
        else:
            ul = False
            for it in exp_items(body, R):
                if it[0] != "b" and ul:
                    P.append("</ul>")
                    ul = False
                if it[0] == "h":
                    _, st, l, r = it
                    d = f"<span class=\"d\">{h(r)}</span>" if r else ""
                    if st == "B":
                        P.append(f"<h3>{d}{h(l)}</h3>")
                    elif st == "I":
                        P.append(f"<p><em>{h(l)}</em>{d}</p>")
                    else:
                        P.append(f"<p>{h(l)}{d}</p>")
                elif it[0] == "b":
                    if not ul:
                        P.append("<ul>")
                        ul = True
                    P.append(f"<li>{h(it[1])}</li>")
                elif it[0] == "p":
                    P.append(f"<p>{h(it[1])}</p>")
            if ul:
                P.append("</ul>")
        P.append("</section>")
    P.append("</body></html>")
    return ("\n".join(P) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(R):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import Color

    size = letter if R.get("paper", "letter") == "letter" else A4
    PW, PH = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(f"{R['name']} Resume")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    layout = R.get("layout", "plain")
    M = 54
    side_w = 170 if layout == "sidebar" else 0
    x0 = M + (side_w if layout == "sidebar" else 0) - (20 if layout == "sidebar" else 0)
    x1 = PW - M
    fs = R.get("fs", 10)
    st = {"y": PH - M, "page": 1}
    accent = Color(*R.get("accent", (0.15, 0.25, 0.45)))

    def footer():
        if layout == "twopage" or R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(PW / 2, 30, R.get("footer_text", "{name} | Page {n}").format(name=R["name"], n=st["page"]))
            c.setFillColorRGB(0, 0, 0)

    def draw_sidebar():
        c.setFillColorRGB(*R.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w + 10, PH, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = PH - M
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 15, side_w - 40):
            c.drawString(24, y, ln)
            y -= 18
        y -= 6
        for head, lines in R.get("side", []):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(24, y, head.upper())
            y -= 13
            c.setFont("Helvetica", 8.5)
            for x in lines:
                for ln in simpleSplit(x, "Helvetica", 8.5, side_w - 36):
                    c.drawString(24, y, ln)
                    y -= 11
            y -= 8

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = PH - M

    def need(h):
        if st["y"] - h < M + 10:
            newpage()

    def text(s, font="Helvetica", size=fs, indent=0, right=None, lead=None):
        lead = lead or size * 1.3
        w = x1 - x0 - indent - (c.stringWidth(right, font, size) + 12 if right else 0)
        lines = simpleSplit(s, font, size, w)
        need(lead * len(lines))
        c.setFont(font, size)
        for i, ln in enumerate(lines):
            c.drawString(x0 + indent, st["y"], ln)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(x1, st["y"], right)
                c.setFont(font, size)
            st["y"] -= lead

    # header
    if layout == "sidebar":
        draw_sidebar()
        if R.get("headline"):
            c.setFont("Helvetica-Bold", 13)
            c.setFillColor(accent)
            c.drawString(x0, st["y"], R["headline"])
            c.setFillColorRGB(0, 0, 0)
            st["y"] -= 24
    elif layout == "twocol" or R.get("twocol_header"):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, st["y"], R["name"])
        if R.get("headline"):
            c.setFont("Helvetica", 11)
            c.drawString(x0, st["y"] - 18, R["headline"])
        yy = st["y"] + 4
        c.setFont("Helvetica", 8.5)
        for x in R.get("contact", []):
            c.drawRightString(x1, yy, x)
            yy -= 11
        st["y"] = min(st["y"] - 30, yy) - 8
        c.setStrokeColor(accent)
        c.line(x0, st["y"] + 6, x1, st["y"] + 6)
        st["y"] -= 10
    else:
        centre = R.get("centre", False)
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(PW / 2, st["y"], R["name"]) if centre else c.drawString(x0, st["y"], R["name"]))
        st["y"] -= 16
        c.setFont("Helvetica", 9)
        line = R.get("contact_sep", "  |  ").join(R.get("contact", []))
        for ln in simpleSplit(line, "Helvetica", 9, x1 - x0):
            (c.drawCentredString(PW / 2, st["y"], ln) if centre else c.drawString(x0, st["y"], ln))
            st["y"] -= 12
        if R.get("headline"):
            c.setFont("Helvetica-Oblique", 10)
            (c.drawCentredString(PW / 2, st["y"], R["headline"]) if centre else c.drawString(x0, st["y"], R["headline"]))
            st["y"] -= 12
        st["y"] -= 6

    for kind, title, body in R["blocks"]:
        if R.get("break_before") == title:
            newpage()
        need(40)
        st["y"] -= 4
        c.setFillColor(accent)
        c.setFont("Helvetica-Bold", fs + 1.5)
        c.drawString(x0, st["y"], title.upper() if R.get("caps_headings", True) else title)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(x0, st["y"] - 3, x1, st["y"] - 3)
        st["y"] -= 17
        if kind == "para":
            text(body)
        elif kind == "list":
            b = bchar(R)
            for x in body:
                text((b + " " if b else "") + x, indent=6)
        elif kind == "lines":
            for x in body:
                text(x)
        else:
            for it in exp_items(body, R):
                if it[0] == "h":
                    _, s, l, r = it
                    font = {"B": "Helvetica-Bold", "I": "Helvetica-Oblique", "P": "Helvetica"}[s]
                    if s == "B":
                        need(50)
                    text(l, font, right=r or None)
                elif it[0] == "b":
                    b = bchar(R)
                    text((b + " " if b else "") + it[1], indent=10)
                elif it[0] == "p":
                    text(it[1])
                else:
                    st["y"] -= 6
        st["y"] -= 6
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("layout") == "twopage" or R.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, R.get("footer_text", "{name} – page {n}").format(name=R["name"], n=self.page_no()),
                          align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=R.get("paper", "A4"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(f"{R['name']} CV")
    pdf.set_author(R["name"])
    pdf.set_creator("Writer")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = R.get("fs", 9.5)
    layout = R.get("layout", "left")
    W = pdf.w - 36
    lh = fs * 0.5
    acc = R.get("accent255", (30, 60, 100))

    side_w = 55 if layout == "sidebar" else 0
    if layout == "sidebar":
        pdf.set_fill_color(*R.get("side_fill", (232, 236, 240)))
        pdf.rect(0, 0, side_w + 8, pdf.h, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 13)
        pdf.multi_cell(side_w - 6, 6, R["name"], new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 4
        for head, lines in R.get("side", []):
            pdf.set_xy(8, y)
            pdf.set_font("DV", "B", 8.5)
            pdf.cell(side_w - 6, 5, head.upper())
            y += 6
            pdf.set_font("DV", "", 7.5)
            for x in lines:
                pdf.set_xy(8, y)
                pdf.multi_cell(side_w - 6, 3.8, x)
                y = pdf.get_y()
            y += 4
        pdf.set_left_margin(side_w + 16)
        pdf.set_xy(side_w + 16, 16)
        W = pdf.w - side_w - 16 - 18
        if R.get("headline"):
            pdf.set_font("DV", "B", 12)
            pdf.set_text_color(*acc)
            pdf.multi_cell(W, 6, R["headline"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("DV", "B", 17)
        pdf.cell(W, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            pdf.set_font("DV", "I", 10)
            pdf.cell(W, 5, R["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        pdf.multi_cell(W, 4.5, R.get("contact_sep", "  •  ").join(R.get("contact", [])), align=align,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def line(s, style="", right=None, indent=0):
        pdf.set_font("DV", style, fs)
        x = pdf.l_margin + indent
        pdf.set_x(x)
        if right:
            rw = pdf.get_string_width(right) + 2
            if pdf.get_string_width(s) < W - indent - rw - 4:
                y = pdf.get_y()
                pdf.cell(W - indent - rw, lh, s)
                pdf.set_font("DV", "", fs)
                pdf.cell(rw, lh, right, align="R", new_x="LMARGIN", new_y="NEXT")
                return
            pdf.multi_cell(W - indent, lh, s, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", fs)
            pdf.cell(W, lh, right, align="R", new_x="LMARGIN", new_y="NEXT")
            return
        pdf.multi_cell(W - indent, lh, s, new_x="LMARGIN", new_y="NEXT")

    for kind, title, body in R["blocks"]:
        if R.get("break_before") == title:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DV", "B", fs + 1.5)
        pdf.set_text_color(*acc)
        pdf.cell(W, 6, title.upper() if R.get("caps_headings", True) else title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(160, 160, 160)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        if kind == "para":
            line(body)
        elif kind == "list":
            b = bchar(R)
            for x in body:
                line((b + " " if b else "") + x, indent=3)
        elif kind == "lines":
            for x in body:
                line(x)
        else:
            for it in exp_items(body, R):
                if it[0] == "h":
                    _, s, l, r = it
                    line(l, {"B": "B", "I": "I", "P": ""}[s], right=r or None)
                elif it[0] == "b":
                    b = bchar(R)
                    line((b + " " if b else "") + it[1], indent=4)
                elif it[0] == "p":
                    line(it[1])
                else:
                    pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def render_docx(R):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    layout = R.get("layout", "styles")
    normal = doc.styles["Normal"]
    normal.font.name = R.get("font", "Calibri")
    normal.font.size = Pt(R.get("fs", 10.5))
    tab_pos = Cm(17)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, right=None, size=None, tab=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tab or tab_pos, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = R.get("dates_italic", False)
        p.paragraph_format.space_after = Pt(R.get("space_after", 2))
        return p

    def heading(container, t, main=True):
        if layout in ("styles", "header") and main and container is doc:
            doc.add_heading(t.upper() if R.get("caps_headings") else t, level=1)
        else:
            p = para(container, t.upper() if R.get("caps_headings", True) else t, bold=True, size=R.get("fs", 10.5) + 1.5)
            p.paragraph_format.space_before = Pt(8)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            bt.set(qn("w:val"), "single")
            bt.set(qn("w:sz"), "6")
            bt.set(qn("w:space"), "1")
            bt.set(qn("w:color"), "808080")
            bdr.append(bt)
            pPr.append(bdr)

    def bullets(container, items):
        b = R.get("bullet", "•")
        for x in items:
            if b == "list" or (b == "•" and layout == "styles"):
                p = container.add_paragraph(x, style="List Bullet")
                p.paragraph_format.space_after = Pt(0)
            else:
                para(container, (b + " " if b and b not in ("para", "list") else "") + x)

    def exp(container, entries, tab):
        if layout == "table" and container is doc:
            for e in entries:
                t = doc.add_table(rows=1, cols=2)
                no_borders(t)
                a, d = t.rows[0].cells
                a.width, d.width = Cm(12.5), Cm(4.5)
                a.paragraphs[0].text = ""
                heads = entry_head(e, R)
                first = True
                for s, l, r in heads:
                    p = a.paragraphs[0] if first else a.add_paragraph()
                    first = False
                    run = p.add_run(l)
                    run.bold, run.italic = s == "B", s == "I"
                    if r:
                        dp = d.paragraphs[0]
                        dp.add_run(r)
                        dp.alignment = 2
                if e.bullets:
                    if R.get("bullet") == "para":
                        para(doc, " ".join(x.rstrip(".") + "." for x in e.bullets))
                    else:
                        bullets(doc, e.bullets)
                para(doc, "")
            return
        for it in exp_items(entries, R):
            if it[0] == "h":
                _, s, l, r = it
                para(container, l, bold=s == "B", italic=s == "I", right=r or None, tab=tab)
            elif it[0] == "b":
                bullets(container, [it[1]])
            elif it[0] == "p":
                para(container, it[1])
            else:
                if R.get("gap", True):
                    para(container, "").paragraph_format.space_after = Pt(0)

    def blocks(container, tab):
        for kind, title, body in R["blocks"]:
            heading(container, title)
            if kind == "para":
                para(container, body)
            elif kind == "list":
                bullets(container, body)
            elif kind == "lines":
                for x in body:
                    para(container, x)
            else:
                exp(container, body, tab)

    contact = R.get("contact", [])
    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(contact))
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
        blocks(doc, tab_pos)
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        s, m = t.rows[0].cells
        s.width, m.width = Cm(5.2), Cm(11.8)
        shade(s, R.get("side_hex", "DCE6F0"))
        s.paragraphs[0].add_run(R["name"]).bold = True
        s.paragraphs[0].runs[0].font.size = Pt(15)
        for head, lines in R.get("side", []):
            p = s.add_paragraph()
            p.add_run(head.upper()).bold = True
            p.paragraph_format.space_before = Pt(8)
            for x in lines:
                q = s.add_paragraph(x)
                q.paragraph_format.space_after = Pt(0)
        m.paragraphs[0].text = ""
        if R.get("headline"):
            m.paragraphs[0].add_run(R["headline"]).bold = True
        blocks(m, Cm(11.4))
    else:
        if layout == "styles":
            doc.add_heading(R["name"], level=0)
        else:
            para(doc, R["name"], bold=True, size=18)
        para(doc, R.get("contact_sep", " | ").join(contact))
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
        blocks(doc, tab_pos)

    cp = doc.core_properties
    cp.author = R["name"]
    cp.title = "CV"
    cp.last_modified_by = R["name"]
    cp.created = datetime.datetime(2026, 10, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 1, 12, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render(R):
    fmt = R["fmt"]
    if fmt == "pdf":
        return render_reportlab(R) if R["renderer"] == "reportlab" else render_fpdf(R)
    return {"docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[fmt](R)
