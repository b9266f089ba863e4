"""PDF renderers: reportlab platypus (invariant=1) and fpdf2 (fixed creation date, DejaVu fonts)."""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from fpdf import FPDF, XPos, YPos
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from lib import drange, li_duration

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2026, 10, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
_registered = False


def _register_dejavu():
    global _registered
    if _registered:
        return
    for name, f in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"), ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + f))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                                  boldItalic="DejaVu-BoldOblique")
    _registered = True


def x(s):
    return escape(s or "")


def S(name, **kw):
    base = {} if "parent" in kw else dict(fontName="Helvetica", fontSize=10, leading=12.5)
    base.update(kw)
    return ParagraphStyle(name, **base)


def ttl(e):
    return e.title + e.x.get("suffix", "")


def orgtxt(e):
    return (e.org or "") + e.x.get("orgsuffix", "")


def work_and_vol(d):
    work = [e for e in d["entries"] if e.section != "volunteer"]
    vol = [e for e in d["entries"] if e.section == "volunteer"]
    return work, vol


def numbered_canvas(footer):
    """Canvas that knows the page count, so the footer can say 'Page x of y'."""
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                footer(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return NC


def rl_doc(path, d, size=letter, margins=(0.5 * inch,) * 4, **kw):
    l, r, t, b = margins
    return SimpleDocTemplate(path, pagesize=size, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                             invariant=1, title=f"{d['name']} – Résumé", author=d["name"], creator=kw.pop("creator", "Microsoft Word"), **kw)


def lr_table(rows, widths, style_cmds=()):
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)] + list(style_cmds)))
    return t


class Rule(Flowable):
    def __init__(self, width, thickness=0.6, color=colors.black, space=2):
        super().__init__()
        self.width, self.t, self.c, self.space = width, thickness, color, space

    def wrap(self, aw, ah):
        return self.width, self.t + self.space

    def draw(self):
        self.canv.setStrokeColor(self.c)
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.space / 2, self.width, self.space / 2)


class Bar(Flowable):
    """Skill bar for the Canva-style sidebar."""
    def __init__(self, width, level, fg, bg):
        super().__init__()
        self.width, self.level, self.fg, self.bg = width, level, fg, bg

    def wrap(self, aw, ah):
        return self.width, 9

    def draw(self):
        self.canv.setFillColor(self.bg)
        self.canv.roundRect(0, 2, self.width, 4, 2, stroke=0, fill=1)
        self.canv.setFillColor(self.fg)
        self.canv.roundRect(0, 2, self.width * self.level, 4, 2, stroke=0, fill=1)


# =====================================================================================  Jake's Resume (LaTeX)
def pdf_jake(d, path):
    W = letter[0] - 1.1 * inch - 12
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    name = S("name", fontName=FB, fontSize=24, leading=28, alignment=TA_CENTER)
    contact = S("contact", fontName=F, fontSize=10, leading=13, alignment=TA_CENTER)
    body = S("body", fontName=F, fontSize=10.5, leading=12.6)
    bold = S("bold", parent=body, fontName=FB, fontSize=11)
    right = S("right", parent=body, alignment=TA_RIGHT)
    it = S("it", parent=body, fontName=FI, fontSize=10)
    itr = S("itr", parent=it, alignment=TA_RIGHT)
    bul = S("bul", parent=body, fontSize=10, leading=12, leftIndent=22, bulletIndent=12, spaceAfter=0.5)
    story = [Paragraph(x(d["name"]), name), Spacer(1, 2), Paragraph(" | ".join(x(c) for c in d["contact"]), contact)]

    def heading(t):
        sc = f'<font size="13">{x(t[0])}</font><font size="10.5">{x(t[1:].upper())}</font>'
        return [Spacer(1, 8), Paragraph(sc, S("h", fontName=F, fontSize=13, leading=15)), Rule(W, 0.5, space=3), Spacer(1, 2)]

    def sub(tl, tr, bl, br, bullets):
        t = lr_table([[Paragraph(tl, bold), Paragraph(tr, right)], [Paragraph(bl, it), Paragraph(br, itr)]], [W * 0.7, W * 0.3])
        fl = [t] + [Paragraph(x(b), bul, bulletText="•") for b in bullets] + [Spacer(1, 4)]
        return KeepTogether(fl)

    def section(title, items):
        story.extend(heading(title))
        for it_ in items:
            if it_[0] == "edu":
                _, school, place, degree, dates = it_
                story.append(sub(x(school), x(place), x(degree), x(dates), []))
            elif it_[0] == "proj":
                _, head, dates, bl = it_
                n, tech = head.split(" | ")
                story.append(lr_table([[Paragraph(f"<b>{x(n)}</b> | <i>{x(tech)}</i>", body), Paragraph(x(dates), right)]], [W * 0.75, W * 0.25]))
                story.extend(Paragraph(x(b), bul, bulletText="•") for b in bl)
                story.append(Spacer(1, 3))
            elif it_[0] == "kv":
                story.append(Paragraph(f"<b>{x(it_[1])}</b>: {x(it_[2])}", S("kv", parent=body, leftIndent=6)))

    for t, items in d.get("before", []):
        section(t, items)
    story.extend(heading(d["exp_heading"]))
    for e in d["entries"]:
        story.append(sub(x(ttl(e)), x(drange(e, d["dstyle"], d["present"])), x(orgtxt(e)), x(e.loc), e.bullets))
    for t, items in d.get("after", []):
        section(t, items)
    doc = rl_doc(path, d, letter, (0.55 * inch, 0.55 * inch, 0.45 * inch, 0.45 * inch), creator="LaTeX with hyperref")
    doc.build(story)


