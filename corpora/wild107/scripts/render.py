"""Renderers for wild107: items -> reportlab / fpdf2 / python-docx / txt / md / html."""
import datetime
import html as H
import io
import zipfile

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- items
def entry_items(r, es):
    style, hdr = r["dates"], r["hdr"]
    present, sep = r.get("present", "Present"), r.get("sep", " – ")
    out, prev_org = [], object()
    for e in es:
        d = fmt_range(e, style, present, sep)
        ol = ", ".join(x for x in (e.org, e.loc) if x)
        if hdr == "title_org":
            out += [("ehead", e.title, d), ("esub", ol, "")]
        elif hdr == "org_title":
            out += [("ehead", ol or e.title, d)] + ([("esub", e.title, "")] if ol else [])
        elif hdr == "dash":
            out += [("ehead", e.title + (" – " + ol if ol else ""), d)]
        elif hdr == "pipe":
            out += [("ehead", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
        elif hdr == "datesfirst":
            out += [("esub", d, ""), ("ehead", e.title + (", " + e.org if e.org else ""), "")]
            if e.loc:
                out.append(("eline", e.loc))
        elif hdr == "dateline":
            out += [("ehead", e.title, ""), ("esub", ol, ""), ("esub", d, "")]
        elif hdr == "orgfirst":
            if e.org != prev_org:
                out.append(("ehead", ol, ""))
            out.append(("esub", e.title, d))
        elif hdr == "federal":
            out += [("ehead", e.title, ""), ("eline", ol), ("eline", d)]
        elif hdr == "federal_org":
            out += [("ehead", ol, ""), ("eline", f"{d}   |   {r.get('poslabel', 'Position')}: {e.title}")]
        else:
            raise ValueError(hdr)
        prev_org = e.org
        for x in e.extra:
            out.append(("eline", x))
        if e.para and e.bullets:
            out.append(("dpara", r.get("dutylabel", "") + " ".join(e.bullets)))
        else:
            for b in e.bullets:
                out.append(("b", b))
        out.append(("gap",))
    return out


def items(r):
    """Main-column items and sidebar items."""
    main, side = [], []
    for sec in r["sections"]:
        kind, head = sec[0], sec[1]
        tgt = side if head in r.get("side", ()) else main
        if head:
            tgt.append(("h", head))
        if kind == "exp":
            tgt += entry_items(r, sec[2])
        elif kind == "list":
            tgt += [("li", x) for x in sec[2]]
        elif kind == "text":
            tgt += [("p", x) for x in sec[2]]
        tgt.append(("gap",))
    return main, side


# ---------------------------------------------------------------- PDF engine
class RLBack:
    def __init__(self, path):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.sw = stringWidth
        self.c = canvas.Canvas(path, pagesize=(612, 792), invariant=1)
        self.c.setAuthor("")
        self.c.setCreator("Microsoft Word")

    def width(self, s, bold, size):
        return self.sw(s, "Helvetica-Bold" if bold else "Helvetica", size)

    def text(self, x, y, s, bold, size, align="left", gray=0):
        self.c.setFillGray(gray)
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        yy = 792 - y
        if align == "right":
            self.c.drawRightString(x, yy, s)
        elif align == "center":
            self.c.drawCentredString(x, yy, s)
        else:
            self.c.drawString(x, yy, s)

    def rect(self, x, y, w, h, gray):
        self.c.setFillGray(gray)
        self.c.rect(x, 792 - y - h, w, h, stroke=0, fill=1)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPBack:
    def __init__(self, path):
        from fpdf import FPDF
        self.path = path
        p = FPDF(unit="pt", format="letter")
        p.set_auto_page_break(False)
        p.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
        p.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        p.set_creation_date(FIXED)
        p.set_creator("Google Docs Renderer")
        p.add_page()
        self.p = p

    def width(self, s, bold, size):
        self.p.set_font("DejaVu", "B" if bold else "", size)
        return self.p.get_string_width(s)

    def text(self, x, y, s, bold, size, align="left", gray=0):
        w = self.width(s, bold, size)
        g = int(gray * 255)
        self.p.set_text_color(g, g, g)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, gray):
        g = int(gray * 255)
        self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style="F")

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(back, s, bold, size, w):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if back.width(t, bold, size) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines or [""]


