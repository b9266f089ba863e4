"""Renderers for wild35: reportlab canvas and fpdf2 (one small page engine), python-docx, text, Markdown, HTML."""
import datetime as dt
import html
import io
import os
import zipfile

from lib import E, fmt_range

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 11, 2, 9, 30, 0, tzinfo=dt.timezone.utc)


def is_entries(content):
    return isinstance(content, list) and content and isinstance(content[0], E)


def org_loc(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def dates(e, r):
    return fmt_range(e, r.get("ds", "mon"), r.get("pres", "Present"), r.get("sep", " – "))


# =====================================================================================
# PDF page engine (top-down y in points); two back ends
# =====================================================================================
class Engine:
    def __init__(self, r):
        self.r = r
        self.size = r.get("fsize", 10)
        self.lead = self.size * 1.32
        self.page = 1
        self.W, self.H = (612, 792) if r.get("page") == "letter" else (595.28, 841.89)
        m = r.get("margin", 54)
        self.m = m
        self.x0, self.x1 = m, self.W - m
        self.top, self.bottom = m, self.H - m - 6
        self.y = self.top

    # back-end hooks: _font(style, size) _text(x, y, s) _rtext(x, y, s) _width(s, style, size)
    # _rect(x, y, w, h, rgb) _hline(x1, x2, y, rgb) _showpage() _color(rgb)

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.newpage()

    def newpage(self):
        self.footer()
        self._showpage()
        self.page += 1
        self.y = self.top
        if self.r.get("layout") == "sidebar":
            self.x0 = self.m

    def footer(self):
        f = self.r.get("footer")
        if f:
            self._font("r", 8)
            self._color((0.4, 0.4, 0.4))
            t = f.format(page=self.page, name=self.r["name"])
            w = self._width(t, "r", 8)
            self._text((self.W - w) / 2, self.H - 28, t)
            self._color((0, 0, 0))

    def tokens(self, segs):
        out = []
        for text, st in segs:
            parts = text.split(" ")
            for i, p in enumerate(parts):
                sp = " " if i < len(parts) - 1 else ""
                if p == "" and sp == "":
                    continue
                out.append((p + sp, st))
        return out

    def seg_line(self, segs, right=None, size=None, indent=0, left=None, color=None, right_style="r"):
        size = size or self.size
        lead = size * 1.32
        x = self.x0 + indent
        avail = self.x1 - x
        rw = self._width(right, right_style, size) + 10 if right else 0
        toks = self.tokens(segs)
        lines, cur, w = [], [], 0
        lim = avail - rw
        for t, st in toks:
            tw = self._width(t.rstrip(), st, size)
            if cur and w + tw > lim:
                lines.append(cur)
                cur, w = [], 0
                lim = avail
            cur.append((t, st))
            w += self._width(t, st, size)
        if cur:
            lines.append(cur)
        self.ensure(lead * len(lines))
        for i, ln in enumerate(lines):
            self.y += lead
            xx = x
            if color:
                self._color(color)
            for t, st in ln:
                self._font(st, size)
                self._text(xx, self.y, t)
                xx += self._width(t, st, size)
            if color:
                self._color((0, 0, 0))
            if i == 0 and right:
                self._font(right_style, size)
                self._rtext(self.x1, self.y, right)
            if i == 0 and left:
                self._font("r", size)
                self._text(self.x0, self.y, left)

    def bullet(self, text, char="•", indent=0):
        size = self.size
        bi = indent + 6
        ti = indent + 18
        x = self.x0 + ti
        words = self.tokens([(text, "r")])
        lines, cur, w = [], "", 0
        for t, _ in words:
            if cur and self._width(cur + t.rstrip(), "r", size) > self.x1 - x:
                lines.append(cur)
                cur = ""
            cur += t
        if cur:
            lines.append(cur)
        self.ensure(self.lead * len(lines))
        for i, ln in enumerate(lines):
            self.y += self.lead
            if i == 0:
                self._font("r", size)
                self._text(self.x0 + bi, self.y, char)
            self._font("r", size)
            self._text(x, self.y, ln)

    def gap(self, h):
        self.y += h

    def heading(self, text):
        hs = self.r.get("hstyle", "caps_rule")
        col = self.r.get("accent", (0.1, 0.2, 0.45))
        self.ensure(40)
        self.gap(8)
        if hs == "caps_rule":
            self.seg_line([(text.upper(), "b")], size=self.size + 1, color=col)
            self._hline(self.x0, self.x1, self.y + 4, col)
            self.gap(6)
        elif hs == "bold":
            self.seg_line([(text, "b")], size=self.size + 2)
            self.gap(2)
        elif hs == "underline":
            self.seg_line([(text, "b")], size=self.size + 1)
            w = self._width(text, "b", self.size + 1)
            self._hline(self.x0, self.x0 + w, self.y + 3, (0, 0, 0))
            self.gap(4)
        elif hs == "shade":
            self.ensure(20)
            self._rect(self.x0 - 4, self.y + 3, self.x1 - self.x0 + 8, self.size * 1.6, (0.88, 0.9, 0.93))
            self.seg_line([(text.upper(), "b")], size=self.size)
            self.gap(6)


class RLEngine(Engine):
    def __init__(self, path, r):
        super().__init__(r)
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        fam = r.get("font", "Helvetica")
        if fam == "Helvetica":
            self.fonts = {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
        elif fam == "Times":
            self.fonts = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}
        else:
            files = {"DejaVu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
                     "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
                     "DejaVuCond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                                    "DejaVuSansCondensed-Oblique")}[fam]
            for f in files:
                try:
                    pdfmetrics.getFont(f)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(f, DEJAVU + f + ".ttf"))
            self.fonts = dict(zip("rbi", files))
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        self.c.setAuthor(r["name"])
        self.c.setTitle(r.get("doctitle", r["name"] + " - CV"))
        self.c.setCreator(r.get("creator", "Microsoft® Word for Microsoft 365"))

    def _font(self, st, size):
        self.c.setFont(self.fonts[st], size)

    def _text(self, x, y, s):
        self.c.drawString(x, self.H - y, s)

    def _rtext(self, x, y, s):
        self.c.drawRightString(x, self.H - y, s)

    def _width(self, s, st, size):
        return self.pm.stringWidth(s, self.fonts[st], size)

    def _rect(self, x, y, w, h, rgb):
        self.c.saveState()
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
        self.c.restoreState()

    def _hline(self, a, b, y, rgb):
        self.c.saveState()
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(0.7)
        self.c.line(a, self.H - y, b, self.H - y)
        self.c.restoreState()

    def _color(self, rgb):
        self.c.setFillColorRGB(*rgb)

    def _showpage(self):
        self.c.showPage()

    def save(self):
        self.footer()
        self.c.showPage()
        self.c.save()


class FPEngine(Engine):
    def __init__(self, path, r):
        super().__init__(r)
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(unit="pt", format=(self.W, self.H))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED)
        self.pdf.set_author(r["name"])
        self.pdf.set_title(r.get("doctitle", r["name"] + " CV"))
        self.pdf.set_creator(r.get("creator", "Writer"))
        fam = r.get("font", "DejaVu")
        if fam == "helvetica":
            self.fam = "helvetica"
            self.styles = {"r": "", "b": "B", "i": "I"}
        else:
            base = {"DejaVu": "DejaVuSans", "DejaVuSerif": "DejaVuSerif", "DejaVuCond": "DejaVuSansCondensed"}[fam]
            it = "Italic" if fam == "DejaVuSerif" else "Oblique"
            self.pdf.add_font("dv", "", DEJAVU + base + ".ttf")
            self.pdf.add_font("dv", "B", DEJAVU + base + "-Bold.ttf")
            self.pdf.add_font("dv", "I", DEJAVU + base + "-" + it + ".ttf")
            self.fam = "dv"
            self.styles = {"r": "", "b": "B", "i": "I"}
        self.pdf.add_page()

    def _font(self, st, size):
        self.pdf.set_font(self.fam, self.styles[st], size)

    def _text(self, x, y, s):
        self.pdf.text(x, y, s)

    def _rtext(self, x, y, s):
        self.pdf.text(x - self.pdf.get_string_width(s), y, s)

    def _width(self, s, st, size):
        self.pdf.set_font(self.fam, self.styles[st], size)
        return self.pdf.get_string_width(s)

    def _rect(self, x, y, w, h, rgb):
        self.pdf.set_fill_color(*[int(v * 255) for v in rgb])
        self.pdf.rect(x, y, w, h, style="F")

    def _hline(self, a, b, y, rgb):
        self.pdf.set_draw_color(*[int(v * 255) for v in rgb])
        self.pdf.set_line_width(0.7)
        self.pdf.line(a, y, b, y)

    def _color(self, rgb):
        self.pdf.set_text_color(*[int(v * 255) for v in rgb])

    def _showpage(self):
        self.pdf.add_page()

    def save(self):
        self.footer()
        self.pdf.output(self.path)


