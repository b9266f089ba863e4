"""Renderers for wild73: reportlab, fpdf2, python-docx, text, Markdown, HTML.

A résumé dict R carries: id, fmt, lay (layout), hdr (entry header order), ds (date style), pw (present word),
name, contact (lines), blocks (ordered: ('text', h, str) / ('list', h, [items]) / ('lines', h, [lines]) /
('exp', h, [E])), optional side (blocks for a sidebar), bul (bullet char, '' or 'para'), plus per-format options.
"""
import datetime
import html as htmlmod
import os
import zipfile
import io

from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry lines
def _jo(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_lines(R, entries):
    """Return a list of ('h', left, right) / ('s', text, right) / ('b', text) / ('p', text) / ('gap',)."""
    ds, pw, sep = R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – ")
    hdr = R.get("hdr", "title_org")
    out = []
    prev_org = object()
    for i, e in enumerate(entries):
        d = fmt_range(e, ds, pw, sep)
        if hdr == "title_org":
            out += [("h", e.title, d), ("s", _jo(e.org, e.loc), None)]
        elif hdr == "org_title":
            out += [("h", _jo(e.org, e.loc, sep=R.get("olsep", ", ")), d), ("s", e.title, None)]
        elif hdr == "dash":
            out += [("h", e.title + (" – " + _jo(e.org, e.loc) if e.org or e.loc else ""), d)]
        elif hdr == "pipe":
            out += [("h", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
        elif hdr == "dateline":
            out += [("h", e.title, None), ("s", _jo(e.org, e.loc), None), ("s", d, None)]
        elif hdr == "datesfirst":
            out += [("h", (d + "   " if d else "") + e.title, None), ("s", _jo(e.org, e.loc), None)]
        elif hdr == "inline":
            out += [("h", _jo(e.title, e.org, e.loc, d), None)]
        elif hdr == "labelled":
            out += [("h", "Position: " + e.title, None)]
            if e.org:
                out.append(("s", "Employer: " + e.org, None))
            if e.loc:
                out.append(("s", "Location: " + e.loc, None))
            out.append(("s", "Period: " + d, None))
            if e.bullets:
                out.append(("s", "Duties:", None))
        elif hdr == "orgfirst":
            if e.org != prev_org:
                if i:
                    out.append(("gap",))
                out.append(("h", _jo(e.org, e.loc, sep=R.get("olsep", ", ")) if e.org else (e.loc or ""), None))
            out.append(("s", e.title, d))
            prev_org = e.org
        else:
            raise ValueError(hdr)
        if e.note:
            out.append(("s", e.note, None))
        if e.bullets:
            if R.get("bul") == "para":
                out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                out += [("b", b) for b in e.bullets]
        if hdr != "orgfirst" or i + 1 == len(entries) or entries[i + 1].org != e.org:
            out.append(("gap",))
        prev_org = e.org
    while out and out[-1] == ("gap",):
        out.pop()
    return out


def all_entries(R):
    res = []
    for b in R["blocks"]:
        if b[0] == "exp":
            res += b[2]
    return res


def block_lines(R, b):
    """Non-exp block to plain lines (list of ('p'|'b', text))."""
    kind, h, body = b[0], b[1], b[2]
    if kind == "text":
        return [("p", body)]
    if kind == "list":
        if len(b) > 3 and b[3] == "inline":
            return [("p", ", ".join(body))]
        return [("b", x) for x in body]
    if kind == "lines":
        return [("p", x) for x in body]
    raise ValueError(kind)


# ---------------------------------------------------------------- text / md / html
def _txt_head(R, h):
    st = R.get("th", "caps")
    if st == "caps":
        return [h.upper()]
    if st == "underline":
        return [h, "-" * len(h)]
    if st == "equals":
        return [h.upper(), "=" * len(h)]
    if st == "colon":
        return [h + ":"]
    if st == "stars":
        return ["*** " + h.upper() + " ***"]
    return [h]


def _txt_right(R, left, right):
    if not right:
        return left
    rj = R.get("rj", "pad")
    if rj == "pad":
        w = R.get("width", 78)
        return left + " " * max(3, w - len(left) - len(right)) + right
    if rj == "pipe":
        return left + " | " + right
    if rj == "comma":
        return left + ", " + right
    if rj == "paren":
        return left + " (" + right + ")"
    if rj == "dash":
        return left + " -- " + right
    if rj == "tab":
        return left + "\t" + right
    raise ValueError(rj)


def render_txt(R, path):
    L = [R["name"].upper() if R.get("namecaps") else R["name"]]
    if R.get("headline"):
        L.append(R["headline"])
    L += R["contact"]
    bc = R.get("bul", "-")
    for b in R["blocks"]:
        L.append("")
        if b[1]:
            L += _txt_head(R, b[1])
        if b[0] == "exp":
            for ln in entry_lines(R, b[2]):
                if ln[0] == "gap":
                    L.append("")
                elif ln[0] in ("h", "s"):
                    t = _txt_right(R, ln[1], ln[2])
                    if t:
                        L.append(("   " if ln[0] == "s" and R.get("indent_s") else "") + t)
                elif ln[0] == "b":
                    L.append((bc + " " if bc else "  ") + ln[1])
                else:
                    L.append(ln[1])
        else:
            for k, t in block_lines(R, b):
                L.append((bc + " " if (k == "b" and bc) else "") + t)
    txt = "\n".join(L) + "\n"
    with open(path, "w", encoding="utf-8", newline="\r\n" if R.get("crlf") else "\n") as f:
        f.write(txt)


def render_md(R, path):
    L = ["# " + R["name"]]
    if R.get("headline"):
        L += ["", "**" + R["headline"] + "**"]
    L += ["", "  \n".join(R["contact"])]
    bc = R.get("mdbul", "-")
    hl = R.get("mdh", "##")
    for b in R["blocks"]:
        L.append("")
        if b[1]:
            L += [hl + " " + b[1], ""]
        if b[0] == "exp":
            first_s = True
            for ln in entry_lines(R, b[2]):
                if ln[0] == "gap":
                    L.append("")
                    first_s = True
                elif ln[0] == "h":
                    t = ln[1] + ((R.get("mdrsep", " — ") + ln[2]) if ln[2] else "")
                    L.append(("#" * (len(hl) + 1) + " " + t) if R.get("mdent", "h3") == "h3" else "**" + t + "**  ")
                elif ln[0] == "s":
                    if not ln[1]:
                        continue
                    t = ln[1] + ((R.get("mdrsep", " — ") + ln[2]) if ln[2] else "")
                    if R.get("hdr") == "orgfirst":
                        L.append("**" + t + "**  ")
                    else:
                        L.append(("*" + t + "*  ") if first_s else t + "  ")
                    first_s = False
                elif ln[0] == "b":
                    if L[-1].endswith("  ") and not L[-1].startswith(bc + " "):
                        L.append("")
                    L.append(bc + " " + ln[1])
                else:
                    L += ["", ln[1]]
        else:
            for k, t in block_lines(R, b):
                L.append((bc + " " + t) if k == "b" else t)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(R, path):
    esc = htmlmod.escape
    css = R.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;font-weight:normal;color:#555}.o{font-style:italic;margin:0}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         "<title>" + esc(R["name"]) + " – CV</title>", "<style>" + css + "</style>", "</head>", "<body>",
         "<h1>" + esc(R["name"]) + "</h1>"]
    if R.get("headline"):
        H.append("<p><strong>" + esc(R["headline"]) + "</strong></p>")
    H.append("<p>" + "<br>".join(esc(c) for c in R["contact"]) + "</p>")
    table = R.get("htmltable")
    for b in R["blocks"]:
        H.append("<section>")
        if b[1]:
            H.append("<h2>" + esc(b[1]) + "</h2>")
        if b[0] == "exp":
            if table:
                H.append("<table>")
                for e in b[2]:
                    d = fmt_range(e, R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – "))
                    H.append("<tr><td valign=\"top\" style=\"width:9em\">" + esc(d) + "</td><td><b>" + esc(e.title)
                             + "</b>" + ("<br>" + esc(_jo(e.org, e.loc)) if (e.org or e.loc) else ""))
                    if e.bullets:
                        H.append("<ul>" + "".join("<li>" + esc(x) + "</li>" for x in e.bullets) + "</ul>")
                    H.append("</td></tr>")
                H.append("</table>")
            else:
                ul = False
                for ln in entry_lines(R, b[2]):
                    if ln[0] != "b" and ul:
                        H.append("</ul>")
                        ul = False
                    if ln[0] == "h":
                        H.append("<h3>" + esc(ln[1]) + (" <span class=\"d\">" + esc(ln[2]) + "</span>" if ln[2] else "") + "</h3>")
                    elif ln[0] == "s":
                        if ln[1]:
                            H.append("<p class=\"o\">" + esc(ln[1]) + (" <span class=\"d\">" + esc(ln[2]) + "</span>" if ln[2] else "") + "</p>")
                    elif ln[0] == "b":
                        if not ul:
                            H.append("<ul>")
                            ul = True
                        H.append("<li>" + esc(ln[1]) + "</li>")
                    elif ln[0] == "p":
                        H.append("<p>" + esc(ln[1]) + "</p>")
                if ul:
                    H.append("</ul>")
        else:
            items = block_lines(R, b)
            if items and items[0][0] == "b":
                H.append("<ul>" + "".join("<li>" + esc(t) + "</li>" for _, t in items) + "</ul>")
            else:
                H += ["<p>" + esc(t) + "</p>" for _, t in items]
        H.append("</section>")
    H += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(H) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    size = LETTER if R.get("letter") else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(R["name"])
    c.setTitle(R.get("doctitle", R["name"] + " Resume"))
    c.setCreator("Microsoft® Word for Microsoft 365" if R.get("wordish", True) else "Google Docs Renderer")
    lay = R.get("lay", "plain")
    accent = R.get("accent", (0.15, 0.3, 0.5))
    fs = R.get("fs", 10)
    st = {"page": 1}
    M = 54
    side_w = 170 if lay == "sidebar" else 0
    x0 = M + side_w + (16 if side_w else 0) if lay == "sidebar" else M
    x1 = W - M
    if lay == "sidebar":
        x0 = side_w + 24
        x1 = W - 40

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 30, R["footer"].format(n=st["page"]))
            c.setFillGray(0)

    def wrap(text, font, size_, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size_) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    y = [Hh - M]

    def need(h):
        if y[0] - h < 56:
            footer()
            c.showPage()
            st["page"] += 1
            y[0] = Hh - M
            if lay == "sidebar":
                draw_sidebar_bg()

    def draw_sidebar_bg():
        c.setFillColorRGB(*R.get("sidebg", (0.92, 0.93, 0.95)))
        c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

    def line(text, font="Helvetica", size_=fs, indent=0, right=None, lead=None, gapafter=0, bullet=None):
        lead = lead or size_ * 1.3
        avail = x1 - x0 - indent - (stringWidth(right, "Helvetica", size_) + 12 if right else 0)
        ls = wrap(text, font, size_, avail)
        for i, t in enumerate(ls):
            need(lead)
            y[0] -= lead
            c.setFont(font, size_)
            if bullet and i == 0:
                c.drawString(x0 + indent - 10, y[0], bullet)
            c.drawString(x0 + indent, y[0], t)
            if right and i == 0:
                c.setFont("Helvetica", size_)
                c.drawRightString(x1, y[0], right)
        y[0] -= gapafter

    # header
    if lay == "sidebar":
        draw_sidebar_bg()
        sy = Hh - M
        c.setFont("Helvetica-Bold", 17)
        for nl in R["name"].split(" ", 1) if R.get("splitname") else [R["name"]]:
            c.drawString(18, sy, nl)
            sy -= 21
        if R.get("headline"):
            c.setFont("Helvetica-Oblique", 9)
            for t in wrap(R["headline"], "Helvetica-Oblique", 9, side_w - 30):
                c.drawString(18, sy, t)
                sy -= 12
        sy -= 10
        side = [("lines", R.get("contact_head", "Contact"), R["contact"])] + R.get("side", [])
        for b in side:
            c.setFont("Helvetica-Bold", 10)
            c.setFillColorRGB(*accent)
            c.drawString(18, sy, b[1].upper())
            c.setFillColorRGB(0, 0, 0)
            sy -= 14
            for k, t in block_lines(R, b):
                for j, tt in enumerate(wrap(t, "Helvetica", 8.5, side_w - 36)):
                    c.setFont("Helvetica", 8.5)
                    c.drawString(18 + (10 if k == "b" else 0), sy, ("- " if (k == "b" and j == 0) else "") + tt if k != "b" else tt)
                    if k == "b" and j == 0:
                        c.drawString(18, sy, "•")
                    sy -= 11
            sy -= 8
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.setFillColorRGB(*accent)
        c.drawString(M, Hh - M - 6, R["name"])
        c.setFillColorRGB(0, 0, 0)
        if R.get("headline"):
            c.setFont("Helvetica", 10.5)
            c.drawString(M, Hh - M - 22, R["headline"])
        c.setFont("Helvetica", 8.5)
        cy = Hh - M
        for t in R["contact"]:
            c.drawRightString(W - M, cy, t)
            cy -= 11
        y[0] = min(Hh - M - 30, cy) - 6
        c.setStrokeColorRGB(*accent)
        c.line(M, y[0], W - M, y[0])
        y[0] -= 4
    else:
        centred = R.get("centred", False)
        c.setFont("Helvetica-Bold", 18)
        if centred:
            c.drawCentredString(W / 2, y[0], R["name"])
        else:
            c.drawString(M, y[0], R["name"])
        y[0] -= 16
        c.setFont("Helvetica", 9)
        for t in ([R["headline"]] if R.get("headline") else []) + R["contact"]:
            if centred:
                c.drawCentredString(W / 2, y[0], t)
            else:
                c.drawString(M, y[0], t)
            y[0] -= 11.5
        y[0] -= 2
        c.setLineWidth(0.6)
        c.line(M, y[0], W - M, y[0])
    bchar = R.get("bul", "•")
    for b in R["blocks"]:
        if b[1] and b[1] == R.get("break_before"):
            need(10000)
        need(40)
        y[0] -= 10
        if b[1]:
            c.setFillColorRGB(*accent)
            line(b[1].upper() if R.get("capsh", True) else b[1], "Helvetica-Bold", fs + 1.5, gapafter=3)
            c.setFillColorRGB(0, 0, 0)
        if b[0] == "exp":
            for ln in entry_lines(R, b[2]):
                if ln[0] == "gap":
                    y[0] -= 5
                elif ln[0] == "h":
                    line(ln[1], "Helvetica-Bold", fs, right=ln[2])
                elif ln[0] == "s":
                    if ln[1]:
                        line(ln[1], "Helvetica-Oblique", fs - 0.5, right=ln[2])
                elif ln[0] == "b":
                    if bchar == "para" or not bchar:
                        line(ln[1], "Helvetica", fs - 0.5, indent=0)
                    else:
                        line(ln[1], "Helvetica", fs - 0.5, indent=14, bullet=bchar)
                else:
                    line(ln[1], "Helvetica", fs - 0.5)
        else:
            for k, t in block_lines(R, b):
                if k == "b" and bchar not in ("para", ""):
                    line(t, "Helvetica", fs - 0.5, indent=14, bullet=bchar)
                else:
                    line(t, "Helvetica", fs - 0.5)
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
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, R["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="Letter" if R.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(R["name"])
    pdf.set_title(R.get("doctitle", R["name"] + " CV"))
    pdf.set_creator(R.get("creator", "Writer"))
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    lay = R.get("lay", "left")
    fs = R.get("fs", 9.5)
    acc = R.get("accent", (30, 70, 110))
    al = "C" if lay == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    if R.get("headline"):
        pdf.set_font("dv", "I", 10)
        pdf.cell(0, 5.5, R["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
    if R.get("contact_one_line"):
        pdf.cell(0, 5, "  |  ".join(R["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
    else:
        for t in R["contact"]:
            pdf.cell(0, 4.6, t, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    bchar = R.get("bul", "•")
    epw = pdf.epw
    for b in R["blocks"]:
        pdf.ln(3)
        if b[1]:
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6.5, b[1].upper() if R.get("capsh", True) else b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + epw, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        if b[0] == "exp":
            for ln in entry_lines(R, b[2]):
                if ln[0] == "gap":
                    pdf.ln(2.5)
                elif ln[0] in ("h", "s"):
                    if not ln[1]:
                        continue
                    pdf.set_font("dv", "B" if ln[0] == "h" else "I", fs)
                    if ln[2]:
                        y = pdf.get_y()
                        pdf.set_font("dv", "", fs)
                        rw = pdf.get_string_width(ln[2]) + 2
                        pdf.set_font("dv", "B" if ln[0] == "h" else "I", fs)
                        pdf.multi_cell(epw - rw - 4, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                        y2 = pdf.get_y()
                        pdf.set_xy(pdf.l_margin + epw - rw, y)
                        pdf.set_font("dv", "", fs)
                        pdf.cell(rw, 5, ln[2], align="R")
                        pdf.set_xy(pdf.l_margin, y2)
                    else:
                        pdf.multi_cell(epw, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                elif ln[0] == "b":
                    pdf.set_font("dv", "", fs - 0.5)
                    if bchar in ("", "para"):
                        pdf.multi_cell(epw, 4.6, ln[1], new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.set_x(pdf.l_margin + 3)
                        pdf.cell(4, 4.6, bchar)
                        pdf.multi_cell(epw - 7, 4.6, ln[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("dv", "", fs - 0.5)
                    pdf.multi_cell(epw, 4.6, ln[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", fs - 0.5)
            for k, t in block_lines(R, b):
                if k == "b" and bchar not in ("", "para"):
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.cell(4, 4.6, bchar)
                    pdf.multi_cell(epw - 7, 4.6, t, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(epw, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(R, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = R.get("font", "Calibri")
    normal.font.size = Pt(R.get("fs", 10.5))
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = R.get("doctitle", "CV")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    lay = R.get("lay", "styles")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def noborders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", style=None, bold=False, italic=False, right=None, size=None, tab=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right is not None:
            p.paragraph_format.tab_stops.add_tab_stop(tab or tabpos, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if right:
            r2 = p.add_run("\t" + right)
            r2.bold = False
        p.paragraph_format.space_after = Pt(R.get("space_after", 1))
        return p

    def heading(container, text):
        if lay in ("styles",) or R.get("hstyles"):
            return container.add_paragraph(text, style="Heading %d" % R.get("hlevel", 1))
        p = para(container, text.upper() if R.get("capsh", True) else text, bold=True, size=R.get("fs", 10.5) + 1.5)
        p.paragraph_format.space_before = Pt(8)
        return p

    def bullets_to(container, items):
        bc = R.get("bul", "list")
        for t in items:
            if bc == "list":
                p = container.add_paragraph(t, style="List Bullet")
                p.paragraph_format.space_after = Pt(0)
            else:
                para(container, (bc + "\t" if bc else "") + t)

    def exp_block(container, entries, width=None):
        if lay == "table" or R.get("jobtables"):
            for e in entries:
                t = container.add_table(rows=1, cols=2)
                noborders(t)
                left, right = t.rows[0].cells
                left.width, right.width = Cm(12.5), Cm(4.5)
                p = left.paragraphs[0]
                r = p.add_run(e.title)
                r.bold = True
                if e.org or e.loc:
                    left.add_paragraph(_jo(e.org, e.loc)).runs[0].italic = True
                rp = right.paragraphs[0]
                rp.add_run(fmt_range(e, R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – ")))
                rp.alignment = 2
                if e.bullets:
                    if R.get("bul") == "para":
                        container.add_paragraph(" ".join(b if b.endswith(".") else b + "." for b in e.bullets))
                    else:
                        bullets_to(container, e.bullets)
                container.add_paragraph().paragraph_format.space_after = Pt(0)
            return
        for ln in entry_lines(R, entries):
            if ln[0] == "gap":
                p = container.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
            elif ln[0] == "h":
                if lay == "styles" and R.get("h2jobs", True):
                    p = container.add_paragraph(style="Heading 2")
                    p.add_run(ln[1])
                    if ln[2]:
                        p.paragraph_format.tab_stops.add_tab_stop(width or tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + ln[2])
                else:
                    para(container, ln[1], bold=True, right=ln[2], tab=width)
            elif ln[0] == "s":
                if ln[1]:
                    para(container, ln[1], italic=True, right=ln[2], tab=width)
            elif ln[0] == "b":
                if R.get("bul") == "para":
                    para(container, ln[1])
                else:
                    bullets_to(container, [ln[1]])
            else:
                para(container, ln[1])

    def other_block(container, b):
        items = block_lines(R, b)
        if items and items[0][0] == "b":
            bullets_to(container, [t for _, t in items])
        else:
            for _, t in items:
                para(container, t)

    if lay == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(R["contact"]))
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
    elif lay == "sidebar":
        pass
    else:
        if R.get("title_style"):
            doc.add_paragraph(R["name"], style="Title")
        else:
            p = para(doc, R["name"], bold=True, size=18)
            p.alignment = 1 if R.get("centred") else 0
        if R.get("headline"):
            p = para(doc, R["headline"], italic=True)
            p.alignment = 1 if R.get("centred") else 0
        p = para(doc, "  •  ".join(R["contact"]) if R.get("contact_one_line", True) else "\n".join(R["contact"]))
        p.alignment = 1 if R.get("centred") else 0

    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.5), Cm(11.5)
        shade(sc, R.get("sidehex", "DCE6F0"))
        p = sc.paragraphs[0]
        rr = p.add_run(R["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        if R.get("headline"):
            sc.add_paragraph(R["headline"]).runs[0].italic = True
        for b in [("lines", "Contact", R["contact"])] + R.get("side", []):
            hp = sc.add_paragraph()
            hr = hp.add_run(b[1].upper())
            hr.bold = True
            for _, tt in block_lines(R, b):
                sc.add_paragraph(tt)
        first = True
        for b in R["blocks"]:
            hp = mc.paragraphs[0] if first else mc.add_paragraph()
            first = False
            hr = hp.add_run(b[1].upper())
            hr.bold = True
            hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            if b[0] == "exp":
                exp_block(mc, b[2], width=Cm(11.2))
            else:
                other_block(mc, b)
    else:
        for b in R["blocks"]:
            if b[1]:
                heading(doc, b[1])
            if b[0] == "exp":
                exp_block(doc, b[2])
            else:
                other_block(doc, b)
    if R.get("docfooter"):
        sec.footer.paragraphs[0].add_run(R["docfooter"])
    buf = io.BytesIO()
    doc.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zo.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


RENDER = {"pdf_rl": render_rl, "pdf_fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}


def render(R, outdir):
    ext = {"pdf_rl": "pdf", "pdf_fpdf": "pdf"}.get(R["r"], R["r"])
    path = os.path.join(outdir, R["id"] + "." + ext)
    RENDER[R["r"]](R, path)
    return os.path.basename(path)
