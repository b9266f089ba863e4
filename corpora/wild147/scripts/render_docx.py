"""python-docx renderers; zip entries rewritten with a fixed timestamp."""
import io
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from lib import fmt_range, group_by_org

FIXED = datetime(2026, 10, 30, 9, 0, 0)


def _rng(r, e):
    return fmt_range(e, r["fmt"], r["present"], r["dash"])


def new_doc(r, font="Calibri", size=10, margins=1.8):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.top_margin = s.bottom_margin = Cm(margins)
        s.left_margin = s.right_margin = Cm(margins)
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = f"{r['name']} - Resume"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.comments = ""
    return d


def save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(cell, **sides):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, spec in sides.items():
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), spec.get("val", "single"))
        el.set(qn("w:sz"), str(spec.get("sz", 8)))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), spec.get("color", "000000"))
        b.append(el)
    tcPr.append(b)


def para_shade(p, hexcolor):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    pPr.append(shd)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def P(container, text="", bold=False, italic=False, size=None, color=None, align=None, after=2, before=0,
      small_caps=False, style=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color, small_caps, font)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, small_caps=False, font=None):
    rn = p.add_run(text)
    rn.bold, rn.italic = bold, italic
    if size:
        rn.font.size = Pt(size)
    if color:
        rn.font.color.rgb = RGBColor.from_string(color)
    if small_caps:
        rn.font.small_caps = True
    if font:
        rn.font.name = font
    return rn


def tabbed(container, left, right, pos_cm, lbold=True, rbold=False, size=None, lcolor=None, rcolor=None,
           before=4, lsmall=False):
    p = container.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(0)
    run(p, left, bold=lbold, size=size, color=lcolor, small_caps=lsmall)
    run(p, "\t" + right, bold=rbold, size=(size - 1 if size else None), color=rcolor)
    return p


def bullet(container, text, size=None, glyph=None):
    if glyph:
        p = container.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.45)
        p.paragraph_format.first_line_indent = Cm(-0.35)
        run(p, glyph + "\u00a0" + text, size=size)
    else:
        p = container.add_paragraph(style="List Bullet")
        run(p, text, size=size)
    p.paragraph_format.space_after = Pt(1)
    return p


def _side_text(it, dots=False, stars=False):
    if isinstance(it, tuple):
        a, b = it
        if isinstance(b, int):
            if stars:
                return f"{a}  " + "★" * b + "☆" * (5 - b)
            return f"{a}  " + "●" * b + "○" * (5 - b)
        return f"{a} — {b}"
    return it


# ================================================================ w002 shaded sidebar table
def dx_sidebar(r, path):
    d = new_doc(r, "Calibri", 10, 1.5)
    P(d, r["name"], bold=True, size=24, color="1F4E79", after=0)
    P(d, r["headline"], size=12, color="5B9BD5", after=8)
    t = d.add_table(rows=1, cols=2)
    widths(t, [5.6, 12.4])
    left, right = t.rows[0].cells
    shade(left, "DCE6F1")
    left.paragraphs[0].text = ""
    run(left.paragraphs[0], "CONTACT", bold=True, color="1F4E79")
    for c in r["contact"]:
        P(left, c, size=9)
    for h, items in r["side"]:
        P(left, h.upper(), bold=True, color="1F4E79", before=10)
        for it in items:
            P(left, _side_text(it), size=9)
    right.paragraphs[0].text = ""
    run(right.paragraphs[0], "PROFILE", bold=True, color="1F4E79")
    P(right, r["profile"], size=9.5, after=6)
    for h, es in r["exp"]:
        P(right, h.upper(), bold=True, color="1F4E79", before=8)
        for e in es:
            tabbed(right, e.title, _rng(r, e), 12.0, size=10.5, rcolor="595959")
            P(right, f"{e.org}, {e.loc}", italic=True, size=9.5, color="404040", after=1)
            for b in e.b:
                bullet(right, b, size=9.5)
    for h, items in r["extra"]:
        P(right, h.upper(), bold=True, color="1F4E79", before=8)
        for it in items:
            p = right.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.RIGHT)
            if "   " in it:
                a, b = it.rsplit("   ", 1)
                run(p, a, size=9.5)
                run(p, "\t" + b.strip(), size=9)
            else:
                run(p, it, size=9.5)
    save(d, path)


