"""Renderers for wild74: résumé dict -> blocks -> pdf (reportlab / fpdf2), docx, txt, md, html."""
import datetime
import html as H
import io
import zipfile

from lib import E, drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def hdr_blocks(e, hdr, d):
    org = e.show_org or e.org
    ol = ", ".join(x for x in (org, e.loc) if x)
    if hdr == "title_org":
        return [("row", e.title, d, "b")] + ([("t", ol, "i")] if ol else [])
    if hdr == "org_title":
        return [("row", ol, d, "b"), ("t", e.title, "i")]
    if hdr == "dash":
        return [("row", e.title + (" – " + ol if ol else ""), d, "b")]
    if hdr == "pipe":
        return [("row", " | ".join(x for x in (e.title, org, e.loc) if x), d, "b")]
    if hdr == "dateline":
        return [("t", e.title, "b")] + ([("t", ol, "")] if ol else []) + [("t", d, "i")]
    if hdr == "datesfirst":
        return [("t", d, "i"), ("t", e.title + (", " + ol if ol else ""), "b")]
    if hdr == "labelled":
        out = [("t", "Position: " + e.title, "b")]
        if org:
            out.append(("t", "Employer: " + org, ""))
        if e.loc:
            out.append(("t", "Location: " + e.loc, ""))
        out.append(("t", "Duration: " + d, ""))
        return out
    if hdr == "inline":
        return [("t", e.title + (", " + ol if ol else "") + " (" + d + ")", "b")]
    if hdr == "orgrole":  # role line under an org heading
        return [("row", e.title, d, "i")]
    raise ValueError(hdr)


