"""Renderers for wild109: one layout engine over reportlab / fpdf2 canvases, python-docx, text, Markdown, HTML."""
import datetime, io, re, zipfile, html as H
from lib import drange

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


def j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------- entry lines
def entry_lines(ents, o):
    """Return a list of ('L', left, right, style) / ('B', text) / ('P', text) / ('G', text) items."""
    hdr, ds, pw = o.get("hdr", "title_org"), o.get("ds", "mon"), o.get("pw", "Present")
    sep = o.get("dsep", " – ")
    out, prev_org = [], object()
    for e in ents:
        d = drange(e, ds, pw, sep)
        t, org, loc = e.show_title, e.show_org, e.loc
        if hdr == "orgfirst":
            if org != prev_org:
                out.append(("G", j(org, loc, sep=o.get("locsep", ", "))))
            out.append(("L", t, d, "bi"))
        elif hdr == "title_org" or hdr == "timeline":
            out.append(("L", t, d, "b"))
            if org or loc:
                out.append(("L", j(org, loc, sep=o.get("locsep", ", ")), "", "i"))
        elif hdr == "title_org_inline":  # title, org on one line, dates right
            out.append(("L", j(t, org, sep=o.get("tosep", ", ")), d, "b"))
            if loc:
                out.append(("L", loc, "", "i"))
        elif hdr == "org_title":
            out.append(("L", j(org, loc, sep=o.get("locsep", ", ")), d, "b"))
            out.append(("L", t, "", "i"))
        elif hdr == "dash":
            out.append(("L", f"{t} – {j(org, loc)}", d, "b"))
        elif hdr == "pipe":
            out.append(("L", " | ".join(x for x in (t, org, loc) if x), d, "b"))
        elif hdr == "at":
            out.append(("L", f"{t} @ {org}", d, "b"))
            if loc:
                out.append(("L", loc, "", "i"))
        elif hdr == "datesfirst":
            out.append(("L", d, "", "i"))
            out.append(("L", j(t, org, sep=o.get("tosep", ", ")), "", "b"))
            if loc:
                out.append(("L", loc, "", "i"))
        elif hdr == "labelled":
            out.append(("L", f"Role: {t}", "", "b"))
            if org:
                out.append(("L", f"Company: {j(org, loc)}", "", "n"))
            out.append(("L", f"Dates: {d}", "", "n"))
        else:
            raise ValueError(hdr)
        prev_org = org
        if e.bullets:
            if o.get("para"):
                out.append(("P", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                for b in e.bullets:
                    out.append(("B", b))
        out.append(("S",))
    return out


def all_entries(r):
    ents = []
    for blk in r.get("side", []) + r["main"]:
        if blk[0] == "x":
            ents += blk[1]
    return ents


# ---------------------------------------------------------------- canvases
class RLCanvas:
    def __init__(self, path, size):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                     ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                     ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
        self.pm = pdfmetrics
        self.W, self.H = size
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setCreator("Canva")
        self.c.setTitle("Resume")

    def font(self, style, serif=False, cond=False):
        base = "DVS" if serif else ("DVC" if cond else "DV")
        if "b" in style:
            return base + "B" if base != "DV" else "DVB"
        if "i" in style and not serif and not cond:
            return "DVI"
        return base

    def width(self, s, f, sz):
        return self.pm.stringWidth(s, f, sz)

    def text(self, x, y, s, f, sz, col=(0, 0, 0)):
        self.c.setFillColorRGB(*col)
        self.c.setFont(f, sz)
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, col):
        self.c.setFillColorRGB(*col)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FCanvas:
    def __init__(self, path, size):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        p = FPDF(unit="pt", format=(size[0], size[1]))
        p.set_auto_page_break(False)
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
                     ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                     ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
            p.add_font(n, "", FONTDIR + f)
        p.set_creation_date(FIXED)
        p.set_creator("Adobe InDesign 19.0 (export)")
        p.set_title("CV")
        p.add_page()
        self.p = p

    font = RLCanvas.font

    def width(self, s, f, sz):
        self.p.set_font(f, size=sz)
        return self.p.get_string_width(s)

    def text(self, x, y, s, f, sz, col=(0, 0, 0)):
        self.p.set_font(f, size=sz)
        self.p.set_text_color(*[int(c * 255) for c in col])
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, col):
        self.p.set_fill_color(*[int(c * 255) for c in col])
        self.p.rect(x, y, w, h, style="F")

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(cv, s, f, sz, w):
    words, lines, cur = s.split(" "), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if cv.width(t, f, sz) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """A column flowing down the page."""

    def __init__(self, cv, x, w, y, o, bottom, on_break=None):
        self.cv, self.x, self.w, self.y, self.o, self.bottom = cv, x, w, y, o, bottom
        self.on_break = on_break
        self.sz = o.get("size", 9.2)
        self.lead = self.sz * 1.32
        self.acc = o.get("accent", (0.15, 0.3, 0.45))
        self.serif = o.get("serif", False)
        self.cond = o.get("cond", False)

    def need(self, h):
        if self.y + h > self.bottom and self.on_break:
            self.y = self.on_break()

    def line(self, s, style="n", sz=None, col=(0, 0, 0), indent=0, right=None, caps=False):
        sz = sz or self.sz
        f = self.cv.font(style, self.serif, self.cond)
        rw = self.cv.width(right, f, sz) + 8 if right else 0
        lines = wrap(self.cv, s, f, sz, self.w - indent - rw)
        for k, ln in enumerate(lines):
            self.need(sz * 1.4)
            self.y += sz * 1.32
            if caps:
                self.smallcaps(self.x + indent, self.y, ln, f, sz, col)
            else:
                self.cv.text(self.x + indent, self.y, ln, f, sz, col)
            if right and k == 0:
                rf = self.cv.font("n", self.serif, self.cond)
                self.cv.text(self.x + self.w - self.cv.width(right, rf, sz * 0.95), self.y, right, rf, sz * 0.95,
                             (0.3, 0.3, 0.3))

    def smallcaps(self, x, y, s, f, sz, col):
        # small caps: capitals at full size, lower-case letters as capitals at 80 %
        run, cx = "", x
        for ch in s + "\0":
            small = ch.islower()
            if run and (ch == "\0" or small != run_small):
                rs = sz * 0.8 if run_small else sz
                t = run.upper()
                self.cv.text(cx, y, t, f, rs, col)
                cx += self.cv.width(t, f, rs)
                run = ""
            if ch != "\0":
                if not run:
                    run_small = small
                run += ch

    def heading(self, s):
        st = self.o.get("hstyle", "caps")
        self.y += self.sz * 0.8
        self.need(self.sz * 3)
        if st == "caps":
            self.line(s.upper(), "b", self.sz * 1.1, self.acc)
        elif st == "rule":
            self.line(s, "b", self.sz * 1.2, self.acc)
            self.cv.rect(self.x, self.y + 3, self.w, 0.8, self.acc)
            self.y += 4
        elif st == "smallcaps":
            self.line(s, "b", self.sz * 1.2, self.acc, caps=True)
        elif st == "band":
            self.cv.rect(self.x - 2, self.y + 2, self.w + 4, self.sz * 1.6, self.acc)
            self.line(s.upper(), "b", self.sz * 1.05, (1, 1, 1), indent=3)
            self.y += 3
        self.y += 2

    def blocks(self, blks, side=False):
        for b in blks:
            k = b[0]
            if k == "h":
                self.heading(b[1])
            elif k == "p":
                self.line(b[1], "n")
            elif k == "pi":
                self.line(b[1], "i")
            elif k == "pb":
                self.line(b[1], "b")
            elif k == "bl":
                for it in b[1]:
                    self.line(self.o.get("bul", "•") + " " + it, "n", indent=0)
            elif k == "kv":  # skill rating lines
                for lab, val in b[1]:
                    self.line(lab, "n", right=val)
            elif k == "sp":
                self.y += b[1]
            elif k == "x":
                self.entries(b[1], {**self.o, **(b[2] if len(b) > 2 else {})})

    def entries(self, ents, o):
        items = entry_lines(ents, o)
        tl = o.get("hdr") == "timeline"
        gut = o.get("gutter", 72) if tl else (26 if o.get("logos") else 0)
        bul = o.get("bul", "•")

        def logo(txt):
            # company logo replaced by its initials in a small box
            words = [w for w in re.split(r"[\s,&/]+", txt.split(",")[0]) if w and w[0].isalnum()]
            ini = "".join(w[0].upper() for w in words[:2])
            f = self.cv.font("b")
            self.cv.rect(self.x, self.y + 2, 20, 20, self.acc)
            self.cv.text(self.x + 10 - self.cv.width(ini, f, 7.5) / 2, self.y + 15, ini, f, 7.5, (1, 1, 1))
        i = 0
        while i < len(items):
            it = items[i]
            if it[0] == "L":
                _, left, right, st = it
                if tl and right:
                    self.need(self.sz * 4)
                    y0 = self.y
                    fy = self.y
                    for dl in wrap(self.cv, right, self.cv.font("n"), self.sz * 0.9, gut - 8):
                        fy += self.sz * 1.2
                        self.cv.text(self.x, fy, dl, self.cv.font("n"), self.sz * 0.9, self.acc)
                    self.y = y0
                    right = None
                if o.get("logos") and st == "i":
                    self.need(self.sz * 3)
                    logo(left)
                caps = "c" in st or (st == "i" and o.get("orgcaps"))
                col = self.acc if st == "b" and o.get("titlecol") else (0, 0, 0)
                self.line(left, st.replace("c", ""), self.sz * (1.05 if "b" in st else 1), col, indent=gut,
                          right=right, caps=caps)
            elif it[0] == "G":
                self.y += 2
                if o.get("logos"):
                    self.need(self.sz * 3)
                    logo(it[1])
                self.line(it[1], "b", self.sz * 1.1, self.acc, indent=gut, caps=o.get("orgcaps", False))
            elif it[0] == "B":
                self.line((bul + " " if bul else "") + it[1], "n", indent=gut + 6)
            elif it[0] == "P":
                self.line(it[1], "n", indent=gut)
            elif it[0] == "S":
                self.y += self.sz * 0.5
            i += 1


