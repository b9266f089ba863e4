"""DOCX renderers built with python-docx (Word styles, tab stops, tables, headers)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor
from lib import sections, heading_for, groups_by_org, span


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _tabbed(container, left, right, bold=True, italic=False, size=11):
    p = container.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(left)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if right:
        p.add_run("\t" + right).font.size = Pt(size - 1)
    return p


def _bullets(container, bs):
    for b in bs:
        container.add_paragraph(b, style="List Bullet")


def _masthead(doc, r, in_header):
    if in_header:
        hdr = doc.sections[0].header
        p = hdr.paragraphs[0]
        p.text = r["name"] + ("  —  " + r["headline"] if r.get("headline") else "")
        p.runs[0].bold = True
        hp = hdr.add_paragraph(" | ".join(r.get("contact", [])))
        hp.runs[0].font.size = Pt(8)
    else:
        doc.add_heading(r["name"], level=0)
        if r.get("headline"):
            doc.add_paragraph(r["headline"]).runs[0].italic = True
        doc.add_paragraph(" | ".join(r.get("contact", [])))
    if r.get("footer"):
        doc.sections[0].footer.paragraphs[0].text = r["footer"]
    if r.get("summary"):
        doc.add_heading(r.get("summary_head", "Professional Summary"), level=1)
        doc.add_paragraph(r["summary"])


def _entry(container, r, e):
    lay = r["layout"]
    t, o, l, d = e["title"], e["organization"], e["location"], e["_dates"]
    if lay == "styles":
        container.add_heading(t, level=2)
        if o or l or d:
            p = container.add_paragraph()
            if o:
                p.add_run(o).bold = True
            if l:
                p.add_run((", " if o else "") + l)
            if d:
                p.add_run("   " + d).italic = True
    elif lay in ("tabs", "header"):
        if r.get("org_line_first") and o:
            _tabbed(container, o + (", " + l if l else ""), d)
            _tabbed(container, t, None, bold=False, italic=True)
        else:
            _tabbed(container, t, d)
            if o:
                _tabbed(container, o + (" — " + l if l else ""), None, bold=False, italic=True)
    _bullets(container, e["bullets"])


def _extra(doc, r):
    for head, lines in r.get("extra", []):
        doc.add_heading(head, level=1)
        for l in lines:
            if l.startswith("* "):
                doc.add_paragraph(l[2:], style="List Bullet")
            else:
                doc.add_paragraph(l)


def render(r, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(0.9)
        s.top_margin = s.bottom_margin = Inches(0.8)
    lay = r["layout"]

    if lay == "sidebar":
        # two-column layout table: shaded left cell with contact/skills, right cell with history
        doc.sections[0].left_margin = doc.sections[0].right_margin = Inches(0.5)
        tbl = doc.add_table(rows=1, cols=2)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, right = tbl.rows[0].cells
        left.width, right.width = Inches(2.2), Inches(5.2)
        _shade(left, r.get("shade", "DCE6F1"))
        p = left.paragraphs[0]
        rn = p.add_run(r["name"])
        rn.bold, rn.font.size = True, Pt(16)
        if r.get("headline"):
            left.add_paragraph(r["headline"]).runs[0].italic = True
        for head, lines in [("Contact", r.get("contact", []))] + r.get("sidebar", []):
            hp = left.add_paragraph()
            hr = hp.add_run(head.upper())
            hr.bold = True
            for l in lines:
                left.add_paragraph(l).runs[0].font.size = Pt(9)
        rp = right.paragraphs[0]
        if r.get("summary"):
            rp.add_run(r["summary"]).italic = True
        for sec, ents in sections(r).items():
            h = right.add_paragraph()
            hr = h.add_run(heading_for(r, sec).upper())
            hr.bold, hr.font.size = True, Pt(12)
            hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            for e in ents:
                p = right.add_paragraph()
                p.add_run(e["title"]).bold = True
                if e["organization"]:
                    p.add_run(" | " + e["organization"])
                if e["location"]:
                    p.add_run(" | " + e["location"])
                if e["_dates"]:
                    dp = right.add_paragraph(e["_dates"])
                    dp.runs[0].italic = True
                _bullets(right, e["bullets"])
        for head, lines in r.get("extra", []):
            h = right.add_paragraph()
            h.add_run(head.upper()).bold = True
            for l in lines:
                right.add_paragraph(l)
        doc.save(path)
        return

    _masthead(doc, r, in_header=(lay == "header"))
    for sec, ents in sections(r).items():
        doc.add_heading(heading_for(r, sec), level=1)
        if lay == "table":
            tbl = doc.add_table(rows=0, cols=2)
            tbl.style = "Table Grid" if r.get("grid") else None
            for e in ents:
                row = tbl.add_row().cells
                row[0].width, row[1].width = Inches(1.5), Inches(5.2)
                row[0].text = e["_dates"] or ""
                p = row[1].paragraphs[0]
                p.add_run(e["title"]).bold = True
                if e["organization"] or e["location"]:
                    row[1].add_paragraph(", ".join(x for x in (e["organization"], e["location"]) if x)).runs[0].italic = True
                _bullets(row[1], e["bullets"])
        elif lay == "kv":
            for e in ents:
                tbl = doc.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
                for k, v in (("Position", e["title"]), ("Employer", e["organization"]),
                             ("Location", e["location"]), ("Period", e["_dates"])):
                    if v:
                        c = tbl.add_row().cells
                        c[0].text, c[1].text = k, v
                        c[0].paragraphs[0].runs[0].bold = True
                if e["bullets"]:
                    c = tbl.add_row().cells
                    c[0].text = "Duties"
                    c[0].paragraphs[0].runs[0].bold = True
                    c[1].text = e["bullets"][0]
                    _bullets(c[1], e["bullets"][1:])
                doc.add_paragraph()
        elif lay == "header" and r.get("group_roles"):
            for org, loc, roles in groups_by_org(ents):
                if len(roles) > 1:
                    _tabbed(doc, (org or "") + (", " + loc if loc else ""), span(roles), size=11.5)
                    for e in roles:
                        _tabbed(doc, e["title"], e["_dates"], bold=False, italic=True)
                        _bullets(doc, e["bullets"])
                else:
                    _entry(doc, r, roles[0])
        else:
            for e in ents:
                _entry(doc, r, e)
    _extra(doc, r)
    doc.save(path)
