"""Renderers for wild89: reportlab, fpdf2, python-docx, text, Markdown, HTML.

A résumé dict has: file, family, renderer, layout, order, dstyle, present, name, contact (list of lines),
optional side [(heading, [lines])] for sidebar layouts, blocks [(heading, content)] where content is a str
(paragraph), a list of str (plain lines) or a list of lib.E (jobs), bullet ('•', '-', '*', 'none', 'para'),
optional footer (format string with {n}), optional sep for date ranges, optional heads ('caps', 'title').
"""
import datetime
import html as htmlmod
import io
import zipfile

from lib import E, drange

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def place(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def entry_lines(d, e, prev_org):
    """(style, left, right) tuples for an entry header; style b = bold, i = italic, p = plain, B = employer heading."""
    dt = drange(e, d.get("dstyle", "mon"), d.get("present", "Present"), d.get("sep", " – "))
    t, o = e.show_title, d.get("order", "title_org")
    if o == "title_org":
        return [("b", t, dt), ("i", place(e), None)]
    if o == "org_title":
        return [("b", place(e), dt), ("i", t, None)]
    if o == "dash":
        return [("b", f"{t} – {place(e)}" if place(e) else t, dt)]
    if o == "pipe":
        return [("b", " | ".join(x for x in (t, e.org, e.loc) if x), dt)]
    if o == "dateline":
        return [("b", t, None), ("p", place(e), None), ("i", dt, None)]
    if o == "datesfirst":
        return [("i", dt, None), ("b", f"{t}, {place(e)}" if place(e) else t, None)]
    if o == "labelled":
        out = [("b", f"Position: {t}", None)]
        if place(e):
            out.append(("p", f"Employer: {place(e)}", None))
        return out + [("p", f"Period: {dt}", None)]
    if o == "orgfirst":
        out = []
        if e.org != prev_org:
            out.append(("B", place(e) or "Self-employed", None))
        return out + [("b", t, dt)]
    if o == "inline":
        return [("b", f"{t}, {place(e)}, {dt}" if place(e) else f"{t}, {dt}", None)]
    raise ValueError(o)


def bullet_lines(d, e):
    b = d.get("bullet", "•")
    if not e.bullets:
        return []
    if b == "para":
        return [("para", " ".join(x if x.endswith(".") else x + "." for x in e.bullets))]
    if b == "none":
        return [("para", x) for x in e.bullets]
    return [("bul", x) for x in e.bullets]


def iter_items(d):
    """Yield ('H', heading) / ('P', text) / ('L', line) / ('E', style, left, right) / ('bul'|'para', text) / ('gap',)."""
    for heading, content in d["blocks"]:
        if heading:
            yield ("H", heading)
        if isinstance(content, str):
            yield ("P", content)
            continue
        prev = object()
        for it in content:
            if isinstance(it, E):
                for st, left, right in entry_lines(d, it, prev):
                    yield ("E", st, left, right)
                prev = it.org
                for kind, txt in bullet_lines(d, it):
                    yield (kind, txt)
                yield ("gap",)
            else:
                yield ("L", it)


def head_text(d, h):
    return h.upper() if d.get("heads") == "caps" else h


# ---------------------------------------------------------------- text / markdown / html

def render_txt(d, path):
    b = d.get("bullet", "•")
    out = [d["name"].upper() if d.get("caps_name") else d["name"]] + d["contact"] + [""]
    for it in iter_items(d):
        if it[0] == "H":
            h = head_text(d, it[1])
            if out and out[-1] != "":
                out.append("")
            out += [h, ("=" if d.get("heads") == "caps" else "-") * len(h)] if d.get("underline", True) else [h]
        elif it[0] == "P":
            out += [it[1], ""]
        elif it[0] == "L":
            out.append(it[1])
        elif it[0] == "E":
            _, st, left, right = it
            if st == "B":
                out.append(left.upper() if d.get("org_upper") else left)
            else:
                out.append(f"{left}{d.get('rsep', '   ')}{right}" if right else left)
        elif it[0] == "bul":
            out.append(f"{b} {it[1]}")
        elif it[0] == "para":
            out.append(it[1])
        elif it[0] == "gap":
            out.append("")
    txt = "\n".join(out).rstrip() + "\n"
    open(path, "w", encoding="utf-8", newline="\n").write(txt)


def render_md(d, path):
    b = "*" if d.get("bullet") == "*" else "-"
    out = [f"# {d['name']}", "", "  \n".join(d["contact"]), ""]
    for it in iter_items(d):
        if it[0] == "H":
            out += ["", f"## {it[1]}", ""]
        elif it[0] == "P":
            out += [it[1], ""]
        elif it[0] == "L":
            out.append(f"{b} {it[1]}" if d.get("md_list_lines", True) else it[1])
        elif it[0] == "E":
            _, st, left, right = it
            r = f" — *{right}*" if right else ""
            if st in ("b", "B") and d.get("md_h3", True):
                out += [f"### {left}{r}", ""] if st == "B" or d.get("order") != "orgfirst" else [f"**{left}**{r}  "]
            elif st == "b":
                out.append(f"**{left}**{r}  ")
            elif st == "i":
                out.append(f"*{left}*{r}  ")
            else:
                out.append(f"{left}{r}  ")
        elif it[0] == "bul":
            out.append(f"{b} {it[1]}")
        elif it[0] == "para":
            out += ["", it[1]]
        elif it[0] == "gap":
            out.append("")
        if it[0] == "L" and out[-2:-1] == [""]:
            pass
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8", newline="\n").write(txt.rstrip() + "\n")


def render_html(d, path):
    esc = htmlmod.escape
    o = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(d['name'])} – CV</title>",
         "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto}"
         " .d{float:right;color:#555} h2{border-bottom:1px solid #8a9a5b}</style>", "</head>", "<body>",
         f"<h1>{esc(d['name'])}</h1>", "<p>" + "<br>".join(esc(c) for c in d["contact"]) + "</p>"]
    inlist = False
    for it in iter_items(d):
        if it[0] != "bul" and it[0] != "L" and inlist:
            o.append("</ul>")
            inlist = False
        if it[0] == "H":
            o.append(f"<h2>{esc(it[1])}</h2>")
        elif it[0] == "P":
            o.append(f"<p>{esc(it[1])}</p>")
        elif it[0] in ("L", "bul"):
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{esc(it[1])}</li>")
        elif it[0] == "E":
            _, st, left, right = it
            r = f"<span class=\"d\">{esc(right)}</span>" if right else ""
            if st == "B":
                o.append(f"<h3>{esc(left)}</h3>")
            elif st == "b":
                o.append(f"<p><strong>{esc(left)}</strong>{r}</p>" if d.get("order") == "orgfirst"
                         else f"<h3>{esc(left)}{r}</h3>")
            elif st == "i":
                o.append(f"<p><em>{esc(left)}</em>{r}</p>")
            else:
                o.append(f"<p>{esc(left)}{r}</p>")
        elif it[0] == "para":
            o.append(f"<p>{esc(it[1])}</p>")
    if inlist:
        o.append("</ul>")
    o += ["</body>", "</html>"]
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(o) + "\n")


