"""reportlab canvas renderers (invariant=1 for byte-reproducible output)."""
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from lib import fmt_range, fmt_date, group_by_org, span, duration, month_set


def _canvas(path, r, size):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(r["name"])
    c.setTitle(f"{r['name']} - Resume")
    c.setCreator("Folio Resume Builder")
    c.setSubject("Resume")
    return c


def two_pass(fn):
    """Render once to count pages, then again with the real page total in the footers."""
    import io

    def inner(r, path):
        n = fn(r, io.BytesIO(), "?")
        fn(r, path, n)
    inner.__name__ = fn.__name__
    return inner


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _rng(r, e):
    return fmt_range(e, r["fmt"], r["present"], r["dash"])


def spaced(c, x, y, text, font, size, cs=0.5, color=None):
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    if color is not None:
        t.setFillColor(color)
    t.textLine(text)
    t.setCharSpace(0)
    c.drawText(t)


def _side_items(items):
    out = []
    for it in items or []:
        out.append(it)
    return out


class Flow:
    """Main-column text flow with simple page breaks."""

    def __init__(self, c, x, w, top, bottom, page_size, on_new_page=None):
        self.c, self.x, self.w, self.y = c, x, w, top
        self.top, self.bottom, self.ps = top, bottom, page_size
        self.on_new_page = on_new_page
        self.page = 1

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.page += 1
            if self.on_new_page:
                self.x, self.w, self.top = self.on_new_page(self.c, self.page)
            self.y = self.top

    def text(self, s, font="Helvetica", size=9, lead=None, color=black, indent=0):
        lead = lead or size * 1.3
        for ln in wrap(s, font, size, self.w - indent):
            self.need(lead)
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            self.c.drawString(self.x + indent, self.y - size, ln)
            self.y -= lead

    def bullet(self, s, size=8.8, glyph="•", color=black):
        lead = size * 1.3
        lines = wrap(s, "Helvetica", size, self.w - 12)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.c.setFont("Helvetica", size)
            self.c.setFillColor(color)
            if i == 0:
                self.c.drawString(self.x + 2, self.y - size, glyph)
            self.c.drawString(self.x + 12, self.y - size, ln)
            self.y -= lead

    def lr(self, left, right, lfont="Helvetica-Bold", lsize=10, rfont="Helvetica", rsize=8.5, color=black,
           rcolor=black):
        lead = lsize * 1.35
        self.need(lead)
        self.c.setFont(lfont, lsize)
        self.c.setFillColor(color)
        self.c.drawString(self.x, self.y - lsize, left)
        self.c.setFont(rfont, rsize)
        self.c.setFillColor(rcolor)
        self.c.drawRightString(self.x + self.w, self.y - lsize, right)
        self.y -= lead

    def gap(self, h):
        self.y -= h


# ================================================================ w001: navy sidebar, cards company-first
def rl_sidebar(r, path):
    W, H = letter
    c = _canvas(path, r, letter)
    navy, gold = HexColor("#1f3a5f"), HexColor("#f2b84b")
    sw = 185
    c.setFillColor(navy)
    c.rect(0, 0, sw, H, stroke=0, fill=1)
    # initials avatar
    c.setFillColor(gold)
    c.circle(sw / 2, H - 70, 34, stroke=0, fill=1)
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(sw / 2, H - 78, "".join(w[0] for w in r["name"].split() if w[0].isupper())[:2])
    y = H - 130
    c.setFillColor(white)

    def sh(t, y):
        c.setFillColor(gold)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20, y, t.upper())
        c.setStrokeColor(gold)
        c.line(20, y - 4, sw - 20, y - 4)
        c.setFillColor(white)
        return y - 18

    y = sh("Contact", y)
    for ln in r["contact"]:
        for part in wrap(ln, "Helvetica", 8.3, sw - 40):
            c.setFont("Helvetica", 8.3)
            c.drawString(20, y, part)
            y -= 12
    y -= 10
    for h, items in r["side"]:
        y = sh(h, y)
        for it in items:
            if isinstance(it, tuple) and isinstance(it[1], int):
                c.setFont("Helvetica", 8.3)
                c.setFillColor(white)
                c.drawString(20, y, it[0])
                y -= 7
                c.setFillColor(HexColor("#3d5a80"))
                c.roundRect(20, y - 4, sw - 40, 4, 2, stroke=0, fill=1)
                c.setFillColor(gold)
                c.roundRect(20, y - 4, (sw - 40) * it[1] / 5, 4, 2, stroke=0, fill=1)
                y -= 14
            elif isinstance(it, tuple):
                c.setFillColor(white)
                c.setFont("Helvetica-Bold", 8.3)
                c.drawString(20, y, it[0])
                c.setFont("Helvetica-Oblique", 8)
                c.drawRightString(sw - 20, y, it[1])
                y -= 13
            else:
                c.setFillColor(white)
                c.setFont("Helvetica", 8.3)
                c.drawString(20, y, it)
                y -= 12
        y -= 10
    # main column
    x0, mw = sw + 28, W - sw - 28 - 30
    f = Flow(c, x0, mw, H - 36, 36, letter)
    f.text(r["name"], "Helvetica-Bold", 22, lead=26, color=navy)
    f.text(r["headline"], "Helvetica", 10.5, lead=16, color=HexColor("#555555"))
    f.gap(4)

    def mh(t):
        f.gap(6)
        f.need(20)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(f.x, f.y - 11, t.upper())
        c.setStrokeColor(gold)
        c.setLineWidth(1.5)
        c.line(f.x, f.y - 15, f.x + 40, f.y - 15)
        c.setLineWidth(1)
        f.y -= 22

    mh("Profile")
    f.text(r["profile"], size=9)
    for h, es in r["exp"]:
        mh(h)
        for e in es:
            f.gap(3)
            f.lr(e.org, _rng(r, e), lsize=10, rcolor=HexColor("#666666"))
            f.need(12)
            spaced(c, f.x, f.y - 8.5, e.title.upper(), "Helvetica", 8.2, 0.5, HexColor("#1f3a5f"))
            tw = stringWidth(e.title.upper(), "Helvetica", 8.2) + 0.5 * len(e.title)
            c.setFillColor(HexColor("#777777"))
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(f.x + tw + 6, f.y - 8.5, "·  " + e.loc)
            f.y -= 13
            for b in e.b:
                f.bullet(b, 8.6)
    for h, items in r["extra"]:
        mh(h)
        for it in items:
            f.text(it, size=8.8)
    c.save()


