"""Renderers for wild27: reportlab canvas, fpdf2, python-docx, plain text, HTML, Markdown.

Every résumé is a dict (see defs_a.py / defs_b.py).  Entry header lines are built once by
entry_lines() from the résumé's header order (hdr) and date format, then each renderer
draws them in its own way."""
import datetime
import html as htmlmod
import io
import os
import textwrap
import zipfile

from lib import E

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry lines
def org_loc(R, e):
    sep = R.get("orgsep", ", ")
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def entry_lines(R, entries):
    """Return a list of line tuples:
    ('L', left, right, style, level)   style b/i/n/bi, level 0 org head, 1 head, 2 sub
    ('B', text)   bullet
    ('P', text)   prose paragraph
    ('G',)        gap between entries"""
    hdr = R.get("hdr", "title_org")
    df = R["df"]
    out = []
    prev_org = object()
    for i, e in enumerate(entries):
        d = df.rng(e)
        ol = org_loc(R, e)
        if hdr == "orgfirst" and e.org:
            if e.org != prev_org:
                if out:
                    out.append(("G",))
                out.append(("L", ol, R.get("orghead_right", {}).get(e.org), "b", 0))
            else:
                out.append(("G",))
            out.append(("L", e.title, d, "bi", 1))
            prev_org = e.org
        else:
            if out:
                out.append(("G",))
            prev_org = e.org if hdr == "orgfirst" else object()
            if hdr in ("title_org", "orgfirst"):
                out.append(("L", e.title, d, "b", 1))
                if ol:
                    out.append(("L", ol, None, "i", 2))
            elif hdr == "title_org_dl":          # title, then org line with the dates on it
                out.append(("L", e.title, None, "b", 1))
                out.append(("L", ol, d, "i", 2))
            elif hdr == "org_title":
                out.append(("L", ol or e.title, d, "b", 1))
                if ol:
                    out.append(("L", e.title, None, "i", 2))
            elif hdr == "dateline":
                out.append(("L", e.title, None, "b", 1))
                if ol:
                    out.append(("L", ol, None, "n", 2))
                if d:
                    out.append(("L", d, None, "i", 2))
            elif hdr == "dash":
                sep = R.get("dashsep", " – ")
                out.append(("L", e.title + (sep + ol if ol else ""), d, "b", 1))
            elif hdr == "pipe":
                parts = [p for p in (e.title, e.org, e.loc) if p]
                out.append(("L", " | ".join(parts), d, "b", 1))
            elif hdr == "inline":
                parts = [p for p in (e.title, e.org, e.loc, d) if p]
                out.append(("L", ", ".join(parts), None, "b", 1))
            elif hdr == "datefirst":
                out.append(("L", d, None, "b", 1))
                out.append(("L", e.title, None, "b", 2))
                if ol:
                    out.append(("L", ol, None, "i", 2))
            else:
                raise ValueError(hdr)
        if e.extra:
            out.append(("L", e.extra, None, "i", 2))
        if e.prose and e.bullets:
            out.append(("P", " ".join(e.bullets)))
        else:
            for b in e.bullets:
                out.append(("B", b))
    return out


def all_entries(R):
    out = []
    for sec in R["sections"] + R.get("sidebar", []):
        if sec[0] in ("entries", "sea"):
            out.extend(sec[2])
    return out


