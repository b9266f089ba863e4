"""Renderers for wild100: reportlab, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.
Every résumé dict is first turned into a list of logical items, which each renderer lays out."""
import datetime
import html as H
from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)

LABELS = {
    "de": ("Position", "Arbeitgeber", "Zeitraum", "Aufgaben"),
    "at": ("Funktion", "Dienstgeber", "Zeitraum", "Tätigkeiten"),
    "ch": ("Funktion", "Arbeitgeber", "Dauer", "Aufgaben"),
    "nl": ("Functie", "Werkgever", "Periode", "Taken"),
    "be": ("Functie", "Werkgever", "Periode", "Taken"),
}


def lang_of(d):
    return {"ch": "de", "be": "nl"}.get(d["lang"], d["lang"])


def dates(e, d):
    return fmt_range(e, d["dstyle"], lang_of(d), d["present"], d.get("sep", " – "))


def ol(org, loc, sep=", "):
    return sep.join(x for x in (org, loc) if x)


def ehead(e, d, prev_org=None):
    """Entry header lines: list of (text, style, right, left); style b/i/n."""
    h, dt = d["hdr"], dates(e, d)
    if h == "title_org":
        return [(e.title, "b", dt, None), (ol(e.org, e.loc), "i", None, None)]
    if h == "org_title":
        return [(ol(e.org, e.loc, " · " if d.get("dot") else ", "), "b", dt, None), (e.title, "i", None, None)]
    if h == "dash":
        return [(e.title + (" – " + ol(e.org, e.loc) if e.org or e.loc else ""), "b", dt, None)]
    if h == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), "b", dt, None)]
    if h == "dateline":
        return [(e.title, "b", None, None), (ol(e.org, e.loc), "n", None, None), (dt, "i", None, None)]
    if h == "datesfirst":
        return [(dt, "i", None, None), (e.title + (", " + ol(e.org, e.loc) if e.org else ""), "b", None, None)]
    if h == "tab":
        return [(e.title, "b", None, dt), (ol(e.org, e.loc), "n", None, None)]
    if h == "tab_org":
        return [(ol(e.org, e.loc), "b", None, dt), (e.title, "n", None, None)]
    if h == "labelled":
        L = LABELS[d["lang"]]
        out = [(f"{L[0]}: {e.title}", "b", None, None)]
        if e.org:
            out.append((f"{L[1]}: {ol(e.org, e.loc)}", "n", None, None))
        out.append((f"{L[2]}: {dt}", "n", None, None))
        return out
    if h == "inline":
        return [(", ".join(x for x in (e.title, e.org, e.loc, dt) if x), "b", None, None)]
    if h == "orgfirst":
        out = []
        if e.org != prev_org:
            out.append(("@" + ol(e.org, e.loc), "b", None, None))
        out.append((e.title, "i", dt, None))
        return out
    raise ValueError(h)


def items(d, which="main"):
    """Flatten blocks into logical items. which = main / side / all."""
    out = []
    for b in d["blocks"]:
        side = b[-1] == "side" if isinstance(b[-1], str) else False
        if which == "main" and side or which == "side" and not side:
            continue
        kind, head = b[0], b[1]
        if head:
            out.append(("h", head))
        if kind == "exp":
            prev = None
            for e in b[2]:
                for (t, s, r, l) in ehead(e, d, prev):
                    if t.startswith("@"):
                        out.append(("oh", t[1:]))
                    else:
                        out.append(("eh", t, s, r, l))
                prev = e.org
                if d.get("para") and e.bullets:
                    out.append(("p", " ".join(e.bullets)))
                else:
                    for x in e.bullets:
                        out.append(("b", x))
                out.append(("gap",))
        elif kind == "list":
            for x in b[2]:
                out.append(("b", x))
        elif kind == "lines":
            for x in b[2]:
                out.append(("p", x))
        elif kind == "kv":
            for l, r in b[2]:
                out.append(("kv", l, r))
    return out


