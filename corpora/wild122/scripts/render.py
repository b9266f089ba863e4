"""Renderers: text, Markdown, HTML, reportlab, fpdf2, python-docx. A résumé dict R holds
name, contact lines, blocks [(heading, content)] where content is a str (paragraph), a list of
str (lines / bullets) or a list of lib.E (experience); optional side blocks for sidebars."""
import datetime
import html as _html
from lib import E, drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def header_lines(e, R):
    """[(left, right, style)] for one entry; style b/i/n."""
    d = drange(e, R.get("dates", "mon"), R.get("present", "Present"), R.get("sep", " – "))
    h = R.get("hdr", "title_org")
    t, o, l = e.title, e.org, e.loc
    if h == "title_org":
        return [(t, d, "b"), (j(o, l), None, "i")]
    if h == "title_org_nodate_right":  # dates on the org line
        return [(t, None, "b"), (j(o, l) + ("  |  " + d if d else ""), None, "i")]
    if h == "org_title":
        return [(j(o, l, sep=" — "), d, "b"), (t, None, "i")]
    if h == "pipe":
        return [(j(t, o, l, sep=" | "), d, "b")]
    if h == "dash":
        return [(t + (" – " + j(o, l) if o or l else ""), d, "b")]
    if h == "inline":
        return [(j(t, o, l, d), None, "b")]
    if h == "dates_first":
        return [(d + "   " + j(t, j(o, l), sep=" — "), None, "b")]
    if h == "dates_above":
        return [(d, None, "i"), (t, None, "b"), (j(o, l), None, "n")]
    if h == "dateline":
        return [(t, None, "b"), (j(o, l), None, "n"), (d, None, "i")]
    if h == "labelled":
        out = [("Position: " + t, None, "b")]
        if o:
            out.append(("Employer: " + o, None, "n"))
        if l:
            out.append(("Location: " + l, None, "n"))
        out.append(("Period: " + d, None, "n"))
        return out
    if h == "at":
        return [(t + (" at " + o if o else "") + (", " + l if l else ""), d, "b")]
    if h == "paren":
        return [(t + (", " + o if o else "") + f" ({d})", None, "b")] + ([(l, None, "i")] if l else [])
    raise ValueError(h)


def items(R):
    """Flatten blocks into a stream of ('h', text) / ('p', text) / ('li', text) / ('line', l, r, style)."""
    out = []
    for head, content in R["blocks"]:
        if head:
            out.append(("h", head))
        if isinstance(content, str):
            out.append(("p", content))
            continue
        if content and isinstance(content[0], E):
            out += entry_items(content, R)
            continue
        for x in content:
            if x.startswith("* "):
                out.append(("li", x[2:]))
            else:
                out.append(("p", x))
    return out


def entry_items(es, R):
    out = []
    prev_org = object()
    orgfirst = R.get("orgfirst")
    for e in es:
        if orgfirst:
            d = drange(e, R.get("dates", "mon"), R.get("present", "Present"), R.get("sep", " – "))
            if e.org != prev_org:
                out.append(("line", j(e.org, e.loc, sep=" — "), None, "b"))
            out.append(("line", e.title, d, "i"))
            prev_org = e.org
        else:
            out.append(("gap",))
            for l, r, s in header_lines(e, R):
                out.append(("line", l, r, s))
        if e.extra:
            out.append(("p", e.extra))
        b = R.get("bullet", "•")
        if e.bullets:
            if b == "para":
                out.append(("p", " ".join(x if x.endswith(".") else x + "." for x in e.bullets)))
            else:
                for x in e.bullets:
                    out.append(("li", x))
    return out


def bul(R):
    b = R.get("bullet", "•")
    return "" if b in ("", "para") else b + " "


