"""Renderers for wild106: reportlab / fpdf2 (shared layout code), python-docx, txt, md, html."""
import html as _html
from lib import drange

FIX_DATE = (2026, 11, 3, 9, 30, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry pieces
def orgloc(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def date_of(e, r):
    return drange(e, r.get("ds", "mm/yyyy"), r.get("sep", " – "), r.get("now", "heute"),
                  r.get("seit", False))


def head_lines(e, r, prev_org=None):
    """[(style, text, right_text)] for the entry header (not used for datecol)."""
    o, d, t = r.get("order", "title_org"), date_of(e, r), e.title
    ol = orgloc(e)
    if o == "title_org":
        out = [("b", t, d)] + ([("i", ol, None)] if ol else [])
    elif o == "org_title":
        out = [("b", ol, d), ("i", t, None)]
    elif o == "dash":
        out = [("b", f"{t} – {ol}" if ol else t, d)]
    elif o == "pipe":
        out = [("b", " | ".join(x for x in (t, e.org, e.loc) if x), d)]
    elif o == "comma":
        out = [("b", f"{t}, {ol}" if ol else t, d)]
    elif o == "dateline":
        out = [("b", t, None)] + ([("n", ol, None)] if ol else []) + [("i", d, None)]
    elif o == "datefirst":
        out = [("b", f"{d}   {t}", None)] + ([("n", ol, None)] if ol else [])
    elif o == "labelled":
        out = [("b", f"Position: {t}", None)] + ([("n", f"Arbeitgeber: {ol}", None)] if ol else []) + \
              [("n", f"Zeitraum: {d}", None)]
    elif o == "orgfirst":
        out = [] if prev_org == e.org else [("B", ol, None)]
        out.append(("bi", t, d))
    else:
        raise ValueError(o)
    return out


def bullet_lines(e, r):
    b, bs = e.bullets, r.get("bul", "•")
    if not b:
        return []
    if bs == "tat":
        return [f"Tätigkeiten: {b[0]}"] + [f"– {x}" for x in b[1:]]
    if bs == "none":
        return list(b)
    if bs == "para":
        return [" ".join(b)]
    return [f"{bs} {x}" for x in b]


# ---------------------------------------------------------------- PDF backends
class RLBack:
    def __init__(self, path, title):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=(595, 842), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(title)
        self.fonts = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique",
                      "B": "Helvetica-Bold", "bi": "Helvetica-BoldOblique"}

    def width(self, s, st, size):
        return self.pm.stringWidth(s, self.fonts[st], size)

    def text(self, x, y, s, st="n", size=10, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fonts[st], size)
        self.c.drawString(x, 842 - y, s)

    def rect(self, x, y, w, h, color):
        self.c.setFillColorRGB(*color)
        self.c.rect(x, 842 - y - h, w, h, stroke=0, fill=1)

    def line(self, x1, y, x2):
        self.c.setStrokeColorRGB(0.4, 0.4, 0.4)
        self.c.line(x1, 842 - y, x2, 842 - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPBack:
    def __init__(self, path, title):
        import datetime
        from fpdf import FPDF
        self.path = path
        p = FPDF(unit="pt", format="A4")
        p.set_auto_page_break(False)
        p.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
        p.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        p.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        p.add_font("DV", "BI", DEJAVU + "DejaVuSans-BoldOblique.ttf")
        p.set_creation_date(datetime.datetime(*FIX_DATE, tzinfo=datetime.timezone.utc))
        p.set_title(title)
        p.set_author(title)
        p.add_page()
        self.p = p
        self.st = {"n": "", "b": "B", "i": "I", "B": "B", "bi": "BI"}

    def width(self, s, st, size):
        self.p.set_font("DV", self.st[st], size * 0.9)
        return self.p.get_string_width(s)

    def text(self, x, y, s, st="n", size=10, color=(0, 0, 0)):
        self.p.set_text_color(*[int(c * 255) for c in color])
        self.p.set_font("DV", self.st[st], size * 0.9)
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, color):
        self.p.set_fill_color(*[int(c * 255) for c in color])
        self.p.rect(x, y, w, h, style="F")

    def line(self, x1, y, x2):
        self.p.set_draw_color(100, 100, 100)
        self.p.line(x1, y, x2, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(back, s, st, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and back.width(t, st, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def render_pdf(r, path):
    back = (RLBack if r["renderer"] == "reportlab" else FPBack)(path, f"Lebenslauf {r['name']}")
    lay = r.get("layout", "single")
    accent = r.get("accent", (0.15, 0.25, 0.45))
    page = [1]
    side_w = 165 if lay == "sidebar" else 0
    x0 = 50 + side_w if lay == "sidebar" else 55
    xr = 545
    y = [60]

    def footer():
        if r.get("footer"):
            back.line(55, 800, 540)
            back.text(55, 815, r["footer"].format(n=page[0]), "n", 8, (0.3, 0.3, 0.3))

    def need(h):
        if y[0] + h > 780:
            footer()
            back.newpage()
            page[0] += 1
            y[0] = 60

    def put(s, st="n", size=10, x=None, width=None, right=None, color=(0, 0, 0), lead=None):
        x = x0 if x is None else x
        width = (xr - x) if width is None else width
        lead = lead or size * 1.35
        if right:
            rw = back.width(right, "n", size)
            lines = wrap(back, s, st, size, width - rw - 12)
            if len(lines) > 1:  # too long: title over the full width, date on its own line
                put(s, st, size, x, width, None, color, lead)
                put_right(right, size, x, width, color, lead)
                return
        else:
            lines = wrap(back, s, st, size, width)
        for k, ln in enumerate(lines):
            need(lead)
            back.text(x, y[0], ln, st, size, color)
            if right and k == 0:
                back.text(x + width - rw, y[0], right, "n", size, color)
            y[0] += lead

    def put_right(s, size, x, width, color, lead):
        need(lead)
        back.text(x + width - back.width(s, "n", size), y[0], s, "n", size, color)
        y[0] += lead

    # sidebar
    if lay == "sidebar":
        back.rect(0, 0, side_w + 15, 842, r.get("side_color", (0.9, 0.92, 0.95)))
        sy = 60
        back.text(20, sy, r["name"].split()[0], "b", 15, accent)
        sy += 18
        back.text(20, sy, " ".join(r["name"].split()[1:]), "b", 15, accent)
        sy += 30
        for head, lines in r.get("side", []):
            back.text(20, sy, head, "b", 10.5, accent)
            sy += 15
            for s in lines:
                for ln in wrap(back, s, "n", 8.5, side_w - 15):
                    back.text(20, sy, ln, "n", 8.5)
                    sy += 11.5
            sy += 10
        if r.get("headline"):
            put(r["headline"], "i", 11, color=accent)
            y[0] += 6
    elif lay == "twocol":
        back.text(55, y[0] + 6, r["name"], "b", 20, accent)
        cy = y[0] - 6
        for s in r["contact"]:
            back.text(xr - back.width(s, "n", 9), cy, s, "n", 9)
            cy += 12
        y[0] = max(y[0] + 30, cy + 8)
        if r.get("headline"):
            put(r["headline"], "i", 11)
        back.line(55, y[0], xr)
        y[0] += 18
    else:
        if r.get("centred"):
            w = back.width(r["name"], "b", 18)
            back.text((595 - w) / 2, y[0], r["name"], "b", 18, accent)
            y[0] += 20
            if r.get("headline"):
                s = r["headline"]
                back.text((595 - back.width(s, "i", 10.5)) / 2, y[0], s, "i", 10.5)
                y[0] += 15
            s = "  ·  ".join(r["contact"])
            for ln in wrap(back, s, "n", 9, 480):
                back.text((595 - back.width(ln, "n", 9)) / 2, y[0], ln, "n", 9)
                y[0] += 12
        else:
            put(r["name"], "b", 18, color=accent, lead=22)
            if r.get("headline"):
                put(r["headline"], "i", 11)
            for s in r["contact"]:
                put(s, "n", 9, lead=12)
        y[0] += 6
        back.line(55, y[0], xr)
        y[0] += 18

    datecol = r.get("order") == "datecol"
    dcw = r.get("dcw", 100)
    for bi, b in enumerate(r["blocks"]):
        if r.get("break_before") == bi:
            footer()
            back.newpage()
            page[0] += 1
            y[0] = 60
        need(50)
        put(b[1].upper() if r.get("caps") else b[1], "b", 12, color=accent)
        back.line(x0, y[0] - 8, xr)
        y[0] += 6
        if b[0] == "txt":
            for s in b[2]:
                if datecol and "\t" in s:
                    d, rest = s.split("\t", 1)
                    need(14)
                    back.text(x0, y[0], d, "n", 9.5)
                    put(rest, "n", 9.5, x=x0 + dcw, lead=13)
                else:
                    put(s, "n", 9.5, lead=13)
            y[0] += 8
            continue
        prev = None
        for e in b[2]:
            need(40)
            if datecol:
                back.text(x0, y[0], date_of(e, r), "n", 9.5)
                xx = x0 + dcw
                put(e.title, "b", 10, x=xx)
                if orgloc(e):
                    put(orgloc(e), "i", 9.5, x=xx)
                for s in bullet_lines(e, r):
                    put(s, "n", 9.5, x=xx + 4, lead=13)
            else:
                for st, s, right in head_lines(e, r, prev):
                    put(s, st, 10.5 if st == "B" else 10, right=right)
                for s in bullet_lines(e, r):
                    put(s, "n", 9.5, x=x0 + 8, lead=13)
            prev = e.org
            y[0] += 7
        y[0] += 6
    footer()
    back.save()


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


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    lay = r.get("layout", "styles")
    cp = doc.core_properties
    cp.author = r["name"]
    cp.title = "Lebenslauf"
    cp.created = cp.modified = datetime.datetime(*FIX_DATE)
    cp.last_modified_by = r["name"]
    cp.revision = 1

    def para(container, text="", bold=False, italic=False, size=None, style=None, tab=None,
             right=None, color=None, left_tab=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if tab:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.RIGHT)
        if left_tab:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(left_tab))
            p.paragraph_format.left_indent = Cm(left_tab)
            p.paragraph_format.first_line_indent = Cm(-left_tab)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(2)
        return p

    if r.get("hdr"):
        h = sec.header
        hp = h.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        h.add_paragraph(" | ".join(r["contact"]))
        top = []
    else:
        top = [(r["name"], dict(bold=True, size=18))] + [(c, {}) for c in r["contact"]]
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"].format(n="1")

    main, side = doc, None
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _noborders(t)
        side, main = t.cell(0, 0), t.cell(0, 1)
        side.width, main.width = Cm(5.5), Cm(11.5)
        _shade(side, r.get("side_hex", "DCE6F0"))
        side.paragraphs[0].add_run(r["name"]).bold = True
        for c in r["contact"]:
            para(side, c, size=9)
        for head, lines in r.get("side", []):
            para(side, head, bold=True, size=11)
            for s in lines:
                para(side, s, size=9)
        main.paragraphs[0].add_run(r.get("headline", "")).italic = True
    else:
        for s, kw in top:
            para(doc, s, **kw)
        if r.get("headline"):
            para(doc, r["headline"], italic=True)

    def heading(text):
        if r.get("hstyle", True) and lay != "sidebar":
            doc.add_heading(text, level=1)
        else:
            para(main, text, bold=True, size=12.5, color="1F3864")

    bl = r.get("bul", "list")
    tabpos = 17 if lay != "sidebar" else 11.3
    for b in r["blocks"]:
        heading(b[1])
        if b[0] == "txt":
            for s in b[2]:
                if "\t" in s and lay == "tabs":
                    para(main, s, left_tab=4)
                else:
                    para(main, s)
            continue
        prev = None
        if lay == "table" and r.get("onetable"):
            tbl = main.add_table(rows=0, cols=2)
            _noborders(tbl)
        for e in b[2]:
            if lay == "table":
                if not r.get("onetable"):
                    tbl = main.add_table(rows=0, cols=2)
                    _noborders(tbl)
                row = tbl.add_row()
                c0, c1 = row.cells
                c0.width, c1.width = Cm(4), Cm(13)
                c0.paragraphs[0].add_run(date_of(e, r))
                c1.paragraphs[0].add_run(e.title).bold = True
                if orgloc(e):
                    c1.add_paragraph(orgloc(e)).runs[0].italic = True
                for s in bullet_lines(e, dict(r, bul=("•" if bl == "list" else bl))):
                    c1.add_paragraph(s)
                if not r.get("onetable"):
                    main.add_paragraph()
                continue
            if lay == "tabs" and r.get("order") == "datecol":
                para(main, f"{date_of(e, r)}\t{e.title}", left_tab=4).runs[0].bold = False
                p = main.paragraphs[-1] if main is doc else None
                if orgloc(e):
                    para(main, f"\t{orgloc(e)}", italic=True, left_tab=4)
                for s in bullet_lines(e, dict(r, bul=("–" if bl == "list" else bl))):
                    para(main, f"\t{s}", left_tab=4)
                continue
            for stl, s, right in head_lines(e, r, prev):
                para(main, s, bold=stl in ("b", "B", "bi"), italic=stl in ("i", "bi"),
                     tab=tabpos if right else None, right=right,
                     size=11.5 if stl == "B" else None)
            if bl == "list":
                for s in e.bullets:
                    para(main, s, style="List Bullet")
            else:
                for s in bullet_lines(e, r):
                    para(main, s)
            prev = e.org
    doc.save(path)
    _fix_zip(path)


def _fix_zip(path):
    import zipfile, io
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text formats
def _txt_entry(e, r, prev):
    out = []
    if r.get("order") == "datecol":
        d = date_of(e, r)
        out.append(f"{d:<22}{e.title}")
        if orgloc(e):
            out.append(" " * 22 + orgloc(e))
        for s in bullet_lines(e, r):
            out.append(" " * 22 + s)
        return out
    for st, s, right in head_lines(e, r, prev):
        if st == "B" and r.get("caps_org"):
            s = s.upper() if False else s
        if right:
            s = f"{s}{r.get('tsep', '   ')}{right}" if r.get("tsep") else f"{s:<52} {right}"
        out.append(s)
    for s in bullet_lines(e, r):
        out.append(("  " if r.get("indent", True) else "") + s)
    return out


def render_txt(r, path):
    L = [r["name"]]
    if r.get("headline"):
        L.append(r["headline"])
    L += r["contact"] + [""]
    for b in r["blocks"]:
        h = b[1]
        L += [h.upper() if r.get("caps") else h, r.get("rule", "=") * len(h) if r.get("rule") else None]
        L = [x for x in L if x is not None]
        if b[0] == "txt":
            for s in b[2]:
                if "\t" in s:
                    d, rest = s.split("\t", 1)
                    s = f"{d:<22}{rest}" if r.get("order") == "datecol" else f"{d}  {rest}"
                L.append(s)
        else:
            prev = None
            for e in b[2]:
                L += _txt_entry(e, r, prev) + [""]
                prev = e.org
            L.pop()
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", ""]
    if r.get("headline"):
        L += [f"*{r['headline']}*", ""]
    L += [("  \n".join(r["contact"])), ""]
    for b in r["blocks"]:
        L += [f"## {b[1]}", ""]
        if b[0] == "txt":
            for s in b[2]:
                if "\t" in s:
                    d, rest = s.split("\t", 1)
                    s = f"**{d}** – {rest}"
                L.append(f"- {s}" if r.get("md_txt_list", True) else s)
            L.append("")
            continue
        prev = None
        for e in b[2]:
            o = r.get("order")
            d = date_of(e, r)
            if o == "datecol":
                L.append(f"**{d}** | **{e.title}**" + (f" | {orgloc(e)}" if orgloc(e) else ""))
            elif o == "orgfirst":
                if prev != e.org:
                    L += [f"### {orgloc(e)}", ""]
                L.append(f"**{e.title}** ({d})")
            elif o == "h3":
                L += [f"### {e.title}", f"{orgloc(e)} · *{d}*" if orgloc(e) else f"*{d}*"]
            else:
                for st, s, right in head_lines(e, r, prev):
                    s = f"**{s}**" if st in ("b", "bi") else (f"*{s}*" if st == "i" else s)
                    L.append(s + (f" — {right}" if right else "") + "  ")
            L.append("")
            bs = bullet_lines(e, r)
            if r.get("bul") in ("none", "para", "tat"):
                L += [s for s in bs] + ([""] if bs else [])
            else:
                L += [f"- {x}" for x in e.bullets] + ([""] if e.bullets else [])
            prev = e.org
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    esc = _html.escape
    H = ['<!DOCTYPE html>', '<html lang="de">', '<head>', '<meta charset="utf-8">',
         f'<title>Lebenslauf – {esc(r["name"])}</title>',
         '<style>body{font-family:Arial,sans-serif;max-width:800px;margin:2em auto;color:#222}'
         'h2{border-bottom:1px solid #888;font-size:1.1em}td{vertical-align:top;padding:3px 8px}'
         '.d{width:150px;color:#555}</style>', '</head>', '<body>',
         f'<h1>{esc(r["name"])}</h1>']
    if r.get("headline"):
        H.append(f'<p><em>{esc(r["headline"])}</em></p>')
    H.append("<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>")
    for b in r["blocks"]:
        H.append(f"<h2>{esc(b[1])}</h2>")
        if b[0] == "txt":
            if any("\t" in s for s in b[2]):
                H.append("<table>")
                for s in b[2]:
                    d, _, rest = s.partition("\t")
                    H.append(f'<tr><td class="d">{esc(d)}</td><td>{esc(rest)}</td></tr>')
                H.append("</table>")
            else:
                H.append("<ul>" + "".join(f"<li>{esc(s)}</li>" for s in b[2]) + "</ul>")
            continue
        o = r.get("order")
        if o == "datecol":
            H.append("<table>")
            for e in b[2]:
                cell = f"<strong>{esc(e.title)}</strong>"
                if orgloc(e):
                    cell += f"<br>{esc(orgloc(e))}"
                bs = bullet_lines(e, r)
                if bs and r.get("bul") in ("tat", "none", "para"):
                    cell += "".join(f"<br>{esc(s)}" for s in bs)
                elif bs:
                    cell += "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>"
                H.append(f'<tr><td class="d">{esc(date_of(e, r))}</td><td>{cell}</td></tr>')
            H.append("</table>")
            continue
        prev = None
        for e in b[2]:
            H.append("<div>")
            for st, s, right in head_lines(e, r, prev):
                tag = {"B": "h3", "b": "strong", "bi": "strong", "i": "em", "n": "span"}[st]
                rs = f' <span class="d">({esc(right)})</span>' if right else ""
                H.append(f"<p><{tag}>{esc(s)}</{tag}>{rs}</p>" if tag != "h3" else f"<h3>{esc(s)}</h3>")
            if e.bullets:
                if r.get("bul") in ("tat", "none", "para"):
                    H += [f"<p>{esc(s)}</p>" for s in bullet_lines(e, r)]
                else:
                    H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e.bullets) + "</ul>")
            H.append("</div>")
            prev = e.org
    H += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


def render(r, path):
    f = r["fmt"]
    if f == "pdf":
        render_pdf(r, path)
    elif f == "docx":
        render_docx(r, path)
    elif f == "txt":
        render_txt(r, path)
    elif f == "md":
        render_md(r, path)
    elif f == "html":
        render_html(r, path)
