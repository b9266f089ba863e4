"""PDF rendering: one page-flow engine with two back ends (reportlab canvas, fpdf2)."""
import datetime

from prims import job_prims, etable_rows

DV = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
A4 = (595.28, 841.89)


class RLBackend:
    FAMILIES = {
        "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
        "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
        "dejavu": ("DV", "DV-B", "DV-I", "DV-BI"),
        "dvserif": ("DVS", "DVS-B", "DVS-I", "DVS-BI"),
    }

    def __init__(self, path, family):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self.pm = pdfmetrics
        if family == "dejavu":
            for n, f in zip(self.FAMILIES["dejavu"], ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                                                       "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")):
                pdfmetrics.registerFont(TTFont(n, DV + f))
        if family == "dvserif":
            for n, f in zip(self.FAMILIES["dvserif"], ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                                                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")):
                pdfmetrics.registerFont(TTFont(n, DV + f))
        self.fonts = dict(zip(("r", "b", "i", "bi"), self.FAMILIES[family]))
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setAuthor("")
        self.c.setCreator("Microsoft Word")
        self.W, self.H = A4

    def width(self, s, f, size):
        return self.pm.stringWidth(s, self.fonts[f], size)

    def text(self, x, y, s, f, size, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fonts[f], size)
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, color):
        self.c.setFillColorRGB(*color)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def hline(self, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def box(self, x, y, w, h, lw=0.5):
        self.c.setStrokeColorRGB(0, 0, 0)
        self.c.setLineWidth(lw)
        self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPDFBackend:
    def __init__(self, path, family):
        from fpdf import FPDF
        self.path = path
        p = FPDF(unit="pt", format="A4")
        p.set_auto_page_break(False)
        p.set_creation_date(FIXED)
        p.set_creator("Microsoft Word")
        p.set_producer("")
        if family == "dvserif":
            files = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")
        elif family == "dvcond":
            files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                     "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf")
        else:
            files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
        for style, f in zip(("", "B", "I", "BI"), files):
            p.add_font("F", style, DV + f)
        self.styles = {"r": "", "b": "B", "i": "I", "bi": "BI"}
        p.add_page()
        self.p = p
        self.W, self.H = A4

    def width(self, s, f, size):
        self.p.set_font("F", self.styles[f], size)
        return self.p.get_string_width(s)

    def text(self, x, y, s, f, size, color=(0, 0, 0)):
        self.p.set_font("F", self.styles[f], size)
        self.p.set_text_color(*[int(c * 255) for c in color])
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, color):
        self.p.set_fill_color(*[int(c * 255) for c in color])
        self.p.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.p.set_draw_color(*[int(c * 255) for c in color])
        self.p.set_line_width(lw)
        self.p.line(x1, y, x2, y)

    def box(self, x, y, w, h, lw=0.5):
        self.p.set_draw_color(0, 0, 0)
        self.p.set_line_width(lw)
        self.p.rect(x, y, w, h, style="D")

    def new_page(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


class Flow:
    def __init__(self, be, x0, x1, y, ybot, o, page_hook):
        self.be, self.x0, self.x1, self.y, self.ybot, self.o = be, x0, x1, y, ybot, o
        self.size = o.get("size", 10)
        self.lead = self.size * o.get("leading", 1.32)
        self.page_hook = page_hook
        self.color = o.get("color", (0, 0, 0))

    # basic
    def need(self, h):
        if self.y + h > self.ybot:
            self.page_hook()
            self.y = self.o.get("top2", 50) + self.size

    def wrap(self, text, f, size, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip() if cur else w
            if self.be.width(t, f, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def single(self, text, f="r", size=None, x=None, align="l", color=None, x1=None):
        size = size or self.size
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        w = self.be.width(text, f, size)
        if w > x1 - x + 0.5:
            raise ValueError(f"line too wide for layout: {text!r}")
        self.need(size * 1.32)
        if align == "c":
            x = x + (x1 - x - w) / 2
        elif align == "r":
            x = x1 - w
        self.be.text(x, self.y, text, f, size, color or self.color)
        return w, x

    def adv(self, k=1.0):
        self.y += self.lead * k

    def line(self, text, f="r", size=None, align="l", color=None):
        self.single(text, f, size, align=align, color=color)
        self.adv((size or self.size) / self.size)

    def para(self, text, f="r", indent=0, size=None):
        size = size or self.size
        for ln in self.wrap(text, f, size, self.x1 - self.x0 - indent):
            self.need(self.lead)
            self.be.text(self.x0 + indent, self.y, ln, f, size, self.color)
            self.adv()

    def bullet(self, text, indent=0):
        marker = self.o.get("marker", "•")
        bi = self.o.get("bullet_indent", 8) + indent
        hang = self.o.get("bullet_hang", 10)
        lines = self.wrap(text, "r", self.size, self.x1 - self.x0 - bi - hang)
        for k, ln in enumerate(lines):
            self.need(self.lead)
            if k == 0 and marker:
                self.be.text(self.x0 + bi, self.y, marker, "r", self.size, self.color)
            self.be.text(self.x0 + bi + hang, self.y, ln, "r", self.size, self.color)
            self.adv()

    def kv(self, k, v):
        kvw = self.o.get("kvw")
        sep = self.o.get("kvsep", ":")
        self.need(self.lead)
        if kvw:
            self.be.text(self.x0, self.y, k, self.o.get("kvf", "b"), self.size, self.color)
            self.be.text(self.x0 + kvw - 8, self.y, sep, "r", self.size, self.color)
            lines = self.wrap(v, "r", self.size, self.x1 - self.x0 - kvw)
            for j, ln in enumerate(lines):
                if j:
                    self.need(self.lead)
                self.be.text(self.x0 + kvw, self.y, ln, "r", self.size, self.color)
                self.adv()
        else:
            lab = f"{k}{sep} "
            w = self.be.width(lab, self.o.get("kvf", "b"), self.size)
            self.be.text(self.x0, self.y, lab, self.o.get("kvf", "b"), self.size, self.color)
            lines = self.wrap(v, "r", self.size, self.x1 - self.x0 - w)
            for j, ln in enumerate(lines):
                if j:
                    self.need(self.lead)
                self.be.text(self.x0 + w, self.y, ln, "r", self.size, self.color)
                self.adv()

    def lr(self, left, right, lf="b", rf=""):
        self.need(self.lead)
        wr = self.be.width(right, rf or "r", self.size)
        self.single(left, lf or "r", x1=self.x1 - wr - 6)
        self.be.text(self.x1 - wr, self.y, right, rf or "r", self.size, self.color)
        self.adv()

    def col(self, left, right, lf="b", rf="r"):
        cw = self.o.get("datecol", 110)
        self.need(self.lead)
        if left:
            self.single(left, lf or "r", size=self.o.get("datesize", self.size), x1=self.x0 + cw - 4)
        self.single(right, rf or "r", x=self.x0 + cw)
        self.adv()

    def heading(self, text):
        hs = self.o.get("hstyle", "rule")
        hsize = self.o.get("hsize", self.size + 1.5)
        hc = self.o.get("hcolor", (0, 0, 0))
        self.need(hsize * 3)
        self.y += self.lead * 0.5
        if hs == "shade":
            self.be.rect(self.x0 - 3, self.y - hsize - 1, self.x1 - self.x0 + 6, hsize + 6, self.o.get("shade", (0.85, 0.85, 0.85)))
            self.single(text, "b", hsize, color=hc)
            self.y += hsize * 0.7 + 6
        elif hs == "rule":
            self.single(text, "b", hsize, color=hc)
            self.be.hline(self.x0, self.x1, self.y + 4, 0.8, hc)
            self.y += hsize * 0.7 + 8
        elif hs == "underline":
            w, x = self.single(text, "b", hsize, color=hc)
            self.be.hline(x, x + w, self.y + 2, 0.6, hc)
            self.y += hsize * 0.7 + 7
        elif hs == "centre_rule":
            self.be.hline(self.x0, self.x1, self.y - hsize - 2, 0.5, hc)
            self.single(text, "b", hsize, align="c", color=hc)
            self.be.hline(self.x0, self.x1, self.y + 4, 0.5, hc)
            self.y += hsize * 0.7 + 8
        else:  # plain
            self.single(text, "b", hsize, color=hc)
            self.y += hsize * 0.7 + 5

    def table(self, header, rows, widths=None):
        n = len(header)
        tw = self.x1 - self.x0
        widths = widths or [tw / n] * n
        scale = tw / sum(widths)
        widths = [w * scale for w in widths]
        pad = 3
        for ri, row in enumerate([header] + rows):
            f = "b" if ri == 0 else "r"
            cells = [self.wrap(str(c), f, self.size - 0.5, widths[j] - 2 * pad) for j, c in enumerate(row)]
            h = max(len(c) for c in cells) * self.lead + 4
            self.need(h + 2)
            top = self.y - self.size
            if ri == 0 and self.o.get("thead_shade"):
                self.be.rect(self.x0, top, tw, h, self.o["thead_shade"])
            x = self.x0
            for j, c in enumerate(cells):
                self.be.box(x, top, widths[j], h)
                yy = self.y + 1
                for ln in c:
                    self.be.text(x + pad, yy, ln, f, self.size - 0.5, self.color)
                    yy += self.lead
                x += widths[j]
            self.y += h
        self.y += 4

    def prims(self, ps):
        for p in ps:
            t = p[0]
            if t == "T":
                f = p[2]
                if f == "u":
                    w, x = self.single(p[1], "b")
                    self.be.hline(x, x + w, self.y + 2, 0.5)
                    self.adv()
                elif f == "caps":
                    self.line(p[1].upper(), "b")
                else:
                    self.line(p[1], f or "r")
            elif t == "LR":
                self.lr(p[1], p[2], p[3], p[4])
            elif t == "C":
                self.col(p[1], p[2], p[3], p[4])
            elif t == "KV":
                self.kv(p[1], p[2])
            elif t == "P":
                self.para(p[1])
            elif t == "B":
                self.bullet(p[1], self.o.get("datecol", 110) if p[2] else 0)
            elif t == "SP":
                self.y += self.lead * self.o.get("jobgap", 0.6)

    def blocks(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "name":
                self.need(30)
                sz = self.o.get("name_size", 18)
                self.y += sz * 0.4
                self.single(b[1], "b", sz, align=self.o.get("header_align", "l"), color=self.o.get("name_color", self.color))
                self.y += sz * 1.05
            elif k == "contact":
                for ln in b[1]:
                    self.line(ln, "r", self.size - 0.5, align=self.o.get("header_align", "l"),
                              color=self.o.get("contact_color"))
            elif k == "namecontact":
                sz = self.o.get("name_size", 18)
                y0 = self.y
                self.y += sz * 0.4
                self.single(b[1], "b", sz, color=self.o.get("name_color", self.color))
                if len(b) > 3 and b[3]:
                    self.y += sz * 1.0
                    self.single(b[3], "i", self.size + 1)
                yl = self.y
                self.y = y0
                for ln in b[2]:
                    self.single(ln, "r", self.size - 0.5, align="r")
                    self.adv(0.95)
                self.y = max(self.y, yl + sz * 0.8)
                self.be.hline(self.x0, self.x1, self.y - 4, 1.0)
                self.y += 6
            elif k == "h":
                self.heading(b[1])
            elif k == "p":
                self.para(b[1])
            elif k == "ul":
                for it in b[1]:
                    self.bullet(it)
            elif k == "kv":
                for kk, vv in b[1]:
                    self.kv(kk, vv)
            elif k == "lines":
                for ln in b[1]:
                    self.line(ln)
            elif k == "jobs":
                o = dict(b[3]) if len(b) > 3 else {}
                self.prims(job_prims(b[1], b[2], o))
            elif k == "etable":
                h, rows = etable_rows(b[1], b[2])
                self.table(h, rows, (b[3] if len(b) > 3 else {}).get("widths"))
            elif k == "table":
                self.table(b[1], b[2], (b[3] if len(b) > 3 else {}).get("widths"))
            elif k == "sig":
                self.y += self.lead
                for ln in b[1]:
                    self.line(ln)
                self.y -= self.lead
                self.single(b[2], "b", align="r")
                self.adv()
            elif k == "sp":
                self.y += self.lead * (b[1] if len(b) > 1 else 1)
            else:
                raise ValueError(k)


def render_pdf(r, path, backend):
    o = r.get("opts", {})
    be = (RLBackend if backend == "rl" else FPDFBackend)(path, o.get("font", "helv" if backend == "rl" else "dejavu"))
    W, H = be.W, be.H
    m = o.get("margin", 50)
    top = o.get("top", 50)
    bot = H - o.get("bottom", 50)
    state = {"page": 1}

    def footer():
        if o.get("footer"):
            txt = o["footer"].format(n=state["page"])
            w = be.width(txt, "i", 8)
            be.text((W - w) / 2, H - 25, txt, "i", 8, (0.3, 0.3, 0.3))

    def newpage():
        footer()
        be.new_page()
        state["page"] += 1

    if r.get("side"):
        sw = o.get("sidew", 170)
        be.rect(0, 0, sw, H, o.get("sidecolor", (0.9, 0.9, 0.9)))
        so = dict(o)
        so.update(o.get("sideopts", {}))
        sf = Flow(be, m * 0.6, sw - 12, top + so.get("size", 9), bot, so, lambda: (_ for _ in ()).throw(ValueError("sidebar overflow")))
        sf.color = so.get("color", (0, 0, 0))
        sf.blocks(r["side"])
        main = Flow(be, sw + 18, W - m * 0.8, top + o.get("size", 10), bot, o, newpage)
    else:
        main = Flow(be, m, W - m, top + o.get("size", 10), bot, o, newpage)
    if o.get("topband"):
        be.rect(0, 0, W, o["topband"][0], o["topband"][1])
    main.blocks(r["body"])
    footer()
    be.save()
