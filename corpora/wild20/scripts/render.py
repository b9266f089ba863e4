"""Renderers for wild20: one résumé definition (dict) -> one file.

Definition keys: file, family, layout (README text), name, contact (list of lines), sections (list of
(heading, content)); optional side (sidebar sections), opts (renderer options).
content: str = paragraph; list of str = bullet list; list of E = jobs; list of tuple = 'key: value' lines.
"""
import datetime
import html as htmlmod
import io
import os
import zipfile

from lib import E, fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)


# ---------------------------------------------------------------- entry headers
def _ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def head_lines(e, o, prev_org):
    """Return a list of (left, right, style) header lines for one entry. style: B group, b bold, i italic, n normal."""
    hdr = o.get("hdr", "title_org")
    dates = fmt_range(e, o.get("ds", "mon"), o.get("pw", "Present"), o.get("sep", " – "))
    osep = o.get("orgsep", ", ")
    if hdr == "title_org":
        return [(e.title, dates, "b"), (_ol(e, osep), "", "i")]
    if hdr == "org_title":
        return [(_ol(e, osep), dates, "b"), (e.title, "", "i")]
    if hdr == "dateline":
        return [(e.title, "", "b"), (_ol(e, osep), "", "n"), (dates, "", "i")]
    if hdr == "dash":
        t = e.title + (" – " + _ol(e, osep) if e.org or e.loc else "")
        return [(t, dates, "b")]
    if hdr == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), dates, "b")]
    if hdr == "inline":
        return [(", ".join(x for x in (e.title, e.org, e.loc, dates) if x), "", "b")]
    if hdr == "datesfirst":
        return [(dates, "", "i"), (e.title, "", "b"), (_ol(e, osep), "", "n")]
    if hdr == "titleat":
        t = e.title + (" at " + e.org if e.org else "")
        return [(t, dates, "b")] + ([(e.loc, "", "i")] if e.loc else [])
    if hdr == "orgfirst":
        out = []
        if e.org != prev_org or e.org is None:
            out.append((_ol(e, osep) or e.title, "", "B"))
        out.append((e.title, dates, "b"))
        return out
    if hdr == "labelled":
        lab = o.get("labels", ("Organisation", "Designation", "Duration"))
        out = []
        if e.org:
            out.append((f"{lab[0]}: {_ol(e, osep)}", "", "b"))
        out.append((f"{lab[1]}: {e.title}", "", "n"))
        out.append((f"{lab[2]}: {dates}", "", "n"))
        return out
    raise ValueError(hdr)


def job_blocks(d):
    """Flatten a résumé into a list of blocks for the simple renderers.
    Block kinds: ('name', text) ('contact', text) ('h', text) ('p', text) ('li', text)
    ('hl', left, right, style) job header line; ('jb', text) job bullet; ('jgap',) gap after job; ('kv', k, v)."""
    o = d.get("opts", {})
    out = [("name", d["name"])]
    for c in d.get("contact", []):
        out.append(("contact", c))
    secs = list(d["sections"])
    if not o.get("keep_side_separate"):
        secs = list(d.get("side", [])) + secs if o.get("side_first") else secs + list(d.get("side", []))
    for head, content in secs:
        out.extend(section_blocks(head, content, o))
    return out


