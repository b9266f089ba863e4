"""PDF renderers: reportlab (canvas + platypus) and fpdf2."""
import io
import os
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas
from lib import sections, heading_for, groups_by_org, span

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ====================================================================== reportlab canvas
class RL:
    def __init__(self, out, r, total=None):
        self.r = r
        self.size = letter if r.get("page") == "letter" else A4
        self.W, self.H = self.size
        self.c = rl_canvas.Canvas(out, pagesize=self.size)
        self.c.setTitle(r["name"] + " - Resume")
        self.page = 1
        self.total = total
        self.accent = colors.HexColor(r.get("accent", "#1f4e79"))
        lay = r["layout"]
        self.side = None
        if lay in ("sidebar", "sidebar_r"):
            self.side = "left" if lay == "sidebar" else "right"
        if self.side == "left":
            self.x0, self.x1 = 205, self.W - 36
        elif self.side == "right":
            self.x0, self.x1 = 40, self.W - 205
        else:
            self.x0, self.x1 = 50, self.W - 50
        self.top = self.H - 50
        self.bottom = 60
        self.y = self.top
        self.decorate()

    # page furniture -----------------------------------------------------
    def decorate(self):
        c, r = self.c, self.r
        if r.get("running"):
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.grey)
            c.drawString(self.x0, self.H - 28, r["running"])
            c.drawRightString(self.x1, self.H - 28, r.get("running_right", ""))
            c.setStrokeColor(colors.lightgrey)
            c.line(self.x0, self.H - 32, self.x1, self.H - 32)
            pg = f"Page {self.page} of {self.total or '?'}"
            c.drawCentredString(self.W / 2, 30, pg)
            c.setFillColor(colors.black)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self.decorate()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    # text primitives ------------------------------------------------------
    def line(self, s, font="Helvetica", size=10, x=None, color=colors.black, gap=None, right=None):
        gap = gap or size * 1.35
        self.need(gap)
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        self.c.drawString(self.x0 if x is None else x, self.y, s)
        if right:
            self.c.drawRightString(self.x1, self.y, right)
        self.c.setFillColor(colors.black)
        self.y -= gap

    def para(self, s, font="Helvetica", size=9.5, indent=0, bullet=None, x1=None):
        x = self.x0 + indent
        width = (x1 or self.x1) - x - (10 if bullet else 0)
        lines = simpleSplit(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(size * 1.3)
            self.c.setFont(font, size)
            if bullet and i == 0:
                self.c.drawString(x, self.y, bullet)
            self.c.drawString(x + (10 if bullet else 0), self.y, ln)
            self.y -= size * 1.3

    def heading(self, s):
        self.need(40)
        self.y -= 6
        self.c.setFont("Helvetica-Bold", 11.5)
        self.c.setFillColor(self.accent)
        self.c.drawString(self.x0, self.y, s.upper())
        self.c.setStrokeColor(self.accent)
        self.c.line(self.x0, self.y - 3, self.x1, self.y - 3)
        self.c.setFillColor(colors.black)
        self.y -= 18

    def sidebar(self):
        r, c = self.r, self.c
        sx0 = 0 if self.side == "left" else self.W - 180
        c.setFillColor(self.accent)
        c.rect(sx0, 0, 180, self.H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        y = self.H - 60
        tx = sx0 + 16
        c.setFont("Helvetica-Bold", 15)
        for part in simpleSplit(r["name"], "Helvetica-Bold", 15, 150):
            c.drawString(tx, y, part)
            y -= 18
        if r.get("headline"):
            c.setFont("Helvetica-Oblique", 9)
            for part in simpleSplit(r["headline"], "Helvetica-Oblique", 9, 150):
                c.drawString(tx, y, part)
                y -= 12
        y -= 10
        blocks = [("Contact", r.get("contact", []))] + r.get("sidebar", [])
        for head, lines in blocks:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(tx, y, head.upper())
            y -= 14
            c.setFont("Helvetica", 8.5)
            for l in lines:
                for part in simpleSplit(l, "Helvetica", 8.5, 150):
                    c.drawString(tx, y, part)
                    y -= 11
            y -= 10
        c.setFillColor(colors.black)

    def masthead(self):
        r = self.r
        if self.side:
            self.sidebar()
            return
        self.line(r["name"], "Helvetica-Bold", 20, gap=24, color=self.accent)
        if r.get("headline"):
            self.line(r["headline"], "Helvetica-Oblique", 10.5, gap=15)
        if r.get("contact"):
            self.para("  |  ".join(r["contact"]), size=9)
        self.y -= 4


def _rl_entry(w, r, e, style, show_dates=True):
    """One entry in the main column. style decides where title, org and dates go."""
    t, o, l, d = e["title"], e["organization"], e["location"], e["_dates"]
    if not show_dates:
        d = None
    if style == "pipe":              # Title | Employer | City ........ dates
        head = " | ".join(x for x in (t, o, l) if x)
        w.line(head, "Helvetica-Bold", 10, right=d or None, gap=14)
    elif style == "title_org":       # Title ...... dates / Employer, City
        w.line(t, "Helvetica-Bold", 10.5, right=d or None, gap=13)
        if o:
            w.line(o + (", " + l if l else ""), "Helvetica-Oblique", 9.5, gap=13)
    elif style == "org_title":       # EMPLOYER — City ...... dates / Title
        if o:
            w.line(o + (" — " + l if l else ""), "Helvetica-Bold", 10.5, right=d or None, gap=13)
            w.line(t, "Helvetica-Oblique", 10, gap=13)
        else:
            w.line(t, "Helvetica-Bold", 10.5, right=d or None, gap=13)
    elif style == "under":           # Title / Employer · City / dates
        w.line(t, "Helvetica-Bold", 10.5, gap=13)
        if o:
            w.line(" · ".join(x for x in (o, l) if x), "Helvetica", 9.5, gap=12)
        if d:
            w.line(d, "Helvetica-Oblique", 9, gap=13, color=colors.grey)
    for b in e["bullets"]:
        w.para(b, indent=8, bullet=r.get("bullet", "–"))
    w.y -= 5


def _rl_body(w, r):
    w.masthead()
    style = r.get("entry_style", "title_org")
    if r.get("summary"):
        w.heading(r.get("summary_head", "Profile"))
        w.para(r["summary"])
    for head, lines in r.get("pre", []):
        w.heading(head)
        for l in lines:
            w.para(l)
    for sec, ents in sections(r).items():
        w.heading(heading_for(r, sec))
        if r["layout"] == "datecol":
            for e in ents:
                w.need(40)
                x_save = w.x0
                ytop = w.y
                w.c.setFont("Helvetica", 9)
                w.c.setFillColor(colors.grey)
                for i, part in enumerate((e["_dates"] or "").split("\n")):
                    w.c.drawString(x_save, ytop - 12 * i, part)
                w.c.setFillColor(colors.black)
                w.x0 = x_save + 105
                _rl_entry(w, r, e, style, show_dates=False)
                w.x0 = x_save
                w.y = min(w.y, ytop - 26)
        elif r["layout"] == "orgfirst":
            for org, loc, roles in groups_by_org(ents):
                w.line((org or "") + (", " + loc if loc else ""), "Helvetica-Bold", 11, gap=14,
                       right=span(roles) if len(roles) > 1 and roles[0]["_dates"] else None)
                for e in roles:
                    w.line(e["title"], "Helvetica-Oblique", 10, right=e["_dates"] or None, gap=13)
                    for b in e["bullets"]:
                        w.para(b, indent=8, bullet="–")
                    w.y -= 3
                w.y -= 4
        else:
            for e in ents:
                _rl_entry(w, r, e, style)
    for head, lines in r.get("extra", []):
        w.heading(head)
        for l in lines:
            w.para(l)
    w.c.showPage() if False else None


def render_reportlab(r, path):
    buf = io.BytesIO()
    w = RL(buf, r)
    _rl_body(w, r)
    w.c.save()
    total = w.page
    w = RL(path, r, total=total)
    _rl_body(w, r)
    w.c.save()


# ====================================================================== reportlab platypus (tables for layout)
def render_platypus(r, path):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from xml.sax.saxutils import escape as X
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=9, textColor=colors.HexColor("#444444"))
    h = ParagraphStyle("h", parent=ss["Heading2"], fontSize=12, textColor=colors.HexColor(r.get("accent", "#333")))
    size = letter if r.get("page") == "letter" else A4
    story = [Paragraph(X(r["name"]), ss["Title"])]
    if r.get("headline"):
        story.append(Paragraph(X(r["headline"]), ParagraphStyle("c", parent=body, alignment=1)))
    story.append(Paragraph(X("  •  ".join(r.get("contact", []))), ParagraphStyle("c2", parent=small, alignment=1)))
    story.append(Spacer(1, 8))
    if r.get("summary"):
        story += [Paragraph(X(r.get("summary_head", "Summary")), h), Paragraph(X(r["summary"]), body)]
    for sec, ents in sections(r).items():
        story.append(Paragraph(X(heading_for(r, sec)), h))
        rows = []
        for e in ents:
            cell = [Paragraph("<b>%s</b>" % X(e["title"]), body)]
            if e["organization"]:
                cell.append(Paragraph(X(e["organization"]), body))
            for b in e["bullets"]:
                cell.append(Paragraph("• " + X(b), body))
            rows.append([Paragraph(X(e["_dates"] or ""), small), cell,
                         Paragraph(X(e["location"] or ""), small)])
        t = Table(rows, colWidths=[95, 300, 95])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f8"))]))
        story.append(t)
    for head, lines in r.get("extra", []):
        story.append(Paragraph(X(head), h))
        for l in lines:
            story.append(Paragraph(X(l), body))

    def furniture(c, doc):
        if r.get("running"):
            c.saveState()
            c.setFont("Helvetica", 8)
            c.drawString(50, size[1] - 30, r["running"])
            c.drawRightString(size[0] - 50, 25, "Page %d" % doc.page)
            c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title=r["name"])
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


