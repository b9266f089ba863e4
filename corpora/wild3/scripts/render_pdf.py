"""reportlab / fpdf2 renderers."""
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def orgloc(e, sep=", "):
    s = e["organization"] or ""
    if e["location"]:
        s = s + sep + e["location"] if s else e["location"]
    return s


class Flow:
    def __init__(self, c, x, top, w, bottom=50, page_h=842, newpage_top=None, on_newpage=None):
        self.c, self.x, self.y, self.w, self.bottom = c, x, top, w, bottom
        self.page_h = page_h
        self.newpage_top = newpage_top or (page_h - 50)
        self.on_newpage = on_newpage

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.on_newpage:
                self.on_newpage(self)
            self.y = self.newpage_top

    def text(self, s, font="Helvetica", size=10, indent=0, lead=None, color=colors.black, gap=0):
        lead = lead or size * 1.3
        lines = simpleSplit(s, font, size, self.w - indent)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            self.c.drawString(self.x + indent, self.y - size, ln)
            self.y -= lead
        self.y -= gap
        self.c.setFillColor(colors.black)

    def pair(self, left, right, font="Helvetica-Bold", rfont="Helvetica", size=10, rsize=None, color=colors.black):
        rsize = rsize or size
        self.need(size * 1.35)
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(self.x, self.y - size, left)
        self.c.setFont(rfont, rsize)
        self.c.drawRightString(self.x + self.w, self.y - size, right)
        self.c.setFillColor(colors.black)
        self.y -= size * 1.35

    def bullets(self, items, glyph="•", font="Helvetica", size=9.5, indent=10):
        for b in items:
            lines = simpleSplit(b, font, size, self.w - indent - 10)
            for i, ln in enumerate(lines):
                self.need(size * 1.3)
                self.c.setFont(font, size)
                if i == 0:
                    self.c.drawString(self.x + indent, self.y - size, glyph)
                self.c.drawString(self.x + indent + 10, self.y - size, ln)
                self.y -= size * 1.3

    def rule(self, color=colors.grey, gap=4):
        self.c.setStrokeColor(color)
        self.c.line(self.x, self.y, self.x + self.w, self.y)
        self.y -= gap
        self.c.setStrokeColor(colors.black)

    def space(self, h):
        self.y -= h


def side_section(f, heading, typ, content, font="Helvetica", hfont="Helvetica-Bold", color=colors.black, size=9):
    f.text(heading.upper(), hfont, size + 1.5, color=color, gap=2)
    if typ == "text":
        f.text(content, font, size, color=color)
    elif typ == "list":
        for it in content:
            f.text("• " + it, font, size, color=color)
    elif typ == "lines":
        for it in content:
            f.text(it, font, size, color=color)
    f.space(8)


# ---------------------------------------------------------------- styles

def pdf_sidebar(r, path):
    o = r.get("opts", {})
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    sw = o.get("side_w", 170)
    right = o.get("side_right", False)
    sx = W - sw if right else 0
    bg = colors.HexColor(o.get("side_bg", "#2E4057"))
    fg = colors.white if o.get("side_dark", True) else colors.black
    c.setFillColor(bg)
    c.rect(sx, 0, sw, H, fill=1, stroke=0)
    side = Flow(c, sx + 18, H - 40, sw - 36, page_h=H)
    mx = 25 if right else sw + 25
    mw = W - sw - 50

    def np(fl):
        pass
    main = Flow(c, mx, H - 40, mw, page_h=H, newpage_top=H - 50)
    if o.get("name_in_side"):
        side.text(r["name"], "Helvetica-Bold", 16, color=fg, gap=4)
        if r.get("headline"):
            side.text(r["headline"], "Helvetica", 10, color=fg, gap=10)
    else:
        main.text(r["name"], "Helvetica-Bold", 22, gap=2)
        if r.get("headline"):
            main.text(r["headline"], "Helvetica", 12, color=colors.HexColor("#555555"), gap=10)
    side.text("CONTACT", "Helvetica-Bold", 10.5, color=fg, gap=2)
    for ln in r.get("contact", []):
        side.text(ln, "Helvetica", 9, color=fg)
    side.space(10)
    ss = o.get("side_sections", ())
    for heading, typ, content in r["sections"]:
        if heading in ss:
            side_section(side, heading, typ, content, color=fg)
    for heading, typ, content in r["sections"]:
        if heading in ss:
            continue
        main.text(heading.upper(), "Helvetica-Bold", 12, color=colors.HexColor("#2E4057"), gap=1)
        main.rule()
        if typ == "entries":
            for e in content:
                main.text(e["title"], "Helvetica-Bold", 10.5)
                main.text(orgloc(e, " | ") + "   " + e["_d"], "Helvetica-Oblique", 9.5,
                          color=colors.HexColor("#444444"))
                if e.get("_prose"):
                    for b in e["bullets"]:
                        main.text(b, "Helvetica", 9.5)
                else:
                    main.bullets(e["bullets"])
                main.space(6)
        elif typ == "text":
            main.text(content, "Helvetica", 9.5)
        elif typ == "list":
            main.bullets(content)
        elif typ == "lines":
            for it in content:
                main.text(it, "Helvetica", 9.5)
        main.space(8)
    c.save()


