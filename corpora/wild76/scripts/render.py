"""Renderers for wild76: reportlab, fpdf2, python-docx, txt, md, html."""
import sys
sys.dont_write_bytecode = True
import datetime
import html as htmlmod
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry layout (abstract)
def _join(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_items(entries, st):
    """Abstract lines for the entries: list of (kind, left, right) with kind in
    b (bold), i (italic), n (normal), o (org heading), bul (bullet), p (paragraph), gap."""
    hdr = st.get("hdr", "title_org")
    dstyle = st.get("dates", "mon")
    present = st.get("present", "Present")
    sep = st.get("dsep", " – ")
    out = []
    prev_org = object()
    for e in entries:
        d = fmt_range(e, dstyle, present, sep)
        org_loc = _join(e.org, e.loc)
        if hdr == "title_org":
            out.append(("b", e.title, d))
            if org_loc:
                out.append(("i", org_loc, ""))
        elif hdr == "org_title":
            out.append(("b", org_loc or e.title, d))
            if org_loc:
                out.append(("i", e.title, ""))
        elif hdr == "dash":
            out.append(("b", e.title + (" – " + org_loc if org_loc else ""), d))
        elif hdr == "pipe":
            out.append(("b", " | ".join(p for p in (e.title, e.org, e.loc) if p), d))
        elif hdr == "dateline":
            out.append(("b", e.title, ""))
            if org_loc:
                out.append(("n", org_loc, ""))
            out.append(("i", d, ""))
        elif hdr == "datesfirst":
            out.append(("n", d, ""))
            out.append(("b", e.title + (", " + org_loc if org_loc else ""), ""))
        elif hdr == "orgfirst":
            if e.org != prev_org and e.org:
                out.append(("o", org_loc, ""))
            out.append(("b", e.title, d))
        elif hdr == "labelled":
            out.append(("b", "Position: " + e.title, ""))
            if e.org:
                out.append(("n", "Employer: " + e.org, ""))
            if e.loc:
                out.append(("n", "Location: " + e.loc, ""))
            out.append(("n", "Dates: " + d, ""))
        elif hdr == "inline":
            out.append(("b", _join(e.title, e.org, e.loc, d), ""))
        elif hdr == "title_at":
            out.append(("b", e.title + (" at " + e.org if e.org else "") + (", " + e.loc if e.loc else ""), d))
        else:
            raise ValueError(hdr)
        prev_org = e.org
        if st.get("bullet") == "para" and e.bullets:
            out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""))
        else:
            for b in e.bullets:
                out.append(("bul", b, ""))
        out.append(("gap", "", ""))
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit
    st = r["style"]
    size = A4 if st.get("page") == "A4" else letter
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor(r["name"]); c.setTitle(r["name"] + " - Resume"); c.setCreator("Microsoft Word")
    layout = st.get("layout", "plain")
    bullet = st.get("bullet", "•")
    margin = 54
    page = [1]
    footer = st.get("footer")

    def draw_footer():
        if footer:
            c.setFont("Helvetica", 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, footer.replace("{n}", str(page[0])))
            c.setFillGray(0)

    x0 = margin
    xw = W - 2 * margin
    y = [H - margin]

    def newpage():
        draw_footer()
        c.showPage(); page[0] += 1
        y[0] = H - margin

    def need(h):
        if y[0] - h < 60:
            newpage()

    def line(text, font="Helvetica", fs=10, right="", indent=0, lead=None, x=None, w=None):
        x = x0 if x is None else x
        w = xw if w is None else w
        lead = lead or fs + 3.5
        rw = c.stringWidth(right, "Helvetica", fs) + 12 if right else 0
        lines = simpleSplit(text, font, fs, w - indent - rw)
        for i, ln in enumerate(lines or [""]):
            need(lead)
            c.setFont(font, fs)
            c.drawString(x + indent, y[0], ln)
            if i == 0 and right:
                c.setFont("Helvetica", fs)
                c.drawRightString(x + w, y[0], right)
            y[0] -= lead

    # header
    if layout == "sidebar":
        sw = 170
        c.setFillColorRGB(*st.get("side_rgb", (0.90, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillGray(0)
        sy = [H - margin]
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(r["name"], "Helvetica-Bold", 15, sw - 40):
            c.drawString(20, sy[0], ln); sy[0] -= 19
        sy[0] -= 6
        for blk in [("text", st.get("contact_heading", "Contact"), r["contact"])] + r.get("side", []):
            c.setFont("Helvetica-Bold", 10); c.drawString(20, sy[0], blk[1].upper()); sy[0] -= 14
            for t in blk[2]:
                for ln in simpleSplit(t, "Helvetica", 8.5, sw - 40):
                    c.setFont("Helvetica", 8.5); c.drawString(20, sy[0], ln); sy[0] -= 11
            sy[0] -= 8
        x0 = sw + 24
        xw = W - x0 - 40
        if r.get("headline"):
            line(r["headline"], "Helvetica-Bold", 12)
            y[0] -= 4
    elif layout == "twocol":
        c.setFont("Helvetica-Bold", 20); c.drawString(x0, y[0], r["name"])
        ry = y[0]
        for t in r["contact"]:
            c.setFont("Helvetica", 9); c.drawRightString(W - margin, ry, t); ry -= 12
        y[0] -= 22
        if r.get("headline"):
            c.setFont("Helvetica", 11); c.drawString(x0, y[0], r["headline"]); y[0] -= 14
        y[0] = min(y[0], ry) - 6
        c.setLineWidth(0.8); c.line(x0, y[0] + 4, W - margin, y[0] + 4); y[0] -= 12
    else:
        centred = st.get("centred", False)
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(W / 2, y[0], r["name"]) if centred else c.drawString(x0, y[0], r["name"]))
        y[0] -= 18
        for t in ([r["headline"]] if r.get("headline") else []) + r["contact"]:
            c.setFont("Helvetica", 9.5)
            (c.drawCentredString(W / 2, y[0], t) if centred else c.drawString(x0, y[0], t))
            y[0] -= 12.5
        y[0] -= 8

    for blk in r["blocks"]:
        if blk[1] in st.get("break_before", ()):
            newpage()
        need(40)
        y[0] -= 4
        line(blk[1].upper() if st.get("caps_headings", True) else blk[1], "Helvetica-Bold", 11)
        c.setLineWidth(0.4); c.line(x0, y[0] + 9, x0 + xw, y[0] + 9); y[0] -= 3
        if blk[0] == "text":
            for t in blk[2]:
                line(t, "Helvetica", 9.5)
        else:
            for kind, left, right in entry_items(blk[2], st):
                if kind in ("b", "o"):
                    need(50)
                    line(left, "Helvetica-Bold", 10.5 if kind == "o" else 10, right)
                elif kind == "i":
                    line(left, "Helvetica-Oblique", 9.5, right)
                elif kind == "n":
                    line(left, "Helvetica", 9.5, right)
                elif kind == "p":
                    line(left, "Helvetica", 9.5)
                elif kind == "bul":
                    lines = simpleSplit(left, "Helvetica", 9.5, xw - 16)
                    for i, ln in enumerate(lines):
                        need(13)
                        c.setFont("Helvetica", 9.5)
                        if i == 0 and bullet:
                            c.drawString(x0 + 4, y[0], bullet)
                        c.drawString(x0 + 16, y[0], ln); y[0] -= 12.5
                elif kind == "gap":
                    y[0] -= 5
        y[0] -= 4
    draw_footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    st = r["style"]
    footer = st.get("footer")

    class P(FPDF):
        def footer(self):
            if footer:
                self.set_y(-14); self.set_font("dv", "", 8); self.set_text_color(110)
                self.cell(0, 6, footer.replace("{n}", str(self.page_no())), align="C")
                self.set_text_color(0)

    pdf = P(format=st.get("page", "A4"), unit="pt")
    pdf.set_creation_date(FIXED)
    pdf.set_author(r["name"]); pdf.set_title(r["name"] + " CV")
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 50)
    pdf.set_margins(50, 48, 50)
    pdf.add_page()
    layout = st.get("layout", "left")
    bullet = st.get("bullet", "•")
    W = pdf.w
    if layout == "sidebar":
        sw = 180
        pdf.set_fill_color(*st.get("side_rgb", (232, 238, 244)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(18, 48); pdf.set_font("dv", "B", 14)
        pdf.multi_cell(sw - 36, 17, r["name"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        for blk in [("text", st.get("contact_heading", "Contact"), r["contact"])] + r.get("side", []):
            pdf.set_x(18); pdf.set_font("dv", "B", 9.5); pdf.cell(sw - 36, 14, blk[1].upper()); pdf.ln(15)
            for t in blk[2]:
                pdf.set_x(18); pdf.set_font("dv", "", 8); pdf.multi_cell(sw - 36, 10.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(7)
        pdf.set_left_margin(sw + 22)
        pdf.set_y(48)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", 18); pdf.cell(0, 22, r["name"], align=align); pdf.ln(24)
        pdf.set_font("dv", "", 9)
        for t in ([r["headline"]] if r.get("headline") else []) + r["contact"]:
            pdf.cell(0, 12, t, align=align); pdf.ln(12)
        pdf.ln(6)
    if layout == "sidebar" and r.get("headline"):
        pdf.set_font("dv", "B", 12); pdf.multi_cell(0, 15, r["headline"], align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)

    def heading(t):
        pdf.ln(4)
        pdf.set_font("dv", "B", 11)
        pdf.cell(0, 15, t.upper() if st.get("caps_headings", True) else t)
        pdf.ln(16)
        yy = pdf.get_y()
        pdf.set_draw_color(150); pdf.line(pdf.l_margin, yy - 1, W - pdf.r_margin, yy - 1)
        pdf.ln(3)

    def row(left, right, style, fs):
        pdf.set_font("dv", style, fs)
        avail = W - pdf.r_margin - pdf.l_margin
        if right:
            pdf.set_font("dv", "", fs)
            rw = pdf.get_string_width(right) + 8
            pdf.set_font("dv", style, fs)
            if pdf.get_string_width(left) < avail - rw:
                x = pdf.get_x(); y = pdf.get_y()
                pdf.cell(avail - rw, 13, left)
                pdf.set_font("dv", "", fs)
                pdf.cell(rw, 13, right, align="R")
                pdf.ln(13)
                return
            pdf.multi_cell(0, 13, left, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", fs); pdf.multi_cell(0, 13, right, align="R", new_x="LMARGIN", new_y="NEXT")
            return
        pdf.multi_cell(0, 13, left, align="L", new_x="LMARGIN", new_y="NEXT")

    for blk in r["blocks"]:
        if pdf.get_y() > pdf.h - 120 or blk[1] in st.get("break_before", ()):
            pdf.add_page()
        heading(blk[1])
        if blk[0] == "text":
            pdf.set_font("dv", "", 9.5)
            for t in blk[2]:
                pdf.multi_cell(0, 12.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            for kind, left, right in entry_items(blk[2], st):
                if kind in ("b", "o"):
                    if pdf.get_y() > pdf.h - 110:
                        pdf.add_page()
                    row(left, right, "B", 10.5 if kind == "o" else 10)
                elif kind == "i":
                    row(left, right, "I", 9.5)
                elif kind == "n":
                    row(left, right, "", 9.5)
                elif kind == "p":
                    pdf.set_font("dv", "", 9.5); pdf.multi_cell(0, 12.5, left, align="L", new_x="LMARGIN", new_y="NEXT")
                elif kind == "bul":
                    pdf.set_font("dv", "", 9.5)
                    x = pdf.l_margin
                    pdf.set_x(x + 4)
                    pdf.cell(12, 12.5, bullet)
                    pdf.multi_cell(0, 12.5, left, align="L", new_x="LMARGIN", new_y="NEXT")
                elif kind == "gap":
                    pdf.ln(5)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    st = r["style"]
    layout = st.get("layout", "styles")
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri"); normal.font.size = Pt(10.5)
    right_tab = sec.page_width - sec.left_margin - sec.right_margin
    bullet = st.get("bullet", "list")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + edge); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, size=None, tab=None, right=""):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text); run.bold = bold; run.italic = italic
            if size: run.font.size = Pt(size)
        if right:
            if tab is not None:
                p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
            rr = p.add_run("\t" + right); rr.bold = False; rr.italic = False
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        if layout in ("styles", "header") and container is d:
            h = d.add_heading(text, level=st.get("hlevel", 1))
            return h
        p = para(container, text.upper() if st.get("caps_headings", True) else text, bold=True, size=12)
        p.paragraph_format.space_before = Pt(8)
        return p

    def add_bullet(container, text):
        if bullet == "list":
            try:
                return para(container, text, style="List Bullet")
            except KeyError:
                pass
        mark = bullet if bullet not in ("list", None) else "•"
        p = para(container, mark + " " + text if mark else text)
        p.paragraph_format.left_indent = Inches(0.2)
        return p

    def add_entries(container, entries, tab_width):
        if layout == "table":
            for e in entries:
                t = container.add_table(rows=1, cols=2)
                no_borders(t)
                a, b = t.rows[0].cells
                a.width = Inches(4.9); b.width = Inches(1.6)
                a.paragraphs[0].add_run(e.title).bold = True
                if e.org or e.loc:
                    pp = a.add_paragraph(); pp.add_run(_join(e.org, e.loc)).italic = True
                b.paragraphs[0].add_run(fmt_range(e, st.get("dates", "mon"), st.get("present", "Present"), st.get("dsep", " – ")))
                b.paragraphs[0].alignment = 2
                for bl in e.bullets:
                    add_bullet(container, bl)
                para(container, "")
            return
        for kind, left, right in entry_items(entries, st):
            if kind in ("b", "o"):
                p = para(container, left, bold=True, size=11 if kind == "o" else None, tab=tab_width, right=right)
                p.paragraph_format.space_before = Pt(4)
            elif kind == "i":
                para(container, left, italic=True, tab=tab_width, right=right)
            elif kind in ("n", "p"):
                para(container, left, tab=tab_width, right=right)
            elif kind == "bul":
                add_bullet(container, left)

    def add_block(container, blk, tab_width):
        heading(container, blk[1])
        if blk[0] == "text":
            for t in blk[2]:
                if t.startswith("• ") and bullet == "list":
                    add_bullet(container, t[2:])
                else:
                    para(container, t)
        else:
            add_entries(container, blk[2], tab_width)

    if layout == "header":
        hp = sec.header.paragraphs[0]
        rn = hp.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(16)
        for t in r["contact"]:
            sec.header.add_paragraph(t)
        if st.get("footer"):
            sec.footer.paragraphs[0].add_run(st["footer"]).font.size = Pt(8)
    elif layout != "sidebar":
        p = d.add_paragraph(); rn = p.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(20)
        if st.get("centred"): p.alignment = 1
        for t in ([r["headline"]] if r.get("headline") else []) + [st.get("contact_join", " | ").join(r["contact"])]:
            q = para(d, t)
            if st.get("centred"): q.alignment = 1
    if r.get("headline") and layout == "header":
        para(d, r["headline"], bold=True, size=12)
    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        left, main = t.rows[0].cells
        left.width = Inches(2.0); main.width = Inches(4.7)
        shade(left, st.get("side_fill", "DCE6F0"))
        lp = left.paragraphs[0]; rn = lp.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(16)
        for blk in [("text", st.get("contact_heading", "Contact"), r["contact"])] + r.get("side", []):
            add_block(left, blk, None)
        if r.get("headline"):
            para(main, r["headline"], bold=True, size=12)
        for blk in r["blocks"]:
            add_block(main, blk, Inches(4.5))
    else:
        for blk in r["blocks"]:
            add_block(d, blk, right_tab)
    cp = d.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = r["name"]
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None); cp.revision = 3
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(name))


# ---------------------------------------------------------------- text family
def render_txt(r, path):
    st = r["style"]
    hstyle = st.get("hstyle", "caps")
    bullet = st.get("bullet", "-")
    rsep = st.get("rsep", "    ")
    L = [r["name"].upper() if st.get("name_caps") else r["name"]]
    if r.get("headline"):
        L.append(r["headline"])
    L.extend(r["contact"] if st.get("contact_lines", True) else [" | ".join(r["contact"])])
    L.append("")
    for blk in r["blocks"]:
        h = blk[1]
        if hstyle == "caps":
            L.append(h.upper())
        elif hstyle == "under":
            L += [h.upper(), "=" * len(h)]
        elif hstyle == "dash":
            L += [h, "-" * len(h)]
        elif hstyle == "colon":
            L.append(h.upper() + ":")
        elif hstyle == "stars":
            L.append("*** " + h.upper() + " ***")
        L.append("")
        if blk[0] == "text":
            L.extend(blk[2])
        else:
            for kind, left, right in entry_items(blk[2], st):
                if kind == "gap":
                    L.append("")
                elif kind == "bul":
                    L.append((bullet + " " if bullet else "") + left)
                elif kind == "o":
                    L.append(left.upper() if st.get("org_caps") else left)
                else:
                    L.append(left + (rsep + right if right else ""))
        if L[-1] != "":
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    st = r["style"]
    L = ["# " + r["name"], ""]
    if r.get("headline"):
        L += ["**" + r["headline"] + "**", ""]
    L += [" · ".join(r["contact"]), ""]
    for blk in r["blocks"]:
        L += ["## " + blk[1], ""]
        if blk[0] == "text":
            L += blk[2] + [""]
            continue
        hdr = st.get("mdhdr", "h3")
        prev = object()
        for e in blk[2]:
            d = fmt_range(e, st.get("dates", "mon"), st.get("present", "Present"), st.get("dsep", " – "))
            if hdr == "h3":
                L.append("### " + e.title)
                L.append("**" + _join(e.org, e.loc) + "** | " + d if (e.org or e.loc) else d)
            elif hdr == "bold":
                L.append("**" + e.title + "**" + (", " + _join(e.org, e.loc) if (e.org or e.loc) else "") + " — *" + d + "*")
            elif hdr == "orgfirst":
                if e.org != prev:
                    L += ["### " + _join(e.org, e.loc), ""]
                L.append("**" + e.title + "** (" + d + ")")
            elif hdr == "datesfirst":
                L.append("*" + d + "* — **" + e.title + "**" + (", " + _join(e.org, e.loc) if (e.org or e.loc) else ""))
            prev = e.org
            L.append("")
            if st.get("bullet") == "para" and e.bullets:
                L += [" ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""]
            elif e.bullets:
                L += [st.get("mdbullet", "-") + " " + b for b in e.bullets] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    st = r["style"]
    esc = htmlmod.escape
    L = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>' + esc(r["name"]) + "</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:30px auto;color:#222}"
         ".d{float:right;color:#555}h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
         ".side{background:#eef;padding:8px}</style></head><body>",
         "<header><h1>" + esc(r["name"]) + "</h1>"]
    if r.get("headline"):
        L.append("<p><strong>" + esc(r["headline"]) + "</strong></p>")
    L.append("<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p></header>")
    for blk in r["blocks"]:
        L.append("<section><h2>" + esc(blk[1]) + "</h2>")
        if blk[0] == "text":
            for t in blk[2]:
                L.append("<p>" + esc(t) + "</p>")
        else:
            hdr = st.get("hhdr", "div")
            for e in blk[2]:
                d = esc(fmt_range(e, st.get("dates", "mon"), st.get("present", "Present"), st.get("dsep", " – ")))
                ol = esc(_join(e.org, e.loc))
                if hdr == "div":
                    L.append('<div class="job"><h3>' + esc(e.title) + ' <span class="d">' + d + "</span></h3>")
                    if ol:
                        L.append("<p><em>" + ol + "</em></p>")
                elif hdr == "table":
                    L.append('<div class="job"><table width="100%"><tr><td><b>' + esc(e.title) + "</b>" +
                             (", " + ol if ol else "") + '</td><td align="right">' + d + "</td></tr></table>")
                elif hdr == "dl":
                    L.append('<div class="job"><dl><dt>Role</dt><dd>' + esc(e.title) + "</dd>" +
                             ("<dt>Organisation</dt><dd>" + esc(e.org) + "</dd>" if e.org else "") +
                             ("<dt>Where</dt><dd>" + esc(e.loc) + "</dd>" if e.loc else "") +
                             "<dt>When</dt><dd>" + d + "</dd></dl>")
                if e.bullets:
                    if st.get("bullet") == "para":
                        L.append("<p>" + esc(" ".join(b if b.endswith(".") else b + "." for b in e.bullets)) + "</p>")
                    else:
                        L.append("<ul>" + "".join("<li>" + esc(b) + "</li>" for b in e.bullets) + "</ul>")
                L.append("</div>")
        L.append("</section>")
    L.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def render(r, path):
    fn = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}[r["renderer"]]
    fn(r, path)
