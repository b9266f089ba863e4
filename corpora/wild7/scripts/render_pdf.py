"""PDF renderers: reportlab (rl_*) and fpdf2 (fp_*).  Each takes (definition, path)."""
from fpdf import FPDF
from fpdf.fonts import FontFace
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable
from xml.sax.saxutils import escape as X

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", DJ + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", DJ + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", DJ + "DejaVuSerif-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")
registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")


def S(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def _where(e):
    return ", ".join(x for x in (e["organization"], e["location"]) if x)


# ------------------------------------------------------------------ w001 sidebar
def rl_sidebar(d, path):
    W, H = A4
    SBW = 66 * mm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title=f"CV {d['name']}", author=d["name"])
    side = Frame(8 * mm, 10 * mm, SBW - 14 * mm, H - 20 * mm, id="side", showBoundary=0)
    main = Frame(SBW + 8 * mm, 12 * mm, W - SBW - 16 * mm, H - 24 * mm, id="main")

    def bg(c, _doc):
        c.setFillColor(colors.HexColor("#20343F"))
        c.rect(0, 0, SBW, H, stroke=0, fill=1)
    doc.addPageTemplates([PageTemplate(frames=[side, main], onPage=bg)])
    wh = S("wh", size=8.8, textColor=colors.white)
    whh = S("whh", "DV-B", 9.5, textColor=colors.HexColor("#F2B134"), spaceBefore=10, spaceAfter=3)
    nm = S("nm", "DV-B", 17, textColor=colors.white, lead=20)
    F = [Paragraph(X(d["name"]), nm), Paragraph(X(d["headline"]), S("hl", "DV-I", 9.5, textColor=colors.white)),
         Spacer(1, 6)]
    F += [Paragraph(X(c), wh) for c in d["contact"]]
    for h, lines in d["side"]:
        F.append(Paragraph(h, whh))
        F += [Paragraph("· " + X(x), wh) for x in lines]
    F.append(FrameBreak())
    hd = S("hd", "DV-B", 11.5, textColor=colors.HexColor("#20343F"), spaceBefore=8, spaceAfter=4)
    F += [Paragraph("PROFILE", hd), Paragraph(X(d["summary"]), S("sm", size=9.5))]
    for sec, label in (("work", "WORK EXPERIENCE"), ("volunteer", "VOLUNTEERING")):
        F.append(Paragraph(label, hd))
        for e in d["entries"]:
            if e["section"] != sec:
                continue
            blk = [Paragraph(f"<b>{X(e['title'])}</b>", S("t", size=10.2, spaceBefore=5)),
                   Paragraph(f"{X(e['organization'])} · {X(e['location'])} <font color='#8A6D1D'>| {X(e['d'])}</font>",
                             S("o", "DV-I", 9))]
            blk += [Paragraph("• " + X(b), S("b", size=9.2, leftIndent=8, firstLineIndent=-6)) for b in e["bullets"]]
            F.append(KeepTogether(blk))
    doc.build(F)


