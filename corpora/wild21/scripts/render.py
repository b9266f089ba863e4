"""Renderers for wild21: reportlab canvas and fpdf2 (one small layout engine, two back ends),
python-docx, plain text, Markdown and HTML.

A résumé is a dict (see defs_a.py / defs_b.py).  Its body is a list of blocks:
  ('h', text)            section heading
  ('p', text)            paragraph
  ('list', [items])      bulleted list (skills etc.)
  ('lines', [items])     plain lines
  ('kv', [(k, v)])       'Key: value' lines (personal details)
  ('edu', [(left, right, sub)])  education/certificate lines (sub may be None)
  ('jobs', [E, ...])     work-history entries (the only blocks that make gold entries)
"""
import datetime
import html as htmlmod
import io
import os
import zipfile

from lib import fmt_dates

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 11, 2, 9, 30, 0)


# ---------------------------------------------------------------- entry rows
def org_loc(e, sep=", "):
    return sep.join(p for p in (e.org, e.loc) if p)


def entry_rows(e, R):
    """Turn an entry into display rows: ('h1', left, right), ('h2', left, right),
    ('meta', text), ('b', text), ('p', text)."""
    order = R.get("order", "title_org")
    d = fmt_dates(e, R["ds"])
    sep = R.get("orgsep", ", ")
    ol = org_loc(e, sep)
    rows = []
    if order == "title_org":
        rows.append(("h1", e.title, d))
        if ol:
            rows.append(("h2", ol, ""))
    elif order == "org_title":
        if ol:
            rows.append(("h1", ol, d))
            rows.append(("h2", e.title, ""))
        else:
            rows.append(("h1", e.title, d))
    elif order == "dateline":
        rows.append(("h1", e.title, ""))
        if ol:
            rows.append(("h2", ol, ""))
        if d:
            rows.append(("meta", d))
    elif order == "datefirst":
        if d:
            rows.append(("meta", d))
        rows.append(("h1", e.title, ""))
        if ol:
            rows.append(("h2", ol, ""))
    elif order == "dash":
        t = e.title + (R.get("tdash", " – ") + ol if ol else "")
        rows.append(("h1", t, d))
    elif order == "pipe":
        t = " | ".join(p for p in (e.title, e.org, e.loc) if p)
        rows.append(("h1", t, d))
    elif order == "at":
        t = e.title + (f" at {e.org}" if e.org else "")
        rows.append(("h1", t, d))
        if e.loc:
            rows.append(("h2", e.loc, ""))
    elif order == "inline":
        t = e.title + (", " + ol if ol else "")
        rows.append(("h1", t + (f" ({d})" if d else ""), ""))
    else:
        raise ValueError(order)
    if e.note:
        rows.append(("meta", e.note))
    if e.bullets:
        if e.prose:
            rows.append(("p", " ".join(e.bullets)))
        else:
            rows.extend(("b", b) for b in e.bullets)
    return rows


def job_groups(entries, R):
    """For org-first layouts: consecutive entries with the same organisation form a group."""
    groups = []
    for e in entries:
        if R.get("order") == "orgfirst" and e.org and groups and groups[-1][0] == e.org:
            groups[-1][1].append(e)
        else:
            groups.append((e.org if R.get("order") == "orgfirst" else None, [e]))
    return groups


def orgfirst_rows(org, es, R):
    """Org heading then roles (title + dates) beneath."""
    rows = []
    if org is None:
        e = es[0]
        rows.append(("h1", e.title, fmt_dates(e, R["ds"])))
        if e.loc:
            rows.append(("h2", e.loc, ""))
    else:
        loc = es[0].loc
        rows.append(("h1", org + (R.get("orgsep", ", ") + loc if loc else ""), R.get("grouprange", {}).get(org, "")))
    for i, e in enumerate(es):
        if org is not None:
            rows.append(("h2", e.title, fmt_dates(e, R["ds"])))
            if e.loc and e.loc != loc:
                rows.append(("meta", e.loc))
        if e.note:
            rows.append(("meta", e.note))
        if e.bullets:
            if e.prose:
                rows.append(("p", " ".join(e.bullets)))
            else:
                rows.extend(("b", b) for b in e.bullets)
    return rows