# ---------------------------------------------------------------- reportlab
def rl_pdf(d, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(d["name"])
    c.setAuthor(d["name"])
    page = d.get("page", "plain")
    fam = d.get("font", "Helvetica")
    F = {"n": fam, "b": fam + "-Bold", "i": fam + ("-Italic" if fam == "Times" else "-Oblique")}
    if fam == "Times":
        F["n"] = "Times-Roman"
    bullet = d.get("bullet", "•")
    pg = [1]
    side = page == "sidebar"
    x0 = 215 if side else 56
    x1 = W - 50
    y = [Hh - 60]

    def footer():
        if d.get("footer"):
            c.setFont(F["n"], 8)
            c.drawCentredString(W / 2, 28, d["footer"].format(p=pg[0]))

    def newpage():
        footer()
        c.showPage()
        pg[0] += 1
        y[0] = Hh - 60

    def need(h):
        if y[0] - h < 60:
            newpage()

    if side:
        c.setFillColorRGB(*d.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, 190, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - 60
        c.setFont(F["b"], 15)
        for ln in simpleSplit(d["name"], F["b"], 15, 150):
            c.drawString(24, sy, ln)
            sy -= 19
        sy -= 6
        c.setFont(F["n"], 8.5)
        for ln in d["contact"]:
            c.drawString(24, sy, ln)
            sy -= 12
        for it in items(d, "side"):
            if it[0] == "h":
                sy -= 10
                c.setFont(F["b"], 10)
                c.drawString(24, sy, it[1].upper())
                sy -= 14
            elif it[0] in ("b", "p"):
                c.setFont(F["n"], 8.5)
                for ln in simpleSplit(it[1], F["n"], 8.5, 150):
                    c.drawString(24, sy, ln)
                    sy -= 11
            elif it[0] == "kv":
                c.setFont(F["n"], 8.5)
                c.drawString(24, sy, f"{it[1]}: {it[2]}")
                sy -= 11
    else:
        if page == "twocol":
            c.setFont(F["b"], 20)
            c.drawString(x0, y[0], d["name"])
            c.setFont(F["n"], 9)
            yy = y[0] + 6
            for ln in d["contact"]:
                c.drawRightString(x1, yy, ln)
                yy -= 11
            y[0] = min(y[0] - 16, yy) - 4
            if d.get("subtitle"):
                c.setFont(F["i"], 11)
                c.drawString(x0, y[0], d["subtitle"])
                y[0] -= 8
            c.line(x0, y[0], x1, y[0])
            y[0] -= 18
        else:
            centred = d.get("centred")
            c.setFont(F["b"], 18)
            (c.drawCentredString(W / 2, y[0], d["name"]) if centred else c.drawString(x0, y[0], d["name"]))
            y[0] -= 16
            c.setFont(F["n"], 9)
            for ln in d["contact"]:
                (c.drawCentredString(W / 2, y[0], ln) if centred else c.drawString(x0, y[0], ln))
                y[0] -= 11
            y[0] -= 8
    tabx = x0 + 95
    for it in items(d, "main"):
        k = it[0]
        if k == "h":
            if it[1] == d.get("break_before"):
                newpage()
            need(40)
            y[0] -= 6
            c.setFont(F["b"], 11.5)
            c.drawString(x0, y[0], it[1] if not d.get("caps") else it[1].upper())
            y[0] -= 4
            c.setLineWidth(0.5)
            c.line(x0, y[0], x1, y[0])
            y[0] -= 13
        elif k == "oh":
            need(30)
            c.setFont(F["b"], 10.5)
            c.drawString(x0, y[0], it[1])
            y[0] -= 13
        elif k == "eh":
            _, t, s, r, l = it
            need(26)
            xs = x0
            if l is not None or d["hdr"] in ("tab", "tab_org"):
                xs = tabx
                if l:
                    c.setFont(F["n"], 9.5)
                    c.drawString(x0, y[0], l)
            fs = 10 if s == "b" else 9.5
            wmax = x1 - xs - (stringWidth(r, F["n"], 9.5) + 12 if r else 0)
            lines = simpleSplit(t, F[s], fs, wmax)
            if r:
                c.setFont(F["n"], 9.5)
                c.drawRightString(x1, y[0], r)
            c.setFont(F[s], fs)
            for ln in lines:
                c.drawString(xs, y[0], ln)
                y[0] -= 12.5
        elif k in ("b", "p"):
            xs = tabx if d["hdr"] in ("tab", "tab_org") else x0
            ind = 12 if k == "b" and bullet else 0
            lines = simpleSplit(it[1], F["n"], 9.5, x1 - xs - ind)
            need(12 * len(lines))
            c.setFont(F["n"], 9.5)
            for i, ln in enumerate(lines):
                if i == 0 and k == "b" and bullet:
                    c.drawString(xs + 2, y[0], bullet)
                c.drawString(xs + ind, y[0], ln)
                y[0] -= 12
        elif k == "kv":
            need(12)
            c.setFont(F["n"], 9.5)
            c.drawString(x0, y[0], it[1])
            lines = simpleSplit(it[2], F["n"], 9.5, x1 - tabx)
            for ln in lines:
                c.drawString(tabx, y[0], ln)
                y[0] -= 12
        elif k == "gap":
            y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def fpdf_pdf(d, path):
    from fpdf import FPDF
    footer_text = d.get("footer")

    class P(FPDF):
        def footer(self):
            if footer_text:
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, footer_text.format(p=self.page_no()), align="C")

    p = P(format="A4")
    p.set_creation_date(FIXED)
    p.set_title(d["name"])
    p.set_author(d["name"])
    p.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    p.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    p.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, 20)
    p.set_margins(18, 16, 18)
    p.add_page()
    page = d.get("page", "left")
    bullet = d.get("bullet", "•")
    SF = {"b": "B", "i": "I", "n": ""}
    x0 = 18
    if page == "sidebar":
        p.set_fill_color(*d.get("side_rgb", (225, 235, 230)))
        p.rect(0, 0, 62, 297, style="F")
        p.set_xy(8, 16)
        p.set_font("dv", "B", 13)
        p.multi_cell(50, 6.5, d["name"], align="L")
        p.set_font("dv", "", 8)
        p.ln(2)
        for ln in d["contact"]:
            p.set_x(8)
            p.multi_cell(50, 4.4, ln, align="L")
        for it in items(d, "side"):
            p.set_x(8)
            if it[0] == "h":
                p.ln(3)
                p.set_x(8)
                p.set_font("dv", "B", 9.5)
                p.multi_cell(50, 5.5, it[1], align="L")
                p.set_font("dv", "", 8)
            elif it[0] in ("b", "p"):
                p.multi_cell(50, 4.4, it[1], align="L")
            elif it[0] == "kv":
                p.multi_cell(50, 4.4, f"{it[1]}: {it[2]}", align="L")
        x0 = 70
        p.set_left_margin(70)
        p.set_xy(70, 16)
    else:
        p.set_font("dv", "B", 17)
        al = "C" if page == "centred" else "L"
        p.cell(0, 9, d["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        p.set_font("dv", "", 8.5)
        for ln in d["contact"]:
            p.cell(0, 4.6, ln, align=al, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    W = 210 - 18 - x0
    tab = d["hdr"] in ("tab", "tab_org")
    tw = 36 if tab else 0
    for it in items(d, "main"):
        k = it[0]
        p.set_x(x0)
        if k == "h":
            if p.get_y() > 255 or it[1] == d.get("break_before"):
                p.add_page()
                p.set_x(x0)
            p.ln(2)
            p.set_x(x0)
            p.set_font("dv", "B", 11)
            p.cell(W, 6.5, it[1].upper() if d.get("caps") else it[1], new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(120, 120, 120)
            p.line(x0, p.get_y(), x0 + W, p.get_y())
            p.ln(2)
        elif k == "oh":
            p.set_font("dv", "B", 10)
            p.cell(W, 5.5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "eh":
            _, t, s, r, l = it
            if p.get_y() > 265:
                p.add_page()
                p.set_x(x0)
            if tab:
                p.set_font("dv", "", 9)
                p.cell(tw, 5, l or "")
            if r:
                p.set_font("dv", "", 9)
                rw = p.get_string_width(r) + 2
                y = p.get_y()
                xt = p.get_x()
                p.set_xy(x0 + W - rw, y)
                p.cell(rw, 5, r, align="R")
                p.set_xy(xt, y)
                p.set_font("dv", SF[s], 9.5)
                p.multi_cell(W - tw - rw - 2, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                p.set_font("dv", SF[s], 9.5)
                p.multi_cell(W - tw, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        elif k in ("b", "p"):
            p.set_font("dv", "", 9)
            if tab:
                p.cell(tw, 4.6, "")
            if k == "b" and bullet:
                p.cell(4.5, 4.6, bullet)
                p.multi_cell(W - tw - 4.5, 4.6, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                p.multi_cell(W - tw, 4.6, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            p.set_font("dv", "", 9)
            p.cell(36, 4.6, it[1])
            p.multi_cell(W - 36, 4.6, it[2], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            p.ln(2)
    p.output(path)


# ---------------------------------------------------------------- docx
def docx_file(d, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = docx.Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = d.get("dfont", "Calibri")
    st.font.size = Pt(10.5)
    page = d.get("page", "styles")
    bullet = d.get("bullet", "•")
    RIGHT = Cm(17)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def noborders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + n)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def para(container, text="", bold=False, italic=False, style=None, size=None, right=None, tabpos=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos or RIGHT, WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = d.get("italic_dates", False)
        p.paragraph_format.space_after = Pt(1)
        return p

    def bul(container, text):
        if bullet == "list":
            para(container, text, style="List Bullet")
        elif bullet:
            para(container, f"{bullet} {text}")
        else:
            para(container, text)

    def heading(container, text, in_table=False):
        if page in ("styles", "tabs", "header") and not in_table:
            doc.add_heading(text, level=d.get("hlevel", 1))
        else:
            p = para(container, text.upper() if d.get("caps") else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    # name / contact
    if d.get("docx_header"):
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(14)
        for ln in d["contact"]:
            hdr.add_paragraph(ln)
    main = doc
    if page == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.5), Cm(11.5)
        shade(sc, d.get("side_fill", "DCE6F0"))
        sp = sc.paragraphs[0]
        r = sp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ln in d["contact"]:
            para(sc, ln, size=9)
        for it in items(d, "side"):
            if it[0] == "h":
                p = para(sc, it[1], bold=True)
                p.paragraph_format.space_before = Pt(8)
            elif it[0] in ("b", "p"):
                para(sc, it[1], size=9)
            elif it[0] == "kv":
                para(sc, f"{it[1]}: {it[2]}", size=9)
        main = mc
        mc.paragraphs[0].text = ""
    elif not d.get("docx_header"):
        if page in ("styles", "tabs"):
            doc.add_heading(d["name"], level=0)
        else:
            para(doc, d["name"], bold=True, size=18)
        for ln in d["contact"]:
            para(doc, ln, size=9.5)
    its = items(d, "main")
    i = 0
    while i < len(its):
        it = its[i]
        k = it[0]
        if k == "h":
            heading(main, it[1], in_table=page == "sidebar")
            if page == "lebenslauf" and i + 1 < len(its) and its[i + 1][0] in ("eh", "oh", "kv"):
                # one two-column table for the whole section: dates | content
                t = doc.add_table(rows=0, cols=2)
                noborders(t) if not d.get("grid") else setattr(t, "style", "Table Grid")
                i += 1
                row = None
                while i < len(its) and its[i][0] != "h":
                    x = its[i]
                    if x[0] == "eh" and (x[4] is not None or row is None):
                        row = t.add_row().cells
                        row[0].width, row[1].width = Cm(4), Cm(13)
                        row[0].paragraphs[0].text = x[4] or ""
                        pp = row[1].paragraphs[0]
                        rr = pp.add_run(x[1])
                        rr.bold = x[2] == "b"
                    elif x[0] == "eh":
                        para(row[1], x[1], bold=x[2] == "b", italic=x[2] == "i")
                    elif x[0] == "kv":
                        row = t.add_row().cells
                        row[0].paragraphs[0].text = x[1]
                        row[1].paragraphs[0].text = x[2]
                        row = None
                    elif x[0] == "b" and row is not None:
                        bul(row[1], x[1])
                    elif x[0] == "p" and row is not None:
                        para(row[1], x[1])
                    elif x[0] == "gap":
                        row = None if its[i - 1][0] != "eh" else row
                    i += 1
                continue
        elif k == "oh":
            para(main, it[1], bold=True, size=11)
        elif k == "eh":
            _, t, s, r, l = it
            if page == "table" and r is not None:
                tb = main.add_table(rows=1, cols=2)
                noborders(tb)
                a, b = tb.rows[0].cells
                a.width, b.width = Cm(12.5), Cm(4.5)
                rr = a.paragraphs[0].add_run(t)
                rr.bold = s == "b"
                b.paragraphs[0].text = r
                # the following sub-header line(s) go to the left cell too
                while i + 1 < len(its) and its[i + 1][0] == "eh" and its[i + 1][3] is None:
                    i += 1
                    para(a, its[i][1], italic=its[i][2] == "i")
            else:
                txt = (l + "\t" + t) if l else t
                p = para(main, txt, bold=s == "b", italic=s == "i", right=r,
                         tabpos=Cm(11.5) if page == "sidebar" else None)
                if l:
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
        elif k == "b":
            bul(main, it[1])
        elif k == "p":
            para(main, it[1])
        elif k == "kv":
            p = para(main, it[1] + "\t" + it[2])
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
        i += 1
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "Lebenslauf" if d["lang"] in ("de", "at", "ch") else "CV"
    cp.created = cp.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.revision = 1
    doc.save(path)
    fix_zip(path)


def fix_zip(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        ents = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in ents:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text / md / html
def txt_file(d, path):
    out = [d["name"].upper() if d.get("caps") else d["name"]]
    out += d["contact"]
    out.append("")
    bullet = d.get("bullet", "-")
    tab = d["hdr"] in ("tab", "tab_org")
    pad = d.get("pad", 24)
    for it in items(d, "all"):
        k = it[0]
        if k == "h":
            out.append("")
            h = it[1].upper() if d.get("caps") else it[1]
            out.append(h)
            if d.get("underline"):
                out.append(d["underline"] * len(h))
        elif k == "oh":
            out.append(it[1].upper() if d.get("caps_org") else it[1])
        elif k == "eh":
            _, t, s, r, l = it
            if tab:
                out.append((l or "").ljust(pad) + t if l is not None else " " * pad + t)
            elif r:
                out.append(f"{t}{d.get('rsep', '   ')}{r}")
            else:
                out.append(t)
        elif k in ("b", "p"):
            ind = " " * pad if tab else ""
            out.append(ind + (f"{bullet} " if k == "b" and bullet else "") + it[1])
        elif k == "kv":
            out.append(it[1].ljust(pad) + it[2])
        elif k == "gap":
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(text)


def md_file(d, path):
    out = [f"# {d['name']}", ""]
    out += [ln + "  " for ln in d["contact"]]
    out.append("")
    bullet = d.get("bullet", "-")
    for it in items(d, "all"):
        k = it[0]
        if k == "h":
            out += ["", f"## {it[1]}", ""]
        elif k == "oh":
            out += [f"### {it[1]}", ""]
        elif k == "eh":
            _, t, s, r, l = it
            pre = f"{l} · " if l else ""
            if s == "b" and d.get("h3"):
                out.append(f"### {pre}{t}" + (f" ({r})" if r else ""))
            elif s == "b":
                out.append(f"**{pre}{t}**" + (f" — {r}" if r else "") + "  ")
            elif s == "i":
                out.append(f"*{t}*" + (f" — {r}" if r else "") + "  ")
            else:
                out.append(t + "  ")
        elif k == "b":
            if out and out[-1].endswith("  ") and not out[-1].startswith(("-", "*")):
                out.append("")
            out.append(f"{bullet} {it[1]}")
        elif k == "p":
            out += ["", it[1]]
        elif k == "kv":
            out.append(f"- **{it[1]}** {it[2]}")
        elif k == "gap":
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(text)


def html_file(d, path):
    e = H.escape
    lang = {"at": "de-AT", "ch": "de-CH", "be": "nl-BE"}.get(d["lang"], d["lang"])
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(d['name'])}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:2em auto;color:#222}"
           "h2{border-bottom:1px solid #999;font-size:1.1em}td{vertical-align:top;padding:2px 8px}"
           ".d{color:#555;white-space:nowrap}</style>", "</head>", "<body>",
           f"<h1>{e(d['name'])}</h1>", "<p>" + "<br>".join(e(x) for x in d["contact"]) + "</p>"]
    table = d.get("page") == "table"
    open_ul = False
    open_tab = False
    for it in items(d, "all"):
        k = it[0]
        if k != "b" and open_ul:
            out.append("</ul>")
            open_ul = False
        if k == "h":
            if open_tab:
                out.append("</td></tr></table>")
                open_tab = False
            out.append(f"<h2>{e(it[1])}</h2>")
        elif k == "oh":
            out.append(f"<h3>{e(it[1])}</h3>")
        elif k == "eh":
            _, t, s, r, l = it
            if table and l is not None:
                if open_tab:
                    out.append("</td></tr>")
                else:
                    out.append("<table>")
                open_tab = True
                out.append(f'<tr><td class="d">{e(l)}</td><td><strong>{e(t)}</strong>')
                continue
            tag = {"b": "strong", "i": "em", "n": "span"}[s]
            out.append(f"<div><{tag}>{e(t)}</{tag}>" + (f' <span class="d">{e(r)}</span>' if r else "") + "</div>")
        elif k == "b":
            if not open_ul:
                out.append("<ul>")
                open_ul = True
            out.append(f"<li>{e(it[1])}</li>")
        elif k == "p":
            out.append(f"<p>{e(it[1])}</p>")
        elif k == "kv":
            out.append(f"<div><span class=\"d\">{e(it[1])}</span> {e(it[2])}</div>")
    if open_ul:
        out.append("</ul>")
    if open_tab:
        out.append("</td></tr></table>")
    out += ["</body>", "</html>", ""]
    open(path, "w", encoding="utf-8").write("\n".join(out))


RENDER = {"rl": rl_pdf, "fpdf": fpdf_pdf, "docx": docx_file, "txt": txt_file, "md": md_file, "html": html_file}


def render(d, path):
    RENDER[d["fmt"]](d, path)
