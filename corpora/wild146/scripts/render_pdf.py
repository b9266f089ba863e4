"""PDF renderers: one small layout engine, two back ends (reportlab canvas, fpdf2).

Coordinates inside the engine are measured from the top of the page in points.
"""
import datetime

from lib import job_lines, fmt_range, org_loc
from render_text import _group

PW, PH = 595.28, 841.89
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# =============================================================================
# back ends
# =============================================================================

class RLBackend:
    FAM = {
        "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    }

    def __init__(self, path, d):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self._sw = stringWidth
        self.c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
        self.c.setAuthor(d.get("author", ""))
        self.c.setTitle(d.get("doc_title", "CV"))
        self.c.setCreator(d.get("creator", "Microsoft Word"))
        self.fonts = self.FAM[d.get("opts", {}).get("font", "Helvetica")]

    def _f(self, st):
        return self.fonts[{"n": 0, "b": 1, "i": 2}[st]]

    def width(self, text, st, size):
        return self._sw(text, self._f(st), size)

    def text(self, x, y, text, st, size, color=(0, 0, 0)):
        self.c.setFillColorRGB(*[v / 255 for v in color])
        self.c.setFont(self._f(st), size)
        self.c.drawString(x, PH - y, text)

    def rect(self, x, y, w, h, fill):
        self.c.setFillColorRGB(*[v / 255 for v in fill])
        self.c.rect(x, PH - y - h, w, h, stroke=0, fill=1)

    def frame(self, x, y, w, h):
        self.c.setStrokeColorRGB(0.3, 0.3, 0.3)
        self.c.setLineWidth(0.5)
        self.c.rect(x, PH - y - h, w, h, stroke=1, fill=0)

    def line(self, x1, y1, x2, y2, color=(80, 80, 80), lw=0.7):
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.setLineWidth(lw)
        self.c.line(x1, PH - y1, x2, PH - y2)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.showPage()
        self.c.save()


class FPDFBackend:
    FAM = {
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
        "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
        "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf"),
    }

    def __init__(self, path, d):
        from fpdf import FPDF
        self.path = path
        fam = d.get("opts", {}).get("font", "DejaVuSans")
        self.pdf = FPDF(unit="pt", format=(PW, PH))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(datetime.datetime(2026, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        self.pdf.set_author(d.get("author", ""))
        self.pdf.set_title(d.get("doc_title", "CV"))
        self.pdf.set_creator(d.get("creator", "Writer"))
        self.pdf.set_producer("fpdf2")
        files = self.FAM[fam]
        for st, fn in zip(("", "B", "I"), files):
            self.pdf.add_font("F", st, FONTDIR + fn)
        self.pdf.add_page()

    def _set(self, st, size):
        self.pdf.set_font("F", {"n": "", "b": "B", "i": "I"}[st], size)

    def width(self, text, st, size):
        self._set(st, size)
        return self.pdf.get_string_width(text)

    def text(self, x, y, text, st, size, color=(0, 0, 0)):
        self._set(st, size)
        self.pdf.set_text_color(*color)
        self.pdf.text(x, y, text)

    def rect(self, x, y, w, h, fill):
        self.pdf.set_fill_color(*fill)
        self.pdf.rect(x, y, w, h, style="F")

    def frame(self, x, y, w, h):
        self.pdf.set_draw_color(80, 80, 80)
        self.pdf.set_line_width(0.5)
        self.pdf.rect(x, y, w, h, style="D")

    def line(self, x1, y1, x2, y2, color=(80, 80, 80), lw=0.7):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(lw)
        self.pdf.line(x1, y1, x2, y2)

    def new_page(self):
        self.pdf.add_page()

    def save(self):
        self.pdf.output(self.path)


# =============================================================================
# layout engine
# =============================================================================

class Col:
    def __init__(self, x, w, y):
        self.x, self.w, self.y = x, w, y


class Flow:
    def __init__(self, be, d):
        self.be, self.d = be, d
        o = self.o = d.get("opts", {})
        self.size = o.get("size", 10)
        self.lead = self.size * o.get("lead", 1.32)
        self.mt, self.mb = o.get("mt", 48), o.get("mb", 50)
        self.ml, self.mr = o.get("ml", 50), o.get("mr", 50)
        self.accent = tuple(o.get("accent", (0, 0, 0)))
        self.page = 1
        self.cols = []

    # ---- helpers --------------------------------------------------------------
    def wrap(self, text, st, size, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.be.width(t, st, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    def ensure(self, col, h):
        if col.y + h > PH - self.mb:
            self.footer()
            self.be.new_page()
            self.page += 1
            self.decor()
            for c in self.cols:
                c.y = self.mt
            col.y = self.mt

    def decor(self):
        o = self.o
        if o.get("side_fill") and (self.page == 1 or o.get("side_every_page")):
            sx = self.side_x
            self.be.rect(sx - 12, 0 if o.get("side_full") else self.side_top - 6, self.side_w + 24,
                         PH if o.get("side_full") else PH - self.side_top + 6, o["side_fill"])
        if o.get("band") and self.page == 1:
            self.be.rect(0, 0, PW, o["band"], o.get("band_fill", (225, 232, 240)))

    def footer(self):
        f = self.o.get("footer")
        if f:
            t = f.replace("{n}", str(self.page))
            w = self.be.width(t, "n", 8)
            self.be.text((PW - w) / 2, PH - 28, t, "n", 8, (90, 90, 90))

    def write(self, col, text, st="n", size=None, indent=0, right=None, color=None, align="l",
              rst=None, hang=0):
        size = size or self.size
        lead = size * self.o.get("lead", 1.32)
        avail = col.w - indent
        rw = 0
        if right:
            rw = self.be.width(right, rst or "n", size) + 12
        lines = self.wrap(text, st, size, avail - rw - hang) if text else [""]
        for i, ln in enumerate(lines):
            self.ensure(col, lead)
            col.y += lead
            x = col.x + indent + (hang if i else 0)
            if align == "c":
                x = col.x + (col.w - self.be.width(ln, st, size)) / 2
            elif align == "r":
                x = col.x + col.w - self.be.width(ln, st, size)
            self.be.text(x, col.y, ln, st, size, color or (0, 0, 0))
            if i == 0 and right:
                self.be.text(col.x + col.w - self.be.width(right, rst or "n", size), col.y, right,
                             rst or "n", size, color or (0, 0, 0))

    def heading(self, col, text):
        hs = self.o.get("head", "rule")
        size = self.size + 1.5
        col.y += self.o.get("hgap", 8)
        if hs == "shade":
            self.ensure(col, size * 2.2)
            self.be.rect(col.x - 3, col.y + 2, col.w + 6, size * 1.6, self.o.get("shade", (215, 225, 235)))
            col.y += size * 1.25
            self.be.text(col.x + 2, col.y, text.upper(), "b", size, self.accent)
            col.y += size * 0.7
        elif hs == "underline":
            self.write(col, text.upper(), "b", size, color=self.accent)
            w = self.be.width(text.upper(), "b", size)
            self.be.line(col.x, col.y + 2, col.x + w, col.y + 2, self.accent, 0.8)
            col.y += 4
        elif hs == "plain":
            self.write(col, text, "b", size + 1, color=self.accent)
            col.y += 2
        else:
            self.write(col, text.upper(), "b", size, color=self.accent)
            self.be.line(col.x, col.y + 3, col.x + col.w, col.y + 3, self.accent, 0.7)
            col.y += 6

    def bullet(self, col, text, indent=0):
        ch = self.o.get("bchar", "•")
        size = self.size
        lead = size * self.o.get("lead", 1.32)
        bi = indent + self.o.get("bindent", 8)
        lines = self.wrap(text, "n", size, col.w - bi - 10)
        for i, ln in enumerate(lines):
            self.ensure(col, lead)
            col.y += lead
            if i == 0:
                self.be.text(col.x + bi, col.y, ch, "n", size)
            self.be.text(col.x + bi + 10, col.y, ln, "n", size)

    # ---- blocks ---------------------------------------------------------------
    def job(self, col, lines):
        lcw = self.o.get("lcw", 110)
        in_lc = False
        for ln in lines:
            k = ln[0]
            if k == "b":
                col.y += 5
                self.write(col, ln[1], "b", right=ln[2], rst=self.o.get("rst", "n"))
            elif k == "i":
                if ln[1]:
                    self.write(col, ln[1], "i", right=ln[2])
            elif k == "p":
                self.write(col, ln[1], indent=lcw if in_lc else 0)
            elif k == "li":
                self.bullet(col, ln[1], indent=lcw if in_lc else 0)
            elif k in ("lc", "lcp"):
                in_lc = True
                if k == "lc":
                    col.y += 6
                    self.ensure(col, self.lead * 2)
                    y0 = col.y
                    # the date in the left column, possibly on two lines
                    dl = self.wrap(ln[1], self.o.get("lcst", "n"), self.size - 0.5, lcw - 8)
                    for j, t in enumerate(dl):
                        self.be.text(col.x, y0 + self.lead * (j + 1), t, self.o.get("lcst", "n"),
                                     self.size - 0.5, self.accent)
                    self.write(col, ln[2], "b", indent=lcw)
                    col.y = max(col.y, y0 + self.lead * len(dl))
                else:
                    if ln[2]:
                        self.write(col, ln[2], "i", indent=lcw)

    def table(self, col, hdr, rows, widths=None, border=True, head_fill=(230, 230, 230), cell_lists=None):
        n = len(rows[0]) if rows else len(hdr)
        if widths is None:
            widths = [col.w / n] * n
        else:
            s = sum(widths)
            widths = [w * col.w / s for w in widths]
        size = self.size - 0.5
        lead = size * 1.28
        allrows = ([("h", hdr)] if hdr else []) + [("r", r) for r in rows]
        for kind, r in allrows:
            cells = []
            for i, c in enumerate(r):
                st = "b" if kind == "h" else ("b" if (self.o.get("tbold_col") == i) else "n")
                items = c if isinstance(c, list) else [c]
                lines = []
                for it in items:
                    pre = ""
                    if isinstance(c, list):
                        pre = "- "
                    wl = self.wrap(pre + it, st, size, widths[i] - 8)
                    lines.extend((t, st) for t in wl)
                cells.append(lines)
            h = max(len(x) for x in cells) * lead + 6
            self.ensure(col, h)
            y0 = col.y
            x = col.x
            if kind == "h" and head_fill:
                self.be.rect(col.x, y0, col.w, h, head_fill)
            for i, lines in enumerate(cells):
                for j, (t, st) in enumerate(lines):
                    self.be.text(x + 4, y0 + 3 + lead * (j + 1) - 2, t, st, size)
                if border:
                    self.be.frame(x, y0, widths[i], h)
                x += widths[i]
            col.y = y0 + h
        col.y += 4

    def blocks(self, col, blocks):
        o = self.o
        for b in blocks:
            t = b[0]
            if t == "name":
                al = o.get("name_align", "c")
                self.write(col, b[1], "b", self.o.get("name_size", 18), align=al, color=self.accent)
                col.y += 3
                if len(b) > 2 and b[2]:
                    self.write(col, b[2], "i", self.size + 1, align=al)
            elif t == "contact":
                al = o.get("name_align", "c")
                for x in b[1]:
                    self.write(col, x, "n", self.size - 0.5, align=al)
                col.y += 4
            elif t == "h":
                self.heading(col, b[1])
            elif t == "p":
                self.write(col, b[1])
                col.y += 2
            elif t == "raw":
                for x in b[1]:
                    self.write(col, x)
            elif t == "gap":
                col.y += self.lead * 0.6
            elif t == "kv":
                kw = o.get("kvw", max(self.be.width(k + ":", "b", self.size) for k, _ in b[1]) + 10)
                for k, v in b[1]:
                    y0 = col.y
                    self.ensure(col, self.lead)
                    self.be.text(col.x, col.y + self.lead, k + ":", "b", self.size)
                    self.write(col, v, indent=kw)
            elif t == "ul":
                for x in b[1]:
                    self.bullet(col, x)
            elif t == "jobs":
                jo = b[2]
                for grp, e in _group(b[1], jo):
                    if grp is not None:
                        col.y += 8
                        self.write(col, grp, "b", self.size + 0.5, color=self.accent)
                    if jo.get("group_org"):
                        lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                        lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                    else:
                        lines = job_lines(e, jo["style"], jo["ds"], jo)
                    self.job(col, lines)
                col.y += 4
            elif t == "ptable":
                jo = b[2]
                cols = jo.get("cols", ["Period", "Organisation", "Position", "Responsibilities"])
                # org cell: organisation and town on separate lines
                fixed = [[fmt_range(e, jo["ds"]), _Lines(x for x in (e.org, e.loc) if x),
                          e.title, list(e.bullets)] for e in b[1]]
                self.ptable(col, cols, fixed, jo.get("widths", [1.1, 1.6, 1.5, 3.2]))
            elif t == "table":
                self.table(col, b[1], b[2], b[3] if len(b) > 3 else None,
                           border=o.get("table_border", True))
            elif t == "refs":
                if o.get("refs_cols", 1) > 1 and len(b[1]) > 1:
                    n = len(b[1])
                    w = col.w / n
                    y0 = col.y
                    ys = []
                    for i, r in enumerate(b[1]):
                        sub = Col(col.x + i * w, w - 10, y0)
                        self.cols.append(sub)
                        self.write(sub, r[0], "b")
                        for x in r[1:]:
                            self.write(sub, x)
                        ys.append(sub.y)
                        self.cols.remove(sub)
                    col.y = max(ys) + 4
                else:
                    for r in b[1]:
                        self.write(col, r[0], "b")
                        for x in r[1:]:
                            self.write(col, x)
                        col.y += 5
            else:
                raise ValueError(t)

    def ptable(self, col, cols, rows, widths):
        s = sum(widths)
        widths = [w * col.w / s for w in widths]
        size = self.size - 0.5
        lead = size * 1.3
        # header
        hh = lead + 8
        self.ensure(col, hh)
        y0 = col.y
        self.be.rect(col.x, y0, col.w, hh, self.o.get("th_fill", (220, 228, 220)))
        x = col.x
        for i, c in enumerate(cols):
            self.be.text(x + 4, y0 + lead + 2, c, "b", size)
            self.be.frame(x, y0, widths[i], hh)
            x += widths[i]
        col.y = y0 + hh
        for r in rows:
            cells = []
            for i, c in enumerate(r):
                lines = []
                if isinstance(c, _Lines):
                    for it in c:
                        lines += [(t, "n") for t in self.wrap(it, "n", size, widths[i] - 8)]
                elif isinstance(c, list):
                    for it in c:
                        wl = self.wrap(it, "n", size, widths[i] - 16)
                        lines += [("- " + t if j == 0 else "  " + t, "n") for j, t in enumerate(wl)]
                else:
                    st = "b" if i == 2 else "n"
                    lines += [(t, st) for t in self.wrap(c, st, size, widths[i] - 8)]
                cells.append(lines)
            h = max(len(x) for x in cells) * lead + 8
            self.ensure(col, h)
            y0 = col.y
            x = col.x
            for i, lines in enumerate(cells):
                for j, (t, st) in enumerate(lines):
                    self.be.text(x + 4, y0 + 2 + lead * (j + 1), t, st, size)
                self.be.frame(x, y0, widths[i], h)
                x += widths[i]
            col.y = y0 + h
        col.y += 6

    def run(self):
        o, d = self.o, self.d
        full = Col(self.ml, PW - self.ml - self.mr, self.mt)
        if o.get("band"):
            self.be.rect(0, 0, PW, o["band"], o.get("band_fill", (225, 232, 240)))
        self.cols = [full]
        # header area: either stacked blocks or name left / contact right
        if d.get("top"):
            self.blocks(full, d["top"])
        if d.get("top_right"):
            r = Col(self.ml + full.w * 0.52, full.w * 0.48, self.mt)
            self.cols.append(r)
            for x in d["top_right"]:
                self.write(r, x, "n", self.size - 0.5, align="r")
            full.y = max(full.y, r.y) + 4
            self.cols.remove(r)
        if o.get("top_rule"):
            self.be.line(self.ml, full.y + 6, PW - self.mr, full.y + 6, self.accent, 1.2)
            full.y += 10
        if d.get("side"):
            sw = o.get("side_w", 150)
            gap = o.get("side_gap", 26)
            top = full.y
            if o.get("side_right"):
                main = Col(self.ml, full.w - sw - gap, top)
                side = Col(self.ml + full.w - sw, sw, top)
            else:
                side = Col(self.ml, sw, top)
                main = Col(self.ml + sw + gap, full.w - sw - gap, top)
            self.side_x, self.side_w, self.side_top = side.x, side.w, top
            self.decor()
            self.cols = [side, main]
            self.blocks(side, d["side"])
            self.cols = [main]
            self.blocks(main, d["blocks"])
        else:
            self.blocks(full, d["blocks"])
        self.footer()
        self.be.save()


class _Lines(list):
    pass


def render_rl(d, path):
    Flow(RLBackend(path, d), d).run()


def render_fpdf(d, path):
    Flow(FPDFBackend(path, d), d).run()
