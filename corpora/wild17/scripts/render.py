"""Renderers for wild17: reportlab (plain / twocol / canva), fpdf2 (plain / twocol),
python-docx (styles / table / header / sidebar), plain text (form / plain / linkedin), Markdown, HTML.

A résumé is a dict (see defs_a.py); section items are lib.E entries or strings
('B|bold line', 'I|italic line', '- bullet', anything else a plain line)."""
import datetime
import html as htmlmod
import io
import os
import zipfile

from lib import E, date_text, months_of

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
BUL = "\u2022"


# ---------------------------------------------------------------- shared helpers
def dt(e, R):
    return date_text(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))


def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


def header_lines(e, R, prev_org=None):
    """Return list of (kind, left, right) for the entry header. kind: title/sub/plain/orghead/date."""
    order = e.style or R.get("order", "title_org")
    d = dt(e, R)
    L = []
    if order == "title_org":
        L.append(("title", e.title, d))
        if org_loc(e):
            L.append(("sub", org_loc(e), None))
    elif order == "org_title":
        L.append(("title", org_loc(e) or e.title, d))
        if e.org or e.loc:
            L.append(("sub", e.title, None))
    elif order == "dateline":
        L.append(("title", e.title, None))
        if org_loc(e):
            L.append(("sub", org_loc(e), None))
        if d:
            L.append(("date", d, None))
    elif order == "dash":
        L.append(("title", e.title + (" – " + org_loc(e) if org_loc(e) else ""), d))
    elif order == "pipe":
        L.append(("title", " | ".join(p for p in (e.title, e.org, e.loc) if p), d))
    elif order == "inline":
        L.append(("title", ", ".join(p for p in (e.title, e.org, e.loc) if p) + (f" ({d})" if d else ""), None))
    elif order == "oneline":
        L.append(("plain", ", ".join(p for p in (e.title, e.org, e.loc) if p) + (f" — {d}" if d else ""), None))
    elif order == "orgfirst":
        if e.org != prev_org or e.org is None:
            L.append(("orghead", org_loc(e), None))
        L.append(("sub", e.title, d))
    else:
        raise ValueError(order)
    if e.note:
        L.append(("note", e.note, None))
    return L


def entries(R):
    out = []
    for _, items in R["sections"]:
        out += [x for x in items if isinstance(x, E)]
    return out


def vis(its):
    """Items to print: entries flagged hidden exist only in the gold (second half of a split entry)."""
    return [x for x in its if not (isinstance(x, E) and x.hidden)]


def str_item(s):
    if s.startswith("B|"):
        return "bold", s[2:]
    if s.startswith("I|"):
        return "italic", s[2:]
    if s.startswith("- "):
        return "bullet", s[2:]
    return "plain", s


