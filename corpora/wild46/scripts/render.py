"""Renderers for wild46: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML."""
import datetime, html, io, os, zipfile
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def dates(e, r):
    return fmt_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " – "))


def place(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def groups(r):
    """Yield (heading or None, [entries]) keeping file order; a heading when the section changes."""
    out, last = [], object()
    for e in r["entries"]:
        h = r["headings"].get(e.section, r["headings"]["work"])
        if h != last:
            out.append((h, []))
            last = h
        out[-1][1].append(e)
    return out


def head_lines(e, r, prev=None):
    """Return the header lines of one entry: list of (style, text, right)."""
    o, d = r.get("order", "title_org"), dates(e, r)
    dash = r.get("dash", " – ")
    if e.org is None and o not in ("kv",):
        return [("b", e.title, d)]
    if o == "title_org":
        return [("b", e.title, d), ("i", place(e), None)]
    if o == "org_title":
        return [("b", place(e), d), ("i", e.title, None)]
    if o == "dateline":
        return [("b", e.title, None), ("n", place(e), None), ("i", d, None)]
    if o == "dash":
        return [("b", f"{e.title}{dash}{place(e)}", d)]
    if o == "pipe":
        return [("b", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    if o == "inline":
        return [("b", f"{e.title}, {place(e)}" + (f", {d}" if d else ""), None)]
    if o == "orgfirst":
        out = []
        if prev is None or prev.org != e.org:
            out.append(("B", place(e), None))
        out.append(("b", e.title, d))
        return out
    if o == "kv":
        out = []
        if e.org:
            out.append(("n", f"Organisation : {place(e)}", None))
        out.append(("b", f"Designation  : {e.title}", None))
        if d:
            out.append(("n", f"Duration     : {d}", None))
        return out
    raise ValueError(o)


def entry_parts(r):
    """Flattened list of ('h', heading) / ('e', entry, header lines) in order."""
    parts = []
    for h, es in groups(r):
        parts.append(("h", h))
        prev = None
        for e in es:
            parts.append(("e", e, head_lines(e, r, prev)))
            prev = e
    return parts


def body_lines(e, r):
    if not e.bullets:
        return []
    if r.get("prose"):
        return [("p", " ".join(e.bullets))]
    return [("li", b) for b in e.bullets]


# ---------------------------------------------------------------- text-like
def render_txt(r):
    L, bch = [], r.get("bullet", "-")
    caps = r.get("caps_headings", False)
    L.append(r["name"].upper() if caps else r["name"])
    L += r["contact"]
    L.append("")

    def heading(h):
        L.append(h.upper() if caps else h)
        if r.get("underline"):
            L.append(r["underline"] * len(h))
    for h, lines in r.get("before", []):
        heading(h); L += lines; L.append("")
    for p in entry_parts(r):
        if p[0] == "h":
            heading(p[1]); L.append("")
            continue
        e, hl = p[1], p[2]
        for st, t, right in hl:
            L.append(t + (f"    {right}" if right else "") if not r.get("right_first") or not right else f"{t} ({right})")
        for k, t in body_lines(e, r):
            L.append(t if k == "p" else f"{bch} {t}")
        L.append("")
    for h, lines in r.get("after", []):
        heading(h); L += lines; L.append("")
    return "\n".join(L).rstrip() + "\n"


def render_md(r):
    L = [f"# {r['name']}", "", " | ".join(r["contact"]) if r.get("contact_inline", True) else "\n".join(r["contact"]), ""]
    bch = r.get("bullet", "-")
    for h, lines in r.get("before", []):
        L += [f"## {h}", ""] + lines + [""]
    style = r.get("md", "h3")
    for p in entry_parts(r):
        if p[0] == "h":
            L += [f"## {p[1]}", ""]
            continue
        e, hl = p[1], p[2]
        for i, (st, t, right) in enumerate(hl):
            if style == "h3" and i == 0:
                L.append(f"### {t}" + (f" ({right})" if right else ""))
            elif st in ("b", "B"):
                L.append(f"**{t}**" + (f" — *{right}*" if right else "") + "  ")
            else:
                L.append(f"*{t}*" + (f" · {right}" if right else "") + "  ")
        L.append("")
        for k, t in body_lines(e, r):
            L.append(t if k == "p" else f"{bch} {t}")
        L.append("")
    for h, lines in r.get("after", []):
        L += [f"## {h}", ""] + lines + [""]
    return "\n".join(L).rstrip() + "\n"


def render_html(r):
    esc = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:auto} h2{border-bottom:1px solid #999} .d{float:right;color:#555}")
    L = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{esc(r['name'])} - CV</title>",
         f"<style>{css}</style></head><body>", f"<h1>{esc(r['name'])}</h1>",
         "<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    for h, lines in r.get("before", []):
        L.append(f"<h2>{esc(h)}</h2>")
        L += [f"<p>{esc(x)}</p>" for x in lines if x]
    tbl = r.get("html") == "table"
    for p in entry_parts(r):
        if p[0] == "h":
            L.append(f"<h2>{esc(p[1])}</h2>")
            continue
        e, hl = p[1], p[2]
        if tbl:
            L.append("<table class=\"job\"><tr>")
            L.append("<td>" + "<br>".join((f"<b>{esc(t)}</b>" if st in 'bB' else f"<i>{esc(t)}</i>") for st, t, _ in hl) + "</td>")
            L.append("<td class=\"d\">" + "".join(esc(rt) for _, _, rt in hl if rt) + "</td></tr></table>")
        else:
            for st, t, right in hl:
                tag = "h3" if st in "bB" else "div"
                d = f"<span class=\"d\">{esc(right)}</span>" if right else ""
                L.append(f"<{tag}>{esc(t)}{d}</{tag}>")
        bl = body_lines(e, r)
        if bl and bl[0][0] == "p":
            L.append(f"<p>{esc(bl[0][1])}</p>")
        elif bl:
            L.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for _, t in bl) + "</ul>")
    for h, lines in r.get("after", []):
        L.append(f"<h2>{esc(h)}</h2>")
        L.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines if x) + "</ul>")
    L.append("</body></html>")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    size = LETTER if r.get("paper") == "letter" else A4
    W, H = size
    if r.get("font") == "dejavu":
        for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, DJ + f))
        F, FB, FI = "DV", "DVB", "DVI"
    else:
        F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    c = Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV"); c.setAuthor(r["name"]); c.setCreator("Microsoft Word")
    lay = r.get("layout", "plain")
    side_w = 170 if lay == "sidebar" else 0
    left, right = (side_w + 28 if side_w else 56), W - 50
    page = [1]

    def footer():
        if r.get("footer"):
            c.setFont(F, 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].format(page=page[0]))
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*r.get("side_rgb", (0.17, 0.25, 0.36)))
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFillGray(1)
        y = H - 60
        c.setFont(FB, 15)
        for ln in simpleSplit(r["name"], FB, 15, side_w - 30):
            c.drawString(16, y, ln); y -= 18
        y -= 10
        for h, lines in [("Contact", r["contact"])] + r.get("sidebar", []):
            c.setFont(FB, 10); c.drawString(16, y, h.upper()); y -= 14
            c.setFont(F, 8.5)
            for x in lines:
                for ln in simpleSplit(x, F, 8.5, side_w - 30):
                    c.drawString(16, y, ln); y -= 11
            y -= 10
        c.setFillGray(0)

    def header():
        y = H - 56
        if lay == "sidebar":
            return H - 56
        if lay == "twocol":
            c.setFont(FB, 20); c.drawString(left, y, r["name"])
            if r.get("headline"):
                c.setFont(F, 10.5); c.drawString(left, y - 16, r["headline"])
            c.setFont(F, 8.5)
            yy = y + 6
            for x in r["contact"]:
                c.drawRightString(right, yy, x); yy -= 11
            y = min(y - 30, yy - 4)
        else:
            c.setFont(FB, 18)
            if r.get("centre"):
                c.drawCentredString(W / 2, y, r["name"])
            else:
                c.drawString(left, y, r["name"])
            y -= 15; c.setFont(F, 9)
            line = "  |  ".join(r["contact"])
            for ln in simpleSplit(line, F, 9, right - left):
                (c.drawCentredString(W / 2, y, ln) if r.get("centre") else c.drawString(left, y, ln)); y -= 11
        c.setLineWidth(0.6); c.line(left, y, right, y)
        return y - 16

    st = {"y": None}

    def newpage():
        footer(); c.showPage(); page[0] += 1
        if side_w and r.get("sidebar_every_page"):
            sidebar()
        st["y"] = H - 56

    def need(h):
        if st["y"] - h < 50:
            newpage()

    def text(s, font, sz, indent=0, rtext=None, lead=None):
        lead = lead or sz + 3
        avail = right - left - indent - (c.stringWidth(rtext, font, sz) + 12 if rtext else 0)
        lines = simpleSplit(s, font, sz, avail)
        need(lead * len(lines))
        for i, ln in enumerate(lines):
            c.setFont(font, sz); c.drawString(left + indent, st["y"], ln)
            if rtext and i == 0:
                c.setFont(F, sz - 0.5); c.drawRightString(right, st["y"], rtext)
            st["y"] -= lead

    def heading(h):
        need(40); st["y"] -= 4
        c.setFont(FB, 11.5); c.setFillColorRGB(*r.get("head_rgb", (0.1, 0.2, 0.4)))
        c.drawString(left, st["y"], h.upper() if r.get("caps_headings", True) else h)
        c.setFillGray(0); st["y"] -= 4
        c.setLineWidth(0.4); c.line(left, st["y"], right, st["y"]); st["y"] -= 13

    if side_w:
        sidebar()
    st["y"] = header()
    for h, lines in r.get("before", []):
        heading(h)
        for x in lines:
            text(x, F, 9.5)
        st["y"] -= 6
    bch = r.get("bullet", "•")
    for p in entry_parts(r):
        if p[0] == "h":
            heading(p[1]); continue
        e, hl = p[1], p[2]
        need(50)
        for s_, t, rt in hl:
            font = {"b": FB, "B": FB, "i": FI, "n": F}[s_]
            text(t, font, 10.5 if s_ == "B" else 10, rtext=rt)
        for k, t in body_lines(e, r):
            if k == "p":
                text(t, F, 9.5)
            else:
                avail = right - left - 14
                lines = simpleSplit(t, F, 9.5, avail)
                need(12.5 * len(lines))
                c.setFont(F, 9.5); c.drawString(left + 3, st["y"], bch)
                for ln in lines:
                    c.drawString(left + 14, st["y"], ln); st["y"] -= 12.5
        st["y"] -= 7
        if r.get("break_after") == e.title:
            newpage()
    for h, lines in r.get("after", []):
        heading(h)
        for x in lines:
            text(x, F, 9.5)
        st["y"] -= 6
    footer(); c.showPage(); c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14); self.set_font("DV", "", 8); self.set_text_color(110)
                self.cell(0, 6, foot.format(page=self.page_no()), align="C")
                self.set_text_color(0)
    pdf = P(format="Letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - Resume"); pdf.set_author(r["name"]); pdf.set_creator("Writer")
    pdf.set_producer("fpdf2")
    for sty, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DV", sty, DJ + f)
    pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    centre = r.get("layout") == "centred"
    al = "C" if centre else "L"
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("DV", "", 10.5); pdf.cell(0, 6, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    if centre:
        pdf.multi_cell(0, 4.5, "  •  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for x in r["contact"]:
            pdf.cell(0, 4.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_draw_color(120); pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y()); pdf.ln(3)

    def heading(h):
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(1); pdf.set_font("DV", "B", 11)
        pdf.set_text_color(*r.get("head_rgb255", (30, 60, 100)))
        pdf.cell(0, 7, h.upper() if r.get("caps_headings", True) else h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0); pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y()); pdf.ln(2)
    for h, lines in r.get("before", []):
        heading(h); pdf.set_font("DV", "", 9.5)
        for x in lines:
            pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    bch = r.get("bullet", "•")
    for p in entry_parts(r):
        if p[0] == "h":
            heading(p[1]); continue
        e, hl = p[1], p[2]
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        for s_, t, rt in hl:
            pdf.set_font("DV", {"b": "B", "B": "B", "i": "I", "n": ""}[s_], 10)
            if rt:
                wr = pdf.get_string_width(rt) + 4
                y = pdf.get_y()
                pdf.multi_cell(pdf.epw - wr, 5.5, t, new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y(); pdf.set_xy(pdf.w - 18 - wr, y); pdf.set_font("DV", "", 9)
                pdf.cell(wr, 5.5, rt, align="R"); pdf.set_xy(18, y2)
            else:
                pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.3)
        for k, t in body_lines(e, r):
            if k == "p":
                pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(5, 4.8, bch); pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    if r.get("after_newpage"):
        pdf.add_page()
    for h, lines in r.get("after", []):
        heading(h); pdf.set_font("DV", "", 9.3)
        for x in lines:
            pdf.multi_cell(0, 4.8, x, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{n}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = r.get("docfont", "Calibri"); st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin
    cp = d.core_properties
    cp.author = r["name"]; cp.title = "CV"; cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]; cp.revision = 3; cp.last_printed = FIXED.replace(tzinfo=None)
    body = d
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.text = ""; run = hp.add_run(r["name"]); run.bold = True; run.font.size = Pt(15)
        hp2 = sec.header.add_paragraph(" · ".join(r["contact"])); hp2.runs[0].font.size = Pt(8.5)
    else:
        if lay == "sidebar":
            t = d.add_table(rows=1, cols=2); _noborders(t)
            t.columns[0].width = Cm(5.5); t.cell(0, 0).width = Cm(5.5); t.cell(0, 1).width = Cm(11.5)
            sc = t.cell(0, 0); _shade(sc, r.get("side_fill", "DCE6F0"))
            p = sc.paragraphs[0]; rn = p.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(16)
            for h, lines in [("Contact", r["contact"])] + r.get("sidebar", []):
                hp = sc.add_paragraph(); hr = hp.add_run(h.upper()); hr.bold = True; hr.font.size = Pt(10)
                for x in lines:
                    sp = sc.add_paragraph(x); sp.runs[0].font.size = Pt(9)
            body = t.cell(0, 1)
            body.paragraphs[0].text = r.get("headline", "")
            tabpos = Cm(11.2)
        else:
            d.add_paragraph(r["name"], style="Title")
            d.add_paragraph(" | ".join(r["contact"]))

    def heading(h):
        if lay in ("styles", "header"):
            body.add_paragraph(h, style="Heading 1" if lay == "styles" else "Heading 2")
        else:
            p = body.add_paragraph(); rn = p.add_run(h.upper()); rn.bold = True; rn.font.size = Pt(12)
            rn.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def para(t, style=None):
        return body.add_paragraph(t, style=style) if style else body.add_paragraph(t)
    for h, lines in r.get("before", []):
        heading(h)
        for x in lines:
            para(x)
    for p in entry_parts(r):
        if p[0] == "h":
            heading(p[1]); continue
        e, hl = p[1], p[2]
        if r.get("job_table"):
            t = body.add_table(rows=1, cols=2); _noborders(t)
            a, b = t.cell(0, 0), t.cell(0, 1)
            a.width = Cm(12); b.width = Cm(5)
            first = True
            for s_, tx, rt in hl:
                pp = a.paragraphs[0] if first else a.add_paragraph(); first = False
                rn = pp.add_run(tx); rn.bold = s_ in "bB"; rn.italic = s_ == "i"
            b.paragraphs[0].text = " ".join(rt for _, _, rt in hl if rt)
            b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            for i, (s_, tx, rt) in enumerate(hl):
                if lay == "styles" and i == 0 and s_ != "B":
                    pp = body.add_paragraph(style="Heading 3") if hasattr(body, "add_heading") else body.add_paragraph()
                else:
                    pp = body.add_paragraph()
                pp.paragraph_format.space_after = Pt(0)
                rn = pp.add_run(tx); rn.bold = s_ in "bB"; rn.italic = s_ == "i"
                if rt:
                    pp.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                    pp.add_run("\t" + rt)
        for k, tx in body_lines(e, r):
            if k == "p":
                para(tx)
            elif r.get("list_style", True):
                para(tx, "List Bullet")
            else:
                para(f"{r.get('bullet', '-')} {tx}")
    for h, lines in r.get("after", []):
        heading(h)
        for x in lines:
            para(x, "List Bullet" if r.get("after_bullets") else None)
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"].format(page=1)
    bio = io.BytesIO(); d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def render(r, path):
    ext = r["ext"]
    if ext == "pdf":
        (render_rl if r["renderer"] == "reportlab" else render_fpdf)(r, path)
    elif ext == "docx":
        render_docx(r, path)
    else:
        s = {"txt": render_txt, "md": render_md, "html": render_html}[ext](r)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s)
