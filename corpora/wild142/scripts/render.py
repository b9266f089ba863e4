"""Renderers for wild142: PDF (reportlab canvas, fpdf2), DOCX (python-docx), text, Markdown, HTML.

Every renderer reads the same résumé dict (see defs_a.py) and never feeds anything back into
the gold.  Builds are byte-reproducible: reportlab invariant=1, fpdf2 with a fixed creation
date, DOCX with fixed core properties and zip entries rewritten with a fixed timestamp.
"""
import datetime as _dt
import html as _html
import io
import textwrap
import zipfile

from lib import E, drange, orgloc

FIXED = _dt.datetime(2026, 10, 14, 9, 30, 0, tzinfo=_dt.timezone.utc)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ====================================================================== shared

def _ln(k, t, r=None, g=None):
    return {"k": k, "t": t, "r": r, "g": g}


def job_lines(e, d):
    """Header lines, dates and duty lines of one job, in the résumé's own style."""
    hdr = e.hdr or d.get("hdr", "title_org")
    dates = d.get("dates", "right")
    dr = drange(e, d)
    ol = orgloc(e)
    if hdr == "title_org":
        L = [_ln("L1", e.title)] + ([_ln("L2", ol)] if ol else [])
    elif hdr == "org_title":
        L = ([_ln("L1", ol)] if ol else []) + [_ln("L2", e.title)]
    elif hdr == "dash":
        L = [_ln("L1", e.title + (d.get("dash", " – ") + ol if ol else ""))]
    elif hdr == "pipe":
        L = [_ln("L1", " | ".join(x for x in (e.title, e.org, e.loc) if x))]
    elif hdr == "comma":
        L = [_ln("L1", e.title + (", " + ol if ol else ""))]
    elif hdr == "at":
        L = [_ln("L1", e.title + (" at " + e.org if e.org else ""))] + ([_ln("L2", e.loc)] if e.loc else [])
    elif hdr == "orgfirst":
        L = [_ln("L1", e.title)]
    elif hdr == "title_orgbold":  # "Title" line then bold org on the same line after a comma
        L = [_ln("L1", e.title), _ln("L2", ol)] if ol else [_ln("L1", e.title)]
    else:
        raise ValueError(hdr)
    if dr:
        if dates == "right":
            L[0]["r"] = dr
        elif dates == "right2":
            L[-1]["r"] = dr
        elif dates == "paren":
            L[-1]["t"] += f" ({dr})"
        elif dates == "inline":
            L[-1]["t"] += d.get("inline_sep", ", ") + dr
        elif dates == "line":
            L.append(_ln("L3", dr))
        elif dates == "first":
            L.insert(0, _ln("L3", dr))
        elif dates == "gutter":
            L[0]["g"] = dr
        else:
            raise ValueError(dates)
    if e.prose and e.bullets:
        L.append(_ln("P", " ".join(e.bullets)))
    else:
        L += [_ln("B", b) for b in e.bullets]
    return L


def blocks(d, items=None):
    """Flatten a body into generic blocks; org headings for org-first groups."""
    out, prev = [], None
    for it in (d["body"] if items is None else items):
        if isinstance(it, E):
            if it.hidden:
                continue
            if (it.hdr or d.get("hdr")) == "orgfirst":
                key = orgloc(it) or it.note
                if key and key != prev:
                    out.append(_ln("org", key))
                    prev = key
            else:
                prev = None
            out += job_lines(it, d)
            out.append(_ln("gap", ""))
            continue
        prev = None
        tag = it[0]
        if tag == "h":
            out.append(_ln("h", it[1]))
        elif tag == "p":
            out.append(_ln("p", it[1]))
        elif tag == "sub":
            out.append(_ln("sub", it[1], it[2] if len(it) > 2 else None))
        elif tag == "ul":
            out += [_ln("b", t) for t in it[1]]
        elif tag == "pb":
            out.append(_ln("pb", ""))
        elif tag == "gap":
            out.append(_ln("gap", ""))
        else:
            raise ValueError(tag)
    return out


# ====================================================================== PDF engine