def pdf_entry(eng, e, r, prev_org):
    hdr = r.get("hdr", "title_org")
    d = dates(e, r)
    ol = org_loc(e)
    eng.ensure(eng.lead * 3)
    eng.gap(4)
    ind = 0
    if hdr == "title_org":
        eng.seg_line([(e.title, "b")], right=d)
        if ol:
            eng.seg_line([(ol, "i")])
    elif hdr == "org_title":
        eng.seg_line([(ol, "b")], right=d)
        eng.seg_line([(e.title, "i")])
    elif hdr == "dateline":
        eng.seg_line([(e.title, "b")])
        if ol:
            eng.seg_line([(ol, "r")])
        if d:
            eng.seg_line([(d, "i")], size=eng.size - 1)
    elif hdr == "pipe":
        rest = " | ".join(x for x in (e.org, e.loc) if x)
        eng.seg_line([(e.title, "b"), ((" | " + rest) if rest else "", "r")], right=d)
    elif hdr == "dash":
        eng.seg_line([(e.title, "b"), ((" – " + ol) if ol else "", "r")], right=d)
    elif hdr == "orgfirst":
        if e.org != prev_org:
            eng.gap(3)
            eng.seg_line([(e.org or "", "b"), ((", " + e.loc) if e.loc else "", "r")])
        eng.seg_line([(e.title, "i")], right=d, indent=8)
        ind = 8
    elif hdr == "datecol":
        ind = r.get("datecol", 96)
        eng.seg_line([(e.title, "b")], left=d, indent=ind)
        if ol:
            eng.seg_line([(ol, "i")], indent=ind)
    else:
        raise ValueError(hdr)
    if e.extra:
        eng.seg_line([(e.extra, "i")], indent=ind, size=eng.size - 1)
    if e.prose:
        if e.bullets:
            eng.seg_line([(" ".join(e.bullets), "r")], indent=ind)
    else:
        for b in e.bullets:
            eng.bullet(b, r.get("bullet", "•"), indent=ind)


