"""Renderers for wild110: reportlab and fpdf2 (shared layout engine), python-docx, text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import E, fmt_range

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry lines
def _join(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_lines(r, items):
    """Turn a list of E into generic lines: ('H', left, right), ('S', text), ('B', text), ('P', text), ('G', left, right)."""
    order = r.get("order", "title_org")
    ds = r.get("dates", "mon")
    pw = r.get("present", "Present")
    sep = r.get("dsep", " – ")
    out = []
    prev_org = object()
    for i, e in enumerate(items):
        if isinstance(e, str):
            out.append(("P", e))
            continue
        d = fmt_range(e, ds, pw, sep)
        if order == "title_org":
            out.append(("H", e.title, d))
            s = _join(e.org, e.loc, sep=r.get("orgsep", ", "))
            if s:
                out.append(("S", s))
        elif order == "org_title":
            out.append(("H", _join(e.org, e.loc, sep=r.get("orgsep", ", ")) or e.title, d))
            if e.org or e.loc:
                out.append(("S", e.title))
        elif order == "dash":
            out.append(("H", e.title + (" – " + _join(e.org, e.loc) if (e.org or e.loc) else ""), d))
        elif order == "pipe":
            out.append(("H", " | ".join(p for p in (e.title, e.org, e.loc) if p), d))
        elif order == "dateline":
            out.append(("H", e.title, ""))
            s = _join(e.org, e.loc, sep=" · ")
            if s:
                out.append(("S", s))
            out.append(("S", d))
        elif order == "datesfirst":
            out.append(("H", d + "   " + e.title, ""))
            s = _join(e.org, e.loc)
            if s:
                out.append(("S", s))
        elif order == "inline":
            out.append(("H", _join(e.title, e.org, e.loc, d), ""))
        elif order == "labelled":
            out.append(("H", "Position: " + e.title, ""))
            if e.org:
                out.append(("S", "Employer: " + e.org))
            if e.loc:
                out.append(("S", "Location: " + e.loc))
            out.append(("S", "Dates: " + d))
        elif order == "orgfirst":
            grp = getattr(e, "group", None) or e.org
            if grp != prev_org:
                gl = getattr(e, "group_line", None)
                out.append(("G", gl if gl else _join(grp, e.loc), getattr(e, "group_dates", "") or ""))
            prev_org = grp
            out.append(("H", e.title, d))
            extra = getattr(e, "sub", None)
            if extra:
                out.append(("S", extra))
        else:
            raise ValueError(order)
        if r.get("bullet") == "para" and e.bullets:
            out.append(("P", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        else:
            for b in e.bullets:
                out.append(("B", b))
        out.append(("GAP",))
    return out


def is_entries(content):
    return any(isinstance(x, E) for x in content)


# ---------------------------------------------------------------- PDF back-ends
class RLDoc:
    def __init__(self, path, size):
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setCreator("Microsoft Word")
        self.c.setAuthor("")
        self.W, self.H = size
        self.serif = False

    def font(self, bold=False, italic=False, size=10):
        base = "Times" if self.serif else "Helvetica"
        if base == "Times":
            name = {(0, 0): "Times-Roman", (1, 0): "Times-Bold", (0, 1): "Times-Italic", (1, 1): "Times-BoldItalic"}[(bold, italic)]
        else:
            name = {(0, 0): "Helvetica", (1, 0): "Helvetica-Bold", (0, 1): "Helvetica-Oblique", (1, 1): "Helvetica-BoldOblique"}[(bold, italic)]
        self.f = (name, size)
        self.c.setFont(name, size)

    def width(self, s):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, *self.f)

    def text(self, x, y, s):
        self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, grey):
        self.c.setFillGray(grey)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
        self.c.setFillGray(0)

    def line(self, x1, y, x2):
        self.c.setLineWidth(0.5)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPDoc:
    def __init__(self, path, size):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        self.p = FPDF(unit="pt", format=(self.W, self.H))
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED_DT)
        self.p.set_creator("Google Docs Renderer")
        self.p.set_producer("fpdf2")
        self.p.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
        self.p.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.p.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.p.add_font("DV", "BI", DEJAVU + "DejaVuSans-BoldOblique.ttf")
        self.p.add_page()
        self.serif = False

    def font(self, bold=False, italic=False, size=10):
        self.p.set_font("DV", ("B" if bold else "") + ("I" if italic else ""), size * 0.92)
        self.sz = size

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s):
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, grey):
        g = int(grey * 255)
        self.p.set_fill_color(g, g, g)
        self.p.rect(x, y - 0, w, h, style="F")

    def line(self, x1, y, x2):
        self.p.set_line_width(0.5)
        self.p.line(x1, y, x2, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(doc, s, w):
    words = s.split(" ")
    lines, cur = [], ""
    for wd in words:
        t = (cur + " " + wd) if cur else wd
        if doc.width(t) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Top-down text flow inside a column, with page breaks."""

    def __init__(self, doc, r, x0, x1, y0, bottom):
        self.d, self.r, self.x0, self.x1, self.y, self.bottom = doc, r, x0, x1, y0, bottom
        self.page = 1

    def need(self, h):
        if self.y + h > self.bottom:
            self.break_page()

    def break_page(self):
        self.d.newpage()
        self.page += 1
        self.y = self.r.get("_top2", 56)
        self.r["_decorate"](self.page)

    def para(self, s, size=10, bold=False, italic=False, indent=0, lead=None, prefix=None):
        lead = lead or size * 1.3
        self.d.font(bold, italic, size)
        pw = 0
        if prefix:
            pw = self.d.width(prefix + " ")
        for i, ln in enumerate(wrap(self.d, s, self.x1 - self.x0 - indent - pw)):
            self.need(lead)
            self.y += lead
            if prefix and i == 0:
                self.d.text(self.x0 + indent, self.y, prefix)
            self.d.text(self.x0 + indent + pw, self.y, ln)

    def lr(self, left, right, size=10.5):
        self.d.font(False, False, size)
        rw = self.d.width(right) + 8 if right else 0
        self.d.font(True, False, size)
        lines = wrap(self.d, left, self.x1 - self.x0 - rw)
        for i, ln in enumerate(lines):
            self.need(size * 1.3)
            self.y += size * 1.3
            self.d.font(True, False, size)
            self.d.text(self.x0, self.y, ln)
            if i == 0 and right:
                self.d.font(False, False, size - 0.5)
                self.d.text(self.x1 - self.d.width(right), self.y, right)

    def gap(self, h):
        self.y += h

    def heading(self, s, size=11.5):
        self.need(size * 3)
        self.y += 8
        style = self.r.get("hstyle", "rule")
        txt = s.upper() if style in ("rule", "caps") else s
        self.para(txt, size=size, bold=True)
        if style == "rule":
            self.y += 3
            self.d.line(self.x0, self.y, self.x1)
        self.y += 2

    def lines(self, lines):
        bch = self.r.get("bullet", "•")
        for ln in lines:
            k = ln[0]
            if k == "H":
                self.lr(ln[1], ln[2])
            elif k == "G":
                self.need(30)
                self.gap(2)
                self.lr(ln[1].upper() if self.r.get("gcaps") else ln[1], ln[2], size=11)
            elif k == "S":
                self.para(ln[1], size=10, italic=True)
            elif k == "B":
                if bch in ("", "none", "para"):
                    self.para(ln[1], size=9.8)
                else:
                    self.para(ln[1], size=9.8, indent=10, prefix=bch)
            elif k == "P":
                self.para(ln[1], size=9.8)
            elif k == "GAP":
                self.gap(5)


