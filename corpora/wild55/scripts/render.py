"""Renderers for wild55: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML."""
import datetime, html, io, os, zipfile
from lib import fmt_dates

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- intermediate items
def _join(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def job_items(r, entries):
    st, pw, sp = r.get("dstyle", "mon"), r.get("present", "Present"), r.get("sep", " – ")
    order = r.get("order", "title_org")
    out = []
    prev_org = object()
    for e in entries:
        d = fmt_dates(e, st, pw, sp)
        if order == "title_org":
            out.append(("jh", e.title, d))
            s = _join(e.org, e.loc, sep=r.get("orgsep", ", "))
            if s:
                out.append(("js", s))
        elif order == "org_title":
            out.append(("jh", _join(e.org, e.loc, sep=r.get("orgsep", ", ")) or e.title, d))
            out.append(("js", e.title))
        elif order == "dash":
            out.append(("jh", e.title + (" – " + _join(e.org, e.loc) if e.org or e.loc else ""), d))
        elif order == "pipe":
            out.append(("jh", _join(e.title, e.org, e.loc, sep=" | "), d))
        elif order == "dateline":
            out.append(("jh", e.title, ""))
            s = _join(e.org, e.loc)
            if s:
                out.append(("js", s))
            if d:
                out.append(("js", d))
        elif order == "orgfirst":
            if e.org != prev_org:
                out.append(("jh", (e.org or "").upper() if r.get("orgcaps") else (e.org or ""), e.loc or ""))
            out.append(("jh2", e.title, d))
            prev_org = e.org
        elif order == "inline":
            out.append(("jh", _join(e.title, e.org, e.loc, d), ""))
        elif order == "dates_first":
            out.append(("jh", _join(d, e.title, sep=r.get("dfsep", "  ")), ""))
            s = _join(e.org, e.loc)
            if s:
                out.append(("js", s))
        if e.note:
            out.append(("js", e.note))
        if e.prose and e.bullets:
            out.append(("jp", " ".join(e.bullets)))
        else:
            for b in e.bullets:
                out.append(("jb", b))
        out.append(("gap",))
    return out


def flat(r):
    """Sequence of (kind, ...) for the main column."""
    seq = []
    for blk in r["blocks"]:
        kind, head = blk[0], blk[1]
        seq.append(("h", head))
        if kind == "jobs":
            seq.extend(job_items(r, blk[2]))
        elif kind == "text":
            for ln in blk[2]:
                seq.append(("p", ln))
            seq.append(("gap",))
        elif kind == "bul":
            for ln in blk[2]:
                seq.append(("jb", ln))
            seq.append(("gap",))
        if len(blk) > 3 and blk[3] == "break":
            seq.append(("pagebreak",))
    return seq


def entries_of(r):
    es = []
    for blk in r["blocks"]:
        if blk[0] == "jobs":
            es.extend(blk[2])
    return es


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor
    size = LETTER if r.get("page") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setCreator("Microsoft Word")
    c.setTitle(r["name"])
    lay = r.get("layout", "plain")
    font, bold, ital = r.get("fonts", ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    fs = r.get("fs", 10)
    bchar = r.get("bullet", "•")
    page = [1]
    margin = 50
    x0, x1 = margin, W - margin
    if lay == "sidebar":
        sw = 170
        x0 = sw + 22

    def footer():
        if r.get("footer"):
            c.setFont(font, 8)
            c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 28, r["footer"].format(n=page[0]))
            c.setFillColor(HexColor("#000000"))

    def sidebar_draw():
        c.setFillColor(HexColor(r.get("sidecolor", "#E8EDF2")))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        y = H - 60
        c.setFont(bold, 15)
        for ln in simpleSplit(r["name"], bold, 15, sw - 30):
            c.drawString(15, y, ln); y -= 18
        y -= 8
        for head, lines in r.get("sidebar", []):
            c.setFont(bold, 9.5); c.drawString(15, y, head.upper()); y -= 14
            c.setFont(font, 8.5)
            for l in lines:
                for ln in simpleSplit(l, font, 8.5, sw - 30):
                    c.drawString(15, y, ln); y -= 11
            y -= 10

    y = H - 55
    if lay == "sidebar":
        sidebar_draw()
    elif lay == "twocol":
        c.setFont(bold, 18); c.drawString(x0, y, r["name"])
        c.setFont(font, 9)
        yy = y + 4
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln); yy -= 11
        y = min(y - 14, yy) - 6
        if r.get("tagline"):
            c.setFont(ital, 10); c.drawString(x0, y + 2, r["tagline"]); y -= 12
        c.line(x0, y, x1, y); y -= 16
    else:
        c.setFont(bold, 17)
        if r.get("centre", True):
            c.drawCentredString(W / 2, y, r["name"])
        else:
            c.drawString(x0, y, r["name"])
        y -= 15
        c.setFont(font, 9)
        line = "  |  ".join(r["contact"])
        for ln in simpleSplit(line, font, 9, x1 - x0):
            if r.get("centre", True):
                c.drawCentredString(W / 2, y, ln)
            else:
                c.drawString(x0, y, ln)
            y -= 11
        y -= 10
    if lay == "sidebar":
        y = H - 55

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        page[0] += 1
        if lay == "sidebar":
            sidebar_draw()
        y = H - 55

    def need(h):
        if y - h < 50:
            newpage()

    if r.get("summary"):
        c.setFont(font, fs)
        for ln in simpleSplit(r["summary"], font, fs, x1 - x0):
            need(fs + 3); c.drawString(x0, y, ln); y -= fs + 3
        y -= 8
    for it in flat(r):
        k = it[0]
        if k == "pagebreak":
            newpage(); continue
        if k == "h":
            need(40)
            c.setFont(bold, fs + 2)
            t = it[1].upper() if r.get("caps_heads", True) else it[1]
            c.drawString(x0, y, t)
            if r.get("rule", True):
                c.setLineWidth(0.5); c.line(x0, y - 3, x1, y - 3)
            y -= fs + 9
        elif k in ("jh", "jh2"):
            need(30)
            f = bold if k == "jh" or r.get("order") != "orgfirst" else ital
            c.setFont(f, fs + (0.5 if k == "jh" else 0))
            left, right = it[1], it[2]
            rw = c.stringWidth(right, font, fs) + 10 if right else 0
            lines = simpleSplit(left, f, fs, x1 - x0 - rw)
            if right:
                c.setFont(font, fs); c.drawRightString(x1, y, right); c.setFont(f, fs)
            for ln in lines:
                c.drawString(x0, y, ln); y -= fs + 3
        elif k == "js":
            need(14)
            c.setFont(ital, fs)
            for ln in simpleSplit(it[1], ital, fs, x1 - x0):
                c.drawString(x0, y, ln); y -= fs + 3
        elif k in ("jb", "jp", "p"):
            ind = 12 if k == "jb" else 0
            c.setFont(font, fs - 0.5)
            lines = simpleSplit(it[1], font, fs - 0.5, x1 - x0 - ind)
            need(len(lines) * (fs + 2))
            for i, ln in enumerate(lines):
                if k == "jb" and i == 0:
                    c.drawString(x0 + 2, y, bchar)
                c.drawString(x0 + ind, y, ln); y -= fs + 2
        elif k == "gap":
            y -= 6
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("dj", "", 8)
                self.cell(0, 6, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format=r.get("page", "A4"))
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_title(r["name"])
    pdf.add_font("dj", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = r.get("fs", 10)
    lay = r.get("layout", "centred")
    al = "C" if lay == "centred" else "L"
    pdf.set_font("dj", "B", 16)
    pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dj", "", 9)
    for ln in r["contact"] if lay != "centred" else [" · ".join(r["contact"])]:
        pdf.multi_cell(0, 4.6, ln, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if r.get("summary"):
        pdf.set_font("dj", "", fs)
        pdf.multi_cell(0, 5, r["summary"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    bchar = r.get("bullet", "•")
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    for it in flat(r):
        k = it[0]
        if k == "pagebreak":
            pdf.add_page(); continue
        if k == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("dj", "B", fs + 2)
            t = it[1].upper() if r.get("caps_heads") else it[1]
            pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.set_draw_color(120, 120, 120)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
        elif k in ("jh", "jh2"):
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            style = "B" if k == "jh" else "I"
            pdf.set_font("dj", style, fs)
            left, right = it[1], it[2]
            rw = pdf.get_string_width(right) + 4 if right else 0
            if pdf.get_string_width(left) > epw - rw:
                pdf.multi_cell(epw - rw, 5, left, new_x="LMARGIN", new_y="NEXT")
                if right:
                    pdf.set_font("dj", "", fs)
                    pdf.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(epw - rw, 5.5, left)
                pdf.set_font("dj", "", fs)
                pdf.cell(rw, 5.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "js":
            pdf.set_font("dj", "I", fs - 0.5)
            pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "jb":
            pdf.set_font("dj", "", fs - 0.5)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, 4.8, bchar)
            pdf.multi_cell(epw - 6, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("jp", "p"):
            pdf.set_font("dj", "", fs - 0.5)
            pdf.multi_cell(0, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(2.5)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _no_borders(table):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{n}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def _shade(cell, hexcol):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]; cp.title = "CV"; cp.last_modified_by = r["name"]
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None); cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = doc.styles["Normal"]; st.font.name = r.get("docfont", "Calibri"); st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    tabpos = Inches(6.6)

    def para(text="", style=None, bold=False, ital=False, right=None, size=None, container=None):
        cont = container or doc
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            run = p.add_run(text); run.bold = bold; run.italic = ital
            if size:
                run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is None else Inches(4.2), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(1)
        return p

    # header / contact
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\n" + "  •  ".join(r["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    main = doc
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        lc, rc = t.rows[0].cells
        lc.width = Inches(2.1); rc.width = Inches(4.6)
        _shade(lc, r.get("sidecolor", "DCE6EE"))
        lc.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            lc.add_paragraph(ln)
        for head, lines in r.get("sidebar", []):
            p = lc.add_paragraph(); p.add_run(head).bold = True
            for l in lines:
                lc.add_paragraph(l)
        main = rc
        rc.paragraphs[0].add_run(r.get("tagline", "Profile")).bold = True
    elif lay != "header":
        if lay == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            p = para(r["name"], bold=True, size=18)
        para(" | ".join(r["contact"]))
    if r.get("summary"):
        if lay == "styles":
            doc.add_heading(r.get("summary_head", "Profile"), level=1)
        para(r["summary"], container=main if main is not doc else None)
    sub = main if main is not doc else None
    bstyle = "List Bullet"
    for it in flat(r):
        k = it[0]
        if k == "pagebreak":
            if main is doc:
                doc.add_page_break()
            continue
        if k == "h":
            if lay in ("styles", "header") and main is doc:
                doc.add_heading(it[1], level=1)
            else:
                p = para(it[1].upper(), bold=True, size=12, container=sub)
                p.paragraph_format.space_before = Pt(8)
        elif k in ("jh", "jh2"):
            left, right = it[1], it[2]
            if lay == "table" and main is doc:
                t = doc.add_table(rows=1, cols=2)
                _no_borders(t)
                a, b = t.rows[0].cells
                a.width = Inches(4.8); b.width = Inches(1.9)
                a.paragraphs[0].add_run(left).bold = (k == "jh")
                b.paragraphs[0].add_run(right)
                b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif lay == "styles" and main is doc and k == "jh" and r.get("h2titles"):
                h = doc.add_heading(left, level=2)
                if right:
                    h.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                    h.add_run("\t" + right)
            else:
                para(left, bold=(k == "jh"), ital=(k == "jh2"), right=right or None, container=sub)
        elif k == "js":
            para(it[1], ital=True, container=sub)
        elif k == "jb":
            if r.get("docbullets", "style") == "style":
                para(it[1], style=bstyle, container=sub)
            else:
                para(r.get("bullet", "-") + " " + it[1], container=sub)
        elif k in ("jp", "p"):
            para(it[1], container=sub)
    if r.get("footer_text"):
        sec.footer.paragraphs[0].add_run(r["footer_text"])
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    L = []
    L.append(r["name"] if not r.get("txt_caps_name") else r["name"].upper())
    L.extend(r["contact"])
    L.append("")
    b = r.get("bullet", "-")
    rmode = r.get("txt_right", "tab")
    if r.get("summary"):
        if r.get("summary_head"):
            L.append(r["summary_head"])
        L.append(r["summary"]); L.append("")
    for it in flat(r):
        k = it[0]
        if k == "h":
            h = it[1].upper() if r.get("caps_heads", True) else it[1]
            L.append(h)
            if r.get("underline"):
                L.append(r["underline"] * len(h))
        elif k in ("jh", "jh2"):
            left, right = it[1], it[2]
            if not right:
                L.append(left)
            elif rmode == "tab":
                L.append(f"{left}\t\t{right}")
            elif rmode == "paren":
                L.append(f"{left} ({right})")
            elif rmode == "pipe":
                L.append(f"{left} | {right}")
            elif rmode == "newline":
                L.append(left); L.append(right)
            elif rmode == "spaces":
                L.append(left.ljust(58) + right)
        elif k == "js":
            L.append(it[1])
        elif k == "jb":
            L.append(f"{b} {it[1]}" if b else it[1])
        elif k in ("jp", "p"):
            L.append(it[1])
        elif k == "gap":
            L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    if r.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)


def render_md(r, path):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    if r.get("summary"):
        L += [r["summary"], ""]
    hl = r.get("md_job", "h3")
    for it in flat(r):
        k = it[0]
        if k == "h":
            L += [f"## {it[1]}", ""]
        elif k in ("jh", "jh2"):
            left, right = it[1], it[2]
            if hl == "h3" and k == "jh":
                L.append(f"### {left}" + (f" ({right})" if right else ""))
            else:
                L.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
        elif k == "js":
            L.append(f"*{it[1]}*  ")
        elif k == "jb":
            L.append(f"{r.get('bullet', '-')} {it[1]}")
        elif k in ("jp", "p"):
            L.append(it[1] + "  ")
        elif k == "gap":
            L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    esc = html.escape
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} – CV</title>",
         "<style>body{font-family:Georgia,serif;max-width:780px;margin:30px auto;color:#222}"
         "h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase;letter-spacing:.05em}"
         ".job{display:flex;justify-content:space-between;font-weight:bold;margin-top:10px}"
         ".sub{font-style:italic}.dates{font-weight:normal;color:#555}</style></head><body>",
         f"<header><h1>{esc(r['name'])}</h1><p>{' &middot; '.join(esc(c) for c in r['contact'])}</p></header>"]
    if r.get("summary"):
        L.append(f"<section><p>{esc(r['summary'])}</p></section>")
    inlist = False
    for it in flat(r):
        k = it[0]
        if k != "jb" and inlist:
            L.append("</ul>"); inlist = False
        if k == "h":
            L.append(f"<h2>{esc(it[1])}</h2>")
        elif k in ("jh", "jh2"):
            if r.get("html_table"):
                L.append(f"<table width=\"100%\"><tr><td><b>{esc(it[1])}</b></td>"
                         f"<td align=\"right\">{esc(it[2])}</td></tr></table>")
            else:
                L.append(f"<div class=\"job\"><span>{esc(it[1])}</span><span class=\"dates\">{esc(it[2])}</span></div>")
        elif k == "js":
            L.append(f"<div class=\"sub\">{esc(it[1])}</div>")
        elif k == "jb":
            if not inlist:
                L.append("<ul>"); inlist = True
            L.append(f"<li>{esc(it[1])}</li>")
        elif k in ("jp", "p"):
            L.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        L.append("</ul>")
    L.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


RENDERERS = {"rl": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
