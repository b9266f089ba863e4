"""Renderers for wild68: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import E, fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry header lines
def entry_lines(e, R, prev_org):
    """List of (style, text, right) for an entry header; style b=bold, i=italic, n=normal."""
    d = fmt_range(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))
    order = R.get("order", "title_org")
    org_loc = ", ".join(x for x in (e.org, e.loc) if x)
    o = order
    if o == "title_org":
        out = [("b", e.title, d)]
        if org_loc:
            out.append(("i", org_loc, None))
        return out
    if o == "org_title":
        return [("b", org_loc, d), ("i", e.title, None)] if org_loc else [("b", e.title, d)]
    if o == "dash":
        return [("b", f"{e.title} – {org_loc}" if org_loc else e.title, d)]
    if o == "pipe":
        return [("b", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    if o == "dateline":
        out = [("b", e.title, None)]
        if org_loc:
            out.append(("n", org_loc, None))
        out.append(("i", d, None))
        return out
    if o == "datesfirst":
        return [("n", d, None), ("b", ", ".join(x for x in (e.title, e.org, e.loc) if x), None)]
    if o == "labelled":
        out = [("b", f"Position: {e.title}", None)]
        if org_loc:
            out.append(("n", f"{R.get('org_label', 'Employer')}: {org_loc}", None))
        out.append(("n", f"{R.get('date_label', 'Period')}: {d}", None))
        return out
    if o == "orgfirst":
        out = []
        if e.org != prev_org:
            hd = e.org.upper() if R.get("org_caps") else e.org
            out.append(("h", hd + (f" — {e.loc}" if e.loc else ""), None))
        out.append(("b", e.title, d))
        return out
    if o == "inline":
        return [("b", ", ".join(x for x in (e.title, e.org, e.loc) if x) + f", {d}", None)]
    raise ValueError(o)


def iter_blocks(R):
    """Yield (heading, content) from R['blocks']; content str | list[str] | list[E]."""
    for b in R["blocks"]:
        yield b[0], b[1]


def is_entries(c):
    return isinstance(c, list) and c and isinstance(c[0], E)


def all_entries(R):
    out = []
    for blocks in (R.get("side", []), R["blocks"]):
        for h, c in blocks:
            if is_entries(c):
                out.extend(c)
    return out


def bullet_texts(e, R):
    b = R.get("bullet", "•")
    if b == "para":
        return [" ".join(e.bullets)] if e.bullets else []
    if b == "":
        return list(e.bullets)
    if b == "list":
        return [f"• {x}" for x in e.bullets]
    return [f"{b} {x}" for x in e.bullets]


def flat_lines(R):
    """Generic logical lines: (kind, text, right). kind: name, head, h, b, i, n, bul, para, line."""
    L = [("name", R["name"], None)]
    for x in R.get("head", []):
        L.append(("n", x, None))
    for blocks in (R.get("side", []), R["blocks"]):
        for h, c in blocks:
            L.extend(block_lines(h, c, R))
    return L


def block_lines(h, c, R):
    L = []
    if h:
        L.append(("head", h, None))
    if isinstance(c, str):
        L.append(("para", c, None))
    elif is_entries(c):
        prev = None
        for e in c:
            L.extend(entry_lines(e, R, prev))
            prev = e.org
            for t in bullet_texts(e, R):
                L.append(("bul", t, None))
            L.append(("gap", "", None))
    else:
        for x in c:
            L.append(("line", x, None))
    return L


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    size = letter if R.get("paper") == "letter" else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R.get("doc_title", R["name"] + " CV"))
    c.setAuthor(R["name"])
    fonts = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    if R.get("font") == "dejavu":
        for k, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(k, FONT_DIR + f))
        fonts = {"n": "DV", "b": "DVB", "i": "DVI"}
    layout = R.get("layout", "plain")
    M = 50
    page = [1]
    accent = HexColor(R.get("accent", "#1f3b5a"))

    def footer():
        if R.get("footer"):
            c.setFont(fonts["i"], 8)
            c.setFillColor(HexColor("#555555"))
            c.drawCentredString(W / 2, 28, R["footer"].format(page=page[0]))
            c.setFillColor(HexColor("#000000"))

    def sidebar_bg():
        c.setFillColor(HexColor(R.get("side_bg", "#e8eef3")))
        c.rect(0, 0, 180, Hh, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))

    x0, x1 = (200, W - 40) if layout == "sidebar" else (M, W - M)
    if layout == "sidebar":
        sidebar_bg()
    y = [Hh - 55]

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        if layout == "sidebar":
            sidebar_bg()
        y[0] = Hh - 55

    def text(t, font, sz, x, right=None, lead=None, width=None, indent=0):
        lead = lead or sz + 3.5
        width = width or (x1 - x)
        rw = 0
        if right:
            rw = c.stringWidth(right, fonts["n"], sz) + 12
        lines = simpleSplit(t, font, sz, width - rw - indent) if t else [""]
        for k, ln in enumerate(lines):
            if y[0] < 60:
                newpage()
            c.setFont(font, sz)
            c.drawString(x + (indent if k else 0), y[0], ln)
            if right and k == 0:
                c.setFont(fonts["n"], sz)
                c.drawRightString(x + width, y[0], right)
            y[0] -= lead

    # header
    if layout == "twocol":
        c.setFont(fonts["b"], 20)
        c.drawString(x0, y[0], R["name"])
        yy = y[0] + 4
        c.setFont(fonts["n"], 9)
        for ln in R.get("head", []):
            c.drawRightString(x1, yy, ln)
            yy -= 12
        y[0] = min(y[0] - 18, yy - 6)
        c.setStrokeColor(accent)
        c.line(x0, y[0] + 8, x1, y[0] + 8)
        y[0] -= 8
    elif layout == "centred":
        c.setFont(fonts["b"], 18)
        c.drawCentredString(W / 2, y[0], R["name"])
        y[0] -= 16
        c.setFont(fonts["n"], 9.5)
        for ln in R.get("head", []):
            c.drawCentredString(W / 2, y[0], ln)
            y[0] -= 12
        y[0] -= 8
    else:
        c.setFont(fonts["b"], 18)
        c.drawString(x0, y[0], R["name"])
        y[0] -= 18
        if layout != "sidebar":
            for ln in R.get("head", []):
                text(ln, fonts["n"], 9.5, x0)
        y[0] -= 6
    # sidebar content
    if layout == "sidebar":
        sy = Hh - 60
        c.setFont(fonts["n"], 8.5)
        side_lines = [("line", x, None) for x in R.get("head", [])]
        for h, cc in R.get("side", []):
            side_lines.append(("gap", "", None))
            side_lines.extend(block_lines(h, cc, R))
        for k, t, r in side_lines:
            f = fonts["b"] if k in ("head", "b") else fonts["n"]
            sz = 10 if k == "head" else 8.5
            for ln in simpleSplit(t, f, sz, 145) or [""]:
                c.setFont(f, sz)
                c.drawString(18, sy, ln)
                sy -= sz + 3
    # main blocks
    for h, cc in R["blocks"]:
        for k, t, r in block_lines(h, cc, R):
            if k == "head":
                y[0] -= 6
                c.setFillColor(accent)
                text(t.upper() if R.get("caps_heads", True) else t, fonts["b"], 11, x0)
                c.setFillColor(HexColor("#000000"))
                c.setStrokeColor(accent)
                c.line(x0, y[0] + 10, x1, y[0] + 10)
                y[0] -= 3
            elif k == "h":
                text(t, fonts["b"], 10.5, x0)
            elif k == "b":
                text(t, fonts["b"], 10, x0, right=r)
            elif k == "i":
                text(t, fonts["i"], 9.5, x0, right=r)
            elif k == "n":
                text(t, fonts["n"], 9.5, x0, right=r)
            elif k == "bul":
                text(t, fonts["n"], 9.5, x0 + 10, indent=8)
            elif k == "para":
                text(t, fonts["n"], 9.5, x0)
            elif k == "line":
                text(t, fonts["n"], 9.5, x0)
            elif k == "gap":
                y[0] -= 4
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    foot = R.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-12)
                self.set_font("DV", "I", 8)
                self.cell(0, 5, foot.format(page=self.page_no()), align="C")

    p = P(format=R.get("paper", "A4"))
    p.set_creation_date(FIXED_DT)
    p.set_title(R.get("doc_title", R["name"]))
    p.set_author(R["name"])
    p.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    p.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    p.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, margin=18)
    layout = R.get("layout", "left")
    p.set_margins(16, 14, 16)
    p.add_page()
    if layout == "sidebar":
        p.set_fill_color(236, 240, 234)
        p.rect(0, 0, 62, 297, style="F")
        p.set_xy(6, 14)
        p.set_font("DV", "B", 12.5)
        p.multi_cell(52, 6.5, R["name"], new_x="LMARGIN", new_y="NEXT", align="L")
        p.set_font("DV", "", 8)
        sl = [("line", x, None) for x in R.get("head", [])]
        for h, cc in R.get("side", []):
            sl.append(("gap", "", None))
            sl.extend(block_lines(h, cc, R))
        for k, t, r in sl:
            p.set_x(6)
            if k == "head":
                p.set_font("DV", "B", 9.5)
                p.multi_cell(52, 5, t.upper(), new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "gap":
                p.ln(2)
            else:
                p.set_font("DV", "", 8)
                p.multi_cell(52, 4.2, t, new_x="LMARGIN", new_y="NEXT", align="L")
        p.set_left_margin(70)
        p.set_xy(70, 14)
    else:
        al = "C" if layout == "centred" else "L"
        p.set_font("DV", "B", 17)
        p.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        p.set_font("DV", "", 9)
        for ln in R.get("head", []):
            p.cell(0, 4.8, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    for h, cc in R["blocks"]:
        for k, t, r in block_lines(h, cc, R):
            if k == "head":
                p.ln(2)
                p.set_font("DV", "B", 11)
                p.set_text_color(40, 70, 110)
                p.cell(0, 6.5, t.upper() if R.get("caps_heads", True) else t, new_x="LMARGIN", new_y="NEXT")
                p.set_text_color(0, 0, 0)
                p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
                p.ln(1.5)
            elif k in ("b", "i", "n", "h"):
                st = {"b": "B", "i": "I", "n": "", "h": "B"}[k]
                p.set_font("DV", st, 10.5 if k == "h" else 9.5)
                avail = p.w - p.r_margin - p.l_margin
                if r and p.get_string_width(t) + p.get_string_width(r) + 6 > avail:
                    p.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="L")
                    p.set_font("DV", "", 9.5)
                    p.cell(0, 5, r, align="R", new_x="LMARGIN", new_y="NEXT")
                elif r:
                    wr = p.get_string_width(r) + 3
                    y = p.get_y()
                    p.multi_cell(p.w - p.r_margin - p.l_margin - wr, 5, t, new_x="RIGHT", new_y="TOP", align="L")
                    y2 = p.get_y()
                    p.set_font("DV", "", 9.5)
                    p.set_xy(p.w - p.r_margin - wr, y)
                    p.cell(wr, 5, r, align="R", new_x="LMARGIN", new_y="NEXT")
                    p.set_y(max(p.get_y(), y + 5))
                else:
                    p.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "bul":
                p.set_font("DV", "", 9.2)
                p.set_x(p.l_margin + 4)
                p.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="L")
            elif k in ("para", "line"):
                p.set_font("DV", "", 9.2)
                p.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "gap":
                p.ln(1.8)
    p.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "CV")
    cp.created = datetime.datetime(2026, 11, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 20, 9, 0, 0)
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name = R.get("docx_font", "Calibri")
    style.font.size = Pt(10.5)
    layout = R.get("layout", "styles")
    tabpos = Cm(17)

    def para(container, text, bold=False, italic=False, right=None, style=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            r2 = p.add_run("\t" + right)
            r2.italic = R.get("date_italic", False)
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        if layout in ("styles", "header") and container is doc:
            doc.add_heading(text, level=R.get("head_level", 1))
        else:
            p = para(container, text.upper(), bold=True, size=11.5)
            p.paragraph_format.space_before = Pt(8)

    def emit(container, h, c):
        if h:
            heading(container, h)
        if isinstance(c, str):
            para(container, c)
        elif is_entries(c):
            prev = None
            for e in c:
                lines = entry_lines(e, R, prev)
                prev = e.org
                if layout == "table" and container is doc:
                    t = doc.add_table(rows=1, cols=2)
                    _no_borders(t)
                    left, right = t.rows[0].cells
                    left.width, right.width = Cm(12.5), Cm(4.5)
                    first = True
                    for k, txt, r in lines:
                        p = left.paragraphs[0] if first else left.add_paragraph()
                        first = False
                        run = p.add_run(txt)
                        run.bold = k in ("b", "h")
                        run.italic = k == "i"
                        if r:
                            right.paragraphs[0].add_run(r)
                    for b in bullet_texts(e, R):
                        left.add_paragraph(b)
                    doc.add_paragraph()
                    continue
                for k, txt, r in lines:
                    para(container, txt, bold=k in ("b", "h"), italic=k == "i", right=r)
                for b in e.bullets if R.get("bullet") == "list" else bullet_texts(e, R):
                    if R.get("bullet") == "list" and container is doc:
                        doc.add_paragraph(b, style="List Bullet")
                    else:
                        para(container, b)
        else:
            for x in c:
                if R.get("bullet") == "list" and container is doc and R.get("list_lines"):
                    doc.add_paragraph(x, style="List Bullet")
                else:
                    para(container, x)

    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        for x in R.get("head", []):
            sec.header.add_paragraph(x)
    elif layout == "sidebar":
        pass
    else:
        p = doc.add_paragraph()
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(18)
        for x in R.get("head", []):
            para(doc, x)
    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.5), Cm(11.5)
        _shade(sc, R.get("side_fill", "DCE6F0"))
        rr = sc.paragraphs[0].add_run(R["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for x in R.get("head", []):
            para(sc, x, size=9)
        for h, c in R.get("side", []):
            emit(sc, h, c)
        first = True
        for h, c in R["blocks"]:
            emit(mc, h, c)
        mc.paragraphs[0].text = R.get("side_top", "")
    else:
        for h, c in R.get("side", []):
            emit(doc, h, c)
        for h, c in R["blocks"]:
            emit(doc, h, c)
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].format(page="")
    doc.save(path)
    _fix_docx(path)


# ---------------------------------------------------------------- text / md / html
def render_txt(R, path):
    out = []
    caps = R.get("layout") == "caps"
    out.append(R["name"].upper() if caps else R["name"])
    out.extend(R.get("head", []))
    for blocks in (R.get("side", []), R["blocks"]):
        for h, c in blocks:
            for k, t, r in block_lines(h, c, R):
                if k == "head":
                    out.append("")
                    if caps:
                        out.append(t.upper())
                        out.append("=" * len(t))
                    else:
                        out.append(t.upper() if R.get("caps_heads") else t)
                        if R.get("underline"):
                            out.append("-" * len(t))
                elif k == "gap":
                    out.append("")
                else:
                    if r:
                        t = t + R.get("txt_join", "    ") + r
                    out.append(t)
    txt = "\n".join(out).replace("\n\n\n", "\n\n").rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(R, path):
    out = [f"# {R['name']}", ""]
    for x in R.get("head", []):
        out.append(x + "  ")
    bul = R.get("bullet", "-")
    mdb = bul if bul in ("-", "*") else "-"
    for blocks in (R.get("side", []), R["blocks"]):
        for h, c in blocks:
            out += ["", f"## {h}", ""]
            if isinstance(c, str):
                out.append(c)
            elif is_entries(c):
                prev = None
                for e in c:
                    for k, t, r in entry_lines(e, R, prev):
                        if k == "h":
                            out += [f"### {t}", ""]
                        elif k == "b":
                            out.append((f"#### {t}" if R.get("order") == "orgfirst" else f"### {t}") if not R.get("md_bold") else f"**{t}**" + ("  " if True else ""))
                            if r:
                                out.append(f"*{r}*  " if R.get("md_bold") else f"*{r}*")
                        elif k == "i":
                            out.append(f"_{t}_  ")
                        else:
                            out.append(t + "  ")
                    prev = e.org
                    out.append("")
                    if R.get("bullet") == "para":
                        if e.bullets:
                            out += [" ".join(e.bullets), ""]
                    else:
                        out += [f"{mdb} {b}" for b in e.bullets]
                        out.append("")
            else:
                out += [f"{mdb} {x}" if R.get("md_list", True) else x + "  " for x in c]
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.rstrip() + "\n")


def render_html(R, path):
    e_ = H.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e_(R['name'])} – CV</title>",
           "<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto}h2{border-bottom:1px solid #999}"
           ".d{float:right;color:#555}.side{background:#eef;padding:8px}</style></head><body>",
           f"<h1>{e_(R['name'])}</h1>"]
    if R.get("head"):
        out.append("<p>" + "<br>".join(e_(x) for x in R["head"]) + "</p>")
    for cls, blocks in (("side", R.get("side", [])), ("main", R["blocks"])):
        if not blocks:
            continue
        out.append(f"<div class=\"{cls}\">")
        for h, c in blocks:
            out.append(f"<h2>{e_(h)}</h2>")
            if isinstance(c, str):
                out.append(f"<p>{e_(c)}</p>")
            elif is_entries(c):
                prev = None
                for e in c:
                    out.append("<div class=\"job\">")
                    for k, t, r in entry_lines(e, R, prev):
                        d = f"<span class=\"d\">{e_(r)}</span>" if r else ""
                        if k == "h":
                            out.append(f"<h3>{e_(t)}</h3>")
                        elif k == "b":
                            out.append(f"<p><strong>{e_(t)}</strong>{d}</p>" if R.get("order") != "orgfirst" else f"<h4>{e_(t)}{d}</h4>")
                        elif k == "i":
                            out.append(f"<p><em>{e_(t)}</em>{d}</p>")
                        else:
                            out.append(f"<p>{e_(t)}{d}</p>")
                    prev = e.org
                    if R.get("bullet") == "para":
                        if e.bullets:
                            out.append(f"<p>{e_(' '.join(e.bullets))}</p>")
                    elif e.bullets:
                        out.append("<ul>" + "".join(f"<li>{e_(b)}</li>" for b in e.bullets) + "</ul>")
                    out.append("</div>")
            else:
                out.append("<ul>" + "".join(f"<li>{e_(x)}</li>" for x in c) + "</ul>")
        out.append("</div>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