# =====================================================================================  moderncv (LaTeX)
def pdf_moderncv(d, path):
    casual = d.get("variant") == "casual"
    accent = colors.HexColor("#E07B00") if casual else colors.HexColor("#3873B3")
    grey = colors.HexColor("#737373")
    W = A4[0] - 2 * 22 * mm - 12
    L = W * 0.22
    R = W - L - 8
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    body = S("b", fontName=F, fontSize=9.5, leading=12)
    small = S("s", parent=body, fontSize=9, leading=11.4)
    datest = S("d", parent=small, alignment=TA_RIGHT, textColor=grey)
    bul = S("bul", parent=small, leftIndent=10, bulletIndent=2, spaceAfter=1)
    story = []
    first, last = d["name"].rsplit(" ", 1)
    if casual:
        story.append(Paragraph(f'<font color="#555555">{x(first)}</font> <font name="{FB}" color="#E07B00">{x(last)}</font>',
                               S("n", fontName=F, fontSize=30, leading=34)))
        story.append(Paragraph(x(d["headline"]), S("hl", fontName=FI, fontSize=13, leading=16, textColor=grey)))
        story.append(Spacer(1, 4))
        story.append(Paragraph("  ·  ".join(x(c) for c in d["contact"]), S("c", parent=small, textColor=grey)))
    else:
        left = [Paragraph(x(d["name"]), S("n", fontName=F, fontSize=28, leading=32, textColor=colors.HexColor("#3D3D3D"))),
                Paragraph(x(d["headline"]), S("hl", fontName=F, fontSize=13, leading=16, textColor=grey))]
        right = [Paragraph(x(c), S("c", parent=small, alignment=TA_RIGHT, fontName=FI)) for c in d["contact"]]
        story.append(lr_table([[left, right]], [W * 0.62, W * 0.38]))
    story.append(Spacer(1, 10))

    def heading(t):
        bar = Table([[""]], colWidths=[L], rowHeights=[5])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), accent)]))
        row = lr_table([[bar, Paragraph(x(t), S("h", fontName=F, fontSize=14, leading=16, textColor=accent))]], [L + 8, R],
                       [("VALIGN", (0, 0), (0, 0), "MIDDLE")])
        return [Spacer(1, 6), row, Spacer(1, 5)]

    def cvrow(left, flows):
        return lr_table([[Paragraph(left, datest), flows]], [L, R], [("LEFTPADDING", (1, 0), (1, 0), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])

    if d.get("summary"):
        story.extend(heading(d["summary"][0]))
        story.append(cvrow("", [Paragraph(x(d["summary"][1]), body)]))
    work, vol = work_and_vol(d)
    story.extend(heading(d["exp_heading"]))
    for e in work + vol:
        parts = [f"<b>{x(ttl(e))}</b>", f"<i>{x(orgtxt(e))}</i>"]
        if e.loc:
            parts.append(x(e.loc))
        flows = [Paragraph(", ".join(parts) + ".", body)]
        if e.x.get("note"):
            flows.append(Paragraph(f'<font color="#737373">{x(e.x["note"])}</font>', small))
        flows += [Paragraph(x(b), bul, bulletText="•") for b in e.bullets]
        story.append(cvrow(x(drange(e, d["dstyle"], d["present"], d.get("sep", "–"))), flows))
    for t, items in d.get("after", []):
        story.extend(heading(t))
        for it_ in items:
            if it_[0] == "cv":
                _, dates, title, org, desc = it_
                fl = [Paragraph(f"<b>{x(title)}</b>, <i>{x(org)}</i>.", body)]
                if desc:
                    fl.append(Paragraph(x(desc), small))
                story.append(cvrow(x(dates), fl))
            else:
                _, label, text = it_
                story.append(cvrow(x(label), [Paragraph(x(text), small)]))
    doc = rl_doc(path, d, A4, (22 * mm, 22 * mm, 18 * mm, 18 * mm), creator="LaTeX with moderncv")
    doc.build(story)


# =====================================================================================  LinkedIn "Save to PDF"
def pdf_linkedin(d, path):
    PW, PH = letter
    side_w = 2.25 * inch
    grey = colors.HexColor("#737373")
    dark = colors.HexColor("#181818")
    side_bg = colors.HexColor("#F3F2EF")
    F, _FB = "Helvetica", "Helvetica-Bold"

    def footer(c, n, total):
        c.saveState()
        c.setFont(F, 9)
        c.setFillColor(grey)
        c.drawCentredString(PW / 2 + side_w / 2, 0.45 * inch, f"Page {n} of {total}")
        c.restoreState()

    def first_bg(c, doc):
        c.saveState()
        c.setFillColor(side_bg)
        c.rect(0, 0, side_w + 0.25 * inch, PH, stroke=0, fill=1)
        c.restoreState()

    side = Frame(0.35 * inch, 0.7 * inch, side_w - 0.2 * inch, PH - 1.2 * inch, id="side", showBoundary=0)
    main1 = Frame(side_w + 0.55 * inch, 0.7 * inch, PW - side_w - 1.0 * inch, PH - 1.2 * inch, id="main1")
    main2 = Frame(side_w + 0.55 * inch, 0.7 * inch, PW - side_w - 1.0 * inch, PH - 1.2 * inch, id="main2")
    doc = BaseDocTemplate(path, pagesize=letter, invariant=1, title="Resume", author="LinkedIn", creator="LinkedIn")
    doc.addPageTemplates([PageTemplate("first", [side, main1], onPage=first_bg), PageTemplate("later", [main2])])

    sh = S("sh", fontName=F, fontSize=13, leading=16, textColor=dark, spaceBefore=10, spaceAfter=4)
    st = S("st", fontName=F, fontSize=10, leading=13, textColor=dark)
    story = [Paragraph("Contact", sh)] + [Paragraph(x(c), st) for c in d["contact"]]
    story += [Paragraph("Top Skills", sh)] + [Paragraph(x(c), st) for c in d["top_skills"]]
    story += [Paragraph("Languages", sh)] + [Paragraph(x(c), st) for c in d["languages"]]
    if d.get("certs"):
        story += [Paragraph("Certifications", sh)] + [Paragraph(x(c), st) for c in d["certs"]]
    story += [NextPageTemplate("later"), FrameBreak()]

    mh = S("mh", fontName=F, fontSize=16, leading=20, textColor=dark, spaceBefore=14, spaceAfter=6)
    comp = S("comp", fontName=F, fontSize=12, leading=15, textColor=dark, spaceBefore=8)
    role = S("role", fontName=F, fontSize=11.5, leading=14, textColor=dark)
    meta = S("meta", fontName=F, fontSize=10.5, leading=13, textColor=grey)
    desc = S("desc", fontName=F, fontSize=10.5, leading=13.5, textColor=dark, spaceBefore=3, spaceAfter=4)
    story += [Paragraph(x(d["name"]), S("nm", fontName=F, fontSize=26, leading=31, textColor=dark)),
              Paragraph(x(d["headline"]), S("hl", fontName=F, fontSize=12, leading=15, textColor=dark, spaceBefore=4)),
              Paragraph(x(d["place"]), S("pl", fontName=F, fontSize=10.5, leading=13, textColor=grey, spaceBefore=4))]
    story += [Paragraph(x(d["summary"][0]), mh), Paragraph(x(d["summary"][1]), desc)]
    story.append(Paragraph("Experience", mh))
    groups = d.get("groups", {})
    seen = set()
    for e in d["entries"]:
        g = e.x.get("group")
        if g and g in groups:
            if g in seen:
                pass
            else:
                seen.add(g)
                members = [m for m in d["entries"] if m.x.get("group") == g]
                story.append(Paragraph(x(g), comp))
                story.append(Paragraph(li_duration(members[-1].start, members[0].end), meta))
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(x(e.org), comp))
        dates = f"{drange(e, 'month', 'Present', ' - ')} ({li_duration(e.start, e.end)})"
        story += [Paragraph(x(e.title), role), Paragraph(x(dates), meta), Paragraph(x(e.loc), meta)]
        story += [Paragraph(x(b), desc) for b in e.bullets]
    story.append(Paragraph("Education", mh))
    for school, line in d["education"]:
        story += [Paragraph(x(school), comp), Paragraph(x(line), meta)]
    doc.build(story, canvasmaker=numbered_canvas(footer))


