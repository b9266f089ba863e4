"""python-docx renderers."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def set_width(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def para(container, text="", bold=False, italic=False, size=None, style=None, color=None, align=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def first_para(cell, text, bold=False, italic=False, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def header(doc, r, center=True):
    para(doc, r["name"], bold=True, size=20, align="center" if center else None)
    for ln in r.get("contact", []):
        para(doc, ln, size=9, align="center" if center else None)


def simple_section(container, heading, typ, content, hstyle="Heading 1", lb="List Bullet"):
    if hstyle:
        if hasattr(container, "add_heading") and hstyle.startswith("Heading"):
            container.add_heading(heading, level=int(hstyle[-1]))
        else:
            para(container, heading.upper(), bold=True, size=11, color="1F4E79")
    if typ == "text":
        para(container, content)
    elif typ == "list":
        for it in content:
            para(container, it, style=lb)
    elif typ == "lines":
        for it in content:
            para(container, it)


def bullets(container, e, style="List Bullet", glyph=None):
    for b in e["bullets"]:
        if glyph:
            para(container, glyph + " " + b)
        else:
            para(container, b, style=style)


def orgloc(e, sep=", "):
    s = e["organization"] or ""
    if e["location"]:
        s = s + sep + e["location"] if s else e["location"]
    return s


# ---------- styles ----------

def docx_table_left(r, path):
    """dates in a narrow left column, details on the right (one table per section)."""
    o = r.get("opts", {})
    doc = Document()
    header(doc, r, center=o.get("center", True))
    for heading, typ, content in r["sections"]:
        if typ != "entries":
            simple_section(doc, heading, typ, content, hstyle=o.get("hstyle", "Heading 1"))
            continue
        simple_section(doc, heading, "none", None, hstyle=o.get("hstyle", "Heading 1"))
        t = doc.add_table(rows=0, cols=2)
        if o.get("grid"):
            t.style = "Table Grid"
        for e in content:
            row = t.add_row()
            first_para(row.cells[0], e["_d"], size=9)
            c = row.cells[1]
            if o.get("org_first"):
                first_para(c, orgloc(e), bold=True)
                para(c, e["title"], italic=True)
            else:
                first_para(c, e["title"], bold=True)
                if e["organization"] or e["location"]:
                    para(c, orgloc(e, o.get("sep", ", ")), italic=True)
            for b in e["bullets"]:
                if o.get("glyph"):
                    para(c, o["glyph"] + " " + b)
                else:
                    para(c, b, style="List Bullet")
        set_width(t, o.get("widths", (3.2, 13.3)))
    for ln in r.get("footer", []):
        para(doc, ln)
    doc.save(path)


def docx_three_cell(r, path):
    """title | company | dates in three cells of one row, bullets below."""
    doc = Document()
    header(doc, r)
    for heading, typ, content in r["sections"]:
        if typ != "entries":
            simple_section(doc, heading, typ, content, hstyle="Heading 2")
            continue
        doc.add_heading(heading, level=2)
        for e in content:
            t = doc.add_table(rows=1, cols=3)
            no_borders(t)
            first_para(t.rows[0].cells[0], e["title"], bold=True)
            first_para(t.rows[0].cells[1], orgloc(e, " – "))
            p = first_para(t.rows[0].cells[2], e["_d"], italic=True)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_width(t, (6, 6.5, 4))
            bullets(doc, e)
    for ln in r.get("footer", []):
        para(doc, ln)
    doc.save(path)


def docx_tabstops(r, path):
    """Title<TAB>dates with right tab stop; org line italic; List Bullet."""
    o = r.get("opts", {})
    doc = Document()
    header(doc, r, center=o.get("center", True))
    for heading, typ, content in r["sections"]:
        if typ == "kv":
            doc.add_heading(heading, level=1)
            t = doc.add_table(rows=0, cols=2)
            for k, v in content:
                row = t.add_row()
                first_para(row.cells[0], k, bold=True)
                first_para(row.cells[1], v)
            continue
        if typ != "entries":
            simple_section(doc, heading, typ, content, hstyle="Heading 1")
            continue
        doc.add_heading(heading, level=1)
        for e in content:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
            first = orgloc(e) if o.get("org_first") else e["title"]
            second = e["title"] if o.get("org_first") else orgloc(e)
            r1 = p.add_run(first)
            r1.bold = True
            p.add_run("\t" + e["_d"])
            if second:
                para(doc, second, italic=True)
            if e.get("_prose"):
                for b in e["bullets"]:
                    para(doc, b)
            else:
                bullets(doc, e)
    for ln in r.get("footer", []):
        para(doc, ln)
    doc.save(path)


def docx_federal(r, path):
    doc = Document()
    header(doc, r, center=False)
    for heading, typ, content in r["sections"]:
        if typ != "entries":
            simple_section(doc, heading, typ, content, hstyle="Heading 1")
            continue
        doc.add_heading(heading, level=1)
        for e in content:
            para(doc, e["title"].upper(), bold=True)
            para(doc, e["organization"] or "")
            if e.get("_addr"):
                para(doc, e["_addr"])
            para(doc, e["_d"])
            for ln in e.get("_meta", []):
                para(doc, ln, size=10)
            para(doc, "Duties, Accomplishments and Related Skills:", bold=True)
            for b in e["bullets"]:
                para(doc, b)
            doc.add_paragraph()
    for ln in r.get("footer", []):
        para(doc, ln)
    doc.save(path)


def docx_sidebar(r, path):
    """whole page is a 2-column table: shaded sidebar + main column."""
    o = r.get("opts", {})
    doc = Document()
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    side, main = t.rows[0].cells
    if o.get("side_right"):
        main, side = side, main
    shade(side, "DCE6F0")
    first_para(main, r["name"], bold=True, size=22)
    if r.get("headline"):
        para(main, r["headline"], size=12, color="555555")
    first_para(side, "CONTACT", bold=True)
    for ln in r.get("contact", []):
        para(side, ln, size=9)
    for heading, typ, content in r["sections"]:
        tgt = side if heading in o.get("side_sections", ()) else main
        if typ != "entries":
            para(tgt, "")
            simple_section(tgt, heading, typ, content, hstyle="box")
            continue
        para(tgt, "")
        para(tgt, heading.upper(), bold=True, size=11, color="1F4E79")
        for e in content:
            para(tgt, e["title"], bold=True)
            para(tgt, orgloc(e, " | ") + ("  •  " if orgloc(e) else "") + e["_d"], italic=True, size=9)
            for b in e["bullets"]:
                para(tgt, b, style="List Bullet")
    if o.get("side_right"):
        set_width(t, (12.0, 5.5))
    else:
        set_width(t, (5.5, 12.0))
    doc.save(path)


def docx_heading_entries(r, path):
    """each entry is a Heading 2 'Org — Title', date paragraph under it."""
    doc = Document()
    header(doc, r)
    for heading, typ, content in r["sections"]:
        if typ != "entries":
            simple_section(doc, heading, typ, content, hstyle="Heading 1")
            continue
        doc.add_heading(heading, level=1)
        for e in content:
            doc.add_heading((e["organization"] + " — " if e["organization"] else "") + e["title"], level=2)
            para(doc, (e["location"] + ", " if e["location"] else "") + e["_d"], italic=True)
            if e.get("_prose"):
                for b in e["bullets"]:
                    para(doc, b)
            else:
                bullets(doc, e)
    for ln in r.get("footer", []):
        para(doc, ln)
    doc.save(path)


STYLES = dict(docx_table_left=docx_table_left, docx_three_cell=docx_three_cell,
              docx_tabstops=docx_tabstops, docx_federal=docx_federal,
              docx_sidebar=docx_sidebar, docx_heading_entries=docx_heading_entries)