def section_blocks(head, content, o):
    out = [("h", head)]
    if isinstance(content, str):
        for para in content.split("\n"):
            out.append(("p", para))
    elif content and isinstance(content[0], E):
        prev = None
        for e in content:
            for l, r, s in head_lines(e, o, prev):
                out.append(("hl", l, r, s))
            if e.bullets and o.get("hdr") == "labelled" and o.get("resp_label"):
                out.append(("p", o["resp_label"]))
            for b in e.bullets:
                out.append(("jb", b))
            out.append(("jgap",))
            prev = e.org
    elif content and isinstance(content[0], tuple):
        for k, v in content:
            out.append(("kv", k, v))
    else:
        for item in content:
            out.append(("li", item))
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor

    o = d.get("opts", {})
    fam = o.get("font", "DejaVu")
    if fam == "DejaVu":
        for nm, fn in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, os.path.join(FONT_DIR, fn)))
        F = {"n": "DejaVu", "b": "DejaVu-Bold", "i": "DejaVu-Oblique"}
    elif fam == "Times":
        F = {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}
    else:
        F = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    size = LETTER if o.get("letter") else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"] + " CV")
    c.setAuthor(d["name"])
    fs = o.get("fs", 10)
    accent = HexColor(o.get("accent", "#1F3A5F"))
    layout = o.get("layout", "plain")
    margin = o.get("margin", 50)
    side_w = 170 if layout == "sidebar" else 0
    x0, x1 = margin + side_w, W - margin
    if layout == "sidebar":
        x0 = side_w + 28
    st = {"y": H - margin, "page": 1}
    bullet = o.get("bullet", "•")

    def footer():
        if o.get("footer"):
            c.setFont(F["n"], 8)
            c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 28, o["footer"].format(page=st["page"]))
            c.setFillColor(HexColor("#000000"))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = H - margin

    def need(h):
        if st["y"] - h < margin + 10:
            newpage()

    def wrap(text, font, size_, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if c.stringWidth(t, font, size_) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    # sidebar (page 1 only)
    blocks = job_blocks(d) if layout != "sidebar" else None
    if layout == "sidebar":
        c.setFillColor(HexColor(o.get("side_bg", "#E8EDF2")))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        sy = H - margin
        c.setFont(F["b"], 15)
        for ln in wrap(d["name"], F["b"], 15, side_w - 30):
            c.drawString(16, sy, ln)
            sy -= 18
        sy -= 6
        c.setFont(F["n"], 8.5)
        for ln in d.get("contact", []):
            for w_ in wrap(ln, F["n"], 8.5, side_w - 30):
                c.drawString(16, sy, w_)
                sy -= 11
        for head, content in d.get("side", []):
            sy -= 10
            c.setFont(F["b"], 10)
            c.setFillColor(accent)
            c.drawString(16, sy, head.upper())
            c.setFillColor(HexColor("#000000"))
            sy -= 13
            if isinstance(content, str):
                items = [content]
            elif content and isinstance(content[0], tuple):
                items = [f"{k_}: {v_}" for k_, v_ in content]
            else:
                items = list(content)
            c.setFont(F["n"], 8.5)
            for it in items:
                for w_ in wrap(it, F["n"], 8.5, side_w - 30):
                    c.drawString(16, sy, w_)
                    sy -= 11
                sy -= 2
        blocks = [b for b in job_blocks(dict(d, contact=[], side=[])) if b[0] != "name"]
        st["y"] = H - margin

    for b in blocks:
        k = b[0]
        if k == "name":
            if layout in ("centred", "twocol"):
                c.setFont(F["b"], 20)
                c.setFillColor(accent)
                if layout == "centred":
                    c.drawCentredString(W / 2, st["y"], b[1])
                else:
                    c.drawString(x0, st["y"], b[1])
                c.setFillColor(HexColor("#000000"))
                st["y"] -= 22
                if layout == "twocol":
                    cy = st["y"] + 22
                    c.setFont(F["n"], 8.5)
                    for ln in d.get("contact", []):
                        c.drawRightString(x1, cy, ln)
                        cy -= 11
                    st["y"] = min(st["y"], cy) - 4
            else:
                c.setFont(F["b"], 18)
                c.drawString(x0, st["y"], b[1])
                st["y"] -= 18
        elif k == "contact":
            if layout == "twocol":
                continue
            c.setFont(F["n"], 9)
            if layout == "centred":
                c.drawCentredString(W / 2, st["y"], b[1])
            else:
                c.drawString(x0, st["y"], b[1])
            st["y"] -= 12
        elif k == "h":
            need(40)
            st["y"] -= 10
            c.setFont(F["b"], fs + 1.5)
            c.setFillColor(accent)
            c.drawString(x0, st["y"], b[1].upper() if o.get("caps_heads", True) else b[1])
            c.setFillColor(HexColor("#000000"))
            if o.get("rules", True):
                c.setStrokeColor(accent)
                c.setLineWidth(0.6)
                c.line(x0, st["y"] - 3, x1, st["y"] - 3)
            st["y"] -= fs + 7
        elif k in ("p", "li", "jb", "kv"):
            text = b[1] if k != "kv" else f"{b[1]}: {b[2]}"
            ind = 12 if k in ("li", "jb") else 0
            lines = wrap(text, F["n"], fs, x1 - x0 - ind)
            need(len(lines) * (fs + 3))
            c.setFont(F["n"], fs)
            for i, ln in enumerate(lines):
                if i == 0 and ind:
                    c.drawString(x0 + 2, st["y"], bullet)
                c.drawString(x0 + ind, st["y"], ln)
                st["y"] -= fs + 3
        elif k == "hl":
            _, l, r, s = b
            need(30 if s in ("b", "B") else 14)
            font = F["b"] if s in ("b", "B") else (F["i"] if s == "i" else F["n"])
            sz = fs + (1 if s == "B" else 0.5 if s == "b" else 0)
            c.setFont(font, sz)
            c.drawString(x0, st["y"], l)
            if r and c.stringWidth(l, font, sz) + c.stringWidth(r, F["n"], fs - 0.5) + 12 > x1 - x0:
                st["y"] -= sz + 3.5   # too long: dates right-aligned on the next line
            if r:
                c.setFont(F["n"], fs - 0.5)
                c.drawRightString(x1, st["y"], r)
            st["y"] -= sz + 3.5
        elif k == "jgap":
            st["y"] -= 5
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    o = d.get("opts", {})
    footer_txt = o.get("footer")

    class P(FPDF):
        def footer(self):
            if footer_txt:
                self.set_y(-12)
                self.set_font("DJ", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, footer_txt.format(page=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="Letter" if o.get("letter") else "A4")
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(d["name"] + " - CV")
    pdf.set_author(d["name"])
    pdf.add_font("DJ", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DJ", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DJ", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    fs = o.get("fs", 9.5)
    lh = fs * 0.5
    acc = o.get("accent", (30, 70, 110))
    layout = o.get("layout", "left")
    bullet = o.get("bullet", "•")
    W = pdf.epw
    for b in job_blocks(d):
        k = b[0]
        if k == "name":
            if layout == "banner":
                pdf.set_fill_color(*acc)
                pdf.rect(0, 0, pdf.w, 30, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_y(9)
                pdf.set_font("DJ", "B", 18)
                pdf.cell(0, 9, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.set_y(33)
            else:
                pdf.set_font("DJ", "B", 18)
                pdf.set_text_color(*acc)
                pdf.cell(0, 9, b[1], align="C" if layout == "centred" else "L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
        elif k == "contact":
            pdf.set_font("DJ", "", 8.5)
            pdf.cell(0, 4.5, b[1], align="C" if layout == "centred" else "L", new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            if pdf.will_page_break(18):
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DJ", "B", fs + 2)
            pdf.set_text_color(*acc)
            pdf.cell(0, 7, b[1].upper() if o.get("caps_heads", True) else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.ln(1.5)
        elif k in ("p", "kv"):
            pdf.set_font("DJ", "", fs)
            text = b[1] if k == "p" else f"{b[1]}: {b[2]}"
            pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
        elif k in ("li", "jb"):
            pdf.set_font("DJ", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, lh, bullet)
            pdf.multi_cell(W - 6, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "hl":
            _, l, r, s = b
            if s in ("b", "B") and pdf.will_page_break(14):
                pdf.add_page()
            style = "B" if s in ("b", "B") else ("I" if s == "i" else "")
            pdf.set_font("DJ", style, fs + (1 if s == "B" else 0.5 if s == "b" else 0))
            if r:
                lw = pdf.get_string_width(l)
                pdf.set_font("DJ", "", fs - 0.5)
                if lw + pdf.get_string_width(r) + 6 > W:   # too long: title line, then dates right-aligned below
                    pdf.set_font("DJ", style, fs + (1 if s == "B" else 0.5 if s == "b" else 0))
                    pdf.cell(W, lh + 0.5, l, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DJ", "", fs - 0.5)
                    pdf.cell(W, lh + 0.5, r, align="R", new_x="LMARGIN", new_y="NEXT")
                    continue
                pdf.set_font("DJ", style, fs + (1 if s == "B" else 0.5 if s == "b" else 0))
            y = pdf.get_y()
            rw = 0
            if r:
                pdf.set_font("DJ", "", fs - 0.5)
                rw = pdf.get_string_width(r) + 2
                pdf.set_xy(pdf.l_margin + W - rw, y)
                pdf.cell(rw, lh + 0.5, r, align="R")
                pdf.set_font("DJ", style, fs + (1 if s == "B" else 0.5 if s == "b" else 0))
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(W - rw, lh + 0.5, l, new_x="LMARGIN", new_y="NEXT")
        elif k == "jgap":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def render_docx(d, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    o = d.get("opts", {})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("fs", 10.5))
    cp = doc.core_properties
    cp.author = d["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED
    cp.last_modified_by = d["name"]
    cp.revision = 1
    mode = o.get("entry", "tabs")      # tabs | table | plain
    heads = o.get("heads", "styles")   # styles | bold
    layout = o.get("layout", "single") # single | sidebar
    contact_in_header = o.get("header_contact", False)
    tabpos = Cm(17)
    bullet_mode = o.get("bullets", "style")  # style | manual

    def heading(container, text, level=1):
        if heads == "styles" and container is doc:
            return doc.add_heading(text, level=level)
        p = container.add_paragraph()
        r = p.add_run(text.upper() if o.get("caps_heads", True) else text)
        r.bold = True
        r.font.size = Pt(o.get("fs", 10.5) + 1.5)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        p.paragraph_format.space_before = Pt(8)
        return p

    def bullet(container, text):
        if bullet_mode == "style":
            try:
                return container.add_paragraph(text, style="List Bullet")
            except KeyError:
                pass
        p = container.add_paragraph("•\t" + text)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        return p

    def line(container, l, r, s, tab=True):
        p = container.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(l)
        run.bold = s in ("b", "B")
        run.italic = s == "i"
        if s == "B":
            run.font.size = Pt(o.get("fs", 10.5) + 1)
        if r:
            if tab:
                p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Cm(11), WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + r)
            else:
                p.add_run("    " + r)
        return p

    def jobs(container, entries):
        prev = None
        for e in entries:
            hl = head_lines(e, o, prev)
            if mode == "table":
                t = container.add_table(rows=1, cols=2)
                t.alignment = WD_TABLE_ALIGNMENT.LEFT
                t.autofit = False
                lc, rc = t.rows[0].cells
                lc.width, rc.width = Cm(12.5), Cm(4.5)
                first = True
                for l, r, s in hl:
                    p = lc.paragraphs[0] if first else lc.add_paragraph()
                    first = False
                    run = p.add_run(l)
                    run.bold = s in ("b", "B")
                    run.italic = s == "i"
                    if r:
                        rp = rc.paragraphs[0]
                        rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        rp.add_run(r)
                for b in e.bullets:
                    bullet(container, b)
                container.add_paragraph()
            else:
                for l, r, s in hl:
                    line(container, l, r, s, tab=(mode == "tabs"))
                if e.bullets and o.get("hdr") == "labelled" and o.get("resp_label"):
                    container.add_paragraph(o["resp_label"])
                for b in e.bullets:
                    bullet(container, b)
                if not e.bullets and o.get("gap_after_empty", True):
                    pass
            prev = e.org

    def content(container, head, cont):
        heading(container, head, 1)
        if isinstance(cont, str):
            for para in cont.split("\n"):
                container.add_paragraph(para)
        elif cont and isinstance(cont[0], E):
            jobs(container, cont)
        elif cont and isinstance(cont[0], tuple):
            for k, v in cont:
                p = container.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(k + ": ")
                r.bold = True
                p.add_run(v)
        else:
            for it in cont:
                bullet(container, it)

    if contact_in_header:
        hp = sec.header.paragraphs[0]
        hr = hp.add_run(d["name"])
        hr.bold = True
        hr.font.size = Pt(14)
        for cl in d.get("contact", []):
            sec.header.add_paragraph(cl)
    else:
        if heads == "styles":
            doc.add_heading(d["name"], level=0)
        else:
            p = doc.add_paragraph()
            r = p.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(20)
        if layout != "sidebar":
            for cl in d.get("contact", []):
                p = doc.add_paragraph(cl)
                p.paragraph_format.space_after = Pt(0)

    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.2), Cm(11.8)
        _shade(lc, o.get("side_bg", "DCE6F0"))
        lc.paragraphs[0].add_run("Contact").bold = True
        for cl in d.get("contact", []):
            lc.add_paragraph(cl)
        for head, cont in d.get("side", []):
            content(lc, head, cont)
        rc.paragraphs[0].add_run("")
        for head, cont in d["sections"]:
            content(rc, head, cont)
    else:
        for head, cont in d["sections"] + list(d.get("side", [])):
            content(doc, head, cont)
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------- plain text
def render_txt(d, path):
    o = d.get("opts", {})
    hs = o.get("txt_heads", "caps")   # caps | underline | colon | dashes
    width = o.get("width", 76)
    bul = o.get("bullet", "- ")
    out = []
    for b in job_blocks(d):
        k = b[0]
        if k == "name":
            out.append(b[1].upper() if o.get("caps_name") else b[1])
        elif k == "contact":
            out.append(b[1])
        elif k == "h":
            out.append("")
            h = b[1]
            if hs == "caps":
                out.append(h.upper())
            elif hs == "underline":
                out += [h, "=" * len(h)]
            elif hs == "colon":
                out.append(h.upper() + ":")
            elif hs == "dashes":
                out.append(f"--- {h} ---")
            else:
                out.append(h)
            out.append("") if o.get("blank_after_head") else None
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            out.append(f"{b[1]:<{o.get('kvw', 18)}}: {b[2]}" if o.get("kv_align") else f"{b[1]}: {b[2]}")
        elif k in ("li", "jb"):
            out.append(("  " if k == "jb" and o.get("indent_bullets") else "") + bul + b[1])
        elif k == "hl":
            _, l, r, s = b
            if r:
                if o.get("txt_right", "pad") == "pad" and len(l) + len(r) + 4 <= width:
                    out.append(l + " " * (width - len(l) - len(r)) + r)
                else:
                    out.append(f"{l}{o.get('txt_join', '   |   ')}{r}")
            else:
                out.append(l)
        elif k == "jgap":
            out.append("")
    text = "\n".join(x for x in out if x is not None)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline=o.get("newline", "\n")) as f:
        f.write(text.strip() + "\n")


# ---------------------------------------------------------------- markdown
def render_md(d, path):
    o = d.get("opts", {})
    mode = o.get("md_entry", "h3")   # h3 | bold
    out = [f"# {d['name']}", ""]
    out.append(o.get("md_contact_join", " | ").join(d.get("contact", [])))
    for head, cont in d["sections"] + list(d.get("side", [])):
        out += ["", f"## {head}", ""]
        if isinstance(cont, str):
            out += [p + "\n" for p in cont.split("\n")]
        elif cont and isinstance(cont[0], E):
            prev = None
            for e in cont:
                hl = head_lines(e, o, prev)
                for i, (l, r, s) in enumerate(hl):
                    if s == "B":
                        out += [f"### {l}", ""]
                    elif s == "b":
                        lead = f"### {l}" if mode == "h3" and o.get("hdr") != "orgfirst" else f"**{l}**"
                        out.append(lead + (f" — *{r}*" if r and mode == "bold" else f" ({r})" if r else ""))
                        if lead.startswith("###"):
                            out.append("")
                    elif s == "i":
                        out.append(f"*{l}*" + (f" — {r}" if r else "") + "  ")
                    else:
                        out.append(l + (f" — {r}" if r else "") + "  ")
                if out[-1] != "":
                    out.append("")
                for b in e.bullets:
                    out.append(f"- {b}")
                if e.bullets:
                    out.append("")
                prev = e.org
        elif cont and isinstance(cont[0], tuple):
            for k, v in cont:
                out.append(f"- **{k}:** {v}")
        else:
            for it in cont:
                out.append(f"- {it}")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


# ---------------------------------------------------------------- html
CSS_A = """body{font-family:Georgia,serif;max-width:780px;margin:30px auto;color:#222}
h1{margin-bottom:2px}h2{border-bottom:2px solid #446;color:#446;font-size:1.1em;text-transform:uppercase;margin-top:22px}
.job h3{margin:10px 0 0;font-size:1em}.dates{float:right;font-weight:normal;color:#555}.sub{font-style:italic;margin:0}
ul{margin-top:4px}.contact{color:#555}"""
CSS_B = """body{font-family:Arial,Helvetica,sans-serif;font-size:13px}table.cv{width:100%;border-collapse:collapse}
td{vertical-align:top;padding:4px 8px}td.when{width:26%;color:#333}th{background:#d8e4bc;text-align:left;padding:4px 8px}"""


def render_html(d, path):
    o = d.get("opts", {})
    esc = htmlmod.escape
    mode = o.get("html_mode", "div")
    out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{esc(d['name'])} - {esc(o.get('html_title', 'Curriculum Vitae'))}</title>",
           f"<style>{CSS_A if mode == 'div' else CSS_B}</style>", "</head>", "<body>"]
    out.append(f"<h1>{esc(d['name'])}</h1>")
    out.append("<p class=\"contact\">" + "<br>".join(esc(c) for c in d.get("contact", [])) + "</p>")
    secs = d["sections"] + list(d.get("side", []))
    if mode == "table":
        out.append("<table class=\"cv\">")
    for head, cont in secs:
        if mode == "table":
            out.append(f"<tr><th colspan=\"2\">{esc(head)}</th></tr>")
        else:
            out.append(f"<h2>{esc(head)}</h2>")
        if isinstance(cont, str):
            ps = "".join(f"<p>{esc(p)}</p>" for p in cont.split("\n"))
            out.append(f"<tr><td colspan=\"2\">{ps}</td></tr>" if mode == "table" else ps)
        elif cont and isinstance(cont[0], E):
            prev = None
            for e in cont:
                ul = ("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>") if e.bullets else ""
                if mode == "table":
                    dates = fmt_range(e, o.get("ds", "mon"), o.get("pw", "Present"), o.get("sep", " – "))
                    body = f"<b>{esc(e.title)}</b><br>" + esc(_ol(e, o.get('orgsep', ', '))) + ul
                    out.append(f"<tr><td class=\"when\">{esc(dates)}</td><td>{body}</td></tr>")
                else:
                    hl = head_lines(e, o, prev)
                    parts = ["<div class=\"job\">"]
                    for l, r, s in hl:
                        rr = f" <span class=\"dates\">{esc(r)}</span>" if r else ""
                        if s == "B":
                            parts.append(f"<h3 style=\"text-transform:none\">{esc(l)}</h3>")
                        elif s == "b":
                            parts.append(f"<h3>{esc(l)}{rr}</h3>")
                        elif s == "i":
                            parts.append(f"<p class=\"sub\">{esc(l)}{rr}</p>")
                        else:
                            parts.append(f"<p class=\"sub\" style=\"font-style:normal\">{esc(l)}{rr}</p>")
                    parts.append(ul + "</div>")
                    out.append("\n".join(parts))
                prev = e.org
        elif cont and isinstance(cont[0], tuple):
            rows = "".join(f"<b>{esc(k)}:</b> {esc(v)}<br>" for k, v in cont)
            out.append(f"<tr><td colspan=\"2\">{rows}</td></tr>" if mode == "table" else f"<p>{rows}</p>")
        else:
            lis = "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in cont) + "</ul>"
            out.append(f"<tr><td colspan=\"2\">{lis}</td></tr>" if mode == "table" else lis)
    if mode == "table":
        out.append("</table>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def render(d, outdir):
    path = os.path.join(outdir, d["file"])
    r = d.get("renderer")
    ext = d["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        (render_fpdf if r == "fpdf" else render_reportlab)(d, path)
    elif ext == "docx":
        render_docx(d, path)
    elif ext == "txt":
        render_txt(d, path)
    elif ext == "md":
        render_md(d, path)
    elif ext == "html":
        render_html(d, path)
    else:
        raise ValueError(ext)
    return path
