"""Renderers: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    size = letter if r.kw.get("us") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r.name)
    c.setAuthor(r.name)
    lay = r.layout
    side_w = 170 if lay == "sidebar" else 0
    x0, x1 = 50 + side_w, W - 50
    state = {"y": H - 60, "page": 1}

    def footer():
        if r.footer:
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 30, r.footer.format(page=state["page"]))

    def sidebar():
        if lay != "sidebar":
            return
        c.setFillColorRGB(0.88, 0.91, 0.95)
        c.rect(0, 0, side_w + 20, H, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - 60
        sidebar()

    def need(h):
        if state["y"] - h < 60:
            newpage()

    def line(txt, font="Helvetica", size=10, x=None, right=None, indent=0, lead=13):
        x = x0 if x is None else x
        width = x1 - x - indent - (70 if right else 0)
        parts = simpleSplit(txt, font, size, width) or [""]
        for i, p in enumerate(parts):
            need(lead)
            c.setFont(font, size)
            c.drawString(x + indent, state["y"], p)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(x1, state["y"], right)
            state["y"] -= lead

    sidebar()
    # header
    if lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, state["y"], r.name)
        yy = state["y"]
        c.setFont("Helvetica", 9)
        for t in r.contact:
            c.drawRightString(x1, yy, t)
            yy -= 11
        state["y"] = min(state["y"] - 18, yy) - 6
        if r.headline:
            line(r.headline, "Helvetica-Oblique", 11)
    elif lay == "centred":
        c.setFont("Helvetica-Bold", 18)
        c.drawCentredString(W / 2, state["y"], r.name)
        state["y"] -= 16
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, state["y"], "  |  ".join(r.contact))
        state["y"] -= 20
        if r.headline:
            line(r.headline, "Helvetica-Oblique", 11)
    else:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0, state["y"], r.name)
        state["y"] -= 18
        if r.headline:
            line(r.headline, "Helvetica-Oblique", 11)
        if lay != "sidebar":
            line("  ·  ".join(r.contact), size=9.5)
        state["y"] -= 6
    if lay == "sidebar":
        ys = H - 60
        c.setFont("Helvetica", 9)
        for kind, v in [("h", "CONTACT"), ("ul0", r.contact)] + r.side:
            items = v if kind in ("ul", "ul0") else [v]
            for it in items:
                font = "Helvetica-Bold" if kind == "h" else "Helvetica"
                for p in simpleSplit(it, font, 9, side_w - 30):
                    c.setFont(font, 9)
                    c.drawString(25, ys, p)
                    ys -= 12
            ys -= 6
    for kind, v in r.blocks:
        if kind == "h":
            state["y"] -= 6
            need(40)
            line(v.upper() if r.kw.get("caps", True) else v, "Helvetica-Bold", 11.5, lead=15)
            c.setLineWidth(0.5)
            c.line(x0, state["y"] + 10, x1, state["y"] + 10)
            state["y"] -= 3
        elif kind == "p":
            line(v, size=10)
        elif kind == "ul":
            for it in v:
                line(f"{r.bullet} {it}", indent=8)
        elif kind == "x":
            for st, left, right in r.entry_lines(v):
                if st == "T":
                    need(40)
                    line(left, "Helvetica-Bold", 10.5, right=right or None)
                elif st == "S":
                    line(left, "Helvetica-Oblique", 10, right=right or None)
                elif st == "B":
                    line(f"{r.bullet} {left}", indent=10)
                elif st == "P":
                    line(left)
                elif st == "G":
                    state["y"] -= 5
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.footer:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 8, r.footer.format(page=self.page_no()), align="C")

    pdf = P(format="letter" if r.kw.get("us") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r.name)
    pdf.set_author(r.name)
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.layout
    al = "C" if lay == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, r.name, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    if lay == "centred":
        pdf.multi_cell(0, 5, "  •  ".join(r.contact), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for t in r.contact:
            pdf.cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    if r.headline:
        pdf.set_font("dv", "I", 10.5)
        pdf.multi_cell(0, 5.5, r.headline, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, v in r.blocks:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "ul":
            pdf.set_font("dv", "", 9.5)
            for it in v:
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(0, 4.8, f"{r.bullet} {it}", new_x="LMARGIN", new_y="NEXT")
        elif kind == "x":
            for st, left, right in r.entry_lines(v):
                if st in "TS":
                    pdf.set_font("dv", "B" if st == "T" else "I", 10)
                    if right:
                        y = pdf.get_y()
                        pdf.cell(0, 5.4, left)
                        pdf.set_xy(pdf.l_margin, y)
                        pdf.set_font("dv", "", 9.5)
                        pdf.cell(0, 5.4, right, align="R", new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(0, 5.4, left, new_x="LMARGIN", new_y="NEXT")
                elif st == "B":
                    pdf.set_font("dv", "", 9.5)
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(0, 4.8, f"{r.bullet} {left}", new_x="LMARGIN", new_y="NEXT")
                elif st == "P":
                    pdf.set_font("dv", "", 9.5)
                    pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
                elif st == "G":
                    pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    d = Document()
    lay = r.layout
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    width = sec.page_width - sec.left_margin - sec.right_margin
    cp = d.core_properties
    cp.author = r.name
    cp.title = "CV"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r.name
    cp.revision = 1

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:fill"), color)
        tcPr.append(s)

    def para(container, text, bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(2)
        return p

    main = d
    if lay == "header":
        hp = sec.header.paragraphs[0]
        rr = hp.add_run(r.name)
        rr.bold = True
        rr.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(r.contact))
        sec.footer.paragraphs[0].add_run(r.footer or "")
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.5), Cm(11.5)
        shade(sc, "DCE6F0")
        sc.paragraphs[0].add_run(r.name).bold = True
        for c in r.contact:
            para(sc, c, size=9)
        for kind, v in r.side:
            if kind == "h":
                para(sc, v, bold=True)
            else:
                for it in (v if kind == "ul" else [v]):
                    para(sc, it, size=9)
        main = mc
        width = Cm(11.3)
    else:
        p = d.add_paragraph(style="Title") if lay == "styles" else d.add_paragraph()
        rn = p.add_run(r.name)
        if lay != "styles":
            rn.bold = True
            rn.font.size = Pt(18)
        para(d, " | ".join(r.contact), size=9.5)
    if r.headline:
        para(main, r.headline, italic=True)
    for kind, v in r.blocks:
        if kind == "h":
            if lay in ("styles", "header") and main is d:
                d.add_heading(v, level=1)
            else:
                p = para(main, v.upper(), bold=True)
                p.paragraph_format.space_before = Pt(8)
        elif kind == "p":
            para(main, v)
        elif kind == "ul":
            for it in v:
                if main is d:
                    para(d, it, style="List Bullet")
                else:
                    para(main, f"{r.bullet} {it}")
        elif kind == "x":
            if lay == "table":
                for e in v:
                    t = main.add_table(rows=1, cols=2)
                    a, b = t.rows[0].cells
                    a.width, b.width = Cm(12.5), Cm(4.5)
                    a.paragraphs[0].add_run(e.title).bold = True
                    ol = ", ".join(x for x in (e.org, e.loc) if x)
                    if ol:
                        para(a, ol, italic=True)
                    b.paragraphs[0].add_run(r.dr(e))
                    for bl in e.bullets:
                        para(main, bl, style="List Bullet")
                    main.add_paragraph()
                continue
            for st, left, right in r.entry_lines(v):
                if st == "T":
                    para(main, left, bold=True, right=right or None)
                elif st == "S":
                    para(main, left, italic=True, right=right or None)
                elif st == "B":
                    if main is d and r.bullet == "list":
                        para(d, left, style="List Bullet")
                    else:
                        para(main, f"{'•' if r.bullet == 'list' else r.bullet} {left}")
                elif st == "P":
                    para(main, left)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    W = 78
    caps = r.kw.get("caps", True)
    out = [r.name.upper() if caps else r.name]
    out += r.contact
    if r.headline:
        out += ["", r.headline]
    for kind, v in r.side + r.blocks:
        if kind == "h":
            out += ["", v.upper() if caps else v]
            if r.kw.get("rule"):
                out.append(r.kw["rule"] * len(v))
        elif kind == "p":
            out.append(v)
        elif kind == "ul":
            out += [f"{r.bullet} {it}".strip() for it in v]
        elif kind == "x":
            for st, left, right in r.entry_lines(v):
                if st in "TS":
                    if right:
                        out.append(left + " " * max(2, W - len(left) - len(right)) + right)
                    else:
                        out.append(left)
                elif st == "B":
                    out.append(f"{r.bullet} {left}".strip() if r.bullet else "  " + left)
                elif st == "P":
                    out.append(left)
                elif st == "G":
                    out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(txt)


def render_md(r, path):
    out = [f"# {r.name}", "", " · ".join(r.contact), ""]
    if r.headline:
        out += [f"**{r.headline}**", ""]
    for kind, v in r.side + r.blocks:
        if kind == "h":
            out += [f"## {v}", ""]
        elif kind == "p":
            out += [v, ""]
        elif kind == "ul":
            out += [f"- {it}" for it in v] + [""]
        elif kind == "x":
            for st, left, right in r.entry_lines(v):
                if st == "T":
                    out.append(f"### {left}" + (f" ({right})" if right else ""))
                elif st == "S":
                    out.append(f"*{left}*" + (f" — {right}" if right else "") + "  ")
                elif st == "B":
                    out.append(f"- {left}")
                elif st == "P":
                    out.append(left)
                elif st == "G":
                    out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_html(r, path):
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e(r.name)} - Resume</title>",
           "<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto}"
           ".d{float:right;color:#555}h2{border-bottom:1px solid #999}</style></head><body>",
           f"<h1>{e(r.name)}</h1>", "<p>" + "<br>".join(e(c) for c in r.contact) + "</p>"]
    if r.headline:
        out.append(f"<p><strong>{e(r.headline)}</strong></p>")
    for kind, v in r.side + r.blocks:
        if kind == "h":
            out.append(f"<h2>{e(v)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(v)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in v) + "</ul>")
        elif kind == "x":
            ul = []
            for st, left, right in r.entry_lines(v):
                if st != "B" and ul:
                    out.append("<ul>" + "".join(ul) + "</ul>")
                    ul = []
                if st == "T":
                    out.append(f"<h3>{e(left)}" + (f" <span class=\"d\">{e(right)}</span>" if right else "") + "</h3>")
                elif st == "S":
                    out.append(f"<p><em>{e(left)}</em>" + (f" <span class=\"d\">{e(right)}</span>" if right else "") + "</p>")
                elif st == "B":
                    ul.append(f"<li>{e(left)}</li>")
                elif st == "P":
                    out.append(f"<p>{e(left)}</p>")
            if ul:
                out.append("<ul>" + "".join(ul) + "</ul>")
    out.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