def exp_blocks(R, ents, hdr):
    out, prev = [], None
    for e in ents:
        d = drange(e, R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – "))
        if hdr == "orgfirst":
            hb = []
            if (e.org, e.loc) != prev:
                org = e.show_org or e.org or ""
                hb.append(("t", org + (", " + e.loc if e.loc else ""), "b"))
            hb += hdr_blocks(e, "orgrole", d)
            prev = (e.org, e.loc)
        else:
            hb = hdr_blocks(e, hdr, d)
        if R.get("bstyle") == "para" and e.bullets:
            bb = [("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets))]
        else:
            bb = [("li", b) for b in e.bullets]
        out.append(("job", e, d, hb, bb))
    return out


def section_blocks(R, secs):
    out = []
    for head, content in secs:
        hdr = R.get("hdr", "title_org")
        if isinstance(head, tuple):
            head, hdr = head
        if head == "PAGEBREAK":
            out.append(("pb",))
            continue
        if head:
            out.append(("h", head.upper() if R.get("caps") else head))
        if isinstance(content, str):
            for para in content.split("\n\n"):
                if "\n" in para:
                    out += [("t", ln, "") for ln in para.split("\n")]
                else:
                    out.append(("p", para))
        elif content and isinstance(content[0], E):
            out += exp_blocks(R, content, hdr)
        else:
            out += [("li", x) for x in content]
        out.append(("gap",))
    return out


def flatten(bl):
    out = []
    for b in bl:
        if b[0] == "job":
            out += b[3] + b[4] + [("gap2",)]
        else:
            out.append(b)
    return out


def all_entries(R):
    ents = []
    for head, content in list(R.get("sidebar", [])) + list(R["sections"]):
        if isinstance(content, list) and content and isinstance(content[0], E):
            ents += content
    return ents


# ---------------------------------------------------------------- PDF engine
class RLPen:
    def __init__(self, path, R):
        from reportlab.lib.pagesizes import A4, letter
        from reportlab.pdfgen import canvas
        self.W, self.H = letter if R.get("paper") == "letter" else A4
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle(R["name"] + " CV")
        self.c.setAuthor(R["name"])
        fam = R.get("font", "Helvetica")
        if fam == "Times":
            self.f = {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
        else:
            self.f = {"": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}

    def sw(self, s, st, sz):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.f[st], sz)

    def text(self, x, y, s, st, sz, grey=0):
        self.c.setFillGray(grey)
        self.c.setFont(self.f[st], sz)
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, grey):
        self.c.setFillGray(grey)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def line(self, x1, y, x2):
        self.c.setStrokeGray(0.5)
        self.c.setLineWidth(0.6)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPen:
    def __init__(self, path, R):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(unit="pt", format="letter" if R.get("paper") == "letter" else "A4")
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED)
        self.p.set_title(R["name"] + " - Resume")
        self.p.set_author(R["name"])
        if R.get("font") == "Serif":
            self.p.add_font("F", "", DJ + "DejaVuSerif.ttf")
            self.p.add_font("F", "B", DJ + "DejaVuSerif-Bold.ttf")
            self.p.add_font("F", "I", DJ + "DejaVuSerif-Italic.ttf")
            self.p.add_font("F", "BI", DJ + "DejaVuSerif-Bold.ttf")
        else:
            self.p.add_font("F", "", DJ + "DejaVuSans.ttf")
            self.p.add_font("F", "B", DJ + "DejaVuSans-Bold.ttf")
            self.p.add_font("F", "I", DJ + "DejaVuSans-Oblique.ttf")
            self.p.add_font("F", "BI", DJ + "DejaVuSans-BoldOblique.ttf")
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h

    def _f(self, st, sz):
        self.p.set_font("F", st.upper(), sz)

    def sw(self, s, st, sz):
        self._f(st, sz)
        return self.p.get_string_width(s)

    def text(self, x, y, s, st, sz, grey=0):
        self._f(st, sz)
        g = int(grey * 255)
        self.p.set_text_color(g, g, g)
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, grey):
        g = int(grey * 255)
        self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style="F")

    def line(self, x1, y, x2):
        self.p.set_draw_color(128, 128, 128)
        self.p.set_line_width(0.6)
        self.p.line(x1, y, x2, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(pen, s, st, sz, w):
    words, lines, cur = s.split(" "), [], ""
    for wd in words:
        t = (cur + " " + wd) if cur else wd
        if pen.sw(t, st, sz) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self, pen, R, x, w, y, top=50, bottom=60):
        self.pen, self.R, self.x, self.w, self.y = pen, R, x, w, y
        self.top, self.bottom = top, bottom
        self.sz = R.get("size", 10)
        self.page = 1
        self.on_newpage = None

    def need(self, h):
        if self.y + h > self.pen.H - self.bottom:
            self.pen.newpage()
            self.page += 1
            self.y = self.top
            if self.on_newpage:
                self.on_newpage(self)

    def lines(self, s, st, sz, indent=0, lead=None, grey=0):
        lead = lead or sz * 1.3
        for ln in wrap(self.pen, s, st, sz, self.w - indent):
            self.need(lead)
            self.y += lead
            self.pen.text(self.x + indent, self.y, ln, st, sz, grey)

    def draw(self, blocks):
        R, sz = self.R, self.sz
        bul = R.get("bullet", "•")
        for b in flatten(blocks):
            k = b[0]
            if k == "h":
                self.need(40)
                self.y += sz * 0.9
                self.lines(b[1], "b", sz + 1.5, grey=R.get("hgrey", 0))
                if R.get("rule", True):
                    self.y += 3
                    self.pen.line(self.x, self.y, self.x + self.w)
                self.y += 2
            elif k == "p":
                self.lines(b[1], "", sz)
            elif k == "t":
                self.lines(b[1], b[2], sz)
            elif k == "li":
                lines = wrap(self.pen, b[1], "", sz, self.w - 14)
                for i, ln in enumerate(lines):
                    self.need(sz * 1.3)
                    self.y += sz * 1.3
                    if i == 0:
                        self.pen.text(self.x + 3, self.y, bul, "", sz)
                    self.pen.text(self.x + 14, self.y, ln, "", sz)
            elif k == "row":
                rw = self.pen.sw(b[2], "", sz)
                lines = wrap(self.pen, b[1], b[3], sz, self.w - rw - 12)
                for i, ln in enumerate(lines):
                    self.need(sz * 1.3 * (2 if i == 0 else 1))
                    self.y += sz * 1.3
                    self.pen.text(self.x, self.y, ln, b[3], sz)
                    if i == 0:
                        self.pen.text(self.x + self.w - rw, self.y, b[2], "", sz)
            elif k in ("gap", "gap2"):
                self.y += sz * (0.6 if k == "gap" else 0.5)
            elif k == "pb":
                self.y = self.pen.H  # force new page at next line
                self.need(1)
            else:
                raise ValueError(k)