def render_pdf(r, path):
    size = (612, 792) if r.get("paper") == "letter" else (595.28, 841.89)
    doc = RLDoc(path, size) if r["r"] == "rl" else FPDoc(path, size)
    doc.serif = r.get("serif", False)
    W, H = size
    lay = r.get("style", "plain")
    M = 50
    side_w = 175 if lay == "sidebar" else 0
    foot = r.get("footer")

    def decorate(page):
        if lay == "sidebar":
            doc.rect(0, 0, side_w, H, 0.9)
        if foot:
            doc.font(False, True, 8)
            t = foot.format(n=page)
            doc.text((W - doc.width(t)) / 2, H - 28, t)

    r["_decorate"] = decorate
    decorate(1)
    bottom = H - (60 if foot else 48)
    y = 58
    main_sections = list(r["sections"])
    if lay == "sidebar":
        sf = Flow(doc, r, 18, side_w - 14, 50, bottom)
        sf.para(r["name"], size=17, bold=True, lead=21)
        if r.get("tagline"):
            sf.para(r["tagline"], size=10, italic=True)
        sf.gap(8)
        for c in r["contact"]:
            sf.para(c, size=8.8)
        for h, content in r.get("side", []):
            sf.gap(10)
            sf.para(h.upper(), size=10, bold=True)
            for c in content:
                sf.para(c, size=8.8)
        f = Flow(doc, r, side_w + 22, W - 40, 40, bottom)
    else:
        f = Flow(doc, r, M, W - M, y - 20, bottom)
        if lay == "twocol":
            doc.font(True, False, 20)
            doc.text(M, 62, r["name"])
            if r.get("tagline"):
                doc.font(False, True, 11)
                doc.text(M, 80, r["tagline"])
            doc.font(False, False, 9)
            yy = 50
            for c in r["contact"]:
                doc.text(W - M - doc.width(c), yy, c)
                yy += 12
            f.y = max(yy, 88) + 4
            doc.line(M, f.y, W - M)
        elif lay == "left":
            f.para(r["name"], size=19, bold=True, lead=24)
            if r.get("tagline"):
                f.para(r["tagline"], size=11)
            f.para("  |  ".join(r["contact"]), size=9)
        else:  # plain: centred
            doc.font(True, False, 19)
            doc.text((W - doc.width(r["name"])) / 2, 62, r["name"])
            doc.font(False, False, 9)
            yy = 78
            if r.get("tagline"):
                doc.font(False, True, 10.5)
                doc.text((W - doc.width(r["tagline"])) / 2, yy, r["tagline"])
                yy += 14
                doc.font(False, False, 9)
            cl = "  •  ".join(r["contact"]) if r["r"] == "fp" or True else ""
            for ln in wrap(doc, cl, W - 2 * M):
                doc.text((W - doc.width(ln)) / 2, yy, ln)
                yy += 12
            f.y = yy
        if r.get("side"):
            main_sections = list(r["side"]) + main_sections if r.get("side_first") else main_sections + list(r["side"])
    for h, content in main_sections:
        if r.get("pagebreak") == h:
            f.break_page()
        f.heading(h)
        if is_entries(content):
            f.lines(entry_lines(r, content))
        else:
            for c in content:
                if c.startswith("• ") or c.startswith("- "):
                    f.para(c[2:], size=9.8, indent=10, prefix=c[0])
                else:
                    f.para(c, size=9.8)
    doc.save()


