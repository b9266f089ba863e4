"""Renderers for wild140: résumé dict -> neutral blocks -> PDF (reportlab, fpdf2), DOCX, txt, md, html.

Blocks (tuples):
  ('h', text)                      section heading
  ('org', text, right)             employer line, optional right-hand text (overall dates)
  ('role', text, right)            title line, optional right-hand text (dates)
  ('sub', text)                    secondary (italic) line
  ('line', text)                   plain line
  ('bul', text)                    bullet item
  ('para', text)                   paragraph (wrapped)
  ('table', header, rows, widths)  table; header may be None; cells may hold '\n'
  ('box', left_blocks, right)      one job in a borderless two-cell box (flattened where unsupported)
  ('gap',)
"""
from lib import drange


def _dates(e, res):
    return drange(e, res.get("ds", "mon"), res.get("present", "Present"), res.get("dash", " – "))


def _head(g, o):
    if g.head:
        return g.head
    if g.loc and o.get("loc", True):
        return f"{g.org}{o.get('orgsep', ', ')}{g.loc}"
    return g.org


def _title(e):
    return f"{e.title} {e.tx}".strip() if e.tx else e.title


def _role_line(t, d, o):
    pos = o.get("datepos", "right")
    if not d:
        return [("role", t, "")]
    if pos == "right":
        return [("role", t, d)]
    if pos == "paren":
        return [("role", f"{t} ({d})", "")]
    if pos == "comma":
        return [("role", f"{t}, {d}", "")]
    if pos == "pipe":
        return [("role", f"{t} | {d}", "")]
    if pos == "dash":
        return [("role", f"{t} — {d}", "")]
    if pos == "below":
        return [("role", t, ""), ("sub", d)]
    if pos == "above":
        return [("sub", d), ("role", t, "")]
    raise ValueError(pos)


def group_blocks(g, res, o):
    o = {**o, **g.opts}
    fmt = o.get("fmt", "nested")
    out = []
    if fmt == "nested":
        out.append(("org", _head(g, o), g.dtext or ""))
        if g.note:
            out.append(("sub", g.note))
        for e in g.roles:
            t = _title(e)
            if o.get("roleloc") and e.loc and e.loc != g.loc:
                t = f"{t}{o.get('rolelocsep', ' · ')}{e.loc}"
            out += _role_line(t, _dates(e, res), o)
            out += [("para", b) for b in e.bullets] if o.get("prosebul") else [("bul", b) for b in e.bullets]
    elif fmt == "overall":
        out.append(("org", _head(g, o), g.dtext or ""))
        if g.note:
            out.append(("sub", g.note))
        for e in g.roles:
            t = _title(e)
            out.append(("role", t, e.dtext or ""))
            out += [("bul", b) for b in e.bullets]
    elif fmt in ("title_org", "org_title", "dateline"):
        for e in g.roles:
            where = e.org + (f", {e.loc}" if e.loc and o.get("loc", True) else "")
            d = _dates(e, res)
            t = _title(e)
            if fmt == "title_org":
                out += _role_line(t, d, o)
                out.append(("sub", where))
            elif fmt == "org_title":
                out.append(("org", where, d))
                out.append(("sub", t))
            else:
                out += [("role", t, ""), ("sub", where), ("sub", d)]
            out += [("bul", b) for b in e.bullets]
        if g.note:
            out.append(("sub", g.note))
    elif fmt == "repeat":
        sep = o.get("sep", " — ")
        for e in g.roles:
            parts = {"o": e.org, "t": _title(e), "d": _dates(e, res), "l": e.loc or "",
                     "b": f"{e.org} ({e.loc})" if e.loc else e.org}
            line = sep.join(parts[k] for k in o.get("order", "otd") if parts[k])
            out.append(("role", line, _dates(e, res) if o.get("dright") else ""))
            out += [("bul", b) for b in e.bullets]
        if g.note:
            out.append(("sub", g.note))
    elif fmt == "boxed":
        if o.get("boxorg", True):
            out.append(("org", _head(g, o), g.dtext or ""))
            if g.note:
                out.append(("sub", g.note))
        for e in g.roles:
            left = [("role", _title(e), "")]
            if not o.get("boxorg", True):
                left.append(("sub", e.org + (f", {e.loc}" if e.loc else "")))
            elif e.loc and o.get("roleloc", True):
                left.append(("sub", e.loc))
            left += [("bul", b) for b in e.bullets]
            out.append(("box", left, _dates(e, res)))
    elif fmt == "table":
        out.append(("org", _head(g, o), g.dtext or ""))
        if g.note:
            out.append(("sub", g.note))
        cols = o.get("cols", "tdb")
        names = {"t": "Position", "d": "Dates", "b": "Main duties", "l": "Site"}
        names.update(o.get("colnames", {}))
        rows = []
        for e in g.roles:
            cell = {"t": _title(e), "d": _dates(e, res), "l": e.loc or "",
                    "b": "\n".join(o.get("cellglyph", "") + b for b in e.bullets)}
            rows.append([cell[c] for c in cols])
        header = [names[c] for c in cols] if o.get("header", True) else None
        out.append(("table", header, rows, o.get("widths")))
    elif fmt == "prose":
        out.append(("org", _head(g, o), g.dtext or ""))
        for p in g.prose:
            out.append(("para", p))
    else:
        raise ValueError(fmt)
    if g.after:
        out.append(("sub", g.after))
    return out