def all_job_rows(entries, R):
    out = []
    if R.get("order") == "orgfirst":
        for org, es in job_groups(entries, R):
            out.append(orgfirst_rows(org, es, R))
    else:
        for e in entries:
            out.append(entry_rows(e, R))
    return out


# ---------------------------------------------------------------- PDF engine
class RLBackend:
    FONTS = {
        "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
        "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
        "dejavuc": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    }

    def __init__(self, out, size, R):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self.pdfmetrics = pdfmetrics
        fam = R.get("font", "helv")
        if fam.startswith("dejavu"):
            for n in self.FONTS[fam]:
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, DEJAVU + n + ".ttf"))
        self.names = self.FONTS[fam]
        self.W, self.H = size
        self.c = canvas.Canvas(out, pagesize=size, invariant=1, pageCompression=1)
        self.c.setAuthor(R["name"])
        self.c.setTitle(R.get("doc_title", R["name"] + " - Resume"))
        self.c.setCreator(R.get("creator", "Microsoft Word"))
        self.font = None

    def set_font(self, style, size):
        self.font = ({"": 0, "B": 1, "I": 2}[style], size)

    def width(self, s):
        st, size = self.font
        return self.pdfmetrics.stringWidth(s, self.names[st], size)

    def text(self, x, y, s, color=(0, 0, 0)):
        st, size = self.font
        self.c.setFont(self.names[st], size)
        self.c.setFillColorRGB(*[v / 255 for v in color])
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, color):
        self.c.setFillColorRGB(*[v / 255 for v in color])
        self.c.rect(x, self.H - y - h, w, h, fill=1, stroke=0)

    def hline(self, x1, x2, y, color=(0, 0, 0), lw=0.6):
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPDFBackend:
    FONTS = {
        "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
        "dejavuc": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
        "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    }

    def __init__(self, out, size, R):
        from fpdf import FPDF
        self.out = out
        self.W, self.H = size
        self.pdf = FPDF(unit="pt", format=(self.W, self.H))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_DT)
        self.pdf.set_author(R["name"])
        self.pdf.set_title(R.get("doc_title", R["name"] + " CV"))
        self.pdf.set_creator(R.get("creator", "Writer"))
        fam = R.get("font", "dejavu")
        reg, bold, ital = self.FONTS[fam]
        self.fam = "F" + fam
        self.pdf.add_font(self.fam, "", DEJAVU + reg + ".ttf")
        self.pdf.add_font(self.fam, "B", DEJAVU + bold + ".ttf")
        self.pdf.add_font(self.fam, "I", DEJAVU + ital + ".ttf")
        self.pdf.add_page()

    def set_font(self, style, size):
        self.pdf.set_font(self.fam, style, size)

    def width(self, s):
        return self.pdf.get_string_width(s)

    def text(self, x, y, s, color=(0, 0, 0)):
        self.pdf.set_text_color(*color)
        self.pdf.text(x, y, s)

    def rect(self, x, y, w, h, color):
        self.pdf.set_fill_color(*color)
        self.pdf.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, color=(0, 0, 0), lw=0.6):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(lw)
        self.pdf.line(x1, y, x2, y)

    def new_page(self):
        self.pdf.add_page()

    def save(self):
        self.pdf.output(self.out)


LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)


