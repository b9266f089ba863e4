"""Renderers for wild78: reportlab canvas, fpdf2 (DejaVu), python-docx, txt, md, html.
Each résumé dict is turned into logical lines first (entry_lines), then drawn."""
import datetime, html, io, zipfile
from lib import fmt

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def dates(d, e):
    return fmt(e, d.get("ds", "mon"), d.get("pw", "Present"), d.get("sep", " – "))


def place(*parts):
    return ", ".join(p for p in parts if p)


def entry_lines(d, e, prev):
    """Logical lines: (kind, text, right). kinds: H sub-heading, T bold line, S semi-bold line,
    I plain/italic line, L label, B bullet, P paragraph."""
    h, out, dt = d.get("hdr", "title_org"), [], dates(d, e)
    if e.head:
        out.append(("H", e.head, ""))
    if h == "title_org":
        out += [("T", e.title, dt), ("I", place(e.org, e.loc), "")]
    elif h == "org_title":
        out += [("T", place(e.org, e.loc), dt), ("I", e.title, "")]
    elif h == "dash":
        out.append(("T", f"{e.title} – {place(e.org, e.loc)}" if e.org else e.title, dt))
    elif h == "dash2":
        out.append(("T", f"{e.title} - {place(e.org, e.loc)}" + (f" ({dt})" if dt else ""), ""))
    elif h == "pipe":
        out.append(("T", " | ".join(p for p in (e.title, e.org, e.loc) if p), dt))
    elif h == "dateline":
        out += [("T", e.title, ""), ("I", place(e.org, e.loc), ""), ("I", dt, "")]
    elif h == "datesfirst":
        out += [("S", dt, ""), ("T", e.title, ""), ("I", place(e.org, e.loc), "")]
    elif h == "datescolon":
        out += [("T", f"{dt}: {e.title}", ""), ("I", place(e.org, e.loc), "")]
    elif h == "labelled":
        lab = d.get("labels", ("Position", "Organisation", "Location", "Period"))
        out.append(("T", f"{lab[0]}: {e.title}", ""))
        if e.org:
            out.append(("I", f"{lab[1]}: {e.org}", ""))
        if e.loc:
            out.append(("I", f"{lab[2]}: {e.loc}", ""))
        out.append(("I", f"{lab[3]}: {dt}", ""))
    elif h == "orgfirst":
        if prev is None or prev.org != e.org or e.head:
            out.append(("T", e.org or "", ""))
        out.append(("S", e.title, dt))
        if e.loc:
            out.append(("I", e.loc, ""))
    elif h == "inline":
        out.append(("T", f"{e.title}, {place(e.org, e.loc)} ({dt})", ""))
    else:
        raise ValueError(h)
    if e.bullets:
        if e.resp:
            out.append(("L", e.resp, ""))
        if d.get("bul") == "para":
            out.append(("P", " ".join(e.bullets), ""))
        else:
            out += [("B", b, "") for b in e.bullets]
    if e.note:
        out.append(("I", e.note, ""))
    return out


def all_blocks(d):
    """List of ('SEC', heading) / ('TXT', line) / ('ENT', [logical lines]) in order."""
    out = []
    for head, items in d.get("pre", []):
        out.append(("SEC", head))
        out += [("TXT", x) for x in items]
    out.append(("SEC", d["exp"]))
    prev = None
    for e in d["entries"]:
        out.append(("ENT", entry_lines(d, e, prev)))
        prev = e
    for head, items in d.get("post", []):
        out.append(("SEC", head))
        out += [("TXT", x) for x in items]
    return out


def bchar(d):
    b = d.get("bul", "•")
    return "" if b in ("", "para") else b + " "

# ---------------------------------------------------------------- reportlab


