"""Renderers: one résumé definition -> one file.  Text-like formats (txt, md, html) share
render_text(); PDFs use reportlab (canvas flow or platypus table), fpdf2 (DejaVu, icons) or a
'scan' page of pre-noised text; DOCX uses python-docx (tab stops, tables, VML text boxes)."""
import io
import html as htmlmod
import zlib
import re
import zipfile

from lib import E, H, date_text, ocr, wrap

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


# ================================================================ text-like
def entry_fields(e, ds, html=False):
    t = e.ptitle or e.title
    o = e.porg or e.org or ""
    f = dict(title=t, TITLE=t.upper(), org=o, ORG=o.upper(), loc=e.loc or "",
             LOC=(e.loc or "").upper(), dates=date_text(e, ds), DATES=date_text(e, ds).upper())
    if html:
        f = {k: htmlmod.escape(v, quote=False).replace("  ", " &nbsp;") for k, v in f.items()}
        # Word-style export: every word in its own span, the first with a spelling-mark class
        f["title_s"] = "".join(f'<span class=SpellE lang=EN-US style="mso-bidi-font-weight:bold">{w}</span> '
                               if i == 0 else f'<span lang=EN-US>{w}</span> '
                               for i, w in enumerate(f["title"].split(" "))).rstrip()
        f["org_s"] = f["org"].replace(" ", "&nbsp;", 1)
    return f


def text_lines(r):
    st = r["style"]
    ds = r["dates"]
    out = list(r.get("head", []))
    for b in r["body"]:
        if isinstance(b, H):
            out += [""] * st.get("hgap", 1) + st.get("htpl", "{h}").format(h=b, H=b.upper()).split("\n")
        elif isinstance(b, E):
            out += [""] * st.get("gap", 1)
            out += (b.hdr or st["hdr"]).format(**entry_fields(b, ds, st.get("html"))).split("\n")
            mode = st.get("bmode", "lines")
            if b.bullets:
                if mode == "join":
                    sep = st.get("joinsep", " ")
                    out.append(st.get("jtpl", "{b}").format(b=sep.join(b.bullets)))
                else:
                    if st.get("bopen"):
                        out.append(st["bopen"])
                    for x in b.bullets:
                        out.append(st.get("btpl", "- {b}").format(
                            b=htmlmod.escape(x, quote=False) if st.get("html") else x, B=x.upper()))
                    if st.get("bclose"):
                        out.append(st["bclose"])
            if st.get("eend"):
                out.append(st["eend"])
        else:
            out.append(b)
    out += r.get("tail", [])
    return out


def apply_noise(text, ops, seed):
    for op in ops:
        k = op[0]
        if k == "wrap":
            text = wrap(text, op[1])
        elif k == "hyph":
            text = wrap(text, op[1], hyphen=True, seed=seed)
        elif k == "ocr":
            text = ocr(text, op[1], seed, protect=op[2] if len(op) > 2 else ())
        elif k == "dbl":
            text = re.sub(r"\n\n+", "\n\n\n", text)
        elif k == "sub":
            assert op[1] in text, op[1]
            text = text.replace(op[1], op[2], op[3] if len(op) > 3 else -1)
        elif k == "crlf":
            text = text.replace("\n", "\r\n")
        elif k == "trail":  # trailing spaces on some lines (pasted from a web form)
            text = "\n".join(l + ("   " if i % 3 == 1 and l else "") for i, l in enumerate(text.split("\n")))
        else:
            raise ValueError(op)
    return text


def render_text(r):
    text = "\n".join(text_lines(r)).strip("\n") + "\n"
    return apply_noise(text, r.get("noise", []), r["seed"])