# ================================================================ w007: LinkedIn "Save to PDF"
@two_pass
def rl_linkedin(r, path, total):
    W, H = letter
    c = _canvas(path, r, letter)
    c.setCreator("LinkedIn")
    sw = 190
    grey = HexColor("#e8eaee")
    dark = HexColor("#181818")
    lg = HexColor("#b0b0b0")

    def left_col(c, page):
        c.setFillColor(grey)
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#666666"))
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2 + sw / 2, 20, f"Page {page} of {total}")
        return sw + 30, W - sw - 60, H - 45

    left_col(c, 1)
    y = H - 50
    for h, items in [("Contact", r["contact"])] + r["side"]:
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(24, y, h)
        y -= 16
        for it in items:
            for ln in wrap(it, "Helvetica", 9, sw - 44):
                c.setFont("Helvetica", 9)
                c.drawString(24, y, ln)
                y -= 12
            y -= 2
        y -= 14
    f = Flow(c, sw + 30, W - sw - 60, H - 45, 40, letter, on_new_page=left_col)
    f.text(r["name"], "Helvetica", 24, lead=30, color=dark)
    f.text(r["headline"], "Helvetica", 11, lead=14, color=dark)
    f.text(r["location_line"], "Helvetica", 10, lead=20, color=HexColor("#8a8a8a"))

    def mh(t):
        f.gap(6)
        f.need(24)
        c.setFillColor(dark)
        c.setFont("Helvetica", 15)
        c.drawString(f.x, f.y - 15, t)
        f.y -= 24

    mh("Summary")
    f.text(r["profile"], size=10, lead=13)
    mh("Experience")
    for h, es in r["exp"]:
        for org, grp in group_by_org(es):
            f.gap(4)
            f.text(org, "Helvetica", 11.5, lead=15, color=dark)
            if len(grp) > 1:
                f.text(duration(len(month_set(grp))), "Helvetica", 10, lead=15, color=HexColor("#8a8a8a"))
            for e in grp:
                f.text(e.title, "Helvetica-Bold", 10.5, lead=14, color=dark)
                d = f"{fmt_date(e.start, 'month')} - {fmt_date(e.end, 'month', 'Present')} ({duration(span(e))})"
                f.text(d, "Helvetica", 10, lead=13, color=HexColor("#8a8a8a"))
                f.text(e.loc, "Helvetica", 10, lead=15, color=HexColor("#8a8a8a"))
                for b in e.b:
                    f.text(b, size=10, lead=13)
                f.gap(8)
    for h, items in r["extra"]:
        mh(h)
        for i, it in enumerate(items):
            f.text(it, "Helvetica-Bold" if i == 0 else "Helvetica", 10.5 if i == 0 else 10, lead=14)
    c.save()
    return f.page


