"""Renderers for wild28: reportlab canvas, fpdf2, python-docx, plain text, Markdown and HTML.

A résumé is a dict (see defs_a.py): name, contact lines, blocks of items. Items are lib.E entries,
strings (paragraphs) or tuples: ('b', text) bullet, ('h', left, right) bold line with right-aligned
text, ('i', text) italic line, ('kv', key, value) key/value line.
"""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import E, fmt_range

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 10, 19, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry header lines
def ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


HDR = {
    "title_org": lambda e: [(e.title, e.dates, "B"), (ol(e), None, "I")],
    "title_org_plain": lambda e: [(e.title, e.dates, "B"), (ol(e), None, "")],
    "org_title": lambda e: [(ol(e), e.dates, "B"), (e.title, None, "I")],
    "dateline": lambda e: [(e.title, None, "B"), (ol(e), None, ""), (e.dates, None, "I")],
    "dash": lambda e: [(" – ".join(x for x in (e.title, ol(e)) if x), e.dates, "B")],
    "pipe": lambda e: [(" | ".join(x for x in (e.title, e.org, e.loc) if x), e.dates, "B")],
    "inline": lambda e: [(", ".join(x for x in (e.title, e.org, e.loc, e.dates) if x), None, "B")],
    "orgfirst": lambda e: [(ol(e), None, "BG"), (e.title, e.dates, "I")],
    "title_comma_org": lambda e: [(", ".join(x for x in (e.title, e.org) if x), e.dates, "B"),
                                  (e.loc, None, "I")],
    "org_dates_title": lambda e: [(e.org or "", e.dates, "B"), (e.title + (f" ({e.loc})" if e.loc else ""), None, "I")],
}


def header_lines(R, e, prev):
    f = getattr(e, "_hdr", None) or R.get("hdr", "title_org")
    f = HDR[f] if isinstance(f, str) else f
    out = []
    for left, right, st in f(e):
        if "G" in st and prev is not None and prev.org == e.org:
            continue
        if not left and not right:
            continue
        out.append((left or "", right, st))
    return out


def prepare(R):
    for b in R["blocks"]:
        for it in b["items"]:
            if isinstance(it, E):
                if it.section is None:
                    it.section = b.get("sec", "work")
                it._hdr = b.get("hdr")
                it.dates = fmt_range(it, R["ds"])


def entries(R):
    return [it for b in R["blocks"] for it in b["items"] if isinstance(it, E)]


def head_text(R, h):
    return h.upper() if R.get("caps_heads") else h


# ---------------------------------------------------------------- reportlab
_RL_FONTS = {}


