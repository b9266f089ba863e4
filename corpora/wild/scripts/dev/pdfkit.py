"""Tiny layout helpers on top of reportlab's canvas (and font registration for fpdf2)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

DJ = "/usr/share/fonts/truetype/dejavu/"
_registered = False


def register_dejavu():
    global _registered
    if _registered:
        return
    for name, fn in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"),
                     ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                     ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, DJ + fn))
    _registered = True


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class RL:
    """A cursor-based page writer. y is the baseline of the next line."""

    def __init__(self, path, pagesize=letter, left=54, right=54, top=54, bottom=54,
                 on_page=None, title=None):
        self.c = canvas.Canvas(path, pagesize=pagesize)
        if title:
            self.c.setTitle(title)
        self.W, self.H = pagesize
        self.l, self.r, self.top, self.b = left, self.W - right, top, bottom
        self.on_page = on_page
        self.page = 1
        self.y = self.H - top
        if on_page:
            on_page(self)

    # -- page management
    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.top
        if self.on_page:
            self.on_page(self)

    def need(self, h):
        if self.y - h < self.b:
            self.newpage()

    def space(self, h):
        self.y -= h

    # -- drawing
    def at(self, s, x, font="Helvetica", size=10, align="left", color=(0, 0, 0), y=None):
        c = self.c
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        y = self.y if y is None else y
        if align == "left":
            c.drawString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        c.setFillColorRGB(0, 0, 0)
        return sw(s, font, size)

    def line(self, s, font="Helvetica", size=10, x=None, lead=None, align="left",
             color=(0, 0, 0)):
        lead = lead or size * 1.3
        self.need(lead)
        if x is None:
            x = {"left": self.l, "right": self.r, "center": (self.l + self.r) / 2}[align]
        self.at(s, x, font, size, align, color)
        self.y -= lead

    def runs(self, parts, x=None, lead=None):
        """parts: list of (text, font, size[, color]) drawn left to right on one line."""
        x = self.l if x is None else x
        lead = lead or max(p[2] for p in parts) * 1.3
        self.need(lead)
        for p in parts:
            color = p[3] if len(p) > 3 else (0, 0, 0)
            x += self.at(p[0], x, p[1], p[2], color=color)
        self.y -= lead

    def para(self, s, font="Helvetica", size=10, x=None, width=None, lead=None,
             bullet=None, bullet_font=None, indent=10, color=(0, 0, 0)):
        x = self.l if x is None else x
        width = (self.r - x) if width is None else width
        lead = lead or size * 1.3
        tx = x + (indent if bullet else 0)
        lines = simpleSplit(" ".join(s.split()), font, size, width - (tx - x))
        for i, ln in enumerate(lines):
            self.need(lead)
            if i == 0 and bullet:
                self.at(bullet, x, bullet_font or font, size, color=color)
            self.at(ln, tx, font, size, color=color)
            self.y -= lead

    def rule(self, x0=None, x1=None, width=0.6, color=(0, 0, 0), dy=0):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(width)
        y = self.y + dy
        c.line(self.l if x0 is None else x0, y, self.r if x1 is None else x1, y)
        c.setStrokeColorRGB(0, 0, 0)

    def smallcaps(self, s, x, size=12, font="Times-Roman", color=(0, 0, 0), y=None):
        """Fake small caps: capitals at full size, lower case as smaller capitals."""
        small = size * 0.78
        for word_i, word in enumerate(s.split(" ")):
            if word_i:
                x += sw(" ", font, size)
            for ch in word:
                if ch.islower():
                    x += self.at(ch.upper(), x, font, small, color=color, y=y)
                else:
                    x += self.at(ch, x, font, size, color=color, y=y)
        return x

    def save(self):
        self.c.save()


def fpdf_fonts(pdf, serif=False, cond=False):
    """Register DejaVu families on an fpdf2 document."""
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("dj", "BI", DJ + "DejaVuSans-BoldOblique.ttf")
    if serif:
        pdf.add_font("djs", "", DJ + "DejaVuSerif.ttf")
        pdf.add_font("djs", "B", DJ + "DejaVuSerif-Bold.ttf")
        pdf.add_font("djs", "I", DJ + "DejaVuSerif-Italic.ttf")
        pdf.add_font("djs", "BI", DJ + "DejaVuSerif-BoldItalic.ttf")
    if cond:
        pdf.add_font("djc", "", DJ + "DejaVuSansCondensed.ttf")
        pdf.add_font("djc", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
        pdf.add_font("djc", "I", DJ + "DejaVuSansCondensed-Oblique.ttf")
        pdf.add_font("djc", "BI", DJ + "DejaVuSansCondensed-BoldOblique.ttf")
