"""Renderers for wild23: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

A résumé is a dict (see defs_*.py). Its blocks are turned into a neutral list of items
by `items_for_blocks`, then each renderer lays the items out in its own way."""
import datetime
import html
import io
import os
import zipfile

from lib import E, fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------------------
# neutral items
# ---------------------------------------------------------------------------

def dates(e, d, o):
    return fmt_range(e, o.get("datefmt", d.get("datefmt", "mon")), o.get("sep", d.get("sep", " – ")),
                     o.get("present", d.get("present", "Present")))


def orgloc(e, o, d):
    j = o.get("locjoin", d.get("locjoin", ", "))
    parts = [p for p in (e.org, e.loc) if p]
    return j.join(parts)


def job_items(e, d, o):
    """Items for one entry (not grouped)."""
    order = o.get("order", d.get("order", "title_org"))
    dt = dates(e, d, o)
    if e.line is not None:
        return [("bul" if o.get("linebul") else "plain", e.line)]
    it = []
    ol = orgloc(e, o, d)
    if order == "title_org":
        it.append(("head", e.title, dt, "b"))
        if ol:
            it.append(("head", ol, "", "i"))
    elif order == "org_title":
        if ol:
            it.append(("head", ol, dt, "b"))
            it.append(("head", e.title, "", "i"))
        else:
            it.append(("head", e.title, dt, "b"))
    elif order == "dateline":
        it.append(("head", e.title, "", "b"))
        if ol:
            it.append(("head", ol, "", ""))
        if dt:
            it.append(("head", dt, "", "i"))
    elif order == "dash":
        it.append(("head", f"{e.title} {o.get('dash', d.get('dash', '–'))} {ol}" if ol else e.title, dt, "b"))
    elif order == "pipe":
        parts = [p for p in (e.title, e.org, e.loc) if p]
        it.append(("head", " | ".join(parts), dt, "b"))
    elif order == "inline":
        it.append(("head", ", ".join(p for p in (e.title, ol, dt) if p), "", "b"))
    elif order == "titledates_org":
        it.append(("head", f"{e.title} ({dt})" if dt else e.title, "", "b"))
        if ol:
            it.append(("head", ol, "", "i"))
    elif order == "dates_title":
        it.append(("head", dt, "", "i"))
        it.append(("head", e.title, "", "b"))
        if ol:
            it.append(("head", ol, "", ""))
    elif order == "portal":
        lab = o.get("labels", d.get("labels", ("Organisation", "Designation", "Duration", "Location")))
        w = max(len(x) for x in lab)
        if e.org:
            it.append(("plain", f"{lab[0].ljust(w)} : {e.org}"))
        it.append(("plain", f"{lab[1].ljust(w)} : {e.title}"))
        if dt:
            it.append(("plain", f"{lab[2].ljust(w)} : {dt}"))
        if e.loc:
            it.append(("plain", f"{lab[3].ljust(w)} : {e.loc}"))
        if e.bullets and o.get("rr", d.get("rr")):
            it.append(("plain", o.get("rr", d.get("rr"))))
    else:
        raise ValueError(order)
    it.extend(body_items(e, d, o))
    return it


def body_items(e, d, o):
    if not e.bullets:
        return []
    if e.prose:
        return [("para", " ".join(e.bullets))]
    return [("bul", b) for b in e.bullets]


def group_items(entries, d, o):
    """Org-first layout: employer heading, then each role with its dates."""
    it = []
    prev = None
    for e in entries:
        if e.line is not None:
            it.extend(job_items(e, d, o))
            prev = None
            continue
        key = e.group or orgloc(e, o, d)
        if key != prev:
            if prev is not None:
                it.append(("gap",))
            gdates = o.get("gdates", {}).get(key, "")
            it.append(("head", key, gdates, "gb"))
            prev = key
        it.append(("head", e.title, dates(e, d, o), o.get("rolestyle", "bi")))
        it.extend(body_items(e, d, o))
    return it


