"""Renderers: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import html as H
import io
import zipfile
import datetime as dt
from lib import E, fmt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc)


def loc_join(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def job_lines(e, R):
    """-> (head lines, tail lines); each line (style, left, right)."""
    d = fmt(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("dsep", " – "))
    h = R.get("hdr", "title_org")
    t, o, l = e.show_title, e.show_org, e.loc
    if h == "title_org":
        return [("b", t, d), ("i", loc_join(o, l), "")], []
    if h == "org_title":
        return [("b", loc_join(o, l), d), ("i", t, "")], []
    if h == "dash":
        return [("b", t + (" – " + loc_join(o, l) if o or l else ""), d)], []
    if h == "pipe":
        return [("b", " | ".join(x for x in (t, o, l) if x), d)], []
    if h == "pipe_inline":
        return [("b", " | ".join(x for x in (t, o, l, d) if x), "")], []
    if h == "dates_first":
        return [("n", d, ""), ("b", t, ""), ("i", loc_join(o, l), "")], []
    if h == "dateline":
        return [("b", t, ""), ("i", loc_join(o, l), ""), ("n", d, "")], []
    if h == "dates_end":
        return [("b", t, ""), ("i", loc_join(o, l), "")], [("n", "(" + d + ")", "")]
    if h == "labelled":
        return [("n", "Position: " + t, ""), ("n", "Employer: " + loc_join(o, l), ""),
                ("n", "Period: " + d, "")], []
    if h == "inline":
        return [("b", loc_join(t, o, l, d), "")], []
    if h == "orgfirst":
        return [("b", t, d)], []
    if h == "linkedin":
        return [("b", t, ""), ("n", o or "", ""), ("n", d, ""), ("n", l or "", "")], []
    raise ValueError(h)


def blocks(R, sections=None):
    """Flatten a résumé's sections into blocks."""
    out = []
    bul = R.get("bul", "•")
    for head, content in (sections if sections is not None else R["sections"]):
        if head:
            out.append(("h", head))
        if isinstance(content, str):
            for para in content.split("\n"):
                out.append(("p", para))
            continue
        if content and isinstance(content[0], E):
            prev_org = object()
            for e in content:
                if R.get("hdr") == "orgfirst" and e.show_org != prev_org:
                    out.append(("jl", "B", loc_join(e.show_org, e.loc), ""))
                prev_org = e.show_org
                head_l, tail_l = job_lines(e, R)
                for st, left, right in head_l:
                    if left or right:
                        out.append(("jl", st, left, right))
                if bul == "para":
                    if e.bullets:
                        out.append(("p", " ".join(b.rstrip(".") + "." for b in e.bullets)))
                else:
                    for b in e.bullets:
                        out.append(("li", b))
                for st, left, right in tail_l:
                    out.append(("jl", st, left, right))
                out.append(("gap",))
            continue
        for item in content:
            out.append(("li", item))
    return out


# ---------------------------------------------------------------- text family
def to_text(R):
    W = R.get("width", 78)
    bul = R.get("bul", "-")
    hs = R.get("txt_head", "caps")
    lines = [R["name"]] + list(R["contact"]) + [""]
    for b in blocks(R):
        k = b[0]
        if k == "h":
            if lines and lines[-1] != "":
                lines.append("")
            if hs == "caps":
                lines += [b[1].upper()]
            elif hs == "underline":
                lines += [b[1], "-" * len(b[1])]
            elif hs == "equals":
                lines += ["=" * len(b[1]), b[1].upper(), "=" * len(b[1])]
            else:
                lines += [b[1] + ":"]
        elif k == "p":
            lines.append(b[1])
        elif k == "li":
            lines.append((bul + " " if bul not in ("", "para") else "") + b[1])
        elif k == "jl":
            left, right = b[2], b[3]
            if right:
                sp = R.get("txt_right", "pad")
                if sp == "pad":
                    left = left + " " * max(2, W - len(left) - len(right)) + right
                elif sp == "tab":
                    left = left + "\t" + right
                else:
                    left = left + sp + right
            lines.append(left)
        elif k == "gap":
            lines.append("")
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines)


