"""Renderers: a résumé dict -> neutral item list -> PDF (reportlab / fpdf2), DOCX, txt, md, html."""
import datetime
import html as H
import io
import zipfile
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)


# ---------------------------------------------------------------- item model
def _dates(r, e):
    return fmt_range(e, r.get("ds", "fr_abbr"), r.get("present", "Présent"), r.get("sep", " – "),
                     r.get("pattern"))


def _ol(e, sep=", "):
    return sep.join(x for x in (e["organization"], e["location"]) if x)


def entry_items(r, e, prev_org=None):
    hs = r.get("hs", "title_org")
    d = _dates(r, e)
    it = []
    t, o = e["title"], e["organization"]
    if hs == "title_org":
        it.append(("row", t, d, True))
        if _ol(e):
            it.append(("l", _ol(e), "i"))
    elif hs == "org_title":
        it.append(("row", _ol(e) or t, d, True))
        if _ol(e):
            it.append(("l", t, "i"))
    elif hs == "dash":
        it.append(("row", f"{t} – {_ol(e)}" if _ol(e) else t, d, True))
    elif hs == "pipe":
        parts = [t] + [x for x in (o, e["location"]) if x] + [d]
        it.append(("l", " | ".join(parts), "b"))
    elif hs == "datefirst":
        it.append(("l", f"{d}  ·  {t}" + (f" — {_ol(e)}" if _ol(e) else ""), "b"))
    elif hs == "datecolon":
        it.append(("l", f"{d} : {t}" + (f", {o}" if o else "") + (f" ({e['location']})" if e["location"] else ""), "b"))
    elif hs == "labelled":
        lab = r.get("labels", ("Poste", "Entreprise", "Période"))
        it.append(("l", f"{lab[0]} : {t}", "b"))
        if _ol(e):
            it.append(("l", f"{lab[1]} : {_ol(e, ' – ')}", ""))
        it.append(("l", f"{lab[2]} : {d}", ""))
    elif hs == "dateline":
        it.append(("l", t, "b"))
        if _ol(e):
            it.append(("l", _ol(e), ""))
        it.append(("l", d, "i"))
    elif hs == "inline":
        it.append(("l", ", ".join([t] + [x for x in (o, e["location"]) if x] + [d]), "b"))
    elif hs == "orgfirst":
        if o != prev_org:
            it.append(("l", _ol(e, " — ") or "", "b"))
        it.append(("row", t, d, False))
    else:
        raise ValueError(hs)
    if e["_note"]:
        it.append(("l", e["_note"], "i"))
    b = r.get("bullet", "•")
    if e["bullets"]:
        if b == "para":
            it.append(("p", " ".join(x if x.endswith(".") else x + "." for x in e["bullets"])))
        else:
            for x in e["bullets"]:
                it.append(("b", x))
    it.append(("gap",))
    return it


def model(r):
    """Returns (side, main) item lists."""
    side, main = [], []
    head = [("name", r["name"])]
    if r.get("headline"):
        head.append(("l", r["headline"], "i"))
    if r.get("layout") == "sidebar":
        main += head
        side += [("contact", c) for c in r["contact"]]
    else:
        main += head + [("contact", c) for c in r["contact"]]
    for blk in r["blocks"]:
        kind, heading, body = blk[0], blk[1], blk[2]
        if kind == "pb":
            main.append(("pb",))
            continue
        tgt = side if (kind == "side" and r.get("layout") == "sidebar") else main
        tgt.append(("h", heading))
        if kind in ("text", "side"):
            for line in body:
                if isinstance(line, tuple):
                    tgt.append(line)
                else:
                    tgt.append(("p", line))
            tgt.append(("gap",))
        elif kind == "list":
            for line in body:
                tgt.append(("b", line))
            tgt.append(("gap",))
        elif kind == "exp":
            prev = None
            for e in body:
                tgt += entry_items(r, e, prev)
                prev = e["organization"]
    return side, main


def all_entries(r):
    return [e for blk in r["blocks"] if blk[0] == "exp" for e in blk[2]]


