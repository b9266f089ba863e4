"""Renderers for wild31: one résumé dict -> PDF (reportlab canvas or fpdf2), DOCX, TXT, HTML or Markdown.

Body blocks (R['body'], R.get('side')):
  ('h', text) heading            ('p', text[, style]) paragraph      ('ul', items[, char]) list
  ('kv', [(k, v), ...]) personal data   ('rows', [(left, [line, ...]), ...]) dated rows (education etc.)
  ('jobs', [E, ...][, opts])      ('orgjobs', org_text, right_text, [E, ...][, opts])  employer heading + roles
  ('sp',) gap                      ('pagebreak',)
Head templates (R['head'] or opts['head']): list of (style, left_template, right_template) with
{title} {org} {loc} {dates}; styles b, i, n, bi, h3, ob.
"""
import datetime
import html as H
import io
import zipfile

from lib import fill, fmt_dates

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ----------------------------------------------------------------------------- flattening

def job_lines(R, e, opts, datecol=False):
    dates = fmt_dates(e, R["ds"])
    items = []
    for spec in opts.get("head") or R["head"]:
        style, l, r = spec[0], spec[1], (spec[2] if len(spec) > 2 else None)
        lt = fill(l, e, dates)
        rt = fill(r, e, dates) if r else ""
        if lt or rt:
            items.append(("line", lt, rt, style))
    for x in e.extra:
        items.append(("p", x, opts.get("extra_style", "n")))
    ch = opts.get("bullet", R.get("bullet", "•"))
    if e.prose and e.bullets:
        items.append(("p", " ".join(e.bullets), "n"))
    else:
        items += [("bul", b, ch) for b in e.bullets]
    if datecol:
        return [("row", dates, items)]
    return items


def flatten(R, blocks=None, raw_jobs=False):
    blocks = R["body"] if blocks is None else blocks
    datecol = R.get("datecol", False)
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(("h", b[1]))
        elif k == "p":
            out.append(("p", b[1], b[2] if len(b) > 2 else "n"))
        elif k == "ul":
            ch = b[2] if len(b) > 2 else R.get("bullet", "•")
            out += [("bul", x, ch) for x in b[1]]
        elif k == "kv":
            out += [("kv", a, v) for a, v in b[1]]
        elif k == "rows":
            for left, lines in b[1]:
                if datecol:
                    out.append(("row", left, [("line", lines[0], "", "b")] + [("p", x, "n") for x in lines[1:]]))
                else:
                    out.append(("line", lines[0], left, "b"))
                    out += [("p", x, "n") for x in lines[1:]]
                    out.append(("gap",))
        elif k == "jobs":
            opts = b[2] if len(b) > 2 else {}
            for e in b[1]:
                if raw_jobs:
                    out.append(("job", e, opts))
                else:
                    out += job_lines(R, e, opts, datecol)
                    out.append(("gap",))
        elif k == "orgjobs":
            opts = b[4] if len(b) > 4 else {}
            out.append(("line", b[1], b[2], "ob"))
            for e in b[3]:
                if raw_jobs:
                    out.append(("job", e, opts))
                else:
                    out += job_lines(R, e, opts, datecol)
                    out.append(("gap",))
        elif k == "sp":
            out.append(("gap",))
        elif k == "pagebreak":
            out.append(("pagebreak",))
        else:
            raise ValueError(k)
    return out


# ----------------------------------------------------------------------------- PDF backends

PAGES = {"A4": (595.28, 841.89), "letter": (612.0, 792.0)}