def pdf_block(eng, head, content, r, side=False):
    if head == "PAGEBREAK":
        eng.newpage()
        return
    if head:
        if side:
            eng.gap(10)
            eng.seg_line([(head.upper(), "b")], size=eng.size, color=r.get("accent", (0.1, 0.2, 0.45)))
            eng.gap(2)
        else:
            eng.heading(head)
    if is_entries(content):
        prev = None
        for e in content:
            pdf_entry(eng, e, r, prev)
            prev = e.org
    elif isinstance(content, str):
        eng.gap(2)
        eng.seg_line([(content, "r")])
    else:
        for line in content:
            if line.startswith("* "):
                eng.bullet(line[2:], r.get("bullet", "•"))
            elif line.startswith("**"):
                eng.seg_line([(line[2:], "b")])
            else:
                eng.seg_line([(line, "r")])


def render_pdf(path, r):
    eng = RLEngine(path, r) if r["render"] == "rl" else FPEngine(path, r)
    lay = r.get("layout", "plain")
    accent = r.get("accent", (0.1, 0.2, 0.45))
    if lay == "sidebar":
        sw = r.get("sidew", 180)
        eng._rect(0, 0, sw, eng.H, r.get("sidecol", (0.9, 0.92, 0.95)))
        # sidebar
        eng.x0, eng.x1 = 18, sw - 14
        eng.y = eng.top - 10
        eng.seg_line([(r["name"], "b")], size=eng.size + 5, color=accent)
        if r.get("tagline"):
            eng.seg_line([(r["tagline"], "i")])
        for h, c in r.get("side", []):
            pdf_block(eng, h, c, r, side=True)
        eng.x0, eng.x1 = sw + 22, eng.W - eng.m + 10
        eng.y = eng.top - 10
    else:
        if lay == "twocol":
            y0 = eng.y
            eng.seg_line([(r["name"], "b")], size=eng.size + 10)
            if r.get("tagline"):
                eng.seg_line([(r["tagline"], "i")], size=eng.size + 1, color=accent)
            yl = eng.y
            eng.y = y0
            for c in r["contact"]:
                eng.seg_line([], right=c, size=eng.size - 1)
            eng.y = max(eng.y, yl)
            eng._hline(eng.x0, eng.x1, eng.y + 8, accent)
            eng.gap(8)
        elif lay == "centred":
            def centre(t, st, sz):
                w = eng._width(t, st, sz)
                eng.y += sz * 1.35
                eng._font(st, sz)
                eng._text((eng.W - w) / 2, eng.y, t)
            centre(r["name"], "b", eng.size + 8)
            if r.get("tagline"):
                centre(r["tagline"], "i", eng.size)
            for c in r["contact"]:
                centre(c, "r", eng.size - 1)
            eng.gap(4)
        else:  # plain / left
            eng.seg_line([(r["name"], "b")], size=eng.size + 8)
            if r.get("tagline"):
                eng.seg_line([(r["tagline"], "r")], size=eng.size + 1)
            for c in r["contact"]:
                eng.seg_line([(c, "r")], size=eng.size - 1)
            if lay == "plain":
                eng._hline(eng.x0, eng.x1, eng.y + 6, (0.5, 0.5, 0.5))
            eng.gap(4)
    for h, c in r["blocks"]:
        pdf_block(eng, h, c, r)
    if r.get("pages") and eng.page != r["pages"]:
        raise SystemExit(f"{r['file']}: {eng.page} pages, expected {r['pages']}")
    eng.save()