# ---------------------------------------------------------------- text family
def render_txt(r):
    side, main = model(r)
    items = main + ([("h", "")] + side if side else [])
    bch = r.get("bullet", "•")
    W = 78
    out = []
    for it in items:
        k = it[0]
        if k == "name":
            out.append(it[1].upper() if r.get("caps_name") else it[1])
        elif k == "contact":
            out.append(it[1])
        elif k == "h":
            if not it[1]:
                continue
            out.append("")
            if r.get("txt_head") == "underline":
                out += [it[1].upper(), "-" * len(it[1])]
            elif r.get("txt_head") == "equals":
                out.append(f"=== {it[1]} ===")
            else:
                out.append(it[1].upper())
        elif k == "p":
            out.append(it[1])
        elif k == "b":
            out.append(f"{bch} {it[1]}" if bch not in ("", "para") else it[1])
        elif k == "row":
            l, rt = it[1], it[2]
            if r.get("txt_row") == "pad" and len(l) + len(rt) < W - 2:
                out.append(l + " " * (W - len(l) - len(rt)) + rt)
            elif r.get("txt_row") == "paren":
                out.append(f"{l} ({rt})")
            else:
                out.append(f"{l}    {rt}")
        elif k == "l":
            out.append(it[1])
        elif k == "gap":
            out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_md(r):
    side, main = model(r)
    items = main + side
    bch = r.get("bullet", "-")
    if bch not in ("-", "*", "+"):
        bch = "-"
    h3 = r.get("layout") == "h3"
    out = []
    for it in items:
        k = it[0]
        if k == "name":
            out += [f"# {it[1]}", ""]
        elif k == "contact":
            out.append(it[1] + "  ")
        elif k == "h":
            out += ["", f"## {it[1]}", ""]
        elif k == "p":
            out += [it[1], ""]
        elif k == "b":
            out.append(f"{bch} {it[1]}")
        elif k == "row":
            if h3:
                out += [f"### {it[1]}", f"*{it[2]}*", ""]
            else:
                out += [f"**{it[1]}** — {it[2]}  "]
        elif k == "l":
            s = {"b": f"**{it[1]}**", "i": f"*{it[1]}*", "": it[1]}.get(it[2], it[1])
            out.append(s + "  ")
        elif k == "gap":
            out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_html(r):
    side, main = model(r)
    e = H.escape

    def block(items):
        out, inlist = [], False
        for it in items:
            k = it[0]
            if k != "b" and inlist:
                out.append("</ul>")
                inlist = False
            if k == "name":
                out.append(f"<h1>{e(it[1])}</h1>")
            elif k == "contact":
                out.append(f'<p class="contact">{e(it[1])}</p>')
            elif k == "h":
                out.append(f"<h2>{e(it[1])}</h2>")
            elif k == "p":
                out.append(f"<p>{e(it[1])}</p>")
            elif k == "b":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"  <li>{e(it[1])}</li>")
            elif k == "row":
                out.append(f'<div class="job"><strong>{e(it[1])}</strong> <span class="dates">{e(it[2])}</span></div>')
            elif k == "l":
                tag = {"b": "strong", "i": "em"}.get(it[2])
                out.append(f"<p><{tag}>{e(it[1])}</{tag}></p>" if tag else f"<p>{e(it[1])}</p>")
        if inlist:
            out.append("</ul>")
        return "\n".join(out)

    css = ("body{font-family:Arial,sans-serif;max-width:820px;margin:auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
           ".dates{float:right;color:#555}.side{background:#eef;padding:8px}")
    body = block(main)
    if side:
        body = (f'<table><tr><td class="side" valign="top" width="30%">{block(side)}</td>'
                f'<td valign="top">{body}</td></tr></table>')
    doc = (f'<!DOCTYPE html>\n<html lang="{r.get("lang", "fr")}">\n<head>\n<meta charset="utf-8">\n'
           f"<title>CV – {e(r['name'])}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
    return doc.encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(f"CV {r['name']}")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft® Word for Microsoft 365")
    W, Hh = A4
    side, main = model(r)
    lay = r.get("layout", "plain")
    page = [1]
    F = {"": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 25, f"{r['footer']} – {page[0]}")

    def flow(items, x, w, y, top):
        for it in items:
            k = it[0]
            if y < 60:
                footer()
                c.showPage()
                page[0] += 1
                y = top
            if k == "name":
                c.setFont("Helvetica-Bold", 20)
                if lay == "twocol":
                    c.drawString(x, y, it[1])
                else:
                    c.drawString(x, y, it[1]) if lay != "centred" else c.drawCentredString(x + w / 2, y, it[1])
                y -= 20
            elif k == "contact":
                c.setFont("Helvetica", 9)
                for ln in simpleSplit(it[1], "Helvetica", 9, w):
                    if lay == "centred":
                        c.drawCentredString(x + w / 2, y, ln)
                    else:
                        c.drawString(x, y, ln)
                    y -= 11
            elif k == "h":
                y -= 6
                c.setFont("Helvetica-Bold", 11.5)
                c.setFillColorRGB(0.1, 0.2, 0.45)
                c.drawString(x, y, it[1].upper() if r.get("caps_head") else it[1])
                c.setFillColorRGB(0, 0, 0)
                c.setLineWidth(0.5)
                c.line(x, y - 3, x + w, y - 3)
                y -= 16
            elif k in ("p", "l"):
                f = F[it[2]] if k == "l" else "Helvetica"
                for ln in simpleSplit(it[1], f, 10, w):
                    c.setFont(f, 10)
                    c.drawString(x, y, ln)
                    y -= 12.5
            elif k == "b":
                lines = simpleSplit(it[1], "Helvetica", 10, w - 12)
                c.setFont("Helvetica", 10)
                c.drawString(x + 2, y, r.get("bullet", "•") if r.get("bullet") not in ("", "para") else "")
                for ln in lines:
                    c.drawString(x + 12, y, ln)
                    y -= 12.5
            elif k == "row":
                f = "Helvetica-Bold" if it[3] else "Helvetica"
                lw = c.stringWidth(it[1], f, 10.5)
                rw = c.stringWidth(it[2], "Helvetica", 10)
                c.setFont(f, 10.5)
                if lw + rw + 10 < w:
                    c.drawString(x, y, it[1])
                    c.setFont("Helvetica", 10)
                    c.drawRightString(x + w, y, it[2])
                    y -= 13
                else:
                    for ln in simpleSplit(it[1], f, 10.5, w):
                        c.setFont(f, 10.5)
                        c.drawString(x, y, ln)
                        y -= 13
                    c.setFont("Helvetica", 10)
                    c.drawRightString(x + w, y, it[2])
                    y -= 13
            elif k == "gap":
                y -= 5
            elif k == "pb":
                footer()
                c.showPage()
                page[0] += 1
                y = top
        return y

    top = Hh - 55
    if lay == "sidebar":
        sw = 165
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        flow(side, 18, sw - 32, top - 60, top)
        flow(main, sw + 22, W - sw - 22 - 45, top, top)
    elif lay == "twocol":
        # name left, contact right
        c.setFont("Helvetica-Bold", 20)
        c.drawString(50, top, r["name"])
        c.setFont("Helvetica", 9)
        yy = top + 8
        for ct in r["contact"]:
            c.drawRightString(W - 50, yy, ct)
            yy -= 11
        y = min(top - 24, yy - 6)
        rest = [it for it in main if it[0] not in ("name", "contact")]
        flow(rest, 50, W - 100, y, top)
    else:
        flow(main, 50, W - 100, top, top)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    D = "/usr/share/fonts/truetype/dejavu/"
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, f"{foot} · page {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"CV {r['name']}")
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.add_font("dv", "", D + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    side, main = model(r)
    lay = r.get("layout", "left")
    al = "C" if lay == "centred" else "L"
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for it in main + side:
        k = it[0]
        if k == "name":
            pdf.set_font("dv", "B", 18)
            pdf.cell(0, 10, it[1], align=al, **NL)
        elif k == "contact":
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 4.8, it[1], align=al, **NL)
        elif k == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.set_text_color(30, 60, 110)
            pdf.cell(0, 7, it[1].upper() if r.get("caps_head") else it[1], border="B", **NL)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif k == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, it[1], **NL)
        elif k == "l":
            pdf.set_font("dv", {"b": "B", "i": "I", "": ""}.get(it[2], ""), 9.5)
            pdf.multi_cell(0, 5, it[1], **NL)
        elif k == "b":
            pdf.set_font("dv", "", 9.5)
            bc = r.get("bullet", "•")
            pdf.cell(5, 5, bc if bc not in ("", "para") else "")
            pdf.multi_cell(0, 5, it[1], **NL)
        elif k == "row":
            pdf.set_font("dv", "B" if it[3] else "", 10)
            lw = pdf.get_string_width(it[1])
            pdf.set_font("dv", "", 9.5)
            rw = pdf.get_string_width(it[2])
            full = pdf.w - pdf.l_margin - pdf.r_margin
            pdf.set_font("dv", "B" if it[3] else "", 10)
            if lw + rw + 6 < full:
                pdf.cell(lw + 2, 5.5, it[1])
                pdf.set_font("dv", "", 9.5)
                pdf.cell(0, 5.5, it[2], align="R", **NL)
            else:
                pdf.multi_cell(0, 5.5, it[1], **NL)
                pdf.set_font("dv", "", 9.5)
                pdf.cell(0, 5.5, it[2], align="R", **NL)
        elif k == "gap":
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def render_docx(r):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = "CV"
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    side, main = model(r)
    lay = r.get("layout", "tabs")
    TAB = Inches(6.9)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{s}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def emit(items, cont, tab=TAB):
        for it in items:
            k = it[0]
            if k == "name":
                if lay == "styles":
                    cont.add_paragraph(it[1], style="Title")
                else:
                    p = cont.add_paragraph()
                    rr = p.add_run(it[1])
                    rr.bold = True
                    rr.font.size = Pt(18)
            elif k == "contact":
                cont.add_paragraph(it[1])
            elif k == "h":
                if lay in ("styles", "header"):
                    cont.add_paragraph(it[1], style="Heading 1")
                else:
                    p = cont.add_paragraph()
                    rr = p.add_run(it[1].upper())
                    rr.bold = True
                    rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
            elif k == "p":
                cont.add_paragraph(it[1])
            elif k == "l":
                p = cont.add_paragraph()
                rr = p.add_run(it[1])
                rr.bold = "b" in it[2]
                rr.italic = "i" in it[2]
            elif k == "b":
                if r.get("bullet") == "list" or lay == "styles":
                    cont.add_paragraph(it[1], style="List Bullet")
                else:
                    bc = r.get("bullet", "•")
                    cont.add_paragraph(f"{bc}\t{it[1]}" if bc not in ("", "para") else it[1])
            elif k == "row":
                if lay == "table" and cont is doc:
                    t = doc.add_table(rows=1, cols=2)
                    noborders(t)
                    a, b = t.rows[0].cells
                    a.width, b.width = Inches(4.9), Inches(2.0)
                    ra = a.paragraphs[0].add_run(it[1])
                    ra.bold = it[3]
                    b.paragraphs[0].add_run(it[2])
                    b.paragraphs[0].alignment = 2
                else:
                    p = cont.add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
                    rr = p.add_run(it[1])
                    rr.bold = it[3]
                    p.add_run("\t" + it[2])
            elif k == "pb":
                cont.add_page_break()

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.text = r["name"]
        hp.runs[0].bold = True
        for ct in r["contact"]:
            sec.header.add_paragraph(ct)
        main = [it for it in main if it[0] not in ("name", "contact")]
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"]
    if lay == "sidebar":
        emit([it for it in main if it[0] == "name"], doc)
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Inches(2.1), Inches(4.8)
        shade(a, "DCE6F0")
        emit(side, a)
        emit([it for it in main if it[0] != "name"], b, Inches(4.6))
    else:
        emit(main, doc)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