# ---------------------------------------------------------------- reportlab

def render_reportlab(d, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = letter if d.get("paper") == "letter" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(d["name"] + " CV")
    c.setAuthor(d["name"])
    lay = d.get("layout", "plain")
    accent = d.get("accent", (0.25, 0.4, 0.2))
    page = [1]
    sidebar_w = 175 if lay == "sidebar" else 0
    L = 50 + sidebar_w + (10 if sidebar_w else 0)
    R = W - 50
    y = [H - 60]

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(W / 2, 30, d["footer"].format(n=page[0]))
            c.setFillColorRGB(0, 0, 0)

    def draw_sidebar():
        if not sidebar_w:
            return
        c.setFillColorRGB(*d.get("side_fill", (0.9, 0.93, 0.87)))
        c.rect(0, 0, sidebar_w + 30, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def need(h):
        if y[0] - h < 60:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = H - 60

    draw_sidebar()
    # header
    if lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(50, y[0], d["name"])
        c.setFont("Helvetica", 9)
        yy = y[0] + 8
        for line in d["contact"]:
            c.drawRightString(R, yy, line)
            yy -= 11
        y[0] = min(y[0] - 18, yy) - 6
        c.setStrokeColorRGB(*accent)
        c.line(50, y[0], R, y[0])
        y[0] -= 20
    elif lay == "sidebar":
        sy = H - 60
        c.setFont("Helvetica-Bold", 17)
        for part in simpleSplit(d["name"], "Helvetica-Bold", 17, sidebar_w - 10):
            c.drawString(28, sy, part)
            sy -= 20
        c.setFont("Helvetica", 8.5)
        for line in d["contact"]:
            for part in simpleSplit(line, "Helvetica", 8.5, sidebar_w - 10):
                c.drawString(28, sy, part)
                sy -= 11
        sy -= 8
        for h, lines in d.get("side", []):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(28, sy, h.upper())
            sy -= 14
            c.setFont("Helvetica", 8.5)
            for line in lines:
                for part in simpleSplit(line, "Helvetica", 8.5, sidebar_w - 10):
                    c.drawString(28, sy, part)
                    sy -= 11
            sy -= 8
    else:
        c.setFont("Helvetica-Bold", 18)
        if d.get("centre", True):
            c.drawCentredString(W / 2, y[0], d["name"])
        else:
            c.drawString(L, y[0], d["name"])
        y[0] -= 16
        c.setFont("Helvetica", 9)
        cl = "  |  ".join(d["contact"])
        for part in simpleSplit(cl, "Helvetica", 9, R - L):
            (c.drawCentredString(W / 2, y[0], part) if d.get("centre", True) else c.drawString(L, y[0], part))
            y[0] -= 12
        y[0] -= 10

    for it in iter_items(d):
        k = it[0]
        if k == "H":
            need(40)
            y[0] -= 4
            c.setFont("Helvetica-Bold", 11)
            c.setFillColorRGB(*accent)
            c.drawString(L, y[0], head_text(d, it[1]))
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(*accent)
            c.line(L, y[0] - 3, R, y[0] - 3)
            y[0] -= 16
        elif k in ("P", "para", "L", "bul"):
            txt = it[1]
            ind = 12 if k == "bul" else 0
            lines = simpleSplit(txt, "Helvetica", 9.5, R - L - ind)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.5)
            if k == "bul":
                c.drawString(L + 2, y[0], "•" if d.get("bullet") == "•" else d.get("bullet", "•"))
            for ln in lines:
                c.drawString(L + ind, y[0], ln)
                y[0] -= 12
            if k == "P":
                y[0] -= 4
        elif k == "E":
            _, st, left, right = it
            need(30)
            font = {"b": "Helvetica-Bold", "B": "Helvetica-Bold", "i": "Helvetica-Oblique", "p": "Helvetica"}[st]
            c.setFont(font, 11 if st == "B" else 10)
            c.drawString(L, y[0], left)
            if right:
                c.setFont("Helvetica", 9.5)
                c.drawRightString(R, y[0], right)
            y[0] -= 13
        elif k == "gap":
            y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2

def render_fpdf(d, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-14)
                self.set_font("DJ", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, d["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter" if d.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d["name"] + " - CV")
    pdf.set_author(d["name"])
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    acc = d.get("accent_rgb", (60, 90, 50))
    centre = d.get("layout") == "centred"
    pdf.set_font("DJ", "B", 17)
    pdf.cell(0, 9, d["name"], align="C" if centre else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", 8.5)
    for line in d["contact"] if not d.get("contact_join") else [d["contact_join"].join(d["contact"])]:
        pdf.cell(0, 4.6, line, align="C" if centre else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    b = d.get("bullet", "•")
    for it in iter_items(d):
        k = it[0]
        if k == "H":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DJ", "B", 10.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6, head_text(d, it[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif k in ("P", "para", "L"):
            pdf.set_font("DJ", "", 9)
            pdf.multi_cell(0, 4.6, it[1], new_x="LMARGIN", new_y="NEXT")
            if k == "P":
                pdf.ln(1)
        elif k == "bul":
            pdf.set_font("DJ", "", 9)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, 4.6, b)
            pdf.multi_cell(0, 4.6, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "E":
            _, st, left, right = it
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.set_font("DJ", {"b": "B", "B": "B", "i": "I", "p": ""}[st], 10 if st != "B" else 10.5)
            pdf.cell(0, 5.2, left, new_x="LMARGIN" if not right else "LEFT", new_y="NEXT" if not right else "TOP")
            if right:
                pdf.set_x(pdf.l_margin)
                pdf.set_font("DJ", "", 9)
                pdf.cell(0, 5.2, right, align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx

def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(d, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Inches, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = doc.styles["Normal"]
    st.font.name = d.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = d.get("layout", "styles")
    tabpos = Inches(6.9)
    container = doc

    def para(text="", style=None, bold=False, italic=False, size=None, right=None, cont=None):
        cont = cont or container
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if cont is doc else Inches(4.4), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    # header / name
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        h2 = sec.header.add_paragraph(" · ".join(d["contact"]))
        h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        side, main = t.rows[0].cells
        side.width, main.width = Inches(2.2), Inches(4.8)
        _shade(side, d.get("side_fill", "E4EAD9"))
        side.paragraphs[0].add_run(d["name"]).bold = True
        side.paragraphs[0].runs[0].font.size = Pt(15)
        for line in d["contact"]:
            para(line, size=9, cont=side)
        for h, lines in d.get("side", []):
            para("", cont=side)
            para(h.upper(), bold=True, size=10, cont=side)
            for line in lines:
                para(line, size=9, cont=side)
        container = main
        main.paragraphs[0].text = ""
    else:
        if lay == "styles":
            doc.add_heading(d["name"], 0)
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if d.get("centre") else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(d["name"])
            r.bold = True
            r.font.size = Pt(18)
        p = doc.add_paragraph(" | ".join(d["contact"]))
        if d.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    bchar = d.get("bullet", "•")
    pending = None
    for it in iter_items(d):
        k = it[0]
        if k == "H":
            if lay in ("styles", "header") and container is doc:
                doc.add_heading(it[1], 1)
            else:
                p = para(head_text(d, it[1]), bold=True, size=12)
                for r in p.runs:
                    r.font.color.rgb = RGBColor(0x3A, 0x5A, 0x2A)
        elif k in ("P", "para"):
            para(it[1])
        elif k == "L":
            para(it[1], style="List Bullet" if d.get("list_style", True) else None)
        elif k == "bul":
            if d.get("list_style", True) and bchar in ("•",):
                para(it[1], style="List Bullet")
            else:
                para(f"{bchar} {it[1]}" if bchar not in ("none", "para") else it[1])
        elif k == "E":
            _, s, left, right = it
            if lay == "table" and s in ("b",) and right:
                t = container.add_table(rows=1, cols=2)
                a, bcell = t.rows[0].cells
                a.width, bcell.width = Inches(5.0), Inches(1.9)
                a.paragraphs[0].add_run(left).bold = True
                pending = a
                bp = bcell.paragraphs[0]
                bp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                bp.add_run(right)
                continue
            if pending is not None and s == "i":
                pending.add_paragraph().add_run(left).italic = True
                pending = None
                continue
            pending = None
            para(left, bold=s in ("b", "B"), italic=s == "i", size=11.5 if s == "B" else None, right=right)
        elif k == "gap":
            pending = None
            if d.get("gap_para", False):
                para("")
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "CV"
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}


def gold(d):
    from lib import months
    ents = [it.gold() for _, content in d["blocks"] if not isinstance(content, str)
            for it in content if isinstance(it, E)]
    return {"file": d["file"], "family": d["family"], "as_of": "2026-11", "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