# =====================================================================================  UK two-page CV with footer
def pdf_uk2page(d, path):
    W = A4[0] - 2 * 20 * mm - 12
    F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    body = S("b", fontName=F, fontSize=10.5, leading=14)
    bold = S("bb", parent=body, fontName=FB)
    right = S("r", parent=body, alignment=TA_RIGHT)
    it = S("i", parent=body, fontName=FI)
    bul = S("bul", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2)
    hd = S("h", fontName=FB, fontSize=12.5, leading=15, spaceBefore=12, textColor=colors.HexColor("#1F3864"))

    def footer(c, n, total):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 12 * mm, f"{d['name']} – Curriculum Vitae")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {n} of {total}")
        c.restoreState()

    story = [Paragraph(x(d["name"]), S("n", fontName=FB, fontSize=22, leading=26, alignment=TA_CENTER)),
             Paragraph(" | ".join(x(c) for c in d["contact"]), S("c", parent=body, fontSize=9.5, alignment=TA_CENTER)),
             Spacer(1, 4), Rule(W, 1, colors.HexColor("#1F3864"))]

    def heading(t):
        return [Paragraph(x(t.upper()), hd), Rule(W, 0.5, colors.HexColor("#1F3864")), Spacer(1, 3)]

    story += heading(d["summary"][0]) + [Paragraph(x(d["summary"][1]), body)]
    story += heading("Key Skills")
    ks = d["key_skills"]
    half = (len(ks) + 1) // 2
    rows = [[Paragraph(x(ks[i]), bul, bulletText="•"), Paragraph(x(ks[i + half]), bul, bulletText="•") if i + half < len(ks) else ""]
            for i in range(half)]
    story.append(lr_table(rows, [W / 2, W / 2]))

    def entry(e):
        fl = [lr_table([[Paragraph(x(ttl(e)), bold), Paragraph(x(drange(e, d["dstyle"], d["present"])), right)]], [W * 0.68, W * 0.32]),
              Paragraph(x(orgtxt(e)) + (", " + x(e.loc) if e.loc else ""), it)]
        if e.x.get("note"):
            fl.append(Paragraph(x(e.x["note"]), S("nt", parent=body, fontSize=9.5, textColor=colors.HexColor("#444444"))))
        fl.append(Spacer(1, 2))
        fl += [Paragraph(x(b), bul, bulletText="•") for b in e.bullets]
        fl.append(Spacer(1, 7))
        return KeepTogether(fl)

    work, vol = work_and_vol(d)
    story += heading(d["exp_heading"]) + [entry(e) for e in work]
    if vol:
        story += heading(d.get("vol_heading", "Volunteering")) + [entry(e) for e in vol]
    for t, items in d.get("after", []):
        story += heading(t)
        for kind, text in items:
            story.append(Paragraph(x(text), bul, bulletText="•") if kind == "line" else Paragraph(x(text), body))
    doc = rl_doc(path, d, A4, (20 * mm, 20 * mm, 16 * mm, 22 * mm), creator="Microsoft® Word for Microsoft 365")
    doc.build(story, canvasmaker=numbered_canvas(footer))


