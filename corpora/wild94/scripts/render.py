"""Renderers for wild94: reportlab, fpdf2, python-docx, text, Markdown, HTML."""
import datetime
import html as H
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- intermediate blocks
def _ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def entry_blocks(R, ents):
    hdr, ds, pw = R.get("hdr", "title_org"), R.get("dstyle", "mon"), R.get("present", "Present")
    dsep = R.get("dsep", " – ")
    bst = R.get("bstyle", "bul")
    out, prev_org = [], object()
    for i, e in enumerate(ents):
        d = fmt_range(e, ds, pw, dsep)
        if hdr == "title_org":
            out.append(("row", e.title, d, "b"))
            if _ol(e):
                out.append(("line", _ol(e), "i"))
        elif hdr == "org_title":
            out.append(("row", _ol(e) or e.title, d, "b"))
            if e.org:
                out.append(("line", e.title, "i"))
        elif hdr == "dash":
            out.append(("row", e.title + (" – " + _ol(e) if _ol(e) else ""), d, "b"))
        elif hdr == "pipe":
            out.append(("row", " | ".join(x for x in (e.title, e.org, e.loc) if x), d, "b"))
        elif hdr == "dateline":
            out.append(("line", e.title, "b"))
            if _ol(e):
                out.append(("line", _ol(e), "n"))
            out.append(("line", d, "i"))
        elif hdr == "datesfirst":
            out.append(("line", d, "i"))
            out.append(("line", e.title + (", " + e.org if e.org else ""), "b"))
            if e.loc:
                out.append(("line", e.loc, "n"))
        elif hdr == "labelled":
            lab = R.get("labels", ("Designation", "Company", "Period"))
            out.append(("line", f"{lab[0]}: {e.title}", "b"))
            if e.org:
                out.append(("line", f"{lab[1]}: {_ol(e)}", "n"))
            out.append(("line", f"{lab[2]}: {d}", "n"))
        elif hdr == "orgfirst":
            if e.org != prev_org:
                out.append(("line", _ol(e) if e.org else e.title, "b"))
            out.append(("row", e.title, d, "i"))
        elif hdr == "inline":
            out.append(("line", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), "b"))
        elif hdr == "at":
            out.append(("row", e.title + (" at " + e.org if e.org else ""), d, "b"))
            if e.loc:
                out.append(("line", e.loc, "i"))
        prev_org = e.org
        if e.bullets:
            if bst == "para" or getattr(e, "para", False):
                out.append(("para", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                out.extend(("bul", b) for b in e.bullets)
        out.append(("gap",))
    while out and out[-1] == ("gap",):
        out.pop()
    return out


def sec_blocks(R, sec):
    head, kind, content = sec
    if kind == "entries":
        return entry_blocks(R, content)
    if kind == "p":
        return [("para", content)]
    if kind == "list":
        return [("bul", x) for x in content]
    if kind == "lines":
        return [("line", x, "n") for x in content]
    raise ValueError(kind)


def split_sections(R):
    side = set(R.get("side", ()))
    return [s for s in R["sections"] if s[0] in side], [s for s in R["sections"] if s[0] not in side]


def heading_text(R, h):
    return h.upper() if R.get("caps_heads") else h


# ---------------------------------------------------------------- reportlab
def render_reportlab(R, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    ps = letter if R.get("page") == "letter" else A4
    W, Hh = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(R["name"] + " CV")
    c.setAuthor(R["name"])
    c.setCreator("Microsoft Word")
    lay = R.get("layout", "plain")
    bch = R.get("bullet", "•")
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if R.get("serif"):
        F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    fonts = {"b": FB, "i": FI, "n": F}
    side, main = split_sections(R)
    page = [1]
    st = {"x": 50, "w": W - 100, "y": Hh - 50}

    def footer():
        if R.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, R["footer"].format(n=page[0], name=R["name"]))

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        st["y"] = Hh - 50

    def need(h):
        if st["y"] - h < 55:
            newpage()

    def text(t, font, size, indent=0, lead=None):
        lead = lead or size * 1.3
        lines = simpleSplit(t, font, size, st["w"] - indent)
        for ln in lines:
            need(lead)
            c.setFont(font, size)
            c.drawString(st["x"] + indent, st["y"], ln)
            st["y"] -= lead

    def blocks(bl, size=10):
        for b in bl:
            if b[0] == "row":
                need(14)
                c.setFont(fonts[b[3]], size)
                rw = c.stringWidth(b[2], F, size - 0.5)
                left = simpleSplit(b[1], fonts[b[3]], size, st["w"] - rw - 12)
                c.drawString(st["x"], st["y"], left[0])
                c.setFont(F, size - 0.5)
                c.drawRightString(st["x"] + st["w"], st["y"], b[2])
                st["y"] -= size * 1.35
                for ln in left[1:]:
                    c.setFont(fonts[b[3]], size)
                    c.drawString(st["x"], st["y"], ln)
                    st["y"] -= size * 1.35
            elif b[0] == "line":
                text(b[1], fonts[b[2]], size)
            elif b[0] == "bul":
                lines = simpleSplit(b[1], F, size - 0.5, st["w"] - 16)
                for k, ln in enumerate(lines):
                    need(12.5)
                    c.setFont(F, size - 0.5)
                    if k == 0:
                        c.drawString(st["x"] + 5, st["y"], bch)
                    c.drawString(st["x"] + 16, st["y"], ln)
                    st["y"] -= 12.5
            elif b[0] == "para":
                text(b[1], F, size - 0.5)
            elif b[0] == "gap":
                st["y"] -= 5

    def heading(h, size=11.5, rule=True):
        need(30)
        st["y"] -= 6
        c.setFont(FB, size)
        c.setFillColorRGB(*R.get("hcolor", (0.1, 0.2, 0.4)))
        c.drawString(st["x"], st["y"], heading_text(R, h))
        c.setFillColorRGB(0, 0, 0)
        if rule:
            c.setLineWidth(0.6)
            c.line(st["x"], st["y"] - 3, st["x"] + st["w"], st["y"] - 3)
        st["y"] -= 17

    if lay == "sidebar":
        sw = 170
        c.setFillColorRGB(*R.get("sidecolor", (0.90, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        st.update(x=16, w=sw - 30, y=Hh - 50)
        text(R["name"], FB, 15, lead=19)
        if R.get("headline"):
            text(R["headline"], FI, 9.5)
        st["y"] -= 8
        for ln in R["contact"]:
            text(ln, F, 8.5)
        for s in side:
            heading(s[0], 10, rule=False)
            blocks(sec_blocks(R, s), 8.5)
        st.update(x=sw + 24, w=W - sw - 24 - 40, y=Hh - 50)
    else:
        if lay == "twocol":
            c.setFont(FB, 20)
            c.drawString(50, Hh - 55, R["name"])
            c.setFont(F, 10)
            if R.get("headline"):
                c.drawString(50, Hh - 72, R["headline"])
            y = Hh - 45
            c.setFont(F, 9)
            for ln in R["contact"]:
                c.drawRightString(W - 50, y, ln)
                y -= 12
            st["y"] = min(Hh - 90, y - 10)
            c.line(50, st["y"] + 6, W - 50, st["y"] + 6)
            st["y"] -= 10
        elif lay == "centred":
            c.setFont(FB, 18)
            c.drawCentredString(W / 2, Hh - 55, R["name"])
            y = Hh - 72
            if R.get("headline"):
                c.setFont(FI, 10.5)
                c.drawCentredString(W / 2, y, R["headline"])
                y -= 14
            c.setFont(F, 9)
            c.drawCentredString(W / 2, y, "  |  ".join(R["contact"]))
            st["y"] = y - 22
        else:
            text(R["name"], FB, 17, lead=21)
            if R.get("headline"):
                text(R["headline"], F, 10.5)
            for ln in R["contact"]:
                text(ln, F, 9, lead=11.5)
            st["y"] -= 6
        for s in side:
            main.insert(0, s)
    for s in main:
        if R.get("break_before") == s[0]:
            newpage()
        heading(s[0])
        blocks(sec_blocks(R, s))
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
                self.set_font("DJ", "", 8)
                self.cell(0, 6, R["footer"].format(n=self.page_no(), name=R["name"]), align="C")

    pdf = P(format="A4" if R.get("page") != "letter" else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(R["name"] + " - Resume")
    pdf.set_author(R["name"])
    pdf.set_creator("Writer")
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = R.get("layout", "left")
    bch = R.get("bullet", "•")
    side, main = split_sections(R)
    sty = {"b": "B", "i": "I", "n": ""}
    W = pdf.w

    def blocks(bl, size=9.5):
        for b in bl:
            x0, w = pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin
            if b[0] == "row":
                pdf.set_font("DJ", sty[b[3]], size)
                pdf.set_x(x0)
                pdf.set_font("DJ", "", size - 0.5)
                rw = pdf.get_string_width(b[2]) + 2
                pdf.set_font("DJ", sty[b[3]], size)
                y = pdf.get_y()
                pdf.multi_cell(w - rw, 5, b[1], new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(x0 + w - rw, y)
                pdf.set_font("DJ", "", size - 0.5)
                pdf.cell(rw, 5, b[2], align="R")
                pdf.set_xy(x0, max(y2, y + 5))
            elif b[0] == "line":
                pdf.set_font("DJ", sty[b[2]], size)
                pdf.set_x(x0)
                pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "bul":
                pdf.set_font("DJ", "", size - 0.5)
                pdf.set_x(x0 + 2)
                pdf.cell(4, 4.6, bch)
                pdf.multi_cell(w - 6, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "para":
                pdf.set_font("DJ", "", size - 0.5)
                pdf.set_x(x0)
                pdf.multi_cell(w, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "gap":
                pdf.ln(2)

    def heading(h, size=11):
        pdf.ln(2.5)
        pdf.set_font("DJ", "B", size)
        pdf.set_text_color(*R.get("hcolor", (30, 60, 100)))
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, 6.5, heading_text(R, h), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if R.get("rule", True):
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)

    if lay == "sidebar":
        sw = 62
        pdf.set_fill_color(*R.get("sidecolor", (228, 234, 240)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_left_margin(7)
        pdf.set_right_margin(W - sw + 5)
        pdf.set_xy(7, 16)
        pdf.set_font("DJ", "B", 14)
        pdf.multi_cell(sw - 12, 7, R["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", 8)
        for ln in R["contact"]:
            pdf.multi_cell(sw - 12, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
        for s in side:
            heading(s[0], 9.5)
            blocks(sec_blocks(R, s), 8)
        pdf.set_left_margin(sw + 8)
        pdf.set_right_margin(14)
        pdf.set_xy(sw + 8, 16)
        if R.get("headline"):
            pdf.set_font("DJ", "B", 12)
            pdf.multi_cell(0, 6, R["headline"], new_x="LMARGIN", new_y="NEXT")
    else:
        al = "C" if lay == "centred" else "L"
        pdf.set_font("DJ", "B", 17)
        pdf.cell(0, 9, R["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        if R.get("headline"):
            pdf.set_font("DJ", "I", 10.5)
            pdf.cell(0, 6, R["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", 9)
        if lay == "centred":
            pdf.multi_cell(0, 5, "  ·  ".join(R["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            for ln in R["contact"]:
                pdf.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for s in side:
            main.insert(0, s)
    for s in main:
        if R.get("break_before") == s[0]:
            pdf.add_page()
        heading(s[0])
        blocks(sec_blocks(R, s))
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
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
    cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = R.get("layout", "styles")
    side, main = split_sections(R)
    TAB = Inches(6.9)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(cont, text="", style=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            p.add_run(text)
        p.paragraph_format.space_after = Pt(1)
        return p

    def blocks(cont, bl, tab=TAB):
        i = 0
        while i < len(bl):
            b = bl[i]
            if b[0] == "row" and lay == "table" and cont is d:
                t = d.add_table(rows=1, cols=2)
                noborders(t)
                l, r = t.rows[0].cells
                l.width, r.width = Inches(5.0), Inches(1.9)
                l.paragraphs[0].add_run(b[1]).bold = True
                if i + 1 < len(bl) and bl[i + 1][0] == "line":
                    i += 1
                    rr = l.add_paragraph().add_run(bl[i][1])
                    rr.italic = True
                rp = r.paragraphs[0]
                rp.alignment = 2
                rp.add_run(b[2])
            elif b[0] == "row":
                if R.get("entry_style") and b[3] == "b":
                    p = para(cont, style=R["entry_style"])
                else:
                    p = para(cont)
                p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
                rn = p.add_run(b[1])
                rn.bold = b[3] == "b"
                rn.italic = b[3] == "i"
                p.add_run("\t" + b[2])
            elif b[0] == "line":
                p = para(cont)
                rn = p.add_run(b[1])
                rn.bold = b[2] == "b"
                rn.italic = b[2] == "i"
            elif b[0] == "bul":
                if R.get("docx_bullets", "style") == "style":
                    para(cont, b[1], "List Bullet")
                else:
                    para(cont, R.get("bullet", "-") + " " + b[1])
            elif b[0] == "para":
                para(cont, b[1])
            elif b[0] == "gap":
                para(cont).paragraph_format.space_after = Pt(2)
            i += 1

    def heading(cont, h):
        if R.get("head_style", "Heading 1") and cont is d:
            d.add_heading(heading_text(R, h), level=R.get("head_level", 1))
        else:
            p = para(cont)
            p.paragraph_format.space_before = Pt(8)
            r = p.add_run(heading_text(R, h))
            r.bold = True
            r.font.size = Pt(11.5)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def top(cont, centre=False):
        p = para(cont)
        r = p.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(18)
        if centre:
            p.alignment = 1
        if R.get("headline"):
            p = para(cont, R["headline"])
            if centre:
                p.alignment = 1
        if lay == "sidebar":
            for ln in R["contact"]:
                para(cont, ln)
        else:
            p = para(cont, " | ".join(R["contact"]))
            if centre:
                p.alignment = 1

    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        r = hp.add_run(R["name"])
        r.bold = True
        r.font.size = Pt(16)
        hdr.add_paragraph(" • ".join(R["contact"]))
        if R.get("headline"):
            para(d, R["headline"]).runs[0].bold = True
        if R.get("footer"):
            sec.footer.paragraphs[0].add_run(R["footer"].format(n=1, name=R["name"]))
        for s in side:
            main.insert(0, s)
        for s in main:
            heading(d, s[0])
            blocks(d, sec_blocks(R, s))
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        noborders(t)
        l, r = t.rows[0].cells
        l.width, r.width = Inches(2.1), Inches(4.8)
        shade(l, R.get("sidefill", "DCE6F0"))
        l.paragraphs[0].add_run(" ")
        top(l)
        for s in side:
            heading(l, s[0])
            blocks(l, sec_blocks(R, s), tab=Inches(2.0))
        r.paragraphs[0].add_run(" ")
        for s in main:
            heading(r, s[0])
            blocks(r, sec_blocks(R, s), tab=Inches(4.7))
    else:
        top(d, centre=R.get("centre", False))
        for s in side:
            main.insert(0, s)
        for s in main:
            heading(d, s[0])
            blocks(d, sec_blocks(R, s))
    d.save(path)
    fix_zip(path)


def fix_zip(path):
    import zipfile
    import io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- text / markdown / html
def render_txt(R, path):
    W = R.get("width", 78)
    bch = R.get("bullet", "-")
    L = [R["name"].upper() if R.get("caps_name") else R["name"]]
    if R.get("headline"):
        L.append(R["headline"])
    L += R["contact"] if R.get("contact_lines", True) else [" | ".join(R["contact"])]
    for s in R["sections"]:
        L.append("")
        h = heading_text(R, s[0])
        hs = R.get("txt_head", "plain")
        if hs == "under":
            L += [h, "-" * len(h)]
        elif hs == "equals":
            L += [h, "=" * len(h)]
        elif hs == "colon":
            L.append(h + ":")
        elif hs == "stars":
            L.append(f"*** {h} ***")
        else:
            L.append(h)
        if R.get("txt_blank_after_head"):
            L.append("")
        for b in sec_blocks(R, s):
            if b[0] == "row":
                sep = R.get("rowsep", "pad")
                if sep == "pad":
                    L.append(b[1] + " " * max(3, W - len(b[1]) - len(b[2])) + b[2])
                else:
                    L.append(b[1] + sep + b[2])
            elif b[0] == "line":
                L.append(b[1])
            elif b[0] == "bul":
                L.append((f"{bch} " if bch else "  ") + b[1])
            elif b[0] == "para":
                L.append(b[1])
            elif b[0] == "gap":
                L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(R, path):
    L = [f"# {R['name']}", ""]
    if R.get("headline"):
        L += [f"**{R['headline']}**", ""]
    L += [" · ".join(R["contact"]), ""]
    mrow = R.get("md_row", "h3")
    for s in R["sections"]:
        L += [f"## {s[0]}", ""]
        for b in sec_blocks(R, s):
            if b[0] == "row":
                if mrow == "h3" and b[3] == "b":
                    L += [f"### {b[1]}", f"*{b[2]}*  "]
                elif mrow == "h3":
                    L += [f"#### {b[1]}", f"_{b[2]}_  "]
                else:
                    L.append(f"**{b[1]}** — {b[2]}  " if b[3] == "b" else f"*{b[1]}* — {b[2]}  ")
            elif b[0] == "line":
                L.append({"b": f"**{b[1]}**  ", "i": f"*{b[1]}*  ", "n": f"{b[1]}  "}[b[2]])
            elif b[0] == "bul":
                L.append(f"{R.get('bullet', '-')} {b[1]}")
            elif b[0] == "para":
                L += ["", b[1]]
            elif b[0] == "gap":
                L.append("")
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(R, path):
    e = H.escape
    css = R.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:30px auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:15px;text-transform:uppercase}"
                       ".r{display:flex;justify-content:space-between}.d{color:#555}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{e(R['name'])} – CV</title><style>{css}</style></head><body>",
         f"<header><h1>{e(R['name'])}</h1>"]
    if R.get("headline"):
        L.append(f"<p class=\"headline\">{e(R['headline'])}</p>")
    L.append("<p class=\"contact\">" + " &middot; ".join(e(x) for x in R["contact"]) + "</p></header>")
    for s in R["sections"]:
        L.append(f"<section><h2>{e(s[0])}</h2>")
        ul = False
        for b in sec_blocks(R, s):
            if b[0] != "bul" and ul:
                L.append("</ul>")
                ul = False
            if b[0] == "row":
                tag = {"b": "strong", "i": "em", "n": "span"}[b[3]]
                L.append(f"<div class=\"r\"><{tag}>{e(b[1])}</{tag}> <span class=\"d\">{e(b[2])}</span></div>")
            elif b[0] == "line":
                tag = {"b": "strong", "i": "em", "n": "span"}[b[2]]
                L.append(f"<div><{tag}>{e(b[1])}</{tag}></div>")
            elif b[0] == "bul":
                if not ul:
                    L.append("<ul>")
                    ul = True
                L.append(f"<li>{e(b[1])}</li>")
            elif b[0] == "para":
                L.append(f"<p>{e(b[1])}</p>")
            elif b[0] == "gap":
                L.append("<div style=\"height:6px\"></div>")
        if ul:
            L.append("</ul>")
        L.append("</section>")
    L.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
