"""Renderers: reportlab canvas, fpdf2, python-docx, plain text, Markdown, HTML.

A résumé is a dict: name, contact (lines), hdr (entry header style), blocks (list of tuples):
  ('h', heading) ('p', text) ('kv', [(label, value)]) ('ul', [items]) ('job', E)
  ('org', employer heading for roles beneath) ('lines', [plain lines]) ('break',)
Optional: side (blocks for a sidebar), bul (bullet char), opts (renderer options).
"""
import datetime
import html as htmlmod
import io
import zipfile

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


def loc_join(org, loc, sep=", "):
    return sep.join(x for x in (org, loc) if x)


def rows(e, hdr):
    """Header rows of an entry: list of (text, right, style) with style b/i/n/bi."""
    d = e.dates
    if hdr == "title_org":
        return [(e.title, d, "b"), (loc_join(e.org, e.loc), None, "i")]
    if hdr == "org_title":
        return [(loc_join(e.org, e.loc), d, "b"), (e.title, None, "i")]
    if hdr == "dateline":
        return [(e.title, None, "b"), (loc_join(e.org, e.loc), None, "n"), (d, None, "i")]
    if hdr == "dash":
        return [(e.title + " – " + loc_join(e.org, e.loc), d, "b")]
    if hdr == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), d, "b")]
    if hdr == "labels":
        out = [("Place of Work: " + loc_join(e.org, e.loc), None, "b"),
               ("Position Held: " + e.title, None, "n"), ("Duration: " + d, None, "n")]
        return out
    if hdr == "labels2":
        return [("Employer: " + (e.org or ""), None, "b"), ("Position: " + e.title, None, "n"),
                ("Location: " + (e.loc or ""), None, "n"), ("Period: " + d, None, "n")]
    if hdr == "datefirst":
        return [(d + "    " + e.title, None, "b"), (loc_join(e.org, e.loc), None, "n")]
    if hdr == "inline":
        return [(e.title + ", " + loc_join(e.org, e.loc) + " (" + d + ")", None, "b")]
    if hdr == "role":  # under an ('org', ...) heading
        return [(e.title, d, "bi")]
    if hdr == "caps_org":
        return [(loc_join(e.org.upper() if e.org else None, e.loc), d, "b"), (e.title, None, "i")]
    raise ValueError(hdr)


def body(e):
    """Body items: ('lab', text) ('li', text) ('para', text)."""
    out = []
    if e.prose:
        if e.bullets:
            out.append(("para", " ".join(e.bullets)))
    else:
        if e.label and e.bullets:
            out.append(("lab", e.label))
        out += [("li", b) for b in e.bullets]
    if e.ach:
        out.append(("lab", e.achlabel))
        out += [("li", b) for b in e.ach]
    return out


def job_hdr(r, e):
    return e.__dict__.get("hdr") or r["hdr"]


# ---------------------------------------------------------------- plain text
def render_txt(r, path):
    o = r.get("opts", {})
    bul = r.get("bul", "-")
    L = [r["name"]] + r["contact"] + [""]
    underline = o.get("underline")
    for b in r.get("side", []) + r["blocks"]:
        t = b[0]
        if t == "h":
            L += ["", b[1].upper() if o.get("caps") else b[1]]
            if underline:
                L.append(underline * len(b[1]))
        elif t == "p":
            L.append(b[1])
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            L += [(k + ":").ljust(w) + " " + v for k, v in b[1]]
        elif t in ("ul",):
            L += [f"{bul} {x}" for x in b[1]]
        elif t == "lines":
            L += b[1]
        elif t == "org":
            L += ["", b[1]]
        elif t == "job":
            e = b[1]
            if job_hdr(r, e) != "role":
                L.append("")
            for text, right, st in rows(e, job_hdr(r, e)):
                L.append(text + (o.get("rj", "   ") + right if right else ""))
            for k, x in body(e):
                L.append(x if k != "li" else f"{o.get('indent', '')}{bul} {x}")
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    o = r.get("opts", {})
    bul = r.get("bul", "-")
    L = ["# " + r["name"], "", "  \n".join(r["contact"]), ""]
    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            L += ["", "## " + b[1], ""]
        elif t == "p":
            L += [b[1], ""]
        elif t == "kv":
            if o.get("kvtable"):
                L += ["| | |", "|---|---|"] + [f"| **{k}** | {v} |" for k, v in b[1]] + [""]
            else:
                L += [f"**{k}:** {v}  " for k, v in b[1]] + [""]
        elif t == "ul":
            L += [f"{bul} {x}" for x in b[1]] + [""]
        elif t == "lines":
            L += [x + "  " for x in b[1]] + [""]
        elif t == "org":
            L += ["### " + b[1], ""]
        elif t == "job":
            e = b[1]
            rs = rows(e, job_hdr(r, e))
            for i, (text, right, st) in enumerate(rs):
                if i == 0:
                    lead = "#### " if job_hdr(r, e) == "role" else o.get("first", "### ")
                    s = lead + text if lead.strip() else f"**{text}**"
                else:
                    s = f"*{text}*" if st == "i" else text
                if right:
                    s += f" — *{right}*" if i or not lead.strip() else f" ({right})"
                L.append(s + ("  " if not s.startswith("#") else ""))
            L.append("")
            for k, x in body(e):
                L.append(f"{bul} {x}" if k == "li" else (f"*{x}*" if k == "lab" else x))
                if k != "li":
                    L.append("")
            L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- html
