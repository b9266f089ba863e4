"""Renderers for wild118: text, Markdown, HTML, reportlab canvas, fpdf2 (DejaVu), python-docx."""
import datetime
import html as _html
import io
import zipfile

from lib import E, daterange

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- intermediate lines
def _ol(e, with_loc=True):
    parts = [p for p in (e.org, e.loc if with_loc else None) if p]
    return ", ".join(parts)


def entry_lines(d, entries):
    """Turn entries into a list of typed lines: B(left,right) bold; I italic; P plain; L bullet; G group heading."""
    hdr = d.get("hdr", "title_org")
    st, pres, sep = d.get("dfmt", "mon"), d.get("present", "Present"), d.get("sep", " – ")
    out, last_org = [], object()
    for e in entries:
        dt = daterange(e, st, pres, sep)
        h = e.__dict__.get("hdr", hdr)
        if h == "title_org":
            out.append(("B", e.title, dt))
            if _ol(e):
                out.append(("I", _ol(e)))
        elif h == "org_title":
            out.append(("B", _ol(e) or e.title, dt))
            if _ol(e):
                out.append(("I", e.title))
        elif h == "dash":
            out.append(("B", e.title + (" – " + _ol(e) if _ol(e) else ""), dt))
        elif h == "dashend":
            out.append(("B", e.title + (" - " + _ol(e) if _ol(e) else "") + (", " + dt if dt else ""), ""))
        elif h == "pipe":
            out.append(("B", " | ".join(p for p in (e.title, e.org, e.loc) if p), dt))
        elif h == "dateline":
            out.append(("B", e.title, ""))
            if _ol(e):
                out.append(("I", _ol(e)))
            out.append(("I", dt))
        elif h == "datesfirst":
            out.append(("B", dt + "   " + e.title, ""))
            if _ol(e):
                out.append(("I", _ol(e)))
        elif h == "inline":
            out.append(("B", ", ".join(p for p in (e.title, e.org, e.loc, dt) if p), ""))
        elif h == "orgfirst":
            key = (e.org, e.loc)
            if key != last_org:
                out.append(("G", " – ".join(p for p in (e.org, e.loc) if p)))
            last_org = key
            out.append(("B", e.title, dt))
        elif h == "labelled":
            out.append(("B", "Position: " + e.title, ""))
            if e.org:
                out.append(("P", "Employer: " + _ol(e)))
            out.append(("P", "Dates: " + dt))
            if e.bullets:
                out.append(("P", "Duties:"))
        else:
            raise ValueError(h)
        if h != "orgfirst":
            last_org = object()
        bs = d.get("bullet", "•")
        if bs == "para" and e.bullets:
            out.append(("P", ". ".join(b.rstrip(".") for b in e.bullets) + "."))
        else:
            for b in e.bullets:
                out.append(("L", b))
        out.append(("SP",))
    return out


def walk(d):
    """Yield (heading, kind, content) for body sections; kind in para/list/lines/exp."""
    for heading, content in d["body"]:
        if isinstance(content, str):
            yield heading, "para", content
        elif content and isinstance(content[0], E):
            yield heading, "exp", entry_lines(d, content)
        elif heading.startswith("~"):
            yield heading[1:], "lines", content
        else:
            yield heading, "list", content


def entries_of(d):
    out = []
    for _, content in d["body"]:
        if not isinstance(content, str) and content and isinstance(content[0], E):
            out.extend(content)
    return out