# ---------------------------------------------------------------- reportlab
def _rl_fonts(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "helv":
        return {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}
    if kind == "times":
        return {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
    names = {"dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
             "dvserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
             "dvcond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                        "DejaVuSansCondensed-BoldOblique.ttf")}[kind]
    out = {}
    for key, fn in zip(("n", "b", "i", "bi"), names):
        nm = kind + "-" + key
        if nm not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(nm, os.path.join(DEJAVU, fn)))
        out[key] = nm
    return out


class RLFlow:
    def __init__(self, c, fonts, x0, x1, top, bottom, size=10, page_cb=None, accent=(0, 0, 0)):
        self.c, self.f, self.x0, self.x1 = c, fonts, x0, x1
        self.top, self.bottom, self.y = top, bottom, top
        self.size, self.page_cb, self.accent = size, page_cb, accent

    def width(self, t, style, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(t, self.f[style], size)

    def wrap(self, t, style, size, w):
        words, lines, cur = t.split(" "), [], ""
        for wd in words:
            cand = (cur + " " + wd).strip()
            if self.width(cand, style, size) <= w or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.y = self.top
            if self.page_cb:
                self.page_cb(self)

    def text(self, t, style="n", size=None, indent=0, right=None, lead=1.3, color=None):
        size = size or self.size
        w = self.x1 - self.x0 - indent
        if right:
            w -= self.width(right, "n", size) + 8
        lines = self.wrap(t, style, size, w) if t else [""]
        for k, ln in enumerate(lines):
            self.need(size * lead)
            self.y -= size * lead
            self.c.setFillColorRGB(*(color or (0, 0, 0)))
            self.c.setFont(self.f[style], size)
            self.c.drawString(self.x0 + indent, self.y, ln)
            if right and k == 0:
                self.c.setFont(self.f["n"], size)
                self.c.drawRightString(self.x1, self.y, right)
        self.c.setFillColorRGB(0, 0, 0)

    def bullet(self, t, ch, size=None, indent=10):
        size = size or self.size
        lines = self.wrap(t, "n", size, self.x1 - self.x0 - indent - 10)
        for k, ln in enumerate(lines):
            self.need(size * 1.3)
            self.y -= size * 1.3
            self.c.setFont(self.f["n"], size)
            if k == 0:
                self.c.drawString(self.x0 + indent, self.y, ch)
            self.c.drawString(self.x0 + indent + 10, self.y, ln)

    def gap(self, h):
        self.y -= h

    def heading(self, t, style, size, rule=True):
        self.need(size * 3)
        self.gap(size * 0.8)
        self.text(t, "b", size, color=self.accent)
        if rule:
            self.c.setStrokeColorRGB(*self.accent)
            self.c.setLineWidth(0.6)
            self.c.line(self.x0, self.y - 3, self.x1, self.y - 3)
            self.gap(5)


def rl_section(fl, R, sec, sz):
    typ, head = sec[0], sec[1]
    hstyle = R.get("headcase", "upper")
    ht = head.upper() if hstyle == "upper" else head
    fl.heading(ht, "b", sz + 1.5, rule=R.get("rule", True))
    ch = R.get("bullet", "•")
    if typ == "text":
        for p in sec[2].split("\n"):
            fl.text(p, "n", sz)
    elif typ == "list":
        for it in sec[2]:
            fl.bullet(it, ch, sz, indent=2)
    elif typ == "lines":
        for it in sec[2]:
            fl.text(it, "n", sz)
    elif typ == "kv":
        for k, v in sec[2]:
            fl.text(f"{k}: {v}", "n", sz)
    elif typ == "entries":
        for ln in entry_lines(R, sec[2]):
            if ln[0] == "G":
                fl.gap(sz * 0.6)
            elif ln[0] == "L":
                _, left, right, style, lvl = ln
                fl.text(left, style, sz + (0.5 if lvl < 2 else 0), right=right)
            elif ln[0] == "B":
                fl.bullet(ln[1], ch, sz)
            elif ln[0] == "P":
                fl.text(ln[1], "n", sz)


def render_rl(R, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    size = letter if R.get("paper", "letter") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R.get("pdf_title", R["name"] + " CV"))
    c.setAuthor(R["name"])
    c.setCreator(R.get("creator", "Microsoft® Word for Microsoft 365"))
    fonts = _rl_fonts(R.get("font", "helv"))
    sz = R.get("size", 10)
    acc = R.get("accent", (0, 0, 0))
    layout = R["layout"]
    m = R.get("margin", 54)
    pageno = [1]

    def footer(fl_or_none=None):
        if R.get("footer"):
            c.setFont(fonts["i"], 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(n=pageno[0]))

    def on_page(fl):
        pageno[0] += 1
        footer()

    if layout == "sidebar":
        sw = R.get("sidebar_w", 170)
        c.setFillColorRGB(*R.get("sidebar_rgb", (0.9, 0.92, 0.94)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sfl = RLFlow(c, fonts, 18, sw - 14, H - 50, 30, sz - 1, accent=acc)
        if R.get("name_in_sidebar"):
            for part in R["name"].split(" ", 1):
                sfl.text(part, "b", 17, lead=1.2, color=acc)
            sfl.gap(6)
        for sec in R.get("sidebar", []):
            sfl.heading(sec[1].upper(), "b", sz, rule=False)
            for it in sec[2]:
                if sec[0] == "list":
                    sfl.bullet(it, R.get("bullet", "•"), sz - 1.5, indent=0)
                else:
                    sfl.text(it, "n", sz - 1.5)
        fl = RLFlow(c, fonts, sw + 24, W - 40, H - 48, 40, sz, page_cb=on_page, accent=acc)
        if not R.get("name_in_sidebar"):
            fl.text(R["name"], "b", 20, lead=1.1, color=acc)
        if R.get("headline"):
            fl.text(R["headline"], "i", sz + 1)
        for ln in R.get("contact", []):
            fl.text(ln, "n", sz - 1)
    else:
        fl = RLFlow(c, fonts, m, W - m, H - m + 6, 48 if R.get("footer") else 40, sz, page_cb=on_page, accent=acc)
        if layout == "twocol":
            top = H - m + 6
            c.setFont(fonts["b"], 21)
            c.setFillColorRGB(*acc)
            c.drawString(m, top - 24, R["name"])
            c.setFillColorRGB(0, 0, 0)
            if R.get("headline"):
                c.setFont(fonts["i"], sz + 1)
                c.drawString(m, top - 40, R["headline"])
            yy = top - 12
            c.setFont(fonts["n"], sz - 1)
            for ln in R.get("contact", []):
                c.drawRightString(W - m, yy, ln)
                yy -= (sz - 1) * 1.35
            fl.y = min(top - 48, yy) - 6
            c.setStrokeColorRGB(*acc)
            c.setLineWidth(1.2)
            c.line(m, fl.y, W - m, fl.y)
            fl.gap(4)
        else:
            centred = R.get("centre", False)
            fl.need(30)
            fl.y -= 22
            c.setFont(fonts["b"], 19)
            c.setFillColorRGB(*acc)
            (c.drawCentredString(W / 2, fl.y, R["name"]) if centred else c.drawString(m, fl.y, R["name"]))
            c.setFillColorRGB(0, 0, 0)
            lines = ([R["headline"]] if R.get("headline") else []) + R.get("contact", [])
            for k, ln in enumerate(lines):
                fl.y -= (sz) * 1.35
                c.setFont(fonts["i" if (k == 0 and R.get("headline")) else "n"], sz - 0.5)
                (c.drawCentredString(W / 2, fl.y, ln) if centred else c.drawString(m, fl.y, ln))
            fl.gap(4)
    footer()
    for sec in R["sections"]:
        rl_section(fl, R, sec, sz)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "I", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 6, R["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format=R.get("paper", "A4"), unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(R.get("pdf_title", R["name"] + " - CV"))
    pdf.set_author(R["name"])
    pdf.set_creator(R.get("creator", "Writer"))
    pdf.set_producer(R.get("producer", "LibreOffice 7.6"))
    fam = R.get("font", "dejavu")
    files = {"dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
             "dvserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
             "dvcond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                        "DejaVuSansCondensed-BoldOblique.ttf")}[fam]
    for st, fn in zip(("", "B", "I", "BI"), files):
        pdf.add_font("dv", st, os.path.join(DEJAVU, fn))
    m = R.get("margin", 18)
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, margin=20 if R.get("footer") else 14)
    pdf.add_page()
    sz = R.get("size", 10)
    acc = R.get("accent", (0, 0, 0))
    lh = sz * 0.5
    layout = R["layout"]
    ch = R.get("bullet", "•")

    main_x = m
    NL = dict(new_x="LMARGIN", new_y="NEXT")
    if layout == "sidebar":
        sw = R.get("sidebar_w", 58)
        sb_rgb = R.get("sidebar_rgb", (232, 236, 240))
        dark = sum(sb_rgb) < 300
        pdf.set_fill_color(*sb_rgb)
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(8)
        pdf.set_right_margin(pdf.w - sw + 6)
        pdf.set_xy(8, 16)
        pdf.set_font("dv", "B", 15)
        pdf.set_text_color(*(acc if not dark else (255, 255, 255)))
        pdf.multi_cell(0, 7, R["name"], **NL)
        pdf.ln(2)
        for sec in R.get("sidebar", []):
            pdf.ln(3)
            pdf.set_font("dv", "B", sz - 1)
            pdf.set_text_color(*acc)
            pdf.multi_cell(0, lh, sec[1].upper(), **NL)
            pdf.set_text_color(*((0, 0, 0) if not dark else (235, 235, 235)))
            pdf.set_font("dv", "", sz - 2)
            for it in sec[2]:
                pdf.multi_cell(0, lh * 0.95, (ch + " " if sec[0] == "list" else "") + it, **NL)
        pdf.set_text_color(0, 0, 0)
        main_x = sw + 8
        pdf.set_left_margin(main_x)
        pdf.set_right_margin(m)
        pdf.set_xy(main_x, 16)
        if R.get("headline"):
            pdf.set_font("dv", "B", sz + 3)
            pdf.set_text_color(*acc)
            pdf.multi_cell(0, lh + 2, R["headline"], **NL)
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("dv", "", sz - 1)
        for ln in R.get("contact", []):
            pdf.multi_cell(0, lh, ln, **NL)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", 18)
        pdf.set_text_color(*acc)
        pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if R.get("headline"):
            pdf.set_font("dv", "I", sz + 0.5)
            pdf.cell(0, lh + 1, R["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", sz - 1)
        if R.get("contact_join"):
            pdf.multi_cell(0, lh, R["contact_join"].join(R.get("contact", [])), align=align)
        else:
            for ln in R.get("contact", []):
                pdf.cell(0, lh, ln, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_draw_color(*acc)
        pdf.line(m, pdf.get_y() + 1, pdf.w - m, pdf.get_y() + 1)
        pdf.ln(2)

    def head(t):
        pdf.ln(3)
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_font("dv", "B", sz + 1)
        pdf.set_text_color(*acc)
        pdf.cell(0, lh + 2, t.upper() if R.get("headcase", "upper") == "upper" else t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if R.get("rule", True):
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)

    def bul(t, s=sz):
        pdf.set_font("dv", "", s)
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(4, lh, ch)
        pdf.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")

    stmap = {"b": "B", "i": "I", "n": "", "bi": "BI"}
    for sec in R["sections"]:
        head(sec[1])
        typ = sec[0]
        if typ == "text":
            pdf.set_font("dv", "", sz)
            for p in sec[2].split("\n"):
                pdf.multi_cell(0, lh, p, new_x="LMARGIN", new_y="NEXT")
        elif typ == "list":
            for it in sec[2]:
                bul(it)
        elif typ == "lines":
            pdf.set_font("dv", "", sz)
            for it in sec[2]:
                pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
        elif typ == "kv":
            for k, v in sec[2]:
                pdf.set_font("dv", "B", sz)
                pdf.write(lh, k + ": ")
                pdf.set_font("dv", "", sz)
                pdf.write(lh, v)
                pdf.ln(lh)
        elif typ == "entries":
            for ln in entry_lines(R, sec[2]):
                if ln[0] == "G":
                    pdf.ln(lh * 0.6)
                elif ln[0] == "L":
                    _, left, right, style, lvl = ln
                    if pdf.get_y() > pdf.h - 30 and lvl < 2:
                        pdf.add_page()
                    pdf.set_font("dv", stmap[style], sz + (0.5 if lvl < 2 else 0))
                    y = pdf.get_y()
                    if right:
                        pdf.set_font("dv", "", sz)
                        rw = pdf.get_string_width(right) + 2
                        pdf.set_font("dv", stmap[style], sz + (0.5 if lvl < 2 else 0))
                        pdf.multi_cell(pdf.epw - rw - 2, lh + 0.5, left, new_x="LMARGIN", new_y="NEXT")
                        y2 = pdf.get_y()
                        pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                        pdf.set_font("dv", "", sz)
                        pdf.cell(rw, lh + 0.5, right, align="R")
                        pdf.set_xy(pdf.l_margin, y2)
                    else:
                        pdf.multi_cell(0, lh + 0.5, left, new_x="LMARGIN", new_y="NEXT")
                elif ln[0] == "B":
                    bul(ln[1])
                elif ln[0] == "P":
                    pdf.set_font("dv", "", sz)
                    pdf.multi_cell(0, lh, ln[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                               "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                "w:tblDescription", "w:tblPrChange")


def _bottom_rule(par, color="444444"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), "6")
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    bdr.append(bt)
    pPr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                              "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                              "w:pPrChange")


def render_docx(R, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sect = doc.sections[0]
    if R.get("paper", "A4") == "A4":
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
    mg = Cm(R.get("margin_cm", 2.0))
    sect.left_margin = sect.right_margin = mg
    sect.top_margin = sect.bottom_margin = Cm(R.get("margin_cm", 2.0))
    textw = sect.page_width - 2 * mg
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("size", 10.5))
    acc = RGBColor(*R.get("accent", (0x1F, 0x3A, 0x5F)))
    mode = R["layout"]          # styles | tabs | table | sidebar
    ch = R.get("bullet")        # None -> Word List Bullet style

    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doc_title", "CV")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.comments = ""

    def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(R.get("space_after", 2))
        return p

    def bullet(container, text):
        if ch:
            p = para(container, f"{ch}\t{text}")
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.5)
        else:
            p = para(container, text, style="List Bullet")
        return p

    def heading(container, text):
        if R.get("heading_style") and container is doc:
            h = doc.add_heading(text, level=R.get("heading_level", 1))
            return h
        p = para(container, text.upper() if R.get("headcase", "upper") == "upper" else text, bold=True,
                 size=R.get("size", 10.5) + 1.5, color=acc)
        p.paragraph_format.space_before = Pt(8)
        if R.get("rule", True):
            _bottom_rule(p)
        return p

    def tab_line(container, left, right, style, width):
        p = para(container)
        r = p.add_run(left)
        r.bold = "b" in style or None
        r.italic = "i" in style or None
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    def entries(container, ents, width):
        lines = entry_lines(R, ents)
        k = 0
        while k < len(lines):
            ln = lines[k]
            if ln[0] == "G":
                pass
            elif ln[0] == "L":
                _, left, right, style, lvl = ln
                if mode == "styles" and lvl == 1:
                    h = doc.add_heading(level=R.get("entry_heading_level", 2)) if container is doc else para(container)
                    h.add_run(left)
                    if right:
                        h2 = para(container, right, italic=True)
                elif mode == "styles" and lvl == 0:
                    h = doc.add_heading(left, level=2) if container is doc else para(container, left, bold=True)
                elif (mode in ("table",) or (mode == "sidebar" and R.get("nested"))) and lvl in (0, 1) and right:
                    t = container.add_table(rows=1, cols=2)
                    _no_borders(t)
                    t.autofit = False
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = int(width * 0.68), int(width * 0.32)
                    t.columns[0].width, t.columns[1].width = int(width * 0.68), int(width * 0.32)
                    p0 = c0.paragraphs[0]
                    r0 = p0.add_run(left)
                    r0.bold = True
                    # following sub lines go into the left cell
                    while k + 1 < len(lines) and lines[k + 1][0] == "L" and lines[k + 1][4] == 2:
                        k += 1
                        pp = c0.add_paragraph()
                        rr = pp.add_run(lines[k][1])
                        rr.italic = "i" in lines[k][3] or None
                    p1 = c1.paragraphs[0]
                    p1.add_run(right)
                    p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    tab_line(container, left, right, style, width)
            elif ln[0] == "B":
                bullet(container, ln[1])
            elif ln[0] == "P":
                para(container, ln[1])
            k += 1

    def section(container, sec, width):
        typ = sec[0]
        heading(container, sec[1])
        if typ == "text":
            for ptxt in sec[2].split("\n"):
                para(container, ptxt)
        elif typ == "list":
            for it in sec[2]:
                bullet(container, it)
        elif typ == "lines":
            for it in sec[2]:
                para(container, it)
        elif typ == "kv":
            for kk, v in sec[2]:
                p = para(container)
                p.add_run(kk + ": ").bold = True
                p.add_run(v)
        elif typ == "entries":
            entries(container, sec[2], width)

    contact = R.get("contact", [])
    if R.get("header_contact"):
        hp = sect.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(14)
        hp2 = sect.header.add_paragraph(" | ".join(contact))
        hp2.runs[0].font.size = Pt(8.5)
        if R.get("footer"):
            fp = sect.footer.paragraphs[0]
            fp.add_run(R["footer"])
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
    elif mode != "sidebar":
        if R.get("heading_style"):
            doc.add_heading(R["name"], level=0)
        else:
            para(doc, R["name"], bold=True, size=20, color=acc,
                 align=WD_ALIGN_PARAGRAPH.CENTER if R.get("centre") else None)
        if R.get("headline"):
            para(doc, R["headline"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER if R.get("centre") else None)
        if R.get("contact_join"):
            para(doc, R["contact_join"].join(contact), size=9,
                 align=WD_ALIGN_PARAGRAPH.CENTER if R.get("centre") else None)
        else:
            for ln in contact:
                para(doc, ln, size=9)
        if R.get("footer"):
            fp = sect.footer.paragraphs[0]
            fp.add_run(R["footer"])

    if mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        sw = int(textw * R.get("sidebar_frac", 0.31))
        left, right = t.rows[0].cells
        left.width, right.width = sw, textw - sw
        t.columns[0].width, t.columns[1].width = sw, textw - sw
        _shade(left, R.get("sidebar_hex", "E7ECEF"))
        p = left.paragraphs[0]
        rn = p.add_run(R["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        rn.font.color.rgb = acc
        for ln in contact:
            para(left, ln, size=8.5)
        for sec in R.get("sidebar", []):
            section(left, sec, sw)
        first = True
        if R.get("headline"):
            right.paragraphs[0].add_run(R["headline"]).italic = True
            first = False
        for sec in R["sections"]:
            section(right, sec, textw - sw - Cm(0.4))
    else:
        for sec in R["sections"]:
            section(doc, sec, textw)

    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- text
def _txt_head(R, left, right, width):
    mode = R.get("txt_right", "pad")
    if not right:
        return left
    if mode == "pad":
        gap = max(3, width - len(left) - len(right))
        return left + " " * gap + right
    if mode == "tab":
        return left + "\t" + right
    if mode == "paren":
        return f"{left} ({right})"
    if mode == "pipe":
        return f"{left} | {right}"
    if mode == "dash":
        return f"{left} - {right}"
    if mode == "comma":
        return f"{left}, {right}"
    if mode == "newline":
        return left + "\n" + right
    raise ValueError(mode)


def render_txt(R, path):
    W = R.get("width", 80)
    wrap = R.get("wrap", True)
    ch = R.get("bullet", "-")
    out = []

    def w(t, indent=""):
        if not wrap:
            out.append(indent + t)
        else:
            out.extend(textwrap.wrap(t, W, initial_indent=indent, subsequent_indent=indent) or [""])

    for ln in R.get("top", [R["name"]] + R.get("contact", [])):
        out.append(ln)
    for sec in R["sections"]:
        out.append("")
        hs = R.get("headcase", "upper")
        h = sec[1].upper() if hs == "upper" else sec[1]
        out.append(h)
        if R.get("underline"):
            out.append(R["underline"] * len(h))
        typ = sec[0]
        if typ == "text":
            for p in sec[2].split("\n"):
                w(p)
        elif typ == "list":
            for it in sec[2]:
                w(f"{ch} {it}")
        elif typ in ("lines", "raw"):
            out.extend(sec[2])
        elif typ == "kv":
            for k, v in sec[2]:
                w(f"{k}: {v}")
        elif typ == "sea":
            _txt_seafarer(R, sec[2], out, w)
        elif typ == "entries":
            if R.get("txt_mode") == "labels":
                _txt_labels(R, sec[2], out, w)
                continue
            if R.get("txt_mode") == "seafarer":
                _txt_seafarer(R, sec[2], out, w)
                continue
            for ln in entry_lines(R, sec[2]):
                if ln[0] == "G":
                    out.append("")
                elif ln[0] == "L":
                    _, left, right, style, lvl = ln
                    if lvl == 0 and R.get("orgcaps"):
                        left = left.upper()
                    if lvl == 1 and R.get("titlecaps"):
                        left = left.upper()
                    out.append(_txt_head(R, left, right, W))
                elif ln[0] == "B":
                    w(f"{ch} {ln[1]}", R.get("bindent", ""))
                elif ln[0] == "P":
                    w(ln[1])
    for ln in R.get("tail", []):
        out.append(ln)
    txt = "\n".join(out).rstrip() + "\n"
    if R.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)


def _txt_labels(R, ents, out, w):
    """Philippine-style 'Position: / Company: / Inclusive Dates:' blocks."""
    lab = R.get("labels", ("Position", "Company", "Address", "Inclusive Dates", "Duties"))
    df = R["df"]
    for i, e in enumerate(ents):
        if i:
            out.append("")
        out.append(f"{lab[0]}: {e.title}")
        if e.org:
            out.append(f"{lab[1]}: {e.org}")
        if e.loc:
            out.append(f"{lab[2]}: {e.loc}")
        out.append(f"{lab[3]}: {df.rng(e)}")
        if e.extra:
            out.append(e.extra)
        if e.bullets:
            out.append(f"{lab[4]}:")
            for b in e.bullets:
                w(f"{R.get('bullet', '-')} {b}", "   ")


def _txt_seafarer(R, ents, out, w):
    """Sea service record table, then duties per contract."""
    cols = R["sea_cols"]
    rows = [cols]
    for e in ents:
        rows.append([e.extra or "", e.title, e.org or "", e.dt[0], e.dt[1]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(cols))]
    for k, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("  ".join("-" * widths[i] for i in range(len(cols))))
    for e in ents:
        if e.bullets:
            out.append("")
            out.append(f"Duties as {e.title} ({e.extra or e.org}):")
            for b in e.bullets:
                w(f"{R.get('bullet', '-')} {b}", "  ")


# ---------------------------------------------------------------- markdown
def render_md(R, path):
    esc = lambda s: s
    out = []
    mode = R["layout"]     # h3 | bold | table
    out.append(f"# {R['name']}")
    out.append("")
    if R.get("headline"):
        out.append(f"_{R['headline']}_")
        out.append("")
    if R.get("contact"):
        out.append(R.get("contact_join", " · ").join(R["contact"]) if R.get("contact_join", " · ") != "lines"
                   else "  \n".join(R["contact"]))
        out.append("")
    ch = R.get("bullet", "-")
    df = R["df"]
    for sec in R["sections"]:
        out.append(f"{R.get('hmark', '##')} {sec[1]}")
        out.append("")
        typ = sec[0]
        if typ == "text":
            for p in sec[2].split("\n"):
                out.append(p)
                out.append("")
        elif typ == "list":
            for it in sec[2]:
                out.append(f"{ch} {it}")
            out.append("")
        elif typ == "lines":
            for it in sec[2]:
                out.append(it + "  ")
            out.append("")
        elif typ == "kv":
            for k, v in sec[2]:
                out.append(f"**{k}:** {v}  ")
            out.append("")
        elif typ == "entries":
            if mode == "table" and sec[3:] and sec[3] == "table":
                out.append("| When | Role | Where |")
                out.append("|---|---|---|")
                for e in sec[2]:
                    out.append(f"| {df.rng(e)} | {e.title} | {org_loc(R, e)} |")
                out.append("")
                for e in sec[2]:
                    if e.bullets:
                        out.append(f"**{e.title}** ({e.org or ''}): " + " ".join(e.bullets) if e.prose
                                   else f"**{e.title}, {e.org}**" if e.org else f"**{e.title}**")
                        if not e.prose:
                            for b in e.bullets:
                                out.append(f"{ch} {b}")
                        out.append("")
                continue
            for e in sec[2]:
                d = df.rng(e)
                ol = org_loc(R, e)
                if mode == "h3":
                    out.append(f"### {e.title}" + (f" — {e.org}" if e.org and R.get("h3_org") else ""))
                    meta = []
                    if not R.get("h3_org") and e.org:
                        meta.append(f"**{e.org}**")
                    if e.loc:
                        meta.append(e.loc)
                    if d:
                        meta.append(f"_{d}_")
                    out.append(" · ".join(meta) if R.get("h3_org") is None or True else "")
                elif mode in ("bold", "table"):
                    bits = [f"**{e.title}**"]
                    if ol:
                        bits.append(ol)
                    line = ", ".join(bits)
                    if d:
                        line += f" ({d})" if R.get("md_dates") == "paren" else f" — _{d}_"
                    out.append(line)
                elif mode == "dateslead":
                    out.append(f"**{d}** | {e.title}" + (f" | {ol}" if ol else ""))
                if e.extra:
                    out.append("")
                    out.append(f"_{e.extra}_")
                out.append("")
                if e.bullets:
                    if e.prose:
                        out.append(" ".join(e.bullets))
                    else:
                        for b in e.bullets:
                            out.append(f"{ch} {b}")
                    out.append("")
    for ln in R.get("tail", []):
        out.append(ln)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(R, path):
    e_ = htmlmod.escape
    mode = R["layout"]      # site | table | gdoc
    df = R["df"]
    css = R.get("css", "")
    o = ["<!DOCTYPE html>", '<html lang="%s">' % R.get("lang", "en"), "<head>", '<meta charset="utf-8">',
         f"<title>{e_(R.get('html_title', R['name'] + ' – CV'))}</title>"]
    if css:
        o.append("<style>\n" + css.strip() + "\n</style>")
    o.append("</head>")
    o.append("<body>")
    if mode == "gdoc":
        o.append(f'<p class="c12 title"><span class="c7">{e_(R["name"])}</span></p>')
        for ln in R.get("contact", []):
            o.append(f'<p class="c3"><span class="c2">{e_(ln)}</span></p>')
    else:
        o.append("<header>")
        o.append(f"<h1>{e_(R['name'])}</h1>")
        if R.get("headline"):
            o.append(f'<p class="tagline">{e_(R["headline"])}</p>')
        if R.get("contact"):
            o.append('<p class="contact">' + " &middot; ".join(e_(c) for c in R["contact"]) + "</p>")
        o.append("</header>")
        o.append("<main>")
    for sec in R["sections"]:
        typ = sec[0]
        if mode == "gdoc":
            o.append(f'<h2 class="c9"><span class="c5">{e_(sec[1])}</span></h2>')
        else:
            o.append(f'<section id="{sec[1].lower().replace(" ", "-")}">')
            o.append(f"<h2>{e_(sec[1])}</h2>")
        if typ == "text":
            for p in sec[2].split("\n"):
                o.append(f"<p>{e_(p)}</p>")
        elif typ in ("list",):
            o.append('<ul class="%s">' % ("c0" if mode == "gdoc" else "plain"))
            for it in sec[2]:
                o.append(f"<li>{e_(it)}</li>")
            o.append("</ul>")
        elif typ == "lines":
            for it in sec[2]:
                o.append(f"<p>{e_(it)}</p>")
        elif typ == "kv":
            o.append("<dl>")
            for k, v in sec[2]:
                o.append(f"<dt>{e_(k)}</dt><dd>{e_(v)}</dd>")
            o.append("</dl>")
        elif typ == "entries":
            if mode == "table":
                o.append('<table class="jobs">')
            for e in sec[2]:
                d = df.rng(e)
                bl = ""
                if e.bullets:
                    if e.prose:
                        bl = f"<p>{e_(' '.join(e.bullets))}</p>"
                    else:
                        bl = "<ul>" + "".join(f"<li>{e_(b)}</li>" for b in e.bullets) + "</ul>"
                ex = f'<p class="note">{e_(e.extra)}</p>' if e.extra else ""
                if mode == "site":
                    o.append('<article class="job">')
                    o.append(f"<h3>{e_(e.title)}</h3>")
                    meta = []
                    if e.org:
                        meta.append(f'<span class="org">{e_(e.org)}</span>')
                    if e.loc:
                        meta.append(f'<span class="loc">{e_(e.loc)}</span>')
                    if d:
                        meta.append(f'<time>{e_(d)}</time>')
                    o.append('<p class="meta">' + " &bull; ".join(meta) + "</p>")
                    o.append(ex + bl)
                    o.append("</article>")
                elif mode == "table":
                    o.append(f'<tr><td class="when">{e_(d)}</td><td><strong>{e_(e.title)}</strong>'
                             + (f"<br>{e_(org_loc(R, e))}" if org_loc(R, e) else "") + ex + bl + "</td></tr>")
                elif mode == "gdoc":
                    o.append(f'<p class="c4"><span class="c1">{e_(e.title)}</span><span class="c2">, '
                             f'{e_(org_loc(R, e))}</span><span class="c6">&nbsp;&nbsp;&nbsp;&nbsp;{e_(d)}</span></p>'
                             if org_loc(R, e) else
                             f'<p class="c4"><span class="c1">{e_(e.title)}</span><span class="c6">&nbsp;&nbsp;{e_(d)}</span></p>')
                    if e.extra:
                        o.append(f'<p class="c3"><span class="c8">{e_(e.extra)}</span></p>')
                    if e.bullets:
                        if e.prose:
                            o.append(f'<p class="c3"><span class="c2">{e_(" ".join(e.bullets))}</span></p>')
                        else:
                            o.append('<ul class="c0 lst-kix_list_1-0">' +
                                     "".join(f'<li class="c3 li-bullet-0"><span class="c2">{e_(b)}</span></li>'
                                             for b in e.bullets) + "</ul>")
            if mode == "table":
                o.append("</table>")
        if mode != "gdoc":
            o.append("</section>")
    if mode != "gdoc":
        o.append("</main>")
    if R.get("html_footer"):
        o.append(f"<footer><p>{e_(R['html_footer'])}</p></footer>")
    o.append("</body>")
    o.append("</html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
