"""Renderers for wild113: reportlab canvas, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html as H
import io
import zipfile

from lib import drange, tenure, tenure_n, ym2i

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- abstract entry lines
def dates(R, e):
    return drange(e, R.get("dstyle", "mon"), R.get("present", "Present"), R.get("sep", " – "))


def orgloc(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def duties(R, e):
    """bullet / paragraph items for an entry"""
    b = R.get("bstyle", "bul")
    if not e.bullets:
        return []
    if b == "para":
        return [("plain", " ".join(e.bullets))]
    return [("bul", x) for x in e.bullets]


def entry_items(R, ents):
    hs = R.get("hstyle", "title_org")
    out = []
    if hs in ("orgfirst", "linkedin"):
        groups = []
        for e in ents:
            if groups and groups[-1][0].org == e.org and e.org:
                groups[-1].append(e)
            else:
                groups.append([e])
        for g in groups:
            if hs == "orgfirst":
                out.append(("head", (g[0].org or "") + (f" — {g[0].loc}" if g[0].loc and R.get("orgloc", True) else ""), ""))
                for e in g:
                    out.append(("role", e.title, dates(R, e)))
                    out += duties(R, e)
            else:  # linkedin export
                if len(g) > 1:
                    n = len(set().union(*[set(range(ym2i(e.start), ym2i(e.end) + 1)) for e in g]))
                    out.append(("head", g[0].org, ""))
                    out.append(("plain", f"{R.get('ltype', 'Full-time')} · {tenure_n(n)}"))
                    if g[0].loc:
                        out.append(("plain", g[0].loc))
                    for e in g:
                        out.append(("role", e.title, ""))
                        out.append(("plain", f"{dates(R, e)} · {tenure(e)}"))
                        out += duties(R, e)
                else:
                    e = g[0]
                    out.append(("head", e.title, ""))
                    lt = e.note or R.get('ltype', 'Full-time')
                    out.append(("plain", f"{e.org} · {lt}" if e.org else lt))
                    out.append(("plain", f"{dates(R, e)} · {tenure(e)}" if e.start else ""))
                    if e.loc:
                        out.append(("plain", e.loc))
                    out += duties(R, e)
            out.append(("gap",))
        return out
    for e in ents:
        d = dates(R, e)
        if hs == "title_org":
            out += [("head", e.title, d), ("sub", orgloc(e))]
        elif hs == "org_title":
            out += [("head", orgloc(e), d), ("sub", e.title)]
        elif hs == "dash":
            out += [("head", f"{e.title} – {orgloc(e)}" if e.org or e.loc else e.title, d)]
        elif hs == "comma":
            out += [("head", f"{e.title}, {orgloc(e)}", d)]
        elif hs == "pipe":
            out += [("head", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
        elif hs == "datefirst":
            out += [("plain", d), ("head", e.title, ""), ("sub", orgloc(e))]
        elif hs == "dateleft":
            out += [("head", f"{d}   {e.title}", ""), ("sub", orgloc(e))]
        elif hs == "form":
            lab = R.get("labels", ("Job title:", "Company:", "Location:", "From:", "To:", "Duties:"))
            a = drange(e, R.get("dstyle", "mon"), R.get("present", "Present"), "|").split("|")
            out += [("plain", f"{lab[0]} {e.title}"), ("plain", f"{lab[1]} {e.org or ''}")]
            if e.loc:
                out.append(("plain", f"{lab[2]} {e.loc}"))
            out += [("plain", f"{lab[3]} {a[0]}"), ("plain", f"{lab[4]} {a[-1]}")]
            if e.bullets:
                out.append(("plain", lab[5]))
        out += duties(R, e)
        out.append(("gap",))
    return out


def section_items(R, sec):
    head, kind, body = sec
    items = [("h", head)] if head else []
    if kind == "entries":
        items += entry_items(R, body)
    elif kind == "text":
        for p in body.split("\n"):
            items.append(("plain", p))
    elif kind == "list":
        items += [("bul", x) for x in body]
    items.append(("gap",))
    return items


def all_ents(R):
    out = []
    for sec in R["main"] + R.get("side", []):
        if sec[1] == "entries":
            out += sec[2]
    return out


# ---------------------------------------------------------------- text-like renderers
def render_txt(R):
    bc = R.get("bchar", "- ")
    L = [R["name"]] + R.get("contact", []) + [""]
    for sec in R.get("side", []) + R["main"]:
        for it in section_items(R, sec):
            t = it[0]
            if t == "h":
                hs = R.get("txthead", "caps")
                if hs == "caps":
                    L.append(it[1].upper())
                elif hs == "under":
                    L += [it[1], "-" * len(it[1])]
                elif hs == "equals":
                    L += ["=" * 40, it[1].upper(), "=" * 40]
                else:
                    L.append(it[1] + ":")
            elif t == "head":
                L.append(it[1] + (("  " + R.get("dsep", "") + it[2]) if it[2] else ""))
            elif t == "role":
                L.append(it[1] + ((", " + it[2]) if it[2] else ""))
            elif t in ("sub", "plain"):
                L.append(it[1])
            elif t == "bul":
                L.append(bc + it[1])
            elif t == "gap":
                if L and L[-1] != "":
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(R):
    L = [f"# {R['name']}", "", " · ".join(R.get("contact", [])), ""]
    for sec in R.get("side", []) + R["main"]:
        for it in section_items(R, sec):
            t = it[0]
            if t == "h":
                L += [f"## {it[1]}", ""]
            elif t == "head":
                L.append(f"### {it[1]}" + (f" ({it[2]})" if it[2] else "") if R.get("mdhead", "h3") == "h3"
                         else f"**{it[1]}**" + (f" — *{it[2]}*" if it[2] else "") + "  ")
            elif t == "role":
                L.append(f"**{it[1]}**" + (f" | {it[2]}" if it[2] else "") + "  ")
            elif t == "sub":
                L.append(f"*{it[1]}*  ")
            elif t == "plain":
                L.append(it[1] + "  ")
            elif t == "bul":
                L.append(f"* {it[1]}")
            elif t == "gap":
                if L[-1] != "":
                    L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(R):
    e = H.escape
    css = "body{font-family:Georgia,serif;max-width:780px;margin:2em auto}h2{border-bottom:1px solid #888}" \
          ".r{float:right}td{vertical-align:top;padding:4px 8px}table{border-collapse:collapse}"
    L = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{e(R['name'])} – Résumé</title>",
         f"<style>{css}</style></head><body>", f"<h1>{e(R['name'])}</h1>",
         "<p>" + "<br>".join(e(c) for c in R.get("contact", [])) + "</p>"]
    for sec in R.get("side", []) + R["main"]:
        if sec[1] == "entries" and R.get("layout") == "rowtable":
            L.append(f"<h2>{e(sec[0])}</h2>")
            L.append("<table border=\"1\"><tr><th>Dates</th><th>Position</th><th>Employer</th><th>Main duties</th></tr>")
            for en in sec[2]:
                L.append(f"<tr><td>{e(dates(R, en))}</td><td>{e(en.title)}</td><td>{e(orgloc(en))}</td>"
                         f"<td>{'<br>'.join(e(b) for b in en.bullets)}</td></tr>")
            L.append("</table>")
            continue
        ul = False
        for it in section_items(R, sec):
            t = it[0]
            if t != "bul" and ul:
                L.append("</ul>")
                ul = False
            if t == "h":
                L.append(f"<h2>{e(it[1])}</h2>")
            elif t == "head":
                L.append(f"<h3>{e(it[1])}" + (f" <span class=\"r\">{e(it[2])}</span>" if it[2] else "") + "</h3>")
            elif t == "role":
                L.append(f"<h4>{e(it[1])}" + (f" <span class=\"r\">{e(it[2])}</span>" if it[2] else "") + "</h4>")
            elif t == "sub":
                L.append(f"<p><em>{e(it[1])}</em></p>")
            elif t == "plain":
                L.append(f"<p>{e(it[1])}</p>")
            elif t == "bul":
                if not ul:
                    L.append("<ul>")
                    ul = True
                L.append(f"<li>{e(it[1])}</li>")
        if ul:
            L.append("</ul>")
    L.append("</body></html>")
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(R):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = LETTER if R.get("paper") == "letter" else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " résumé")
    c.setAuthor(R["name"])
    lay = R.get("layout", "plain")
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if R.get("serif"):
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    st = {"page": 1}
    M = 50

    def footer():
        if R.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(p=st["page"]))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        return Hh - 55

    def flow(items, x0, width, y, sidebar=False):
        for it in items:
            t = it[0]
            if y < 70:
                y = newpage()
            if t == "h":
                y -= 6
                c.setFont(FB, 11 if not sidebar else 10)
                c.drawString(x0, y, it[1].upper() if R.get("caps_h", True) else it[1])
                if not sidebar:
                    c.setLineWidth(0.5)
                    c.line(x0, y - 3, x0 + width, y - 3)
                y -= 16
            elif t in ("head", "role"):
                c.setFont(FB if t == "head" else FI, 10)
                rw = c.stringWidth(it[2], F, 9.5) if it[2] else 0
                lines = simpleSplit(it[1], FB, 10, width - rw - 12)
                for i, ln in enumerate(lines):
                    c.drawString(x0, y, ln)
                    if i == 0 and it[2]:
                        c.setFont(F, 9.5)
                        c.drawRightString(x0 + width, y, it[2])
                        c.setFont(FB if t == "head" else FI, 10)
                    y -= 13
            elif t in ("sub", "plain"):
                c.setFont(FI if t == "sub" else F, 9.5)
                for ln in simpleSplit(it[1], F, 9.5, width):
                    c.drawString(x0, y, ln)
                    y -= 12.5
            elif t == "bul":
                c.setFont(F, 9.5)
                for i, ln in enumerate(simpleSplit(it[1], F, 9.5, width - 14)):
                    if i == 0:
                        c.drawString(x0 + 2, y, R.get("rlbullet", "•"))
                    c.drawString(x0 + 12, y, ln)
                    y -= 12.5
            elif t == "gap":
                y -= 5
        return y

    # header
    y = Hh - 60
    if lay == "twocol":
        c.setFont(FB, 18)
        c.drawString(M, y, R["name"])
        c.setFont(F, 9)
        c.drawRightString(W - M, y + 4, "  ".join(R.get("contact", [])))
        y -= 15
        for ln in R.get("headline", []):
            c.drawString(M, y, ln)
            y -= 12
        y -= 8
        mw = 335
        ym = y
        for sec in R["main"]:
            ym = flow(section_items(R, sec), M, mw, ym)
        ys = y
        for sec in R.get("side", []):
            ys = flow(section_items(R, sec), M + mw + 14, W - 2 * M - mw - 14, ys, sidebar=True)
    elif lay == "sidebar":
        sw = 170
        if lay == "sidebar":
            c.setFillColorRGB(0.90, 0.92, 0.95)
            c.rect(0, 0, sw + 20, Hh, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 18)
        c.drawString(sw + 40, y, R["name"])
        yy = y - 16
        c.setFont(F, 9)
        for ln in R.get("headline", []):
            c.drawString(sw + 40, yy, ln)
            yy -= 12
        side = [("Contact", "text", "\n".join(R.get("contact", [])))] + R.get("side", [])
        ys = y
        for sec in side:
            ys = flow(section_items(R, sec), 25, sw - 15, ys, sidebar=True)
        ym = yy - 10
        for sec in R["main"]:
            ym = flow(section_items(R, sec), sw + 40, W - sw - 40 - M, ym)
    else:
        if lay == "twohead":
            c.setFont(FB, 20)
            c.drawString(M, y, R["name"])
            c.setFont(F, 9)
            yy = y + 6
            for ln in R.get("contact", []):
                c.drawRightString(W - M, yy, ln)
                yy -= 11
            y = min(y - 14, yy) - 4
            for ln in R.get("headline", []):
                c.setFont(FI, 10)
                c.drawString(M, y, ln)
                y -= 13
        else:
            c.setFont(FB, 18)
            c.drawCentredString(W / 2, y, R["name"])
            y -= 15
            c.setFont(F, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(R.get("contact", [])))
            y -= 12
            for ln in R.get("headline", []):
                c.drawCentredString(W / 2, y, ln)
                y -= 12
        y -= 8
        for sec in R.get("side", []) + R["main"]:
            if sec[1] == "entries" and lay == "rowtable":
                y = rl_table(c, R, sec, M, W - 2 * M, y, F, FB, simpleSplit, newpage)
            else:
                y = flow(section_items(R, sec), M, W - 2 * M, y)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


def rl_table(c, R, sec, x0, width, y, F, FB, simpleSplit, newpage):
    c.setFont(FB, 11)
    c.drawString(x0, y, sec[0].upper())
    y -= 18
    cols = [(x0, 80), (x0 + 86, 140), (x0 + 232, width - 232)]
    for e in sec[2]:
        cells = [simpleSplit(dates(R, e), F, 9, cols[0][1]),
                 simpleSplit(e.title, FB, 9, cols[1][1]) + simpleSplit(orgloc(e), F, 9, cols[1][1]),
                 sum([simpleSplit("- " + b, F, 9, cols[2][1]) for b in e.bullets], [])]
        h = max(len(x) for x in cells) * 11.5 + 6
        if y - h < 60:
            y = newpage()
        c.setLineWidth(0.4)
        c.line(x0, y + 10, x0 + width, y + 10)
        for i, (cx, cw) in enumerate(cols):
            yy = y
            for j, ln in enumerate(cells[i]):
                c.setFont(FB if (i == 1 and j < len(simpleSplit(e.title, FB, 9, cw))) else F, 9)
                c.drawString(cx, yy, ln)
                yy -= 11.5
        y -= h
    return y - 8


# ---------------------------------------------------------------- fpdf2
def render_fp(R):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if R.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, R["footer"].format(p=self.page_no()), align="C")

    pdf = P(format="letter" if R.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(R["name"] + " CV")
    pdf.set_author(R["name"])
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lay = R.get("layout", "left")
    lm = 18
    pdf.set_margins(lm, 16, lm)
    W = pdf.w - 2 * lm

    def flow(items, x0, width, sidebar=False):
        for it in items:
            t = it[0]
            pdf.set_x(x0)
            if t == "h":
                pdf.ln(2)
                pdf.set_x(x0)
                pdf.set_font("dv", "B", 10.5 if not sidebar else 9.5)
                pdf.cell(width, 6, it[1].upper() if R.get("caps_h", True) else it[1],
                         border="B" if not sidebar else 0, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif t in ("head", "role"):
                pdf.set_font("dv", "B" if t == "head" else "I", 9.5)
                if it[2]:
                    pdf.set_font("dv", "", 8.5)
                    rw = pdf.get_string_width(it[2]) + 2
                    pdf.set_font("dv", "B" if t == "head" else "I", 9.5)
                    y0 = pdf.get_y()
                    pdf.multi_cell(width - rw, 5, it[1], new_x="LMARGIN", new_y="NEXT")
                    y1 = pdf.get_y()
                    pdf.set_xy(x0 + width - rw, y0)
                    pdf.set_font("dv", "", 8.5)
                    pdf.cell(rw, 5, it[2], align="R")
                    pdf.set_y(y1)
                else:
                    pdf.multi_cell(width, 5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif t in ("sub", "plain"):
                pdf.set_font("dv", "I" if t == "sub" else "", 8.8)
                pdf.multi_cell(width, 4.6, it[1], new_x="LMARGIN", new_y="NEXT")
            elif t == "bul":
                pdf.set_font("dv", "", 8.8)
                pdf.cell(4, 4.6, R.get("fpbullet", "•"))
                pdf.multi_cell(width - 4, 4.6, it[1], new_x="LMARGIN", new_y="NEXT")
            elif t == "gap":
                pdf.ln(1.8)

    if lay == "sidebar":
        sw = 55
        pdf.set_fill_color(232, 236, 226)
        pdf.rect(0, 0, sw + 8, pdf.h, style="F")
        pdf.set_left_margin(sw + 14)
        pdf.set_xy(sw + 14, 16)
        pdf.set_font("dv", "B", 16)
        pdf.cell(0, 9, R["name"], new_x="LMARGIN", new_y="NEXT")
        for ln in R.get("headline", []):
            pdf.set_font("dv", "I", 9)
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for sec in R["main"]:
            flow(section_items(R, sec), sw + 14, pdf.w - sw - 14 - lm)
        # sidebar drawn on page 1 afterwards
        pdf.page = 1
        pdf.set_left_margin(8)
        pdf.set_auto_page_break(False)
        pdf.set_xy(8, 18)
        side = [("Contact", "text", "\n".join(R.get("contact", [])))] + R.get("side", [])
        for sec in side:
            flow(section_items(R, sec), 8, sw - 4, sidebar=True)
        pdf.page = len(pdf.pages)
    else:
        if lay == "centred":
            pdf.set_font("dv", "B", 17)
            pdf.cell(0, 9, R["name"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8.8)
            pdf.multi_cell(0, 4.6, "  •  ".join(R.get("contact", [])), align="C", new_x="LMARGIN", new_y="NEXT")
        elif lay == "twohead":
            pdf.set_font("dv", "B", 17)
            y0 = pdf.get_y()
            pdf.cell(W / 2, 9, R["name"])
            pdf.set_font("dv", "", 8.5)
            pdf.set_xy(lm + W / 2, y0)
            pdf.multi_cell(W / 2, 4.2, "\n".join(R.get("contact", [])), align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "B", 17)
            pdf.cell(0, 9, R["name"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8.8)
            for ln in R.get("contact", []):
                pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        for ln in R.get("headline", []):
            pdf.set_font("dv", "I", 9.5)
            pdf.multi_cell(0, 5, ln, align="C" if lay == "centred" else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for sec in R.get("side", []) + R["main"]:
            flow(section_items(R, sec), lm, W)
    return bytes(pdf.output())


# ---------------------------------------------------------------- python-docx
def render_docx(R):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    cp.comments = ""
    lay = R.get("layout", "styles")
    sect = doc.sections[0]
    sect.left_margin = sect.right_margin = Inches(0.9)
    textw = Inches(8.5 - 1.8)
    doc.styles["Normal"].font.name = R.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    def noborders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def put(container, items, width):
        for it in items:
            t = it[0]
            if t == "h":
                if lay in ("styles", "header", "sidebar"):
                    container.add_paragraph(it[1], style="Heading 2")
                else:
                    p = container.add_paragraph()
                    r = p.add_run(it[1].upper())
                    r.bold = True
                    r.font.size = Pt(12)
            elif t in ("head", "role"):
                p = container.add_paragraph()
                if it[2] and lay != "sidebar":
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(it[1])
                r.bold = t == "head"
                r.italic = t == "role"
                if it[2]:
                    p.add_run(("\t" if lay != "sidebar" else "   ") + it[2])
                p.paragraph_format.space_after = Pt(0)
            elif t == "sub":
                p = container.add_paragraph()
                p.add_run(it[1]).italic = True
                p.paragraph_format.space_after = Pt(2)
            elif t == "plain":
                container.add_paragraph(it[1])
            elif t == "bul":
                if R.get("docxbul", True):
                    container.add_paragraph(it[1], style="List Bullet")
                else:
                    container.add_paragraph(R.get("bchar", "- ") + it[1])

    def table_job(container, e):
        t = container.add_table(rows=1, cols=2)
        noborders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Inches(4.8), Inches(1.9)
        pa = a.paragraphs[0]
        pa.add_run(e.title).bold = True
        if e.org or e.loc:
            a.add_paragraph(orgloc(e)).runs[0].italic = True
        b.paragraphs[0].add_run(dates(R, e))
        for bl in e.bullets:
            container.add_paragraph(bl, style="List Bullet")

    def row_table(container, sec):
        container.add_paragraph(sec[0], style="Heading 2")
        cols = R.get("rowcols", ("Period", "Position", "Organisation", "Responsibilities"))
        t = container.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        for e in sec[2]:
            cells = t.add_row().cells
            cells[0].text = dates(R, e)
            cells[1].text = e.title
            cells[2].text = orgloc(e)
            cells[3].text = "\n".join(e.bullets)

    # header block
    if lay == "header":
        hp = sect.header.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        sect.header.add_paragraph(" | ".join(R.get("contact", [])))
    elif lay != "sidebar":
        if lay == "styles":
            doc.add_paragraph(R["name"], style="Title")
        else:
            p = doc.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(18)
        doc.add_paragraph(" · ".join(R.get("contact", [])))
    for ln in R.get("headline", []):
        if lay != "sidebar":
            doc.add_paragraph(ln).runs[0].italic = True
    if R.get("footer"):
        sect.footer.paragraphs[0].text = R["footer"].replace("{p}", "")

    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Inches(2.2), Inches(4.5)
        shade(a, "DCE6F0")
        a.paragraphs[0].add_run(R["name"]).bold = True
        for c in R.get("contact", []):
            a.add_paragraph(c)
        for sec in R.get("side", []):
            put(a, section_items(R, sec), Inches(2.0))
        b.paragraphs[0].add_run(" ".join(R.get("headline", []))).italic = True
        for sec in R["main"]:
            put(b, section_items(R, sec), Inches(4.3))
    else:
        for sec in R.get("side", []) + R["main"]:
            if sec[1] == "entries" and lay == "tablejob":
                put(doc, [("h", sec[0])], textw)
                for e in sec[2]:
                    table_job(doc, e)
                    doc.add_paragraph()
            elif sec[1] == "entries" and lay == "rowtable":
                row_table(doc, sec)
            else:
                put(doc, section_items(R, sec), textw)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


EXT = {"rl": "pdf", "fp": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
FN = {"rl": render_rl, "fp": render_fp, "docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}


def render(R):
    return FN[R["fmt"]](R)
