"""Renderers for wild75: reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import E, drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract lines
def entry_lines(R, e, prev_org):
    """Return [(kind, text, right)] for one entry. kinds: h bold line, s sub line, o employer heading,
    b bullet, p plain paragraph line."""
    hdr = R.get("hdr", "title_org")
    d = drange(e, R.get("ds", "mon"), R.get("present", "Present"), R.get("sep", " – "))
    org_loc = ", ".join(x for x in (e.org, e.loc) if x)
    L = []
    if hdr == "title_org":
        L += [("h", e.title, d)]
        if org_loc:
            L += [("s", org_loc, None)]
    elif hdr == "org_title":
        L += [("h", org_loc or e.title, d)]
        if org_loc:
            L += [("s", e.title, None)]
    elif hdr == "dateline":
        L += [("h", e.title, None)]
        if org_loc:
            L += [("s", org_loc, None)]
        L += [("s", d, None)]
    elif hdr == "datesfirst":
        L += [("s", d, None), ("h", e.title, None)]
        if org_loc:
            L += [("s", org_loc, None)]
    elif hdr == "dash":
        L += [("h", e.title + (" – " + org_loc if org_loc else ""), d)]
    elif hdr == "pipe":
        L += [("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif hdr == "inline":
        L += [("h", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), None)]
    elif hdr == "labelled":
        L += [("p", "Designation: " + e.title, None)]
        if e.org:
            L += [("p", "Organisation: " + org_loc, None)]
        L += [("p", "Duration: " + d, None)]
        if e.bullets:
            L += [("p", "Responsibilities:", None)]
    elif hdr == "orgfirst":
        if e.org != prev_org or e.org is None:
            L += [("o", R.get("orgcase", lambda s: s)(org_loc) if org_loc else "", None)]
        L += [("h", e.title, d)]
    if e.para and e.bullets:
        L += [("p", ". ".join(b.rstrip(".") for b in e.bullets) + ".", None)]
    elif R.get("nobul"):
        L += [("p", b, None) for b in e.bullets]
    else:
        L += [("b", b, None) for b in e.bullets]
    return L


def block_lines(R, items):
    L, prev = [], object()
    for it in items:
        if isinstance(it, E):
            if L and R.get("gap", True):
                L.append(("gap", "", None))
            L += entry_lines(R, it, prev)
            prev = it.org
        elif it.startswith("- "):
            L.append(("b", it[2:], None))
        else:
            L.append(("p", it, None))
    return L


# ---------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    size = letter if R.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(R["name"]); c.setTitle(R["name"] + " CV"); c.setCreator("Microsoft Word")
    font = R.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    bul = R.get("bul", "•")
    lay = R.get("layout", "plain")
    page = [1]
    st = {"y": H - 50}

    def footer():
        if R.get("footer"):
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(n=page[0]))

    side_w = 165 if lay == "sidebar" else 0
    x0, x1 = 50 + side_w, W - 50

    def newpage():
        footer(); c.showPage(); page[0] += 1; st["y"] = H - 50

    def text(t, f, s, x=None, right=None, indent=0):
        xx = (x if x is not None else x0) + indent
        wmax = x1 - xx - (c.stringWidth(right, f, s) + 12 if right else 0)
        parts = simpleSplit(t, f, s, wmax) or [""]
        for i, p in enumerate(parts):
            if st["y"] < 60:
                newpage()
            c.setFont(f, s)
            c.drawString(xx, st["y"], p)
            if right and i == 0:
                c.setFont(font, s)
                c.drawRightString(x1, st["y"], right)
            st["y"] -= s + 3.5

    # header
    if lay == "sidebar":
        c.setFillColorRGB(*R.get("sidecol", (0.90, 0.92, 0.95)))
        c.rect(0, 0, 50 + side_w - 20, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 60
        c.setFont(bold, 15)
        for p in simpleSplit(R["name"], bold, 15, side_w - 10):
            c.drawString(30, sy, p); sy -= 19
        for blk in [("", R["contact"])] + R.get("side", []):
            if blk[0]:
                sy -= 8; c.setFont(bold, 10); c.drawString(30, sy, blk[0].upper()); sy -= 14
            for t in blk[1]:
                t = ("· " + t[2:]) if t.startswith("- ") else t
                for p in simpleSplit(t, font, 8.5, side_w - 15):
                    c.setFont(font, 8.5); c.drawString(30, sy, p); sy -= 11
        if R.get("tagline"):
            text(R["tagline"], bold, 13)
            st["y"] -= 4
    elif lay == "twocol":
        c.setFont(bold, 20); c.drawString(50, H - 60, R["name"])
        if R.get("tagline"):
            c.setFont(ital, 11); c.drawString(50, H - 78, R["tagline"])
        yy = H - 50
        for t in R["contact"]:
            c.setFont(font, 9); c.drawRightString(W - 50, yy, t); yy -= 12
        st["y"] = min(H - 100, yy - 10)
        c.line(50, st["y"] + 8, W - 50, st["y"] + 8); st["y"] -= 10
    else:
        if R.get("center", True):
            c.setFont(bold, 18); c.drawCentredString(W / 2, st["y"], R["name"]); st["y"] -= 18
            c.setFont(font, 9.5); c.drawCentredString(W / 2, st["y"], "  |  ".join(R["contact"])); st["y"] -= 14
            if R.get("tagline"):
                c.setFont(ital, 10.5); c.drawCentredString(W / 2, st["y"], R["tagline"]); st["y"] -= 14
        else:
            text(R["name"], bold, 18); st["y"] -= 2
            for t in R["contact"]:
                text(t, font, 9.5)
            if R.get("tagline"):
                text(R["tagline"], ital, 10.5)
        st["y"] -= 6
    for head, items in R["blocks"]:
        st["y"] -= 6
        if st["y"] < 110:
            newpage()
        text(R.get("headcase", str.upper)(head), bold, 11.5)
        c.setLineWidth(0.5); c.line(x0, st["y"] + 11, x1, st["y"] + 11); st["y"] -= 3
        for k, t, r in block_lines(R, items):
            if k == "gap":
                st["y"] -= 4
                if st["y"] < 100:
                    newpage()
            elif k == "h":
                text(t, bold, 10.5, right=r)
            elif k == "o":
                text(t, bold, 10.5)
            elif k == "s":
                text(t, ital, 10)
            elif k == "b":
                c.setFont(font, 10)
                if st["y"] < 60:
                    newpage()
                c.setFont(font, 10); c.drawString(x0 + 6, st["y"], bul)
                text(t, font, 10, indent=16)
            else:
                text(t, font, 10)
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fp(R, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14); self.set_font("dj", "", 8)
                self.cell(0, 6, R["footer"].format(n=self.page_no()), align="C")

    pdf = P(format="A4" if not R.get("letter") else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_author(R["name"]); pdf.set_creator("Writer"); pdf.set_title(R["name"])
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    lay = R.get("layout", "left")
    bul = R.get("bul", "•")
    pdf.add_page()
    lm = 15
    if lay == "sidebar":
        pdf.set_fill_color(*R.get("sidecol", (40, 60, 90)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(8, 15); pdf.set_font("dj", "B", 14); pdf.multi_cell(48, 7, R["name"])
        for head, items in [("", R["contact"])] + R.get("side", []):
            pdf.ln(3)
            if head:
                pdf.set_x(8); pdf.set_font("dj", "B", 9.5); pdf.multi_cell(48, 5, head.upper())
            for t in items:
                pdf.set_x(8); pdf.set_font("dj", "", 8)
                pdf.multi_cell(48, 4.2, ("• " + t[2:]) if t.startswith("- ") else t)
        pdf.set_text_color(0, 0, 0)
        lm = 70
        pdf.set_left_margin(lm); pdf.set_xy(lm, 15)
        if R.get("tagline"):
            pdf.set_font("dj", "B", 12); pdf.multi_cell(0, 7, R["tagline"]); pdf.ln(2)
    else:
        pdf.set_left_margin(lm)
        al = "C" if lay == "centred" else "L"
        pdf.set_font("dj", "B", 17); pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "", 9)
        if lay == "centred":
            pdf.multi_cell(0, 5, " • ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for t in R["contact"]:
                pdf.cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        if R.get("tagline"):
            pdf.set_font("dj", "I", 10); pdf.multi_cell(0, 5.5, R["tagline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    W = pdf.w - pdf.r_margin
    for head, items in R["blocks"]:
        pdf.ln(2)
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("dj", "B", 11); pdf.set_x(lm)
        pdf.cell(0, 7, R.get("headcase", str.upper)(head), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.set_draw_color(120, 120, 120); pdf.line(lm, y, W, y); pdf.ln(1.5)
        for k, t, r in block_lines(R, items):
            pdf.set_x(lm)
            if k == "gap":
                pdf.ln(1.5)
                if pdf.get_y() > 262:
                    pdf.add_page()
            elif k in ("h", "o"):
                pdf.set_font("dj", "B", 10)
                if r:
                    pdf.set_font("dj", "", 9.5); rw = pdf.get_string_width(r) + 2
                    pdf.set_font("dj", "B", 10)
                    y0 = pdf.get_y()
                    if pdf.get_string_width(t) < W - lm - rw - 4:
                        pdf.cell(W - lm - rw, 5.5, t)
                        pdf.set_font("dj", "", 9.5); pdf.cell(rw, 5.5, r, align="R", new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(W - lm - rw - 4, 5.5, t, new_x="LMARGIN", new_y="NEXT")
                        y1 = pdf.get_y(); pdf.set_xy(W - rw, y0); pdf.set_font("dj", "", 9.5)
                        pdf.cell(rw, 5.5, r, align="R"); pdf.set_xy(lm, y1)
                else:
                    pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
            elif k == "s":
                pdf.set_font("dj", "I", 9.5); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            elif k == "b":
                pdf.set_font("dj", "", 9.5); pdf.cell(5, 5, bul)
                pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(n))
    src.close()
    open(path, "wb").write(buf.getvalue())


def render_docx(R, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    cp.author = R["name"]; cp.last_modified_by = R["name"]; cp.title = "CV"
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1; cp.last_printed = FIXED
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = R.get("font", "Calibri"); st.font.size = Pt(10.5)
    lay = R.get("layout", "styles")
    bul = R.get("bul", "•")
    tabpos = Cm(17)

    def para(cont, t="", style=None, b=False, i=False, right=None, size=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t); r.bold = b; r.italic = i
        if size:
            r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(11) if lay == "sidebar" else tabpos, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right); r2.italic = R.get("dates_italic", False)
        return p

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def body(cont, blocks, table_jobs=False):
        for head, items in blocks:
            if lay == "styles" or R.get("headstyle"):
                if cont is d:
                    d.add_heading(head, level=R.get("hlevel", 1))
                else:
                    cont.add_paragraph(head, style="Heading 2")
            else:
                p = para(cont, R.get("headcase", str.upper)(head), b=True, size=11.5)
                p.paragraph_format.space_before = Pt(8)
            if table_jobs:
                cur = None
                for k, t, r in block_lines(R, items):
                    if k == "h":
                        tb = cont.add_table(rows=1, cols=2)
                        c0, c1 = tb.rows[0].cells
                        c0.width = Cm(12); c1.width = Cm(5)
                        c0.paragraphs[0].add_run(t).bold = True
                        c1.paragraphs[0].add_run(r or "")
                        cur = c0
                    elif k == "s" and cur is not None:
                        cur.add_paragraph().add_run(t).italic = True
                    elif k == "gap":
                        cur = None
                    elif k == "b":
                        para(cont, t, style="List Bullet")
                    else:
                        para(cont, t)
                continue
            for k, t, r in block_lines(R, items):
                if k == "gap":
                    continue
                if k == "h":
                    if lay == "styles" and r is None and cont is d:
                        d.add_heading(t, level=3)
                    else:
                        para(cont, t, b=True, right=r)
                elif k == "o":
                    para(cont, t, b=True, size=11)
                elif k == "s":
                    para(cont, t, i=True)
                elif k == "b":
                    if R.get("listbullet", lay == "styles"):
                        para(cont, t, style="List Bullet")
                    else:
                        para(cont, bul + "\t" + t if R.get("bultab") else bul + " " + t)
                else:
                    para(cont, t)

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"]); r.bold = True; r.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(R["contact"]))
        if R.get("tagline"):
            para(d, R["tagline"], i=True)
        body(d, R["blocks"])
    elif lay == "sidebar":
        tb = d.add_table(rows=1, cols=2)
        c0, c1 = tb.rows[0].cells
        c0.width = Cm(5.5); c1.width = Cm(11.5)
        shade(c0, R.get("shade", "DCE6F0"))
        c0.paragraphs[0].add_run(R["name"]).bold = True
        for t in R["contact"]:
            c0.add_paragraph(t)
        for head, items in R.get("side", []):
            c0.add_paragraph().add_run(head.upper()).bold = True
            for t in items:
                c0.add_paragraph(("• " + t[2:]) if t.startswith("- ") else t)
        if R.get("tagline"):
            c1.paragraphs[0].add_run(R["tagline"]).italic = True
        body(c1, R["blocks"])
    else:
        if lay == "styles":
            d.add_heading(R["name"], level=0)
        else:
            p = para(d, R["name"], b=True, size=18)
        para(d, R.get("csep", " | ").join(R["contact"]))
        if R.get("tagline"):
            para(d, R["tagline"], b=True)
        body(d, R["blocks"], table_jobs=(lay == "table"))
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].format(n="1")
    d.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text / md / html
def render_txt(R, path):
    width = R.get("width", 78)
    out = [R.get("namecase", str.upper)(R["name"])]
    out += R["contact"] if R.get("contact_lines") else [" | ".join(R["contact"])]
    if R.get("tagline"):
        out += ["", R["tagline"]]
    hs = R.get("txthead", "caps")
    bul = R.get("bul", "-")
    for head, items in R["blocks"]:
        out.append("")
        if hs == "caps":
            out.append(head.upper())
        elif hs == "under":
            out += [head, "=" * len(head)]
        elif hs == "colon":
            out.append(head + ":")
        elif hs == "rule":
            out += ["-" * 40, head.upper(), "-" * 40]
        for k, t, r in block_lines(R, items):
            if k == "gap":
                out.append("")
            elif k in ("h", "o"):
                if r:
                    if R.get("pad"):
                        out.append(t + " " * max(2, width - len(t) - len(r)) + r)
                    else:
                        out.append(t + R.get("tsep", " (") + r + (")" if R.get("tsep", " (") == " (" else ""))
                else:
                    out.append(t)
            elif k == "b":
                out.append((bul + " " if bul else "") + t)
            else:
                out.append(t)
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def render_md(R, path):
    out = ["# " + R["name"], "", " · ".join(R["contact"])]
    if R.get("tagline"):
        out += ["", "_" + R["tagline"] + "_"]
    for head, items in R["blocks"]:
        out += ["", "## " + head, ""]
        for k, t, r in block_lines(R, items):
            if k == "gap":
                out.append("")
            elif k == "h":
                if R.get("mdh", "h3") == "h3":
                    out.append("### " + t + (" (" + r + ")" if r and R.get("mdinline") else ""))
                    if r and not R.get("mdinline"):
                        out.append("*" + r + "*  ")
                else:
                    out.append("**" + t + "**" + (" — " + r if r else "") + "  ")
            elif k == "o":
                out.append("### " + t)
            elif k == "s":
                out.append("*" + t + "*  " if R.get("mdh", "h3") == "h3" else t + "  ")
            elif k == "b":
                out.append(R.get("bul", "-") + " " + t)
            else:
                out.append(t + "  ")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def render_html(R, path):
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           "<title>" + e(R["name"]) + " - CV</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:auto}"
           ".d{float:right;color:#555}h2{border-bottom:1px solid #999}</style></head><body>",
           "<h1>" + e(R["name"]) + "</h1>", "<p>" + "<br>".join(e(x) for x in R["contact"]) + "</p>"]
    if R.get("tagline"):
        out.append("<p><strong>" + e(R["tagline"]) + "</strong></p>")
    for head, items in R["blocks"]:
        out.append("<section><h2>" + e(head) + "</h2>")
        inul = False
        for k, t, r in block_lines(R, items):
            if k != "b" and inul:
                out.append("</ul>"); inul = False
            if k == "gap":
                continue
            if k in ("h", "o"):
                tag = "h3" if k == "h" else "h4"
                out.append(f"<{tag}>" + e(t) + (" <span class=\"d\">" + e(r) + "</span>" if r else "") + f"</{tag}>")
            elif k == "s":
                out.append("<p><em>" + e(t) + "</em></p>")
            elif k == "b":
                if not inul:
                    out.append("<ul>"); inul = True
                out.append("<li>" + e(t) + "</li>")
            else:
                out.append("<p>" + e(t) + "</p>")
        if inul:
            out.append("</ul>")
        out.append("</section>")
    out.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


RENDER = {"rl": render_rl, "fp": render_fp, "docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}
