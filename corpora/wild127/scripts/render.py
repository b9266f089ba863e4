"""Renderers for wild127: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

A résumé dict is turned into a neutral token stream (headings, rows with an optional
right-hand date, sub-lines, bullets, paragraphs); each renderer lays those tokens out in its
own way.  Nothing is read back from the rendered files.
"""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import fmt_range

FIXED_DT = datetime.datetime(2026, 10, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 10, 14, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu"


# --------------------------------------------------------------------------- tokens
def orgloc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_tokens(e, order, fmt, opts):
    d = fmt_range(e, fmt.get("style", "mon"), fmt.get("present", "Present"), fmt.get("sep", " – "))
    toks = []
    if e.oneline:
        pat = opts.get("oneline", "{title}, {orgloc} ({dates})")
        toks.append(("line", pat.format(title=e.title, org=e.org or "", loc=e.loc or "",
                                        orgloc=orgloc(e), dates=d)))
    elif order == "title_org":
        toks.append(("row", e.title, d, "b"))
        if orgloc(e):
            toks.append(("sub", orgloc(e, opts.get("olsep", ", "))))
    elif order == "org_title":
        toks.append(("row", orgloc(e, opts.get("olsep", ", ")), d, "b"))
        toks.append(("sub", e.title))
    elif order == "pipe":
        toks.append(("row", " | ".join(p for p in (e.title, e.org, e.loc) if p), d, "b"))
    elif order == "dash":
        toks.append(("row", f"{e.title} {opts.get('dash', '–')} {orgloc(e)}" if orgloc(e) else e.title, d, "b"))
    elif order == "inline":
        toks.append(("row", f"{e.title}, {orgloc(e)}{opts.get('inl', ', ')}{d}", "", "b"))
    elif order == "dateline":
        toks.append(("row", e.title, "", "b"))
        if orgloc(e):
            toks.append(("sub", orgloc(e, opts.get("olsep", ", "))))
        toks.append(("date", d))
    elif order == "orgfirst_role":
        toks.append(("row", e.title, d, "bi"))
    else:
        raise ValueError(order)
    if e.bullets and not e.oneline:
        if opts.get("prose"):
            toks.append(("p", " ".join(e.bullets)))
        else:
            for b in e.bullets:
                toks.append(("b", b))
    toks.append(("gap",))
    return toks


def block_tokens(blk, r):
    fmt = r["fmt"]
    kind = blk[0]
    out = []
    if kind == "summary":
        if blk[1]:
            out.append(("h", blk[1]))
        for para in ([blk[2]] if isinstance(blk[2], str) else blk[2]):
            out.append(("p", para))
        out.append(("gap",))
    elif kind == "entries":
        heading, ents = blk[1], blk[2]
        opts = dict(r.get("opts", {}))
        if len(blk) > 3:
            opts.update(blk[3])
        order = opts.get("order", r["order"])
        if heading:
            out.append(("h", heading))
        if opts.get("intro"):
            out.append(("p", opts["intro"]))
        if order == "orgfirst":
            i = 0
            while i < len(ents):
                j = i
                while j + 1 < len(ents) and ents[j + 1].org == ents[i].org and not ents[j + 1].oneline:
                    j += 1
                grp = ents[i:j + 1]
                if grp[0].oneline:
                    out.extend(entry_tokens(grp[0], "title_org", fmt, opts))
                    i = j + 1
                    continue
                head = grp[0].org or ""
                locs = [g.loc for g in grp if g.loc]
                if opts.get("orgloc", True) and locs and len(set(locs)) == 1:
                    head = f"{head}{opts.get('olsep', ', ')}{locs[0]}" if head else locs[0]
                right = ""
                if opts.get("orgspan"):
                    first, last = grp[-1], grp[0]
                    right = fmt_range(type(first)(None, None, None, first.start, last.end, None,
                                                  prec=first.prec), fmt.get("style", "mon"),
                                      fmt.get("present", "Present"), fmt.get("sep", " – "))
                out.append(("orghead", head, right))
                for g in grp:
                    t = entry_tokens(g, "orgfirst_role", fmt, opts)
                    if len(set(locs)) > 1 and g.loc:
                        t.insert(1, ("sub", g.loc))
                    out.extend(t)
                i = j + 1
        else:
            for e in ents:
                out.extend(entry_tokens(e, order, fmt, opts))
    elif kind == "list":
        heading, items = blk[1], blk[2]
        style = blk[3] if len(blk) > 3 else "bullets"
        if heading:
            out.append(("h", heading))
        if style == "inline":
            out.append(("p", " · ".join(items) if r.get("unicode_ok", True) else ", ".join(items)))
        elif style == "comma":
            out.append(("p", ", ".join(items)))
        elif style == "lines":
            for it in items:
                out.append(("p", it))
        else:
            for it in items:
                out.append(("b", it))
        out.append(("gap",))
    elif kind == "rows":
        heading, rows = blk[1], blk[2]
        if heading:
            out.append(("h", heading))
        for row in rows:
            out.append(("row", row[0], row[1], "b" if len(row) < 3 else row[2]))
            for extra in row[3:]:
                out.append(("sub", extra))
        out.append(("gap",))
    elif kind == "text":
        if blk[1]:
            out.append(("h", blk[1]))
        for para in ([blk[2]] if isinstance(blk[2], str) else blk[2]):
            out.append(("p", para))
        out.append(("gap",))
    else:
        raise ValueError(kind)
    return out


def all_tokens(r, blocks=None):
    out = []
    for blk in (r["blocks"] if blocks is None else blocks):
        out.extend(block_tokens(blk, r))
    return out


# --------------------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    o = r.get("pdf", {})
    page = LETTER if o.get("paper", "letter") == "letter" else A4
    W, H = page
    fam = o.get("font", "Helvetica")
    F = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}[fam]
    fs = o.get("size", 10)
    lead = fs * 1.28
    glyph = o.get("bullet", "•")
    accent = HexColor(o.get("accent", "#1f3b5c"))
    layout = o.get("layout", "plain")
    margin = o.get("margin", 54)

    c = canvas.Canvas(path, pagesize=page, invariant=1)
    c.setTitle(o.get("doc_title", r["name"] + " - Resume"))
    c.setAuthor(r["name"])
    c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
    c.setProducer(o.get("producer", "Microsoft® Word for Microsoft 365"))

    state = {"page": 1}

    def font(style):
        return {"": F[0], "b": F[1], "i": F[2], "bi": F[3]}[style]

    def footer():
        ft = o.get("footer")
        if ft:
            c.setFont(F[2], 8)
            c.setFillColor(HexColor("#555555"))
            c.drawCentredString(W / 2, 30, ft.format(n=state["page"], name=r["name"]))
            c.setFillColor(black)

    def new_page():
        footer()
        c.showPage()
        state["page"] += 1

    # frames: list of [x, width, ytop, ybottom]
    sidebar_w = o.get("sidebar_w", 170)
    side_blocks = r.get("sidebar", [])

    def header(x, w, y):
        align = o.get("header", "center")
        c.setFont(F[1], o.get("name_size", 18))
        c.setFillColor(accent if o.get("colour_name") else black)
        nm = r["name"].upper() if o.get("name_caps") else r["name"]
        if align == "center":
            c.drawCentredString(x + w / 2, y, nm)
        else:
            c.drawString(x, y, nm)
        c.setFillColor(black)
        y -= o.get("name_size", 18) * 1.0
        if r.get("tagline"):
            c.setFont(F[2], fs + 1)
            (c.drawCentredString(x + w / 2, y, r["tagline"]) if align == "center" else c.drawString(x, y, r["tagline"]))
            y -= lead
        if r.get("contact") and not (layout == "sidebar" and o.get("contact_in_side", True)):
            c.setFont(F[0], fs - 0.5)
            line = o.get("contact_sep", "  |  ").join(r["contact"])
            for ln in simpleSplit(line, F[0], fs - 0.5, w):
                (c.drawCentredString(x + w / 2, y, ln) if align == "center" else c.drawString(x, y, ln))
                y -= lead
        if o.get("rule", True):
            c.setStrokeColor(accent)
            c.setLineWidth(0.8)
            c.line(x, y + 4, x + w, y + 4)
            c.setStrokeColor(black)
        return y - lead * 0.6

    def draw_tokens(toks, frames, fi=0, y=None, small=False):
        """Flow tokens through frames; frames beyond the first page repeat frames[-1]."""
        fr = frames[fi]
        x, w = fr[0], fr[1]
        y = fr[2] if y is None else y
        size = fs - 1 if small else fs
        ld = size * 1.28

        def need(h):
            nonlocal fi, fr, x, w, y
            if y - h < fr[3]:
                if fi + 1 < len(frames):
                    fi += 1
                else:
                    new_page()
                    fi = len(frames) - 1 if o.get("repeat_last", True) else 0
                    fr = list(frames[fi])
                    fr[2] = H - margin
                    x, w, y = fr[0], fr[1], fr[2]
                    return
                fr = frames[fi]
                x, w, y = fr[0], fr[1], fr[2]

        for t in toks:
            k = t[0]
            if k == "h":
                need(ld * 3)
                y -= ld * 0.4
                txt = t[1].upper() if o.get("head_caps", True) else t[1]
                c.setFont(F[1], size + 1.5)
                c.setFillColor(accent)
                c.drawString(x, y, txt)
                c.setFillColor(black)
                if o.get("head_rule", True):
                    c.setLineWidth(0.5)
                    c.line(x, y - 3, x + w, y - 3)
                y -= ld * 1.3
            elif k in ("row", "orghead"):
                style = t[3] if k == "row" else "b"
                left, right = t[1], t[2]
                rw = c.stringWidth(right, F[0], size) + 12 if right else 0
                lines = simpleSplit(left, font(style), size, w - rw)
                need(ld * (len(lines) + 1))
                if k == "orghead" and o.get("org_caps"):
                    lines = [ln.upper() for ln in lines]
                for i, ln in enumerate(lines):
                    c.setFont(font(style), size)
                    c.drawString(x, y, ln)
                    if i == 0 and right:
                        c.setFont(F[0] if not o.get("date_italic") else F[2], size)
                        c.drawRightString(x + w, y, right)
                    y -= ld
            elif k in ("sub", "date", "line"):
                st = {"sub": o.get("sub_style", "i"), "date": "", "line": ""}[k]
                for ln in simpleSplit(t[1], font(st), size, w):
                    need(ld)
                    c.setFont(font(st), size)
                    c.drawString(x, y, ln)
                    y -= ld
            elif k == "b":
                ind = o.get("indent", 12)
                lines = simpleSplit(t[1], F[0], size, w - ind)
                need(ld * len(lines))
                c.setFont(F[0], size)
                c.drawString(x + 2, y, glyph)
                for ln in lines:
                    c.drawString(x + ind, y, ln)
                    y -= ld
            elif k == "p":
                lines = simpleSplit(t[1], F[0], size, w)
                for ln in lines:
                    need(ld)
                    c.setFont(F[0], size)
                    c.drawString(x, y, ln)
                    y -= ld
            elif k == "gap":
                y -= ld * 0.45
        return y

    top = H - margin
    if layout == "plain":
        y = header(margin, W - 2 * margin, top)
        draw_tokens(all_tokens(r), [[margin, W - 2 * margin, y, margin + 10]])
    elif layout == "sidebar":
        side_right = o.get("side_right", False)
        sx = W - sidebar_w if side_right else 0
        c.setFillColor(HexColor(o.get("side_fill", "#e9eef3")))
        c.rect(sx, 0, sidebar_w, H, stroke=0, fill=1)
        c.setFillColor(black)
        # sidebar content
        side_toks = []
        if r.get("contact") and o.get("contact_in_side", True):
            side_toks.append(("h", o.get("contact_head", "Contact")))
            side_toks.extend(("p", ct) for ct in r["contact"])
            side_toks.append(("gap",))
        side_toks.extend(all_tokens(r, side_blocks))
        draw_tokens(side_toks, [[sx + 16, sidebar_w - 30, top - 40, 40]], small=True)
        mx = margin if side_right else sidebar_w + 24
        mw = (W - sidebar_w - margin - 24)
        y = header(mx, mw, top)
        draw_tokens(all_tokens(r), [[mx, mw, y, margin]])
    elif layout == "twocol":
        y = header(margin, W - 2 * margin, top)
        gutter = 20
        frac = o.get("main_frac", 0.63)
        cw = (W - 2 * margin - gutter) * frac
        rw_ = (W - 2 * margin - gutter) - cw
        rx = margin + cw + gutter
        if o.get("col_rule", True):
            c.setStrokeColor(HexColor("#bbbbbb"))
            c.setLineWidth(0.5)
            c.line(rx - gutter / 2, y + 6, rx - gutter / 2, margin + 20)
            c.setStrokeColor(black)
        draw_tokens(all_tokens(r, side_blocks), [[rx, rw_, y, margin + 10]], small=True)
        draw_tokens(all_tokens(r), [[margin, cw, y, margin + 10], [margin, W - 2 * margin, top, margin + 10]])
    else:
        raise ValueError(layout)
    footer()
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    o = r.get("pdf", {})
    glyph = o.get("bullet", "▪")

    class P(FPDF):
        def footer(self):
            ft = o.get("footer")
            if ft:
                self.set_y(-13)
                self.set_font("dv", "I", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, ft.format(n=self.page_no(), name=r["name"]), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=o.get("paper", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(o.get("doc_title", f"CV - {r['name']}"))
    pdf.set_author(r["name"])
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.set_producer(o.get("producer", "LibreOffice 7.6"))
    cond = o.get("condensed", False)
    base = "DejaVuSansCondensed" if cond else "DejaVuSans"
    if o.get("serif"):
        base = "DejaVuSerifCondensed" if cond else "DejaVuSerif"
        pdf.add_font("dv", "", f"{DEJAVU}/{base}.ttf")
        pdf.add_font("dv", "B", f"{DEJAVU}/{base}-Bold.ttf")
        pdf.add_font("dv", "I", f"{DEJAVU}/{base}-Italic.ttf")
        pdf.add_font("dv", "BI", f"{DEJAVU}/{base}-BoldItalic.ttf")
    else:
        pdf.add_font("dv", "", f"{DEJAVU}/{base}.ttf")
        pdf.add_font("dv", "B", f"{DEJAVU}/{base}-Bold.ttf")
        pdf.add_font("dv", "I", f"{DEJAVU}/{base}-Oblique.ttf")
        pdf.add_font("dv", "BI", f"{DEJAVU}/{base}-BoldOblique.ttf")
    lm = o.get("margin", 18)
    pdf.set_margins(lm, 16, lm)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    fs = o.get("size", 9.5)
    lh = fs * 0.48
    acc = o.get("accent", (40, 70, 110))
    W = pdf.w - 2 * lm
    align = o.get("header", "C")

    pdf.set_font("dv", "B", o.get("name_size", 17))
    pdf.set_text_color(*acc)
    pdf.cell(W, 9, r["name"].upper() if o.get("name_caps") else r["name"], align=align,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if r.get("tagline"):
        pdf.set_font("dv", "I", fs + 1)
        pdf.cell(W, 6, r["tagline"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", fs - 0.5)
    if o.get("contact_lines"):
        for ct in r["contact"]:
            pdf.cell(W, lh + 0.4, ct, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(W, lh + 0.6, o.get("contact_sep", " · ").join(r["contact"]), align=align,
                       new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(*acc)
    pdf.line(lm, pdf.get_y(), lm + W, pdf.get_y())
    pdf.ln(3)

    for t in all_tokens(r):
        k = t[0]
        if k == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            txt = t[1].upper() if o.get("head_caps", False) else t[1]
            if o.get("head_fill"):
                pdf.set_fill_color(*o["head_fill"])
                pdf.cell(W, lh + 2.5, " " + txt, fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(W, lh + 2, txt, new_x="LMARGIN", new_y="NEXT")
                pdf.line(lm, pdf.get_y(), lm + W, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif k in ("row", "orghead"):
            style = {"b": "B", "bi": "BI", "i": "I", "": ""}[t[3] if k == "row" else "b"]
            left, right = t[1], t[2]
            if k == "orghead" and o.get("org_caps"):
                left = left.upper()
            pdf.set_font("dv", "", fs)
            rw = pdf.get_string_width(right) + 4 if right else 0
            y0 = pdf.get_y()
            if y0 > pdf.h - 30:
                pdf.add_page()
                y0 = pdf.get_y()
            if right:
                pdf.set_xy(lm + W - rw, y0)
                pdf.set_font("dv", "I" if o.get("date_italic") else "", fs)
                pdf.cell(rw, lh + 0.6, right, align="R")
                pdf.set_xy(lm, y0)
            pdf.set_font("dv", style, fs + (0.5 if k == "orghead" else 0))
            pdf.multi_cell(W - rw, lh + 0.6, left, align="L", new_x="LMARGIN", new_y="NEXT")
        elif k in ("sub", "date", "line"):
            st = {"sub": o.get("sub_style", "I"), "date": "", "line": ""}[k]
            pdf.set_font("dv", st, fs)
            pdf.multi_cell(W, lh + 0.6, t[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("dv", "", fs)
            ind = o.get("indent", 5)
            y0 = pdf.get_y()
            if y0 > pdf.h - 22:
                pdf.add_page()
                y0 = pdf.get_y()
            pdf.set_xy(lm + 1, y0)
            pdf.cell(ind - 1, lh + 0.4, glyph)
            pdf.set_xy(lm + ind, y0)
            pdf.multi_cell(W - ind, lh + 0.4, t[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(W, lh + 0.5, t[1], align=o.get("p_align", "L"), new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(1.6)
    pdf.output(path)


# --------------------------------------------------------------------------- docx
def _set_cell_shading(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _bottom_border(par, color="1F3B5C"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "6")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), color)
    bdr.append(bot)
    pPr.append(bdr)


def render_docx(r, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    o = r.get("docx", {})
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(o.get("margin", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    glyph = o.get("bullet")  # None -> List Bullet style
    mode = o.get("mode", "tabs")  # tabs | table | sidebar
    heading_mode = o.get("headings", "styles")  # styles | bold | rule
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = o.get("doc_title", "Resume")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""

    def add_par(container, text="", style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            p.add_run(text)
        return p

    def heading(container, text, in_table=False):
        if heading_mode == "styles" and not in_table:
            h = doc.add_heading(text, level=o.get("hlevel", 1))
            return h
        p = add_par(container)
        run = p.add_run(text.upper() if o.get("head_caps", True) else text)
        run.bold = True
        run.font.size = Pt(o.get("size", 10.5) + 1.5)
        run.font.color.rgb = RGBColor(0x1F, 0x3B, 0x5C)
        if heading_mode == "rule":
            _bottom_border(p)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(3)
        return p

    def bullet(container, text):
        if glyph is None:
            try:
                p = container.add_paragraph(style="List Bullet")
                p.add_run(text)
                return
            except KeyError:
                pass
        p = add_par(container)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{glyph or '•'}\t{text}" if o.get("glyph_tab") else f"{glyph or '•'} {text}")

    def row(container, left, right, style, width):
        if (mode == "table" or o.get("nested")) and right:
            t = container.add_table(rows=1, cols=2)
            _no_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            a, b = t.rows[0].cells
            a.width = int(width * 0.72)
            b.width = int(width * 0.28)
            pa = a.paragraphs[0]
            ra = pa.add_run(left)
            ra.bold = "b" in style
            ra.italic = "i" in style and "b" not in style
            pb = b.paragraphs[0]
            pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rb = pb.add_run(right)
            rb.italic = bool(o.get("date_italic"))
            return
        p = add_par(container)
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.space_after = Pt(0)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold = "b" in style
        if right:
            p.add_run("\t")
            rr = p.add_run(right)
            rr.italic = bool(o.get("date_italic"))

    def tokens_into(container, toks, width, in_table=False):
        for t in toks:
            k = t[0]
            if k == "h":
                heading(container, t[1], in_table)
            elif k == "row":
                row(container, t[1], t[2], t[3], width)
            elif k == "orghead":
                p = add_par(container)
                p.paragraph_format.space_before = Pt(6)
                run = p.add_run(t[1].upper() if o.get("org_caps") else t[1])
                run.bold = True
                if t[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + t[2])
            elif k in ("sub", "date", "line"):
                p = add_par(container)
                p.paragraph_format.space_after = Pt(1)
                run = p.add_run(t[1])
                run.italic = k == "sub"
            elif k == "b":
                bullet(container, t[1])
            elif k == "p":
                p = add_par(container, t[1])
                p.paragraph_format.space_after = Pt(3)
            elif k == "gap":
                pass

    # ---- name / contact
    def name_block(container, align_center, in_table=False):
        p = container.paragraphs[0] if in_table else add_par(container)
        if o.get("name_style") == "Title" and not in_table:
            p.style = doc.styles["Title"]
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(o.get("name_size", 20))
        if align_center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.get("tagline"):
            tp = add_par(container, r["tagline"])
            tp.runs[0].italic = True
            if align_center:
                tp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        side, main = t.rows[0].cells
        sw = int(text_w * o.get("side_frac", 0.31))
        side.width, main.width = sw, text_w - sw
        _set_cell_shading(side, o.get("side_fill", "E8EEF4"))
        name_block(side, False, in_table=True)
        for ct in r.get("contact", []):
            add_par(side, ct)
        tokens_into(side, all_tokens(r, r.get("sidebar", [])), sw, in_table=True)
        main_toks = all_tokens(r)
        # first entries block goes in a nested table (as some templates do), the rest as paragraphs
        main.paragraphs[0].add_run("")
        tokens_into(main, main_toks, text_w - sw - Cm(0.4), in_table=True)
    else:
        if o.get("contact_in_header"):
            hdr = sec.header
            hp = hdr.paragraphs[0]
            hr = hp.add_run(r["name"])
            hr.bold = True
            hr.font.size = Pt(14)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if o.get("header_right") else WD_ALIGN_PARAGRAPH.LEFT
            hp2 = hdr.add_paragraph(o.get("contact_sep", " | ").join(r.get("contact", [])))
            hp2.alignment = hp.alignment
            if r.get("tagline"):
                tp = add_par(doc, r["tagline"])
                tp.runs[0].italic = True
        else:
            center = o.get("center", True)
            name_block(doc, center)
            cpar = add_par(doc, o.get("contact_sep", "  •  ").join(r.get("contact", [])))
            if center:
                cpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if o.get("rule_under_name", True):
                _bottom_border(cpar)
        tokens_into(doc, all_tokens(r), text_w)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(o["footer"].format(name=r["name"]))
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------- text
def render_txt(r, path):
    o = r.get("txt", {})
    width = o.get("width", 0)  # 0 = no wrapping
    glyph = o.get("bullet", "- ")
    rowmode = o.get("rows", "pad")  # pad | tab | sep | newline
    lines = []
    if o.get("name_caps"):
        lines.append(r["name"].upper())
    else:
        lines.append(r["name"])
    if r.get("tagline"):
        lines.append(r["tagline"])
    if o.get("contact_lines", True):
        lines.extend(r.get("contact", []))
    else:
        lines.append(o.get("contact_sep", " | ").join(r.get("contact", [])))
    lines.append("")

    def wrap(text, ind="", first=""):
        if not width:
            return [first + text]
        return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=ind) or [first]

    for t in all_tokens(r):
        k = t[0]
        if k == "h":
            hs = o.get("heading", "caps")
            if lines and lines[-1] != "":
                lines.append("")
            if hs == "caps":
                lines.append(t[1].upper())
            elif hs == "underline":
                lines.append(t[1])
                lines.append(o.get("ul", "-") * len(t[1]))
            elif hs == "caps_rule":
                lines.append(o.get("ul", "=") * 60)
                lines.append(t[1].upper())
                lines.append(o.get("ul", "=") * 60)
            elif hs == "colon":
                lines.append(t[1] + ":")
            elif hs == "brackets":
                lines.append(f"[ {t[1].upper()} ]")
            lines.append("") if o.get("blank_after_head") else None
        elif k in ("row", "orghead"):
            left, right = t[1], t[2]
            if k == "orghead" and o.get("org_caps", True):
                left = left.upper()
            if not right:
                lines.append(left)
            elif rowmode == "pad":
                pw = o.get("padw", 78)
                lines.append(left + " " * max(2, pw - len(left) - len(right)) + right)
            elif rowmode == "tab":
                lines.append(left + "\t" + right)
            elif rowmode == "sep":
                lines.append(left + o.get("sepstr", " | ") + right)
            elif rowmode == "newline":
                lines.append(left)
                lines.append(right)
        elif k in ("sub", "date", "line"):
            lines.append(t[1])
        elif k == "b":
            lines.extend(wrap(t[1], " " * len(glyph), glyph))
        elif k == "p":
            lines.extend(wrap(t[1]))
        elif k == "gap":
            if lines and lines[-1] != "":
                lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    nl = o.get("newline", "\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(nl.join(lines) + nl)


# --------------------------------------------------------------------------- markdown
def render_md(r, path):
    o = r.get("md", {})
    glyph = o.get("bullet", "-")
    lines = [f"# {r['name']}", ""]
    if r.get("tagline"):
        lines += [f"**{r['tagline']}**", ""]
    ct = r.get("contact", [])
    if o.get("contact_list"):
        lines += [f"- {c}" for c in ct] + [""]
    else:
        lines += [" · ".join(ct) if o.get("dot") else " | ".join(ct), ""]
    if o.get("hr"):
        lines += ["---", ""]
    hl = o.get("hlevel", 2)
    for t in all_tokens(r):
        k = t[0]
        if k == "h":
            lines += ["#" * hl + " " + t[1], ""]
        elif k == "orghead":
            lines += ["#" * (hl + 1) + " " + t[1] + (f" ({t[2]})" if t[2] else ""), ""]
        elif k == "row":
            left, right = t[1], t[2]
            rs = o.get("row", "h3")
            if rs == "h3":
                lines += ["#" * (hl + 1) + " " + left]
                if right:
                    lines += [f"*{right}*"]
            elif rs == "h4":
                lines += ["#" * (hl + 2) + " " + left + (f" — {right}" if right else "")]
            elif rs == "bold":
                lines += [f"**{left}**" + (f" | {right}" if right else "") + "  "]
            elif rs == "bold_dash":
                lines += [f"**{left}** — _{right}_  " if right else f"**{left}**  "]
        elif k == "sub":
            lines += [f"_{t[1]}_  " if o.get("sub_italic", True) else t[1] + "  "]
        elif k in ("date", "line"):
            lines += [t[1] + "  "] if k == "date" else [f"{glyph} {t[1]}"]
        elif k == "b":
            if lines and lines[-1].endswith("  ") and not lines[-1].startswith(glyph):
                lines += [""]
            lines += [f"{glyph} {t[1]}"]
        elif k == "p":
            if lines and lines[-1] != "":
                lines += [""]
            lines += [t[1]]
        elif k == "gap":
            if lines and lines[-1] != "":
                lines += [""]
    while lines and lines[-1] == "":
        lines.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- html
def render_html(r, path):
    o = r.get("html", {})
    esc = html.escape
    css = o.get("css", """body{font-family:Georgia,serif;max-width:760px;margin:30px auto;color:#222;line-height:1.4}
h1{margin-bottom:2px}h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase;letter-spacing:1px}
.row{display:flex;justify-content:space-between;font-weight:bold;margin-top:8px}.sub{font-style:italic}
.contact{color:#555}ul{margin:3px 0 6px 0}aside{background:#eef2f5;padding:10px}""")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(r['name'])} – {esc(o.get('doc_title', 'Résumé'))}</title>", f"<style>{css}</style>",
           "</head>", "<body>"]
    if o.get("sidebar"):
        out.append('<div class="wrap"><aside>')
        out.append(f"<h1>{esc(r['name'])}</h1>")
        out.extend(f'<p class="contact">{esc(c)}</p>' for c in r.get("contact", []))
        out.extend(_html_tokens(all_tokens(r, r.get("sidebar", [])), o))
        out.append("</aside><main>")
    else:
        out.append("<header>")
        out.append(f"<h1>{esc(r['name'])}</h1>")
        if r.get("tagline"):
            out.append(f"<p><strong>{esc(r['tagline'])}</strong></p>")
        out.append(f'<p class="contact">{" &middot; ".join(esc(c) for c in r.get("contact", []))}</p>')
        out.append("</header>")
        out.append("<main>")
    out.extend(_html_tokens(all_tokens(r), o))
    out.append("</main>")
    if o.get("sidebar"):
        out.append("</div>")
    if o.get("footer"):
        out.append(f"<footer><small>{esc(o['footer'])}</small></footer>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def _html_tokens(toks, o):
    esc = html.escape
    out = []
    in_ul = False
    sec_open = False
    for t in toks:
        k = t[0]
        if k != "b" and in_ul:
            out.append("</ul>")
            in_ul = False
        if k == "h":
            if sec_open:
                out.append("</section>")
            out.append(f"<section>\n<h2>{esc(t[1])}</h2>")
            sec_open = True
        elif k == "orghead":
            out.append(f"<h3>{esc(t[1])}" + (f" <small>{esc(t[2])}</small>" if t[2] else "") + "</h3>")
        elif k == "row":
            if o.get("rows") == "table":
                out.append(f'<table class="job"><tr><td><b>{esc(t[1])}</b></td><td align="right">{esc(t[2])}</td></tr></table>')
            elif o.get("rows") == "h3":
                out.append(f"<h3>{esc(t[1])}</h3>" + (f'\n<p class="date">{esc(t[2])}</p>' if t[2] else ""))
            else:
                out.append(f'<div class="row"><span>{esc(t[1])}</span><span>{esc(t[2])}</span></div>')
        elif k == "sub":
            out.append(f'<div class="sub">{esc(t[1])}</div>')
        elif k in ("date", "line"):
            out.append(f"<div>{esc(t[1])}</div>")
        elif k == "b":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{esc(t[1])}</li>")
        elif k == "p":
            out.append(f"<p>{esc(t[1])}</p>")
    if in_ul:
        out.append("</ul>")
    if sec_open:
        out.append("</section>")
    return out


RENDERERS = {"rl": render_reportlab, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(r, outdir):
    path = os.path.join(outdir, r["file"])
    RENDERERS[r["renderer"]](r, path)
    return path
