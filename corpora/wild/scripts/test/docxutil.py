"""python-docx helpers."""
from docx import Document
from docx.shared import Pt, RGBColor, Inches, Cm, Emu
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def rgb(h):
    h = h.lstrip("#")
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))

def base(doc, font="Calibri", size=10.5, margins=(0.8, 0.8, 0.7, 0.7)):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in doc.sections:
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Inches(x) for x in margins]
    return doc

def run(par, text, bold=None, italic=None, size=None, color=None, font=None, caps=None, smallcaps=None):
    r = par.add_run(text)
    if bold is not None: r.bold = bold
    if italic is not None: r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = rgb(color)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if caps: r.font.all_caps = True
    if smallcaps: r.font.small_caps = True
    return r

def para(doc_or_cell, text="", style=None, before=0, after=0, align=None, **kw):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, **kw)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

def right_tab(p, inches):
    p.paragraph_format.tab_stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.RIGHT)

def left_tab(p, inches):
    p.paragraph_format.tab_stops.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.LEFT)

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)

def shade(cell_or_par, hexcolor):
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    pr = el.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else el.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor.lstrip("#"))
    pr.append(shd)

def bottom_border(par, color="000000", sz=6):
    pPr = par._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    pb.append(b); pPr.append(pb)

def col_widths(table, widths_in):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_in):
            row.cells[i].width = Inches(w)

def first_par(cell):
    p = cell.paragraphs[0]
    return p

def indent(p, left=None, hanging=None):
    if left is not None: p.paragraph_format.left_indent = Inches(left)
    if hanging is not None: p.paragraph_format.first_line_indent = Inches(-hanging)