class RLBackend:
    def __init__(self, path, size, font, R):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self.pm = pdfmetrics
        self.W, self.H = size
        if font == "helv":
            self.f = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}
        elif font == "times":
            self.f = {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
        else:
            base = "DejaVuSerif" if font == "dejavu-serif" else "DejaVuSans"
            obl = "Italic" if font == "dejavu-serif" else "Oblique"
            names = {"n": base, "b": base + "-Bold", "i": base + "-" + obl, "bi": base + "-Bold" + obl}
            for k, n in names.items():
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, FONTDIR + n + ".ttf"))
            self.f = names
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(R.get("doc_title", R["name"] + " CV"))
        self.c.setAuthor(R.get("doc_author", R["name"]))
        self.c.setCreator(R.get("creator", "Microsoft® Word 2016"))

    def width(self, s, st, size):
        return self.pm.stringWidth(s, self.f[st], size)

    def text(self, x, y, s, st, size, rgb=(0, 0, 0)):
        self.c.setFont(self.f[st], size)
        self.c.setFillColorRGB(*rgb)
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, rgb):
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def hline(self, x1, x2, y, rgb, lw=0.6):
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPBackend:
    def __init__(self, path, size, font, R):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        p = FPDF(unit="pt", format=size)
        p.set_auto_page_break(False)
        p.set_margins(0, 0, 0)
        p.set_creation_date(FIXED_DT)
        p.set_creator(R.get("creator", "Microsoft® Word for Microsoft 365"))
        p.set_author(R.get("doc_author", R["name"]))
        p.set_title(R.get("doc_title", R["name"] + " CV"))
        if font == "helv":
            self.fam = "helvetica"
        else:
            self.fam = "dvs" if font == "dejavu-serif" else "dv"
            base = "DejaVuSerif" if font == "dejavu-serif" else "DejaVuSans"
            obl = "Italic" if font == "dejavu-serif" else "Oblique"
            for st, suf in (("", ""), ("B", "-Bold"), ("I", "-" + obl), ("BI", "-Bold" + obl)):
                p.add_font(self.fam, st, FONTDIR + base + suf + ".ttf")
        self.st = {"n": "", "b": "B", "i": "I", "bi": "BI"}
        p.add_page()
        self.p = p

    def width(self, s, st, size):
        self.p.set_font(self.fam, self.st[st], size)
        return self.p.get_string_width(s)

    def text(self, x, y, s, st, size, rgb=(0, 0, 0)):
        self.p.set_font(self.fam, self.st[st], size)
        self.p.set_text_color(*[int(c * 255) for c in rgb])
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, rgb):
        self.p.set_fill_color(*[int(c * 255) for c in rgb])
        self.p.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, rgb, lw=0.6):
        self.p.set_draw_color(*[int(c * 255) for c in rgb])
        self.p.set_line_width(lw)
        self.p.line(x1, y, x2, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


class Flow:
    def __init__(self, be, x, w, top, bottom, o, page_top=None):
        self.be, self.x, self.w, self.y, self.bottom, self.o = be, x, w, top, bottom, o
        self.size = o.get("size", 9.8)
        self.lead = self.size * o.get("leading", 1.33)
        self.page_top = page_top if page_top is not None else top
        self.pages = 1
        self.on_newpage = None
        self.rgb = o.get("text_rgb", (0.1, 0.1, 0.1))
        self.accent = o.get("accent", (0.1, 0.1, 0.1))

    def newpage(self):
        if self.on_newpage:
            self.on_newpage(self.pages)
        self.be.newpage()
        self.pages += 1
        self.y = self.page_top

    def need(self, h):
        if self.y + h > self.bottom:
            self.newpage()

    def wrap(self, s, st, size, w):
        lines, cur = [], ""
        for wd in s.split(" "):
            t = wd if not cur else cur + " " + wd
            if not cur or self.be.width(t, st, size) <= w:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines or [""]

    def put(self, x, s, st, size, rgb=None, lead=None):
        lead = lead or self.lead
        self.need(lead)
        self.be.text(x, self.y + size, s, st, size, rgb or self.rgb)
        self.y += lead

    def draw(self, it):
        o, k = self.o, it[0]
        if k == "h":
            self.y += o.get("h_before", 9)
            self.need(self.lead * 3)
            t = it[1].upper() if o.get("h_upper", True) else it[1]
            hs = o.get("h_size", self.size + 1.6)
            if o.get("h_band"):
                self.be.rect(self.x, self.y - 1, self.w, hs + 5, o["h_band"])
                self.put(self.x + 4, t, "b", hs, o.get("h_rgb", self.accent), lead=hs + 5)
            else:
                self.put(self.x, t, "b", hs, o.get("h_rgb", self.accent), lead=hs * 1.35)
            if o.get("rule", True):
                self.be.hline(self.x, self.x + self.w, self.y - 1.5, o.get("rule_rgb", (0.55, 0.55, 0.55)))
            self.y += o.get("h_after", 4)
        elif k == "line":
            _, left, right, st = it
            size = self.size + (1.0 if st in ("h3", "ob") else 0)
            fst = {"h3": "b", "ob": "b"}.get(st, st)
            rst = o.get("right_style", "n")
            rw = self.be.width(right, rst, self.size) if right else 0
            avail = self.w - rw - (10 if right else 0)
            lines = self.wrap(left, fst, size, avail) if left else [""]
            self.need(self.lead * 2)
            base = self.y + size
            if right:
                self.be.text(self.x + self.w - rw, base, right, rst, self.size, o.get("right_rgb", self.rgb))
            rgb = self.accent if st == "ob" else self.rgb
            for ln in lines:
                self.put(self.x, ln, fst, size, rgb)
        elif k == "bul":
            bi, ti = o.get("bul_indent", 6), o.get("text_indent", 16)
            lines = self.wrap(it[1], "n", self.size, self.w - ti)
            self.need(self.lead)
            self.be.text(self.x + bi, self.y + self.size, it[2], "n", self.size, self.rgb)
            for ln in lines:
                self.put(self.x + ti, ln, "n", self.size)
        elif k == "p":
            st = it[2] if len(it) > 2 else "n"
            for ln in self.wrap(it[1], st, self.size, self.w):
                self.put(self.x, ln, st, self.size)
        elif k == "kv":
            kw = o.get("kv_w", 100)
            lines = self.wrap(it[2], "n", self.size, self.w - kw)
            self.need(self.lead)
            self.be.text(self.x, self.y + self.size, it[1], "b", self.size, self.rgb)
            for ln in lines:
                self.put(self.x + kw, ln, "n", self.size)
        elif k == "row":
            cw = o.get("date_col", 105)
            self.need(self.lead * 2)
            y0 = self.y
            dl = self.wrap(it[1], o.get("date_style", "n"), self.size - 0.5, cw - 10)
            for ln in dl:
                self.put(self.x, ln, o.get("date_style", "n"), self.size - 0.5)
            y_left, pages0 = self.y, self.pages
            self.y = y0
            self.x += cw
            self.w -= cw
            for sub in it[2]:
                self.draw(sub)
            self.x -= cw
            self.w += cw
            if self.pages == pages0:
                self.y = max(self.y, y_left)
            self.y += o.get("gap", 4)
        elif k == "gap":
            self.y += o.get("gap", 4)
        elif k == "pagebreak":
            self.newpage()


def _draw_header(be, R, o, x, w, y):
    """Returns y below the header."""
    hd = o.get("header", "left")
    name = R["name"]
    ns = o.get("name_size", 19)
    nrgb = o.get("name_rgb", o.get("accent", (0, 0, 0)))
    cs = o.get("contact_size", 8.8)
    contact = R.get("contact", [])
    tag = R.get("tagline")
    if hd == "centred":
        nw = be.width(name, "b", ns)
        be.text(x + (w - nw) / 2, y + ns, name, "b", ns, nrgb)
        y += ns * 1.45
        if tag:
            tw = be.width(tag, "i", 10.5)
            be.text(x + (w - tw) / 2, y + 10.5, tag, "i", 10.5, (0.25, 0.25, 0.25))
            y += 15
        for c in contact:
            cw = be.width(c, "n", cs)
            be.text(x + (w - cw) / 2, y + cs, c, "n", cs, (0.2, 0.2, 0.2))
            y += cs * 1.4
        y += 3
        if o.get("header_rule", True):
            be.hline(x, x + w, y, (0.3, 0.3, 0.3), 0.9)
        return y + 6
    if hd == "twocol":
        ytop = y
        be.text(x, y + ns, name, "b", ns, nrgb)
        y += ns * 1.4
        if tag:
            be.text(x, y + 10.5, tag, "n", 10.5, (0.3, 0.3, 0.3))
            y += 15
        yr = ytop + 2
        for c in contact:
            cw = be.width(c, "n", cs)
            be.text(x + w - cw, yr + cs, c, "n", cs, (0.2, 0.2, 0.2))
            yr += cs * 1.45
        y = max(y, yr) + 4
        be.hline(x, x + w, y, o.get("accent", (0, 0, 0)), 1.2)
        return y + 6
    if hd == "banner":
        bh = o.get("banner_h", 62)
        be.rect(0, 0, be.W, bh + y - 10, o.get("accent", (0.1, 0.2, 0.4)))
        be.text(x, y + ns, name, "b", ns, (1, 1, 1))
        y += ns * 1.4
        if tag:
            be.text(x, y + 10, tag, "n", 10, (0.9, 0.9, 0.9))
            y += 14
        return bh + y - 10 + 10
    # left
    be.text(x, y + ns, name, "b", ns, nrgb)
    y += ns * 1.4
    if tag:
        be.text(x, y + 10.5, tag, "i", 10.5, (0.3, 0.3, 0.3))
        y += 15
    for c in contact:
        be.text(x, y + cs, c, "n", cs, (0.2, 0.2, 0.2))
        y += cs * 1.45
    if o.get("header_rule", True):
        y += 3
        be.hline(x, x + w, y, (0.4, 0.4, 0.4), 0.8)
    return y + 6


def _pdf_pass(R, path, total):
    o = R["pdf"]
    size = PAGES[o.get("page", "A4")]
    be = (RLBackend if o["engine"] == "rl" else FPBackend)(path, size, o.get("font", "dejavu"), R)
    W, Hh = size
    m = o.get("margin", 50)
    top, bottom = o.get("top", 44), Hh - o.get("bottom", 52)
    footer = o.get("footer")

    def draw_footer(n):
        if not footer:
            return
        t = footer.format(n=n, N=total, name=R["name"])
        fs = 7.8
        tw = be.width(t, "n", fs)
        fx = {"centre": (W - tw) / 2, "right": W - m - tw, "left": m}[o.get("footer_align", "centre")]
        be.text(fx, Hh - 28, t, "n", fs, (0.4, 0.4, 0.4))

    layout = o.get("layout", "plain")
    if layout == "sidebar":
        sw = o.get("side_w", 170)
        side_left = o.get("side_pos", "left") == "left"
        sx = 0 if side_left else W - sw
        be.rect(sx, 0, sw, Hh, o.get("side_rgb", (0.92, 0.93, 0.95)))
        so = dict(o)
        so.update(o.get("side_opts", {}))
        sflow = Flow(be, sx + 18, sw - 34, top, bottom, so)
        if o.get("name_in_side"):
            for ln in sflow.wrap(R["name"], "b", o.get("name_size", 17), sw - 34):
                sflow.put(sx + 18, ln, "b", o.get("name_size", 17), so.get("name_rgb", (0, 0, 0)),
                          lead=o.get("name_size", 17) * 1.25)
            sflow.y += 4
            for c in R.get("contact", []):
                sflow.draw(("p", c, "n"))
        for it in flatten(R, R.get("side", [])):
            sflow.draw(it)
        mx = sw + 24 if side_left else m
        mw = W - sw - 24 - m if side_left else W - sw - 24 - m
        flow = Flow(be, mx, mw, top, bottom, o)
        if not o.get("name_in_side"):
            flow.y = _draw_header(be, R, dict(o, header="left"), mx, mw, top)
        elif R.get("tagline"):
            flow.put(mx, R["tagline"], "b", 13, o.get("accent"), lead=18)
        if not side_left:
            pass
        flow.page_top = top
    else:
        flow = Flow(be, m, W - 2 * m, top, bottom, o)
        flow.y = _draw_header(be, R, o, m, W - 2 * m, top)
    flow.on_newpage = draw_footer
    for it in flatten(R):
        flow.draw(it)
    draw_footer(flow.pages)
    be.save()
    return flow.pages


def render_pdf(R, path):
    n = _pdf_pass(R, path, 1)
    if R["pdf"].get("footer") and "{N}" in R["pdf"]["footer"]:
        n = _pdf_pass(R, path, n)
    if R["pdf"].get("pages") and n != R["pdf"]["pages"]:
        raise SystemExit(f"{R['file']}: {n} pages, wanted {R['pdf']['pages']}")
    return n


# ----------------------------------------------------------------------------- DOCX

def _docx_fix(path, R):
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _bottom_border(p, hexcol="808080"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), hexcol)
    bdr.append(b)
    pPr.append(bdr)