def to_md(R):
    bul = R.get("bul", "-")
    lines = ["# " + R["name"], "", "  \n".join(R["contact"]), ""]
    hl = R.get("md_job", "h3")
    for b in blocks(R):
        k = b[0]
        if k == "h":
            lines += ["## " + b[1], ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "li":
            lines.append((bul if bul not in ("", "para") else "-") + " " + b[1])
        elif k == "jl":
            st, left, right = b[1], b[2], b[3]
            txt = left + (" — " + right if right else "")
            if st in ("b", "B"):
                lines += ["### " + txt, ""] if hl == "h3" else ["**" + txt + "**  "]
            elif st == "i":
                lines += ["*" + txt + "*  "]
            else:
                lines += [txt + "  "]
        elif k == "gap":
            lines.append("")
    return "\n".join(lines) + "\n"


def to_html(R):
    e = H.escape
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:800px;margin:auto}")
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title>" % e(R["name"]),
           "<style>%s</style></head><body>" % css, "<h1>%s</h1>" % e(R["name"]),
           "<p class=\"contact\">%s</p>" % "<br>".join(e(c) for c in R["contact"])]
    inlist = False
    for b in blocks(R):
        k = b[0]
        if k != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if k == "h":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append("<li>%s</li>" % e(b[1]))
        elif k == "jl":
            st, left, right = b[1], b[2], b[3]
            tag = {"B": "h3", "b": "h4", "i": "p class=\"org\"", "n": "p"}[st]
            r = " <span class=\"dates\">%s</span>" % e(right) if right else ""
            out.append("<%s>%s%s</%s>" % (tag, e(left), r, tag.split()[0]))
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- reportlab
def to_reportlab(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    ps = LETTER if R.get("page") == "letter" else A4
    PW, PH = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setAuthor(R["name"]); c.setTitle(R["name"] + " - Resume"); c.setCreator("Microsoft Word")
    lay = R.get("layout", "plain")
    bulc = R.get("bul", "•")
    side_w = 170 if lay == "sidebar" else 0
    x0 = 50 + side_w
    xr = PW - 50
    page = [1]

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(PW / 2, 30, R["footer"].format(p=page[0]))

    def sidebar():
        c.setFillColorRGB(*R.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w + 20, PH, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = PH - 60
        if page[0] == 1:
            for head, items in R.get("side", []):
                c.setFont("Helvetica-Bold", 10); c.drawString(20, y, head.upper()); y -= 14
                c.setFont("Helvetica", 8.5)
                for it in items:
                    for ln in wrap(it, "Helvetica", 8.5, side_w - 15):
                        c.drawString(20, y, ln); y -= 11
                y -= 8

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines or [""]

    if lay == "sidebar":
        sidebar()
    y = PH - 55
    if lay == "twocol":
        c.setFont("Helvetica-Bold", 18); c.drawString(x0, y, R["name"])
        c.setFont("Helvetica", 9)
        yy = y + 6
        for ln in R["contact"]:
            c.drawRightString(xr, yy, ln); yy -= 11
        y = min(y, yy) - 14
        c.line(x0, y + 8, xr, y + 8)
    elif lay == "centred":
        c.setFont("Helvetica-Bold", 17); c.drawCentredString((x0 + xr) / 2, y, R["name"]); y -= 16
        c.setFont("Helvetica", 9)
        c.drawCentredString((x0 + xr) / 2, y, "  |  ".join(R["contact"])); y -= 22
    else:
        c.setFont("Helvetica-Bold", 17); c.drawString(x0, y, R["name"]); y -= 15
        c.setFont("Helvetica", 9)
        for ln in R["contact"]:
            c.drawString(x0, y, ln); y -= 11
        y -= 10

    def need(h):
        nonlocal y
        if y - h < 55:
            footer(); c.showPage(); page[0] += 1
            if lay == "sidebar":
                sidebar()
            y = PH - 55

    for b in blocks(R):
        k = b[0]
        if k == "h":
            if b[1] == R.get("newpage"):
                need(10000)
            need(40); y -= 4
            c.setFont("Helvetica-Bold", 11.5); c.drawString(x0, y, b[1].upper() if R.get("caps") else b[1])
            c.setLineWidth(0.5); c.line(x0, y - 3, xr, y - 3); y -= 17
        elif k == "p":
            c.setFont("Helvetica", 9.5)
            for ln in wrap(b[1], "Helvetica", 9.5, xr - x0):
                need(12); c.drawString(x0, y, ln); y -= 12
        elif k == "li":
            c.setFont("Helvetica", 9.5)
            for i, ln in enumerate(wrap(b[1], "Helvetica", 9.5, xr - x0 - 14)):
                need(12)
                if i == 0 and bulc not in ("", "para"):
                    c.drawString(x0 + 3, y, bulc)
                c.drawString(x0 + 14, y, ln); y -= 12
        elif k == "jl":
            st, left, right = b[1], b[2], b[3]
            font = {"B": "Helvetica-Bold", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica"}[st]
            need(14); c.setFont(font, 10)
            rw = stringWidth(right, "Helvetica", 9.5) + 12 if right else 0
            for ln in wrap(left, font, 10, xr - x0 - rw):
                c.setFont(font, 10); c.drawString(x0, y, ln)
                if right:
                    c.setFont("Helvetica", 9.5); c.drawRightString(xr, y, right); right = ""
                y -= 12.5
        elif k == "gap":
            y -= 6
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def to_fpdf(R, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter" if R.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(R["name"]); pdf.set_creator("Google Docs")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    lay = R.get("layout", "plain")
    footer_t = R.get("footer")
    if footer_t:
        class P(FPDF):
            def footer(self):
                self.set_y(-12); self.set_font("DV", "", 7.5)
                self.cell(0, 5, footer_t.format(p=self.page_no()), align="C")
        P.__name__ = "P"
        pdf2 = P(format="letter" if R.get("page") == "letter" else "A4")
        pdf2.set_creation_date(FIXED); pdf2.set_author(R["name"]); pdf2.set_creator("Google Docs")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            pdf2.add_font("DV", st, FONT_DIR + f)
        pdf = pdf2
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    side_w = 58 if lay == "sidebar" else 0
    lm = 16 + side_w
    pdf.set_left_margin(lm); pdf.set_right_margin(16)
    W = pdf.w - lm - 16
    bulc = R.get("bul", "•")
    if lay == "sidebar":
        pdf.set_fill_color(*R.get("side_rgb255", (35, 60, 90)))
        pdf.rect(0, 0, side_w + 6, pdf.h, style="F")
        pdf.set_text_color(255, 255, 255)
        y = 20
        for head, items in R.get("side", []):
            pdf.set_xy(6, y); pdf.set_font("DV", "B", 9.5); pdf.cell(side_w - 8, 5, head.upper())
            y += 7
            pdf.set_font("DV", "", 8)
            for it in items:
                pdf.set_xy(6, y); pdf.multi_cell(side_w - 8, 4, it)
                y = pdf.get_y() + 1
            y += 4
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(lm, 18)
    al = "C" if lay == "centred" else "L"
    pdf.set_font("DV", "B", 16); pdf.cell(W, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    if lay == "centred":
        pdf.multi_cell(W, 4.5, "  •  ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for ln in R["contact"]:
            pdf.cell(W, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks(R):
        k = b[0]
        if k == "h":
            if pdf.get_y() > pdf.h - 40 or b[1] == R.get("newpage"):
                pdf.add_page()
            pdf.ln(2); pdf.set_font("DV", "B", 11)
            pdf.cell(W, 6, b[1].upper() if R.get("caps") else b[1], new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y(); pdf.line(lm, y, lm + W, y); pdf.ln(1.5)
        elif k == "p":
            pdf.set_font("DV", "", 9); pdf.multi_cell(W, 4.6, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "li":
            pdf.set_font("DV", "", 9)
            if bulc in ("", "para"):
                pdf.multi_cell(W, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(5, 4.6, bulc)
                pdf.multi_cell(W - 5, 4.6, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "jl":
            st, left, right = b[1], b[2], b[3]
            style = {"B": "B", "b": "B", "i": "I", "n": ""}[st]
            pdf.set_font("DV", style, 9.8)
            if right:
                pdf.set_font("DV", "", 9)
                rw = pdf.get_string_width(right) + 2
                pdf.set_font("DV", style, 9.8)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.multi_cell(W - rw - 2, 5, left, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(lm + W - rw, y); pdf.set_font("DV", "", 9)
                pdf.cell(rw, 5, right, align="R")
                pdf.set_xy(lm, y2)
            else:
                pdf.multi_cell(W, 5, left, new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_docx(R, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]; cp.last_modified_by = R["name"]; cp.title = "CV"
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0); cp.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_printed = dt.datetime(2026, 11, 2, 9, 0, 0); cp.revision = 1
    st = doc.styles["Normal"]; st.font.name = R.get("font", "Calibri"); st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    lay = R.get("layout", "styles")
    TAB = Inches(6.9)
    bulc = R.get("bul", "•")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol); tcPr.append(sh)

    def no_borders(table):
        tbl = table._tbl; tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + edge); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"]); r.bold = True; r.font.size = Pt(15)
        hp2 = sec.header.add_paragraph(" · ".join(R["contact"]))
        if R.get("footer"):
            sec.footer.paragraphs[0].text = R["footer"].format(p=1)
        main = doc
    else:
        if lay == "sidebar":
            t = doc.add_table(rows=1, cols=2); no_borders(t)
            left, right = t.rows[0].cells
            left.width = Inches(2.1); right.width = Inches(4.9)
            shade(left, R.get("side_hex", "DCE6F0"))
            p = left.paragraphs[0]; r = p.add_run(R["name"]); r.bold = True; r.font.size = Pt(15)
            for cl in R["contact"]:
                left.add_paragraph(cl).runs[0].font.size = Pt(9)
            for head, items in R.get("side", []):
                hp = left.add_paragraph(); rr = hp.add_run(head.upper()); rr.bold = True
                for it in items:
                    left.add_paragraph(it).runs[0].font.size = Pt(9)
            main = right
            TAB = Inches(4.7)
        else:
            doc.add_heading(R["name"], level=0 if R.get("title_style") else 1)
            doc.add_paragraph(" | ".join(R["contact"]))
            main = doc

    def para(container, text="", style=None):
        if container is doc:
            return doc.add_paragraph(text, style=style)
        p = container.add_paragraph(text)
        if style:
            p.style = doc.styles[style]
        return p

    first = [main is not doc]
    bl = blocks(R)
    i = 0
    while i < len(bl):
        b = bl[i]
        k = b[0]
        if k == "h":
            if main is doc and R.get("hstyle", "heading") == "heading":
                doc.add_heading(b[1], level=R.get("hlevel", 2))
            else:
                p = para(main); r = p.add_run(b[1].upper()); r.bold = True; r.font.size = Pt(11.5)
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k == "p":
            para(main, b[1])
        elif k == "li":
            if bulc == "style" and main is doc:
                para(main, b[1], "List Bullet")
            else:
                para(main, ("%s\t" % bulc if bulc not in ("", "para", "style") else ("• " if bulc == "style" else "")) + b[1])
        elif k == "jl":
            if lay == "table" and main is doc:
                # gather this job's header lines into a two-column borderless table
                rows = []
                while i < len(bl) and bl[i][0] == "jl":
                    rows.append(bl[i]); i += 1
                t = doc.add_table(rows=len(rows), cols=2); no_borders(t)
                for ri, (_, st, left, right) in enumerate(rows):
                    c0, c1 = t.rows[ri].cells
                    c0.width = Inches(4.9); c1.width = Inches(2.0)
                    r = c0.paragraphs[0].add_run(left); r.bold = st in "bB"; r.italic = st == "i"
                    c1.paragraphs[0].add_run(right)
                    c1.paragraphs[0].alignment = 2
                continue
            st, left, right = b[1], b[2], b[3]
            p = para(main)
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(left); r.bold = st in "bB"; r.italic = st == "i"
            if right:
                p.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + right)
        i += 1
    doc.save(path)
    fix_zip(path)