# =====================================================================================  LaTeX article class
def pdf_latex_article(d, path):
    W = letter[0] - 2 * 0.8 * inch - 12
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    body = S("b", fontName=F, fontSize=11, leading=13.5)
    right = S("r", parent=body, alignment=TA_RIGHT)
    it = S("i", parent=body, fontName=FI, fontSize=10.5)
    bul = S("bul", parent=body, fontSize=10.5, leading=13, leftIndent=24, bulletIndent=12, spaceAfter=1)
    story = [Paragraph(x(d["name"].upper()), S("n", fontName=F, fontSize=20, leading=24, alignment=TA_CENTER)),
             Spacer(1, 3), Paragraph(" \u00b7 ".join(x(c) for c in d["contact"]), S("c", parent=body, fontSize=10.5, alignment=TA_CENTER))]

    def heading(t):
        sc = f'<font size="12.5">{x(t[0])}</font><font size="9.8">{x(t[1:].upper())}</font>'
        return [Spacer(1, 9), Paragraph(sc, S("h", fontName=FB, fontSize=12.5, leading=14)), Rule(W, 0.4, space=3), Spacer(1, 3)]

    story += heading(d["summary"][0]) + [Paragraph(x(d["summary"][1]), body)]
    story += heading(d["exp_heading"])
    for e in d["entries"]:
        head = f"<b>{x(ttl(e))}</b>, {x(orgtxt(e))}"
        story.append(KeepTogether([lr_table([[Paragraph(head, body), Paragraph(x(drange(e, d['dstyle'], d['present'])), right)]], [W * 0.74, W * 0.26]),
                                   Paragraph(x(e.loc), it)] + [Paragraph(x(b), bul, bulletText="•") for b in e.bullets] + [Spacer(1, 5)]))
    for t, items in d.get("after", []):
        story += heading(t)
        for it_ in items:
            if it_[0] == "edu":
                _, school, place, degree, dates = it_
                story.append(lr_table([[Paragraph(f"<b>{x(school)}</b>, {x(place)}", body), Paragraph(x(dates), right)]], [W * 0.74, W * 0.26]))
                story.append(Paragraph(x(degree), it))
                story.append(Spacer(1, 3))
            else:
                story.append(Paragraph(f"<b>{x(it_[1])}:</b> {x(it_[2])}", body))
    doc = rl_doc(path, d, letter, (0.8 * inch, 0.8 * inch, 0.7 * inch, 0.7 * inch), creator="LaTeX with hyperref")
    doc.build(story)


