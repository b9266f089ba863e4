"""Renderers for wild97: reportlab, fpdf2, python-docx, text, Markdown and HTML."""
import datetime
import html
import io
import zipfile

from lib import frange

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract lines
def _j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_lines(r, sec):
    ds, hdr = r["ds"], sec.get("hdr", "title_org")
    bul = r.get("bul", "•")
    L = r.get("labels", ("Cargo", "Empresa", "Período", "Funciones"))
    out, prev_org = [], object()
    for e in sec["exp"]:
        d = frange(e, ds)
        if hdr == "title_org":
            out += [("hl", e.title, d, "b"), ("hl", _j(e.org, e.loc), None, "i")]
        elif hdr == "org_title":
            out += [("hl", _j(e.org, e.loc, sep=" — "), d, "b"), ("hl", e.title, None, "i")]
        elif hdr == "dateline":
            out += [("hl", e.title, None, "b"), ("hl", _j(e.org, e.loc, sep=" – "), None, "n"), ("hl", d, None, "i")]
        elif hdr == "dash":
            out += [("hl", e.title + (" – " + _j(e.org, e.loc) if e.org or e.loc else ""), d, "b")]
        elif hdr == "pipe":
            out += [("hl", _j(e.title, e.org, e.loc, sep=" | "), d, "b")]
        elif hdr == "datesfirst":
            out += [("hl", d, None, "i"), ("hl", e.title + (" — " + _j(e.org, e.loc) if e.org else ""), None, "b")]
        elif hdr == "inline":
            out += [("hl", f"{e.title}, {_j(e.org, e.loc)} ({d})" if e.org else f"{e.title} ({d})", None, "b")]
        elif hdr == "labelled":
            out += [("hl", f"{L[0]}: {e.title}", None, "b")]
            if e.org:
                out += [("hl", f"{L[1]}: {_j(e.org, e.loc)}", None, "n")]
            out += [("hl", f"{L[2]}: {d}", None, "n")]
            if e.bullets:
                out += [("hl", f"{L[3]}:", None, "n")]
        elif hdr == "orgfirst":
            if e.org != prev_org:
                out += [("hl", _j(e.org.upper() if sec.get("caps") else e.org, e.loc, sep=" — "), None, "b")]
            out += [("hl", e.title, d, "i")]
            prev_org = e.org
        else:
            raise ValueError(hdr)
        if sec.get("para") and e.bullets:
            out.append(("p", " ".join(e.bullets)))
        else:
            for b in e.bullets:
                out.append(("bul", b, bul) if bul else ("p", b))
        out.append(("gap",))
    return out


def body_lines(r, secs=None):
    out = []
    for sec in (secs if secs is not None else r["secs"]):
        out.append(("h", sec["h"]))
        if "exp" in sec:
            out += entry_lines(r, sec)
        for p in sec.get("p", []):
            out.append(("p", p))
        for it in sec.get("items", []):
            b = sec.get("bul", r.get("bul", "•"))
            out.append(("bul", it, b) if b else ("p", it))
        out.append(("gap",))
    return out


