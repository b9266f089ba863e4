"""Renderers: a small PDF layout engine with two back ends (reportlab canvas, fpdf2),
python-docx documents, and plain text / Markdown writers.

PDF and DOCX documents are described by a dict with a list of blocks:
  ('h', text)                      section heading
  ('p', text, opts)                wrapped paragraph (opts: s=style B/I/BI, size, color, align l/c/r, indent, after)
  ('lr', left, right, opts)        left text with right-aligned text (opts: ls, rs, size, color, rcolor)
  ('b', text, glyph, opts)         bullet with hanging indent (glyph None in DOCX = Word list bullet)
  ('sp', height)                   vertical space (points)
  ('rule',)                        thin horizontal line
  ('dl', left, [blocks], opts)     left column text (dates) beside nested blocks
  ('pb',)                          page break
  ('table', rows, opts)            DOCX only: rows of cells, each cell a list of blocks or a string
"""
import datetime
import io
import zipfile

FIXED_DT = datetime.datetime(2026, 10, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 10, 20, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

PAGES = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}


# --------------------------------------------------------------------------- painters
class RLPainter:
    FAMS = {
        "Helvetica": {"": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique", "BI": "Helvetica-BoldOblique"},
        "Times": {"": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "BI": "Times-BoldItalic"},
        "Courier": {"": "Courier", "B": "Courier-Bold", "I": "Courier-Oblique", "BI": "Courier-BoldOblique"},
        "DejaVu": {"": "DejaVuSans", "B": "DejaVuSans-Bold", "I": "DejaVuSans-Oblique", "BI": "DejaVuSans-BoldOblique"},
        "DejaVuSerif": {"": "DejaVuSerif", "B": "DejaVuSerif-Bold", "I": "DejaVuSerif-Italic", "BI": "DejaVuSerif-BoldItalic"},
        "DejaVuCond": {"": "DejaVuSansCondensed", "B": "DejaVuSansCondensed-Bold", "I": "DejaVuSansCondensed-Oblique",
                       "BI": "DejaVuSansCondensed-BoldOblique"},
    }

    def __init__(self, path, size, meta):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self.pm = pdfmetrics
        for fam in ("DejaVu", "DejaVuSerif", "DejaVuCond"):
            for name in self.FAMS[fam].values():
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, DEJAVU + name + ".ttf"))
        self.W, self.H = size
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(meta.get("title", ""))
        self.c.setAuthor(meta.get("author", ""))
        if meta.get("creator"):
            self.c.setCreator(meta["creator"])
        self.started = False

    def fname(self, fam, st):
        return self.FAMS[fam][st]

    def width(self, s, fam, st, size):
        return self.pm.stringWidth(s, self.fname(fam, st), size)

    def page(self):
        if self.started:
            self.c.showPage()
        self.started = True

    def text(self, x, y, s, fam, st, size, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fname(fam, st), size)
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.8):
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(lw)
        self.c.rect(x, self.H - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def save(self):
        self.c.save()


class FPDFPainter:
    FILES = {
        "DejaVu": {"": "DejaVuSans", "B": "DejaVuSans-Bold", "I": "DejaVuSans-Oblique", "BI": "DejaVuSans-BoldOblique"},
        "DejaVuSerif": {"": "DejaVuSerif", "B": "DejaVuSerif-Bold", "I": "DejaVuSerif-Italic", "BI": "DejaVuSerif-BoldItalic"},
        "DejaVuCond": {"": "DejaVuSansCondensed", "B": "DejaVuSansCondensed-Bold", "I": "DejaVuSansCondensed-Oblique",
                       "BI": "DejaVuSansCondensed-BoldOblique"},
    }

    def __init__(self, path, size, meta):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creation_date(FIXED_DT)
        pdf.set_title(meta.get("title", ""))
        pdf.set_author(meta.get("author", ""))
        if meta.get("creator"):
            pdf.set_creator(meta["creator"])
        for fam, d in self.FILES.items():
            for st, f in d.items():
                pdf.add_font(fam, st, DEJAVU + f + ".ttf")
        self.pdf = pdf

    def _set(self, fam, st, size):
        self.pdf.set_font(fam, st, size)

    def width(self, s, fam, st, size):
        self._set(fam, st, size)
        return self.pdf.get_string_width(s)

    def page(self):
        self.pdf.add_page()

    def text(self, x, y, s, fam, st, size, color=(0, 0, 0)):
        self._set(fam, st, size)
        self.pdf.set_text_color(*[int(round(c * 255)) for c in color])
        self.pdf.text(x, y, s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.8):
        style = ""
        if fill:
            self.pdf.set_fill_color(*[int(round(c * 255)) for c in fill])
            style += "F"
        if stroke:
            self.pdf.set_draw_color(*[int(round(c * 255)) for c in stroke])
            self.pdf.set_line_width(lw)
            style = "DF" if fill else "D"
        self.pdf.rect(x, y, w, h, style=style)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.pdf.set_draw_color(*[int(round(c * 255)) for c in color])
        self.pdf.set_line_width(lw)
        self.pdf.line(x1, y1, x2, y2)

    def save(self):
        self.pdf.output(self.path)


# --------------------------------------------------------------------------- PDF layout
class Layout:
    """Lays blocks out into per-page draw operations, then paints them."""

    def __init__(self, doc, painter):
        self.d = doc
        self.p = painter
        self.W, self.H = painter.W, painter.H
        self.fam = doc.get("font", "Helvetica")
        self.size = doc.get("size", 10)
        self.lead = doc.get("lead", 1.3)
        ml, mt, mr, mb = doc.get("margins", (54, 48, 54, 48))
        self.ml, self.mt, self.mr, self.mb = ml, mt, mr, mb
        self.accent = doc.get("accent", (0.15, 0.25, 0.45))
        self.ops = [[]]          # ops per page
        self.page_top = {}       # y where flow starts on pages after the first

    # ---- helpers
    def op(self, page, *a):
        while len(self.ops) <= page:
            self.ops.append([])
        self.ops[page].append(a)

    def w(self, s, st="", size=None):
        return self.p.width(s, self.fam, st, size or self.size)

    def wrap(self, text, width, st="", size=None):
        words = text.split(" ")
        lines, cur = [], ""
        for wd in words:
            t = wd if not cur else cur + " " + wd
            if self.w(t, st, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur or not lines:
            lines.append(cur)
        return lines

    def lh(self, size=None):
        return (size or self.size) * self.lead

    def top_of(self, page):
        return self.d.get("top_next", self.mt + (18 if self.d.get("running") else 0))

    def need(self, st, h):
        """Ensure height h is available; return possibly new (page, y)."""
        page, y, x, wdt = st
        if y + h > self.H - self.mb - (14 if self.d.get("footer") else 0):
            page += 1
            y = self.top_of(page)
        return page, y

    # ---- header
    def header(self):
        h = self.d.get("header", {})
        style = h.get("style", "left")
        name = h.get("name", "")
        lines = h.get("lines", [])
        ns = h.get("size", 20)
        y = self.mt
        photo = h.get("photo")
        pw, ph = 62, 76
        if style == "band":
            bh = h.get("band_h", 86)
            self.op(0, "rect", 0, 0, self.W, bh, self.accent, None)
            x = self.ml
            if photo == "left":
                self.op(0, "rect", self.ml, 10, pw, bh - 20, (1, 1, 1), (0.7, 0.7, 0.7))
                self.op(0, "text", self.ml + 14, 10 + (bh - 20) / 2 + 3, "PHOTO", "", 8, (0.55, 0.55, 0.55))
                x = self.ml + pw + 14
            yy = 34
            self.op(0, "text", x, yy, name, "B", ns, (1, 1, 1))
            yy += ns * 0.6 + 6
            for ln in lines:
                self.op(0, "text", x, yy, ln, "", self.size - 0.5, (1, 1, 1))
                yy += self.lh(self.size - 0.5)
            if photo == "right":
                self.op(0, "rect", self.W - self.mr - pw, 8, pw, bh - 16, (1, 1, 1), (0.7, 0.7, 0.7))
                self.op(0, "text", self.W - self.mr - pw + 14, 8 + (bh - 16) / 2 + 3, "PHOTO", "", 8, (0.55, 0.55, 0.55))
            return max(bh + 18, yy + 10)
        if style == "center":
            y += ns
            self.op(0, "text", (self.W - self.w(name, "B", ns)) / 2, y, name, "B", ns, h.get("color", (0, 0, 0)))
            y += 8
            if h.get("tagline"):
                y += self.lh()
                t = h["tagline"]
                self.op(0, "text", (self.W - self.w(t, "I")) / 2, y, t, "I", self.size, (0.3, 0.3, 0.3))
            for ln in lines:
                y += self.lh(self.size - 0.5)
                self.op(0, "text", (self.W - self.w(ln, "", self.size - 0.5)) / 2, y, ln, "", self.size - 0.5)
            y += 8
            if h.get("rule", True):
                self.op(0, "line", self.ml, y, self.W - self.mr, y, (0.3, 0.3, 0.3), 0.8)
            return y + 12
        if style == "split":
            y0 = y
            y += ns
            self.op(0, "text", self.ml, y, name, "B", ns, h.get("color", self.accent))
            if h.get("tagline"):
                y += self.lh() + 4
                self.op(0, "text", self.ml, y, h["tagline"], "", self.size + 1, (0.3, 0.3, 0.3))
            yr = y0 + 2
            for ln in lines:
                yr += self.lh(self.size - 1)
                self.op(0, "text", self.W - self.mr - self.w(ln, "", self.size - 1), yr, ln, "", self.size - 1)
            y = max(y, yr) + 10
            if h.get("rule", True):
                self.op(0, "line", self.ml, y, self.W - self.mr, y, self.accent, 1.5)
            return y + 12
        # left
        x = h.get("x", self.ml)
        if photo == "left":
            self.op(0, "rect", self.ml, y, pw, ph, None, (0.6, 0.6, 0.6))
            self.op(0, "text", self.ml + 12, y + ph / 2 + 3, "PHOTO", "", 8, (0.6, 0.6, 0.6))
            x = self.ml + pw + 16
        y0 = y
        y += ns
        self.op(0, "text", x, y, name, "B", ns, h.get("color", (0, 0, 0)))
        y += 6
        if h.get("tagline"):
            y += self.lh()
            self.op(0, "text", x, y, h["tagline"], "B", self.size, self.accent)
        for ln in lines:
            y += self.lh(self.size - 0.5)
            self.op(0, "text", x, y, ln, "", self.size - 0.5)
        if photo == "right":
            self.op(0, "rect", self.W - self.mr - pw, y0, pw, ph, None, (0.6, 0.6, 0.6))
            self.op(0, "text", self.W - self.mr - pw + 12, y0 + ph / 2 + 3, "PHOTO", "", 8, (0.6, 0.6, 0.6))
        if photo:
            y = max(y, y0 + ph)
        y += 10
        if h.get("rule", False):
            self.op(0, "line", self.ml, y, self.W - self.mr, y, (0.4, 0.4, 0.4), 0.7)
            y += 6
        return y + 6

    # ---- blocks
    def heading(self, st, text, hstyle):
        page, y, x, wdt = st
        page, y = self.need(st, 44)
        if y > self.top_of(page) + 2:
            y += self.d.get("hgap", 8)
        hs = self.d.get("hsize", self.size + 1.5)
        col = self.accent
        if hstyle == "band":
            y += hs * 0.3
            self.op(page, "rect", x, y - 2, wdt, hs + 6, self.d.get("band_fill", (0.88, 0.9, 0.94)), None)
            y += hs + 0.5
            self.op(page, "text", x + 4, y, text, "B", hs, (0.1, 0.1, 0.1))
            y += 9
        elif hstyle == "rule":
            y += hs
            self.op(page, "text", x, y, text, "B", hs, col)
            y += 4
            self.op(page, "line", x, y, x + wdt, y, col, 0.8)
            y += self.lh() - 2
        elif hstyle == "spaced":
            y += hs
            t = " ".join(text.upper())
            self.op(page, "text", x, y, t, "B", hs - 1, col)
            y += self.lh() + 2
        elif hstyle == "underline":
            y += hs
            self.op(page, "text", x, y, text, "B", hs, (0, 0, 0))
            self.op(page, "line", x, y + 2, x + self.w(text, "B", hs), y + 2, (0, 0, 0), 0.6)
            y += self.lh() + 1
        elif hstyle == "side":
            # small caps-like heading in accent colour with a short bar before it
            y += hs
            self.op(page, "rect", x, y - hs + 2, 4, hs, col, None)
            self.op(page, "text", x + 9, y, text, "B", hs, col)
            y += self.lh() + 1
        else:  # bold
            y += hs
            self.op(page, "text", x, y, text, "B", hs, (0, 0, 0))
            y += self.lh()
        return page, y

    def flow(self, blocks, page, y, x, wdt):
        hstyle = self.d.get("heading", "rule")
        for b in blocks:
            t = b[0]
            st = (page, y, x, wdt)
            if t == "h":
                page, y = self.heading(st, b[1], b[2] if len(b) > 2 else hstyle)
            elif t == "sp":
                y += b[1]
            elif t == "pb":
                page += 1
                y = self.top_of(page)
            elif t == "rule":
                y += 3
                self.op(page, "line", x, y, x + wdt, y, (0.6, 0.6, 0.6), 0.5)
                y += 8
            elif t == "p":
                o = b[2] if len(b) > 2 else {}
                size = o.get("size", self.size)
                sty = o.get("s", "")
                ind = o.get("indent", 0)
                lines = self.wrap(b[1], wdt - ind, sty, size)
                keep = o.get("keep", 4 if "B" in sty and o.get("after", 1) == 0 else 0)
                if keep:
                    page, y = self.need((page, y, x, wdt), self.lh(size) * (len(lines) + keep))
                for ln in lines:
                    page, y = self.need((page, y, x, wdt), self.lh(size))
                    y += self.lh(size)
                    al = o.get("align", "l")
                    if al == "c":
                        xx = x + (wdt - self.w(ln, sty, size)) / 2
                    elif al == "r":
                        xx = x + wdt - self.w(ln, sty, size)
                    else:
                        xx = x + ind
                    self.op(page, "text", xx, y - size * 0.25, ln, sty, size, o.get("color", (0, 0, 0)))
                y += o.get("after", 0)
            elif t == "lr":
                o = b[3] if len(b) > 3 else {}
                size = o.get("size", self.size)
                ls, rs = o.get("ls", "B"), o.get("rs", "")
                rw = self.w(b[2], rs, size) if b[2] else 0
                lines = self.wrap(b[1], wdt - rw - 10, ls, size)
                page, y = self.need((page, y, x, wdt), self.lh(size) * (len(lines) + 2))
                if o.get("before", 4):
                    y += o.get("before", 4)
                for i, ln in enumerate(lines):
                    y += self.lh(size)
                    self.op(page, "text", x, y - size * 0.25, ln, ls, size, o.get("color", (0, 0, 0)))
                    if i == 0 and b[2]:
                        self.op(page, "text", x + wdt - rw, y - size * 0.25, b[2], rs, size, o.get("rcolor", (0, 0, 0)))
            elif t == "b":
                o = b[3] if len(b) > 3 else {}
                size = o.get("size", self.size)
                ind = o.get("indent", 10)
                glyph = b[2] or "•"
                gw = max(self.w(glyph + " ", "", size), o.get("gap", 10))
                lines = self.wrap(b[1], wdt - ind - gw, o.get("s", ""), size)
                for i, ln in enumerate(lines):
                    page, y = self.need((page, y, x, wdt), self.lh(size))
                    y += self.lh(size)
                    if i == 0:
                        self.op(page, "text", x + ind, y - size * 0.25, glyph, "", size, o.get("gcolor", (0, 0, 0)))
                    self.op(page, "text", x + ind + gw, y - size * 0.25, ln, o.get("s", ""), size)
            elif t == "dl":
                o = b[3] if len(b) > 3 else {}
                lw = o.get("lw", self.d.get("dl_w", 96))
                size = o.get("size", self.size - 0.5)
                page, y = self.need((page, y, x, wdt), self.lh() * 3)
                y0 = y + o.get("before", 6)
                ly = y0
                for ln in self.wrap(b[1], lw - 8, o.get("s", ""), size):
                    ly += self.lh(size)
                    self.op(page, "text", x, ly - size * 0.25, ln, o.get("s", ""), size, o.get("color", (0.25, 0.25, 0.25)))
                p2, y2 = self.flow(b[2], page, y0 - 4, x + lw, wdt - lw)
                if p2 == page:
                    y = max(ly, y2)
                else:
                    y = y2
                page = p2
            else:
                raise ValueError(t)
        return page, y

    def run(self):
        d = self.d
        y = self.header()
        side = d.get("sidebar")
        if side:
            sw = side.get("w", 170)
            if side.get("side", "left") == "left":
                sx, mx = 0, sw + 22
                mw = self.W - mx - self.mr
            else:
                mx = self.ml
                sx = self.W - sw
                mw = sx - 22 - mx
            top = side.get("top", y - 10)
            self.op(0, "rect", sx, top, sw, self.H - top, side.get("fill", (0.92, 0.93, 0.95)), None)
            ps, _ = self.flow(side["blocks"], 0, top + (self.mt if top < self.mt else 8), sx + 16, sw - 28)
            pm, _ = self.flow(d["main"], 0, y, mx, mw)
        elif d.get("columns"):
            gap = 20
            lwf = d["columns"][0]
            total = self.W - self.ml - self.mr - gap
            lw = total * lwf
            if d.get("column_rule"):
                self.op(0, "line", self.ml + lw + gap / 2, y, self.ml + lw + gap / 2, self.H - self.mb, (0.7, 0.7, 0.7), 0.5)
            self.flow(d["main"], 0, y, self.ml, lw)
            self.flow(d["right"], 0, y, self.ml + lw + gap, total - lw)
        else:
            self.flow(d["main"], 0, y, self.ml, self.W - self.ml - self.mr)
        n = len(self.ops)
        for i in range(n):
            self.p.page()
            for o in self.ops[i]:
                k = o[0]
                if k == "text":
                    _, x, yy, s, st, size = o[:6]
                    col = o[6] if len(o) > 6 else (0, 0, 0)
                    self.p.text(x, yy, s, self.fam, st, size, col)
                elif k == "rect":
                    _, x, yy, w, h, fill, stroke = o
                    self.p.rect(x, yy, w, h, fill, stroke)
                elif k == "line":
                    _, x1, y1, x2, y2, col, lw = o
                    self.p.line(x1, y1, x2, y2, col, lw)
            if d.get("footer"):
                t = d["footer"].format(p=i + 1, n=n)
                fs = self.size - 2
                fw = self.p.width(t, self.fam, "", fs)
                xx = (self.W - fw) / 2 if d.get("footer_align", "c") == "c" else self.W - self.mr - fw
                self.p.text(xx, self.H - self.mb + 16, t, self.fam, "", fs, (0.4, 0.4, 0.4))
            if d.get("running") and i > 0:
                t = d["running"]
                self.p.text(self.ml, self.mt, t, self.fam, "I", self.size - 1, (0.4, 0.4, 0.4))
                self.p.line(self.ml, self.mt + 5, self.W - self.mr, self.mt + 5, (0.7, 0.7, 0.7), 0.4)
        self.p.save()
        return n


def render_pdf(doc, path):
    size = PAGES[doc.get("page", "letter")]
    meta = doc.get("meta", {})
    if doc.get("engine", "reportlab") == "fpdf2":
        painter = FPDFPainter(path, size, meta)
    else:
        painter = RLPainter(path, size, meta)
    return Layout(doc, painter).run()


# --------------------------------------------------------------------------- DOCX
def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _pborder(par, side="bottom", color="404040", sz="8"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    pPr.append(bdr)


def _pshade(par, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    pPr.append(shd)


def _table_borders(table, on):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "999999")
        b.append(el)
    tblPr.append(b)


class _Box:
    """A paragraph container (document, cell, header, footer) that reuses a first empty paragraph."""

    def __init__(self, obj, width_cm):
        self.obj = obj
        self.width = width_cm
        self.fresh = []
        if isinstance_cell(obj) and obj.paragraphs and not obj.paragraphs[0].text:
            self.fresh = [obj.paragraphs[0]]

    def table(self, rows, cols):
        from docx.section import _Header, _Footer
        from docx.shared import Cm
        if isinstance(self.obj, (_Header, _Footer)):
            return self.obj.add_table(rows, cols, Cm(self.width))
        return self.obj.add_table(rows=rows, cols=cols)

    def par(self, style=None):
        if self.fresh:
            p = self.fresh.pop()
            if style:
                p.style = style
            return p
        return self.obj.add_paragraph(style=style) if style else self.obj.add_paragraph()


def isinstance_cell(obj):
    from docx.table import _Cell
    from docx.section import _Header, _Footer
    return isinstance(obj, (_Cell, _Header, _Footer))


class DocxWriter:
    def __init__(self, spec):
        from docx import Document
        from docx.shared import Pt, Cm
        self.s = spec
        self.doc = Document()
        self.Pt, self.Cm = Pt, Cm
        st = self.doc.styles["Normal"]
        st.font.name = spec.get("font", "Calibri")
        st.font.size = Pt(spec.get("size", 11))
        sec = self.doc.sections[0]
        if spec.get("page", "a4") == "a4":
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        else:
            sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
        m = spec.get("margins_cm", 2.0)
        sec.left_margin = sec.right_margin = Cm(m)
        sec.top_margin = sec.bottom_margin = Cm(spec.get("tb_margin_cm", m))
        self.textw = (sec.page_width.cm - 2 * m)
        for name in ("Heading 1", "Heading 2", "Title"):
            try:
                self.doc.styles[name].font.name = spec.get("hfont", spec.get("font", "Calibri"))
            except KeyError:
                pass

    def run(self, p, text, s="", size=None, color=None):
        from docx.shared import RGBColor
        r = p.add_run(text)
        r.bold = "B" in s or None
        r.italic = "I" in s or None
        if size:
            r.font.size = self.Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def heading(self, box, text):
        hs = self.s.get("heading", "style")
        if hs == "style":
            p = box.par(self.s.get("hstyle", "Heading 1"))
            p.add_run(text)
        elif hs == "border":
            p = box.par()
            self.run(p, text, "B", self.s.get("hsize", 12), self.s.get("hcolor"))
            _pborder(p, color=self.s.get("hcolor", "404040"))
            p.paragraph_format.space_before = self.Pt(10)
        elif hs == "shaded":
            p = box.par()
            self.run(p, text, "B", self.s.get("hsize", 11))
            _pshade(p, self.s.get("hfill", "D9D9D9"))
            p.paragraph_format.space_before = self.Pt(8)
        else:
            p = box.par()
            self.run(p, text, "B", self.s.get("hsize", 12), self.s.get("hcolor"))
            p.paragraph_format.space_before = self.Pt(10)
        return p

    def blocks(self, box, blocks):
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
        i = 0
        while i < len(blocks):
            b = blocks[i]
            t = b[0]
            if t == "h":
                self.heading(box, b[1])
            elif t == "sp":
                p = box.par()
                p.paragraph_format.space_after = self.Pt(0)
            elif t == "pb":
                from docx.enum.text import WD_BREAK
                p = box.par()
                p.add_run().add_break(WD_BREAK.PAGE)
            elif t == "rule":
                p = box.par()
                _pborder(p, color="A0A0A0", sz="4")
            elif t == "p":
                o = b[2] if len(b) > 2 else {}
                p = box.par(o.get("style"))
                self.run(p, b[1], o.get("s", ""), o.get("size"), o.get("color"))
                if o.get("align") == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif o.get("align") == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if "after" in o:
                    p.paragraph_format.space_after = self.Pt(o["after"])
                if "indent" in o:
                    p.paragraph_format.left_indent = self.Cm(o["indent"])
            elif t == "lr":
                o = b[3] if len(b) > 3 else {}
                p = box.par(o.get("style"))
                p.paragraph_format.tab_stops.add_tab_stop(self.Cm(box.width - 0.05), WD_TAB_ALIGNMENT.RIGHT)
                self.run(p, b[1], o.get("ls", "B"), o.get("size"), o.get("color"))
                if b[2]:
                    self.run(p, "\t" + b[2], o.get("rs", ""), o.get("size"), o.get("rcolor"))
                p.paragraph_format.space_before = self.Pt(o.get("before", 6))
                p.paragraph_format.space_after = self.Pt(o.get("after", 0))
            elif t == "b":
                o = b[3] if len(b) > 3 else {}
                if b[2] is None:
                    p = box.par(o.get("style", "List Bullet"))
                    self.run(p, b[1], o.get("s", ""))
                else:
                    p = box.par()
                    self.run(p, f"{b[2]}{o.get('sep', ' ')}{b[1]}", o.get("s", ""))
                    p.paragraph_format.left_indent = self.Cm(o.get("indent", 0.4))
                p.paragraph_format.space_after = self.Pt(o.get("after", 0))
            elif t == "dl":
                # consecutive dl blocks become one borderless two-column table
                rows = []
                while i < len(blocks) and blocks[i][0] == "dl":
                    rows.append(blocks[i])
                    i += 1
                i -= 1
                lw = rows[0][3].get("lw_cm", 3.2) if len(rows[0]) > 3 else 3.2
                tbl = box.table(len(rows), 2)
                _table_borders(tbl, self.s.get("dl_borders", False))
                for r, row in enumerate(rows):
                    c0, c1 = tbl.rows[r].cells
                    c0.width = self.Cm(lw)
                    c1.width = self.Cm(box.width - lw)
                    o = row[3] if len(row) > 3 else {}
                    p = c0.paragraphs[0]
                    self.run(p, row[1], o.get("s", ""), o.get("size"))
                    self.blocks(_Box(c1, box.width - lw - 0.4), row[2])
                box.fresh = []
            elif t == "table":
                o = b[2] if len(b) > 2 else {}
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tbl = box.table(len(rows), ncol)
                if o.get("style"):
                    tbl.style = o["style"]
                else:
                    _table_borders(tbl, o.get("borders", False))
                widths = o.get("widths") or [box.width / ncol] * ncol
                for r, row in enumerate(rows):
                    for c, content in enumerate(row):
                        cell = tbl.rows[r].cells[c]
                        cell.width = self.Cm(widths[c])
                        if o.get("fills") and o["fills"][c]:
                            _shade(cell, o["fills"][c])
                        if isinstance(content, str):
                            content = [("p", content, o.get("popts", {}))]
                        self.blocks(_Box(cell, widths[c] - 0.3), content)
                box.fresh = []
            else:
                raise ValueError(t)
            i += 1

    def build(self, path):
        s = self.s
        sec = self.doc.sections[0]
        if s.get("header"):
            hb = _Box(sec.header, self.textw)
            self.blocks(hb, s["header"])
        if s.get("footer"):
            fb = _Box(sec.footer, self.textw)
            self.blocks(fb, s["footer"])
        body = _Box(self.doc, self.textw)
        self.blocks(body, s.get("top", []))
        if s.get("sidebar"):
            sw = s.get("sidebar_w", 5.5)
            order = [s["sidebar"], s["body"]] if s.get("sidebar_side", "left") == "left" else [s["body"], s["sidebar"]]
            widths = [sw, self.textw - sw] if s.get("sidebar_side", "left") == "left" else [self.textw - sw, sw]
            fills = [s.get("sidebar_fill", "DCE6F1"), None] if s.get("sidebar_side", "left") == "left" else [None, s.get("sidebar_fill", "DCE6F1")]
            self.blocks(body, [("table", [order], {"widths": widths, "fills": fills})])
        else:
            self.blocks(body, s["body"])
        cp = self.doc.core_properties
        meta = s.get("meta", {})
        cp.author = meta.get("author", "")
        cp.last_modified_by = meta.get("author", "")
        cp.title = meta.get("title", "")
        cp.created = FIXED_DT.replace(tzinfo=None)
        cp.modified = FIXED_DT.replace(tzinfo=None)
        cp.last_printed = FIXED_DT.replace(tzinfo=None)
        cp.revision = 1
        cp.comments = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        normalise_zip(buf.getvalue(), path)


def normalise_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(spec, path):
    DocxWriter(spec).build(path)


def render_text(text, path, crlf=False):
    if not text.endswith("\n"):
        text += "\n"
    data = text.replace("\n", "\r\n") if crlf else text
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)