class RLBackend:
    FAM = {
        "Helvetica": {"": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique", "BI": "Helvetica-BoldOblique"},
        "Times": {"": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "BI": "Times-BoldItalic"},
    }

    def __init__(self, path, d):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4, letter
        size = letter if d.get("paper", "A4") == "letter" else A4
        self.W, self.H = size
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setTitle(d.get("pdf_title", d["name"] + " - CV"))
        self.c.setAuthor(d["name"])
        self.c.setCreator(d.get("creator", "Microsoft Word"))
        self.fam = self.FAM[d.get("font", "Helvetica")]
        self.cur = None

    def font(self, style, size):
        self.cur = (self.fam[style], size)
        self.c.setFont(*self.cur)

    def width(self, s):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, *self.cur)

    def color(self, rgb):
        self.c.setFillColorRGB(*[v / 255 for v in rgb])

    def text(self, x, y, s):
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, rgb):
        self.c.saveState()
        self.c.setFillColorRGB(*[v / 255 for v in rgb])
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
        self.c.restoreState()

    def hline(self, x1, x2, y, rgb=(0, 0, 0), lw=0.6):
        self.c.saveState()
        self.c.setStrokeColorRGB(*[v / 255 for v in rgb])
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y, x2, self.H - y)
        self.c.restoreState()

    def new_page(self):
        self.c.showPage()
        if self.cur:
            self.c.setFont(*self.cur)

    def save(self):
        self.c.save()