def _rl_fonts(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "helv":
        return {"": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
    if name == "times":
        return {"": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"}
    files = {"dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
             "dejavuserif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
             "dejavucond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")}[name]
    for f in files:
        if f not in _RL_FONTS:
            pdfmetrics.registerFont(TTFont(f, DEJAVU + f + ".ttf"))
            _RL_FONTS[f] = True
    return {"": files[0], "B": files[1], "I": files[2]}


class _RLFlow:
    """Records drawing ops per page so that footers can say 'page n of N'."""

    def __init__(self, R):
        from reportlab.lib.pagesizes import A4, letter
        self.R = R
        self.W, self.H = letter if R.get("page") == "letter" else A4
        self.fonts = _rl_fonts(R.get("font", "helv"))
        self.size = R.get("size", 10)
        self.pages = [[]]
        self.top = self.H - R.get("margin", 48)
        self.bottom = R.get("margin", 48) + (18 if R.get("layout") == "twopage" else 0)
        self.y = self.top
        self.x0 = R.get("margin", 48)
        self.x1 = self.W - R.get("margin", 48)
        self.accent = R.get("accent", (0.15, 0.25, 0.45))

    def op(self, *a):
        self.pages[-1].append(a)

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def sw(self, s, st, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.fonts[st], size)

    def wrap(self, s, st, size, width):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(s, self.fonts[st], size, width) or [""]

    def line(self, left, right, st="", size=None, x=None, x1=None, lead=None):
        size = size or self.size
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        lead = lead or size * 1.3
        fst = "B" if "B" in st else ("I" if "I" in st else "")
        rw = self.sw(right, "I" if self.R.get("dates_italic") else "", size) + 10 if right else 0
        parts = self.wrap(left, fst, size, x1 - x - rw)
        self.need(lead * len(parts))
        for i, p in enumerate(parts):
            self.op("text", x, self.y - size, p, fst, size, None)
            if i == 0 and right:
                self.op("rtext", x1, self.y - size, right, "I" if self.R.get("dates_italic") else "", size, None)
            self.y -= lead

    def para(self, s, st="", size=None, x=None, x1=None, indent=0, bullet=None):
        size = size or self.size
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        lead = size * 1.3
        tx = x + indent + (11 if bullet else 0)
        parts = self.wrap(s, st, size, x1 - tx)
        self.need(lead * min(len(parts), 2))
        for i, p in enumerate(parts):
            self.need(lead)
            if i == 0 and bullet:
                self.op("text", x + indent, self.y - size, bullet, "", size, None)
            self.op("text", tx, self.y - size, p, st, size, None)
            self.y -= lead

    def heading(self, h, x=None, x1=None):
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        style = self.R.get("rl_head", "rule")
        size = self.size + 1.5
        self.y -= 6
        self.need(size * 5.5)
        text = head_text(self.R, h)
        if style == "bar":
            self.op("rect", x, self.y - size - 4, x1 - x, size + 7, self.accent)
            self.op("text", x + 4, self.y - size, text, "B", size, (1, 1, 1))
            self.y -= size + 10
        else:
            self.op("text", x, self.y - size, text, "B", size, self.accent)
            self.y -= size + 3
            if style == "rule":
                self.op("hline", x, x1, self.y, self.accent)
                self.y -= 5
            else:
                self.y -= 2

    def draw(self, c):
        n = len(self.pages)
        for pno, ops in enumerate(self.pages, 1):
            for o in ops:
                kind = o[0]
                if kind in ("text", "rtext", "ctext"):
                    _, x, y, s, st, size, col = o
                    c.setFillColorRGB(*(col or (0, 0, 0)))
                    c.setFont(self.fonts[st], size)
                    {"text": c.drawString, "rtext": c.drawRightString, "ctext": c.drawCentredString}[kind](x, y, s)
                elif kind == "hline":
                    _, xa, xb, y, col = o
                    c.setStrokeColorRGB(*col)
                    c.setLineWidth(0.7)
                    c.line(xa, y, xb, y)
                elif kind == "rect":
                    _, x, y, w, h, col = o
                    c.setFillColorRGB(*col)
                    c.rect(x, y, w, h, stroke=0, fill=1)
            if self.R.get("layout") == "twopage":
                c.setFillColorRGB(0.35, 0.35, 0.35)
                c.setFont(self.fonts[""], 8)
                c.drawCentredString(self.W / 2, 28, self.R["footer"].format(n=pno, N=n))
            c.showPage()


def _rl_items(f, R, items, x=None, x1=None, size=None):
    prev = None
    bullet = R.get("bullet", "•")
    for it in items:
        if isinstance(it, E):
            f.need(size * 4 if size else f.size * 4)
            for left, right, st in header_lines(R, it, prev):
                f.line(left, right, st, size=size, x=x, x1=x1)
            if it.note:
                f.para(it.note, "I", size=(size or f.size) - 1, x=x, x1=x1)
            if it.prose:
                f.para(" ".join(it.bullets), "", size=size, x=x, x1=x1, indent=0)
            else:
                for b in it.bullets:
                    f.para(b, "", size=size, x=x, x1=x1, indent=8, bullet=bullet)
            f.y -= 5
            prev = it
        elif isinstance(it, str):
            f.para(it, "", size=size, x=x, x1=x1)
        elif it[0] == "b":
            f.para(it[1], "", size=size, x=x, x1=x1, indent=8, bullet=bullet)
        elif it[0] == "h":
            f.line(it[1], it[2], "B", size=size, x=x, x1=x1)
        elif it[0] == "i":
            f.para(it[1], "I", size=size, x=x, x1=x1)
        elif it[0] == "kv":
            f.para(f"{it[1]}: {it[2]}", "", size=size, x=x, x1=x1)
    return f


def render_reportlab(R, path):
    from reportlab.pdfgen import canvas
    f = _RLFlow(R)
    lay = R.get("layout", "plain")
    main = [b for b in R["blocks"] if not (lay == "sidebar" and b.get("side"))]
    side = [b for b in R["blocks"] if lay == "sidebar" and b.get("side")]
    if lay == "sidebar":
        sw = R.get("side_w", 170)
        f.op("rect", 0, 0, sw, f.H, R.get("side_col", (0.92, 0.93, 0.95)))
        sx0, sx1 = 18, sw - 14
        f.y = f.top
        f.line(R["name"], None, "B", size=17, x=sx0, x1=sx1, lead=21)
        if R.get("tagline"):
            f.para(R["tagline"], "I", size=9, x=sx0, x1=sx1)
        f.y -= 6
        for cl in R["contact"]:
            f.para(cl, "", size=8.5, x=sx0, x1=sx1)
        for b in side:
            f.heading(b["h"], x=sx0, x1=sx1)
            _rl_items(f, R, b["items"], x=sx0, x1=sx1, size=8.5)
        f.y = f.top
        f.x0 = sw + 22
    elif lay == "twocol":
        f.op("text", f.x0, f.y - 22, R["name"], "B", 22, f.accent)
        if R.get("tagline"):
            f.op("text", f.x0, f.y - 38, R["tagline"], "I", 10, None)
        yy = f.y - 8
        for cl in R["contact"]:
            f.op("rtext", f.x1, yy, cl, "", 8.5, None)
            yy -= 11
        f.y = min(f.y - 44, yy) - 4
        f.op("hline", f.x0, f.x1, f.y, f.accent)
        f.y -= 4
    else:
        f.op("ctext", f.W / 2, f.y - 20, R["name"], "B", 20, None)
        f.y -= 30
        if R.get("tagline"):
            f.op("ctext", f.W / 2, f.y - 10, R["tagline"], "I", 10, None)
            f.y -= 15
        for cl in R.get("contact_lines") or [" | ".join(R["contact"])]:
            f.op("ctext", f.W / 2, f.y - 9, cl, "", 9, None)
            f.y -= 12
        f.y -= 2
    for b in main:
        if b.get("pagebreak"):
            f.newpage()
        f.heading(b["h"])
        _rl_items(f, R, b["items"])
    c = canvas.Canvas(path, pagesize=(f.W, f.H), invariant=1)
    c.setTitle(R.get("doc_title", R["name"] + " - Resume"))
    c.setAuthor(R["name"])
    c.setCreator(R.get("creator", "Microsoft® Word for Microsoft 365"))
    f.draw(c)
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    fam = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "cond": "DejaVuSansCondensed"}[R.get("font", "sans")]

    class P(FPDF):
        def footer(self):
            if R.get("layout") == "twopage":
                self.set_y(-13)
                self.set_font("F", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, R["footer"].format(n=self.page_no(), N="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

    fmt = "letter" if R.get("page") == "letter" else "A4"
    pdf = P(format=fmt, unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(R.get("doc_title", R["name"] + " CV"))
    pdf.set_author(R["name"])
    pdf.set_creator(R.get("creator", "Writer"))
    suff = {"": ".ttf", "B": "-Bold.ttf", "I": ("-Italic.ttf" if fam == "DejaVuSerif" else "-Oblique.ttf")}
    for st, sf in suff.items():
        pdf.add_font("F", st, DEJAVU + fam + sf)
    m = R.get("margin_mm", 16)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, margin=18 if R.get("layout") == "twopage" else 12)
    pdf.add_page()
    size = R.get("size", 9.5)
    lh = size * 0.47
    acc = R.get("accent_rgb", (30, 60, 110))
    bullet = R.get("bullet", "•")
    lay = R.get("layout", "left")

    def line(left, right, st, sz=size):
        fst = "B" if "B" in st else ("I" if "I" in st else "")
        pdf.set_font("F", fst, sz)
        w = pdf.w - pdf.r_margin - pdf.l_margin
        x, y = pdf.l_margin, pdf.get_y()
        if y + lh > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        rw = 0
        if right:
            pdf.set_font("F", "I" if R.get("dates_italic") else "", sz)
            rw = pdf.get_string_width(right) + 3
            pdf.set_xy(x + w - rw, y)
            pdf.cell(rw, sz * 0.47, right, align="R")
            pdf.set_font("F", fst, sz)
        pdf.set_xy(x, y)
        pdf.multi_cell(w - rw - 1, sz * 0.47, left, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(s, st="", indent=0.0, bul=None, sz=size):
        pdf.set_font("F", st, sz)
        w = pdf.w - pdf.r_margin - pdf.l_margin
        pdf.set_x(pdf.l_margin + indent)
        if bul:
            pdf.cell(4, sz * 0.47, bul)
            pdf.multi_cell(w - indent - 4, sz * 0.47, s, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.multi_cell(w - indent, sz * 0.47, s, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(h, sz=size + 1.5):
        pdf.ln(2)
        if pdf.get_y() + 26 > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.set_font("F", "B", sz)
        pdf.set_text_color(*acc)
        pdf.cell(0, sz * 0.5, head_text(R, h), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(*acc)
        if R.get("fp_rule", True):
            pdf.line(pdf.l_margin, pdf.get_y() + 0.6, pdf.w - pdf.r_margin, pdf.get_y() + 0.6)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def items(its, sz=size):
        prev = None
        for it in its:
            if isinstance(it, E):
                if pdf.get_y() + 16 > pdf.h - pdf.b_margin:
                    pdf.add_page()
                for left, right, st in header_lines(R, it, prev):
                    line(left, right, st, sz)
                if it.note:
                    para(it.note, "I", sz=sz - 1)
                if it.prose:
                    para(" ".join(it.bullets), sz=sz)
                else:
                    for b in it.bullets:
                        para(b, indent=3, bul=bullet, sz=sz)
                pdf.ln(1.6)
                prev = it
            elif isinstance(it, str):
                para(it, sz=sz)
            elif it[0] == "b":
                para(it[1], indent=3, bul=bullet, sz=sz)
            elif it[0] == "h":
                line(it[1], it[2], "B", sz)
            elif it[0] == "i":
                para(it[1], "I", sz=sz)
            elif it[0] == "kv":
                para(f"{it[1]}: {it[2]}", sz=sz)

    main = [b for b in R["blocks"] if not (lay == "sidebar" and b.get("side"))]
    if lay == "sidebar":
        sw = R.get("side_mm", 62)
        pdf.set_fill_color(*R.get("side_rgb", (232, 236, 241)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_right_margin(pdf.w - sw + 6)
        pdf.set_xy(8, 14)
        pdf.set_font("F", "B", 15)
        pdf.multi_cell(sw - 14, 7, R["name"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if R.get("tagline"):
            para(R["tagline"], "I", sz=8.5)
        pdf.ln(2)
        for cl in R["contact"]:
            para(cl, sz=8)
        for b in R["blocks"]:
            if b.get("side"):
                heading(b["h"], sz=size + 0.5)
                items(b["items"], sz=size - 1.5)
        pdf.set_left_margin(sw + 8)
        pdf.set_right_margin(m)
        pdf.set_xy(sw + 8, 14)
    elif lay == "twocol":
        pdf.set_font("F", "B", 20)
        pdf.set_text_color(*acc)
        y0 = pdf.get_y()
        pdf.cell(100, 9, R["name"])
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("F", "", 8.5)
        yy = y0
        for cl in R["contact"]:
            pdf.set_xy(pdf.w - m - 80, yy)
            pdf.cell(80, 4.2, cl, align="R")
            yy += 4.2
        if R.get("tagline"):
            pdf.set_xy(m, y0 + 10)
            pdf.set_font("F", "I", 10)
            pdf.cell(100, 5, R["tagline"])
        pdf.set_xy(m, max(yy, y0 + 16) + 2)
        pdf.set_draw_color(*acc)
        pdf.line(m, pdf.get_y(), pdf.w - m, pdf.get_y())
        pdf.ln(1)
    else:
        align = "C" if lay in ("centred", "twopage") else "L"
        pdf.set_font("F", "B", 18)
        pdf.cell(0, 9, R["name"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if R.get("tagline"):
            pdf.set_font("F", "I", 10)
            pdf.cell(0, 5, R["tagline"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("F", "", 8.5)
        for cl in R.get("contact_lines") or [" · ".join(R["contact"])]:
            pdf.cell(0, 4.4, cl, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    for b in main:
        if b.get("pagebreak"):
            pdf.add_page()
        heading(b["h"])
        items(b["items"])
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 19, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(R, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    if R.get("page") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    mg = Cm(R.get("margin_cm", 2.0))
    sec.left_margin = sec.right_margin = mg
    sec.top_margin = sec.bottom_margin = Cm(R.get("margin_cm", 2.0) * 0.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("size", 10.5))
    st.paragraph_format.space_after = Pt(R.get("space_after", 2))
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        d.styles[hn].font.name = R.get("head_font", R.get("font", "Calibri"))
    d.styles["Heading 1"].font.size = Pt(R.get("size", 10.5) + 3)
    d.styles["Heading 2"].font.size = Pt(R.get("size", 10.5) + 1)
    acc = RGBColor(*R.get("accent_rgb", (31, 56, 100)))
    lay = R.get("layout", "styles")
    bullet_style = R.get("docx_bullet", "List Bullet")

    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    def add_par(container, text="", style=None):
        if style is None:
            return container.add_paragraph(text)
        return container.add_paragraph(text, style=style)

    def run(p, text, b=False, i=False, size=None, color=None):
        r = p.add_run(text)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
        return r

    def tab_par(container, left, right, st, width):
        p = add_par(container)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run(p, left, b="B" in st, i="I" in st)
        if right:
            run(p, "\t" + right, i=bool(R.get("dates_italic")))
        p.paragraph_format.space_after = Pt(0)
        return p

    def heading(container, h, width):
        h2 = head_text(R, h)
        if R.get("docx_head") == "h1" and container is d:
            p = d.add_heading(h2, level=1)
        else:
            p = add_par(container)
            run(p, h2, b=True, size=R.get("size", 10.5) + 1.5, color=acc)
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(3)
            pPr = p._p.get_or_add_pPr()
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "1F3864")):
                bot.set(qn("w:" + k), v)
            bdr.append(bot)
            pPr.append(bdr)
        return p

    def bullets(container, its):
        for b in its:
            if bullet_style == "char":
                p = add_par(container, R.get("bullet", "•") + " " + b)
                p.paragraph_format.left_indent = Cm(0.5)
            else:
                p = add_par(container, b, style=bullet_style)
            p.paragraph_format.space_after = Pt(0)

    def entry(container, e, prev, width):
        lines = header_lines(R, e, prev)
        if lay == "styles" and container is d:
            left, right, s = lines[0]
            h = d.add_heading(level=2)
            h.add_run(left)
            if right:
                p = add_par(d)
                run(p, right, i=True)
                p.paragraph_format.space_after = Pt(0)
            for left, right, s in lines[1:]:
                tab_par(d, left, right, s, width)
        elif lay in ("table", "nested"):
            t = container.add_table(rows=1, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            t.autofit = False
            wl = int(width * 0.72)
            c0, c1 = t.rows[0].cells
            c0.width, c1.width = wl, width - wl
            p0 = c0.paragraphs[0]
            first = True
            for left, right, s in lines:
                p = p0 if first else c0.add_paragraph()
                first = False
                run(p, left, b="B" in s, i="I" in s)
                p.paragraph_format.space_after = Pt(0)
                if right:
                    q = c1.paragraphs[0]
                    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    run(q, right, i=bool(R.get("dates_italic")))
            if e.note:
                run(c0.add_paragraph(), e.note, i=True)
        else:
            for left, right, s in lines:
                tab_par(container, left, right, s, width)
        if e.note and lay not in ("table", "nested"):
            p = add_par(container)
            run(p, e.note, i=True)
            p.paragraph_format.space_after = Pt(0)
        if e.prose:
            add_par(container, " ".join(e.bullets))
        else:
            bullets(container, e.bullets)
        sp = add_par(container)
        sp.paragraph_format.space_after = Pt(0)
        sp.paragraph_format.line_spacing = Pt(5)

    def items(container, its, width):
        prev = None
        for it in its:
            if isinstance(it, E):
                entry(container, it, prev, width)
                prev = it
            elif isinstance(it, str):
                add_par(container, it)
            elif it[0] == "b":
                bullets(container, [it[1]])
            elif it[0] == "h":
                tab_par(container, it[1], it[2], "B", width)
            elif it[0] == "i":
                run(add_par(container), it[1], i=True)
            elif it[0] == "kv":
                p = add_par(container)
                run(p, it[1] + ": ", b=True)
                run(p, it[2])

    # ---- name/contact
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(hp, R["name"], b=True, size=16, color=acc)
        hp2 = sec.header.add_paragraph()
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(hp2, "  |  ".join(R["contact"]), size=8.5)
        if R.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(fp, R["footer"], size=8)
        if R.get("tagline"):
            p = add_par(d)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, R["tagline"], i=True)
    elif lay not in ("sidebar", "nested"):
        if R.get("docx_title"):
            p = d.add_heading(R["name"], level=0)
        else:
            p = add_par(d)
            run(p, R["name"], b=True, size=20, color=acc)
        if R.get("center_name"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("tagline"):
            q = add_par(d)
            run(q, R["tagline"], i=True)
            if R.get("center_name"):
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cl in R.get("contact_lines") or [" • ".join(R["contact"])]:
            q = add_par(d)
            run(q, cl, size=R.get("size", 10.5) - 1)
            q.paragraph_format.space_after = Pt(0)
            if R.get("center_name"):
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if lay in ("sidebar", "nested"):
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        sw = int(text_w * R.get("side_frac", 0.32))
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = sw, text_w - sw
        if lay == "sidebar":
            _shade(c0, R.get("side_hex", "DCE6F0"))
        p = c0.paragraphs[0] if lay == "sidebar" else c1.paragraphs[0]
        run(p, R["name"], b=True, size=17, color=acc)
        tgt = c0 if lay == "sidebar" else c1
        if R.get("tagline"):
            run(tgt.add_paragraph(), R["tagline"], i=True)
        for cl in R["contact"]:
            q = c0.add_paragraph()
            run(q, cl, size=R.get("size", 10.5) - 1.5)
            q.paragraph_format.space_after = Pt(0)
        for b in R["blocks"]:
            box, w = (c0, sw - Cm(0.4)) if b.get("side") else (c1, text_w - sw - Cm(0.4))
            heading(box, b["h"], w)
            items(box, b["items"], w)
    else:
        for b in R["blocks"]:
            heading(d, b["h"], text_w)
            items(d, b["items"], text_w)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as fh:
        fh.write(_fix_zip(bio.getvalue()))


# ---------------------------------------------------------------- plain text
def render_txt(R, path):
    o = R.get("txt", {})
    W = o.get("width", 78)
    bul = R.get("bullet", "-")
    ind = o.get("indent", "  ")
    out = []

    def right_join(left, right):
        mode = o.get("right", "rjust")
        if not right:
            return left
        if mode == "rjust" and len(left) + len(right) + 3 <= W:
            return left + " " * (W - len(left) - len(right)) + right
        if mode == "paren":
            return f"{left} ({right})"
        if mode == "pipe":
            return f"{left} | {right}"
        if mode == "tab":
            return f"{left}\t{right}"
        return f"{left}, {right}" if mode == "comma" else f"{left}   {right}"

    def head(h):
        hs = o.get("head", "caps_rule")
        if hs == "caps_rule":
            out.extend(["", h.upper(), "-" * W])
        elif hs == "caps_eq":
            out.extend(["", h.upper(), "=" * len(h)])
        elif hs == "caps":
            out.extend(["", h.upper()])
        elif hs == "colon":
            out.extend(["", h + ":"])
        elif hs == "stars":
            out.extend(["", f"*** {h.upper()} ***"])
        elif hs == "underline":
            out.extend(["", h, "~" * len(h)])

    def wrapb(text, first, rest):
        return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest) or [first]

    # name block
    if o.get("center"):
        out.append(R["name"].center(W).rstrip())
        for cl in R.get("contact_lines") or R["contact"]:
            out.append(cl.center(W).rstrip())
    else:
        out.append(R["name"].upper() if o.get("caps_name") else R["name"])
        if R.get("tagline"):
            out.append(R["tagline"])
        out.extend(R.get("contact_lines") or R["contact"])
    for b in R["blocks"]:
        head(b["h"])
        prev = None
        after_entry = False
        for it in b["items"]:
            if not isinstance(it, E) and after_entry:
                out.append("")
                after_entry = False
            if isinstance(it, E):
                after_entry = True
                if prev is not None or o.get("blank_before_first"):
                    out.append("")
                for left, right, st in header_lines(R, it, prev):
                    txt = left.upper() if ("B" in st and o.get("caps_bold")) else left
                    out.append(right_join(txt, right))
                if it.note:
                    out.append(it.note)
                if it.prose:
                    out.extend(textwrap.wrap(" ".join(it.bullets), W))
                else:
                    for x in it.bullets:
                        out.extend(wrapb(x, ind + bul + " ", ind + " " * (len(bul) + 1)))
                prev = it
            elif isinstance(it, str):
                out.extend(textwrap.wrap(it, W) or [""])
            elif it[0] == "b":
                out.extend(wrapb(it[1], ind + bul + " ", ind + " " * (len(bul) + 1)))
            elif it[0] == "h":
                out.append(right_join(it[1], it[2]))
            elif it[0] == "i":
                out.append(it[1])
            elif it[0] == "kv":
                out.extend(wrapb(f"{it[1]}: {it[2]}", "", "    "))
    txt = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(txt)


# ---------------------------------------------------------------- Markdown
def render_md(R, path):
    o = R.get("md", {})
    bul = R.get("bullet", "-")
    hl = o.get("h", "##")
    out = [f"# {R['name']}", ""]
    if R.get("tagline"):
        out += [f"_{R['tagline']}_", ""]
    cl = R.get("contact_lines") or [" · ".join(R["contact"])]
    out += [("  \n".join(cl)), ""]
    if o.get("rule_after_name"):
        out += ["---", ""]
    for b in R["blocks"]:
        out += [f"{hl} {b['h']}", ""]
        prev = None
        for it in b["items"]:
            if isinstance(it, E):
                lines = header_lines(R, it, prev)
                em = o.get("entry", "h3")
                for k, (left, right, st) in enumerate(lines):
                    if k == 0 and em == "h3":
                        s = f"### {left}" + (f" — {right}" if right and o.get("dates_in_h3") else "")
                        out.append(s)
                        out.append("")
                        if right and not o.get("dates_in_h3"):
                            out.append(f"*{right}*  ")
                        continue
                    s = f"**{left}**" if "B" in st else (f"*{left}*" if "I" in st and left else left)
                    if right:
                        s += f" | {right}" if o.get("pipe_dates") else f" — *{right}*"
                    out.append(s + "  ")
                if it.note:
                    out.append(f"_{it.note}_  ")
                out.append("")
                if it.prose:
                    out += [" ".join(it.bullets), ""]
                elif it.bullets:
                    out += [f"{bul} {x}" for x in it.bullets] + [""]
                prev = it
            elif isinstance(it, str):
                out += [it, ""]
            elif it[0] == "b":
                out.append(f"{bul} {it[1]}")
            elif it[0] == "h":
                out += [f"**{it[1]}**" + (f" — {it[2]}" if it[2] else "") + "  "]
            elif it[0] == "i":
                out += [f"*{it[1]}*  "]
            elif it[0] == "kv":
                out += [f"**{it[1]}:** {it[2]}  "]
        out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt.rstrip() + "\n")


# ---------------------------------------------------------------- HTML
def render_html(R, path):
    o = R.get("html", {})
    esc = html.escape
    lay = o.get("layout", "simple")
    css = o.get("css", "")
    out = ["<!DOCTYPE html>", f'<html lang="{o.get("lang", "en")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(R.get('doc_title', R['name'] + ' – Résumé'))}</title>", "<style>", css, "</style>",
           "</head>", "<body>"]

    def ent(e, prev):
        s = ['<div class="job">']
        for k, (left, right, st) in enumerate(header_lines(R, e, prev)):
            if lay == "table":
                s.append(f'<table class="row"><tr><td class="{"b" if "B" in st else "i"}">{esc(left)}</td>'
                         f'<td class="when">{esc(right or "")}</td></tr></table>')
            else:
                tag = "h3" if k == 0 else "p"
                cls = ' class="sub"' if k else ""
                r = f' <span class="when">{esc(right)}</span>' if right else ""
                s.append(f"<{tag}{cls}>{esc(left)}{r}</{tag}>")
        if e.note:
            s.append(f'<p class="note">{esc(e.note)}</p>')
        if e.prose:
            s.append(f"<p>{esc(' '.join(e.bullets))}</p>")
        elif e.bullets:
            s.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>")
        s.append("</div>")
        return "\n".join(s)

    def block(b):
        s = [f'<section><h2>{esc(b["h"])}</h2>']
        prev = None
        lis = []
        for it in b["items"]:
            if not (isinstance(it, tuple) and it[0] == "b") and lis:
                s.append("<ul>" + "".join(lis) + "</ul>")
                lis = []
            if isinstance(it, E):
                s.append(ent(it, prev))
                prev = it
            elif isinstance(it, str):
                s.append(f"<p>{esc(it)}</p>")
            elif it[0] == "b":
                lis.append(f"<li>{esc(it[1])}</li>")
            elif it[0] == "h":
                r = f' <span class="when">{esc(it[2])}</span>' if it[2] else ""
                s.append(f"<p><strong>{esc(it[1])}</strong>{r}</p>")
            elif it[0] == "i":
                s.append(f"<p><em>{esc(it[1])}</em></p>")
            elif it[0] == "kv":
                s.append(f"<p><strong>{esc(it[1])}:</strong> {esc(it[2])}</p>")
        if lis:
            s.append("<ul>" + "".join(lis) + "</ul>")
        s.append("</section>")
        return "\n".join(s)

    headr = [f"<header><h1>{esc(R['name'])}</h1>"]
    if R.get("tagline"):
        headr.append(f'<p class="tag">{esc(R["tagline"])}</p>')
    headr.append('<p class="contact">' + " &middot; ".join(esc(c) for c in R["contact"]) + "</p></header>")
    if lay == "grid":
        out += headr
        out.append('<div class="wrap"><aside>')
        out += [block(b) for b in R["blocks"] if b.get("side")]
        out.append("</aside><main>")
        out += [block(b) for b in R["blocks"] if not b.get("side")]
        out.append("</main></div>")
    else:
        out += headr
        out += [block(b) for b in R["blocks"]]
    if o.get("footer"):
        out.append(f'<footer>{esc(o["footer"])}</footer>')
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}


def render(R, outdir):
    prepare(R)
    path = os.path.join(outdir, f"{R['id']}.{R['ext']}")
    RENDER[R["renderer"]](R, path)
    return path
