"""Renderers: résumé dict -> file. A résumé dict holds name, contact lines, sections
[(heading, content)] where content is a str (paragraph), a list of str (lines) or a list of lib.E
(experience), optional 'side' sections for sidebars, and style keys (head, dates, present, sep, bullet)."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import E, drange

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def is_exp(content):
    return isinstance(content, list) and content and isinstance(content[0], E)


def entries(res):
    out = []
    for _, c in res.get("side", []) + res["sections"]:
        if is_exp(c):
            out.extend(c)
    return out


def job_items(res, es):
    """Logical lines for a list of entries: ('jt', left, right) bold heading; ('js', left, right)
    sub line; ('b', text) bullet; ('p', text) paragraph; ('gap',)."""
    head = res.get("head", "title_org")
    st, pr, sep = res.get("dates", "mon"), res.get("present", "Present"), res.get("sep", " – ")
    out, prev_org = [], object()
    for e in es:
        d = drange(e, st, pr, sep)
        org = e.org or ""
        orgloc = ", ".join(x for x in (e.org, e.loc) if x)
        if head == "title_org":
            out.append(("jt", e.title, d))
            if orgloc:
                out.append(("js", orgloc, ""))
        elif head == "title_org_bar":
            out.append(("jt", e.title, ""))
            out.append(("js", " | ".join(x for x in (e.org, e.loc, d) if x), ""))
        elif head == "org_title":
            out.append(("jt", orgloc or e.title, d))
            if orgloc:
                out.append(("js", e.title, ""))
        elif head == "dash":
            out.append(("jt", f"{e.title} – {orgloc}" if orgloc else e.title, d))
        elif head == "comma_dates":
            out.append(("jt", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
        elif head == "pipe":
            out.append(("jt", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif head == "dateline":
            out.append(("jt", e.title, ""))
            if orgloc:
                out.append(("js", orgloc, ""))
            out.append(("js", d, ""))
        elif head == "datesfirst":
            out.append(("js", d, ""))
            out.append(("jt", f"{e.title}, {org}" if org else e.title, ""))
            if e.loc:
                out.append(("js", e.loc, ""))
        elif head == "orgfirst":
            if e.org != prev_org:
                if prev_org is not object and out:
                    out.append(("gap",))
                out.append(("jt", (org.upper() if res.get("caps") else org) + (f" — {e.loc}" if e.loc else ""), ""))
            out.append(("js", e.title, d))
        elif head == "labelled":
            out.append(("jt", f"Position: {e.title}", ""))
            if org:
                out.append(("p", f"Company: {org}"))
            if e.loc:
                out.append(("p", f"Location: {e.loc}"))
            out.append(("p", f"Period: {d}"))
            if e.bullets:
                out.append(("p", "Responsibilities:"))
        else:
            raise ValueError(head)
        prev_org = e.org
        if res.get("para") and e.bullets:
            out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        else:
            out.extend(("b", b) for b in e.bullets)
        if head != "orgfirst":
            out.append(("gap",))
    return out


def section_items(res, content):
    if isinstance(content, str):
        return [("p", content)]
    if is_exp(content):
        return job_items(res, content)
    return [("b", x) if res.get("list_bullets", True) and not x.endswith(":") else ("p", x) for x in content]


# ---------------------------------------------------------------- plain text, Markdown, HTML

def render_txt(res, path):
    W = res.get("width", 78)
    bl = res.get("bullet", "-")
    L = [res["name"].upper() if res.get("caps_name") else res["name"]]
    L += res["contact"]
    L.append("")
    for h, c in res.get("side", []) + res["sections"]:
        hh = h.upper() if res.get("caps_head", True) else h
        L.append(hh)
        if res.get("underline"):
            L.append(res["underline"] * len(hh))
        for it in section_items(res, c):
            if it[0] == "gap":
                L.append("")
            elif it[0] in ("jt", "js"):
                left, right = it[1], it[2]
                if right:
                    if res.get("txt_right") == "pad" and len(left) + len(right) < W - 2:
                        L.append(left + " " * (W - len(left) - len(right)) + right)
                    else:
                        L.append(f"{left}{res.get('txt_join', '   ')}{right}")
                else:
                    L.append(left)
            elif it[0] == "b":
                L.append(f"{bl} {it[1]}" if bl else it[1])
            else:
                L.append(it[1])
        if L[-1] != "":
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(res, path):
    L = [f"# {res['name']}", ""]
    L.append("  \n".join(res["contact"]))
    L.append("")
    hl = res.get("md_h", "##")
    for h, c in res.get("side", []) + res["sections"]:
        L += [f"{hl} {h}", ""]
        for it in section_items(res, c):
            if it[0] == "gap":
                L.append("")
            elif it[0] == "jt":
                r = f" — *{it[2]}*" if it[2] else ""
                L.append(f"{res.get('md_job', '###')} {it[1]}{r}" if res.get("md_job") else f"**{it[1]}**{r}  ")
                if res.get("md_job"):
                    L.append("")
            elif it[0] == "js":
                r = f" ({it[2]})" if it[2] else ""
                L.append(f"*{it[1]}*{r}  ")
            elif it[0] == "b":
                L.append(f"{res.get('bullet', '-')} {it[1]}")
            else:
                L.append(it[1])
                L.append("")
        L.append("")
    txt = "\n".join(L)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt.rstrip() + "\n")


def render_html(res, path):
    esc = htmlmod.escape
    css = res.get("css", "body{font-family:Arial,sans-serif;max-width:800px;margin:2em auto;color:#222}"
                  "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                  ".d{float:right;color:#555}.side{float:left;width:28%;background:#eef}.main{margin-left:31%}")
    P = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(res['name'])} – CV</title>", f"<style>{css}</style></head><body>"]

    def sec(h, c):
        Q = [f"<h2>{esc(h)}</h2>"]
        ul = []

        def flush():
            if ul:
                Q.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in ul) + "</ul>")
                ul.clear()
        for it in section_items(res, c):
            if it[0] != "b":
                flush()
            if it[0] == "jt":
                d = f'<span class="d">{esc(it[2])}</span>' if it[2] else ""
                Q.append(f"<h3>{d}{esc(it[1])}</h3>")
            elif it[0] == "js":
                d = f" &middot; {esc(it[2])}" if it[2] else ""
                Q.append(f"<p><em>{esc(it[1])}</em>{d}</p>")
            elif it[0] == "b":
                ul.append(it[1])
            elif it[0] == "p":
                Q.append(f"<p>{esc(it[1])}</p>")
        flush()
        return Q
    header = [f"<h1>{esc(res['name'])}</h1>", "<p>" + "<br>".join(esc(x) for x in res["contact"]) + "</p>"]
    if res.get("side"):
        P.append('<div class="side">')
        P += header
        for h, c in res["side"]:
            P += sec(h, c)
        P.append('</div><div class="main">')
        for h, c in res["sections"]:
            P += sec(h, c)
        P.append("</div>")
    else:
        P += header
        for h, c in res["sections"]:
            P += sec(h, c)
    P.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(P) + "\n")


# ---------------------------------------------------------------- reportlab

def render_reportlab(res, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    size = letter if res.get("page") == "letter" else A4
    PW, PH = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(f"{res['name']} CV")
    c.setAuthor(res["name"])
    c.setCreator("Microsoft Word")
    layout = res.get("layout", "plain")
    F, FB, FI = res.get("fonts", ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    fs = res.get("fs", 10)
    M = 50
    side_w = 165 if layout == "sidebar" else 0
    x0 = M + side_w + (20 if side_w else 0)
    x1 = PW - M
    st = {"y": PH - M, "page": 1}
    accent = colors.HexColor(res.get("accent", "#1f3b5a"))

    def footer():
        if res.get("footer"):
            c.setFont(F, 8)
            c.setFillColor(colors.grey)
            c.drawCentredString(PW / 2, 28, res["footer"].format(name=res["name"], page=st["page"]))
            c.setFillColor(colors.black)

    def side_bg():
        if side_w:
            c.setFillColor(colors.HexColor(res.get("side_color", "#e8edf3")))
            c.rect(0, 0, M + side_w, PH, stroke=0, fill=1)
            c.setFillColor(colors.black)

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = PH - M
        side_bg()

    def need(h):
        if st["y"] - h < M + 10:
            newpage()

    def text_lines(txt, font, size, width):
        return simpleSplit(txt, font, size, width)

    side_bg()
    # header
    if layout == "twocol":
        c.setFont(FB, 20)
        c.drawString(x0, st["y"] - 10, res["name"])
        c.setFont(F, 9)
        yy = st["y"]
        for ln in res["contact"]:
            c.drawRightString(x1, yy, ln)
            yy -= 11
        if res.get("tagline"):
            c.setFont(FI, 11)
            c.drawString(x0, st["y"] - 28, res["tagline"])
        st["y"] = min(yy, st["y"] - 34) - 6
        c.setStrokeColor(accent)
        c.line(x0, st["y"], x1, st["y"])
        st["y"] -= 18
    elif layout == "sidebar":
        sy = PH - M
        sx, sw = 20, M + side_w - 40
        c.setFont(FB, 16)
        for ln in text_lines(res["name"], FB, 16, sw):
            c.drawString(sx, sy, ln)
            sy -= 19
        c.setFont(F, 8.5)
        sy -= 4
        for ln in res["contact"]:
            for l2 in text_lines(ln, F, 8.5, sw):
                c.drawString(sx, sy, l2)
                sy -= 11
        for h, cont in res.get("side", []):
            sy -= 10
            c.setFont(FB, 10)
            c.drawString(sx, sy, h.upper())
            sy -= 13
            for it in section_items(res, cont):
                if it[0] == "gap":
                    sy -= 4
                    continue
                t = it[1] if it[0] != "jt" else it[1] + (f" {it[2]}" if it[2] else "")
                font = FB if it[0] == "jt" else F
                c.setFont(font, 8.5)
                for l2 in text_lines(t, font, 8.5, sw):
                    c.drawString(sx, sy, l2)
                    sy -= 11
        if res.get("tagline"):
            c.setFont(FB, 13)
            c.setFillColor(accent)
            c.drawString(x0, st["y"], res["tagline"])
            c.setFillColor(colors.black)
            st["y"] -= 22
    else:
        centred = res.get("align", "center") == "center"
        c.setFont(FB, 18)
        (c.drawCentredString(PW / 2, st["y"], res["name"]) if centred else c.drawString(x0, st["y"], res["name"]))
        st["y"] -= 16
        c.setFont(F, 9)
        for ln in res.get("contact_join", [" | ".join(res["contact"])]) if res.get("contact_oneline", True) else res["contact"]:
            for l2 in text_lines(ln, F, 9, x1 - x0):
                (c.drawCentredString(PW / 2, st["y"], l2) if centred else c.drawString(x0, st["y"], l2))
                st["y"] -= 11
        st["y"] -= 10
    width = x1 - x0
    bl = res.get("bullet", "•")
    for h, cont in res["sections"]:
        if res.get("break_before") == h:
            newpage()
        need(40)
        c.setFont(FB, 11.5)
        c.setFillColor(accent)
        c.drawString(x0, st["y"], h.upper() if res.get("caps_head", True) else h)
        c.setFillColor(colors.black)
        st["y"] -= 4
        c.setStrokeColor(colors.lightgrey)
        c.line(x0, st["y"], x1, st["y"])
        st["y"] -= 13
        for it in section_items(res, cont):
            if it[0] == "gap":
                st["y"] -= 5
                continue
            if it[0] in ("jt", "js"):
                font = FB if it[0] == "jt" else FI
                right = it[2]
                rw = c.stringWidth(right, F, fs) + 12 if right else 0
                lines = text_lines(it[1], font, fs, width - rw)
                need(14 * len(lines) + (20 if it[0] == "jt" else 0))
                c.setFont(font, fs)
                for i, ln in enumerate(lines):
                    c.drawString(x0, st["y"], ln)
                    if i == 0 and right:
                        c.setFont(F, fs)
                        c.drawRightString(x1, st["y"], right)
                        c.setFont(font, fs)
                    st["y"] -= fs + 3
            elif it[0] == "b":
                lines = text_lines(it[1], F, fs, width - 14)
                need((fs + 3) * len(lines))
                c.setFont(F, fs)
                if bl:
                    c.drawString(x0 + 3, st["y"], bl)
                for ln in lines:
                    c.drawString(x0 + 14, st["y"], ln)
                    st["y"] -= fs + 3
            else:
                lines = text_lines(it[1], F, fs, width)
                need((fs + 3) * len(lines))
                c.setFont(F, fs)
                for ln in lines:
                    c.drawString(x0, st["y"], ln)
                    st["y"] -= fs + 3
        st["y"] -= 8
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2

def render_fpdf(res, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    footer_t = res.get("footer")
    name = res["name"]

    class P(FPDF):
        def footer(self):
            if footer_t:
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(120)
                self.cell(0, 6, footer_t.format(name=name, page=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format=res.get("page", "A4"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(f"{name} - CV")
    pdf.set_author(name)
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    fs = res.get("fs", 9.5)
    lh = fs * 0.5
    align = res.get("align", "L")
    layout = res.get("layout", "plain")
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if layout == "sidebar":
        # shaded left column on the first page with contact and side sections
        pdf.set_fill_color(*res.get("side_rgb", (232, 238, 240)))
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(48, 7, name, **NL)
        pdf.set_font("DV", "", 8)
        for ln in res["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(48, 4.2, ln, **NL)
        for h, cont in res.get("side", []):
            pdf.ln(3)
            pdf.set_x(8)
            pdf.set_font("DV", "B", 9)
            pdf.multi_cell(48, 5, h.upper(), **NL)
            pdf.set_font("DV", "", 8)
            for it in section_items(res, cont):
                if it[0] == "gap":
                    continue
                pdf.set_x(8)
                t = it[1] if it[0] != "jt" else it[1] + (f" {it[2]}" if it[2] else "")
                pdf.multi_cell(48, 4.2, t, **NL)
        pdf.set_left_margin(70)
        pdf.set_xy(70, 16)
        if res.get("tagline"):
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 7, res["tagline"], **NL)
            pdf.ln(2)
    else:
        pdf.set_font("DV", "B", 17)
        pdf.cell(0, 9, name, align=align, **NL)
        pdf.set_font("DV", "", 8.5)
        for ln in ([" · ".join(res["contact"])] if res.get("contact_oneline") else res["contact"]):
            pdf.multi_cell(0, 4.4, ln, align=align, **NL)
        pdf.ln(3)
    bl = res.get("bullet", "•")
    for h, cont in res["sections"]:
        if res.get("break_before") == h:
            pdf.add_page()
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(*res.get("head_rgb", (30, 60, 90)))
        pdf.cell(0, 7, h.upper() if res.get("caps_head", True) else h, **NL)
        pdf.set_text_color(0)
        y = pdf.get_y()
        pdf.set_draw_color(170)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(1.5)
        for it in section_items(res, cont):
            if it[0] == "gap":
                pdf.ln(1.8)
                continue
            if it[0] in ("jt", "js"):
                if it[0] == "jt" and pdf.get_y() > 262:
                    pdf.add_page()
                pdf.set_font("DV", "B" if it[0] == "jt" else "I", fs)
                right = it[2]
                if right:
                    rw = pdf.get_string_width(right) + 4
                    x, y = pdf.get_x(), pdf.get_y()
                    pdf.set_font("DV", "", fs)
                    pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
                    pdf.cell(rw, lh + 0.6, right, align="R")
                    pdf.set_xy(x, y)
                    pdf.set_font("DV", "B" if it[0] == "jt" else "I", fs)
                    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - rw - 2, lh + 0.6, it[1], align="L", **NL)
                else:
                    pdf.multi_cell(0, lh + 0.6, it[1], align="L", **NL)
            elif it[0] == "b":
                pdf.set_font("DV", "", fs)
                x = pdf.l_margin
                if bl:
                    pdf.set_x(x + 2)
                    pdf.cell(4, lh + 0.4, bl)
                    pdf.set_x(x + 6)
                    pdf.multi_cell(0, lh + 0.4, it[1], align="L", **NL)
                else:
                    pdf.multi_cell(0, lh + 0.4, it[1], align="L", **NL)
            else:
                pdf.set_font("DV", "", fs)
                pdf.multi_cell(0, lh + 0.4, it[1], align="L", **NL)
        pdf.ln(2.5)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx

def render_docx(res, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches, RGBColor
    doc = Document()
    cp = doc.core_properties
    cp.author = res["name"]
    cp.last_modified_by = res["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    normal = doc.styles["Normal"]
    normal.font.name = res.get("font", "Calibri")
    normal.font.size = Pt(res.get("fs", 10.5))
    sec0 = doc.sections[0]
    sec0.left_margin = sec0.right_margin = Inches(0.8)
    layout = res.get("layout", "styles")
    bl = res.get("bullet")  # None -> List Bullet style

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexfill)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def tabbed(container, left, right, bold=False, italic=False):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.9) if container is doc else Inches(4.6),
                                                  WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold, r.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def bullet(container, text):
        if bl:
            p = container.add_paragraph(f"{bl} {text}" if bl != "none" else text)
        else:
            p = container.add_paragraph(text, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)

    def heading(container, text):
        if layout in ("styles", "header", "table") or res.get("heading_style"):
            if container is doc:
                doc.add_heading(text, level=res.get("hlevel", 1))
                return
        p = container.add_paragraph()
        r = p.add_run(text.upper() if res.get("caps_head", True) else text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x5A)
        p.paragraph_format.space_before = Pt(8)

    def put_section(container, h, cont):
        heading(container, h)
        if is_exp(cont) and layout == "table":
            for e in cont:
                t = container.add_table(rows=1, cols=2)
                no_borders(t)
                a, b = t.rows[0].cells
                pa = a.paragraphs[0]
                ra = pa.add_run(e.title)
                ra.bold = True
                if e.org:
                    a.add_paragraph(", ".join(x for x in (e.org, e.loc) if x))
                b.paragraphs[0].add_run(drange(e, res.get("dates", "mon"), res.get("present", "Present"),
                                               res.get("sep", " – ")))
                for x in e.bullets:
                    bullet(a, x)
                container.add_paragraph()
            return
        for it in section_items(res, cont):
            if it[0] == "gap":
                continue
            if it[0] == "jt":
                p = tabbed(container, it[1], it[2], bold=True)
                p.paragraph_format.space_before = Pt(6)
            elif it[0] == "js":
                tabbed(container, it[1], it[2], italic=True)
            elif it[0] == "b":
                bullet(container, it[1])
            else:
                container.add_paragraph(it[1])

    if layout == "header":
        hdr = sec0.header
        p = hdr.paragraphs[0]
        r = p.add_run(res["name"])
        r.bold = True
        r.font.size = Pt(16)
        hdr.add_paragraph(" | ".join(res["contact"]))
        if res.get("footer"):
            sec0.footer.paragraphs[0].add_run(res["footer"].format(name=res["name"], page=1))
    elif layout != "sidebar":
        p = doc.add_paragraph()
        r = p.add_run(res["name"])
        r.bold = True
        r.font.size = Pt(20)
        for ln in ([" | ".join(res["contact"])] if res.get("contact_oneline", True) else res["contact"]):
            doc.add_paragraph(ln)
    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.2), Inches(4.8)
        shade(left, res.get("side_hex", "DCE6F0"))
        pn = left.paragraphs[0]
        rn = pn.add_run(res["name"])
        rn.bold = True
        rn.font.size = Pt(16)
        for ln in res["contact"]:
            left.add_paragraph(ln)
        for h, cont in res.get("side", []):
            put_section(left, h, cont)
        right.paragraphs[0].add_run(res.get("tagline", "")).bold = True
        for h, cont in res["sections"]:
            put_section(right, h, cont)
    else:
        for h, cont in res.get("side", []) + res["sections"]:
            put_section(doc, h, cont)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