def render_html(r, path):
    o = r.get("opts", {})
    esc = htmlmod.escape
    css = o.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto;font-size:14px}"
                       "h2{border-bottom:1px solid #777;font-size:16px;text-transform:uppercase}"
                       ".r{float:right}.job{margin:10px 0 4px}")
    H = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} - CV</title>", f"<style>{css}</style></head><body>",
         f"<h1>{esc(r['name'])}</h1>", "<p>" + "<br>".join(esc(c) for c in r["contact"]) + "</p>"]
    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            H.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            H.append(f"<p>{esc(b[1])}</p>")
        elif t == "kv":
            H.append("<table>" + "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
                                         for k, v in b[1]) + "</table>")
        elif t == "ul":
            H.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "lines":
            H.append("<p>" + "<br>".join(esc(x) for x in b[1]) + "</p>")
        elif t == "org":
            H.append(f"<h3>{esc(b[1])}</h3>")
        elif t == "job":
            e = b[1]
            H.append('<div class="job">')
            for text, right, st in rows(e, job_hdr(r, e)):
                inner = esc(text)
                inner = {"b": f"<strong>{inner}</strong>", "i": f"<em>{inner}</em>",
                         "bi": f"<strong><em>{inner}</em></strong>"}.get(st, inner)
                if right:
                    inner = f'<span class="r">{esc(right)}</span>' + inner
                H.append(f"<div>{inner}</div>")
            H.append("</div>")
            items = body(e)
            ul = []
            for k, x in items:
                if k == "li":
                    ul.append(f"<li>{esc(x)}</li>")
                else:
                    if ul:
                        H.append("<ul>" + "".join(ul) + "</ul>")
                        ul = []
                    H.append(f"<p><u>{esc(x)}</u></p>" if k == "lab" else f"<p>{esc(x)}</p>")
            if ul:
                H.append("<ul>" + "".join(ul) + "</ul>")
    H.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(H) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    o = r.get("opts", {})
    page = LETTER if o.get("letter") else A4
    W, Hh = page
    if o.get("dejavu"):
        for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        F = {"n": "DV", "b": "DV-B", "i": "DV-I", "bi": "DV-BI"}
    elif o.get("times"):
        F = {"n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
    else:
        F = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"}
    c = canvas.Canvas(path, pagesize=page, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word" if not o.get("creator") else o["creator"])
    size = o.get("size", 10)
    lead = size * 1.35
    layout = o.get("layout", "plain")
    M = 50
    side_w = 170 if layout == "sidebar" else 0
    st = {"page": 1}
    bul = r.get("bul", "•")

    def footer():
        if o.get("footer"):
            c.setFont(F["n"], 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, o["footer"].format(page=st["page"]))
            c.setFillGray(0)

    def sidebar_bg():
        if layout == "sidebar":
            c.setFillColorRGB(*o.get("sidecolor", (0.88, 0.91, 0.95)))
            c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
            c.setFillGray(0)

    sidebar_bg()
    x0 = side_w + (30 if side_w else M)
    colw = W - x0 - M + (10 if side_w else 0)
    y = Hh - M

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        st["page"] += 1
        sidebar_bg()
        y = Hh - M

    def line(text, style="n", x=None, w=None, right=None, sz=None, indent=0, marker=None):
        nonlocal y
        x = x0 if x is None else x
        w = colw if w is None else w
        sz = sz or size
        fn = F[style]
        rw = c.stringWidth(right, F["n"], sz) + 12 if right else 0
        parts = simpleSplit(text, fn, sz, w - indent - rw) or [""]
        for i, p in enumerate(parts):
            if y < M + 20:
                newpage()
            c.setFont(fn, sz)
            if marker and i == 0:
                c.drawString(x + indent - 10, y, marker)
            c.drawString(x + indent, y, p)
            if right and i == 0:
                c.setFont(F["n"], sz)
                c.drawRightString(x + w, y, right)
            y -= sz * 1.35

    # header
    if layout == "twocol":
        c.setFont(F["b"], 20)
        c.drawString(M, y, r["name"])
        c.setFont(F["n"], 9)
        yy = y + 6
        for cl in r["contact"]:
            c.drawRightString(W - M, yy, cl)
            yy -= 11
        y = min(y - 16, yy) - 4
        c.line(M, y + 6, W - M, y + 6)
        y -= 10
    elif layout == "sidebar":
        sy = Hh - M
        c.setFont(F["b"], 15)
        for p in simpleSplit(r["name"], F["b"], 15, side_w - 30):
            c.drawString(18, sy, p)
            sy -= 18
        sy -= 6
        for b in [("lines", r["contact"])] + r.get("side", []):
            if b[0] == "h":
                sy -= 6
                c.setFont(F["b"], 10)
                c.drawString(18, sy, b[1].upper())
                sy -= 13
                continue
            items = b[1] if b[0] in ("lines", "ul") else ([b[1]] if b[0] == "p" else [f"{k}: {v}" for k, v in b[1]])
            for it in items:
                for p in simpleSplit(("• " if b[0] == "ul" else "") + it, F["n"], 8.5, side_w - 30):
                    c.setFont(F["n"], 8.5)
                    c.drawString(18, sy, p)
                    sy -= 11
    else:
        c.setFont(F["b"], 18)
        if o.get("center"):
            c.drawCentredString(W / 2, y, r["name"])
        else:
            c.drawString(M, y, r["name"])
        y -= 18
        c.setFont(F["n"], 9)
        for cl in r["contact"]:
            if o.get("center"):
                c.drawCentredString(W / 2, y, cl)
            else:
                c.drawString(M, y, cl)
            y -= 11
        y -= 6
    for b in r["blocks"]:
        t = b[0]
        if t == "break":
            newpage()
        elif t == "h":
            y -= 6
            if y < M + 60:
                newpage()
            line(b[1].upper() if o.get("caps") else b[1], "b", sz=size + 2)
            c.setLineWidth(0.5)
            c.line(x0, y + size * 0.9, x0 + colw, y + size * 0.9)
            y -= 3
        elif t == "p":
            line(b[1])
        elif t == "kv":
            for k, v in b[1]:
                line(f"{k}:  {v}")
        elif t == "ul":
            for it in b[1]:
                line(it, indent=14, marker=bul)
        elif t == "lines":
            for it in b[1]:
                line(it)
        elif t == "org":
            y -= 3
            line(b[1], "b")
        elif t == "job":
            e = b[1]
            if y < M + 70:
                newpage()
            y -= 3
            for text, right, s in rows(e, job_hdr(r, e)):
                line(text, s, right=right)
            for k, x in body(e):
                if k == "li":
                    line(x, indent=14, marker=bul)
                else:
                    line(x, "i" if k == "lab" else "n")
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    pdf = FPDF(format="A4" if not o.get("letter") else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.set_title(r["name"])
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
    if o.get("footer"):
        txt = o["footer"]

        class P(FPDF):
            pass
        pdf.footer = lambda: (pdf.set_y(-14), pdf.set_font("DV", "I", 8),
                              pdf.cell(0, 8, txt.format(page=pdf.page_no()), align="C"))
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    sz = o.get("size", 10)
    bul = r.get("bul", "•")
    al = "C" if o.get("center") else "L"
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for cl in r["contact"]:
        pdf.cell(0, 4.6, cl, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    lh = sz * 0.5
    STY = {"b": "B", "i": "I", "n": "", "bi": "BI"}
    for b in r["blocks"]:
        t = b[0]
        if t == "break":
            pdf.add_page()
        elif t == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", sz + 1.5)
            if o.get("fill"):
                pdf.set_fill_color(*o["fill"])
            pdf.cell(0, lh + 2, b[1].upper() if o.get("caps") else b[1], fill=bool(o.get("fill")),
                     new_x="LMARGIN", new_y="NEXT")
            if not o.get("fill"):
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif t in ("p", "lines", "kv", "ul"):
            pdf.set_font("DV", "", sz)
            items = {"p": lambda: [b[1]], "lines": lambda: b[1], "ul": lambda: [f"{bul} {x}" for x in b[1]],
                     "kv": lambda: [f"{k}: {v}" for k, v in b[1]]}[t]()
            for it in items:
                pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
        elif t == "org":
            pdf.ln(1.5)
            pdf.set_font("DV", "B", sz)
            pdf.cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "job":
            e = b[1]
            pdf.ln(1.2)
            for text, right, s in rows(e, job_hdr(r, e)):
                pdf.set_font("DV", STY[s], sz)
                if right:
                    rw = pdf.get_string_width(right) + 2
                    pdf.set_font("DV", "", sz)
                    y = pdf.get_y()
                    pdf.cell(0, lh, right, align="R")
                    pdf.set_xy(pdf.l_margin, y)
                    pdf.set_font("DV", STY[s], sz)
                    pdf.multi_cell(pdf.epw - rw, lh, text, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", sz)
            for k, x in body(e):
                if k == "li":
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(pdf.epw - 4, lh, f"{bul} {x}", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("DV", "I" if k == "lab" else "", sz)
                    pdf.multi_cell(0, lh, x, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "", sz)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt
    o = r.get("opts", {})
    mode = o.get("mode", "styles")
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    TAB = Inches(6.9)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    def noborders(table):
        tblPr = table._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{n}")
            e.set(qn("w:val"), "nil")
            bd.append(e)
        tblPr.append(bd)

    # header / name
    if mode == "header":
        hp = sec.header.paragraphs[0]
        hr = hp.add_run(r["name"])
        hr.bold = True
        hr.font.size = Pt(14)
        for cl in r["contact"]:
            sec.header.add_paragraph(cl)
    main = d
    if mode == "sidebar":
        lay = d.add_table(rows=1, cols=2)
        noborders(lay)
        lc, rc = lay.rows[0].cells
        lc.width, rc.width = Inches(2.2), Inches(4.7)
        shade(lc, o.get("sidefill", "DCE6F0"))
        p = lc.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for cl in r["contact"]:
            lc.add_paragraph(cl).runs[0].font.size = Pt(9)
        for b in r.get("side", []):
            if b[0] == "h":
                q = lc.add_paragraph()
                q.add_run(b[1].upper()).bold = True
            elif b[0] in ("ul", "lines"):
                for x in b[1]:
                    lc.add_paragraph(("• " if b[0] == "ul" else "") + x).runs[0].font.size = Pt(9)
            elif b[0] == "kv":
                for k, v in b[1]:
                    lc.add_paragraph(f"{k}: {v}").runs[0].font.size = Pt(9)
            elif b[0] == "p":
                lc.add_paragraph(b[1])
        main = rc
        first = rc.paragraphs[0]
    elif mode != "header":
        if o.get("title_style"):
            d.add_heading(r["name"], 0)
        else:
            p = d.add_paragraph()
            rr = p.add_run(r["name"])
            rr.bold = True
            rr.font.size = Pt(16)
        for cl in r["contact"]:
            d.add_paragraph(cl)
    used_first = [False]

    def para(text="", style=None):
        if main is not d and not used_first[0]:
            used_first[0] = True
            p = first
            if style:
                p.style = d.styles[style]
            if text:
                p.add_run(text)
            return p
        return main.add_paragraph(text, style=style) if style else main.add_paragraph(text)

    def heading(text):
        if o.get("plainheads"):
            p = para()
            rr = p.add_run(text.upper())
            rr.bold = True
            rr.underline = True
        else:
            para(text, "Heading %d" % o.get("hlevel", 1))

    def bullets(items):
        for k, x in items:
            if k == "li":
                if o.get("dash"):
                    para(o["dash"] + " " + x)
                else:
                    para(x, "List Bullet")
            else:
                p = para()
                rr = p.add_run(x)
                rr.italic = k == "lab"
                rr.underline = k == "lab" and o.get("ulabel", False)

    for b in r["blocks"]:
        t = b[0]
        if t == "h":
            heading(b[1])
        elif t == "p":
            para(b[1])
        elif t == "kv":
            if o.get("kvtable"):
                tb = main.add_table(rows=0, cols=2)
                for k, v in b[1]:
                    cs = tb.add_row().cells
                    cs[0].text, cs[1].text = k, v
            else:
                for k, v in b[1]:
                    p = para()
                    p.add_run(k + ":\t").bold = True
                    p.add_run(v)
                    p.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
        elif t == "ul":
            bullets([("li", x) for x in b[1]])
        elif t == "lines":
            for x in b[1]:
                para(x)
        elif t == "org":
            p = para()
            p.add_run(b[1]).bold = True
        elif t == "job":
            e = b[1]
            rs = rows(e, job_hdr(r, e))
            if mode == "table" and main is d:
                tb = d.add_table(rows=1, cols=2)
                noborders(tb)
                lc, rc2 = tb.rows[0].cells
                lc.width, rc2.width = Inches(5.0), Inches(1.9)
                lp = lc.paragraphs[0]
                for i, (text, right, s) in enumerate(rs):
                    if i:
                        lp = lc.add_paragraph()
                    run = lp.add_run(text)
                    run.bold, run.italic = "b" in s, "i" in s
                    if right:
                        rc2.paragraphs[0].add_run(right)
                        rc2.paragraphs[0].alignment = 2
                bullets(body(e))
                continue
            for text, right, s in rs:
                p = para()
                run = p.add_run(text)
                run.bold, run.italic = "b" in s, "i" in s
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(TAB if main is d else Inches(4.5),
                                                              WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
            bullets(body(e))
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
          "fpdf": render_fpdf, "docx": render_docx}