# =====================================================================================  Canva-style sidebar (DejaVu)
def pdf_canva(d, path):
    _register_dejavu()
    PW, PH = A4
    SW = 68 * mm
    bg = colors.HexColor("#23404B")
    accent = colors.HexColor("#E0A458")
    F, FB = "DejaVu", "DejaVu-Bold"

    def page(c, doc):
        c.saveState()
        c.setFillColor(bg)
        c.rect(0, 0, SW, PH, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#D9E2E5"))
        c.circle(SW / 2, PH - 40 * mm, 20 * mm, stroke=0, fill=1)
        c.setFillColor(bg)
        c.setFont(FB, 26)
        initials = "".join(p[0] for p in d["name"].split())
        c.drawCentredString(SW / 2, PH - 43 * mm, initials)
        c.restoreState()

    side = Frame(8 * mm, 12 * mm, SW - 16 * mm, PH - 75 * mm, id="side")
    main = Frame(SW + 9 * mm, 12 * mm, PW - SW - 18 * mm, PH - 24 * mm, id="main")
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=f"{d['name']} Resume", author=d["name"], creator="Canva")
    doc.addPageTemplates([PageTemplate("p", [side, main], onPage=page)])
    wh = colors.white
    sh = S("sh", fontName=FB, fontSize=11.5, leading=14, textColor=accent, spaceBefore=10, spaceAfter=4)
    st = S("st", fontName=F, fontSize=9, leading=12, textColor=wh)
    story = [Paragraph("CONTACT", sh)] + [Paragraph(x(c), st) for c in d["contact"]]
    story += [Paragraph("SKILLS", sh)]
    for name, lvl in d["skills"]:
        story += [Paragraph(x(name), st), Bar(SW - 16 * mm, lvl, accent, colors.HexColor("#4E6A74"))]
    story += [Paragraph("LANGUAGES", sh)] + [Paragraph(x(c), st) for c in d["languages"]]
    story.append(FrameBreak())
    mw = PW - SW - 18 * mm - 12
    body = S("b", fontName=F, fontSize=9.3, leading=12.3, textColor=colors.HexColor("#222222"))
    mh = S("mh", fontName=FB, fontSize=13, leading=16, textColor=bg, spaceBefore=10, spaceAfter=2)
    bul = S("bul", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=1)
    story += [Paragraph(x(d["name"].upper()), S("n", fontName=FB, fontSize=26, leading=30, textColor=bg)),
              Paragraph(x(d["headline"]), S("hl", fontName=F, fontSize=12, leading=15, textColor=colors.HexColor("#B07A30"))),
              Spacer(1, 6), Paragraph(x(d["summary"][0].upper()), mh), Rule(mw, 1.2, accent, 4), Paragraph(x(d["summary"][1]), body)]
    work, vol = work_and_vol(d)

    def entry(e):
        return KeepTogether([Paragraph(f"<b>{x(ttl(e))}</b>", S("t", parent=body, fontSize=10.5, leading=13, spaceBefore=5)),
                             Paragraph(f'<font color="#B07A30">{x(orgtxt(e))} | {x(e.loc)}</font>', body),
                             Paragraph(f"<i>{x(drange(e, d['dstyle'], d['present']))}</i>", S("dt", parent=body, textColor=colors.HexColor("#666666")))]
                            + [Paragraph(x(b), bul, bulletText="•") for b in e.bullets])
    story += [Paragraph(x(d["exp_heading"].upper()), mh), Rule(mw, 1.2, accent, 4)] + [entry(e) for e in work]
    if vol:
        story += [Paragraph("VOLUNTEERING", mh), Rule(mw, 1.2, accent, 4)] + [entry(e) for e in vol]
    for t, items in d.get("after", []):
        story += [Paragraph(x(t.upper()), mh), Rule(mw, 1.2, accent, 4)] + [Paragraph(x(i), body) for i in items]
    doc.build(story)


