"""Renderers for wild82: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.
A résumé dict R holds name, contact lines, sections and layout options; entries are lib.E."""
import html as _html
import zipfile
import io
import datetime as _dt
from lib import drange

FIXED = _dt.datetime(2026, 11, 2, 9, 0, 0)
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def entry_blocks(R, entries):
    """Turn entries into blocks (kind, left, right). kinds: strong, sub, role, bullet, para, gap."""
    hs, ds, pw = R.get("hs", "title_org"), R.get("ds", "mon"), R.get("pw", "Present")
    sep = R.get("sep", " – ")
    out = []
    prev_org = object()
    for i, e in enumerate(entries):
        d = drange(e, ds, pw, sep)
        if hs == "orgfirst":
            if e.org != prev_org:
                if out:
                    out.append(("gap", "", ""))
                org = e.org.upper() if R.get("orgcaps") else (e.org or "")
                out.append(("strong", _ol(e, R.get("olsep", ", ")) if not R.get("orgcaps") else ", ".join(x for x in (org, e.loc) if x), ""))
            out.append(("role", e.title, d))
            prev_org = e.org
        else:
            if out:
                out.append(("gap", "", ""))
            ol = _ol(e, R.get("olsep", ", "))
            if hs == "title_org":
                out.append(("strong", e.title, d))
                if ol:
                    out.append(("sub", ol, ""))
            elif hs == "org_title":
                out.append(("strong", ol or e.title, d))
                if ol:
                    out.append(("sub", e.title, ""))
            elif hs == "dash":
                out.append(("strong", e.title + (" – " + ol if ol else ""), d))
            elif hs == "hyphen":
                out.append(("strong", e.title + (" - " + ol if ol else ""), d))
            elif hs == "pipe":
                out.append(("strong", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
            elif hs == "dateline":
                out.append(("strong", e.title, ""))
                if ol:
                    out.append(("sub", ol, ""))
                out.append(("sub", d, ""))
            elif hs == "datesfirst":
                out.append(("sub", d, ""))
                out.append(("strong", e.title + (", " + e.org if e.org else ""), ""))
                if e.loc:
                    out.append(("sub", e.loc, ""))
            elif hs == "labelled":
                out.append(("strong", "Position: " + e.title, ""))
                if e.org:
                    out.append(("sub", "Organisation: " + e.org + (" (" + e.loc + ")" if e.loc else ""), ""))
                out.append(("sub", "Dates: " + d, ""))
                if e.bullets:
                    out.append(("sub", "Main duties:", ""))
            elif hs == "inline":
                out.append(("strong", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
            elif hs == "title_at":
                out.append(("strong", e.title + (" at " + e.org if e.org else ""), d))
                if e.loc:
                    out.append(("sub", e.loc, ""))
            else:
                raise ValueError(hs)
        if getattr(e, "para", False) or R.get("bullet") is None:
            if e.bullets:
                out.append(("para", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""))
        else:
            for b in e.bullets:
                out.append(("bullet", b, ""))
    return out


def all_entries(R):
    return [e for s in R["sections"] if s[0] == "exp" for e in s[2]]


# ---------------------------------------------------------------- PDF painter (shared layout)
class RLP:
    def __init__(self, path, R):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4, letter
        self.W, self.H = letter if R.get("letter") else A4
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        self.c.setAuthor(R["name"])
        self.c.setTitle(R["name"] + " CV")
        serif = R.get("serif")
        self.fonts = {"r": "Times-Roman" if serif else "Helvetica", "b": "Times-Bold" if serif else "Helvetica-Bold",
                      "i": "Times-Italic" if serif else "Helvetica-Oblique"}

    def width(self, s, f, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.fonts[f], size)

    def text(self, x, y, s, f, size, align="L", color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fonts[f], size)
        yy = self.H - y
        if align == "R":
            self.c.drawRightString(x, yy, s)
        elif align == "C":
            self.c.drawCentredString(x, yy, s)
        else:
            self.c.drawString(x, yy, s)

    def rect(self, x, y, w, h, color):
        self.c.setFillColorRGB(*color)
        self.c.rect(x, self.H - y - h, w, h, fill=1, stroke=0)

    def rule(self, x0, x1, y):
        self.c.setLineWidth(0.6)
        self.c.line(x0, self.H - y, x1, self.H - y)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPP:
    def __init__(self, path, R):
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(unit="pt", format="letter" if R.get("letter") else "A4")
        self.pdf.set_auto_page_break(False)
        fam = "DejaVuSerif" if R.get("serif") else "DejaVuSans"
        self.pdf.add_font("F", "", DJ + fam + ".ttf")
        self.pdf.add_font("F", "B", DJ + fam + "-Bold.ttf")
        self.pdf.add_font("F", "I", DJ + (fam + "-Italic.ttf" if R.get("serif") else "DejaVuSans-Oblique.ttf"))
        self.pdf.set_creation_date(FIXED.replace(tzinfo=_dt.timezone.utc))
        self.pdf.set_author(R["name"])
        self.pdf.set_title(R["name"] + " - CV")
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.st = {"r": "", "b": "B", "i": "I"}

    def width(self, s, f, size):
        self.pdf.set_font("F", self.st[f], size)
        return self.pdf.get_string_width(s)

    def text(self, x, y, s, f, size, align="L", color=(0, 0, 0)):
        self.pdf.set_text_color(*(int(c * 255) for c in color))
        self.pdf.set_font("F", self.st[f], size)
        w = self.pdf.get_string_width(s)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self.pdf.text(x, y, s)

    def rect(self, x, y, w, h, color):
        self.pdf.set_fill_color(*(int(c * 255) for c in color))
        self.pdf.rect(x, y, w, h, "F")

    def rule(self, x0, x1, y):
        self.pdf.set_line_width(0.6)
        self.pdf.line(x0, y, x1, y)

    def new_page(self):
        self.pdf.add_page()

    def save(self):
        self.pdf.output(self.path)


def wrap(P, s, f, size, w):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if P.width(t, f, size) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def paint_pdf(R, path):
    P = RLP(path, R) if R["renderer"] == "reportlab" else FPP(path, R)
    lay = R.get("layout", "plain")
    fs = R.get("fs", 10)
    lh = fs * 1.35
    M = 50
    accent = R.get("accent", (0.15, 0.25, 0.45))
    side = lay == "sidebar"
    sw = 170 if side else 0
    x0, x1 = (M + sw if not side else sw + 22), P.W - M
    page = [1]
    bull = R.get("bullet") or "•"

    def footer():
        if R.get("footer"):
            P.text(P.W / 2, P.H - 28, R["footer"].format(n=page[0], name=R["name"]), "r", 8, "C", (0.4, 0.4, 0.4))

    def sidebar_paint():
        P.rect(0, 0, sw, P.H, R.get("sidecolor", (0.90, 0.92, 0.95)))
        y = 60
        sx = 16
        for s in R["sections"]:
            if s[0] != "side":
                continue
            P.text(sx, y, s[1].upper(), "b", 9, "L", accent)
            y += 14
            for it in s[2]:
                for ln in wrap(P, it, "r", 8.5, sw - 2 * sx):
                    P.text(sx, y, ln, "r", 8.5)
                    y += 11
            y += 10

    y = [M + 10]

    def need(h):
        if y[0] + h > P.H - M - 10:
            footer()
            P.new_page()
            page[0] += 1
            if side:
                sidebar_paint_blank()
            y[0] = M

    def sidebar_paint_blank():
        P.rect(0, 0, sw, P.H, R.get("sidecolor", (0.90, 0.92, 0.95)))

    if side:
        sidebar_paint()
    # header
    cl = R["contact"]
    if lay == "centred":
        P.text(P.W / 2, y[0], R["name"], "b", 20, "C")
        y[0] += 20
        if R.get("headline"):
            P.text(P.W / 2, y[0], R["headline"], "i", 11, "C")
            y[0] += 15
        P.text(P.W / 2, y[0], "  |  ".join(cl), "r", 9, "C")
        y[0] += 10
    elif lay == "twocol":
        P.text(x0, y[0] + 4, R["name"], "b", 22, "L", accent)
        if R.get("headline"):
            P.text(x0, y[0] + 22, R["headline"], "r", 11)
        yy = y[0] - 6
        for c in cl:
            P.text(x1, yy, c, "r", 9, "R")
            yy += 12
        y[0] = max(yy, y[0] + 30)
    else:
        P.text(x0, y[0], R["name"], "b", 18, "L", accent if side else (0, 0, 0))
        y[0] += 18
        if R.get("headline"):
            P.text(x0, y[0], R["headline"], "i", 11)
            y[0] += 14
        if not side:
            for ln in wrap(P, "  ·  ".join(cl), "r", 9, x1 - x0):
                P.text(x0, y[0], ln, "r", 9)
                y[0] += 12
    P.rule(x0, x1, y[0])
    y[0] += 18
    W = x1 - x0
    for s in R["sections"]:
        if s[0] == "side" and side:
            continue
        if s[0] == "break":
            need(10000)
            continue
        need(3 * lh)
        if s[1]:
            P.text(x0, y[0], s[1].upper() if R.get("capsheads", True) else s[1], "b", fs + 1.5, "L", accent)
            y[0] += 4
            if R.get("rules", True):
                P.rule(x0, x1, y[0])
            y[0] += lh
        if s[0] == "para":
            for p in s[2]:
                for ln in wrap(P, p, "r", fs, W):
                    need(lh)
                    P.text(x0, y[0], ln, "r", fs)
                    y[0] += lh
                y[0] += 3
        elif s[0] in ("list", "side"):
            if R.get("listinline"):
                for ln in wrap(P, ", ".join(s[2]), "r", fs, W):
                    need(lh)
                    P.text(x0, y[0], ln, "r", fs)
                    y[0] += lh
            else:
                for it in s[2]:
                    for k, ln in enumerate(wrap(P, it, "r", fs, W - 14)):
                        need(lh)
                        if k == 0:
                            P.text(x0 + 2, y[0], bull, "r", fs)
                        P.text(x0 + 14, y[0], ln, "r", fs)
                        y[0] += lh
        elif s[0] == "exp":
            for kind, left, right in entry_blocks(R, s[2]):
                if kind == "gap":
                    y[0] += lh * 0.5
                    continue
                if kind in ("strong", "role", "sub"):
                    f = "b" if kind in ("strong", "role") else "i"
                    sz = fs + (0.8 if kind == "strong" else 0)
                    rw = P.width(right, "r", fs) + 12 if right else 0
                    lines = wrap(P, left, f, sz, W - rw)
                    need(lh * len(lines) + (lh * 2 if kind == "strong" else 0))
                    for k, ln in enumerate(lines):
                        P.text(x0 + (8 if kind == "role" else 0), y[0], ln, f, sz)
                        if k == 0 and right:
                            P.text(x1, y[0], right, "r", fs, "R")
                        y[0] += lh
                elif kind == "bullet":
                    for k, ln in enumerate(wrap(P, left, "r", fs, W - 16)):
                        need(lh)
                        if k == 0:
                            P.text(x0 + 4, y[0], bull, "r", fs)
                        P.text(x0 + 16, y[0], ln, "r", fs)
                        y[0] += lh
                elif kind == "para":
                    for ln in wrap(P, left, "r", fs, W):
                        need(lh)
                        P.text(x0, y[0], ln, "r", fs)
                        y[0] += lh
        y[0] += lh * 0.6
    footer()
    P.save()


# ---------------------------------------------------------------- DOCX
def _shade(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def render_docx(R, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    lay = R.get("layout", "styles")
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    tabpos = Inches(6.9)
    bull = R.get("bullet")

    def par(container, text="", style=None, bold=False, italic=False, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        return p

    def bullet_par(container, text):
        if bull in (None, "style") and lay != "sidebar":
            try:
                return par(container, text, style="List Bullet")
            except KeyError:
                pass
        return par(container, (bull if bull not in (None, "style") else "•") + "  " + text)

    def heading(container, text):
        if lay in ("styles", "header") and container is d:
            d.add_heading(text, level=1)
        else:
            p = par(container, text.upper() if R.get("capsheads", True) else text, bold=True, size=R.get("fs", 10.5) + 1.5)
            p.paragraph_format.space_before = Pt(8)

    def exp(container, entries):
        blocks = entry_blocks(R, entries)
        if lay == "table":
            # one borderless table per entry: left title/org, right dates
            i = 0
            while i < len(blocks):
                k, l, r = blocks[i]
                if k in ("strong", "role"):
                    t = container.add_table(rows=1, cols=2)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = Inches(5.0), Inches(1.9)
                    c0.paragraphs[0].add_run(l).bold = True
                    c1.paragraphs[0].add_run(r)
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    while i + 1 < len(blocks) and blocks[i + 1][0] == "sub":
                        i += 1
                        c0.add_paragraph().add_run(blocks[i][1]).italic = True
                elif k == "sub":
                    par(container, l, italic=True)
                elif k == "bullet":
                    bullet_par(container, l)
                elif k == "para":
                    par(container, l)
                i += 1
            return
        for k, l, r in blocks:
            if k == "gap":
                continue
            if k in ("strong", "role", "sub"):
                if k == "strong" and lay == "styles" and container is d and R.get("h2", True):
                    p = d.add_heading(l, level=2)
                    if r:
                        p.add_run("\t" + r)
                else:
                    p = par(container)
                    run = p.add_run(l)
                    run.bold = k in ("strong", "role")
                    run.italic = k == "sub"
                    if r:
                        p.add_run("\t" + r)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(4.2) if container is not d else tabpos,
                                                           WD_TAB_ALIGNMENT.RIGHT)
                p.paragraph_format.space_after = Pt(0)
                if k == "strong":
                    p.paragraph_format.space_before = Pt(6)
            elif k == "bullet":
                bullet_par(container, l)
            elif k == "para":
                par(container, l)

    def body(container, skip_side):
        for s in R["sections"]:
            if s[0] == "side" and skip_side:
                continue
            if s[0] == "break":
                continue
            if s[1]:
                heading(container, s[1])
            if s[0] == "para":
                for p in s[2]:
                    par(container, p)
            elif s[0] in ("list", "side"):
                if R.get("listinline"):
                    par(container, ", ".join(s[2]))
                else:
                    for it in s[2]:
                        bullet_par(container, it)
            elif s[0] == "exp":
                exp(container, s[2])

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        h2 = sec.header.add_paragraph("  |  ".join(R["contact"]))
        h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("footer"):
            sec.footer.paragraphs[0].text = R["footer"].format(n="", name=R["name"]).strip()
        body(d, False)
    elif lay == "sidebar":
        p = par(d, R["name"], bold=True, size=20)
        if R.get("headline"):
            par(d, R["headline"], italic=True)
        t = d.add_table(rows=1, cols=2)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Inches(2.2), Inches(4.7)
        _shade(c0, R.get("sidehex", "DCE6F0"))
        c0.paragraphs[0].add_run("CONTACT").bold = True
        for c in R["contact"]:
            c0.add_paragraph(c)
        for s in R["sections"]:
            if s[0] == "side":
                c0.add_paragraph().add_run(s[1].upper()).bold = True
                for it in s[2]:
                    c0.add_paragraph(it)
        body(c1, True)
        c1.paragraphs[0].text = ""
    else:
        if lay == "styles":
            d.add_heading(R["name"], level=0)
        else:
            p = par(d, R["name"], bold=True, size=18)
            if R.get("centre"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("headline"):
            par(d, R["headline"], italic=True)
        p = par(d, "  |  ".join(R["contact"]))
        if R.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body(d, False)
    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / markdown / html
def render_txt(R, path):
    L = []
    hsty = R.get("thead", "caps")
    td = R.get("tdates", "tab")
    bull = R.get("bullet")
    L.append(R["name"].upper() if R.get("namecaps") else R["name"])
    L += R["contact"] if R.get("contactlines") else ["  |  ".join(R["contact"])]
    if R.get("headline"):
        L.append(R["headline"])
    L.append("")
    for s in R["sections"]:
        if s[0] == "break":
            continue
        if s[1]:
            if hsty == "caps":
                L.append(s[1].upper())
            elif hsty == "underline":
                L += [s[1], "-" * len(s[1])]
            elif hsty == "equals":
                L += [s[1].upper(), "=" * len(s[1])]
            elif hsty == "colon":
                L.append(s[1].upper() + ":")
            elif hsty == "stars":
                L.append("*** " + s[1].upper() + " ***")
            L.append("")
        if s[0] == "para":
            for p in s[2]:
                L += [p, ""]
        elif s[0] in ("list", "side"):
            if R.get("listinline"):
                L.append(", ".join(s[2]))
            else:
                L += [(bull or "-") + " " + it for it in s[2]]
            L.append("")
        elif s[0] == "exp":
            for k, l, r in entry_blocks(R, s[2]):
                if k == "gap":
                    L.append("")
                elif k in ("strong", "role", "sub"):
                    ind = "  " if k == "role" and R.get("roleindent") else ""
                    if not r:
                        L.append(ind + l)
                    elif td == "tab":
                        L.append(ind + l + "\t" + r)
                    elif td == "paren":
                        L.append(ind + l + " (" + r + ")")
                    elif td == "comma":
                        L.append(ind + l + ", " + r)
                    elif td == "pad":
                        L.append(ind + l.ljust(58) + r)
                    elif td == "nextline":
                        L += [ind + l, ind + r]
                elif k == "bullet":
                    L.append((R.get("bind", "") + bull + " " if bull else R.get("bind", "")) + l)
                elif k == "para":
                    L.append(l)
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(R, path):
    L = ["# " + R["name"], ""]
    if R.get("headline"):
        L += ["**" + R["headline"] + "**", ""]
    L += [" · ".join(R["contact"]), ""]
    mds = R.get("mds", "h3")
    bull = R.get("bullet") or "-"
    for s in R["sections"]:
        if s[0] == "break":
            continue
        if s[1]:
            L += ["## " + s[1], ""]
        if s[0] == "para":
            for p in s[2]:
                L += [p, ""]
        elif s[0] in ("list", "side"):
            L += ([", ".join(s[2])] if R.get("listinline") else [bull + " " + it for it in s[2]]) + [""]
        elif s[0] == "exp":
            for k, l, r in entry_blocks(R, s[2]):
                if k == "gap":
                    L.append("")
                elif k == "strong":
                    if mds == "h3":
                        L += ["### " + l + (" — " + r if r else ""), ""]
                    else:
                        L.append("**" + l + "**" + ("  *" + r + "*" if r else "") + "  ")
                elif k == "role":
                    L.append("**" + l + "** — " + r + "  " if r else "**" + l + "**  ")
                elif k == "sub":
                    L.append("*" + l + "*" + (" — " + r if r else "") + "  ")
                elif k == "bullet":
                    if L and L[-1].endswith("  "):
                        L.append("")
                    L.append(bull + " " + l)
                elif k == "para":
                    L += ["", l]
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(R, path):
    esc = _html.escape
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".d{float:right;color:#555}.o{font-style:italic;margin:0}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         "<title>" + esc(R["name"]) + " – CV</title>", "<style>" + css + "</style></head><body>",
         "<header><h1>" + esc(R["name"]) + "</h1>"]
    if R.get("headline"):
        H.append("<p><strong>" + esc(R["headline"]) + "</strong></p>")
    H.append("<p class=\"contact\">" + " &middot; ".join(esc(c) for c in R["contact"]) + "</p></header>")
    for s in R["sections"]:
        if s[0] == "break":
            continue
        H.append("<section>")
        if s[1]:
            H.append("<h2>" + esc(s[1]) + "</h2>")
        if s[0] == "para":
            H += ["<p>" + esc(p) + "</p>" for p in s[2]]
        elif s[0] in ("list", "side"):
            H.append("<ul>" + "".join("<li>" + esc(i) + "</li>" for i in s[2]) + "</ul>")
        elif s[0] == "exp":
            inul = False
            H.append("<div class=\"job\">")
            for k, l, r in entry_blocks(R, s[2]):
                if k != "bullet" and inul:
                    H.append("</ul>")
                    inul = False
                if k == "gap":
                    H.append("</div><div class=\"job\">")
                elif k in ("strong", "role"):
                    tag = "h3" if k == "strong" else "h4"
                    H.append("<%s>%s%s</%s>" % (tag, esc(l), (" <span class=\"d\">" + esc(r) + "</span>") if r else "", tag))
                elif k == "sub":
                    H.append("<p class=\"o\">" + esc(l) + "</p>")
                elif k == "bullet":
                    if not inul:
                        H.append("<ul>")
                        inul = True
                    H.append("<li>" + esc(l) + "</li>")
                elif k == "para":
                    H.append("<p>" + esc(l) + "</p>")
            if inul:
                H.append("</ul>")
            H.append("</div>")
        H.append("</section>")
    H.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def render(R, path):
    r = R["renderer"]
    if r in ("reportlab", "fpdf2"):
        paint_pdf(R, path)
    elif r == "docx":
        render_docx(R, path)
    elif r == "txt":
        render_txt(R, path)
    elif r == "md":
        render_md(R, path)
    elif r == "html":
        render_html(R, path)
