"""Renderers for wild125: designer-style résumés from online builders.

Every renderer takes the résumé dict R and an output path.  Entries are drawn in the order of the
'exp' blocks, which is the order of the gold line.
"""
import datetime
import html as htmlmod
import io
import zipfile

from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)

# ==============================================================================================
# common helpers
# ==============================================================================================
PUA = {"mail": "\uf0e0", "phone": "\uf095", "loc": "\uf041", "web": "\uf0ac", "li": "\uf08c",
       "home": "\uf015", "car": "\uf1b9", "cake": "\uf1fd"}
DV_ICONS = {"mail": "\u2709", "phone": "\u260f", "loc": "\u2302", "web": "\u279c", "li": "\u25c6",
            "home": "\u2302", "car": "\u2708", "cake": "\u2605"}
ZAPF = {"mail": ")", "phone": "%", "loc": "u", "web": "+", "li": "n", "home": "u", "car": "(",
        "cake": "H"}


def blocks(R, side=None):
    for b in R["blocks"]:
        if side is None or bool(b.get("side")) == side:
            yield b


def edu_line(it):
    deg, school, dates = it[0], it[1], it[2]
    return deg, school, dates, (it[3] if len(it) > 3 else None)


def entry_dates(e, R):
    return fmt_range(e, R["dates"])


def org_loc(e, sep=", "):
    parts = [p for p in (e.org_text, e.loc) if p]
    return sep.join(parts)


# ==============================================================================================
# reportlab engine
# ==============================================================================================
from reportlab.lib.colors import HexColor, white, black  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf")]:
        pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
    _RL_FONTS = True


class RLDoc:
    def __init__(self, path, R, size, on_page):
        rl_fonts()
        self.R = R
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(R.get("pdf_title", R["name"] + " - Resume"))
        self.c.setAuthor(R["name"])
        self.c.setCreator(R.get("creator", "Resume Builder"))
        self.c.setSubject("Resume")
        self.W, self.H = size
        self.page = 1
        self.on_page = on_page
        self.x = 40
        self.w = self.W - 80
        self.y = self.H - 40
        self.bottom = 40
        self.cont_top = self.H - 50
        on_page(self, 1)

    def frame(self, x, w, top, bottom, cont_top=None):
        self.x, self.w, self.y, self.bottom = x, w, top, bottom
        self.cont_top = cont_top if cont_top is not None else top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.on_page(self, self.page)
        self.y = self.cont_top

    def text(self, x, y, s, font, size, color=black, space=0):
        c = self.c
        c.setFillColor(color)
        if space:
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.setCharSpace(space)
            t.textLine(s)
            t.setCharSpace(0)
            c.drawText(t)
        else:
            c.setFont(font, size)
            c.drawString(x, y, s)

    def para(self, s, font="Helvetica", size=9.5, color=black, indent=0, lead=None, after=0, width=None):
        lead = lead or size * 1.32
        w = (width or self.w) - indent
        for ln in simpleSplit(s, font, size, w):
            self.ensure(lead)
            self.text(self.x + indent, self.y - size, ln, font, size, color)
            self.y -= lead
        self.y -= after

    def lr(self, left, right, lf, ls, rf, rs, lc=black, rc=black, lead=None, after=0, space=0):
        """Left text with right-aligned text on the same baseline (on the last line if left wraps)."""
        lead = lead or ls * 1.3
        rw = pdfmetrics.stringWidth(right, rf, rs) if right else 0
        lines = simpleSplit(left, lf, ls, self.w - rw - (12 if right else 0)) or [""]
        self.ensure(lead * len(lines))
        for i, ln in enumerate(lines):
            self.text(self.x, self.y - ls, ln, lf, ls, lc, space)
            if right and i == len(lines) - 1:
                self.c.setFillColor(rc)
                self.c.setFont(rf, rs)
                self.c.drawRightString(self.x + self.w, self.y - ls, right)
            self.y -= lead
        self.y -= after

    def bullet(self, s, glyph, gfont, font, size, color=black, indent=4, gap=10, gcolor=None, lead=None):
        lead = lead or size * 1.32
        lines = simpleSplit(s, font, size, self.w - indent - gap)
        for i, ln in enumerate(lines):
            self.ensure(lead)
            if i == 0:
                self.text(self.x + indent, self.y - size, glyph, gfont, size, gcolor or color)
            self.text(self.x + indent + gap, self.y - size, ln, font, size, color)
            self.y -= lead


class S:
    """Style bag for reportlab/fpdf layouts."""

    def __init__(self, **kw):
        self.__dict__.update(dict(
            body="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique", size=9.3,
            tsize=11, osize=9.8, dsize=8.8, hsize=11.5, accent=HexColor("#1f6f78"), grey=HexColor("#666666"),
            glyph="\u2022", gfont="Helvetica", ach_glyph="\u2713", ach_font="DV", head_upper=True, head_space=1.2,
            head_rule=True, eh="title_org", datepos="right", orgcaps=False))
        self.__dict__.update(kw)
        for k in ("accent", "grey"):
            if isinstance(getattr(self, k), str):
                setattr(self, k, HexColor(getattr(self, k)))


def rl_heading(d, text, st):
    d.ensure(40)
    d.y -= 8
    t = text.upper() if st.head_upper else text
    d.text(d.x, d.y - st.hsize, t, st.bold, st.hsize, st.accent, st.head_space)
    d.y -= st.hsize + 4
    if st.head_rule:
        d.c.setStrokeColor(st.accent)
        d.c.setLineWidth(0.8)
        d.c.line(d.x, d.y, d.x + d.w, d.y)
    d.y -= 7


def rl_entry(d, e, R, st):
    dates = entry_dates(e, R)
    d.ensure(48)
    top = d.y
    eh, dp = st.eh, st.datepos
    org = e.org_text
    if dp == "left":  # timeline: dates in a narrow column left of the frame
        a, b = fmt_range(e, R["dates"], parts=True)
        tx = st.tl_x
        d.text(tx, d.y - st.dsize, a, st.bold, st.dsize, st.grey)
        if b:
            d.text(tx, d.y - st.dsize * 2.4, b, st.body, st.dsize, st.grey)
        d.c.setFillColor(st.accent)
        d.c.circle(st.tl_line, d.y - st.dsize * 0.6, 3.2, stroke=0, fill=1)
    if eh == "pipe":
        left = " | ".join(p for p in (e.title, org, e.loc) if p)
        d.lr(left, dates if dp == "right" else "", st.bold, st.osize + 0.5, st.ital, st.dsize, black, st.grey)
    elif eh == "org_title":
        if org:
            d.lr(org.upper() if st.orgcaps else org, dates if dp == "right" else "", st.bold, st.tsize,
                 st.ital, st.dsize, st.accent, st.grey)
        d.lr(e.title, e.loc or "" if dp != "below" else "", st.ital, st.osize, st.ital, st.dsize, black, st.grey)
    else:  # title_org
        d.lr(e.title, dates if dp == "right" else "", st.bold, st.tsize, st.ital, st.dsize, black, st.grey)
        if org:
            right = e.loc if (e.loc and dp in ("right", "left")) else ""
            d.lr(org.upper() if st.orgcaps else org, right or "", st.body, st.osize, st.ital, st.dsize,
                 st.accent, st.grey)
    if dp == "below":
        icon_font = getattr(st, "icon_font", "ZapfDingbats")
        d.ensure(14)
        yy = d.y - st.dsize
        x = d.x
        d.text(x, yy, "\u2713" if icon_font == "DV" and False else (ZAPF["home"] if icon_font == "ZapfDingbats" else "\u25f7"),
               icon_font, st.dsize - 1, st.accent)
        x += 11
        d.text(x, yy, dates, st.ital, st.dsize, st.grey)
        if e.loc:
            x += pdfmetrics.stringWidth(dates, st.ital, st.dsize) + 14
            d.text(x, yy, ZAPF["loc"] if icon_font == "ZapfDingbats" else "\u2302", icon_font, st.dsize - 1,
                   st.accent)
            d.text(x + 11, yy, e.loc, st.ital, st.dsize, st.grey)
        d.y -= st.dsize * 1.5
    d.y -= 2
    if e.prose and e.bullets:
        d.para(" ".join(e.bullets), st.body, st.size, black)
    else:
        for k, b in enumerate(e.bullets):
            if getattr(st, "break_at", None) == (e.title, k):
                d.new_page()
            d.bullet(b, st.glyph, st.gfont, st.body, st.size, gcolor=st.accent)
    if e.ach:
        d.y -= 1
        d.para(e.ach_head, st.bold, st.size - 0.3, st.accent)
        for b in e.ach:
            d.bullet(b, st.ach_glyph, st.ach_font, st.body, st.size, gcolor=st.accent, indent=8)
    if dp == "left":
        d.c.setStrokeColor(st.accent)
        d.c.setLineWidth(0.7)
        d.c.line(st.tl_line, top - st.dsize * 0.6 - 5, st.tl_line, max(d.y + 2, d.bottom))
    d.y -= 7