def _col_width(table, widths):
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


class DocxWriter:
    def __init__(self, R):
        from docx import Document
        from docx.shared import Pt, Cm, Inches, RGBColor
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
        self.Pt, self.Cm, self.Inches, self.RGB = Pt, Cm, Inches, RGBColor
        self.TAB_R, self.ALIGN = WD_TAB_ALIGNMENT.RIGHT, WD_ALIGN_PARAGRAPH
        self.R, self.o = R, R["docx"]
        self.doc = Document()
        sec = self.doc.sections[0]
        if self.o.get("page", "A4") == "A4":
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        else:
            sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        mg = Cm(self.o.get("margin_cm", 2.0))
        sec.left_margin = sec.right_margin = mg
        sec.top_margin = sec.bottom_margin = Cm(self.o.get("margin_cm", 2.0) * 0.8)
        self.textw = sec.page_width - 2 * mg
        st = self.doc.styles["Normal"]
        st.font.name = self.o.get("font", "Calibri")
        st.font.size = Pt(self.o.get("size", 10.5))
        st.paragraph_format.space_after = Pt(self.o.get("space_after", 2))
        self.accent = RGBColor.from_string(self.o.get("accent", "1F3864"))
        self.pending_gap = False
        self.fresh = set()

    def para(self, cont, text=None, style=None):
        # reuse the empty first paragraph of a fresh table cell
        if id(cont) in self.fresh:
            self.fresh.discard(id(cont))
            p = cont.paragraphs[0]
            if style:
                p.style = self.doc.styles[style]
        else:
            p = cont.add_paragraph(style=style)
        if text:
            p.add_run(text)
        if self.pending_gap:
            p.paragraph_format.space_before = self.Pt(7)
            self.pending_gap = False
        return p

    def cell(self, c):
        self.fresh.add(id(c))
        return c

    def heading(self, cont, text, width):
        o = self.o
        if o.get("h", "plain") == "style":
            return self.para(cont, text, "Heading 1")
        p = self.para(cont)
        r = p.add_run(text.upper() if o.get("h_upper", True) else text)
        r.bold = True
        r.font.size = self.Pt(o.get("h_size", 11.5))
        r.font.color.rgb = self.accent
        p.paragraph_format.space_before = self.Pt(10)
        p.paragraph_format.space_after = self.Pt(3)
        if o.get("h_rule", True):
            _bottom_border(p, o.get("accent", "808080"))
        return p

    def line(self, cont, left, right, st, width):
        o = self.o
        style = "Heading 2" if (st == "h3" and o.get("h", "plain") == "style") else None
        p = self.para(cont, None, style)
        r = p.add_run(left)
        if st in ("b", "bi", "h3", "ob"):
            r.bold = True
        if st in ("i", "bi"):
            r.italic = True
        if st == "ob":
            r.font.color.rgb = self.accent
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, self.TAB_R)
            rr = p.add_run("\t" + right)
            rr.italic = o.get("right_italic", False)
            rr.bold = False
        return p

    def bullet(self, cont, text, ch):
        if self.o.get("bul", "style") == "style":
            return self.para(cont, text, "List Bullet")
        p = self.para(cont)
        pf = p.paragraph_format
        pf.left_indent = self.Cm(0.9)
        pf.first_line_indent = self.Cm(-0.5)
        pf.tab_stops.add_tab_stop(self.Cm(0.9))
        p.add_run(f"{ch}\t{text}")
        return p

    def kv_table(self, cont, pairs):
        t = cont.add_table(rows=0, cols=2)
        for k, v in pairs:
            row = t.add_row()
            c0, c1 = self.cell(row.cells[0]), self.cell(row.cells[1])
            self.para(c0).add_run(k).bold = True
            self.para(c1, v)
        _col_width(t, [self.Cm(4.2), self.Cm(10)])
        return t

    def emit(self, cont, items, width):
        i = 0
        while i < len(items):
            it = items[i]
            k = it[0]
            if k == "h":
                self.heading(cont, it[1], width)
            elif k == "line":
                self.line(cont, it[1], it[2], it[3], width)
            elif k == "bul":
                self.bullet(cont, it[1], it[2])
            elif k == "p":
                p = self.para(cont)
                r = p.add_run(it[1])
                r.italic = (len(it) > 2 and it[2] in ("i", "bi"))
            elif k == "kv":
                j = i
                while j < len(items) and items[j][0] == "kv":
                    j += 1
                pairs = [(x[1], x[2]) for x in items[i:j]]
                if self.o.get("kv", "para") == "table":
                    self.kv_table(cont, pairs)
                else:
                    for a, v in pairs:
                        p = self.para(cont)
                        p.paragraph_format.tab_stops.add_tab_stop(self.Cm(4))
                        p.add_run(a).bold = True
                        p.add_run("\t" + v)
                i = j
                continue
            elif k == "row":
                j = i
                while j < len(items) and items[j][0] == "row":
                    j += 1
                t = cont.add_table(rows=0, cols=2)
                dw = self.Cm(self.o.get("date_col_cm", 3.6))
                for x in items[i:j]:
                    row = t.add_row()
                    c0, c1 = self.cell(row.cells[0]), self.cell(row.cells[1])
                    self.para(c0, x[1])
                    self.emit(c1, x[2], width - dw)
                _col_width(t, [dw, width - dw])
                i = j
                continue
            elif k == "job":
                self.job_table(cont, it[1], it[2], width)
            elif k == "gap":
                self.pending_gap = True
            elif k == "pagebreak":
                self.doc.add_page_break()
            i += 1

    def job_table(self, cont, e, opts, width):
        """A borderless table per job: title / employer left, dates / place right; duties below."""
        R = self.R
        dates = fmt_dates(e, R["ds"])
        t = cont.add_table(rows=1, cols=2)
        c0, c1 = self.cell(t.rows[0].cells[0]), self.cell(t.rows[0].cells[1])
        lspec = opts.get("left", [("b", "{title}"), ("i", "{org}")])
        rspec = opts.get("right", [("n", "{dates}"), ("i", "{loc}")])
        for cont2, spec, align in ((c0, lspec, None), (c1, rspec, self.ALIGN.RIGHT)):
            for st, tpl in spec:
                txt = fill(tpl, e, dates)
                if not txt:
                    continue
                p = self.para(cont2)
                if align is not None:
                    p.alignment = align
                r = p.add_run(txt)
                r.bold = "b" in st
                r.italic = "i" in st
        rw = self.Cm(opts.get("right_cm", 4.5))
        _col_width(t, [width - rw, rw])
        ch = opts.get("bullet", R.get("bullet", "•"))
        for x in e.extra:
            self.para(cont, x)
        if e.prose and e.bullets:
            self.para(cont, " ".join(e.bullets))
        else:
            for b in e.bullets:
                self.bullet(cont, b, ch)
        self.pending_gap = True

    def header_block(self, cont, width, centred=False):
        R, o = self.R, self.o
        if o.get("h", "plain") == "style" and o.get("title_style", True):
            p = self.para(cont, R["name"], "Title")
        else:
            p = self.para(cont)
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = self.Pt(o.get("name_size", 20))
            r.font.color.rgb = self.accent
        if centred:
            p.alignment = self.ALIGN.CENTER
        if R.get("tagline"):
            q = self.para(cont)
            q.add_run(R["tagline"]).italic = True
            if centred:
                q.alignment = self.ALIGN.CENTER
        for c in R.get("contact", []):
            q = self.para(cont, c)
            q.paragraph_format.space_after = self.Pt(0)
            if centred:
                q.alignment = self.ALIGN.CENTER

    def europass(self):
        """Europass-style two-column table: labels right-aligned on the left, content on the right."""
        R, o = self.R, self.o
        doc = self.doc
        lab = o.get("labels", {})
        L = lambda k, d: lab.get(k, d)
        t = doc.add_table(rows=0, cols=2)
        lw = self.Cm(5.2)
        rw = self.textw - lw

        def row(label, value=None, bold=False, big=False):
            r = t.add_row()
            c0, c1 = self.cell(r.cells[0]), self.cell(r.cells[1])
            p = self.para(c0)
            p.alignment = self.ALIGN.RIGHT
            run = p.add_run(label)
            run.bold = bold
            if big:
                run.font.size = self.Pt(12)
            run.font.color.rgb = self.accent if bold else self.RGB(0x40, 0x40, 0x40)
            if isinstance(value, list):
                for v in value:
                    self.para(c1, v)
            elif value:
                self.para(c1, value)
            return c1

        c = row(L("personal", "PERSONAL INFORMATION"), None, True, True)
        p = self.para(c)
        rn = p.add_run(R["name"])
        rn.bold = True
        rn.font.size = self.Pt(14)
        for k, v in R.get("europass_contact", []):
            row(k, v)
        for b in R["body"]:
            k = b[0]
            if k == "h":
                row("", None)
                row(b[1].upper(), None, True, True)
            elif k == "p":
                row(b[3] if len(b) > 3 else "", b[1])
            elif k == "kv":
                for a, v in b[1]:
                    row(a, v)
            elif k == "ul":
                ch = b[2] if len(b) > 2 else R.get("bullet", "•")
                row(b[3] if len(b) > 3 else "", [f"{ch} {x}" for x in b[1]])
            elif k == "rows":
                for left, lines in b[1]:
                    row(left, lines)
            elif k == "jobs":
                for e in b[1]:
                    dates = fmt_dates(e, R["ds"])
                    row(L("dates", "Dates"), dates)
                    row(L("title", "Occupation or position held"), e.tp or e.title).paragraphs[0].runs[0].bold = True
                    ch = R.get("bullet", "–")
                    if e.bullets:
                        row(L("duties", "Main activities and responsibilities"),
                            [" ".join(e.bullets)] if e.prose else [f"{ch} {x}" for x in e.bullets])
                    emp = ", ".join(x for x in (e.op or e.org, e.loc) if x)
                    if emp:
                        row(L("employer", "Name and address of employer"), emp)
                    for x in e.extra:
                        if ":" in x:
                            a, v = x.split(":", 1)
                            row(a.strip(), v.strip())
                        else:
                            row("", x)
                    row("", None)
        _col_width(t, [lw, rw])