# =====================================================================================
# DOCX
# =====================================================================================
def _docx_fix(path, r):
    """Rewrite the zip with fixed timestamps and sorted-stable order."""
    with open(path, "rb") as f:
        data = f.read()
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


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def render_docx(path, r):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    if r.get("page") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(r.get("marg", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(r.get("fsize", 10.5))
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doctitle", "CV")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    lay = r.get("layout", "styles")
    hdr = r.get("hdr", "title_org")
    bullet_style = r.get("bstyle", "List Bullet")

    def para(container, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(r.get("after", 2))
        return p

    def tabline(container, left_runs, right, tabpos):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
        for t, b, i in left_runs:
            run = p.add_run(t)
            run.bold, run.italic = b, i
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullets(container, e):
        if e.prose:
            if e.bullets:
                para(container, " ".join(e.bullets))
            return
        for b in e.bullets:
            if bullet_style == "manual":
                p = para(container, r.get("bullet", "-") + " " + b)
                p.paragraph_format.left_indent = Cm(0.5)
            else:
                p = container.add_paragraph(b, style=bullet_style)
                p.paragraph_format.space_after = Pt(0)

    def heading(container, text):
        hs = r.get("hstyle", "h1")
        if hs == "h1" and container is d:
            d.add_heading(text, level=1)
        elif hs == "caps":
            para(container, text.upper(), bold=True, size=r.get("fsize", 10.5) + 1,
                 color=r.get("hcolor"))
        else:
            para(container, text, bold=True, size=r.get("fsize", 10.5) + 2, color=r.get("hcolor"))

    def entry(container, e, prev_org, width):
        dd = dates(e, r)
        ol = org_loc(e)
        if lay == "table" and container is d:
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            c0, c1 = t.rows[0].cells
            c0.width, c1.width = int(width * 0.72), int(width * 0.28)
            p = c0.paragraphs[0]
            rr = p.add_run(e.title if hdr == "title_org" else ol)
            rr.bold = True
            p2 = c0.add_paragraph()
            rr = p2.add_run(ol if hdr == "title_org" else e.title)
            rr.italic = True
            c1.paragraphs[0].add_run(dd)
            c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if e.extra:
                para(d, e.extra, italic=True)
            bullets(d, e)
            return
        if hdr == "title_org":
            if r.get("hstyle") == "h1" and r.get("h2titles") and container is d:
                d.add_heading(e.title, level=2)
                tabline(container, [(ol, False, True)], dd, width)
            else:
                tabline(container, [(e.title, True, False)], dd, width)
                if ol:
                    para(container, ol, italic=True)
        elif hdr == "org_title":
            tabline(container, [(ol, True, False)], dd, width)
            para(container, e.title, italic=True)
        elif hdr == "dash":
            tabline(container, [(e.title, True, False), (" – " + ol if ol else "", False, False)], dd, width)
        elif hdr == "pipe":
            tabline(container, [(e.title, True, False),
                                (" | " + " | ".join(x for x in (e.org, e.loc) if x), False, False)], dd, width)
        elif hdr == "orgfirst":
            if e.org != prev_org:
                p = para(container, (e.org or "").upper() if r.get("orgcaps") else (e.org or ""), bold=True)
                if e.loc:
                    p.add_run(", " + e.loc)
            tabline(container, [(e.title, False, True)], dd, width)
        elif hdr == "dateline":
            para(container, e.title, bold=True)
            if ol:
                para(container, ol)
            if dd:
                para(container, dd, italic=True)
        else:
            raise ValueError(hdr)
        if e.extra:
            para(container, e.extra, italic=True)
        bullets(container, e)

    def block(container, head, content, width):
        if head:
            heading(container, head)
        if is_entries(content):
            prev = None
            for e in content:
                entry(container, e, prev, width)
                prev = e.org
        elif isinstance(content, str):
            para(container, content)
        else:
            for line in content:
                if line.startswith("* "):
                    if bullet_style == "manual":
                        para(container, r.get("bullet", "-") + " " + line[2:])
                    else:
                        container.add_paragraph(line[2:], style=bullet_style)
                elif line.startswith("**"):
                    para(container, line[2:], bold=True)
                else:
                    para(container, line)

    # header / name
    if lay == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(14)
        for c in r["contact"]:
            p = sec.header.add_paragraph(c)
        if r.get("footer"):
            sec.footer.paragraphs[0].text = r["footer"].format(page=1, name=r["name"])
    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        c0, c1 = t.rows[0].cells
        sw = int(textw * 0.32)
        c0.width, c1.width = sw, textw - sw
        _shade(c0, r.get("shade", "DCE6F0"))
        p = c0.paragraphs[0]
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        if r.get("tagline"):
            para(c0, r["tagline"], italic=True)
        for c in r["contact"]:
            para(c0, c, size=9)
        for h, c in r.get("side", []):
            block(c0, h, c, sw)
        # main column; optional nested table for the profile
        main = c1
        main.paragraphs[0].text = ""
        first = True
        for h, c in r["blocks"]:
            block(main, h, c, textw - sw - Cm(0.4))
        if r.get("nested"):
            nt = c1.add_table(rows=len(r["nested"]), cols=2)
            for i, (a, b) in enumerate(r["nested"]):
                nt.rows[i].cells[0].text = a
                nt.rows[i].cells[1].text = b
    else:
        if lay != "header":
            if r.get("hstyle") == "h1" and r.get("titlestyle"):
                d.add_heading(r["name"], level=0)
            else:
                para(d, r["name"], bold=True, size=r.get("fsize", 10.5) + 9,
                     align="c" if r.get("centre") else None)
            if r.get("tagline"):
                para(d, r["tagline"], italic=True, align="c" if r.get("centre") else None)
            if r.get("contact_table"):
                ct = d.add_table(rows=1, cols=len(r["contact"]))
                for i, c in enumerate(r["contact"]):
                    ct.rows[0].cells[i].text = c
            else:
                for c in r["contact"]:
                    para(d, c, size=r.get("fsize", 10.5) - 1, align="c" if r.get("centre") else None)
        for h, c in r["blocks"]:
            block(d, h, c, textw)
    d.save(path)
    _docx_fix(path, r)


# =====================================================================================
# text, Markdown, HTML
# =====================================================================================
def txt_heading(h, r):
    hs = r.get("hstyle", "caps")
    if hs == "caps":
        return h.upper()
    if hs == "underline":
        return h + "\n" + r.get("uchar", "-") * len(h)
    if hs == "colon":
        return h + ":"
    if hs == "rule":
        return "=" * 40 + "\n" + h.upper() + "\n" + "=" * 40
    if hs == "stars":
        return "*** " + h + " ***"
    return h


def txt_entry_default(e, r):
    d = dates(e, r)
    lines = [f"{e.title} - {org_loc(e)}  {d}".rstrip()]
    if e.extra:
        lines.append(e.extra)
    if e.prose:
        lines.append(" ".join(e.bullets))
    else:
        lines += [r.get("bullet", "-") + " " + b for b in e.bullets]
    return "\n".join(lines)


def render_text(path, r):
    kind = r["render"]
    out = []
    ef = r.get("entry_fn")
    if kind == "txt":
        out.append(r.get("head_txt") or "\n".join([r["name"]] + r["contact"]))
        for h, c in r["blocks"]:
            out.append("")
            if h:
                out.append(txt_heading(h, r))
                if r.get("blank_after_head"):
                    out.append("")
            if is_entries(c):
                parts = [(ef or txt_entry_default)(e, r) for e in c]
                out.append(r.get("entry_sep", "\n\n").join(parts))
            elif isinstance(c, str):
                out.append(c)
            else:
                out += [("- " + x[2:]) if x.startswith("* ") else x.lstrip("*") for x in c]
        text = "\n".join(out).rstrip() + "\n"
        if r.get("crlf"):
            text = text.replace("\n", "\r\n")
    elif kind == "md":
        out.append(r.get("head_md") or ("# " + r["name"] + "\n\n" + "  \n".join(r["contact"])))
        for h, c in r["blocks"]:
            out.append("")
            if h:
                out.append(r.get("mdh", "## ") + h)
                out.append("")
            if is_entries(c):
                out.append("\n\n".join(ef(e, r) for e in c))
            elif isinstance(c, str):
                out.append(c)
            else:
                out += [("- " + x[2:]) if x.startswith("* ") else x.replace("**", "", 1) if x.startswith("**") else x for x in c]
        text = "\n".join(out).rstrip() + "\n"
    elif kind == "html":
        esc = html.escape
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
        out.append(f"<title>{esc(r.get('doctitle', r['name'] + ' - Resume'))}</title>")
        out.append("<style>\n" + r.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:auto}") + "\n</style>")
        out.append("</head>\n<body>")
        out.append(r.get("head_html") or (f"<h1>{esc(r['name'])}</h1>\n<p>" + "<br>\n".join(esc(c) for c in r["contact"]) + "</p>"))
        for h, c in r["blocks"]:
            if h:
                out.append(f"<h2>{esc(h)}</h2>")
            if is_entries(c):
                out.append("\n".join(ef(e, r) for e in c))
            elif isinstance(c, str):
                out.append(f"<p>{esc(c)}</p>")
            else:
                items = [x for x in c]
                if all(x.startswith("* ") for x in items):
                    out.append("<ul>\n" + "\n".join(f"<li>{esc(x[2:])}</li>" for x in items) + "\n</ul>")
                else:
                    out.append("\n".join(f"<p>{esc(x.lstrip('*'))}</p>" for x in items))
        out.append(r.get("tail_html", "") + "</body>\n</html>")
        text = "\n".join(out) + "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render(path, r):
    k = r["render"]
    if k in ("rl", "fpdf"):
        render_pdf(path, r)
    elif k == "docx":
        render_docx(path, r)
    else:
        render_text(path, r)