def rl_block(d, b, R, st):
    t = b["t"]
    rl_heading(d, b["h"], st)
    if t == "exp":
        for e in b["items"]:
            rl_entry(d, e, R, st)
    elif t == "edu":
        for it in b["items"]:
            deg, school, dates, note = edu_line(it)
            if st.datepos == "left":
                parts = dates.split(" \u2013 ")
                d.text(st.tl_x, d.y - st.dsize, parts[0], st.bold, st.dsize, st.grey)
                if len(parts) > 1:
                    d.text(st.tl_x, d.y - st.dsize * 2.4, parts[1], st.body, st.dsize, st.grey)
                d.lr(deg, "", st.bold, st.osize + 0.4, st.ital, st.dsize)
            else:
                d.lr(deg, dates, st.bold, st.osize + 0.4, st.ital, st.dsize, black, st.grey)
            d.para(school, st.body, st.osize - 0.4, st.accent)
            if note:
                d.para(note, st.ital, st.size - 0.5, st.grey)
            d.y -= 5
    elif t == "list":
        for s in b["items"]:
            d.bullet(s, st.glyph, st.gfont, st.body, st.size, gcolor=st.accent)
    elif t == "text":
        d.para(b["text"], st.body, st.size, black, after=3)
    elif t == "skills":
        d.para("  \u00b7  ".join(n for n, _ in b["items"]), st.body, st.size)
    elif t == "tags":
        d.para("   ".join(b["items"]), st.body, st.size)
    elif t == "langs":
        d.para("   ".join(f"{n} ({lv})" for n, lv, _ in b["items"]), st.body, st.size)


def rl_side_blocks(d, R, col_txt, col_head, bar_bg, bar_fg, head_font="Helvetica-Bold", icons="ZapfDingbats"):
    """Draw contact + side blocks in the current frame (no page breaks expected)."""
    c = d.c

    def head(s):
        d.y -= 10
        d.text(d.x, d.y - 10, s.upper(), head_font, 10, col_head, 1.4)
        d.y -= 18

    head(R.get("contact_head", "Contact"))
    for k, v in R["contact"]:
        ic = ZAPF[k] if icons == "ZapfDingbats" else (DV_ICONS[k] if icons == "DV" else "")
        if ic:
            d.text(d.x, d.y - 8.5, ic, icons, 8, col_head)
        for i, ln in enumerate(simpleSplit(v, "Helvetica", 8.3, d.w - 14)):
            d.text(d.x + 14, d.y - 8.5, ln, "Helvetica", 8.3, col_txt)
            d.y -= 11
        d.y -= 2
    for b in blocks(R, side=True):
        head(b["h"])
        if b["t"] == "skills":
            for n, lv in b["items"]:
                d.text(d.x, d.y - 8.3, n, "Helvetica", 8.3, col_txt)
                d.y -= 12
                c.setFillColor(bar_bg)
                c.roundRect(d.x, d.y, d.w - 6, 4, 2, stroke=0, fill=1)
                c.setFillColor(bar_fg)
                c.roundRect(d.x, d.y, (d.w - 6) * lv / 5.0, 4, 2, stroke=0, fill=1)
                d.y -= 8
        elif b["t"] == "langs":
            for n, lv, dots in b["items"]:
                d.text(d.x, d.y - 8.3, n, "Helvetica-Bold", 8.3, col_txt)
                for i in range(5):
                    c.setFillColor(bar_fg if i < dots else bar_bg)
                    c.circle(d.x + d.w - 50 + i * 10, d.y - 5.5, 3, stroke=0, fill=1)
                d.y -= 11
                d.text(d.x, d.y - 7.5, lv, "Helvetica-Oblique", 7.5, col_txt)
                d.y -= 12
        elif b["t"] in ("list", "tags"):
            for s in b["items"]:
                for i, ln in enumerate(simpleSplit(s, "Helvetica", 8.3, d.w - 8)):
                    d.text(d.x + (0 if i == 0 else 8), d.y - 8.3, ("\u2013 " if i == 0 else "") + ln,
                           "Helvetica", 8.3, col_txt)
                    d.y -= 11
                d.y -= 1
        elif b["t"] == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                for ln in simpleSplit(deg, "Helvetica-Bold", 8.5, d.w):
                    d.text(d.x, d.y - 8.5, ln, "Helvetica-Bold", 8.5, col_txt)
                    d.y -= 11
                for ln in simpleSplit(school, "Helvetica", 8.2, d.w):
                    d.text(d.x, d.y - 8.2, ln, "Helvetica", 8.2, col_txt)
                    d.y -= 10.5
                d.text(d.x, d.y - 8, dates, "Helvetica-Oblique", 8, col_txt)
                d.y -= 11
                if note:
                    for ln in simpleSplit(note, "Helvetica-Oblique", 7.8, d.w):
                        d.text(d.x, d.y - 7.8, ln, "Helvetica-Oblique", 7.8, col_txt)
                        d.y -= 10
                d.y -= 4
        elif b["t"] == "text":
            for ln in simpleSplit(b["text"], "Helvetica", 8.3, d.w):
                d.text(d.x, d.y - 8.3, ln, "Helvetica", 8.3, col_txt)
                d.y -= 11


def render_rl_sidebar(R, path):
    """Canva/Zety-like: full-height coloured sidebar (left or right) on every page, photo circle with
    initials, contact with dingbat icons, skill bars and language dots; main column with the rest."""
    o = R["opts"]
    size = LETTER if o.get("letter") else A4
    W, H = size
    sw = o.get("side_w", 190)
    side_left = o.get("side", "left") == "left"
    sx = 0 if side_left else W - sw
    sbg = HexColor(o.get("side_bg", "#24414f"))
    st = S(**o.get("style", {}))

    def on_page(d, n):
        d.c.setFillColor(sbg)
        d.c.rect(sx, 0, sw, H, stroke=0, fill=1)
        if n > 1:
            d.c.setFillColor(HexColor(o.get("side_txt", "#ffffff")))
            d.c.setFont("Helvetica-Bold", 11)
            d.c.drawString(sx + 22, H - 50, R["name"])
        if o.get("footer"):
            d.c.setFillColor(st.grey)
            d.c.setFont("Helvetica", 7.5)
            mx = sw + 28 if side_left else 36
            d.c.drawString(mx, 22, o["footer"].format(n=n, name=R["name"]))

    d = RLDoc(path, R, size, on_page)
    c = d.c
    # sidebar
    d.frame(sx + 22, sw - 44, H - 36, 30)
    if o.get("photo", True):
        c.setFillColor(HexColor(o.get("photo_bg", "#d9c7a7")))
        c.circle(sx + sw / 2, H - 80, 42, stroke=0, fill=1)
        c.setFillColor(white)
        ini = "".join(p[0] for p in R["name"].split()[:2])
        c.setFont("Helvetica-Bold", 26)
        c.drawCentredString(sx + sw / 2, H - 89, ini)
        d.y = H - 135
    rl_side_blocks(d, R, HexColor(o.get("side_txt", "#ffffff")), HexColor(o.get("side_head", "#f2c14e")),
                   HexColor(o.get("bar_bg", "#5d7682")),
                   HexColor(o.get("bar_fg", "#f2c14e")), icons=o.get("icons", "ZapfDingbats"))
    # main column
    mx = sw + 28 if side_left else 36
    mw = W - sw - 28 - 36
    d.frame(mx, mw, H - 40, 46, H - 46)
    d.text(mx, d.y - 24, R["name"].upper() if o.get("name_caps") else R["name"], st.bold, 24,
           HexColor(o.get("name_col", "#24414f")))
    d.y -= 32
    d.text(mx, d.y - 11, R["headline"], st.body, 11, st.accent, 0.8)
    d.y -= 22
    for b in blocks(R, side=False):
        rl_block(d, b, R, st)
    c.save()