class Painter:
    def __init__(self, backend_cls, out, R, total_pages=1):
        self.R = R
        size = LETTER if R.get("page", "a4") == "letter" else A4
        self.b = backend_cls(out, size, R)
        self.W, self.H = size
        self.m = R.get("margin", 50)
        self.top = self.m
        self.bottom = self.H - self.m - (18 if R.get("footer") else 0)
        self.page = 1
        self.total = total_pages
        self.accent = R.get("accent", (0, 0, 0))
        self.base = R.get("size", 10)
        self.x, self.w = self.m, self.W - 2 * self.m
        self.y = self.top

    # -- primitives
    def wrap(self, s, w):
        words, lines, cur = s.split(" "), [], ""
        for wd in words:
            t = (cur + " " + wd) if cur else wd
            if self.b.width(t) <= w or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def need(self, h):
        if self.y + h > self.bottom:
            self.footer()
            self.b.new_page()
            self.page += 1
            self.y = self.top
            if self.R.get("layout") == "sidebar":
                self.x, self.w = self.m, self.W - 2 * self.m

    def footer(self):
        f = self.R.get("footer")
        if not f:
            return
        self.b.set_font("", 8)
        s = f.format(n=self.page, total=self.total)
        self.b.hline(self.m, self.W - self.m, self.H - self.m + 2, (180, 180, 180), 0.4)
        self.b.text((self.W - self.b.width(s)) / 2, self.H - self.m + 14, s, (110, 110, 110))

    def line(self, s, style="", size=None, color=(0, 0, 0), right=None, indent=0, lead=1.3,
             align="left", rcolor=None):
        size = size or self.base
        self.b.set_font(style, size)
        rw = self.b.width(right) + 10 if right else 0
        lines = self.wrap(s, self.w - indent - rw) if s else [""]
        for i, ln in enumerate(lines):
            self.need(size * lead)
            self.b.set_font(style, size)
            base = self.y + size
            if align == "center":
                self.b.text(self.x + (self.w - self.b.width(ln)) / 2, base, ln, color)
            elif align == "right":
                self.b.text(self.x + self.w - self.b.width(ln), base, ln, color)
            else:
                self.b.text(self.x + indent, base, ln, color)
            if right and i == 0:
                self.b.set_font(self.R.get("rstyle", ""), size)
                self.b.text(self.x + self.w - self.b.width(right), base, right, rcolor or color)
                self.b.set_font(style, size)
            self.y += size * lead

    def bullet(self, s, char=None, size=None):
        char = char or self.R.get("bullet", "•")
        size = size or self.base
        self.b.set_font("", size)
        ind = self.R.get("bindent", 10)
        lines = self.wrap(s, self.w - ind - 10)
        for i, ln in enumerate(lines):
            self.need(size * 1.3)
            self.b.set_font("", size)
            base = self.y + size
            if i == 0:
                self.b.text(self.x + ind - 9, base, char, (0, 0, 0))
            self.b.text(self.x + ind + 2, base, ln)
            self.y += size * 1.3

    def space(self, h):
        self.y += h

    # -- blocks
    def heading(self, s):
        hs = self.R.get("hstyle", "caps_rule")
        self.space(self.base * 0.8)
        self.need(self.base * 3)
        if hs == "caps_rule":
            self.line(s.upper(), "B", self.base + 1, self.accent)
            self.b.hline(self.x, self.x + self.w, self.y - 1, self.accent, 0.7)
            self.space(4)
        elif hs == "color":
            self.line(s, "B", self.base + 3, self.accent)
            self.space(1)
        elif hs == "band":
            self.b.rect(self.x, self.y, self.w, self.base * 1.6, self.R.get("band", (230, 230, 230)))
            self.y += 2
            self.line(" " + s.upper(), "B", self.base, self.accent)
            self.space(3)
        else:
            self.line(s, "B", self.base + 1)
            self.space(1)

    def rows(self, rows):
        for kind, *rest in rows:
            if kind == "h1":
                self.line(rest[0], "B", self.base + 0.5, right=rest[1] or None)
            elif kind == "h2":
                self.line(rest[0], self.R.get("h2style", "I"), self.base, right=rest[1] or None)
            elif kind == "meta":
                self.line(rest[0], "", self.base - 1, (90, 90, 90))
            elif kind == "b":
                self.bullet(rest[0])
            elif kind == "p":
                self.line(rest[0], "", self.base, lead=1.35)
        self.space(self.R.get("jobgap", 6))

    def blocks(self, blocks):
        for blk in blocks:
            k = blk[0]
            if k == "h":
                self.heading(blk[1])
            elif k == "p":
                self.line(blk[1], "", self.base, lead=1.35)
            elif k == "list":
                for it in blk[1]:
                    self.bullet(it)
            elif k == "lines":
                for it in blk[1]:
                    self.line(it, "", self.base)
            elif k == "kv":
                for a, v in blk[1]:
                    self.line(f"{a}: {v}", "", self.base)
            elif k == "edu":
                for left, right, sub in blk[1]:
                    self.line(left, "B", self.base, right=right or None)
                    if sub:
                        self.line(sub, "", self.base)
                    self.space(3)
            elif k == "jobs":
                for rows in all_job_rows(blk[1], self.R):
                    self.rows(rows)
            elif k == "break":
                self.need(10000)

    def header(self):
        R = self.R
        lay = R.get("layout", "plain")
        if lay == "twocol":
            y0 = self.y
            self.b.set_font("B", 22)
            self.b.text(self.x, self.y + 22, R["name"], self.accent)
            if R.get("headline"):
                self.b.set_font("", self.base + 1)
                self.b.text(self.x, self.y + 40, R["headline"], (80, 80, 80))
            yy = y0
            self.b.set_font("", self.base - 0.5)
            for c in R["contact"]:
                self.b.text(self.x + self.w - self.b.width(c), yy + 10, c)
                yy += 12.5
            self.y = max(y0 + 48, yy + 4)
            self.b.hline(self.x, self.x + self.w, self.y, self.accent, 1.2)
            self.space(6)
        elif lay == "centred":
            self.line(R["name"], "B", 18, self.accent, align="center")
            if R.get("headline"):
                self.line(R["headline"], "", self.base + 1, align="center")
            self.line("  |  ".join(R["contact"]), "", self.base - 1, align="center")
            self.space(2)
            self.b.hline(self.x, self.x + self.w, self.y, (0, 0, 0), 0.8)
            self.space(4)
        elif lay == "sidebar":
            sw = R.get("sidew", 160)
            self.b.rect(0, 0, sw + self.m * 0.6, self.H, R.get("sidebg", (235, 238, 242)))
            keep = (self.x, self.w)
            self.x, self.w = self.m * 0.6, sw - self.m * 0.3
            self.line(R["name"], "B", 17, self.accent)
            if R.get("headline"):
                self.line(R["headline"], "I", self.base)
            self.space(6)
            for c in R["contact"]:
                self.line(c, "", self.base - 1)
            self.blocks(R.get("side", []))
            self.x = sw + self.m * 0.6 + 18
            self.w = self.W - self.x - self.m * 0.8
            self.y = self.top
        else:  # plain / left
            self.line(R["name"], "B", 19, self.accent)
            if R.get("headline"):
                self.line(R["headline"], "", self.base + 1, (70, 70, 70))
            for c in R.get("contact_lines", [" · ".join(R["contact"])]):
                self.line(c, "", self.base - 0.5)
            self.space(2)
            if R.get("rule", True):
                self.b.hline(self.x, self.x + self.w, self.y, self.accent, 0.8)
            self.space(2)

    def run(self):
        self.header()
        self.blocks(self.R["blocks"])
        self.footer()
        self.b.save()
        return self.page


