"""DOCX renderers (python-docx). Saved with fixed core properties; build.py rewrites zip timestamps."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor

from lib import drange

FIXED = dt.datetime(2026, 10, 15, 9, 0, 0)


def ttl(e):
    return e.title + e.x.get("suffix", "")


def orgtxt(e):
    return (e.org or "") + e.x.get("orgsuffix", "")


def new_doc(d, font="Calibri", size=11, margins_cm=2.0, page="letter"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    if page == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "CV" if d["file"].endswith("docx") else ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    return doc


def text_width(doc):
    s = doc.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def para(doc_or_cell, runs=(), style=None, align=None, after=None, before=None, size=None, tab_right=None, indent=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, "")]
    for text, fmt in runs:
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        if size:
            r.font.size = Pt(size)
        if "c" in fmt:
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if tab_right is not None:
        pf.tab_stops.add_tab_stop(tab_right, WD_TAB_ALIGNMENT.RIGHT)
    if indent is not None:
        pf.left_indent = indent
    return p


def bottom_border(p, color="404040", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", str(sz)), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def bullets(doc, items, style="List Bullet", size=None):
    for b in items:
        para(doc, b, style=style, after=1, size=size)


def cell_text(cell, runs, align=None, size=None):
    p = cell.paragraphs[0]
    if isinstance(runs, str):
        runs = [(runs, "")]
    for text, fmt in runs:
        r = p.add_run(text)
        r.bold = "b" in fmt or None
        r.italic = "i" in fmt or None
        if size:
            r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    return p


def set_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def add_field(p, instr, cached):
    """Complex field (PAGE / NUMPAGES) with a cached result, as Word writes it."""
    def r_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        p._p.append(r)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_with(s)
    t = OxmlElement("w:t")
    t.text = cached
    r_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def heading_rule(doc, text, size=12, caps=True, color="1F3864"):
    p = para(doc, [(text.upper() if caps else text, "b")], before=10, after=4, size=size)
    bottom_border(p, color)
    return p


def generic_after(doc, d, head=heading_rule):
    for t, items in d.get("after", []):
        head(doc, t)
        bullets(doc, items) if len(items) > 1 else para(doc, items[0])


# =====================================================================================  w013 job header in a text table
def docx_tablehead(d, path):
    doc = new_doc(d, "Calibri", 10.5, 1.9)
    W = text_width(doc)
    para(doc, [(d["name"], "b")], size=22, after=0)
    para(doc, "  |  ".join(d["contact"]), after=6)
    heading_rule(doc, d["summary"][0])
    para(doc, d["summary"][1])

    def job(e):
        t = doc.add_table(rows=2, cols=2)
        set_widths(t, [int(W * 0.68), int(W * 0.32)])
        cell_text(t.cell(0, 0), [(ttl(e), "b")], size=11.5)
        cell_text(t.cell(0, 1), [(drange(e, d["dstyle"], d["present"]), "")], align="right")
        cell_text(t.cell(1, 0), [(orgtxt(e), "i")])
        cell_text(t.cell(1, 1), [(e.loc, "i")], align="right")
        if e.x.get("prose"):
            for b in e.bullets:
                para(doc, b, before=3, after=6)
        else:
            p = None
            for b in e.bullets:
                p = para(doc, b, style="List Bullet", after=1)
            if p is not None:
                p.paragraph_format.space_after = Pt(8)

    work = [e for e in d["entries"] if e.section != "volunteer"]
    vol = [e for e in d["entries"] if e.section == "volunteer"]
    heading_rule(doc, d["exp_heading"])
    for e in work:
        job(e)
    heading_rule(doc, "Volunteer Experience")
    for e in vol:
        job(e)
    generic_after(doc, d)
    doc.save(path)


# =====================================================================================  w014 classic Europass table
def docx_europass(d, path):
    doc = new_doc(d, "Arial", 9, 1.6, "A4")
    W = text_width(doc)
    t = doc.add_table(rows=0, cols=2)
    LW, RW = int(W * 0.31), int(W * 0.69)

    def row(label="", value="", lb=False, vb=False, lsize=None, vsize=None):
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = LW, RW
        if label:
            cell_text(r.cells[0], [(label, "b" if lb else "")], align="right", size=lsize)
        if value:
            if isinstance(value, list):
                cell_text(r.cells[1], value, size=vsize)
            else:
                cell_text(r.cells[1], [(value, "b" if vb else "")], size=vsize)
        return r

    row("Europass", "", True, lsize=14)
    row("Curriculum Vitae", "", True, lsize=12)
    row()
    row("Personal information", "", True, lsize=12)
    row("Surname(s) / First name(s)", f"{d['surname']} {d['first']}", vb=True, vsize=12)
    row("Address(es)", d["address"])
    row("Telephone(s)", d["phone"])
    row("E-mail", d["email"])
    row("Nationality", d["nationality"])
    row("Date of birth", d["dob"])
    row("Gender", d["gender"])
    row()
    row("Desired employment / Occupational field", d["desired"], True, True, vsize=10)
    row()
    row("Work experience", "", True, lsize=12)
    for e in d["entries"]:
        row()
        row("Dates", drange(e, d["dstyle"], d["present"], d["sep"]))
        row("Occupation or position held", ttl(e), vb=True)
        row("Main activities and responsibilities", "; ".join(e.bullets))
        row("Name and address of employer", e.x["address"])
        row("Type of business or sector", e.x["sector"])
    row()
    row("Education and training", "", True, lsize=12)
    for dates, title, subj, org, level in d["education"]:
        row()
        row("Dates", dates)
        row("Title of qualification awarded", title, vb=True)
        row("Principal subjects/occupational skills covered", subj)
        row("Name and type of organisation providing education and training", org)
        row("Level in national or international classification", level)
    row()
    row("Personal skills and competences", "", True, lsize=12)
    row()
    row("Mother tongue(s)", d["mother_tongue"], vb=True)
    row()
    row("Other language(s)", ", ".join(g[0] for g in d["lang_grid"]), vb=True)
    r = row("Self-assessment")
    inner = r.cells[1].add_table(rows=2, cols=6)
    hdr = ["", "Understanding", "", "Speaking", "", "Writing"]
    sub = ["European level (*)", "Listening", "Reading", "Spoken interaction", "Spoken production", ""]
    for i, h in enumerate(hdr):
        if h:
            cell_text(inner.cell(0, i), [(h, "b")], size=8)
    for i, h in enumerate(sub):
        if h:
            cell_text(inner.cell(1, i), [(h, "")], size=7.5)
    for lang, *lv in d["lang_grid"]:
        cells = inner.add_row().cells
        cell_text(cells[0], [(lang, "b")], size=8)
        for c, v in zip(cells[1:], lv):
            cell_text(c, [(v, "")], size=8)
    inner.style = doc.styles["Table Grid"]
    para(r.cells[1], "(*) Common European Framework of Reference for Languages", size=7)
    for label, value in d["personal"]:
        row()
        row(label, value)
    doc.save(path)


# =====================================================================================  w015 employer block with promotions
def docx_promotions(d, path):
    doc = new_doc(d, "Calibri", 10.5, 2.0, "A4")
    W = text_width(doc)
    doc.add_paragraph(d["name"], style="Title")
    para(doc, " · ".join(d["contact"]), after=8)
    doc.add_paragraph(d["summary"][0], style="Heading 1")
    para(doc, d["summary"][1])
    doc.add_paragraph(d["exp_heading"], style="Heading 1")
    seen = set()
    for e in d["entries"]:
        g = e.x["group"]
        if g not in seen:
            seen.add(g)
            gi = d["groups"][g]
            para(doc, [(g, "b"), (", " + gi["loc"], ""), ("\t" + gi["dates"], "b")], before=8, after=2, size=11.5, tab_right=W)
        para(doc, [(ttl(e), "bi"), ("\t" + drange(e, d["dstyle"], d["present"]), "i")], before=3, after=1, tab_right=W)
        bullets(doc, e.bullets)
    for t, items in d["after"]:
        doc.add_paragraph(t, style="Heading 1")
        bullets(doc, items) if len(items) > 1 else para(doc, items[0])
    doc.save(path)


# =====================================================================================  w016 two pages, header + footer fields
def docx_twopage(d, path):
    doc = new_doc(d, "Calibri", 11, 2.2, "A4")
    W = text_width(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(d["name"])
    r.bold = True
    r.font.size = Pt(18)
    hp2 = sec.header.add_paragraph("  |  ".join(d["contact"]))
    bottom_border(hp2, "7F7F7F")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{d['name']} – CV | Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "2")

    head = lambda doc_, t: heading_rule(doc_, t, 12, True, "2E5E4E")
    head(doc, d["summary"][0])
    para(doc, d["summary"][1], after=4)
    head(doc, "Key Skills")
    bullets(doc, d["key_skills"])

    def job(e):
        para(doc, [(ttl(e), "b"), ("\t" + drange(e, d["dstyle"], d["present"]), "")], before=8, after=0, tab_right=W)
        para(doc, [(f"{orgtxt(e)}, {e.loc}", "i")], after=2)
        bullets(doc, e.bullets)

    head(doc, d["exp_heading"])
    for e in d["entries"]:
        if e.section != "volunteer":
            job(e)
    head(doc, d["vol_heading"])
    for e in d["entries"]:
        if e.section == "volunteer":
            job(e)
    generic_after(doc, d, head)
    doc.save(path)


# =====================================================================================  w017 agency block
def docx_agency(d, path):
    doc = new_doc(d, "Arial", 10, 2.0, "A4")
    W = text_width(doc)
    para(doc, [(d["name"], "b")], size=20, after=0)
    para(doc, " | ".join(d["contact"]), after=6)
    heading_rule(doc, d["summary"][0], 11.5)
    para(doc, d["summary"][1])
    heading_rule(doc, d["exp_heading"], 11.5)
    seen = set()
    for e in d["entries"]:
        g = e.x["group"]
        gi = d["groups"][g]
        members = [m for m in d["entries"] if m.x.get("group") == g]
        if g not in seen:
            seen.add(g)
            label = f" — {gi['label']}" if gi.get("label") else ""
            para(doc, [(g, "b"), (f", {gi['loc']}{label}", ""), ("\t" + gi["dates"], "b")], before=8, after=1, tab_right=W)
        if len(members) > 1:
            para(doc, [(ttl(e), "b"), (" — assigned to " + e.x["client"], "i"), ("\t" + drange(e, d["dstyle"], d["present"]), "")],
                 before=3, after=1, tab_right=W, indent=Cm(0.4))
        else:
            para(doc, [(ttl(e), "bi")], after=1)
        if e.x.get("note"):
            para(doc, [(e.x["note"], "i")], after=1)
        bullets(doc, e.bullets)
    generic_after(doc, d, lambda doc_, t: heading_rule(doc_, t, 11.5))
    doc.save(path)


# =====================================================================================  w018 Kenyan CV
def docx_kenya(d, path):
    doc = new_doc(d, "Times New Roman", 12, 2.5, "A4")
    para(doc, [("CURRICULUM VITAE", "b")], align="center", size=16, after=8)

    def head(t):
        p = para(doc, [(t, "b")], before=10, after=4, size=12.5)
        bottom_border(p, "000000", 8)

    head("PERSONAL DETAILS")
    t = doc.add_table(rows=0, cols=2)
    for k, v in d["personal"]:
        c = t.add_row().cells
        cell_text(c[0], [(k, "b")])
        cell_text(c[1], [(": " + v, "")])
    set_widths(t, [Cm(4.5), Cm(11.5)])
    head("CAREER OBJECTIVE")
    para(doc, d["objective"])

    def block(e):
        para(doc, [("Organization: ", "b"), (f"{orgtxt(e)}, {e.loc}", "")], before=8, after=0)
        para(doc, [("Position: ", "b"), (ttl(e), "")], after=0)
        para(doc, [("Period: ", "b"), (drange(e, d["dstyle"], d["present"], d["sep"]), "")], after=2)
        para(doc, [("Duties and Responsibilities:", "bi")], after=1)
        bullets(doc, e.bullets)

    head("WORK EXPERIENCE")
    for e in d["entries"]:
        if e.section != "volunteer":
            block(e)
    head("VOLUNTEER EXPERIENCE")
    for e in d["entries"]:
        if e.section == "volunteer":
            block(e)
    head("EDUCATION BACKGROUND")
    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Year", "Qualification", "Institution", "Grade"]):
        cell_text(c, [(h, "b")])
    for row in d["education"]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    head("SKILLS AND COMPETENCIES")
    bullets(doc, d["skills"])
    head("HOBBIES AND INTERESTS")
    para(doc, d["hobbies"])
    head("REFEREES")
    for i, (n, role, tel) in enumerate(d["referees"], 1):
        para(doc, [(f"{i}. {n}", "b")], before=4, after=0)
        para(doc, role, after=0)
        para(doc, f"Tel: {tel}", after=2)
    doc.save(path)


# =====================================================================================  w019 Indian CV with summary table
def docx_india(d, path):
    doc = new_doc(d, "Cambria", 11, 2.0, "A4")
    para(doc, [(d["name"].upper(), "b")], align="center", size=18, after=0)
    para(doc, " | ".join(d["contact"]), align="center", after=8)

    def head(t):
        p = para(doc, [(t, "b")], before=10, after=4, size=12)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        p._p.get_or_add_pPr().append(shd)

    head("CAREER OBJECTIVE")
    para(doc, d["objective"])
    head("CAREER SUMMARY")
    paid = [e for e in d["entries"] if e.etype == "paid"]
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Organization", "Designation", "Duration"]):
        cell_text(c, [(h, "b")])
    for e in paid:
        cells = t.add_row().cells
        cell_text(cells[0], e.org)
        cell_text(cells[1], ttl(e))
        cell_text(cells[2], drange(e, "mon", "Till date", " – "))
    head("PROFESSIONAL EXPERIENCE")
    for e in paid:
        para(doc, [("\u25a0 " + e.org + ", " + e.loc, "b"), (f"  ({drange(e, d['dstyle'], d['present'], d['sep'])})", "")], before=8, after=0)
        para(doc, [("Designation: ", "b"), (ttl(e), "")], after=2)
        para(doc, [("Roles & Responsibilities:", "bi")], after=1)
        bullets(doc, e.bullets)
    head("FREELANCE / PART-TIME WORK")
    for e in d["entries"]:
        if e.etype == "freelance":
            para(doc, [(ttl(e), "b"), (f" – {e.org} ({drange(e, d['dstyle'], d['present'], d['sep'])})", "")], before=4, after=1)
            bullets(doc, e.bullets)
    head("INTERNSHIPS")
    for e in d["entries"]:
        if e.etype == "internship":
            para(doc, [(ttl(e), "b"), (f" – {orgtxt(e)}, {e.loc} ({drange(e, d['dstyle'], d['present'], d['sep'])})", "")], before=4, after=1)
            bullets(doc, e.bullets)
    head("EDUCATIONAL QUALIFICATIONS")
    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Qualification", "Institute / University", "Year", "Score"]):
        cell_text(c, [(h, "b")])
    for row in d["education"]:
        for c, v in zip(t.add_row().cells, row):
            cell_text(c, v)
    head("TECHNICAL SKILLS")
    bullets(doc, d["skills"])
    head("PERSONAL DETAILS")
    for k, v in d["personal"]:
        para(doc, [(f"{k}: ", "b"), (v, "")], after=0)
    head("DECLARATION")
    para(doc, "I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.")
    para(doc, "Place: Pune", before=8, after=0)
    para(doc, [("Date:", ""), ("\t" + f"({d['name']})", "b")], tab_right=text_width(doc))
    doc.save(path)


# =====================================================================================  w020 student, Harvard style
def docx_student(d, path):
    doc = new_doc(d, "Garamond", 11, 1.8)
    W = text_width(doc)
    para(doc, [(d["name"], "b")], align="center", size=18, after=0)
    para(doc, " • ".join(d["contact"]), align="center", after=6)

    def head(t):
        p = para(doc, [(t.upper(), "b")], before=8, after=3, size=11)
        bottom_border(p, "000000", 4)

    head("Education")
    for school, loc, deg, dates in d["education"]:
        para(doc, [(school, "b"), ("\t" + loc, "")], after=0, tab_right=W)
        para(doc, [(deg, "i"), ("\t" + dates, "i")], after=2, tab_right=W)

    def job(e):
        para(doc, [(orgtxt(e), "b"), ("\t" + e.loc, "")], before=5, after=0, tab_right=W)
        para(doc, [(ttl(e), "i"), ("\t" + drange(e, d["dstyle"], d["present"]), "i")], after=1, tab_right=W)
        bullets(doc, e.bullets)

    head(d["exp_heading"])
    for e in d["entries"]:
        if e.section != "volunteer":
            job(e)
    head(d["vol_heading"])
    for e in d["entries"]:
        if e.section == "volunteer":
            job(e)
    for t, items in d["after"]:
        head(t)
        for i in items:
            k, v = i.split(": ", 1)
            para(doc, [(k + ": ", "b"), (v, "")], after=0)
    doc.save(path)


# =====================================================================================  w021 prose duties
def docx_prose(d, path):
    doc = new_doc(d, "Calibri", 11, 2.2)
    doc.add_paragraph(d["name"], style="Title")
    para(doc, " | ".join(d["contact"]), after=8)
    doc.add_paragraph(d["summary"][0], style="Heading 1")
    para(doc, d["summary"][1])
    for t, idxs in d["sections"]:
        doc.add_paragraph(t, style="Heading 1")
        for i in idxs:
            e = d["entries"][i]
            para(doc, [(ttl(e), "b")], before=8, after=0, size=12)
            para(doc, [(f"{orgtxt(e)}, {e.loc}  |  {drange(e, d['dstyle'], d['present'], d['sep'])}", "i")], after=3)
            for b in e.bullets:
                para(doc, b, after=4)
    for t, items in d["after"]:
        doc.add_paragraph(t, style="Heading 1")
        bullets(doc, items) if len(items) > 1 else para(doc, items[0])
    doc.save(path)