# ================================================================ reportlab canvas flow
def render_rl(r, path):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    P = r["pdf"]
    size = LETTER if P.get("letter") else A4
    W, Hh = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(P.get("doc_title", r["name"]))
    c.setAuthor(P.get("author", ""))
    F = P.get("font", "Helvetica")
    FB = P.get("fontb", "Helvetica-Bold")
    FI = P.get("fonti", "Helvetica-Oblique")
    fs = P.get("size", 9.5)
    ds = r["dates"]
    margin = 40
    side = P.get("sidebar")
    sidew = 150 if side else 0
    ncol = P.get("cols", 1)
    mx0 = margin + sidew + (14 if side else 0)
    mw = W - mx0 - margin
    gutter = 16
    colw = (mw - gutter * (ncol - 1)) / ncol
    page = [1]
    state = {}

    def footer():
        if P.get("footer"):
            c.setFont(F, 7.5)
            c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 22, P["footer"].format(page=page[0]))
            c.setFillColor(HexColor("#000000"))
        if P.get("header2") and page[0] > 1:
            c.setFont(F, 7.5)
            c.drawRightString(W - margin, Hh - 24, P["header2"].format(page=page[0]))

    def wraps(s, font, size, width):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    # ---- first page: sidebar and name block
    def top_block():
        y = Hh - margin
        if side:
            c.setFillColor(HexColor(P.get("sidecolor", "#e8edf2")))
            c.rect(0, 0, margin + sidew, Hh, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            sy = Hh - margin
            for s in side:
                if isinstance(s, H):
                    sy -= 8
                    c.setFont(FB, 9)
                    c.drawString(margin - 14, sy, s)
                    sy -= 12
                    continue
                if s.startswith("@icon "):  # ZapfDingbats icon then text
                    ic, txt = s[6], s[8:]
                    c.setFont("ZapfDingbats", 8)
                    c.drawString(margin - 14, sy, ic)
                    s = txt
                    xo = -2
                else:
                    xo = -14
                for ln in wraps(s, F, 8, sidew - 4):
                    c.setFont(F, 8)
                    c.drawString(margin + xo, sy, ln)
                    sy -= 10.5
        c.setFont(FB, P.get("namesize", 18))
        if P.get("center"):
            c.drawCentredString(mx0 + mw / 2, y - 6, r["name"])
        else:
            c.drawString(mx0, y - 6, r["name"])
        y -= 24
        for ln in P.get("contact", []):
            c.setFont(F, 8.5)
            if ln.startswith("@icons "):
                x = mx0
                for part in ln[7:].split(" ~ "):
                    ic, txt = part[0], part[2:]
                    c.setFont("ZapfDingbats", 8)
                    c.drawString(x, y, ic)
                    c.setFont(F, 8.5)
                    c.drawString(x + 11, y, txt)
                    x += 11 + stringWidth(txt, F, 8.5) + 16
            elif P.get("center"):
                c.drawCentredString(mx0 + mw / 2, y, ln)
            else:
                c.drawString(mx0, y, ln)
            y -= 11
        if P.get("rule", True):
            c.setLineWidth(0.6)
            c.line(mx0, y + 2, mx0 + mw, y + 2)
        return y - 10

    state["col"] = 0
    state["top"] = top_block()
    state["y"] = state["top"]

    def colx():
        return mx0 + state["col"] * (colw + gutter)

    def newframe():
        if state["col"] + 1 < ncol:
            state["col"] += 1
            state["y"] = state["top"]
        else:
            footer()
            c.showPage()
            page[0] += 1
            state["col"] = 0
            state["top"] = Hh - margin - 6
            state["y"] = state["top"]

    def need(h):
        if state["y"] - h < 44:
            newframe()

    def heading(h):
        need(34)
        state["y"] -= 8
        x = colx()
        if P.get("smallcaps"):
            big, small = 11, 8.3
            for word in h.split(" "):
                c.setFont(FB, big)
                c.drawString(x, state["y"], word[0].upper())
                x += stringWidth(word[0].upper(), FB, big)
                c.setFont(FB, small)
                c.drawString(x, state["y"], word[1:].upper())
                x += stringWidth(word[1:].upper(), FB, small) + 4
        else:
            c.setFont(FB, 10.5)
            c.drawString(x, state["y"], h.upper() if P.get("caps_h") else h)
        if P.get("hrule"):
            c.setLineWidth(0.4)
            c.line(colx(), state["y"] - 3, colx() + colw, state["y"] - 3)
        state["y"] -= 15

    def para(s, font=None, size=None, indent=0, lead=None, bullet=None):
        font, size = font or F, size or fs
        lead = lead or size * 1.3
        lines = wraps(s, font, size, colw - indent)
        need(lead * min(len(lines), 2))
        for i, ln in enumerate(lines):
            need(lead)
            if bullet and i == 0:
                c.setFont(P.get("bfont", F), size)
                c.drawString(colx() + indent - 9, state["y"], bullet)
            c.setFont(font, size)
            c.drawString(colx() + indent, state["y"], ln)
            state["y"] -= lead

    def lr(left, right, font):
        need(fs * 1.4)
        c.setFont(F, fs)
        rw = stringWidth(right, F, fs)
        lines = wraps(left, font, fs + 0.5, colw - rw - 10)
        c.setFont(font, fs + 0.5)
        c.drawString(colx(), state["y"], lines[0])
        c.setFont(F, fs)
        c.drawRightString(colx() + colw, state["y"], right)
        state["y"] -= fs * 1.35
        for ln in lines[1:]:
            c.setFont(font, fs + 0.5)
            c.drawString(colx(), state["y"], ln)
            state["y"] -= fs * 1.35

    def entry(e):
        f = entry_fields(e, ds)
        hd = e.hdr or P.get("hdr", "title_dates")
        need(fs * 5)
        state["y"] -= 4
        if hd == "title_dates":
            lr(f["title"], f["dates"], FB)
            para(", ".join(x for x in (f["org"], f["loc"]) if x), font=FI)
        elif hd == "org_dates":
            lr(", ".join(x for x in (f["org"], f["loc"]) if x), f["dates"], FB)
            para(f["title"], font=FI)
        elif hd == "pipe":
            lr(" | ".join(x for x in (f["title"], f["org"], f["loc"]) if x), f["dates"], FB)
        elif hd == "gutter":
            g = 78
            y0 = state["y"]
            c.setFont(F, fs - 1)
            for i, part in enumerate(re.split(r"(?<=[–-]) ", f["dates"])):
                c.drawString(colx(), y0 - i * fs * 1.2, part)
            c.setFont(FB, fs + 0.5)
            c.drawString(colx() + g, y0, f["title"])
            state["y"] -= fs * 1.35
            para(", ".join(x for x in (f["org"], f["loc"]) if x), font=FI, indent=g)
            state["y"] = min(state["y"], y0 - fs * 2.5)
            for b in e.bullets:
                para(b, indent=g + 10, bullet=P.get("bullet", "•"))
            return
        elif hd == "title_org_dates":  # three lines
            para(f["title"], font=FB)
            para(", ".join(x for x in (f["org"], f["loc"]) if x))
            para(f["dates"], font=FI)
        for b in e.bullets:
            para(b, indent=12, bullet=P.get("bullet", "•"))

    for b in r["body"]:
        if isinstance(b, H):
            heading(b)
        elif isinstance(b, E):
            entry(b)
        elif b == "":
            state["y"] -= 4
        elif b == "@colbreak":
            newframe()
        elif b == "@pagebreak":
            state["col"] = ncol - 1
            newframe()
        else:
            para(b)
    footer()
    c.showPage()
    c.save()


# ================================================================ reportlab platypus table layout
def render_table_pdf(r, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape as x

    P = r["pdf"]
    ds = r["dates"]
    st = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=12)
    sb = ParagraphStyle("bb", parent=st, fontName="Times-Bold")
    sh = ParagraphStyle("h", parent=st, fontName="Times-Bold", fontSize=11, textColor=colors.HexColor("#1f3a5f"),
                        spaceBefore=8, spaceAfter=3)
    sn = ParagraphStyle("n", parent=st, fontName="Times-Bold", fontSize=17, leading=21)
    story = [Paragraph(x(r["name"]), sn)]
    for ln in P.get("contact", []):
        story.append(Paragraph(x(ln), st))
    rows, spans = [], []

    def flush():
        if rows:
            t = Table(rows, colWidths=[95, 420])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1"))]))
            story.append(t)
            rows.clear()

    for b in r["body"]:
        if isinstance(b, H):
            flush()
            story.append(Paragraph(x(b), sh))
        elif isinstance(b, E):
            f = entry_fields(b, ds)
            right = [Paragraph(x(f["title"]), sb),
                     Paragraph(x(", ".join(v for v in (f["org"], f["loc"]) if v)), st)]
            for bl in b.bullets:
                right.append(Paragraph(x(bl), st, bulletText=P.get("bullet", "–")))
            rows.append([Paragraph(x(f["dates"]), st), right])
        else:
            flush()
            story.append(Paragraph(x(b), st) if b else Spacer(1, 4))
    flush()

    def foot(canv, doc):
        if P.get("footer"):
            canv.setFont("Times-Roman", 7.5)
            canv.drawString(40, 20, P["footer"].format(page=doc.page))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                            title=r["name"], author="", invariant=1)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ================================================================ fpdf2 with DejaVu (icons, header/footer)
