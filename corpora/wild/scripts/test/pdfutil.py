"""Small reportlab helpers shared by the PDF résumés."""
import os, reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

DV = "/usr/share/fonts/truetype/dejavu/"
RLF = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
_done = False

def fonts():
    global _done
    if _done:
        return
    table = {
        "DVS": DV + "DejaVuSans.ttf", "DVS-B": DV + "DejaVuSans-Bold.ttf",
        "DVS-I": DV + "DejaVuSans-Oblique.ttf", "DVS-BI": DV + "DejaVuSans-BoldOblique.ttf",
        "DVSer": DV + "DejaVuSerif.ttf", "DVSer-B": DV + "DejaVuSerif-Bold.ttf",
        "DVSer-I": DV + "DejaVuSerif-Italic.ttf", "DVSer-BI": DV + "DejaVuSerif-BoldItalic.ttf",
        "DVC": DV + "DejaVuSansCondensed.ttf", "DVC-B": DV + "DejaVuSansCondensed-Bold.ttf",
        "DVC-I": DV + "DejaVuSansCondensed-Oblique.ttf", "DVC-BI": DV + "DejaVuSansCondensed-BoldOblique.ttf",
        "DVSL": DV + "DejaVuSans-ExtraLight.ttf",
        "Vera": os.path.join(RLF, "Vera.ttf"), "Vera-B": os.path.join(RLF, "VeraBd.ttf"),
        "Vera-I": os.path.join(RLF, "VeraIt.ttf"), "Vera-BI": os.path.join(RLF, "VeraBI.ttf"),
    }
    for k, v in table.items():
        pdfmetrics.registerFont(TTFont(k, v))
    for fam in ("DVS", "DVSer", "DVC", "Vera"):
        addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I"); addMapping(fam, 1, 1, fam + "-BI")
    _done = True

def hexc(h):
    return colors.HexColor(h)

class Pen:
    """Cursor-based text writer on a reportlab canvas with simple page breaks."""
    def __init__(self, c, x0, x1, ytop, ybot, newpage=None, top2=None):
        self.c, self.x0, self.x1, self.ytop, self.ybot = c, x0, x1, ytop, ybot
        self.y = ytop
        self.newpage = newpage
        self.top2 = top2 if top2 is not None else ytop

    def need(self, h):
        if self.y - h < self.ybot:
            self.c.showPage()
            if self.newpage:
                self.newpage(self.c)
            self.y = self.top2

    def gap(self, h):
        self.y -= h

    def text(self, s, font, size, x=None, color=colors.black, lead=None, right=False, center=False):
        lead = lead or size * 1.25
        self.need(lead)
        c = self.c
        c.setFillColor(color); c.setFont(font, size)
        if right:
            c.drawRightString(self.x1 if x is None else x, self.y - size, s)
        elif center:
            c.drawCentredString((self.x0 + self.x1) / 2 if x is None else x, self.y - size, s)
        else:
            c.drawString(self.x0 if x is None else x, self.y - size, s)
        self.y -= lead

    def lr(self, left, right, font, size, rfont=None, rsize=None, color=colors.black,
           rcolor=None, lead=None, x=None, xr=None):
        """Left text and right-aligned text on one line (right may be None)."""
        lead = lead or size * 1.3
        self.need(lead)
        c = self.c
        c.setFillColor(color); c.setFont(font, size)
        c.drawString(self.x0 if x is None else x, self.y - size, left)
        if right:
            c.setFillColor(rcolor or color); c.setFont(rfont or font, rsize or size)
            c.drawRightString(self.x1 if xr is None else xr, self.y - size, right)
        self.y -= lead

    def runs(self, parts, size, lead=None, x=None):
        """Draw consecutive (text, font, color) runs on one line."""
        lead = lead or size * 1.3
        self.need(lead)
        xx = self.x0 if x is None else x
        for s, f, col in parts:
            self.c.setFillColor(col); self.c.setFont(f, size)
            self.c.drawString(xx, self.y - size, s)
            xx += pdfmetrics.stringWidth(s, f, size)
        self.y -= lead

    def para(self, s, font, size, lead=None, x=None, width=None, bullet=None, bfont=None,
             indent=11, color=colors.black, bcolor=None, justify=False):
        lead = lead or size * 1.3
        x = self.x0 if x is None else x
        width = (self.x1 - x) if width is None else width
        tx = x + (indent if bullet else 0)
        lines = simpleSplit(s, font, size, width - (tx - x))
        c = self.c
        for i, ln in enumerate(lines):
            self.need(lead)
            if bullet and i == 0:
                c.setFillColor(bcolor or color); c.setFont(bfont or font, size)
                c.drawString(x + 2, self.y - size, bullet)
            c.setFillColor(color); c.setFont(font, size)
            c.drawString(tx, self.y - size, ln)
            self.y -= lead

    def rule(self, color=colors.black, w=0.6, x0=None, x1=None, drop=3):
        self.c.setStrokeColor(color); self.c.setLineWidth(w)
        self.c.line(self.x0 if x0 is None else x0, self.y - drop, self.x1 if x1 is None else x1, self.y - drop)
        self.y -= drop + 3

def smallcaps(pen, s, font, size, color=colors.black, x=None, ratio=0.8, lead=None):
    """Fake small caps: first letter of each word full size, rest upper-case at ratio."""
    lead = lead or size * 1.35
    pen.need(lead)
    c = pen.c
    xx = pen.x0 if x is None else x
    c.setFillColor(color)
    for wi, w in enumerate(s.split(" ")):
        if wi:
            c.setFont(font, size); c.drawString(xx, pen.y - size, " ")
            xx += pdfmetrics.stringWidth(" ", font, size)
        for ci, ch in enumerate(w):
            sz = size if (ci == 0 or not ch.isalpha() or ch.isupper()) else size * ratio
            ch2 = ch.upper()
            c.setFont(font, sz); c.drawString(xx, pen.y - size, ch2)
            xx += pdfmetrics.stringWidth(ch2, font, sz)
    pen.y -= lead
    return xx