# ---------------------------------------------------------------- DOCX
def render_docx(r, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    flags = set(r.get("docx", ()))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.created = datetime.datetime(2026, 11, 20, 9, 30, 0)
    cp.modified = datetime.datetime(2026, 11, 20, 9, 30, 0)
    cp.revision = 1
    cp.title = ""
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    right_pos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        return p

    def heading(container, text):
        if "headings" in flags and container is d:
            d.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if r.get("hcaps", True) else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(10)

    def tab_line(container, left, right, width):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        a = p.add_run(left)
        a.bold = True
        if right:
            p.add_run("\t" + right)
        return p

    def bullets_out(container, lines_, width):
        for ln in lines_:
            k = ln[0]
            if k in ("H", "G"):
                left, right = ln[1], ln[2]
                if "table" in flags and k == "H":
                    t = container.add_table(rows=1, cols=2)
                    no_borders(t)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = Cm(12), Cm(5)
                    c0.paragraphs[0].add_run(left).bold = True
                    rp = c1.paragraphs[0]
                    rp.add_run(right)
                    rp.alignment = 2
                elif "tabs" in flags or "table" in flags or k == "G":
                    tab_line(container, left, right, width)
                elif "headings" in flags and container is d:
                    d.add_heading(left, level=2 if k == "G" else 3)
                    if right:
                        para(container, right, italic=True)
                else:
                    p = para(container, left, bold=True)
                    if right:
                        p.add_run("   " + right)
            elif k == "S":
                para(container, ln[1], italic=True)
            elif k == "B":
                bch = r.get("bullet", "•")
                if bch == "list":
                    para(container, ln[1], style="List Bullet")
                elif bch in ("", "none", "para"):
                    para(container, ln[1])
                else:
                    para(container, bch + " " + ln[1])
            elif k == "P":
                para(container, ln[1])

    def sections_out(container, sections, width):
        for h, content in sections:
            heading(container, h)
            if is_entries(content):
                bullets_out(container, entry_lines(r, content), width)
            else:
                for c in content:
                    para(container, c)

    def contact_out(container, centred=False):
        p = para(container, r["name"], bold=True, size=18)
        if centred:
            p.alignment = 1
        if r.get("tagline"):
            q = para(container, r["tagline"], italic=True)
            if centred:
                q.alignment = 1
        for c in (r["contact"] if "stack" in flags else [" | ".join(r["contact"])]):
            q = para(container, c, size=9)
            if centred:
                q.alignment = 1

    if "header" in flags:
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.alignment = 1
        q = hdr.add_paragraph(" · ".join(r["contact"]))
        q.alignment = 1
    if "footer" in flags:
        sec.footer.paragraphs[0].add_run(r.get("footer", r["name"] + " – CV"))
    if "sidebar" in flags:
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(5.5), Cm(11.5)
        shade(c0, "DCE6F0")
        c0.paragraphs[0].add_run(r["name"]).bold = True
        for c in r["contact"]:
            para(c0, c, size=9)
        for h, content in r.get("side", []):
            para(c0, h.upper(), bold=True)
            for c in content:
                para(c0, c, size=9)
        sections_out(c1, r["sections"], Cm(11.3))
    else:
        if "header" not in flags:
            contact_out(d, centred="centre" in flags)
        elif r.get("tagline"):
            para(d, r["tagline"], italic=True)
        secs = list(r["sections"])
        if r.get("side"):
            secs = list(r["side"]) + secs if r.get("side_first") else secs + list(r["side"])
        sections_out(d, secs, right_pos)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    W = r.get("width", 78)
    out = []
    hs = r.get("hstyle", "caps")
    out.append(r["name"].upper() if r.get("name_caps") else r["name"])
    if r.get("tagline"):
        out.append(r["tagline"])
    out.extend(r["contact"] if r.get("stack", True) else [" | ".join(r["contact"])])
    out.append("")
    secs = list(r["sections"])
    if r.get("side"):
        secs = list(r["side"]) + secs if r.get("side_first") else secs + list(r["side"])
    bch = r.get("bullet", "-")
    dpos = r.get("txtdate", "right")
    for h, content in secs:
        out.append("")
        if hs == "caps":
            out.append(h.upper())
        elif hs == "underline":
            out.append(h)
            out.append(("=" if r.get("ul") == "=" else "-") * len(h))
        elif hs == "colon":
            out.append(h.upper() + ":")
        else:
            out.append(h)
        if is_entries(content):
            for ln in entry_lines(r, content):
                k = ln[0]
                if k in ("H", "G"):
                    left, right = ln[1], ln[2]
                    if k == "G":
                        left = left.upper() if r.get("gcaps", True) else left
                    if not right:
                        out.append(left)
                    elif dpos == "right" and len(left) + len(right) + 2 <= W:
                        out.append(left + " " * (W - len(left) - len(right)) + right)
                    elif dpos == "paren":
                        out.append(f"{left} ({right})")
                    else:
                        out.append(f"{left}, {right}" if dpos == "comma" else f"{left}  {right}")
                elif k == "S":
                    out.append(ln[1])
                elif k == "B":
                    out.append((bch + " " if bch not in ("", "none", "para") else "") + ln[1])
                elif k == "P":
                    out.append(ln[1])
                elif k == "GAP":
                    out.append("")
        else:
            out.extend(content)
    text = "\n".join(out).rstrip() + "\n"
    text = "\n".join(l.rstrip() for l in text.split("\n"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def render_md(r, path):
    out = [f"# {r['name']}", ""]
    if r.get("tagline"):
        out += [f"**{r['tagline']}**", ""]
    out += [" · ".join(r["contact"]), ""]
    secs = list(r["sections"])
    if r.get("side"):
        secs = list(r["side"]) + secs if r.get("side_first") else secs + list(r["side"])
    mds = r.get("mdstyle", "h3")
    bch = r.get("bullet", "-")
    for h, content in secs:
        out += [f"## {h}", ""]
        if is_entries(content):
            for ln in entry_lines(r, content):
                k = ln[0]
                if k == "G":
                    out += [f"### {ln[1]}" + (f" ({ln[2]})" if ln[2] else ""), ""]
                elif k == "H":
                    if mds == "h3" and r.get("order") != "orgfirst":
                        out += [f"### {ln[1]}"]
                        if ln[2]:
                            out += [f"*{ln[2]}*"]
                        out += [""]
                    else:
                        out += [f"**{ln[1]}**" + (f" — *{ln[2]}*" if ln[2] else ""), ""]
                elif k == "S":
                    out += [ln[1], ""]
                elif k == "B":
                    out += [("- " if bch != "*" else "* ") + ln[1]]
                elif k == "P":
                    out += [ln[1], ""]
                elif k == "GAP":
                    out += [""]
        else:
            out += [c for c in content] + [""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip() + "\n")


def render_html(r, path):
    e = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;color:#555}.org{font-style:italic}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{e(r['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>"]
    out.append(f"<header><h1>{e(r['name'])}</h1>")
    if r.get("tagline"):
        out.append(f"<p class=\"tag\">{e(r['tagline'])}</p>")
    out.append("<p>" + " | ".join(e(c) for c in r["contact"]) + "</p></header>")
    secs = list(r["sections"])
    if r.get("side"):
        secs = list(r["side"]) + secs if r.get("side_first") else secs + list(r["side"])
    tabular = r.get("htmlstyle") == "table"
    for h, content in secs:
        out.append(f"<section><h2>{e(h)}</h2>")
        if is_entries(content):
            if tabular:
                out.append("<table>")
            ul = False
            for ln in entry_lines(r, content):
                k = ln[0]
                if k != "B" and ul:
                    out.append("</ul>")
                    ul = False
                if tabular:
                    if k in ("H", "G"):
                        out.append(f"<tr><td class=\"when\">{e(ln[2])}</td><td><strong>{e(ln[1])}</strong></td></tr>")
                    elif k == "S":
                        out.append(f"<tr><td></td><td class=\"org\">{e(ln[1])}</td></tr>")
                    elif k in ("B", "P"):
                        out.append(f"<tr><td></td><td>{e(ln[1])}</td></tr>")
                    continue
                if k == "G":
                    out.append(f"<h3>{e(ln[1])}" + (f" <span class=\"d\">{e(ln[2])}</span>" if ln[2] else "") + "</h3>")
                elif k == "H":
                    out.append(f"<h4>{e(ln[1])}" + (f" <span class=\"d\">{e(ln[2])}</span>" if ln[2] else "") + "</h4>")
                elif k == "S":
                    out.append(f"<p class=\"org\">{e(ln[1])}</p>")
                elif k == "B":
                    if not ul:
                        out.append("<ul>")
                        ul = True
                    out.append(f"<li>{e(ln[1])}</li>")
                elif k == "P":
                    out.append(f"<p>{e(ln[1])}</p>")
            if ul:
                out.append("</ul>")
            if tabular:
                out.append("</table>")
        else:
            bl = [c for c in content if c.startswith("• ")]
            if bl and len(bl) == len(content):
                out.append("<ul>" + "".join(f"<li>{e(c[2:])}</li>" for c in content) + "</ul>")
            else:
                out += [f"<p>{e(c)}</p>" for c in content]
        out.append("</section>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def render(r, path):
    k = r["r"]
    if k in ("rl", "fp"):
        render_pdf(r, path)
    elif k == "docx":
        render_docx(r, path)
    elif k == "txt":
        render_txt(r, path)
    elif k == "md":
        render_md(r, path)
    elif k == "html":
        render_html(r, path)
    else:
        raise ValueError(k)