def render_fpdf(r, path):
    from datetime import datetime, timezone
    from fpdf import FPDF

    P = r["pdf"]
    ds = r["dates"]
    D = "/usr/share/fonts/truetype/dejavu/"

    class Doc(FPDF):
        def header(self):
            if P.get("header") and self.page_no() > 1:
                self.set_font("dv", "", 7.5)
                self.cell(0, 5, P["header"], align="R")
                self.ln(7)

        def footer(self):
            if P.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 7.5)
                self.cell(0, 5, P["footer"].format(page=self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime(2026, 11, 2, tzinfo=timezone.utc))
    pdf.set_title(r["name"])
    pdf.add_font("dv", "", D + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, r["name"], align=P.get("align", "L"))
    pdf.ln(10)
    pdf.set_font("dv", "", 8.5)
    for ln in P.get("contact", []):
        pdf.cell(0, 4.6, ln, align=P.get("align", "L"))
        pdf.ln(4.6)
    pdf.ln(2)
    W = pdf.w - 32
    for b in r["body"]:
        if isinstance(b, H):
            pdf.ln(2)
            pdf.set_font("dv", "B", 10.5)
            pdf.set_text_color(30, 70, 110)
            pdf.cell(0, 6, b)
            pdf.ln(6)
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(30, 70, 110)
            pdf.line(16, pdf.get_y(), 16 + W, pdf.get_y())
            pdf.ln(1.5)
        elif isinstance(b, E):
            f = entry_fields(b, ds)
            pdf.ln(1.2)
            hd = b.hdr or P.get("hdr", "title_dates")
            if hd == "dates_left":
                y0 = pdf.get_y()
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(34, 4.2, f["dates"])
                y1 = pdf.get_y()
                pdf.set_xy(16 + 36, y0)
                pdf.set_font("dv", "B", 9.5)
                pdf.multi_cell(W - 36, 4.8, f["title"])
                pdf.set_x(16 + 36)
                pdf.set_font("dv", "I", 9)
                pdf.multi_cell(W - 36, 4.6, ", ".join(v for v in (f["org"], f["loc"]) if v))
                for bl in b.bullets:
                    pdf.set_x(16 + 36)
                    pdf.set_font("dv", "", 8.8)
                    pdf.multi_cell(W - 36, 4.4, P.get("bullet", "▸") + " " + bl)
                pdf.set_y(max(pdf.get_y(), y1))
                continue
            top = f["title"] if hd == "title_dates" else ", ".join(v for v in (f["org"], f["loc"]) if v)
            sub = ", ".join(v for v in (f["org"], f["loc"]) if v) if hd == "title_dates" else f["title"]
            pdf.set_font("dv", "", 8.5)
            dw = pdf.get_string_width(f["dates"]) + 2
            pdf.set_font("dv", "B", 9.5)
            y0 = pdf.get_y()
            pdf.multi_cell(W - dw - 4, 4.8, top)
            y1 = pdf.get_y()
            pdf.set_xy(16 + W - dw, y0)
            pdf.set_font("dv", "", 8.5)
            pdf.cell(dw, 4.8, f["dates"], align="R")
            pdf.set_y(y1)
            pdf.set_font("dv", "I", 9)
            pdf.multi_cell(W, 4.6, P.get("orgicon", "") + sub)
            pdf.set_font("dv", "", 8.8)
            for bl in b.bullets:
                pdf.set_x(20)
                pdf.multi_cell(W - 4, 4.4, P.get("bullet", "▸") + " " + bl)
        else:
            pdf.set_font("dv", "", 8.8)
            if b:
                pdf.multi_cell(W, 4.4, b)
            else:
                pdf.ln(2)
    pdf.output(path)


# ================================================================ 'scanned' PDF: noisy text drawn as an OCR layer
def render_scan(r, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    P = r["pdf"]
    text = render_text(r)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(P.get("doc_title", "scan0001"))
    W, Hh = A4
    y = Hh - 50
    page = 1
    for ln in text.split("\n"):
        if y < 60:
            c.setFont("Helvetica", 7)
            c.drawString(40, 26, P["footer"].format(page=page))
            c.showPage()
            page += 1
            y = Hh - 50
        c.setFont(P.get("font", "Times-Roman"), 10)
        c.drawString(56 + (len(ln) - len(ln.lstrip())) * 3, y, ln.strip())
        y -= 13
    c.setFont("Helvetica", 7)
    c.drawString(40, 26, P["footer"].format(page=page))
    c.showPage()
    c.save()


# ================================================================ DOCX
def render_docx(r, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, Cm
    import datetime

    D = r["docx"]
    ds = r["dates"]
    d = docx.Document()
    cp = d.core_properties
    cp.author = D.get("author", "")
    cp.created = cp.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_modified_by = ""
    cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    d.styles["Normal"].font.name = D.get("font", "Calibri")
    d.styles["Normal"].font.size = Pt(10)
    rtab = sec.page_width - sec.left_margin - sec.right_margin

    def textbox(par, lines, w="150pt", h="60pt", left="0", top="0"):
        inner = "".join(
            f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
            for t, bold in lines)
        xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb{zlib.crc32(lines[0][0].encode()) % 9999}" type="#_x0000_t202" '
               f'style="position:absolute;margin-left:{left};margin-top:{top};width:{w};height:{h};z-index:1" '
               f'stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        par._p.append(parse_xml(xml))

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    # header: contact in page header, or name in a text box, or plain
    if D.get("page_header"):
        hp = sec.header.paragraphs[0]
        hp.text = D["page_header"]
    if D.get("name_box"):
        p = d.add_paragraph()
        textbox(p, [(r["name"], True)] + [(c, False) for c in D.get("contact", [])], w="260pt", h="70pt")
        for _ in range(4):
            d.add_paragraph()
    else:
        p = d.add_paragraph()
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(18)
        for c in D.get("contact", []):
            d.add_paragraph(c)
    if D.get("page_footer"):
        sec.footer.paragraphs[0].text = D["page_footer"]

    mode = D.get("mode", "tabs")
    table = None

    def bullets(container, e):
        for bl in e.bullets:
            if D.get("bullet_style", "List Bullet") == "manual":
                container.add_paragraph(D.get("bchar", "•") + "\t" + bl)
            else:
                container.add_paragraph(bl, style="List Bullet")

    for b in r["body"]:
        if isinstance(b, H):
            table = None
            if D.get("hstyle"):
                d.add_paragraph(b, style=D["hstyle"])
            else:
                p = d.add_paragraph()
                rr = p.add_run(b)
                rr.bold = True
                rr.font.size = Pt(12)
        elif isinstance(b, E):
            f = entry_fields(b, ds)
            orgloc = ", ".join(v for v in (f["org"], f["loc"]) if v)
            m = b.hdr or mode
            if m == "tabs":  # Title<right tab>Dates, then org line
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(rtab, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(f["title"]).bold = True
                p.add_run("\t" + f["dates"])
                d.add_paragraph().add_run(orgloc).italic = True
                bullets(d, b)
            elif m == "deftabs":  # dates pushed right with default tab stops (several tabs)
                p = d.add_paragraph()
                p.add_run(orgloc).bold = True
                p.add_run("\t\t\t\t" + f["dates"])
                p = d.add_paragraph()
                p.add_run(f["title"]).italic = True
                bullets(d, b)
            elif m == "rowtable":  # one table for the section, a row per job
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                row = table.add_row().cells
                row[0].text = f["dates"]
                row[1].text = ""
                p1 = row[1].paragraphs[0]
                p1.add_run(f["title"]).bold = True
                row[1].add_paragraph(orgloc)
                for bl in b.bullets:
                    row[1].add_paragraph(D.get("bchar", "•") + " " + bl)
            elif m == "nested":  # outer layout table cell containing a table per job
                if table is None:
                    outer = d.add_table(rows=1, cols=1)
                    table = outer.cell(0, 0)
                    table.paragraphs[0].text = ""
                t = table.add_table(rows=1, cols=3)
                t.cell(0, 0).text = f["title"]
                t.cell(0, 1).text = orgloc
                t.cell(0, 2).text = f["dates"]
                for bl in b.bullets:
                    table.add_paragraph(D.get("bchar", "-") + " " + bl)
            elif m == "boxdates":  # job title paragraph with the dates in a floating text box
                p = d.add_paragraph()
                p.add_run(f["title"] + " – " + orgloc).bold = True
                textbox(p, [(f["dates"], False)], w="110pt", h="16pt", left="360pt")
                bullets(d, b)
            elif m == "boxentry":  # the whole job inside a text box
                p = d.add_paragraph()
                textbox(p, [(f["title"], True), (orgloc, False), (f["dates"], False)]
                        + [("• " + bl, False) for bl in b.bullets], w="470pt", h="90pt")
                d.add_paragraph()
        else:
            table = None
            if isinstance(b, tuple) and b[0] == "box":
                p = d.add_paragraph()
                textbox(p, [(t, i == 0) for i, t in enumerate(b[1:])], w="160pt", h="120pt", left="330pt")
            else:
                d.add_paragraph(b)
    bio = io.BytesIO()
    d.save(bio)
    # rewrite zip with fixed timestamps for reproducibility
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def render(r, path):
    ext = r["file"].rsplit(".", 1)[1]
    if ext in ("txt", "md", "html"):
        with open(path, "w", encoding=r.get("encoding", "utf-8"), newline="") as fh:
            fh.write(render_text(r))
    elif ext == "pdf":
        {"rl": render_rl, "table": render_table_pdf, "fpdf": render_fpdf, "scan": render_scan}[r["engine"]](r, path)
    elif ext == "docx":
        render_docx(r, path)
    else:
        raise ValueError(ext)
