"""Renderers for wild60: reportlab canvas, fpdf2, python-docx, text, HTML, Markdown."""
import datetime
import html
import io
import zipfile

from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ----------------------------------------------------------------- shared entry header

def dates_of(e, r):
    style, present, sep = r.get("dates", ("mon", "Present", " – "))
    return fmt_range(e, style, present, sep)


def orgloc(e, joiner=", "):
    return joiner.join(x for x in (e.org, e.loc) if x)


def entry_head(e, r, prev_org=None):
    """List of (weight, text, dates) lines; weight b/i/n/B; dates None when not on that line."""
    order = r.get("order", "title_org")
    d = dates_of(e, r) or None
    ol = orgloc(e)
    if order == "title_org":
        out = [("b", e.title, d)]
        if ol:
            out.append(("i", ol, None))
        return out
    if order == "org_title":
        if ol:
            return [("b", ol, d), ("i", e.title, None)]
        return [("b", e.title, d)]
    if order == "dash":
        return [("b", e.title + (" – " + ol if ol else ""), d)]
    if order == "pipe":
        return [("b", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    if order == "dateline":
        out = [("b", e.title, None)]
        if ol:
            out.append(("n", ol, None))
        if d:
            out.append(("i", d, None))
        return out
    if order == "orgfirst":
        out = []
        if e.org and e.org != prev_org:
            out.append(("B", ol, None))
        out.append(("b", e.title if e.org else " – ".join(x for x in (e.title, e.loc) if x), d))
        return out
    raise ValueError(order)


def duty_items(e, r):
    """('bullets', [..]) or ('prose', text)."""
    if not e.bullets:
        return None
    if r.get("prose") or e.title in r.get("prose_for", ()):
        return ("prose", " ".join(e.bullets))
    return ("bullets", e.bullets)


def walk(r):
    """Yield ('heading', text) / ('entry', e, headlines) / ('lines', [..]) / ('para', text)."""
    if r.get("profile"):
        yield ("heading", r.get("profile_head", "Profile"))
        yield ("para", r["profile"])
    for blk in r["blocks"]:
        kind, head, body = blk[0], blk[1], blk[2]
        if head:
            yield ("heading", head)
        if kind == "break":
            yield ("break",)
            continue
        if kind == "exp":
            prev = None
            for e in body:
                yield ("entry", e, entry_head(e, r, prev))
                prev = e.org
        elif kind == "list":
            yield ("lines", body)
        elif kind == "para":
            yield ("para", body)
    if r.get("side") and r.get("layout") not in ("sidebar",):
        for head, lines in r["side"]:
            yield ("heading", head)
            yield ("lines", lines)


# ----------------------------------------------------------------- reportlab canvas

def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if r.get("font") == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
        F = {"n": "DV", "b": "DV-B", "i": "DV-I", "B": "DV-B"}
    else:
        F = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "B": "Helvetica-Bold"}
    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " - " + r.get("doc_title", "CV"))
    c.setAuthor(r["name"])
    layout = r.get("layout", "plain")
    accent = r.get("accent", (0.15, 0.25, 0.45))
    fs = r.get("fs", 10)
    lead = fs * 1.35
    bullet = r.get("bullet", "•")
    state = {"page": 1}

    side_w = 165 if layout == "sidebar" else 0
    x0 = 50 + side_w if layout != "sidebar" else side_w + 25
    x1 = W - 45
    bottom = 60

    def footer():
        if r.get("footer"):
            c.setFont(F["n"], 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 30, r["footer"].format(page=state["page"]))
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*r.get("side_fill", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillGray(0)
        y = H - 60
        c.setFont(F["b"], 15)
        for ln in simpleSplit(r["name"], F["b"], 15, side_w - 30):
            c.drawString(18, y, ln)
            y -= 18
        y -= 6
        c.setFont(F["n"], 8.5)
        for ln in r["contact"]:
            for sub in simpleSplit(ln, F["n"], 8.5, side_w - 30):
                c.drawString(18, y, sub)
                y -= 11.5
        for head, lines in r.get("side", []):
            y -= 12
            c.setFont(F["b"], 9.5)
            c.drawString(18, y, head.upper())
            y -= 13
            c.setFont(F["n"], 8.5)
            for ln in lines:
                for sub in simpleSplit(ln, F["n"], 8.5, side_w - 30):
                    c.drawString(18, y, sub)
                    y -= 11.5

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        if layout == "sidebar":
            c.setFillColorRGB(*r.get("side_fill", (0.9, 0.92, 0.95)))
            c.rect(0, 0, side_w, H, stroke=0, fill=1)
            c.setFillGray(0)
        return H - 55

    y = H - 55
    if layout == "sidebar":
        sidebar()
    elif layout == "twocol":
        c.setFont(F["b"], 20)
        c.drawString(x0, y - 4, r["name"])
        c.setFont(F["n"], 9)
        yy = y + 6
        for ln in r["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11.5
        y = min(y - 24, yy - 4)
        c.setStrokeColorRGB(*accent)
        c.line(x0, y, x1, y)
        y -= 18
    else:
        centred = r.get("centre", True)
        c.setFont(F["b"], 18)
        (c.drawCentredString(W / 2, y, r["name"]) if centred else c.drawString(x0, y, r["name"]))
        y -= 18
        c.setFont(F["n"], 9)
        line = r.get("contact_sep", "  |  ").join(r["contact"])
        for ln in simpleSplit(line, F["n"], 9, x1 - x0):
            (c.drawCentredString(W / 2, y, ln) if centred else c.drawString(x0, y, ln))
            y -= 12
        y -= 8

    def need(h):
        nonlocal y
        if y - h < bottom:
            y = newpage()

    def text(t, font, indent=0, size=fs):
        nonlocal y
        for ln in simpleSplit(t, font, size, x1 - x0 - indent):
            need(lead)
            c.setFont(font, size)
            c.drawString(x0 + indent, y, ln)
            y -= lead

    for item in walk(r):
        if item[0] == "break":
            y = newpage()
            continue
        if item[0] == "heading":
            need(40)
            y -= 6
            c.setFont(F["b"], fs + 2)
            c.setFillColorRGB(*accent)
            c.drawString(x0, y, item[1] if not r.get("caps_heads") else item[1].upper())
            c.setFillGray(0)
            y -= 4
            if r.get("rules", True):
                c.setStrokeColorRGB(*accent)
                c.setLineWidth(0.6)
                c.line(x0, y, x1, y)
            y -= lead
        elif item[0] == "para":
            text(item[1], F["n"])
            y -= 3
        elif item[0] == "lines":
            for ln in item[1]:
                text(ln, F["n"])
            y -= 3
        else:
            e, hl = item[1], item[2]
            need(lead * 3)
            for w, t, d in hl:
                font = F[w]
                avail = x1 - x0 - (c.stringWidth(d, F["n"], fs) + 12 if d else 0)
                parts = simpleSplit(t, font, fs, avail)
                for i, ln in enumerate(parts):
                    need(lead)
                    c.setFont(font, fs)
                    c.drawString(x0, y, ln)
                    if d and i == 0:
                        c.setFont(F["n"], fs)
                        c.drawRightString(x1, y, d)
                    y -= lead
            di = duty_items(e, r)
            if di and di[0] == "prose":
                text(di[1], F["n"])
            elif di:
                for b in di[1]:
                    parts = simpleSplit(b, F["n"], fs, x1 - x0 - 14)
                    for i, ln in enumerate(parts):
                        need(lead)
                        c.setFont(F["n"], fs)
                        if i == 0:
                            c.drawString(x0 + 3, y, bullet)
                        c.drawString(x0 + 14, y, ln)
                        y -= lead
            y -= 5
    footer()
    c.showPage()
    c.save()


# ----------------------------------------------------------------- fpdf2

def render_fpdf(r, path):
    from fpdf import FPDF

    footer_txt = r.get("footer")

    class P(FPDF):
        def footer(self):
            if footer_txt:
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, footer_txt.format(page=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.set_author(r["name"])
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = r.get("fs", 10)
    lh = fs * 0.5
    layout = r.get("layout", "left")
    bullet = r.get("bullet", "•")
    acc = r.get("accent", (40, 60, 110))
    align = "C" if layout == "centred" else "L"
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    if r.get("contact_lines"):
        for ln in r["contact"]:
            pdf.cell(0, 4.6, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, 4.6, r.get("contact_sep", " • ").join(r["contact"]), align=align,
                       new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    W = pdf.epw
    sw = {"b": "B", "B": "B", "i": "I", "n": ""}
    for item in walk(r):
        if item[0] == "break":
            pdf.add_page()
            continue
        if item[0] == "heading":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            h = item[1].upper() if r.get("caps_heads") else item[1]
            pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.set_text_color(0)
            pdf.ln(1.5)
        elif item[0] == "para":
            pdf.set_font("DV", "", fs)
            pdf.multi_cell(0, lh, item[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif item[0] == "lines":
            pdf.set_font("DV", "", fs)
            for ln in item[1]:
                pdf.multi_cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            e, hl = item[1], item[2]
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            for w, t, d in hl:
                pdf.set_font("DV", sw[w], fs)
                if d:
                    pdf.set_font("DV", "", fs)
                    dw = pdf.get_string_width(d) + 3
                    pdf.set_font("DV", sw[w], fs)
                    y = pdf.get_y()
                    pdf.multi_cell(W - dw, lh, t, new_x="LMARGIN", new_y="NEXT")
                    y2 = pdf.get_y()
                    pdf.set_xy(pdf.l_margin + W - dw, y)
                    pdf.set_font("DV", "", fs)
                    pdf.cell(dw, lh, d, align="R")
                    pdf.set_xy(pdf.l_margin, y2)
                else:
                    pdf.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
            di = duty_items(e, r)
            pdf.set_font("DV", "", fs)
            if di and di[0] == "prose":
                pdf.multi_cell(0, lh, di[1], new_x="LMARGIN", new_y="NEXT")
            elif di:
                for b in di[1]:
                    pdf.set_x(pdf.l_margin + 2)
                    pdf.cell(4, lh, bullet)
                    pdf.multi_cell(W - 6, lh, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


# ----------------------------------------------------------------- python-docx

def _fix_docx(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def render_docx(r, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm

    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doc_title", "CV")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = r.get("docx_font", "Calibri")
    st.font.size = Pt(r.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    layout = r.get("layout", "styles")
    bullet = r.get("bullet")   # None -> List Bullet style

    def para(container, text="", bold=False, italic=False, style=None, size=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        if layout in ("styles", "header") and container is d:
            d.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if r.get("caps_heads") else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def tabline(container, left, right, bold=True, italic=False, width=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width or text_w, WD_TAB_ALIGNMENT.RIGHT)
        a = p.add_run(left)
        a.bold = bold
        a.italic = italic
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def duties(container, e):
        di = duty_items(e, r)
        if not di:
            return
        if di[0] == "prose":
            para(container, di[1])
            return
        for b in di[1]:
            if bullet:
                p = para(container, f"{bullet} {b}")
                p.paragraph_format.left_indent = Cm(0.5)
            else:
                container.add_paragraph(b, style="List Bullet")

    def body(container, width=None):
        for item in walk(r):
            if item[0] == "break":
                continue
            if item[0] == "heading":
                heading(container, item[1])
            elif item[0] == "para":
                para(container, item[1])
            elif item[0] == "lines":
                for ln in item[1]:
                    para(container, ln)
            else:
                e, hl = item[1], item[2]
                if layout == "table" and container is d:
                    t = d.add_table(rows=1, cols=2)
                    _no_borders(t)
                    left, right = t.rows[0].cells
                    left.width = int(text_w * 0.72)
                    right.width = int(text_w * 0.28)
                    left.paragraphs[0].add_run(e.title).bold = True
                    if orgloc(e):
                        para(left, orgloc(e), italic=True)
                    rp = right.paragraphs[0]
                    rp.add_run(dates_of(e, r))
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    duties(d, e)
                    continue
                if layout == "sidebar":
                    t = container.add_table(rows=1, cols=2)
                    _no_borders(t)
                    a, b = t.rows[0].cells
                    a.paragraphs[0].add_run(e.title).bold = True
                    if orgloc(e):
                        para(a, orgloc(e), italic=True)
                    b.paragraphs[0].add_run(dates_of(e, r)).italic = True
                    duties(container, e)
                    continue
                for w, t_, dd in hl:
                    if layout == "styles" and w == "b" and not dd:
                        d.add_heading(t_, level=2) if container is d else para(container, t_, bold=True)
                    elif dd:
                        if layout == "styles" and container is d:
                            hp = d.add_heading(level=2)
                            hp.add_run(t_)
                            hp.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
                            hp.add_run("\t" + dd)
                        else:
                            tabline(container, t_, dd, bold=w in "bB", italic=w == "i", width=width)
                    else:
                        para(container, t_, bold=w in "bB", italic=w == "i")
                duties(container, e)

    if layout == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para(hdr, " · ".join(r["contact"]), size=8.5, align="c")
    elif layout != "sidebar":
        if layout == "styles":
            d.add_heading(r["name"], level=0)
        else:
            para(d, r["name"], bold=True, size=18, align="c" if r.get("centre", True) else None)
        para(d, r.get("contact_sep", " | ").join(r["contact"]), size=9, align="c" if r.get("centre", True) else None)
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"].format(page="1")

    if layout == "sidebar":
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        sc, mc = t.rows[0].cells
        sc.width = Cm(5.2)
        mc.width = text_w - Cm(5.2)
        _shade(sc, r.get("side_fill", "E4E9F0"))
        sc.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            para(sc, ln, size=8.5)
        for head, lines in r.get("side", []):
            para(sc, head.upper(), bold=True, size=9.5)
            for ln in lines:
                para(sc, ln, size=8.5)
        body(mc, width=mc.width)
    else:
        body(d)
    d.save(path)
    _fix_docx(path)


# ----------------------------------------------------------------- text / markdown / html

def render_txt(r, path):
    layout = r.get("layout", "plain")
    bullet = r.get("bullet", "-")
    width = 78
    out = [r["name"].upper() if layout == "caps" else r["name"]]
    out += r["contact"] if r.get("contact_lines", True) else [r.get("contact_sep", " | ").join(r["contact"])]
    out.append("")
    datepos = r.get("datepos", "pad")
    for item in walk(r):
        if item[0] == "break":
            continue
        if item[0] == "heading":
            h = item[1]
            if layout == "caps":
                out += ["", h.upper(), "=" * len(h)]
            elif layout == "dashes":
                out += ["", "---- " + h + " ----"]
            else:
                out += ["", h]
        elif item[0] == "para":
            out.append(item[1])
        elif item[0] == "lines":
            out += item[1]
        else:
            e, hl = item[1], item[2]
            out.append("")
            for w, t, d in hl:
                if d and datepos == "pad":
                    out.append(t + " " * max(3, width - len(t) - len(d)) + d)
                elif d and datepos == "paren":
                    out.append(f"{t} ({d})")
                elif d and datepos == "comma":
                    out.append(f"{t}, {d}")
                elif d and datepos == "below":
                    out += [t, d]
                else:
                    out.append(t)
            di = duty_items(e, r)
            if di and di[0] == "prose":
                out.append(di[1])
            elif di:
                out += [f"{bullet} {b}" for b in di[1]]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(r, path):
    layout = r.get("layout", "h3")
    out = [f"# {r['name']}", "", r.get("contact_sep", " · ").join(r["contact"]), ""]
    bullet = r.get("bullet", "-")
    for item in walk(r):
        if item[0] == "break":
            continue
        if item[0] == "heading":
            out += ["", f"## {item[1]}", ""]
        elif item[0] == "para":
            out += [item[1], ""]
        elif item[0] == "lines":
            out += [f"{bullet} {ln}" for ln in item[1]] + [""]
        else:
            e, hl = item[1], item[2]
            if layout == "h3":
                d = dates_of(e, r)
                out.append(f"### {e.title}")
                ol = orgloc(e)
                out.append(" | ".join(x for x in (f"**{ol}**" if ol else "", f"*{d}*" if d else "") if x))
            else:   # bold line
                d = dates_of(e, r)
                parts = [f"**{e.title}**"] + ([e.org] if e.org else []) + ([e.loc] if e.loc else [])
                out.append(", ".join(parts) + (f" — _{d}_" if d else ""))
            out.append("")
            di = duty_items(e, r)
            if di and di[0] == "prose":
                out += [di[1], ""]
            elif di:
                out += [f"{bullet} {b}" for b in di[1]] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(r, path):
    esc = html.escape
    layout = r.get("layout", "div")
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;color:#555}.o{font-style:italic}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{esc(r['name'])} – {esc(r.get('doc_title', 'CV'))}</title>",
           f"<style>{css}</style></head><body>",
           f"<h1>{esc(r['name'])}</h1>",
           "<p class=\"contact\">" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    for item in walk(r):
        if item[0] == "break":
            continue
        if item[0] == "heading":
            out.append(f"<h2>{esc(item[1])}</h2>")
        elif item[0] == "para":
            out.append(f"<p>{esc(item[1])}</p>")
        elif item[0] == "lines":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in item[1]) + "</ul>")
        else:
            e, hl = item[1], item[2]
            d = dates_of(e, r)
            if layout == "table":
                out.append("<table class=\"job\"><tr><td><strong>" + esc(e.title) + "</strong><br>"
                           + esc(orgloc(e)) + "</td><td class=\"d\">" + esc(d) + "</td></tr></table>")
            elif layout == "dl":
                out.append(f"<dl><dt>{esc(d)}</dt><dd><b>{esc(e.title)}</b>"
                           + (f", {esc(orgloc(e))}" if orgloc(e) else "") + "</dd></dl>")
            else:
                out.append("<div class=\"job\">")
                for w, t, dd in hl:
                    tag = "h3" if w in "bB" else "p"
                    cls = " class=\"o\"" if w == "i" else ""
                    ds = f"<span class=\"d\">{esc(dd)}</span>" if dd else ""
                    out.append(f"<{tag}{cls}>{ds}{esc(t)}</{tag}>")
                out.append("</div>")
            di = duty_items(e, r)
            if di and di[0] == "prose":
                out.append(f"<p>{esc(di[1])}</p>")
            elif di:
                out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in di[1]) + "</ul>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
