"""Renderers for wild84: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import E, G, header_lines

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


def hcase(r, s):
    c = r.get("hcase", "title")
    return s.upper() if c == "upper" else s


def bullets_of(r, e):
    b = r.get("bullet", "•")
    if b == "para":
        return [" ".join(e.bullets)] if e.bullets else []
    return [(b + " " if b else "") + x for x in e.bullets]


def entry_blocks(r, items):
    """Yield ('g', text) for group headings, ('h', left, right, style) and ('b', text) lines, ('sp',)."""
    out = []
    hdr = r.get("hdr", "title_org")
    for it in items:
        if isinstance(it, G):
            out.append(("g", ", ".join(x for x in [it.org, it.loc] if x)))
            continue
        h = "role" if (hdr == "orgfirst") else hdr
        for (lft, rt, st) in header_lines(it, h, r):
            out.append(("h", lft, rt, st))
        for b in bullets_of(r, it):
            out.append(("b", b))
        out.append(("sp",))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    size = letter if r.get("page") == "letter" else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setCreator("Microsoft Word")
    c.setTitle(r["name"])
    lay = r.get("layout", "plain")
    fs = r.get("fs", 1.0)
    M = 50
    side_w = 165 if lay == "sidebar" else 0
    x0 = M + (side_w + 10 if side_w else 0)
    if side_w:
        x0 = side_w + 25
    x1 = W - M
    st = {"y": Hh - M, "page": 1}
    F = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica"}

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(p=st["page"]))

    def need(h):
        if st["y"] - h < 55:
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = Hh - M

    def text(s, font="n", size=10, x=None, right=None, indent=0, lead=None):
        x = x0 if x is None else x
        size = size * fs
        lead = lead or size + 3
        width = x1 - x - indent - (c.stringWidth(right, F["n"], size) + 12 if right else 0)
        lines = simpleSplit(s, F[font], size, width) or [""]
        for i, ln in enumerate(lines):
            need(lead)
            c.setFont(F[font], size)
            c.drawString(x + (indent if i else 0), st["y"], ln)
            if right and i == 0:
                c.setFont(F["n"], size)
                c.drawRightString(x1, st["y"], right)
            st["y"] -= lead

    # header
    if side_w:
        c.setFillColorRGB(*r.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - M
        if r.get("photo"):
            c.setFillColorRGB(0.75, 0.75, 0.75)
            c.rect(35, sy - 95, 90, 100, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            sy -= 115
        for head, kind, content in r.get("side", []):
            if head:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(18, sy, hcase(r, head))
                sy -= 15
            lines = content if isinstance(content, list) else [content]
            for ln in lines:
                for piece in simpleSplit(ln, "Helvetica", 8.5, side_w - 30):
                    c.setFont("Helvetica", 8.5)
                    c.drawString(18, sy, piece)
                    sy -= 11
            sy -= 8
    hd = r.get("head", "centre")
    if hd == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, st["y"] - 6, r["name"])
        yy = st["y"]
        for ln in r["contact"]:
            c.setFont("Helvetica", 9)
            c.drawRightString(x1, yy, ln)
            yy -= 12
        st["y"] = min(yy, st["y"] - 30) - 6
        if r.get("headline"):
            text(r["headline"], "i", 11)
    elif hd == "photo":
        c.setFillColorRGB(0.78, 0.78, 0.78)
        c.rect(x1 - 80, st["y"] - 85, 80, 95, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0, st["y"] - 4, r["name"])
        st["y"] -= 26
        if r.get("headline"):
            text(r["headline"], "i", 11)
        for ln in r["contact"] + r.get("personal", []):
            c.setFont("Helvetica", 9)
            c.drawString(x0, st["y"], ln)
            st["y"] -= 12
        st["y"] = min(st["y"], Hh - M - 100)
    else:
        c.setFont("Helvetica-Bold", 18)
        if hd == "centre" and not side_w:
            c.drawCentredString((x0 + x1) / 2, st["y"], r["name"])
        else:
            c.drawString(x0, st["y"], r["name"])
        st["y"] -= 20
        if r.get("headline"):
            c.setFont("Helvetica-Oblique", 11)
            if hd == "centre" and not side_w:
                c.drawCentredString((x0 + x1) / 2, st["y"], r["headline"])
            else:
                c.drawString(x0, st["y"], r["headline"])
            st["y"] -= 15
        for ln in r["contact"]:
            c.setFont("Helvetica", 9)
            if hd == "centre" and not side_w:
                c.drawCentredString((x0 + x1) / 2, st["y"], ln)
            else:
                c.drawString(x0, st["y"], ln)
            st["y"] -= 12
    st["y"] -= 8
    for head, kind, content in r["sections"]:
        need(40)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x0, st["y"], hcase(r, head))
        if r.get("rule", True):
            c.setLineWidth(0.5)
            c.line(x0, st["y"] - 4, x1, st["y"] - 4)
        st["y"] -= 18
        if kind == "p":
            text(content, "n", 10)
        elif kind in ("list", "lines"):
            for ln in content:
                text((r.get("bullet", "•") + " " if kind == "list" and r.get("bullet", "•") not in ("", "para") else "") + ln, "n", 10, indent=10 if kind == "list" else 0)
        elif kind == "exp":
            for blk in entry_blocks(r, content):
                if blk[0] == "g":
                    need(30)
                    text(blk[1], "b", 11)
                elif blk[0] == "h":
                    text(blk[1], blk[3], 10.5 if blk[3] == "b" else 10, right=blk[2] or None)
                elif blk[0] == "b":
                    text(blk[1], "n", 9.5, x=x0 + 10, indent=8)
                else:
                    st["y"] -= 5 * fs
        st["y"] -= 8 * fs
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("dj", "", 8)
                self.cell(0, 6, r["footer"].format(p=self.page_no()), align="C")

    fs = r.get("fs", 1.0)
    pdf = P(format="A4" if r.get("page") != "letter" else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Writer")
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    lay = r.get("layout", "left")
    side = 60 if lay == "sidebar" else 0
    if side:
        pdf.set_fill_color(*r.get("side_rgb255", (225, 232, 240)))
        pdf.rect(0, 0, side, 297, style="F")
        pdf.set_xy(8, 15)
        if r.get("photo"):
            pdf.set_fill_color(190, 190, 190)
            pdf.rect(12, 12, 36, 42, style="F")
            pdf.set_xy(8, 60)
        for head, kind, content in r.get("side", []):
            pdf.set_x(8)
            if head:
                pdf.set_font("dj", "B", 9.5 * fs)
                pdf.multi_cell(side - 14, 5 * fs, hcase(r, head))
                pdf.set_x(8)
            for ln in (content if isinstance(content, list) else [content]):
                pdf.set_font("dj", "", 8 * fs)
                pdf.set_x(8)
                pdf.multi_cell(side - 14, 4 * fs, ln)
            pdf.ln(3)
        pdf.set_left_margin(side + 8)
        pdf.set_xy(side + 8, 15)
    else:
        pdf.set_left_margin(18)
        pdf.set_right_margin(18)
    L = pdf.l_margin
    align = "C" if lay == "centred" else "L"
    pdf.set_font("dj", "B", 17 * fs)
    if r.get("head") == "photo" and not side:
        pdf.set_fill_color(200, 200, 200)
        pdf.rect(pdf.w - 18 - 32, 12, 32, 38, style="F")
    pdf.cell(0, 9 * fs, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("dj", "I", 10.5 * fs)
        pdf.cell(0, 6 * fs, r["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dj", "", 8.5 * fs)
    for ln in r["contact"] + r.get("personal", []):
        pdf.cell(0, 4.6 * fs, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    if r.get("head") == "photo" and not side:
        pdf.set_y(max(pdf.get_y(), 54))
    pdf.ln(3)
    W = pdf.w - pdf.r_margin - L
    for head, kind, content in r["sections"]:
        if pdf.get_y() > 260:
            pdf.add_page()
        pdf.set_font("dj", "B", 11.5 * fs)
        pdf.cell(0, 7 * fs, hcase(r, head), new_x="LMARGIN", new_y="NEXT")
        if r.get("rule", True):
            pdf.line(L, pdf.get_y(), L + W, pdf.get_y())
        pdf.ln(1.5)
        if kind == "p":
            pdf.set_font("dj", "", 9.5 * fs)
            pdf.multi_cell(W, 4.8 * fs, content, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("list", "lines"):
            pdf.set_font("dj", "", 9.5 * fs)
            bch = r.get("bullet", "•")
            for ln in content:
                pre = (bch + " ") if kind == "list" and bch not in ("", "para") else ""
                pdf.multi_cell(W, 4.8 * fs, pre + ln, new_x="LMARGIN", new_y="NEXT")
        elif kind == "exp":
            for blk in entry_blocks(r, content):
                if blk[0] == "g":
                    pdf.set_font("dj", "B", 10.5 * fs)
                    pdf.multi_cell(W, 5.5 * fs, blk[1], new_x="LMARGIN", new_y="NEXT")
                elif blk[0] == "h":
                    _, lft, rt, s = blk
                    pdf.set_font("dj", {"b": "B", "i": "I", "n": ""}[s], 10 if s == "b" else 9.5)
                    if rt:
                        rw = pdf.get_string_width(rt) + 3
                        y = pdf.get_y()
                        pdf.multi_cell(W - rw - 2, 5.2 * fs, lft, new_x="LMARGIN", new_y="NEXT")
                        y2 = pdf.get_y()
                        pdf.set_xy(L + W - rw, y)
                        pdf.set_font("dj", "", 9.5 * fs)
                        pdf.cell(rw, 5.2 * fs, rt, align="R")
                        pdf.set_xy(L, y2)
                    else:
                        pdf.multi_cell(W, 5.2 * fs, lft, new_x="LMARGIN", new_y="NEXT")
                elif blk[0] == "b":
                    pdf.set_font("dj", "", 9 * fs)
                    pdf.set_x(L + 4)
                    pdf.multi_cell(W - 4, 4.6 * fs, blk[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.ln(2 * fs)
        pdf.ln(2.5 * fs)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = r["name"]
    cp.revision = 1
    o = r.get("docx", {})
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    tabpos = Inches(6.9)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def para(cont, text="", bold=False, italic=False, style=None, size=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        return p

    main = d
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        rr = hp.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(r["contact"]))
    if o.get("sidebar"):
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        lc, rc = t.rows[0].cells
        lc.width = Inches(2.1)
        rc.width = Inches(4.8)
        shade(lc, o.get("side_hex", "DCE6F0"))
        lc.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            para(lc, ln, size=9)
        for head, kind, content in r.get("side", []):
            para(lc, hcase(r, head), bold=True)
            for ln in (content if isinstance(content, list) else [content]):
                para(lc, ln, size=9)
        main = rc
        first = rc.paragraphs[0]
        if r.get("headline"):
            first.add_run(r["headline"]).italic = True
    elif not o.get("header"):
        if o.get("entry") == "styles":
            d.add_paragraph(r["name"], style="Title")
        else:
            para(d, r["name"], bold=True, size=18)
        if r.get("headline"):
            para(d, r["headline"], italic=True)
        for ln in r["contact"] + r.get("personal", []):
            para(d, ln, size=9.5)
    else:
        if r.get("headline"):
            para(d, r["headline"], italic=True)
        for ln in r.get("personal", []):
            para(d, ln, size=9.5)
    mode = o.get("entry", "tabs")
    for head, kind, content in r["sections"]:
        if mode == "styles" and main is d:
            d.add_heading(hcase(r, head), level=1)
        else:
            p = para(main, hcase(r, head), bold=True, size=12)
        if kind == "p":
            para(main, content)
        elif kind in ("list", "lines"):
            for ln in content:
                if kind == "list" and mode == "styles" and main is d:
                    d.add_paragraph(ln, style="List Bullet")
                else:
                    para(main, (r.get("bullet", "•") + " " if kind == "list" and r.get("bullet", "•") not in ("", "para") else "") + ln)
        elif kind == "exp":
            hdr = r.get("hdr", "title_org")
            for it in content:
                if isinstance(it, G):
                    para(main, ", ".join(x for x in [it.org, it.loc] if x), bold=True, size=11.5)
                    continue
                hl = header_lines(it, "role" if hdr == "orgfirst" else hdr, r)
                if mode == "table" and main is d:
                    t = d.add_table(rows=1, cols=2)
                    a, b = t.rows[0].cells
                    a.width = Inches(5.0)
                    b.width = Inches(1.9)
                    a.paragraphs[0].add_run(hl[0][0]).bold = True
                    for (lft, rt, s) in hl[1:]:
                        q = a.add_paragraph()
                        q.add_run(lft).italic = s == "i"
                    rts = [x[1] for x in hl if x[1]]
                    b.paragraphs[0].add_run(rts[0] if rts else "")
                else:
                    for (lft, rt, s) in hl:
                        if mode == "styles" and main is d and s == "b":
                            p = d.add_heading(level=2)
                            p.add_run(lft)
                        else:
                            p = main.add_paragraph()
                            run = p.add_run(lft)
                            run.bold = s == "b"
                            run.italic = s == "i"
                        if rt:
                            p.paragraph_format.tab_stops.add_tab_stop(tabpos if main is d else Inches(4.6), WD_TAB_ALIGNMENT.RIGHT)
                            p.add_run("\t" + rt)
                if r.get("bullet", "•") == "para":
                    if it.bullets:
                        para(main, " ".join(it.bullets))
                else:
                    for b in it.bullets:
                        if main is d and mode in ("styles", "tabs", "table") and r.get("bullet", "•") == "•":
                            d.add_paragraph(b, style="List Bullet")
                        else:
                            para(main, (r.get("bullet", "•") + " " if r.get("bullet", "•") else "") + b)
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    L = []
    L.append(r["name"].upper() if r.get("name_upper") else r["name"])
    if r.get("headline"):
        L.append(r["headline"])
    L += r["contact"] + r.get("personal", [])
    L.append("")
    ul = r.get("underline")
    rj = r.get("rjoin", "    ")
    for head, kind, content in r["sections"]:
        hh = hcase(r, head)
        L.append(hh)
        if ul:
            L.append(ul * len(hh))
        if kind == "p":
            L.append(content)
        elif kind in ("list", "lines"):
            bch = r.get("bullet", "-")
            for ln in content:
                L.append(((bch + " ") if kind == "list" and bch not in ("", "para") else "") + ln)
        else:
            for blk in entry_blocks(r, content):
                if blk[0] == "g":
                    L.append(blk[1].upper() if r.get("gupper") else blk[1])
                elif blk[0] == "h":
                    L.append(blk[1] + (rj + blk[2] if blk[2] else ""))
                elif blk[0] == "b":
                    L.append(r.get("bindent", "") + blk[1])
                else:
                    L.append("")
        L.append("")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = ["# " + r["name"], ""]
    if r.get("headline"):
        L += ["**" + r["headline"] + "**", ""]
    L += [" · ".join(r["contact"])] + r.get("personal", []) + [""]
    mode = r.get("md", "h3")
    for head, kind, content in r["sections"]:
        L += ["## " + hcase(r, head), ""]
        if kind == "p":
            L += [content, ""]
        elif kind in ("list", "lines"):
            for ln in content:
                L.append(("- " if kind == "list" else "") + ln + ("" if kind == "list" else "  "))
            L.append("")
        else:
            for blk in entry_blocks(r, content):
                if blk[0] == "g":
                    L += ["### " + blk[1], ""]
                elif blk[0] == "h":
                    lft, rt, s = blk[1:]
                    if s == "b":
                        t = ("#### " if r.get("hdr") == "orgfirst" else "### ") + lft if mode == "h3" else "**" + lft + "**"
                    elif s == "i":
                        t = "*" + lft + "*"
                    else:
                        t = lft
                    if rt:
                        t += " — *" + rt + "*" if mode != "h3" else " (" + rt + ")"
                    L.append(t + ("" if mode == "h3" and s == "b" else "  "))
                    if mode == "h3" and s == "b":
                        L.append("")
                elif blk[0] == "b":
                    b = blk[1]
                    L.append(b if b[:2] in ("- ", "* ") else ("- " + b if r.get("bullet") != "para" else b))
                else:
                    L.append("")
        L.append("")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    e = H.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".d{float:right;color:#555}")
    L = ["<!DOCTYPE html>", f'<html lang="{r.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(r['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    if r.get("head") == "photo":
        L.append('<div class="top"><img src="foto.jpg" alt="" width="90" height="110">')
    L.append(f"<h1>{e(r['name'])}</h1>")
    if r.get("headline"):
        L.append(f"<p><em>{e(r['headline'])}</em></p>")
    L.append("<p>" + "<br>".join(e(x) for x in r["contact"] + r.get("personal", [])) + "</p>")
    if r.get("head") == "photo":
        L.append("</div>")
    for head, kind, content in r["sections"]:
        L.append(f"<h2>{e(hcase(r, head))}</h2>")
        if kind == "p":
            L.append(f"<p>{e(content)}</p>")
        elif kind in ("list", "lines"):
            if kind == "list":
                L.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in content) + "</ul>")
            else:
                L.append("<p>" + "<br>".join(e(x) for x in content) + "</p>")
        else:
            hdr = r.get("hdr", "title_org")
            tbl = r.get("html") == "table"
            if tbl:
                L.append('<table class="jobs">')
            for it in content:
                if isinstance(it, G):
                    L.append(f"<h3>{e(', '.join(x for x in [it.org, it.loc] if x))}</h3>")
                    continue
                hl = header_lines(it, "role" if hdr == "orgfirst" else hdr, r)
                rts = [x[1] for x in hl if x[1]]
                if tbl:
                    left = "<br>".join((f"<b>{e(a)}</b>" if s == "b" else f"<i>{e(a)}</i>" if s == "i" else e(a)) for a, _, s in hl)
                    bl = "".join(f"<li>{e(b)}</li>" for b in it.bullets)
                    L.append(f"<tr><td class=\"when\">{e(rts[0]) if rts else ''}</td><td>{left}" + (f"<ul>{bl}</ul>" if bl else "") + "</td></tr>")
                    continue
                L.append('<div class="job">')
                for a, rt, s in hl:
                    tag = "h3" if s == "b" else "p"
                    inner = f"<i>{e(a)}</i>" if s == "i" else e(a)
                    if rt:
                        inner = f'<span class="d">{e(rt)}</span>' + inner
                    L.append(f"<{tag}>{inner}</{tag}>")
                if it.bullets:
                    if r.get("bullet") == "para":
                        L.append(f"<p>{e(' '.join(it.bullets))}</p>")
                    else:
                        L.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in it.bullets) + "</ul>")
                L.append("</div>")
            if tbl:
                L.append("</table>")
    L += ["</body>", "</html>"]
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
          "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
