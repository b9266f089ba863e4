"""python-docx renderers.  Each takes (definition, path) and writes the file."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _doc(font="Calibri", size=10.5, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margins)
    return doc


def _p(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, after=2, color=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def _rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "555555")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def _where(e):
    return ", ".join(x for x in (e["organization"], e["location"]) if x)


# ------------------------------------------------------------------ w002
def docx_datetable(d, path):
    doc = _doc("Arial", 10)
    _p(doc, "CURRICULUM VITAE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(doc, d["name"], bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    def table(rows_title, rows):
        h = _p(doc, rows_title, bold=True, size=12, after=4)
        _rule(h)
        t = doc.add_table(rows=0, cols=2)
        t.autofit = False
        for left, right in rows:
            c = t.add_row().cells
            c[0].width, c[1].width = Cm(4.0), Cm(13.0)
            c[0].paragraphs[0].add_run(left).italic = True
            if isinstance(right, str):
                c[1].paragraphs[0].add_run(right)
            else:
                right(c[1])
        _p(doc, "", after=6)

    table("Personal details", d["personal"])

    def job(e):
        def fill(cell):
            r = cell.paragraphs[0].add_run(e["title"])
            r.bold = True
            cell.add_paragraph(f"{e['organization']}, {e['location']}").runs[0].italic = True
            for b in e["bullets"]:
                cell.add_paragraph("– " + b)
        return (e["d"], fill)
    table("Work experience", [job(e) for e in d["entries"]])
    for h, rows in d["sections"]:
        table(h, rows)
    _p(doc, "Schladming, November 2026", italic=True)
    doc.save(path)


# ------------------------------------------------------------------ w006
def docx_tabs(d, path):
    doc = _doc("Georgia", 10.5)
    _p(doc, d["name"].upper(), bold=True, size=18, after=0)
    _p(doc, d["contact"], size=9, after=8)
    _p(doc, d["summary"], italic=True, after=8)
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin

    def head(t):
        p = _p(doc, t, bold=True, size=11, after=4, color="1F4E79")
        _rule(p)

    def entry(e):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(e["title"]).bold = True
        p.add_run("\t" + e["d"])
        if e["organization"]:
            q = _p(doc, "", after=1)
            q.add_run(e["organization"]).italic = True
            q.add_run(f" — {e['location']}")
        for b in e["bullets"]:
            _p(doc, b, style="List Bullet", after=0)
    head("PROFESSIONAL EXPERIENCE")
    for e in d["entries"]:
        if e["section"] != "volunteer":
            entry(e)
    head("COMMUNITY INVOLVEMENT")
    for e in d["entries"]:
        if e["section"] == "volunteer":
            entry(e)
    for h, lines in d["sections"]:
        head(h)
        for x in lines:
            _p(doc, x, after=1)
    doc.save(path)


# ------------------------------------------------------------------ w010
def docx_orgfirst(d, path):
    doc = _doc("Calibri", 10.5)
    _p(doc, d["name"], bold=True, size=20, after=0, color="8B0000")
    _p(doc, "  •  ".join(d["contact"]), size=9, after=6)
    _p(doc, d["summary"], after=8)
    h = _p(doc, "WORK EXPERIENCE", bold=True, size=12, after=4)
    _rule(h)
    for org, desc, idx in d["groups"]:
        p = _p(doc, org.upper(), bold=True, size=11, after=0)
        p.paragraph_format.space_before = Pt(8)
        _p(doc, desc, italic=True, size=9, after=3)
        for i in idx:
            e = d["entries"][i]
            q = _p(doc, "", after=1)
            q.add_run(e["title"]).bold = True
            q.add_run(f"   ({e['d']})")
            for b in e["bullets"]:
                _p(doc, "▪ " + b, after=0).paragraph_format.left_indent = Cm(0.6)
    h = _p(doc, "VOLUNTEERING", bold=True, size=12, after=4)
    h.paragraph_format.space_before = Pt(10)
    _rule(h)
    for e in d["entries"]:
        if e["section"] == "volunteer":
            q = _p(doc, "", after=1)
            q.add_run(e["title"]).bold = True
            q.add_run(f" – {e['organization']}, {e['location']}   ({e['d']})")
            for b in e["bullets"]:
                _p(doc, "▪ " + b, after=0).paragraph_format.left_indent = Cm(0.6)
    for hd, lines in d["sections"]:
        h = _p(doc, hd.upper(), bold=True, size=12, after=4)
        h.paragraph_format.space_before = Pt(10)
        _rule(h)
        for x in lines:
            _p(doc, x, after=1)
    doc.save(path)


# ------------------------------------------------------------------ w015
def docx_kv(d, path):
    doc = _doc("Times New Roman", 11)
    _p(doc, "CURRICULUM VITAE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    _p(doc, d["name"], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    def kv(k, v, bold_v=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k)
        r = p.add_run(f"\t: {v}")
        r.bold = bold_v

    def head(t):
        p = _p(doc, t, bold=True, size=11.5, after=4)
        p.paragraph_format.space_before = Pt(10)
        p.runs[0].underline = True
    head("PERSONAL DETAILS")
    for k, v in d["personal"]:
        kv(k, v)
    head("CAREER OBJECTIVE")
    _p(doc, d["objective"])
    head("PROFESSIONAL EXPERIENCE")
    for e in d["entries"]:
        kv("Designation", e["title"], bold_v=True)
        kv("Institution", f"{e['organization']}, {e['location']}")
        kv("Period", e["d"])
        kv("Duties", "")
        for b in e["bullets"]:
            p = _p(doc, "•  " + b, after=0)
            p.paragraph_format.left_indent = Cm(4.8)
        _p(doc, "", after=2)
    head("EDUCATIONAL QUALIFICATIONS")
    for x in d["education"]:
        _p(doc, "•  " + x, after=0)
    head("OTHER QUALIFICATIONS")
    for x in d["other"]:
        _p(doc, "•  " + x, after=0)
    head("NON-RELATED REFEREES")
    t = doc.add_table(rows=1, cols=2)
    for cell, (nm, ttl, org, tel) in zip(t.rows[0].cells, d["referees"]):
        cell.paragraphs[0].add_run(nm).bold = True
        for x in (ttl, org, "Tel: " + tel):
            cell.add_paragraph(x)
    _p(doc, "")
    _p(doc, "I do hereby certify that the above particulars are true and correct to the best of my knowledge.")
    _p(doc, "……………………………\nW. M. Dilani Perera")
    doc.save(path)


# ------------------------------------------------------------------ w019
def docx_prose(d, path):
    doc = _doc("Cambria", 11, 2.5)
    _p(doc, d["name"], bold=True, size=16, after=0)
    _p(doc, d["contact"], size=9.5, after=10)
    _p(doc, d["intro"], after=10)
    for sec, label in (("volunteer", "Volunteering"), ("work", "Working life")):
        doc.add_heading(label, level=2)
        for e in d["entries"]:
            if e["section"] != sec:
                continue
            p = _p(doc, "", after=2)
            p.add_run(e["title"]).bold = True
            p.add_run(f", {e['organization']}")
            p.add_run(f" ({e['location']})" + (f", {e['d']}" if e["d"] else "")).italic = True
            _p(doc, " ".join(b.rstrip(".") + "." for b in e["bullets"]), after=8)
    doc.add_heading("Other", level=2)
    _p(doc, d["closing"])
    doc.save(path)


# ------------------------------------------------------------------ w022
def docx_student(d, path):
    doc = _doc("Calibri", 10.5)
    doc.add_heading(d["name"], level=0)
    _p(doc, d["contact"], size=9)
    _p(doc, d["summary"], after=6)
    doc.add_heading("Work experience", level=1)
    for sec, head in (("work", None), ("volunteer", "Volunteering")):
        if head:
            doc.add_heading(head, level=1)
        for e in d["entries"]:
            if e["section"] != sec:
                continue
            doc.add_heading(f"{e['title']} – {e['organization']}", level=2)
            _p(doc, f"{e['location']} | {e['d']}", italic=True, after=1)
            for b in e["bullets"]:
                _p(doc, b, style="List Bullet", after=0)
    for h, lines in d["sections"]:
        doc.add_heading(h, level=1)
        for x in lines:
            _p(doc, x, style="List Bullet", after=0)
    doc.save(path)


# ------------------------------------------------------------------ w026
def docx_numbered(d, path):
    doc = _doc("Verdana", 9.5)
    _p(doc, d["name"], bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _p(doc, d["contact"], size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    _p(doc, "SUMMARY", bold=True, after=2)
    _p(doc, d["summary"], after=8)
    _p(doc, "WORK EXPERIENCE", bold=True, after=4)
    for e in d["entries"]:
        p = _p(doc, e["title"].upper(), bold=True, after=0)
        p.paragraph_format.space_before = Pt(6)
        _p(doc, f"{e['organization']}, {e['location']}  |  {e['d']}", italic=True, after=2)
        _p(doc, "Job description:", after=0, size=9)
        for n, b in enumerate(e["bullets"], 1):
            q = _p(doc, f"{n}. {b}", after=0)
            q.paragraph_format.left_indent = Cm(0.8)
    for h, lines in d["sections"]:
        p = _p(doc, h, bold=True, after=2)
        p.paragraph_format.space_before = Pt(10)
        for x in lines:
            _p(doc, x, after=0)
    doc.save(path)


# ------------------------------------------------------------------ w028
def docx_functional(d, path):
    doc = _doc("Calibri", 11)
    _p(doc, d["name"], bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _p(doc, d["contact"], align=WD_ALIGN_PARAGRAPH.CENTER, after=10, size=9.5)
    doc.add_heading("Profile", level=1)
    _p(doc, d["summary"])
    doc.add_heading("Relevant Skills and Accomplishments", level=1)
    for h, lines in d["skills"]:
        _p(doc, h, bold=True, after=1)
        for x in lines:
            _p(doc, x, style="List Bullet", after=0)

    def hist(head, ents):
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for e in ents:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = e["title"], _where(e), e["d"]
            c[0].paragraphs[0].runs[0].bold = True
    hist("Work History", [e for e in d["entries"] if e["section"] == "work"])
    hist("Volunteer Experience", [e for e in d["entries"] if e["section"] == "volunteer"])
    for h, lines in d["sections"]:
        doc.add_heading(h, level=1)
        for x in lines:
            _p(doc, x)
    doc.save(path)


RENDERERS = {f.__name__: f for f in (docx_datetable, docx_tabs, docx_orgfirst, docx_kv, docx_prose,
                                      docx_student, docx_numbered, docx_functional)}