# ================================================================ w013: Europass-style
@two_pass
def rl_europass(r, path, total):
    W, H = A4
    c = _canvas(path, r, A4)
    blue = HexColor("#0e4194")
    lw = 150
    x1 = lw + 14

    def page_deco(c, page):
        c.setFillColor(HexColor("#6b6b6b"))
        c.setFont("Helvetica", 7)
        c.drawString(36, 22, f"© Curriculum vitae  {r['name']}")
        c.drawRightString(W - 36, 22, f"Page {page} / {total}")
        return x1, W - x1 - 36, H - 40

    page_deco(c, 1)
    c.setFillColor(blue)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, H - 50, "CURRICULUM VITAE")
    f = Flow(c, x1, W - x1 - 36, H - 70, 40, A4, on_new_page=page_deco)

    def label(t, size=8, color=blue, bold=False):
        c.setFillColor(color)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawRightString(lw, f.y - 10, t)

    def section(t):
        f.gap(10)
        f.need(22)
        label(t.upper(), 9, blue, True)
        c.setStrokeColor(blue)
        c.setLineWidth(0.8)
        c.line(x1, f.y - 7, W - 36, f.y - 7)
        f.y -= 20

    f.need(20)
    label("PERSONAL INFORMATION", 8.5, blue, True)
    f.text(r["name"], "Helvetica-Bold", 13, lead=18, color=HexColor("#1a1a1a"))
    for ln in r["contact"]:
        f.text(ln, size=8.6, lead=11.5)
    f.gap(6)
    label("POSITION", 8)
    f.text(r["headline"], "Helvetica-Bold", 10, lead=14, color=blue)
    for h, es in r["exp"]:
        section(h)
        for e in es:
            f.need(30)
            label(_rng(r, e), 8.3, blue)
            f.text(e.title, "Helvetica-Bold", 10, lead=13, color=blue)
            f.text(f"{e.org}, {e.loc}", size=9, lead=12)
            for b in e.b:
                f.bullet(b, 8.6, glyph="▪" if False else "-")
            f.gap(7)
    for h, items in r["extra"]:
        section(h)
        if h.startswith("LANGUAGE"):
            f.need(14)
            c.setFont("Helvetica-Bold", 7)
            c.setFillColor(blue)
            heads = ["LISTENING", "READING", "INTERACTION", "PRODUCTION", "WRITING"]
            for i, hd in enumerate(heads):
                c.drawString(x1 + 95 + i * 62, f.y - 8, hd)
            f.y -= 14
            for a, b in items:
                f.need(14)
                label(a, 8.3)
                if a.startswith("Mother"):
                    c.setFont("Helvetica", 9)
                    c.setFillColor(black)
                    c.drawString(x1, f.y - 10, b)
                else:
                    parts = b.split()
                    c.setFont("Helvetica", 9)
                    c.setFillColor(black)
                    for i, p in enumerate(parts[:5]):
                        c.drawString(x1 + 105 + i * 62, f.y - 10, p)
                    if len(parts) > 5:
                        f.y -= 13
                        c.setFont("Helvetica-Oblique", 8)
                        c.drawString(x1 + 95, f.y - 10, " ".join(parts[5:]))
                f.y -= 14
            continue
        for it in items:
            if len(it) == 3:
                f.need(30)
                label(it[0], 8.3)
                f.text(it[1], "Helvetica-Bold", 9.5, lead=12.5, color=blue)
                f.text(it[2], size=9, lead=14)
            else:
                f.need(14)
                if it[0]:
                    label(it[0], 8.3)
                f.text(it[1], size=9, lead=13)
    c.save()
    return f.page


