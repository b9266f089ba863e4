"""Renderers for wild101: reportlab, fpdf2 (DejaVu), python-docx, text, Markdown, HTML."""
import datetime
import html
import io
import zipfile

from lib import daterange

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- items
def orgloc(e, d):
    sep = d.get("orgsep", ", ")
    if e.org and e.loc:
        return f"{e.org}{sep}{e.loc}"
    return e.org or e.loc or ""


def entry_items(e, d, hdr=None):
    hdr = hdr or d["hdr"]
    dates = daterange(e, d["dfmt"], d["present"], d.get("sep", " – "))
    ol = orgloc(e, d)
    out = []
    if hdr == "title_org":
        out += [("h", e.title, dates)] + ([("sub", ol, None)] if ol else [])
    elif hdr == "org_title":
        out += [("h", ol, dates), ("sub", e.title, None)] if ol else [("h", e.title, dates)]
    elif hdr == "dash":
        out += [("h", f"{e.title} – {ol}" if ol else e.title, dates)]
    elif hdr == "pipe":
        out += [("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), dates)]
    elif hdr == "datesfirst":
        out += [("date", dates, None), ("h", e.title, None)] + ([("sub", ol, None)] if ol else [])
    elif hdr == "dateline":
        out += [("h", e.title, None)] + ([("sub", ol, None)] if ol else []) + [("date", dates, None)]
    elif hdr == "inline":
        out += [("h", f"{e.title}, {ol} ({dates})" if ol else f"{e.title} ({dates})", None)]
    elif hdr == "labelled":
        L = d["labels"]
        parts = {"dates": ("lab", f"{L['dates']}: {dates}", None),
                 "org": ("lab", f"{L['org']}: {ol}", None),
                 "title": ("lab", f"{L['title']}: {e.title}", None)}
        out += [parts[k] for k in d.get("label_order", ("org", "title", "dates"))]
    elif hdr == "rolesub":  # a role under an employer heading
        out += [("sub", e.title, dates)]
    else:
        raise ValueError(hdr)
    if e.bullets:
        if d.get("duties_label"):
            out.append(("lab", d["duties_label"], None))
        if e.para or d.get("para"):
            out.append(("p", " ".join(e.bullets), None))
        else:
            out += [("b", b, None) for b in e.bullets]
    return out


def section_items(sec, d):
    """List of entry blocks (each a list of items) for an experience section."""
    blocks = []
    if d["hdr"] == "orgfirst":
        prev = object()
        for e in sec["exp"]:
            block = []
            if e.org != prev:
                ol = orgloc(e, d)
                block.append(("h", ol or e.title, None))
            prev = e.org
            block += entry_items(e, d, "rolesub")
            blocks.append(block)
    else:
        blocks = [entry_items(e, d) for e in sec["exp"]]
    return blocks


def all_blocks(sec, d):
    if "exp" in sec:
        return section_items(sec, d)
    return [[("txt", l, None) for l in sec["lines"]]]


def btxt(d, text):
    b = d.get("bullet", "•")
    return f"{b} {text}" if b else text


# ---------------------------------------------------------------- reportlab
def render_rl(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f"CV {d['name']}")
    c.setAuthor(d["name"])
    W, H = A4
    lay = d["layout"]
    side = lay == "sidebar"
    st = {"page": 1}
    x0 = 205 if side else 56
    x1 = W - 50
    y = [H - 60]

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.drawCentredString(W / 2, 28, d["footer"].format(p=st["page"], n=d.get("pages", 2)))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        y[0] = H - 60

    def write(text, font="Helvetica", size=10, right=None, indent=0, lead=None, xa=None, xb=None):
        xa = x0 if xa is None else xa
        xb = x1 if xb is None else xb
        lead = lead or size * 1.3
        rw = c.stringWidth(right, font, size) + 12 if right else 0
        lines = simpleSplit(text, font, size, xb - xa - indent - rw)
        for i, ln in enumerate(lines or [""]):
            if y[0] < 60:
                newpage()
            c.setFont(font, size)
            c.drawString(xa + indent, y[0], ln)
            if right and i == 0:
                c.drawRightString(xb, y[0], right)
            y[0] -= lead

    # header
    if side:
        c.setFillColorRGB(0.90, 0.92, 0.95)
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        ys = H - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(d["name"], "Helvetica-Bold", 15, 150):
            c.drawString(18, ys, ln)
            ys -= 19
        ys -= 8
        for sec in [{"h": d.get("contact_h", "Contatti"), "lines": d["contact"]}] + [s for s in d["sections"] if s.get("side")]:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(18, ys, sec["h"].upper())
            ys -= 15
            for l in sec["lines"]:
                for ln in simpleSplit(l, "Helvetica", 8.5, 150):
                    c.setFont("Helvetica", 8.5)
                    c.drawString(18, ys, ln)
                    ys -= 11
            ys -= 8
        if d.get("headline"):
            write(d["headline"], "Helvetica-Bold", 13)
            y[0] -= 6
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0, y[0], d["name"])
        if d.get("headline"):
            c.setFont("Helvetica", 11)
            c.drawString(x0, y[0] - 18, d["headline"])
        yy = y[0] + 4
        for l in d["contact"]:
            c.setFont("Helvetica", 8.5)
            c.drawRightString(x1, yy, l)
            yy -= 11
        y[0] = min(y[0] - 36, yy - 6)
        c.line(x0, y[0] + 6, x1, y[0] + 6)
        y[0] -= 12
    else:
        if d.get("centred"):
            c.setFont("Helvetica-Bold", 18)
            c.drawCentredString(W / 2, y[0], d["name"])
            y[0] -= 18
            for l in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
                c.setFont("Helvetica", 9)
                c.drawCentredString(W / 2, y[0], l)
                y[0] -= 12
        else:
            write(d["name"], "Helvetica-Bold", 18, lead=22)
            if d.get("headline"):
                write(d["headline"], "Helvetica", 11)
            for l in d["contact"]:
                write(l, "Helvetica", 9)
        y[0] -= 8
    for sec in d["sections"]:
        if side and sec.get("side"):
            continue
        if d.get("pagebreak") == sec["h"]:
            newpage()
        if y[0] < 120:
            newpage()
        write(sec["h"].upper() if d.get("caps") else sec["h"], "Helvetica-Bold", 11.5, lead=14)
        c.setLineWidth(0.5)
        c.line(x0, y[0] + 9, x1, y[0] + 9)
        y[0] -= 4
        for block in all_blocks(sec, d):
            for k, t, r in block:
                if k == "h":
                    write(t, "Helvetica-Bold", 10, right=r)
                elif k == "sub":
                    write(t, "Helvetica-Oblique", 10, right=r)
                elif k == "date":
                    write(t, "Helvetica-Oblique", 9)
                elif k == "b":
                    write(btxt(d, t), "Helvetica", 9.5, indent=10)
                else:
                    write(t, "Helvetica", 9.5)
            y[0] -= 5
        y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, d["footer"].format(p=self.page_no(), n=d.get("pages", 2)), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"CV {d['name']}")
    pdf.set_author(d["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    lay = d["layout"]
    side = lay == "sidebar"
    pdf.set_margins(72 if side else 18, 16, 16)
    pdf.add_page()
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    NLL = dict(NL, align="L")
    if side:
        pdf.set_fill_color(232, 238, 232)
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("dv", "B", 13)
        pdf.multi_cell(48, 6, d["name"], new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        pdf.ln(3)
        for sec in [{"h": d.get("contact_h", "Contatti"), "lines": d["contact"]}] + [s for s in d["sections"] if s.get("side")]:
            pdf.set_x(8)
            pdf.set_font("dv", "B", 9)
            pdf.multi_cell(48, 5, sec["h"].upper(), new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
            pdf.set_font("dv", "", 7.5)
            for l in sec["lines"]:
                pdf.set_x(8)
                pdf.multi_cell(48, 3.8, l, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
            pdf.ln(3)
        pdf.set_xy(72, 16)
        if d.get("headline"):
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 7, d["headline"], **NLL)
            pdf.ln(2)
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("dv", "B", 17)
        pdf.cell(0, 9, d["name"], align=al, **NL)
        pdf.set_font("dv", "", 9)
        for l in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
            pdf.cell(0, 4.6, l, align=al, **NL)
        pdf.ln(3)
    for sec in d["sections"]:
        if side and sec.get("side"):
            continue
        if d.get("pagebreak") == sec["h"]:
            pdf.add_page()
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("dv", "B", 11)
        pdf.cell(0, 7, sec["h"].upper() if d.get("caps") else sec["h"], **NL)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(pdf.l_margin, pdf.get_y(), 210 - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)
        for block in all_blocks(sec, d):
            for k, t, r in block:
                if k in ("h", "sub"):
                    pdf.set_font("dv", "B" if k == "h" else "I", 9.5)
                    if r:
                        rw = pdf.get_string_width(r) + 3
                        pdf.cell(pdf.epw - rw, 5, t)
                        pdf.set_font("dv", "", 9)
                        pdf.cell(rw, 5, r, align="R", **NL)
                    else:
                        pdf.multi_cell(0, 5, t, **NLL)
                elif k == "date":
                    pdf.set_font("dv", "I", 8.5)
                    pdf.multi_cell(0, 4.5, t, **NLL)
                elif k == "b":
                    pdf.set_font("dv", "", 9)
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.multi_cell(pdf.epw - 3, 4.5, btxt(d, t), **NLL)
                else:
                    pdf.set_font("dv", "", 9)
                    pdf.multi_cell(0, 4.5, t, **NLL)
            pdf.ln(1.5)
        pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
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
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = "Curriculum"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    sec0 = doc.sections[0]
    sec0.left_margin = sec0.right_margin = Cm(2)
    lay = d["layout"]
    styles = lay == "styles"
    listb = d.get("bullet") == "list"

    def para(container, text="", bold=False, italic=False, size=None, style=None, right=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(d.get("tabpos", 17)), WD_TAB_ALIGNMENT.RIGHT)
            r2 = p.add_run("\t" + right)
            r2.italic = True
        p.paragraph_format.space_after = Pt(2)
        return p

    def items(container, block, tabpos=None):
        for k, t, r in block:
            if k == "h":
                if styles:
                    p = container.add_paragraph(style="Heading 2")
                    p.add_run(t)
                    if r:
                        p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + r)
                else:
                    para(container, t, bold=True, right=r)
            elif k == "sub":
                para(container, t, italic=True, right=r)
            elif k == "date":
                para(container, t, italic=True, size=9)
            elif k == "b":
                if listb:
                    container.add_paragraph(t, style="List Bullet")
                else:
                    para(container, btxt(d, t))
            else:
                para(container, t)

    def heading(container, h):
        if styles:
            container.add_paragraph(h, style="Heading 1")
        else:
            para(container, h.upper() if d.get("caps", True) else h, bold=True, size=12)

    def header_block(container):
        if styles:
            container.add_paragraph(d["name"], style="Title")
        else:
            para(container, d["name"], bold=True, size=18)
        if d.get("headline"):
            para(container, d["headline"], italic=True)
        for l in d["contact"]:
            para(container, l, size=9)

    main = doc
    if lay == "header":
        hdr = sec0.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        for l in ([d["headline"]] if d.get("headline") else []) + d["contact"]:
            p = hdr.add_paragraph()
            p.add_run(l).font.size = Pt(8.5)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.5), Cm(11.5)
        _shade(lc, "DDE6EE")
        lc.paragraphs[0].add_run(d["name"]).bold = True
        for l in d["contact"]:
            para(lc, l, size=8.5)
        for s in d["sections"]:
            if s.get("side"):
                para(lc, s["h"].upper(), bold=True, size=10)
                for l in s["lines"]:
                    para(lc, l, size=8.5)
        main = rc
        if d.get("headline"):
            rc.paragraphs[0].add_run(d["headline"]).bold = True
    else:
        header_block(doc)
    for s in d["sections"]:
        if lay == "sidebar" and s.get("side"):
            continue
        heading(main, s["h"])
        if lay == "table" and "exp" in s:
            for block in all_blocks(s, d):
                tb = main.add_table(rows=1, cols=2)
                l, r = tb.rows[0].cells
                l.width, r.width = Cm(12.5), Cm(4.5)
                first = True
                after = [x for x in block if x[0] in ("b", "p") or (x[0] == "lab" and x[1] == d.get("duties_label"))]
                for k, t2, rt in block:
                    if (k, t2, rt) in after:
                        continue
                    if k in ("h", "sub") and rt:
                        r.paragraphs[0].add_run(rt).italic = True
                    if first:
                        run = l.paragraphs[0].add_run(t2)
                        run.bold = k == "h"
                        first = False
                    else:
                        p = l.add_paragraph()
                        run = p.add_run(t2)
                        run.italic = k == "sub"
                items(main, after)
                main.add_paragraph()
        else:
            for block in all_blocks(s, d):
                items(main, block)
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text / md / html
def render_txt(d, path):
    L = [d["name"].upper() if d.get("caps_name") else d["name"]]
    if d.get("headline"):
        L.append(d["headline"])
    L += d["contact"]
    L.append("")
    hs = d.get("txt_head", "caps")
    rsep = d.get("rsep", "   ")
    for s in d["sections"]:
        h = s["h"]
        if hs == "caps":
            L.append(h.upper())
        elif hs == "underline":
            L += [h, "-" * len(h)]
        elif hs == "equals":
            L.append(f"=== {h.upper()} ===")
        else:
            L.append(h + ":")
        for block in all_blocks(s, d):
            for k, t, r in block:
                if k == "b":
                    L.append(btxt(d, t))
                else:
                    L.append(f"{t}{rsep}{r}" if r else t)
            if "exp" in s:
                L.append("")
        if "exp" not in s:
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(d, path):
    L = [f"# {d['name']}"]
    if d.get("headline"):
        L.append(f"**{d['headline']}**")
    L.append("")
    L += [l + "  " for l in d["contact"]]
    L.append("")
    b = d.get("bullet", "-") if d.get("bullet") in ("-", "*") else "-"
    hstyle = d.get("md_h", "h3")
    for s in d["sections"]:
        L += [f"## {s['h']}", ""]
        for block in all_blocks(s, d):
            for k, t, r in block:
                if k == "h":
                    txt = f"{t} — {r}" if r else t
                    L.append(f"### {txt}" if hstyle == "h3" else f"**{txt}**  ")
                elif k == "sub":
                    L.append(f"*{t}*" + (f" · {r}" if r else "") + "  ")
                elif k == "date":
                    L.append(f"_{t}_  ")
                elif k == "b":
                    L.append(f"{b} {t}")
                elif k == "txt":
                    L.append(t if t.startswith(("-", "*")) else t + "  ")
                else:
                    L.append(t + "  ")
            L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(d, path):
    E = html.escape
    lang = d.get("lang", "it")
    o = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{E(d["name"])} — CV</title>',
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto}.d{float:right;color:#555}"
         "aside{float:left;width:200px;background:#eef}main{margin-left:220px}</style>\n</head>\n<body>"]
    side = d["layout"] == "sidebar"
    head = [f"<h1>{E(d['name'])}</h1>"]
    if d.get("headline"):
        head.append(f"<p><strong>{E(d['headline'])}</strong></p>")
    head.append("<p>" + "<br>\n".join(E(l) for l in d["contact"]) + "</p>")
    if side:
        o.append("<aside>")
        o += head
        for s in d["sections"]:
            if s.get("side"):
                o.append(f"<h2>{E(s['h'])}</h2>")
                o.append("<ul>" + "".join(f"<li>{E(l)}</li>" for l in s["lines"]) + "</ul>")
        o.append("</aside>\n<main>")
    else:
        o.append("<header>")
        o += head
        o.append("</header>")
    for s in d["sections"]:
        if side and s.get("side"):
            continue
        o.append(f"<section>\n<h2>{E(s['h'])}</h2>")
        for block in all_blocks(s, d):
            o.append("<div class=\"job\">" if "exp" in s else "<div>")
            inul = False
            for k, t, r in block:
                if k == "b":
                    if not inul:
                        o.append("<ul>")
                        inul = True
                    o.append(f"<li>{E(t)}</li>")
                    continue
                if inul:
                    o.append("</ul>")
                    inul = False
                rr = f' <span class="d">{E(r)}</span>' if r else ""
                if k == "h":
                    o.append(f"<h3>{E(t)}{rr}</h3>")
                elif k == "sub":
                    o.append(f"<p><em>{E(t)}</em>{rr}</p>")
                elif k == "date":
                    o.append(f"<p class=\"d2\">{E(t)}</p>")
                else:
                    o.append(f"<p>{E(t)}</p>")
            if inul:
                o.append("</ul>")
            o.append("</div>")
        o.append("</section>")
    if side:
        o.append("</main>")
    o.append("</body>\n</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def render(d, outdir):
    path = f"{outdir}/{d['id']}.{EXT[d['renderer']]}"
    RENDER[d["renderer"]](d, path)
    return path
