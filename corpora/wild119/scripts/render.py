"""Renderers for wild119: résumé dict -> abstract lines -> txt / md / html / reportlab / fpdf2 / docx."""
import datetime
import html as H
import io
import zipfile

from lib import drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract lines
def place(org, loc, sep=", "):
    return sep.join(x for x in (org, loc) if x)


def entry_lines(e, b):
    st = b.get("style", "title_org")
    d = drange(e, b.get("dates", "mon"), b.get("present", "Present"), b.get("sep", " – "))
    out = []
    if st == "title_org":
        out += [("T", e.title, d), ("S", place(e.org, e.loc))]
    elif st == "org_title":
        out += [("T", place(e.org, e.loc, b.get("osep", ", ")), d), ("S", e.title)]
    elif st == "dash":
        out += [("T", e.title + " – " + place(e.org, e.loc), d)]
    elif st == "pipe":
        out += [("T", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif st == "dateline":
        out += [("T", e.title, ""), ("S", place(e.org, e.loc)), ("S", d)]
    elif st == "datesfirst":
        out += [("T", d + "  " + e.title, ""), ("S", place(e.org, e.loc))]
    elif st == "inline":
        out += [("T", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), "")]
    elif st == "labelled":
        out += [("T", "Role: " + e.title, ""), ("P", "Organisation: " + place(e.org, e.loc)),
                ("P", "Dates: " + d)]
    elif st == "role_only":  # used under an employer heading
        out += [("T", e.title, d)]
    out = [x for x in out if not (x[0] == "S" and not x[1])]
    if e.extra.get("note"):
        out.append(("S", e.extra["note"]))
    bc = b.get("bullet", "•")
    if bc == "para":
        if e.bullets:
            out.append(("P", " ".join(x if x.endswith(".") else x + "." for x in e.bullets)))
    else:
        for x in e.bullets:
            out.append(("B", x, bc))
    return out


def block_lines(b):
    out = []
    if b.get("h"):
        out.append(("H", b["h"]))
    t = b["t"]
    if t == "text":
        body = b["body"] if isinstance(b["body"], list) else [b["body"]]
        out += [("P", x) for x in body]
    elif t == "list":
        if b.get("inline"):
            out.append(("P", b.get("join", ", ").join(b["items"])))
        else:
            out += [("B", x, b.get("bullet", "•")) for x in b["items"]]
    elif t == "exp":
        if b.get("style") == "orgfirst":
            prev = None
            for e in b["entries"]:
                if e.org != prev:
                    out.append(("G", place(e.org, e.loc, b.get("osep", ", "))))
                    prev = e.org
                out += entry_lines(e, dict(b, style="role_only"))
                out.append(("sp",))
        else:
            for e in b["entries"]:
                out += entry_lines(e, b)
                out.append(("sp",))
    return out


def all_entries(R):
    es = []
    for b in R.get("side", []) + R["blocks"]:
        if b["t"] == "exp":
            es += b["entries"]
    return es


# ---------------------------------------------------------------- text family
def render_txt(R):
    hs = R.get("hstyle", "caps")
    L = [R["name"]] + R["contact"] + [""]
    for b in R.get("side", []) + R["blocks"]:
        for ln in block_lines(b):
            k = ln[0]
            if k == "H":
                h = ln[1]
                if hs == "caps":
                    L += ["", h.upper()]
                elif hs == "underline":
                    L += ["", h, "=" * len(h)]
                elif hs == "dashes":
                    L += ["", h.upper(), "-" * 40]
                else:
                    L += ["", h + ":"]
            elif k == "T":
                L.append(ln[1] + (R.get("tsep", "    ") + ln[2] if ln[2] else ""))
            elif k in ("S", "P", "G"):
                L.append(ln[1])
            elif k == "B":
                L.append((ln[2] + " " if ln[2] else "") + ln[1])
            elif k == "sp":
                L.append("")
    txt = "\n".join(L).strip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.encode("utf-8")


def render_md(R):
    L = ["# " + R["name"], "", " · ".join(R["contact"]) if R.get("mdjoin", True) else "\n".join(R["contact"]), ""]
    tmode = R.get("mdt", "h3")
    for b in R.get("side", []) + R["blocks"]:
        for ln in block_lines(b):
            k = ln[0]
            if k == "H":
                L += ["", "## " + ln[1], ""]
            elif k == "T":
                if tmode == "h3":
                    L += ["### " + ln[1]] + (["*" + ln[2] + "*", ""] if ln[2] else [""])
                else:
                    L += ["**" + ln[1] + "**" + (" — " + ln[2] if ln[2] else ""), ""]
            elif k == "S":
                L += [ln[1], ""]
            elif k == "G":
                L += ["### " + ln[1], ""]
            elif k == "P":
                L += [ln[1], ""]
            elif k == "B":
                L.append("- " + ln[1])
            elif k == "sp":
                L.append("")
    txt = "\n".join(L).strip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.encode("utf-8")


def render_html(R):
    e = H.escape
    o = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>" + e(R["name"]) + " - CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:auto}.d{float:right;color:#555}"
         "h2{border-bottom:1px solid #999}</style></head><body>",
         "<h1>" + e(R["name"]) + "</h1>", "<p>" + "<br>".join(e(x) for x in R["contact"]) + "</p>"]
    inul = False
    for b in R.get("side", []) + R["blocks"]:
        for ln in block_lines(b):
            k = ln[0]
            if k != "B" and inul:
                o.append("</ul>")
                inul = False
            if k == "H":
                o.append("<h2>" + e(ln[1]) + "</h2>")
            elif k == "T":
                o.append("<p><strong>" + e(ln[1]) + "</strong>" +
                         (" <span class=\"d\">" + e(ln[2]) + "</span>" if ln[2] else "") + "</p>")
            elif k == "S":
                o.append("<p><em>" + e(ln[1]) + "</em></p>")
            elif k == "G":
                o.append("<h3>" + e(ln[1]) + "</h3>")
            elif k == "P":
                o.append("<p>" + e(ln[1]) + "</p>")
            elif k == "B":
                if not inul:
                    o.append("<ul>")
                    inul = True
                o.append("<li>" + e(ln[1]) + "</li>")
    if inul:
        o.append("</ul>")
    o.append("</body></html>")
    return ("\n".join(o) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(R):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = LETTER if R.get("letter") else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    lay = R.get("layout", "plain")
    font, bold, ital = R.get("fonts", ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    page = [1]
    side_w = 175 if lay == "sidebar" else 0
    x0 = 45 + side_w
    x1 = W - 45

    def footer():
        if R.get("footer"):
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 25, R["footer"].format(p=page[0]))

    y = Hh - 50
    if lay == "sidebar":
        c.setFillColorRGB(*R.get("sidecolor", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w + 15, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - 50
        c.setFont(bold, 15)
        for part in simpleSplit(R["name"], bold, 15, side_w - 20):
            c.drawString(20, sy, part)
            sy -= 19
        sy -= 6
        c.setFont(font, 8.5)
        for t in R["contact"]:
            for part in simpleSplit(t, font, 8.5, side_w - 20):
                c.drawString(20, sy, part)
                sy -= 11
        for b in R.get("side", []):
            sy -= 8
            for ln in block_lines(b):
                if ln[0] == "H":
                    c.setFont(bold, 10)
                    c.drawString(20, sy, ln[1].upper())
                    sy -= 14
                elif ln[0] in ("B", "P", "S", "T"):
                    t = (ln[2] + " " + ln[1]) if ln[0] == "B" and ln[2] else ln[1]
                    c.setFont(font, 8.5)
                    for part in simpleSplit(t, font, 8.5, side_w - 22):
                        c.drawString(20, sy, part)
                        sy -= 11
    else:
        if lay == "twocol":
            c.setFont(bold, 20)
            c.drawString(x0, y, R["name"])
            c.setFont(font, 9)
            yy = y + 6
            for t in R["contact"]:
                c.drawRightString(x1, yy, t)
                yy -= 11
            y = min(y - 14, yy) - 6
        elif lay == "centred":
            c.setFont(bold, 18)
            c.drawCentredString(W / 2, y, R["name"])
            y -= 16
            c.setFont(font, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(R["contact"]))
            y -= 10
        else:
            c.setFont(bold, 18)
            c.drawString(x0, y, R["name"])
            y -= 15
            c.setFont(font, 9.5)
            for t in R["contact"]:
                c.drawString(x0, y, t)
                y -= 12
        c.setLineWidth(0.6)
        c.line(x0, y, x1, y)
        y -= 18

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = Hh - 50

    for b in R["blocks"]:
        if b.get("newpage"):
            need(10 ** 6)
        for ln in block_lines(b):
            k = ln[0]
            if k == "H":
                need(40)
                y -= 4
                c.setFont(bold, 11.5)
                c.drawString(x0, y, ln[1].upper() if R.get("capsh", True) else ln[1])
                c.setLineWidth(0.4)
                c.line(x0, y - 3, x1, y - 3)
                y -= 17
            elif k in ("T", "G"):
                need(30)
                c.setFont(bold, 10.5)
                right = ln[2] if k == "T" else ""
                rw = c.stringWidth(right, font, 9.5) + 10 if right else 0
                parts = simpleSplit(ln[1], bold, 10.5, x1 - x0 - rw)
                for i, part in enumerate(parts):
                    c.setFont(bold, 10.5)
                    c.drawString(x0, y, part)
                    if i == 0 and right:
                        c.setFont(font, 9.5)
                        c.drawRightString(x1, y, right)
                    y -= 13
            elif k == "S":
                need(14)
                c.setFont(ital, 10)
                for part in simpleSplit(ln[1], ital, 10, x1 - x0):
                    c.drawString(x0, y, part)
                    y -= 12.5
            elif k == "P":
                c.setFont(font, 9.8)
                for part in simpleSplit(ln[1], font, 9.8, x1 - x0):
                    need(13)
                    c.setFont(font, 9.8)
                    c.drawString(x0, y, part)
                    y -= 12.5
            elif k == "B":
                parts = simpleSplit(ln[1], font, 9.8, x1 - x0 - 14)
                for i, part in enumerate(parts):
                    need(13)
                    c.setFont(font, 9.8)
                    if i == 0 and ln[2]:
                        c.drawString(x0 + 3, y, ln[2])
                    c.drawString(x0 + 14, y, part)
                    y -= 12.3
            elif k == "sp":
                y -= 6
    footer()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    lay = R.get("layout", "left")

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("dj", "", 8)
                self.cell(0, 8, R["footer"].format(p=self.page_no()), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " CV")
    pdf.set_author(R["name"])
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    nl = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    main_x = 18
    if lay == "sidebar":
        pdf.set_fill_color(*R.get("sidecolor", (226, 236, 232)))
        pdf.rect(0, 0, 64, 297, style="F")
        pdf.set_xy(8, 16)
        pdf.set_left_margin(8)
        pdf.set_font("dj", "B", 14)
        pdf.multi_cell(52, 7, R["name"], **nl)
        pdf.set_font("dj", "", 8)
        for t in R["contact"]:
            pdf.multi_cell(52, 4.5, t, **nl)
        for b in R.get("side", []):
            pdf.ln(3)
            for ln in block_lines(b):
                if ln[0] == "H":
                    pdf.set_font("dj", "B", 9)
                    pdf.multi_cell(52, 6, ln[1].upper(), **nl)
                elif ln[0] in ("B", "P", "S", "T"):
                    pdf.set_font("dj", "", 8)
                    t = (ln[2] + " " + ln[1]) if ln[0] == "B" and ln[2] else ln[1]
                    pdf.multi_cell(52, 4.3, t, **nl)
        main_x = 72
        pdf.set_left_margin(main_x)
        pdf.set_xy(main_x, 16)
    else:
        if lay == "centred":
            pdf.set_font("dj", "B", 17)
            pdf.cell(0, 9, R["name"], align="C", **nl)
            pdf.set_font("dj", "", 9)
            pdf.multi_cell(0, 5, " • ".join(R["contact"]), align="C", **nl)
        else:
            pdf.set_font("dj", "B", 17)
            pdf.cell(0, 9, R["name"], **nl)
            pdf.set_font("dj", "", 9)
            for t in R["contact"]:
                pdf.cell(0, 5, t, **nl)
        pdf.ln(2)
        pdf.line(18, pdf.get_y(), 192, pdf.get_y())
        pdf.ln(3)
    for b in R["blocks"]:
        if b.get("newpage"):
            pdf.add_page()
        for ln in block_lines(b):
            k = ln[0]
            w = 210 - 18 - pdf.l_margin
            if k == "H":
                if pdf.get_y() > 255:
                    pdf.add_page()
                pdf.ln(2)
                pdf.set_font("dj", "B", 11)
                pdf.set_text_color(*R.get("hcolor", (30, 60, 90)))
                pdf.cell(0, 7, ln[1].upper() if R.get("capsh", True) else ln[1], **nl)
                pdf.set_text_color(0, 0, 0)
            elif k in ("T", "G"):
                if pdf.get_y() > 262:
                    pdf.add_page()
                right = ln[2] if k == "T" else ""
                pdf.set_font("dj", "", 9)
                rw = pdf.get_string_width(right) + 3 if right else 0
                pdf.set_font("dj", "B", 10)
                y = pdf.get_y()
                if right:
                    pdf.set_font("dj", "", 9)
                    pdf.set_xy(pdf.l_margin + w - rw, y)
                    pdf.cell(rw, 5.5, right, align="R")
                    pdf.set_xy(pdf.l_margin, y)
                pdf.set_font("dj", "B", 10)
                pdf.multi_cell(w - rw, 5.5, ln[1], **nl)
            elif k == "S":
                pdf.set_font("dj", "I", 9.5)
                pdf.multi_cell(w, 5, ln[1], **nl)
            elif k == "P":
                pdf.set_font("dj", "", 9.5)
                pdf.multi_cell(w, 4.8, ln[1], **nl)
            elif k == "B":
                pdf.set_font("dj", "", 9.5)
                pdf.set_x(pdf.l_margin + 2)
                pdf.cell(4, 4.8, ln[2])
                pdf.multi_cell(w - 6, 4.8, ln[1], **nl)
            elif k == "sp":
                pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(it.filename))
    return out.getvalue()


def render_docx(R):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = "CV"
    lay = R.get("layout", "styles")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    tabpos = Cm(17)
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)

    def no_borders(t):
        tbl = t._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "nil")
            b.append(el)
        pr.append(b)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def para(container, text="", style=None, bold=False, italic=False, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)
        return p

    def emit(container, lines, width_tab):
        for ln in lines:
            k = ln[0]
            if k == "H":
                if lay in ("styles", "header"):
                    container.add_paragraph(ln[1], style="Heading 2") if container is d else para(container, ln[1].upper(), bold=True, size=12)
                else:
                    p = para(container, ln[1].upper(), bold=True, size=12)
                    p.paragraph_format.space_before = Pt(8)
            elif k in ("T", "G"):
                p = para(container)
                r = p.add_run(ln[1])
                r.bold = True
                if k == "T" and ln[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(width_tab, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + ln[2])
            elif k == "S":
                para(container, ln[1], italic=True)
            elif k == "P":
                para(container, ln[1])
            elif k == "B":
                if ln[2] == "list" and container is d:
                    para(container, ln[1], style="List Bullet")
                else:
                    para(container, ("• " if ln[2] == "list" else (ln[2] + " " if ln[2] else "")) + ln[1])

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        hp2.runs[0].font.size = Pt(9)
    elif lay != "sidebar":
        p = d.add_paragraph(style="Title") if lay == "styles" else para(d, R["name"], bold=True, size=20)
        if lay == "styles":
            p.add_run(R["name"])
        para(d, " | ".join(R["contact"]), size=9)
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"]

    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        L, Rc = t.rows[0].cells
        L.width, Rc.width = Cm(5.5), Cm(11.5)
        shade(L, R.get("sidefill", "DCE6F0"))
        L.paragraphs[0].add_run(R["name"]).bold = True
        for x in R["contact"]:
            para(L, x, size=9)
        for b in R.get("side", []):
            emit(L, block_lines(b), Cm(5))
        Rc.paragraphs[0].text = ""
        for b in R["blocks"]:
            emit(Rc, block_lines(b), Cm(11))
    else:
        for b in R["blocks"]:
            if lay == "table" and b["t"] == "exp":
                if b.get("h"):
                    emit(d, [("H", b["h"])], tabpos)
                for e in b["entries"]:
                    t = d.add_table(rows=1, cols=2)
                    no_borders(t)
                    a, z = t.rows[0].cells
                    a.width, z.width = Cm(12), Cm(5)
                    a.paragraphs[0].add_run(e.title).bold = True
                    para(a, ", ".join(x for x in (e.org, e.loc) if x), italic=True)
                    z.paragraphs[0].add_run(drange(e, b.get("dates", "mon"), b.get("present", "Present"), b.get("sep", " – ")))
                    for x in e.bullets:
                        para(d, "• " + x) if b.get("bullet") != "list" else para(d, x, style="List Bullet")
                    para(d)
            else:
                emit(d, block_lines(b), tabpos)
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def render(R):
    f = R["file"]
    if f.endswith(".txt"):
        return render_txt(R)
    if f.endswith(".md"):
        return render_md(R)
    if f.endswith(".html"):
        return render_html(R)
    if f.endswith(".docx"):
        return render_docx(R)
    if R.get("engine") == "fpdf":
        return render_fpdf(R)
    return render_rl(R)
