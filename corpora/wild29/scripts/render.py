"""Renderers for wild29: reportlab canvas, fpdf2, python-docx, plain text, Markdown and HTML.

Every résumé is a dict R (see defs_*.py). Entries are turned into a small list of "lines"
(kind, left, right) by entry_lines(); each format draws those lines its own way:
  G employer group heading, T main line (bold), O secondary line (italic), M meta line,
  D date line, X bullet, P prose paragraph.
"""
import datetime
import html
import io
import os
import zipfile

from lib import E, P, B, KV, Sub, date_text

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- line model
def orgloc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_lines(e, R, grouped=False):
    """Header lines, extra lines and duty lines for one entry."""
    d = date_text(e, R)
    st = R.get("entry", "title_org")
    ol = orgloc(e, R.get("olsep", ", "))
    if "head" in e.extra:
        head = list(e.extra["head"])
    elif callable(st):
        head = st(e, d)
    elif grouped:  # orgfirst: the employer is printed once as a G line
        head = [("T", e.title, d)]
    elif st == "title_org":
        head = [("T", e.title, d)] + ([("O", ol, "")] if ol else [])
    elif st == "org_title":
        head = [("T", ol or e.title, d)] + ([("O", e.title, "")] if ol else [])
    elif st == "dateline":
        head = [("T", e.title, "")] + ([("O", ol, "")] if ol else []) + ([("D", d, "")] if d else [])
    elif st == "dash":
        dash = R.get("dash", " – ")
        head = [("T", e.title + (dash + ol if ol else ""), d)]
    elif st == "pipe":
        head = [("T", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif st == "inline":
        head = [("T", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), "")]
    else:
        raise ValueError(st)
    lines = head + [("M", m, "") for m in e.extra.get("lines", [])]
    if e.extra.get("intro"):
        lines.append(("P", e.extra["intro"], ""))
    if e.prose:
        if e.bullets:
            lines.append(("P", " ".join(e.bullets), ""))
    else:
        lines += [("X", b, "") for b in e.bullets]
    for t in e.extra.get("after", []):
        lines.append(("M", t, ""))
    return lines


def block_lines(items, R):
    """All lines of a section's items (entries, paragraphs, bullets...)."""
    out = []
    grouped = R.get("entry") == "orgfirst"
    last_org = object()
    for it in items:
        if isinstance(it, E):
            if grouped:
                if it.org != last_org:
                    g = orgloc(it, R.get("gsep", ", "))
                    if R.get("gcaps"):
                        g = g.upper() if it.org and it.org.upper() == it.org else g
                    out.append(("G", g, ""))
                    last_org = it.org
            out.append(("START", "", ""))
            out += entry_lines(it, R, grouped=grouped)
            out.append(("END", "", ""))
        else:
            last_org = object()
            if isinstance(it, P):
                out.append(("P", it.text, ""))
            elif isinstance(it, B):
                out += [("X", b, "") for b in it.items]
            elif isinstance(it, KV):
                out += [("KV", k, v) for k, v in it.pairs]
            elif isinstance(it, Sub):
                out.append(("S", it.text, ""))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    o = R["opts"]
    font = o.get("font", "helv")
    if font == "helv":
        F = {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    elif font == "times":
        F = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}
    else:
        for nm, fn in (("DJ", "DejaVuSans.ttf"), ("DJ-B", "DejaVuSans-Bold.ttf"), ("DJ-I", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, DJ + fn))
        F = {"r": "DJ", "b": "DJ-B", "i": "DJ-I"}
    size = o.get("size", 10)
    lead = size * 1.32
    pw, ph = A4 if o.get("page") == "a4" else letter
    layout = o.get("layout", "single")
    accent = colors.HexColor(o.get("accent", "#1f3a5f"))
    bullet = o.get("bullet", "•")

    def run(total):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
        c.setAuthor(R["name"])
        c.setTitle(o.get("doctitle", R["name"] + " - Resume"))
        c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
        st = {"page": 1}
        side_w = o.get("side_w", 175) if layout == "sidebar" else 0
        mx0 = side_w + (24 if side_w else o.get("margin", 54))
        mx1 = pw - o.get("margin", 54)
        bottom = 60 if o.get("footer") else 48
        st["y"] = ph - o.get("top", 56)

        def footer():
            if o.get("footer"):
                c.setFont(F["r"], 8)
                c.setFillColor(colors.HexColor("#555555"))
                txt = o["footer"].format(n=st["page"], N=total or "?", name=R["name"])
                c.drawCentredString(pw / 2, 30, txt)
                c.setFillColor(colors.black)

        def newpage():
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = ph - 56

        def need(h):
            if st["y"] - h < bottom:
                newpage()

        def text(s, fnt, sz, x, w, first_indent=0, rest_indent=0, color=None, ld=None):
            ld = ld or sz * 1.32
            lines = simpleSplit(s, fnt, sz, w - rest_indent)
            if color:
                c.setFillColor(color)
            c.setFont(fnt, sz)
            for i, ln in enumerate(lines):
                need(ld)
                st["y"] -= ld
                c.drawString(x + (first_indent if i == 0 else rest_indent), st["y"], ln)
            if color:
                c.setFillColor(colors.black)

        # sidebar background and content (page 1 only)
        if layout == "sidebar":
            c.setFillColor(colors.HexColor(o.get("side_fill", "#e8edf2")))
            c.rect(0, 0, side_w, ph, stroke=0, fill=1)
            c.setFillColor(colors.black)
            sy = {"y": ph - 56}
            sx, sw = 16, side_w - 28

            def stext(s, fnt, sz, gap=0):
                sy["y"] -= gap
                for ln in simpleSplit(s, fnt, sz, sw):
                    sy["y"] -= sz * 1.35
                    c.setFont(fnt, sz)
                    c.drawString(sx, sy["y"], ln)
            if o.get("name_in_side"):
                stext(R["name"], F["b"], 15)
                if R.get("headline"):
                    stext(R["headline"], F["i"], 9, 2)
                sy["y"] -= 8
            for ln in R["contact"]:
                stext(ln, F["r"], 8.5)
            for head, items in R["blocks"]:
                if head not in o.get("side", []):
                    continue
                c.setFillColor(accent)
                stext(head.upper() if o.get("caps", True) else head, F["b"], 9.5, 12)
                c.setFillColor(colors.black)
                for kind, left, right in block_lines(items, R):
                    if kind == "X":
                        stext("· " + left, F["r"], 8.5)
                    elif kind == "KV":
                        stext(f"{left}: {right}", F["r"], 8.5)
                    elif kind in ("P", "M", "O"):
                        stext(left, F["r"], 8.5, 1)
                    elif kind in ("S", "T", "G"):
                        stext(left, F["b"], 8.5, 3)

        # header
        if layout == "sidebar" and o.get("name_in_side"):
            pass
        elif layout == "twocol":
            c.setFont(F["b"], 20)
            c.setFillColor(accent)
            c.drawString(mx0, st["y"] - 18, R["name"])
            c.setFillColor(colors.black)
            if R.get("headline"):
                c.setFont(F["i"], 10.5)
                c.drawString(mx0, st["y"] - 34, R["headline"])
            c.setFont(F["r"], 8.8)
            yy = st["y"] - 8
            for ln in R["contact"]:
                c.drawRightString(mx1, yy, ln)
                yy -= 11.5
            st["y"] = min(st["y"] - 44, yy - 4)
            c.setStrokeColor(accent)
            c.setLineWidth(1.2)
            c.line(mx0, st["y"], mx1, st["y"])
            st["y"] -= 6
        elif layout == "centred":
            c.setFont(F["b"], 17)
            st["y"] -= 14
            c.drawCentredString((mx0 + mx1) / 2, st["y"], R["name"])
            c.setFont(F["r"], 9)
            if R.get("headline"):
                st["y"] -= 14
                c.drawCentredString((mx0 + mx1) / 2, st["y"], R["headline"])
            st["y"] -= 13
            c.drawCentredString((mx0 + mx1) / 2, st["y"], "  |  ".join(R["contact"]))
            st["y"] -= 8
        else:
            c.setFont(F["b"], 18)
            st["y"] -= 16
            c.drawString(mx0, st["y"], R["name"])
            if R.get("headline"):
                text(R["headline"], F["i"], 10.5, mx0, mx1 - mx0)
            if layout != "sidebar":
                for ln in (R["contact"] if o.get("contact_lines") else [" · ".join(R["contact"])]):
                    text(ln, F["r"], 9, mx0, mx1 - mx0)
            st["y"] -= 4

        w = mx1 - mx0
        for head, items in R["blocks"]:
            if head in o.get("side", []):
                continue
            need(40)
            st["y"] -= 10
            hs = head.upper() if o.get("caps", True) else head
            text(hs, F["b"], size + 1.5, mx0, w, color=accent)
            if o.get("rule", True):
                c.setStrokeColor(accent)
                c.setLineWidth(0.6)
                c.line(mx0, st["y"] - 3, mx1, st["y"] - 3)
                st["y"] -= 4
            for kind, left, right in block_lines(items, R):
                if kind == "START":
                    need(3 * lead)
                    st["y"] -= 3
                    continue
                if kind == "END":
                    continue
                if kind == "G":
                    st["y"] -= 3
                    text(left, F["b"], size + 0.5, mx0, w)
                elif kind == "T":
                    rw = c.stringWidth(right, F["r"], size) + 10 if right else 0
                    text(left, F["b"], size, mx0, w - rw)
                    if right:
                        c.setFont(F["r"], size)
                        c.drawRightString(mx1, st["y"], right)
                elif kind == "O":
                    text(left, F["i"], size, mx0, w)
                elif kind == "D":
                    text(left, F["r"], size - 0.5, mx0, w)
                elif kind == "M":
                    text(left, F["r"], size - 1, mx0, w)
                elif kind == "S":
                    st["y"] -= 2
                    text(left, F["b"], size - 0.5, mx0, w)
                elif kind == "KV":
                    text(f"{left}: {right}", F["r"], size - 0.5, mx0, w)
                elif kind == "P":
                    text(left, F["r"], size - 0.5, mx0, w)
                elif kind == "X":
                    lines = simpleSplit(left, F["r"], size - 0.5, w - 14)
                    c.setFont(F["r"], size - 0.5)
                    for i, ln in enumerate(lines):
                        need(lead)
                        st["y"] -= lead * 0.95
                        if i == 0:
                            c.drawString(mx0 + 3, st["y"], bullet)
                        c.drawString(mx0 + 14, st["y"], ln)
        footer()
        c.showPage()
        c.save()
        return buf.getvalue(), st["page"]

    data, n = run(None)
    data, n2 = run(n)
    assert n == n2
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    o = R["opts"]
    layout = o.get("layout", "single")
    bullet = o.get("bullet", "•")
    accent = o.get("accent", (31, 58, 95))

    class Doc(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-14)
                self.set_font("DJ", "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 6, o["footer"].format(n=self.page_no(), N="{nb}", name=R["name"]), align="C")
                self.set_text_color(0, 0, 0)

    fmt = "A4" if o.get("page", "a4") == "a4" else "Letter"
    pdf = Doc(format=fmt, unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(R["name"])
    pdf.set_title(o.get("doctitle", "CV - " + R["name"]))
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.set_producer("LibreOffice 7.6")
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    if o.get("serif"):
        pdf.add_font("DJS", "", DJ + "DejaVuSerif.ttf")
        pdf.add_font("DJS", "B", DJ + "DejaVuSerif-Bold.ttf")
        pdf.add_font("DJS", "I", DJ + "DejaVuSerif-Italic.ttf")
    fam = "DJS" if o.get("serif") else "DJ"
    pdf.alias_nb_pages("{nb}")
    pdf.set_auto_page_break(True, margin=18 if o.get("footer") else 14)
    pdf.add_page()
    size = o.get("size", 9.5)
    lh = size * 0.5
    side_w = o.get("side_w", 62) if layout == "sidebar" else 0
    lm = side_w + 8 if side_w else o.get("margin", 18)
    rm = o.get("margin", 18) if not side_w else 12
    pdf.set_left_margin(lm)
    pdf.set_right_margin(rm)
    W = pdf.w - lm - rm

    if layout == "sidebar":
        pdf.set_fill_color(*o.get("side_fill", (233, 238, 230)))
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        y = 18
        x = 7
        sw = side_w - 13

        def sline(s, style="", sz=8.3, gap=0.0):
            nonlocal y
            y += gap
            pdf.set_font(fam, style, sz)
            pdf.set_xy(x, y)
            pdf.multi_cell(sw, sz * 0.48, s, align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
        if o.get("name_in_side"):
            sline(R["name"], "B", 14)
            if R.get("headline"):
                sline(R["headline"], "I", 8.5, 1)
            y += 3
        for ln in R["contact"]:
            sline(ln)
        for head, items in R["blocks"]:
            if head not in o.get("side", []):
                continue
            pdf.set_text_color(*accent)
            sline(head.upper(), "B", 9, 5)
            pdf.set_text_color(0, 0, 0)
            for kind, left, right in block_lines(items, R):
                if kind == "X":
                    sline("– " + left, gap=0.6)
                elif kind == "KV":
                    sline(f"{left}: {right}", gap=0.6)
                elif kind in ("S", "G", "T"):
                    sline(left, "B", gap=1.5)
                elif kind in ("P", "M", "O"):
                    sline(left, gap=0.6)
        pdf.set_xy(lm, 16)

    # header
    if layout == "sidebar" and o.get("name_in_side"):
        pass
    elif layout == "twocol":
        top = pdf.get_y()
        pdf.set_font(fam, "B", 19)
        pdf.set_text_color(*accent)
        pdf.cell(W * 0.55, 9, R["name"])
        pdf.set_text_color(0, 0, 0)
        if R.get("headline"):
            pdf.set_xy(lm, top + 10)
            pdf.set_font(fam, "I", 10)
            pdf.multi_cell(W * 0.55, 5, R["headline"], new_x="LMARGIN", new_y="NEXT", align="L")
        yl = pdf.get_y()
        pdf.set_font(fam, "", 8.3)
        pdf.set_xy(lm + W * 0.55, top)
        for ln in R["contact"]:
            pdf.set_x(lm + W * 0.55)
            pdf.cell(W * 0.45, 4.3, ln, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(yl, pdf.get_y()) + 2)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(lm, pdf.get_y(), lm + W, pdf.get_y())
        pdf.ln(2)
    elif layout == "centred":
        pdf.set_font(fam, "B", 17)
        pdf.cell(W, 9, R["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            pdf.set_font(fam, "", 10)
            pdf.cell(W, 5.5, R["headline"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 8.5)
        pdf.multi_cell(W, 4.5, "  •  ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    else:
        pdf.set_font(fam, "B", 18)
        pdf.cell(W, 9, R["name"], new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            pdf.set_font(fam, "I", 10)
            pdf.multi_cell(W, 5, R["headline"], new_x="LMARGIN", new_y="NEXT", align="L")
        if layout != "sidebar":
            pdf.set_font(fam, "", 8.8)
            if o.get("contact_lines"):
                for ln in R["contact"]:
                    pdf.cell(W, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(W, 4.4, "   ".join(R["contact"]), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)

    for head, items in R["blocks"]:
        if head in o.get("side", []):
            continue
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(fam, "B", size + 1.5)
        pdf.set_text_color(*accent)
        pdf.cell(W, 6, head.upper() if o.get("caps", True) else head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if o.get("rule", True):
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.3)
            pdf.line(lm, pdf.get_y(), lm + W, pdf.get_y())
            pdf.ln(1.2)
        for kind, left, right in block_lines(items, R):
            if kind == "START":
                if pdf.get_y() > pdf.h - 34:
                    pdf.add_page()
                pdf.ln(1.5)
                continue
            if kind == "END":
                continue
            if kind == "G":
                pdf.ln(1)
                pdf.set_font(fam, "B", size + 0.5)
                pdf.multi_cell(W, lh + 0.6, left, new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "T":
                pdf.set_font(fam, "", size)
                rw = pdf.get_string_width(right) + 4 if right else 0
                y0 = pdf.get_y()
                if right:
                    pdf.set_xy(lm + W - rw, y0)
                    pdf.cell(rw, lh + 0.4, right, align="R")
                    pdf.set_xy(lm, y0)
                pdf.set_font(fam, "B", size)
                pdf.multi_cell(W - rw, lh + 0.4, left, new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "O":
                pdf.set_font(fam, "I", size)
                pdf.multi_cell(W, lh + 0.2, left, new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind in ("D", "M", "KV"):
                pdf.set_font(fam, "", size - 0.8)
                pdf.multi_cell(W, lh, left if kind != "KV" else f"{left}: {right}", new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "S":
                pdf.ln(1)
                pdf.set_font(fam, "B", size - 0.3)
                pdf.multi_cell(W, lh + 0.2, left, new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "P":
                pdf.set_font(fam, "", size - 0.5)
                pdf.multi_cell(W, lh, left, new_x="LMARGIN", new_y="NEXT", align="L")
                pdf.ln(0.6)
            elif kind == "X":
                pdf.set_font(fam, "", size - 0.5)
                y0 = pdf.get_y()
                pdf.set_xy(lm + 1.5, y0)
                pdf.cell(4, lh, bullet)
                pdf.set_xy(lm + 5.5, y0)
                pdf.multi_cell(W - 5.5, lh, left, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _bottom_rule(par, color="1F3A5F"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), "6")
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    bdr.append(bt)
    pPr.append(bdr)


def render_docx(R, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH

    o = R["opts"]
    layout = o.get("layout", "tabs")
    d = docx.Document()
    sec = d.sections[0]
    if o.get("page") == "a4":
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Inches(o.get("margin", 0.9))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    normal.paragraph_format.space_after = Pt(o.get("space_after", 2))
    hs = o.get("heading", "style")  # 'style' (Heading 1) or 'rule' (bold caps with bottom border)
    bullets = o.get("bullets", "style")  # 'style' (List Bullet) or a literal character

    cp = d.core_properties
    cp.author = o.get("author", R["name"])
    cp.last_modified_by = o.get("author", R["name"])
    cp.title = o.get("doctitle", "")
    cp.created = datetime.datetime(2026, 10, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 1, 8, 0, 0)
    cp.last_printed = datetime.datetime(2026, 11, 1, 8, 0, 0)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    def para(container, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def heading(container, text, width):
        if hs == "style" and container is d:
            p = d.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if o.get("caps", True) else text, bold=True, size=11.5,
                     color=o.get("hcolor", "1F3A5F"))
            p.paragraph_format.space_before = Pt(8)
            _bottom_rule(p, o.get("hcolor", "1F3A5F"))
        return p

    def bullet_par(container, text):
        if bullets == "style":
            p = container.add_paragraph(text, style="List Bullet")
        else:
            p = container.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.4)
            p.add_run(bullets + "\t" + text)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
        p.paragraph_format.space_after = Pt(0)
        return p

    def tline(container, left, right, width, bold=True, italic=False, style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        r = p.add_run(left)
        r.bold = bold
        r.italic = italic
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.bold = False
            r2.italic = False
        p.paragraph_format.space_after = Pt(0)
        return p

    def draw_lines(container, lines, width, nested=False):
        i = 0
        while i < len(lines):
            kind, left, right = lines[i]
            if kind == "START":
                # header lines of one entry
                j = i + 1
                hdr = []
                while j < len(lines) and lines[j][0] in ("T", "O", "D", "M"):
                    hdr.append(lines[j])
                    j += 1
                if layout in ("table", "sidebar") and not o.get("plain_entries"):
                    t = container.add_table(rows=1, cols=2)
                    _no_borders(t)
                    lw = int(width * 0.72)
                    t.columns[0].width = lw
                    t.columns[1].width = width - lw
                    t.cell(0, 0).width = lw
                    t.cell(0, 1).width = width - lw
                    lc, rc = t.cell(0, 0), t.cell(0, 1)
                    lc.paragraphs[0].text = ""
                    first = True
                    rights = []
                    for k, l, r in hdr:
                        p = lc.paragraphs[0] if first else lc.add_paragraph()
                        first = False
                        run = p.add_run(l)
                        run.bold = k == "T"
                        run.italic = k == "O"
                        if k == "M":
                            run.font.size = Pt(9)
                        p.paragraph_format.space_after = Pt(0)
                        if r:
                            rights.append(r)
                    rp = rc.paragraphs[0]
                    rp.add_run("\n".join(rights) if rights else "")
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    for k, l, r in hdr:
                        if k == "T":
                            st = "Heading 2" if layout == "styles" and not nested else None
                            tline(container, l, r, width, bold=True, style=st)
                        elif k == "O":
                            tline(container, l, r, width, bold=False, italic=True)
                        else:
                            p = para(container, l, size=9.5 if k == "M" else None, italic=(k == "D"))
                            p.paragraph_format.space_after = Pt(0)
                i = j
                continue
            if kind == "END":
                sp = container.add_paragraph()
                sp.paragraph_format.space_after = Pt(0)
                fmt_small = sp.add_run("")
                i += 1
                continue
            if kind == "G":
                p = para(container, left, bold=True, size=11)
                p.paragraph_format.space_before = Pt(4)
                p.paragraph_format.space_after = Pt(0)
            elif kind == "X":
                bullet_par(container, left)
            elif kind == "P":
                para(container, left)
            elif kind == "S":
                p = para(container, left, bold=True)
                p.paragraph_format.space_after = Pt(0)
            elif kind == "KV":
                p = container.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
                r = p.add_run(left + ":")
                r.bold = True
                p.add_run("\t" + right)
                p.paragraph_format.space_after = Pt(0)
            elif kind in ("T", "O", "M", "D"):
                para(container, left)
            i += 1

    # header / contact
    if o.get("contact_in_header"):
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(14)
        hp2 = hdr.add_paragraph("  |  ".join(R["contact"]))
        hp2.runs[0].font.size = Pt(8.5)
        if o.get("header_align") == "c":
            hp.alignment = hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("headline"):
            para(d, R["headline"], bold=True, size=12, align="c" if o.get("header_align") == "c" else None)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = o["footer"].format(name=R["name"], n="", N="")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        sw = int(textw * 0.32)
        t.columns[0].width = sw
        t.columns[1].width = textw - sw
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width, right.width = sw, textw - sw
        _shade(left, o.get("side_fill", "DCE6F0"))
        lp = left.paragraphs[0]
        rn = lp.add_run(R["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        if R.get("headline"):
            para(left, R["headline"], italic=True, size=9.5)
        for ln in R["contact"]:
            p = para(left, ln, size=9)
            p.paragraph_format.space_after = Pt(0)
        for head, items in R["blocks"]:
            tgt = left if head in o.get("side", []) else right
            w = sw if tgt is left else textw - sw - Cm(0.4)
            p = para(tgt, head.upper(), bold=True, size=10.5, color=o.get("hcolor", "1F3A5F"))
            p.paragraph_format.space_before = Pt(8)
            if tgt is right:
                _bottom_rule(p, o.get("hcolor", "1F3A5F"))
            draw_lines(tgt, block_lines(items, R), w, nested=True)
        right.paragraphs[0].text = ""
    else:
        if not o.get("contact_in_header"):
            if o.get("name_style") == "title":
                d.add_heading(R["name"], level=0)
            else:
                para(d, R["name"], bold=True, size=20, align=o.get("name_align"))
            if R.get("headline"):
                para(d, R["headline"], italic=True, size=11, align=o.get("name_align"))
            if o.get("contact_lines"):
                for ln in R["contact"]:
                    p = para(d, ln, size=9.5, align=o.get("name_align"))
                    p.paragraph_format.space_after = Pt(0)
            else:
                para(d, "  •  ".join(R["contact"]), size=9.5, align=o.get("name_align"))
        for head, items in R["blocks"]:
            heading(d, head, textw)
            draw_lines(d, block_lines(items, R), textw)

    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    """Rewrite a DOCX zip with fixed entry timestamps (byte-reproducible)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- text
def render_txt(R, path):
    o = R["opts"]
    width = o.get("width", 80)
    bullet = o.get("bullet", "- ")
    out = []
    if o.get("name_caps"):
        out.append(R["name"].upper())
    else:
        out.append(R["name"])
    if R.get("headline"):
        out.append(R["headline"])
    if o.get("contact_lines"):
        out += R["contact"]
    else:
        out.append(o.get("contact_sep", " | ").join(R["contact"]))
    out.append("")
    hstyle = o.get("heading", "caps_rule")
    for head, items in R["blocks"]:
        out.append("")
        if hstyle == "caps_rule":
            out += [head.upper(), "-" * len(head)]
        elif hstyle == "equals":
            out += [head, "=" * len(head)]
        elif hstyle == "caps":
            out.append(head.upper())
        elif hstyle == "colon":
            out.append(head + ":")
        elif hstyle == "plain":
            out.append(head)
        elif hstyle == "stars":
            out.append(f"*** {head.upper()} ***")
        for kind, left, right in block_lines(items, R):
            if kind == "START":
                if out and out[-1] != "" and not o.get("tight"):
                    out.append("")
                continue
            if kind == "END":
                continue
            if kind == "T":
                if right:
                    if o.get("date_style") == "below":
                        out += [left, right]
                    elif o.get("date_style") == "paren":
                        out.append(f"{left} ({right})")
                    elif o.get("date_style") == "comma":
                        out.append(f"{left}, {right}")
                    else:
                        pad = max(2, width - len(left) - len(right))
                        out.append(left + " " * pad + right)
                else:
                    out.append(left)
            elif kind == "G":
                out += ["", left]
            elif kind == "X":
                out.append(bullet + left)
            elif kind == "KV":
                out.append(f"{left:<{o.get('kvw', 22)}}: {right}")
            elif kind == "P":
                out.append(left)
            else:
                out.append(left)
    text = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render_md(R, path):
    o = R["opts"]
    bullet = o.get("bullet", "- ")
    out = [f"# {R['name']}", ""]
    if R.get("headline"):
        out += [f"**{R['headline']}**", ""]
    if o.get("contact_lines"):
        out += [ln + "  " for ln in R["contact"]] + [""]
    else:
        out += [" · ".join(R["contact"]), ""]
    for head, items in R["blocks"]:
        out += ["", f"## {head}", ""]
        for kind, left, right in block_lines(items, R):
            if kind == "START":
                continue
            if kind == "END":
                out.append("")
                continue
            if kind == "G":
                out += [f"### {left}", ""]
            elif kind == "T":
                ts = o.get("title", "h3")
                if ts == "h3":
                    out.append(f"### {left}")
                    if right:
                        out.append(f"*{right}*  ")
                elif ts == "h4":
                    out.append(f"#### {left}" + (f" ({right})" if right else ""))
                else:
                    out.append(f"**{left}**" + (f" — {right}" if right else "") + "  ")
            elif kind == "O":
                out.append(f"{o.get('o_wrap', '_')}{left}{o.get('o_wrap', '_')}  ")
            elif kind in ("M", "D"):
                out.append(f"{left}  ")
            elif kind == "X":
                out.append(bullet + left)
            elif kind == "P":
                out += ["", left, ""]
            elif kind == "KV":
                out.append(f"**{left}:** {right}  ")
            elif kind == "S":
                out += ["", f"**{left}**", ""]
        out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


def render_html(R, path):
    o = R["opts"]
    esc = html.escape
    css = o.get("css", "body{font-family:Georgia,serif;max-width:820px;margin:2em auto;color:#222}"
                       "h1{margin-bottom:0}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".dates{float:right;font-weight:normal;color:#555}.org{font-style:italic;margin:0}"
                       ".meta{font-size:.9em;margin:0;color:#444}")
    out = ["<!DOCTYPE html>", f'<html lang="{o.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(o.get('doctitle', R['name'] + ' — Résumé'))}</title>", f"<style>{css}</style>", "</head>",
           "<body>"]
    out.append(f"<header><h1>{esc(R['name'])}</h1>")
    if R.get("headline"):
        out.append(f"<p class=\"headline\"><strong>{esc(R['headline'])}</strong></p>")
    out.append("<p class=\"contact\">" + "<br>".join(esc(c) for c in R["contact"]) + "</p></header>")
    layout = o.get("layout", "article")
    for head, items in R["blocks"]:
        out.append(f"<section><h2>{esc(head)}</h2>")
        lines = block_lines(items, R)
        inlist = False
        if layout == "table" and any(isinstance(i, E) for i in items):
            out.append('<table class="jobs">')
        for kind, left, right in lines:
            if kind != "X" and inlist:
                out.append("</ul>")
                inlist = False
            if kind == "START":
                if layout == "table":
                    out.append('<tr><td class="when">@@DATES@@</td><td class="what">')
                else:
                    out.append('<div class="job">')
                continue
            if kind == "END":
                out.append("</td></tr>" if layout == "table" else "</div>")
                continue
            if kind == "G":
                out.append(f"<h3 class=\"employer\">{esc(left)}</h3>")
            elif kind == "T":
                if layout == "table":
                    # dates go into the left column
                    idx = max(i for i, l in enumerate(out) if "@@DATES@@" in l)
                    out[idx] = out[idx].replace("@@DATES@@", esc(right))
                    out.append(f"<strong>{esc(left)}</strong><br>")
                else:
                    sp = f'<span class="dates">{esc(right)}</span>' if right else ""
                    tag = o.get("ttag", "h3")
                    out.append(f"<{tag}>{sp}{esc(left)}</{tag}>")
            elif kind == "O":
                out.append(f"<p class=\"org\">{esc(left)}</p>")
            elif kind in ("M", "D"):
                out.append(f"<p class=\"meta\">{esc(left)}</p>")
            elif kind == "X":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{esc(left)}</li>")
            elif kind == "P":
                out.append(f"<p>{esc(left)}</p>")
            elif kind == "KV":
                out.append(f"<p><b>{esc(left)}:</b> {esc(right)}</p>")
            elif kind == "S":
                out.append(f"<h4>{esc(left)}</h4>")
        if inlist:
            out.append("</ul>")
        if layout == "table" and any(isinstance(i, E) for i in items):
            out.append("</table>")
        out.append("</section>")
    out += ["</body>", "</html>"]
    text = "\n".join(out).replace("@@DATES@@", "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(R, outdir):
    path = os.path.join(outdir, R["file"])
    RENDERERS[R["fmt"]](R, path)
    return path