class Flow:
    def __init__(self, back, r, x0, x1, y0, page_cb=None):
        self.b, self.r, self.x0, self.x1, self.y = back, r, x0, x1, y0
        self.page_cb, self.fs = page_cb, r.get("fs", 9.5)
        self.bch = r.get("bullet", "•")

    def need(self, h):
        if self.y + h > 792 - 50:
            self.b.newpage()
            self.y = 54
            if self.page_cb:
                self.page_cb()

    def lines(self, s, bold=False, size=None, indent=0, gap=1.3):
        size = size or self.fs
        for ln in wrap(self.b, s, bold, size, self.x1 - self.x0 - indent):
            self.need(size * gap)
            self.y += size * gap
            self.b.text(self.x0 + indent, self.y, ln, bold, size)

    def run(self, its):
        fs = self.fs
        for it in its:
            k = it[0]
            if k == "h":
                self.need(30)
                self.y += 8
                self.lines(it[1].upper() if self.r.get("hcaps") else it[1], True, fs + 2)
                self.b.rect(self.x0, self.y + 3, self.x1 - self.x0, 0.8, 0.4)
                self.y += 4
            elif k in ("ehead", "esub"):
                bold = k == "ehead"
                left, right = it[1], it[2]
                rw = self.b.width(right, False, fs) + 12 if right else 0
                lns = wrap(self.b, left, bold, fs, self.x1 - self.x0 - rw)
                for i, ln in enumerate(lns):
                    self.need(fs * 1.35)
                    self.y += fs * 1.35
                    self.b.text(self.x0, self.y, ln, bold, fs)
                    if i == 0 and right:
                        self.b.text(self.x1, self.y, right, False, fs, "right")
            elif k == "eline":
                self.lines(it[1])
            elif k == "b":
                bl = wrap(self.b, it[1], False, fs, self.x1 - self.x0 - 14)
                for i, ln in enumerate(bl):
                    self.need(fs * 1.3)
                    self.y += fs * 1.3
                    if i == 0 and self.bch:
                        self.b.text(self.x0 + 3, self.y, self.bch, False, fs)
                    self.b.text(self.x0 + 14, self.y, ln, False, fs)
            elif k in ("dpara", "p"):
                self.lines(it[1])
            elif k == "li":
                self.lines(("• " if self.r.get("libullet") else "") + it[1])
            elif k == "gap":
                self.y += 4


def pdf(r, path, engine):
    back = RLBack(path) if engine == "reportlab" else FPBack(path)
    main, side = items(r)
    lay = r["layout"]
    page = [1]
    name, contact = r["name"], r["contact"]

    def footer():
        if r.get("footer"):
            back.text(306, 770, r["footer"].format(n=page[0]), False, 8, "center", 0.35)

    def on_new():
        page[0] += 1
        footer()

    footer()
    if lay == "sidebar":
        back.rect(0, 0, 190, 792, 0.9)
        back.text(24, 60, name, True, 15)
        sf = Flow(back, r, 24, 176, 72)
        for c in contact:
            sf.lines(c, size=8.5)
        sf.fs = 8.5
        sf.run(side)
        mf = Flow(back, r, 210, 580, 50, on_new)
    else:
        if lay == "twocol":
            back.text(40, 58, name, True, 18)
            y = 46
            for c in contact:
                back.text(572, y, c, False, 8.5, "right")
                y += 11
            y = max(y, 70)
        elif lay == "centred":
            back.text(306, 58, name, True, 17, "center")
            y = 74
            for c in contact:
                back.text(306, y, c, False, 9, "center")
                y += 12
        else:
            back.text(40, 58, name, True, 16)
            y = 74
            for c in contact:
                back.text(40, y, c, False, 9)
                y += 12
        mf = Flow(back, r, 40, 572, y, on_new)
        if side:
            mf.run(side)
    mf.run(main)
    back.save()


# ---------------------------------------------------------------- DOCX
def docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r["layout"]
    main, side = items(r)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + edge)
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def tabpara(cont, left, right, bold=True, width=6.9):
        p = cont.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(width), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(left).bold = bold
        if right:
            p.add_run("\t" + right)
        return p

    def emit(cont, its, width=6.9):
        i = 0
        while i < len(its):
            it = its[i]
            k = it[0]
            if k == "h":
                if lay in ("styles", "header"):
                    cont.add_paragraph(it[1], style="Heading 2")
                else:
                    p = cont.add_paragraph()
                    run = p.add_run(it[1].upper())
                    run.bold = True
                    run.font.size = Pt(12)
            elif k in ("ehead", "esub") and lay == "table" and k == "ehead":
                # one borderless table per job: gather header rows
                rows = []
                while i < len(its) and its[i][0] in ("ehead", "esub"):
                    rows.append(its[i])
                    i += 1
                t = cont.add_table(rows=len(rows), cols=2)
                noborders(t)
                for ri, row in enumerate(rows):
                    c0, c1 = t.rows[ri].cells
                    c0.text = ""
                    c0.paragraphs[0].add_run(row[1]).bold = row[0] == "ehead"
                    c1.text = row[2]
                continue
            elif k == "ehead" and lay == "styles":
                p = cont.add_paragraph(it[1] + (" (" + it[2] + ")" if it[2] else ""), style="Heading 3")
            elif k in ("ehead", "esub"):
                p = tabpara(cont, it[1], it[2], k == "ehead", width)
                if k == "esub":
                    p.runs[0].italic = True
            elif k == "eline":
                p = cont.add_paragraph(it[1])
                p.paragraph_format.space_after = Pt(0)
            elif k == "b":
                if r.get("bullet") in ("List", None):
                    cont.add_paragraph(it[1], style="List Bullet")
                else:
                    cont.add_paragraph(r["bullet"] + " " + it[1])
            elif k in ("dpara", "p"):
                cont.add_paragraph(it[1])
            elif k == "li":
                cont.add_paragraph(it[1], style="List Bullet" if r.get("libullet") else None)
            i += 1

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        for c in r["contact"]:
            sec.header.add_paragraph(c)
        emit(doc, side + main)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.1), Inches(4.8)
        shade(left, "DCE6F0")
        left.text = ""
        left.paragraphs[0].add_run(r["name"]).bold = True
        for c in r["contact"]:
            left.add_paragraph(c)
        emit(left, side, 2.0)
        right.text = ""
        emit(right, main, 4.7)
    else:
        if lay == "styles":
            doc.add_paragraph(r["name"], style="Title")
        else:
            p = doc.add_paragraph()
            rn = p.add_run(r["name"])
            rn.bold = True
            rn.font.size = Pt(18)
        for c in r["contact"]:
            doc.add_paragraph(c).paragraph_format.space_after = Pt(0)
        emit(doc, side + main)

    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda z: z.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text family