def render_pdf(R, path):
    pen = RLPen(path, R) if R["r"] == "rl" else FPen(path, R)
    lay = R.get("layout", "plain")
    W, Hh = pen.W, pen.H
    M = R.get("margin", 54)
    main = section_blocks(R, R["sections"])
    side = section_blocks(R, R.get("sidebar", []))
    footer = R.get("footer")
    if lay == "sidebar":
        sw = 170
        pen.rect(0, 0, sw, Hh, R.get("sgrey", 0.9))
        fs = Flow(pen, dict(R, rule=False), 18, sw - 32, 40)
        fs.lines(R["name"], "b", 15)
        for c in R["contact"]:
            fs.lines(c, "", 8.5)
        fs.y += 8
        fs.draw(side)
        fm = Flow(pen, R, sw + 24, W - sw - 24 - M, 40)
        if R.get("headline"):
            fm.lines(R["headline"], "b", 13)
        fm.draw(main)
        flows = [fm]
    else:
        f = Flow(pen, R, M, W - 2 * M, 40)
        if lay == "centred":
            nw = pen.sw(R["name"], "b", 18)
            f.y += 20
            pen.text((W - nw) / 2, f.y, R["name"], "b", 18)
            for c in R["contact"]:
                cw = pen.sw(c, "", 9)
                f.y += 12
                pen.text((W - cw) / 2, f.y, c, "", 9)
        elif lay == "twocol":
            f.y += 20
            pen.text(M, f.y, R["name"], "b", 18)
            if R.get("headline"):
                pen.text(M, f.y + 16, R["headline"], "i", 10)
            yy = f.y - 12
            for c in R["contact"]:
                cw = pen.sw(c, "", 8.5)
                yy += 11
                pen.text(W - M - cw, yy, c, "", 8.5)
            f.y = max(f.y + 16, yy) + 4
        else:
            f.lines(R["name"], "b", 17)
            for c in R["contact"]:
                f.lines(c, "", 9)
            if R.get("headline"):
                f.lines(R["headline"], "i", 10.5)
        f.y += 4
        f.draw(side + main)
        flows = [f]
    pen.save() if not footer else None
    if footer:
        # footers need the page count: redraw with footer on every page
        pen2 = RLPen(path, R) if R["r"] == "rl" else FPen(path, R)
        _redraw_with_footer(pen2, R, main, side, footer, flows[0].page)
    return path


def _redraw_with_footer(pen, R, main, side, footer, n):
    M = R.get("margin", 54)
    W = pen.W
    state = {"p": 1}

    def foot(p):
        s = footer.format(p=p, n=n, name=R["name"])
        pen.text((W - pen.sw(s, "", 8)) / 2, pen.H - 28, s, "", 8, 0.35)

    def onnew(fl):
        state["p"] += 1
        foot(state["p"])

    f = Flow(pen, R, M, W - 2 * M, 40, top=50)
    f.on_newpage = onnew
    foot(1)
    lay = R.get("layout")
    if lay == "twocol":
        f.y += 20
        pen.text(M, f.y, R["name"], "b", 18)
        if R.get("headline"):
            pen.text(M, f.y + 16, R["headline"], "i", 10)
        yy = f.y - 12
        for c in R["contact"]:
            cw = pen.sw(c, "", 8.5)
            yy += 11
            pen.text(W - M - cw, yy, c, "", 8.5)
        f.y = max(f.y + 16, yy) + 4
    elif lay == "centred":
        nw = pen.sw(R["name"], "b", 18)
        f.y += 20
        pen.text((W - nw) / 2, f.y, R["name"], "b", 18)
        for c in R["contact"]:
            cw = pen.sw(c, "", 9)
            f.y += 12
            pen.text((W - cw) / 2, f.y, c, "", 9)
    else:
        f.lines(R["name"], "b", 17)
        for c in R["contact"]:
            f.lines(c, "", 9)
    f.y += 4
    f.draw(side + main)
    pen.save()


