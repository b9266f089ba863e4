"""reportlab and fpdf2 renderers."""
from xml.sax.saxutils import escape as X
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, PageTemplate, Frame, FrameBreak,
                                Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from fpdf import FPDF
from lib import dates, groups, orgloc

SS = getSampleStyleSheet()
N = ParagraphStyle("n", parent=SS["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
B = ParagraphStyle("b", parent=N, leftIndent=12, bulletIndent=3)
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=9, spaceAfter=4,
                   textColor=colors.HexColor("#1f3b5a"))
NM = ParagraphStyle("nm", parent=N, fontName="Helvetica-Bold", fontSize=17, leading=21)
R = ParagraphStyle("r", parent=N, alignment=2)
SIDE = ParagraphStyle("s", parent=N, fontSize=8.8, leading=11.5)


def _bl(bs):
    return [Paragraph(X(b), B, bulletText="–") for b in bs]


def _entry_rl(e, r, st):
    d = dates(e, r)
    if st == "right":
        t = Table([[Paragraph(f"<b>{X(e['title'])}</b>", N), Paragraph(X(d), R)]],
                  colWidths=[12 * cm, 5 * cm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out = [t]
        if e["organization"]:
            out.append(Paragraph(f"<i>{X(orgloc(e))}</i>", N))
        return out + _bl(e["bullets"]) + [Spacer(1, 5)]
    if st == "under":
        out = [Paragraph(f"<b>{X(e['title'])}</b>", N)]
        out.append(Paragraph(X(" | ".join(x for x in (e["organization"], e["location"]) if x)), N))
        if d:
            out.append(Paragraph(f"<font color='#666666'>{X(d)}</font>", N))
        return out + _bl(e["bullets"]) + [Spacer(1, 5)]
    raise ValueError(st)


def _header_rl(r):
    return [Paragraph(X(r["name"]), NM), Paragraph(X("  ·  ".join(r["contact"])), N), Spacer(1, 6)]


def _extras(r, key):
    out = []
    for h, ls in r.get(key, []):
        out.append(Paragraph(X(h.upper()), H))
        out += [Paragraph(X(l), N) for l in ls]
    return out


def render_reportlab(r, path):
    o = r["opt"]; st = o["ent"]; size = LETTER if o.get("letter") else A4
    story = []
    if st == "sidebar":
        W, Hh = size
        side = Frame(1.2 * cm, 1.5 * cm, 5.3 * cm, Hh - 3 * cm, id="side")
        main = Frame(7.3 * cm, 1.5 * cm, W - 8.5 * cm, Hh - 3 * cm, id="main")
        def bg(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#eef2f5"))
            c.rect(0, 0, 6.9 * cm, Hh, fill=1, stroke=0); c.restoreState()
        doc = BaseDocTemplate(path, pagesize=size, pageTemplates=[PageTemplate("p", [side, main], onPage=bg)])
        story += [Paragraph(X(r["name"]), ParagraphStyle("x", parent=NM, fontSize=14, leading=17))]
        story += [Paragraph(X(c), SIDE) for c in r["contact"]]
        for h, ls in r.get("extra", []):
            story.append(Paragraph(X(h.upper()), H)); story += [Paragraph(X(l), SIDE) for l in ls]
        story.append(FrameBreak())
        if r.get("summary"):
            story += [Paragraph(X(r.get("summary_head", "Profile").upper()), H), Paragraph(X(r["summary"]), N)]
        for h, es in r["sections"]:
            story.append(Paragraph(X(h.upper()), H))
            for e in es:
                story += _entry_rl(e, r, o.get("inner", "under"))
        doc.build(story); return
    header = o.get("page_header")
    def onpage(c, d):
        if header:
            c.saveState(); c.setFont("Helvetica", 8)
            c.drawString(2 * cm, size[1] - 1.1 * cm, header)
            c.drawRightString(size[0] - 2 * cm, size[1] - 1.1 * cm, f"Page {d.page} of 2")
            c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.6 * cm)
    story += _header_rl(r)
    if r.get("summary"):
        story += [Paragraph(X(r.get("summary_head", "Summary").upper()), H), Paragraph(X(r["summary"]), N)]
    story += _extras(r, "extra_first")
    for si, (h, es) in enumerate(r["sections"]):
        if o.get("break_before") == si:
            story.append(PageBreak())
        story.append(Paragraph(X(h.upper()), H))
        if st == "timeline":
            rows = []
            for e in es:
                cell = [Paragraph(f"<b>{X(e['title'])}</b>", N)]
                if e["organization"]:
                    cell.append(Paragraph(X(orgloc(e)), N))
                cell += _bl(e["bullets"])
                rows.append([Paragraph(f"<font color='#555555'>{X(dates(e, r))}</font>", N), cell])
            t = Table(rows, colWidths=[3.6 * cm, 13.4 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEAFTER", (0, 0), (0, -1), 0.8, colors.HexColor("#999999")),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
            story.append(t)
        elif st == "grid":
            rows = [[Paragraph(f"<b>{x}</b>", N) for x in ("Period", "Position", "Organisation / place")]]
            for e in es:
                rows.append([Paragraph(X(dates(e, r)), N), Paragraph(X(e["title"]), N),
                             Paragraph(X(orgloc(e)), N)])
                if e["bullets"]:
                    rows.append(["", Paragraph(X(" ".join(b if b.endswith('.') else b + '.' for b in e["bullets"])), N), ""])
            t = Table(rows, colWidths=[3.3 * cm, 6.2 * cm, 7.5 * cm])
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]
            i = 1
            for e in es:
                if e["bullets"]:
                    sty.append(("SPAN", (1, i + 1), (2, i + 1))); i += 2
                else:
                    i += 1
            t.setStyle(TableStyle(sty)); story.append(t)
        else:
            for e in es:
                story += _entry_rl(e, r, st)
    story += _extras(r, "extra")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def _l1(s):
    return (s.replace("–", "-").replace("—", "-").replace("’", "'").replace("‘", "'").replace("•", "-")
             .replace("“", '"').replace("”", '"').replace("…", "...").replace("·", "|"))


class _P(FPDF):
    pass


def render_fpdf(r, path):
    o = r["opt"]; st = o["ent"]
    pdf = _P(format="Letter" if o.get("letter") else "A4")
    pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(18, 15, 18)
    pdf.set_xy(18, 15)
    W = pdf.w - 36
    def t(s):
        return _l1(s)
    pdf.set_font("Helvetica", "B", 16); pdf.cell(W, 8, t(r["name"]), new_x="LMARGIN", new_y="NEXT",
                                                 align=o.get("namealign", "L"))
    pdf.set_font("Helvetica", "", 9)
    for c in r["contact"]:
        pdf.cell(W, 5, t(c), new_x="LMARGIN", new_y="NEXT", align=o.get("namealign", "L"))
    def head(h):
        pdf.ln(3); pdf.set_font("Helvetica", "B", 11); pdf.cell(W, 7, t(h.upper()), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.line(18, y, 18 + W, y); pdf.ln(1.5)
    def para(s, ind=0, size=9.5, style=""):
        pdf.set_font("Helvetica", style, size); pdf.set_x(18 + ind)
        pdf.multi_cell(W - ind, 4.8, t(s), new_x="LMARGIN", new_y="NEXT")
    if r.get("summary"):
        head(r.get("summary_head", "Profile")); para(r["summary"])
    for h, ls in r.get("extra_first", []):
        head(h)
        for l in ls:
            para(l)
    for h, es in r["sections"]:
        head(h)
        if st == "cells":
            pdf.set_font("Helvetica", "B", 9)
            cw = [36, 60, W - 96]
            for w, x in zip(cw, ("When", "Role", "Employer")):
                pdf.cell(w, 6, x, border=1)
            pdf.ln()
            for e in es:
                for i, s in enumerate((dates(e, r), e["title"], orgloc(e))):
                    fs = 9
                    pdf.set_font("Helvetica", "", fs)
                    while pdf.get_string_width(t(s)) > cw[i] - 2 and fs > 6:
                        fs -= 0.5; pdf.set_font("Helvetica", "", fs)
                    kw = dict(new_x="LMARGIN", new_y="NEXT") if i == 2 else {}
                    pdf.cell(cw[i], 6, t(s), border=1, **kw)
                for b in e["bullets"]:
                    pdf.set_font("Helvetica", "", 8.8); pdf.set_x(18 + cw[0])
                    pdf.multi_cell(W - cw[0], 4.5, t("- " + b), border="LR", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y(); pdf.line(18, y, 18 + W, y)
            continue
        if st == "orgfirst":
            for org, loc, grp in groups(es):
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(W, 6, t(", ".join(x for x in (org, loc) if x) or "Freelance"), new_x="LMARGIN", new_y="NEXT")
                for e in grp:
                    pdf.set_font("Helvetica", "I", 9.5)
                    pdf.cell(W * 0.65, 5, t(e["title"]))
                    pdf.set_font("Helvetica", "", 9)
                    pdf.cell(W * 0.35, 5, t(dates(e, r)), align="R", new_x="LMARGIN", new_y="NEXT")
                    for b in e["bullets"]:
                        para("- " + b, ind=4)
                pdf.ln(1.5)
            continue
        for e in es:
            d = dates(e, r)
            if st == "right":
                pdf.set_font("Helvetica", "B", 10); pdf.cell(W * 0.68, 5.5, t(e["title"]))
                pdf.set_font("Helvetica", "", 9); pdf.cell(W * 0.32, 5.5, t(d), align="R", new_x="LMARGIN", new_y="NEXT")
                if e["organization"]:
                    para(orgloc(e), style="I")
            elif st == "plain":
                para(" - ".join(x for x in (d, e["title"]) if x), style="B", size=10)
                if e["organization"]:
                    para(orgloc(e))
            for b in e["bullets"]:
                para(o.get("mark", "-") + " " + b, ind=4)
            pdf.ln(1.5)
    for h, ls in r.get("extra", []):
        head(h)
        for l in ls:
            para(l)
    pdf.output(path)
