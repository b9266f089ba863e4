"""Renderers for wild66: résumé dict -> file bytes on disk."""
import datetime
import html as H
import io
import zipfile

from lib import drange

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _where(*parts):
    return ", ".join(p for p in parts if p)


def entry_lines(r, entries):
    hs, ds, pw, sep = r["hs"], r["ds"], r.get("pw", "Present"), r.get("sep", " – ")
    out, last_org = [], object()
    for e in entries:
        d = drange(e, ds, pw, sep)
        if hs == "title_org":
            out += [("EH", e.title, d), ("ES", _where(e.org, e.loc))]
        elif hs == "org_title":
            out += [("EH", _where(e.org, e.loc), d), ("ES", e.title)]
        elif hs == "dash":
            out += [("EH", e.title + (" – " + _where(e.org, e.loc) if e.org or e.loc else ""), d)]
        elif hs == "pipe":
            out += [("EH", " | ".join(p for p in (e.title, e.org, e.loc) if p), d)]
        elif hs == "dateline":
            out += [("EH", e.title, ""), ("ES", _where(e.org, e.loc)), ("ES", d)]
        elif hs == "datesfirst":
            out += [("EH", d + "   " + e.title, "")]
            if e.org or e.loc:
                out += [("ES", _where(e.org, e.loc))]
        elif hs == "labelled":
            out += [("EH", "Position: " + e.title, ""), ("P", "Employer: " + _where(e.org, e.loc)),
                    ("P", "Period: " + d)]
        elif hs == "orgfirst":
            if e.org != last_org:
                out += [("G", _where(e.org, e.loc))]
            out += [("EH", e.title, d)]
        elif hs == "inline":
            out += [("EH", ", ".join(p for p in (e.title, e.org, e.loc, d) if p), "")]
        else:
            raise ValueError(hs)
        last_org = e.org
        if r.get("prose"):
            if e.bullets:
                out.append(("P", " ".join(e.bullets)))
        else:
            out += [("B", b) for b in e.bullets]
        out.append(("SP",))
    return out


def block_lines(r, blocks):
    out = []
    for blk in blocks:
        kind, head, body = blk
        if head:
            out.append(("H", head))
        if kind == "exp":
            out += entry_lines(r, body)
        elif kind == "list":
            out += [("B", x) for x in body]
            out.append(("SP",))
        elif kind == "para":
            out += [("P", x) for x in ([body] if isinstance(body, str) else body)]
            out.append(("SP",))
    return out


def entries_of(r):
    return [e for blk in r.get("side", []) + r["blocks"] if blk[0] == "exp" for e in blk[2]]


# ---------------------------------------------------------------- text / md / html
def render_txt(r, path):
    b = r.get("b", "-")
    hstyle = r.get("txt_h", "caps")
    L = [r["name"].upper() if r.get("name_caps") else r["name"]]
    L += r["contact"]
    L.append("")
    for t in block_lines(r, r.get("side", []) + r["blocks"]):
        k = t[0]
        if k == "H":
            if hstyle == "caps":
                L += [t[1].upper()]
            elif hstyle == "underline":
                L += [t[1], "=" * len(t[1])]
            elif hstyle == "dashes":
                L += ["-" * 10 + " " + t[1].upper() + " " + "-" * 10]
            else:
                L += [t[1] + ":"]
        elif k == "EH":
            if t[2]:
                if r.get("txt_eh") == "paren":
                    L.append(f"{t[1]} ({t[2]})")
                else:
                    L.append(t[1].ljust(58) + "  " + t[2])
            else:
                L.append(t[1])
        elif k in ("ES", "P", "G"):
            L.append(t[1].upper() if k == "G" and r.get("g_caps") else t[1])
        elif k == "B":
            L.append((b + " " if b else "  ") + t[1])
        elif k == "SP":
            L.append("")
    while L and L[-1] == "":
        L.pop()
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    b = r.get("b", "-")
    for t in block_lines(r, r.get("side", []) + r["blocks"]):
        k = t[0]
        if k == "H":
            L += [f"## {t[1]}", ""]
        elif k == "G":
            L += [f"### {t[1]}", ""]
        elif k == "EH":
            lead = "####" if r["hs"] == "orgfirst" else ("###" if r.get("md_eh") == "h3" else "")
            if lead:
                L += [f"{lead} {t[1]}"] + ([f"*{t[2]}*"] if t[2] else []) + [""]
            else:
                L += [f"**{t[1]}**" + (f" — *{t[2]}*" if t[2] else ""), ""]
        elif k == "ES":
            L += [f"_{t[1]}_", ""]
        elif k == "P":
            L += [t[1], ""]
        elif k == "B":
            L.append(f"{b} {t[1]}")
        elif k == "SP":
            if L and L[-1] != "":
                L.append("")
    while L and L[-1] == "":
        L.pop()
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