# ---------------------------------------------------------------- DOCX
def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches

    doc = Document()
    lay = R.get("layout", "styles")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    TW = Inches(8.5 - 1.8) if R.get("paper") == "letter" else Inches(8.27 - 1.8)
    if R.get("paper") == "letter":
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:
        sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("size", 10.5))
    bul = R.get("bullet", "•")

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def para(cont, text="", style=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            p.add_run(text)
        p.paragraph_format.space_after = Pt(2)
        return p

    def emit(cont, blocks, width):
        for b in blocks:
            k = b[0]
            if k == "job":
                e, d, hb, bb = b[1:]
                if lay == "table":
                    t = cont.add_table(rows=1, cols=2)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = int(width * 0.72), int(width * 0.28)
                    c0.paragraphs[0].add_run(e.title).bold = True
                    ol = ", ".join(x for x in (e.show_org or e.org, e.loc) if x)
                    if ol:
                        c0.add_paragraph().add_run(ol).italic = True
                    c1.paragraphs[0].add_run(d)
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    emit(cont, bb, width)
                else:
                    emit(cont, hb + bb, width)
                para(cont)
            elif k == "h":
                if lay in ("styles", "header"):
                    if cont is doc:
                        cont.add_heading(b[1], level=R.get("hlevel", 1))
                    else:
                        para(cont).add_run(b[1]).bold = True
                else:
                    p = para(cont)
                    r = p.add_run(b[1])
                    r.bold = True
                    r.font.size = Pt(R.get("size", 10.5) + 1.5)
            elif k == "p":
                para(cont, b[1])
            elif k == "t":
                p = para(cont)
                r = p.add_run(b[1])
                r.bold, r.italic = "b" in b[2], "i" in b[2]
            elif k == "li":
                if R.get("listbul") and cont is doc:
                    para(cont, b[1], "List Bullet")
                else:
                    p = para(cont, bul + " " + b[1] if bul else b[1])
                    p.paragraph_format.left_indent = Inches(0.2)
            elif k == "row":
                p = para(cont)
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(b[1])
                r.bold, r.italic = "b" in b[3], "i" in b[3]
                p.add_run("\t" + b[2])
            elif k in ("gap", "gap2"):
                pass
            elif k == "pb":
                doc.add_page_break()

    main = section_blocks(R, R["sections"])
    side = section_blocks(R, R.get("sidebar", []))
    contact = " | ".join(R["contact"]) if R.get("contact_join") else None
    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        for c in R["contact"]:
            sec.header.add_paragraph(c)
    else:
        if lay == "styles":
            doc.add_heading(R["name"], level=0)
        else:
            p = para(doc)
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(18)
            if R.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if lay != "sidebar":
            for c in ([contact] if contact else R["contact"]):
                p = para(doc, c)
                if R.get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if R.get("headline"):
        para(doc).add_run(R["headline"]).italic = True
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        c0, c1 = t.rows[0].cells
        sw_ = Inches(2.1)
        c0.width, c1.width = sw_, TW - sw_
        shade(c0, R.get("sfill", "DCE6F0"))
        for c in R["contact"]:
            para(c0, c)
        emit(c0, side, sw_)
        emit(c1, main, TW - sw_ - Inches(0.2))
    else:
        emit(doc, side + main, TW)
    if R.get("footer"):
        sec.footer.paragraphs[0].text = R["footer"].format(p=1, n=1, name=R["name"]).replace(" of 1", "")
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R["name"] + " CV"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(it.filename))
    return path


