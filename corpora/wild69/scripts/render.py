"""Renderers: a résumé dict -> intermediate lines -> pdf (reportlab / fpdf2), docx, txt, md, html."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- intermediate lines
def entry_lines(R, e, hdr=None):
    hdr = hdr or R.get("hdr", "title_org")
    d = drange(e, R.get("ds", "mon"), R.get("pw", "Present"), R.get("sep", " – "))
    org, loc, t = e.org, e.loc, e.title
    orgloc = ", ".join(x for x in (org, loc) if x)
    out = []
    if hdr == "title_org":
        out += [("jh", t, d)]
        if orgloc:
            out.append(("js", orgloc))
    elif hdr == "org_title":
        out += [("jh", orgloc or t, d)]
        if orgloc:
            out.append(("js", t))
    elif hdr == "dash":
        dash = R.get("dash", " – ")
        left = t + (dash + orgloc if orgloc else "")
        if R.get("date_inline"):
            out.append(("jh", f"{left} ({d})", ""))
        else:
            out.append(("jh", left, d))
    elif hdr == "pipe":
        out.append(("jh", " | ".join(x for x in (t, org, loc) if x), d))
    elif hdr == "dateline":
        out += [("jh", t, "")]
        if orgloc:
            out.append(("js", orgloc))
        out.append(("js", d))
    elif hdr == "datesfirst":
        out += [("jh", f"{d}{R.get('dfsep', '   ')}{t}", "")]
        if orgloc:
            out.append(("js", orgloc))
    elif hdr == "inline":
        out.append(("jh", ", ".join(x for x in (t, org, loc, d) if x), ""))
    elif hdr == "labelled":
        lab = R.get("labels", ("Designation", "Company", "Duration", "Location", "Responsibilities"))
        out.append(("jl", f"{lab[0]}: {t}"))
        if org:
            out.append(("jl", f"{lab[1]}: {org}"))
        out.append(("jl", f"{lab[2]}: {d}"))
        if loc and lab[3]:
            out.append(("jl", f"{lab[3]}: {loc}"))
        if e.bullets and lab[4]:
            out.append(("jl", f"{lab[4]}:"))
    elif hdr == "role":  # role under an employer heading
        out.append(("jh", t, d))
    bul = R.get("bul", "•")
    if e.bullets:
        if bul == "para":
            out.append(("jp", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        else:
            out += [("jb", b) for b in e.bullets]
    return out


def block_lines(R, blk):
    kind = blk[0]
    if kind == "page":
        return [("page",)]
    head = blk[1]
    out = [("h", head)] if head else []
    if kind == "text":
        out += [("p", x) for x in blk[2]]
    elif kind == "list":
        out += [("li", x) for x in blk[2]]
    elif kind == "jobs":
        ents = blk[2]
        hdr = blk[3] if len(blk) > 3 else R.get("hdr", "title_org")
        if hdr == "orgfirst":
            prev = object()
            for e in ents:
                if e.org != prev:
                    if e.org:
                        oh = e.org + (R.get("ohsep", ", ") + e.loc if e.loc else "")
                    else:
                        oh = e.loc or ""
                    out.append(("oh", oh))
                    prev = e.org
                out += entry_lines(R, e, "role")
                out.append(("gap",))
        else:
            for e in ents:
                out += entry_lines(R, e, hdr)
                out.append(("gap",))
    return out


def all_lines(R, blocks):
    out = []
    for b in blocks:
        out += block_lines(R, b)
    return out


def entries(R):
    res = []
    for part in (R.get("side", []), R["blocks"]):
        for b in part:
            if b[0] == "jobs":
                res += b[2]
    return res


def H(R, s):
    return s.upper() if R.get("hcase") == "upper" else s


# ---------------------------------------------------------------- text / md / html
def render_txt(R, path):
    L = []
    L.append(R["name"].upper() if R.get("name_upper") else R["name"])
    if R.get("tag"):
        L.append(R["tag"])
    L += R["contact"]
    L.append("")
    bul = R.get("bul", "•")
    bulc = "" if bul in ("", "para") else bul + " "
    rule = R.get("rule")
    for it in all_lines(R, R.get("side", []) + R["blocks"]):
        k = it[0]
        if k == "h":
            if L and L[-1] != "":
                L.append("")
            L.append(H(R, it[1]))
            if rule:
                L.append(rule * len(it[1]))
        elif k == "p":
            L.append(it[1])
        elif k == "li":
            L.append((R.get("libul", "- ")) + it[1])
        elif k == "jh":
            if it[2]:
                gap = R.get("txtgap")
                if gap == "pad":
                    L.append(it[1].ljust(max(66, len(it[1]) + 4)) + it[2])
                else:
                    L.append(it[1] + (gap or "    ") + it[2])
            else:
                L.append(it[1])
        elif k in ("js", "jl", "jp"):
            L.append(it[1])
        elif k == "jb":
            L.append("   " + bulc + it[1] if R.get("indent") else bulc + it[1])
        elif k == "oh":
            L.append(it[1].upper() if R.get("oh_upper") else it[1])
        elif k == "gap":
            L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(txt)


def render_md(R, path):
    L = [f"# {R['name']}"]
    if R.get("tag"):
        L.append(f"**{R['tag']}**")
    L.append("")
    L.append(R.get("mdsep", " · ").join(R["contact"]))
    L.append("")
    hl = R.get("mdh", "##")
    jl = R.get("mdjh", "###")
    bul = R.get("bul", "-")
    bulc = bul if bul in ("-", "*", "+") else "-"
    for it in all_lines(R, R.get("side", []) + R["blocks"]):
        k = it[0]
        if k == "h":
            L += ["", f"{hl} {it[1]}", ""]
        elif k == "p":
            L += [it[1], ""]
        elif k == "li":
            L.append(f"- {it[1]}")
        elif k == "jh":
            if jl == "bold":
                L.append(f"**{it[1]}**" + (f" — *{it[2]}*" if it[2] else "") + "  ")
            else:
                L.append(f"{jl} {it[1]}" + (f" ({it[2]})" if it[2] else ""))
        elif k == "js":
            L.append(f"*{it[1]}*  ")
        elif k == "jl":
            L.append(it[1] + "  ")
        elif k == "jp":
            L += ["", it[1]]
        elif k == "jb":
            if L and L[-1].endswith("  "):
                L.append("")
            L.append(f"{bulc} {it[1]}")
        elif k == "oh":
            L += ["", f"{jl} {it[1]}", ""]
        elif k == "gap":
            L.append("")
    txt = "\n".join(L).rstrip() + "\n"
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    open(path, "w", encoding="utf-8").write(txt)


def render_html(R, path):
    esc = htmlmod.escape
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:24px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".jh{display:flex;justify-content:space-between;font-weight:bold;margin-top:8px}"
                       ".js{font-style:italic}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(R['name'])} - CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<h1>{esc(R['name'])}</h1>"]
    if R.get("tag"):
        L.append(f"<p class=\"tag\">{esc(R['tag'])}</p>")
    L.append("<p class=\"contact\">" + " | ".join(esc(c) for c in R["contact"]) + "</p>")
    inlist = False
    for it in all_lines(R, R.get("side", []) + R["blocks"]):
        k = it[0]
        if k not in ("jb", "li") and inlist:
            L.append("</ul>")
            inlist = False
        if k == "h":
            L.append(f"<h2>{esc(it[1])}</h2>")
        elif k in ("p", "jp", "jl"):
            L.append(f"<p>{esc(it[1])}</p>")
        elif k in ("li", "jb"):
            if not inlist:
                L.append("<ul>")
                inlist = True
            L.append(f"<li>{esc(it[1])}</li>")
        elif k == "jh":
            if it[2]:
                L.append(f"<div class=\"jh\"><span>{esc(it[1])}</span><span>{esc(it[2])}</span></div>")
            else:
                L.append(f"<div class=\"jh\"><span>{esc(it[1])}</span></div>")
        elif k == "js":
            L.append(f"<div class=\"js\">{esc(it[1])}</div>")
        elif k == "oh":
            L.append(f"<h3>{esc(it[1])}</h3>")
    if inlist:
        L.append("</ul>")
    L += ["</body>", "</html>", ""]
    open(path, "w", encoding="utf-8").write("\n".join(L))


# ---------------------------------------------------------------- reportlab
def render_rl(R, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = letter if R.get("paper") == "letter" else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    layout = R.get("layout", "plain")
    accent = R.get("accent", (0.15, 0.25, 0.45))
    fs = R.get("fs", 10)
    lh = fs * 1.35
    M = 50
    x0, x1 = M, W - M
    page = [1]

    def footer():
        if R.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(W / 2, 28, R["footer"].replace("{n}", str(page[0])))
            c.setFillColorRGB(0, 0, 0)

    y = Hh - M
    if layout == "sidebar":
        sw = 170
        c.setFillColorRGB(*R.get("sidecol", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - M
        c.setFont("Helvetica-Bold", 17)
        for ln in simpleSplit(R["name"], "Helvetica-Bold", 17, sw - 40):
            c.drawString(20, sy, ln)
            sy -= 21
        if R.get("tag"):
            c.setFont("Helvetica", 9.5)
            for ln in simpleSplit(R["tag"], "Helvetica", 9.5, sw - 40):
                c.drawString(20, sy, ln)
                sy -= 12
        sy -= 10
        c.setFont("Helvetica", 8.5)
        for ct in R["contact"]:
            for ln in simpleSplit(ct, "Helvetica", 8.5, sw - 40):
                c.drawString(20, sy, ln)
                sy -= 11
        for it in all_lines(R, R.get("side", [])):
            if it[0] == "h":
                sy -= 10
                c.setFont("Helvetica-Bold", 10)
                c.drawString(20, sy, H(R, it[1]))
                sy -= 14
            elif it[0] in ("p", "li"):
                c.setFont("Helvetica", 8.5)
                pre = "• " if it[0] == "li" else ""
                for ln in simpleSplit(pre + it[1], "Helvetica", 8.5, sw - 40):
                    c.drawString(20, sy, ln)
                    sy -= 11
        x0 = sw + 25
        x1 = W - 40
    else:
        if layout == "twocol":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(x0, y, R["name"])
            c.setFont("Helvetica", 10)
            if R.get("tag"):
                c.drawString(x0, y - 18, R["tag"])
            cy = y + 4
            c.setFont("Helvetica", 8.5)
            for ct in R["contact"]:
                c.drawRightString(x1, cy, ct)
                cy -= 11
            y = min(y - 30, cy) - 6
        elif layout == "centred":
            c.setFont("Helvetica-Bold", 19)
            c.drawCentredString(W / 2, y, R["name"])
            y -= 16
            if R.get("tag"):
                c.setFont("Helvetica-Oblique", 10.5)
                c.drawCentredString(W / 2, y, R["tag"])
                y -= 14
            c.setFont("Helvetica", 9)
            c.drawCentredString(W / 2, y, "  |  ".join(R["contact"]))
            y -= 10
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(x0, y, R["name"])
            y -= 15
            if R.get("tag"):
                c.setFont("Helvetica", 10.5)
                c.drawString(x0, y, R["tag"])
                y -= 13
            c.setFont("Helvetica", 9)
            for ln in simpleSplit(" · ".join(R["contact"]), "Helvetica", 9, x1 - x0):
                c.drawString(x0, y, ln)
                y -= 11
        c.setStrokeColorRGB(*accent)
        c.line(x0, y, x1, y)
        y -= 8
    bottom = 50 if R.get("footer") else 40

    def need(h):
        nonlocal y, x0, x1
        if y - h < bottom:
            footer()
            c.showPage()
            page[0] += 1
            y = Hh - M
            x0, x1 = M, W - M

    def para(text, font, size, indent=0, pre=""):
        nonlocal y
        lines = simpleSplit(text, font, size, x1 - x0 - indent - (10 if pre else 0))
        for i, ln in enumerate(lines):
            need(size * 1.35)
            c.setFont(font, size)
            if pre and i == 0:
                c.drawString(x0 + indent, y - size, pre)
            c.drawString(x0 + indent + (10 if pre else 0), y - size, ln)
            y -= size * 1.35

    bul = R.get("bul", "•")
    for it in all_lines(R, R["blocks"]):
        k = it[0]
        if k == "page":
            need(10000)
        elif k == "h":
            need(40)
            y -= 8
            c.setFont("Helvetica-Bold", fs + 2)
            c.setFillColorRGB(*accent)
            c.drawString(x0, y - fs - 2, H(R, it[1]))
            c.setFillColorRGB(0, 0, 0)
            y -= fs + 6
            if R.get("hrule", True):
                c.setStrokeColorRGB(0.7, 0.7, 0.7)
                c.line(x0, y, x1, y)
            y -= 4
        elif k == "p":
            para(it[1], "Helvetica", fs)
        elif k == "li":
            para(it[1], "Helvetica", fs, 4, "•")
        elif k == "oh":
            need(30)
            y -= 2
            para(it[1], "Helvetica-Bold", fs + 1)
        elif k == "jh":
            need(lh * 2)
            left = it[1]
            wdate = c.stringWidth(it[2], "Helvetica", fs) + 12 if it[2] else 0
            lines = simpleSplit(left, "Helvetica-Bold", fs + 0.5, x1 - x0 - wdate)
            for i, ln in enumerate(lines):
                c.setFont("Helvetica-Bold", fs + 0.5)
                c.drawString(x0, y - fs, ln)
                if i == 0 and it[2]:
                    c.setFont("Helvetica", fs)
                    c.drawRightString(x1, y - fs, it[2])
                y -= lh
        elif k == "js":
            para(it[1], "Helvetica-Oblique", fs)
        elif k == "jl":
            para(it[1], "Helvetica", fs)
        elif k == "jp":
            para(it[1], "Helvetica", fs)
        elif k == "jb":
            if bul in ("", "para"):
                para(it[1], "Helvetica", fs, 8)
            else:
                para(it[1], "Helvetica", fs, 8, bul)
        elif k == "gap":
            y -= 5
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
                self.cell(0, 6, R["footer"].replace("{n}", str(self.page_no())), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter" if R.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " - Resume")
    pdf.set_author(R["name"])
    pdf.set_creator("Google Docs")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=18)
    layout = R.get("layout", "left")
    fs = R.get("fs", 9.5)
    lh = fs * 0.5
    acc = R.get("accent_rgb", (30, 60, 110))
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    if layout == "sidebar":
        sw = 62
        pdf.set_fill_color(*R.get("side_rgb", (232, 236, 242)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("dv", "B", 15)
        pdf.multi_cell(sw - 14, 7, R["name"], new_x="LEFT", new_y="NEXT")
        if R.get("tag"):
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(sw - 14, 4.5, R["tag"], new_x="LEFT", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("dv", "", 8)
        for ct in R["contact"]:
            pdf.multi_cell(sw - 14, 4, ct, new_x="LEFT", new_y="NEXT")
        for it in all_lines(R, R.get("side", [])):
            if it[0] == "h":
                pdf.ln(4)
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(sw - 14, 5, H(R, it[1]), new_x="LEFT", new_y="NEXT")
            elif it[0] in ("p", "li"):
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(sw - 14, 4, ("• " if it[0] == "li" else "") + it[1], new_x="LEFT", new_y="NEXT")
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 16)
    else:
        align = "C" if layout == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, R["name"], align=align, new_x="LMARGIN", new_y="NEXT")
        if R.get("tag"):
            pdf.set_font("dv", "I", 10)
            pdf.cell(0, 5, R["tag"], align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5)
        if layout == "centred":
            pdf.multi_cell(0, 4.5, "  •  ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for ct in R["contact"]:
                pdf.cell(0, 4.5, ct, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_draw_color(*acc)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
    bul = R.get("bul", "•")
    for it in all_lines(R, R["blocks"]):
        k = it[0]
        if k == "page":
            pdf.add_page()
        elif k == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("dv", "B", fs + 1.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 6, H(R, it[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif k in ("p", "jl", "jp"):
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "li":
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, lh, "• " + it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "oh":
            pdf.ln(1)
            pdf.set_font("dv", "B", fs + 0.5)
            pdf.multi_cell(0, lh + 0.5, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "jh":
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.set_font("dv", "", fs)
            dw = pdf.get_string_width(it[2]) + 4 if it[2] else 0
            pdf.set_font("dv", "B", fs)
            y = pdf.get_y()
            avail = pdf.w - pdf.r_margin - pdf.l_margin - dw
            pdf.multi_cell(avail, lh + 0.3, it[1], new_x="LMARGIN", new_y="NEXT")
            if it[2]:
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - pdf.r_margin - dw, y)
                pdf.set_font("dv", "", fs)
                pdf.cell(dw, lh + 0.3, it[2], align="R")
                pdf.set_xy(pdf.l_margin, y2)
        elif k == "js":
            pdf.set_font("dv", "I", fs)
            pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "jb":
            pdf.set_font("dv", "", fs)
            x = pdf.l_margin
            if bul in ("", "para"):
                pdf.set_x(x + 3)
                pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(x + 2)
                pdf.cell(4, lh, bul)
                pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(1.8)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def render_docx(R, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(R.get("fs", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    feats = R.get("docx", ["styles"])
    cp = doc.core_properties
    cp.author = R["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = R["name"]
    cp.revision = 1
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    # header block
    if "header" in feats:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp2 = sec.header.add_paragraph(" | ".join(R["contact"]))
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if R.get("tag"):
            doc.add_paragraph().add_run(R["tag"]).bold = True
    elif "sidebar" not in feats:
        if "styles" in feats:
            doc.add_heading(R["name"], 0)
        else:
            p = doc.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(20)
        if R.get("tag"):
            doc.add_paragraph(R["tag"])
        doc.add_paragraph(" • ".join(R["contact"]))
    if R.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = R["footer"].replace(" {n}", "").replace("{n}", "")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def write(container, lines, width):
        """container: object with add_paragraph/add_table (Document or _Cell)."""
        first = [True]

        def para(text="", style=None):
            if isinstance(container, type(doc)) or not first[0]:
                p = container.add_paragraph(text, style=style) if style else container.add_paragraph(text)
            else:
                p = container.paragraphs[0]
                if style:
                    p.style = doc.styles[style]
                if text:
                    p.add_run(text)
            first[0] = False
            return p

        tabpos = width
        for it in lines:
            k = it[0]
            if k == "page":
                para().add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
            elif k == "h":
                if "styles" in feats or "sidebar" in feats:
                    if isinstance(container, type(doc)):
                        doc.add_heading(H(R, it[1]), 1)
                        first[0] = False
                    else:
                        p = para(style="Heading 2")
                        p.add_run(H(R, it[1]))
                else:
                    p = para()
                    r = p.add_run(H(R, it[1]))
                    r.bold = True
                    r.font.size = Pt(12)
                    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                    p.paragraph_format.space_before = Pt(10)
            elif k in ("p", "jp", "jl"):
                para(it[1])
            elif k == "li":
                para(it[1], style="List Bullet")
            elif k == "oh":
                p = para()
                r = p.add_run(it[1])
                r.bold = True
                r.font.size = Pt(11.5)
                p.paragraph_format.space_before = Pt(6)
            elif k == "jh" and "table" in feats and it[2]:
                t = container.add_table(rows=1, cols=2)
                _no_borders(t)
                t.alignment = WD_TABLE_ALIGNMENT.LEFT
                c0, c1 = t.rows[0].cells
                c0.width = int(width * 0.7)
                c1.width = int(width * 0.3)
                c0.paragraphs[0].add_run(it[1]).bold = True
                c1.paragraphs[0].add_run(it[2])
                c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first[0] = False
            elif k == "jh":
                p = para(style="Heading 3" if "styles" in feats and "h3jobs" in feats else None)
                if it[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(it[1])
                r.bold = True
                if it[2]:
                    p.add_run("\t" + it[2])
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(0)
            elif k == "js":
                p = para()
                p.add_run(it[1]).italic = True
                p.paragraph_format.space_after = Pt(2)
            elif k == "jb":
                bul = R.get("bul", "•")
                if bul in ("list", "•") and "typed" not in feats:
                    p = para(it[1], style="List Bullet")
                else:
                    p = para(("" if bul in ("", "para") else bul + " ") + it[1])
                p.paragraph_format.space_after = Pt(0)

    if "sidebar" in feats:
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        c0, c1 = t.rows[0].cells
        sw = Cm(5.5)
        c0.width = sw
        c1.width = text_w - sw
        _shade(c0, R.get("side_hex", "DCE6F0"))
        p = c0.paragraphs[0]
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(15)
        if R.get("tag"):
            c0.add_paragraph(R["tag"])
        for ct in R["contact"]:
            c0.add_paragraph(ct).runs[0].font.size = Pt(9)
        side_lines = all_lines(R, R.get("side", []))
        sub = type("C", (), {})()
        # write sidebar blocks after contact lines
        for it in side_lines:
            if it[0] == "h":
                pp = c0.add_paragraph()
                rr = pp.add_run(H(R, it[1]))
                rr.bold = True
                pp.paragraph_format.space_before = Pt(8)
            elif it[0] == "li":
                c0.add_paragraph("• " + it[1]).runs[0].font.size = Pt(9)
            elif it[0] == "p":
                c0.add_paragraph(it[1]).runs[0].font.size = Pt(9)
        write(c1, all_lines(R, R["blocks"]), int(text_w - sw) - Cm(0.4))
    else:
        write(doc, all_lines(R, R.get("side", []) + R["blocks"]), text_w)

    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}
