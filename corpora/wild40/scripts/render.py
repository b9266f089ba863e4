"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, text, HTML, Markdown."""
import datetime, html, io, zipfile
from lib import E, drange

FIXED = datetime.datetime(2026, 10, 14, 9, 30, 0)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def hdr_lines(e, R, prev_org=None):
    """Entry header as a list of (left, right, style)."""
    d = drange(e, R["ds"], R["present"], R["dash"])
    ol = ", ".join(x for x in (e.org, e.loc) if x)
    h = R["hdr"]
    if h == "title_org":
        return [(e.title, d, "b")] + ([(ol, "", "i")] if ol else [])
    if h == "org_title":
        return ([(ol, d, "b")] if ol else [("", d, "b")]) + [(e.title, "", "i")]
    if h == "dateline":
        return [(e.title, "", "b")] + ([(ol, "", "n")] if ol else []) + [(d, "", "i")] if d else []
    if h == "dash":
        return [(e.title + (" – " + ol if ol else ""), d, "b")]
    if h == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), d, "b")]
    if h == "inline":
        return [(", ".join(x for x in (e.title, e.org, e.loc, d) if x), "", "b")]
    if h == "orgfirst":
        out = []
        if e.org != prev_org:
            out.append((" – ".join(x for x in (e.org, e.loc) if x), "", "b"))
        out.append((e.title, d, "i"))
        return out
    raise ValueError(h)


def is_exp(c):
    return isinstance(c, list) and c and isinstance(c[0], E)


def entries(R):
    return [e for _, c in R["sections"] if is_exp(c) for e in c]


# ------------------------------------------------------------------ reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    size = letter if R.get("paper", "letter") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " - Resume"); c.setAuthor(R["name"]); c.setCreator("Microsoft Word")
    lay = R["layout"]
    side = R.get("side", [])
    M = 50
    st = {"page": 1}
    x0, x1 = M, W - M
    if lay == "sidebar":
        x0 = 200

    def footer():
        if lay == "twopage":
            c.setFont("Helvetica", 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, f"{R['name']}  |  Curriculum Vitae  |  Page {st['page']}")
            c.setFillGray(0)

    y = [H - M]

    def need(h):
        if y[0] - h < 60:
            footer(); c.showPage(); st["page"] += 1; y[0] = H - M

    def text(t, font="Helvetica", size=10, indent=0, lead=None):
        lead = lead or size + 3
        for ln in simpleSplit(t, font, size, x1 - x0 - indent):
            need(lead); c.setFont(font, size); c.drawString(x0 + indent, y[0], ln); y[0] -= lead

    def heading(t):
        need(30); y[0] -= 8
        c.setFont("Helvetica-Bold", 11.5); c.setFillColorRGB(0.1, 0.25, 0.45)
        c.drawString(x0, y[0], t.upper() if lay != "twocol" else t); c.setFillGray(0)
        c.setLineWidth(0.6); c.line(x0, y[0] - 4, x1, y[0] - 4); y[0] -= 18

    if lay == "sidebar":
        c.setFillColorRGB(0.16, 0.3, 0.42); c.rect(0, 0, 175, H, fill=1, stroke=0)
        c.setFillGray(1); sy = H - M
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 15, 140):
            c.drawString(18, sy, ln); sy -= 19
        sy -= 8; c.setFont("Helvetica", 8.5)
        for ln in R["contact"]:
            for l2 in simpleSplit(ln, "Helvetica", 8.5, 145):
                c.drawString(18, sy, l2); sy -= 12
        for hname, cont in R["sections"]:
            if hname not in side:
                continue
            sy -= 14; c.setFont("Helvetica-Bold", 10); c.drawString(18, sy, hname.upper()); sy -= 14
            c.setFont("Helvetica", 8.5)
            for item in (cont if isinstance(cont, list) else [cont]):
                for l2 in simpleSplit(item, "Helvetica", 8.5, 140):
                    c.drawString(18, sy, l2); sy -= 11.5
                sy -= 2
        c.setFillGray(0)
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 22); c.drawString(M, y[0] - 6, R["name"])
        c.setFont("Helvetica", 9); cy = y[0]
        for ln in R["contact"]:
            c.drawRightString(x1, cy, ln); cy -= 12
        y[0] = min(cy, y[0] - 30) - 6; c.setLineWidth(1.5); c.line(M, y[0], x1, y[0]); y[0] -= 14
    else:
        c.setFont("Helvetica-Bold", 18); c.drawCentredString(W / 2, y[0], R["name"]); y[0] -= 16
        c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, y[0], "  •  ".join(R["contact"])); y[0] -= 10

    prev = None
    for hname, cont in R["sections"]:
        if hname in side:
            continue
        if lay == "twopage" and hname == R.get("break_before"):
            footer(); c.showPage(); st["page"] += 1; y[0] = H - M
        heading(hname)
        if is_exp(cont):
            for e in cont:
                hl = hdr_lines(e, R, prev); prev = e.org
                need(14 * len(hl) + 14)
                for left, right, s in hl:
                    font = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica"}[s]
                    if right:
                        c.setFont("Helvetica", 9.5); c.drawRightString(x1, y[0], right)
                    text(left, font, 10.5 if s == "b" else 10)
                if e.prose and e.bullets:
                    text(" ".join(e.bullets), size=9.5, indent=10)
                for b in ([] if e.prose else e.bullets):
                    lines = simpleSplit(b, "Helvetica", 9.5, x1 - x0 - 22)
                    need(13); c.setFont("Helvetica", 9.5); c.drawString(x0 + 8, y[0], "•")
                    for ln in lines:
                        need(12.5); c.setFont("Helvetica", 9.5); c.drawString(x0 + 20, y[0], ln); y[0] -= 12.5
                y[0] -= 6
        elif isinstance(cont, list):
            for item in cont:
                text("– " + item, size=9.5, indent=6)
        else:
            text(cont, size=9.5)
    footer()
    c.save()