# ---------------------------------------------------------------- text / md / html
def render_txt(R, path):
    o = R.get("txt", {})
    width = o.get("width", 80)
    L = [R["name"].upper() if o.get("capsname") else R["name"]]
    L += R["contact"]
    if R.get("headline"):
        L.append(R["headline"])
    L.append("")
    bul = R.get("bullet", "-")
    blocks = section_blocks(R, R.get("sidebar", [])) + section_blocks(R, R["sections"]) \
        if not o.get("side_after") else section_blocks(R, R["sections"]) + section_blocks(R, R.get("sidebar", []))
    for b in flatten(blocks):
        k = b[0]
        if k == "h":
            h = b[1]
            if o.get("hstyle") == "underline":
                L += [h, ("=" if o.get("ul", "=") == "=" else "-") * len(h)]
            elif o.get("hstyle") == "colon":
                L.append(h + ":")
            elif o.get("hstyle") == "dashes":
                L.append("---- " + h + " ----")
            else:
                L.append(h)
        elif k in ("p",):
            L.append(b[1])
        elif k == "t":
            L.append(b[1])
        elif k == "li":
            L.append((bul + " " if bul else "") + b[1])
        elif k == "row":
            rs = o.get("row", "pad")
            if rs == "pad":
                pad = max(3, width - len(b[1]) - len(b[2]))
                L.append(b[1] + " " * pad + b[2])
            elif rs == "tab":
                L.append(b[1] + "\t" + b[2])
            elif rs == "dash":
                L.append(b[1] + " — " + b[2])
            elif rs == "paren":
                L.append(b[1] + " (" + b[2] + ")")
            else:
                L += [b[1], b[2]]
        elif k == "gap":
            L.append("")
        elif k == "gap2":
            if o.get("jobgap", True):
                L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    txt = "\n".join(x.rstrip() for x in txt.split("\n"))
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)
    return path


def render_md(R, path):
    o = R.get("md", {})
    L = ["# " + R["name"], ""]
    L.append(o.get("cjoin", "  \n").join(R["contact"]))
    L.append("")
    if R.get("headline"):
        L += ["**" + R["headline"] + "**", ""]
    bul = R.get("bullet", "-")
    blocks = section_blocks(R, R.get("sidebar", [])) + section_blocks(R, R["sections"])
    for b in flatten(blocks):
        k = b[0]
        if k == "h":
            L += ["", "## " + b[1], ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "t":
            s = b[1]
            if b[2] == "b":
                s = ("### " + s) if o.get("h3") else "**" + s + "**"
            elif b[2] == "i":
                s = "*" + s + "*"
            L.append(s + "  ")
        elif k == "li":
            L.append(bul + " " + b[1])
        elif k == "row":
            if o.get("h3"):
                L += ["### " + b[1], "*" + b[2] + "*  "]
            else:
                L.append("**" + b[1] + "** — " + b[2] + "  ")
        elif k in ("gap", "gap2"):
            L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt.strip() + "\n")
    return path


def render_html(R, path):
    o = R.get("html", {})
    e = H.escape
    css = o.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".row{display:flex;justify-content:space-between}.d{color:#555}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(R['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<h1>{e(R['name'])}</h1>", "<p class=\"contact\">" + "<br>".join(e(c) for c in R["contact"]) + "</p>"]
    if R.get("headline"):
        L.append(f"<p><strong>{e(R['headline'])}</strong></p>")
    blocks = section_blocks(R, R.get("sidebar", [])) + section_blocks(R, R["sections"])
    inul = False
    for b in flatten(blocks):
        k = b[0]
        if k != "li" and inul:
            L.append("</ul>")
            inul = False
        if k == "h":
            L.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            L.append(f"<p>{e(b[1])}</p>")
        elif k == "t":
            s = e(b[1])
            s = f"<strong>{s}</strong>" if "b" in b[2] else (f"<em>{s}</em>" if "i" in b[2] else s)
            L.append(f"<div>{s}</div>")
        elif k == "li":
            if not inul:
                L.append("<ul>")
                inul = True
            L.append(f"<li>{e(b[1])}</li>")
        elif k == "row":
            L.append(f"<div class=\"row\"><strong>{e(b[1])}</strong><span class=\"d\">{e(b[2])}</span></div>")
    if inul:
        L.append("</ul>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")
    return path


def render(R, outdir):
    ext = R["fmt"]
    path = f"{outdir}/{R['id']}.{ext}"
    fn = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[ext]
    return fn(R, path)
