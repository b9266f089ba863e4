"""Renderers: résumé dict -> intermediate blocks -> pdf (reportlab / fpdf2), docx, txt, md, html."""
import datetime
import html as _html
import io
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


def _orgloc(e, st):
    parts = [p for p in (e.org, e.loc) if p]
    return st.get("orgsep", ", ").join(parts)


def entry_blocks(entries, st):
    """Return IR blocks for a list of entries according to st['entry']."""
    mode = st.get("entry", "title_org")
    out = []
    dates = lambda e: fmt_range(e, st.get("dates", "mon"), st.get("sep", " – "), st.get("present", "Present"))
    i = 0
    while i < len(entries):
        e = entries[i]
        if mode == "orgfirst":
            group = [e]
            while i + 1 < len(entries) and entries[i + 1].org == e.org and e.org:
                i += 1
                group.append(entries[i])
            head = e.org.upper() if st.get("orgcaps") else (e.org or "")
            out.append(("eh", head + (", " + e.loc if e.loc else ""), ""))
            for g in group:
                out.append(("sub", g.title, dates(g)))
                out += _bullets(g, st)
            out.append(("gap",))
            i += 1
            continue
        d = dates(e)
        if mode == "title_org":
            out.append(("eh", e.title, d))
            if _orgloc(e, st):
                out.append(("sub", _orgloc(e, st), ""))
        elif mode == "org_title":
            out.append(("eh", _orgloc(e, st) or e.title, d))
            if _orgloc(e, st):
                out.append(("sub", e.title, ""))
        elif mode == "dateline":
            out.append(("eh", e.title, ""))
            if _orgloc(e, st):
                out.append(("sub", _orgloc(e, st), ""))
            if d:
                out.append(("line", d))
        elif mode == "dash":
            out.append(("eh", e.title + (" – " + _orgloc(e, st) if _orgloc(e, st) else ""), d))
        elif mode == "pipe":
            out.append(("eh", " | ".join(p for p in (e.title, e.org, e.loc) if p), d))
        elif mode == "inline":
            out.append(("eh", ", ".join(p for p in (e.title, e.org, e.loc, d) if p), ""))
        elif mode == "datefirst":
            out.append(("eh", (d + "   " if d else "") + e.title, ""))
            if _orgloc(e, st):
                out.append(("sub", _orgloc(e, st), ""))
        elif mode == "portal":
            if e.org:
                out.append(("line", "Organisation : " + e.org + (", " + e.loc if e.loc else "")))
            out.append(("line", "Designation : " + e.title))
            if d:
                out.append(("line", "Duration : " + d))
            if e.bullets:
                out.append(("line", "Roles & Responsibilities :"))
        out += _bullets(e, st)
        out.append(("gap",))
        i += 1
    return out


def _bullets(e, st):
    if not e.bullets:
        return []
    if e.prose:
        return [("p", " ".join(e.bullets))]
    return [("b", b) for b in e.bullets]


def body_blocks(r, include_side=False):
    st = r["st"]
    out = []
    if r.get("summary_head") is not None and r.get("summary"):
        out.append(("h", r["summary_head"]))
    if r.get("summary"):
        out.append(("p", r["summary"]))
        out.append(("gap",))
    secs = list(r["sections"])
    if include_side:
        secs += list(r.get("side", []))
    for head, content in secs:
        out.append(("h", head))
        if isinstance(content, str):
            out.append(("p", content.lstrip("~")))
        elif content and isinstance(content[0], E):
            out += entry_blocks(content, st)
            continue
        else:
            for line in content:
                if line.startswith("~"):
                    out.append(("p", line[1:]))
                else:
                    out.append(("b", line) if st.get("list_bullets", True) else ("p", line))
        out.append(("gap",))
    return out