# ------------------------------------------------------------------ w008 Europass-like
def rl_europass(d, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title="Europass Curriculum Vitae")
    lab = S("lab", size=8.5, alignment=TA_RIGHT, textColor=colors.HexColor("#1F3864"))
    val = S("val", size=9.2)
    bold = S("bv", "DV-B", 10)
    F = []

    def grid(rows, top=4):
        t = Table([[Paragraph(X(a), lab), v] for a, v in rows], colWidths=[52 * mm, 128 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.6,
                                                                         colors.HexColor("#1F3864")),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        F.append(Spacer(1, top))
        F.append(t)

    def section(title):
        F.append(Spacer(1, 8))
        F.append(Table([[Paragraph(f"<b>{title}</b>", S("s", "DV-B", 10.5, alignment=TA_RIGHT,
                                                              textColor=colors.HexColor("#1F3864"))), ""]],
                       colWidths=[52 * mm, 128 * mm]))
    F.append(Table([[Paragraph("<b>Europass</b><br/>Curriculum Vitae", S("eu", size=12, alignment=TA_RIGHT,
                                                                        textColor=colors.HexColor("#1F3864"))),
                     Paragraph(f"<b>{X(d['name'])}</b>", S("n", "DV-B", 16))]], colWidths=[52 * mm, 128 * mm]))
    section("Personal information")
    grid([(k, Paragraph(X(v), val)) for k, v in d["personal"]])
    section("Desired employment / Occupational field")
    grid([("", Paragraph(X(d["job_applied"]), bold))], 0)
    section("Work experience")
    for e in d["entries"]:
        grid([("Dates", Paragraph(X(e["d"]), val)),
              ("Occupation or position held", Paragraph(X(e["title"]), bold)),
              ("Main activities and responsibilities",
               Paragraph("<br/>".join("- " + X(b) for b in e["bullets"]), val)),
              ("Name and address of employer", Paragraph(X(f"{e['organization']}, {e['location']} (Romania)"), val)),
              ("Type of business or sector", Paragraph(X(e["sector"]), val))], 6)
    section("Education and training")
    for yrs, q, org, lvl in d["education"]:
        grid([("Dates", Paragraph(yrs, val)), ("Title of qualification awarded", Paragraph(X(q), bold)),
              ("Name and type of organisation providing education and training", Paragraph(X(org), val)),
              ("Level in national or international classification", Paragraph(lvl, val))])
    section("Personal skills and competences")
    grid([("Mother tongue(s)", Paragraph(d["mother"], bold)), ("Other language(s)", Paragraph("", val))])
    hdr = ["", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"]
    hs = S("lh", size=7.5, alignment=1)
    rows = [[Paragraph(h, hs) for h in hdr]] + [list(x) for x in d["languages"]]
    t = Table(rows, colWidths=[22 * mm] + [21 * mm] * 5, hAlign="RIGHT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF4")),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    F += [Spacer(1, 3), t, Paragraph("Levels: A1/A2: Basic user - B1/B2: Independent user - C1/C2: Proficient user "
                                     "(Common European Framework of Reference for Languages)",
                                     S("lv", size=7, alignment=TA_RIGHT))]
    grid([("Digital competence", Paragraph(X(d["digital"]), val)), ("Driving licence", Paragraph(d["licence"], val))])
    doc.build(F)


# ------------------------------------------------------------------ w014 timeline
def rl_timeline(d, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm)
    F = [Paragraph(X(d["name"]), S("n", "DVS-B", 20, lead=24)),
         Paragraph(X(d["headline"]), S("h", "DVS-I", 11, textColor=colors.HexColor("#7A3E00"))),
         Paragraph(X(d["contact"]), S("c", size=8.5, spaceAfter=6)),
         HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#7A3E00")),
         Paragraph(X(d["summary"]), S("s", "DVS", 9.8, spaceBefore=6, spaceAfter=4))]
    dt = S("dt", "DV", 8.6, textColor=colors.HexColor("#7A3E00"))

    def tl(label, rows):
        F.append(Paragraph(label, S("sec", "DVS-B", 11.5, spaceBefore=10, spaceAfter=4,
                                    textColor=colors.HexColor("#7A3E00"))))
        data = []
        for e in rows:
            cell = [Paragraph(f"<b>{X(e['title'])}</b>", S("t", "DVS", 10.2)),
                    Paragraph(X(_where(e)), S("o", "DVS-I", 9.2))]
            cell += [Paragraph("– " + X(b), S("b", "DVS", 9.2, leftIndent=8, firstLineIndent=-8)) for b in e["bullets"]]
            data.append([Paragraph(X(e["d"]) or "", dt), cell])
        t = Table(data, colWidths=[30 * mm, 148 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 1.5,
                                                                         colors.HexColor("#E3C9A8")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        F.append(t)
    tl("EXPERIENCE", [e for e in d["entries"] if e["section"] == "work"])
    tl("VOLUNTEERING", [e for e in d["entries"] if e["section"] == "volunteer"])
    for h, lines in d["sections"]:
        F.append(Paragraph(h, S("sec", "DVS-B", 11.5, spaceBefore=10, spaceAfter=3,
                                textColor=colors.HexColor("#7A3E00"))))
        F += [Paragraph(X(x), S("x", "DVS", 9.5)) for x in lines]
    doc.build(F)


# ------------------------------------------------------------------ w020 two pages
def rl_twopage(d, path):
    def header(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, LETTER[1] - 12 * mm, f"{d['name']} — Curriculum Vitae")
        c.drawRightString(LETTER[0] - 20 * mm, LETTER[1] - 12 * mm, f"Page {doc.page} of 2")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm)
    F = [Paragraph(X(d["name"]), S("n", "DVS-B", 21, lead=26)),
         Paragraph(X(d["headline"]), S("h", "DVS", 12, textColor=colors.HexColor("#22577A"))),
         Paragraph(X(d["contact"]), S("c", size=9, spaceAfter=8)),
         HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#22577A")),
         Paragraph("EXECUTIVE SUMMARY", S("sec", "DVS-B", 12, spaceBefore=10, spaceAfter=4)),
         Paragraph(X(d["summary"]), S("s", "DVS", 11, lead=15.5)),
         Paragraph("SELECTED ACHIEVEMENTS", S("sec", "DVS-B", 12, spaceBefore=12, spaceAfter=4))]
    F += [Paragraph("■ " + X(a), S("a", "DVS", 11, lead=15.5, leftIndent=12, firstLineIndent=-12)) for a in d["achievements"]]
    F.append(Paragraph("PROFESSIONAL EXPERIENCE", S("sec", "DVS-B", 12, spaceBefore=14, spaceAfter=2)))
    for e in d["entries"]:
        if e["section"] == "volunteer":
            F.append(Paragraph("NON-EXECUTIVE & VOLUNTEER", S("sec", "DVS-B", 12, spaceBefore=14, spaceAfter=2)))
        blk = [Paragraph(f"<b>{X(e['title'])}</b>", S("t", "DVS", 12, spaceBefore=12)),
               Paragraph(X(e["d"]), S("d", "DVS-I", 10.5, textColor=colors.HexColor("#22577A"))),
               Paragraph(X(_where(e)), S("o", "DVS", 10.5, spaceAfter=3))]
        blk += [Paragraph("■ " + X(b), S("b", "DVS", 10.8, lead=15, leftIndent=12, firstLineIndent=-12))
                for b in e["bullets"]]
        F.append(KeepTogether(blk))
    for h, lines in d["sections"]:
        F.append(Paragraph(h, S("sec", "DVS-B", 12, spaceBefore=14, spaceAfter=4)))
        F += [Paragraph(X(x), S("x", "DVS", 10.8, lead=15)) for x in lines]
    doc.build(F, onFirstPage=header, onLaterPages=header)


# ------------------------------------------------------------------ w027 ruled, dates right
def rl_ruled(d, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm)
    top = Table([[Paragraph(f"<b>{X(d['name'])}</b><br/><font size=11 color='#555555'>{X(d['headline'])}</font>",
                            S("n", size=20, lead=24)),
                  Paragraph("<br/>".join(X(c) for c in d["contact"]), S("c", size=8.5, alignment=TA_RIGHT))]],
                colWidths=[110 * mm, 64 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    F = [top, Spacer(1, 4), Paragraph(X(d["summary"]), S("s", size=9.6))]

    def sec(t):
        F.extend([Paragraph(t, S("sc", "DV-B", 10.5, spaceBefore=10, spaceAfter=1, textColor=colors.HexColor("#0B6E4F"))),
                  HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#0B6E4F"), spaceAfter=3)])
    sec("EXPERIENCE")
    for e in d["entries"]:
        row = Table([[Paragraph(f"<b>{X(e['title'])}</b>, {X(e['organization'])} "
                                f"<font color='#777777'>— {X(e['location'])}</font>", S("t", size=9.8)),
                      Paragraph(X(e["d"]), S("d", size=9, alignment=TA_RIGHT))]],
                    colWidths=[138 * mm, 36 * mm])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        F.append(row)
        F += [Paragraph("▪ " + X(b), S("b", size=9.2, leftIndent=10, firstLineIndent=-8)) for b in e["bullets"]]
    for h, lines in d["sections"]:
        sec(h)
        F += [Paragraph(X(x), S("x", size=9.2)) for x in lines]
    doc.build(F)


# ------------------------------------------------------------------ fpdf2 helpers
class _PDF(FPDF):
    def multi_cell(self, *a, **kw):
        kw.setdefault("align", "L")
        return super().multi_cell(*a, **kw)


def _fpdf(margin=12):
    pdf = _PDF(format="A4")
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(True, 12)
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", DJ + "DejaVuSans-BoldOblique.ttf")
    pdf.add_font("DC", "", DJ + "DejaVuSansCondensed.ttf")
    pdf.add_font("DC", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
    pdf.add_page()
    return pdf


# ------------------------------------------------------------------ w005 rirekisho
def fp_rirekisho(d, path):
    pdf = _fpdf(14)
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 9, "RÉSUMÉ  (Rirekisho)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "As of 1 November 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    with pdf.table(col_widths=(30, 152), text_align="LEFT", line_height=5.5, first_row_as_headings=False) as t:
        for k, v in (("Furigana", d["furigana"]), ("Name", d["name"]), ("Date of birth", d["born"]),
                     ("Address", d["address"]), ("Phone", d["phone"]), ("E-mail", d["email"])):
            r = t.row()
            r.cell(k)
            r.cell(v)
    pdf.ln(4)
    rows = [("", "", "EDUCATION")] + d["edu"] + [("", "", "EMPLOYMENT")]
    for e in d["entries"]:
        y, m = e["start"].split("-")
        rows.append((y, str(int(m)), e["joined"]))
        if e["end"] != "present":
            y, m = e["end"].split("-")
            rows.append((y, str(int(m)), e["left"]))
    rows += [("", "", "Currently employed"), ("", "", "End")]
    with pdf.table(col_widths=(16, 15, 151), line_height=5.5, text_align=("CENTER", "CENTER", "LEFT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
        r = t.row()
        for h in ("Year", "Month", "Education and employment history"):
            r.cell(h)
        for y, m, txt in rows:
            r = t.row()
            r.cell(y)
            r.cell(m)
            r.cell(txt, align="CENTER" if not y else "LEFT")
    pdf.ln(4)
    with pdf.table(col_widths=(16, 15, 151), line_height=5.5, text_align=("CENTER", "CENTER", "LEFT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
        r = t.row()
        for h in ("Year", "Month", "Licences and qualifications"):
            r.cell(h)
        for y, m, txt in d["licences"]:
            r = t.row()
            r.cell(y)
            r.cell(m)
            r.cell(txt)
    pdf.ln(4)
    with pdf.table(col_widths=(182,), line_height=5.5, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
        t.row().cell("Motivation, strengths, self-PR")
        t.row().cell(d["motivation"])
        t.row().cell("Personal requests (desired position, salary, location)")
        t.row().cell("Customer support or client-facing position. Kanazawa-based or remote. Commuting time: 20 min.")
    pdf.output(path)


# ------------------------------------------------------------------ w011 employer first, dates right
def fp_orgfirst(d, path):
    pdf = _fpdf(16)
    pdf.set_font("DV", "B", 20)
    pdf.cell(0, 10, d["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.set_text_color(0, 90, 140)
    pdf.cell(0, 6, d["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, d["contact"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def head(t):
        pdf.ln(3)
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(0, 90, 140)
        pdf.cell(0, 6, t.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 90, 140)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0)
        pdf.ln(2)
    head("Professional experience")
    for org, loc, idx in d["groups"]:
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(120, 6, org)
        pdf.set_font("DV", "", 9)
        pdf.cell(0, 6, loc, align="R", new_x="LMARGIN", new_y="NEXT")
        for i in idx:
            e = d["entries"][i]
            pdf.set_font("DV", "I", 9.8)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(140, 5.5, e["title"])
            pdf.set_font("DV", "", 9)
            pdf.cell(0, 5.5, e["d"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9)
            for b in e["bullets"]:
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(0, 4.6, "– " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(1)
    for h, lines in d["sections"]:
        head(h)
        pdf.set_font("DV", "", 9.2)
        for x in lines:
            pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ w017 right sidebar
def fp_rightbar(d, path):
    pdf = _fpdf(10)
    pdf.set_auto_page_break(False)
    SX = 142
    pdf.set_fill_color(246, 236, 214)
    pdf.rect(SX - 4, 0, 210 - SX + 4, 297, style="F")
    # main column
    pdf.set_xy(12, 14)
    pdf.set_font("DV", "B", 22)
    pdf.set_text_color(120, 40, 0)
    pdf.cell(120, 10, d["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(12)
    pdf.set_font("DV", "", 9.5)
    pdf.set_text_color(60)
    pdf.multi_cell(122, 5, d["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_text_color(0)
    pdf.set_x(12)
    pdf.set_font("DV", "I", 9.5)
    pdf.multi_cell(122, 5, d["summary"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(12)
    pdf.set_font("DV", "B", 11.5)
    pdf.set_text_color(120, 40, 0)
    pdf.cell(120, 7, "EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    for e in d["entries"]:
        pdf.set_x(12)
        pdf.set_font("DV", "B", 10.5)
        pdf.multi_cell(122, 5.5, e["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(12)
        pdf.set_font("DV", "", 9)
        pdf.set_text_color(110)
        pdf.multi_cell(122, 5, f"{e['organization']}  ·  {e['location']}  ·  {e['d']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.set_font("DV", "", 9.3)
        for b in e["bullets"]:
            pdf.set_x(15)
            pdf.multi_cell(119, 4.8, "• " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    # sidebar
    y = 16
    for h, lines in d["side"]:
        pdf.set_xy(SX, y)
        pdf.set_font("DC", "B", 10.5)
        pdf.set_text_color(120, 40, 0)
        pdf.cell(60, 6, h)
        y += 7
        pdf.set_text_color(30)
        pdf.set_font("DC", "", 8.8)
        for x in lines:
            pdf.set_xy(SX, y)
            pdf.multi_cell(60, 4.6, x)
            y = pdf.get_y() + 0.6
        y += 6
    pdf.output(path)


# ------------------------------------------------------------------ w023 grid table
def fp_grid(d, path):
    pdf = _fpdf(12)
    pdf.set_font("DV", "B", 18)
    pdf.cell(0, 9, d["name"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, d["headline"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, d["contact"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(0, 6, "PROFESSIONAL SUMMARY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.3)
    pdf.multi_cell(0, 5, d["summary"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(0, 6, "EMPLOYMENT HISTORY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DC", "", 8.6)
    with pdf.table(col_widths=(27, 34, 56, 69), line_height=4.6, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(214, 228, 214))) as t:
        r = t.row()
        for h in ("Period", "Position", "Organisation", "Key duties"):
            r.cell(h)
        for e in d["entries"]:
            r = t.row()
            r.cell(e["d"] or "—")
            r.cell(e["title"])
            r.cell(f"{e['organization']}\n{e['location']}")
            r.cell("\n".join("• " + b for b in e["bullets"]))
    pdf.ln(4)
    for h, lines in d["sections"]:
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(0, 6, h.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.3)
        for x in lines:
            pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(path)


RENDERERS = {f.__name__: f for f in (rl_sidebar, rl_europass, rl_timeline, rl_twopage, rl_ruled,
                                      fp_rirekisho, fp_orgfirst, fp_rightbar, fp_grid)}
