"""Renderers for wild71: résumé dict -> intermediate items -> file bytes."""
import io
import re
import zipfile
import datetime as dt
from lib import E, fmt_range

FIXED = dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- items
def _ol(*parts):
    return ", ".join(p for p in parts if p)


def entry_items(R, group):
    """Items for a list of entries under one heading."""
    head = R.get("head", "title_org")
    st, pres, sep = R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – ")
    bstyle = R.get("bstyle", "bullets")
    out = []
    prev_org = object()
    for i, e in enumerate(group):
        d = fmt_range(e, st, pres, sep)
        if head == "title_org":
            out += [("job", e.title, d), ("sub", _ol(e.org, e.loc))]
        elif head == "org_title":
            out += [("job", _ol(e.org, e.loc), d), ("sub", e.title)]
        elif head == "dash":
            out += [("job", e.title + (" – " + _ol(e.org, e.loc) if e.org else ""), d)]
        elif head == "pipe":
            out += [("job", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
        elif head == "datefirst":
            out += [("job", d + "    " + e.title, ""), ("sub", _ol(e.org, e.loc))]
        elif head == "dateline":
            out += [("job", e.title, ""), ("sub", _ol(e.org, e.loc)), ("sub", d)]
        elif head == "labelled":
            out += [("job", "Designation: " + e.title, ""), ("p", "Organisation: " + (_ol(e.org, e.loc) or "—")),
                    ("p", "Duration: " + d)]
        elif head == "inline":
            out += [("job", _ol(e.title, e.org, e.loc) + ", " + d, "")]
        elif head == "orgfirst":
            if not e.org:
                out += [("org", e.title, d)]
            elif e.org != prev_org:
                od = ""
                if R.get("orgdates"):
                    same = [x for x in group if x.org == e.org]
                    lo = min(x.start for x in same)
                    hi = "present" if any(x.end == "present" for x in same) else max(x.end for x in same)
                    od = fmt_range(E("", None, None, lo, hi, "none", prec=same[0].prec), st, pres, sep)
                out += [("org", _ol(e.org, e.loc) if e.org else e.title, od)]
            if e.org:
                out += [("job", e.title, d)]
        prev_org = e.org
        if e.bullets:
            if bstyle == "para":
                out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                out += [("b", b) for b in e.bullets]
        out.append(("gap",))
    return out


def items(R):
    out = [("name", R["name"])]
    if R.get("tagline"):
        out.append(("tag", R["tagline"]))
    for c in R.get("contact", []):
        out.append(("contact", c))
    for h, content in R["blocks"]:
        if h:
            out.append(("h", h))
        if isinstance(content, str):
            out.append(("p", content))
        elif isinstance(content, tuple):  # ("b", [...]) bulleted lines
            out += [("b", x) for x in content[1]]
        elif content and isinstance(content[0], E):
            out += entry_items(R, content)
        else:
            out += [("p", x) for x in content]
        out.append(("gap",))
    return out


def all_entries(R):
    res = []
    for h, content in R["blocks"]:
        if isinstance(content, list) and content and isinstance(content[0], E):
            res += content
    return res


# ---------------------------------------------------------------- text / md / html
def render_txt(R):
    bullet = R.get("bullet", "-")
    hs = R.get("hstyle", "caps")
    lines = []
    for it in items(R):
        t = it[0]
        if t == "name":
            lines.append(it[1].upper() if hs == "caps" else it[1])
        elif t in ("tag", "contact"):
            lines.append(it[1])
        elif t == "h":
            if lines and lines[-1] == "":
                lines.pop()
            if hs == "caps":
                lines += ["", it[1].upper()]
            elif hs == "underline":
                lines += ["", it[1], "=" * len(it[1])]
            elif hs == "dashes":
                lines += ["", "---- " + it[1].upper() + " ----"]
            else:
                lines += ["", it[1] + ":"]
        elif t in ("job", "org"):
            s = it[1] + (("    " + it[2]) if it[2] else "")
            lines.append(s.upper() if t == "org" and R.get("orgcaps") else s)
        elif t in ("sub", "p"):
            lines.append(it[1])
        elif t == "b":
            lines.append((bullet + " " if bullet else "   ") + it[1])
        elif t == "gap":
            if lines and lines[-1] != "":
                lines.append("")
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def render_md(R):
    lines = []
    for it in items(R):
        t = it[0]
        if t == "name":
            lines += ["# " + it[1], ""]
        elif t == "tag":
            lines += ["**" + it[1] + "**", ""]
        elif t == "contact":
            lines += [it[1] + "  "]
        elif t == "h":
            lines += ["", "## " + it[1], ""]
        elif t == "org":
            lines += ["### " + it[1] + ((" (" + it[2] + ")") if it[2] else ""), ""]
        elif t == "job":
            if R.get("mdjob") == "bold":
                lines += ["**" + it[1] + "**" + ((" — *" + it[2] + "*") if it[2] else "") + "  "]
            else:
                lines += [("#### " if R.get("head") == "orgfirst" else "### ") + it[1], ""]
                if it[2]:
                    lines += ["*" + it[2] + "*", ""]
        elif t == "sub":
            lines += ["*" + it[1] + "*", ""]
        elif t == "p":
            lines += [it[1], ""]
        elif t == "b":
            lines += [R.get("bullet", "-") + " " + it[1]]
        elif t == "gap":
            lines.append("")
    txt = "\n".join(lines)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(R):
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{_esc(R['name'])} – Résumé</title>",
           "<style>body{font-family:Georgia,serif;max-width:780px;margin:2em auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
           ".d{float:right;color:#555}.sub{font-style:italic;margin:0}</style>", "</head>", "<body>"]
    inlist = False
    for it in items(R):
        t = it[0]
        if t != "b" and inlist:
            out.append("</ul>")
            inlist = False
        if t == "name":
            out.append(f"<h1>{_esc(it[1])}</h1>")
        elif t == "tag":
            out.append(f"<p><strong>{_esc(it[1])}</strong></p>")
        elif t == "contact":
            out.append(f"<p class=\"contact\">{_esc(it[1])}</p>")
        elif t == "h":
            out.append(f"<h2>{_esc(it[1])}</h2>")
        elif t in ("job", "org"):
            tag = "h3" if t == "org" or R.get("head") != "orgfirst" else "h4"
            d = f"<span class=\"d\">{_esc(it[2])}</span>" if it[2] else ""
            out.append(f"<{tag}>{_esc(it[1])}{d}</{tag}>")
        elif t == "sub":
            out.append(f"<p class=\"sub\">{_esc(it[1])}</p>")
        elif t == "p":
            out.append(f"<p>{_esc(it[1])}</p>")
        elif t == "b":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{_esc(it[1])}</li>")
    if inlist:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(R):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    size = LETTER if R.get("paper") == "letter" else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    layout = R.get("layout", "plain")
    accent = R.get("accent", (0.15, 0.25, 0.4))
    M = 50
    side_w = 165 if layout == "sidebar" else 0
    x0 = M + side_w if side_w else M
    cw = W - x0 - M
    st = {"y": H - M, "page": 1}
    bch = R.get("bullet", "•")

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, R["footer"].format(n=st["page"]))
            c.setFillGray(0)

    def need(h):
        if st["y"] - h < 60:
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = H - M

    def text(s, font="Helvetica", size=10, indent=0, lead=None, right=None, color=None):
        lead = lead or size * 1.3
        width = cw - indent - (c.stringWidth(right, font, size) + 12 if right else 0)
        parts = simpleSplit(s, font, size, width) or [""]
        for i, ln in enumerate(parts):
            need(lead)
            c.setFont(font, size)
            if color:
                c.setFillColorRGB(*color)
            c.drawString(x0 + indent, st["y"] - size, ln)
            c.setFillGray(0)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(x0 + cw, st["y"] - size, right)
            st["y"] -= lead

    its = items(R)
    # sidebar
    if side_w:
        c.setFillColorRGB(*R.get("side_color", (0.9, 0.92, 0.95)))
        c.rect(0, 0, M + side_w - 15, H, stroke=0, fill=1)
        c.setFillGray(0)
        sy = H - M
        for h, lines in R.get("side", []):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(20, sy - 10, h.upper())
            sy -= 18
            for ln in lines:
                for p in simpleSplit(ln, "Helvetica", 8.5, M + side_w - 45):
                    c.setFont("Helvetica", 8.5)
                    c.drawString(20, sy - 8.5, p)
                    sy -= 11.5
            sy -= 8
    for it in its:
        t = it[0]
        if t == "name":
            if layout == "twocol":
                c.setFont("Helvetica-Bold", 20)
                c.drawString(x0, st["y"] - 20, it[1])
                cy = st["y"]
                for ct in [x[1] for x in its if x[0] == "contact"]:
                    c.setFont("Helvetica", 9)
                    c.drawRightString(x0 + cw, cy - 9, ct)
                    cy -= 12
                st["y"] = min(st["y"] - 28, cy - 4)
            elif layout == "centred":
                c.setFont("Helvetica-Bold", 18)
                c.drawCentredString(x0 + cw / 2, st["y"] - 18, it[1])
                st["y"] -= 26
            else:
                text(it[1], "Helvetica-Bold", 18, lead=26)
        elif t == "tag":
            text(it[1], "Helvetica-Oblique", 11, color=accent)
        elif t == "contact":
            if layout == "twocol":
                continue
            if layout == "centred":
                c.setFont("Helvetica", 9)
                c.drawCentredString(x0 + cw / 2, st["y"] - 9, it[1])
                st["y"] -= 12
            else:
                text(it[1], size=9)
        elif t == "h":
            if it[1] == R.get("break_before"):
                need(10 ** 6)
            need(40)
            st["y"] -= 6
            text(it[1].upper() if R.get("hcaps", True) else it[1], "Helvetica-Bold", 11.5, color=accent)
            c.setStrokeColorRGB(*accent)
            c.line(x0, st["y"] + 2, x0 + cw, st["y"] + 2)
            st["y"] -= 4
        elif t == "org":
            need(36)
            text(it[1], "Helvetica-Bold", 11, right=it[2] or None)
        elif t == "job":
            need(30)
            text(it[1], "Helvetica-Bold", 10.5, right=it[2] or None,
                 indent=8 if R.get("head") == "orgfirst" else 0)
        elif t == "sub":
            text(it[1], "Helvetica-Oblique", 10, indent=8 if R.get("head") == "orgfirst" else 0)
        elif t == "p":
            text(it[1], size=9.8)
        elif t == "b":
            need(13)
            c.setFont("Helvetica", 9.8)
            c.drawString(x0 + 6, st["y"] - 9.8, bch)
            text(it[1], size=9.8, indent=18)
        elif t == "gap":
            st["y"] -= 5
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def _mc(pdf, w, h, txt, **kw):
    kw.setdefault("align", "L")
    pdf.multi_cell(w, h, txt, new_x="LMARGIN", new_y="NEXT", **kw)