# ================================================================ w019: icon headings + initials badges
def rl_icons(r, path):
    W, H = A4
    c = _canvas(path, r, A4)
    c.setCreator("Resumely Studio")
    teal, coral = HexColor("#127475"), HexColor("#f25c54")
    palette = [HexColor("#127475"), HexColor("#f25c54"), HexColor("#3a86ff"), HexColor("#8338ec")]
    c.setFillColor(teal)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 55, r["name"])
    c.setFont("Helvetica", 11)
    c.setFillColor(coral)
    c.drawString(40, H - 72, r["headline"])
    c.setFont("ZapfDingbats", 9)
    c.setFillColor(teal)
    x = 40
    for glyph, t in zip(["n", "(", "+"], r["contact"]):
        c.setFont("ZapfDingbats", 8)
        c.drawString(x, H - 92, glyph)
        c.setFont("Helvetica", 8.5)
        c.setFillColor(black)
        c.drawString(x + 12, H - 92, t)
        x += stringWidth(t, "Helvetica", 8.5) + 30
        c.setFillColor(teal)
    f = Flow(c, 40, W - 80, H - 110, 40, A4)

    def head(t, glyph):
        f.gap(10)
        f.need(26)
        c.setFillColor(teal)
        c.circle(f.x + 9, f.y - 9, 9, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("ZapfDingbats", 9)
        c.drawCentredString(f.x + 9, f.y - 12, glyph)
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(f.x + 24, f.y - 13, t.upper())
        c.setStrokeColor(HexColor("#cfe3e3"))
        c.line(f.x + 24 + stringWidth(t.upper(), "Helvetica-Bold", 12) + 8, f.y - 9, f.x + f.w, f.y - 9)
        f.y -= 26

    head("Profile", "H")
    f.text(r["profile"], size=9.2)
    k = 0
    for h, es in r["exp"]:
        head(h, "E")
        for org, grp in group_by_org(es):
            f.need(44)
            ini = "".join(w[0] for w in org.replace("&", "").split() if w[0].isalnum())[:2].upper()
            c.setFillColor(palette[k % len(palette)])
            k += 1
            c.roundRect(f.x, f.y - 30, 30, 30, 6, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(f.x + 15, f.y - 19, ini)
            sub = Flow(c, f.x + 42, f.w - 42, f.y, 40, A4)
            for e in grp:
                sub.lr(e.title, _rng(r, e), lsize=10, rcolor=HexColor("#555555"))
                sub.text(f"{org}  |  {e.loc}", "Helvetica-Oblique", 8.8, lead=12, color=teal)
                for b in e.b:
                    sub.bullet(b, 8.7, color=HexColor("#222222"))
                sub.gap(5)
            f.y = min(sub.y, f.y - 36)
            f.gap(3)
    # two small columns at the bottom: skills/languages | education/certificates
    head("Education & more", "w")
    ytop = f.y
    colw = (f.w - 20) / 2
    left = Flow(c, f.x, colw, ytop, 30, A4)
    for h, items in r["extra"]:
        left.text(h, "Helvetica-Bold", 9.5, lead=13, color=coral)
        for it in items:
            left.text(it, size=8.6, lead=11)
        left.gap(4)
    right = Flow(c, f.x + colw + 20, colw, ytop, 30, A4)
    for h, items in r["side"]:
        right.text(h, "Helvetica-Bold", 9.5, lead=13, color=coral)
        right.text("  ·  ".join(items), size=8.6, lead=11)
        right.gap(4)
    c.save()


# ================================================================ w025: two pages, header bar, sidebar on p1
@two_pass
def rl_twopage(r, path, total):
    W, H = A4
    c = _canvas(path, r, A4)
    c.setCreator("Kickresume-style builder")
    teal = HexColor("#0f766e")
    pale = HexColor("#e6f2f1")
    sw = 170

    def foot(c, page):
        c.setFillColor(HexColor("#888888"))
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 36, 20, f"{r['name']}  |  Page {page} / {total}")

    c.setFillColor(teal)
    c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(36, H - 50, r["name"].upper())
    c.setFont("Helvetica", 12)
    c.drawString(36, H - 72, r["headline"])
    c.setFillColor(pale)
    c.rect(0, 0, sw, H - 92, stroke=0, fill=1)
    foot(c, 1)
    y = H - 120
    for h, items in r["side"]:
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(22, y, h)
        y -= 15
        c.setFillColor(black)
        for it in (items if items is not None else r["contact"]):
            for ln in wrap(it, "Helvetica", 8.5, sw - 40):
                c.setFont("Helvetica", 8.5)
                c.drawString(22, y, ln)
                y -= 11.5
        y -= 14

    def newpage(c, page):
        foot(c, page)
        c.setFillColor(teal)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        return 50, W - 100, H - 50

    f = Flow(c, sw + 26, W - sw - 26 - 36, H - 112, 60, A4, on_new_page=newpage)

    def mh(t):
        f.gap(6)
        f.need(40)
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(f.x, f.y - 12, t.upper())
        c.setStrokeColor(teal)
        c.line(f.x, f.y - 16, f.x + f.w, f.y - 16)
        f.y -= 24

    mh("Profile")
    f.text(r["profile"], size=9.3, lead=12.5)
    for h, es in r["exp"]:
        mh(h)
        for e in es:
            f.need(50)
            f.lr(e.title, _rng(r, e), lsize=10.5, rcolor=teal, rfont="Helvetica-Bold", rsize=8.8)
            f.text(f"{e.org} — {e.loc}", "Helvetica-Oblique", 9.2, lead=13, color=HexColor("#444444"))
            for b in e.b:
                f.bullet(b, 9, glyph="›", color=HexColor("#222222"))
            f.gap(16)
    for h, items in r["extra"]:
        mh(h)
        for it in items:
            f.text(it, size=9.2, lead=13)
    c.save()
    return f.page