def render_pdf(R, path):
    backend = RLBackend if R["renderer"] == "rl" else FPDFBackend
    n = Painter(backend, io.BytesIO(), R, 1).run()
    Painter(backend, path, R, n).run()


# ---------------------------------------------------------------- DOCX
def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _bottom_border(par, color="444444"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


class DocxWriter:
    def __init__(self, R):
        from docx import Document
        from docx.shared import Pt, Inches, RGBColor
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
        self.Pt, self.Inches, self.RGB = Pt, Inches, RGBColor
        self.TAB, self.ALIGN = WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
        self.R = R
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = R.get("font", "Calibri")
        st.font.size = Pt(R.get("size", 10.5))
        sec = self.doc.sections[0]
        if R.get("page", "a4") == "a4":
            sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
        else:
            sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        sec.left_margin = sec.right_margin = Inches(R.get("marg", 0.8))
        sec.top_margin = sec.bottom_margin = Inches(0.7)
        self.textw = sec.page_width - sec.left_margin - sec.right_margin

    # container is doc or a table cell
    def para(self, cont, text="", style=None, bold=False, italic=False, size=None, color=None,
             right=None, align=None, space_after=2, tabpos=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = self.Pt(size)
            if color:
                r.font.color.rgb = self.RGB.from_string(color)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos or self.textw, self.TAB.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = self.R.get("ritalic", False)
            r2.bold = self.R.get("rbold", False)
        if align == "center":
            p.alignment = self.ALIGN.CENTER
        p.paragraph_format.space_after = self.Pt(space_after)
        return p

    def heading(self, cont, text):
        hs = self.R.get("hstyle", "styles")
        if hs == "styles" and cont is self.doc:
            h = self.doc.add_heading(text, level=self.R.get("hlevel", 1))
            return h
        if hs == "rule" or (hs == "styles"):
            p = self.para(cont, text.upper(), bold=True, size=self.R.get("size", 10.5) + 1,
                          color=self.R.get("accent", "1F3864"), space_after=3)
            _bottom_border(p, self.R.get("accent", "1F3864"))
            p.paragraph_format.space_before = self.Pt(8)
            return p
        p = self.para(cont, text, bold=True, size=self.R.get("size", 10.5) + 2, space_after=2)
        p.paragraph_format.space_before = self.Pt(8)
        return p

    def bullet(self, cont, text):
        if self.R.get("dbullet", "style") == "style":
            return self.para(cont, text, style="List Bullet", space_after=0)
        ch = self.R["dbullet"]
        p = self.para(cont, f"{ch}\t{text}", space_after=0)
        p.paragraph_format.left_indent = self.Inches(0.25)
        p.paragraph_format.first_line_indent = self.Inches(-0.18)
        p.paragraph_format.tab_stops.add_tab_stop(self.Inches(0.25))
        return p

    def rows(self, cont, rows, tabpos=None):
        for kind, *rest in rows:
            if kind == "h1":
                self.para(cont, rest[0], bold=True, right=rest[1] or None, space_after=0, tabpos=tabpos)
            elif kind == "h2":
                self.para(cont, rest[0], italic=self.R.get("h2italic", True), right=rest[1] or None,
                          space_after=1, tabpos=tabpos)
            elif kind == "meta":
                self.para(cont, rest[0], size=self.R.get("size", 10.5) - 1, color="595959", space_after=1)
            elif kind == "b":
                self.bullet(cont, rest[0])
            elif kind == "p":
                self.para(cont, rest[0], space_after=2)
        self.para(cont, "", space_after=0)

    def job_table(self, cont, rows):
        """A borderless two-column table for the heading rows, then bullets below."""
        head = [r for r in rows if r[0] in ("h1", "h2", "meta")]
        rest = [r for r in rows if r[0] not in ("h1", "h2", "meta")]
        t = cont.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        first = True
        rights = []
        for kind, *v in head:
            txt = v[0]
            if kind in ("h1", "h2") and v[1]:
                rights.append(v[1])
            p = left.paragraphs[0] if first else left.add_paragraph()
            first = False
            r = p.add_run(txt)
            r.bold = kind == "h1"
            r.italic = kind == "h2"
            if kind == "meta":
                r.font.size = self.Pt(self.R.get("size", 10.5) - 1)
        rp = right.paragraphs[0]
        rp.alignment = self.ALIGN.RIGHT
        rp.add_run("\n".join(rights))
        nested = cont is not self.doc
        w_all = self.R.get("tablew", 6.6 if not nested else 4.6)
        left.width = self.Inches(w_all * 0.68)
        right.width = self.Inches(w_all * 0.32)
        for kind, *v in rest:
            if kind == "b":
                self.bullet(cont, v[0])
            else:
                self.para(cont, v[0])
        self.para(cont, "", space_after=0)

    def blocks(self, cont, blocks, tabpos=None):
        for blk in blocks:
            k = blk[0]
            if k == "h":
                self.heading(cont, blk[1])
            elif k == "p":
                self.para(cont, blk[1], space_after=4)
            elif k == "list":
                for it in blk[1]:
                    self.bullet(cont, it)
            elif k == "lines":
                for it in blk[1]:
                    self.para(cont, it, space_after=0)
            elif k == "kv":
                for a, v in blk[1]:
                    p = self.para(cont, a + ": ", bold=True, space_after=0)
                    p.add_run(v)
            elif k == "edu":
                for left, right, sub in blk[1]:
                    self.para(cont, left, bold=True, right=right or None, space_after=0, tabpos=tabpos)
                    if sub:
                        self.para(cont, sub, space_after=3)
            elif k == "jobs":
                for rows in all_job_rows(blk[1], self.R):
                    if self.R.get("jobtable"):
                        self.job_table(cont, rows)
                    else:
                        self.rows(cont, rows, tabpos)

    def header_block(self, cont, centre=True):
        R = self.R
        al = "center" if centre else None
        self.para(cont, R["name"], bold=True, size=R.get("namesize", 20), align=al,
                  color=R.get("accent"), space_after=0)
        if R.get("headline"):
            self.para(cont, R["headline"], italic=True, align=al, space_after=0)
        for c in R.get("contact_lines", [" | ".join(R["contact"])]):
            self.para(cont, c, align=al, space_after=0, size=R.get("size", 10.5) - 0.5)

    def build(self, path):
        R = self.R
        lay = R.get("layout", "styles")
        doc = self.doc
        cp = doc.core_properties
        cp.author = R["name"]
        cp.last_modified_by = R["name"]
        cp.title = R.get("doc_title", "CV")
        cp.created = FIXED_DT.replace(tzinfo=None)
        cp.modified = FIXED_DT.replace(tzinfo=None)
        cp.last_printed = FIXED_DT.replace(tzinfo=None)
        cp.revision = 3
        cp.comments = ""
        if lay == "header":
            hdr = doc.sections[0].header
            hp = hdr.paragraphs[0]
            r = hp.add_run(R["name"])
            r.bold = True
            r.font.size = self.Pt(16)
            for c in R.get("contact_lines", [" · ".join(R["contact"])]):
                p = hdr.add_paragraph(c)
                p.paragraph_format.space_after = self.Pt(0)
            _bottom_border(hdr.paragraphs[-1])
            if R.get("headline"):
                self.para(doc, R["headline"], bold=True, space_after=4)
            self.blocks(doc, R["blocks"])
        elif lay == "sidebar":
            t = doc.add_table(rows=1, cols=2)
            _no_borders(t)
            side, main = t.rows[0].cells
            side.width = self.Inches(2.1)
            main.width = self.Inches(4.75)
            _shade(side, R.get("sidebg", "DCE6F0"))
            sp = side.paragraphs[0]
            r = sp.add_run(R["name"])
            r.bold = True
            r.font.size = self.Pt(16)
            if R.get("headline"):
                self.para(side, R["headline"], italic=True)
            for c in R["contact"]:
                self.para(side, c, space_after=0, size=R.get("size", 10.5) - 1)
            self.blocks(side, R.get("side", []))
            main.paragraphs[0].add_run("")
            self.blocks(main, R["blocks"], tabpos=self.Inches(4.6))
            # A nested skills table in the sidebar, as some templates have.
            if R.get("side_table"):
                self.heading(side, R["side_table"][0])
                nt = side.add_table(rows=0, cols=2)
                for a, b in R["side_table"][1]:
                    cells = nt.add_row().cells
                    cells[0].text, cells[1].text = a, b
        else:
            self.header_block(doc, centre=R.get("centre", lay != "tabs"))
            self.blocks(doc, R["blocks"])
        buf = io.BytesIO()
        doc.save(buf)
        fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))