# ---------------------------------------------------------------- text / md / html
def render_txt(R):
    W = R.get("width", 76)
    L = []
    L.append(R["name"].upper() if R.get("name_caps") else R["name"])
    L += R["contact"]
    hs = R.get("txt_head", "caps")
    for it in items(R):
        k = it[0]
        if k == "h":
            L.append("")
            if hs == "caps":
                L.append(it[1].upper())
            elif hs == "underline":
                L += [it[1], "-" * len(it[1])]
            elif hs == "eq":
                L += [it[1].upper(), "=" * len(it[1])]
            elif hs == "colon":
                L.append(it[1] + ":")
            else:
                L.append(it[1])
        elif k == "gap":
            if L and L[-1] != "" and R.get("gaps", True):
                L.append("")
        elif k == "p":
            L.append(it[1])
        elif k == "li":
            L.append(bul(R) + it[1])
        elif k == "line":
            l, r = it[1], it[2]
            if r:
                if R.get("txt_right") == "pad":
                    L.append(l + " " * max(2, W - len(l) - len(r)) + r)
                else:
                    L.append(l + R.get("txt_join", "    ") + r)
            else:
                L.append(l)
    return "\n".join(L).rstrip() + "\n"


def render_md(R):
    L = ["# " + R["name"], ""]
    L += [c + "  " for c in R["contact"]]
    for it in items(R):
        k = it[0]
        if k == "h":
            L += ["", "## " + it[1], ""]
        elif k == "gap":
            L.append("")
        elif k == "p":
            L += [it[1], ""] if R.get("md_para_gap") else [it[1]]
        elif k == "li":
            L.append("- " + it[1])
        elif k == "line":
            l, r, s = it[1], it[2], it[3]
            if s == "b":
                txt = (R.get("md_entry", "### ") + l) if R.get("md_entry", "### ").startswith("#") else f"**{l}**"
            elif s == "i":
                txt = f"*{l}*"
            else:
                txt = l
            if r:
                txt += (" — " if txt.startswith("#") else " · ") + (r if txt.startswith("#") else f"_{r}_")
            L.append(txt + ("" if txt.startswith("#") else "  "))
    out = []
    for x in L:  # collapse triple blanks
        if x == "" and len(out) >= 2 and out[-1] == "" and out[-2] == "":
            continue
        out.append(x)
    return "\n".join(out).strip() + "\n"