# =====================================================================================  Functional résumé
def pdf_functional(d, path):
    W = letter[0] - 2 * 0.75 * inch - 12
    F, FB, _FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    body = S("b", fontName=F, fontSize=10.5, leading=13.5)
    right = S("r", parent=body, alignment=TA_RIGHT)
    bul = S("bul", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=1.5)
    hd = S("h", fontName=FB, fontSize=11.5, leading=14, spaceBefore=12, spaceAfter=2)
    story = [Paragraph(x(d["name"].upper()), S("n", fontName=FB, fontSize=19, leading=23, alignment=TA_CENTER)),
             Paragraph("  •  ".join(x(c) for c in d["contact"]), S("c", parent=body, fontSize=10, alignment=TA_CENTER)),
             Spacer(1, 3), Rule(W, 1.2)]

    def heading(t):
        return [Paragraph(x(t.upper()), hd), Rule(W, 0.4, space=3)]

    story += heading(d["summary"][0]) + [Paragraph(x(b), bul, bulletText="•") for b in d["summary"][1]]
    story += heading("Relevant Skills & Accomplishments")
    for g, items in d["skill_groups"]:
        story.append(Paragraph(f"<b>{x(g)}</b>", S("g", parent=body, spaceBefore=5)))
        story += [Paragraph(x(b), bul, bulletText="•") for b in items]
    story += heading(d["exp_heading"])
    rows = []
    for e in d["entries"]:
        rows.append([Paragraph(f"<b>{x(ttl(e))}</b>, {x(orgtxt(e))}, {x(e.loc)}", body),
                     Paragraph(x(drange(e, "mon", "Present")), right)])
    story.append(lr_table(rows, [W * 0.78, W * 0.22], [("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    for t, items in d.get("after", []):
        story += heading(t) + [Paragraph(x(i), body) for i in items]
    doc = rl_doc(path, d, letter, (0.75 * inch,) * 4, creator="Microsoft® Word 2019")
    doc.build(story)


# =====================================================================================  fpdf2 renderers
class _FP(FPDF):
    footer_left = None

    def footer(self):
        if not self.footer_left:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _fpdf(fmt, d, creator):
    pdf = _FP(format=fmt, unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator(creator)
    pdf.set_title(f"{d['name']} Resume")
    pdf.set_author(d["name"])
    for style, f in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")]:
        pdf.add_font("DejaVu", style, FONT_DIR + f)
    return pdf


def _bullet(pdf, text, size=9.5, h=4.8, indent=5):
    pdf.set_font("DejaVu", "", size)
    x0 = pdf.l_margin
    pdf.set_x(x0 + indent - 3.5)
    pdf.cell(3.5, h, "•")
    pdf.multi_cell(pdf.w - pdf.r_margin - (x0 + indent), h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_indeed(d, path):
    pdf = _fpdf("letter", d, "Indeed")
    pdf.set_margins(19, 17, 19)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 21)
    pdf.cell(0, 10, d["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    for line in [d["place"]] + d["contact"]:
        pdf.cell(0, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    if d.get("headline"):
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(0, 5.2, d["headline"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(t):
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(0, 8, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2.5)

    heading("Work Experience")
    for e in d["entries"]:
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.multi_cell(0, 6, ttl(e), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(0, 5.2, f"{e.org} - {e.loc}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(100, 100, 100)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 5.2, drange(e, d["dstyle"], d["present"], d["sep"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        for b in e.bullets:
            _bullet(pdf, b, 10, 5)
        pdf.ln(3.5)
    heading("Education")
    for deg, school, dates in d["education"]:
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.cell(0, 6, deg, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(0, 5.2, school, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(0, 5.2, dates, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
    heading("Skills")
    for s in d["skills"]:
        _bullet(pdf, s, 10, 5)
    heading("Certifications and Licenses")
    for c, dates in d["certs"]:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 5.5, c, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if dates:
            pdf.set_font("DejaVu", "", 10)
            pdf.set_text_color(100, 100, 100)
            pdf.cell(0, 5, dates, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
    heading("Additional Information")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, d["additional"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


def pdf_au2page(d, path):
    pdf = _fpdf("A4", d, "Microsoft Word")
    pdf.footer_left = f"{d['name']} – Résumé"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    teal = (0, 102, 112)
    pdf.set_font("DejaVu", "B", 24)
    pdf.set_text_color(*teal)
    pdf.cell(0, 11, d["name"].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5.5, "   |   ".join(d["contact"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    def heading(t):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(5)
        pdf.set_font("DejaVu", "B", 12.5)
        pdf.set_text_color(*teal)
        pdf.cell(0, 7, t.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.5)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)

    heading(d["summary"][0])
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.3, d["summary"][1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("Key Skills")
    for s in d["key_skills"]:
        _bullet(pdf, s, 10, 5.3)

    def entry(e):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(120, 6, ttl(e))
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 6, drange(e, d["dstyle"], d["present"]), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "I", 10)
        pdf.cell(0, 5.5, f"{orgtxt(e)}, {e.loc}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for b in e.bullets:
            _bullet(pdf, b, 10, 5.3)
        pdf.ln(3)

    work, vol = work_and_vol(d)
    heading(d["exp_heading"])
    for e in work:
        entry(e)
    heading(d["vol_heading"])
    for e in vol:
        entry(e)
    for t, items in d["after"]:
        heading(t)
        for i in items:
            _bullet(pdf, i, 10, 5.3)
    pdf.output(path)
