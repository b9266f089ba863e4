"""Renderers for wild61: one résumé dict -> blocks -> file (reportlab, fpdf2, python-docx, txt, md, html)."""
import datetime
import html
import io
import os
import textwrap
import zipfile

from lib import fmt_range

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def _where(org, loc, joiner=", "):
    return joiner.join(x for x in (org, loc) if x)


def entry_blocks(r, e, i, single_role=True):
    d = fmt_range(e, r)
    o = r["order"]
    out = []
    if o == "title_org":
        out += [("eh", e.title, d), ("sub", _where(e.org, e.loc))]
    elif o == "org_title":
        out += [("eh", _where(e.org, e.loc) or e.title, d), ("sub", e.title)]
    elif o == "dateline":
        out += [("eh", e.title, ""), ("sub", _where(e.org, e.loc, r.get("join", " | "))), ("sub", d)]
    elif o == "dash":
        out += [("eh", f"{e.title}{r.get('dash', ' – ')}{_where(e.org, e.loc)}", d)]
    elif o == "pipe":
        out += [("eh", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    elif o == "inline":
        out += [("eh", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), "")]
    elif o == "labelled":
        lab = r.get("labels", ("Organisation", "Designation", "Duration"))
        out += [("eh", f"{lab[0]}: {_where(e.org, e.loc)}", ""), ("sub", f"{lab[1]}: {e.title}"),
                ("sub", f"{lab[2]}: {d}")]
    elif o == "orgfirst":
        out += [("eh2", e.title, d)]
    out = [b for b in out if not (b[0] == "sub" and not b[1])]
    if e.bullets:
        if i in r.get("prose", ()):
            out.append(("p", " ".join(e.bullets)))
        else:
            out += [("b", t) for t in e.bullets]
    out.append(("gap",))
    return out


def blocks(r, include_pre=True):
    out = []
    if r.get("summary"):
        out += [("h", r.get("summary_head", "Profile")), ("p", r["summary"]), ("gap",)]
    if include_pre:
        for h, lines in r.get("pre", []):
            out += [("h", h)] + [("line", l) for l in lines] + [("gap",)]
    k = 0
    for head, ents in r["sections"]:
        out.append(("h", head))
        prev = object()
        for e in ents:
            if r["order"] == "orgfirst" and (e.org, e.loc) != prev:
                out.append(("eh", _where(e.org, e.loc) if e.org else (e.loc or ""), ""))
                prev = (e.org, e.loc)
            out += entry_blocks(r, e, k)
            k += 1
    for h, lines in r.get("post", []):
        out += [("h", h)] + [("line", l) for l in lines] + [("gap",)]
    return out


def all_entries(r):
    return [e for _, ents in r["sections"] for e in ents]


# ---------------------------------------------------------------- text, markdown, html
def render_txt(r, path):
    W = r.get("width", 86)
    bc = r.get("bullet", "-")
    hs = r.get("hstyle", "caps")
    L = [r["name"].upper() if hs == "caps" else r["name"]] + r["contact"] + [""]
    for b in blocks(r):
        t = b[0]
        if t == "h":
            if hs == "caps":
                L += [b[1].upper(), "-" * len(b[1])]
            elif hs == "equals":
                L += [b[1], "=" * len(b[1])]
            else:
                L += [b[1] + ":"]
        elif t in ("eh", "eh2"):
            left, right = b[1], b[2]
            if right:
                if r.get("txt_right") == "paren":
                    L.append(f"{left} ({right})")
                else:
                    L.append(left + " " * max(3, W - len(left) - len(right)) + right)
            else:
                L.append(left.upper() if (t == "eh" and r["order"] == "orgfirst" and r.get("caps_org")) else left)
        elif t in ("sub", "line"):
            L.append(b[1])
        elif t == "b":
            L += textwrap.wrap(b[1], W, initial_indent=f"{bc} ", subsequent_indent="  ")
        elif t == "p":
            L += textwrap.wrap(b[1], W)
        elif t == "gap":
            if L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    for b in blocks(r):
        t = b[0]
        if t == "h":
            L += [f"## {b[1]}", ""]
        elif t == "eh":
            if r.get("md") == "bold":
                L += [f"**{b[1]}**" + (f" — *{b[2]}*" if b[2] else ""), ""]
            else:
                L += [f"### {b[1]}"] + ([f"*{b[2]}*"] if b[2] else []) + [""]
        elif t == "eh2":
            L += [f"**{b[1]}** ({b[2]})", ""]
        elif t in ("sub", "line"):
            L += [b[1] + "  "]
        elif t == "b":
            L.append(f"{r.get('bullet', '-')} {b[1]}")
        elif t == "p":
            L += ["", b[1]]
        elif t == "gap":
            if L[-1] != "":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


CSS = {
    "div": "body{font-family:Georgia,serif;max-width:760px;margin:30px auto;color:#222}h2{border-bottom:1px solid #999;"
           "font-size:15px;text-transform:uppercase}.row{display:flex;justify-content:space-between}.d{color:#555}",
    "table": "body{font-family:Arial,sans-serif;font-size:13px}table{width:100%;border-collapse:collapse}"
             "td.d{text-align:right;white-space:nowrap;vertical-align:top}h2{background:#e6eef5;padding:3px}",
    "gdocs": ".c1{font-weight:700}.c2{font-style:italic}.c3{font-size:20pt}p{margin:0}li{margin-left:18px}",
}


def render_html(r, path):
    v = r["layout"]
    esc = html.escape
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} - CV</title>", f"<style>{CSS[v]}</style></head><body>"]
    if v == "gdocs":
        H.append(f"<p class=\"c3\"><span>{esc(r['name'])}</span></p>")
        H += [f"<p><span>{esc(c)}</span></p>" for c in r["contact"]]
    else:
        H.append(f"<h1>{esc(r['name'])}</h1><p>{' &bull; '.join(esc(c) for c in r['contact'])}</p>")
    inlist = False
    for b in blocks(r):
        t = b[0]
        if t != "b" and inlist:
            H.append("</ul>")
            inlist = False
        if t == "h":
            H.append(f"<h2>{esc(b[1])}</h2>" if v != "gdocs" else f"<p class=\"c1\"><span>{esc(b[1].upper())}</span></p>")
        elif t in ("eh", "eh2"):
            tag = "strong" if t == "eh" else "em"
            if v == "table":
                H.append(f"<table><tr><td><{tag}>{esc(b[1])}</{tag}></td><td class=\"d\">{esc(b[2])}</td></tr></table>")
            elif v == "div":
                H.append(f"<div class=\"row\"><{tag}>{esc(b[1])}</{tag}><span class=\"d\">{esc(b[2])}</span></div>")
            else:
                H.append(f"<p><span class=\"c1\">{esc(b[1])}</span>" + (f"<span>&nbsp;&nbsp;&nbsp;{esc(b[2])}</span>" if b[2] else "") + "</p>")
        elif t in ("sub", "line"):
            H.append(f"<div class=\"sub\">{esc(b[1])}</div>" if v != "gdocs" else f"<p><span class=\"c2\">{esc(b[1])}</span></p>")
        elif t == "b":
            if not inlist:
                H.append("<ul>")
                inlist = True
            H.append(f"<li>{esc(b[1])}</li>")
        elif t == "p":
            H.append(f"<p>{esc(b[1])}</p>")
    if inlist:
        H.append("</ul>")
    H.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