# ================================================================ w005 Europass-style table
def dx_europass(r, path):
    d = new_doc(r, "Arial", 9, 1.5)
    blue = "0E4194"
    t = d.add_table(rows=0, cols=2)

    def row(label="", lsize=8, lbold=False):
        cells = t.add_row().cells
        widths_row(cells)
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if label:
            run(cells[0].paragraphs[0], label, bold=lbold, size=lsize, color=blue)
        return cells[1]

    def widths_row(cells):
        cells[0].width = Cm(4.6)
        cells[1].width = Cm(13.4)

    c = row("CURRICULUM VITAE", 10, True)
    c = row("PERSONAL INFORMATION", 8, True)
    run(c.paragraphs[0], r["name"], bold=True, size=13)
    for ln in r["contact"]:
        P(c, ln, size=8.5, after=0)
    c = row("POSITION APPLIED FOR", 8, True)
    run(c.paragraphs[0], r["headline"], bold=True, size=10.5, color=blue)

    def section(h):
        cc = row(h, 8.5, True)
        borders(cc, bottom={"color": blue, "sz": 8})

    for h, es in r["exp"]:
        section(h)
        for e in es:
            cc = row(_rng(r, e), 8)
            run(cc.paragraphs[0], e.title, bold=True, size=10, color=blue)
            P(cc, f"{e.org}, {e.loc}", size=9, after=1)
            for b in e.b:
                bullet(cc, b, size=8.8, glyph="▪")
    for h, items in r["extra"]:
        section(h)
        if h.startswith("LANGUAGE"):
            cc = row("", 8)
            inner = cc.add_table(rows=1, cols=6)
            inner.style = "Table Grid"
            hdr = ["", "LISTENING", "READING", "SPOKEN INTERACTION", "SPOKEN PRODUCTION", "WRITING"]
            for i, hh in enumerate(hdr):
                run(inner.rows[0].cells[i].paragraphs[0], hh, bold=True, size=6.5, color=blue)
            for a, b in items:
                if a.startswith("Mother"):
                    run(cc.paragraphs[0], f"{a} {b}", size=9)
                    continue
                if a.startswith("Other"):
                    a, b = b.split(" — ")
                elif a == "":
                    a, b = b.split(" — ")
                rc = inner.add_row().cells
                run(rc[0].paragraphs[0], a, bold=True, size=8)
                for i, lv in enumerate(b.split()[:5]):
                    run(rc[i + 1].paragraphs[0], lv, size=8)
            P(cc, "Levels: A1 and A2: Basic user – B1 and B2: Independent user – C1 and C2: Proficient user",
              italic=True, size=7)
            continue
        for it in items:
            if len(it) == 3:
                cc = row(it[0], 8)
                run(cc.paragraphs[0], it[1], bold=True, size=9.5, color=blue)
                P(cc, it[2], size=9)
            else:
                cc = row(it[0], 8)
                run(cc.paragraphs[0], it[1], size=9)
    save(d, path)


# ================================================================ w008 timeline table
def dx_timeline(r, path):
    d = new_doc(r, "Segoe UI", 9.5, 1.6)
    accent = "8E44AD"
    P(d, r["name"], bold=True, size=22, color=accent, after=0, align="center")
    P(d, r["headline"], size=11, color="555555", align="center", after=0)
    P(d, "  •  ".join(r["contact"]), size=9, align="center", after=8)
    P(d, r["profile"], italic=True, size=9.5, after=6)
    for h, es in r["exp"]:
        P(d, h, bold=True, size=12, color=accent, before=6, after=3)
        t = d.add_table(rows=0, cols=3)
        for e in es:
            cells = t.add_row().cells
            cells[0].width, cells[1].width, cells[2].width = Cm(3.4), Cm(0.8), Cm(13.6)
            p = cells[0].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p, _rng(r, e), size=8.5, color="777777", bold=True)
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cells[1].paragraphs[0], "●", color=accent, size=10)
            borders(cells[1], left={"color": accent, "sz": 12})
            run(cells[2].paragraphs[0], e.title, bold=True, size=10.5)
            P(cells[2], f"{e.org} · {e.loc}", italic=True, size=9, color=accent, after=1)
            for b in e.b:
                bullet(cells[2], b, size=9, glyph="–")
            P(cells[2], "", after=2)
    for h, items in r["extra"]:
        P(d, h, bold=True, size=12, color=accent, before=8, after=2)
        for it in items:
            P(d, it, size=9.5)
    save(d, path)