def gold_entries(r):
    return [e for sec in r["secs"] if "exp" in sec for e in sec["exp"]]


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    v = r.get("v", ())
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Microsoft Word")
    c.setTitle(r["name"])
    page = [1]
    side = "sidebar" in v
    x0 = 200 if side else 56
    xr = W - 50
    F = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica", "bi": "Helvetica-BoldOblique"}

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=page[0]))

    def sidebar_bg():
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, 175, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    y = H - 60
    if side:
        sidebar_bg()
        sy = H - 60
        c.setFont("Helvetica-Bold", 14)
        for ln in simpleSplit(r["name"], "Helvetica-Bold", 14, 140):
            c.drawString(20, sy, ln); sy -= 18
        c.setFont("Helvetica", 8.5)
        for hl in r.get("head", []):
            for ln in simpleSplit(hl, "Helvetica", 8.5, 140):
                c.drawString(20, sy, ln); sy -= 11
        sy -= 10
        for h, items in r.get("side", []):
            c.setFont("Helvetica-Bold", 10); c.drawString(20, sy, h); sy -= 14
            c.setFont("Helvetica", 8.5)
            for it in items:
                for ln in simpleSplit(it, "Helvetica", 8.5, 140):
                    c.drawString(20, sy, ln); sy -= 11
            sy -= 8
    elif "twocol" in v:
        c.setFont("Helvetica-Bold", 18); c.drawString(x0, y, r["name"])
        c.setFont("Helvetica", 9)
        hy = y + 4
        for hl in r.get("head", []):
            c.drawRightString(xr, hy, hl); hy -= 11
        y = min(y - 18, hy - 6)
        c.line(x0, y + 6, xr, y + 6); y -= 12
    else:
        centred = "centred" in v
        c.setFont("Helvetica-Bold", 17)
        (c.drawCentredString(W / 2, y, r["name"]) if centred else c.drawString(x0, y, r["name"]))
        y -= 16
        c.setFont("Helvetica", 9.5)
        for hl in r.get("head", []):
            (c.drawCentredString(W / 2, y, hl) if centred else c.drawString(x0, y, hl)); y -= 12
        y -= 8
    width = xr - x0

    def need(h):
        nonlocal y
        if y - h < 60:
            footer(); c.showPage(); page[0] += 1
            if side:
                sidebar_bg()
            y = H - 56

    for ln in body_lines(r):
        t = ln[0]
        if t == "gap":
            y -= 5
        elif t == "h":
            need(30); y -= 6
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(x0, y, ln[1].upper() if "caps" in v else ln[1])
            if "rule" in v:
                c.line(x0, y - 3, xr, y - 3)
            y -= 16
        elif t == "hl":
            f = F[ln[3]]
            rw = c.stringWidth(ln[2], "Helvetica", 9.5) + 10 if ln[2] else 0
            lines = simpleSplit(ln[1], f, 10, width - rw)
            need(13 * len(lines))
            c.setFont(f, 10)
            for i, s in enumerate(lines):
                c.drawString(x0, y, s)
                if i == 0 and ln[2]:
                    c.setFont("Helvetica", 9.5); c.drawRightString(xr, y, ln[2]); c.setFont(f, 10)
                y -= 13
        elif t in ("bul", "p"):
            ind = 12 if t == "bul" else 0
            lines = simpleSplit(ln[1], "Helvetica", 9.5, width - ind)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.5)
            if t == "bul":
                c.drawString(x0 + 2, y, ln[2])
            for s in lines:
                c.drawString(x0 + ind, y, s); y -= 12
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fp(r, path):
    from fpdf import FPDF
    v = r.get("v", ())

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-15)
                self.set_font("dv", "", 8)
                self.cell(0, 8, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("LibreOffice")
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    side = "sidebar" in v
    if side:
        pdf.set_fill_color(*r.get("side_rgb255", (232, 238, 230)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(6, 16)
        pdf.set_font("dv", "B", 13)
        pdf.multi_cell(52, 6, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(6)
        pdf.set_font("dv", "", 8)
        for hl in r.get("head", []):
            pdf.set_x(6); pdf.multi_cell(52, 4.2, hl, new_x="LMARGIN", new_y="NEXT")
        for h, items in r.get("side", []):
            pdf.ln(3); pdf.set_x(6); pdf.set_font("dv", "B", 9.5); pdf.cell(52, 6, h, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8)
            for it in items:
                pdf.set_x(6); pdf.multi_cell(52, 4.2, it, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(68)
        pdf.set_xy(68, 16)
    else:
        al = "C" if "centred" in v else "L"
        pdf.set_font("dv", "B", 16)
        pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        if "twocol" in v:
            pdf.cell(0, 5, "   ·   ".join(r.get("head", [])), align=al, new_x="LMARGIN", new_y="NEXT")
        else:
            for hl in r.get("head", []):
                pdf.cell(0, 5, hl, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    W = pdf.w - pdf.r_margin - pdf.l_margin
    S = {"b": "B", "i": "I", "n": "", "bi": "B"}
    for ln in body_lines(r):
        t = ln[0]
        pdf.set_x(pdf.l_margin)
        if t == "gap":
            pdf.ln(1.5)
        elif t == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 7, ln[1].upper() if "caps" in v else ln[1], new_x="LMARGIN", new_y="NEXT",
                     border="B" if "rule" in v else 0)
            pdf.ln(1)
        elif t == "hl":
            pdf.set_font("dv", S[ln[3]], 9.5)
            if ln[2]:
                pdf.set_font("dv", "", 9)
                rw = pdf.get_string_width(ln[2]) + 3
                pdf.set_font("dv", S[ln[3]], 9.5)
                if pdf.get_string_width(ln[1]) < W - rw - 2:
                    pdf.cell(W - rw, 5, ln[1])
                    pdf.set_font("dv", "", 9)
                    pdf.cell(rw, 5, ln[2], align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(W, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("dv", "", 9)
                    pdf.cell(W, 5, ln[2], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(W, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "bul":
            pdf.set_font("dv", "", 9)
            pdf.cell(5, 4.6, ln[2])
            pdf.multi_cell(W - 5, 4.6, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "p":
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(W, 4.6, ln[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    v = r.get("v", ())
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = r.get("font", "Calibri"); st.font.size = Pt(10.5)
    sec0 = doc.sections[0]
    sec0.left_margin = sec0.right_margin = Inches(0.8)
    cp = doc.core_properties
    cp.author = r["name"]; cp.title = "Currículum" if r.get("lang", "es") == "es" else "Currículo"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = r["name"]; cp.revision = 1
    tabpos = Inches(6.9) if "sidebar" not in v else Inches(4.6)

    def container_head(cont):
        if "styles" in v:
            p = cont.add_paragraph(r["name"], style="Title")
        else:
            p = cont.add_paragraph(); run = p.add_run(r["name"]); run.bold = True; run.font.size = Pt(18)
        for hl in r.get("head", []):
            cont.add_paragraph(hl)

    body = doc
    if "header" in v:
        hdr = sec0.header
        hp = hdr.paragraphs[0]; run = hp.add_run(r["name"]); run.bold = True; run.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q = hdr.add_paragraph(" · ".join(r.get("head", []))); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif "sidebar" in v:
        t = doc.add_table(rows=1, cols=2)
        _noborders(t)
        left, right = t.rows[0].cells
        left.width = Inches(2.2); right.width = Inches(4.8)
        _shade(left, r.get("side_hex", "DCE6F0"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        for hl in r.get("head", []):
            left.add_paragraph(hl)
        for h, items in r.get("side", []):
            p = left.add_paragraph(); p.add_run(h.upper()).bold = True
            for it in items:
                left.add_paragraph(it)
        body = right
    else:
        container_head(doc)
    if "footer" in v and r.get("footer"):
        sec0.footer.paragraphs[0].text = r["footer"].format(n=1)

    def add_p(text="", style=None):
        if body is doc:
            return doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
        p = body.add_paragraph(text, style=style) if style else body.add_paragraph(text)
        return p

    first = [body is not doc]
    for ln in body_lines(r):
        t = ln[0]
        if t == "gap":
            continue
        if t == "h":
            if "styles" in v:
                p = add_p(ln[1], style="Heading 1")
            else:
                p = add_p(); run = p.add_run(ln[1].upper() if "caps" in v else ln[1]); run.bold = True
                run.font.size = Pt(12); run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif t == "hl":
            if ln[2] and "table" in v:
                tb = body.add_table(rows=1, cols=2)
                _noborders(tb)
                a, b2 = tb.rows[0].cells
                a.paragraphs[0].add_run(ln[1]).bold = ln[3] in ("b", "bi")
                rp = b2.paragraphs[0]; rp.add_run(ln[2]); rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                continue
            style = "Heading 2" if ("styles" in v and ln[3] == "b") else None
            p = add_p(style=style)
            run = p.add_run(ln[1])
            if style is None:
                run.bold = ln[3] in ("b", "bi"); run.italic = ln[3] in ("i", "bi")
            if ln[2]:
                p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + ln[2])
        elif t == "bul":
            if "styles" in v or "listbul" in v:
                add_p(ln[1], style="List Bullet")
            else:
                add_p(f"{ln[2]} {ln[1]}")
        elif t == "p":
            add_p(ln[1])
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text / md / html
def render_txt(r):
    v = r.get("v", ())
    width = 78
    out = [r["name"].upper() if "capsname" in v else r["name"]]
    out += r.get("head", [])
    out.append("")
    for ln in body_lines(r):
        t = ln[0]
        if t == "gap":
            if out[-1] != "":
                out.append("")
        elif t == "h":
            h = ln[1]
            if "under" in v:
                out += [h, ("=" if "eq" in v else "-") * len(h)]
            elif "colon" in v:
                out.append(h.upper() + ":")
            else:
                out.append(h.upper())
            if "blankafterh" in v:
                out.append("")
        elif t == "hl":
            if ln[2]:
                if "pad" in v and len(ln[1]) + len(ln[2]) < width - 2:
                    out.append(ln[1] + " " * (width - len(ln[1]) - len(ln[2])) + ln[2])
                else:
                    out.append(f"{ln[1]}{r.get('tsep', '  |  ')}{ln[2]}")
            else:
                out.append(ln[1])
        elif t == "bul":
            out.append(f"{r.get('tbul', ln[2])} {ln[1]}")
        elif t == "p":
            out.append(ln[1])
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def render_md(r):
    v = r.get("v", ())
    out = [f"# {r['name']}", ""]
    for hl in r.get("head", []):
        out.append(hl + "  ")
    out.append("")
    for ln in body_lines(r):
        t = ln[0]
        if t == "gap":
            if out[-1] != "":
                out.append("")
        elif t == "h":
            out += [f"## {ln[1]}", ""]
        elif t == "hl":
            if ln[3] == "b":
                s = f"### {ln[1]}" if "h3" in v else f"**{ln[1]}**"
            elif ln[3] == "i":
                s = f"*{ln[1]}*"
            else:
                s = ln[1]
            if ln[2]:
                s += f" — {ln[2]}" if "h3" in v else f" · _{ln[2]}_"
            out.append(s if "h3" in v and ln[3] == "b" else s + "  ")
            if "h3" in v and ln[3] == "b":
                out.append("")
        elif t == "bul":
            if out[-1].endswith("  "):
                out[-1] = out[-1][:-2]; out.append("")
            out.append(f"{r.get('mdbul', '-')} {ln[1]}")
        elif t == "p":
            out.append(ln[1])
    return "\n".join(out).rstrip() + "\n"


def render_html(r):
    v = r.get("v", ())
    E = html.escape
    lang = r.get("lang", "es")
    o = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{E(r["name"])} – CV</title>',
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto}h2{border-bottom:1px solid #999}"
         ".d{float:right;color:#555}.side{background:#eef;padding:8px}</style>\n</head>\n<body>"]
    o.append(f"<h1>{E(r['name'])}</h1>")
    o.append("<p>" + "<br>\n".join(E(h) for h in r.get("head", [])) + "</p>")
    if r.get("side"):
        o.append('<div class="side">')
        for h, items in r["side"]:
            o.append(f"<h3>{E(h)}</h3><p>{' · '.join(E(i) for i in items)}</p>")
        o.append("</div>")
    inul = False
    for ln in body_lines(r):
        t = ln[0]
        if t != "bul" and inul:
            o.append("</ul>"); inul = False
        if t == "h":
            o.append(f"<h2>{E(ln[1])}</h2>")
        elif t == "hl":
            d = f'<span class="d">{E(ln[2])}</span>' if ln[2] else ""
            if ln[3] == "b":
                o.append(f"<h3>{E(ln[1])}{d}</h3>" if "h3" in v else f"<p><strong>{E(ln[1])}</strong>{d}</p>")
            elif ln[3] == "i":
                o.append(f"<p><em>{E(ln[1])}</em>{d}</p>")
            else:
                o.append(f"<p>{E(ln[1])}{d}</p>")
        elif t == "bul":
            if not inul:
                o.append("<ul>"); inul = True
            o.append(f"<li>{E(ln[1])}</li>")
        elif t == "p":
            o.append(f"<p>{E(ln[1])}</p>")
    if inul:
        o.append("</ul>")
    o.append("</body>\n</html>")
    return "\n".join(o) + "\n"