def render_docx(R, path):
    from docx.shared import Cm, Pt
    w = DocxWriter(R)
    o = w.o
    doc = w.doc
    layout = o.get("layout", "styles")
    width = w.textw
    if layout == "europass":
        w.europass()
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        sw = Cm(o.get("side_cm", 5.6))
        c0, c1 = w.cell(t.rows[0].cells[0]), w.cell(t.rows[0].cells[1])
        _shade(c0, o.get("side_fill", "E8EEF4"))
        _col_width(t, [sw, width - sw])
        if o.get("name_in_side", False):
            w.header_block(c0, sw)
        else:
            w.header_block(c1, width - sw)
        w.emit(c0, flatten(R, R.get("side", [])), sw - Cm(0.4))
        w.emit(c1, flatten(R, raw_jobs=o.get("job_tables", False)), width - sw - Cm(0.4))
    else:
        if layout == "header":
            hdr = doc.sections[0].header
            p = hdr.paragraphs[0]
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(16)
            for c in R.get("contact", []):
                hdr.add_paragraph(c)
            if o.get("footer"):
                doc.sections[0].footer.paragraphs[0].add_run(o["footer"])
            if R.get("tagline"):
                w.para(doc).add_run(R["tagline"]).bold = True
        else:
            w.header_block(doc, width, centred=o.get("centred", False))
        w.emit(doc, flatten(R, raw_jobs=(layout == "table")), width)
    cp = doc.core_properties
    cp.author = R.get("doc_author", R["name"])
    cp.last_modified_by = R.get("doc_author", R["name"])
    cp.title = R.get("doc_title", "CV")
    cp.created = datetime.datetime(2026, 10, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.last_printed = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    doc.save(path)
    _docx_fix(path, R)


# ----------------------------------------------------------------------------- TXT

def render_txt(R, path):
    o = R["txt"]
    W = o.get("width", 78)
    out = []
    nm = R["name"].upper() if o.get("name_upper") else R["name"]
    if o.get("name_centre"):
        out.append(nm.center(W).rstrip())
    else:
        out.append(nm)
    if R.get("tagline"):
        out.append(R["tagline"].center(W).rstrip() if o.get("name_centre") else R["tagline"])
    for c in R.get("contact", []):
        out.append(c.center(W).rstrip() if o.get("name_centre") else c)
    hs = o.get("h", "caps")
    bi = o.get("bul_indent", "  ")
    items = flatten(R)
    for it in items:
        k = it[0]
        if k == "h":
            t = it[1]
            out.append("")
            if hs == "caps":
                out.append(t.upper())
            elif hs == "underline":
                out += [t.upper() if o.get("h_upper") else t, o.get("h_char", "-") * len(t)]
            elif hs == "equals":
                out.append(f"===== {t.upper() if o.get('h_upper', True) else t} =====")
            elif hs == "colon":
                out.append(t + ":")
                out.append("")
            elif hs == "bar":
                out += ["_" * W, t.upper(), ""]
            elif hs == "star":
                out.append(f"*** {t} ***")
        elif k == "line":
            _, l, r, st = it
            if st == "ob" and o.get("ob_upper"):
                l = l.upper()
            if r:
                mode = o.get("right", "pad")
                if mode == "pad" and len(l) + len(r) + 2 < W:
                    out.append(l + " " * (W - len(l) - len(r)) + r)
                elif mode == "paren":
                    out.append(f"{l} ({r})")
                else:
                    out.append(l + o.get("rsep", "   ") + r)
            else:
                out.append(l)
        elif k == "bul":
            out.append(f"{bi}{it[2]} {it[1]}")
        elif k == "p":
            out.append(it[1])
        elif k == "kv":
            kw = o.get("kv_w", 18)
            sep = o.get("kv_sep", ":")
            out.append(f"{it[1]:<{kw}}{sep} {it[2]}" if kw else f"{it[1]}{sep} {it[2]}")
        elif k == "row":
            dw = o.get("date_w", 20)
            sub = []
            for s in it[2]:
                if s[0] == "line":
                    sub.append(s[1] + ((o.get("rsep", ", ") + s[2]) if s[2] else ""))
                elif s[0] == "bul":
                    sub.append(f"{s[2]} {s[1]}")
                else:
                    sub.append(s[1])
            out.append(f"{it[1]:<{dw}}{sub[0] if sub else ''}")
            out += [" " * dw + x for x in sub[1:]]
            out.append("")
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ----------------------------------------------------------------------------- Markdown

def render_md(R, path):
    o = R["md"]
    out = [f"{o.get('name_h', '#')} {R['name']}", ""]
    if R.get("tagline"):
        out += [o.get("tag_fmt", "**{t}**").format(t=R["tagline"]), ""]
    if R.get("contact"):
        if o.get("contact", "lines") == "join":
            out += [" | ".join(R["contact"]), ""]
        else:
            out += [c + "  " for c in R["contact"]] + [""]
    hh = o.get("h", "##")
    for it in flatten(R):
        k = it[0]
        if k == "h":
            out += ["", f"{hh} {it[1]}", ""] if hh != "caps" else ["", f"**{it[1].upper()}**", ""]
        elif k == "line":
            _, l, r, st = it
            rf = o.get("r", " — {r}")
            tail = rf.format(r=r) if r else ""
            if st == "h3":
                out.append(f"### {l}{tail}")
                out.append("")
            elif st in ("b", "ob"):
                out.append(f"**{l}**{tail}  ")
            elif st == "i":
                out.append(f"*{l}*{tail}  ")
            elif st == "bi":
                out.append(f"***{l}***{tail}  ")
            else:
                out.append(f"{l}{tail}  ")
        elif k == "bul":
            if out and out[-1].endswith("  "):
                out[-1] = out[-1].rstrip()
                out.append("")
            out.append(f"{o.get('bul', '-')} {it[1]}")
        elif k == "p":
            st = it[2] if len(it) > 2 else "n"
            out.append(f"*{it[1]}*" if st == "i" else it[1])
            out.append("")
        elif k == "kv":
            out.append(o.get("kv", "- **{k}:** {v}").format(k=it[1], v=it[2]))
        elif k == "row":
            out.append(f"**{it[1]}**  ")
            for s in it[2]:
                out.append(s[1] + ("  " if s[0] != "bul" else ""))
            out.append("")
        elif k == "gap":
            out.append("")
    text = "\n".join(x.rstrip() if not x.endswith("  ") else x for x in out).strip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ----------------------------------------------------------------------------- HTML

BASE_CSS = """
body{font-family:%(font)s;color:#222;margin:0;background:%(bg)s}
.page{max-width:%(maxw)s;margin:24px auto;background:#fff;padding:28px 36px}
h1{margin:0;font-size:26px;color:%(accent)s}
.tag{font-style:italic;color:#555;margin:2px 0 8px}
.contact{font-size:13px;color:#444}
h2{font-size:15px;text-transform:uppercase;letter-spacing:1px;color:%(accent)s;border-bottom:1px solid #bbb;margin:18px 0 6px}
h3{font-size:15px;margin:10px 0 2px}
.jl{margin:2px 0;display:flex;justify-content:space-between}
.jl .r{color:#555;white-space:nowrap;margin-left:12px}
.b{font-weight:bold}.i{font-style:italic}.ob{font-weight:bold;color:%(accent)s}
ul{margin:2px 0 8px 18px;padding:0}
li{margin:1px 0}
table.kv td,table.kv th{text-align:left;padding:1px 10px 1px 0;vertical-align:top}
table.cv{border-collapse:collapse;width:100%%}
table.cv td{vertical-align:top;padding:4px 6px}
table.cv td.d{width:150px;color:#444;white-space:nowrap}
.wrap{display:grid;grid-template-columns:240px 1fr}
aside{background:%(side)s;color:#fff;padding:24px 18px}
aside h2{color:#fff;border-color:#fff}
main{padding:20px 30px}
"""


def _html_items(items, o):
    out = []
    i = 0
    E = H.escape
    while i < len(items):
        it = items[i]
        k = it[0]
        if k == "h":
            out.append(f"<h2>{E(it[1])}</h2>")
        elif k == "line":
            _, l, r, st = it
            if st == "h3":
                out.append(f"<h3>{E(l)}" + (f" <span class=\"r\">{E(r)}</span>" if r else "") + "</h3>")
            else:
                out.append(f"<div class=\"jl\"><span class=\"{st}\">{E(l)}</span>"
                           + (f"<span class=\"r\">{E(r)}</span>" if r else "") + "</div>")
        elif k == "bul":
            j = i
            while j < len(items) and items[j][0] == "bul":
                j += 1
            tag = o.get("list", "ul")
            out.append(f"<{tag}>" + "".join(f"<li>{E(x[1])}</li>" for x in items[i:j]) + f"</{tag}>")
            i = j
            continue
        elif k == "p":
            st = it[2] if len(it) > 2 else "n"
            out.append(f"<p class=\"{st}\">{E(it[1])}</p>")
        elif k == "kv":
            j = i
            while j < len(items) and items[j][0] == "kv":
                j += 1
            out.append("<table class=\"kv\">" + "".join(
                f"<tr><th>{E(x[1])}</th><td>{E(x[2])}</td></tr>" for x in items[i:j]) + "</table>")
            i = j
            continue
        elif k == "row":
            j = i
            while j < len(items) and items[j][0] == "row":
                j += 1
            out.append("<table class=\"cv\">" + "".join(
                f"<tr><td class=\"d\">{E(x[1])}</td><td>{_html_items(x[2], o)}</td></tr>" for x in items[i:j])
                + "</table>")
            i = j
            continue
        i += 1
    return "\n".join(out)


def render_html(R, path):
    o = R["html"]
    css = BASE_CSS % dict(font=o.get("font", "Arial, sans-serif"), accent=o.get("accent", "#1f3864"),
                          bg=o.get("bg", "#f3f3f3"), maxw=o.get("maxw", "820px"), side=o.get("side", "#2f4858"))
    css += o.get("css", "")
    E = H.escape
    head = [f"<h1>{E(R['name'])}</h1>"]
    if R.get("tagline"):
        head.append(f"<p class=\"tag\">{E(R['tagline'])}</p>")
    if R.get("contact"):
        head.append("<p class=\"contact\">" + "<br>\n".join(E(c) for c in R["contact"]) + "</p>")
    body = _html_items(flatten(R), o)
    if o.get("layout") == "sidebar":
        side = _html_items(flatten(R, R.get("side", [])), o)
        inner = (f"<div class=\"wrap\">\n<aside>\n{side}\n</aside>\n<main>\n" + "\n".join(head)
                 + f"\n{body}\n</main>\n</div>")
        page = f"<div class=\"page\" style=\"padding:0\">\n{inner}\n</div>"
    else:
        page = "<div class=\"page\">\n<header>\n" + "\n".join(head) + f"\n</header>\n{body}\n</div>"
    doc = (f"<!DOCTYPE html>\n<html lang=\"{o.get('lang', 'en')}\">\n<head>\n<meta charset=\"utf-8\">\n"
           f"<title>{E(R.get('doc_title', R['name'] + ' - CV'))}</title>\n<style>{css}</style>\n</head>\n<body>\n"
           f"{page}\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def render(R, path):
    ext = R["file"].rsplit(".", 1)[1]
    {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[ext](R, path)