def reportlab(d, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    size = letter if d.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"]); c.setAuthor(d["name"]); c.setCreator("Microsoft Word")
    lay = d.get("layout", "plain")
    side = lay == "sidebar"
    X0 = 215 if side else 54
    X1 = W - 48
    st = {"y": H - 60, "page": 1}
    foot = d.get("footer")

    def footer():
        if foot:
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, foot.format(p=st["page"]))

    def need(h):
        if st["y"] - h < 60:
            footer(); c.showPage(); st["page"] += 1; st["y"] = H - 60

    def text(t, font="Helvetica", sz=10, x=None, right=None, lead=13):
        x = X0 if x is None else x
        wid = X1 - x - (c.stringWidth(right, "Helvetica", sz) + 10 if right else 0)
        lines = simpleSplit(t, font, sz, wid) or [""]
        need(lead * len(lines))
        for i, ln in enumerate(lines):
            c.setFont(font, sz); c.drawString(x, st["y"], ln)
            if right and i == 0:
                c.setFont("Helvetica", sz); c.drawRightString(X1, st["y"], right)
            st["y"] -= lead

    # header
    if side:
        c.setFillColorRGB(*d.get("shade", (0.9, 0.93, 0.96)))
        c.rect(0, 0, 190, H, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(d["name"], "Helvetica-Bold", 15, 160):
            c.drawString(20, sy, ln); sy -= 18
        sy -= 6
        for head, items in d.get("side", []):
            c.setFont("Helvetica-Bold", 10); c.drawString(20, sy, head); sy -= 14
            for it in items:
                for ln in simpleSplit(it, "Helvetica", 8.5, 158):
                    c.setFont("Helvetica", 8.5); c.drawString(20, sy, ln); sy -= 11
            sy -= 8
        if d.get("tagline"):
            text(d["tagline"], "Helvetica-Oblique", 11)
            st["y"] -= 6
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 18); c.drawString(X0, st["y"], d["name"])
        if d.get("tagline"):
            c.setFont("Helvetica", 10); c.drawString(X0, st["y"] - 16, d["tagline"])
        yy = st["y"] + 4
        for ln in d["contact"]:
            c.setFont("Helvetica", 8.5); c.drawRightString(X1, yy, ln); yy -= 11
        st["y"] = min(st["y"] - 30, yy - 4)
        c.line(X0, st["y"] + 6, X1, st["y"] + 6); st["y"] -= 10
    else:
        c.setFont("Helvetica-Bold", 17)
        if d.get("centre"):
            c.drawCentredString(W / 2, st["y"], d["name"])
        else:
            c.drawString(X0, st["y"], d["name"])
        st["y"] -= 18
        if d.get("tagline"):
            text(d["tagline"], "Helvetica-Oblique", 10)
        for ln in d["contact"]:
            if d.get("centre"):
                c.setFont("Helvetica", 9); c.drawCentredString(W / 2, st["y"], ln); st["y"] -= 12
            else:
                text(ln, sz=9, lead=12)
        st["y"] -= 6
    for kind, val in all_blocks(d):
        if kind == "SEC":
            need(40); st["y"] -= 6
            text(val, "Helvetica-Bold", 11.5, lead=4)
            c.setLineWidth(0.5); c.line(X0, st["y"] + 0, X1, st["y"]); st["y"] -= 12
        elif kind == "TXT":
            text(val, sz=9.5, lead=12.5)
        else:
            need(50)
            for k, t, r in val:
                if k == "H":
                    st["y"] -= 4; text(t, "Helvetica-Bold", 10.5)
                elif k == "T":
                    text(t, "Helvetica-Bold", 10, right=r or None)
                elif k == "S":
                    text(t, "Helvetica-BoldOblique", 9.5, right=r or None)
                elif k == "I":
                    text(t, "Helvetica-Oblique", 9.5)
                elif k == "L":
                    text(t, "Helvetica-Bold", 9, lead=12)
                elif k == "B":
                    b = bchar(d)
                    if b:
                        need(12); c.setFont("Helvetica", 9.5); c.drawString(X0 + 8, st["y"], b.strip())
                    text(t, sz=9.5, x=X0 + 20 if b else X0, lead=12)
                elif k == "P":
                    text(t, sz=9.5, lead=12)
            st["y"] -= 6
    footer()
    c.save()

# ---------------------------------------------------------------- fpdf2