# ---------------------------------------------------------------- reportlab canvas
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    size = LETTER if r.get("paper") == "letter" else A4
    Wp, Hp = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(f"{r['name']} Resume")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    v = r["layout"]
    st = {"page": 1, "y": Hp - 50}
    x0, x1 = 50, Wp - 50
    if v == "sidebar":
        x0 = 200

    def footer():
        if v == "twocol":
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(Wp / 2, 28, f"{r['name']} – Page {st['page']}")
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(0.9, 0.93, 0.96)
        c.rect(0, 0, 180, Hp, stroke=0, fill=1)
        c.setFillGray(0)
        y = Hp - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(r["name"], "Helvetica-Bold", 15, 150):
            c.drawString(18, y, ln)
            y -= 18
        y -= 8
        groups = [("Contact", r["contact"])] + r.get("pre", [])
        for h, lines in groups:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(18, y, h.upper())
            y -= 14
            c.setFont("Helvetica", 8.5)
            for l in lines:
                for ln in simpleSplit(l, "Helvetica", 8.5, 148):
                    c.drawString(18, y, ln)
                    y -= 11
            y -= 10

    def need(h):
        if st["y"] - h < 50:
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = Hp - 50
            if v == "sidebar":
                sidebar()

    if v == "sidebar":
        sidebar()
    else:
        if v == "twocol":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(x0, st["y"], r["name"])
            c.setFont("Helvetica", 9)
            yy = st["y"] + 6
            for l in r["contact"]:
                c.drawRightString(x1, yy, l)
                yy -= 11
            st["y"] = min(st["y"] - 16, yy) - 8
            c.line(x0, st["y"] + 6, x1, st["y"] + 6)
            st["y"] -= 10
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(Wp / 2, st["y"], r["name"])
            st["y"] -= 16
            c.setFont("Helvetica", 9.5)
            c.drawCentredString(Wp / 2, st["y"], "  |  ".join(r["contact"]))
            st["y"] -= 22
    big = v == "twocol"
    BS, HS, TS, LD, GP = (11, 12, 13, 15, 11) if big else (9.5, 10.5, 11.5, 12, 6)
    width = x1 - x0
    bchar = r.get("bullet", "•")
    for b in blocks(r, include_pre=(v != "sidebar")):
        t = b[0]
        if t == "h":
            need(40)
            st["y"] -= 4
            c.setFont("Helvetica-Bold", TS)
            c.drawString(x0, st["y"], b[1].upper() if r.get("caps", True) else b[1])
            c.setLineWidth(0.5)
            c.line(x0, st["y"] - 3, x1, st["y"] - 3)
            st["y"] -= 16
        elif t in ("eh", "eh2"):
            need(30)
            f = "Helvetica-Bold" if t == "eh" else "Helvetica-BoldOblique"
            dw = c.stringWidth(b[2], "Helvetica", BS) + 10 if b[2] else 0
            lines = simpleSplit(b[1], f, HS, width - dw)
            c.setFont(f, HS)
            for j, ln in enumerate(lines):
                c.drawString(x0, st["y"], ln)
                if j == 0 and b[2]:
                    c.setFont("Helvetica", BS)
                    c.drawRightString(x1, st["y"], b[2])
                    c.setFont(f, HS)
                st["y"] -= LD + 1
        elif t in ("sub", "line", "p"):
            f = "Helvetica-Oblique" if t == "sub" else "Helvetica"
            for ln in simpleSplit(b[1], f, BS, width):
                need(LD)
                c.setFont(f, BS)
                c.drawString(x0, st["y"], ln)
                st["y"] -= LD
        elif t == "b":
            lines = simpleSplit(b[1], "Helvetica", BS, width - 14)
            need(LD * len(lines))
            c.setFont("Helvetica", BS)
            c.drawString(x0 + 3, st["y"], bchar)
            for ln in lines:
                c.drawString(x0 + 14, st["y"], ln)
                st["y"] -= LD
        elif t == "gap":
            st["y"] -= GP
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    pdf = FPDF(format="letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(f"{r['name']} CV")
    pdf.set_author(r["name"])
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    v = r["layout"]
    al = "C" if v == "centred" else "L"
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DV", "B", 17)
    pdf.cell(0, 9, r["name"], align=al, **NL)
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 4.8, "  ·  ".join(r["contact"]) if v == "centred" else "\n".join(r["contact"]), align=al, **NL)
    pdf.ln(3)
    W = pdf.w - 36
    bchar = r.get("bullet", "•")
    for b in blocks(r):
        t = b[0]
        if t == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("DV", "B", 11)
            pdf.set_text_color(20, 60, 110)
            pdf.cell(0, 6, b[1] if not r.get("caps") else b[1].upper(), **NL)
            pdf.set_text_color(0)
            pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y())
            pdf.ln(2)
        elif t in ("eh", "eh2"):
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.set_font("DV", "B" if t == "eh" else "I", 10)
            if b[2]:
                pdf.set_font("DV", "", 9)
                dw = pdf.get_string_width(b[2]) + 2
                pdf.set_font("DV", "B" if t == "eh" else "I", 10)
                y = pdf.get_y()
                pdf.multi_cell(W - dw - 2, 5.2, b[1], **NL)
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - 18 - dw, y)
                pdf.set_font("DV", "", 9)
                pdf.cell(dw, 5.2, b[2], align="R")
                pdf.set_xy(18, y2)
            else:
                pdf.multi_cell(0, 5.2, b[1], **NL)
        elif t in ("sub", "line", "p"):
            pdf.set_font("DV", "I" if t == "sub" else "", 9.5)
            pdf.multi_cell(0, 4.8, b[1], **NL)
        elif t == "b":
            pdf.set_font("DV", "", 9.5)
            pdf.set_x(21)
            pdf.cell(4, 4.8, bchar)
            pdf.multi_cell(W - 7, 4.8, b[1], **NL)
        elif t == "gap":
            pdf.ln(2.5)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    d.styles["Normal"].font.name = r.get("font", "Calibri")
    d.styles["Normal"].font.size = Pt(10.5)
    v = r["layout"]
    right_pos = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    # header / name
    if v == "header":
        hp = sec.header.paragraphs[0]
        run = hp.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(r["contact"]))
        hp2.runs[0].font.size = Pt(9)
        container = d
    elif v == "sidebar":
        outer = d.add_table(rows=1, cols=2)
        noborders(outer)
        outer.autofit = False
        lc, rc = outer.rows[0].cells
        lc.width, rc.width = Cm(5.2), Cm(11.8)
        shade(lc, "DDE7EE")
        p = lc.paragraphs[0]
        rr = p.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for l in r["contact"]:
            lc.add_paragraph(l).runs[0].font.size = Pt(9)
        for h, lines in r.get("pre", []):
            hp = lc.add_paragraph()
            hr = hp.add_run(h.upper())
            hr.bold = True
            for l in lines:
                lc.add_paragraph(l).runs[0].font.size = Pt(9)
        container = rc
        container.paragraphs[0].text = ""
    else:
        t = d.add_heading(r["name"], level=0) if v == "styles" else d.add_paragraph()
        if v != "styles":
            rn = t.add_run(r["name"])
            rn.bold = True
            rn.font.size = Pt(18)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER if v in ("table", "tabs") else WD_ALIGN_PARAGRAPH.LEFT
        cp = d.add_paragraph(" • ".join(r["contact"]))
        cp.alignment = t.alignment
        container = d

    first = [True]

    def para(text="", style=None):
        if container is not d and first[0]:
            first[0] = False
            p = container.paragraphs[0]
            if style:
                p.style = d.styles[style]
            if text:
                p.add_run(text)
            return p
        return container.add_paragraph(text, style=style) if style else container.add_paragraph(text)

    use_styles = v in ("styles", "header")
    for b in blocks(r, include_pre=(v != "sidebar")):
        t = b[0]
        if t == "h":
            if use_styles:
                p = para(b[1], "Heading 1")
            else:
                p = para()
                rr = p.add_run(b[1].upper())
                rr.bold = True
                rr.font.size = Pt(11.5)
                rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif t in ("eh", "eh2"):
            if v == "table" and b[2]:
                tb = container.add_table(rows=1, cols=2)
                noborders(tb)
                a, z = tb.rows[0].cells
                ra = a.paragraphs[0].add_run(b[1])
                ra.bold = True
                z.paragraphs[0].add_run(b[2])
                z.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif v == "sidebar" and b[2]:
                tb = container.add_table(rows=1, cols=2)
                a, z = tb.rows[0].cells
                a.paragraphs[0].add_run(b[1]).bold = True
                z.paragraphs[0].add_run(b[2]).italic = True
            else:
                p = para()
                if b[2]:
                    p.paragraph_format.tab_stops.add_tab_stop(right_pos if container is d else Cm(11.5),
                                                              WD_TAB_ALIGNMENT.RIGHT)
                rr = p.add_run(b[1])
                rr.bold = True
                if t == "eh2":
                    rr.italic = True
                if b[2]:
                    p.add_run("\t" + b[2])
                p.paragraph_format.space_after = Pt(0)
        elif t in ("sub", "line"):
            p = para()
            rr = p.add_run(b[1])
            rr.italic = (t == "sub")
            p.paragraph_format.space_after = Pt(0)
        elif t == "b":
            if r.get("docx_bullets", "style") == "style":
                p = para(b[1], "List Bullet")
            else:
                p = para(f"{r.get('bullet', '•')}  {b[1]}")
                p.paragraph_format.left_indent = Cm(0.5)
            p.paragraph_format.space_after = Pt(0)
        elif t == "p":
            para(b[1])
        elif t == "gap":
            pass
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    cp.revision = 3
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(it.filename))


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
             "md": render_md, "html": render_html}


def render(r, outdir):
    path = os.path.join(outdir, f"{r['id']}.{r['ext']}")
    RENDERERS[r["renderer"]](r, path)
    return path