def render_fpdf(R):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, R["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if R.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " - CV")
    pdf.set_author(R["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    layout = R.get("layout", "left")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    acc = R.get("accent", (30, 70, 110))
    bch = R.get("bullet", "•")
    its = items(R)
    if layout == "sidebar":
        pdf.set_fill_color(*R.get("side_color", (232, 236, 240)))
        pdf.rect(0, 0, 64, pdf.h, style="F")
        pdf.set_xy(8, 18)
        for h, lines in R.get("side", []):
            pdf.set_x(8)
            pdf.set_font("dv", "B", 9.5)
            _mc(pdf, 50, 5, h.upper())
            pdf.ln(1)
            for ln in lines:
                pdf.set_x(8)
                pdf.set_font("dv", "", 8)
                _mc(pdf, 50, 4.2, ln)
            pdf.ln(4)
        pdf.set_left_margin(72)
        pdf.set_xy(72, 16)
    align = "C" if layout == "centred" else "L"
    for it in its:
        t = it[0]
        ew = pdf.w - pdf.r_margin - pdf.l_margin
        if t == "name":
            pdf.set_font("dv", "B", 18)
            _mc(pdf, 0, 9, it[1], align=align)
        elif t == "tag":
            pdf.set_font("dv", "I", 10.5)
            pdf.set_text_color(*acc)
            _mc(pdf, 0, 6, it[1], align=align)
            pdf.set_text_color(0)
        elif t == "contact":
            pdf.set_font("dv", "", 8.8)
            _mc(pdf, 0, 4.6, it[1], align=align)
        elif t == "h":
            if pdf.get_y() > pdf.h - 40 or it[1] == R.get("break_before"):
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("dv", "B", 11)
            pdf.set_text_color(*acc)
            _mc(pdf, 0, 6, it[1].upper() if R.get("hcaps", True) else it[1])
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0)
            pdf.ln(1.5)
        elif t in ("job", "org"):
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            ind = 4 if (t == "job" and R.get("head") == "orgfirst") else 0
            size = 10.5 if t == "org" else 10
            pdf.set_font("dv", "", 9)
            dw = pdf.get_string_width(it[2]) + 4 if it[2] else 0
            y = pdf.get_y()
            if it[2]:
                pdf.set_xy(pdf.w - pdf.r_margin - dw, y)
                pdf.cell(dw, 5.5, it[2], align="R")
            pdf.set_xy(pdf.l_margin + ind, y)
            pdf.set_font("dv", "B", size)
            _mc(pdf, ew - dw - ind, 5.5, it[1])
        elif t == "sub":
            ind = 4 if R.get("head") == "orgfirst" else 0
            pdf.set_x(pdf.l_margin + ind)
            pdf.set_font("dv", "I", 9.5)
            _mc(pdf, ew - ind, 5, it[1])
        elif t == "p":
            pdf.set_font("dv", "", 9.3)
            _mc(pdf, 0, 4.8, it[1])
        elif t == "b":
            pdf.set_font("dv", "", 9.3)
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(5, 4.8, bch)
            pdf.set_xy(pdf.l_margin + 7, y)
            _mc(pdf, ew - 7, 4.8, it[1])
        elif t == "gap":
            pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(R):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    width = sec.page_width - sec.left_margin - sec.right_margin
    layout = set(R.get("layout", "styles").split("+"))
    normal = doc.styles["Normal"]
    normal.font.name = R.get("font", "Calibri")
    normal.font.size = Pt(10.5)
    bch = R.get("bullet", "•")

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

    def tabline(container, left, right, bold=True, size=None):
        p = container.add_paragraph()
        tw = width if container is doc else container.width if hasattr(container, "width") and container.width else width
        p.paragraph_format.tab_stops.add_tab_stop(tw - Cm(0.1), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    body = doc
    its = items(R)
    if "header" in layout:
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for c in R.get("contact", []):
            p2 = hdr.add_paragraph(c)
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        its = [x for x in its if x[0] not in ("name", "contact")]
    if "footer" in layout and R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].format(n="")
    main = doc
    if "sidebar" in layout:
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), width - Cm(5.5)
        shade(left, R.get("side_hex", "DCE6F0"))
        left.paragraphs[0].text = ""
        for h, lines in R.get("side", []):
            p = left.add_paragraph()
            rr = p.add_run(h.upper())
            rr.bold = True
            for ln in lines:
                q = left.add_paragraph(ln)
                q.runs[0].font.size = Pt(9)
        main = right
    cw = (width - Cm(5.5)) if "sidebar" in layout else width
    cur_table = None
    for it in its:
        t = it[0]
        if t == "name":
            if "styles" in layout:
                main.add_paragraph(it[1], style="Title") if main is doc else main.add_paragraph(it[1]).runs[0].__setattr__("bold", True)
            else:
                p = main.add_paragraph()
                r = p.add_run(it[1])
                r.bold = True
                r.font.size = Pt(20)
                if "centre" in layout:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "tag":
            p = main.add_paragraph()
            p.add_run(it[1]).italic = True
        elif t == "contact":
            p = main.add_paragraph(it[1])
            p.paragraph_format.space_after = Pt(0)
            if "centre" in layout:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "h":
            cur_table = None
            if "styles" in layout and main is doc:
                main.add_heading(it[1], level=1)
            else:
                p = main.add_paragraph()
                r = p.add_run(it[1].upper())
                r.bold = True
                r.font.size = Pt(12)
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                p.paragraph_format.space_before = Pt(10)
        elif t in ("job", "org") and "table" in layout:
            tb = main.add_table(rows=1, cols=2)
            no_borders(tb)
            a, b = tb.rows[0].cells
            a.width, b.width = cw - Cm(4.5), Cm(4.5)
            a.paragraphs[0].add_run(it[1]).bold = True
            b.paragraphs[0].text = it[2]
            b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cur_table = a
        elif t in ("job", "org"):
            cur_table = None
            if "styles" in layout and main is doc and t == "org":
                main.add_heading(it[1] + (("  (" + it[2] + ")") if it[2] else ""), level=2)
            elif "styles" in layout and main is doc and R.get("head") != "orgfirst":
                hp = main.add_heading(level=2)
                hp.paragraph_format.tab_stops.add_tab_stop(cw - Cm(0.1), WD_TAB_ALIGNMENT.RIGHT)
                hp.add_run(it[1] + ("\t" + it[2] if it[2] else ""))
            else:
                p = main.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(cw - Cm(0.1), WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(it[1])
                r.bold = True
                if t == "org":
                    r.font.size = Pt(11.5)
                if it[2]:
                    p.add_run("\t" + it[2])
                p.paragraph_format.space_after = Pt(0)
        elif t == "sub":
            tgt = cur_table if cur_table is not None else main
            p = tgt.add_paragraph()
            p.add_run(it[1]).italic = True
            p.paragraph_format.space_after = Pt(2)
        elif t == "p":
            main.add_paragraph(it[1])
        elif t == "b":
            if "styles" in layout and main is doc:
                main.add_paragraph(it[1], style="List Bullet")
            else:
                p = main.add_paragraph(bch + "\t" + it[1] if bch else it[1])
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.5) if bch else None
                p.paragraph_format.space_after = Pt(0)
        elif t == "gap":
            cur_table = None
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