# ================================================================ w011 header/footer cards, small caps role
def dx_cards(r, path):
    d = new_doc(r, "Calibri", 10, 1.8)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, r["name"].upper(), bold=True, size=18, color="0B3954")
    hp2 = sec.header.add_paragraph()
    run(hp2, r["headline"] + "  |  " + "  |  ".join(r["contact"]), size=9, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, r["footer"], size=7.5, color="999999")
    P(d, "SUMMARY", bold=True, size=11, color="0B3954", after=2)
    P(d, r["profile"], size=9.5, after=6)
    for h, es in r["exp"]:
        P(d, h.upper(), bold=True, size=11, color="0B3954", before=8, after=2)
        for e in es:
            tabbed(d, e.org, _rng(r, e), 17.4, size=10.5, rcolor="666666", before=6)
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            run(p, e.title, small_caps=True, size=10, color="087E8B", bold=True)
            run(p, "  ·  " + e.loc, italic=True, size=9, color="777777")
            for b in e.b:
                bullet(d, b, size=9.5)
    for h, items in r["extra"]:
        P(d, h.upper(), bold=True, size=11, color="0B3954", before=8, after=2)
        for it in items:
            P(d, it, size=9.5)
    save(d, path)


# ================================================================ w014 initials badge per job
def dx_badges(r, path):
    d = new_doc(r, "Arial", 9.5, 1.6)
    col = "E4572E"
    P(d, r["name"], bold=True, size=22, after=0)
    P(d, r["headline"], size=11, color=col, after=0)
    P(d, "   ".join(r["contact"]), size=9, color="555555", after=8)
    P(d, r["profile"], size=9.5, after=6)
    for h, es in r["exp"]:
        P(d, h.upper(), bold=True, size=11, color=col, before=4, after=4)
        for org, grp in group_by_org(es):
            t = d.add_table(rows=1, cols=2)
            a, b = t.rows[0].cells
            a.width, b.width = Cm(1.5), Cm(16.3)
            shade(a, "29335C")
            ini = "".join(w[0] for w in org.split() if w[0].isalpha())[:2].upper()
            a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(a.paragraphs[0], ini, bold=True, size=13, color="FFFFFF")
            first = True
            for e in grp:
                if first:
                    p = b.paragraphs[0]
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
                    run(p, org, bold=True, size=10.5)
                    run(p, "\t" + e.loc, size=8.5, color="777777")
                    first = False
                tabbed(b, e.title, _rng(r, e), 16.0, lbold=False, size=9.8, rcolor=col, before=2, lsmall=True)
                for bl in e.b:
                    bullet(b, bl, size=9, glyph="•")
            P(d, "", after=2)
    for h, items in r["extra"]:
        P(d, h.upper(), bold=True, size=11, color=col, before=6, after=2)
        for it in items:
            P(d, it, size=9.5)
    save(d, path)


# ================================================================ w017 icon headings, stars
def dx_icons(r, path):
    d = new_doc(r, "Cambria", 10, 1.7)
    col = "7B2D26"
    icons = {"Work Experience": "💼", "Education": "🎓", "Skills": "★", "Languages": "🗣",
             "Personal Details": "👤", "Declaration": "✍", "Profile": "✦"}
    P(d, r["name"].upper(), bold=True, size=20, color=col, after=0)
    P(d, r["headline"], italic=True, size=11, after=2)
    p = P(d, "", after=8)
    for g, c in zip(["⌂ ", "☎ ", "✉ "], r["contact"]):
        run(p, g, color=col)
        run(p, c + "     ", size=9)

    def head(h):
        p = P(d, "", before=8, after=3)
        run(p, icons.get(h, "▶") + "  ", color=col, size=12)
        run(p, h.upper(), bold=True, color=col, size=11.5)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bt = OxmlElement("w:bottom")
        for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", col)):
            bt.set(qn(f"w:{k}"), v)
        bdr.append(bt)
        pPr.append(bdr)

    head("Profile")
    P(d, r["profile"], size=9.8)
    for h, es in r["exp"]:
        head(h)
        for e in es:
            tabbed(d, e.title, _rng(r, e), 17.6, size=10.5, rbold=True, rcolor=col)
            P(d, f"{e.org}, {e.loc}", italic=True, size=9.5, after=1)
            for b in e.b:
                bullet(d, b, size=9.5, glyph="➤")
    for h, items in r["extra"]:
        head(h)
        for it in items:
            P(d, _side_text(it, stars=True), size=9.5)
    save(d, path)


