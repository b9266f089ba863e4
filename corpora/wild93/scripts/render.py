"""Renderers for wild93: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html as _html
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def _j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_items(e, o):
    order = e.hints.get("order", o.get("order", "title_org"))
    d = fmt_range(e, e.hints.get("dstyle", o.get("dstyle", "mon")), o.get("present", "Present"),
                  o.get("sep", " – "))
    it = []
    if e.head is not None:
        heads = e.head if isinstance(e.head, list) else [e.head]
        it.append(("h", heads[0], e.hints.get("right", "")))
        it += [("t", x) for x in heads[1:]]
    elif order == "title_org":
        it += [("h", e.title, d)]
        if e.org or e.loc:
            it.append(("s", _j(e.org, e.loc)))
    elif order == "org_title":
        it += [("h", _j(e.org, e.loc), d), ("s", e.title)]
    elif order == "dash":
        it += [("h", _j(e.title, _j(e.org, e.loc), sep=" – "), d)]
    elif order == "dash_inline":
        it += [("h", _j(e.title, _j(e.org, e.loc), sep=" - ") + f" ({d})", "")]
    elif order == "pipe":
        it += [("h", _j(e.title, e.org, e.loc, sep=" | "), d)]
    elif order == "oneline":
        it += [("t", _j(e.title, e.org, e.loc, d))]
    elif order == "datesfirst":
        it += [("h", f"{d}    " + _j(e.title, e.org, e.loc), "")]
    elif order == "datesfirst_t":
        it += [("t", f"{d}: " + _j(e.title, e.org, e.loc))]
    elif order == "labelled":
        lab = o.get("labels", ("Designation", "Company", "Duration"))
        it += [("t", f"{lab[0]}: {e.title}")]
        if e.org:
            it.append(("t", f"{lab[1]}: " + _j(e.org, e.loc)))
        it.append(("t", f"{lab[2]}: {d}"))
    elif order == "dateline":
        it += [("h", e.title, ""), ("t", _j(e.org, e.loc)), ("t", d)]
    elif order == "title_at":
        it += [("h", f"{e.title} at {e.org}" + (f", {e.loc}" if e.loc else ""), d)]
    else:
        raise ValueError(order)
    it += body_items(e, o)
    return it


def body_items(e, o):
    it = []
    if e.para:
        it.append(("p", " ".join(e.bullets)))
    else:
        ch = e.hints.get("bullet", o.get("bullet", "•"))
        it += [("b", b, ch) for b in e.bullets]
    return it


def build_items(r):
    o = r.get("opts", {})
    items = []
    for blk in r["blocks"]:
        kind, head = blk[0], blk[1]
        if head:
            items.append(("sec", head))
        if kind == "text":
            items += [("p", x) for x in blk[2]]
        elif kind == "lines":
            items += [("t", x) for x in blk[2]]
        elif kind in ("list", "side"):
            ch = o.get("bullet", "•")
            items += [("b", x, ch) for x in blk[2]]
        elif kind == "jobs":
            bo = dict(o, **(blk[3] if len(blk) > 3 else {}))
            ents = blk[2]
            if bo.get("order") == "orgfirst":
                i = 0
                while i < len(ents):
                    g = [ents[i]]
                    while i + len(g) < len(ents) and ents[i + len(g)].org == ents[i].org:
                        g.append(ents[i + len(g)])
                    items.append(("h", _j(g[0].org, g[0].loc), bo.get("grp_right", {}).get(g[0].org, "")))
                    for e in g:
                        d = fmt_range(e, bo.get("dstyle", "mon"), bo.get("present", "Present"), bo.get("sep", " – "))
                        items.append(("h2", e.title, d))
                        items += body_items(e, bo)
                    items.append(("gap",))
                    i += len(g)
            else:
                for e in ents:
                    items += entry_items(e, bo)
                    items.append(("gap",))
        elif kind == "table":
            bo = dict(o, **(blk[4] if len(blk) > 4 else {}))
            cols = blk[3]
            items.append(("thead", [c[0] for c in cols]))
            for e in blk[2]:
                row = []
                for _, key in cols:
                    if key == "dates":
                        row.append(fmt_range(e, bo.get("dstyle", "mon"), bo.get("present", "Present"), bo.get("sep", " – ")))
                    elif key == "title":
                        row.append(e.title)
                    elif key == "org":
                        row.append(e.org or "")
                    elif key == "loc":
                        row.append(e.loc or "")
                    elif key == "orgloc":
                        row.append(_j(e.org, e.loc))
                    elif key == "note":
                        row.append("; ".join(e.bullets))
                row.append(None)
                items.append(("row", row[:-1]))
        items.append(("gap",))
    return items


def side_items(r):
    out = []
    for blk in r.get("side", []):
        out.append(("sec", blk[0]))
        out += [("t", x) for x in blk[1]]
        out.append(("gap",))
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    o = r.get("opts", {})
    W, H = LETTER if o.get("page") == "letter" else A4
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(r["name"] + " - Resume")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    lay = r.get("layout", "plain")
    left, right = 54, W - 54
    bottom = 60 if o.get("footer") else 48
    page = [1]

    def wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    def footer():
        if o.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 30, o["footer"].format(page=page[0]))

    y = H - 54
    if lay == "sidebar":
        sw = 170
        c.setFillColorRGB(*o.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in wrap(r["name"], "Helvetica-Bold", 15, sw - 36):
            c.drawString(18, sy, ln)
            sy -= 18
        sy -= 6
        c.setFont("Helvetica", 8.5)
        for ln in r["contact"]:
            c.drawString(18, sy, ln)
            sy -= 12
        sy -= 10
        for it in side_items(r):
            if it[0] == "sec":
                c.setFont("Helvetica-Bold", 10)
                c.drawString(18, sy, it[1].upper())
                sy -= 14
            elif it[0] == "t":
                c.setFont("Helvetica", 8.5)
                for ln in wrap(it[1], "Helvetica", 8.5, sw - 36):
                    c.drawString(18, sy, ln)
                    sy -= 11
            else:
                sy -= 6
        left = sw + 24
        right = W - 40
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(left, y, r["name"])
        if r.get("headline"):
            c.setFont("Helvetica", 10.5)
            c.drawString(left, y - 16, r["headline"])
        c.setFont("Helvetica", 9)
        cy = y + 4
        for ln in r["contact"]:
            c.drawRightString(right, cy, ln)
            cy -= 12
        y = min(y - 30, cy) - 8
        c.line(left, y + 6, right, y + 6)
        y -= 10
    else:
        c.setFont("Helvetica-Bold", 18)
        if o.get("center"):
            c.drawCentredString(W / 2, y, r["name"])
        else:
            c.drawString(left, y, r["name"])
        y -= 16
        c.setFont("Helvetica", 9.5)
        if r.get("headline"):
            (c.drawCentredString(W / 2, y, r["headline"]) if o.get("center") else c.drawString(left, y, r["headline"]))
            y -= 13
        line = "  |  ".join(r["contact"])
        for ln in wrap(line, "Helvetica", 9.5, right - left):
            (c.drawCentredString(W / 2, y, ln) if o.get("center") else c.drawString(left, y, ln))
            y -= 12
        y -= 8
    width = right - left

    def need(h):
        nonlocal y
        if y - h < bottom:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 54

    items = build_items(r)
    ncols = None
    for it in items:
        k = it[0]
        if k == "sec":
            need(30)
            y -= 6
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(left, y, it[1].upper() if o.get("caps", True) else it[1])
            if o.get("rule", True):
                c.setLineWidth(0.5)
                c.line(left, y - 3, right, y - 3)
            y -= 17
        elif k in ("h", "h2"):
            f, s = ("Helvetica-Bold", 10.5) if k == "h" else ("Helvetica-BoldOblique", 10)
            rw = stringWidth(it[2], "Helvetica", 9.5) + 10 if it[2] else 0
            lines = wrap(it[1], f, s, width - rw)
            need(14 * len(lines))
            c.setFont(f, s)
            for i, ln in enumerate(lines):
                c.drawString(left, y, ln)
                if i == 0 and it[2]:
                    c.setFont("Helvetica", 9.5)
                    c.drawRightString(right, y, it[2])
                    c.setFont(f, s)
                y -= 13.5
        elif k == "s":
            need(13)
            c.setFont("Helvetica-Oblique", 10)
            for ln in wrap(it[1], "Helvetica-Oblique", 10, width):
                c.drawString(left, y, ln)
                y -= 13
        elif k in ("t", "p"):
            for ln in wrap(it[1], "Helvetica", 9.8, width):
                need(13)
                c.setFont("Helvetica", 9.8)
                c.drawString(left, y, ln)
                y -= 12.5
            if k == "p":
                y -= 3
        elif k == "b":
            ch = it[2]
            ind = 12 if ch else 0
            lines = wrap(it[1], "Helvetica", 9.8, width - ind)
            for i, ln in enumerate(lines):
                need(13)
                c.setFont("Helvetica", 9.8)
                if i == 0 and ch:
                    c.drawString(left + 2, y, ch)
                c.drawString(left + ind, y, ln)
                y -= 12.5
        elif k in ("thead", "row"):
            cells = it[1]
            fr = o.get("colfrac") or [1 / len(cells)] * len(cells)
            xs, x = [], left
            for f_ in fr:
                xs.append(x)
                x += f_ * width
            font = "Helvetica-Bold" if k == "thead" else "Helvetica"
            wrapped = [wrap(cl, font, 9.3, fr[i] * width - 6) for i, cl in enumerate(cells)]
            n = max(len(w_) for w_ in wrapped)
            need(12 * n + 4)
            c.setFont(font, 9.3)
            for i, w_ in enumerate(wrapped):
                for j, ln in enumerate(w_):
                    c.drawString(xs[i], y - 12 * j, ln)
            y -= 12 * n + 4
        elif k == "gap":
            y -= 4
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    fdir = "/usr/share/fonts/truetype/dejavu/"

    class P(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, o["footer"].format(page=self.page_no()), align="C")

    pdf = P(format="letter" if o.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.set_creator("LibreOffice Writer")
    pdf.add_font("dv", "", fdir + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", fdir + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", fdir + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.get("layout", "left")
    if lay == "sidebar":
        sw = 62
        pdf.set_fill_color(*o.get("side_rgb", (235, 240, 232)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(8, 18)
        pdf.set_font("dv", "B", 13)
        pdf.multi_cell(sw - 14, 6, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 7.5)
        for ln in r["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(sw - 14, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        for it in side_items(r):
            pdf.set_x(8)
            if it[0] == "sec":
                pdf.ln(3)
                pdf.set_x(8)
                pdf.set_font("dv", "B", 9)
                pdf.multi_cell(sw - 14, 5, it[1].upper(), new_x="LMARGIN", new_y="NEXT")
            elif it[0] == "t":
                pdf.set_font("dv", "", 7.5)
                pdf.multi_cell(sw - 14, 4.2, it[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 18)
    else:
        al = "C" if lay == "centred" else "L"
        if lay == "twocol":
            pdf.set_font("dv", "B", 18)
            y0 = pdf.get_y()
            pdf.cell(0, 9, r["name"], new_x="LMARGIN", new_y="NEXT")
            if r.get("headline"):
                pdf.set_font("dv", "", 10)
                pdf.cell(0, 5, r["headline"], new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_font("dv", "", 8.5)
            pdf.set_y(y0)
            for ln in r["contact"]:
                pdf.cell(0, 4.3, ln, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()) + 2)
            pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y())
            pdf.ln(3)
        else:
            pdf.set_font("dv", "B", 17)
            pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 9)
            if r.get("headline"):
                pdf.cell(0, 5, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 4.6, " · ".join(r["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    for it in build_items(r):
        k = it[0]
        if k == "sec":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 6, it[1].upper() if o.get("caps", True) else it[1], new_x="LMARGIN", new_y="NEXT")
            if o.get("rule", True):
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif k in ("h", "h2"):
            pdf.set_font("dv", "B" if k == "h" else "I", 10 if k == "h" else 9.5)
            if it[2]:
                pdf.set_font("dv", "", 9)
                rw = pdf.get_string_width(it[2]) + 3
                pdf.set_font("dv", "B" if k == "h" else "I", 10 if k == "h" else 9.5)
                x0, y0 = pdf.get_x(), pdf.get_y()
                full = pdf.w - pdf.r_margin - pdf.l_margin
                pdf.multi_cell(full - rw, 5.2, it[1], new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                if y1 < y0:
                    y0 = pdf.t_margin
                pdf.set_xy(pdf.w - pdf.r_margin - rw, y0)
                pdf.set_font("dv", "", 9)
                pdf.cell(rw, 5.2, it[2], align="R")
                pdf.set_xy(pdf.l_margin, max(y1, y0 + 5.2))
            else:
                pdf.multi_cell(0, 5.2, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "s":
            pdf.set_font("dv", "I", 9.5)
            pdf.multi_cell(0, 5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("t", "p"):
            pdf.set_font("dv", "", 9.3)
            pdf.multi_cell(0, 4.7, it[1], new_x="LMARGIN", new_y="NEXT")
            if k == "p":
                pdf.ln(1)
        elif k == "b":
            pdf.set_font("dv", "", 9.3)
            if it[2]:
                pdf.cell(5, 4.7, it[2])
                pdf.multi_cell(0, 4.7, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4.7, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("thead", "row"):
            cells = it[1]
            full = pdf.w - pdf.r_margin - pdf.l_margin
            fr = o.get("colfrac") or [1 / len(cells)] * len(cells)
            pdf.set_font("dv", "B" if k == "thead" else "", 8.8)
            y0 = pdf.get_y()
            if y0 > pdf.h - 35:
                pdf.add_page()
                y0 = pdf.get_y()
            x, ymax = pdf.l_margin, y0
            for i, cl in enumerate(cells):
                pdf.set_xy(x, y0)
                pdf.multi_cell(fr[i] * full - 1, 4.6, cl, new_x="RIGHT", new_y="TOP")
                ymax = max(ymax, pdf.get_y())
                x += fr[i] * full
            # measure heights
            hmax = max(len(pdf.multi_cell(fr[i] * full - 1, 4.6, cl, dry_run=True, output="LINES")) for i, cl in enumerate(cells))
            pdf.set_xy(pdf.l_margin, y0 + hmax * 4.6 + 1.2)
        elif k == "gap":
            pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    o = r.get("opts", {})
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    cp.revision = 3
    cp.last_modified_by = r["name"]
    mode = o.get("entry", "styles")
    tabpos = Inches(6.9)

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexfill)
        tcPr.append(sh)

    if r.get("layout") == "header":
        hp = sec.header.paragraphs[0]
        hp.text = ""
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        for ln in r["contact"]:
            sec.header.add_paragraph(ln)
        if r.get("headline"):
            d.add_paragraph(r["headline"]).runs[0].italic = True
        body = d
    elif r.get("layout") == "sidebar":
        t = d.add_table(rows=1, cols=2)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Inches(2.1), Inches(4.8)
        shade(lc, o.get("side_hex", "DCE6F0"))
        p = lc.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for ln in r["contact"]:
            lc.add_paragraph(ln).runs[0].font.size = Pt(9)
        for blk in r.get("side", []):
            pp = lc.add_paragraph()
            rr = pp.add_run(blk[0].upper())
            rr.bold = True
            for ln in blk[1]:
                lc.add_paragraph(ln).runs[0].font.size = Pt(9)
        body = rc
        body.paragraphs[0].text = r.get("headline", "")
    else:
        if mode == "styles" and o.get("title_style"):
            d.add_paragraph(r["name"], style="Title")
        else:
            p = d.add_paragraph()
            rr = p.add_run(r["name"])
            rr.bold = True
            rr.font.size = Pt(18)
        if r.get("headline"):
            d.add_paragraph(r["headline"])
        d.add_paragraph(" | ".join(r["contact"]))
        body = d
    if r.get("layout") == "header" or r.get("layout") != "sidebar":
        for blk in r.get("side", []):
            pp = body.add_paragraph()
            pp.add_run(blk[0]).bold = True
            body.add_paragraph(", ".join(blk[1]))

    def para(text="", style=None):
        if style:
            try:
                return body.add_paragraph(text, style=style)
            except KeyError:
                pass
        return body.add_paragraph(text)

    table_cols = None
    last_cell = None
    for it in build_items(r):
        k = it[0]
        if k == "s" and last_cell is not None:
            last_cell.add_paragraph().add_run(it[1]).italic = True
            last_cell = None
            continue
        last_cell = None
        if k == "sec":
            if mode == "styles":
                para(it[1], "Heading 1")
            else:
                p = para()
                rr = p.add_run(it[1].upper())
                rr.bold = True
                rr.font.size = Pt(12)
                rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            table_cols = None
        elif k in ("h", "h2"):
            if mode == "table" and it[2]:
                t = body.add_table(rows=1, cols=2)
                a, b = t.rows[0].cells
                a.width, b.width = Inches(4.9), Inches(2.0)
                a.paragraphs[0].add_run(it[1]).bold = True
                b.paragraphs[0].text = it[2]
                b.paragraphs[0].alignment = 2
                last_cell = a
            elif mode == "styles" and k == "h":
                p = para(it[1] + (f" ({it[2]})" if it[2] and o.get("paren") else ""), "Heading 2")
                if it[2] and not o.get("paren"):
                    para(it[2]).runs[0].italic = True
            else:
                p = para()
                if it[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos if r.get("layout") != "sidebar" else Inches(4.6), WD_TAB_ALIGNMENT.RIGHT)
                rr = p.add_run(it[1])
                rr.bold = k == "h"
                rr.italic = k == "h2"
                if it[2]:
                    p.add_run("\t" + it[2])
        elif k == "s":
            p = para()
            p.add_run(it[1]).italic = True
        elif k in ("t", "p"):
            para(it[1])
        elif k == "b":
            if it[2] == "•":
                para(it[1], "List Bullet")
            else:
                para((it[2] + " " if it[2] else "") + it[1])
        elif k == "thead":
            table_cols = body.add_table(rows=1, cols=len(it[1]))
            try:
                table_cols.style = "Table Grid"
            except Exception:
                pass
            for i, cl in enumerate(it[1]):
                table_cols.rows[0].cells[i].paragraphs[0].add_run(cl).bold = True
        elif k == "row":
            cells = table_cols.add_row().cells
            for i, cl in enumerate(it[1]):
                cells[i].text = cl
    d.save(path)
    _fix_zip(path)


def _fix_zip(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        ents = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in ents:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    o = r.get("opts", {})
    hs = o.get("txt_head", "caps")
    wid = o.get("width", 78)
    out = [r["name"].upper() if o.get("name_caps") else r["name"]]
    if r.get("headline"):
        out.append(r["headline"])
    out += r["contact"] if o.get("contact_lines") else [" | ".join(r["contact"])]
    out.append("")
    for blk in r.get("side", []):
        out.append(blk[0].upper() + ":" if hs != "underline" else blk[0])
        out.append(", ".join(blk[1]))
        out.append("")
    for it in build_items(r):
        k = it[0]
        if k == "sec":
            if hs == "caps":
                out.append(it[1].upper())
            elif hs == "underline":
                out += [it[1], "-" * len(it[1])]
            elif hs == "colon":
                out.append(it[1] + ":")
            elif hs == "equals":
                out += [it[1].upper(), "=" * len(it[1])]
        elif k in ("h", "h2"):
            ind = "  " if k == "h2" else ""
            if it[2]:
                if o.get("pad"):
                    gap = max(2, wid - len(ind + it[1]) - len(it[2]))
                    out.append(ind + it[1] + " " * gap + it[2])
                else:
                    out.append(ind + it[1] + o.get("rsep", ", ") + it[2])
            else:
                out.append(ind + it[1])
        elif k in ("s", "t", "p"):
            out.append(it[1])
        elif k == "b":
            out.append(((it[2] + " ") if it[2] else "") + it[1])
        elif k in ("thead", "row"):
            ws = o.get("colw", [24] * len(it[1]))
            out.append("".join(cl.ljust(ws[i]) for i, cl in enumerate(it[1])).rstrip())
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(r, path):
    o = r.get("opts", {})
    out = [f"# {r['name']}", ""]
    if r.get("headline"):
        out += [f"**{r['headline']}**", ""]
    out += ["  \n".join(r["contact"]) if o.get("contact_lines") else " · ".join(r["contact"]), ""]
    for blk in r.get("side", []):
        out += [f"**{blk[0]}:** " + ", ".join(blk[1]), ""]
    for it in build_items(r):
        k = it[0]
        if k == "sec":
            out += [f"## {it[1]}", ""]
        elif k == "h":
            if o.get("md_h") == "plain":
                out.append(it[1] + ((" — " + it[2]) if it[2] else ""))
            elif o.get("md_h") == "bold":
                out.append(f"**{it[1]}**" + (f" — *{it[2]}*" if it[2] else "") + "  ")
            else:
                out += [f"### {it[1]}"] + ([f"*{it[2]}*  "] if it[2] else [])
        elif k == "h2":
            out.append(f"**{it[1]}**" + (f", {it[2]}" if it[2] else "") + "  ")
        elif k == "s":
            out.append(f"*{it[1]}*  ")
        elif k == "t":
            out.append(it[1] + "  ")
        elif k == "p":
            out += [it[1], ""]
        elif k == "b":
            out.append(("- " if it[2] else "") + it[1])
        elif k == "thead":
            out += ["| " + " | ".join(it[1]) + " |", "|" + "---|" * len(it[1])]
        elif k == "row":
            out.append("| " + " | ".join(it[1]) + " |")
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(r, path):
    o = r.get("opts", {})
    E = _html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{E(r['name'])} - Resume</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto}"
           ".r{float:right;color:#555}h2{border-bottom:1px solid #999}td,th{padding:3px 8px;text-align:left}</style>",
           "</head><body>", f"<h1>{E(r['name'])}</h1>"]
    if r.get("headline"):
        out.append(f"<p><em>{E(r['headline'])}</em></p>")
    out.append("<p>" + " &middot; ".join(E(x) for x in r["contact"]) + "</p>")
    for blk in r.get("side", []):
        out.append(f"<p><strong>{E(blk[0])}:</strong> " + E(", ".join(blk[1])) + "</p>")
    inlist = intable = False
    for it in build_items(r):
        k = it[0]
        if k != "b" and inlist:
            out.append("</ul>")
            inlist = False
        if k not in ("row",) and intable:
            out.append("</table>")
            intable = False
        if k == "sec":
            out.append(f"<h2>{E(it[1])}</h2>")
        elif k in ("h", "h2"):
            tag = "h3" if k == "h" else "h4"
            r_ = f"<span class=\"r\">{E(it[2])}</span>" if it[2] else ""
            out.append(f"<{tag}>{r_}{E(it[1])}</{tag}>")
        elif k == "s":
            out.append(f"<p><em>{E(it[1])}</em></p>")
        elif k in ("t", "p"):
            out.append(f"<p>{E(it[1])}</p>")
        elif k == "b":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{E(it[1])}</li>")
        elif k == "thead":
            out.append("<table><tr>" + "".join(f"<th>{E(x)}</th>" for x in it[1]) + "</tr>")
            intable = True
        elif k == "row":
            out.append("<tr>" + "".join(f"<td>{E(x)}</td>" for x in it[1]) + "</tr>")
    if inlist:
        out.append("</ul>")
    if intable:
        out.append("</table>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