def render_docx(R, path):
    DocxWriter(R).build(path)


# ---------------------------------------------------------------- text / markdown
def txt_right(left, right, R):
    if not right:
        return left
    how = R.get("tright", "pad")
    if how == "pad":
        width = R.get("twidth", 78)
        gap = max(3, width - len(left) - len(right))
        return left + " " * gap + right
    if how == "paren":
        return f"{left} ({right})"
    if how == "comma":
        return f"{left}, {right}"
    if how == "pipe":
        return f"{left} | {right}"
    if how == "newline":
        return f"{left}\n{right}"
    if how == "tab":
        return f"{left}\t{right}"
    raise ValueError(how)


def render_txt(R, path):
    out = []
    hs = R.get("hstyle", "caps")
    bch = R.get("bullet", "-")

    def heading(s):
        out.append("")
        if hs == "caps":
            out.append(s.upper())
        elif hs == "underline":
            out.append(s.upper())
            out.append(R.get("uchar", "=") * len(s))
        elif hs == "colon":
            out.append(s + ":")
        elif hs == "dashes":
            out.append(f"---------- {s.upper()} ----------")
        else:
            out.append(s)
        if R.get("hblank", False):
            out.append("")

    for line in R.get("top", [R["name"]] + R["contact"]):
        out.append(line)
    for blk in R["blocks"]:
        k = blk[0]
        if k == "h":
            heading(blk[1])
        elif k == "p":
            out.append(blk[1])
        elif k == "list":
            out.extend(f"{bch} {it}" for it in blk[1])
        elif k == "lines":
            out.extend(blk[1])
        elif k == "kv":
            w = max(len(a) for a, _ in blk[1]) + 1
            out.extend(f"{(a + ':').ljust(w + 1) if R.get('kvpad') else a + ': '}{v}" for a, v in blk[1])
        elif k == "edu":
            for left, right, sub in blk[1]:
                out.append(txt_right(left, right, R))
                if sub:
                    out.append(sub)
        elif k == "jobs":
            for n, rows in enumerate(all_job_rows(blk[1], R)):
                if n and R.get("jobblank", True):
                    out.append("")
                for kind, *v in rows:
                    if kind in ("h1", "h2"):
                        t = v[0].upper() if (kind == "h1" and R.get("h1caps")) else v[0]
                        out.append(txt_right(t, v[1], R))
                    elif kind == "meta":
                        out.append(v[0])
                    elif kind == "b":
                        out.append(f"{R.get('bpad', '')}{bch} {v[0]}")
                    elif kind == "p":
                        out.append(v[0])
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline=R.get("newline", "\n")) as f:
        f.write(text)