def render_html(r, path):
    e = H.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                        "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                        ".r{float:right;color:#555}.s{font-style:italic;margin:0}")
    P = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{e(r['name'])} - CV</title>", f"<style>{css}</style></head><body>",
         f"<h1>{e(r['name'])}</h1>", "<p>" + " | ".join(e(c) for c in r["contact"]) + "</p>"]
    inlist = False
    for t in block_lines(r, r.get("side", []) + r["blocks"]):
        k = t[0]
        if k != "B" and inlist:
            P.append("</ul>")
            inlist = False
        if k == "H":
            P.append(f"<h2>{e(t[1])}</h2>")
        elif k == "G":
            P.append(f"<h3>{e(t[1])}</h3>")
        elif k == "EH":
            P.append(f"<p><strong>{e(t[1])}</strong>" +
                     (f' <span class="r">{e(t[2])}</span>' if t[2] else "") + "</p>")
        elif k == "ES":
            P.append(f'<p class="s">{e(t[1])}</p>')
        elif k == "P":
            P.append(f"<p>{e(t[1])}</p>")
        elif k == "B":
            if not inlist:
                P.append("<ul>")
                inlist = True
            P.append(f"<li>{e(t[1])}</li>")
    if inlist:
        P.append("</ul>")
    P.append("</body></html>")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(P) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    size = LETTER if r.get("letter") else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setCreator("Microsoft Word")
    c.setTitle(r["name"] + " CV")
    lay = r.get("layout", "plain")
    accent = r.get("accent", (0.2, 0.2, 0.35))
    page = [1]
    side_w = 170 if lay == "sidebar" else 0
    x0, x1 = 50 + side_w, W - 50
    y = [Hh - 60]

    def footer():
        if r.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].replace("{p}", str(page[0])))
            c.setFillGray(0)

    def sidebar():
        if lay != "sidebar" or page[0] > 1:
            return
        c.setFillColorRGB(*r.get("side_fill", (0.92, 0.90, 0.93)))
        c.rect(0, 0, side_w + 25, Hh, stroke=0, fill=1)
        c.setFillGray(0)
        sy = Hh - 60
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(r["name"], "Helvetica-Bold", 15, side_w - 20):
            c.drawString(25, sy, ln)
            sy -= 18
        sy -= 6
        c.setFont("Helvetica", 8.5)
        for ct in r["contact"]:
            for ln in simpleSplit(ct, "Helvetica", 8.5, side_w - 20):
                c.drawString(25, sy, ln)
                sy -= 11
        sy -= 8
        for t in block_lines(r, r.get("side", [])):
            if t[0] == "H":
                sy -= 4
                c.setFont("Helvetica-Bold", 10)
                c.drawString(25, sy, t[1].upper())
                sy -= 13
            elif t[0] in ("B", "P", "ES", "EH"):
                c.setFont("Helvetica", 8.5)
                for ln in simpleSplit(t[1], "Helvetica", 8.5, side_w - 22):
                    c.drawString(25, sy, ln)
                    sy -= 11
            elif t[0] == "SP":
                sy -= 4

    def need(h):
        if y[0] - h < 55:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = Hh - 55

    sidebar()
    if lay == "sidebar":
        pass
    elif lay == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y[0], r["name"])
        c.setFont("Helvetica", 9)
        yy = y[0] + 4
        for ct in r["contact"]:
            c.drawRightString(x1, yy, ct)
            yy -= 11
        y[0] = min(y[0] - 14, yy) - 6
        c.setStrokeColorRGB(*accent)
        c.line(x0, y[0], x1, y[0])
        y[0] -= 18
    else:
        c.setFont("Helvetica-Bold", 18)
        if r.get("centre"):
            c.drawCentredString(W / 2, y[0], r["name"])
        else:
            c.drawString(x0, y[0], r["name"])
        y[0] -= 16
        c.setFont("Helvetica", 9.5)
        txt = "  |  ".join(r["contact"])
        for ln in simpleSplit(txt, "Helvetica", 9.5, x1 - x0):
            if r.get("centre"):
                c.drawCentredString(W / 2, y[0], ln)
            else:
                c.drawString(x0, y[0], ln)
            y[0] -= 12
        y[0] -= 10
    bchar = r.get("b", "•")
    blocks = r["blocks"] if lay == "sidebar" else r.get("side", []) + r["blocks"]
    for t in block_lines(r, blocks):
        k = t[0]
        if k == "H":
            need(40)
            y[0] -= 4
            c.setFont("Helvetica-Bold", 11.5)
            c.setFillColorRGB(*accent)
            c.drawString(x0, y[0], t[1].upper() if r.get("hcaps", True) else t[1])
            c.setFillGray(0)
            y[0] -= 4
            c.setStrokeColorRGB(*accent)
            c.line(x0, y[0], x1, y[0])
            y[0] -= 13
        elif k in ("EH", "G"):
            need(30)
            c.setFont("Helvetica-Bold", 10.5)
            lns = simpleSplit(t[1], "Helvetica-Bold", 10.5, x1 - x0 - 120)
            for ln in lns:
                c.drawString(x0, y[0], ln)
                y[0] -= 13
            if k == "EH" and t[2]:
                c.setFont("Helvetica", 9.5)
                c.drawRightString(x1, y[0] + 13 * len(lns), t[2])
        elif k == "ES":
            c.setFont("Helvetica-Oblique", 10)
            for ln in simpleSplit(t[1], "Helvetica-Oblique", 10, x1 - x0):
                need(12)
                c.drawString(x0, y[0], ln)
                y[0] -= 12.5
        elif k in ("B", "P"):
            c.setFont("Helvetica", 9.8)
            ind = 12 if (k == "B" and bchar) else 0
            lns = simpleSplit(t[1], "Helvetica", 9.8, x1 - x0 - ind)
            for i, ln in enumerate(lns):
                need(12)
                if i == 0 and ind:
                    c.drawString(x0 + 2, y[0], bchar)
                c.drawString(x0 + ind, y[0], ln)
                y[0] -= 12
        elif k == "SP":
            y[0] -= 6
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110)
                self.cell(0, 6, r["footer"].replace("{p}", str(self.page_no())), align="C")
                self.set_text_color(0)

    pdf = P(format="Letter" if r.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Google Docs Renderer")
    pdf.set_title(r["name"])
    pdf.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    al = "C" if r.get("layout") == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 5, r.get("csep", "  •  ").join(r["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bchar = r.get("b", "•")
    acc = r.get("accent", (40, 60, 90))
    for t in block_lines(r, r.get("side", []) + r["blocks"]):
        k = t[0]
        if k == "H":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.set_text_color(*acc)
            pdf.cell(0, 7, t[1].upper() if r.get("hcaps", True) else t[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*acc)
            pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y())
            pdf.set_text_color(0)
            pdf.ln(2)
        elif k in ("EH", "G"):
            if pdf.get_y() > 262:
                pdf.add_page()
            pdf.set_font("dv", "B", 10.5)
            y = pdf.get_y()
            pdf.multi_cell(pdf.epw - 48, 5.5, t[1], new_x="LMARGIN", new_y="NEXT")
            if k == "EH" and t[2]:
                y2 = pdf.get_y()
                pdf.set_xy(pdf.w - 18 - 48, y)
                pdf.set_font("dv", "", 9)
                pdf.cell(48, 5.5, t[2], align="R")
                pdf.set_xy(18, y2)
        elif k == "ES":
            pdf.set_font("dv", "I", 9.5)
            pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "B":
            pdf.set_font("dv", "", 9.5)
            if bchar:
                pdf.set_x(21)
                pdf.cell(4, 5, bchar)
                pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "P":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, t[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "SP":
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor  # noqa: F401

    d = docx.Document()
    flags = set(r.get("docx", []))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

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
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    if "header" in flags:
        hp = sec.header.paragraphs[0]
        rr = hp.add_run(r["name"])
        rr.bold = True
        rr.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" | ".join(r["contact"]))
        hp2.runs[0].font.size = Pt(9)
    if r.get("footer"):
        sec.footer.paragraphs[0].add_run(r["footer"].replace("{p}", "1")).font.size = Pt(8)

    def emit(container, lines, use_styles):
        """container has add_paragraph (Document or cell)."""
        table_job = "table" in flags
        i = 0
        while i < len(lines):
            t = lines[i]
            k = t[0]
            if k == "H":
                if use_styles:
                    container.add_paragraph(t[1], style="Heading 1")
                else:
                    p = container.add_paragraph()
                    rn = p.add_run(t[1].upper())
                    rn.bold = True
                    rn.font.size = Pt(12)
                    rn.font.color.rgb = RGBColor(0x5A, 0x2D, 0x5E)
            elif k == "G":
                if use_styles:
                    container.add_paragraph(t[1], style="Heading 2")
                else:
                    p = container.add_paragraph()
                    p.add_run(t[1]).bold = True
            elif k == "EH" and table_job and hasattr(container, "add_table"):
                sub = lines[i + 1][1] if i + 1 < len(lines) and lines[i + 1][0] == "ES" else None
                tb = container.add_table(rows=1, cols=2)
                noborders(tb)
                c0, c1 = tb.rows[0].cells
                c0.width, c1.width = Cm(12), Cm(5)
                c0.paragraphs[0].add_run(t[1]).bold = True
                if sub:
                    c0.add_paragraph().add_run(sub).italic = True
                    i += 1
                c1.paragraphs[0].add_run(t[2])
                c1.paragraphs[0].alignment = 2
            elif k == "EH":
                if use_styles and "h2title" in flags:
                    p = container.add_paragraph(style="Heading 2")
                    p.add_run(t[1])
                else:
                    p = container.add_paragraph()
                    p.add_run(t[1]).bold = True
                if t[2]:
                    if "tabs" in flags:
                        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + t[2])
                    else:
                        p.add_run("  (" + t[2] + ")")
                p.paragraph_format.space_after = Pt(0)
            elif k == "ES":
                p = container.add_paragraph()
                p.add_run(t[1]).italic = True
                p.paragraph_format.space_after = Pt(0)
            elif k == "B":
                if use_styles and "listbullet" in flags:
                    container.add_paragraph(t[1], style="List Bullet")
                else:
                    container.add_paragraph(r.get("b", "•") + " " + t[1])
            elif k == "P":
                container.add_paragraph(t[1])
            i += 1

    side = r.get("side", [])
    if "sidebar" in flags:
        tb = d.add_table(rows=1, cols=2)
        noborders(tb)
        c0, c1 = tb.rows[0].cells
        c0.width, c1.width = Cm(5.5), Cm(11.5)
        shade(c0, r.get("side_hex", "EDE4EF"))
        p = c0.paragraphs[0]
        rn = p.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(15)
        for ct in r["contact"]:
            c0.add_paragraph(ct).runs[0].font.size = Pt(8.5)
        emit(c0, block_lines(r, side), False)
        c1.paragraphs[0].add_run(r.get("tagline", "")).italic = True
        emit(c1, block_lines(r, r["blocks"]), False)
    else:
        if "header" not in flags:
            if "styles" in flags:
                d.add_paragraph(r["name"], style="Title")
            else:
                p = d.add_paragraph()
                rn = p.add_run(r["name"])
                rn.bold = True
                rn.font.size = Pt(18)
            d.add_paragraph(" · ".join(r["contact"]))
        emit(d, block_lines(r, side + r["blocks"]), "styles" in flags)
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.created = cp.modified = datetime.datetime(2026, 10, 20, 8, 0, 0)
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