class FPBackend:
    def __init__(self, path, d):
        from fpdf import FPDF
        self.path = path
        paper = "letter" if d.get("paper", "A4") == "letter" else "A4"
        p = FPDF(unit="pt", format=paper)
        p.set_auto_page_break(False)
        p.set_creation_date(FIXED)
        p.set_title(d.get("pdf_title", d["name"] + " CV"))
        p.set_author(d["name"])
        p.set_creator(d.get("creator", "Writer"))
        fam = d.get("font", "Sans")
        files = {
            "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
            "Condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                          "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
        }[fam]
        for st, f in zip(("", "B", "I", "BI"), files):
            p.add_font("F", st, FONTDIR + f)
        p.add_page()
        self.p = p
        self.W, self.H = p.w, p.h

    def font(self, style, size):
        self.p.set_font("F", style, size)

    def width(self, s):
        return self.p.get_string_width(s)

    def color(self, rgb):
        self.p.set_text_color(*rgb)

    def text(self, x, y, s):
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, rgb):
        self.p.set_fill_color(*rgb)
        self.p.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, rgb=(0, 0, 0), lw=0.6):
        self.p.set_draw_color(*rgb)
        self.p.set_line_width(lw)
        self.p.line(x1, y, x2, y)

    def new_page(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


class Engine:
    """Top-down layout shared by both PDF backends, driven by the résumé's layout keys."""

    def __init__(self, be, d, npages=None):
        self.be, self.d = be, d
        self.npages = npages
        m = d.get("margin", 54)
        self.m = m
        self.fs = d.get("fs", 10)
        self.lead = self.fs * d.get("leading", 1.32)
        self.top = m
        self.bottom = be.H - m - (14 if d.get("footer") else 0)
        self.layout = d.get("layout", "plain")
        self.x0, self.x1 = m, be.W - m
        if self.layout == "sidebar":
            self.sw = d.get("side_w", 172)
            self.x0 = self.sw + 24
            self.x1 = be.W - d.get("margin_r", 40)
        if self.layout == "gutter":
            self.gx = m
            self.x0 = m + d.get("gutter_w", 96)
        self.y = self.top
        self.page = 1
        self.black = d.get("ink", (20, 20, 20))
        self.accent = d.get("accent", (20, 20, 20))
        self.grey = (95, 95, 95)

    # ---------- primitives
    def wrap(self, s, width):
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if cur and self.be.width(t) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur or not lines:
            lines.append(cur)
        return lines

    def footer(self):
        f = self.d.get("footer")
        if not f:
            return
        s = f.format(p=self.page, n=self.npages or 1)
        self.be.font("I" if self.d.get("footer_italic", True) else "", self.fs - 2)
        self.be.color(self.grey)
        yb = self.be.H - self.m + 16
        al = self.d.get("footer_align", "center")
        w = self.be.width(s)
        x = {"center": (self.be.W - w) / 2, "left": self.m, "right": self.be.W - self.m - w}[al]
        self.be.text(x, yb, s)
        if self.d.get("footer_rule"):
            self.be.hline(self.m, self.be.W - self.m, yb - 11, (170, 170, 170), 0.4)

    def new_page(self):
        self.footer()
        self.be.new_page()
        self.page += 1
        self.y = self.top
        if self.layout == "sidebar" and self.d.get("side_all_pages"):
            self.be.rect(0, 0, self.sw, self.be.H, self.d.get("side_fill", (232, 236, 240)))

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def line(self, x, s, style="", size=None, rgb=None):
        size = size or self.fs
        self.be.font(style, size)
        self.be.color(rgb or self.black)
        self.be.text(x, self.y + size, s)

    def para(self, s, x=None, x1=None, style="", size=None, rgb=None, first_indent=0, hang=0, lead=None):
        x = self.x0 if x is None else x
        x1 = self.x1 if x1 is None else x1
        size = size or self.fs
        lead = lead or size * self.d.get("leading", 1.32)
        self.be.font(style, size)
        lines = self.wrap(s, x1 - x - first_indent)
        rest = []
        if len(lines) > 1:
            rest = self.wrap(" ".join(lines[1:]), x1 - x - hang)
            lines = lines[:1] + rest
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.line(x + (first_indent if i == 0 else hang), ln, style, size, rgb)
            self.y += lead

    # ---------- blocks
    def heading(self, t):
        hs = self.d.get("hstyle", "rule")
        size = self.fs + self.d.get("hsize", 1.5)
        self.y += self.d.get("hgap", 8)
        self.ensure(size * 3.2)
        if hs == "bar":
            self.be.rect(self.x0 - 4, self.y - 1, self.x1 - self.x0 + 8, size + 6, self.d.get("bar_fill", (225, 228, 232)))
            self.y += 1.5
            self.line(self.x0, t, "B", size, self.accent)
            self.y += size + 8
        elif hs == "rule":
            self.line(self.x0, t, "B", size, self.accent)
            self.y += size + 4
            self.be.hline(self.x0, self.x1, self.y, self.accent, 0.7)
            self.y += 7
        elif hs == "over":  # rule above the heading
            self.be.hline(self.x0, self.x1, self.y, (150, 150, 150), 0.5)
            self.y += 5
            self.line(self.x0, t, "B", size, self.accent)
            self.y += size + 6
        else:  # plain
            self.line(self.x0, t, "B", size, self.accent)
            self.y += size + 6

    def row(self, left, right, style, size=None, x=None, rgb=None, gutter=None):
        size = size or self.fs
        x = self.x0 if x is None else x
        lead = size * self.d.get("leading", 1.32)
        avail = self.x1 - x
        if right:
            self.be.font(self.d.get("date_style", ""), size)
            rw = self.be.width(right)
            avail -= rw + 14
        self.be.font(style, size)
        lines = self.wrap(left, avail)
        self.ensure(lead * min(len(lines), 2) + (lead if self.d.get("keep_next", True) else 0))
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.line(x, ln, style, size, rgb)
            if i == 0 and right:
                self.be.font(self.d.get("date_style", ""), size)
                self.be.color(self.d.get("date_rgb", self.black))
                self.be.text(self.x1 - self.be.width(right), self.y + size, right)
            if i == 0 and gutter:
                gl = self.wrap_g(gutter, size)
                yy = self.y
                for g in gl:
                    self.be.font(self.d.get("gutter_style", ""), size - 1)
                    self.be.color(self.d.get("gutter_rgb", self.grey))
                    self.be.text(self.gx, yy + size, g)
                    yy += lead
            self.y += lead

    def wrap_g(self, g, size):
        self.be.font(self.d.get("gutter_style", ""), size - 1)
        w = self.x0 - self.gx - 8
        if self.be.width(g) <= w:
            return [g]
        for sep in (" – ", " - ", "–", "-"):
            if sep in g:
                a, b = g.split(sep, 1)
                return [a.strip() + sep.rstrip(), b.strip()]
        return [g]

    def bullet(self, t, x=None):
        x = self.x0 if x is None else x
        glyph = self.d.get("glyph", "•")
        ind = self.d.get("bindent", 8)
        gap = self.d.get("bgap", 10)
        self.be.font("", self.fs)
        lines = self.wrap(t, self.x1 - x - ind - gap)
        for i, ln in enumerate(lines):
            self.ensure(self.lead)
            if i == 0 and glyph:
                self.line(x + ind, glyph, "", self.fs, self.d.get("glyph_rgb", self.black))
            self.line(x + ind + gap if glyph else x + ind, ln, "", self.fs)
            self.y += self.lead
        self.y += self.d.get("bspace", 1)

    def header(self):
        d, be = self.d, self.be
        al = d.get("align", "left")
        nsize = d.get("nsize", 20)
        x0, x1 = self.x0, self.x1
        if self.layout == "gutter":
            x0 = self.m
        if al == "center":
            be.font("B", nsize)
            w = be.width(d["name"])
            be.color(self.accent)
            be.text((x0 + x1 - w) / 2, self.y + nsize, d["name"])
            self.y += nsize + 8
            for c in d.get("contact", []):
                be.font("", self.fs - 0.5)
                w = be.width(c)
                be.color(self.black)
                be.text((x0 + x1 - w) / 2, self.y + self.fs, c)
                self.y += self.lead
        elif al == "twocol":
            be.font("B", nsize)
            be.color(self.accent)
            be.text(x0, self.y + nsize, d["name"])
            y0 = self.y
            if d.get("tagline"):
                be.font("I", self.fs + 1)
                be.color(self.grey)
                be.text(x0, self.y + nsize + 6 + self.fs, d["tagline"])
            yy = y0
            for c in d.get("contact", []):
                be.font("", self.fs - 1)
                be.color(self.black)
                be.text(x1 - be.width(c), yy + self.fs, c)
                yy += self.lead - 1
            self.y = max(yy, y0 + nsize + 6 + (self.fs + 6 if d.get("tagline") else 0)) + 2
        else:
            be.font("B", nsize)
            be.color(self.accent)
            be.text(x0, self.y + nsize, d["name"])
            self.y += nsize + 6
            if d.get("tagline"):
                self.line(x0, d["tagline"], "I", self.fs + 1, self.grey)
                self.y += self.lead + 2
            cj = d.get("contact_join")
            cs = [cj.join(d["contact"])] if cj else d.get("contact", [])
            for c in cs:
                self.para(c, x=x0, size=self.fs - 0.5)
        if d.get("hrule", True):
            self.y += 3
            self.be.hline(x0, x1, self.y, self.accent, d.get("hrule_w", 1.0))
            self.y += 6

    def sidebar(self):
        d, be = self.d, self.be
        be.rect(0, 0, self.sw, be.H, d.get("side_fill", (232, 236, 240)))
        save = (self.x0, self.x1, self.y)
        self.x0, self.x1 = 18, self.sw - 14
        self.y = self.top
        if d.get("name_in_side"):
            for part in d["name"].split(" ", 1) if d.get("name_split") else [d["name"]]:
                self.para(part, style="B", size=d.get("nsize", 18), rgb=self.accent)
            self.y += 6
        for b in blocks(d, d.get("side", [])):
            k = b["k"]
            if k == "h":
                self.y += 8
                self.line(self.x0, b["t"], "B", self.fs, self.accent)
                self.y += self.fs + 5
            elif k == "p":
                self.para(b["t"], size=self.fs - 1)
            elif k == "b":
                self.para(("· " if d.get("side_dot", True) else "") + b["t"], size=self.fs - 1)
            elif k == "gap":
                self.y += 4
        self.x0, self.x1, self.y = save

    def run(self):
        d = self.d
        if self.layout == "sidebar":
            self.sidebar()
        if not d.get("name_in_side"):
            self.header()
        for b in blocks(d):
            k = b["k"]
            if k == "h":
                self.heading(b["t"])
            elif k == "p":
                self.para(b["t"])
                self.y += 2
            elif k == "sub":
                self.row(b["t"], b["r"], "B")
            elif k == "b":
                self.bullet(b["t"])
            elif k == "org":
                self.y += 2
                self.row(b["t"], None, "B", self.fs + 0.5, rgb=self.accent)
            elif k == "L1":
                self.row(b["t"], b["r"], d.get("l1_style", "B"), gutter=b["g"] if self.layout == "gutter" else None)
            elif k == "L2":
                self.row(b["t"], b["r"], d.get("l2_style", "I"))
            elif k == "L3":
                self.row(b["t"], b["r"], d.get("l3_style", "I"), self.fs - 0.5, rgb=self.grey)
            elif k == "B":
                self.bullet(b["t"])
            elif k == "P":
                self.para(b["t"])
            elif k == "gap":
                self.y += d.get("jobgap", 6)
                if d.get("jobrule"):
                    self.be.hline(self.x0, self.x1, self.y - 3, (200, 200, 200), 0.4)
                    self.y += 3
            elif k == "pb":
                self.new_page()
        self.footer()
        return self.page


def render_pdf(d, path, backend):
    B = RLBackend if backend == "reportlab" else FPBackend
    n = 1
    if d.get("footer") and "{n}" in d["footer"]:
        tmp = io.BytesIO()
        if backend == "reportlab":
            be = B(tmp, d)
        else:
            be = B("/dev/null", d)
        n = Engine(be, d).run()
    be = B(path, d)
    Engine(be, d, n).run()
    be.save()


# ====================================================================== DOCX

def _docx_fix(path, d):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _insert_before(parent, el, successors):
    """Insert el before the first existing successor so the OOXML child order stays valid."""
    from docx.oxml.ns import qn
    names = {qn("w:" + n) for n in successors}
    for i, child in enumerate(parent):
        if child.tag in names:
            parent.insert(i, el)
            return
    parent.append(el)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert_before(tcPr, shd, ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"))


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    _insert_before(tblPr, b, ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"))


def _bottom_border(p, color="808080"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), "6")
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    bdr.append(bt)
    _insert_before(pPr, bdr, ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                              "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                              "cnfStyle", "rPr", "sectPr", "pPrChange"))


def _page_field(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


class DocxSink:
    """Writes generic blocks into a Document or a table cell."""

    def __init__(self, doc, container, d, width_in):
        self.doc, self.c, self.d = doc, container, d
        self.width_in = width_in
        self.fresh = container is not doc  # a new cell holds one empty paragraph

    def p(self, text="", style=None):
        from docx.text.paragraph import Paragraph  # noqa
        if self.fresh:
            self.fresh = False
            para = self.c.paragraphs[0]
            if text:
                para.add_run(text)
            if style:
                para.style = self.doc.styles[style]
            return para
        return self.c.add_paragraph(text, style=style) if style else self.c.add_paragraph(text)

    def tabline(self, left, right, bold=False, italic=False, size=None):
        from docx.shared import Inches, Pt
        from docx.enum.text import WD_TAB_ALIGNMENT
        para = self.p(style=self.d.get("l1_para_style") if bold and self.d.get("l1_para_style") else None)
        r = para.add_run(left)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if right:
            para.paragraph_format.tab_stops.add_tab_stop(Inches(self.width_in), WD_TAB_ALIGNMENT.RIGHT)
            r2 = para.add_run("\t" + right)
            if self.d.get("date_italic"):
                r2.italic = True
            if size:
                r2.font.size = Pt(size)
        para.paragraph_format.space_after = Pt(0)
        return para

    def heading(self, t):
        from docx.shared import Pt, RGBColor
        hs = self.d.get("docx_h", "style")
        if hs == "style" and self.c is self.doc:
            self.doc.add_heading(t, level=self.d.get("hlevel", 1))
            return
        para = self.p()
        r = para.add_run(t)
        r.bold = True
        r.font.size = Pt(self.d.get("hpt", 12))
        if self.d.get("hcolor"):
            r.font.color.rgb = RGBColor.from_string(self.d["hcolor"])
        para.paragraph_format.space_before = Pt(10)
        para.paragraph_format.space_after = Pt(3)
        if hs == "border":
            _bottom_border(para)

    def bullet(self, t):
        from docx.shared import Pt
        if self.d.get("docx_bullets", "style") == "style":
            para = self.p(t, style="List Bullet")
        else:
            para = self.p(self.d.get("glyph", "•") + "\t" + t)
            pf = para.paragraph_format
            from docx.shared import Inches
            pf.left_indent = Inches(0.3)
            pf.first_line_indent = Inches(-0.2)
            pf.tab_stops.add_tab_stop(Inches(0.3))
        para.paragraph_format.space_after = Pt(0)

    def write(self, bl):
        from docx.shared import Pt
        for b in bl:
            k = b["k"]
            if k == "h":
                self.heading(b["t"])
            elif k == "p":
                self.p(b["t"])
            elif k == "sub":
                self.tabline(b["t"], b["r"], bold=True)
            elif k in ("b", "B"):
                self.bullet(b["t"])
            elif k == "org":
                para = self.p()
                para.add_run(b["t"]).bold = True
                para.paragraph_format.space_before = Pt(6)
                para.paragraph_format.space_after = Pt(0)
            elif k == "L1":
                r = b["r"] if not b["g"] else b["g"]
                para = self.tabline(b["t"], r, bold=True)
                para.paragraph_format.space_before = Pt(6)
            elif k == "L2":
                self.tabline(b["t"], b["r"], italic=True)
            elif k == "L3":
                self.tabline(b["t"], b["r"], italic=True, size=9)
            elif k == "P":
                self.p(b["t"])
            elif k == "gap":
                pass
            elif k == "pb":
                from docx.enum.text import WD_BREAK
                self.p().add_run().add_break(WD_BREAK.PAGE)


def render_docx(d, path):
    import docx
    from docx.shared import Inches, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx.Document()
    cp = doc.core_properties
    cp.author = d.get("author", d["name"])
    cp.last_modified_by = d.get("author", d["name"])
    cp.title = d.get("doc_title", "CV")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = d.get("revision", 3)
    cp.comments = ""
    sec = doc.sections[0]
    if d.get("paper", "A4") == "letter":
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:
        sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    mg = d.get("docx_margin", 0.8)
    sec.left_margin = sec.right_margin = Inches(mg)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    width = (sec.page_width - sec.left_margin - sec.right_margin) / 914400
    st = doc.styles["Normal"]
    st.font.name = d.get("docx_font", "Calibri")
    st.font.size = Pt(d.get("docx_pt", 10.5))

    layout = d.get("layout", "styles")

    def header_into(sink, center=False):
        if d.get("docx_name_style") == "Title" and sink.c is doc:
            doc.add_paragraph(d["name"], style="Title")
        else:
            para = sink.p()
            r = para.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(d.get("nsize", 18))
            if d.get("hcolor"):
                r.font.color.rgb = RGBColor.from_string(d["hcolor"])
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if d.get("tagline"):
            para = sink.p()
            para.add_run(d["tagline"]).italic = True
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cj = d.get("contact_join")
        for c in ([cj.join(d["contact"])] if cj else d.get("contact", [])):
            para = sink.p(c)
            para.paragraph_format.space_after = Pt(0)
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if layout in ("styles", "tabs", "plain", "header"):
        sink = DocxSink(doc, doc, d, width)
        if layout == "header":
            hdr = sec.header
            hp = hdr.paragraphs[0]
            r = hp.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(16)
            hdr.add_paragraph(" | ".join(d.get("contact", [])))
            ft = sec.footer.paragraphs[0]
            ft.add_run(d.get("docx_footer", d["name"] + " – page "))
            _page_field(ft)
        else:
            header_into(sink, center=d.get("align") == "center")
        sink.write(blocks(d))

    elif layout == "table":  # borderless table per job
        sink = DocxSink(doc, doc, d, width)
        header_into(sink, center=d.get("align") == "center")
        prev = None
        for it in d["body"]:
            if isinstance(it, E):
                if it.hidden:
                    continue
                L = job_lines(it, d)
                heads = [x for x in L if x["k"] in ("L1", "L2", "L3")]
                rest = [x for x in L if x["k"] not in ("L1", "L2", "L3")]
                t = doc.add_table(rows=len(heads), cols=2)
                _no_borders(t)
                for i, h in enumerate(heads):
                    c0, c1 = t.rows[i].cells
                    c0.width, c1.width = Inches(width - 1.7), Inches(1.7)
                    r = c0.paragraphs[0].add_run(h["t"])
                    r.bold = h["k"] == "L1"
                    r.italic = h["k"] != "L1"
                    if h["r"]:
                        c1.paragraphs[0].add_run(h["r"])
                        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                DocxSink(doc, doc, d, width).write(rest)
                prev = it
            else:
                DocxSink(doc, doc, d, width).write(blocks(d, [it]))

    elif layout in ("sidebar", "nested"):
        sw = d.get("side_in", 2.2)
        sink = DocxSink(doc, doc, d, width)
        if d.get("header_outside"):
            header_into(sink)
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(sw), Inches(width - sw)
        if d.get("side_fill"):
            _shade(left, d["side_fill"])
        ls = DocxSink(doc, left, d, sw - 0.2)
        if not d.get("header_outside"):
            if d.get("name_in_side"):
                header_into(ls)
        ls.write(blocks(d, d.get("side", [])))
        rs = DocxSink(doc, right, d, width - sw - 0.25)
        if not d.get("header_outside") and not d.get("name_in_side"):
            header_into(rs)
        if layout == "sidebar":
            rs.write(blocks(d))
        else:  # a nested table per job inside the right cell
            for it in d["body"]:
                if isinstance(it, E):
                    if it.hidden:
                        continue
                    L = job_lines(it, d)
                    heads = [x for x in L if x["k"] in ("L1", "L2", "L3")]
                    rest = [x for x in L if x["k"] not in ("L1", "L2", "L3")]
                    inner = right.add_table(rows=len(heads), cols=2)
                    for i, h in enumerate(heads):
                        c0, c1 = inner.rows[i].cells
                        c0.width, c1.width = Inches(width - sw - 1.6), Inches(1.4)
                        r = c0.paragraphs[0].add_run(h["t"])
                        r.bold = h["k"] == "L1"
                        r.italic = h["k"] != "L1"
                        if h["r"]:
                            c1.paragraphs[0].add_run(h["r"])
                            c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    rs.fresh = False
                    rs.write(rest)
                else:
                    rs.write(blocks(d, [it]))
            if right._tc[-1].tag.endswith("}tbl"):  # a cell must end with a paragraph
                right.add_paragraph("")

    elif layout == "rowtable":  # one gridded table for the work history
        sink = DocxSink(doc, doc, d, width)
        header_into(sink, center=d.get("align") == "center")
        table = None
        for it in d["body"]:
            if isinstance(it, E):
                if it.hidden:
                    continue
                if table is None:
                    table = doc.add_table(rows=0, cols=2)
                    table.style = doc.styles["Table Grid"]
                    if d.get("rowtable_head"):
                        r0 = table.add_row().cells
                        for c, txt in zip(r0, d["rowtable_head"]):
                            c.paragraphs[0].add_run(txt).bold = True
                            _shade(c, "D9D9D9")
                row = table.add_row().cells
                row[0].width, row[1].width = Inches(1.5), Inches(width - 1.5)
                row[0].paragraphs[0].add_run(drange(it, d))
                cs = DocxSink(doc, row[1], d, width - 1.7)
                L = [x for x in job_lines(it, dict(d, dates="first")) if x["k"] != "L3"]
                cs.write(L)
            else:
                table = None
                sink.write(blocks(d, [it]))
    else:
        raise ValueError(layout)

    doc.save(path)
    _docx_fix(path, d)


# ====================================================================== text, Markdown, HTML

def _pad(left, right, width):
    n = width - len(left) - len(right)
    return left + " " * max(n, 3) + right


def render_txt(d, path):
    lay = d.get("layout", "plain")
    W = d.get("width", 78)
    wrap = d.get("wrap", W)
    glyph = d.get("glyph", "-")
    out = []
    nm = d["name"].upper() if d.get("name_upper") else d["name"]
    out.append(nm)
    if d.get("tagline"):
        out.append(d["tagline"])
    cj = d.get("contact_join")
    out += [cj.join(d["contact"])] if cj else d.get("contact", [])
    gw = d.get("gutter_w", 18)

    def wr(s, ind="", hang=None):
        if not wrap:
            return [ind + s]
        return textwrap.wrap(s, wrap, initial_indent=ind, subsequent_indent=hang if hang is not None else ind,
                             break_long_words=False, break_on_hyphens=False) or [ind]

    ind = " " * gw if lay == "gutter" else ""
    for b in blocks(d):
        k, t, r = b["k"], b["t"], b["r"]
        if k == "h":
            out.append("")
            if lay == "ascii":
                out.append(t)
                out.append(d.get("uline", "=") * len(t))
            elif lay == "boxed":
                out.append("+" + "-" * (len(t) + 2) + "+")
                out.append("| " + t + " |")
                out.append("+" + "-" * (len(t) + 2) + "+")
            else:
                out.append(t)
            if d.get("blank_after_h", True):
                out.append("")
        elif k == "p":
            out += wr(t)
            out.append("") if d.get("blank_after_p", True) else None
        elif k in ("b", "B"):
            bi = d.get("bind", "  ")
            pre = ind + bi + glyph + " "
            out += wr(t, pre, " " * len(pre))
        elif k == "org":
            out.append(ind + t)
        elif k in ("L1", "L2", "L3", "sub"):
            if lay == "gutter" and b.get("g"):
                out.append(f"{b['g']:<{gw}}{t}")
            elif r and d.get("dates") in ("right", "right2"):
                out.append(_pad(ind + t, r, W))
            else:
                out.append(ind + t + (("  " + r) if r else ""))
        elif k == "P":
            out += wr(t, ind)
        elif k == "gap":
            out.append("")
        elif k == "pb":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    if d.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render_md(d, path):
    lay = d.get("layout", "h3")
    out = [f"# {d['name']}", ""]
    if d.get("tagline"):
        out += [f"*{d['tagline']}*", ""]
    cj = d.get("contact_join")
    if cj:
        out += [cj.join(d["contact"]), ""]
    else:
        out += [c + "  " for c in d.get("contact", [])] + [""]
    glyph = d.get("glyph", "-")
    hl = d.get("md_h", "##")
    for b in blocks(d):
        k, t, r = b["k"], b["t"], b["r"]
        if k == "h":
            out += ["", f"{hl} {t}", ""]
        elif k == "p":
            out += [t, ""]
        elif k in ("b", "B"):
            out.append(f"{glyph} {t}")
        elif k == "org":
            out += [f"### {t}", ""]
        elif k == "L1":
            rr = (d.get("md_rsep", " — ") + r) if r else ""
            if lay == "h3":
                out.append(f"### {t}{rr}")
            elif lay == "h4":
                out.append(f"#### {t}{rr}")
            else:
                out.append(f"**{t}**{rr}  ")
        elif k == "L2":
            rr = (d.get("md_rsep", " — ") + r) if r else ""
            out.append(f"*{t}*{rr}  " if lay != "h3" else f"**{t}**{rr}  ")
        elif k == "L3":
            out.append(f"_{t}_  ")
        elif k == "P":
            out += ["", t]
        elif k == "gap":
            out.append("")
        elif k == "sub":
            out += [f"**{t}**" + ((" " + r) if r else "") + "  "]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


def render_html(d, path):
    lay = d.get("layout", "site")
    esc = _html.escape
    css = d.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em}.d{float:right;color:#555}")
    o = ["<!DOCTYPE html>" if lay != "word" else "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">",
         "<html lang=\"en\">" if lay != "word" else "",
         "<head>", "<meta charset=\"utf-8\">", f"<title>{esc(d.get('pdf_title', d['name']))}</title>",
         f"<style>{css}</style>", "</head>", "<body>"]
    if lay == "word":
        o.append("<div class=WordSection1>")
        o.append(f"<p class=MsoTitle><span lang=EN-GB>{esc(d['name'])}</span></p>")
        for c in d.get("contact", []):
            o.append(f"<p class=MsoNormal><span lang=EN-GB style='font-size:9.0pt'>{esc(c)}</span></p>")
    else:
        o.append(f"<header><h1>{esc(d['name'])}</h1>")
        if d.get("tagline"):
            o.append(f"<p class=\"tag\">{esc(d['tagline'])}</p>")
        cj = d.get("contact_join", " &middot; ")
        o.append("<p class=\"contact\">" + cj.join(esc(c) for c in d.get("contact", [])) + "</p></header>")
    inlist = False
    intable = False

    def close_list():
        nonlocal inlist
        if inlist:
            o.append("</ul>")
            inlist = False

    def close_table():
        nonlocal intable
        if intable:
            o.append("</table>")
            intable = False

    if lay == "table":
        for it in d["body"]:
            if isinstance(it, E):
                if it.hidden:
                    continue
                if not intable:
                    o.append("<table class=\"jobs\">")
                    intable = True
                L = job_lines(it, dict(d, dates="first"))
                cell = []
                for x in L:
                    if x["k"] == "L3":
                        continue
                    if x["k"] == "L1":
                        cell.append(f"<strong>{esc(x['t'])}</strong><br>")
                    elif x["k"] == "L2":
                        cell.append(f"<em>{esc(x['t'])}</em>")
                    elif x["k"] == "P":
                        cell.append(f"<p>{esc(x['t'])}</p>")
                bl = [x["t"] for x in L if x["k"] == "B"]
                if bl:
                    cell.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in bl) + "</ul>")
                o.append(f"<tr><td class=\"when\">{esc(drange(it, d))}</td><td>{''.join(cell)}</td></tr>")
            else:
                close_table()
                o += _html_generic(blocks(d, [it]), d, esc)
        close_table()
    else:
        o += _html_generic(blocks(d), d, esc)
    if lay == "word":
        o.append("</div>")
    if d.get("html_footer"):
        o.append(f"<footer><p><small>{esc(d['html_footer'])}</small></p></footer>")
    o += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(x for x in o if x) + "\n")


def _html_generic(bl, d, esc):
    lay = d.get("layout", "site")
    o = []
    inlist = False
    for b in bl:
        k, t, r = b["k"], b["t"], b["r"]
        if k not in ("b", "B") and inlist:
            o.append("</ul>")
            inlist = False
        if lay == "word":
            if k == "h":
                o.append(f"<h2><span lang=EN-GB>{esc(t)}</span></h2>")
            elif k in ("p", "P"):
                o.append(f"<p class=MsoNormal><span lang=EN-GB>{esc(t)}</span></p>")
            elif k in ("b", "B"):
                o.append("<p class=MsoListParagraphCxSpMiddle style='margin-left:.25in;text-indent:-.25in'>"
                         "<span style='font-family:Symbol'>&#183;<span style='font:7.0pt \"Times New Roman\"'>"
                         f"&nbsp;&nbsp;&nbsp;&nbsp;</span></span><span lang=EN-GB>{esc(t)}</span></p>")
            elif k in ("L1", "org", "sub"):
                tab = ("<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>" + esc(r)) if r else ""
                o.append(f"<p class=MsoNormal><b><span lang=EN-GB>{esc(t)}</span></b>{tab}</p>")
            elif k in ("L2", "L3"):
                tab = ("<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;</span>" + esc(r)) if r else ""
                o.append(f"<p class=MsoNormal><i><span lang=EN-GB>{esc(t)}</span></i>{tab}</p>")
            elif k == "gap":
                o.append("<p class=MsoNormal>&nbsp;</p>")
            continue
        if k == "h":
            o.append(f"<h2>{esc(t)}</h2>")
        elif k in ("p", "P"):
            o.append(f"<p>{esc(t)}</p>")
        elif k in ("b", "B"):
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{esc(t)}</li>")
        elif k == "org":
            o.append(f"<h3 class=\"org\">{esc(t)}</h3>")
        elif k == "L1":
            rr = f" <span class=\"d\">{esc(r)}</span>" if r else ""
            o.append(f"<h3>{esc(t)}{rr}</h3>" if d.get("html_l1", "h3") == "h3" else f"<p><b>{esc(t)}</b>{rr}</p>")
        elif k in ("L2", "L3"):
            rr = f" <span class=\"d\">{esc(r)}</span>" if r else ""
            o.append(f"<p class=\"{'org' if k == 'L2' else 'when'}\"><em>{esc(t)}</em>{rr}</p>")
        elif k == "sub":
            o.append(f"<p><b>{esc(t)}</b>{(' ' + esc(r)) if r else ''}</p>")
    if inlist:
        o.append("</ul>")
    return o


def render(d, path):
    r = d["renderer"]
    if r in ("reportlab", "fpdf2"):
        render_pdf(d, path, r)
    elif r == "docx":
        render_docx(d, path)
    elif r == "txt":
        render_txt(d, path)
    elif r == "md":
        render_md(d, path)
    elif r == "html":
        render_html(d, path)
    else:
        raise ValueError(r)
