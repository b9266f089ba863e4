"""fpdf2 renderers (DejaVu fonts, fixed creation date)."""
from datetime import datetime, timezone

from fpdf import FPDF

from lib import fmt_range, fmt_date

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime(2026, 10, 30, 9, 15, 0, tzinfo=timezone.utc)


def _pdf(r, fmt="A4"):
    pdf = FPDF(format=fmt, unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_author(r["name"])
    pdf.set_title(f"{r['name']} CV")
    pdf.set_creator("Canvasia Resume Editor")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DVC", "", FONT_DIR + "DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_page()
    return pdf


def _rng(r, e):
    return fmt_range(e, r["fmt"], r["present"], r["dash"])


def para(pdf, x, y, w, text, style="", size=9, h=None, color=(30, 30, 30), align="L", font="DV"):
    """Write wrapped text at x,y in width w; return new y."""
    h = h or size * 0.45
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    return pdf.get_y()


def bullets(pdf, x, y, w, items, size=8.5, glyph="•", color=(40, 40, 40)):
    for b in items:
        pdf.set_font("DV", "", size)
        pdf.set_text_color(*color)
        pdf.set_xy(x, y)
        pdf.cell(4, size * 0.45, glyph)
        y = para(pdf, x + 4, y, w - 4, b, size=size, color=color)
        y += 0.6
    return y


# ================================================================ timeline (w004, w022)
def fp_timeline(r, path):
    pdf = _pdf(r)
    o = r.get("opt", {})
    col = o.get("color", (90, 90, 90))
    # header
    y = para(pdf, 18, 16, 170, r["name"], "B", 22, h=10, color=col)
    y = para(pdf, 18, y, 170, r["headline"], "", 11, h=6, color=(80, 80, 80))
    y = para(pdf, 18, y + 1, 175, "   |   ".join(r["contact"]), "", 8.5, h=5, color=(90, 90, 90))
    pdf.set_draw_color(*col)
    pdf.set_line_width(0.6)
    pdf.line(18, y + 2, 192, y + 2)
    y += 6
    y = para(pdf, 18, y, 174, r["profile"], "I", 9, h=4.6)
    line_x, date_w, cx = 52, 32, 58
    for h, es in r["exp"]:
        y += 4
        y = para(pdf, 18, y, 170, h.upper(), "B", 11, h=6, color=col)
        y += 1
        y0 = y
        for e in es:
            pdf.set_fill_color(*col)
            pdf.ellipse(line_x - 1.4, y + 0.6, 2.8, 2.8, style="F")
            para(pdf, 16, y, date_w, _rng(r, e), "B", 7.6, h=3.8, color=(110, 110, 110), align="R",
                 font="DVC")
            if o.get("orgfirst"):
                yy = para(pdf, cx, y, 134, e.org, "B", 10, h=5)
                yy = para(pdf, cx, yy, 134, e.title.upper() + "   ·   " + e.loc, "", 7.8, h=4.2, color=col)
            else:
                yy = para(pdf, cx, y, 134, e.title, "B", 10, h=5)
                yy = para(pdf, cx, yy, 134, f"{e.org} · {e.loc}", "I", 8.8, h=4.6, color=col)
            yy = bullets(pdf, cx, yy + 0.5, 134, e.b, 8.4)
            y = yy + 3
        pdf.set_draw_color(*col)
        pdf.set_line_width(0.4)
        pdf.line(line_x, y0, line_x, y - 3)
    for h, items in r["side"] + r["extra"]:
        y += 2
        y = para(pdf, 18, y, 170, h.upper(), "B", 10.5, h=5.5, color=col)
        y = para(pdf, 18, y, 174, "  ·  ".join(items), "", 8.6, h=4.4)
    pdf.output(path)


# ================================================================ Canva one-pager (w010)
def fp_canva(r, path):
    pdf = _pdf(r)
    band = (52, 73, 94)
    acc = (230, 126, 34)
    pdf.set_fill_color(*band)
    pdf.rect(0, 0, 210, 38, style="F")
    para(pdf, 14, 9, 180, r["name"].upper(), "B", 24, h=11, color=(255, 255, 255))
    para(pdf, 14, 22, 180, r["headline"], "", 10.5, h=6, color=(241, 196, 15))
    # left column
    pdf.set_fill_color(236, 240, 241)
    pdf.rect(0, 38, 66, 259, style="F")
    y = 46
    y = para(pdf, 8, y, 52, "CONTACT", "B", 10, h=5.5, color=band)
    for ctext in r["contact"]:
        y = para(pdf, 8, y, 54, ctext, "", 8, h=4.2)
    for h, items in r["side"]:
        y += 4
        y = para(pdf, 8, y, 52, h, "B", 10, h=5.5, color=band)
        for i, it in enumerate(items):
            st = "B" if (h == "REFEREES" and i % 3 == 0) else ""
            y = para(pdf, 8, y, 54, it, st, 8, h=4.2)
            if h == "REFEREES" and i % 3 == 2:
                y += 2
    # right column
    x, w = 74, 126
    y = 46
    y = para(pdf, x, y, w, "PROFILE", "B", 11, h=6, color=band)
    y = para(pdf, x, y, w, r["profile"], "", 8.8, h=4.4)
    for h, es in r["exp"]:
        y += 4
        y = para(pdf, x, y, w, h, "B", 11, h=6, color=band)
        for e in es:
            y += 1.5
            d = _rng(r, e)
            pdf.set_font("DV", "B", 7.2)
            tw = pdf.get_string_width(d) + 6
            pdf.set_fill_color(*acc)
            pdf.rect(x, y, tw, 4.6, style="F", round_corners=True, corner_radius=2)
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(x, y + 0.2)
            pdf.cell(tw, 4.2, d, align="C")
            y += 5.8
            y = para(pdf, x, y, w, e.title, "B", 9.8, h=5)
            y = para(pdf, x, y, w, f"{e.org}  |  {e.loc}", "I", 8.5, h=4.4, color=(90, 90, 90))
            y = bullets(pdf, x + 1, y + 0.5, w - 1, e.b, 8.2, glyph="–")
    for h, items in r["extra"]:
        y += 4
        y = para(pdf, x, y, w, h, "B", 11, h=6, color=band)
        for it in items:
            y = para(pdf, x, y, w, it, "", 8.6, h=4.4)
    pdf.output(path)


# ================================================================ three columns (w016)
def fp_threecol(r, path):
    pdf = _pdf(r, "Letter")
    W = 215.9
    navy = (36, 59, 85)
    red = (192, 57, 43)
    para(pdf, 12, 12, 190, r["name"], "B", 21, h=10, color=navy)
    para(pdf, 12, 23, 190, r["headline"].upper(), "", 9.5, h=5, color=red)
    pdf.set_draw_color(*navy)
    pdf.line(12, 31, W - 12, 31)
    # left
    y = 37
    lx, lw = 12, 48
    y = para(pdf, lx, y, lw, "CONTACT", "B", 9.5, h=5, color=navy)
    for ctext in r["contact"]:
        y = para(pdf, lx, y, lw, ctext, "", 7.8, h=4)
    side = r["side"]
    for h, items in side[:1]:
        y += 4
        y = para(pdf, lx, y, lw, h, "B", 9.5, h=5, color=navy)
        for it in items:
            y = para(pdf, lx, y, lw, "› " + it, "", 7.8, h=4)
    # centre
    cx, cw = 66, 92
    pdf.set_draw_color(210, 210, 210)
    pdf.line(cx - 3, 36, cx - 3, 265)
    pdf.line(cx + cw + 3, 36, cx + cw + 3, 265)
    y = 37
    y = para(pdf, cx, y, cw, "PROFILE", "B", 9.5, h=5, color=navy)
    y = para(pdf, cx, y, cw, r["profile"], "", 8.2, h=4.1)
    for h, es in r["exp"]:
        y += 3
        y = para(pdf, cx, y, cw, h, "B", 9.5, h=5, color=navy)
        for e in es:
            y += 1.5
            y = para(pdf, cx, y, cw, e.title, "B", 9, h=4.6)
            y = para(pdf, cx, y, cw, e.org + ", " + e.loc, "", 8, h=4.1, color=red)
            y = para(pdf, cx, y, cw, _rng(r, e), "", 7.2, h=3.8, color=(120, 120, 120))
            y = bullets(pdf, cx, y + 0.4, cw, e.b, 7.9)
    for h, items in r["extra"]:
        y += 3
        y = para(pdf, cx, y, cw, h, "B", 9.5, h=5, color=navy)
        for it in items:
            y = para(pdf, cx, y, cw, it, "", 7.9, h=4)
    # right
    rx, rw = cx + cw + 8, W - (cx + cw + 8) - 10
    y = 37
    for h, items in side[1:]:
        y = para(pdf, rx, y, rw, h, "B", 9.5, h=5, color=navy)
        for it in items:
            y = para(pdf, rx, y, rw, it, "", 7.8, h=4)
        y += 4
    pdf.output(path)


# ================================================================ right sidebar with bars (w028)
def fp_rightbar(r, path):
    pdf = _pdf(r)
    green = (22, 101, 52)
    sx = 142
    pdf.set_fill_color(240, 247, 242)
    pdf.rect(sx, 0, 210 - sx, 297, style="F")
    # main
    y = para(pdf, 12, 14, 126, r["name"], "B", 20, h=9, color=green)
    y = para(pdf, 12, y, 126, r["headline"], "", 10, h=5.5, color=(80, 80, 80))
    y = para(pdf, 12, y + 1, 126, r["profile"], "", 8.6, h=4.3)
    gx, gw, mx, mw = 12, 24, 38, 100
    for h, es in r["exp"]:
        y += 4
        y = para(pdf, 12, y, 126, h, "B", 10.5, h=5.5, color=green)
        pdf.set_draw_color(*green)
        pdf.line(12, y, 138, y)
        y += 2
        for e in es:
            s = fmt_date(e.start, r["fmt"])
            en = fmt_date(e.end, r["fmt"], r["present"])
            para(pdf, gx, y + 0.3, gw, f"{s}{r['dash']}\n{en}", "", 7.4, h=3.7, color=(110, 110, 110), font="DVC")
            yy = para(pdf, mx, y, mw, e.title, "B", 9.4, h=4.8)
            yy = para(pdf, mx, yy, mw, f"{e.org}, {e.loc}", "I", 8.3, h=4.3, color=green)
            yy = bullets(pdf, mx, yy + 0.4, mw, e.b, 8.1, glyph="▸")
            y = max(yy, y + 9) + 2.5
    for h, items in r["extra"]:
        y += 3
        y = para(pdf, 12, y, 126, h, "B", 10.5, h=5.5, color=green)
        for it in items:
            y = para(pdf, 12, y, 126, it, "", 8.4, h=4.3)
    # sidebar
    x, w = sx + 7, 210 - sx - 14
    y = 16
    y = para(pdf, x, y, w, "CONTACT", "B", 9.5, h=5, color=green)
    for ctext in r["contact"]:
        y = para(pdf, x, y, w, ctext, "", 7.8, h=4)
    for h, items in r["side"]:
        y += 5
        y = para(pdf, x, y, w, h, "B", 9.5, h=5, color=green)
        for it in items:
            if isinstance(it, tuple):
                y = para(pdf, x, y, w, it[0], "", 7.8, h=4)
                pdf.set_fill_color(205, 225, 211)
                pdf.rect(x, y + 0.3, w, 1.8, style="F")
                pdf.set_fill_color(*green)
                pdf.rect(x, y + 0.3, w * it[1] / 5, 1.8, style="F")
                y += 3.6
            else:
                y = para(pdf, x, y, w, it, "", 7.8, h=4)
    pdf.output(path)
