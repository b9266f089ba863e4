"""python-docx renderers."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_TAB_ALIGNMENT
from lib import dates, groups, orgloc


def _bullets(doc_or_cell, bs, numbered=False):
    for b in bs:
        p = doc_or_cell.add_paragraph(b, style="List Number" if numbered else "List Bullet")


def render_docx(r, path):
    o = r["opt"]; st = o.get("ent", "styles")
    doc = Document()
    doc.styles["Normal"].font.name = o.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("  |  " + "  |  ".join(r["contact"]))
        if o.get("footer"):
            sec.footer.paragraphs[0].text = o["footer"]
    else:
        doc.add_heading(r["name"], level=0)
        for c in r["contact"]:
            doc.add_paragraph(c)
    def head(h):
        if o.get("headstyle", "h1") == "h1":
            doc.add_heading(h, level=1)
        else:
            p = doc.add_paragraph(); run = p.add_run(h.upper()); run.bold = True; run.font.size = Pt(12)
    if r.get("summary"):
        head(r.get("summary_head", "Profile")); doc.add_paragraph(r["summary"])
    for h, ls in r.get("extra_first", []):
        head(h)
        for l in ls:
            doc.add_paragraph(l)
    for h, es in r["sections"]:
        head(h)
        if st == "table":
            t = doc.add_table(rows=0, cols=2)
            if o.get("grid"):
                t.style = "Table Grid"
            for e in es:
                c = t.add_row().cells
                c[0].width = Cm(3.5); c[1].width = Cm(13)
                c[0].text = dates(e, r) or "—"
                p = c[1].paragraphs[0]; p.add_run(e["title"]).bold = True
                if e["organization"]:
                    c[1].add_paragraph(orgloc(e))
                for b in e["bullets"]:
                    c[1].add_paragraph("• " + b)
            continue
        if st == "grid":
            for e in es:
                t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
                for k, v in (("Position", e["title"]), ("Employer", e["organization"]),
                             ("Location", e["location"]), ("Period", dates(e, r)),
                             ("Duties", "\n".join(e["bullets"]))):
                    if v:
                        c = t.add_row().cells; c[0].text = k; c[1].text = v
                doc.add_paragraph("")
            continue
        if st == "orgfirst":
            for org, loc, grp in groups(es):
                p = doc.add_paragraph(); p.add_run((org or "Self-employed").upper()).bold = True
                if loc:
                    p.add_run(" — " + loc)
                for e in grp:
                    p = doc.add_paragraph(); rr = p.add_run(e["title"]); rr.italic = True; rr.bold = True
                    if dates(e, r):
                        p.add_run(f" ({dates(e, r)})")
                    _bullets(doc, e["bullets"], o.get("numbered"))
            continue
        for e in es:
            d = dates(e, r)
            if st == "styles":
                doc.add_heading(e["title"], level=2)
                doc.add_paragraph(" · ".join(x for x in (e["organization"], e["location"], d) if x))
            elif st == "tabs":
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(e["title"]).bold = True
                p.add_run("\t" + d)
                if e["organization"]:
                    q = doc.add_paragraph(); q.add_run(orgloc(e)).italic = True
            if o.get("para"):
                doc.add_paragraph(" ".join(b if b.endswith(".") else b + "." for b in e["bullets"]))
            else:
                _bullets(doc, e["bullets"], o.get("numbered"))
    for h, ls in r.get("extra", []):
        head(h)
        for l in ls:
            doc.add_paragraph(l)
    doc.save(path)