def render_md(R, path):
    out = []
    mv = R.get("mdstyle", "bold")
    out.append(f"# {R['name']}")
    if R.get("headline"):
        out.append(f"**{R['headline']}**")
        out.append("")
    out.append(R.get("mdcontact_sep", " · ").join(R["contact"]))
    bch = R.get("bullet", "-")
    for blk in R["blocks"]:
        k = blk[0]
        if k == "h":
            out.append("")
            out.append(f"{R.get('hmark', '##')} {blk[1]}")
            out.append("")
        elif k == "p":
            out.append(blk[1])
        elif k == "list":
            out.extend(f"{bch} {it}" for it in blk[1])
        elif k == "lines":
            out.extend(it + "  " for it in blk[1])
        elif k == "kv":
            out.extend(f"**{a}:** {v}  " for a, v in blk[1])
        elif k == "edu":
            for left, right, sub in blk[1]:
                out.append(f"**{left}**" + (f" — {right}" if right else "") + ("  " if sub else ""))
                if sub:
                    out.append(sub)
                out.append("")
        elif k == "jobs":
            for rows in all_job_rows(blk[1], R):
                for kind, *v in rows:
                    if kind == "h1":
                        if mv == "bold":
                            out.append(f"**{v[0]}**" + (f" | *{v[1]}*" if v[1] else "") + "  ")
                        elif mv == "h3":
                            out.append(f"### {v[0]}")
                            if v[1]:
                                out.append(f"*{v[1]}*  ")
                        elif mv == "h3right":
                            out.append(f"### {v[0]}" + (f" ({v[1]})" if v[1] else ""))
                    elif kind == "h2":
                        if mv == "h3" and R.get("order") == "orgfirst":
                            out.append("")
                            out.append(f"**{v[0]}**" + (f" — {v[1]}" if v[1] else "") + "  ")
                        else:
                            out.append(f"{R.get('h2md', '_')}{v[0]}{R.get('h2md', '_')}" +
                                       (f" — {v[1]}" if v[1] else "") + "  ")
                    elif kind == "meta":
                        out.append(f"{v[0]}  ")
                    elif kind == "b":
                        if out and out[-1].endswith("  ") and not out[-1].lstrip().startswith(bch):
                            out[-1] = out[-1].rstrip()
                            out.append("")
                        out.append(f"{bch} {v[0]}")
                    elif kind == "p":
                        if out and out[-1].endswith("  "):
                            out[-1] = out[-1].rstrip()
                        out.append("")
                        out.append(v[0])
                if out and out[-1].endswith("  "):
                    out[-1] = out[-1].rstrip()
                out.append("")
    text = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- HTML