def render_rl_timeline(R, path):
    """Header band across the top, then a timeline: dates in a narrow left column with a vertical
    line and dots, content to the right.  Skills and languages as a compact grid at the end."""
    o = R["opts"]
    size = LETTER if o.get("letter") else A4
    W, H = size
    band = HexColor(o.get("band", "#2e3a59"))
    st = S(datepos="left", tl_x=36, tl_line=118, **o.get("style", {}))

    def on_page(d, n):
        if n == 1:
            d.c.setFillColor(band)
            d.c.rect(0, H - 112, W, 112, stroke=0, fill=1)
        d.c.setFillColor(st.grey)
        d.c.setFont("Helvetica", 7.5)
        d.c.drawCentredString(W / 2, 20, o.get("footer", "{name}  \u00b7  {n}").format(n=n, name=R["name"]))

    d = RLDoc(path, R, size, on_page)
    c = d.c
    c.setFillColor(white)
    c.setFont(st.bold, 25)
    c.drawString(36, H - 52, R["name"])
    c.setFont(st.body, 11.5)
    c.drawString(36, H - 72, R["headline"])
    x = 36
    c.setFont("Helvetica", 8.3)
    for k, v in R["contact"]:
        ic = DV_ICONS[k]
        c.setFont("DV", 8.5)
        c.drawString(x, H - 96, ic)
        c.setFont("Helvetica", 8.3)
        c.drawString(x + 11, H - 96, v)
        x += pdfmetrics.stringWidth(v, "Helvetica", 8.3) + 26
    d.frame(132, W - 132 - 40, H - 128, 40, H - 44)
    for b in R["blocks"]:
        if b["t"] in ("skills", "langs"):
            rl_heading(d, b["h"], st)
            items = b["items"]
            col = 0
            for it in items:
                n = it[0]
                lv = it[1] if b["t"] == "skills" else it[2]
                xx = d.x + col * (d.w / 2)
                d.ensure(14)
                d.text(xx, d.y - 8.5, n, st.body, 8.5)
                for i in range(5):
                    c.setFillColor(st.accent if i < lv else HexColor("#d5d9e2"))
                    c.rect(xx + 120 + i * 9, d.y - 8.5, 7, 7, stroke=0, fill=1)
                col += 1
                if col == 2:
                    col = 0
                    d.y -= 13
            if col:
                d.y -= 13
        else:
            rl_block(d, b, R, st)
    c.save()


def render_rl_banner(R, path):
    """Coloured banner with the name, contact row with dingbat icons, then either a single column
    flowing over two pages (page footer 'Page n of 2') or a two-column body (experience left,
    sidebar blocks right)."""
    o = R["opts"]
    size = LETTER if o.get("letter") else A4
    W, H = size
    band = HexColor(o.get("band", "#7a2e46"))
    st = S(**o.get("style", {}))
    twocol = o.get("twocol", False)
    rw = 165 if twocol else 0
    pages = o.get("pages", 1)

    def on_page(d, n):
        if n == 1:
            d.c.setFillColor(band)
            d.c.rect(0, H - 105, W, 105, stroke=0, fill=1)
        else:
            d.c.setFillColor(band)
            d.c.rect(0, H - 30, W, 30, stroke=0, fill=1)
            d.c.setFillColor(white)
            d.c.setFont("Helvetica-Bold", 9)
            d.c.drawString(40, H - 19, R["name"] + "  \u2013  " + R["headline"])
        if twocol:
            d.c.setFillColor(HexColor(o.get("col_bg", "#f4eef0")))
            d.c.rect(W - rw - 30, 36, rw + 10, (H - 120 if n == 1 else H - 50) - 36, stroke=0, fill=1)
        if o.get("footer"):
            d.c.setFillColor(st.grey)
            d.c.setFont("Helvetica", 7.5)
            d.c.drawRightString(W - 40, 20, o["footer"].format(n=n, name=R["name"], N=pages))

    d = RLDoc(path, R, size, on_page)
    c = d.c
    c.setFillColor(white)
    c.setFont(st.bold, 26)
    c.drawString(40, H - 50, R["name"])
    c.setFont(st.ital, 11.5)
    c.drawString(40, H - 68, R["headline"])
    x = 40
    for k, v in R["contact"]:
        c.setFont("ZapfDingbats", 8)
        c.drawString(x, H - 90, ZAPF[k])
        c.setFont("Helvetica", 8.3)
        c.drawString(x + 12, H - 90, v)
        x += pdfmetrics.stringWidth(v, "Helvetica", 8.3) + 28
    if twocol:
        d.frame(W - rw - 20, rw - 10, H - 130, 44)
        for b in blocks(R, side=True):
            rl_heading(d, b["h"], S(**dict(o.get("style", {}), hsize=10)))
            if b["t"] == "skills":
                for n, lv in b["items"]:
                    d.text(d.x, d.y - 8.3, n, "Helvetica", 8.3)
                    c.setFillColor(st.accent)
                    c.setFont("ZapfDingbats", 6.5)
                    c.drawRightString(d.x + d.w, d.y - 8, "l" * lv)
                    d.y -= 12.5
            else:
                tmp = S(**dict(o.get("style", {}), size=8.4, osize=8.6, dsize=8, hsize=10))
                save = d.w
                if b["t"] == "edu":
                    for it in b["items"]:
                        deg, school, dates, note = edu_line(it)
                        d.para(deg, "Helvetica-Bold", 8.5)
                        d.para(school, "Helvetica", 8.2, st.accent)
                        d.para(dates, "Helvetica-Oblique", 8, st.grey, after=5)
                        if note:
                            d.para(note, "Helvetica-Oblique", 7.8, st.grey, after=4)
                elif b["t"] == "langs":
                    for n, lv, _ in b["items"]:
                        d.lr(n, lv, "Helvetica-Bold", 8.4, "Helvetica-Oblique", 8, black, st.grey)
                elif b["t"] in ("list", "tags"):
                    for s in b["items"]:
                        d.bullet(s, "\u2022", "Helvetica", "Helvetica", 8.3, indent=0, gap=8, gcolor=st.accent)
                else:
                    d.para(b["text"], "Helvetica", 8.3)
                d.w = save
        d.frame(40, W - 80 - rw - 20, H - 125, 44, H - 48)
    else:
        d.frame(40, W - 80, H - 122, 44, H - 48)
    for b in blocks(R, side=False):
        rl_block(d, b, R, st)
    c.save()


# ==============================================================================================
# fpdf2 engine
# ==============================================================================================
from fpdf import FPDF  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402


def hexrgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


