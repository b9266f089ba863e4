"""Renderers for wild99: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html as _html
import io
import zipfile

from lib import E, daterange

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def entry_blocks(r, e, prev_org):
    st, pres = r["dates"]
    dr = daterange(e, st, pres, r.get("sep", " – "))
    hdr = r["hdr"]
    ol = ", ".join(x for x in (e.org, e.loc) if x)
    out = [("estart",)]
    if hdr == "title_org":
        out += [("h", e.title, dr)] + ([("sub", ol)] if ol else [])
    elif hdr == "org_title":
        out += [("h", ol or e.title, dr), ("sub", e.title)] if ol else [("h", e.title, dr)]
    elif hdr == "dash":
        out += [("h", e.title + (" – " + ol if ol else ""), dr)]
    elif hdr == "pipe":
        out += [("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), dr)]
    elif hdr == "datefirst":
        out += [("h", f"{dr}    {e.title}", "")] + ([("sub", ol)] if ol else [])
    elif hdr == "dateline":
        out += [("h", e.title, "")] + ([("sub", ol)] if ol else []) + [("sub", dr)]
    elif hdr == "labelled":
        a, b, c = r["labels"]
        out += [("h", f"{a} {e.title}", ""), ("p", f"{b} {ol}"), ("p", f"{c} {dr}")]
    elif hdr == "orgfirst":
        if e.org != prev_org:
            out += [("org", ol)]
        out += [("h", e.title, dr)]
    elif hdr == "inline":
        out += [("h", ", ".join(x for x in (e.title, e.org, e.loc, dr) if x), "")]
    else:
        raise ValueError(hdr)
    if e.bullets:
        if r.get("bullet") == "para":
            out.append(("p", " ".join(e.bullets)))
        else:
            out += [("b", b) for b in e.bullets]
    out.append(("eend",))
    return out


def blocks(r):
    out = []
    for head, content in r["sections"]:
        out.append(("head", head))
        if isinstance(content, str):
            out.append(("p", content))
        elif content and isinstance(content[0], E):
            prev = None
            for e in content:
                out += entry_blocks(r, e, prev)
                prev = e.org
        else:
            out += [("li", x) for x in content]
    return out


def bchar(r):
    b = r.get("bullet", "•")
    return "" if b in ("para", "none") else b


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    o = r.get("opts", set())
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(r["name"]); c.setAuthor(r["name"]); c.setCreator("Microsoft® Word")
    W, H = letter
    side = "sidebar" in o
    x0, x1 = (196 if side else 56), W - 50
    st = {"y": H - 56, "page": 1}
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

    def footer():
        if "footer" in o:
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, f"{r['name']} – {r.get('footer_word', 'Page')} {st['page']}")

    def newpage():
        footer(); c.showPage(); st["page"] += 1; st["y"] = H - 56

    def line(text, font=F, size=10, x=None, lead=None, right=None):
        x = x0 if x is None else x
        lead = lead or size * 1.35
        maxw = x1 - x - (c.stringWidth(right, font, size) + 12 if right else 0)
        parts = simpleSplit(text, font, size, maxw) or [""]
        for i, p in enumerate(parts):
            if st["y"] < 64:
                newpage()
            c.setFont(font, size)
            c.drawString(x, st["y"], p)
            if right and i == 0:
                c.drawRightString(x1, st["y"], right)
            st["y"] -= lead

    if side:
        c.setFillColorRGB(0.90, 0.93, 0.96); c.rect(0, 0, 178, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 56
        c.setFont(FB, 15)
        for p in simpleSplit(r["name"], FB, 15, 140):
            c.drawString(22, sy, p); sy -= 19
        sy -= 6
        for head, cont in [("", r["contact"])] + r.get("side", []):
            if head:
                sy -= 8; c.setFont(FB, 10); c.drawString(22, sy, head); sy -= 14
            for item in ([cont] if isinstance(cont, str) else cont):
                for p in simpleSplit(item, F, 8.5, 140):
                    c.setFont(F, 8.5); c.drawString(22, sy, p); sy -= 11
    elif "twocol" in o:
        c.setFont(FB, 20); c.drawString(x0, st["y"], r["name"])
        yy = st["y"] + 6
        c.setFont(F, 9)
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln); yy -= 11
        st["y"] = min(st["y"] - 16, yy) - 4
        if r.get("headline"):
            line(r["headline"], FI, 10.5)
        c.line(x0, st["y"] + 4, x1, st["y"] + 4); st["y"] -= 10
    else:
        if "center" in o:
            c.setFont(FB, 18); c.drawCentredString(W / 2, st["y"], r["name"]); st["y"] -= 18
            c.setFont(F, 9.5)
            for ln in r["contact"]:
                c.drawCentredString(W / 2, st["y"], ln); st["y"] -= 12
        else:
            line(r["name"], FB, 18, lead=22)
            for ln in r["contact"]:
                line(ln, F, 9.5)
        if r.get("headline"):
            line(r["headline"], FI, 10.5)
        st["y"] -= 6
    bc = bchar(r)
    for b in blocks(r):
        k = b[0]
        if k == "head":
            st["y"] -= 8
            if st["y"] < 110:
                newpage()
            line(b[1].upper() if "caps" in o else b[1], FB, 11.5, lead=14)
            c.setLineWidth(0.5); c.line(x0, st["y"] + 9, x1, st["y"] + 9); st["y"] -= 3
        elif k == "estart":
            if st["y"] < 120:
                newpage()
            st["y"] -= 3
        elif k == "h":
            line(b[1], FB, 10.5, right=b[2] or None)
        elif k == "org":
            line(b[1], FB, 11)
        elif k == "sub":
            line(b[1], FI, 10)
        elif k == "b":
            line(f"{bc} {b[1]}" if bc else b[1], F, 9.5, x=x0 + 8)
        elif k in ("p", "li"):
            line((f"{bc} " if (k == "li" and bc and "plainlists" not in o) else "") + b[1], F, 9.5)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", set())

    class P(FPDF):
        def footer(self):
            if "footer" in o:
                self.set_y(-12); self.set_font("dj", "", 8)
                self.cell(0, 5, f"{r['name']} · {r.get('footer_word', 'Page')} {self.page_no()}", align="C")

    pdf = P(format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"]); pdf.set_author(r["name"]); pdf.set_creator("Google Docs")
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    side = "sidebar" in o
    if side:
        pdf.set_fill_color(232, 238, 232); pdf.rect(0, 0, 64, 279.4, style="F")
        pdf.set_xy(7, 16); pdf.set_font("dj", "B", 13)
        pdf.multi_cell(52, 6, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "", 7.5)
        for ln in r["contact"]:
            pdf.set_x(7); pdf.multi_cell(52, 4, ln, new_x="LMARGIN", new_y="NEXT")
        for head, cont in r.get("side", []):
            pdf.ln(3); pdf.set_x(7); pdf.set_font("dj", "B", 9); pdf.cell(52, 5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dj", "", 7.5)
            for item in ([cont] if isinstance(cont, str) else cont):
                pdf.set_x(7); pdf.multi_cell(52, 4, item, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(72); pdf.set_xy(72, 16)
    elif "twocol" in o:
        pdf.set_font("dj", "B", 18); y = pdf.get_y()
        pdf.cell(100, 9, r["name"])
        pdf.set_font("dj", "", 8.5); pdf.set_xy(110, y)
        for ln in r["contact"]:
            pdf.set_x(110); pdf.cell(0, 4.2, ln, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 10) + 2)
        if r.get("headline"):
            pdf.set_font("dj", "I", 10); pdf.multi_cell(0, 5, r["headline"], new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1); pdf.ln(3)
    else:
        al = "C" if "center" in o else "L"
        pdf.set_font("dj", "B", 17); pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "", 9)
        for ln in r["contact"]:
            pdf.cell(0, 4.6, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        if r.get("headline"):
            pdf.ln(1); pdf.set_font("dj", "I", 10)
            pdf.multi_cell(0, 5, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    bc = bchar(r)
    for b in blocks(r):
        k = b[0]
        if k == "head":
            pdf.ln(3)
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.set_font("dj", "B", 11)
            pdf.cell(0, 6, b[1].upper() if "caps" in o else b[1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "estart":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(1)
        elif k == "h":
            pdf.set_font("dj", "B", 10)
            avail = pdf.w - pdf.r_margin - pdf.l_margin
            rw = pdf.get_string_width(b[2]) + 3 if b[2] else 0
            if b[2] and pdf.get_string_width(b[1]) + rw < avail:
                pdf.cell(avail - rw, 5.2, b[1])
                pdf.set_font("dj", "", 9)
                pdf.cell(rw, 5.2, b[2], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
                if b[2]:
                    pdf.set_font("dj", "", 9); pdf.cell(0, 5, b[2], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "org":
            pdf.set_font("dj", "B", 10.5); pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "sub":
            pdf.set_font("dj", "I", 9.5); pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("dj", "", 9.2); pdf.set_x(pdf.l_margin + 3)
            pdf.multi_cell(0, 4.6, f"{bc} {b[1]}" if bc else b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "li"):
            pdf.set_font("dj", "", 9.2)
            t = (f"{bc} " if (k == "li" and bc and "plainlists" not in o) else "") + b[1]
            pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill); tcPr.append(shd)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def _par(cont, text="", style=None):
    ps = cont.paragraphs
    if hasattr(cont, "_tc") and len(ps) == 1 and not ps[0].text and not ps[0].runs:
        p = ps[0]
        if style:
            p.style = style
        if text:
            p.add_run(text)
        return p
    return cont.add_paragraph(text, style=style) if style else cont.add_paragraph(text)


def render_docx(r, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt
    o = r.get("opts", set())
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    doc.styles["Normal"].font.name = r.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    if "header" in o:
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"]); run.bold = True; run.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(r["contact"]))
    else:
        p = doc.add_paragraph(); run = p.add_run(r["name"]); run.bold = True; run.font.size = Pt(20)
        if "center" in o:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if "layout" not in o:
            for ln in r["contact"]:
                q = doc.add_paragraph(ln)
                if "center" in o:
                    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if "footer" in o:
        sec.footer.paragraphs[0].text = r.get("footer_text", r["name"])
    if r.get("headline"):
        q = doc.add_paragraph(); q.add_run(r["headline"]).italic = True
    body = doc
    width_main = textw
    if "layout" in o:
        t = doc.add_table(rows=1, cols=2); _noborders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        lc, rc = t.rows[0].cells
        lc.width = Inches(2.2); rc.width = textw - Inches(2.2)
        _shade(lc, "DCE6F0")
        for ln in r["contact"]:
            _par(lc, ln)
        for head, cont in r.get("side", []):
            p = _par(lc); p.add_run(head).bold = True
            for item in ([cont] if isinstance(cont, str) else cont):
                _par(lc, item)
        body = rc
        width_main = textw - Inches(2.2)
    bc = bchar(r)
    target = body
    cur = None
    for b in blocks(r):
        k = b[0]
        if k == "head":
            if "styles" in o:
                _par(body, b[1], "Heading 1" if "layout" not in o else "Heading 2")
            else:
                p = _par(body); run = p.add_run(b[1].upper() if "caps" in o else b[1]); run.bold = True
                run.font.size = Pt(12)
        elif k == "estart":
            if "table" in o:
                t = body.add_table(rows=1, cols=2); _noborders(t)
                cur = t.rows[0].cells
                cur[0].width = width_main - Inches(1.7); cur[1].width = Inches(1.7)
                target = cur[0]
        elif k == "eend":
            target, cur = body, None
            if "table" in o:
                _par(body, "")
        elif k == "h":
            if cur is not None:
                p = _par(target); p.add_run(b[1]).bold = True
                if b[2]:
                    q = _par(cur[1], b[2]); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif "tabs" in o and b[2]:
                p = _par(target)
                p.paragraph_format.tab_stops.add_tab_stop(width_main, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(b[1]).bold = True
                p.add_run("\t" + b[2])
            else:
                if "styles" in o and "layout" not in o:
                    p = _par(target, None, "Heading 3"); p.add_run(b[1])
                else:
                    p = _par(target); p.add_run(b[1]).bold = True
                if b[2]:
                    p.add_run(("  " if "styles" in o else ", ") + b[2]).bold = False
        elif k == "org":
            p = _par(target); rr = p.add_run(b[1]); rr.bold = True; rr.font.size = Pt(11.5)
        elif k == "sub":
            p = _par(target); p.add_run(b[1]).italic = True
        elif k in ("b", "li"):
            if "styles" in o or "listbullets" in o:
                _par(target, b[1], "List Bullet")
            else:
                _par(target, f"{bc} {b[1]}" if bc else b[1])
        elif k == "p":
            _par(target, b[1])
    cp = doc.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = ""; cp.revision = 1
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text family
def render_txt(r, path):
    o = r.get("opts", set())
    Wd = 78
    L = [r["name"].upper() if "capsname" in o else r["name"]] + list(r["contact"])
    if r.get("headline"):
        L += ["", r["headline"]]
    bc = bchar(r)
    import textwrap
    for b in blocks(r):
        k = b[0]
        if k == "head":
            L.append("")
            if "caps" in o:
                L.append(b[1].upper())
                if "underline" in o:
                    L.append("=" * len(b[1]))
            elif "colon" in o:
                L.append(b[1] + ":")
            else:
                L += [b[1], "-" * len(b[1])]
        elif k == "estart":
            if L and L[-1] != "":
                L.append("")
        elif k == "h":
            left, right = b[1], b[2]
            mode = r.get("txt_right", "pad")
            if not right:
                L.append(left)
            elif mode == "pad" and len(left) + len(right) + 3 <= Wd:
                L.append(left + " " * (Wd - len(left) - len(right)) + right)
            elif mode == "paren":
                L.append(f"{left} ({right})")
            elif mode == "below":
                L += [left, right]
            else:
                L.append(f"{left}, {right}")
        elif k in ("org", "sub"):
            L.append(b[1])
        elif k == "b":
            L.append(f"{bc} {b[1]}" if bc else b[1])
        elif k == "p":
            L += textwrap.wrap(b[1], Wd) if "nowrap" not in o else [b[1]]
        elif k == "li":
            L.append(f"{bc} {b[1]}" if bc and "plainlists" not in o else b[1])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    o = r.get("opts", set())
    L = [f"# {r['name']}", ""]
    L += [ln + "  " for ln in r["contact"]]
    if r.get("headline"):
        L += ["", f"_{r['headline']}_"]
    bm = r.get("bullet", "-") if r.get("bullet") in ("-", "*", "+") else "-"
    for b in blocks(r):
        k = b[0]
        if k == "head":
            L += ["", f"## {b[1]}", ""]
        elif k == "estart":
            if L[-1] != "":
                L.append("")
        elif k == "h":
            if "boldh" in o:
                L.append(f"**{b[1]}**" + (f" — *{b[2]}*  " if b[2] else "  "))
            else:
                L.append(f"### {b[1]}")
                if b[2]:
                    L += ["", f"*{b[2]}*", ""]
        elif k == "org":
            L += [f"### {b[1]}", ""]
        elif k == "sub":
            L.append(f"_{b[1]}_  " if "boldh" in o else f"{b[1]}  ")
        elif k == "b":
            if L[-1].endswith("  "):
                L.append("")
            L.append(f"{bm} {b[1]}")
        elif k == "p":
            L += ["", b[1]] if L[-1] != "" else [b[1]]
        elif k == "li":
            L.append(f"{bm} {b[1]}")
        elif k == "eend":
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.strip() + "\n")


def render_html(r, path):
    o = r.get("opts", set())
    h = _html.escape
    lang = r.get("lang", "es")
    L = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
         f"<title>{h(r['name'])} – CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;color:#222}"
         "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
         ".d{float:right;font-weight:normal;color:#555}h3{font-size:14px;margin:10px 0 2px}"
         ".o{font-style:italic;margin:0}</style>", "</head>", "<body>", f"<h1>{h(r['name'])}</h1>"]
    L.append("<p>" + "<br>".join(h(x) for x in r["contact"]) + "</p>")
    if r.get("headline"):
        L.append(f"<p><em>{h(r['headline'])}</em></p>")
    inlist = False
    bc = bchar(r)
    for b in blocks(r):
        k = b[0]
        if k in ("b", "li") and not inlist and "nolist" not in o:
            L.append("<ul>"); inlist = True
        if k not in ("b", "li") and inlist:
            L.append("</ul>"); inlist = False
        if k == "head":
            L.append(f"<h2>{h(b[1])}</h2>")
        elif k == "estart":
            L.append('<div class="job">')
        elif k == "eend":
            L.append("</div>")
        elif k == "h":
            if "tablehdr" in o and b[2]:
                L.append(f'<table width="100%"><tr><td><b>{h(b[1])}</b></td>'
                         f'<td align="right">{h(b[2])}</td></tr></table>')
            else:
                L.append(f"<h3>{h(b[1])}" + (f' <span class="d">{h(b[2])}</span>' if b[2] else "") + "</h3>")
        elif k == "org":
            L.append(f"<h3 class=\"emp\">{h(b[1])}</h3>")
        elif k == "sub":
            L.append(f'<p class="o">{h(b[1])}</p>')
        elif k in ("b", "li"):
            if "nolist" in o:
                L.append(f"<p>{h(bc + ' ' if bc else '')}{h(b[1])}</p>")
            else:
                L.append(f"<li>{h(b[1])}</li>")
        elif k == "p":
            L.append(f"<p>{h(b[1])}</p>")
    if inlist:
        L.append("</ul>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