# ================================================================ w020 three-cell header + body table
def dx_threecell(r, path):
    d = new_doc(r, "Calibri", 10, 1.4)
    col = "2E8B57"
    t = d.add_table(rows=1, cols=3)
    a, b, c = t.rows[0].cells
    a.width, b.width, c.width = Cm(2.6), Cm(8.6), Cm(7.0)
    shade(a, "CFE8DA")
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(a.paragraphs[0], "".join(w[0] for w in r["name"].split())[:2], bold=True, size=20, color=col)
    run(b.paragraphs[0], r["name"], bold=True, size=20)
    P(b, r["headline"].upper(), size=10, color=col)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(c.paragraphs[0], r["contact"][0], size=9)
    for x in r["contact"][1:]:
        P(c, x, size=9, align="right", after=0)
    P(d, "", after=4)
    body = d.add_table(rows=1, cols=2)
    left, right = body.rows[0].cells
    left.width, right.width = Cm(5.2), Cm(13.0)
    shade(left, "F2F7F4")
    left.paragraphs[0].text = ""
    first = True
    for h, items in r["side"]:
        p = left.paragraphs[0] if first else P(left, "", before=8)
        first = False
        run(p, h.upper(), bold=True, color=col, size=10)
        for it in items:
            P(left, _side_text(it, dots=True), size=9)
    for h, items in r["extra"][1:]:
        P(left, h.upper(), bold=True, color=col, size=10, before=8)
        for it in items:
            P(left, it, size=9)
    run(right.paragraphs[0], "ABOUT ME", bold=True, color=col)
    P(right, r["profile"], size=9.5, after=6)
    for h, es in r["exp"]:
        P(right, h.upper(), bold=True, color=col, before=6)
        for e in es:
            p = P(right, "", before=5, after=0)
            run(p, e.title, bold=True, size=10.5)
            if e.org:
                P(right, f"{e.org}  ·  {e.loc}", size=9.5, color="444444", after=0)
            P(right, _rng(r, e), italic=True, size=8.5, color="777777", after=1)
            for bl in e.b:
                bullet(right, bl, size=9.3)
    for h, items in r["extra"][:1]:
        P(right, h.upper(), bold=True, color=col, before=8)
        for it in items:
            P(right, it, size=9.3)
    save(d, path)


# ================================================================ w023 section labels in a left column
def dx_labels(r, path):
    d = new_doc(r, "Helvetica Neue", 9.5, 1.6)
    grey = "8A8A8A"
    P(d, r["name"], bold=True, size=24, after=0)
    P(d, r["headline"], size=12, color="D1495B", after=2)
    P(d, "  /  ".join(r["contact"]), size=8.5, color=grey, after=10)
    t = d.add_table(rows=0, cols=2)

    def row(label):
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(3.2), Cm(14.6)
        run(cells[0].paragraphs[0], label, bold=True, size=8.5, color=grey)
        borders(cells[0], top={"color": "DDDDDD", "sz": 4})
        borders(cells[1], top={"color": "DDDDDD", "sz": 4})
        return cells[1]

    c = row("PROFILE")
    run(c.paragraphs[0], r["profile"], size=9.5)
    for h, es in r["exp"]:
        c = row(h)
        first = True
        for e in es:
            if first:
                p = c.paragraphs[0]
                p.paragraph_format.tab_stops.add_tab_stop(Cm(14.3), WD_TAB_ALIGNMENT.RIGHT)
                run(p, e.org, bold=True, size=10.5)
                run(p, "\t" + _rng(r, e), size=8.5, color=grey)
                first = False
            else:
                tabbed(c, e.org, _rng(r, e), 14.3, size=10.5, rcolor=grey, before=8)
            P(c, f"{e.title}, {e.loc}", italic=True, size=9.5, after=1)
            for b in e.b:
                bullet(c, b, size=9.2, glyph="—")
    for h, items in r["extra"]:
        c = row(h)
        run(c.paragraphs[0], items[0], size=9.5)
        for it in items[1:]:
            P(c, it, size=9.5)
    save(d, path)


# ================================================================ w026 header band, footer, italic date line
def dx_footer(r, path):
    d = new_doc(r, "Calibri", 10, 1.8)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    para_shade(hp, "1D3557")
    run(hp, "  " + r["name"], bold=True, size=16, color="FFFFFF")
    hp2 = sec.header.add_paragraph()
    para_shade(hp2, "1D3557")
    run(hp2, "  " + r["headline"], size=10, color="A8DADC")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(fp, r["footer"], size=7, italic=True, color="999999")
    P(d, " | ".join(r["contact"]), size=9, color="555555", after=6)
    P(d, "Profile", bold=True, size=12, color="1D3557", after=1)
    P(d, r["profile"], size=9.5, after=4)
    for h, es in r["exp"]:
        P(d, h, bold=True, size=12, color="1D3557", before=6, after=1)
        for e in es:
            P(d, e.title, bold=True, size=10.5, before=5, after=0)
            P(d, f"{e.org}, {e.loc}", size=10, color="E63946", after=0)
            P(d, _rng(r, e), italic=True, size=9, color="777777", after=1)
            for b in e.b:
                bullet(d, b, size=9.5)
    for h, items in r["extra"]:
        P(d, h, bold=True, size=12, color="1D3557", before=6, after=1)
        for it in items:
            P(d, it, size=9.5)
    save(d, path)