# ---------------------------------------------------------------- reportlab
def rl_pdf(r, path, o):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    size = LETTER if o.get("letter") else A4
    W, H = size
    fn, fb = "Helvetica", "Helvetica-Bold"
    if o.get("dejavu"):
        pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
        fn, fb = "DV", "DVB"
    k = o.get("scale", 1.0)
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"]); c.setTitle(r["name"] + " CV"); c.setCreator("Microsoft Word")
    layout = o.get("layout", "single")
    side = layout == "sidebar"
    sw = 165 if side else 0
    x0, x1 = (sw + 24, W - 40) if side else (50, W - 50)
    st = r["st"]
    bch = st.get("bullet", "•")
    state = {"y": H - 60, "page": 1}
    accent = o.get("accent", (0.15, 0.3, 0.45))

    def footer():
        if layout == "twopage":
            c.setFont(fn, 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, f"{r['name']}  ·  Page {state['page']}")
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*o.get("sidecol", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillGray(0)
        y = H - 60
        c.setFont(fb, 15)
        for ln in simpleSplit(r["name"], fb, 15, sw - 30):
            c.drawString(18, y, ln); y -= 18
        y -= 8
        c.setFont(fn, 8.5)
        for ln in r["contact"]:
            for l2 in simpleSplit(ln, fn, 8.5, sw - 30):
                c.drawString(18, y, l2); y -= 11
        for head, lines in r.get("side", []):
            y -= 12
            c.setFont(fb, 10); c.drawString(18, y, head.upper()); y -= 14
            c.setFont(fn, 8.5)
            for ln in lines:
                for l2 in simpleSplit(ln, fn, 8.5, sw - 30):
                    c.drawString(18, y, l2); y -= 11

    def need(h):
        if state["y"] - h < 60:
            footer(); c.showPage(); state["page"] += 1; state["y"] = H - 55

    if side:
        sidebar()
    elif layout == "twocolhead":
        c.setFont(fb, 20); c.drawString(x0, H - 62, r["name"])
        if r.get("headline"):
            c.setFont(fn, 10.5); c.drawString(x0, H - 80, r["headline"])
        c.setFont(fn, 8.5)
        yy = H - 52
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln); yy -= 11
        state["y"] = min(H - 100, yy - 10)
        c.setStrokeColorRGB(*accent); c.line(x0, state["y"] + 8, x1, state["y"] + 8)
        state["y"] -= 10
    else:
        cen = o.get("centre", False)
        c.setFont(fb, 18)
        (c.drawCentredString(W / 2, state["y"], r["name"]) if cen else c.drawString(x0, state["y"], r["name"]))
        state["y"] -= 16
        c.setFont(fn, 9)
        line = "  |  ".join(r["contact"])
        for l2 in simpleSplit(line, fn, 9, x1 - x0):
            (c.drawCentredString(W / 2, state["y"], l2) if cen else c.drawString(x0, state["y"], l2))
            state["y"] -= 11
        state["y"] -= 8
    for b in body_blocks(r, include_side=not side):
        t = b[0]
        if t == "h":
            need(40)
            state["y"] -= 6 * k
            c.setFont(fb, 11.5 * k); c.setFillColorRGB(*accent)
            c.drawString(x0, state["y"], b[1].upper() if o.get("capsheads", True) else b[1])
            c.setFillGray(0)
            if o.get("rule", True):
                c.setStrokeColorRGB(*accent); c.setLineWidth(0.6)
                c.line(x0, state["y"] - 3, x1, state["y"] - 3)
            state["y"] -= 17 * k
        elif t in ("eh", "sub"):
            need(28)
            f = fb if t == "eh" else fn
            if t == "sub" and o.get("italic_sub") and not o.get("dejavu"):
                f = "Helvetica-Oblique"
            size_ = (10.5 if t == "eh" else 10) * k
            c.setFont(f, size_)
            right = b[2]
            avail = x1 - x0 - (c.stringWidth(right, fn, 9.5 * k) + 12 if right else 0)
            for j, ln in enumerate(simpleSplit(b[1], f, size_, avail)):
                c.setFont(f, size_); c.drawString(x0, state["y"], ln)
                if j == 0 and right:
                    c.setFont(fn, 9.5 * k); c.drawRightString(x1, state["y"], right)
                state["y"] -= 13 * k
        elif t in ("b", "p", "line"):
            ind = 12 if t == "b" else 0
            c.setFont(fn, 9.5 * k)
            lines = simpleSplit(b[1], fn, 9.5 * k, x1 - x0 - ind)
            need(12 * k * len(lines))
            for j, ln in enumerate(lines):
                if t == "b" and j == 0:
                    c.drawString(x0 + 2, state["y"], bch)
                c.drawString(x0 + ind, state["y"], ln); state["y"] -= 12 * k
        elif t == "gap":
            state["y"] -= 6 * k
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def fpdf_pdf(r, path, o):
    from fpdf import FPDF
    layout = o.get("layout", "left")
    k = o.get("scale", 1.0)
    pdf = FPDF(format="Letter" if o.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(r["name"]); pdf.set_title(r["name"] + " - Resume")
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
    st = r["st"]
    bch = st.get("bullet", "•")
    name = r["name"]

    if layout == "twopage":
        def _footer(self=pdf):
            self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(110)
            self.cell(0, 8, f"{name} — page {self.page_no()}", align="C")
            self.set_text_color(0)
        pdf.footer = _footer
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    side = layout == "sidebar"
    lm = 70 if side else 18
    pdf.set_left_margin(lm); pdf.set_right_margin(16)
    if side:
        pdf.set_fill_color(*o.get("sidecol", (232, 238, 232)))
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_xy(6, 18); pdf.set_font("DV", "B", 13)
        pdf.multi_cell(52, 6, name, new_x="LEFT", new_y="NEXT")
        pdf.ln(3); pdf.set_font("DV", "", 8)
        for ln in r["contact"]:
            pdf.set_x(6); pdf.multi_cell(52, 4.2, ln, align="L", new_x="LEFT", new_y="NEXT")
        for head, lines in r.get("side", []):
            pdf.ln(4); pdf.set_x(6); pdf.set_font("DV", "B", 9.5)
            pdf.cell(52, 6, head, new_x="LEFT", new_y="NEXT"); pdf.set_font("DV", "", 8)
            for ln in lines:
                pdf.set_x(6); pdf.multi_cell(52, 4.2, ln, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(lm, 18)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("DV", "B", 17); pdf.cell(0, 9, name, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(0, 4.6, "  •  ".join(r["contact"]) if o.get("dotcontact") else "  |  ".join(r["contact"]),
                       align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    W = pdf.w - pdf.r_margin - lm
    for b in body_blocks(r, include_side=not side):
        t = b[0]
        pdf.set_x(lm)
        if t == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page(); pdf.set_x(lm)
            pdf.ln(2 * k); pdf.set_font("DV", "B", 11 * k)
            pdf.set_text_color(*o.get("headcol", (30, 60, 90)))
            pdf.cell(0, 6 * k, b[1].upper() if o.get("capsheads") else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            if o.get("rule", True):
                pdf.set_draw_color(150); pdf.line(lm, pdf.get_y(), lm + W, pdf.get_y())
            pdf.ln(1.5)
        elif t in ("eh", "sub"):
            pdf.set_font("DV", "B" if t == "eh" else ("I" if o.get("italic_sub") else ""), 10 * k)
            right = b[2]
            if right:
                pdf.set_font("DV", "", 9.5 * k); rw = pdf.get_string_width(right) + 3
                pdf.set_font("DV", "B" if t == "eh" else ("I" if o.get("italic_sub") else ""), 10 * k)
                y = pdf.get_y()
                pdf.multi_cell(W - rw, 5.2 * k, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(lm + W - rw, y); pdf.set_font("DV", "", 9.5 * k)
                pdf.cell(rw, 5.2 * k, right, align="R")
                pdf.set_xy(lm, y2)
            else:
                pdf.multi_cell(W, 5.2 * k, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif t == "b":
            pdf.set_font("DV", "", 9.5 * k)
            pdf.cell(5, 4.8 * k, bch)
            pdf.multi_cell(W - 5, 4.8 * k, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t in ("p", "line"):
            pdf.set_font("DV", "", 9.5 * k)
            pdf.multi_cell(W, 4.8 * k, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "gap":
            pdf.ln(2 * k)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def docx_file(r, path, o):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    layout = o.get("layout", "styles")
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    d.styles["Normal"].font.name = o.get("font", "Calibri")
    d.styles["Normal"].font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = r["name"]; cp.title = "CV"; cp.created = FIXED; cp.modified = FIXED
    cp.last_printed = FIXED; cp.revision = 1; cp.last_modified_by = r["name"]
    st = r["st"]
    TAB = Cm(17)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol); tcPr.append(sh)

    def para(container, text="", style=None, bold=False, italic=False, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        run = p.add_run(text); run.bold = bold; run.italic = italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(o.get("tab", TAB), WD_TAB_ALIGNMENT.RIGHT)
            rr = p.add_run("\t" + right); rr.italic = o.get("italic_dates", False)
        p.paragraph_format.space_after = Pt(o.get("after", 2))
        return p

    def write_blocks(container, blocks):
        k = 0
        while k < len(blocks):
            b = blocks[k]; t = b[0]
            if t == "h":
                if o.get("head_style", True):
                    p = container.add_paragraph(b[1], style="Heading 1" if layout != "sidebar" else "Heading 2")
                else:
                    p = para(container, b[1].upper(), bold=True, size=11.5)
            elif t == "eh" and layout == "table" and b[2]:
                sub = blocks[k + 1][1] if k + 1 < len(blocks) and blocks[k + 1][0] == "sub" else None
                tb = container.add_table(rows=1, cols=2)
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                c0, c1 = tb.rows[0].cells
                c0.width = Cm(12); c1.width = Cm(5)
                c0.paragraphs[0].add_run(b[1]).bold = True
                if sub:
                    c0.add_paragraph(sub).runs[0].italic = True
                    k += 1
                c1.paragraphs[0].add_run(b[2])
                c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif t in ("eh", "sub"):
                para(container, b[1], bold=(t == "eh"), italic=(t == "sub" and o.get("italic_sub", True)),
                     right=b[2] or None)
            elif t == "b":
                if o.get("list_style", True):
                    p = container.add_paragraph(b[1], style="List Bullet")
                    p.paragraph_format.space_after = Pt(0)
                else:
                    para(container, st.get("bullet", "-") + " " + b[1])
            elif t in ("p", "line"):
                para(container, b[1])
            k += 1

    if layout == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("\n" + "  ·  ".join(r["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        write_blocks(d, body_blocks(r, include_side=True))
    elif layout == "sidebar":
        tb = d.add_table(rows=1, cols=2)
        c0, c1 = tb.rows[0].cells
        c0.width = Cm(5.5); c1.width = Cm(11.5)
        shade(c0, o.get("sidefill", "DCE6F0"))
        c0.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            c0.add_paragraph(ln)
        for head, lines in r.get("side", []):
            c0.add_paragraph().add_run(head.upper()).bold = True
            for ln in lines:
                c0.add_paragraph(ln)
        c1.paragraphs[0].add_run(r.get("headline", "")).italic = True
        write_blocks(c1, body_blocks(r))
    else:
        if o.get("title_style", True):
            d.add_paragraph(r["name"], style="Title")
        else:
            para(d, r["name"], bold=True, size=16)
        para(d, " | ".join(r["contact"]))
        write_blocks(d, body_blocks(r, include_side=True))
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def txt_file(r, path, o):
    st = r["st"]
    bch = st.get("bullet", "-")
    caps = o.get("caps", False)
    L = []
    L.append(r["name"].upper() if o.get("capsname") else r["name"])
    if o.get("contact_lines"):
        L += r["contact"]
    else:
        L.append(" | ".join(r["contact"]))
    L.append("")
    for b in body_blocks(r, include_side=True):
        t = b[0]
        if t == "h":
            h = b[1].upper() if caps else b[1]
            L.append(h)
            if o.get("underline"):
                L.append(o["underline"] * len(h))
        elif t in ("eh", "sub"):
            if b[2]:
                sep = o.get("datesep", None)
                L.append(b[1] + (sep + b[2] if sep else " " * max(3, 70 - len(b[1]) - len(b[2])) + b[2]))
            else:
                L.append(b[1])
        elif t == "b":
            L.append(o.get("bindent", "") + bch + " " + b[1])
        elif t in ("p", "line"):
            L.append(b[1])
        elif t == "gap":
            L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    txt = "\n".join(l.rstrip() for l in txt.split("\n"))
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline=o.get("newline", "\n")) as f:
        f.write(txt)


def md_file(r, path, o):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    hl = o.get("h", "##")
    for b in body_blocks(r, include_side=True):
        t = b[0]
        if t == "h":
            L += [f"{hl} {b[1]}", ""]
        elif t == "eh":
            if o.get("eh") == "h3":
                L.append(f"### {b[1]}" + (f" ({b[2]})" if b[2] else ""))
            else:
                L.append(f"**{b[1]}**" + (f" — *{b[2]}*" if b[2] else "") + "  ")
        elif t == "sub":
            L.append(f"*{b[1]}*" + (f" · {b[2]}" if b[2] else "") + "  ")
        elif t == "b":
            L.append(f"{o.get('bullet', '-')} {b[1]}")
        elif t in ("p", "line"):
            L.append(b[1] + "  ")
        elif t == "gap":
            L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(txt)


def html_file(r, path, o):
    esc = _html.escape
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} &ndash; CV</title>",
         "<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
         "h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase}"
         ".d{float:right;color:#555}.org{font-style:italic}</style></head><body>",
         f"<h1>{esc(r['name'])}</h1>", "<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    inlist = False
    for b in body_blocks(r, include_side=True):
        t = b[0]
        if t != "b" and inlist:
            L.append("</ul>"); inlist = False
        if t == "h":
            L.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "eh":
            L.append(f"<h3>{esc(b[1])}" + (f" <span class=\"d\">{esc(b[2])}</span>" if b[2] else "") + "</h3>")
        elif t == "sub":
            L.append(f"<div class=\"org\">{esc(b[1])}" + (f" <span class=\"d\">{esc(b[2])}</span>" if b[2] else "") + "</div>")
        elif t == "b":
            if not inlist:
                L.append("<ul>"); inlist = True
            L.append(f"<li>{esc(b[1])}</li>")
        elif t in ("p", "line"):
            L.append(f"<p>{esc(b[1])}</p>")
    if inlist:
        L.append("</ul>")
    L.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


RENDER = {"pdf-rl": rl_pdf, "pdf-fpdf": fpdf_pdf, "docx": docx_file, "txt": txt_file, "md": md_file, "html": html_file}
