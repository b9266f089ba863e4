"""Renderers: a résumé dict -> logical blocks -> reportlab / fpdf2 / python-docx / txt / md / html."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import E, date_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- logical blocks
def entry_blocks(e, R, prev_org):
    hdr = R.get("hdr", "title_org")
    d = date_range(e, R.get("dates", "mon"), R.get("present", "Present"), R.get("sep", " – "))
    org, loc = e.org, e.loc
    ol = ", ".join(x for x in (org, loc) if x)
    out = []
    if hdr == "title_org":
        out.append(("h", e.title, d))
        if ol:
            out.append(("s", ol, None))
    elif hdr == "org_title":
        out.append(("h", ol or e.title, d))
        if ol:
            out.append(("s", e.title, None))
    elif hdr == "dash":
        out.append(("h", f"{e.title} – {ol}" if ol else e.title, d))
    elif hdr == "pipe":
        out.append(("h", " | ".join(x for x in (e.title, org, loc) if x), d))
    elif hdr == "dateline":
        out.append(("h", e.title, None))
        if ol:
            out.append(("s", ol, None))
        out.append(("s", d, None))
    elif hdr == "datesfirst":
        out.append(("s", d, None))
        out.append(("h", f"{e.title}, {org}" if org else e.title, None))
        if loc:
            out.append(("s", loc, None))
    elif hdr == "at":
        out.append(("h", f"{e.title} at {org}" if org else e.title, d))
        if loc:
            out.append(("s", loc, None))
    elif hdr == "inline":
        out.append(("h", ", ".join(x for x in (e.title, org, loc, d) if x), None))
    elif hdr == "labelled":
        out.append(("h", f"Designation: {e.title}", None))
        if org:
            out.append(("s", f"Organisation: {org}" + (f", {loc}" if loc else ""), None))
        out.append(("s", f"Duration: {d}", None))
        if e.bullets:
            out.append(("s", "Responsibilities:", None))
    elif hdr == "orgfirst":
        if org != prev_org:
            out.append(("g", ol, None))
        out.append(("h", e.title, d))
    else:
        raise ValueError(hdr)
    if e.para and e.bullets:
        out.append(("p", " ".join(e.bullets)))
    else:
        out.extend(("b", b) for b in e.bullets)
    return out


def section_blocks(sections):
    out = []
    for head, content in sections:
        if head:
            out.append(("H", head))
        if isinstance(content, str):
            out.append(("P", content))
        elif content and isinstance(content[0], E):
            prev = None
            for e in content:
                out.extend(entry_blocks(e, CUR, prev))
                out.append(("gap",))
                prev = e.org
        else:
            for line in content:
                out.append(("pb",) if line == "<pb>" else ("L", line))
        out.append(("gap",))
    return out


CUR = {}


def blocks(R):
    global CUR
    CUR = R
    return section_blocks(R["sections"]), section_blocks(R.get("side", []))


def bul(R):
    return R.get("bullet", "•")


# ---------------------------------------------------------------- plain text
def render_txt(R, path):
    main, side = blocks(R)
    W = R.get("width", 78)
    lines = [R.get("name_txt", R["name"])] + R["contact"] + [""]
    for b in side + main:
        t = b[0]
        if t == "H":
            h = b[1]
            if R.get("rule"):
                lines += [h, R["rule"] * len(h)]
            else:
                lines.append(h)
        elif t in ("P", "L", "p"):
            lines.append(b[1])
        elif t in ("h", "s", "g"):
            left, right = b[1], b[2]
            if not right:
                lines.append(left)
            else:
                st = R.get("right", "pad")
                if st == "pad":
                    lines.append(left + " " * max(3, W - len(left) - len(right)) + right)
                elif st == "paren":
                    lines.append(f"{left} ({right})")
                elif st == "pipe":
                    lines.append(f"{left} | {right}")
                elif st == "comma":
                    lines.append(f"{left}, {right}")
                else:
                    lines += [left, right]
        elif t == "b":
            lines.append((bul(R) + " " if bul(R) else "") + b[1])
        elif t == "gap":
            if lines and lines[-1] != "":
                lines.append("")
    txt = "\n".join(lines).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------- markdown
def render_md(R, path):
    main, side = blocks(R)
    out = [f"# {R['name']}", ""]
    out += [c + "  " for c in R["contact"]] + [""]
    mh = R.get("md_h", "###")
    mb = R.get("bullet", "-")
    for b in side + main:
        t = b[0]
        if t == "H":
            out += [f"## {b[1]}", ""]
        elif t in ("P", "p"):
            out += [b[1], ""]
        elif t == "L":
            out.append(b[1])
        elif t == "g":
            out += [f"### {b[1]}", ""]
        elif t == "h":
            left, right = b[1], b[2]
            if mh == "bold":
                out.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
            elif mh == "####":
                out.append(f"#### {left}")
                if right:
                    out.append(f"*{right}*  ")
            else:
                out.append(f"{mh} {left}")
                out.append("")
                if right:
                    out.append(f"_{right}_  ")
        elif t == "s":
            out.append(f"*{b[1]}*  " + (f" {b[2]}" if b[2] else ""))
        elif t == "b":
            out.append(f"{mb} {b[1]}")
        elif t == "gap":
            if out and out[-1] != "":
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(R, path):
    main, side = blocks(R)
    esc = htmlmod.escape
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".r{float:right;font-weight:normal}")
    o = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(R['name'])} - CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    o.append(f"<h1>{esc(R['name'])}</h1>")
    o.append("<p class=\"contact\">" + "<br>".join(esc(c) for c in R["contact"]) + "</p>")
    inlist = False

    def close():
        nonlocal inlist
        if inlist:
            o.append("</ul>")
            inlist = False
    for b in side + main:
        t = b[0]
        if t != "b":
            close()
        if t == "H":
            o.append(f"<h2>{esc(b[1])}</h2>")
        elif t in ("P", "p", "L"):
            o.append(f"<p>{esc(b[1])}</p>")
        elif t == "g":
            o.append(f"<h3>{esc(b[1])}</h3>")
        elif t == "h":
            tag = "h4" if R.get("html_g") else "h3"
            r = f" <span class=\"r\">{esc(b[2])}</span>" if b[2] else ""
            o.append(f"<{tag}>{esc(b[1])}{r}</{tag}>")
        elif t == "s":
            o.append(f"<p class=\"sub\"><em>{esc(b[1])}</em></p>")
        elif t == "b":
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{esc(b[1])}</li>")
    close()
    o += ["</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o))


# ---------------------------------------------------------------- reportlab
def wrap(text, font, size, width, sw):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_reportlab(R, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase.pdfmetrics import stringWidth as sw
    from reportlab.pdfgen import canvas
    main, side = blocks(R)
    ps = letter if R.get("page") == "letter" else A4
    PW, PH = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    c.setCreator(R.get("creator", "Microsoft® Word for Microsoft 365"))
    layout = R.get("layout", "plain")
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if R.get("serif"):
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    M = 50
    state = {"page": 1}

    def footer():
        if R.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(PW / 2, 28, R["footer"].format(n=state["page"]))

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        return PH - M

    y = PH - M
    x0, x1 = M, PW - M
    if layout == "sidebar":
        sbw = 165
        c.setFillColorRGB(0.90, 0.92, 0.95)
        c.rect(0, 0, sbw, PH, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = PH - M
        c.setFont(FB, 16)
        for ln in wrap(R["name"], FB, 16, sbw - 40, sw):
            c.drawString(20, sy, ln)
            sy -= 20
        sy -= 6
        c.setFont(F, 8.5)
        for ct in R["contact"]:
            for ln in wrap(ct, F, 8.5, sbw - 40, sw):
                c.drawString(20, sy, ln)
                sy -= 11
        sy -= 8
        for b in side:
            if b[0] == "H":
                sy -= 4
                c.setFont(FB, 10)
                c.drawString(20, sy, b[1])
                sy -= 14
            elif b[0] in ("L", "P"):
                c.setFont(F, 8.5)
                for ln in wrap(b[1], F, 8.5, sbw - 40, sw):
                    c.drawString(20, sy, ln)
                    sy -= 11
        x0 = sbw + 25
    elif layout == "twocol":
        c.setFont(FB, 20)
        c.drawString(M, y - 4, R["name"])
        if R.get("tagline"):
            c.setFont(FI, 10.5)
            c.drawString(M, y - 22, R["tagline"])
        c.setFont(F, 9)
        cy = y
        for ct in R["contact"]:
            c.drawRightString(x1, cy, ct)
            cy -= 12
        y = min(y - 34, cy) - 6
        c.setLineWidth(0.8)
        c.line(M, y, x1, y)
        y -= 20
    else:
        c.setFont(FB, 18)
        c.drawCentredString(PW / 2, y, R["name"])
        y -= 18
        c.setFont(F, 9.5)
        for ct in R["contact"]:
            c.drawCentredString(PW / 2, y, ct)
            y -= 12
        y -= 10
    width = x1 - x0
    for b in main:
        t = b[0]
        if y < M + 40 or t == "pb":
            y = newpage()
            if t == "pb":
                continue
        if t == "H":
            y -= 4
            c.setFont(FB, 11.5)
            c.drawString(x0, y, b[1].upper() if R.get("caps") else b[1])
            c.setLineWidth(0.5)
            c.line(x0, y - 3, x1, y - 3)
            y -= 17
        elif t in ("P", "p", "L"):
            c.setFont(F, 9.5)
            for ln in wrap(b[1], F, 9.5, width, sw):
                c.drawString(x0, y, ln)
                y -= 12.5
        elif t in ("h", "g", "s"):
            font = FI if t == "s" else FB
            size = 10.5 if t == "g" else (10 if t == "h" else 9.5)
            left, right = b[1], b[2]
            rw = sw(right, F, 9.5) + 12 if right else 0
            lines = wrap(left, font, size, width - rw, sw)
            c.setFont(font, size)
            for i, ln in enumerate(lines):
                c.drawString(x0, y, ln)
                if i == 0 and right:
                    c.setFont(F, 9.5)
                    c.drawRightString(x1, y, right)
                    c.setFont(font, size)
                y -= 12.5
        elif t == "b":
            c.setFont(F, 9.5)
            bc = bul(R)
            for i, ln in enumerate(wrap(b[1], F, 9.5, width - 14, sw)):
                if i == 0 and bc:
                    c.drawString(x0 + 3, y, bc)
                c.drawString(x0 + 14, y, ln)
                y -= 12.5
        elif t == "gap":
            y -= 5
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.cell(0, 6, R["footer"].format(n=self.page_no()), align="C")

    main, side = blocks(R)
    pdf = P(format="Letter" if R.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(R["name"] + " - Resume")
    pdf.set_author(R["name"])
    pdf.set_creator(R.get("creator", "Writer"))
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    layout = R.get("layout", "plain")
    L = 18
    pdf.set_margins(L, 16, 18)
    if layout == "sidebar":
        sbw = 62
        pdf.set_fill_color(226, 232, 238)
        pdf.rect(0, 0, sbw, pdf.h, style="F")
        pdf.set_margins(8, 16, pdf.w - sbw + 6)
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(0, 7, R["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DV", "", 7.5)
        for ct in R["contact"]:
            pdf.multi_cell(0, 4, ct, new_x="LMARGIN", new_y="NEXT")
        for b in side:
            if b[0] == "H":
                pdf.ln(3)
                pdf.set_font("DV", "B", 9)
                pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] in ("L", "P"):
                pdf.set_font("DV", "", 7.5)
                pdf.multi_cell(0, 4, b[1], new_x="LMARGIN", new_y="NEXT")
        L = sbw + 8
        pdf.set_margins(L, 16, 14)
        pdf.set_xy(L, 16)
    elif layout == "twocol":
        pdf.set_font("DV", "B", 18)
        pdf.cell(100, 9, R["name"])
        pdf.set_font("DV", "", 8.5)
        y0 = pdf.get_y()
        for ct in R["contact"]:
            pdf.set_x(L)
            pdf.cell(0, 4.5, ct, align="R", new_x="LMARGIN", new_y="NEXT")
        if R.get("tagline"):
            pdf.set_xy(L, y0 + 9)
            pdf.set_font("DV", "I", 10)
            pdf.cell(100, 5, R["tagline"])
        pdf.set_y(max(pdf.get_y(), y0 + 16) + 2)
        pdf.line(L, pdf.get_y(), pdf.w - 18, pdf.get_y())
        pdf.ln(4)
    else:
        al = "C" if R.get("centre", True) else "L"
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for ct in R["contact"]:
            pdf.cell(0, 4.8, ct, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    bc = bul(R)
    for b in main:
        t = b[0]
        if t == "pb":
            pdf.add_page()
            continue
        if t == "H":
            pdf.ln(1)
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 6, b[1].upper() if R.get("caps") else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)
        elif t in ("P", "p", "L"):
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t in ("h", "g", "s"):
            style = "I" if t == "s" else "B"
            pdf.set_font("DV", style, 10 if t != "s" else 9)
            left, right = b[1], b[2]
            if right:
                pdf.set_font("DV", "", 9)
                rw = pdf.get_string_width(right) + 4
                pdf.set_font("DV", style, 10)
                avail = pdf.w - pdf.l_margin - pdf.r_margin - rw
                if pdf.get_string_width(left) < avail:
                    pdf.cell(avail, 5.2, left)
                    pdf.set_font("DV", "", 9)
                    pdf.cell(0, 5.2, right, align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, 5.2, left, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "", 9)
                    pdf.cell(0, 5.2, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.2, left, new_x="LMARGIN", new_y="NEXT")
        elif t == "b":
            pdf.set_font("DV", "", 9)
            x = pdf.l_margin
            pdf.set_x(x + 2)
            pdf.cell(4, 4.6, bc)
            pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "gap":
            pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt
    main, side = blocks(R)
    flags = set(R.get("docx", []))
    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    TAB = Inches(6.9)

    if "header" in flags:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("docx_footer"):
            sec.footer.paragraphs[0].text = R["docx_footer"]
    main_box = doc
    side_box = None
    if "sidebar" in flags:
        tbl = doc.add_table(rows=1, cols=2)
        tbl.autofit = False
        lc, rc = tbl.rows[0].cells
        lc.width, rc.width = Inches(2.2), Inches(4.7)
        _shade(lc, "DCE6F0")
        side_box, main_box = lc, rc
        TAB = Inches(4.6)
        p = lc.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ct in R["contact"]:
            lc.add_paragraph(ct).runs[0].font.size = Pt(9)
        rc.paragraphs[0].text = R.get("tagline", "")
    elif "header" not in flags:
        if "styles" in flags:
            doc.add_heading(R["name"], level=0)
        else:
            p = doc.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ct in R["contact"]:
            p = doc.add_paragraph(ct)
            if "styles" not in flags:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)

    def put(box, bl):
        skip = False
        for i, b in enumerate(bl):
            if skip:
                skip = False
                continue
            t = b[0]
            if t == "H":
                if "styles" in flags or box is side_box:
                    box.add_paragraph(b[1], style="Heading 1" if box is not side_box else "Heading 2")
                else:
                    p = box.add_paragraph()
                    r = p.add_run(b[1].upper())
                    r.bold = True
                    r.font.size = Pt(12)
                    p.paragraph_format.space_before = Pt(10)
            elif t in ("P", "p"):
                box.add_paragraph(b[1])
            elif t == "L":
                box.add_paragraph(b[1])
            elif t in ("h", "g", "s"):
                left, right = b[1], b[2]
                if "table" in flags and t == "h" and right:
                    tb = box.add_table(rows=1, cols=2)
                    a, z = tb.rows[0].cells
                    a.width, z.width = Inches(4.9), Inches(2.0)
                    ra = a.paragraphs[0].add_run(left)
                    ra.bold = True
                    if i + 1 < len(bl) and bl[i + 1][0] == "s" and not bl[i + 1][2]:
                        a.add_paragraph().add_run(bl[i + 1][1]).italic = True
                        skip = True
                    zp = z.paragraphs[0]
                    zp.text = right
                    zp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    continue
                p = box.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(left)
                if t == "s":
                    r.italic = True
                else:
                    r.bold = True
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
            elif t == "b":
                if "styles" in flags or R.get("list_bullets"):
                    box.add_paragraph(b[1], style="List Bullet")
                else:
                    bc = bul(R)
                    p = box.add_paragraph((bc + "\t" if bc else "") + b[1])
                    p.paragraph_format.left_indent = Inches(0.25)
                    p.paragraph_format.first_line_indent = Inches(-0.2 if bc else 0)
                    p.paragraph_format.space_after = Pt(0)
            elif t == "gap":
                pass
            elif t == "pb":
                box.add_paragraph().add_run().add_break()
    if side_box is not None:
        put(side_box, side)
        put(main_box, main)
    else:
        put(doc, side + main)
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html,
             "reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx}