def build(res):
    """Return (main_blocks, side_sections).  side_sections: [(heading, [lines])] for sidebar layouts."""
    main, side = [], []
    sidebar = res.get("sidebar", False)
    for sec in res["sections"]:
        kind, heading = sec[0], sec[1]
        if kind == "side" and sidebar:
            side.append((heading, sec[2]))
            continue
        if heading:
            main.append(("h", heading))
        if kind == "jobs":
            o = dict(res.get("jobopts", {}))
            if len(sec) > 3:
                o.update(sec[3])
            for i, g in enumerate(sec[2]):
                if i and o.get("gap", True):
                    main.append(("gap",))
                main += group_blocks(g, res, o)
        elif kind in ("lines", "side"):
            main += [("line", s) for s in sec[2]]
        elif kind == "bullets":
            main += [("bul", s) for s in sec[2]]
        elif kind == "para":
            main += [("para", s) for s in (sec[2] if isinstance(sec[2], list) else [sec[2]])]
        elif kind == "table":
            main.append(("table", sec[2], sec[3], sec[4] if len(sec) > 4 else None))
        else:
            raise ValueError(kind)
        main.append(("gap",))
    return main, side


# =====================================================================  backends
import datetime as _dt
import html as _html
import io
import textwrap
import zipfile

FIXED_DT = _dt.datetime(2026, 11, 2, 9, 30, 0, tzinfo=_dt.timezone.utc)
ZIP_TS = (2026, 11, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------ reportlab
def render_rl(res, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor

    o = res.get("ro", {})
    W, H = letter if res.get("paper") == "letter" else A4
    lay = o.get("layout", "plain")
    base = o.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}[base]
    fs = o.get("size", 10)
    lead = fs * 1.32
    glyph = o.get("glyph", "•")
    accent = HexColor(o.get("accent", "#1f3a5f"))
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setAuthor(res["name"])
    c.setTitle(o.get("doctitle", res["name"] + " - Resume"))
    c.setCreator(o.get("creator", "Microsoft Word"))
    main, side = build(res)
    mL, mR, mT, mB = o.get("margins", (54, 54, 50, 56))
    side_w = o.get("side_w", 170) if lay == "sidebar" else 0
    datecol = o.get("datecol", 92) if lay == "datecol" else 0
    x0 = mL + side_w + (18 if side_w else 0)
    x1 = W - mR
    cx = x0 + datecol
    st = {"y": H - mT, "page": 1}

    def footer():
        if o.get("footer"):
            c.setFont(ital, fs - 2)
            c.setFillGray(0.35)
            txt = o["footer"].format(page=st["page"], name=res["name"])
            c.drawCentredString(W / 2, 30, txt) if o.get("footer_center", True) else c.drawString(mL, 30, txt)
            c.setFillGray(0)

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = H - mT

    def need(h):
        if st["y"] - h < mB:
            newpage()

    def text(x, s, font=base, size=fs):
        c.setFont(font, size)
        c.drawString(x, st["y"], s)

    def wrap(s, font, size, width):
        return simpleSplit(s, font, size, width)

    # ---- header
    if lay == "sidebar":
        c.setFillColor(HexColor(o.get("side_fill", "#e9eef4")))
        c.rect(0, 0, mL + side_w, H, stroke=0, fill=1)
        c.setFillGray(0)
        sy = H - mT
        c.setFont(bold, fs + 7)
        for ln in wrap(res["name"], bold, fs + 7, side_w - 6):
            c.drawString(mL - 24, sy, ln)
            sy -= fs + 10
        sy -= 6
        sf = fs - 1
        for ln in res["contact"]:
            for w in wrap(ln, base, sf, side_w - 4):
                c.setFont(base, sf)
                c.drawString(mL - 24, sy, w)
                sy -= sf * 1.35
        for head, lines in side:
            sy -= 10
            c.setFont(bold, fs)
            c.setFillColor(accent)
            c.drawString(mL - 24, sy, head.upper())
            c.setFillGray(0)
            sy -= fs * 1.5
            for ln in lines:
                for w in wrap(ln, base, sf, side_w - 4):
                    c.setFont(base, sf)
                    c.drawString(mL - 24, sy, w)
                    sy -= sf * 1.35
        if res.get("headline"):
            c.setFont(bold, fs + 2)
            c.setFillColor(accent)
            c.drawString(x0, st["y"], res["headline"])
            c.setFillGray(0)
            st["y"] -= lead * 1.6
    else:
        nf = o.get("namesize", fs + 9)
        if o.get("center", False):
            c.setFont(bold, nf)
            c.drawCentredString(W / 2, st["y"], res["name"])
            st["y"] -= nf * 1.1
            c.setFont(base, fs - 0.5)
            for ln in res["contact"]:
                c.drawCentredString(W / 2, st["y"], ln)
                st["y"] -= lead
        elif o.get("twohead"):
            c.setFont(bold, nf)
            c.drawString(x0, st["y"], res["name"])
            yy = st["y"] + 6
            c.setFont(base, fs - 1)
            for ln in res["contact"]:
                c.drawRightString(x1, yy, ln)
                yy -= fs * 1.2
            st["y"] = min(st["y"] - nf * 0.9, yy)
            if res.get("headline"):
                c.setFont(ital, fs)
                c.drawString(x0, st["y"], res["headline"])
                st["y"] -= lead
        else:
            c.setFont(bold, nf)
            c.drawString(x0, st["y"], res["name"])
            st["y"] -= nf * 1.0
            c.setFont(base, fs - 0.5)
            for ln in res["contact"]:
                c.drawString(x0, st["y"], ln)
                st["y"] -= lead
        if res.get("headline") and not o.get("twohead"):
            c.setFont(ital, fs)
            c.drawString(x0 if not o.get("center") else W / 2 - c.stringWidth(res["headline"], ital, fs) / 2,
                         st["y"], res["headline"])
            st["y"] -= lead
        st["y"] -= 4
        if o.get("toprule", True):
            c.setStrokeColor(accent)
            c.setLineWidth(1.2)
            c.line(x0, st["y"] + 6, x1, st["y"] + 6)
            c.setStrokeGray(0)
        st["y"] -= lead * 0.6

    def draw_right(s, font):
        if lay == "datecol":
            ww = wrap(s, font, fs - 1, datecol - 6)
            yy = st["y"]
            for w in ww:
                c.setFont(base, fs - 1)
                c.drawString(x0, yy, w)
                yy -= fs * 1.15
        else:
            c.setFont(font, fs)
            c.drawRightString(x1, st["y"], s)

    def para(s, font, x, width, size=fs):
        for w in wrap(s, font, size, width):
            need(lead)
            c.setFont(font, size)
            c.drawString(x, st["y"], w)
            st["y"] -= lead

    def table(header, rows, widths):
        tw = x1 - cx
        n = len(rows[0])
        widths = widths or ([0.28, 0.2, 0.52] if n == 3 else [1.0 / n] * n)
        ws = [tw * f for f in widths]
        pad = 3
        allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
        for r, is_h in allrows:
            font = bold if is_h else base
            cells = []
            for txt, w in zip(r, ws):
                lines = []
                for part in str(txt).split("\n"):
                    lines += wrap(part, font, fs - 0.5, w - 2 * pad) or [""]
                cells.append(lines)
            hgt = max(len(x) for x in cells) * (fs * 1.22) + 2 * pad
            need(hgt + 4)
            top = st["y"] + fs
            if is_h:
                c.setFillColor(HexColor(o.get("th_fill", "#dde4ec")))
                c.rect(cx, top - hgt, tw, hgt, stroke=0, fill=1)
                c.setFillGray(0)
            c.setLineWidth(0.5)
            c.setStrokeGray(0.55)
            c.rect(cx, top - hgt, tw, hgt, stroke=1, fill=0)
            xx = cx
            for lines, w in zip(cells, ws):
                c.line(xx, top, xx, top - hgt)
                yy = top - pad - fs * 0.9
                for ln in lines:
                    c.setFont(font, fs - 0.5)
                    c.drawString(xx + pad, yy, ln)
                    yy -= fs * 1.22
                xx += w
            c.setStrokeGray(0)
            st["y"] = top - hgt - fs - 2
        st["y"] -= 2

    def blocks(bl):
        for b in bl:
            k = b[0]
            if k == "h":
                need(lead * 3)
                st["y"] -= lead * 0.35
                hs = o.get("hsize", fs + 1.5)
                c.setFillColor(accent)
                t = b[1].upper() if o.get("hcaps", True) else b[1]
                c.setFont(bold, hs)
                c.drawString(x0, st["y"], t)
                c.setFillGray(0)
                if o.get("hrule", True):
                    c.setLineWidth(0.6)
                    c.setStrokeColor(accent)
                    c.line(x0, st["y"] - 4, x1, st["y"] - 4)
                    c.setStrokeGray(0)
                st["y"] -= lead * 1.35
            elif k in ("org", "role"):
                need(lead * 2.5)
                font = bold if (k == "org" or o.get("rolebold", True)) else ital
                if k == "role" and o.get("roleital"):
                    font = ital
                right = b[2]
                avail = (x1 - cx) - (c.stringWidth(right, font, fs) + 14 if right and lay != "datecol" else 0)
                lines = wrap(b[1], font, fs, avail)
                for i, ln in enumerate(lines):
                    c.setFont(font, fs + (0.5 if k == "org" else 0))
                    c.drawString(cx, st["y"], ln)
                    if i == 0 and right:
                        draw_right(right, base if k == "role" else font)
                    st["y"] -= lead
            elif k == "sub":
                para(b[1], ital, cx, x1 - cx)
            elif k == "line":
                para(b[1], base, cx if lay == "datecol" else x0, x1 - (cx if lay == "datecol" else x0))
            elif k == "para":
                para(b[1], base, cx, x1 - cx)
                st["y"] -= 2
            elif k == "bul":
                ind = o.get("bind", 12)
                lines = wrap(b[1], base, fs, x1 - cx - ind)
                for i, ln in enumerate(lines):
                    need(lead)
                    if i == 0:
                        c.setFont(base, fs)
                        c.drawString(cx + 2, st["y"], glyph)
                    c.setFont(base, fs)
                    c.drawString(cx + ind, st["y"], ln)
                    st["y"] -= lead
            elif k == "table":
                table(b[1], b[2], b[3])
            elif k == "box":
                right = b[2]
                need(lead * 2)
                blocks([("role", b[1][0][1], right)] + b[1][1:])
            elif k == "gap":
                st["y"] -= lead * 0.45
            else:
                raise ValueError(k)

    blocks(main)
    footer()
    c.showPage()
    c.save()


# ------------------------------------------------------------------ fpdf2
def render_fpdf(res, path):
    from fpdf import FPDF

    o = res.get("fo", {})
    fam = o.get("family", "sans")
    fname = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "cond": "DejaVuSansCondensed"}[fam]
    lay = o.get("layout", "left")
    fs = o.get("size", 9.5)
    lh = fs * 0.5
    glyph = o.get("glyph", "•")
    acc = o.get("accent", (40, 70, 110))

    class P(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-13)
                self.set_font("F", "I", fs - 2)
                self.set_text_color(110)
                self.cell(0, 5, o["footer"].format(page=self.page_no(), name=res["name"]),
                          align=o.get("footer_align", "C"))
                self.set_text_color(0)

    pdf = P(format="letter" if res.get("paper") == "letter" else "A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(res["name"] + " CV")
    pdf.set_author(res["name"])
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.add_font("F", "", DEJAVU + fname + ".ttf")
    pdf.add_font("F", "B", DEJAVU + fname + "-Bold.ttf")
    it = {"sans": "DejaVuSans-Oblique", "serif": "DejaVuSerif-Italic", "cond": "DejaVuSansCondensed-Oblique"}[fam]
    pdf.add_font("F", "I", DEJAVU + it + ".ttf")
    mL = o.get("mleft", 18)
    pdf.set_margins(mL, 15, o.get("mright", 18))
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    main, side = build(res)
    side_w = o.get("side_w", 55) if lay == "sidebar" else 0
    datecol = o.get("datecol", 30) if lay == "datecol" else 0
    W = pdf.w

    if lay == "sidebar":
        pdf.set_fill_color(*o.get("side_fill", (236, 240, 236)))
        pdf.rect(0, 0, side_w + 8, pdf.h, style="F")
        pdf.set_xy(6, 16)
        pdf.set_font("F", "B", fs + 6)
        pdf.multi_cell(side_w - 2, (fs + 6) * 0.5, res["name"], new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_x(6)
        pdf.ln(2)
        pdf.set_font("F", "", fs - 1)
        for ln in res["contact"]:
            pdf.set_x(6)
            pdf.multi_cell(side_w - 2, lh, ln, new_x="LMARGIN", new_y="NEXT", align="L")
        for head, lines in side:
            pdf.ln(3)
            pdf.set_x(6)
            pdf.set_font("F", "B", fs)
            pdf.set_text_color(*acc)
            pdf.cell(side_w - 2, lh + 1, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            pdf.set_font("F", "", fs - 1)
            for ln in lines:
                pdf.set_x(6)
                pdf.multi_cell(side_w - 2, lh, ln, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_left_margin(side_w + 14)
        pdf.set_xy(side_w + 14, 16)
        if res.get("headline"):
            pdf.set_font("F", "B", fs + 2)
            pdf.set_text_color(*acc)
            pdf.multi_cell(0, lh + 1.5, res["headline"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            pdf.ln(2)
    else:
        align = "C" if lay == "centered" else "L"
        pdf.set_font("F", "B", o.get("namesize", fs + 8))
        pdf.cell(0, 9, res["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("F", "", fs - 0.5)
        for ln in res["contact"]:
            pdf.cell(0, lh + 0.6, ln, align=align, new_x="LMARGIN", new_y="NEXT")
        if res.get("headline"):
            pdf.set_font("F", "I", fs)
            pdf.cell(0, lh + 1, res["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        if o.get("toprule", True):
            pdf.set_draw_color(*acc)
            pdf.set_line_width(0.5)
            pdf.line(pdf.l_margin, pdf.get_y(), W - pdf.r_margin, pdf.get_y())
            pdf.ln(2.5)

    lm = pdf.l_margin
    cx = lm + datecol

    def right_text(s, font_style):
        if lay == "datecol":
            y = pdf.get_y()
            pdf.set_xy(lm, y)
            pdf.set_font("F", "", fs - 1)
            pdf.multi_cell(datecol - 2, lh, s, align="L")
            pdf.set_xy(cx, y)
        else:
            pdf.set_font("F", font_style, fs)
            pdf.cell(0, lh + 0.8, s, align="R")
            pdf.set_x(cx)

    def blocks(bl):
        for b in bl:
            k = b[0]
            if k == "h":
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                pdf.ln(1.5)
                pdf.set_x(lm)
                pdf.set_font("F", "B", fs + 1.5)
                pdf.set_text_color(*acc)
                t = b[1].upper() if o.get("hcaps", False) else b[1]
                pdf.cell(0, lh + 2, t, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
                if o.get("hrule", True):
                    pdf.set_draw_color(160)
                    pdf.set_line_width(0.2)
                    pdf.line(lm, pdf.get_y(), W - pdf.r_margin, pdf.get_y())
                pdf.ln(1.5)
            elif k in ("org", "role"):
                if pdf.get_y() > pdf.h - 30:
                    pdf.add_page()
                style = "B" if (k == "org" or not o.get("roleital")) else "I"
                y = pdf.get_y()
                if b[2]:
                    pdf.set_xy(cx, y)
                    right_text(b[2], "" if k == "role" else "B")
                    pdf.set_xy(cx, y)
                pdf.set_font("F", style, fs + (0.5 if k == "org" else 0))
                rw = 0 if lay == "datecol" or not b[2] else pdf.get_string_width(b[2]) + 6
                pdf.set_x(cx)
                pdf.multi_cell(W - pdf.r_margin - cx - rw, lh + 0.8, b[1], new_x="LMARGIN", new_y="NEXT",
                               align="L")
                if lay == "datecol" and b[2]:
                    pdf.set_y(max(pdf.get_y(), y + 2 * lh))
            elif k in ("sub", "line", "para"):
                pdf.set_font("F", "I" if k == "sub" else "", fs)
                x = lm if (k == "line" and lay != "datecol") else cx
                pdf.set_x(x)
                pdf.multi_cell(W - pdf.r_margin - x, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT",
                               align=o.get("align", "L"))
                if k == "para":
                    pdf.ln(1)
            elif k == "bul":
                pdf.set_font("F", "", fs)
                pdf.set_x(cx + 1.5)
                pdf.cell(4, lh + 0.5, glyph)
                pdf.multi_cell(W - pdf.r_margin - cx - 5.5, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT",
                               align=o.get("align", "L"))
            elif k == "table":
                header, rows, widths = b[1], b[2], b[3]
                n = len(rows[0])
                widths = widths or ([0.28, 0.2, 0.52] if n == 3 else [1.0 / n] * n)
                tw = W - pdf.r_margin - cx
                pdf.set_font("F", "", fs - 0.5)
                pdf.set_x(cx)
                with pdf.table(width=tw, col_widths=[w * 100 for w in widths], align="LEFT",
                               text_align="LEFT", line_height=lh + 0.4, first_row_as_headings=bool(header),
                               headings_style=None if not header else __import__("fpdf").FontFace(
                                   emphasis="BOLD", fill_color=(225, 230, 236))) as t:
                    for r in ([header] if header else []) + rows:
                        row = t.row()
                        for cell in r:
                            row.cell(cell)
                pdf.ln(2)
            elif k == "box":
                blocks([("role", b[1][0][1], b[2])] + b[1][1:])
            elif k == "gap":
                pdf.ln(1.8)
            else:
                raise ValueError(k)

    pdf.set_x(cx)
    blocks(main)
    pdf.output(path)


# ------------------------------------------------------------------ docx
def _docx_fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_docx(res, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    o = res.get("do", {})
    var = o.get("variant", "styles")
    doc = Document()
    cp = doc.core_properties
    cp.author = res["name"]
    cp.last_modified_by = res["name"]
    cp.title = o.get("doctitle", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    sec = doc.sections[0]
    if res.get("paper") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    m = Cm(o.get("margin", 2.0))
    sec.left_margin = sec.right_margin = m
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    textw = sec.page_width - 2 * m
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    for hn, hs in (("Heading 1", 13), ("Heading 2", 11.5), ("Heading 3", 10.5)):
        doc.styles[hn].font.name = o.get("hfont", o.get("font", "Calibri"))
        doc.styles[hn].font.size = Pt(hs)
    main, side = build(res)
    glyph = o.get("glyph", "•")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def bottom_rule(p):
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bt = OxmlElement("w:bottom")
        bt.set(qn("w:val"), "single")
        bt.set(qn("w:sz"), "6")
        bt.set(qn("w:space"), "1")
        bt.set(qn("w:color"), o.get("rule", "4F6D8F"))
        bdr.append(bt)
        pPr.append(bdr)

    def para(cont, text="", style=None, bold=False, ital=False, size=None, after=2):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold or None
            r.italic = ital or None
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(after)
        return p

    def with_tab(cont, left, right, width, style=None, bold=True):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = bold or None
        if right:
            p.add_run("\t")
            r2 = p.add_run(right)
            r2.bold = None
            r2.italic = o.get("dateital", False) or None
        p.paragraph_format.space_after = Pt(1)
        return p

    def put(cont, bl, width):
        for b in bl:
            k = b[0]
            if k == "h":
                if var in ("styles", "header"):
                    cont.add_paragraph(b[1], style="Heading 1")
                else:
                    p = para(cont, b[1].upper() if o.get("hcaps", True) else b[1], bold=True,
                             size=o.get("size", 10.5) + 1.5, after=4)
                    p.paragraph_format.space_before = Pt(8)
                    bottom_rule(p)
            elif k == "org":
                if var == "styles" and o.get("orgstyle", True):
                    p = with_tab(cont, b[1], b[2], width, style="Heading 2")
                else:
                    p = with_tab(cont, b[1], b[2], width, bold=True)
                    if o.get("orgcaps"):
                        p.runs[0].text = b[1].upper()
                p.paragraph_format.space_before = Pt(6)
            elif k == "role":
                if var == "styles" and o.get("rolestyle", True):
                    with_tab(cont, b[1], b[2], width, style="Heading 3")
                else:
                    p = with_tab(cont, b[1], b[2], width, bold=not o.get("roleital"))
                    if o.get("roleital"):
                        p.runs[0].italic = True
            elif k == "sub":
                para(cont, b[1], ital=True, after=1)
            elif k == "line":
                para(cont, b[1], after=1)
            elif k == "para":
                para(cont, b[1], after=4)
            elif k == "bul":
                if o.get("listbullet", True):
                    p = cont.add_paragraph(b[1], style="List Bullet")
                    p.paragraph_format.space_after = Pt(0)
                else:
                    p = para(cont, f"{glyph}\t{b[1]}", after=0)
                    p.paragraph_format.left_indent = Cm(0.6)
                    p.paragraph_format.first_line_indent = Cm(-0.45)
            elif k == "table":
                header, rows, widths = b[1], b[2], b[3]
                n = len(rows[0])
                t = cont.add_table(rows=0, cols=n)
                if o.get("grid", True):
                    t.style = doc.styles["Table Grid"]
                else:
                    no_borders(t)
                for ri, r in enumerate(([header] if header else []) + rows):
                    cells = t.add_row().cells
                    for ci, txt in enumerate(r):
                        cells[ci].text = ""
                        lines = str(txt).split("\n")
                        cp_ = cells[ci].paragraphs[0]
                        for li, ln in enumerate(lines):
                            pp = cp_ if li == 0 else cells[ci].add_paragraph()
                            run = pp.add_run(ln)
                            run.font.size = Pt(o.get("size", 10.5) - 1)
                            if header and ri == 0:
                                run.bold = True
                        if header and ri == 0:
                            shade(cells[ci], "DCE3EA")
                para(cont, "", after=2)
            elif k == "box":
                t = cont.add_table(rows=1, cols=2)
                no_borders(t)
                lc, rc = t.rows[0].cells
                lc.width = int(width * 0.74)
                rc.width = int(width * 0.26)
                lc.paragraphs[0].text = ""
                first = True
                for bb in b[1]:
                    if bb[0] == "role" and first:
                        r = lc.paragraphs[0].add_run(bb[1])
                        r.bold = True
                        first = False
                    elif bb[0] == "sub":
                        p = lc.add_paragraph()
                        p.add_run(bb[1]).italic = True
                    elif bb[0] == "bul":
                        p = lc.add_paragraph(f"{glyph} {bb[1]}")
                        p.paragraph_format.left_indent = Cm(0.3)
                    else:
                        lc.add_paragraph(bb[1])
                rc.paragraphs[0].text = b[2]
                rc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "gap":
                para(cont, "", after=0)
            else:
                raise ValueError(k)

    def head_into(cont, center=False):
        p = para(cont, res["name"], bold=True, size=o.get("namesize", 18), after=2)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sep = o.get("contactsep")
        lines = [sep.join(res["contact"])] if sep else res["contact"]
        for ln in lines:
            q = para(cont, ln, after=0, size=o.get("size", 10.5) - 0.5)
            if center:
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if res.get("headline"):
            q = para(cont, res["headline"], ital=True, after=4)
            if center:
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if var == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        lc, rc = t.rows[0].cells
        sw = int(textw * o.get("side_frac", 0.3))
        lc.width, rc.width = sw, textw - sw
        shade(lc, o.get("side_fill", "E8EEF3"))
        lc.paragraphs[0].text = ""
        r = lc.paragraphs[0].add_run(res["name"])
        r.bold = True
        r.font.size = Pt(16)
        for ln in res["contact"]:
            para(lc, ln, size=o.get("size", 10.5) - 1, after=0)
        for head, lines in side:
            p = para(lc, head.upper(), bold=True, after=2)
            p.paragraph_format.space_before = Pt(10)
            for ln in lines:
                para(lc, ln, size=o.get("size", 10.5) - 1, after=0)
        rc.paragraphs[0].text = res.get("headline", "")
        put(rc, main, textw - sw - Cm(0.4))
    elif var == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(res["name"])
        r.bold = True
        r.font.size = Pt(15)
        hp2 = hdr.add_paragraph(" | ".join(res["contact"]))
        hp2.runs[0].font.size = Pt(9)
        if o.get("footer"):
            sec.footer.paragraphs[0].text = o["footer"].format(page=1, name=res["name"])
            sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if res.get("headline"):
            para(doc, res["headline"], ital=True, after=6)
        put(doc, main, textw)
    else:
        head_into(doc, center=o.get("center", False))
        if o.get("footer"):
            sec.footer.paragraphs[0].text = o["footer"].format(page=1, name=res["name"])
        put(doc, main, textw)
    bio = io.BytesIO()
    doc.save(bio)
    _docx_fix_zip(bio.getvalue(), path)


# ------------------------------------------------------------------ plain text
def render_txt(res, path):
    o = res.get("to", {})
    main, side = build(res)
    out = []
    width = o.get("wrap")
    glyph = o.get("glyph", "-")

    def w(s, indent=""):
        if width:
            out.extend(textwrap.wrap(s, width, initial_indent=indent, subsequent_indent=indent) or [indent])
        else:
            out.append(indent + s)

    out.append(res["name"].upper() if o.get("namecaps") else res["name"])
    for ln in res["contact"]:
        out.append(ln)
    if res.get("headline"):
        out.append(res["headline"])
    out.append("")
    for b in main:
        k = b[0]
        if k == "h":
            style = o.get("hstyle", "caps")
            if style == "caps":
                out += [b[1].upper()]
            elif style == "under":
                out += [b[1], o.get("uchar", "-") * len(b[1])]
            elif style == "rule":
                out += ["=" * 60, b[1].upper(), "=" * 60]
            elif style == "colon":
                out += [b[1] + ":"]
        elif k in ("org", "role"):
            s = b[1].upper() if (k == "org" and o.get("orgcaps")) else b[1]
            if b[2]:
                rs = o.get("rightstyle", "pad")
                if rs == "pad":
                    s = s.ljust(o.get("padto", 52)) + "  " + b[2]
                elif rs == "tab":
                    s = s + "\t" + b[2]
                elif rs == "paren":
                    s = f"{s} ({b[2]})"
                else:
                    s = f"{s}{rs}{b[2]}"
            out.append(s)
        elif k == "sub":
            out.append(o.get("subind", "") + b[1])
        elif k == "line":
            w(b[1])
        elif k == "para":
            w(b[1])
            out.append("")
        elif k == "bul":
            w(f"{glyph} {b[1]}", o.get("bind", "  ")) if not width else out.extend(
                textwrap.wrap(f"{glyph} {b[1]}", width, initial_indent=o.get("bind", "  "),
                              subsequent_indent=o.get("bind", "  ") + "  "))
        elif k == "table":
            for r in ([b[1]] if b[1] else []) + b[2]:
                first = [c.split("\n") for c in r]
                out.append(" | ".join(x[0] for x in first))
                for x in first:
                    for extra in x[1:]:
                        out.append("    " + extra)
        elif k == "box":
            out.append(f"{b[1][0][1]}  {b[2]}")
            for bb in b[1][1:]:
                out.append(("  " + glyph + " " if bb[0] == "bul" else "") + bb[1])
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    for head, lines in side:
        out += ["", head.upper()] + lines
    txt = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)


# ------------------------------------------------------------------ markdown
def render_md(res, path):
    o = res.get("mo", {})
    main, side = build(res)
    out = [f"# {res['name']}", ""]
    cs = o.get("contactsep")
    if cs:
        out.append(cs.join(res["contact"]))
    else:
        out += [ln + "  " for ln in res["contact"]]
    if res.get("headline"):
        out += ["", f"_{res['headline']}_"]
    out.append("")
    bg = o.get("glyph", "-")
    for b in main:
        k = b[0]
        if k == "h":
            out += [f"{o.get('h', '##')} {b[1]}", ""]
        elif k == "org":
            s = o.get("org", "### {t}").format(t=b[1])
            if b[2]:
                s += o.get("orgright", " — {r}").format(r=b[2])
            out += [s, ""] if s.startswith("#") else [s + "  "]
        elif k == "role":
            s = o.get("role", "**{t}**").format(t=b[1])
            if out and out[-1].strip() and out[-1].lstrip()[:1] in "-*+" and s[:1] not in "-*+":
                out.append("")
            if b[2]:
                s += o.get("roleright", " · _{r}_").format(r=b[2])
            out += [s + "  "] if not s.startswith("#") else [s, ""]
        elif k == "sub":
            out.append(f"_{b[1]}_  ")
        elif k == "line":
            out.append(b[1] + "  ")
        elif k == "para":
            out += [b[1], ""]
        elif k == "bul":
            if out and out[-1].strip() and out[-1].lstrip()[:1] not in "-*+|":
                out.append("")
            out.append(f"{bg} {b[1]}")
        elif k == "table":
            header, rows = b[1], b[2]
            hdr = header or [""] * len(rows[0])
            out += ["", "| " + " | ".join(hdr) + " |", "|" + "|".join(["---"] * len(hdr)) + "|"]
            for r in rows:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
            out.append("")
        elif k == "box":
            out.append(f"**{b[1][0][1]}** — {b[2]}  ")
            for bb in b[1][1:]:
                out.append((f"{bg} " if bb[0] == "bul" else "") + bb[1])
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt.rstrip() + "\n")


# ------------------------------------------------------------------ html
def render_html(res, path):
    o = res.get("ho", {})
    main, side = build(res)
    e = _html.escape
    css = o.get("css", "body{font-family:Arial,Helvetica,sans-serif;max-width:800px;margin:24px auto;"
                        "font-size:14px;color:#222}h2{border-bottom:1px solid #888;font-size:15px;"
                        "text-transform:uppercase;margin-top:18px}.r{float:right;font-weight:normal}"
                        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px;"
                        "vertical-align:top;text-align:left}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(res['name'])} – {e(o.get('title', 'Résumé'))}</title>",
           f"<style>{css}</style>", "</head>", "<body>"]
    if side:
        out.append('<div class="wrap"><aside class="side">')
    out.append(f"<h1>{e(res['name'])}</h1>")
    if side:
        out += [f"<p>{e(c)}</p>" for c in res["contact"]]
        for head, lines in side:
            out.append(f"<h4>{e(head)}</h4>")
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
        out.append('</aside><main class="main">')
    else:
        out.append('<p class="contact">' + " &middot; ".join(e(c) for c in res["contact"]) + "</p>")
    if res.get("headline"):
        out.append(f'<p class="headline"><em>{e(res["headline"])}</em></p>')
    inlist = False
    ot = o.get("org_tag", "h3")
    rt = o.get("role_tag", "p")
    for b in main:
        k = b[0]
        if k != "bul" and inlist:
            out.append("</ul>")
            inlist = False
        if k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "org":
            r = f' <span class="r">{e(b[2])}</span>' if b[2] else ""
            out.append(f"<{ot} class=\"org\">{e(b[1])}{r}</{ot}>")
        elif k == "role":
            r = f' <span class="r">{e(b[2])}</span>' if b[2] else ""
            if rt == "p":
                out.append(f'<p class="role"><strong>{e(b[1])}</strong>{r}</p>')
            else:
                out.append(f"<{rt}>{e(b[1])}{r}</{rt}>")
        elif k == "sub":
            out.append(f'<p class="sub"><em>{e(b[1])}</em></p>')
        elif k in ("line", "para"):
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "bul":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{e(b[1])}</li>")
        elif k == "table":
            out.append('<table class="roles">')
            if b[1]:
                out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>")
            for r in b[2]:
                out.append("<tr>" + "".join("<td>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>"
                                            for c in r) + "</tr>")
            out.append("</table>")
        elif k == "box":
            out.append('<div class="job">')
            out.append(f'<p class="role"><strong>{e(b[1][0][1])}</strong> <span class="r">{e(b[2])}</span></p>')
            bl = [bb for bb in b[1][1:] if bb[0] == "bul"]
            for bb in b[1][1:]:
                if bb[0] == "sub":
                    out.append(f"<p><em>{e(bb[1])}</em></p>")
            if bl:
                out.append("<ul>" + "".join(f"<li>{e(bb[1])}</li>" for bb in bl) + "</ul>")
            out.append("</div>")
        elif k == "gap":
            pass
    if inlist:
        out.append("</ul>")
    if side:
        out.append("</main></div>")
    if o.get("foot"):
        out.append(f'<footer><p>{e(o["foot"])}</p></footer>')
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"pdf_rl": render_rl, "pdf_fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(res, path):
    RENDERERS[res["render"]](res, path)