def pdf_latex(r, path):
    o = r.get("opts", {})
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    f = Flow(c, 54, H - 45, W - 108, page_h=H)
    c.setFont("Times-Bold", 22)
    c.drawCentredString(W / 2, f.y - 22, r["name"])
    f.y -= 30
    c.setFont("Times-Roman", 10)
    c.drawCentredString(W / 2, f.y - 10, "  |  ".join(r.get("contact", [])))
    f.y -= 22
    for heading, typ, content in r["sections"]:
        f.need(40)
        f.text(heading.upper() if o.get("upper", True) else heading, "Times-Bold", 12, gap=0)
        f.rule(colors.black, gap=5)
        if typ == "entries":
            for e in content:
                if o.get("org_first"):
                    f.pair(e["organization"] or "", e["location"] or "", "Times-Bold", "Times-Roman", 11)
                    f.pair(e["title"], e["_d"], "Times-Italic", "Times-Italic", 10.5)
                else:
                    f.pair(e["title"], e["_d"], "Times-Bold", "Times-Roman", 11)
                    if e["organization"] or e["location"]:
                        f.pair(e["organization"] or "", e["location"] or "", "Times-Italic", "Times-Italic", 10.5)
                f.bullets(e["bullets"], glyph="•", font="Times-Roman", size=10.5, indent=12)
                f.space(5)
        elif typ == "text":
            f.text(content, "Times-Roman", 10.5)
        elif typ == "list":
            f.bullets(content, font="Times-Roman", size=10.5, indent=12)
        elif typ == "lines":
            for it in content:
                f.text(it, "Times-Roman", 10.5)
        f.space(6)
    c.save()