# ---------------------------------------------------------------- text / markdown / html
def render_txt(d):
    W = d.get("width", 78)
    hs = d.get("hstyle", "caps")
    bl = d.get("bullet", "•")
    L = [d["name"]] + list(d["contact"]) + [""]
    for heading, kind, content in walk(d):
        if hs == "caps":
            L += [heading.upper(), ""] if d.get("blank_after_h") else [heading.upper()]
        elif hs == "underline":
            L += [heading, "-" * len(heading)]
        elif hs == "equals":
            L += ["=" * W, heading.upper(), "=" * W]
        else:
            L += [heading + ":"]
        if kind == "para":
            L.append(content)
        elif kind in ("list", "lines"):
            for x in content:
                L.append((bl + " " if kind == "list" and bl not in ("para", "none") else "") + x)
        else:
            for t in content:
                if t[0] == "B":
                    if t[2]:
                        gap = W - len(t[1]) - len(t[2])
                        L.append(t[1] + " " * max(gap, 4) + t[2] if d.get("txtdate") != "paren" else f"{t[1]} ({t[2]})")
                    else:
                        L.append(t[1])
                elif t[0] in ("I", "P"):
                    L.append(t[1])
                elif t[0] == "G":
                    L.append(t[1].upper())
                elif t[0] == "L":
                    L.append((bl + " " if bl != "none" else "") + t[1])
                elif t[0] == "SP":
                    L.append("")
        L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(d):
    bl = "*" if d.get("bullet") == "*" else "-"
    L = ["# " + d["name"], "", "  \n".join(d["contact"]), ""]
    for heading, kind, content in walk(d):
        L += ["## " + heading, ""]
        if kind == "para":
            L += [content, ""]
        elif kind == "list":
            L += [bl + " " + x for x in content] + [""]
        elif kind == "lines":
            L += ["  \n".join(content), ""]
        else:
            for t in content:
                if t[0] == "B":
                    if d.get("mdh") == "bold":
                        L.append(f"**{t[1]}**" + (f" — *{t[2]}*" if t[2] else "") + "  ")
                    else:
                        L.append("### " + t[1])
                        if t[2]:
                            L.append(f"*{t[2]}*  ")
                elif t[0] == "I":
                    L.append(f"_{t[1]}_  ")
                elif t[0] == "P":
                    L += ["", t[1]]
                elif t[0] == "G":
                    L += [f"### {t[1]}", ""]
                elif t[0] == "L":
                    if L and L[-1] and not L[-1].startswith(bl + " "):
                        L.append("")
                    L.append(bl + " " + t[1])
                elif t[0] == "SP":
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(d):
    def h(s):
        return _html.escape(s, quote=False)
    css = d.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto}.d{float:right;color:#555}")
    P = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{h(d['name'])} – CV</title>",
         f"<style>{css}</style></head><body>", f"<h1>{h(d['name'])}</h1>",
         "<p>" + "<br>".join(h(c) for c in d["contact"]) + "</p>"]
    for heading, kind, content in walk(d):
        P.append(f"<h2>{h(heading)}</h2>")
        if kind == "para":
            P.append(f"<p>{h(content)}</p>")
        elif kind == "list":
            P.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in content) + "</ul>")
        elif kind == "lines":
            P.append("<p>" + "<br>".join(h(x) for x in content) + "</p>")
        else:
            inul = False
            for t in content:
                if t[0] != "L" and inul:
                    P.append("</ul>")
                    inul = False
                if t[0] == "B":
                    P.append(f"<h3>{h(t[1])}" + (f' <span class="d">{h(t[2])}</span>' if t[2] else "") + "</h3>")
                elif t[0] == "I":
                    P.append(f"<p><em>{h(t[1])}</em></p>")
                elif t[0] == "P":
                    P.append(f"<p>{h(t[1])}</p>")
                elif t[0] == "G":
                    P.append(f'<h3 class="org">{h(t[1])}</h3>')
                elif t[0] == "L":
                    if not inul:
                        P.append("<ul>")
                        inul = True
                    P.append(f"<li>{h(t[1])}</li>")
            if inul:
                P.append("</ul>")
    P.append("</body></html>")
    return ("\n".join(P) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(d):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = LETTER if d.get("paper") == "letter" else A4
    Wp, Hp = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setAuthor(d["name"])
    c.setTitle(d["name"] + " CV")
    c.setCreator("Microsoft® Word for Microsoft 365")
    page = d.get("page", "plain")
    bl = d.get("bullet", "•")
    state = {"pn": 1}
    side_w = 165 if page == "sidebar" else 0
    x0 = (side_w + 22) if page == "sidebar" else 54
    x1 = Wp - 50
    accent = d.get("accent", (0.15, 0.3, 0.45))

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(Wp / 2, 28, d["footer"].format(n=state["pn"]))
            c.setFillGray(0)

    def sidebar_bg():
        if page == "sidebar":
            c.setFillColorRGB(*d.get("side_rgb", (0.92, 0.93, 0.95)))
            c.rect(0, 0, side_w, Hp, stroke=0, fill=1)
            c.setFillGray(0)

    sidebar_bg()
    y = Hp - 56

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        state["pn"] += 1
        sidebar_bg()
        y = Hp - 56

    def need(h):
        if y - h < 60:
            newpage()

    def para(txt, font="Helvetica", size=10, indent=0, lead=None, right=None, x=None, xr=None):
        nonlocal y
        lead = lead or size + 3
        xa = (x if x is not None else x0) + indent
        xb = xr if xr is not None else x1
        w = xb - xa - (c.stringWidth(right, "Helvetica", size) + 10 if right else 0)
        lines = simpleSplit(txt, font, size, w) or [""]
        need(lead * len(lines))
        for i, ln in enumerate(lines):
            c.setFont(font, size)
            c.drawString(xa, y, ln)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(xb, y, right)
            y -= lead

    # header
    if page == "sidebar":
        sy = Hp - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(d["name"], "Helvetica-Bold", 15, side_w - 30):
            c.drawString(16, sy, ln)
            sy -= 19
        sy -= 6
        for heading, items in [("Contact", d["contact"])] + list(d.get("side", [])):
            c.setFont("Helvetica-Bold", 10)
            c.setFillColorRGB(*accent)
            c.drawString(16, sy, heading.upper())
            c.setFillGray(0)
            sy -= 14
            for it in items:
                for ln in simpleSplit(it, "Helvetica", 8.5, side_w - 30):
                    c.setFont("Helvetica", 8.5)
                    c.drawString(16, sy, ln)
                    sy -= 11.5
            sy -= 8
        if d.get("tagline"):
            para(d["tagline"], "Helvetica-Oblique", 11)
            y -= 4
    elif page == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, d["name"])
        ty = y
        c.setFont("Helvetica", 9)
        for ln in d["contact"]:
            c.drawRightString(x1, ty, ln)
            ty -= 12
        if d.get("tagline"):
            c.setFont("Helvetica-Oblique", 11)
            c.drawString(x0, y - 18, d["tagline"])
        y = min(ty, y - 24) - 8
        c.setStrokeColorRGB(*accent)
        c.line(x0, y + 4, x1, y + 4)
        y -= 12
    else:
        if d.get("centre", True):
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(Wp / 2, y, d["name"])
            y -= 16
            c.setFont("Helvetica", 9.5)
            c.drawCentredString(Wp / 2, y, "  |  ".join(d["contact"]))
            y -= 22
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(x0, y, d["name"])
            y -= 15
            for ln in d["contact"]:
                c.setFont("Helvetica", 9.5)
                c.drawString(x0, y, ln)
                y -= 12
            y -= 10

    for heading, kind, content in walk(d):
        if heading in d.get("break_before", ()):
            newpage()
        need(40)
        c.setFillColorRGB(*accent)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(x0, y, heading.upper() if d.get("caps_h", True) else heading)
        c.setFillGray(0)
        c.setStrokeColorRGB(*accent)
        c.setLineWidth(0.6)
        c.line(x0, y - 4, x1, y - 4)
        y -= 18
        if kind == "para":
            para(content)
        elif kind in ("list", "lines"):
            for it in content:
                para((bl + " " if kind == "list" else "") + it, indent=0)
        else:
            for t in content:
                if t[0] == "B":
                    need(30)
                    para(t[1], "Helvetica-Bold", 10.5, right=t[2] or None)
                elif t[0] == "I":
                    para(t[1], "Helvetica-Oblique", 10)
                elif t[0] == "P":
                    para(t[1])
                elif t[0] == "G":
                    need(40)
                    para(t[1], "Helvetica-Bold", 11)
                elif t[0] == "L":
                    para(bl + " " + t[1], indent=10)
                elif t[0] == "SP":
                    y -= 5
        y -= 8
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d):
    from fpdf import FPDF

    page = d.get("page", "left")
    foot = d.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("DejaVu", "", 8)
                self.set_text_color(110)
                self.cell(0, 8, foot.format(n=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if d.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_author(d["name"])
    pdf.set_title(d["name"])
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    bl = d.get("bullet", "•")
    ac = d.get("accent", (30, 70, 110))
    W = pdf.w - 36
    if page == "centred":
        pdf.set_font("DejaVu", "B", 17)
        pdf.cell(0, 9, d["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, " · ".join(d["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("DejaVu", "B", 17)
        pdf.cell(0, 9, d["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for ln in d["contact"]:
            pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, kind, content in walk(d):
        if heading in d.get("break_before", ()):
            pdf.add_page()
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(*ac)
        pdf.cell(0, 7, heading if not d.get("caps_h") else heading.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*ac)
        pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y())
        pdf.set_text_color(0)
        pdf.ln(2)
        if kind == "para":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("list", "lines"):
            pdf.set_font("DejaVu", "", 9.5)
            for it in content:
                pdf.multi_cell(0, 5, (bl + " " if kind == "list" else "") + it, new_x="LMARGIN", new_y="NEXT")
        else:
            for t in content:
                if t[0] == "B":
                    if pdf.get_y() > pdf.h - 40:
                        pdf.add_page()
                    pdf.set_font("DejaVu", "B", 10)
                    if t[2]:
                        pdf.set_font("DejaVu", "", 9.5)
                        dw = pdf.get_string_width(t[2]) + 2
                        pdf.set_font("DejaVu", "B", 10)
                        y0 = pdf.get_y()
                        pdf.multi_cell(W - dw - 4, 5.5, t[1], new_x="LMARGIN", new_y="NEXT")
                        y1 = pdf.get_y()
                        pdf.set_xy(18 + W - dw, y0)
                        pdf.set_font("DejaVu", "", 9.5)
                        pdf.cell(dw, 5.5, t[2], align="R")
                        pdf.set_xy(18, y1)
                    else:
                        pdf.multi_cell(0, 5.5, t[1], new_x="LMARGIN", new_y="NEXT")
                elif t[0] == "I":
                    pdf.set_font("DejaVu", "I", 9.5)
                    pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
                elif t[0] == "P":
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
                elif t[0] == "G":
                    pdf.set_font("DejaVu", "B", 10.5)
                    pdf.multi_cell(0, 6, t[1], new_x="LMARGIN", new_y="NEXT")
                elif t[0] == "L":
                    pdf.set_font("DejaVu", "", 9.5)
                    pdf.set_x(22)
                    pdf.multi_cell(W - 4, 5, bl + " " + t[1], new_x="LMARGIN", new_y="NEXT")
                elif t[0] == "SP":
                    pdf.ln(2)
        pdf.ln(3)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(d):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    variant = d.get("variant", "styles")
    bl = d.get("bullet", "•")
    RT = Inches(6.9)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def tab_para(container, left, right, bold=True, size=None, tabpos=RT):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet_para(container, text):
        if bl == "List Bullet" and container is doc:
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = container.add_paragraph((bl + " " if bl not in ("none", "List Bullet") else ("• " if bl == "List Bullet" else "")) + text)
            p.paragraph_format.left_indent = Inches(0.2)
            p.paragraph_format.space_after = Pt(0)

    def heading(container, text):
        if container is doc and variant in ("styles", "header"):
            doc.add_heading(text, level=1)
        else:
            p = container.add_paragraph()
            r = p.add_run(text.upper())
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            p.paragraph_format.space_before = Pt(8)

    def body(container, tabpos=RT):
        for h, kind, content in walk(d):
            heading(container, h)
            if kind == "para":
                container.add_paragraph(content)
            elif kind == "list":
                for it in content:
                    bullet_para(container, it)
            elif kind == "lines":
                for it in content:
                    container.add_paragraph(it).paragraph_format.space_after = Pt(0)
            else:
                i = 0
                while i < len(content):
                    t = content[i]
                    if t[0] == "B":
                        if variant == "table" and container is doc:
                            nxt = content[i + 1] if i + 1 < len(content) and content[i + 1][0] == "I" else None
                            tbl = doc.add_table(rows=1, cols=2)
                            no_borders(tbl)
                            c0, c1 = tbl.rows[0].cells
                            c0.width, c1.width = Inches(5.2), Inches(1.7)
                            c0.paragraphs[0].add_run(t[1]).bold = True
                            if nxt:
                                c0.add_paragraph().add_run(nxt[1]).italic = True
                                i += 1
                            c1.paragraphs[0].add_run(t[2])
                            c1.paragraphs[0].alignment = 2
                        elif variant == "styles" and container is doc:
                            p = doc.add_heading(t[1], level=2)
                            if t[2]:
                                p.paragraph_format.tab_stops.add_tab_stop(RT, WD_TAB_ALIGNMENT.RIGHT)
                                p.add_run("\t" + t[2])
                        else:
                            tab_para(container, t[1], t[2], tabpos=tabpos)
                    elif t[0] == "I":
                        p = container.add_paragraph()
                        p.add_run(t[1]).italic = True
                        p.paragraph_format.space_after = Pt(2)
                    elif t[0] == "P":
                        container.add_paragraph(t[1])
                    elif t[0] == "G":
                        p = container.add_paragraph()
                        r = p.add_run(t[1])
                        r.bold = True
                        r.font.size = Pt(11.5)
                    elif t[0] == "L":
                        bullet_para(container, t[1])
                    i += 1

    if variant == "sidebar":
        tbl = doc.add_table(rows=1, cols=2)
        no_borders(tbl)
        left, right = tbl.rows[0].cells
        left.width, right.width = Inches(2.1), Inches(4.8)
        shade(left, d.get("side_hex", "DCE6F0"))
        p = left.paragraphs[0]
        r = p.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        for h, items in [("Contact", d["contact"])] + list(d.get("side", [])):
            q = left.add_paragraph()
            q.add_run(h.upper()).bold = True
            q.paragraph_format.space_before = Pt(8)
            for it in items:
                left.add_paragraph(it).paragraph_format.space_after = Pt(0)
        right.paragraphs[0].add_run(d.get("tagline", "")).italic = True
        body(right, tabpos=Inches(4.6))
    else:
        if variant == "header":
            hp = sec.header.paragraphs[0]
            r = hp.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(16)
            sec.header.add_paragraph(" | ".join(d["contact"]))
            if d.get("footer"):
                sec.footer.paragraphs[0].add_run(d["footer"])
        else:
            if variant == "styles":
                doc.add_heading(d["name"], level=0)
            else:
                p = doc.add_paragraph()
                r = p.add_run(d["name"])
                r.bold = True
                r.font.size = Pt(18)
            for ln in d["contact"]:
                doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
        body(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def render(d):
    r = d["r"]
    return {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
            "fpdf": render_fpdf, "docx": render_docx}[r](d)
