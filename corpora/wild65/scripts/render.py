"""Renderers: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, Markdown, HTML."""
import html as _html
import io
import zipfile
from lib import fmt_dates

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ---------------------------------------------------------------- logical items
def _loc(e, R):
    return e.org_text if e.org_text else (f"{e.org}, {e.loc}" if e.org and e.loc else (e.org or e.loc or ""))


def job_items(e, R, grouped=False):
    d = fmt_dates(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("dsep", " – "))
    hdr = R.get("hdr", "title_org")
    org = _loc(e, R)
    it = []
    if grouped:
        it.append(("jt", e.title, d))
    elif hdr == "title_org":
        it += [("jt", e.title, d)] + ([("js", org)] if org else [])
    elif hdr == "org_title":
        it += [("jt", org, d), ("js", e.title)]
    elif hdr == "dash":
        it.append(("jt", f"{e.title} – {org}" if org else e.title, d))
    elif hdr == "pipe":
        it.append(("jt", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
    elif hdr == "dateline":
        it += [("jt", e.title, None)] + ([("js", org)] if org else []) + [("jd", d)]
    elif hdr == "inline":
        it.append(("jt", ", ".join(x for x in (e.title, org, d) if x), None))
    elif hdr == "datesfirst":
        it += [("jt", f"{d}{R.get('dfgap', '   ')}{e.title}", None)] + ([("js", org)] if org else [])
    elif hdr == "labelled":
        it += [("js", f"Position: {e.title}"), ("js", f"Organisation: {org}" if org else "Organisation: -"),
               ("js", f"Period: {d}")]
        if e.bullets:
            it.append(("js", "Duties:"))
    else:
        raise ValueError(hdr)
    if e.bullets:
        if R.get("para"):
            it.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        else:
            it += [("li", b) for b in e.bullets]
    it.append(("sp",))
    return it


def items_of(blocks, R):
    out = []
    for b in blocks:
        t = b[0]
        if t == "jobs":
            prev = None
            for e in b[1]:
                grouped = R.get("hdr") == "orgfirst"
                if grouped and e.org != prev:
                    out.append(("oh", _loc(e, R)))
                prev = e.org
                out += job_items(e, R, grouped=grouped)
        elif t == "ul":
            out += [("li", x) for x in b[1]]
        else:
            out.append(b)
    return out


def all_entries(R):
    es = []
    for b in R["blocks"] + R.get("side", []):
        if b[0] == "jobs":
            es += b[1]
    return es


# ---------------------------------------------------------------- text family
def render_txt(R):
    bc = R.get("bullet", "-")
    hs = R.get("txt_h", "caps")
    gap = R.get("tgap", "   ")
    L = [R["name"].upper() if R.get("name_caps") else R["name"]]
    L += R["contact"]
    for it in items_of(R.get("side", []) + R["blocks"], R):
        k = it[0]
        if k == "h":
            L.append("")
            h = it[1]
            if hs == "caps":
                L.append(h.upper())
            elif hs == "underline":
                L += [h, ("=" if R.get("ul_eq") else "-") * len(h)]
            elif hs == "colon":
                L.append(h.upper() + ":")
            elif hs == "stars":
                L.append(f"*** {h.upper()} ***")
            else:
                L.append(h)
        elif k == "p":
            L.append(it[1])
        elif k == "li":
            L.append(f"{bc} {it[1]}" if bc else it[1])
        elif k == "jt":
            L.append(it[1] + (gap + it[2] if it[2] else ""))
        elif k in ("js", "jd"):
            L.append(it[1])
        elif k == "oh":
            L.append(it[1].upper() if R.get("oh_caps") else it[1])
        elif k == "sp":
            L.append("")
        elif k == "kv":
            L.append(f"{it[1]}: {it[2]}")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_md(R):
    bc = R.get("bullet", "-")
    L = [f"# {R['name']}", ""] + [c + "  " for c in R["contact"]] + [""]
    jt = R.get("md_jt", "h3")
    for it in items_of(R.get("side", []) + R["blocks"], R):
        k = it[0]
        if k == "h":
            L += ["", f"## {it[1]}", ""]
        elif k == "p":
            L += [it[1], ""]
        elif k == "li":
            L.append(f"{bc} {it[1]}")
        elif k == "jt":
            if jt == "h3":
                L += [f"### {it[1]}"] + ([f"*{it[2]}*  "] if it[2] else [])
            else:
                L += [f"**{it[1]}**" + (f" — _{it[2]}_  " if it[2] else "  ")]
        elif k in ("js", "jd"):
            L.append(f"{it[1]}  ")
        elif k == "oh":
            L += [f"### {it[1]}", ""]
        elif k == "sp":
            L.append("")
        elif k == "kv":
            L.append(f"**{it[1]}:** {it[2]}  ")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return (txt.strip() + "\n").encode("utf-8")


def render_html(R):
    e = _html.escape
    css = R.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto}h2{border-bottom:1px solid #999}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(R['name'])} - CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<h1>{e(R['name'])}</h1>", "<p class=\"contact\">" + "<br>".join(e(c) for c in R["contact"]) + "</p>"]
    inlist = False
    for it in items_of(R.get("side", []) + R["blocks"], R):
        k = it[0]
        if k != "li" and inlist:
            L.append("</ul>")
            inlist = False
        if k == "h":
            L.append(f"<h2>{e(it[1])}</h2>")
        elif k == "p":
            L.append(f"<p>{e(it[1])}</p>")
        elif k == "li":
            if not inlist:
                L.append("<ul>")
                inlist = True
            L.append(f"<li>{e(it[1])}</li>")
        elif k == "jt":
            L.append(f"<h3>{e(it[1])}" + (f" <span class=\"dates\">{e(it[2])}</span>" if it[2] else "") + "</h3>")
        elif k in ("js", "jd"):
            L.append(f"<div class=\"sub\"><em>{e(it[1])}</em></div>")
        elif k == "oh":
            L.append(f"<h3 class=\"employer\">{e(it[1])}</h3>")
        elif k == "kv":
            L.append(f"<p><strong>{e(it[1])}:</strong> {e(it[2])}</p>")
    if inlist:
        L.append("</ul>")
    L += ["</body>", "</html>", ""]
    return "\n".join(L).encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(R):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor
    size = LETTER if R.get("letter") else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    var = R.get("variant", "plain")
    bc = R.get("bullet", "•")
    st = {"y": H - 50, "page": 1}
    side_w = 170 if var == "sidebar" else 0
    x0 = 50 + side_w
    x1 = W - 50

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(p=st["page"]))

    def need(h):
        if st["y"] - h < 60:
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = H - 50

    def text(t, font="Helvetica", sz=10, x=None, w=None, lead=None, right=None, indent=0):
        x = x0 if x is None else x
        w = (x1 - x) if w is None else w
        lead = lead or sz + 3
        lines = simpleSplit(t, font, sz, w - indent - (90 if right else 0))
        for i, ln in enumerate(lines):
            need(lead)
            c.setFont(font, sz)
            c.drawString(x + indent, st["y"], ln)
            if right and i == 0:
                c.setFont("Helvetica", sz - 1)
                c.drawRightString(x + w, st["y"], right)
            st["y"] -= lead

    # header
    if var == "sidebar":
        c.setFillColor(HexColor(R.get("side_col", "#E6ECEF")))
        c.rect(0, 0, side_w + 20, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        st["y"] = H - 60
        sx, sw = 25, side_w - 20
        text(R["name"], "Helvetica-Bold", 15, x=sx, w=sw, lead=18)
        st["y"] -= 6
        for cl in R["contact"]:
            text(cl, "Helvetica", 8.5, x=sx, w=sw, lead=11)
        for it in items_of(R.get("side", []), R):
            if it[0] == "h":
                st["y"] -= 8
                text(it[1].upper(), "Helvetica-Bold", 9.5, x=sx, w=sw)
            elif it[0] == "li":
                text(f"{bc} {it[1]}", "Helvetica", 8.5, x=sx, w=sw, lead=11)
            elif it[0] == "p":
                text(it[1], "Helvetica", 8.5, x=sx, w=sw, lead=11)
        st["y"] = H - 60
    elif var == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, H - 60, R["name"])
        if R.get("tagline"):
            c.setFont("Helvetica", 11)
            c.drawString(x0, H - 78, R["tagline"])
        c.setFont("Helvetica", 9)
        yy = H - 52
        for cl in R["contact"]:
            c.drawRightString(x1, yy, cl)
            yy -= 12
        st["y"] = min(yy, H - 84) - 8
        c.line(x0, st["y"] + 4, x1, st["y"] + 4)
        st["y"] -= 14
    else:
        cen = R.get("centred")
        c.setFont("Helvetica-Bold", 18)
        (c.drawCentredString(W / 2, st["y"], R["name"]) if cen else c.drawString(x0, st["y"], R["name"]))
        st["y"] -= 18
        c.setFont("Helvetica", 9.5)
        for cl in R["contact"]:
            (c.drawCentredString(W / 2, st["y"], cl) if cen else c.drawString(x0, st["y"], cl))
            st["y"] -= 12
        st["y"] -= 8
    for it in items_of(R["blocks"], R):
        k = it[0]
        if k == "h":
            need(40)
            st["y"] -= 6
            text(it[1].upper() if R.get("caps_h") else it[1], "Helvetica-Bold", 12)
            c.setLineWidth(0.5)
            c.line(x0, st["y"] + 9, x1, st["y"] + 9)
            st["y"] -= 3
        elif k == "p":
            text(it[1], "Helvetica", 9.5, lead=12.5)
        elif k == "li":
            text(f"{bc}  {it[1]}" if bc else it[1], "Helvetica", 9.5, lead=12.5, indent=10)
        elif k == "jt":
            need(30)
            text(it[1], "Helvetica-Bold", 10.5, right=it[2])
        elif k == "js":
            text(it[1], "Helvetica-Oblique", 10)
        elif k == "jd":
            text(it[1], "Helvetica", 9.5)
        elif k == "oh":
            need(40)
            text(it[1], "Helvetica-Bold", 11)
        elif k == "sp":
            st["y"] -= 5
        elif k == "kv":
            text(f"{it[1]}: {it[2]}", "Helvetica", 9.5)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R):
    from fpdf import FPDF
    import datetime as dt

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("DJ", "", 8)
                self.cell(0, 6, R["footer"].format(p=self.page_no()), align="C")

    p = P(format="Letter" if R.get("letter") else "A4")
    p.set_creation_date(dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc))
    p.set_title(R["name"] + " CV")
    p.set_author(R["name"])
    p.add_font("DJ", "", DEJAVU)
    p.add_font("DJ", "B", DEJAVU_B)
    p.add_font("DJ", "I", DEJAVU_I)
    p.set_auto_page_break(True, margin=18)
    p.set_margins(18, 16, 18)
    p.add_page()
    var = R.get("variant", "left")
    bc = R.get("bullet", "•")
    al = "C" if var == "centred" else "L"
    W = p.w - 36
    sidebar = var == "sidebar"
    if sidebar:
        p.set_fill_color(*R.get("side_rgb", (228, 236, 232)))
        p.rect(0, 0, 66, p.h, style="F")
        p.set_xy(8, 18)
        p.set_font("DJ", "B", 14)
        p.multi_cell(52, 7, R["name"], align="L", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DJ", "", 8)
        for cl in R["contact"]:
            p.set_x(8)
            p.multi_cell(52, 4.5, cl, align="L", new_x="LMARGIN", new_y="NEXT")
        for it in items_of(R.get("side", []), R):
            p.set_x(8)
            if it[0] == "h":
                p.ln(3)
                p.set_x(8)
                p.set_font("DJ", "B", 9)
                p.multi_cell(52, 5, it[1].upper(), align="L", new_x="LMARGIN", new_y="NEXT")
            elif it[0] in ("li", "p"):
                p.set_font("DJ", "", 8)
                p.multi_cell(52, 4.5, (f"{bc} " if it[0] == "li" else "") + it[1], align="L", new_x="LMARGIN", new_y="NEXT")
        p.set_left_margin(74)
        p.set_xy(74, 18)
        W = p.w - 74 - 16
    else:
        p.set_font("DJ", "B", 17)
        p.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        p.set_font("DJ", "", 9)
        for cl in R["contact"]:
            p.cell(0, 5, cl, align=al, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    for it in items_of(R["blocks"], R):
        k = it[0]
        if k == "h":
            p.ln(2)
            p.set_font("DJ", "B", 11.5)
            p.cell(0, 7, it[1].upper() if R.get("caps_h") else it[1], new_x="LMARGIN", new_y="NEXT",
                   border="B" if R.get("rule") else 0)
            p.ln(1)
        elif k == "p":
            p.set_font("DJ", "", 9.5)
            p.multi_cell(W, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "li":
            p.set_font("DJ", "", 9.5)
            p.set_x(p.l_margin + 3)
            p.multi_cell(W - 3, 5, (f"{bc} " if bc else "") + it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "jt":
            p.set_font("DJ", "B", 10)
            if it[2]:
                p.cell(W - 48, 6, it[1])
                p.set_font("DJ", "", 9)
                p.cell(48, 6, it[2], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                p.multi_cell(W, 6, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "js":
            p.set_font("DJ", "I", 9.5)
            p.multi_cell(W, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "jd":
            p.set_font("DJ", "", 9)
            p.cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "oh":
            p.set_font("DJ", "B", 10.5)
            p.multi_cell(W, 6, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "sp":
            p.ln(2)
        elif k == "kv":
            p.set_font("DJ", "", 9.5)
            p.multi_cell(W, 5, f"{it[1]}: {it[2]}", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


# ---------------------------------------------------------------- python-docx
def render_docx(R):
    import datetime as dt
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    var = R.get("variant", "styles")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = dt.datetime(2026, 10, 20, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.revision = 3
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def put(container, items, use_styles=True, tabs=True):
        """Write logical items into a document / cell / header."""
        for it in items:
            k = it[0]
            if k == "h":
                if use_styles and hasattr(container, "add_heading"):
                    container.add_heading(it[1], level=R.get("hlevel", 1))
                else:
                    r = container.add_paragraph().add_run(it[1].upper())
                    r.bold = True
                    r.font.size = Pt(11)
                    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            elif k == "p":
                container.add_paragraph(it[1])
            elif k == "li":
                if use_styles and R.get("list_style", True):
                    container.add_paragraph(it[1], style="List Bullet")
                else:
                    container.add_paragraph(f"{R.get('bullet', '•')} {it[1]}")
            elif k == "jt":
                if var == "table" and it[2] is not None:
                    t = container.add_table(rows=1, cols=2)
                    noborders(t)
                    t.cell(0, 0).width = Cm(12)
                    t.cell(0, 1).width = Cm(5)
                    r = t.cell(0, 0).paragraphs[0].add_run(it[1])
                    r.bold = True
                    pp = t.cell(0, 1).paragraphs[0]
                    pp.add_run(it[2])
                    pp.alignment = 2
                    continue
                para = container.add_paragraph()
                r = para.add_run(it[1])
                r.bold = True
                if it[2]:
                    if tabs:
                        para.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        para.add_run("\t" + it[2])
                    else:
                        para.add_run("  (" + it[2] + ")")
            elif k in ("js", "jd", "oh"):
                para = container.add_paragraph()
                r = para.add_run(it[1])
                r.italic = k == "js"
                r.bold = k == "oh"
            elif k == "kv":
                para = container.add_paragraph()
                para.add_run(it[1] + ": ").bold = True
                para.add_run(it[2])

    # header / name
    if var == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        sec.header.add_paragraph(" | ".join(R["contact"]))
    elif var == "sidebar":
        pass
    else:
        if R.get("title_style"):
            d.add_heading(R["name"], level=0)
        else:
            p0 = d.add_paragraph()
            r = p0.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(20)
        for cl in R["contact"]:
            d.add_paragraph(cl)
    if R.get("docx_footer"):
        sec.footer.paragraphs[0].text = R["docx_footer"]
    if var == "sidebar":
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width = Cm(5.5)
        right.width = Cm(11.5)
        shade(left, R.get("side_hex", "DCE6F0"))
        lp = left.paragraphs[0]
        lr = lp.add_run(R["name"])
        lr.bold = True
        lr.font.size = Pt(16)
        for cl in R["contact"]:
            left.add_paragraph(cl)
        put(left, items_of(R.get("side", []), R), use_styles=False)
        right.paragraphs[0].text = R.get("tagline", "")
        put(right, items_of(R["blocks"], R), use_styles=False, tabs=False)
    else:
        put(d, items_of(R.get("side", []) + R["blocks"], R),
            use_styles=var in ("styles", "header", "table", "tabs") and R.get("use_styles", True),
            tabs=var != "styles" or R.get("tabs", True))
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
