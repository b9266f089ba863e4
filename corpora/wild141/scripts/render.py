"""Renderers for wild141: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé dict R carries:
  file, family, renderer, layout, name, contact (list of lines), blocks, side (optional sidebar blocks),
  opts: order (entry header order), ds (date style), present, sep, glyph (bullet), and layout extras.
Blocks: ('exp', heading, [E, ...], {opts}) | ('para', heading, text) | ('list', heading, [items])
        | ('lines', heading, [lines])
"""
import datetime
import io
import os
import re
import zipfile

from lib import fmt_range

FIXED_DT = datetime.datetime(2026, 10, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 10, 20, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ====================================================================== entry IR
def opt(R, blk_opts, key, default=None):
    if blk_opts and key in blk_opts:
        return blk_opts[key]
    return R.get("opts", {}).get(key, default)


def _ol(e, join=", "):
    return join.join(x for x in (e.org, e.loc) if x)


def entry_ir(e, R, bo=None):
    """Lines for one entry: ('H', left, right) bold line with optional right-aligned dates,
    ('S', text) secondary line, ('D', text) date line, ('B', text) bullet, ('P', text) prose, ('O', text)."""
    order = opt(R, bo, "order", "title_org")
    d = fmt_range(e, opt(R, bo, "ds", "mon"), opt(R, bo, "present", "Present"), opt(R, bo, "sep", " – "))
    dash = opt(R, bo, "dash", " – ")
    olj = opt(R, bo, "oljoin", ", ")
    ol = _ol(e, olj)
    L = []
    if order == "title_org":
        L = [("H", e.title, d)] + ([("S", ol)] if ol else [])
    elif order == "org_title":
        L = [("H", ol, d), ("S", e.title)] if ol else [("H", e.title, d)]
    elif order == "dateline":
        L = [("H", e.title, None)] + ([("S", ol)] if ol else []) + ([("D", d)] if d else [])
    elif order == "indeed":
        L = [("H", e.title, None)] + ([("S", _ol(e, " - "))] if ol else []) + ([("D", d)] if d else [])
    elif order == "pipe":
        L = [("H", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif order == "dash":
        L = [("H", e.title + (dash + ol if ol else ""), d)]
    elif order == "dash_paren":
        L = [("H", e.title + (dash + ol if ol else "") + (f" ({d})" if d else ""), None)]
    elif order == "inline":
        L = [("H", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), None)]
    elif order == "oneline":
        L = [("O", e.title + (dash + ol if ol else "") + (f" ({d})" if d else ""))]
    elif order == "gdocs":
        L = [("H", (ol + " — " if ol else "") + e.title, None), ("D", d.upper())]
    elif order == "title_sdate":
        L = [("H", e.title, None), ("S", " | ".join(x for x in (ol, d) if x))]
    elif order == "zip":
        L = [("H", e.title + (" | " + d if d else ""), None)] + ([("S", _ol(e, " - "))] if ol else [])
    elif order == "org_caps_title":
        L = [("H", (e.org or "") + (f", {e.loc}" if e.loc else ""), d), ("S", e.title)]
    else:
        raise ValueError(order)
    if e.prose and e.bullets:
        L.append(("P", " ".join(e.bullets)))
    else:
        L += [("B", b) for b in e.bullets]
    return L


def block_ir(entries, R, bo=None):
    """List of per-entry line lists; 'orgfirst' groups consecutive entries of one employer."""
    order = opt(R, bo, "order", "title_org")
    if order != "orgfirst":
        return [entry_ir(e, R, bo) for e in entries]
    out, i = [], 0
    ds, pres, sep = opt(R, bo, "ds", "mon"), opt(R, bo, "present", "Present"), opt(R, bo, "sep", " – ")
    while i < len(entries):
        j = i
        while j + 1 < len(entries) and entries[j + 1].org == entries[i].org and entries[i].org:
            j += 1
        grp = entries[i:j + 1]
        L = [("G", _ol(grp[0]), None)]
        for e in grp:
            L.append(("H", e.title, fmt_range(e, ds, pres, sep)))
            if e.prose and e.bullets:
                L.append(("P", " ".join(e.bullets)))
            else:
                L += [("B", b) for b in e.bullets]
        out.append(L)
        i = j + 1
    return out


# ====================================================================== reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.colors import HexColor, white, black

    o = R.get("opts", {})
    fam = o.get("font", "Helvetica")
    FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
             "Times": ("Times-Roman", "Times-Bold", "Times-Italic")}[fam]
    base = o.get("size", 10)
    accent = HexColor(o.get("accent", "#000000"))
    glyph = o.get("glyph", "•")
    layout = R["layout"]
    W, H = letter

    def build(total):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=letter, invariant=1)
        c.setTitle(o.get("doctitle", R["name"] + " Resume"))
        c.setAuthor(o.get("author", R["name"]))
        c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
        st = {"page": 1}
        M = o.get("margin", 54)
        cols = {"x0": M, "x1": W - M}
        if layout == "sidebar":
            sw = o.get("sidew", 190)
            cols = {"x0": sw + 22, "x1": W - 40}
        y = [H - M]

        def footer():
            ft = o.get("footer")
            if ft:
                c.setFont(FONTS[0], 8)
                c.setFillColor(HexColor("#555555"))
                txt = ft.format(page=st["page"], total=total or "?", name=R["name"])
                c.drawCentredString(W / 2, 30, txt)
                c.setFillColor(black)

        def newpage():
            footer()
            c.showPage()
            st["page"] += 1
            y[0] = H - o.get("margin", 54)
            if layout == "sidebar":
                pass

        def need(h):
            if y[0] - h < o.get("bottom", 50):
                newpage()

        def wrap(text, font, size, width):
            words, lines, cur = text.split(" "), [], ""
            for w in words:
                t = (cur + " " + w) if cur else w
                if stringWidth(t, font, size) <= width or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = w
            if cur:
                lines.append(cur)
            return lines

        def write(text, font, size, x0=None, x1=None, lead=None, right=None, color=None, indent=0):
            x0 = cols["x0"] if x0 is None else x0
            x1 = cols["x1"] if x1 is None else x1
            lead = lead or size * 1.28
            rw = stringWidth(right, FONTS[0], size - 0.5) + 10 if right else 0
            if o.get("manual") and right:
                # Word with spaces typed to push the dates to the right
                sp = stringWidth(" ", font, size)
                pad = int((x1 - x0 - stringWidth(text, font, size) - stringWidth(right, font, size)) / sp)
                text, right, rw = text + " " * max(pad, 3) + right, None, 0
            lines = wrap(text, font, size, x1 - x0 - indent - rw)
            for k, ln in enumerate(lines):
                need(lead)
                c.setFont(font, size)
                c.setFillColor(color or black)
                c.drawString(x0 + (indent if k else 0) * (1 if k else 0), y[0] - size, ln)
                if right and k == 0:
                    c.setFont(FONTS[0], size - 0.5)
                    c.drawRightString(x1, y[0] - size, right)
                y[0] -= lead
            c.setFillColor(black)

        def bullet(text, x0=None, x1=None, size=None):
            size = size or base
            x0 = cols["x0"] if x0 is None else x0
            x1 = cols["x1"] if x1 is None else x1
            bi = o.get("bindent", 10)
            lines = wrap(text, FONTS[0], size, x1 - x0 - bi - 11)
            for k, ln in enumerate(lines):
                need(size * 1.3)
                c.setFont(FONTS[0], size)
                if k == 0 and glyph:
                    c.drawString(x0 + bi, y[0] - size, glyph)
                c.drawString(x0 + bi + (11 if glyph else 0), y[0] - size, ln)
                y[0] -= size * 1.3

        def heading(text, x0=None, x1=None, side=False):
            x0 = cols["x0"] if x0 is None else x0
            x1 = cols["x1"] if x1 is None else x1
            hs = o.get("hstyle", "rule")
            t = text.upper() if o.get("hcaps", True) else text
            y[0] -= o.get("hgap", 8)
            need(30)
            if hs == "band" and not side:
                c.setFillColor(HexColor(o.get("bandcolor", "#e6e6e6")))
                c.rect(x0 - 4, y[0] - base - 7, x1 - x0 + 8, base + 9, stroke=0, fill=1)
                c.setFillColor(black)
                write(t, FONTS[1], base + 1, x0=x0, x1=x1)
                y[0] -= 3
                return
            col = white if side and o.get("sidedark") else (accent if hs in ("color", "rule") else black)
            write(t, FONTS[1], base + (1.5 if not side else 0.5), x0=x0, x1=x1, color=col)
            if hs == "rule" and not side:
                c.setStrokeColor(accent)
                c.setLineWidth(0.8)
                c.line(x0, y[0] + 2, x1, y[0] + 2)
                c.setStrokeColor(black)
                y[0] -= 4
            elif hs == "underline":
                c.line(x0, y[0] + 2, x0 + stringWidth(t, FONTS[1], base + 1.5), y[0] + 2)
                y[0] -= 3
            else:
                y[0] -= 1

        def do_block(blk, x0=None, x1=None, side=False):
            kind, head = blk[0], blk[1]
            if head:
                heading(head, x0, x1, side)
            sz = base - (1 if side else 0)
            tc = white if side and o.get("sidedark") else None
            if kind == "para":
                write(blk[2], FONTS[0], sz, x0=x0, x1=x1, color=tc)
            elif kind == "lines":
                for ln in blk[2]:
                    bold = ln.startswith("**")
                    write(ln.strip("*"), FONTS[1] if bold else FONTS[0], sz, x0=x0, x1=x1, color=tc)
            elif kind == "list":
                if side:
                    for it in blk[2]:
                        write((glyph + " " if glyph else "") + it, FONTS[0], sz, x0=x0, x1=x1, color=tc)
                else:
                    for it in blk[2]:
                        bullet(it, x0, x1)
            elif kind == "exp":
                bo = blk[3] if len(blk) > 3 else None
                for L in block_ir(blk[2], R, bo):
                    need(base * 4)
                    for ln in L:
                        t = ln[0]
                        if t == "G":
                            write(ln[1], FONTS[1], base + 0.5, x0=x0, x1=x1, color=accent)
                        elif t == "H":
                            write(ln[1], FONTS[1], base, x0=x0, x1=x1, right=ln[2] or None)
                        elif t == "S":
                            write(ln[1], FONTS[2] if o.get("sitalic", True) else FONTS[0], base, x0=x0, x1=x1)
                        elif t == "D":
                            write(ln[1], FONTS[0], base - 1, x0=x0, x1=x1, color=HexColor("#444444"))
                        elif t == "B":
                            bullet(ln[1], x0, x1)
                        elif t == "P":
                            write(ln[1], FONTS[0], base, x0=x0, x1=x1)
                        elif t == "O":
                            write(ln[1], FONTS[0], base, x0=x0, x1=x1)
                    y[0] -= o.get("egap", 5)

        # ---------------- header
        hdr = o.get("hdr", "center")
        if layout == "band":
            bh = 78
            c.setFillColor(accent)
            c.rect(0, H - bh, W, bh, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(FONTS[1], 24)
            c.drawString(M, H - 42, R["name"])
            c.setFont(FONTS[0], 9)
            c.drawString(M, H - 60, "  |  ".join(R["contact"]))
            c.setFillColor(black)
            y[0] = H - bh - 16
        elif layout == "sidebar":
            sw = o.get("sidew", 190)
            c.setFillColor(HexColor(o.get("sidecolor", "#eef1f4")))
            c.rect(0, 0, sw, H, stroke=0, fill=1)
            c.setFillColor(black)
            sy = [H - 50]
            col = white if o.get("sidedark") else black
            c.setFillColor(col)
            for k, part in enumerate(R["name"].split(" ", 1)):
                c.setFont(FONTS[1], 19)
                c.drawString(22, sy[0] - 19, part)
                sy[0] -= 23
            c.setFillColor(black)
            y_save = y[0]
            y[0] = sy[0] - 6
            if o.get("sidecontact", True):
                heading("Contact", 22, sw - 14, side=True)
                for ln in R["contact"]:
                    write(ln, FONTS[0], base - 1.5, x0=22, x1=sw - 12, color=white if o.get("sidedark") else None)
            for blk in R.get("side", []):
                do_block(blk, 22, sw - 12, side=True)
            y[0] = H - 50
            if o.get("title_line"):
                write(o["title_line"], FONTS[1], base + 4, color=accent)
                y[0] -= 4
        elif hdr == "center":
            c.setFont(FONTS[1], o.get("namesize", 20))
            nm = R["name"].upper() if o.get("namecaps") else R["name"]
            c.drawCentredString(W / 2, y[0] - 18, nm)
            y[0] -= 26
            c.setFont(FONTS[0], base - 0.5)
            for ln in o.get("contact_lines") or [o.get("cjoin", " | ").join(R["contact"])]:
                c.drawCentredString(W / 2, y[0] - 10, ln)
                y[0] -= 13
            if o.get("hdrrule"):
                c.setLineWidth(1.2)
                c.line(M, y[0] - 2, W - M, y[0] - 2)
                y[0] -= 6
        elif hdr == "left":
            c.setFillColor(accent if o.get("namecolor") else black)
            c.setFont(FONTS[1] if not o.get("namelight") else FONTS[0], o.get("namesize", 22))
            c.drawString(M, y[0] - 20, R["name"])
            c.setFillColor(black)
            y[0] -= 30
            for ln in o.get("contact_lines") or R["contact"]:
                write(ln, FONTS[0], base - 0.5)
            y[0] -= 6
        elif hdr == "split":
            c.setFont(FONTS[1], o.get("namesize", 22))
            c.drawString(M, y[0] - 22, R["name"])
            if o.get("tagline"):
                c.setFont(FONTS[2], base)
                c.drawString(M, y[0] - 38, o["tagline"])
            c.setFont(FONTS[0], base - 1)
            yy = y[0] - 8
            for ln in R["contact"]:
                c.drawRightString(W - M, yy, ln)
                yy -= 11.5
            y[0] = min(yy, y[0] - 44) - 4
            c.setLineWidth(0.6)
            c.line(M, y[0], W - M, y[0])
            y[0] -= 6
        for blk in R["blocks"]:
            do_block(blk)
        footer()
        c.save()
        return buf.getvalue(), st["page"]

    data, n = build(None)
    if o.get("footer") and "{total}" in o["footer"]:
        data, _ = build(n)
    with open(path, "wb") as f:
        f.write(data)


# ====================================================================== fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    o = R.get("opts", {})
    layout = R["layout"]
    core = o.get("core")  # use a core font (latin-1 only)
    glyph = o.get("glyph", "•")
    base = o.get("size", 10)
    acc = o.get("accent", (0, 0, 0))

    def S(t):
        if not core:
            return t
        t = t.replace("–", "-").replace("—", "-").replace("•", "-").replace("’", "'").replace("é", "e")
        return t

    class P(FPDF):
        def footer(self):
            ft = o.get("footer")
            if ft:
                self.set_y(-34)
                self.set_font(FN, "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 10, S(ft.format(page=self.page_no(), total="{nb}", name=R["name"])), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(unit="pt", format="letter")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator(o.get("creator", "Microsoft Word"))
    pdf.set_producer(o.get("producer", "fpdf2"))
    pdf.set_title(o.get("doctitle", R["name"]))
    pdf.set_author(R["name"])
    if core:
        FN = core
    else:
        FN = o.get("ttf", "DejaVu")
        fam = {"DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
               "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
               "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                              "DejaVuSansCondensed-Oblique.ttf")}[FN]
        pdf.add_font(FN, "", DEJAVU + fam[0])
        pdf.add_font(FN, "B", DEJAVU + fam[1])
        pdf.add_font(FN, "I", DEJAVU + fam[2])
    M = o.get("margin", 50)
    pdf.set_margins(M, M, M)
    pdf.set_auto_page_break(True, margin=o.get("bottom", 50))
    pdf.add_page()
    W = pdf.w - 2 * M
    lh = base * 1.35
    dcol = o.get("dcol", 108)  # date column width for 'datesleft'

    def font(style="", size=None):
        pdf.set_font(FN, style, size or base)

    def line(text, style="", size=None, align="L", color=None, x=None, w=None, h=None):
        font(style, size)
        if color:
            pdf.set_text_color(*color)
        if x is not None:
            pdf.set_x(x)
        pdf.multi_cell(w or (pdf.w - pdf.r_margin - pdf.get_x()), h or (size or base) * 1.35, S(text),
                       align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def lr(left, right, style="B", x=None, w=None):
        """left text with right-aligned dates on the same line"""
        font(style)
        x = pdf.l_margin if x is None else x
        w = w or (pdf.w - pdf.r_margin - x)
        pdf.set_x(x)
        font("")
        rw = pdf.get_string_width(S(right)) + 6 if right else 0
        font(style)
        y0 = pdf.get_y()
        pdf.multi_cell(w - rw, lh, S(left), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y1 = pdf.get_y()
        if right:
            pdf.set_xy(x + w - rw, y0)
            font("")
            pdf.cell(rw, lh, S(right), align="R")
            pdf.set_y(y1)

    def bullet(text, x=None):
        x = pdf.l_margin if x is None else x
        font("")
        pdf.set_x(x + 8)
        pdf.cell(12, lh, S(glyph))
        pdf.multi_cell(pdf.w - pdf.r_margin - (x + 20), lh, S(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(t):
        hs = o.get("hstyle", "rule")
        pdf.ln(o.get("hgap", 7))
        txt = t.upper() if o.get("hcaps", True) else t
        if layout == "datesleft":
            font("B", base + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, lh + 2, S(txt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        elif hs == "fill":
            font("B", base + 1)
            pdf.set_fill_color(*o.get("fillc", (225, 230, 236)))
            pdf.cell(0, lh + 3, S(" " + txt), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif hs == "center":
            font("B", base + 1)
            pdf.cell(0, lh + 2, S(txt), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_draw_color(120, 120, 120)
            pdf.line(M + W * 0.3, pdf.get_y(), M + W * 0.7, pdf.get_y())
            pdf.ln(4)
        elif hs == "plain":
            font("B", base + 3)
            pdf.cell(0, lh + 4, S(txt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            font("B", base + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, lh + 2, S(txt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*acc)
            pdf.set_line_width(0.7)
            pdf.line(M, pdf.get_y(), M + W, pdf.get_y())
            pdf.ln(4)

    # ---------------- header
    hdr = o.get("hdr", "center")
    if hdr == "indeed":
        line(R["name"], "B", 22, h=28)
        for c_ in R["contact"]:
            line(c_, "", base, color=(60, 60, 60))
        pdf.ln(4)
    elif hdr == "center":
        line(R["name"].upper() if o.get("namecaps") else R["name"], "B", o.get("namesize", 18), "C", h=24)
        for c_ in o.get("contact_lines") or [o.get("cjoin", "  •  ").join(R["contact"])]:
            line(c_, "", base - 0.5, "C")
        if o.get("hdrrule", True):
            pdf.set_line_width(1)
            pdf.line(M, pdf.get_y() + 3, M + W, pdf.get_y() + 3)
            pdf.ln(6)
    else:  # left
        line(R["name"], "B", o.get("namesize", 20), color=acc, h=26)
        if o.get("tagline"):
            line(o["tagline"], "I", base + 1)
        for c_ in o.get("contact_lines") or R["contact"]:
            line(c_, "", base - 0.5)
        pdf.ln(2)

    for blk in R["blocks"]:
        kind, head = blk[0], blk[1]
        if head:
            heading(head)
        if kind == "para":
            line(blk[2], "", base, align=o.get("palign", "L"))
        elif kind == "lines":
            for ln in blk[2]:
                bold = ln.startswith("**")
                if layout == "datesleft" and "\t" in ln:
                    a, b = ln.strip("*").split("\t", 1)
                    y0 = pdf.get_y()
                    font("")
                    pdf.cell(dcol, lh, S(a))
                    pdf.set_xy(M + dcol, y0)
                    line(b, "B" if bold else "", x=M + dcol)
                else:
                    line(ln.strip("*").replace("\t", "   "), "B" if bold else "")
        elif kind == "list":
            if o.get("listinline"):
                line(o.get("listjoin", " • ").join(blk[2]))
            else:
                for it in blk[2]:
                    bullet(it)
        elif kind == "exp":
            bo = blk[3] if len(blk) > 3 else None
            for L in block_ir(blk[2], R, bo):
                if pdf.get_y() > pdf.h - 130:
                    pdf.add_page()
                if layout == "datesleft":
                    # dates in a left column, everything else to the right
                    y0 = pdf.get_y()
                    dtxt = next((ln[2] for ln in L if ln[0] == "H" and ln[2]), None)
                    dtxt = dtxt or next((ln[1] for ln in L if ln[0] == "D"), "")
                    font("", base - 0.5)
                    pdf.set_xy(M, y0)
                    pdf.multi_cell(dcol - 8, lh, S(dtxt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    yd = pdf.get_y()
                    pdf.set_y(y0)
                    for ln in L:
                        if ln[0] == "H":
                            line(ln[1], "B", x=M + dcol)
                        elif ln[0] == "S":
                            line(ln[1], "I", x=M + dcol)
                        elif ln[0] in ("P", "O"):
                            line(ln[1], "", x=M + dcol)
                        elif ln[0] == "B":
                            bullet(ln[1], x=M + dcol)
                    pdf.set_y(max(yd, pdf.get_y()))
                else:
                    for ln in L:
                        t = ln[0]
                        if t == "G":
                            line(ln[1], "B", base + 1, color=acc)
                        elif t == "H":
                            lr(ln[1], ln[2], "B")
                        elif t == "S":
                            line(ln[1], o.get("sstyle", "I"))
                        elif t == "D":
                            line(ln[1], "", base - 0.5, color=(80, 80, 80))
                        elif t == "B":
                            bullet(ln[1])
                        elif t in ("P", "O"):
                            line(ln[1], "")
                pdf.ln(o.get("egap", 5))
    pdf.output(path)


# ====================================================================== python-docx
def render_docx(R, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    o = R.get("opts", {})
    layout = R["layout"]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 11))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    mar = Inches(o.get("margin", 0.8))
    sec.left_margin = sec.right_margin = mar
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    tabpos = sec.page_width - 2 * mar
    glyph = o.get("glyph")  # typed bullet glyph; None = Word's List Bullet style
    present = o.get("present", "Present")

    cp = d.core_properties
    cp.author = o.get("author", R["name"])
    cp.last_modified_by = o.get("author", R["name"])
    cp.title = o.get("doctitle", "Resume")
    cp.created = datetime.datetime(2026, 10, 18, 14, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 20, 9, 30, 0)
    cp.revision = o.get("revision", 3)
    cp.comments = ""

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def para(container, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None,
             color=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def tabline(container, left, right, pos, bold=True, italic=False, lsize=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold, r.italic = bold, italic
        if lsize:
            r.font.size = Pt(lsize)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(container, text):
        if glyph:
            p = container.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.25)
            p.paragraph_format.first_line_indent = Inches(-0.2)
            p.add_run(f"{glyph}  {text}" if glyph != "-" else f"- {text}")
        else:
            p = container.add_paragraph(text, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)
        return p

    def heading(container, text, in_cell=False):
        hs = o.get("hstyle", "h1")
        t = text.upper() if o.get("hcaps") else text
        if hs == "h1" and not in_cell:
            h = d.add_heading(t, level=o.get("hlevel", 1))
            return h
        if hs == "h2" and not in_cell:
            return d.add_heading(t, level=2)
        p = para(container, t, bold=True, size=o.get("hsize", 12), color=o.get("hcolor"))
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        if hs == "underline":
            p.runs[0].underline = True
        if hs == "border":
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
                b.set(qn(k), v)
            bdr.append(b)
            pPr.append(bdr)
        return p

    def manual_line(container, left, right, width=86):
        pad = max(3, width - len(left) - len(right))
        p = container.add_paragraph()
        p.add_run(left).bold = True
        p.add_run(" " * pad + right)
        p.paragraph_format.space_after = Pt(0)

    def entries(container, blk, pos, in_cell=False):
        bo = blk[3] if len(blk) > 3 else None
        style = opt(R, bo, "dstyle", o.get("dstyle", "tabs"))
        for L in block_ir(blk[2], R, bo):
            if style == "table":
                # a borderless 2-column table per job
                t = container.add_table(rows=1, cols=2)
                t.autofit = False
                c0, c1 = t.rows[0].cells
                c0.width, c1.width = Inches(4.9), Inches(1.9)
                p0, p1 = c0.paragraphs[0], c1.paragraphs[0]
                first = True
                for ln in L:
                    if ln[0] in ("H", "G"):
                        r = (p0 if first else c0.add_paragraph()).add_run(ln[1])
                        r.bold = True
                        if ln[2]:
                            p1.add_run(ln[2])
                            p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        first = False
                    elif ln[0] == "S":
                        c0.add_paragraph().add_run(ln[1]).italic = True
                    elif ln[0] == "D":
                        p1.add_run(ln[1])
                        p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif ln[0] == "B":
                        if o.get("tbl_bullets_below"):
                            bullet(container, ln[1])
                        else:
                            pp = c0.add_paragraph()
                            pp.add_run(f"{o.get('cellglyph', '•')} {ln[1]}")
                    elif ln[0] in ("P", "O"):
                        c0.add_paragraph(ln[1])
                para(container, "", space_after=0)
                continue
            for ln in L:
                t = ln[0]
                if t in ("H", "G"):
                    if style == "manual":
                        manual_line(container, ln[1], ln[2] or "", o.get("mwidth", 86))
                    else:
                        tabline(container, ln[1], ln[2], pos, bold=True)
                elif t == "S":
                    p = para(container, ln[1], italic=o.get("sitalic", True), space_after=0)
                elif t == "D":
                    para(container, ln[1], italic=o.get("ditalic", False), space_after=0,
                         color=o.get("dcolor"))
                elif t == "B":
                    bullet(container, ln[1])
                elif t in ("P", "O"):
                    para(container, ln[1], space_after=2)
            if not in_cell or True:
                para(container, "", space_after=0) if o.get("blank_between", True) else None

    def do_blocks(container, blocks, pos, in_cell=False):
        for blk in blocks:
            kind, head = blk[0], blk[1]
            if head:
                heading(container, head, in_cell)
            if kind == "para":
                para(container, blk[2])
            elif kind == "lines":
                for ln in blk[2]:
                    if "\t" in ln:
                        a, b = ln.strip("*").split("\t", 1)
                        tabline(container, a, b, pos, bold=ln.startswith("**"))
                    else:
                        para(container, ln.strip("*"), bold=ln.startswith("**"), space_after=0)
            elif kind == "list":
                if o.get("listinline"):
                    para(container, o.get("listjoin", ", ").join(blk[2]))
                else:
                    for it in blk[2]:
                        bullet(container, it)
            elif kind == "exp":
                entries(container, blk, pos, in_cell)

    # ---------------- header / name
    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p2 = sec.header.add_paragraph(o.get("cjoin", " | ").join(R["contact"]))
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = o["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        left, right = t.rows[0].cells
        sw = Inches(o.get("sidew", 2.2))
        left.width = sw
        right.width = tabpos - sw
        shade(left, o.get("sidecolor", "DCE6F0"))
        lp = left.paragraphs[0]
        rr = lp.add_run(R["name"])
        rr.bold = True
        rr.font.size = Pt(18)
        for cl in R["contact"]:
            para(left, cl, size=9, space_after=0)
        do_blocks(left, R.get("side", []), sw, in_cell=True)
        rp = right.paragraphs[0]
        if o.get("title_line"):
            rp.add_run(o["title_line"]).bold = True
        do_blocks(right, R["blocks"], tabpos - sw - Inches(0.2), in_cell=True)
    else:
        if layout != "header":
            if o.get("name_style") == "title":
                d.add_heading(R["name"], level=0)
            else:
                p = para(d, R["name"], bold=True, size=o.get("namesize", 20),
                         align=o.get("namealign"), space_after=0)
            for cl in o.get("contact_lines") or [o.get("cjoin", " | ").join(R["contact"])]:
                para(d, cl, align=o.get("namealign"), space_after=0)
            para(d, "", space_after=0)
        do_blocks(d, R["blocks"], tabpos)

    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ====================================================================== plain text / markdown / html
def render_txt(R, path):
    o = R.get("opts", {})
    layout = R["layout"]
    glyph = o.get("glyph", "- ")
    out = []
    wrapw = o.get("wrap")

    def add(s=""):
        if wrapw and len(s) > wrapw:
            import textwrap
            ind = " " * len(re.match(r"^(\s*[-*•]?\s*)", s).group(1))
            out.extend(textwrap.wrap(s, wrapw, subsequent_indent=ind))
        else:
            out.append(s)

    for ln in o.get("preamble", []):
        add(ln)
    if o.get("namecaps"):
        add(R["name"].upper())
    else:
        add(R["name"])
    for c_ in o.get("contact_lines") or R["contact"]:
        add(c_)
    add()
    hfmt = o.get("hfmt", "{}")
    for blk in R["blocks"]:
        kind, head = blk[0], blk[1]
        if head:
            h = head.upper() if o.get("hcaps") else head
            add(hfmt.format(h))
            if o.get("hunder"):
                add(o["hunder"] * len(h))
            if o.get("hblank", True):
                add()
        if kind == "para":
            add(blk[2])
        elif kind == "lines":
            for ln in blk[2]:
                add(ln.strip("*").replace("\t", o.get("tabrep", "    ")))
        elif kind == "list":
            if o.get("listinline"):
                add(o.get("listjoin", ", ").join(blk[2]))
            else:
                for it in blk[2]:
                    add(glyph + it)
        elif kind == "exp":
            bo = blk[3] if len(blk) > 3 else None
            for L in block_ir(blk[2], R, bo):
                for ln in L:
                    t = ln[0]
                    if t in ("H", "G"):
                        if ln[2]:
                            add(f"{ln[1]}{o.get('rsep', '    ')}{ln[2]}")
                        else:
                            add(ln[1])
                    elif t in ("S", "D", "P", "O"):
                        add(ln[1])
                    elif t == "B":
                        add(opt(R, bo, "glyph", glyph) + ln[1])
                if opt(R, bo, "eblank", True):
                    add()
        if o.get("blank_after_block", True):
            add()
    for ln in o.get("postamble", []):
        add(ln)
    text = "\n".join(out).rstrip("\n") + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render_md(R, path):
    o = R.get("opts", {})
    out = [f"# {R['name']}", "", o.get("cjoin", " · ").join(R["contact"]), ""]
    for blk in R["blocks"]:
        kind, head = blk[0], blk[1]
        if head:
            out += [f"## {head}", ""]
        if kind == "para":
            out += [blk[2], ""]
        elif kind == "lines":
            out += [ln.replace("\t", " — ") + "  " for ln in blk[2]] + [""]
        elif kind == "list":
            out += [f"- {it}" for it in blk[2]] + [""]
        elif kind == "exp":
            bo = blk[3] if len(blk) > 3 else None
            for L in block_ir(blk[2], R, bo):
                for ln in L:
                    t = ln[0]
                    if t == "H":
                        out.append(f"### {ln[1]}" + (f" | {ln[2]}" if ln[2] else ""))
                    elif t == "G":
                        out.append(f"### {ln[1]}")
                    elif t == "S":
                        out.append(f"**{ln[1]}**  ")
                    elif t == "D":
                        out.append(f"_{ln[1]}_")
                        out.append("")
                    elif t == "B":
                        out.append(f"* {ln[1]}")
                    elif t in ("P", "O"):
                        out += ["", ln[1]]
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def _h(s):
    import html
    return html.escape(s, quote=False)


def render_html(R, path):
    o = R.get("opts", {})
    layout = R["layout"]
    if layout == "gdocs":
        css = ("@import url('https://themes.googleusercontent.com/fonts/css?kit=abc');"
               ".c0{margin-left:18pt;padding-left:0pt}.c1{color:#000000;font-weight:400;font-size:10.5pt;"
               "font-family:\"Open Sans\"}.c2{font-weight:700;font-size:11pt}.c3{padding-top:0pt;padding-bottom:0pt;"
               "line-height:1.15}.c4{color:#2079c7;font-weight:700;font-size:9pt;text-transform:uppercase}"
               ".c5{font-size:26pt;font-weight:700}.c6{color:#666666;font-size:8.5pt}.c7{background-color:#ffffff;"
               "max-width:468pt;padding:72pt 72pt 72pt 72pt}.c8{font-style:italic}")
        P = lambda cls, inner: f'<p class="c3 {cls}">{inner}</p>'  # noqa: E731
        sp = lambda cls, t: f'<span class="{cls}">{_h(t)}</span>'  # noqa: E731
        body = [P("", sp("c5", R["name"])), P("", sp("c1", "  ·  ".join(R["contact"]))),
                P("", sp("c1", ""))]
        for blk in R["blocks"]:
            kind, head = blk[0], blk[1]
            if head:
                body.append(f'<h2 class="c3">{sp("c4", head)}</h2>')
            if kind == "para":
                body.append(P("", sp("c1", blk[2])))
            elif kind == "lines":
                for ln in blk[2]:
                    body.append(P("", sp("c1 c2" if ln.startswith("**") else "c1",
                                         ln.strip("*").replace("\t", " — "))))
            elif kind == "list":
                body.append('<ul class="c0 lst-kix_list_2-0 start">' +
                            "".join(f'<li class="c3 c0">{sp("c1", it)}</li>' for it in blk[2]) + "</ul>")
            elif kind == "exp":
                bo = blk[3] if len(blk) > 3 else None
                for L in block_ir(blk[2], R, bo):
                    lis = []
                    for ln in L:
                        t = ln[0]
                        if t in ("H", "G"):
                            body.append(f'<h3 class="c3">{sp("c2", ln[1])}'
                                        + (f'{sp("c1", " — ")}{sp("c1 c8", ln[2])}' if ln[2] else "") + "</h3>")
                        elif t == "S":
                            body.append(P("", sp("c1 c8", ln[1])))
                        elif t == "D":
                            body.append(P("", sp("c6", ln[1])))
                        elif t == "B":
                            lis.append(f'<li class="c3 c0">{sp("c1", ln[1])}</li>')
                        elif t in ("P", "O"):
                            body.append(P("", sp("c1", ln[1])))
                    if lis:
                        body.append('<ul class="c0 lst-kix_list_1-0">' + "".join(lis) + "</ul>")
        html_txt = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
                    f'<style type="text/css">{css}</style></head><body class="c7 doc-content">'
                    + "".join(body) + "</body></html>")
    else:  # 'profile': a job-board profile page saved from the browser
        body = [f'<div class="rez-header"><h1 class="rez-name">{_h(R["name"])}</h1>']
        if o.get("headline"):
            body.append(f'<div class="rez-headline">{_h(o["headline"])}</div>')
        body.append('<ul class="rez-contact">' + "".join(f"<li>{_h(c_)}</li>" for c_ in R["contact"])
                    + "</ul></div>")
        for blk in R["blocks"]:
            kind, head = blk[0], blk[1]
            body.append('<section class="rez-section">')
            if head:
                body.append(f'<h2 class="rez-section-title">{_h(head)}</h2>')
            if kind == "para":
                body.append(f"<p>{_h(blk[2])}</p>")
            elif kind == "lines":
                body.append("".join(f'<div class="rez-line">{_h(ln.strip("*").replace(chr(9), " | "))}</div>'
                                    for ln in blk[2]))
            elif kind == "list":
                body.append('<ul class="rez-skills">' + "".join(f"<li>{_h(it)}</li>" for it in blk[2]) + "</ul>")
            elif kind == "exp":
                bo = blk[3] if len(blk) > 3 else None
                for L in block_ir(blk[2], R, bo):
                    body.append('<div class="rez-item">')
                    lis = []
                    for ln in L:
                        t = ln[0]
                        if t in ("H", "G"):
                            body.append(f'<h3 class="rez-item-title">{_h(ln[1])}</h3>')
                            if ln[2]:
                                body.append(f'<div class="rez-item-dates">{_h(ln[2])}</div>')
                        elif t == "S":
                            body.append(f'<div class="rez-item-company">{_h(ln[1])}</div>')
                        elif t == "D":
                            body.append(f'<div class="rez-item-dates">{_h(ln[1])}</div>')
                        elif t == "B":
                            lis.append(f"<li>{_h(ln[1])}</li>")
                        elif t in ("P", "O"):
                            body.append(f'<p class="rez-item-desc">{_h(ln[1])}</p>')
                    if lis:
                        body.append('<ul class="rez-item-desc">' + "".join(lis) + "</ul>")
                    body.append("</div>")
            body.append("</section>")
        html_txt = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    f"<title>{_h(R['name'])} - Resume</title>"
                    "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;color:#2d2d2d}"
                    ".rez-item-dates{color:#767676;font-size:13px}.rez-section-title{border-bottom:1px solid #ddd}"
                    "</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html_txt)


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt, "md": render_md,
             "html": render_html}


def render(R, outdir):
    RENDERERS[R["renderer"]](R, os.path.join(outdir, R["file"]))