def _icon(c, x, y, letter_, col):
    c.setFillColor(col)
    c.circle(x, y, 6, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("ZapfDingbats", 7)
    c.drawCentredString(x, y - 2.5, letter_)
    c.setFillColor(colors.black)


def pdf_canva(r, path):
    o = r.get("opts", {})
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    acc = colors.HexColor(o.get("accent", "#E07A5F"))
    c.setFillColor(colors.HexColor(o.get("band", "#F4F1DE")))
    c.rect(0, H - 120, W, 120, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#3D405B"))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, H - 60, r["name"].upper())
    c.setFont("Helvetica", 12)
    c.drawString(40, H - 80, r.get("headline", ""))
    y = H - 100
    x = 40
    for i, ln in enumerate(r.get("contact", [])):
        _icon(c, x + 6, y + 3, ["(", "+", "H", "n"][i % 4], acc)
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(x + 16, y, ln)
        x += 16 + c.stringWidth(ln, "Helvetica", 8.5) + 18
    cols = o.get("cols")  # None or (left_w, list_of_left_headings)

    def boxhead(f, h):
        f.need(30)
        c.setFillColor(acc)
        c.roundRect(f.x, f.y - 18, f.w, 18, 4, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(f.x + 8, f.y - 13, h.upper())
        c.setFillColor(colors.black)
        f.y -= 26

    def section(f, heading, typ, content):
        boxhead(f, heading)
        if typ == "entries":
            for e in content:
                f.text(e["title"], "Helvetica-Bold", 10.5)
                f.text(orgloc(e, ", "), "Helvetica", 9.5, color=colors.HexColor("#3D405B"))
                f.text(e["_d"], "Helvetica-Oblique", 9, color=acc)
                f.bullets(e["bullets"], glyph="▪" if False else "-", size=9)
                f.space(6)
        elif typ == "text":
            f.text(content, "Helvetica", 9.5)
        elif typ == "list":
            f.bullets(content, size=9)
        elif typ == "lines":
            for it in content:
                f.text(it, "Helvetica", 9.5)
        f.space(8)

    if cols:
        lw, lh = cols
        L = Flow(c, 30, H - 140, lw, page_h=H)
        R = Flow(c, 30 + lw + 25, H - 140, W - lw - 85, page_h=H)
        for heading, typ, content in r["sections"]:
            if heading in lh:
                section(L, heading, typ, content)
        for heading, typ, content in r["sections"]:
            if heading not in lh:
                section(R, heading, typ, content)
    else:
        f = Flow(c, 40, H - 140, W - 80, page_h=H)
        for heading, typ, content in r["sections"]:
            section(f, heading, typ, content)
    c.save()


def pdf_timeline(r, path):
    o = r.get("opts", {})
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    f = Flow(c, 140, H - 50, W - 190, page_h=H)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, H - 60, r["name"])
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 76, "   ·   ".join(r.get("contact", [])))
    f.y = H - 105
    for heading, typ, content in r["sections"]:
        f.need(40)
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(colors.HexColor("#1D3557"))
        c.drawString(40, f.y - 13, heading)
        c.setFillColor(colors.black)
        f.y -= 22
        if typ == "entries":
            for e in content:
                f.need(40)
                y0 = f.y
                c.setFont("Helvetica-Bold", 9)
                c.setFillColor(colors.HexColor("#457B9D"))
                for i, part in enumerate(e.get("_margin", [e["_d"]])):
                    c.drawString(40, y0 - 10 - i * 11, part)
                c.setFillColor(colors.HexColor("#457B9D"))
                c.circle(128, y0 - 7, 3, fill=1, stroke=0)
                c.setFillColor(colors.black)
                f.text(e["title"], "Helvetica-Bold", 10.5)
                if e["organization"] or e["location"]:
                    f.text(orgloc(e, " · "), "Helvetica-Oblique", 9.5)
                if e.get("_prose"):
                    for b in e["bullets"]:
                        f.text(b, "Helvetica", 9.5)
                else:
                    f.bullets(e["bullets"], size=9.5, indent=0)
                c.setStrokeColor(colors.HexColor("#A8DADC"))
                c.line(128, y0 - 12, 128, max(f.y, f.bottom))
                f.space(8)
        elif typ == "text":
            f.text(content, "Helvetica", 9.5)
        elif typ == "list":
            f.bullets(content, size=9.5, indent=0)
        elif typ == "lines":
            for it in content:
                f.text(it, "Helvetica", 9.5)
        f.space(8)
    c.save()


def pdf_company_first(r, path):
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    f = Flow(c, 60, H - 50, W - 120, page_h=H)
    f.text(r["name"].upper(), "Helvetica-Bold", 18)
    f.text("  •  ".join(r.get("contact", [])), "Helvetica", 9, gap=10)
    for heading, typ, content in r["sections"]:
        f.need(40)
        f.text(heading.upper(), "Helvetica-Bold", 11, color=colors.HexColor("#7B2D26"))
        f.rule(colors.HexColor("#7B2D26"))
        if typ == "entries":
            prev = object()
            for e in content:
                if e["organization"] != prev:
                    f.space(3)
                    f.pair((e["organization"] or "").upper(), e.get("_gd") or (e["location"] or ""),
                           "Helvetica-Bold", "Helvetica", 10.5)
                prev = e["organization"]
                f.pair(e["title"], e["_d"], "Helvetica-Oblique", "Helvetica-Oblique", 10)
                f.bullets(e["bullets"], size=9.5)
                f.space(3)
        elif typ == "text":
            f.text(content, "Helvetica", 9.5)
        elif typ == "list":
            f.bullets(content, size=9.5)
        elif typ == "lines":
            for it in content:
                f.text(it, "Helvetica", 9.5)
        f.space(8)
    c.save()


# ---------------------------------------------------------------- fpdf2

def fpdf_classic(r, path):
    from fpdf import FPDF
    o = r.get("opts", {})
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 9, r["name"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for ln in r.get("contact", []):
        pdf.cell(0, 5, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, typ, content in r["sections"]:
        pdf.set_font("DV", "B", 11)
        pdf.set_fill_color(220, 220, 220)
        pdf.cell(0, 7, heading.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DV", "", 10)
        if typ == "entries":
            for e in content:
                if o.get("labels"):
                    for lab, val in (("Employer", orgloc(e)), ("Position", e["title"]), ("Period", e["_d"])):
                        pdf.set_font("DV", "B", 10)
                        pdf.cell(30, 5.5, lab + ":")
                        pdf.set_font("DV", "", 10)
                        pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
                    if e["bullets"]:
                        pdf.set_font("DV", "B", 10)
                        pdf.cell(0, 5.5, "Duties:", new_x="LMARGIN", new_y="NEXT")
                        pdf.set_font("DV", "", 10)
                else:
                    pdf.set_font("DV", "B", 10)
                    pdf.cell(120, 5.5, e["title"])
                    pdf.set_font("DV", "", 10)
                    pdf.cell(0, 5.5, e["_d"], align="R", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "I", 10)
                    pdf.cell(0, 5.5, orgloc(e), new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "", 10)
                for b in e["bullets"]:
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(0, 5, "\u2022 " + b, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        elif typ == "text":
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
        elif typ == "list":
            for it in content:
                pdf.multi_cell(0, 5, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
        elif typ in ("lines",):
            for it in content:
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
        elif typ == "kv":
            for k, v in content:
                pdf.set_font("DV", "B", 10)
                pdf.cell(45, 5.5, k)
                pdf.set_font("DV", "", 10)
                pdf.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for ln in r.get("footer", []):
        pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def fpdf_twocol(r, path):
    """right column = experience, left = narrow column with skills etc; fpdf2"""
    from fpdf import FPDF
    o = r.get("opts", {})
    pdf = FPDF(format="Letter")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DV", "B", 20)
    pdf.cell(0, 10, r["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, " | ".join(r.get("contact", [])), new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(10, 30, 205, 30)
    lw = o.get("left_w", 60)
    lx, rx = 10, 10 + lw + 8
    rw = 205 - rx
    side = o.get("side_sections", ())
    # left
    pdf.set_xy(lx, 34)
    for heading, typ, content in r["sections"]:
        if heading not in side:
            continue
        pdf.set_x(lx)
        pdf.set_font("DV", "B", 10)
        pdf.cell(lw, 6, heading.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        items = content if isinstance(content, list) else [content]
        for it in items:
            pdf.set_x(lx)
            pdf.multi_cell(lw, 4.3, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.line(rx - 4, 34, rx - 4, 270)
    pdf.set_xy(rx, 34)
    for heading, typ, content in r["sections"]:
        if heading in side:
            continue
        pdf.set_x(rx)
        pdf.set_font("DV", "B", 11)
        pdf.cell(rw, 6, heading.upper(), new_x="LMARGIN", new_y="NEXT")
        if typ == "entries":
            for e in content:
                pdf.set_x(rx)
                pdf.set_font("DV", "B", 10)
                pdf.cell(rw - 40, 5, e["title"])
                pdf.set_font("DV", "", 9)
                pdf.cell(40, 5, e["_d"], align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(rx)
                pdf.set_font("DV", "I", 9)
                pdf.cell(rw, 5, orgloc(e, " — "), new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9)
                for b in e["bullets"]:
                    pdf.set_x(rx + 3)
                    pdf.multi_cell(rw - 3, 4.3, "– " + b, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        else:
            pdf.set_font("DV", "", 9)
            items = content if isinstance(content, list) else [content]
            for it in items:
                pdf.set_x(rx)
                pdf.multi_cell(rw, 4.3, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(path)


STYLES = dict(pdf_sidebar=pdf_sidebar, pdf_latex=pdf_latex, pdf_canva=pdf_canva,
              pdf_timeline=pdf_timeline, pdf_company_first=pdf_company_first,
              fpdf_classic=fpdf_classic, fpdf_twocol=fpdf_twocol)
