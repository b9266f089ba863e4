"""Renderers for wild80: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0)
FONTS = "/usr/share/fonts/truetype/dejavu/"


def org_loc(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def entry_items(e, R):
    hdr = R.get("hdr", "title_org")
    d = fmt_range(e, R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – "))
    ol = org_loc(e)
    if hdr == "title_org":
        it = [("h", e.title, d), ("s", ol, "")]
    elif hdr == "org_title":
        it = [("h", ol, d), ("s", e.title, "")]
    elif hdr == "dash":
        it = [("h", f"{e.title} – {ol}" if ol else e.title, d)]
    elif hdr == "pipe":
        it = [("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif hdr == "datefirst":
        it = [("h", f"{d}    {e.title}", ""), ("s", ol, "")]
    elif hdr == "dateline":
        it = [("h", e.title, ""), ("s", ol, ""), ("s", d, "")]
    elif hdr == "labelled":
        it = [("h", f"Position: {e.title}", ""), ("t", f"Organisation: {ol}" if ol else "Organisation: –", ""),
              ("t", f"Period: {d}", "")]
    elif hdr == "inline":
        it = [("h", ", ".join(x for x in (e.title, ol, d) if x), "")]
    elif hdr == "role":  # used under an employer heading (orgfirst)
        it = [("s", e.title, d)]
    else:
        raise ValueError(hdr)
    if e.bullets:
        if e.para:
            it.append(("p", " ".join(e.bullets), ""))
        else:
            it += [("b", b, "") for b in e.bullets]
    return it


def block_items(body, R):
    """body: str (paragraph), list of str (lines) or list of E."""
    if isinstance(body, str):
        return [("p", body, "")]
    if body and isinstance(body[0], E):
        out = []
        if R.get("hdr") == "orgfirst":
            i = 0
            while i < len(body):
                j = i
                while j < len(body) and body[j].org == body[i].org:
                    j += 1
                out.append(("h", org_loc(body[i]), ""))
                for e in body[i:j]:
                    out += entry_items(e, dict(R, hdr="role"))
                out.append(("gap", "", ""))
                i = j
            return out
        for e in body:
            out += entry_items(e, R)
            out.append(("gap", "", ""))
        return out
    return [("t", x, "") for x in body]


def all_items(R, blocks):
    out = []
    for sec, body in blocks:
        out.append(("sec", sec, ""))
        out += block_items(body, R)
        out.append(("gap", "", ""))
    return out


# ---------------------------------------------------------------- text / md / html
def render_txt(R):
    bl = R.get("bullet", "-")
    width = R.get("width", 0)
    L = [R["name"]] + R["contact"] + [""]
    for k, a, b in all_items(R, R["blocks"]):
        if k == "sec":
            L.append(a.upper() if R.get("caps", True) else a)
            if R.get("underline"):
                L.append(R["underline"] * len(a))
        elif k in ("h", "s"):
            if b and width:
                L.append(a + " " * max(2, width - len(a) - len(b)) + b)
            elif b:
                L.append(a + R.get("joiner", "  |  ") + b)
            else:
                L.append(a)
        elif k == "b":
            L.append(f"{bl} {a}" if bl else a)
        elif k in ("p", "t"):
            L.append(a)
        elif k == "gap":
            if L and L[-1] != "":
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(R):
    bl = R.get("bullet", "-")
    L = [f"# {R['name']}", "", "  \n".join(R["contact"]), ""]
    for k, a, b in all_items(R, R["blocks"]):
        if k == "sec":
            L += [f"## {a}", ""]
        elif k == "h":
            if R.get("mdh", "h3") == "h3":
                L.append(f"### {a}" + (f" ({b})" if b else ""))
            else:
                L.append(f"**{a}**" + (f" — *{b}*" if b else "") + "  ")
        elif k == "s":
            L.append(f"*{a}*" + (f" — {b}" if b else "") + "  ")
        elif k == "b":
            L.append(f"{bl} {a}")
        elif k in ("p", "t"):
            L.append(a + "  ")
        elif k == "gap":
            if L and L[-1] != "":
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(R):
    h = html.escape
    L = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{h(R['name'])} – CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto}h2{border-bottom:1px solid #999}"
         ".d{float:right;color:#555}</style>", "</head><body>", f"<h1>{h(R['name'])}</h1>",
         "<p>" + "<br>".join(h(c) for c in R["contact"]) + "</p>"]
    inlist = False
    for k, a, b in all_items(R, R["blocks"]):
        if k != "b" and inlist:
            L.append("</ul>")
            inlist = False
        if k == "sec":
            L.append(f"<h2>{h(a)}</h2>")
        elif k == "h":
            L.append(f"<h3>{h(a)}" + (f" <span class=\"d\">{h(b)}</span>" if b else "") + "</h3>")
        elif k == "s":
            L.append(f"<p><em>{h(a)}</em>" + (f" <span class=\"d\">{h(b)}</span>" if b else "") + "</p>")
        elif k == "b":
            if not inlist:
                L.append("<ul>")
                inlist = True
            L.append(f"<li>{h(a)}</li>")
        elif k in ("p", "t"):
            L.append(f"<p>{h(a)}</p>")
    if inlist:
        L.append("</ul>")
    L.append("</body></html>")
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(R):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = letter if R.get("letter") else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " – Résumé")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    lay = R.get("layout", "plain")
    accent = R.get("accent", (0.15, 0.3, 0.5))
    bl = R.get("bullet", "•")
    page = [1]
    sidew = 165 if lay == "sidebar" else 0
    x0 = 50 + sidew
    right = W - 50

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(W / 2, 28, R["footer"].format(p=page[0]))
            c.setFillColorRGB(0, 0, 0)

    def sidebar():
        if lay != "sidebar":
            return
        c.setFillColorRGB(*R.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sidew + 20, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        if page[0] > 1:
            return
        y = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 15, sidew - 20):
            c.drawString(22, y, ln)
            y -= 18
        y -= 8
        for sec, lines in R.get("side", []):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(22, y, sec.upper())
            y -= 14
            c.setFont("Helvetica", 8.5)
            for t in lines:
                for ln in simpleSplit(t, "Helvetica", 8.5, sidew - 20):
                    c.drawString(22, y, ln)
                    y -= 11
            y -= 10

    sidebar()
    y = H - 55
    if lay == "sidebar":
        pass
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, R["name"])
        if R.get("tagline"):
            c.setFont("Helvetica", 10.5)
            c.drawString(x0, y - 16, R["tagline"])
        c.setFont("Helvetica", 9)
        yy = y + 4
        for t in R["contact"]:
            c.drawRightString(right, yy, t)
            yy -= 11
        y = min(y - 30, yy - 6)
        c.setStrokeColorRGB(*accent)
        c.line(x0, y, right, y)
        y -= 20
    else:
        c.setFont("Helvetica-Bold", 18)
        if R.get("centre"):
            c.drawCentredString(W / 2, y, R["name"])
        else:
            c.drawString(x0, y, R["name"])
        y -= 16
        c.setFont("Helvetica", 9.5)
        t = "  |  ".join(R["contact"])
        if R.get("centre"):
            c.drawCentredString(W / 2, y, t)
        else:
            c.drawString(x0, y, t)
        y -= 24

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            sidebar()
            y = H - 55

    for k, a, b in all_items(R, R["blocks"]):
        if k == "sec":
            need(40)
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColorRGB(*accent)
            c.drawString(x0, y, a.upper() if R.get("caps", True) else a)
            c.setFillColorRGB(0, 0, 0)
            if R.get("rule", True):
                c.setStrokeColorRGB(*accent)
                c.line(x0, y - 4, right, y - 4)
            y -= 18
        elif k in ("h", "s"):
            need(14)
            f = "Helvetica-Bold" if k == "h" else "Helvetica-Oblique"
            fs = 10.5 if k == "h" else 10
            c.setFont(f, fs)
            avail = right - x0 - (c.stringWidth(b, "Helvetica", 9.5) + 12 if b else 0)
            lines = simpleSplit(a, f, fs, avail) or [""]
            for i, ln in enumerate(lines):
                c.setFont(f, fs)
                c.drawString(x0, y, ln)
                if i == 0 and b:
                    c.setFont("Helvetica", 9.5)
                    c.drawRightString(right, y, b)
                y -= 13
        elif k == "b":
            lines = simpleSplit(a, "Helvetica", 9.8, right - x0 - 14)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.8)
            if bl:
                c.drawString(x0 + 3, y, bl)
            for ln in lines:
                c.drawString(x0 + 14, y, ln)
                y -= 12
        elif k in ("p", "t"):
            lines = simpleSplit(a, "Helvetica", 9.8, right - x0)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.8)
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= 12
        elif k == "gap":
            y -= 5
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-13)
                self.set_font("DJ", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, R["footer"].format(p=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="Letter" if R.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_title(R["name"])
    pdf.add_font("DJ", "", FONTS + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", FONTS + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    acc = R.get("accent", (30, 70, 110))
    bl = R.get("bullet", "•")
    al = "C" if R.get("centre") else "L"
    pdf.set_font("DJ", "B", 17)
    pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", 9)
    for t in R["contact"] if R.get("contact_lines") else ["  ·  ".join(R["contact"])]:
        pdf.cell(0, 5, t, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    epw = pdf.epw
    for k, a, b in all_items(R, R["blocks"]):
        if k == "sec":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.set_font("DJ", "B", 11)
            pdf.set_text_color(*acc)
            pdf.cell(0, 7, a.upper() if R.get("caps", True) else a, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + epw, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif k in ("h", "s"):
            pdf.set_font("DJ", "B" if k == "h" else "I", 10 if k == "h" else 9.5)
            if b:
                bw = pdf.get_string_width(b) + 6
                y = pdf.get_y()
                pdf.multi_cell(epw - bw, 5.2, a, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.l_margin + epw - bw, y)
                pdf.set_font("DJ", "", 9)
                pdf.cell(bw, 5.2, b, align="R")
                pdf.set_xy(pdf.l_margin, y2)
            else:
                pdf.multi_cell(epw, 5.2, a, new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("DJ", "", 9.3)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(5, 4.8, bl)
            pdf.multi_cell(epw - 7, 4.8, a, new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "t"):
            pdf.set_font("DJ", "", 9.3)
            pdf.multi_cell(epw, 4.8, a, new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(1.8)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def render_docx(R):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec0 = d.sections[0]
    sec0.left_margin = sec0.right_margin = Cm(2)
    mode = R.get("mode", "tabs")          # tabs | table | plain
    heads = R.get("heads", "styles")      # styles | bold
    bl = R.get("bullet", "list")          # 'list' => List Bullet style, else typed char
    textw = Cm(17)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    if R.get("header_name"):
        hp = sec0.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec0.header.add_paragraph(" | ".join(R["contact"]))
        hp2.runs[0].font.size = Pt(9)
    if R.get("footer"):
        sec0.footer.paragraphs[0].add_run(R["footer"].format(p="")).font.size = Pt(8)

    main = d
    if R.get("sidebar"):
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        t.autofit = False
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.2), Cm(11.8)
        shade(sc, R.get("side_hex", "DCE6F0"))
        p = sc.paragraphs[0]
        rr = p.add_run(R["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for sec, lines in R.get("side", []):
            p = sc.add_paragraph()
            p.add_run(sec.upper()).bold = True
            for ln in lines:
                sc.add_paragraph(ln).runs[0].font.size = Pt(9)
        main = mc
        textw = Cm(11.5)
        first = mc.paragraphs[0]
    else:
        first = None
        if not R.get("header_name"):
            if heads == "styles":
                d.add_heading(R["name"], 0)
            else:
                p = d.add_paragraph()
                r = p.add_run(R["name"])
                r.bold = True
                r.font.size = Pt(18)
            d.add_paragraph(" · ".join(R["contact"]))

    def para(text="", style=None):
        nonlocal first
        if first is not None:
            p = first
            first = None
            if style:
                p.style = d.styles[style]
            if text:
                p.add_run(text)
            return p
        return main.add_paragraph(text, style=style) if style else main.add_paragraph(text)

    def heading(text, level):
        if heads == "styles" and main is d:
            return d.add_heading(text, level)
        p = para()
        r = p.add_run(text.upper() if level == 1 else text)
        r.bold = True
        r.font.size = Pt(12 if level == 1 else 10.5)
        if level == 1:
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def tabline(a, b, bold=True, italic=False):
        p = para()
        if b:
            p.paragraph_format.tab_stops.add_tab_stop(textw, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(a)
        r.bold, r.italic = bold, italic
        if b:
            p.add_run("\t" + b)
        return p

    def bullet(text):
        if bl == "list":
            para(text, style="List Bullet")
        else:
            para(f"{bl} {text}" if bl else text)

    items = all_items(R, R["blocks"])
    if mode == "table":
        # group entry items per job into a table: left (head/sub), right (dates); bullets below in the table
        i = 0
        while i < len(items):
            k, a, b = items[i]
            if k == "h" and b is not None and i + 1 < len(items) and items[i + 1][0] in ("s",) and \
                    R.get("hdr") in ("title_org", "org_title"):
                t = main.add_table(rows=1, cols=2)
                noborders(t)
                lc, rc = t.rows[0].cells
                lc.width, rc.width = Cm(12.5), Cm(4.5)
                lp = lc.paragraphs[0]
                lp.add_run(a).bold = True
                lc.add_paragraph().add_run(items[i + 1][1]).italic = True
                rp = rc.paragraphs[0]
                rp.add_run(b)
                rp.alignment = 2
                i += 2
                while i < len(items) and items[i][0] in ("b", "p"):
                    if items[i][0] == "b":
                        if bl == "list":
                            lc.add_paragraph(items[i][1], style="List Bullet")
                        else:
                            lc.add_paragraph(f"{bl} {items[i][1]}")
                    else:
                        lc.add_paragraph(items[i][1])
                    i += 1
                continue
            items_one(k, a, b, heading, tabline, bullet, para)
            i += 1
    else:
        for k, a, b in items:
            items_one(k, a, b, heading, tabline, bullet, para)

    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def items_one(k, a, b, heading, tabline, bullet, para):
    if k == "sec":
        heading(a, 1)
    elif k == "h":
        tabline(a, b, bold=True)
    elif k == "s":
        tabline(a, b, bold=False, italic=True)
    elif k == "b":
        bullet(a)
    elif k in ("p", "t"):
        para(a)


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
          "html": render_html}
