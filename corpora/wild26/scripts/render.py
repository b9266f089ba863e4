"""Renderers: reportlab canvas, fpdf2, python-docx, text, HTML, Markdown."""
import datetime, html, io, zipfile
from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def dates(r, e):
    return fmt_range(e, r.get("dstyle", "mon"), r.get("present", "Present"), r.get("sep", " – "))


def orgloc(e, joiner=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return joiner.join(parts)


def headers(r, e, prev=None):
    """Return list of (left, right, style) lines for an entry header."""
    order = r.get("order", "title_org")
    d = dates(r, e)
    if order == "title_org":
        out = [(e.title, d, "b")]
        if orgloc(e):
            out.append((orgloc(e), "", "i"))
        return out
    if order == "org_title":
        if not e.org:
            return [(e.title, d, "b")]
        return [(orgloc(e), d, "b"), (e.title, "", "i")]
    if order == "dash":
        dash = r.get("dash", " – ")
        return [(e.title + (dash + orgloc(e) if orgloc(e) else ""), d, "b")]
    if order == "pipe":
        return [(" | ".join(p for p in (e.title, e.org, e.loc) if p), d, "b")]
    if order == "dateline":
        out = [(e.title, "", "b")]
        if orgloc(e):
            out.append((orgloc(e), "", "i"))
        if d:
            out.append((d, "", "p"))
        return out
    if order == "inline":
        return [(", ".join(p for p in (e.title, e.org, e.loc, d) if p), "", "b")]
    if order == "orgfirst":
        out = []
        if e.org and (prev is None or prev.org != e.org):
            out.append((orgloc(e).upper() if r.get("orgcaps") else orgloc(e), "", "b"))
        out.append((e.title, d, "i" if e.org else "b"))
        return out
    raise ValueError(order)


def body(r, e):
    if r.get("prose") and e.bullets:
        return [(" ".join(b if b.endswith(".") else b + "." for b in e.bullets), False)]
    return [(b, True) for b in e.bullets]


def blocks(r):
    """Flatten the résumé into ('h', text) headings, ('eh', left, right, style), ('bl', text, bullet), ('p', text)."""
    out = []
    if r.get("summary"):
        out.append(("h", r.get("summary_head", "Profile")))
        out.append(("p", r["summary"]))
    for head, ents in r["sections"]:
        out.append(("h", head))
        prev = None
        for e in ents:
            for l, rt, st in headers(r, e, prev):
                out.append(("eh", l, rt, st))
            for t, b in body(r, e):
                out.append(("bl", t, b))
            out.append(("gap",))
            prev = e
    for head, lines in r.get("extra", []):
        out.append(("h", head))
        for ln in lines:
            if ln.startswith("* "):
                out.append(("bl", ln[2:], True))
            else:
                out.append(("p", ln))
    return out


# ---------------------------------------------------------------- text / md / html
def render_txt(r):
    bc = r.get("bchar", "-")
    caps = r.get("caps", True)
    lines = [r["name"].upper() if caps else r["name"]] + r["contact"] + [""]
    for b in blocks(r):
        if b[0] == "h":
            h = b[1].upper() if caps else b[1]
            lines += ["", h, r.get("rule", "=") * len(h) if r.get("rule") is not None else ""]
        elif b[0] == "eh":
            lines.append(b[1] + ("    " + b[2] if b[2] else ""))
        elif b[0] == "bl":
            lines.append((f"{bc} " if b[2] else "") + b[1])
        elif b[0] == "p":
            lines.append(b[1])
        else:
            lines.append("")
    return ("\n".join(l.rstrip() for l in lines).strip() + "\n").encode("utf-8")


def render_md(r):
    bc = r.get("bchar", "-")
    style = r.get("mdstyle", "h3")
    lines = [f"# {r['name']}", "", "  \n".join(r["contact"]), ""]
    for b in blocks(r):
        if b[0] == "h":
            lines += ["", f"## {b[1]}", ""]
        elif b[0] == "eh":
            l, rt, st = b[1], b[2], b[3]
            if st == "b":
                t = f"### {l}" if style == "h3" else f"**{l}**"
            elif st == "i":
                t = f"*{l}*"
            else:
                t = l
            if rt:
                t += f" — {rt}" if style == "h3" else f"  \n_{rt}_"
            lines.append(t + ("" if style == "h3" else "  "))
            if style == "h3" and st == "b":
                lines.append("")
        elif b[0] == "bl":
            lines.append(f"{bc} {b[1]}" if b[2] else b[1])
        elif b[0] == "p":
            lines.append(b[1])
        else:
            lines.append("")
    return ("\n".join(lines).strip() + "\n").encode("utf-8")


def render_html(r):
    esc = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:auto}"
                "h2{border-bottom:1px solid #999}.d{float:right;color:#555}")
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{esc(r['name'])} CV</title>",
           f"<style>{css}</style></head><body>", f"<h1>{esc(r['name'])}</h1>",
           "<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    inlist = False
    for b in blocks(r):
        if b[0] != "bl" and inlist:
            out.append("</ul>")
            inlist = False
        if b[0] == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "eh":
            tag = {"b": "strong", "i": "em", "p": "span"}[b[3]]
            d = f"<span class=\"d\">{esc(b[2])}</span>" if b[2] else ""
            out.append(f"<div class=\"eh\">{d}<{tag}>{esc(b[1])}</{tag}></div>")
        elif b[0] == "bl":
            if b[2]:
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{esc(b[1])}</li>")
            else:
                out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_reportlab(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
    size = LETTER if r.get("letter") else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " - CV")
    c.setCreator("Microsoft Word")
    layout = r.get("layout", "plain")
    fs = r.get("fs", 10)
    sw = pdfmetrics.stringWidth
    left, right = 54, W - 54
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont("DV", 8)
            c.drawCentredString(W / 2, 28, f"{r['name']} – CV – page {page[0]}")

    if layout == "sidebar":
        c.setFillColorRGB(0.88, 0.91, 0.95)
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = H - 60
        c.setFont("DVB", 15)
        for part in r["name"].split(" ", 1):
            c.drawString(20, y, part)
            y -= 18
        y -= 8
        c.setFont("DV", 8)
        for ln in r["contact"] + [""] + r.get("side", []):
            if ln.startswith("#"):
                c.setFont("DVB", 9)
                c.drawString(20, y, ln[1:])
                c.setFont("DV", 8)
            else:
                c.drawString(20, y, ln)
            y -= 12
        left = 200
        y = H - 60
    elif layout == "twocolhead":
        c.setFont("DVB", 20)
        c.drawString(left, H - 70, r["name"])
        c.setFont("DV", 9)
        yy = H - 58
        for ln in r["contact"]:
            c.drawRightString(right, yy, ln)
            yy -= 12
        c.line(left, min(yy, H - 82) - 4, right, min(yy, H - 82) - 4)
        y = min(yy, H - 82) - 24
    else:
        c.setFont("DVB", 18)
        if r.get("centre"):
            c.drawCentredString(W / 2, H - 60, r["name"])
        else:
            c.drawString(left, H - 60, r["name"])
        c.setFont("DV", 9)
        line = "  |  ".join(r["contact"])
        if r.get("centre"):
            c.drawCentredString(W / 2, H - 76, line)
        else:
            c.drawString(left, H - 76, line)
        y = H - 104

    def need(h):
        nonlocal y
        if y - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 60

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if sw(t, font, fs) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    bchar = r.get("bchar", "•")
    for b in blocks(r):
        if b[0] == "h":
            need(40)
            y -= 8
            c.setFont("DVB", fs + 2)
            c.drawString(left, y, b[1].upper() if r.get("caps") else b[1])
            c.setLineWidth(0.5)
            c.line(left, y - 4, right, y - 4)
            y -= 20
        elif b[0] == "eh":
            need(fs + 4)
            font = {"b": "DVB", "i": "DVI", "p": "DV"}[b[3]]
            c.setFont(font, fs)
            c.drawString(left, y, b[1])
            if b[2]:
                c.setFont("DV", fs - 1)
                c.drawRightString(right, y, b[2])
            y -= fs + 4
        elif b[0] in ("bl", "p"):
            ind = 12 if (b[0] == "bl" and b[2]) else 0
            for i, ln in enumerate(wrap(b[1], "DV", right - left - ind)):
                need(fs + 3)
                c.setFont("DV", fs)
                if ind and i == 0:
                    c.drawString(left + 2, y, bchar)
                c.drawString(left + ind, y, ln)
                y -= fs + 3
        else:
            y -= 6
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-15)
                self.set_font("DV", "", 8)
                self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = P(format="Letter" if r.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_title(r["name"])
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = r.get("fs", 10)
    layout = r.get("layout", "left")
    if layout == "centred":
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, r["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.cell(0, 5, " · ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for ln in r["contact"]:
            pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bchar = r.get("bchar", "•")
    for b in blocks(r):
        if b[0] == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", fs + 1.5)
            if r.get("shade"):
                pdf.set_fill_color(225, 230, 236)
                pdf.cell(0, 7, b[1].upper() if r.get("caps") else b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 7, b[1].upper() if r.get("caps") else b[1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] == "eh":
            st = {"b": "B", "i": "I", "p": ""}[b[3]]
            pdf.set_font("DV", st, fs)
            if b[2]:
                w = pdf.w - pdf.l_margin - pdf.r_margin
                pdf.cell(w * 0.72, 5.2, b[1])
                pdf.set_font("DV", "", fs - 1)
                pdf.cell(w * 0.28, 5.2, b[2], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] in ("bl", "p"):
            pdf.set_font("DV", "", fs)
            if b[0] == "bl" and b[2]:
                pdf.cell(5, 4.8, bchar)
                pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(r):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(r.get("fs", 10.5))
    layout = r.get("layout", "styles")
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    if layout == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        for ln in r["contact"]:
            sec.header.add_paragraph(ln)
    container = d
    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        lc, rc = t.cell(0, 0), t.cell(0, 1)
        lc.width, rc.width = Inches(2.1), Inches(4.6)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "DCE6F0")
        lc._tc.get_or_add_tcPr().append(shd)
        p = lc.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for ln in r["contact"] + [""] + r.get("side", []):
            if ln.startswith("#"):
                q = lc.add_paragraph()
                q.add_run(ln[1:]).bold = True
            else:
                lc.add_paragraph(ln)
        container = rc
        width = Inches(4.5)
    elif layout != "header":
        h = d.add_heading(r["name"], 0) if layout == "styles" else d.add_paragraph()
        if layout != "styles":
            rr = h.add_run(r["name"])
            rr.bold = True
            rr.font.size = Pt(18)
        d.add_paragraph(" | ".join(r["contact"]))

    def para(text="", style=None):
        if container is d:
            return d.add_paragraph(text, style=style)
        p = container.add_paragraph(text)
        if style:
            p.style = d.styles[style]
        return p

    first = [True]
    for b in blocks(r):
        if b[0] == "h":
            if layout == "styles":
                d.add_heading(b[1], 1)
            else:
                p = para()
                if container is not d and first[0]:
                    p = container.paragraphs[0]
                run = p.add_run(b[1].upper())
                run.bold = True
                run.font.size = Pt(12)
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            first[0] = False
        elif b[0] == "eh":
            if layout in ("table", "sidebar") and b[2]:
                t = container.add_table(rows=1, cols=2)
                c1, c2 = t.cell(0, 0), t.cell(0, 1)
                c1.paragraphs[0].add_run(b[1]).bold = b[3] == "b"
                c2.paragraphs[0].add_run(b[2])
                c2.paragraphs[0].alignment = 2
                continue
            p = para()
            if b[2]:
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            run = p.add_run(b[1])
            run.bold = b[3] == "b"
            run.italic = b[3] == "i"
            if b[2]:
                p.add_run("\t" + b[2])
            p.paragraph_format.space_after = Pt(0)
        elif b[0] == "bl":
            if b[2]:
                if r.get("bchar") and layout != "styles":
                    para(f"{r['bchar']}  {b[1]}")
                else:
                    para(b[1], "List Bullet")
            else:
                para(b[1])
        elif b[0] == "p":
            para(b[1])
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "reportlab": render_reportlab,
             "fpdf2": render_fpdf, "docx": render_docx}
EXT = {"txt": "txt", "md": "md", "html": "html", "reportlab": "pdf", "fpdf2": "pdf", "docx": "docx"}