# ---------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit

    size = letter if R.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    page = R.get("page", "plain")
    accent = HexColor(R.get("accent", "#1f4e79"))
    fonts = {"title": ("Helvetica-Bold", 10.5), "sub": ("Helvetica-Oblique", 10), "plain": ("Helvetica", 10),
             "orghead": ("Helvetica-Bold", 10.5), "date": ("Helvetica", 9.5), "note": ("Helvetica-Oblique", 9.5),
             "bold": ("Helvetica-Bold", 10), "italic": ("Helvetica-Oblique", 10), "bullet": ("Helvetica", 10)}
    st = {"y": 0, "x0": 0, "x1": 0, "pageno": 1}

    def sidebar_bg():
        if page == "twocol":
            c.setFillColor(HexColor("#e8edf2"))
            c.rect(0, 0, 190, H, stroke=0, fill=1)
            c.setFillColor(black)
        elif page == "canva":
            c.setFillColor(HexColor("#f3ede4"))
            c.rect(0, 0, 200, H - 110, stroke=0, fill=1)
            c.setFillColor(black)

    def newpage():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 25, f"{R['name']} – page {st['pageno']}")
        c.showPage()
        st["pageno"] += 1
        sidebar_bg()
        st["y"] = H - 50

    def need(h):
        if st["y"] - h < 50:
            newpage()

    def line(text, kind="plain", right=None, indent=0, color=None):
        fn, fs = fonts[kind]
        x0 = st["x0"] + indent
        width = st["x1"] - x0 - (75 if right else 0)
        parts = simpleSplit(text, fn, fs, width) or [""]
        for i, p in enumerate(parts):
            need(fs + 3)
            c.setFont(fn, fs)
            c.setFillColor(color or black)
            if kind == "bullet" and i == 0:
                c.drawString(x0 - 9, st["y"], BUL)
            c.drawString(x0, st["y"], p)
            if right and i == 0:
                c.setFont("Helvetica", 9.5)
                c.drawRightString(st["x1"], st["y"], right)
            st["y"] -= fs + 3.2
        c.setFillColor(black)

    def heading(text):
        need(30)
        st["y"] -= 6
        if page == "canva":
            c.setFillColor(accent)
            c.roundRect(st["x0"] - 4, st["y"] - 4, min(st["x1"] - st["x0"], 12 + 7.5 * len(text)), 17, 6, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(st["x0"] + 2, st["y"] + 1, text.upper())
            c.setFillColor(black)
            st["y"] -= 20
        else:
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColor(accent)
            c.drawString(st["x0"], st["y"], text.upper() if R.get("caps") else text)
            c.setStrokeColor(accent)
            c.setLineWidth(0.6)
            c.line(st["x0"], st["y"] - 3, st["x1"], st["y"] - 3)
            c.setFillColor(black)
            st["y"] -= 17

    def items(its):
        prev = None
        for it in vis(its):
            if isinstance(it, E):
                for kind, left, right in header_lines(it, R, prev):
                    if kind == "date" and page == "canva":
                        line(left, "date", color=accent)
                    else:
                        line(left, kind, right)
                for b in it.bullets:
                    line(b, "bullet", indent=14)
                st["y"] -= 5
                prev = it.org
            else:
                k, t = str_item(it)
                line(t, k, indent=14 if k == "bullet" else 0)
        st["y"] -= 2

    sidebar_bg()
    if page == "canva":
        c.setFillColor(accent)
        c.rect(0, H - 110, W, 110, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(40, H - 55, R["name"])
        c.setFont("Helvetica", 11)
        c.drawString(40, H - 75, R.get("tagline", ""))
        c.setFont("Helvetica", 8.5)
        c.drawString(40, H - 95, "   ·   ".join(R["contact"]))
        c.setFillColor(black)
    elif page == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(210, H - 60, R["name"])
        c.setFont("Helvetica", 10)
        c.drawString(210, H - 78, R.get("tagline", ""))
    else:
        c.setFont("Helvetica-Bold", 18)
        if R.get("head") == "left":
            c.drawString(50, H - 55, R["name"])
            c.setFont("Helvetica", 9.5)
            c.drawString(50, H - 72, "  |  ".join(R["contact"]))
        else:
            c.drawCentredString(W / 2, H - 55, R["name"])
            c.setFont("Helvetica", 9.5)
            c.drawCentredString(W / 2, H - 72, "  |  ".join(R["contact"]))

    # sidebar content first (as a builder would draw it)
    if page in ("twocol", "canva"):
        st["x0"], st["x1"] = 22, 178 if page == "twocol" else 186
        st["y"] = H - 60 if page == "twocol" else H - 135
        if page == "twocol":
            for ct in R["contact"]:
                line(ct, "plain")
            st["y"] -= 8
        for hd, its in R.get("side", []):
            heading(hd)
            for it in vis(its):
                k, t = str_item(it)
                line(t, k, indent=10 if k == "bullet" else 0)
                if page == "canva" and k == "bullet":
                    c.setFillColor(HexColor("#d8cbb8"))
                    c.rect(st["x0"] + 10, st["y"] + 4, 120, 3, stroke=0, fill=1)
                    c.setFillColor(accent)
                    c.rect(st["x0"] + 10, st["y"] + 4, 60 + (len(t) * 7) % 60, 3, stroke=0, fill=1)
                    c.setFillColor(black)
                    st["y"] -= 5
            st["y"] -= 6
        st["x0"], st["x1"] = (210, W - 36) if page == "twocol" else (222, W - 36)
        st["y"] = H - 100 if page == "twocol" else H - 135
    else:
        st["x0"], st["x1"] = 50, W - 50
        st["y"] = H - 95
    if R.get("summary"):
        if R.get("summary_head"):
            heading(R["summary_head"])
        line(R["summary"], "plain")
        st["y"] -= 6
    for hd, its in R["sections"]:
        heading(hd)
        items(its)
    if R.get("footer"):
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 25, f"{R['name']} – page {st['pageno']}")
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fp(R, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4" if R.get("paper") != "letter" else "letter")
    pdf.set_creation_date(datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, 15)
    pdf.set_title(R["name"])
    page = R.get("page", "plain")
    pdf.add_page()
    acc = R.get("accent_rgb", (40, 70, 110))
    if page == "twocol":
        x0, w = 75, 120
    else:
        x0, w = 15, 180

    def put(text, style="", size=10, indent=0, right=None, h=5):
        pdf.set_font("DV", style, size)
        pdf.set_x(x0 + indent)
        if right:
            y = pdf.get_y()
            dw = pdf.get_string_width(right) * 9 / size + 4
            pdf.multi_cell(w - indent - dw, h, text, align="L", new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_xy(x0 + w - dw, y)
            pdf.set_font("DV", "", 9)
            pdf.cell(dw, h, right, align="R")
            pdf.set_y(max(y2, y + h))
        else:
            pdf.multi_cell(w - indent, h, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def heading(t):
        pdf.ln(2)
        pdf.set_text_color(*acc)
        put(t.upper() if R.get("caps") else t, "B", 11.5, h=6)
        pdf.set_draw_color(*acc)
        pdf.line(x0, pdf.get_y(), x0 + w, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    style_of = {"title": ("B", 10.5), "sub": ("I", 10), "plain": ("", 10), "orghead": ("B", 10.5),
                "date": ("", 9.5), "note": ("I", 9.5), "bold": ("B", 10), "italic": ("I", 10), "bullet": ("", 10)}

    # header
    if page == "twocol":
        pdf.set_fill_color(230, 236, 242)
        pdf.rect(0, 0, 65, 297, style="F")
        pdf.set_xy(x0, 15)
        pdf.set_font("DV", "B", 20)
        pdf.cell(w, 10, R["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x0)
        pdf.set_font("DV", "", 10)
        pdf.cell(w, 6, R.get("tagline", ""), new_x="LMARGIN", new_y="NEXT")
        ymain = pdf.get_y() + 4
        # sidebar
        pdf.set_xy(6, 18)
        sx, sw = 6, 55
        pdf.set_font("DV", "", 8.5)
        for ct in R["contact"]:
            pdf.set_x(sx)
            pdf.multi_cell(sw, 4.5, ct, align="L", new_x="LMARGIN", new_y="NEXT")
        for hd, its in R.get("side", []):
            pdf.ln(3)
            pdf.set_x(sx)
            pdf.set_font("DV", "B", 10)
            pdf.cell(sw, 6, hd.upper(), new_x="LMARGIN", new_y="NEXT")
            for it in vis(its):
                k, t = str_item(it)
                st, sz = style_of[k]
                pdf.set_font("DV", st, 8.5)
                pdf.set_x(sx)
                pdf.multi_cell(sw, 4.5, (BUL + " " if k == "bullet" else "") + t, align="L", new_x="LMARGIN",
                               new_y="NEXT")
        pdf.set_y(ymain)
    else:
        pdf.set_font("DV", "B", 18)
        align = "L" if R.get("head") == "left" else "C"
        pdf.cell(0, 10, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        pdf.cell(0, 5, "  •  ".join(R["contact"]), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if R.get("summary"):
        if R.get("summary_head"):
            heading(R["summary_head"])
        put(R["summary"])
        pdf.ln(1)
    for hd, its in R["sections"]:
        heading(hd)
        prev = None
        for it in vis(its):
            if isinstance(it, E):
                for kind, left, right in header_lines(it, R, prev):
                    st, sz = style_of[kind]
                    put(left, st, sz, right=right)
                for b in it.bullets:
                    put(BUL + " " + b, "", 10, indent=4)
                pdf.ln(1.5)
                prev = it.org
            else:
                k, t = str_item(it)
                st, sz = style_of[k]
                put((BUL + " " if k == "bullet" else "") + t, st, sz, indent=4 if k == "bullet" else 0)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_zip(path):
    """Rewrite the zip with fixed timestamps so the build is byte-reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(R, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    cp = d.core_properties
    cp.author = R["name"]
    cp.created = cp.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_modified_by = R["name"]
    cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    page = R.get("page", "styles")
    normal = d.styles["Normal"]
    normal.font.name = R.get("font", "Calibri")
    normal.font.size = Pt(10.5)
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # header: name and contact
    if page == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        if R.get("header_extra"):
            sec.header.add_paragraph(R["header_extra"])
        fp = sec.footer.paragraphs[0]
        fp.text = R.get("footer_text", "")
    target = d
    if page == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        shade(left, "DCE6F0")
        lp = left.paragraphs[0]
        rr = lp.add_run(R["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for ct in R["contact"]:
            left.add_paragraph(ct)
        for hd, its in R.get("side", []):
            p = left.add_paragraph()
            rr = p.add_run(hd.upper())
            rr.bold = True
            for it in vis(its):
                k, tx = str_item(it)
                p = left.add_paragraph((BUL + " " if k == "bullet" else "") + tx)
                if k == "bold":
                    for run in p.runs:
                        run.bold = True
        target = right
        first = right.paragraphs[0]
        first.add_run(R.get("tagline", "")).italic = True
    elif page != "header":
        h = d.add_paragraph()
        rn = h.add_run(R["name"])
        rn.bold = True
        rn.font.size = Pt(18)
        d.add_paragraph(" · ".join(R["contact"]))

    def para(text="", style=None, bold=False, italic=False, right=None):
        if style and target is d:
            p = d.add_paragraph(style=style)
        else:
            p = target.add_paragraph()
            if style == "List Bullet":
                text = BUL + " " + text
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(
                tabpos if target is d else Cm(11), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    def heading(t):
        if target is d and page != "table":
            d.add_heading(t, level=1 if R.get("hlevel", 1) == 1 else 2)
        else:
            p = target.add_paragraph()
            r = p.add_run(t.upper())
            r.bold = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    if R.get("summary"):
        if R.get("summary_head"):
            heading(R["summary_head"])
        para(R["summary"])
    for hd, its in R["sections"]:
        heading(hd)
        prev = None
        for it in vis(its):
            if isinstance(it, E):
                hl = header_lines(it, R, prev)
                if page == "table" and (it.style or R.get("order")) not in ("oneline",):
                    tb = d.add_table(rows=1, cols=2)
                    no_borders(tb)
                    a, b = tb.rows[0].cells
                    a.width, b.width = Cm(12.5), Cm(4.5)
                    a.paragraphs[0].add_run(hl[0][1]).bold = True
                    for kind, left, right in hl[1:]:
                        a.add_paragraph().add_run(left).italic = True
                    b.paragraphs[0].add_run(hl[0][2] or "")
                    b.paragraphs[0].alignment = 2
                    if len(hl) > 1 and hl[1][2]:
                        b.add_paragraph(hl[1][2])
                else:
                    for kind, left, right in hl:
                        para(left, bold=kind in ("title", "orghead"), italic=kind in ("sub", "note"), right=right)
                for bl in it.bullets:
                    para(bl, style="List Bullet")
                prev = it.org
            else:
                k, tx = str_item(it)
                para(tx, style="List Bullet" if k == "bullet" else None, bold=k == "bold", italic=k == "italic")
    d.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- plain text
def _months_label(e):
    n = len(months_of(e))
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


def render_txt(R, path):
    page = R.get("page", "plain")
    out = [R["name"]]
    out += R["contact"]
    out.append("")
    if R.get("summary"):
        if R.get("summary_head"):
            out.append(R["summary_head"].upper() if page == "plain" else R["summary_head"])
        out.append(R["summary"])
        out.append("")
    for hd, its in R["sections"]:
        if page == "form":
            out.append(f"== {hd} ==")
        elif page == "linkedin":
            out.append(hd)
        else:
            out.append(hd.upper())
            out.append("-" * len(hd))
        prev = None
        for it in vis(its):
            if isinstance(it, E):
                if page == "form" and (it.style is None):
                    out.append(f"Job title: {it.title}")
                    out.append(f"Employer: {it.org or ''}")
                    if it.loc:
                        out.append(f"Location: {it.loc}")
                    if it.dates:
                        out.append(f"Dates: {it.dates}")
                    else:
                        out.append("From: " + date_text(E('', None, None, it.start, it.start, 'none', prec=it.prec), R.get('dstyle'), R.get('present', 'Present')) if it.start else "From:")
                        out.append("To: " + (R.get("present", "Present") if it.end == "present" else date_text(E('', None, None, it.end, it.end, 'none', prec=it.prec), R.get('dstyle'), R.get('present', 'Present'))) if it.end else "To:")
                    if it.note:
                        out.append(f"Hours: {it.note}")
                    if it.bullets:
                        out.append("Main duties: " + "; ".join(b.rstrip(".") for b in it.bullets) + ".")
                    out.append("")
                elif page == "linkedin" and it.style is None:
                    out.append(it.title)
                    et = {"paid": R.get("li_type", {}).get(it.title, "Full-time"), "volunteer": "Volunteer",
                          "internship": "Internship", "freelance": "Freelance"}.get(it.etype, "")
                    out.append(f"{it.org} · {et}" if it.org else et)
                    d = dt(it, R)
                    out.append(f"{d} · {_months_label(it)}" if it.start and it.dates is None else d)
                    if it.loc:
                        out.append(it.loc)
                    for b in it.bullets:
                        out.append(b)
                    out.append("")
                else:
                    for kind, left, right in header_lines(it, R, prev):
                        if kind == "orghead":
                            out.append(left.upper() if R.get("caps_org") else left)
                        else:
                            out.append(left + (("   " + right) if right else ""))
                    for b in it.bullets:
                        out.append(R.get("bullet", "* ") + b)
                    out.append("")
                prev = it.org
            else:
                k, tx = str_item(it)
                out.append(("- " if k == "bullet" else "") + tx)
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- markdown
def render_md(R, path):
    out = [f"# {R['name']}", "", " | ".join(R["contact"]), ""]
    if R.get("summary"):
        if R.get("summary_head"):
            out += [f"## {R['summary_head']}", ""]
        out += [R["summary"], ""]
    mdstyle = R.get("md", "h3")
    for hd, its in R["sections"]:
        out += [f"## {hd}", ""]
        prev = None
        for it in vis(its):
            if isinstance(it, E):
                d = dt(it, R)
                if it.style == "oneline":
                    out.append("- " + header_lines(it, R)[0][1])
                    prev = it.org
                    continue
                if mdstyle == "h3":
                    out.append(f"### {it.title}")
                    out.append(" · ".join(p for p in (f"**{it.org}**" if it.org else None, it.loc, f"*{d}*" if d else None) if p))
                elif mdstyle == "bold":
                    out.append(f"**{it.title}**, {org_loc(it)} — _{d}_" if org_loc(it) else f"**{it.title}** — _{d}_")
                elif mdstyle == "orgh3":
                    if it.org != prev:
                        out.append(f"### {org_loc(it)}")
                    out.append(f"**{it.title}** ({d})")
                if it.note:
                    out.append(f"_{it.note}_")
                out.append("")
                for b in it.bullets:
                    out.append(f"- {b}")
                out.append("")
                prev = it.org
            else:
                k, tx = str_item(it)
                out.append({"bold": f"**{tx}**", "italic": f"*{tx}*", "bullet": f"- {tx}"}.get(k, tx))
                if k != "bullet":
                    out.append("")
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(R, path):
    esc = htmlmod.escape
    page = R.get("page", "divs")
    o = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(R['name'])} – Résumé</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:2em auto;color:#222}"
         "h2{border-bottom:2px solid #2b6777;color:#2b6777;font-size:1.05em;text-transform:uppercase}"
         ".job{margin-bottom:1em}.dates{float:right;color:#555}.org{font-style:italic}"
         "td{vertical-align:top;padding:2px 8px}</style></head><body>"]
    o.append(f"<header><h1>{esc(R['name'])}</h1><p>{' &middot; '.join(esc(c) for c in R['contact'])}</p></header>")
    if R.get("summary"):
        if R.get("summary_head"):
            o.append(f"<h2>{esc(R['summary_head'])}</h2>")
        o.append(f"<p>{esc(R['summary'])}</p>")
    for hd, its in R["sections"]:
        o.append(f"<section><h2>{esc(hd)}</h2>")
        if page == "table":
            o.append('<table>')
        pending_ul = []

        def flush():
            if pending_ul:
                ul = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in pending_ul) + "</ul>"
                o.append(f"<tr><td colspan=2>{ul}</td></tr>" if page == "table" else ul)
                pending_ul.clear()
        for it in vis(its):
            if isinstance(it, E):
                flush()
                d = dt(it, R)
                bl = "".join(f"<li>{esc(b)}</li>" for b in it.bullets)
                bl = f"<ul>{bl}</ul>" if bl else ""
                note = f'<div class="note"><em>{esc(it.note)}</em></div>' if it.note else ""
                if it.style == "oneline":
                    line = esc(header_lines(it, R)[0][1])
                    o.append(f"<tr><td colspan=2>{line}</td></tr>" if page == "table" else f"<p>{line}</p>")
                elif page == "table":
                    o.append(f'<tr><td class="when">{esc(d)}</td><td><strong>{esc(it.title)}</strong>'
                             f'{"<br>" + esc(org_loc(it)) if org_loc(it) else ""}{note}{bl}</td></tr>')
                else:
                    o.append(f'<div class="job"><span class="dates">{esc(d)}</span>'
                             f'<h3>{esc(it.title)}</h3>'
                             f'{"<div class=org>" + esc(org_loc(it)) + "</div>" if org_loc(it) else ""}{note}{bl}</div>')
            else:
                k, tx = str_item(it)
                if k == "bullet":
                    pending_ul.append(tx)
                    continue
                flush()
                tag = {"bold": "strong", "italic": "em"}.get(k)
                inner = f"<{tag}>{esc(tx)}</{tag}>" if tag else esc(tx)
                o.append(f"<tr><td colspan=2>{inner}</td></tr>" if page == "table" else f"<p>{inner}</p>")
        flush()
        if page == "table":
            o.append("</table>")
        o.append("</section>")
    o.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


RENDERERS = {"rl": render_rl, "fp": render_fp, "docx": render_docx, "txt": render_txt, "md": render_md,
             "html": render_html}
