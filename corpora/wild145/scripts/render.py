"""Renderers for wild145: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

Every renderer walks the same structure (lib.flatten) so the gold and the file come from
one definition; the look comes from the résumé's renderer, variant and header style."""
import datetime
import html
import io
import zipfile

from lib import E, Group, Item, P, L, header_rows, fmt_range

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- flatten
def flatten(doc, side=None):
    """Abstract lines. side=None: all sections; True/False: only (non-)sidebar sections."""
    out = []

    def block(x, ind, in_org=False):
        if isinstance(x, E):
            for i, (t, r, st) in enumerate(header_rows(x, doc, in_org)):
                out.append(("row", t, r, st, ind, i == 0))
            if x.note:
                out.append(("note", x.note, ind))
            for b in x.bullets:
                out.append(("bullet", b, ind))
            out.append(("gap",))
        elif isinstance(x, Group):
            if x.mode == "org":
                out.append(("row", x.label, x.right, "b", ind, True))
                if x.intro:
                    out.append(("note", x.intro, ind))
                for y in x.items:
                    block(y, ind + 1, True)
            else:
                out.append(("sub", x.label, x.right, ind))
                if x.intro:
                    out.append(("note", x.intro, ind))
                for y in x.items:
                    block(y, ind + 1)
                out.append(("endgroup",))
        elif isinstance(x, Item):
            out.append(("row", x.left, x.right, "b", ind, True))
            if x.sub:
                out.append(("row", x.sub, None, "i", ind, False))
            for b in x.bullets:
                out.append(("bullet", b, ind))
            out.append(("gap",))

    for sec in doc["sections"]:
        heading, content = sec[0], sec[1]
        opts = sec[2] if len(sec) > 2 else {}
        if side is not None and bool(opts.get("side")) != side:
            continue
        out.append(("h", heading))
        if isinstance(content, P):
            out.append(("para", content.text))
        elif isinstance(content, L):
            for it in content.items:
                out.append(("li", it))
        else:
            for x in content:
                block(x, 0)
        out.append(("endsec",))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit

    size = A4 if doc.get("paper") == "A4" else letter
    W, H = size
    fam = doc.get("font", "Helvetica")
    F = {"Helvetica": {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "g": "Helvetica"},
         "Times": {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "g": "Times-Roman"}}[fam]
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(doc["name"] + " - Resume")
    c.setAuthor(doc["name"])
    c.setCreator("Microsoft Word" if doc.get("creator_word") else "wild145 build")
    var = doc.get("variant", "single")
    M = 50
    fs = doc.get("fs", 10)
    lh = fs * 1.35
    bullet = doc.get("bullet", "•")
    state = {"page": 1, "y": H - M}
    side_w = 165 if var == "sidebar" else 0
    colw = 100 if var == "leftcol" else 0
    x0 = M + side_w + (15 if side_w else 0)
    right = W - M

    def footer():
        if doc.get("footer"):
            c.setFont(F["n"], 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, doc["footer"].replace("{n}", str(state["page"])))
            c.setFillGray(0)

    def need(h):
        if state["y"] - h < M:
            footer()
            c.showPage()
            state["page"] += 1
            state["y"] = H - M

    def text(x, y, s, st, size=fs):
        c.setFont(F[st], size)
        if st == "g":
            c.setFillGray(0.35)
        c.drawString(x, y, s)
        c.setFillGray(0)

    # ---- header
    if var == "sidebar":
        c.setFillColorRGB(*doc.get("side_rgb", (0.92, 0.93, 0.95)))
        c.rect(0, 0, M + side_w, H, stroke=0, fill=1)
        c.setFillGray(0)
    y = state["y"]
    if doc.get("center") and var != "sidebar":
        c.setFont(F["b"], 18)
        c.drawCentredString(W / 2, y - 6, doc["name"])
        y -= 26
        for ln in doc.get("contact", []):
            c.setFont(F["n"], 9)
            c.drawCentredString(W / 2, y, ln)
            y -= 12
    else:
        nx = x0 if var == "sidebar" else M
        c.setFont(F["b"], 18)
        c.drawString(nx, y - 6, doc["name"])
        y -= 24
        if doc.get("headline"):
            text(nx, y, doc["headline"], "i", fs + 1)
            y -= 15
        if var != "sidebar":
            for ln in doc.get("contact", []):
                text(M, y, ln, "n", 9)
                y -= 12
    if var == "sidebar":
        # sidebar: contact + side sections
        sy = H - M - 4
        for ln in doc.get("contact", []):
            for part in simpleSplit(ln, F["n"], 8.5, side_w - 10):
                text(M - 20, sy, part, "n", 8.5)
                sy -= 11
        sy -= 8
        for a in flatten(doc, side=True):
            if a[0] == "h":
                sy -= 6
                text(M - 20, sy, a[1].upper(), "b", 9)
                sy -= 13
            elif a[0] in ("para", "li", "bullet", "note"):
                s = a[1]
                pre = "" if a[0] in ("para", "note") else "- "
                for part in simpleSplit(pre + s, F["n"], 8.5, side_w - 10):
                    text(M - 20, sy, part, "n", 8.5)
                    sy -= 11
            elif a[0] == "row":
                s = a[1] + (f" ({a[2]})" if a[2] else "")
                for part in simpleSplit(s, F[a[3]], 8.5, side_w - 10):
                    text(M - 20, sy, part, a[3], 8.5)
                    sy -= 11
            elif a[0] == "gap":
                sy -= 3
    state["y"] = y - 6

    lines = flatten(doc, side=False if var == "sidebar" else None)
    for a in lines:
        k = a[0]
        if k == "h":
            need(lh * 3)
            state["y"] -= 6
            hs = a[1].upper() if doc.get("caps_h", True) else a[1]
            text(x0, state["y"], hs, "b", fs + 1.5)
            if doc.get("rule", True):
                c.setLineWidth(0.6)
                c.line(x0, state["y"] - 3, right, state["y"] - 3)
            state["y"] -= lh + 3
        elif k == "sub":
            need(lh * 2)
            ind = x0 + 10 * a[3]
            text(ind, state["y"], a[1], "b" if doc.get("sub_bold") else "i", fs)
            if a[2]:
                c.setFont(F["n"], fs)
                c.drawRightString(right, state["y"], a[2])
            state["y"] -= lh
        elif k == "row":
            _, t, r, st, ind, first = a
            need(lh * 2)
            xi = x0 + 12 * ind + colw
            if r and var == "leftcol":
                parts = simpleSplit(r, F["n"], fs - 1, colw - 6)
                yy = state["y"]
                for p in parts:
                    text(x0, yy, p, "n", fs - 1)
                    yy -= lh
                state["date_bottom"] = yy
            rw = c.stringWidth(r, F["n"], fs) + 12 if (r and var != "leftcol") else 0
            for j, p in enumerate(simpleSplit(t, F[st], fs, right - xi - rw)):
                text(xi, state["y"], p, st)
                if j == 0 and r and var != "leftcol":
                    c.setFont(F["n"], fs)
                    c.drawRightString(right, state["y"], r)
                state["y"] -= lh
        elif k in ("bullet", "note", "para", "li"):
            ind = a[2] if k in ("bullet", "note") else 0
            xi = x0 + 12 * ind + (colw if k in ("bullet", "note") else 0)
            if k in ("bullet", "li"):
                parts = simpleSplit(a[1], F["n"], fs, right - xi - 12)
                for j, p in enumerate(parts):
                    need(lh)
                    if j == 0:
                        text(xi + 2, state["y"], bullet, "n")
                    text(xi + 12, state["y"], p, "n")
                    state["y"] -= lh
            else:
                st = "i" if k == "note" else "n"
                for p in simpleSplit(a[1], F[st], fs, right - xi):
                    need(lh)
                    text(xi, state["y"], p, st)
                    state["y"] -= lh
        elif k == "gap":
            state["y"] = min(state["y"], state.pop("date_bottom", state["y"])) - 4
        elif k == "endsec":
            state["y"] -= 2
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(doc, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format=doc.get("paper", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(doc["name"] + " CV")
    pdf.set_author(doc["name"])
    pdf.set_creator("wild145 build")
    fam = doc.get("font", "sans")
    if fam == "serif":
        pdf.add_font("F", "", DEJAVU + "DejaVuSerif.ttf")
        pdf.add_font("F", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
        pdf.add_font("F", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
    else:
        pdf.add_font("F", "", DEJAVU + "DejaVuSans.ttf")
        pdf.add_font("F", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        pdf.add_font("F", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    var = doc.get("variant", "centred")
    fs = doc.get("fs", 9.5)
    lh = fs * 0.5
    footer_txt = doc.get("footer")

    class PDF(FPDF):
        pass

    pdf.set_auto_page_break(True, 16)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    W = pdf.w
    S = {"n": "", "b": "B", "i": "I", "g": ""}
    bullet = doc.get("bullet", "•")

    def font(st, size=fs):
        pdf.set_font("F", S[st], size)
        pdf.set_text_color(110 if st == "g" else 0)

    def mline(x, w, s, st, size=fs, align="L"):
        font(st, size)
        pdf.set_x(x)
        pdf.multi_cell(w, lh * size / fs, s, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    side_w = 58 if var == "twocol" else 0
    # ---- header
    if var == "twocol":
        pdf.set_fill_color(*doc.get("side_rgb", (228, 236, 240)))
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        pdf.set_y(16)
        mline(8, side_w - 14, doc["name"], "b", 15)
        pdf.ln(2)
        for ln in doc.get("contact", []):
            mline(8, side_w - 14, ln, "n", 8)
        pdf.ln(3)
        for a in flatten(doc, side=True):
            if a[0] == "h":
                pdf.ln(2)
                mline(8, side_w - 14, a[1].upper(), "b", 9)
            elif a[0] in ("para", "note"):
                mline(8, side_w - 14, a[1], "n", 8)
            elif a[0] in ("li", "bullet"):
                mline(8, side_w - 14, "· " + a[1], "n", 8)
            elif a[0] == "row":
                mline(8, side_w - 14, a[1] + (f", {a[2]}" if a[2] else ""), a[3], 8)
        pdf.set_left_margin(side_w + 8)
        pdf.set_y(16)
        x0 = side_w + 8
    else:
        x0 = 16
        if var == "centred":
            mline(x0, W - 32, doc["name"], "b", 18, "C")
            if doc.get("headline"):
                mline(x0, W - 32, doc["headline"], "i", 10, "C")
            mline(x0, W - 32, "  |  ".join(doc.get("contact", [])), "n", 8.5, "C")
        else:
            mline(x0, W - 32, doc["name"], "b", 17)
            if doc.get("headline"):
                mline(x0, W - 32, doc["headline"], "i", 10)
            for ln in doc.get("contact", []):
                mline(x0, W - 32, ln, "n", 8.5)
        pdf.ln(2)
    rx = W - 16
    colw = 36 if var == "leftcol" else 0
    fstate = {}

    for a in flatten(doc, side=False if var == "twocol" else None):
        k = a[0]
        if k == "h":
            pdf.ln(2.5)
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            font("b", fs + 1.5)
            pdf.set_x(x0)
            pdf.cell(rx - x0, lh * 1.3, a[1].upper() if doc.get("caps_h", True) else a[1],
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y = pdf.get_y()
            pdf.set_draw_color(90)
            pdf.line(x0, y, rx, y)
            pdf.ln(1.5)
        elif k == "sub":
            if pdf.get_y() > pdf.h - 30:
                pdf.add_page()
            xi = x0 + 4 * a[3]
            y0 = pdf.get_y()
            if a[2]:
                font("n")
                pdf.set_xy(rx - 45, y0)
                pdf.cell(45, lh, a[2], align="R")
                pdf.set_xy(xi, y0)
            mline(xi, rx - xi - (46 if a[2] else 0), a[1], "i")
        elif k == "row":
            _, t, r, st, ind, first = a
            if first and pdf.get_y() > pdf.h - 28:
                pdf.add_page()
            xi = x0 + 4 * ind + colw
            y0 = pdf.get_y()
            if r and var == "leftcol":
                font("n", fs - 0.5)
                pdf.set_xy(x0, y0)
                pdf.multi_cell(colw - 2, lh, r, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                fstate["date_bottom"] = pdf.get_y()
                pdf.set_xy(xi, y0)
                mline(xi, rx - xi, t, st)
            elif r:
                font("n")
                rw = pdf.get_string_width(r) + 3
                pdf.set_xy(rx - rw, y0)
                pdf.cell(rw, lh, r, align="R")
                mline(xi, rx - xi - rw - 2, t, st)
            else:
                mline(xi, rx - xi, t, st)
        elif k in ("bullet", "li"):
            ind = a[2] if k == "bullet" else 0
            xi = x0 + 4 * ind + (colw if k == "bullet" else 0)
            font("n")
            y0 = pdf.get_y()
            pdf.set_xy(xi + 1, y0)
            pdf.cell(4, lh, bullet)
            mline(xi + 5, rx - xi - 5, a[1], "n")
        elif k in ("note", "para"):
            ind = a[2] if k == "note" else 0
            xi = x0 + 4 * ind + (colw if k == "note" else 0)
            mline(xi, rx - xi, a[1], "i" if k == "note" else "n")
        elif k == "gap":
            if "date_bottom" in fstate:
                pdf.set_y(max(pdf.get_y(), fstate.pop("date_bottom")))
            pdf.ln(1.5)
    if footer_txt:
        for p in range(1, pdf.pages_count + 1):
            pdf.page = p
            pdf.set_auto_page_break(False)
            font("n", 7.5)
            pdf.set_xy(16, pdf.h - 11)
            pdf.cell(W - 32, 4, footer_txt.replace("{n}", str(p)), align="C")
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    cp = d.core_properties
    cp.author = doc["name"]
    cp.last_modified_by = doc["name"]
    cp.title = doc.get("doc_title", "CV")
    cp.created = datetime.datetime(2026, 10, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.revision = 3
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(doc.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    var = doc.get("variant", "tabs")
    bullet_style = doc.get("bullet_style", "List Bullet")

    def para(text="", bold=False, italic=False, size=None, style=None, align=None, space_after=2):
        p = d.add_paragraph(style=style) if style else d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexfill)
        tcPr.append(shd)

    # header / footer
    if doc.get("docx_header"):
        hp = sec.header.paragraphs[0]
        hp.text = doc["docx_header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.get("docx_footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = doc["docx_footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # name block
    if not doc.get("name_in_header"):
        if var == "styles":
            d.add_heading(doc["name"], level=0)
        else:
            para(doc["name"], bold=True, size=20, align="center" if doc.get("center") else None)
        if doc.get("headline"):
            para(doc["headline"], italic=True, align="center" if doc.get("center") else None)
        for ln in doc.get("contact", []):
            para(ln, size=9, align="center" if doc.get("center") else None, space_after=0)
    else:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(doc["name"] + "\n")
        r.bold = True
        r.font.size = Pt(14)
        hp.add_run("  ·  ".join(doc.get("contact", [])))

    def tab_para(t, r, bold=False, italic=False, indent=0):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(textw, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.left_indent = Cm(0.6 * indent)
        run = p.add_run(t)
        run.bold, run.italic = bold, italic
        if r:
            p.add_run("\t" + r)
        return p

    def bullet_para(t, indent=0):
        if bullet_style:
            p = d.add_paragraph(t, style=bullet_style)
        else:
            p = d.add_paragraph(doc.get("bullet", "•") + " " + t)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.left_indent = Cm(0.6 * indent + 0.63)
        return p

    def heading(t):
        if var == "styles" or doc.get("heading_styles"):
            d.add_heading(t, level=1)
        else:
            p = para(t.upper() if doc.get("caps_h", True) else t, bold=True, size=12, space_after=3)
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

    def emit_entry_table_each(rows, bullets, note, ind):
        t = d.add_table(rows=0, cols=2)
        no_borders(t)
        for (tx, r, stl) in rows:
            cells = t.add_row().cells
            cells[0].width = Cm(12.5)
            cells[1].width = Cm(4.5)
            run = cells[0].paragraphs[0].add_run(tx)
            run.bold, run.italic = stl == "b", stl == "i"
            if r:
                cells[1].paragraphs[0].add_run(r)
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if note:
            para(note, italic=True, space_after=0)
        for b in bullets:
            bullet_para(b, ind)
        para("", space_after=0)

    def emit_all_table(content):
        cols = doc.get("table_cols", ["Dates", "Role & employer", "What I did"])
        t = d.add_table(rows=1, cols=len(cols))
        t.style = d.styles["Table Grid"]
        for i, h in enumerate(cols):
            t.rows[0].cells[i].text = ""
            rr = t.rows[0].cells[i].paragraphs[0].add_run(h)
            rr.bold = True
            shade(t.rows[0].cells[i], "D9E2F3")

        def add(e, grp=None):
            cells = t.add_row().cells
            cells[0].text = fmt_range(e, doc.get("ds", "mon"), doc.get("present", "Present"), doc.get("sep", " – "))
            p = cells[1].paragraphs[0]
            p.add_run(e.title).bold = True
            if e.org:
                p2 = cells[1].add_paragraph(e.org)
            if e.loc:
                cells[1].add_paragraph(e.loc).runs[0].italic = True
            if len(cols) > 2:
                lines = ([e.note] if e.note else []) + e.bullets
                cells[2].text = "\n".join(("• " + b) if b in e.bullets else b for b in lines)

        for x in content:
            if isinstance(x, E):
                add(x)
            elif isinstance(x, Group):
                cells = t.add_row().cells
                m = cells[0].merge(cells[-1])
                m.text = ""
                m.paragraphs[0].add_run(x.label).italic = True
                for y in x.items:
                    add(y)
            elif isinstance(x, Item):
                cells = t.add_row().cells
                cells[0].text = x.right or ""
                cells[1].text = x.left
                if len(cols) > 2:
                    cells[2].text = "\n".join(([x.sub] if x.sub else []) + x.bullets)
        para("", space_after=0)

    def emit_block(x, ind, in_org=False):
        if isinstance(x, E):
            rows = header_rows(x, doc, in_org)
            if var == "table_each":
                emit_entry_table_each(rows, x.bullets, x.note, ind)
                return
            for (tx, r, stl) in rows:
                if var == "styles" and stl == "b" and not in_org:
                    h = d.add_heading(tx, level=3 if ind else 2)
                    if r:
                        para(r, italic=True, space_after=0)
                else:
                    tab_para(tx, r, bold=stl == "b", italic=stl == "i", indent=ind)
            if x.note:
                p = para(x.note, italic=True, space_after=0)
                if ind:
                    p.paragraph_format.left_indent = Cm(0.6 * ind)
            for b in x.bullets:
                bullet_para(b, ind)
            para("", space_after=0, size=4)
        elif isinstance(x, Group):
            if x.mode == "org":
                tab_para(x.label, x.right, bold=True, indent=ind)
                if x.intro:
                    para(x.intro, italic=True, space_after=0)
                for y in x.items:
                    emit_block(y, ind + 1, True)
            else:
                if var == "styles":
                    d.add_heading(x.label, level=2)
                    if x.right:
                        para(x.right, italic=True, space_after=0)
                else:
                    p = tab_para(x.label, x.right, italic=True, indent=ind)
                    p.runs[0].underline = True
                if x.intro:
                    para(x.intro, italic=True, space_after=2)
                for y in x.items:
                    emit_block(y, ind + 1)
        elif isinstance(x, Item):
            if var == "table_each":
                emit_entry_table_each([(x.left, x.right, "b")] + ([(x.sub, None, "i")] if x.sub else []),
                                      x.bullets, None, ind)
                return
            tab_para(x.left, x.right, bold=True, indent=ind)
            if x.sub:
                tab_para(x.sub, None, italic=True, indent=ind)
            for b in x.bullets:
                bullet_para(b, ind)

    for secdef in doc["sections"]:
        h, content = secdef[0], secdef[1]
        opts = secdef[2] if len(secdef) > 2 else {}
        heading(h)
        if isinstance(content, P):
            para(content.text, space_after=4)
        elif isinstance(content, L):
            if opts.get("inline"):
                para(opts.get("joiner", " · ").join(content.items))
            else:
                for it in content.items:
                    bullet_para(it)
        elif opts.get("table") or (var == "table_all" and any(isinstance(x, E) or isinstance(x, Group) for x in content)):
            emit_all_table(content)
        else:
            for x in content:
                emit_block(x, 0)
    d.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- plain text
def render_txt(doc, path):
    W = doc.get("width", 78)
    mode = doc.get("txt_dates", "pad")
    hs = doc.get("txt_h", "caps_rule")
    bullet = doc.get("bullet", "-")
    out = []
    if doc.get("txt_name_caps"):
        out.append(doc["name"].upper())
    else:
        out.append(doc["name"])
    if doc.get("headline"):
        out.append(doc["headline"])
    out.extend(doc.get("contact", []))
    out.append("")

    def row(t, r, ind):
        pre = "  " * ind
        if not r:
            return [pre + t]
        if mode == "pad":
            s = pre + t
            gap = W - len(s) - len(r)
            return [s + " " * max(gap, 3) + r]
        if mode == "comma":
            return [f"{pre}{t}, {r}"]
        if mode == "paren":
            return [f"{pre}{t} ({r})"]
        if mode == "newline":
            return [pre + t, pre + r]
        if mode == "left":
            return [f"{pre}{r:<22}{t}"]
        if mode == "bar":
            return [f"{pre}{t} | {r}"]
        raise ValueError(mode)

    for a in flatten(doc):
        k = a[0]
        if k == "h":
            if out and out[-1] != "":
                out.append("")
            if hs == "caps_rule":
                out += [a[1].upper(), "-" * len(a[1])]
            elif hs == "eq":
                out += [a[1], "=" * len(a[1])]
            elif hs == "plain":
                out.append(a[1])
            elif hs == "stars":
                out.append(f"*** {a[1].upper()} ***")
        elif k == "sub":
            out.append("")
            out += row(f"[{a[1]}]" if doc.get("sub_brackets") else a[1] + ":", a[2], a[3])
        elif k == "row":
            out += row(a[1], a[2], a[4])
        elif k == "note":
            out.append("  " * a[2] + "(" + a[1] + ")" if doc.get("note_paren") else "  " * a[2] + a[1])
        elif k == "bullet":
            out.append("  " * a[2] + f"  {bullet} " + a[1])
        elif k == "li":
            out.append(f"{bullet} {a[1]}")
        elif k == "para":
            out.append(a[1])
        elif k == "gap":
            if out[-1] != "":
                out.append("")
        elif k == "endsec":
            if out[-1] != "":
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if doc.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- markdown
def render_md(doc, path):
    mdv = doc.get("md", "h3")
    bullet = doc.get("bullet", "-")
    out = [f"# {doc['name']}", ""]
    if doc.get("headline"):
        out += [f"_{doc['headline']}_", ""]
    if doc.get("contact"):
        out += [doc.get("contact_join", " · ").join(doc["contact"]), ""]

    def row(t, r, st, ind, first):
        pre = "  " * ind
        if first and st == "b":
            if mdv == "h3":
                return [f"{'#' * (3 + min(ind, 1))} {t}"] + ([f"*{r}*"] if r else [])
            if mdv == "bold":
                return [f"{pre}**{t}**" + (f" — {r}" if r else "") + "  "]
            if mdv == "table":
                return [f"{pre}**{t}** | {r}" if r else f"{pre}**{t}**"]
        if st == "i":
            return [f"{pre}_{t}_" + (f" ({r})" if r else "") + "  "]
        if st == "g":
            return [f"{pre}{t}  "]
        return [f"{pre}{t}" + (f" — {r}" if r else "") + "  "]

    for a in flatten(doc):
        k = a[0]
        if k == "h":
            out += [f"## {a[1]}", ""]
        elif k == "sub":
            out += [f"**{a[1]}**" + (f" ({a[2]})" if a[2] else ""), ""] if mdv != "h3" else \
                   [f"### {a[1]}" + (f" ({a[2]})" if a[2] else ""), ""]
        elif k == "row":
            out += row(a[1], a[2], a[3], a[4], a[5])
        elif k == "note":
            out.append(f"{'  ' * a[2]}_{a[1]}_  ")
        elif k == "bullet":
            if out and out[-1].endswith("  ") and not out[-1].lstrip().startswith(bullet + " "):
                out.append("")
            out.append(f"{'  ' * a[2]}{bullet} {a[1]}")
        elif k == "li":
            out.append(f"{bullet} {a[1]}")
        elif k == "para":
            out += [a[1], ""]
        elif k in ("gap", "endsec", "endgroup"):
            if out[-1] != "":
                out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- html
CSS = {
    "linkedin": """body{font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f3f2ef;color:#191919;margin:0}
.card{background:#fff;border-radius:8px;margin:12px auto;max-width:760px;padding:16px 24px;box-shadow:0 0 0 1px #e0dfdc}
h1{font-size:24px;margin:0}.hl{color:#444}.muted{color:#666;font-size:14px}h2{font-size:20px;margin:4px 0 12px}
.pos{border-top:1px solid #eee;padding:10px 0}.pos h3{font-size:16px;margin:0}.pos ul{margin:6px 0 0 18px;padding:0}
.grp{margin-left:18px}""",
    "nested": """body{font-family:Georgia,serif;max-width:820px;margin:30px auto;line-height:1.45;color:#222}
h1{margin-bottom:0}h2{border-bottom:2px solid #7a3;padding-bottom:2px;margin-top:28px;font-size:19px}
.job{margin:10px 0}.when{float:right;color:#555}.where{font-style:italic}ul ul{margin-top:4px}.grouplabel{font-weight:bold;color:#7a3}""",
    "grid": """body{font-family:Verdana,Arial,sans-serif;font-size:13px;max-width:900px;margin:24px auto;color:#233}
header{border-bottom:4px solid #246;margin-bottom:10px}h1{margin:0;color:#246}h2{color:#246;font-size:15px;text-transform:uppercase;letter-spacing:1px}
.row{display:grid;grid-template-columns:170px 1fr;gap:12px;margin:8px 0}.when{color:#567;font-weight:bold}.what ul{margin:4px 0 0 16px;padding:0}
.sub{grid-column:1/3;font-style:italic;color:#246;border-left:3px solid #246;padding-left:6px}""",
}


def render_html(doc, path):
    v = doc.get("html", "nested")
    esc = html.escape
    o = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(doc['name'])} | {esc(doc.get('doc_title', 'Résumé'))}</title>",
         f"<style>{CSS[v]}</style>", "</head>", "<body>"]
    if v == "linkedin":
        o.append("<div class=\"card\">")
        o.append(f"<h1>{esc(doc['name'])}</h1>")
        if doc.get("headline"):
            o.append(f"<div class=\"hl\">{esc(doc['headline'])}</div>")
        o.append("<div class=\"muted\">" + " · ".join(esc(c) for c in doc.get("contact", [])) + "</div>")
        o.append("</div>")
    elif v == "grid":
        o.append(f"<header><h1>{esc(doc['name'])}</h1>")
        if doc.get("headline"):
            o.append(f"<p><strong>{esc(doc['headline'])}</strong></p>")
        o.append("<p>" + " &bull; ".join(esc(c) for c in doc.get("contact", [])) + "</p></header>")
    else:
        o.append(f"<h1>{esc(doc['name'])}</h1>")
        if doc.get("headline"):
            o.append(f"<p><em>{esc(doc['headline'])}</em></p>")
        o.append("<p>" + "<br>\n".join(esc(c) for c in doc.get("contact", [])) + "</p>")

    def entry(x, in_org=False):
        rows = header_rows(x, doc, in_org)
        if v == "grid":
            r0 = rows[0]
            s = [f"<div class=\"row\"><div class=\"when\">{esc(r0[1] or '')}</div><div class=\"what\">"]
            s.append(f"<strong>{esc(r0[0])}</strong>")
            for (t, r, st) in rows[1:]:
                s.append(f"<br><span>{esc(t)}</span>" + (f" <span>{esc(r)}</span>" if r else ""))
            if x.note:
                s.append(f"<br><em>{esc(x.note)}</em>")
            if x.bullets:
                s.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in x.bullets) + "</ul>")
            s.append("</div></div>")
            return "\n".join(s)
        if v == "linkedin":
            s = ["<div class=\"pos\">"]
            for i, (t, r, st) in enumerate(rows):
                if i == 0:
                    s.append(f"<h3>{esc(t)}</h3>")
                else:
                    s.append(f"<div class=\"{'muted' if st == 'g' else 'co'}\">{esc(t)}</div>")
            if x.note:
                s.append(f"<div class=\"muted\">{esc(x.note)}</div>")
            if x.bullets:
                s.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in x.bullets) + "</ul>")
            s.append("</div>")
            return "\n".join(s)
        s = ["<div class=\"job\">"]
        for i, (t, r, st) in enumerate(rows):
            w = f"<span class=\"when\">{esc(r)}</span>" if r else ""
            if i == 0:
                s.append(f"{w}<strong>{esc(t)}</strong><br>")
            else:
                s.append(f"{w}<span class=\"where\">{esc(t)}</span><br>")
        if x.note:
            s.append(f"<small>{esc(x.note)}</small>")
        if x.bullets:
            s.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in x.bullets) + "</ul>")
        s.append("</div>")
        return "\n".join(s)

    def item(x):
        if v == "grid":
            return (f"<div class=\"row\"><div class=\"when\">{esc(x.right or '')}</div><div class=\"what\"><strong>{esc(x.left)}</strong>"
                    + (f"<br>{esc(x.sub)}" if x.sub else "")
                    + ("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in x.bullets) + "</ul>" if x.bullets else "")
                    + "</div></div>")
        return (("<div class=\"pos\">" if v == "linkedin" else "<div class=\"job\">")
                + (f"<span class=\"when\">{esc(x.right)}</span>" if x.right and v != "linkedin" else "")
                + f"<strong>{esc(x.left)}</strong>"
                + (f"<br><span class=\"where\">{esc(x.sub)}</span>" if x.sub else "")
                + (f"<div class=\"muted\">{esc(x.right)}</div>" if x.right and v == "linkedin" else "")
                + ("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in x.bullets) + "</ul>" if x.bullets else "")
                + "</div>")

    def block(x, in_org=False):
        if isinstance(x, E):
            return entry(x, in_org)
        if isinstance(x, Item):
            return item(x)
        if isinstance(x, Group):
            if x.mode == "org":
                head = (f"<div class=\"row\"><div class=\"when\">{esc(x.right or '')}</div><div class=\"what\"><strong>{esc(x.label)}</strong></div></div>"
                        if v == "grid" else
                        f"<h3>{esc(x.label)}</h3>" + (f"<div class=\"muted\">{esc(x.right)}</div>" if x.right else ""))
                inner = "\n".join(block(y, True) for y in x.items)
                return head + "\n" + (f"<div class=\"grp\">{inner}</div>" if v != "grid" else inner)
            if v == "grid":
                head = f"<div class=\"row\"><div class=\"sub\">{esc(x.label)}" + (f" ({esc(x.right)})" if x.right else "") + "</div></div>"
                if x.intro:
                    head += f"\n<p><em>{esc(x.intro)}</em></p>"
                return head + "\n" + "\n".join(block(y) for y in x.items)
            if v == "nested":
                lis = "\n".join(f"<li>{block(y)}</li>" for y in x.items)
                return (f"<ul><li><span class=\"grouplabel\">{esc(x.label)}</span>"
                        + (f" <span class=\"when\">{esc(x.right)}</span>" if x.right else "")
                        + (f"<p><em>{esc(x.intro)}</em></p>" if x.intro else "")
                        + f"\n<ul>\n{lis}\n</ul></li></ul>")
            inner = "\n".join(block(y) for y in x.items)
            return (f"<h3>{esc(x.label)}</h3>" + (f"<div class=\"muted\">{esc(x.intro)}</div>" if x.intro else "")
                    + f"\n<div class=\"grp\">{inner}</div>")
        return ""

    for secdef in doc["sections"]:
        h, content = secdef[0], secdef[1]
        if v == "linkedin":
            o.append("<section class=\"card\">")
        else:
            o.append("<section>")
        o.append(f"<h2>{esc(h)}</h2>")
        if isinstance(content, P):
            o.append(f"<p>{esc(content.text)}</p>")
        elif isinstance(content, L):
            o.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in content.items) + "</ul>")
        else:
            for x in content:
                o.append(block(x))
        o.append("</section>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