def render_html(R, path):
    esc = htmlmod.escape
    if R.get("hesc") == "named":
        def esc(s):  # noqa: E306 - mimic editors that write named entities
            s = htmlmod.escape(s, quote=False)
            return (s.replace("’", "&rsquo;").replace("–", "&ndash;").replace("é", "&eacute;")
                    .replace("—", "&mdash;").replace("'", "&#39;"))
    hv = R.get("htmlstyle", "grid")
    css = R.get("css", "")
    o = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(R.get('doc_title', R['name'] + ' - Resume'))}</title>", f"<style>{css}</style>",
         "</head>", "<body>"]
    if hv == "gdocs":
        o.append(f'<p class="c9 title"><span class="c12">{esc(R["name"])}</span></p>')
        for c in R["contact"]:
            o.append(f'<p class="c4"><span class="c1">{esc(c)}</span></p>')
    else:
        o.append('<header class="top">')
        o.append(f"<h1>{esc(R['name'])}</h1>")
        if R.get("headline"):
            o.append(f'<p class="headline">{esc(R["headline"])}</p>')
        o.append('<p class="contact">' + " &middot; ".join(esc(c) for c in R["contact"]) + "</p>")
        o.append("</header>")
        o.append("<main>")

    def rows_html(rows):
        h = []
        ul = False
        for kind, *v in rows:
            if kind != "b" and ul:
                h.append("</ul>")
                ul = False
            if kind in ("h1", "h2"):
                if hv == "gdocs":
                    cls = "c7" if kind == "h1" else "c3"
                    h.append(f'<p class="{cls}"><span class="{"c5" if kind == "h1" else "c6"}">{esc(v[0])}</span>'
                             + (f'<span class="c1">&#9;{esc(v[1])}</span>' if v[1] else "") + "</p>")
                elif hv == "table":
                    tag = "strong" if kind == "h1" else "em"
                    h.append(f"<tr><td class=\"what\"><{tag}>{esc(v[0])}</{tag}></td>"
                             f"<td class=\"when\">{esc(v[1])}</td></tr>")
                else:
                    cls = "role" if kind == "h1" else "where"
                    h.append(f'<div class="{cls}"><span>{esc(v[0])}</span>'
                             + (f'<span class="dates">{esc(v[1])}</span>' if v[1] else "") + "</div>")
            elif kind == "meta":
                if hv == "table":
                    h.append(f'<tr><td class="note" colspan="2">{esc(v[0])}</td></tr>')
                else:
                    h.append(f'<p class="note">{esc(v[0])}</p>')
            elif kind == "b":
                if hv == "table":
                    h.append(f'<tr><td colspan="2" class="duty">&bull; {esc(v[0])}</td></tr>')
                    continue
                if not ul:
                    h.append('<ul class="c8 lst-kix">' if hv == "gdocs" else "<ul>")
                    ul = True
                h.append(f'<li>{esc(v[0])}</li>' if hv != "gdocs" else
                         f'<li class="c2 li-bullet-0"><span class="c1">{esc(v[0])}</span></li>')
            elif kind == "p":
                if hv == "table":
                    h.append(f'<tr><td colspan="2" class="duty">{esc(v[0])}</td></tr>')
                else:
                    h.append(f"<p>{esc(v[0])}</p>")
        if ul:
            h.append("</ul>")
        return h

    for blk in R["blocks"]:
        k = blk[0]
        if k == "h":
            if hv == "gdocs":
                o.append(f'<h2 class="c10"><span class="c11">{esc(blk[1])}</span></h2>')
            else:
                o.append(f"<h2>{esc(blk[1])}</h2>")
        elif k == "p":
            o.append(f"<p>{esc(blk[1])}</p>")
        elif k == "list":
            o.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in blk[1]) + "</ul>")
        elif k == "lines":
            o.append("<p>" + "<br>".join(esc(i) for i in blk[1]) + "</p>")
        elif k == "kv":
            o.append("<p>" + "<br>".join(f"<b>{esc(a)}:</b> {esc(v)}" for a, v in blk[1]) + "</p>")
        elif k == "edu":
            for left, right, sub in blk[1]:
                o.append(f'<p class="edu"><b>{esc(left)}</b>' + (f" <span class=\"dates\">{esc(right)}</span>" if right else "")
                         + (f"<br>{esc(sub)}" if sub else "") + "</p>")
        elif k == "jobs":
            for rows in all_job_rows(blk[1], R):
                if hv == "table":
                    o.append('<table class="job">')
                    o.extend(rows_html(rows))
                    o.append("</table>")
                elif hv == "gdocs":
                    o.extend(rows_html(rows))
                else:
                    o.append('<article class="job">')
                    o.extend(rows_html(rows))
                    o.append("</article>")
    if hv != "gdocs":
        o.append("</main>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


def render(R, path):
    r = R["renderer"]
    if r in ("rl", "fpdf"):
        render_pdf(R, path)
    elif r == "docx":
        render_docx(R, path)
    elif r == "txt":
        render_txt(R, path)
    elif r == "md":
        render_md(R, path)
    elif r == "html":
        render_html(R, path)
    else:
        raise ValueError(r)