class FP(FPDF):
    def __init__(self, R, fmt):
        super().__init__(unit="pt", format=fmt)
        self.R = R
        self.deco = None
        self.foot = None
        self.set_creation_date(FIXED_DT)
        self.set_author(R["name"])
        self.set_title(R.get("pdf_title", R["name"] + " CV"))
        self.set_creator(R.get("creator", "Online CV builder"))
        self.set_producer(R.get("producer", "fpdf2"))
        fam = R["opts"].get("font", "sans")
        if fam == "serif":
            files = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
        elif fam == "cond":
            files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf")
        else:
            files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
        self.add_font("F", "", FONT_DIR + files[0])
        self.add_font("F", "B", FONT_DIR + files[1])
        self.add_font("F", "I", FONT_DIR + files[2])
        self.add_font("Sym", "", FONT_DIR + "DejaVuSans.ttf")
        self.set_font("F", "", 9)

    def header(self):
        if self.deco:
            self.deco(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    # helpers --------------------------------------------------------------------------------
    def col(self, x, w):
        self.set_left_margin(x)
        self.set_right_margin(self.w - x - w)
        self.set_x(x)

    def cw(self):
        return self.w - self.l_margin - self.r_margin

    def color(self, h):
        self.set_text_color(*hexrgb(h))

    def mc(self, s, size=9, style="", color="#222222", h=None, fam="F", align="L"):
        self.set_font(fam, style, size)
        self.color(color)
        self.multi_cell(0, h or size * 1.35, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=align)

    def lr(self, left, right, size=10.5, style="B", rsize=8.5, rstyle="I", color="#111111", rcolor="#666666"):
        self.set_font("F", rstyle, rsize)
        rw = self.get_string_width(right) + 4 if right else 0
        y0 = self.y
        self.set_font("F", style, size)
        self.color(color)
        self.multi_cell(self.cw() - rw, size * 1.3, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        if right:
            y1 = self.y
            page = self.page
            self.set_font("F", rstyle, rsize)
            self.color(rcolor)
            yy = y1 - size * 1.3 if page == self.page else y0
            self.set_xy(self.l_margin + self.cw() - rw, yy)
            self.cell(rw, size * 1.3, right, align="R")
            self.set_xy(self.l_margin, y1)

    def bul(self, s, glyph="\u2022", size=9, color="#222222", gcolor="#333333", indent=4, gap=10):
        if self.will_page_break(size * 1.35):
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.set_font("Sym", "", size)
        self.color(gcolor)
        y = self.y
        self.cell(gap, size * 1.35, glyph)
        self.set_font("F", "", size)
        self.color(color)
        self.set_xy(self.l_margin + indent + gap, y)
        old = self.l_margin
        self.set_left_margin(old + indent + gap)
        self.multi_cell(0, size * 1.35, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(old)
        self.set_x(old)


def fp_heading(p, text, o):
    acc = o.get("accent", "#1c5d99")
    if p.y > p.h - 90:
        p.add_page()
    p.ln(6)
    t = text.upper() if o.get("head_upper", True) else text
    p.set_font("F", "B", o.get("hsize", 11))
    p.color(acc)
    if o.get("head_icon"):
        p.set_font("Sym", "", 10)
        p.cell(16, 14, o["head_icon"])
        p.set_font("F", "B", o.get("hsize", 11))
    p.set_char_spacing(o.get("head_space", 1))
    p.cell(0, 14, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_char_spacing(0)
    if o.get("head_rule", True):
        p.set_draw_color(*hexrgb(acc))
        p.set_line_width(0.8)
        p.line(p.l_margin, p.y + 1, p.l_margin + p.cw(), p.y + 1)
    p.ln(6)


def fp_entry(p, e, R, o):
    acc = o.get("accent", "#1c5d99")
    grey = o.get("grey", "#6b6b6b")
    dates = entry_dates(e, R)
    if p.y > p.h - 110:
        p.add_page()
    dp = o.get("datepos", "right")
    eh = o.get("eh", "title_org")
    y0, pg0 = p.y, p.page
    if dp == "left":
        a, b = fmt_range(e, R["dates"], parts=True)
        lx = o["tl_x"]
        p.set_xy(lx, y0)
        p.set_font("F", "B", 8.5)
        p.color(grey)
        p.cell(70, 11, a)
        if b:
            p.set_xy(lx, y0 + 11)
            p.set_font("F", "", 8.5)
            p.cell(70, 11, b)
        p.set_fill_color(*hexrgb(acc))
        p.ellipse(o["tl_line"] - 3, y0 + 3, 6, 6, style="F")
        p.set_xy(p.l_margin, y0)
    org = e.org_text
    if eh == "org_title":
        if org:
            p.lr(org, dates if dp == "right" else "", size=10.5, color=acc)
        p.lr(e.title, e.loc or "", size=9.5, style="I", color="#222222")
    elif eh == "pipe":
        p.lr(" | ".join(x for x in (e.title, org, e.loc) if x), dates if dp == "right" else "", size=10)
    else:
        p.lr(e.title, dates if dp == "right" else "", size=o.get("tsize", 11))
        if org:
            p.lr(org, (e.loc or "") if dp != "below" else "", size=9.5, style="", color=acc, rstyle="I")
    if dp == "below":
        p.set_font("Sym", "", 8)
        p.color(acc)
        p.cell(11, 12, "\u25f7")
        p.set_font("F", "I", 8.5)
        p.color(grey)
        txt = dates + (f"     \u2302 {e.loc}" if e.loc else "")
        p.cell(0, 12, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(2)
    if e.prose and e.bullets:
        p.mc(" ".join(e.bullets), 9)
    else:
        for k, b in enumerate(e.bullets):
            if o.get("break_at") == (e.title, k):
                p.add_page()
            p.bul(b, o.get("glyph", "\u2022"), 9, gcolor=acc)
    if e.ach:
        p.ln(1)
        p.mc(e.ach_head, 8.8, "B", acc)
        for b in e.ach:
            p.bul(b, o.get("ach_glyph", "\u2605"), 9, gcolor=acc, indent=8)
    if dp == "left":
        p.set_draw_color(*hexrgb(acc))
        p.set_line_width(0.6)
        if p.page == pg0:
            p.line(o["tl_line"], y0 + 10, o["tl_line"], p.y)
    p.ln(7)


def fp_block(p, b, R, o):
    fp_heading(p, b["h"], o)
    acc = o.get("accent", "#1c5d99")
    t = b["t"]
    if t == "exp":
        for e in b["items"]:
            fp_entry(p, e, R, o)
    elif t == "edu":
        for it in b["items"]:
            deg, school, dates, note = edu_line(it)
            if o.get("datepos") == "left":
                y = p.y
                p.set_xy(o["tl_x"], y)
                p.set_font("F", "B", 8.5)
                p.color("#6b6b6b")
                parts = dates.split(" \u2013 ")
                p.cell(70, 11, parts[0])
                if len(parts) > 1:
                    p.set_xy(o["tl_x"], y + 11)
                    p.set_font("F", "", 8.5)
                    p.cell(70, 11, parts[1])
                p.set_xy(p.l_margin, y)
                p.lr(deg, "", size=10)
            else:
                p.lr(deg, dates, size=10)
            p.mc(school, 9, "", acc)
            if note:
                p.mc(note, 8.5, "I", "#555555")
            p.ln(4)
    elif t in ("list", "tags"):
        for s in b["items"]:
            p.bul(s, o.get("glyph", "\u2022"), 9, gcolor=acc)
    elif t == "text":
        p.mc(b["text"], 9)
    elif t == "skills":
        p.mc("  \u2022  ".join(n for n, _ in b["items"]), 9)
    elif t == "langs":
        for n, lv, dots in b["items"]:
            p.set_font("F", "B", 9)
            p.color("#222222")
            p.cell(90, 13, n)
            p.set_font("Sym", "", 9)
            p.color(acc)
            p.cell(60, 13, "\u25cf" * dots + "\u25cb" * (5 - dots))
            p.set_font("F", "I", 8.5)
            p.color("#555555")
            p.cell(0, 13, lv, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def fp_side(p, R, o, x, w, y, txt="#ffffff", head="#ffffff", bar_bg="#8aa6bf", bar_fg="#ffffff"):
    p.col(x, w)
    p.set_xy(x, y)

    def h(s):
        p.ln(8)
        p.set_font("F", "B", 10)
        p.color(head)
        p.set_char_spacing(1.2)
        p.cell(0, 13, s.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_char_spacing(0)
        p.set_draw_color(*hexrgb(head))
        p.set_line_width(0.5)
        p.line(x, p.y + 1, x + 30, p.y + 1)
        p.ln(5)

    h(R.get("contact_head", "Contact"))
    for k, v in R["contact"]:
        yy = p.y
        p.set_font("Sym", "", 8.5)
        p.color(head)
        p.cell(13, 11, DV_ICONS[k])
        p.set_left_margin(x + 13)
        p.set_xy(x + 13, yy)
        p.mc(v, 8.2, "", txt, h=11)
        p.set_left_margin(x)
        p.ln(2)
    for b in blocks(R, side=True):
        h(b["h"])
        if b["t"] == "skills":
            for n, lv in b["items"]:
                p.mc(n, 8.3, "", txt, h=11)
                p.set_fill_color(*hexrgb(bar_bg))
                p.rect(x, p.y + 1, w - 4, 3.5, style="F")
                p.set_fill_color(*hexrgb(bar_fg))
                p.rect(x, p.y + 1, (w - 4) * lv / 5, 3.5, style="F")
                p.ln(9)
        elif b["t"] == "langs":
            for n, lv, dots in b["items"]:
                p.set_font("F", "B", 8.3)
                p.color(txt)
                p.cell(w - 52, 11, n)
                p.set_font("Sym", "", 8)
                p.cell(52, 11, "\u25cf" * dots + "\u25cb" * (5 - dots), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                p.mc(lv, 7.6, "I", txt, h=10)
                p.ln(2)
        elif b["t"] == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                p.mc(deg, 8.5, "B", txt, h=11)
                p.mc(school, 8.2, "", txt, h=10.5)
                p.mc(dates, 8, "I", txt, h=10.5)
                if note:
                    p.mc(note, 7.8, "I", txt, h=10)
                p.ln(4)
        elif b["t"] in ("list", "tags"):
            for s in b["items"]:
                p.mc("\u2013 " + s, 8.3, "", txt, h=11)
        elif b["t"] == "text":
            p.mc(b["text"], 8.3, "", txt, h=11)


def render_fp(R, path):
    """fpdf2 layouts: 'header_side' (colour header band + sidebar column), 'side' (full-height
    sidebar right or left), 'timeline' (dates left column, vertical line), 'single' (one column with
    icon headings, page footer)."""
    o = R["opts"]
    lay = o["layout"]
    fmt = "Letter" if o.get("letter") else "A4"
    p = FP(R, fmt)
    W, H = p.w, p.h
    acc = o.get("accent", "#1c5d99")
    sw = o.get("side_w", 180)
    side_right = o.get("side") == "right"
    sx = W - sw if side_right else 0
    if lay in ("side", "header_side"):
        top = 0 if lay == "side" else 110

        def deco(pp):
            pp.set_fill_color(*hexrgb(o.get("side_bg", "#1c5d99")))
            pp.rect(sx, top if pp.page == 1 else 0, sw, H, style="F")
            if lay == "header_side" and pp.page == 1:
                pp.set_fill_color(*hexrgb(o.get("band", "#0f3557")))
                pp.rect(0, 0, W, 110, style="F")
        p.deco = deco
    if o.get("footer"):
        def foot(pp):
            pp.set_y(-28)
            pp.set_font("F", "", 7.5)
            pp.color("#888888")
            pp.cell(0, 10, o["footer"].format(n=pp.page, name=R["name"]), align=o.get("footer_align", "C"))
        p.foot = foot
    p.set_auto_page_break(False)
    p.set_margins(40, 40, 40)
    p.add_page()
    if lay in ("side", "header_side"):
        if lay == "header_side":
            p.col(36, W - 72)
            p.set_xy(36, 30)
            p.mc(R["name"], 24, "B", "#ffffff", h=30)
            p.mc(R["headline"], 11.5, "", o.get("head_sub", "#cfe3f5"), h=16)
            ys = 128
        else:
            ys = 40
        fp_side(p, R, o, sx + 20, sw - 40, ys, txt=o.get("side_txt", "#ffffff"), bar_bg=o.get("bar_bg", "#8aa6bf"),
                head=o.get("side_head", "#ffffff"), bar_fg=o.get("bar_fg", "#ffffff"))
        mx = 36 if side_right else sw + 26
        mw = W - sw - 62
        p.col(mx, mw)
        if lay == "side":
            p.set_xy(mx, 36)
            p.mc(R["name"], 23, "B", o.get("name_col", "#1a1a1a"), h=28)
            p.mc(R["headline"], 11, "", acc, h=15)
            p.ln(4)
        else:
            p.set_xy(mx, 120)
    elif lay == "timeline":
        p.col(40, W - 80)
        p.set_xy(40, 38)
        p.mc(R["name"], 24, "B", o.get("name_col", "#20303c"), h=30)
        p.mc(R["headline"], 11, "I", acc, h=15)
        p.ln(3)
        p.set_font("Sym", "", 8.2)
        line = "     ".join(f"{DV_ICONS[k]} {v}" for k, v in R["contact"])
        p.color("#444444")
        p.multi_cell(0, 12, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(4)
        o.setdefault("tl_x", 40)
        o.setdefault("tl_line", 120)
        p.col(134, W - 134 - 40)
    else:  # single
        p.col(46, W - 92)
        p.set_xy(46, 40)
        p.mc(R["name"], 22, "B", o.get("name_col", "#111111"), h=28, align=o.get("head_align", "L"))
        p.mc(R["headline"], 11, "", acc, h=15, align=o.get("head_align", "L"))
        p.ln(2)
        p.set_font("Sym", "", 8.2)
        p.color("#444444")
        line = "   |   ".join(f"{DV_ICONS[k]}  {v}" for k, v in R["contact"])
        p.multi_cell(0, 12, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=o.get("head_align", "L"))
        p.ln(2)
    p.set_auto_page_break(True, margin=o.get("bottom", 44))
    for b in blocks(R, side=False if lay in ("side", "header_side") else None):
        if lay == "side" and b.get("side"):
            continue
        fp_block(p, b, R, o)
    p.output(path)


# ==============================================================================================
# python-docx engine
# ==============================================================================================
from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor, Inches, Cm  # noqa: E402


def dx_doc(R):
    o = R["opts"]
    doc = Document()
    sec = doc.sections[0]
    if o.get("a4"):
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    m = o.get("margin", 0.7)
    sec.left_margin = sec.right_margin = Inches(m)
    sec.top_margin = sec.bottom_margin = Inches(o.get("vmargin", 0.6))
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10))
    st.element.rPr.rFonts.set(qn("w:eastAsia"), o.get("font", "Calibri"))
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        s = doc.styles[hn]
        s.font.name = o.get("hfont", o.get("font", "Calibri"))
        if o.get("hcolor"):
            s.font.color.rgb = RGBColor.from_string(o["hcolor"])
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("pdf_title", "Resume")
    cp.created = datetime.datetime(2026, 10, 14, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 30, 17, 45, 0)
    cp.last_printed = datetime.datetime(2026, 10, 30, 17, 45, 0)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return doc


def dx_save(doc, path):
    bio = io.BytesIO()
    doc.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 30, 17, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def widths(table, ws):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = w


def cell_margins(cell, top=80, left=140, bottom=80, right=140):
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{k}")
        el.set(qn("w:w"), str(v))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tcPr.append(mar)


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, after=None,
         before=None, align=None, caps=False, spacing=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
        if spacing:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def first_para(cell, text="", **kw):
    """Use the cell's empty first paragraph."""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold = kw.get("bold") or None
        if kw.get("size"):
            r.font.size = Pt(kw["size"])
        if kw.get("color"):
            r.font.color.rgb = RGBColor.from_string(kw["color"])
    return p


def page_field(p):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def dx_bullets(container, items, o, level=1):
    style = o.get("bstyle", "List Bullet")
    if level == 2:
        style = "List Bullet 2"
    for s in items:
        if style == "glyph":
            p = para(container, f"{o.get('glyph', '•')}  {s}", after=1)
            p.paragraph_format.left_indent = Pt(12 if level == 1 else 24)
            p.paragraph_format.first_line_indent = Pt(-10)
        else:
            p = para(container, s, style=style, after=1)


def dx_entry(container, e, R, o, width_in):
    """Entry header by o['eh'] / o['datepos']: 'tab' (right tab-stop date on the title line),
    'below' (dates on their own line), 'org_tab' (employer line with the date tab)."""
    dates = entry_dates(e, R)
    acc = o.get("accent", "1F4E79")
    eh = o.get("eh", "title_org")
    dp = o.get("datepos", "tab")
    org = e.org_text
    tstyle = o.get("tstyle")

    def tabbed(left, right, lbold, lsize, lcolor=None, litalic=False, style=None):
        p = para(container, style=style, after=0)
        if style:
            run(p, left)
        else:
            run(p, left, bold=lbold, size=lsize, color=lcolor, italic=litalic)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
            run(p, "\t" + right, italic=True, size=o.get("size", 10) - 0.5, color="595959")
        return p

    if eh == "org_title":
        if org:
            tabbed(org.upper() if o.get("orgcaps") else org, dates if dp == "tab" else "", True,
                   o.get("tsize", 11), acc)
        tabbed(e.title, (e.loc or "") if dp == "tab" else "", False, o.get("size", 10) + 0.5, None, True)
    else:
        tabbed(e.title, dates if dp == "tab" else "", True, o.get("tsize", 11.5), None, style=tstyle)
        if org:
            p = para(container, after=0)
            run(p, org.upper() if o.get("orgcaps") else org, size=o.get("size", 10) + 0.5, color=acc,
                bold=bool(o.get("orgbold")))
            if e.loc and dp != "below":
                run(p, (o.get("locsep", "  |  ")) + e.loc, size=o.get("size", 10) - 0.5, color="595959")
    if dp == "below":
        txt = dates + (f"   \u2022   {e.loc}" if e.loc else "")
        para(container, txt, italic=True, size=o.get("size", 10) - 0.5, color="7F7F7F", after=2)
    if e.prose and e.bullets:
        para(container, " ".join(e.bullets), after=2, before=2)
    else:
        dx_bullets(container, e.bullets, o)
    if e.ach:
        para(container, e.ach_head, bold=True, size=o.get("size", 10) - 0.5, color=acc, after=0, before=2)
        dx_bullets(container, e.ach, o, level=2)
    para(container, "", after=2)


def dx_block(container, b, R, o, width_in, heading_style="Heading 1"):
    acc = o.get("accent", "1F4E79")
    hstyle = o.get("hstyle", heading_style)
    if hstyle:
        para(container, b["h"].upper() if o.get("hcaps") else b["h"], style=hstyle, after=4)
    else:
        para(container, b["h"].upper(), bold=True, size=12, color=acc, spacing=30, after=4, before=8)
    t = b["t"]
    if t == "exp":
        for e in b["items"]:
            dx_entry(container, e, R, o, width_in)
    elif t == "edu":
        for it in b["items"]:
            deg, school, dates, note = edu_line(it)
            p = para(container, after=0)
            run(p, deg, bold=True)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
            run(p, "\t" + dates, italic=True, color="595959")
            para(container, school, color=acc, after=(0 if note else 4))
            if note:
                para(container, note, italic=True, size=o.get("size", 10) - 1, after=4)
    elif t in ("list", "tags"):
        dx_bullets(container, b["items"], o)
    elif t == "text":
        para(container, b["text"], after=4)
    elif t == "skills":
        para(container, " \u2022 ".join(n for n, _ in b["items"]), after=4)
    elif t == "langs":
        for n, lv, dots in b["items"]:
            p = para(container, after=0)
            run(p, n + " ", bold=True)
            run(p, "\u25cf" * dots + "\u25cb" * (5 - dots) + "  ", color=acc)
            run(p, lv, italic=True)


def dx_side_content(cell, R, o, txtcol="FFFFFF"):
    acc = o.get("side_head", "FFFFFF")
    first_para(cell, R.get("contact_head", "CONTACT").upper(), bold=True, size=11, color=acc)
    for k, v in R["contact"]:
        p = para(cell, after=1)
        run(p, DV_ICONS[k] + "  ", color=acc, size=9)
        run(p, v, size=9, color=txtcol)
    for b in blocks(R, side=True):
        para(cell, b["h"].upper(), bold=True, size=11, color=acc, before=12, after=3)
        if b["t"] == "skills":
            if o.get("skill_table"):
                tb = cell.add_table(rows=0, cols=2)
                no_borders(tb)
                for n, lv in b["items"]:
                    r = tb.add_row().cells
                    first_para(r[0], n, size=8.5, color=txtcol)
                    first_para(r[1], "\u25a0" * lv + "\u25a1" * (5 - lv), size=8, color=acc)
            else:
                for n, lv in b["items"]:
                    p = para(cell, after=0)
                    run(p, n, size=9, color=txtcol)
                    para(cell, "\u2588" * (lv * 3) + "\u2591" * ((5 - lv) * 3), size=6, color=acc, after=2)
        elif b["t"] == "langs":
            for n, lv, dots in b["items"]:
                p = para(cell, after=0)
                run(p, n, bold=True, size=9, color=txtcol)
                run(p, " \u2013 " + lv, italic=True, size=8.5, color=txtcol)
        elif b["t"] in ("list", "tags"):
            for s in b["items"]:
                para(cell, s, size=9, color=txtcol, after=1)
        elif b["t"] == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                para(cell, deg, bold=True, size=9, color=txtcol, after=0)
                para(cell, school, size=9, color=txtcol, after=0)
                para(cell, dates, italic=True, size=8.5, color=txtcol, after=(0 if note else 4))
                if note:
                    para(cell, note, italic=True, size=8.5, color=txtcol, after=4)
        elif b["t"] == "text":
            para(cell, b["text"], size=9, color=txtcol)


def render_docx_sidebar(R, path):
    """Word 'modern' template: one-row layout table, shaded sidebar cell (left or right) with contact,
    skills and languages; name and headline at the top of the main cell, or in the page header."""
    o = R["opts"]
    doc = dx_doc(R)
    sec = doc.sections[0]
    total = (sec.page_width - sec.left_margin - sec.right_margin) / 914400
    sw = o.get("side_in", 2.2)
    mw = total - sw
    left = o.get("side", "left") == "left"
    if o.get("name_in_header"):
        hp = sec.header.paragraphs[0]
        run(hp, R["name"].upper(), bold=True, size=20, color=o.get("accent", "1F4E79"))
        para(sec.header, R["headline"], size=11, color="595959")
    else:
        para(doc, R["name"], style="Title", after=0)
        para(doc, R["headline"], style="Subtitle", after=6)
    tb = doc.add_table(rows=1, cols=2)
    no_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    sc, mc = (tb.rows[0].cells[0], tb.rows[0].cells[1]) if left else (tb.rows[0].cells[1], tb.rows[0].cells[0])
    widths(tb, [Inches(sw), Inches(mw)] if left else [Inches(mw), Inches(sw)])
    shade(sc, o.get("side_bg", "1F3A4D"))
    cell_margins(sc, 160, 180, 160, 180)
    cell_margins(mc, 80, 220 if left else 60, 80, 60 if left else 220)
    dx_side_content(sc, R, o, o.get("side_txt", "FFFFFF"))
    first = True
    for b in blocks(R, side=False):
        if first:
            first_para(mc)
            first = False
        dx_block(mc, b, R, o, mw - 0.35)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        run(fp, o["footer"].format(name=R["name"]), size=8, color="7F7F7F")
    doc.add_paragraph()
    dx_save(doc, path)


def render_docx_styles(R, path):
    """Plain Word document: Title/Subtitle or name in the page header, Heading 1 sections, tab-stop
    dates, List Bullet, 'Key achievements' in List Bullet 2, page footer with a PAGE field."""
    o = R["opts"]
    doc = dx_doc(R)
    sec = doc.sections[0]
    width_in = (sec.page_width - sec.left_margin - sec.right_margin) / 914400
    contact = "  \u2022  ".join(v for _, v in R["contact"])
    if o.get("header_contact"):
        hp = sec.header.paragraphs[0]
        run(hp, R["name"], bold=True, size=16, color=o.get("accent", "1F4E79"))
        para(sec.header, R["headline"] + "  |  " + contact, size=8.5, color="595959")
    else:
        para(doc, R["name"], style="Title", after=0, align=o.get("name_align"))
        para(doc, R["headline"], style="Subtitle", after=0, align=o.get("name_align"))
        para(doc, contact, size=9, color="595959", after=8, align=o.get("name_align"))
    for b in R["blocks"]:
        dx_block(doc, b, R, o, width_in)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, o.get("footer", "{name} \u2013 page ").format(name=R["name"]), size=8, color="7F7F7F")
    page_field(fp)
    dx_save(doc, path)


def render_docx_jobtable(R, path):
    """Word timeline résumé: a two-column table per section block, dates (or headings) in the narrow
    left column, entry content in the right cell; a shaded header table with name and contact."""
    o = R["opts"]
    doc = dx_doc(R)
    sec = doc.sections[0]
    total = (sec.page_width - sec.left_margin - sec.right_margin) / 914400
    lw = o.get("left_in", 1.45)
    rw = total - lw
    acc = o.get("accent", "1F4E79")
    # header table
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    widths(ht, [Inches(total * 0.58), Inches(total * 0.42)])
    c0, c1 = ht.rows[0].cells
    shade(c0, o.get("band", "2F4858"))
    shade(c1, o.get("band", "2F4858"))
    first_para(c0, R["name"], bold=True, size=22, color="FFFFFF")
    para(c0, R["headline"], size=11, color=o.get("band_sub", "D9E5EC"))
    for i, (k, v) in enumerate(R["contact"]):
        p = first_para(c1) if i == 0 else para(c1, after=0)
        run(p, DV_ICONS[k] + " ", color="FFFFFF", size=9)
        run(p, v, color="FFFFFF", size=9)
        p.paragraph_format.space_after = Pt(0)
    para(doc, "", after=4)
    for b in R["blocks"]:
        if b["t"] != "exp":
            if o.get("side_label"):
                t = doc.add_table(rows=1, cols=2)
                no_borders(t)
                widths(t, [Inches(lw), Inches(rw)])
                first_para(t.rows[0].cells[0], b["h"].upper(), bold=True, size=10, color=acc)
                cell = t.rows[0].cells[1]
                sub = dict(b)
                first_para(cell)
                _dx_block_body(cell, sub, R, o, rw - 0.2)
                para(doc, "", after=2)
            else:
                dx_block(doc, b, R, o, total)
            continue
        para(doc, b["h"].upper() if o.get("hcaps") else b["h"], style=o.get("hstyle", "Heading 1"), after=4)
        for e in b["items"]:
            t = doc.add_table(rows=1, cols=2)
            if o.get("grid"):
                t.style = doc.styles["Table Grid"]
            else:
                no_borders(t)
            widths(t, [Inches(lw), Inches(rw)])
            dc, cc = t.rows[0].cells
            a, bb = fmt_range(e, R["dates"], parts=True)
            if o.get("date_stack", True) and bb:
                first_para(dc, a, bold=True, size=9, color=acc)
                para(dc, bb, size=9, color="595959", after=0)
            else:
                first_para(dc, fmt_range(e, R["dates"]), bold=True, size=9, color=acc)
            if e.loc and o.get("loc_left", True):
                para(dc, e.loc, italic=True, size=8.5, color="7F7F7F")
            p = first_para(cc, e.title, bold=True, size=11)
            if e.org_text:
                para(cc, e.org_text, size=10, color=acc, after=2, italic=bool(o.get("org_italic")))
            if e.loc and not o.get("loc_left", True):
                para(cc, e.loc, italic=True, size=8.5, color="7F7F7F", after=2)
            if e.prose and e.bullets:
                para(cc, " ".join(e.bullets), after=2)
            else:
                dx_bullets(cc, e.bullets, o)
            if e.ach:
                para(cc, e.ach_head, bold=True, size=9.5, color=acc, after=0, before=2)
                dx_bullets(cc, e.ach, o, level=2)
            para(doc, "", after=2)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        run(fp, o["footer"].format(name=R["name"]), size=8, color="7F7F7F")
        page_field(fp)
    dx_save(doc, path)


def _dx_block_body(cell, b, R, o, width_in):
    t = b["t"]
    acc = o.get("accent", "1F4E79")
    if t == "edu":
        for it in b["items"]:
            deg, school, dates, note = edu_line(it)
            para(cell, deg, bold=True, after=0)
            p = para(cell, after=(0 if note else 4))
            run(p, school, color=acc)
            run(p, "  \u2014  " + dates, italic=True, color="595959")
            if note:
                para(cell, note, italic=True, size=9, after=4)
    elif t in ("list", "tags"):
        dx_bullets(cell, b["items"], o)
    elif t == "text":
        para(cell, b["text"], after=2)
    elif t == "skills":
        para(cell, "  \u00b7  ".join(n for n, _ in b["items"]), after=2)
    elif t == "langs":
        para(cell, "   ".join(f"{n}: {lv}" for n, lv, _ in b["items"]), after=2)


# ==============================================================================================
# plain text pasted out of a designer PDF
# ==============================================================================================
def wrap(s, width):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    if line:
        out.append(line)
    return out


def spaced(s):
    return " ".join(s.upper())


def render_txt(R, path):
    """Copy-paste of a designer PDF.  Options: order ('side_first' puts the sidebar text before the
    name, 'side_last' after the main text), heads ('spaced' E X P E R I E N C E, 'caps', 'plain'),
    icons ('pua' private-use icon glyphs, 'none'), datefirst (dates on their own line before the
    title), width (hard wrap), glyph, page_break (text of a page-2 header inserted inside an entry),
    bars (what the skill bars paste as)."""
    o = R["opts"]
    W = o.get("width", 78)
    L = []
    glyph = o.get("glyph", "\u2022")

    def head(s):
        L.append("")
        hs = o.get("heads", "caps")
        L.append(spaced(s) if hs == "spaced" else s.upper() if hs == "caps" else s)
        if o.get("underline"):
            L.append(o["underline"] * min(len(s), 40))

    def icon(k):
        return {"pua": PUA[k] + " ", "none": "", "odd": "\u25a1 "}[o.get("icons", "pua")]

    def side():
        if not o.get("contact_top"):
            head(R.get("contact_head", "Contact"))
            for k, v in R["contact"]:
                L.append(icon(k) + v)
        for b in blocks(R, side=True):
            head(b["h"])
            body(b)

    def body(b):
        t = b["t"]
        if t == "skills":
            for n, lv in b["items"]:
                bars = o.get("bars", "")
                L.append(n + (bars.replace("#", "\u25cf" * lv).replace("_", "\u25cb" * (5 - lv)) if bars else ""))
        elif t == "langs":
            for n, lv, dots in b["items"]:
                L.append(n)
                L.append(lv)
        elif t in ("list", "tags"):
            for s in b["items"]:
                ws = wrap(s, W - 2)
                L.append(glyph + " " + ws[0] if o.get("list_glyph", True) else ws[0])
                L.extend("  " + x for x in ws[1:])
        elif t == "text":
            L.extend(wrap(b["text"], W))
        elif t == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                if o.get("datefirst"):
                    L.append(dates)
                L.append(deg)
                L.append(school + ("" if o.get("datefirst") else "  " + dates))
                if note:
                    L.extend(wrap(note, W))
                L.append("")
        elif t == "exp":
            for i, e in enumerate(b["items"]):
                entry(e)

    def entry(e):
        dates = entry_dates(e, R)
        if o.get("datefirst"):
            L.append(dates + ((" " + icon("loc") + e.loc) if e.loc and o.get("loc_with_date") else ""))
        eh = o.get("eh", "title_org")
        org = e.org_text
        if eh == "org_title":
            if org:
                L.append(org.upper() if o.get("orgcaps") else org)
            L.append(e.title)
        elif eh == "title_at":
            L.append(e.title + (" at " + org if org else ""))
        elif eh == "pipe":
            L.append(" | ".join(x for x in (e.title, org) if x))
        else:
            L.append(e.title)
            if org:
                L.append(org + (", " + e.loc if e.loc and not o.get("loc_with_date") else ""))
        if not o.get("datefirst"):
            L.append(dates + (("  " + icon("loc") + e.loc) if e.loc and o.get("loc_with_date") else ""))
        if e.prose and e.bullets:
            L.extend(wrap(" ".join(e.bullets), W))
        else:
            for k, bl in enumerate(e.bullets):
                ws = wrap(bl, W - 2)
                L.append(glyph + " " + ws[0])
                L.extend(("  " if o.get("hang", True) else "") + x for x in ws[1:])
                if o.get("page_break") == (e.title, k):
                    L.extend(["", o.get("page_text", "").format(name=R["name"]), ""])
        if e.ach:
            L.append(e.ach_head)
            for bl in e.ach:
                ws = wrap(bl, W - 4)
                L.append(o.get("ach_glyph", "\u2713") + " " + ws[0])
                L.extend("  " + x for x in ws[1:])
        L.append("")

    if o.get("order") == "side_first":
        side()
        L.append("")
        L.append(R["name"].upper() if o.get("name_caps") else R["name"])
        L.append(R["headline"])
    else:
        L.append(R["name"].upper() if o.get("name_caps") else R["name"])
        L.append(R["headline"])
        if o.get("order") == "side_last" and o.get("contact_top"):
            L.append("   ".join(icon(k) + v for k, v in R["contact"]))
        if o.get("order") != "side_last":
            side()
    for b in blocks(R, side=False):
        head(b["h"])
        body(b)
    if o.get("order") == "side_last":
        side()
    if o.get("tail"):
        L.append("")
        L.append(o["tail"])
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    txt = txt.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline=o.get("newline", "\n")) as f:
        f.write(txt)


# ==============================================================================================
# Markdown
# ==============================================================================================
def render_md(R, path):
    o = R["opts"]
    L = []
    style = o.get("style", "a")
    if style == "a":
        L += [f"# {R['name']}", "", f"**{R['headline']}**", ""]
        L.append(" · ".join(f"{DV_ICONS[k]} {v}" for k, v in R["contact"]))
        L.append("")
        L.append("---")
    else:
        L += [f"{R['name']}", "=" * len(R["name"]), "", f"_{R['headline']}_", ""]
        for k, v in R["contact"]:
            L.append(f"- {v}")
    for b in R["blocks"]:
        L.append("")
        L.append(("## " if style == "a" else "") + b["h"] + ("" if style == "a" else "\n" + "-" * len(b["h"])))
        L.append("")
        t = b["t"]
        if t == "exp":
            for e in b["items"]:
                dates = entry_dates(e, R)
                if style == "a":
                    L.append(f"### {e.title}")
                    if e.org_text:
                        L.append(f"**{e.org_text}**" + (f" — {e.loc}" if e.loc else "") + "  ")
                    L.append(f"*{dates}*")
                else:
                    org = f" @ {e.org_text}" if e.org_text else ""
                    L.append(f"**{e.title}**{org}" + (f", {e.loc}" if e.loc else "") + "  ")
                    L.append(f"`{dates}`")
                L.append("")
                if e.prose and e.bullets:
                    L.append(" ".join(e.bullets))
                else:
                    L.extend(f"{o.get('glyph', '-')} {x}" for x in e.bullets)
                if e.ach:
                    L.append("")
                    L.append(f"*{e.ach_head}:*")
                    L.append("")
                    L.extend(f"  - {x}" for x in e.ach)
                L.append("")
        elif t == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                L.append(f"**{deg}** — {school} ({dates})" + ("  " if note else ""))
                if note:
                    L.append(note)
                L.append("")
        elif t in ("list", "tags"):
            L.extend(f"- {x}" for x in b["items"])
        elif t == "text":
            L.append(b["text"])
        elif t == "skills":
            if o.get("skill_table"):
                L += ["| Skill | Level |", "|---|---|"]
                L += [f"| {n} | {'★' * lv}{'☆' * (5 - lv)} |" for n, lv in b["items"]]
            else:
                L.append(" · ".join(f"`{n}`" for n, _ in b["items"]))
        elif t == "langs":
            L.extend(f"- **{n}** — {lv}" for n, lv, _ in b["items"])
    txt = "\n".join(L).strip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


# ==============================================================================================
# HTML (web résumé saved from an online builder)
# ==============================================================================================
CSS = {
    "aside": """body{margin:0;font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b;background:#eceff1}
.page{display:grid;grid-template-columns:260px 1fr;max-width:960px;margin:24px auto;background:#fff}
aside{background:%(side)s;color:#fff;padding:32px 24px}aside h2{font-size:13px;letter-spacing:2px;color:%(hi)s}
.bar{height:5px;background:rgba(255,255,255,.25);border-radius:3px;margin:3px 0 9px}.bar span{display:block;height:5px;background:%(hi)s;border-radius:3px}
main{padding:32px 36px}h1{margin:0;font-size:34px}.headline{color:%(side)s;font-size:17px}
.job{margin-bottom:18px}.job h3{margin:0;font-size:16px}.company{color:%(side)s;font-weight:600}
.meta{color:#777;font-size:13px;font-style:italic}i.ico{font-style:normal;font-family:'Font Awesome 6 Free';margin-right:6px}""",
    "timeline": """body{font-family:Lato,Helvetica,sans-serif;color:#333;max-width:880px;margin:30px auto}
header{border-bottom:4px solid %(side)s;padding-bottom:12px}h1{font-size:36px;margin:0;color:%(side)s}
.contact span{margin-right:18px;font-size:13px}section h2{text-transform:uppercase;letter-spacing:3px;font-size:14px;color:%(side)s}
.tl{display:grid;grid-template-columns:130px 1fr;gap:0 22px;border-left:0}.tl .when{font-size:12px;color:#888;text-align:right;padding-top:3px}
.tl .what{border-left:2px solid %(hi)s;padding:0 0 16px 18px;position:relative}.tl .what:before{content:'';position:absolute;left:-7px;top:6px;width:12px;height:12px;border-radius:50%%;background:%(side)s}
.what h3{margin:0;font-size:16px}.what .org{font-size:14px;color:%(side)s}ul{margin:6px 0 0 0;padding-left:18px}.chips span{display:inline-block;border:1px solid %(hi)s;border-radius:12px;padding:2px 10px;margin:2px;font-size:12px}""",
}


def render_html(R, path):
    o = R["opts"]
    esc = htmlmod.escape
    lay = o.get("layout", "aside")
    css = CSS[lay] % {"side": o.get("side", "#30475e"), "hi": o.get("hi", "#f05454")}
    ico = {"mail": "&#xf0e0;", "phone": "&#xf095;", "loc": "&#xf3c5;", "web": "&#xf0ac;", "li": "&#xf08c;",
           "home": "&#xf015;", "car": "&#xf1b9;", "cake": "&#xf1fd;"}
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R['name'])} | {esc(R['headline'])}</title>",
         f'<meta name="generator" content="{esc(R.get("creator", "CV builder"))}">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<style>{css}</style>", "</head>",
         "<body>"]

    def block_html(b, in_side=False):
        out = [f"<section class=\"{b['t']}\">", f"<h2>{esc(b['h'])}</h2>"]
        t = b["t"]
        if t == "exp":
            if lay == "timeline":
                out.append('<div class="tl">')
            for e in b["items"]:
                dates = esc(entry_dates(e, R))
                bl = ""
                if e.prose and e.bullets:
                    bl = f"<p>{esc(' '.join(e.bullets))}</p>"
                elif e.bullets:
                    bl = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>"
                if e.ach:
                    bl += (f'<p class="ach"><strong>{esc(e.ach_head)}</strong></p><ul class="ach">'
                           + "".join(f"<li>{esc(x)}</li>" for x in e.ach) + "</ul>")
                org = f'<div class="org company">{esc(e.org_text)}</div>' if e.org_text else ""
                loc = f'<span class="loc"><i class="ico">{ico["loc"]}</i>{esc(e.loc)}</span>' if e.loc else ""
                if lay == "timeline":
                    out.append(f'<div class="when">{dates}<br>{loc}</div><div class="what"><h3>{esc(e.title)}</h3>'
                               f"{org}{bl}</div>")
                else:
                    out.append(f'<div class="job"><h3>{esc(e.title)}</h3>{org}<div class="meta">'
                               f'<i class="ico">&#xf073;</i>{dates} {loc}</div>{bl}</div>')
            if lay == "timeline":
                out.append("</div>")
        elif t == "edu":
            for it in b["items"]:
                deg, school, dates, note = edu_line(it)
                out.append(f"<div class=\"edu\"><h3>{esc(deg)}</h3><div class=\"org\">{esc(school)}</div>"
                           f"<div class=\"meta\">{esc(dates)}</div>" + (f"<p>{esc(note)}</p>" if note else "")
                           + "</div>")
        elif t == "skills":
            if in_side:
                for n, lv in b["items"]:
                    out.append(f'<div class="skill">{esc(n)}<div class="bar"><span style="width:{lv * 20}%"></span>'
                               "</div></div>")
            else:
                out.append('<div class="chips">' + "".join(f"<span>{esc(n)}</span>" for n, _ in b["items"]) + "</div>")
        elif t == "langs":
            out.append("<ul>" + "".join(f"<li><b>{esc(n)}</b> &ndash; {esc(lv)}</li>" for n, lv, _ in b["items"])
                       + "</ul>")
        elif t == "tags":
            out.append('<div class="chips">' + "".join(f"<span>{esc(x)}</span>" for x in b["items"]) + "</div>")
        elif t == "list":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b["items"]) + "</ul>")
        elif t == "text":
            out.append(f"<p>{esc(b['text'])}</p>")
        out.append("</section>")
        return "\n".join(out)

    contact = "".join(f'<span><i class="ico">{ico[k]}</i>{esc(v)}</span>' for k, v in R["contact"])
    if lay == "aside":
        H.append('<div class="page">')
        H.append("<aside>")
        H.append(f'<h2>{esc(R.get("contact_head", "Contact").upper())}</h2><div class="contact">'
                 + "".join(f'<p><i class="ico">{ico[k]}</i>{esc(v)}</p>' for k, v in R["contact"]) + "</div>")
        for b in blocks(R, side=True):
            H.append(block_html(b, True))
        H.append("</aside>")
        H.append(f"<main><h1>{esc(R['name'])}</h1><div class=\"headline\">{esc(R['headline'])}</div>")
        for b in blocks(R, side=False):
            H.append(block_html(b))
        H.append("</main></div>")
    else:
        H.append(f"<header><h1>{esc(R['name'])}</h1><div class=\"headline\">{esc(R['headline'])}</div>"
                 f"<div class=\"contact\">{contact}</div></header>")
        for b in R["blocks"]:
            H.append(block_html(b))
    if o.get("foot"):
        H.append(f"<footer><small>{esc(o['foot'])}</small></footer>")
    H += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(H) + "\n")


RENDERERS = {
    "rl_sidebar": render_rl_sidebar,
    "rl_timeline": render_rl_timeline,
    "rl_banner": render_rl_banner,
    "fp": render_fp,
    "docx_sidebar": render_docx_sidebar,
    "docx_styles": render_docx_styles,
    "docx_jobtable": render_docx_jobtable,
    "txt": render_txt,
    "md": render_md,
    "html": render_html,
}
