"""Renderers for wild128: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé dict R carries: file, name, head (contact lines), r (renderer), lay (layout),
hdr (entry header order), date (style/present/sep), bullet glyph, blocks and opts.
Blocks are dicts: {"k": "para"|"exp"|"list"|"bul"|"kv", "h": heading, "items"/"text", "side": bool}.
"""
import datetime
import html as htmlmod
import io
import textwrap
import zipfile

from lib import fmt_range, ym_index

FIXED_DT = datetime.datetime(2026, 10, 28, 9, 30, 0)
ZIP_DT = (2026, 10, 28, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------ common entry text

def dates_of(e, R):
    d = R.get("date", {})
    return fmt_range(e, d.get("style", "mon"), d.get("present", "Present"), d.get("sep", " – "))


def org_text(e, R, with_loc=True):
    parts = []
    if e.org:
        o = e.org
        if e.via:
            o = R.get("viafmt", "{org} (via {via})").format(org=e.org, via=e.via)
        parts.append(o)
    elif e.via:
        parts.append(e.via)
    if with_loc and e.loc:
        parts.append(e.loc)
    return R.get("orgsep", ", ").join(parts)


def head_lines(e, R, grouped=False):
    """Return header lines for an entry: list of (left, right, style).
    style: b=bold, i=italic, n=normal, bi=bold italic."""
    hdr = R.get("hdr", "title_org")
    dt = dates_of(e, R)
    dash = R.get("dash", " – ")
    if grouped:
        child = R.get("child", "{title}{dash}{client}")
        if e.org and e.org not in (e.grp or ""):
            left = child.format(title=e.title, client=org_text(e, R, R.get("child_loc", False)), dash=dash)
        else:
            left = e.title
        if R.get("child_inline_dates"):
            return [(f"{left} ({dt})" if dt else left, None, "b")]
        return [(left, dt or None, R.get("child_style", "b"))]
    ot = org_text(e, R)
    if hdr == "title_org":
        out = [(e.title, dt or None, "b")]
        if ot:
            out.append((ot, None, "i"))
        return out
    if hdr == "org_title":
        if ot:
            return [(ot, dt or None, "b"), (e.title, None, "i")]
        return [(e.title, dt or None, "b")]
    if hdr == "dash":
        left = e.title + (dash + ot if ot else "")
        return [(left, dt or None, "b")]
    if hdr == "pipe":
        bits = [e.title] + ([org_text(e, R, False)] if (e.org or e.via) else []) + ([e.loc] if e.loc else [])
        if dt:
            bits.append(dt)
        return [(" | ".join(bits), None, "b")]
    if hdr == "dateline":
        out = [(e.title, None, "b")]
        if ot:
            out.append((ot, None, "n"))
        if dt:
            out.append((dt, None, "i"))
        return out
    if hdr == "inline":
        bits = [e.title] + ([ot] if ot else []) + ([dt] if dt else [])
        return [(", ".join(bits), None, "b")]
    if hdr == "datefirst":
        left = e.title + (", " + ot if ot else "")
        return [((dt + R.get("dfsep", "   ") if dt else "") + left, None, "b")]
    if hdr == "title_dates_org":
        out = [(e.title + (f" ({dt})" if dt else ""), None, "b")]
        if ot:
            out.append((ot, None, "i"))
        return out
    raise ValueError(hdr)


def iter_exp(items):
    """Yield (group_heading_or_None, entry, first_in_group) so renderers can print a group heading once."""
    prev = None
    for e in items:
        if e.grp:
            yield e.grp, e, e.grp != prev
        else:
            yield None, e, False
        prev = e.grp


def body_of(e):
    """('prose', text) or ('bullets', list)."""
    if e.prose:
        return "prose", " ".join(e.bullets)
    return "bullets", list(e.bullets)


# ------------------------------------------------------------------ reportlab

class RLWriter:
    def __init__(self, path, R):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4, letter
        self.R = R
        o = R.get("opts", {})
        self.size = letter if o.get("page") == "letter" else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(path, pagesize=self.size, invariant=1, pageCompression=0)
        self.c.setAuthor(R["name"])
        self.c.setTitle(o.get("doctitle", R["name"] + " CV"))
        self.c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
        self.c.setProducer(o.get("producer", "Microsoft® Word for Microsoft 365"))
        fam = o.get("font", "Helvetica")
        if fam == "Times":
            self.f = {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
        else:
            self.f = {"n": fam, "b": fam + "-Bold", "i": fam + "-Oblique", "bi": fam + "-BoldOblique"}
        self.fs = o.get("size", 10)
        self.lead = self.fs * 1.3
        self.margin = o.get("margin", 54)
        self.x0 = self.margin
        self.x1 = self.W - self.margin
        self.y = self.H - self.margin
        self.page = 1
        self.accent = o.get("accent", (0, 0, 0))

    def footer(self):
        o = self.R.get("opts", {})
        ft = o.get("footer")
        if ft:
            self.c.setFont(self.f["n"], 8)
            self.c.setFillColorRGB(0.4, 0.4, 0.4)
            txt = ft.format(page=self.page, name=self.R["name"])
            self.c.drawCentredString(self.W / 2, 30, txt)
            self.c.setFillColorRGB(0, 0, 0)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.margin
        self.on_new_page()

    def on_new_page(self):
        pass

    def need(self, h):
        if self.y - h < self.margin + 10:
            self.newpage()

    def wrap(self, text, font, size, width):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(text, font, size, width) or [""]

    def line(self, left, right=None, style="n", size=None, x=None, x1=None, color=None):
        size = size or self.fs
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        font = self.f[style]
        rw = 0
        if right:
            rw = self.c.stringWidth(right, self.f["n"], size) + 8
        lines = self.wrap(left, font, size, x1 - x - rw)
        self.need(self.lead * len(lines))
        if color:
            self.c.setFillColorRGB(*color)
        for i, ln in enumerate(lines):
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, ln)
            if i == 0 and right:
                self.c.setFont(self.f["n"], size)
                self.c.drawRightString(x1, self.y, right)
            self.y -= size * 1.3
        if color:
            self.c.setFillColorRGB(0, 0, 0)

    def bullet(self, text, glyph, x=None, x1=None, size=None):
        size = size or self.fs
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        ind = 11
        lines = self.wrap(text, self.f["n"], size, x1 - x - ind)
        self.need(size * 1.3 * len(lines))
        for i, ln in enumerate(lines):
            self.c.setFont(self.f["n"], size)
            if i == 0 and glyph:
                self.c.drawString(x + 1, self.y, glyph)
            self.c.drawString(x + ind, self.y, ln)
            self.y -= size * 1.3

    def gap(self, h):
        self.y -= h


def _rl_heading(w, text, x=None, x1=None):
    o = w.R.get("opts", {})
    x = w.x0 if x is None else x
    x1 = w.x1 if x1 is None else x1
    w.need(w.lead * 3)
    w.gap(o.get("hgap", 6))
    hs = o.get("hstyle", "caps_rule")
    size = w.fs + 1.5
    if hs == "caps_rule":
        w.line(text.upper(), None, "b", size, x, x1, w.accent)
        w.c.setStrokeColorRGB(*w.accent)
        w.c.setLineWidth(0.6)
        w.c.line(x, w.y + size * 0.9, x1, w.y + size * 0.9)
        w.gap(2)
    elif hs == "colour":
        w.line(text, None, "b", size + 2, x, x1, w.accent)
        w.gap(1)
    elif hs == "underline_bold":
        w.line(text, None, "b", size, x, x1)
        tw = w.c.stringWidth(text, w.f["b"], size)
        w.c.line(x, w.y + size * 1.05, x + tw, w.y + size * 1.05)
        w.gap(2)
    else:
        w.line(text, None, "b", size, x, x1)


def _rl_block(w, b, R, x, x1, small=False):
    size = w.fs - (1 if small else 0)
    glyph = R.get("bullet", "•")
    if b.get("h"):
        _rl_heading(w, b["h"], x, x1)
    k = b["k"]
    if k == "para":
        w.line(b["text"], None, "n", size, x, x1)
    elif k == "list":
        for it in b["items"]:
            w.line(it, None, "n", size, x, x1)
    elif k == "bul":
        for it in b["items"]:
            w.bullet(it, glyph, x, x1, size)
    elif k == "kv":
        for kk, vv in b["items"]:
            w.line(f"{kk}: {vv}", None, "n", size, x, x1)
    elif k == "exp":
        datesleft = R.get("lay") == "datesleft"
        dcol = R.get("opts", {}).get("dcol", 92)
        for grp, e, first in iter_exp(b["items"]):
            w.need(w.lead * 4)
            if grp and first:
                w.gap(3)
                w.line(grp, None, "b", size + 0.5, x, x1)
            hl = head_lines(e, R, grouped=bool(grp))
            if datesleft:
                dt = dates_of(e, R)
                ystart = w.y
                w.c.setFont(w.f["n"], size - 0.5)
                w.c.setFillColorRGB(0.3, 0.3, 0.3)
                w.c.drawString(x, w.y, dt)
                w.c.setFillColorRGB(0, 0, 0)
                xx = x + dcol
                for left, right, st in hl:
                    w.line(left, None, st, size, xx, x1)
                w.y = min(w.y, ystart - w.lead)
                if e.note:
                    w.line(e.note, None, "i", size - 1, xx, x1)
                mode, body = body_of(e)
                if mode == "prose":
                    w.line(body, None, "n", size, xx, x1)
                else:
                    for bl in body:
                        w.bullet(bl, glyph, xx, x1, size)
            else:
                ind = 10 if grp else 0
                for left, right, st in hl:
                    w.line(left, right, st, size, x + ind, x1)
                if e.note:
                    w.line(e.note, None, "i", size - 1, x + ind, x1)
                mode, body = body_of(e)
                if mode == "prose":
                    w.line(body, None, "n", size, x + ind, x1)
                else:
                    for bl in body:
                        w.bullet(bl, glyph, x + ind + 4, x1, size)
            w.gap(R.get("opts", {}).get("egap", 5))


def render_rl(R, path):
    w = RLWriter(path, R)
    o = R.get("opts", {})
    lay = R.get("lay", "plain")
    name_size = o.get("name_size", 20)
    if lay == "sidebar":
        sw = o.get("sidew", 170)
        shade = o.get("shade", (0.92, 0.93, 0.95))

        def paint():
            w.c.setFillColorRGB(*shade)
            w.c.rect(0, 0, sw, w.H, stroke=0, fill=1)
            w.c.setFillColorRGB(0, 0, 0)
        paint()
        w.on_new_page = paint
        # sidebar content
        sx, sx1 = 18, sw - 14
        w.y = w.H - 50
        w.line(R["name"], None, "b", name_size - 4, sx, sx1, w.accent)
        w.gap(6)
        for ln in R["head"]:
            w.line(ln, None, "n", w.fs - 1.5, sx, sx1)
        for b in R["blocks"]:
            if b.get("side"):
                _rl_block(w, b, R, sx, sx1, small=True)
        # main column
        w.y = w.H - 50
        mx = sw + 24
        for b in R["blocks"]:
            if not b.get("side"):
                _rl_block(w, b, R, mx, w.W - 40)
        w.footer()
        w.c.save()
        return
    # single column header
    align = o.get("align", "left")
    w.c.setFillColorRGB(*w.accent)
    w.c.setFont(w.f["b"], name_size)
    if align == "center":
        w.c.drawCentredString(w.W / 2, w.y - name_size + 8, R["name"])
    else:
        w.c.drawString(w.x0, w.y - name_size + 8, R["name"])
    w.c.setFillColorRGB(0, 0, 0)
    w.y -= name_size + 4
    for ln in R["head"]:
        w.c.setFont(w.f["n"], w.fs - 1)
        if align == "center":
            w.c.drawCentredString(w.W / 2, w.y, ln)
        else:
            w.c.drawString(w.x0, w.y, ln)
        w.y -= (w.fs - 1) * 1.35
    w.gap(4)
    if o.get("toprule"):
        w.c.setLineWidth(1.2)
        w.c.line(w.x0, w.y + 6, w.x1, w.y + 6)
    for b in R["blocks"]:
        _rl_block(w, b, R, w.x0, w.x1)
    w.footer()
    w.c.save()


# ------------------------------------------------------------------ fpdf2

def render_fpdf(R, path):
    from fpdf import FPDF
    o = R.get("opts", {})

    class P(FPDF):
        def footer(self):
            ft = o.get("footer")
            if ft:
                self.set_y(-12)
                self.set_font(fam, "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 5, ft.format(page=self.page_no(), name=R["name"]), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=o.get("page", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(R["name"])
    pdf.set_title(o.get("doctitle", R["name"] + " - CV"))
    pdf.set_creator(o.get("creator", "Google Docs Renderer"))
    pdf.set_producer(o.get("producer", "Skia/PDF m131"))
    fam = o.get("font", "dv")
    files = {
        "dv": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
        "dvc": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf"),
        "dvs": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    }[fam]
    pdf.add_font(fam, "", FONT_DIR + files[0])
    pdf.add_font(fam, "B", FONT_DIR + files[1])
    pdf.add_font(fam, "I", FONT_DIR + files[2])
    m = o.get("margin", 16)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    fs = o.get("size", 9.5)
    lh = fs * 0.48
    acc = o.get("accent", (0, 0, 0))
    lay = R.get("lay", "left")
    W = pdf.w - 2 * m
    glyph = R.get("bullet", "•")
    st = {"b": "B", "i": "I", "n": "", "bi": "B"}

    # header
    align = "C" if lay == "centred" else "L"
    pdf.set_font(fam, "B", o.get("name_size", 17))
    pdf.set_text_color(*acc)
    pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font(fam, "", fs - 0.5)
    for ln in R["head"]:
        pdf.multi_cell(0, lh, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    def heading(text):
        pdf.ln(2.5)
        if pdf.will_page_break(18):
            pdf.add_page()
        hs = o.get("hstyle", "rule")
        pdf.set_text_color(*acc)
        if hs == "rule":
            pdf.set_font(fam, "B", fs + 1.5)
            pdf.cell(0, 6, text.upper() if o.get("hcaps", True) else text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(m, pdf.get_y(), m + W, pdf.get_y())
            pdf.ln(1.5)
        elif hs == "band":
            pdf.set_fill_color(*o.get("band", (230, 230, 230)))
            pdf.set_font(fam, "B", fs + 1)
            pdf.cell(0, 6, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font(fam, "B", fs + 2.5)
            pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    def bullet(text, x):
        pdf.set_font(fam, "", fs)
        pdf.set_x(x)
        pdf.cell(4, lh, glyph)
        pdf.multi_cell(W - (x - m) - 4, lh, text, new_x="LMARGIN", new_y="NEXT")

    def line(left, right, s, x):
        pdf.set_font(fam, st[s], fs + (0.5 if s == "b" else 0))
        pdf.set_x(x)
        if right:
            pdf.set_font(fam, "", fs)
            rw = pdf.get_string_width(right) + 2
            y0 = pdf.get_y()
            pdf.set_xy(m + W - rw, y0)
            pdf.cell(rw, lh, right, align="R")
            pdf.set_xy(x, y0)
            pdf.set_font(fam, st[s], fs + (0.5 if s == "b" else 0))
            pdf.multi_cell(W - (x - m) - rw - 2, lh, left, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(W - (x - m), lh, left, new_x="LMARGIN", new_y="NEXT")

    dcol = o.get("dcol", 34)
    _mc = pdf.multi_cell
    _al = "J" if o.get("justify") else "L"

    def _multi(*a, **k):
        k.setdefault("align", _al)
        return _mc(*a, **k)
    pdf.multi_cell = _multi
    for b in R["blocks"]:
        if b.get("h"):
            heading(b["h"])
        k = b["k"]
        pdf.set_font(fam, "", fs)
        if k == "para":
            pdf.multi_cell(0, lh, b["text"], new_x="LMARGIN", new_y="NEXT")
        elif k == "list":
            for it in b["items"]:
                pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
        elif k == "bul":
            for it in b["items"]:
                bullet(it, m)
        elif k == "kv":
            for kk, vv in b["items"]:
                pdf.set_font(fam, "B", fs)
                pdf.cell(pdf.get_string_width(kk + ": ") + 1, lh, kk + ":")
                pdf.set_font(fam, "", fs)
                pdf.multi_cell(0, lh, vv, new_x="LMARGIN", new_y="NEXT")
        elif k == "exp":
            for grp, e, first in iter_exp(b["items"]):
                if pdf.will_page_break(22):
                    pdf.add_page()
                if grp and first:
                    pdf.ln(1)
                    pdf.set_font(fam, "B", fs + 0.5)
                    pdf.multi_cell(0, lh + 0.4, grp, new_x="LMARGIN", new_y="NEXT")
                hl = head_lines(e, R, grouped=bool(grp))
                if lay == "table":
                    y0 = pdf.get_y()
                    pdf.set_font(fam, "", fs - 0.5)
                    pdf.set_text_color(70, 70, 70)
                    pdf.multi_cell(dcol - 2, lh, dates_of(e, R), new_x="LMARGIN", new_y="NEXT")
                    y1 = pdf.get_y()
                    pdf.set_text_color(0, 0, 0)
                    pdf.set_y(y0)
                    xx = m + dcol
                    for left, right, s in hl:
                        line(left, None, s, xx)
                    if e.note:
                        line(e.note, None, "i", xx)
                    mode, body = body_of(e)
                    if mode == "prose":
                        pdf.set_font(fam, "", fs)
                        pdf.set_x(xx)
                        pdf.multi_cell(W - dcol, lh, body, new_x="LMARGIN", new_y="NEXT")
                    else:
                        for bl in body:
                            bullet(bl, xx)
                    if pdf.get_y() < y1:
                        pdf.set_y(y1)
                else:
                    xx = m + (4 if grp else 0)
                    for left, right, s in hl:
                        line(left, right, s, xx)
                    if e.note:
                        line(e.note, None, "i", xx)
                    mode, body = body_of(e)
                    if mode == "prose":
                        pdf.set_font(fam, "", fs)
                        pdf.set_x(xx)
                        pdf.multi_cell(W - (xx - m), lh, body, new_x="LMARGIN", new_y="NEXT")
                    else:
                        for bl in body:
                            bullet(bl, xx + 2)
                pdf.ln(o.get("egap", 2.2))
    pdf.output(path)


# ------------------------------------------------------------------ docx

def _docx_fixed_save(doc, path, R):
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("opts", {}).get("doctitle", "CV")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH

    o = R.get("opts", {})
    lay = R.get("lay", "styles")
    doc = Document()
    sec = doc.sections[0]
    if o.get("page") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    mg = Cm(o.get("margin_cm", 2.0))
    sec.left_margin = sec.right_margin = mg
    sec.top_margin = sec.bottom_margin = Cm(o.get("margin_cm", 2.0))
    textw = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    glyph = R.get("bullet", "•")
    use_list_style = o.get("list_style", lay == "styles")

    def add_par(container, text="", style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            p.add_run(text)
        return p

    def bullet(container, text):
        if use_list_style:
            p = container.add_paragraph(text, style="List Bullet")
        else:
            p = container.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.4)
            p.add_run(f"{glyph}\t" if o.get("bullet_tab") else f"{glyph} ")
            p.add_run(text)
        p.paragraph_format.space_after = Pt(0)
        return p

    def heading(container, text, in_cell=False):
        hs = o.get("hstyle", "h1")
        if hs == "h1" and not in_cell:
            return doc.add_heading(text, level=1)
        p = container.add_paragraph()
        r = p.add_run(text.upper() if hs == "caps" else text)
        r.bold = True
        r.font.size = Pt(o.get("size", 10.5) + 1.5)
        if o.get("hcolor"):
            r.font.color.rgb = RGBColor.from_string(o["hcolor"])
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        return p

    def tabline(container, left, right, style, width):
        p = container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = style in ("b", "bi")
        r.italic = style in ("i", "bi")
        if right:
            sep = o.get("tabsep", "\t")
            r2 = p.add_run(sep + right)
            r2.bold = bool(o.get("dates_bold"))
        p.paragraph_format.space_after = Pt(0)
        return p

    def exp_block(container, items, width, in_cell=False):
        for grp, e, first in iter_exp(items):
            if grp and first:
                p = container.add_paragraph()
                p.add_run(grp).bold = True
                p.paragraph_format.space_before = Pt(8)
                p.paragraph_format.space_after = Pt(0)
            hl = head_lines(e, R, grouped=bool(grp))
            if lay == "table" and not in_cell:
                t = container.add_table(rows=1, cols=2)
                _no_borders(t)
                t.autofit = False
                c0, c1 = t.rows[0].cells
                c0.width = int(width * 0.7)
                c1.width = int(width * 0.3)
                first_p = True
                for left, right, st in hl:
                    p = c0.paragraphs[0] if first_p else c0.add_paragraph()
                    first_p = False
                    r = p.add_run(left)
                    r.bold = st in ("b", "bi")
                    r.italic = st in ("i", "bi")
                dt = dates_of(e, R)
                c1.paragraphs[0].add_run(dt)
                c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if e.note:
                    c0.add_paragraph().add_run(e.note).italic = True
                mode, body = body_of(e)
                tgt = c0 if o.get("bullets_in_cell") else container
                if mode == "prose":
                    add_par(tgt, body)
                else:
                    for bl in body:
                        bullet(tgt, bl)
                container.add_paragraph().paragraph_format.space_after = Pt(0)
                continue
            if lay == "styles" and not in_cell and not grp:
                left, right, st = hl[0]
                h = doc.add_heading(level=2)
                h.add_run(left)
                if right:
                    h.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    h.add_run("\t" + right)
                for left, right, st in hl[1:]:
                    tabline(container, left, right, st, width)
            else:
                for left, right, st in hl:
                    tabline(container, left, right, st, width)
            if e.note:
                p = container.add_paragraph()
                p.add_run(e.note).italic = True
                p.paragraph_format.space_after = Pt(0)
            mode, body = body_of(e)
            if mode == "prose":
                p = add_par(container, body)
            else:
                for bl in body:
                    bullet(container, bl)
            sp = container.add_paragraph()
            sp.paragraph_format.space_after = Pt(0)

    def block(container, b, width, in_cell=False):
        if b.get("h"):
            heading(container, b["h"], in_cell)
        k = b["k"]
        if k == "para":
            add_par(container, b["text"])
        elif k == "list":
            for it in b["items"]:
                p = add_par(container, it)
                p.paragraph_format.space_after = Pt(0)
        elif k == "bul":
            for it in b["items"]:
                bullet(container, it)
        elif k == "kv":
            for kk, vv in b["items"]:
                p = container.add_paragraph()
                p.add_run(kk + ": ").bold = True
                p.add_run(vv)
                p.paragraph_format.space_after = Pt(0)
        elif k == "exp":
            exp_block(container, b["items"], width, in_cell)

    # header / name
    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ln in R["head"]:
            hdr.add_paragraph(ln)
        ft = o.get("footer")
        if ft:
            fp = sec.footer.paragraphs[0]
            fp.add_run(ft.format(name=R["name"], page=""))
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for b in R["blocks"]:
            block(doc, b, textw)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        side, main = t.rows[0].cells
        sw = int(textw * 0.33)
        side.width = sw
        main.width = textw - sw
        _shade(side, o.get("shade", "DCE6F0"))
        p = side.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        for ln in R["head"]:
            side.add_paragraph(ln).paragraph_format.space_after = Pt(0)
        for b in R["blocks"]:
            if b.get("side"):
                block(side, b, sw, True)
        for b in R["blocks"]:
            if not b.get("side"):
                block(main, b, textw - sw - Cm(0.4), True)
        ft = o.get("footer")
        if ft:
            sec.footer.paragraphs[0].add_run(ft.format(name=R["name"], page=""))
    else:
        if lay == "styles":
            doc.add_heading(R["name"], level=0)
        else:
            p = doc.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(o.get("name_size", 16))
            if o.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in R["head"]:
            p = doc.add_paragraph(ln)
            p.paragraph_format.space_after = Pt(0)
            if o.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ft = o.get("footer")
        if ft:
            sec.footer.paragraphs[0].add_run(ft.format(name=R["name"], page=""))
        for b in R["blocks"]:
            block(doc, b, textw)
    _docx_fixed_save(doc, path, R)


# ------------------------------------------------------------------ plain text

def _months_between(e):
    a = ym_index(e.gold_start())
    b = ym_index(e.gold_end())
    return b - a + 1


def _dur(n):
    y, mo = divmod(n, 12)
    bits = []
    if y:
        bits.append(f"{y} yr" + ("s" if y > 1 else ""))
    if mo:
        bits.append(f"{mo} mo" + ("s" if mo > 1 else ""))
    return " ".join(bits)


def render_text(R):
    o = R.get("opts", {})
    lay = R.get("lay", "caps")
    width = o.get("wrap", 0)
    glyph = R.get("bullet", "-")
    out = []

    def w(s=""):
        if width and len(s) > width:
            ind = " " * (len(s) - len(s.lstrip(" ")) + (2 if s.lstrip().startswith(glyph) else 0))
            out.extend(textwrap.wrap(s, width, subsequent_indent=ind, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(s)

    def head(h):
        hs = o.get("hstyle", "caps")
        out.append("")
        if hs == "caps":
            out.append(h.upper())
        elif hs == "caps_rule":
            out.append(h.upper())
            out.append(o.get("rulechar", "-") * len(h))
        elif hs == "colon":
            out.append(h + ":")
        elif hs == "hash":
            out.append("## " + h)
        elif hs == "star":
            out.append("*** " + h.upper() + " ***")
        else:
            out.append(h)

    if o.get("preamble"):
        for ln in o["preamble"]:
            w(ln)
    if R["name"]:
        w(R["name"].upper() if o.get("name_caps") else R["name"])
    for ln in R["head"]:
        w(ln)

    for b in R["blocks"]:
        if b.get("h"):
            head(b["h"])
        k = b["k"]
        if k == "para":
            w(b["text"])
        elif k == "list":
            for it in b["items"]:
                w(it)
        elif k == "bul":
            for it in b["items"]:
                w(f"{glyph} {it}")
        elif k == "kv":
            for kk, vv in b["items"]:
                w(f"{kk}: {vv}")
        elif k == "exp":
            if lay == "form":
                for i, e in enumerate(b["items"], 1):
                    out.append("")
                    F = o.get("form_fields")
                    out.append(F["n"].format(i=i))
                    out.append(F["org"] + " " + (org_text(e, R, False) if (e.org or e.via) else "N/A"))
                    if F.get("loc"):
                        out.append(F["loc"] + " " + (e.loc or ""))
                    out.append(F["title"] + " " + e.title)
                    d = R.get("date", {})
                    if e.dtext is not None or e.start is None:
                        out.append(F["dates"] + " " + (e.dtext or ""))
                    else:
                        from lib import fmt_point
                        a = fmt_point(e.start, d.get("style"), d.get("present"))
                        z = fmt_point(e.end, d.get("style"), d.get("present"))
                        out.append(F["from"] + " " + a + "    " + F["to"] + " " + z)
                    w(F["duties"] + " " + " ".join(e.bullets))
                    if e.note:
                        out.append(F["reason"] + " " + e.note)
                continue
            if lay == "linkedin":
                for e in b["items"]:
                    out.append("")
                    out.append(e.title)
                    ot = org_text(e, R, False) if (e.org or e.via) else ""
                    out.append(ot + (f" · {e.note}" if e.note else ""))
                    dt = dates_of(e, R)
                    if e.start and e.dtext is None:
                        dt += " · " + _dur(_months_between(e))
                    out.append(dt)
                    if e.loc:
                        out.append(e.loc)
                    mode, body = body_of(e)
                    if mode == "prose":
                        w(body)
                    else:
                        for bl in body:
                            w(f"{glyph} {bl}")
                continue
            for grp, e, first in iter_exp(b["items"]):
                if grp and first:
                    out.append("")
                    out.append(grp)
                if not grp:
                    out.append("")
                hl = head_lines(e, R, grouped=bool(grp))
                pre = "  " if grp else ""
                for left, right, st in hl:
                    # header lines are never wrapped (dates stay on the title line)
                    if right:
                        sep = o.get("rsep", "    ")
                        out.append(pre + left + sep + right)
                    else:
                        out.append(pre + left)
                if e.note:
                    w(pre + e.note)
                mode, body = body_of(e)
                if mode == "prose":
                    w(pre + body)
                else:
                    for bl in body:
                        w(f"{pre}{glyph} {bl}")
    if o.get("postamble"):
        for ln in o["postamble"]:
            w(ln)
    text = "\n".join(out).strip("\n") + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text


def render_md(R):
    o = R.get("opts", {})
    glyph = R.get("bullet", "-")
    out = [f"# {R['name']}", ""]
    for ln in R["head"]:
        out.append(ln + ("  " if o.get("hardbreak") else ""))
    hl_prefix = o.get("hprefix", "## ")
    for b in R["blocks"]:
        out.append("")
        if b.get("h"):
            out.append(hl_prefix + b["h"])
            out.append("")
        k = b["k"]
        if k == "para":
            out.append(b["text"])
        elif k == "list":
            for it in b["items"]:
                out.append(it + "  ")
        elif k == "bul":
            for it in b["items"]:
                out.append(f"{glyph} {it}")
        elif k == "kv":
            for kk, vv in b["items"]:
                out.append(f"**{kk}:** {vv}  ")
        elif k == "exp":
            md = o.get("entry", "h3")
            for grp, e, first in iter_exp(b["items"]):
                if grp and first:
                    out.append(f"### {grp}")
                    out.append("")
                dt = dates_of(e, R)
                ot = org_text(e, R)
                if grp:
                    hl = head_lines(e, R, grouped=True)
                    left, right, _ = hl[0]
                    out.append(f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
                elif md == "h3":
                    out.append(f"### {e.title}")
                    out.append(" · ".join(x for x in [f"**{ot}**" if ot else "", dt] if x) + "  ")
                elif md == "bold":
                    out.append(f"**{e.title}**" + (f", {ot}" if ot else "") + (f" — _{dt}_" if dt else "") + "  ")
                elif md == "h3_dash":
                    out.append(f"### {e.title}" + (f" – {ot}" if ot else ""))
                    if dt:
                        out.append(f"*{dt}*  ")
                if e.note:
                    out.append(f"_{e.note}_  ")
                mode, body = body_of(e)
                if mode == "prose":
                    out.append("")
                    out.append(body)
                else:
                    if body:
                        out.append("")
                    for bl in body:
                        out.append(f"{glyph} {bl}")
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def render_html(R):
    o = R.get("opts", {})
    def E_(x):
        return htmlmod.escape(x, quote=False)
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{E_(R['name'])} – Résumé</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase;margin-top:22px}"
           ".job h3{margin:12px 0 0;font-size:14px}.meta{margin:0;color:#444}.dates{float:right}"
           "ul{margin:4px 0 6px 18px;padding:0}</style>", "</head>", "<body>",
           f"<h1>{E_(R['name'])}</h1>"]
    out.append("<p class=\"contact\">" + "<br>".join(E_(x) for x in R["head"]) + "</p>")
    for b in R["blocks"]:
        if b.get("h"):
            out.append(f"<h2>{E_(b['h'])}</h2>")
        k = b["k"]
        if k == "para":
            out.append(f"<p>{E_(b['text'])}</p>")
        elif k == "list":
            out.append("<p>" + "<br>\n".join(E_(x) for x in b["items"]) + "</p>")
        elif k == "bul":
            out.append("<ul>" + "".join(f"<li>{E_(x)}</li>" for x in b["items"]) + "</ul>")
        elif k == "kv":
            out.append("<table>" + "".join(f"<tr><th align=left>{E_(a)}</th><td>{E_(v)}</td></tr>"
                                          for a, v in b["items"]) + "</table>")
        elif k == "exp":
            for grp, e, first in iter_exp(b["items"]):
                if grp and first:
                    out.append(f"<h3 class=\"group\">{E_(grp)}</h3>")
                dt = dates_of(e, R)
                out.append("<div class=\"job\">")
                if grp:
                    left, right, _ = head_lines(e, R, grouped=True)[0]
                    out.append(f"<h4>{E_(left)} <span class=\"dates\">{E_(right or '')}</span></h4>")
                else:
                    out.append(f"<h3>{E_(e.title)} <span class=\"dates\">{E_(dt)}</span></h3>")
                    ot = org_text(e, R)
                    if ot:
                        out.append(f"<p class=\"meta\"><strong>{E_(ot)}</strong></p>")
                if e.note:
                    out.append(f"<p class=\"meta\"><em>{E_(e.note)}</em></p>")
                mode, body = body_of(e)
                if mode == "prose":
                    out.append(f"<p>{E_(body)}</p>")
                elif body:
                    out.append("<ul>\n" + "\n".join(f"  <li>{E_(x)}</li>" for x in body) + "\n</ul>")
                out.append("</div>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def render(R, path):
    r = R["r"]
    if r == "rl":
        render_rl(R, path)
    elif r == "fpdf":
        render_fpdf(R, path)
    elif r == "docx":
        render_docx(R, path)
    elif r == "txt":
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(render_text(R))
    elif r == "md":
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(render_md(R))
    elif r == "html":
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(render_html(R))
    else:
        raise ValueError(r)