# ====================================================================== fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def header(self):
            if r.get("running") and self.page_no() > 1:
                self.set_font("dv", "I", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, r["running"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            if r.get("running"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, f"{r['name']}  —  Page {self.page_no()}/{{nb}}", align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="letter" if r.get("page") == "letter" else "A4")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_title(r["name"])
    pdf.set_auto_page_break(True, 18)
    acc = tuple(int(r.get("accent", "#2d6a4f")[i:i + 2], 16) for i in (1, 3, 5))
    pdf.add_page()
    W = pdf.w
    lay = r["layout"]
    NX = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    if lay == "sidebar":
        pdf.set_fill_color(*acc)
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_left_margin(6)
        pdf.set_right_margin(W - 58)
        pdf.set_xy(6, 14)
        pdf.set_font("dv", "B", 13)
        pdf.multi_cell(52, 6, r["name"], **NX)
        pdf.ln(3)
        for head, lines in [("Contact", r.get("contact", []))] + r.get("sidebar", []):
            pdf.set_font("dv", "B", 9)
            pdf.cell(52, 6, head.upper(), **NX)
            pdf.set_font("dv", "", 7.8)
            for l in lines:
                pdf.multi_cell(52, 4, l, **NX)
            pdf.ln(3)
        pdf.set_text_color(0, 0, 0)
        pdf.set_left_margin(70)
        pdf.set_right_margin(12)
        pdf.set_xy(70, 14)
        if r.get("headline"):
            pdf.set_font("dv", "B", 12)
            pdf.set_text_color(*acc)
            pdf.multi_cell(0, 7, r["headline"], **NX)
            pdf.set_text_color(0, 0, 0)
    else:
        pdf.set_left_margin(16)
        pdf.set_right_margin(16)
        pdf.set_x(16)
        pdf.set_font("dv", "B", 19)
        pdf.set_text_color(*acc)
        pdf.cell(0, 10, r["name"], align="C" if lay == "centred" else "L", **NX)
        pdf.set_text_color(0, 0, 0)
        if r.get("headline"):
            pdf.set_font("dv", "I", 10.5)
            pdf.cell(0, 6, r["headline"], align="C" if lay == "centred" else "L", **NX)
        pdf.set_font("dv", "", 8.5)
        pdf.multi_cell(0, 5, "  ·  ".join(r.get("contact", [])), align="C" if lay == "centred" else "L", **NX)
    L = pdf.l_margin
    width = W - L - pdf.r_margin

    def heading(s):
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("dv", "B", 11)
        pdf.set_text_color(*acc)
        pdf.cell(0, 7, s.upper(), **NX)
        pdf.set_draw_color(*acc)
        pdf.line(L, pdf.get_y(), L + width, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def bullets(bs, indent=4):
        pdf.set_font("dv", "", 9)
        for b in bs:
            pdf.set_x(L + indent)
            pdf.multi_cell(width - indent, 4.6, "• " + b, **NX)

    if r.get("summary"):
        heading(r.get("summary_head", "Profile"))
        pdf.set_font("dv", "", 9.5)
        pdf.multi_cell(0, 5, r["summary"], **NX)
    style = r.get("entry_style", "title_org")
    for sec, ents in sections(r).items():
        heading(heading_for(r, sec))
        for org, loc, roles in (groups_by_org(ents) if lay == "orgfirst" else [(None, None, [e]) for e in ents]):
            if lay == "orgfirst":
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(width, 6, (org or "") + (" · " + loc if loc else ""), **NX)
            for e in roles:
                if pdf.get_y() > pdf.h - 35:
                    pdf.add_page()
                t, o, l, d = e["title"], e["organization"], e["location"], e["_dates"] or ""
                if lay == "datecol":
                    y0 = pdf.get_y()
                    pdf.set_font("dv", "", 8.5)
                    pdf.set_text_color(90, 90, 90)
                    pdf.set_xy(L, y0)
                    pdf.multi_cell(34, 4.6, d, new_x=XPos.RIGHT, new_y=YPos.TOP)
                    pdf.set_text_color(0, 0, 0)
                    pdf.set_xy(L + 36, y0)
                    pdf.set_font("dv", "B", 10)
                    pdf.cell(width - 36, 5.5, t, new_x=XPos.LEFT, new_y=YPos.NEXT)
                    if o:
                        pdf.set_font("dv", "I", 9)
                        pdf.cell(width - 36, 5, o + (", " + l if l else ""), new_x=XPos.LEFT, new_y=YPos.NEXT)
                    pdf.set_font("dv", "", 9)
                    for b in e["bullets"]:
                        pdf.set_x(L + 38)
                        pdf.multi_cell(width - 38, 4.6, "– " + b, **NX)
                    pdf.set_y(max(pdf.get_y(), y0 + 12))
                    pdf.ln(2)
                    continue
                if lay == "orgfirst":
                    pdf.set_font("dv", "I", 9.8)
                    pdf.cell(width * 0.68, 5.5, t)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(width * 0.32, 5.5, d, align="R", **NX)
                elif style == "pipe":
                    pdf.set_font("dv", "B", 9.8)
                    pdf.cell(width * 0.74, 5.5, " | ".join(x for x in (t, o, l) if x))
                    pdf.set_font("dv", "", 8.8)
                    pdf.cell(width * 0.26, 5.5, d, align="R", **NX)
                elif style == "org_title":
                    pdf.set_font("dv", "B", 10)
                    pdf.cell(width * 0.7, 5.5, o or t)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(width * 0.3, 5.5, d, align="R", **NX)
                    pdf.set_font("dv", "I", 9.5)
                    pdf.cell(width, 5, (t if o else "") + (" — " + l if l else ""), **NX)
                else:  # title_org
                    pdf.set_font("dv", "B", 10)
                    pdf.cell(width * 0.7, 5.5, t)
                    pdf.set_font("dv", "", 9)
                    pdf.cell(width * 0.3, 5.5, d, align="R", **NX)
                    if o:
                        pdf.set_font("dv", "I", 9.3)
                        pdf.cell(width, 5, o + (" | " + l if l else ""), **NX)
                bullets(e["bullets"])
                pdf.ln(2)
    for head, lines in r.get("extra", []):
        heading(head)
        pdf.set_font("dv", "", 9.2)
        for l in lines:
            pdf.multi_cell(0, 4.8, l, **NX)
    pdf.output(path)


def render(r, path):
    if r["renderer"] == "reportlab":
        (render_platypus if r["layout"] == "table" else render_reportlab)(r, path)
    else:
        render_fpdf(r, path)