def items_for_blocks(blocks, d):
    it = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            it.append(("h", b[1]))
        elif kind == "p":
            it.append(("p", b[1]))
        elif kind == "ul":
            it.extend(("ul", x) for x in b[1])
        elif kind == "lines":
            it.extend(("line", x) for x in b[1])
        elif kind == "kv":
            w = max(len(k) for k, _ in b[1])
            it.extend(("line", f"{k.ljust(w)} : {v}") for k, v in b[1])
        elif kind == "sub":
            it.append(("sub", b[1]))
        elif kind == "jobs":
            o = b[2] if len(b) > 2 else {}
            if o.get("order", d.get("order")) == "orgfirst":
                it.extend(group_items(b[1], d, o))
            else:
                for i, e in enumerate(b[1]):
                    if i:
                        it.append(("gap",))
                    it.extend(job_items(e, d, o))
            it.append(("gap",))
        else:
            raise ValueError(kind)
    return it


def all_entries(d):
    out = []
    for blocks in (d.get("blocks", []), d.get("side", [])):
        for b in blocks:
            if b[0] == "jobs":
                out.extend(b[1])
    return out


# ---------------------------------------------------------------------------
# reportlab canvas
# ---------------------------------------------------------------------------

def render_reportlab(d, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors

    size = letter if d.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor(d["name"])
    c.setTitle(d.get("doctitle", d["name"] + " - CV"))
    c.setCreator("Microsoft Word")
    fam = d.get("rlfont", "Helvetica")
    F = {"": fam, "b": fam + "-Bold", "i": fam + "-Oblique", "bi": fam + "-BoldOblique", "gb": fam + "-Bold"}
    if fam == "Times":
        F = {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic", "gb": "Times-Bold"}
    accent = colors.HexColor(d.get("accent", "#1f3a5f"))
    layout = d.get("layout", "plain")
    fs = d.get("fontsize", 10)
    lead = fs * 1.32
    margin = d.get("margin", 54)
    side_w = 170 if layout == "sidebar" else 0
    x0 = margin + (side_w if layout == "sidebar" else 0)
    right = W - margin
    state = {"y": H - margin, "page": 1}
    bullet = d.get("bullet", "•")

    def footer():
        if d.get("footer"):
            c.setFont(F["i"], 8)
            c.setFillColor(colors.grey)
            c.drawCentredString(W / 2, 30, d["footer"].format(n=state["page"]))
            c.setFillColor(colors.black)

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - margin

    def need(h):
        if state["y"] - h < margin + 10:
            newpage()

    def text_lines(txt, font, size, width):
        return simpleSplit(txt, font, size, width)

    def write(txt, style="", size=fs, indent=0, width=None, color=None, x=None):
        xx = (x if x is not None else x0) + indent
        width = width or (right - xx)
        lines = text_lines(txt, F[style], size, width)
        for ln in lines:
            need(size * 1.32)
            c.setFont(F[style], size)
            if color is not None:
                c.setFillColor(color)
            c.drawString(xx, state["y"] - size, ln)
            c.setFillColor(colors.black)
            state["y"] -= size * 1.32

    # ---- header
    if layout == "sidebar":
        c.setFillColor(colors.HexColor(d.get("sidecolor", "#e8edf3")))
        c.rect(0, 0, margin + side_w - 14, H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        sy = H - margin
        c.setFont(F["b"], 17)
        for ln in simpleSplit(d["name"], F["b"], 17, side_w - 10):
            c.drawString(margin - 24, sy - 17, ln)
            sy -= 21
        sy -= 6
        # sidebar: contact then side blocks
        def sw(txt, style="", size=8.6, gap=1.3):
            nonlocal sy
            for ln in simpleSplit(txt, F[style], size, side_w - 40):
                c.setFont(F[style], size)
                c.drawString(margin - 24, sy - size, ln)
                sy -= size * gap
        for ct in d["contact"]:
            sw(ct)
        sy -= 8
        for it in items_for_blocks(d.get("side", []), d):
            if it[0] == "h":
                sy -= 6
                c.setFillColor(accent)
                sw(it[1].upper(), "b", 9.2)
                c.setFillColor(colors.black)
                sy -= 2
            elif it[0] in ("line", "p", "plain", "sub"):
                sw(it[1])
            elif it[0] in ("ul", "bul"):
                sw(f"{bullet} {it[1]}")
            elif it[0] == "head":
                sw(it[1] + (f" ({it[2]})" if it[2] else ""), "b" if "b" in it[3] else "")
            elif it[0] == "gap":
                sy -= 4
        if d.get("headline"):
            write(d["headline"], "b", fs + 3, color=accent)
            state["y"] -= 6
    elif layout == "twocol":
        top = state["y"]
        c.setFont(F["b"], 20)
        c.drawString(x0, top - 20, d["name"])
        if d.get("headline"):
            c.setFont(F["i"], fs + 1)
            c.drawString(x0, top - 38, d["headline"])
        cy = top
        for ct in d["contact"]:
            c.setFont(F[""], fs - 1)
            c.drawRightString(right, cy - fs, ct)
            cy -= (fs - 1) * 1.4
        state["y"] = min(top - 46, cy) - 6
        c.setStrokeColor(accent)
        c.setLineWidth(1.2)
        c.line(x0, state["y"], right, state["y"])
        state["y"] -= 10
    else:
        centred = d.get("centre", False)
        c.setFont(F["b"], 19)
        if centred:
            c.drawCentredString(W / 2, state["y"] - 19, d["name"])
        else:
            c.drawString(x0, state["y"] - 19, d["name"])
        state["y"] -= 26
        if d.get("headline"):
            c.setFont(F["i"], fs + 1)
            (c.drawCentredString(W / 2, state["y"] - fs, d["headline"]) if centred
             else c.drawString(x0, state["y"] - fs, d["headline"]))
            state["y"] -= fs * 1.6
        cl = d.get("contactsep", "  |  ").join(d["contact"])
        for ln in simpleSplit(cl, F[""], fs - 1, right - x0):
            c.setFont(F[""], fs - 1)
            (c.drawCentredString(W / 2, state["y"] - fs, ln) if centred else c.drawString(x0, state["y"] - fs, ln))
            state["y"] -= fs * 1.35
        state["y"] -= 4
        c.setLineWidth(0.6)
        c.line(x0, state["y"], right, state["y"])
        state["y"] -= 8

    # ---- body
    for it in items_for_blocks(d["blocks"], d):
        k = it[0]
        if k == "h":
            need(fs * 4)
            state["y"] -= 6
            hs = d.get("hcase", "upper")
            txt = it[1].upper() if hs == "upper" else it[1]
            write(txt, "b", fs + 1.5, color=accent)
            c.setStrokeColor(accent)
            c.setLineWidth(0.5)
            c.line(x0, state["y"] + 2, right, state["y"] + 2)
            c.setStrokeColor(colors.black)
            state["y"] -= 4
        elif k in ("p", "para"):
            write(it[1], "")
            state["y"] -= 3
        elif k == "sub":
            write(it[1], "b")
        elif k in ("ul", "bul"):
            ind = 12
            lines = simpleSplit(it[1], F[""], fs, right - x0 - ind - 6)
            need(lead * min(len(lines), 2))
            c.setFont(F[""], fs)
            c.drawString(x0 + 2, state["y"] - fs, bullet)
            for ln in lines:
                need(lead)
                c.setFont(F[""], fs)
                c.drawString(x0 + ind, state["y"] - fs, ln)
                state["y"] -= lead
        elif k in ("line", "plain"):
            write(it[1], "")
        elif k == "head":
            _, left, rtext, st = it
            need(lead * 3)
            rw = c.stringWidth(rtext, F["i" if st != "i" else ""], fs) if rtext else 0
            lines = simpleSplit(left, F[st], fs + (0.5 if st in ("b", "gb") else 0), right - x0 - rw - 12)
            for i, ln in enumerate(lines):
                c.setFont(F[st], fs + (0.5 if st in ("b", "gb") else 0))
                c.drawString(x0, state["y"] - fs, ln)
                if i == 0 and rtext:
                    c.setFont(F["i" if st != "i" else ""], fs)
                    c.drawRightString(right, state["y"] - fs, rtext)
                state["y"] -= lead
        elif k == "gap":
            state["y"] -= 5
    footer()
    c.save()


# ---------------------------------------------------------------------------
# fpdf2
# ---------------------------------------------------------------------------

def render_fpdf(d, path):
    from fpdf import FPDF

    layout = d.get("layout", "left")
    footer_txt = d.get("footer")

    class P(FPDF):
        def footer(self):
            if footer_txt:
                self.set_y(-14)
                self.set_font("dv", "I", 7.5)
                self.set_text_color(120, 120, 120)
                self.cell(0, 5, footer_txt.format(n=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter" if d.get("paper") == "letter" else "A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(d["name"])
    pdf.set_title(d.get("doctitle", d["name"] + " CV"))
    pdf.set_creator("Writer")
    fam = d.get("fpfont", "sans")
    base = "DejaVuSerif" if fam == "serif" else ("DejaVuSansCondensed" if fam == "cond" else "DejaVuSans")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, base + ".ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, base + "-Bold.ttf"))
    ital = "-Italic" if fam == "serif" else "-Oblique"
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, base + ital + ".ttf"))
    bi = "-BoldItalic" if fam == "serif" else "-BoldOblique"
    pdf.add_font("dv", "BI", os.path.join(FONT_DIR, base + bi + ".ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    fs = d.get("fontsize", 9.5)
    lh = fs * 0.48
    acc = d.get("accent_rgb", (25, 60, 95))
    bullet = d.get("bullet", "•")
    lm = 16
    side_w = 0
    if layout == "sidebar":
        side_w = 58
        pdf.set_fill_color(*d.get("side_rgb", (236, 240, 236)))
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        pdf.set_xy(7, 14)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(side_w - 12, 6.5, d["name"], new_x="LMARGIN", new_y="NEXT", align="L")
        y = pdf.get_y() + 3
        pdf.set_font("dv", "", 8)
        for ct in d["contact"]:
            pdf.set_xy(7, y)
            pdf.multi_cell(side_w - 12, 4, ct, align="L")
            y = pdf.get_y() + 0.5
        y += 3
        for it in items_for_blocks(d.get("side", []), d):
            pdf.set_xy(7, y)
            if it[0] == "h":
                y += 2
                pdf.set_xy(7, y)
                pdf.set_font("dv", "B", 9)
                pdf.set_text_color(*acc)
                pdf.multi_cell(side_w - 12, 4.6, it[1].upper(), align="L")
                pdf.set_text_color(0, 0, 0)
            elif it[0] in ("ul", "bul"):
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(side_w - 12, 4, f"{bullet} {it[1]}", align="L")
            elif it[0] == "head":
                pdf.set_font("dv", "B" if "b" in it[3] else "", 8)
                pdf.multi_cell(side_w - 12, 4, it[1] + (f" ({it[2]})" if it[2] else ""), align="L")
            elif it[0] == "gap":
                pass
            else:
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(side_w - 12, 4, it[1], align="L")
            y = pdf.get_y() + 0.6
        lm = side_w + 8
        pdf.set_left_margin(lm)
        pdf.set_xy(lm, 14)
        if d.get("headline"):
            pdf.set_font("dv", "B", 12)
            pdf.set_text_color(*acc)
            pdf.multi_cell(0, 6, d["headline"], new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
    else:
        pdf.set_left_margin(lm)
        pdf.set_right_margin(16)
        pdf.set_xy(lm, 14)
        if layout == "twocol":
            pdf.set_font("dv", "B", 18)
            pdf.cell(100, 9, d["name"])
            pdf.set_font("dv", "", 8.5)
            y = 14
            for ct in d["contact"]:
                pdf.set_xy(pdf.w - 16 - 75, y)
                pdf.cell(75, 4.2, ct, align="R")
                y += 4.4
            if d.get("headline"):
                pdf.set_xy(lm, 24)
                pdf.set_font("dv", "I", 10)
                pdf.cell(100, 5, d["headline"])
            pdf.set_xy(lm, max(y, 31) + 1)
        else:
            align = "C" if layout == "centred" else "L"
            pdf.set_font("dv", "B", 18)
            pdf.cell(0, 9, d["name"], align=align, new_x="LMARGIN", new_y="NEXT")
            if d.get("headline"):
                pdf.set_font("dv", "I", 10)
                pdf.cell(0, 5.5, d["headline"], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8.5)
            pdf.multi_cell(0, 4.4, d.get("contactsep", "  •  ").join(d["contact"]), align=align,
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*acc)
        pdf.set_line_width(0.4)
        pdf.line(lm, pdf.get_y() + 1.5, pdf.w - 16, pdf.get_y() + 1.5)
        pdf.ln(4)
    pdf.set_right_margin(16)
    width = pdf.w - 16 - lm
    for it in items_for_blocks(d["blocks"], d):
        k = it[0]
        pdf.set_x(lm)
        if k == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            txt = it[1].upper() if d.get("hcase", "upper") == "upper" else it[1]
            pdf.cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            if d.get("hrule", True):
                pdf.set_draw_color(*acc)
                pdf.set_line_width(0.2)
                pdf.line(lm, pdf.get_y(), pdf.w - 16, pdf.get_y())
            pdf.ln(1.5)
        elif k in ("p", "para", "line", "plain"):
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(width, lh, it[1], new_x="LMARGIN", new_y="NEXT", align="L")
            if k in ("p", "para"):
                pdf.ln(1)
        elif k == "sub":
            pdf.set_font("dv", "B", fs)
            pdf.multi_cell(width, lh, it[1], new_x="LMARGIN", new_y="NEXT", align="L")
        elif k in ("ul", "bul"):
            pdf.set_font("dv", "", fs)
            pdf.cell(5, lh, bullet)
            pdf.multi_cell(width - 5, lh, it[1], new_x="LMARGIN", new_y="NEXT", align="L")
        elif k == "head":
            _, left, rtext, st = it
            if pdf.get_y() > pdf.h - 34:
                pdf.add_page()
                pdf.set_x(lm)
            style = {"b": "B", "i": "I", "bi": "BI", "gb": "B", "": ""}[st]
            size = fs + (0.6 if st in ("b", "gb") else 0)
            if rtext:
                pdf.set_font("dv", "I" if st != "i" else "", fs)
                rw = pdf.get_string_width(rtext) + 2
                y = pdf.get_y()
                pdf.set_xy(pdf.w - 16 - rw, y)
                pdf.cell(rw, lh + 0.4, rtext, align="R")
                pdf.set_xy(lm, y)
                pdf.set_font("dv", style, size)
                pdf.multi_cell(width - rw - 3, lh + 0.4, left, new_x="LMARGIN", new_y="NEXT", align="L")
            else:
                pdf.set_font("dv", style, size)
                pdf.multi_cell(width, lh + 0.4, left, new_x="LMARGIN", new_y="NEXT", align="L")
        elif k == "gap":
            pdf.ln(1.6)
    pdf.output(path)


# ---------------------------------------------------------------------------
# python-docx
# ---------------------------------------------------------------------------

def _fix_docx(path, d):
    """Rewrite the zip with fixed timestamps (byte-reproducible)."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(d, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = docx.Document()
    layout = d.get("layout", "styles")
    sec = doc.sections[0]
    if d.get("paper") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(d.get("margin_cm", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    textw = sec.page_width - sec.left_margin - sec.right_margin
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(d.get("fontsize", 10.5))
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = d.get("doctitle", "CV")
    cp.created = datetime.datetime(2026, 10, 28, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 1, 8, 0, 0)
    cp.last_printed = datetime.datetime(2026, 11, 1, 8, 0, 0)
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    accent = RGBColor.from_string(d.get("accent_hex", "1F3A5F"))
    list_style = d.get("list_style", "List Bullet")
    bullet = d.get("bullet", "•")

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tblPr.append(borders)

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor)
        tcPr.append(shd)

    def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, first=False):
        if first and container.paragraphs and not container.paragraphs[0].text:
            p = container.paragraphs[0]
            if style:
                p.style = doc.styles[style]
        else:
            p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold or None, italic or None
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        p.paragraph_format.space_after = Pt(d.get("space_after", 1))
        return p

    def tabbed(container, left, right, width, style, first=False):
        p = para(container, first=first)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold = "b" in style or None
        r.italic = "i" in style or None
        if right:
            p.add_run("\t")
            r2 = p.add_run(right)
            r2.italic = True if "i" not in style else None
        return p

    def emit(container, items, width, firstflag):
        first = firstflag
        i = 0
        while i < len(items):
            it = items[i]
            k = it[0]
            if k == "h":
                if layout in ("styles", "header") and container is doc:
                    p = doc.add_heading(it[1], level=1)
                else:
                    p = para(container, it[1].upper() if d.get("hcase") == "upper" else it[1], bold=True,
                             size=d.get("fontsize", 10.5) + 2, color=accent, first=first)
                    p.paragraph_format.space_before = Pt(8)
                    pPr = p._p.get_or_add_pPr()
                    pbdr = OxmlElement("w:pBdr")
                    bot = OxmlElement("w:bottom")
                    bot.set(qn("w:val"), "single")
                    bot.set(qn("w:sz"), "6")
                    bot.set(qn("w:space"), "1")
                    bot.set(qn("w:color"), d.get("accent_hex", "1F3A5F"))
                    pbdr.append(bot)
                    pPr.append(pbdr)
            elif k in ("p", "para"):
                para(container, it[1], first=first)
            elif k == "sub":
                para(container, it[1], bold=True, first=first)
            elif k in ("line", "plain"):
                para(container, it[1], first=first)
            elif k in ("ul", "bul"):
                if d.get("manual_bullets"):
                    p = para(container, f"{bullet}\t{it[1]}", first=first)
                    p.paragraph_format.left_indent = Cm(0.6)
                    p.paragraph_format.first_line_indent = Cm(-0.6)
                else:
                    para(container, it[1], style=list_style, first=first)
            elif k == "head":
                _, left, right, stl = it
                if layout in ("table", "nested") and stl in ("b", "gb") and container is not None:
                    # a small borderless table for the job header: left text, dates right
                    rows = [it]
                    j = i + 1
                    while j < len(items) and items[j][0] == "head" and items[j][3] not in ("b", "gb"):
                        rows.append(items[j])
                        j += 1
                    t = container.add_table(rows=1, cols=2)
                    no_borders(t)
                    t.alignment = WD_TABLE_ALIGNMENT.LEFT
                    lc, rc = t.rows[0].cells
                    lc.width = int(width * 0.7)
                    rc.width = int(width * 0.3)
                    for n, row in enumerate(rows):
                        p = lc.paragraphs[0] if n == 0 else lc.add_paragraph()
                        r = p.add_run(row[1])
                        r.bold = "b" in row[3] or None
                        r.italic = "i" in row[3] or None
                    rp = rc.paragraphs[0]
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    rp.add_run(right).italic = True
                    i = j
                    first = False
                    continue
                if stl in ("b", "gb") and layout == "styles" and container is doc and d.get("h2jobs"):
                    p = doc.add_heading(level=2)
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run(left)
                    if right:
                        p.add_run("\t" + right)
                else:
                    tabbed(container, left, right, width, stl, first=first)
            elif k == "gap":
                para(container, "", first=first).paragraph_format.space_after = Pt(2)
            first = False
            i += 1

    name_size = d.get("namesize", 20)
    if layout in ("header",):
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER if d.get("centre") else WD_ALIGN_PARAGRAPH.LEFT
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(name_size - 4)
        hp2 = hdr.add_paragraph(d.get("contactsep", " | ").join(d["contact"]))
        hp2.alignment = hp.alignment
        if d.get("headline"):
            para(doc, d["headline"], italic=True, first=True)
        body_container = doc
    elif layout in ("sidebar", "nested"):
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        sw = int(textw * 0.3)
        mw = textw - sw
        lc, rc = t.rows[0].cells
        lc.width, rc.width = sw, mw
        if layout == "sidebar":
            shade(lc, d.get("side_hex", "E7EEF4"))
        para(lc, d["name"], bold=True, size=name_size - 4, first=True)
        for ct in d["contact"]:
            para(lc, ct, size=9)
        emit(lc, items_for_blocks(d.get("side", []), d), sw, False)
        if d.get("headline"):
            para(rc, d["headline"], bold=True, size=12, color=accent, first=True)
        emit(rc, items_for_blocks(d["blocks"], d), mw - Cm(0.4), not d.get("headline"))
        body_container = None
    else:
        if layout == "styles" and d.get("titlestyle"):
            p = doc.add_paragraph(d["name"], style="Title")
        else:
            p = para(doc, d["name"], bold=True, size=name_size, first=True)
        if d.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if d.get("headline"):
            hp = para(doc, d["headline"], italic=True)
            if d.get("centre"):
                hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cpara = para(doc, d.get("contactsep", " | ").join(d["contact"]), size=9.5)
        if d.get("centre"):
            cpara.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body_container = doc
    if body_container is not None:
        emit(doc, items_for_blocks(d["blocks"], d), textw, False)
    if d.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(d["footer"].replace("{n}", "").strip(" -–|"))
        fr.font.size = Pt(8)
    doc.save(path)
    _fix_docx(path, d)


# ---------------------------------------------------------------------------
# text, markdown, html
# ---------------------------------------------------------------------------

def render_txt(d, path):
    W = d.get("width", 78)
    hstyle = d.get("hstyle", "caps")
    join = d.get("join", "pad")
    bullet = d.get("bullet", "-")
    out = []
    nm = d["name"]
    if d.get("namecaps"):
        nm = nm.upper()
    out.append(nm.center(W).rstrip() if d.get("centre") else nm)
    if d.get("headline"):
        out.append(d["headline"].center(W).rstrip() if d.get("centre") else d["headline"])
    if d.get("contact_lines"):
        out.extend(d["contact"])
    else:
        cl = d.get("contactsep", " | ").join(d["contact"])
        out.append(cl.center(W).rstrip() if d.get("centre") else cl)
    out.append("")
    for it in items_for_blocks(d["blocks"], d):
        k = it[0]
        if k == "h":
            if out and out[-1] != "":
                out.append("")
            t = it[1]
            if hstyle == "caps":
                out.append(t.upper())
                out.append("-" * len(t))
            elif hstyle == "equals":
                out.append(t.upper())
                out.append("=" * W)
            elif hstyle == "colon":
                out.append(t + ":")
            elif hstyle == "box":
                out.append("=" * W)
                out.append(t.upper())
                out.append("=" * W)
            elif hstyle == "underline":
                out.append(t)
                out.append("~" * len(t))
            else:
                out.append(t)
        elif k in ("p", "para"):
            out.extend(_wrap(it[1], W) if d.get("wrap") else [it[1]])
        elif k in ("line", "plain", "sub"):
            out.append(it[1])
        elif k in ("ul", "bul"):
            b = bullet if k == "bul" else d.get("ulbullet", bullet)
            if d.get("wrap"):
                lines = _wrap(it[1], W - len(b) - 3)
                out.append(f"  {b} {lines[0]}")
                out.extend("    " + " " * (len(b) - 1) + ln for ln in lines[1:])
            else:
                out.append(f"{d.get('bindent', '  ')}{b} {it[1]}")
        elif k == "head":
            _, left, right, st = it
            if st == "gb" and d.get("groupcaps"):
                left = left.upper()
            if not right:
                out.append(left)
            elif join == "pad" and len(left) + len(right) + 3 <= W:
                out.append(left + " " * (W - len(left) - len(right)) + right)
            elif join in ("pad", "newline"):
                out.append(left)
                out.append(right)
            elif join == "comma":
                out.append(f"{left}, {right}")
            elif join == "paren":
                out.append(f"{left} ({right})")
            elif join == "bar":
                out.append(f"{left} | {right}")
            elif join == "tab":
                out.append(f"{left}\t{right}")
        elif k == "gap":
            if out and out[-1] != "":
                out.append("")
    while out and out[-1] == "":
        out.pop()
    with open(path, "w", encoding="utf-8", newline=d.get("newline", "\n")) as f:
        f.write("\n".join(out) + "\n")


def _wrap(text, w):
    import textwrap
    return textwrap.wrap(text, w) or [""]


def render_md(d, path):
    out = [f"# {d['name']}", ""]
    if d.get("headline"):
        out += [f"**{d['headline']}**", ""]
    out.append(d.get("contactsep", " · ").join(d["contact"]))
    out.append("")
    bullet = d.get("bullet", "-")
    mdh = d.get("mdhead", "h3")
    last = None
    for it in items_for_blocks(d["blocks"], d):
        k = it[0]
        if k == "h":
            if out[-1] != "":
                out.append("")
            out += [f"## {it[1]}", ""]
        elif k in ("p", "para", "line", "plain"):
            if k in ("p", "para") and out[-1] != "":
                out.append("")
            out.append(it[1] + ("  " if k in ("line", "plain") and d.get("hardbreak") else ""))
            if k in ("p", "para"):
                out.append("")
        elif k == "sub":
            out += [f"**{it[1]}**", ""]
        elif k in ("ul", "bul"):
            if last not in ("ul", "bul") and out[-1] != "":
                out.append("")
            out.append(f"{bullet} {it[1]}")
        elif k == "head":
            _, left, right, st = it
            rt = f" {d.get('mddatesep', '—')} *{right}*" if right else ""
            if st in ("b", "gb"):
                if out[-1] != "":
                    out.append("")
                if mdh == "h3" or (mdh == "h3group" and st == "gb"):
                    out.append(f"### {left}{rt}")
                    out.append("")
                else:
                    out.append(f"**{left}**{rt}  ")
            elif st == "bi":
                out.append(f"**{left}**{rt}  ")
            elif st == "i":
                out.append(f"*{left}*{rt}  ")
            else:
                out.append(f"{left}{rt}  ")
        elif k == "gap":
            if out[-1] != "":
                out.append("")
        last = k
    while out[-1] == "":
        out.pop()
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


HTML_CSS = """
body{font-family:%s;max-width:46em;margin:2em auto;color:#222;line-height:1.4}
h1{margin-bottom:.1em} h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:%s;margin-top:1.4em}
.row{display:flex;justify-content:space-between} .r{font-style:italic;white-space:nowrap}
.g{font-weight:bold} .b{font-weight:bold} .i{font-style:italic} .contact{color:#555}
ul{margin:.2em 0 .6em 1.2em;padding:0} .job{margin-bottom:.7em}
"""


def render_html(d, path):
    esc = html.escape
    font = d.get("cssfont", "Georgia, serif")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(d.get('doctitle', d['name'] + ' - Resume'))}</title>",
           f"<style>{HTML_CSS % (font, d.get('h2transform', 'uppercase'))}</style>", "</head>", "<body>",
           f"<h1>{esc(d['name'])}</h1>"]
    if d.get("headline"):
        out.append(f'<p class="headline"><strong>{esc(d["headline"])}</strong></p>')
    out.append('<p class="contact">' + " &middot; ".join(esc(c) for c in d["contact"]) + "</p>")
    in_ul = False
    variant = d.get("htmlvariant", "flex")
    for it in items_for_blocks(d["blocks"], d):
        k = it[0]
        if k not in ("ul", "bul") and in_ul:
            out.append("</ul>")
            in_ul = False
        if k == "h":
            out.append(f"<h2>{esc(it[1])}</h2>")
        elif k in ("p", "para"):
            out.append(f"<p>{esc(it[1])}</p>")
        elif k in ("line", "plain", "sub"):
            out.append(f'<p class="{"b" if k == "sub" else "line"}">{esc(it[1])}</p>')
        elif k in ("ul", "bul"):
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{esc(it[1])}</li>")
        elif k == "head":
            _, left, right, st = it
            cls = {"b": "b", "gb": "g", "i": "i", "bi": "b i", "": ""}[st]
            if variant == "table" and right:
                out.append(f'<table width="100%"><tr><td class="{cls}">{esc(left)}</td>'
                           f'<td align="right" class="r">{esc(right)}</td></tr></table>')
            elif variant == "h3" and st in ("b", "gb"):
                out.append(f"<h3>{esc(left)}" + (f' <small class="r">{esc(right)}</small>' if right else "") + "</h3>")
            elif right:
                out.append(f'<div class="row"><span class="{cls}">{esc(left)}</span>'
                           f'<span class="r">{esc(right)}</span></div>')
            else:
                out.append(f'<div class="{cls}">{esc(left)}</div>')
        elif k == "gap":
            pass
    if in_ul:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