def fpdf2(d, path):
    from fpdf import FPDF
    foot = d.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14); self.set_font("DV", "", 8)
                self.cell(0, 6, foot.format(p=self.page_no()), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(d["name"]); pdf.set_author(d["name"]); pdf.set_creator("Microsoft Word")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    centre = d.get("centre")
    al = "C" if centre else "L"
    pdf.set_font("DV", "B", 16); pdf.cell(0, 9, d["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    if d.get("tagline"):
        pdf.set_font("DV", "I", 10); pdf.cell(0, 6, d["tagline"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for ln in d["contact"]:
        pdf.multi_cell(0, 4.6, ln, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    W = pdf.epw
    for kind, val in all_blocks(d):
        if kind == "SEC":
            pdf.ln(2)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y(); pdf.line(pdf.l_margin, y, pdf.l_margin + W, y); pdf.ln(1.5)
        elif kind == "TXT":
            pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
        else:
            if pdf.get_y() > 255:
                pdf.add_page()
            for k, t, r in val:
                if k in ("T", "S", "H"):
                    pdf.set_font("DV", "B", 10 if k != "S" else 9.5)
                    if r:
                        rw = pdf.get_string_width(r) + 2
                        x, y = pdf.get_x(), pdf.get_y()
                        pdf.multi_cell(W - rw - 3, 5.5, t, new_x="LMARGIN", new_y="NEXT")
                        y2 = pdf.get_y(); pdf.set_xy(pdf.l_margin + W - rw, y)
                        pdf.set_font("DV", "", 9); pdf.cell(rw, 5.5, r, align="R")
                        pdf.set_xy(pdf.l_margin, y2)
                    else:
                        pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
                elif k == "I":
                    pdf.set_font("DV", "I", 9); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
                elif k == "L":
                    pdf.set_font("DV", "B", 8.5); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
                elif k == "B":
                    pdf.set_font("DV", "", 9)
                    b = bchar(d)
                    if b:
                        pdf.set_x(pdf.l_margin + 3); pdf.cell(5, 4.8, b.strip())
                        pdf.multi_cell(W - 8, 4.8, t, new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
                elif k == "P":
                    pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)

# ---------------------------------------------------------------- docx


def docx_render(d, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = docx.Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8)
    doc.styles["Normal"].font.name = d.get("font", "Calibri"); doc.styles["Normal"].font.size = Pt(10.5)
    lay = d.get("layout", "tabs")
    RIGHT = Cm(17)

    def shade(cell, col):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), col); tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr; b = OxmlElement("w:tblBorders")
        for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{n}"); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    body = doc
    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["name"]); r.bold = True; r.font.size = Pt(15)
        for ln in d["contact"]:
            sec.header.add_paragraph(ln).runs[0].font.size = Pt(8.5)
        if d.get("footer"):
            sec.footer.paragraphs[0].text = d["footer"].format(p=1)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2); noborders(t)
        left, right = t.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(11.5)
        shade(left, d.get("fill", "DCE6F0"))
        p = left.paragraphs[0]; r = p.add_run(d["name"]); r.bold = True; r.font.size = Pt(15)
        for head, items in [("Contact", d["contact"])] + d.get("side", []):
            p = left.add_paragraph(); rr = p.add_run(head.upper()); rr.bold = True; rr.font.size = Pt(9.5)
            for it in items:
                q = left.add_paragraph(it); q.runs[0].font.size = Pt(8.5)
        body = right
    else:
        h = doc.add_heading(d["name"], 0) if lay == "styles" else doc.add_paragraph()
        if lay != "styles":
            r = h.add_run(d["name"]); r.bold = True; r.font.size = Pt(17)
        for ln in d["contact"]:
            doc.add_paragraph(ln).runs[0].font.size = Pt(9)
    if d.get("tagline"):
        p = body.add_paragraph(); r = p.add_run(d["tagline"]); r.italic = True

    def para(text="", bold=False, italic=False, style=None, size=None):
        p = body.add_paragraph(style=style) if style else body.add_paragraph()
        if text:
            r = p.add_run(text); r.bold = bold; r.italic = italic
            if size:
                r.font.size = Pt(size)
        return p

    def heading(text):
        if lay == "styles":
            doc.add_heading(text, 1)
        else:
            p = para(text, bold=True, size=12)
            if lay != "sidebar":
                p.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def tabline(t, r, bold=True, italic=False):
        p = body.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11) if lay == "sidebar" else RIGHT, WD_TAB_ALIGNMENT.RIGHT)
        a = p.add_run(t); a.bold = bold; a.italic = italic
        if r:
            p.add_run("\t" + r)
        return p

    bul = d.get("bul", "•")
    for kind, val in all_blocks(d):
        if kind == "SEC":
            heading(val)
        elif kind == "TXT":
            para(val)
        else:
            lines = val
            if lay == "table":
                hdr = [x for x in lines if x[0] in "TSI"]
                rest = [x for x in lines if x[0] not in "TSI"]
                for x in [x for x in lines if x[0] == "H"]:
                    heading(x[1])
                t = doc.add_table(rows=1, cols=2); noborders(t)
                a, b = t.rows[0].cells; a.width = Cm(12.5); b.width = Cm(4.5)
                first = True
                for k, txt, r in hdr:
                    p = a.paragraphs[0] if first else a.add_paragraph()
                    run = p.add_run(txt); run.bold = k in "TS"; run.italic = k == "I"
                    if r:
                        b.paragraphs[0].add_run(r)
                    first = False
                lines = rest
            for k, t, r in lines:
                if k == "H":
                    if lay != "table":
                        heading(t)
                elif k in "TS":
                    if r:
                        tabline(t, r, bold=True, italic=k == "S")
                    else:
                        para(t, bold=True)
                elif k == "I":
                    para(t, italic=True)
                elif k == "L":
                    para(t, bold=True, size=9.5)
                elif k == "B":
                    if bul == "style":
                        para(t, style="List Bullet")
                    else:
                        para(bchar(d) + t)
                elif k == "P":
                    para(t)
    for p in doc.paragraphs:
        p.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = d["name"]; cp.title = "CV"; cp.created = FIXED; cp.modified = FIXED
    cp.last_modified_by = d["name"]; cp.revision = 1; cp.last_printed = FIXED
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