def txt(r):
    main, side = items(r)
    lay = r["layout"]
    bch = r.get("bullet", "-")
    out = [r["name"].upper() if lay == "caps" else r["name"]] + r["contact"] + [""]
    for it in side + main:
        k = it[0]
        if k == "h":
            h = it[1]
            if lay == "caps":
                out += [h.upper()]
            elif lay == "underline":
                out += [h, "=" * len(h)]
            elif lay == "dashes":
                out += ["----- " + h.upper() + " -----"]
            else:
                out += [h + ":"]
        elif k in ("ehead", "esub"):
            sep = r.get("tsep", "    ")
            out.append(it[1] + (sep + it[2] if it[2] else ""))
        elif k in ("eline", "dpara", "p"):
            out.append(it[1])
        elif k == "b":
            out.append((bch + " " if bch else "") + it[1])
        elif k == "li":
            out.append(("* " if r.get("libullet") else "") + it[1])
        elif k == "gap":
            if out[-1] != "":
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def md(r):
    main, side = items(r)
    bch = r.get("bullet", "-")
    out = ["# " + r["name"], "", "  \n".join(r["contact"]), ""]
    for it in side + main:
        k = it[0]
        if k == "h":
            out += ["## " + it[1], ""]
        elif k == "ehead":
            if r["layout"] == "h3":
                out.append("### " + it[1] + (" — " + it[2] if it[2] else ""))
            else:
                out.append("**" + it[1] + "**" + (" | *" + it[2] + "*" if it[2] else "") + "  ")
        elif k == "esub":
            out.append("*" + it[1] + "*" + ((" · " + it[2]) if it[2] else "") + "  ")
        elif k == "eline":
            out.append(it[1] + "  ")
        elif k == "b":
            out.append(bch + " " + it[1])
        elif k in ("dpara", "p"):
            out += ["", it[1]]
        elif k == "li":
            out.append("- " + it[1])
        elif k == "gap":
            if out[-1] != "":
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def html(r):
    main, side = items(r)
    e = H.escape

    def block(its):
        out, inlist = [], False
        for it in its:
            k = it[0]
            if k in ("b", "li") and not inlist:
                out.append("<ul>")
                inlist = True
            if k not in ("b", "li") and inlist:
                out.append("</ul>")
                inlist = False
            if k == "h":
                out.append(f"<h2>{e(it[1])}</h2>")
            elif k == "ehead":
                out.append(f"<h3>{e(it[1])}" + (f' <span class="dates">{e(it[2])}</span>' if it[2] else "") + "</h3>")
            elif k == "esub":
                out.append(f"<p class=\"sub\"><em>{e(it[1])}</em>" + (f" <span class=\"dates\">{e(it[2])}</span>" if it[2] else "") + "</p>")
            elif k in ("eline", "p", "dpara"):
                out.append(f"<p>{e(it[1])}</p>")
            elif k in ("b", "li"):
                out.append(f"<li>{e(it[1])}</li>")
        if inlist:
            out.append("</ul>")
        return "\n".join(out)

    head = f"<h1>{e(r['name'])}</h1>\n" + "\n".join(f"<p class=\"contact\">{e(c)}</p>" for c in r["contact"])
    css = ("body{font-family:Georgia,serif;max-width:50em;margin:2em auto;color:#222}"
           "h2{border-bottom:1px solid #888}.dates{float:right;font-weight:normal}"
           "td{vertical-align:top;padding:0 1em}.side{background:#eef2f6;width:28%}")
    if r["layout"] == "table":
        body = (f"{head}\n<table><tr><td class=\"side\">\n{block(side)}\n</td><td>\n{block(main)}\n"
                "</td></tr></table>")
    else:
        body = head + "\n" + block(side + main)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{e(r['name'])} – Résumé</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


def render(r, path):
    f = r["fmt"]
    if f == "pdf":
        pdf(r, path, r["renderer"])
    elif f == "docx":
        docx(r, path)
    else:
        s = {"txt": txt, "md": md, "html": html}[f](r)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(s)