# ------------------------------------------------------------------ fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    lay = R["layout"]
    side = R.get("side", [])

    class P(FPDF):
        def footer(self):
            if lay == "twopage":
                self.set_y(-14); self.set_font("DejaVu", "I", 8); self.set_text_color(110)
                self.cell(0, 6, f"{R['name']} – CV – page {self.page_no()} of {{nb}}", align="C")
                self.set_text_color(0)

    p = P(format="A4" if R.get("paper", "A4") == "A4" else "letter")
    p.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    p.set_title(R["name"] + " CV"); p.set_author(R["name"]); p.set_creator("Google Docs")
    p.set_producer("Skia/PDF m126")
    p.add_font("DejaVu", "", FONTDIR + "DejaVuSans.ttf")
    p.add_font("DejaVu", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    p.add_font("DejaVu", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, 20)
    p.alias_nb_pages()
    p.add_page()
    L = 18
    if lay == "sidebar":
        p.set_fill_color(228, 233, 238); p.rect(0, 0, 62, 297, style="F")
        p.set_xy(6, 16); p.set_font("DejaVu", "B", 13); p.multi_cell(52, 6, R["name"])
        p.set_font("DejaVu", "", 8)
        p.ln(2)
        for ln in R["contact"]:
            p.set_x(6); p.multi_cell(52, 4.5, ln)
        for hname, cont in R["sections"]:
            if hname in side:
                p.ln(4); p.set_x(6); p.set_font("DejaVu", "B", 9.5); p.cell(52, 6, hname.upper()); p.ln(6)
                p.set_font("DejaVu", "", 8)
                for item in (cont if isinstance(cont, list) else [cont]):
                    p.set_x(6); p.multi_cell(52, 4.3, item)
        L = 70
        p.set_left_margin(L); p.set_xy(L, 16)
    else:
        p.set_left_margin(L); p.set_y(16)
        al = "C" if lay == "centred" else "L"
        p.set_font("DejaVu", "B", 17); p.cell(0, 9, R["name"], align=al); p.ln(9)
        p.set_font("DejaVu", "", 9); p.cell(0, 5, "  |  ".join(R["contact"]), align=al); p.ln(7)
    p.set_right_margin(16)
    Wd = 210 - 16 - L
    prev = None
    for hname, cont in R["sections"]:
        if hname in side:
            continue
        if lay == "twopage" and hname == R.get("break_before"):
            p.add_page()
        p.ln(2); p.set_x(L); p.set_font("DejaVu", "B", 11); p.set_text_color(30, 60, 100)
        p.cell(Wd, 6, hname if lay != "left" else hname.upper()); p.ln(6)
        p.set_draw_color(150); p.line(L, p.get_y(), L + Wd, p.get_y()); p.ln(2); p.set_text_color(0)
        if is_exp(cont):
            for e in cont:
                for left, right, s in hdr_lines(e, R, prev):
                    p.set_x(L); p.set_font("DejaVu", {"b": "B", "i": "I", "n": ""}[s], 10 if s == "b" else 9.5)
                    if right:
                        p.cell(Wd - 45, 5.5, left); p.set_font("DejaVu", "", 9); p.cell(45, 5.5, right, align="R"); p.ln(5.5)
                    else:
                        p.multi_cell(Wd, 5.5, left)
                prev = e.org
                p.set_font("DejaVu", "", 9)
                if e.prose and e.bullets:
                    p.set_x(L); p.multi_cell(Wd, 4.6, " ".join(e.bullets))
                for b in ([] if e.prose else e.bullets):
                    p.set_x(L + 2); p.cell(4, 4.6, R.get("bul", "•"))
                    p.multi_cell(Wd - 6, 4.6, b)
                p.ln(2.5)
        elif isinstance(cont, list):
            p.set_font("DejaVu", "", 9)
            for item in cont:
                p.set_x(L + 2); p.multi_cell(Wd - 2, 4.8, "· " + item)
        else:
            p.set_font("DejaVu", "", 9); p.set_x(L); p.multi_cell(Wd, 4.8, cont)
    p.output(path)


# ------------------------------------------------------------------ docx
def _fix_docx(path, R):
    buf = open(path, "rb").read()
    zin = zipfile.ZipFile(io.BytesIO(buf))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zo.writestr(zi, zin.read(info.filename))
    open(path, "wb").write(out.getvalue())


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    doc.styles["Normal"].font.name = R.get("font", "Calibri"); doc.styles["Normal"].font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = R["name"]; cp.last_modified_by = R["name"]; cp.title = "CV"; cp.revision = 3
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    lay = R["layout"]; side = R.get("side", [])
    TAB = Inches(6.9)

    def para(cont, t="", style=None, bold=False, italic=False, size=None):
        p = cont.add_paragraph(style=style)
        if t:
            r = p.add_run(t); r.bold = bold; r.italic = italic
            if size: r.font.size = Pt(size)
        return p

    def heading(cont, t):
        if lay in ("styles", "header"):
            if cont is doc:
                doc.add_heading(t, level=1 if lay == "styles" else 2)
            else:
                para(cont, t, style="Heading 2")
        else:
            p = para(cont, t.upper(), bold=True, size=11.5)
            p.paragraph_format.space_before = Pt(10)

    def entry(cont, e, prev, tabw):
        hl = hdr_lines(e, R, prev)
        if lay == "table" and cont is doc:
            t = doc.add_table(rows=1, cols=2); _noborders(t)
            l, r = t.rows[0].cells
            l.width = Inches(5.0); r.width = Inches(1.9)
            first = True
            for left, right, s in hl:
                p = l.paragraphs[0] if first else l.add_paragraph(); first = False
                rr = p.add_run(left); rr.bold = s == "b"; rr.italic = s == "i"
                if right:
                    q = r.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; q.add_run(right)
        else:
            for left, right, s in hl:
                p = cont.add_paragraph()
                rr = p.add_run(left); rr.bold = s == "b"; rr.italic = s == "i"
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(tabw, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
                p.paragraph_format.space_after = Pt(0)
        if e.prose and e.bullets:
            para(cont, " ".join(e.bullets))
        for b in ([] if e.prose else e.bullets):
            p = para(cont, b, style="List Bullet"); p.paragraph_format.space_after = Pt(0)

    def body(cont, tabw):
        prev = None
        for hname, c in R["sections"]:
            if hname in side:
                continue
            heading(cont, hname)
            if is_exp(c):
                for e in c:
                    entry(cont, e, prev, tabw); prev = e.org
            elif isinstance(c, list):
                for item in c:
                    para(cont, item, style="List Bullet" if lay != "tabs" else None)
            else:
                para(cont, c)

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"]); r.bold = True; r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" · ".join(R["contact"]))
        body(doc, TAB)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2); _noborders(t)
        l, r = t.rows[0].cells
        l.width = Inches(2.1); r.width = Inches(4.8); _shade(l, "DCE6EE")
        p = l.paragraphs[0]; rr = p.add_run(R["name"]); rr.bold = True; rr.font.size = Pt(16)
        para(l, "CONTACT", bold=True)
        for ln in R["contact"]:
            para(l, ln, size=9)
        for hname, c in R["sections"]:
            if hname in side and hname != "Contact":
                para(l, hname.upper(), bold=True)
                for item in (c if isinstance(c, list) else [c]):
                    para(l, item, size=9)
        r.paragraphs[0].add_run("")
        body(r, Inches(4.6))
    else:
        if lay == "styles":
            doc.add_heading(R["name"], level=0)
        else:
            p = para(doc, R["name"], bold=True, size=18); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = para(doc, " | ".join(R["contact"]), size=9.5)
        if lay != "styles":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(doc, TAB)
    doc.save(path)
    _fix_docx(path, R)


# ------------------------------------------------------------------ text, html, md
def render_txt(R, path):
    lay = R["layout"]; out = []
    if lay == "portal":
        out += ["CURRICULUM VITAE", "", R["name"]] + R["contact"]
    else:
        out += [R["name"].upper() if lay == "caps" else R["name"]] + R["contact"]
    prev = None
    for hname, c in R["sections"]:
        out.append("")
        if lay == "portal":
            out += [hname, "-" * len(hname)]
        elif lay == "caps":
            out += [f"== {hname} =="]
        else:
            out += [hname, ""]
        if is_exp(c):
            for e in c:
                d = drange(e, R["ds"], R["present"], R["dash"])
                if lay == "portal":
                    out.append(f"Company : {e.org}" + (f", {e.loc}" if e.loc else ""))
                    out.append(f"Designation : {e.title}")
                    out.append(f"Duration : {d}")
                    if e.bullets:
                        out.append("Roles & Responsibilities :")
                        out += [f"  * {b}" for b in e.bullets]
                else:
                    for left, right, s in hdr_lines(e, R, prev):
                        out.append(left + (f"      {right}" if right else ""))
                    if e.prose and e.bullets:
                        out.append(" ".join(e.bullets))
                    else:
                        out += [f"  - {b}" for b in e.bullets]
                prev = e.org
                out.append("")
        elif isinstance(c, list):
            out += [("  > " if lay == "portal" else "- ") + i for i in c]
        else:
            out.append(c)
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_html(R, path):
    esc = html.escape; lay = R["layout"]
    css = {"cards": "body{font-family:Georgia,serif;max-width:780px;margin:auto}.job{border-left:3px solid #7a9;padding-left:10px;margin:10px 0}.d{color:#666;float:right}",
           "table": "body{font-family:Arial,sans-serif;max-width:820px;margin:auto}td.d{text-align:right;color:#555;white-space:nowrap}table{width:100%}",
           "twocol": "body{font-family:Helvetica,sans-serif;display:flex}.side{width:28%;background:#eef2f6;padding:12px}.main{width:70%;padding:12px}.d{font-style:italic}"}[lay]
    h = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(R['name'])} – Résumé</title><style>{css}</style></head><body>"]
    contact = "".join(f"<div>{esc(x)}</div>" for x in R["contact"])
    if lay == "twocol":
        h.append(f"<div class='side'><h1>{esc(R['name'])}</h1>{contact}")
        for hname, c in R["sections"]:
            if hname in ("Education", "Certifications"):
                h.append(f"<h3>{esc(hname)}</h3><ul>" + "".join(f"<li>{esc(i)}</li>" for i in c) + "</ul>")
        h.append("</div><div class='main'>")
    else:
        h.append(f"<header><h1>{esc(R['name'])}</h1>{contact}</header>")
    prev = None
    for hname, c in R["sections"]:
        if lay == "twocol" and hname in ("Education", "Certifications"):
            continue
        h.append(f"<h2>{esc(hname)}</h2>")
        if is_exp(c):
            for e in c:
                hl = hdr_lines(e, R, prev); prev = e.org
                if lay == "table":
                    h.append("<table>" + "".join(f"<tr><td>{'<b>' if s == 'b' else ''}{esc(l)}{'</b>' if s == 'b' else ''}</td><td class='d'>{esc(r)}</td></tr>" for l, r, s in hl) + "</table>")
                else:
                    h.append("<div class='job'>" + "".join(
                        (f"<span class='d'>{esc(r)}</span>" if r else "") + (f"<h3>{esc(l)}</h3>" if s == "b" else f"<div><em>{esc(l)}</em></div>")
                        for l, r, s in hl))
                if e.bullets:
                    h.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>")
                if lay != "table":
                    h.append("</div>")
        elif isinstance(c, list):
            h.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in c) + "</ul>")
        else:
            h.append(f"<p>{esc(c)}</p>")
    if lay == "twocol":
        h.append("</div>")
    h.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(h) + "\n")


def render_md(R, path):
    lay = R["layout"]; out = [f"# {R['name']}", "", " · ".join(R["contact"]), ""]
    for hname, c in R["sections"]:
        out += [f"## {hname}", ""]
        if is_exp(c):
            for e in c:
                d = drange(e, R["ds"], R["present"], R["dash"])
                ol = ", ".join(x for x in (e.org, e.loc) if x)
                if lay == "h3":
                    out += [f"### {e.title}", f"**{e.org}**" + (f", {e.loc}" if e.loc else "") + (f" · {d}" if d else ""), ""]
                else:
                    out += [f"**{e.title}** — {ol}" + ("  " if d else ""), ]
                    if d:
                        out.append(f"*{d}*")
                    out.append("")
                out += [f"- {b}" for b in e.bullets]
                out.append("")
        elif isinstance(c, list):
            out += [f"- {i}" for i in c] + [""]
        else:
            out += [c, ""]
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "html": render_html, "md": render_md}