def render_html(R):
    esc = _html.escape
    H = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>" + esc(R["name"]) + " - CV</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:20px auto}"
         ".r{float:right;color:#555}h2{border-bottom:1px solid #999}</style></head><body>"]
    H.append(f"<h1>{esc(R['name'])}</h1>")
    H.append("<p>" + "<br>".join(esc(c) for c in R["contact"]) + "</p>")
    inlist = False
    for it in items(R):
        k = it[0]
        if k != "li" and inlist:
            H.append("</ul>")
            inlist = False
        if k == "h":
            H.append(f"<h2>{esc(it[1])}</h2>")
        elif k == "p":
            H.append(f"<p>{esc(it[1])}</p>")
        elif k == "li":
            if not inlist:
                H.append("<ul>")
                inlist = True
            H.append(f"<li>{esc(it[1])}</li>")
        elif k == "line":
            l, r, s = it[1], it[2], it[3]
            tag = {"b": "h3", "i": "p", "n": "p"}[s]
            inner = (f"<span class=\"r\">{esc(r)}</span>" if r else "") + (f"<em>{esc(l)}</em>" if s == "i" else esc(l))
            H.append(f"<{tag}>{inner}</{tag}>")
    if inlist:
        H.append("</ul>")
    H.append("</body></html>")
    return "\n".join(H) + "\n"


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    ps = LETTER if R.get("letter") else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setCreator("Microsoft Word")
    c.setAuthor(R["name"])
    c.setTitle(R["name"] + " CV")
    fs = R.get("fs", 10)
    lead = fs * 1.35
    side = R.get("layout") == "sidebar"
    sw = 175 if side else 0
    x0 = (sw + 22) if side else 54
    x1 = W - 50
    y = [H - 56]
    page = [1]

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, R["footer"].replace("{n}", str(page[0])))
            c.setFillGray(0)

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        y[0] = H - 56

    def text(t, font="Helvetica", size=fs, x=None, right=None, indent=0, width=None):
        x = x0 if x is None else x
        wd = (width or (x1 - x)) - indent - (c.stringWidth(right, font, size) + 12 if right else 0)
        lines = simpleSplit(t, font, size, wd) or [""]
        for i, ln in enumerate(lines):
            if y[0] < 60:
                newpage()
            c.setFont(font, size)
            c.drawString(x + indent, y[0], ln)
            if right and i == 0:
                c.setFont("Helvetica", size)
                c.drawRightString(x1, y[0], right)
            y[0] -= size * 1.35

    # header
    if side:
        c.setFillColorRGB(*R.get("side_rgb", (0.90, 0.92, 0.95)))
        c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillGray(0)
        sy = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 15, sw - 30):
            c.drawString(18, sy, ln)
            sy -= 18
        sy -= 6
        for head, content in R.get("side", []):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(18, sy, head.upper())
            sy -= 13
            c.setFont("Helvetica", 8.5)
            for item in content:
                for ln in simpleSplit(item, "Helvetica", 8.5, sw - 30):
                    c.drawString(18, sy, ln)
                    sy -= 11
            sy -= 8
        if R.get("side_title"):
            text(R["side_title"], "Helvetica-Bold", 13)
            y[0] -= 4
    elif R.get("layout") == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y[0], R["name"])
        cy = y[0] + 6
        c.setFont("Helvetica", 8.5)
        for ct in R["contact"]:
            c.drawRightString(x1, cy, ct)
            cy -= 11
        y[0] = min(y[0], cy) - 10
        c.line(x0, y[0] + 4, x1, y[0] + 4)
        y[0] -= 12
    else:
        if R.get("align") == "center":
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(W / 2, y[0], R["name"])
            y[0] -= 18
            c.setFont("Helvetica", 9)
            for ct in R["contact"]:
                c.drawCentredString(W / 2, y[0], ct)
                y[0] -= 12
        else:
            text(R["name"], "Helvetica-Bold", 17)
            y[0] -= 2
            for ct in R["contact"]:
                text(ct, "Helvetica", 9)
        y[0] -= 8
    if side:
        y[0] -= 0
    for it in items(R):
        k = it[0]
        if k == "h":
            if R.get("break_before") == it[1]:
                newpage()
            y[0] -= 6
            text(it[1].upper() if R.get("caps_heads", True) else it[1], "Helvetica-Bold", fs + 1.5)
            c.setLineWidth(0.5)
            c.line(x0, y[0] + fs + 1, x1, y[0] + fs + 1)
            y[0] -= 2
        elif k == "gap":
            y[0] -= 4
        elif k == "p":
            text(it[1])
        elif k == "li":
            t = bul(R) + it[1]
            text(t, indent=10)
        elif k == "line":
            font = {"b": "Helvetica-Bold", "i": "Helvetica-Oblique", "n": "Helvetica"}[it[3]]
            text(it[1], font, right=it[2])
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(R, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, R["footer"].replace("{n}", str(self.page_no())), align="C")
                self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_author(R["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    fs = R.get("fs", 10)
    lh = fs * 0.5
    side = R.get("layout") == "sidebar"
    if side:
        sw = 64
        pdf.set_fill_color(*R.get("side_rgb", (230, 236, 240)))
        pdf.rect(0, 0, sw, 297, style="F")
        pdf.set_xy(8, 18)
        pdf.set_font("dv", "B", 14)
        pdf.multi_cell(sw - 14, 7, R["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(8)
        for head, content in R.get("side", []):
            pdf.set_x(8)
            pdf.ln(3)
            pdf.set_x(8)
            pdf.set_font("dv", "B", 9)
            pdf.cell(sw - 14, 5, head.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8)
            for item in content:
                pdf.set_x(8)
                pdf.multi_cell(sw - 14, 4, item, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 18)
    else:
        al = "C" if R.get("align") == "center" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for ct in R["contact"]:
            pdf.cell(0, 5, ct, align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for it in items(R):
        k = it[0]
        if k == "h":
            if R.get("break_before") == it[1]:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.cell(0, lh + 2, it[1].upper() if R.get("caps_heads", True) else it[1], border="B",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "gap":
            pdf.ln(1.5)
        elif k == "p":
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "li":
            pdf.set_font("dv", "", fs)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, lh, bul(R) + it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "line":
            st = {"b": "B", "i": "I", "n": ""}[it[3]]
            pdf.set_font("dv", st, fs)
            if it[2]:
                pdf.set_font("dv", "", fs)
                rw = pdf.get_string_width(it[2]) + 2
                pdf.set_font("dv", st, fs)
                y0 = pdf.get_y()
                pdf.multi_cell(pdf.epw - rw - 2, lh, it[1], new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                pdf.set_xy(pdf.l_margin + pdf.epw - rw, y0)
                pdf.set_font("dv", "", fs)
                pdf.cell(rw, lh, it[2], align="R")
                pdf.set_xy(pdf.l_margin, y1)
            else:
                pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(R, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    mode = R.get("layout", "tabs")
    TAB = Inches(6.9)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + n)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def para(container, text="", bold=False, italic=False, style=None, size=None, right=None, tab=TAB):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            r2 = p.add_run("\t" + right)
            r2.italic = R.get("date_italic", False)
        p.paragraph_format.space_after = Pt(R.get("space_after", 2))
        return p

    # header
    if mode == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        body = d
    elif mode == "layout":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        left, body = t.rows[0].cells
        left.width, body.width = Inches(2.1), Inches(4.9)
        shade(left, R.get("side_hex", "DCE6F0"))
        left.paragraphs[0].add_run(R["name"]).bold = True
        for ct in R["contact"]:
            left.add_paragraph(ct)
        for head, content in R.get("side", []):
            left.add_paragraph().add_run(head.upper()).bold = True
            for x in content:
                left.add_paragraph(x)
        body.paragraphs[0].add_run(R.get("side_title", "Profile")).bold = True
        TAB = Inches(4.7)
    else:
        if mode == "styles":
            d.add_heading(R["name"], 0)
        else:
            para(d, R["name"], bold=True, size=18)
        for ct in (R["contact"] if mode != "styles" else [" · ".join(R["contact"])]):
            para(d, ct)
        body = d

    list_style = "List Bullet" if R.get("docx_list", mode == "styles") else None
    cur_table_cell = None
    for it in items(R):
        k = it[0]
        if k == "h":
            cur_table_cell = None
            if mode == "styles":
                body.add_heading(it[1], 1)
            else:
                p = para(body, it[1].upper() if R.get("caps_heads", True) else it[1], bold=True, size=R.get("fs", 10.5) + 2)
                p.paragraph_format.space_before = Pt(8)
        elif k == "gap":
            cur_table_cell = None
            if mode == "table":
                t = body.add_table(rows=1, cols=2)
                no_borders(t)
                cur_table_cell = t.rows[0].cells
                cur_table_cell[0].width, cur_table_cell[1].width = Inches(5.0), Inches(1.9)
                cur_table_cell[0].paragraphs[0].text = ""
        elif k == "p":
            para(body, it[1])
        elif k == "li":
            if list_style:
                para(body, it[1], style=list_style)
            else:
                para(body, bul(R) + it[1])
        elif k == "line":
            b, i = it[3] == "b", it[3] == "i"
            if cur_table_cell is not None:
                c0, c1 = cur_table_cell
                p = c0.paragraphs[0] if not c0.paragraphs[0].text else c0.add_paragraph()
                r = p.add_run(it[1])
                r.bold, r.italic = b, i
                if it[2]:
                    p1 = c1.paragraphs[0] if not c1.paragraphs[0].text else c1.add_paragraph()
                    p1.add_run(it[2])
                    p1.alignment = 2
            elif mode == "styles" and b:
                h = body.add_heading(level=2)
                if it[2]:
                    h.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
                h.add_run(it[1] + ("\t" + it[2] if it[2] else ""))
            else:
                para(body, it[1], bold=b, italic=i, right=it[2], tab=TAB)
    d.save(path)