# ---------------------------------------------------------------- text, md, html


def txt(d, path):
    out = [d["name"].upper() if d.get("capsname") else d["name"]]
    if d.get("tagline"):
        out.append(d["tagline"])
    out += d["contact"] + [""]
    ul = d.get("ul", "")
    W = d.get("width", 78)
    for kind, val in all_blocks(d):
        if kind == "SEC":
            out += ["", val] + ([ul * len(val)] if ul else [])
        elif kind == "TXT":
            out.append(val)
        else:
            for k, t, r in val:
                if k == "H":
                    out += ["", t] + ([ul * len(t)] if ul else [])
                elif k in "TS":
                    if r:
                        pad = max(3, W - len(t) - len(r))
                        out.append(t + (" " * pad if d.get("rpad", True) else "  |  ") + r)
                    else:
                        out.append(t)
                elif k in "IL":
                    out.append(t)
                elif k == "B":
                    out.append(bchar(d) + t)
                elif k == "P":
                    out.append(t)
            out.append("")
    s = "\n".join(out).rstrip() + "\n"
    open(path, "w", encoding="utf-8", newline="\r\n" if d.get("crlf") else "\n").write(s)


def md(d, path):
    out = [f"# {d['name']}", ""]
    if d.get("tagline"):
        out += [f"*{d['tagline']}*", ""]
    out += ["  \n".join(d["contact"]), ""]
    hl = d.get("mdh", "###")
    for kind, val in all_blocks(d):
        if kind == "SEC":
            out += ["", f"## {val}", ""]
        elif kind == "TXT":
            out += [val, ""]
        else:
            first = True
            for k, t, r in val:
                if k == "H":
                    out += [f"## {t}", ""]
                elif k in "TS":
                    if first and k == "T":
                        out.append(f"{hl} {t}" + (f" ({r})" if r else "") if hl else f"**{t}**" + (f" — *{r}*" if r else ""))
                    else:
                        out.append(f"**{t}**" + (f" · {r}" if r else "") + "  ")
                    first = False
                elif k == "I":
                    out.append(f"*{t}*  ")
                elif k == "L":
                    out += ["", f"**{t}**", ""]
                elif k == "B":
                    if out[-1] and not out[-1].startswith(("-", "*", "+")):
                        out.append("")
                    out.append(f"{d.get('bul', '-')} {t}")
                elif k == "P":
                    out += ["", t]
            out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def html_render(d, path):
    E = html.escape
    o = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{E(d['name'])} - CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto}h2{border-bottom:1px solid #888}"
         ".r{float:right}.job{margin-bottom:10px}</style>", "</head><body>", f"<h1>{E(d['name'])}</h1>"]
    if d.get("tagline"):
        o.append(f"<p><em>{E(d['tagline'])}</em></p>")
    o.append("<p>" + "<br>".join(E(x) for x in d["contact"]) + "</p>")
    inlist = False
    for kind, val in all_blocks(d):
        if kind == "SEC":
            o.append(f"<h2>{E(val)}</h2>")
        elif kind == "TXT":
            o.append(f"<p>{E(val)}</p>")
        else:
            o.append('<div class="job">')
            for k, t, r in val:
                if k != "B" and inlist:
                    o.append("</ul>"); inlist = False
                if k == "H":
                    o.append(f"<h2>{E(t)}</h2>")
                elif k in "TS":
                    tag = "h3" if k == "T" else "h4"
                    o.append(f"<{tag}>{E(t)}" + (f' <span class="r">{E(r)}</span>' if r else "") + f"</{tag}>")
                elif k == "I":
                    o.append(f"<p><i>{E(t)}</i></p>")
                elif k == "L":
                    o.append(f"<p><b>{E(t)}</b></p>")
                elif k == "B":
                    if not inlist:
                        o.append("<ul>"); inlist = True
                    o.append(f"<li>{E(t)}</li>")
                elif k == "P":
                    o.append(f"<p>{E(t)}</p>")
            if inlist:
                o.append("</ul>"); inlist = False
            o.append("</div>")
    o.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


RENDER = {"reportlab": reportlab, "fpdf2": fpdf2, "docx": docx_render, "txt": txt, "md": md, "html": html_render}