def render_pdf(r, path):
    o = r.get("o", {})
    size = (612, 792) if o.get("letter") else (595.28, 841.89)
    cv = (RLCanvas if r["renderer"] == "rl" else FCanvas)(path, size)
    W, Hh = size
    m = o.get("margin", 40)
    acc = o.get("accent", (0.15, 0.3, 0.45))
    side = r.get("side")
    sw = o.get("sidew", 165)
    sidepos = o.get("sidepos", "left")
    footer = o.get("footer")
    page = [1]
    bottom = Hh - m - (18 if footer else 0)

    def draw_footer():
        if footer:
            s = footer.replace("{p}", str(page[0]))
            cv.text(W / 2 - cv.width(s, "DV", 7.5) / 2, Hh - 22, s, "DV", 7.5, (0.4, 0.4, 0.4))

    # header
    y = m
    hs = o.get("head", "left")
    if side and o.get("sidebg", True):
        sx = 0 if sidepos == "left" else W - sw - 10
        cv.rect(sx, 0, sw + 10, Hh, o.get("sidecol", (0.93, 0.93, 0.9)))
    if hs == "band":
        bh = o.get("bandh", 78)
        cv.rect(0, 0, W, bh, acc)
        cv.text(m, 38, r["name"], "DVB", 22, (1, 1, 1))
        if r.get("tagline"):
            cv.text(m, 56, r["tagline"], "DV", 10, (1, 1, 1))
        if r.get("contact") and not side:
            cs = "  ·  ".join(r["contact"])
            cv.text(m, 70, cs, "DV", 7.8, (1, 1, 1))
        y = bh + 14
    elif hs == "center":
        nm = r["name"]
        cv.text(W / 2 - cv.width(nm, "DVB", 20) / 2, y + 10, nm, "DVB", 20, acc)
        y += 28
        if r.get("tagline"):
            cv.text(W / 2 - cv.width(r["tagline"], "DV", 10) / 2, y, r["tagline"], "DV", 10)
            y += 14
        if r.get("contact") and not side:
            cs = "  |  ".join(r["contact"])
            cv.text(W / 2 - cv.width(cs, "DV", 8) / 2, y, cs, "DV", 8, (0.3, 0.3, 0.3))
            y += 12
        y += 6
    elif hs == "twocol":
        cv.text(m, y + 12, r["name"], "DVB", 21, acc)
        if r.get("tagline"):
            cv.text(m, y + 30, r["tagline"], "DVI", 10)
        yy = y
        for c in r.get("contact", []):
            yy += 11
            cv.text(W - m - cv.width(c, "DV", 8.2), yy, c, "DV", 8.2)
        y = max(y + 40, yy + 8)
        cv.rect(m, y, W - 2 * m, 1, acc)
        y += 8
    elif hs == "initials":  # monogram box
        ini = "".join(p[0] for p in r["name"].split()[:2])
        cv.rect(m, y, 44, 44, acc)
        cv.text(m + 22 - cv.width(ini, "DVB", 18) / 2, y + 29, ini, "DVB", 18, (1, 1, 1))
        cv.text(m + 56, y + 18, r["name"].upper(), "DVB", 17)
        if r.get("tagline"):
            cv.text(m + 56, y + 36, r["tagline"], "DV", 9.5, acc)
        y += 58
        if r.get("contact") and not side:
            cs = "   ".join(r["contact"])
            cv.text(m, y, cs, "DV", 8)
            y += 12
    elif hs == "threecol":  # name | contact | extra column across the top
        cw = (W - 2 * m) / 3
        cv.text(m, y + 14, r["name"], "DVSB" if o.get("serif") else "DVB", 17, acc)
        if r.get("tagline"):
            cv.text(m, y + 30, r["tagline"], "DV", 8.5)
        yy = y
        for c in r.get("contact", []):
            yy += 11
            cv.text(m + cw + 10, yy, c, "DV", 8)
        y3 = y
        for c in o.get("col3", []):
            y3 += 11
            cv.text(m + 2 * cw + 10, y3, c, "DV", 8)
        y = max(y + 38, yy + 8, y3 + 8)
        cv.rect(m, y, W - 2 * m, 0.7, acc)
        y += 6
    elif hs == "none":
        pass
    else:  # left
        cv.text(m, y + 12, r["name"], "DVB", 20, acc)
        y += 30
        if r.get("tagline"):
            cv.text(m, y, r["tagline"], "DV", 10)
            y += 14
        if r.get("contact") and not side:
            cv.text(m, y, "  •  ".join(r["contact"]), "DV", 8)
            y += 12
        y += 4

    def brk():
        draw_footer()
        cv.newpage()
        page[0] += 1
        return m

    if side:
        if sidepos == "left":
            sx, mx = 14, sw + 10 + 18
        else:
            sx, mx = W - sw - 2, m
        mw = W - sw - 10 - 18 - m if sidepos == "left" else W - sw - 10 - m - 18
        sy = y if o.get("side_below_head", True) or hs == "band" else m
        sf = Flow(cv, sx, sw - 8, sy, {**o, "size": o.get("sidesize", 8.3), "hstyle": o.get("sidehstyle", "caps")},
                  bottom)
        sb = r.get("side")
        # the side column starts with contact if the header did not print it
        if r.get("contact") and hs in ("band", "center", "left", "initials", "none") and o.get("side_contact", True):
            sb = [("h", o.get("contact_head", "Contact"))] + [("p", c) for c in r["contact"]] + sb
        sf.blocks(sb, side=True)
        mf = Flow(cv, mx, mw, y, o, bottom, brk)
    else:
        mf = Flow(cv, m, W - 2 * m, y, o, bottom, brk)
    mf.blocks(r["main"])
    draw_footer()
    cv.save()


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    o = r.get("o", {})
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(o.get("margin_cm", 1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("pt", 10))
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 1
    textw = sec.page_width - sec.left_margin - sec.right_margin
    mode = o.get("mode", "tabs")
    bul = o.get("bul")

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(c, text="", bold=False, italic=False, size=None, style=None, color=None, caps=False):
        p = c.add_paragraph(style=style) if style else c.add_paragraph()
        if text:
            rn = p.add_run(text)
            rn.bold, rn.italic = bold, italic
            if caps:
                rn.font.small_caps = True
            if size:
                rn.font.size = Pt(size)
            if color:
                rn.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(o.get("after", 2))
        return p

    def heading(c, text):
        if o.get("hstyle") == "heading" and c is d:
            h = d.add_heading(text, level=o.get("hlevel", 2))
            return h
        return para(c, text.upper() if o.get("hupper", True) else text, bold=True, size=o.get("pt", 10) + 1.5,
                    color=o.get("acc", "1F4E79"), caps=o.get("hcaps", False))

    def entries(c, ents, oo, width):
        items = entry_lines(ents, oo)
        em = oo.get("mode", mode)
        if em in ("table", "timeline") and c is d:
            # one borderless table per job
            groups, cur = [], []
            for it in items:
                cur.append(it)
                if it[0] == "S":
                    groups.append(cur)
                    cur = []
            for g in groups:
                t = d.add_table(rows=1, cols=2)
                noborders(t)
                a, b = t.rows[0].cells
                if em == "timeline":
                    a.width, b.width = Cm(3.2), textw - Cm(3.2)
                    a.paragraphs[0].text = ""
                    dl = [x[2] for x in g if x[0] == "L" and x[2]]
                    a.paragraphs[0].add_run(dl[0] if dl else "").italic = True
                    tgt = b
                else:
                    a.width, b.width = textw - Cm(4), Cm(4)
                    dl = [x[2] for x in g if x[0] == "L" and x[2]]
                    b.paragraphs[0].add_run(dl[0] if dl else "").bold = False
                    tgt = a
                first = True
                for it in g:
                    if it[0] in ("L", "G"):
                        txt = it[1]
                        sty = it[3] if it[0] == "L" else "b"
                        p = tgt.paragraphs[0] if first else tgt.add_paragraph()
                        first = False
                        rn = p.add_run(txt)
                        rn.bold, rn.italic = "b" in sty, "i" in sty
                    elif it[0] == "B":
                        p = tgt.add_paragraph((bul + " " if bul else "• ") + it[1])
                    elif it[0] == "P":
                        tgt.add_paragraph(it[1])
                para(d, "")
            return
        for it in items:
            if it[0] == "L":
                _, left, right, sty = it
                p = para(c, "")
                rn = p.add_run(left)
                rn.bold, rn.italic = "b" in sty, "i" in sty
                if "c" in sty or (sty == "i" and oo.get("orgcaps")):
                    rn.font.small_caps = True
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
            elif it[0] == "G":
                para(c, it[1], bold=True, size=o.get("pt", 10) + 0.5, caps=oo.get("orgcaps", False))
            elif it[0] == "B":
                if bul is None and c is d:
                    p = d.add_paragraph(it[1], style="List Bullet")
                    p.paragraph_format.space_after = Pt(0)
                else:
                    para(c, ((bul or "•") + " " if bul != "" else "") + it[1])
            elif it[0] == "P":
                para(c, it[1])
            elif it[0] == "S":
                pass

    def blocks(c, blks, width):
        for b in blks:
            k = b[0]
            if k == "h":
                heading(c, b[1])
            elif k in ("p", "pi", "pb"):
                para(c, b[1], bold=k == "pb", italic=k == "pi")
            elif k == "bl":
                for it in b[1]:
                    if c is d and bul is None:
                        d.add_paragraph(it, style="List Bullet")
                    else:
                        para(c, "• " + it)
            elif k == "kv":
                for lab, val in b[1]:
                    p = para(c, lab)
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + val)
            elif k == "sp":
                para(c, "")
            elif k == "x":
                entries(c, b[1], {**o, **(b[2] if len(b) > 2 else {})}, width)

    # header
    if o.get("pagehead"):
        hp = sec.header.paragraphs[0]
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        if r.get("tagline"):
            sec.header.add_paragraph(r["tagline"])
        sec.header.add_paragraph("  |  ".join(r.get("contact", [])))
    else:
        if o.get("titlestyle"):
            d.add_heading(r["name"], level=0)
        else:
            para(d, r["name"], bold=True, size=20, color=o.get("acc", "1F4E79"))
        if r.get("tagline"):
            para(d, r["tagline"], italic=True, size=11)
        if not r.get("side") or o.get("contact_top"):
            para(d, "  ·  ".join(r.get("contact", [])), size=9)
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    if r.get("side"):
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        sw = Cm(o.get("side_cm", 5.5))
        a, b = t.rows[0].cells
        if o.get("sidepos", "left") == "right":
            a, b = b, a
        a.width, b.width = sw, textw - sw
        shade(a, o.get("sidefill", "EDEBE6"))
        a.paragraphs[0].text = ""
        sb = r["side"]
        if not o.get("contact_top") and not o.get("pagehead"):
            sb = [("h", o.get("contact_head", "Contact"))] + [("p", c) for c in r.get("contact", [])] + sb
        blocks(a, sb, sw - Cm(0.3))
        b.paragraphs[0].text = ""
        blocks(b, r["main"], textw - sw - Cm(0.4))
    else:
        blocks(d, r["main"], textw)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    o = r.get("o", {})
    L = []
    nm = r["name"].upper() if o.get("nameupper") else r["name"]
    L.append(nm)
    if r.get("tagline"):
        L.append(r["tagline"])
    if r.get("contact"):
        L.append(o.get("csep", " | ").join(r["contact"]))
    L.append("")
    hu = o.get("hupper", True)
    ul = o.get("underline")
    for b in r.get("side", []) + r["main"]:
        k = b[0]
        if k == "h":
            h = b[1].upper() if hu else b[1]
            L.append("")
            L.append(h)
            if ul:
                L.append(ul * len(h))
        elif k in ("p", "pi", "pb"):
            L.append(b[1])
        elif k == "bl":
            L += [o.get("bul", "-") + " " + x for x in b[1]]
        elif k == "kv":
            L += [f"{a}{o.get('kvsep', ' ..... ')}{v}" for a, v in b[1]]
        elif k == "sp":
            L.append("")
        elif k == "x":
            oo = {**o, **(b[2] if len(b) > 2 else {})}
            for it in entry_lines(b[1], oo):
                if it[0] == "L":
                    L.append(it[1] + (oo.get("rsep", "    ") + it[2] if it[2] else ""))
                elif it[0] == "G":
                    L.append(it[1].upper() if oo.get("orgcaps") else it[1])
                elif it[0] == "B":
                    L.append(((oo.get("bul", "-") + " ") if oo.get("bul", "-") else "") + it[1])
                elif it[0] == "P":
                    L.append(it[1])
                elif it[0] == "S":
                    L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    o = r.get("o", {})
    L = [f"# {r['name']}"]
    if r.get("tagline"):
        L.append(f"*{r['tagline']}*")
    if r.get("contact"):
        L.append("")
        L.append(" · ".join(r["contact"]))
    for b in r.get("side", []) + r["main"]:
        k = b[0]
        if k == "h":
            L += ["", f"## {b[1]}", ""]
        elif k == "p":
            L += [b[1], ""]
        elif k in ("pi",):
            L += [f"_{b[1]}_", ""]
        elif k == "pb":
            L += [f"**{b[1]}**", ""]
        elif k == "bl":
            L += [f"- {x}" for x in b[1]]
        elif k == "kv":
            L += ["| Skill | Level |", "|---|---|"] + [f"| {a} | {v} |" for a, v in b[1]]
        elif k == "x":
            oo = {**o, **(b[2] if len(b) > 2 else {})}
            for it in entry_lines(b[1], oo):
                if it[0] == "L":
                    if it[3] == "b":
                        L.append(f"{o.get('mdh', '###')} {it[1]}" + (f" ({it[2]})" if it[2] and o.get("mdparen") else ""))
                        if it[2] and not o.get("mdparen"):
                            L.append(f"*{it[2]}*  ")
                    elif it[3] == "i":
                        L.append(f"**{it[1]}**" + (f" — {it[2]}" if it[2] else "") + "  ")
                    else:
                        L.append(it[1] + ("  " + it[2] if it[2] else "") + "  ")
                elif it[0] == "G":
                    L += [f"### {it[1]}", ""]
                elif it[0] == "B":
                    L.append(f"{o.get('bul', '-')} {it[1]}")
                elif it[0] == "P":
                    L.append(it[1])
                elif it[0] == "S":
                    L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    o = r.get("o", {})
    e = H.escape
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{e(r['name'])} – CV</title>",
         "<style>body{font-family:Helvetica,Arial,sans-serif;max-width:900px;margin:auto;display:flex}"
         "aside{width:30%;background:#f1ede6;padding:18px}main{width:70%;padding:18px}"
         ".role{display:flex;justify-content:space-between}.d{color:#777}h2{font-variant:small-caps}</style>",
         "</head><body>"]

    def blocks(bl):
        for b in bl:
            k = b[0]
            if k == "h":
                L.append(f"<h2>{e(b[1])}</h2>")
            elif k in ("p", "pi", "pb"):
                L.append(f"<p>{e(b[1])}</p>")
            elif k == "bl":
                L.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
            elif k == "kv":
                L.append("<table>" + "".join(f"<tr><td>{e(a)}</td><td>{e(v)}</td></tr>" for a, v in b[1]) + "</table>")
            elif k == "x":
                oo = {**o, **(b[2] if len(b) > 2 else {})}
                ul = False
                for it in entry_lines(b[1], oo):
                    if it[0] != "B" and ul:
                        L.append("</ul>")
                        ul = False
                    if it[0] == "L":
                        tag = "h3" if it[3] == "b" else "div"
                        L.append(f"<div class=\"role\"><{tag}>{e(it[1])}</{tag}>" +
                                 (f"<span class=\"d\">{e(it[2])}</span>" if it[2] else "") + "</div>")
                    elif it[0] == "G":
                        L.append(f"<h3 class=\"org\">{e(it[1])}</h3>")
                    elif it[0] == "B":
                        if not ul:
                            L.append("<ul>")
                            ul = True
                        L.append(f"<li>{e(it[1])}</li>")
                    elif it[0] == "P":
                        L.append(f"<p>{e(it[1])}</p>")
                if ul:
                    L.append("</ul>")

    L.append("<aside>")
    L.append(f"<h1>{e(r['name'])}</h1>")
    if r.get("tagline"):
        L.append(f"<p class=\"tag\">{e(r['tagline'])}</p>")
    for c in r.get("contact", []):
        L.append(f"<p>{e(c)}</p>")
    blocks(r.get("side", []))
    L.append("</aside><main>")
    blocks(r["main"])
    L.append("</main></body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def render(r, path):
    fn = {"rl": render_pdf, "fpdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md,
          "html": render_html}[r["renderer"]]
    fn(r, path)
