"""Shared rendering + gold helpers for the wild4 résumé corpus.

A résumé is defined once (see dev_defs.py / test_defs.py) as an R(...) object
holding header text, sections and E(...) entries.  The same definition renders
the file (txt/md/docx/pdf) and its gold JSON line.
"""
import json
import os
import textwrap
from pathlib import Path

AS_OF = "2026-11"
KINDS = {
    "ip": "in_person_service", "cc": "contact_center", "ds": "digital_service",
    "sa": "sales_account", "hc": "healthcare_care", "ed": "education",
    "vo": "volunteering", "ef": "entrepreneurial_freelance",
    "is": "internal_support", "of": "other_facing",
}

# ----------------------------------------------------------------- model

class E:
    """One experience entry (also its gold)."""

    def __init__(self, t, o, l, s, e, cs, b=(), d=None, sec="work", et=None,
                 prec="auto", para=False, pb=None, hdr=None, note=None, x=()):
        self.t, self.o, self.l, self.s, self.e = t, o, l, s, e
        if cs.startswith("F:"):
            self.cs, self.kind = "facing", KINDS[cs[2:]]
        else:
            self.cs, self.kind = {"A": "affecting", "N": "none"}[cs], None
        self.b = list(b)
        self.d = d
        self.sec = sec
        self.et = et or {"volunteer": "volunteer"}.get(sec, "paid")
        if prec == "auto":
            prec = None if s is None else ("month" if len(s) == 7 else "year")
        self.prec = prec
        self.para = para      # render bullets as one paragraph
        self.pb = pb          # page break after bullet index pb
        self.hdr = hdr        # explicit header lines (list) overriding template
        self.note = note
        self.x = list(x)      # extra header lines (not duties)

    def gold(self):
        return {"title": self.t, "organization": self.o, "location": self.l,
                "start": self.s, "end": self.e, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et,
                "bullets": [" ".join(self.b)] if (self.para and self.b) else self.b,
                "cs": self.cs, "kind": self.kind}


class G:
    """Employer with several roles under it (promotions)."""

    def __init__(self, o, l, roles, d=None):
        self.o, self.l, self.roles, self.d = o, l, roles, d


class R:
    def __init__(self, file, family, head, sections, fmt=None, layout="plain",
                 tpl=("{t}", "{ol}", "{d}"), gtpl=("{o}, {l}",), rtpl=("{t}  {d}",),
                 df="mon", pw="Present", hs="caps", bullet="•", side=(),
                 header=None, footer=None, unsure=(), wrap=0, sidebar="left",
                 dash=" – "):
        self.file, self.family, self.head, self.sections = file, family, head, sections
        self.layout, self.tpl, self.gtpl, self.rtpl = layout, tpl, gtpl, rtpl
        self.df, self.pw, self.hs, self.bullet, self.side = df, pw, hs, bullet, side
        self.header, self.footer, self.unsure, self.wrap = header, footer, unsure, wrap
        self.sidebar, self.dash = sidebar, dash

    def entries(self):
        out = []
        for _, items in self.sections:
            for it in items:
                if isinstance(it, E):
                    out.append(it)
                elif isinstance(it, G):
                    out.extend(it.roles)
        return out

    def gold(self):
        ents = self.entries()
        return {"file": self.file, "family": self.family, "as_of": AS_OF,
                "entries": [e.gold() for e in ents],
                "total_months": months(ents), "cs_months": months([e for e in ents if e.cs == "facing"])}

# ----------------------------------------------------------------- months

def _idx(v, end):
    if v == "present":
        v = AS_OF
    y = int(v[:4])
    m = int(v[5:7]) if len(v) >= 7 else (12 if end else 1)
    return y * 12 + m - 1


def months(ents):
    cap = _idx(AS_OF, True)
    seen = set()
    for e in ents:
        if e.s is None:
            continue
        a = _idx(e.s, False)
        b = _idx(e.e if e.e else e.s, True)
        b = min(b, cap)
        seen.update(range(a, b + 1))
    return len(seen)

# ----------------------------------------------------------------- dates
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()
FR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
ES = "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.".split()
DE = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()


def fmt1(v, df, pw):
    if v is None:
        return ""
    if v == "present":
        return pw
    y = v[:4]
    if len(v) == 4:
        return y
    m = int(v[5:7])
    return {
        "mon": f"{MON[m-1]} {y}", "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}", "dot": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}", "fr": f"{FR[m-1]} {y}", "es": f"{ES[m-1]} {y}",
        "de": f"{DE[m-1]} {y}", "apos": f"{MON[m-1]} '{y[2:]}",
        "MON": f"{MON[m-1].upper()} {y}", "mm.yyyy": f"{m:02d}.{y}",
    }[df]


def dstr(r, e):
    if e.d is not None:
        return e.d
    if e.s is None:
        return ""
    if e.e == e.s and e.prec == "year":
        return e.s
    return f"{fmt1(e.s, r.df, r.pw)}{r.dash}{fmt1(e.e, r.df, r.pw)}"


def fill(tpl, r, e=None, g=None):
    """Fill a template line; returns '' if a required field is empty."""
    o = (e.o if e else g.o) or ""
    l = (e.l if e else g.l) or ""
    d = dstr(r, e) if e else (g.d or "")
    t = e.t if e else ""
    ol = ", ".join(x for x in (o, l) if x)
    vals = {"t": t, "o": o, "l": l, "d": d, "ol": ol,
            "T": t.upper(), "O": o.upper()}
    s = tpl
    for k, v in vals.items():
        s = s.replace("{" + k + "}", v)
    # tidy around empty fields
    if "  " not in tpl:
        s = " ".join(s.split())
    for junk, rep in (("|  |", "|"), ("| |", "|"), (" / / ", " / "), ("·  ·", "·"), ("· ·", "·"),
                      ("—  —", "—"), ("— —", "—"), ("(  )", ""), ("()", ""), ("[]", ""), (" ,", ","), (",,", ",")):
        s = s.replace(junk, rep)
    s = s.rstrip()
    s = s.strip(" |,–-—·")
    return s


def entry_lines(r, e, role=False):
    """[(kind, text)] with kind h=header, s=sub, b=bullet, p=paragraph."""
    if e.hdr is not None:
        hl = list(e.hdr)
    else:
        hl = [fill(x, r, e) for x in (r.rtpl if role else r.tpl)]
        hl = [x for x in hl if x]
    out = [("h", hl[0])] + [("s", x) for x in hl[1:]] if hl else []
    out += [("s", x) for x in e.x]
    if e.para and e.b:
        out.append(("p", " ".join(e.b)))
    else:
        for i, b in enumerate(e.b):
            out.append(("b", b))
            if e.pb is not None and i == e.pb:
                out.append(("pb", ""))
    return out


def heading(text, style, n=0):
    if style == "caps":
        return [text.upper()]
    if style == "eq":
        return [text, "=" * len(text)]
    if style == "dash":
        return [text.upper(), "-" * len(text)]
    if style == "num":
        return [f"{n}. {text}"]
    if style == "arrow":
        return [f"▶ {text.upper()}"]
    if style == "spaced":
        return [" ".join(text.upper())]
    if style == "colon":
        return [text + ":"]
    if style == "bracket":
        return [f"[ {text.upper()} ]"]
    if style == "star":
        return [f"*** {text} ***"]
    if style == "box":
        return ["+" + "-" * (len(text) + 2) + "+", f"| {text.upper()} |", "+" + "-" * (len(text) + 2) + "+"]
    if style == "tilde":
        return [f"~~ {text} ~~"]
    return [text]

# ----------------------------------------------------------------- TXT / MD

def _wrap(s, w, indent=""):
    if not w:
        return [indent + s]
    return textwrap.wrap(s, w, initial_indent=indent, subsequent_indent=" " * len(indent)) or [indent]


def render_txt(r, path):
    L = []
    L.extend(r.head)
    L.append("")
    n = 0
    for title, items in r.sections:
        n += 1
        L.append("")
        L.extend(heading(title, r.hs, n))
        if r.hs not in ("eq", "dash", "box"):
            L.append("")
        for it in items:
            if isinstance(it, str):
                L.extend(_wrap(it, r.wrap) if it else [""])
                continue
            if isinstance(it, G):
                gl = [fill(x, r, g=it) for x in r.gtpl]
                L.extend(x for x in gl if x)
                for role in it.roles:
                    L.extend(_txt_entry(r, role, True))
                L.append("")
                continue
            L.extend(_txt_entry(r, it))
            L.append("")
    if r.footer:
        L += ["", r.footer]
    txt = "\n".join(L).rstrip() + "\n"
    if r.header:
        # simulate a two-page export with repeated running header
        parts = txt.split("\f")
        txt = ("\n\f" + r.header + "\n\n").join(parts)
        txt = r.header + "\n\n" + txt
    Path(path).write_text(txt, encoding="utf-8")


def _txt_entry(r, e, role=False):
    out = []
    for k, s in entry_lines(r, e, role):
        if k == "h" or k == "s":
            out.append(("  " if role else "") + s)
        elif k == "b":
            out.extend(_wrap(s, r.wrap, ("    " if role else "  ") + r.bullet + " " if r.bullet else "  "))
        elif k == "p":
            out.extend(_wrap(s, r.wrap or 90))
        elif k == "pb":
            out.append("\f")
    return out


def render_md(r, path):
    L = []
    L.extend(r.head)
    L.append("")
    lvl = {"h2": "## ", "h3": "### ", "h1": "# "}.get(r.hs, "## ")
    for title, items in r.sections:
        if r.hs == "bold":
            L += ["", f"**{title.upper()}**", ""]
        elif r.hs == "setext":
            L += ["", title, "-" * len(title), ""]
        else:
            L += ["", lvl + title, ""]
        for it in items:
            if isinstance(it, str):
                L.append(it)
                continue
            if isinstance(it, G):
                gl = [fill(x, r, g=it) for x in r.gtpl]
                L.append(f"### {gl[0]}")
                L.extend(x + "  " for x in gl[1:] if x)
                L.append("")
                for role in it.roles:
                    L.extend(_md_entry(r, role, True))
                continue
            L.extend(_md_entry(r, it))
    Path(path).write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")


def _md_entry(r, e, role=False):
    out = []
    for k, s in entry_lines(r, e, role):
        if k == "h":
            lv = "#### " if (role or r.hs == "h3") else "### "
            out.append(lv + s if r.layout != "md_bold" else f"**{s}**  ")
        elif k == "s":
            out.append(f"*{s}*  " if r.layout != "md_plain" else s + "  ")
        elif k == "b":
            out.append(f"{r.bullet} {s}")
        elif k == "p":
            out.append("")
            out.append(s)
    out.append("")
    return out

# ----------------------------------------------------------------- DOCX

def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = {"docx_table": "Calibri", "docx_nested": "Arial", "docx_kv": "Times New Roman"}.get(r.layout, "Cambria")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if r.header:
        sec.header.paragraphs[0].text = r.header
    if r.footer:
        sec.footer.paragraphs[0].text = r.footer
    for i, h in enumerate(r.head):
        p = doc.add_paragraph()
        run = p.add_run(h)
        if i == 0:
            run.bold = True
            run.font.size = Pt(18)
    n = 0

    def add_heading(title):
        nonlocal n
        n += 1
        if r.hs == "style":
            doc.add_heading(title, level=1)
            return
        for line in heading(title, r.hs, n):
            p = doc.add_paragraph()
            run = p.add_run(line)
            run.bold = True
            if r.hs in ("caps", "spaced"):
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            if r.hs == "underline":
                run.underline = True

    def add_lines(container, lines, role=False):
        for k, s in lines:
            if k == "pb":
                container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                continue
            if k == "b" and r.bullet == "style":
                p = container.add_paragraph(style="List Bullet")
                p.add_run(s)
                continue
            p = container.add_paragraph()
            if k == "b":
                p.add_run(f"{r.bullet}\t{s}" if r.bullet else s)
                p.paragraph_format.left_indent = Cm(0.6)
            else:
                run = p.add_run(s)
                run.bold = k == "h"
                run.italic = k == "s" and r.layout == "docx_plain"

    if r.layout in ("docx_table", "docx_kv"):
        # dates (or labels) column on the left
        for title, items in r.sections:
            add_heading(title)
            ents = [it for it in items if not isinstance(it, str)]
            strs = [it for it in items if isinstance(it, str)]
            for s in strs:
                doc.add_paragraph(s)
            if not ents:
                continue
            tbl = doc.add_table(rows=0, cols=2)
            if r.layout == "docx_kv":
                tbl.style = "Table Grid"
            for it in ents:
                roles = it.roles if isinstance(it, G) else [it]
                if isinstance(it, G):
                    row = tbl.add_row().cells
                    row[0].text = it.d or ""
                    row[1].text = ""
                    row[1].paragraphs[0].add_run(fill(r.gtpl[0], r, g=it)).bold = True
                for e in roles:
                    row = tbl.add_row().cells
                    row[0].text = dstr(r, e)
                    row[1].text = ""
                    lines = entry_lines(r, e, isinstance(it, G))
                    first = row[1].paragraphs[0]
                    first.add_run(lines[0][1]).bold = True
                    add_lines(row[1], lines[1:])
            for row in tbl.rows:
                row.cells[0].width = Cm(3.5)
                row.cells[1].width = Cm(13.5)
    elif r.layout == "docx_nested":
        outer = doc.add_table(rows=0, cols=2)
        outer.style = "Table Grid"
        for title, items in r.sections:
            row = outer.add_row().cells
            row[0].text = title.upper()
            row[1].text = ""
            for it in items:
                if isinstance(it, str):
                    row[1].add_paragraph(it)
                    continue
                roles = it.roles if isinstance(it, G) else [it]
                if isinstance(it, G):
                    row[1].add_paragraph().add_run(fill(r.gtpl[0], r, g=it)).bold = True
                for e in roles:
                    inner = row[1].add_table(rows=1, cols=2)
                    c = inner.rows[0].cells
                    lines = entry_lines(r, e, isinstance(it, G))
                    c[0].text = lines[0][1]
                    c[1].text = dstr(r, e)
                    add_lines(row[1], lines[1:])
    else:
        for title, items in r.sections:
            add_heading(title)
            for it in items:
                if isinstance(it, str):
                    doc.add_paragraph(it)
                    continue
                if isinstance(it, G):
                    for x in r.gtpl:
                        s = fill(x, r, g=it)
                        if s:
                            doc.add_paragraph().add_run(s).bold = True
                    for e in it.roles:
                        add_lines(doc, entry_lines(r, e, True), True)
                    continue
                add_lines(doc, entry_lines(r, it))
    doc.save(path)

# ----------------------------------------------------------------- PDF (reportlab)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
        return True
    except Exception:
        return False


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, FrameBreak, NextPageTemplate, PageBreak,
                                    Table, TableStyle, KeepTogether)
    ok = _rl_fonts()
    serif = r.layout in ("pdf_serif", "pdf_datecol")
    F = ("DVS" if serif else "DV") if ok else "Helvetica"
    FB = ("DVSB" if serif else "DVB") if ok else "Helvetica-Bold"
    size = LETTER if r.layout in ("pdf_classic", "pdf_federal") else A4
    W, H = size
    base = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.5)
    hst = ParagraphStyle("h", parent=base, fontName=FB, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3,
                         textColor=colors.HexColor("#1b3b6f"))
    eh = ParagraphStyle("eh", parent=base, fontName=FB, spaceBefore=5)
    sub = ParagraphStyle("s", parent=base, textColor=colors.HexColor("#444444"))
    bul = ParagraphStyle("bu", parent=base, leftIndent=12, firstLineIndent=-8)
    name = ParagraphStyle("n", parent=base, fontName=FB, fontSize=18, leading=22)

    def flow_entry(e, role=False, bucket=None):
        fl = []
        for k, s in entry_lines(r, e, role):
            if k == "h":
                fl.append(Paragraph(_esc(s), eh))
            elif k == "s":
                fl.append(Paragraph(_esc(s), sub))
            elif k == "b":
                fl.append(Paragraph(_esc((r.bullet + " " if r.bullet else "") + s), bul))
            elif k == "p":
                fl.append(Paragraph(_esc(s), base))
            elif k == "pb":
                fl.append(PageBreak())
        return fl

    def flow_section(title, items, n):
        fl = []
        for line in heading(title, r.hs if r.hs not in ("eq", "dash", "box") else "caps", n):
            fl.append(Paragraph(_esc(line), hst))
        for it in items:
            if isinstance(it, str):
                fl.append(Paragraph(_esc(it), base))
            elif isinstance(it, G):
                for x in r.gtpl:
                    s = fill(x, r, g=it)
                    if s:
                        fl.append(Paragraph(_esc(s), eh))
                for e in it.roles:
                    fl.extend(flow_entry(e, True))
            elif r.layout == "pdf_datecol":
                lines = flow_entry(it)
                t = Table([[Paragraph(_esc(dstr(r, it)), sub), lines]], colWidths=[32 * mm, W - 40 * mm - 32 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                fl.append(t)
            else:
                fl.extend(flow_entry(it))
        return fl

    def deco(c, doc):
        c.saveState()
        c.setFont(F, 7.5)
        if r.header:
            c.drawString(20 * mm, H - 12 * mm, r.header)
        if r.footer:
            c.drawCentredString(W / 2, 10 * mm, r.footer.replace("{page}", str(doc.page)))
        if r.layout == "pdf_twocol":
            c.setFillColor(colors.HexColor("#eef1f5"))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=r.head[0], author=r.head[0])
    full = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 36 * mm, id="full")
    story = [Paragraph(_esc(r.head[0]), name)] + [Paragraph(_esc(h), base) for h in r.head[1:]]
    if r.layout == "pdf_twocol":
        sw = 58 * mm
        gap = 6 * mm
        if r.sidebar == "left":
            sf = Frame(12 * mm, 15 * mm, sw, H - 30 * mm, id="side")
            mf = Frame(12 * mm + sw + gap, 15 * mm, W - 24 * mm - sw - gap, H - 30 * mm, id="main")
        else:
            mf = Frame(12 * mm, 15 * mm, W - 24 * mm - sw - gap, H - 30 * mm, id="main")
            sf = Frame(W - 12 * mm - sw, 15 * mm, sw, H - 30 * mm, id="side")
        doc.addPageTemplates([PageTemplate("first", [sf, mf], onPage=deco),
                              PageTemplate("later", [Frame(15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm)], onPage=deco)])
        side_story = list(story)
        main_story = []
        n = 0
        for title, items in r.sections:
            n += 1
            (side_story if title in r.side else main_story).extend(flow_section(title, items, n))
        story = [NextPageTemplate("later")] + side_story + [FrameBreak()] + main_story
    else:
        doc.addPageTemplates([PageTemplate("p", [full], onPage=deco)])
        story.append(Spacer(1, 4))
        n = 0
        for title, items in r.sections:
            n += 1
            story.extend(flow_section(title, items, n))
    doc.build(story)

# ----------------------------------------------------------------- PDF (fpdf2)

def render_pdf_fpdf(r, path):
    from fpdf import FPDF
    rr = r

    class P(FPDF):
        def header(self):
            if rr.header:
                self.set_font(self.fb, size=7)
                self.set_text_color(120)
                self.cell(0, 5, rr.header, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0)
                self.ln(2)

        def footer(self):
            if rr.footer:
                self.set_y(-12)
                self.set_font(self.fb, size=7)
                self.cell(0, 5, rr.footer.replace("{page}", str(self.page_no())), align="C")

    pdf = P(format="A4")
    try:
        pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        pdf.fb = "DV"
    except Exception:
        pdf.fb = "Helvetica"
    pdf.set_auto_page_break(True, 15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font(pdf.fb, "B", 16)
    pdf.multi_cell(0, 8, r.head[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.fb, "", 9)
    for h in r.head[1:]:
        pdf.multi_cell(0, 4.6, h, new_x="LMARGIN", new_y="NEXT")
    n = 0

    def line(s, bold=False, indent=0, size=9.5, h=5):
        pdf.set_font(pdf.fb, "B" if bold else "", size)
        pdf.set_x(18 + indent)
        pdf.multi_cell(0, h, s, new_x="LMARGIN", new_y="NEXT")

    def ent(e, role=False):
        ind = 4 if role else 0
        lines = entry_lines(r, e, role)
        if r.layout == "fpdf_right":
            # title left, dates right-aligned on the same row
            pdf.set_font(pdf.fb, "B", 10)
            pdf.ln(1.5)
            pdf.set_x(18 + ind)
            pdf.cell(120, 5.5, lines[0][1])
            pdf.set_font(pdf.fb, "", 9)
            pdf.cell(0, 5.5, dstr(r, e), align="R", new_x="LMARGIN", new_y="NEXT")
            lines = lines[1:]
        for k, s in lines:
            if k == "h":
                pdf.ln(1.5)
                line(s, True, ind, 10)
            elif k == "s":
                line(s, False, ind)
            elif k == "b":
                line((r.bullet + "  " if r.bullet else "") + s, False, ind + 4)
            elif k == "p":
                line(s, False, ind)
            elif k == "pb":
                pdf.add_page()

    for title, items in r.sections:
        n += 1
        pdf.ln(3)
        for hl in heading(title, r.hs, n):
            line(hl, True, 0, 11.5, 6)
        if r.hs not in ("eq", "dash", "box"):
            y = pdf.get_y()
            pdf.line(18, y, 192, y)
            pdf.ln(1)
        for it in items:
            if isinstance(it, str):
                line(it)
            elif isinstance(it, G):
                pdf.ln(1.5)
                for x in r.gtpl:
                    s = fill(x, r, g=it)
                    if s:
                        line(s, True, 0, 10)
                for e in it.roles:
                    ent(e, True)
            else:
                ent(it)
    pdf.output(path)

# ----------------------------------------------------------------- driver

def render(r, outdir):
    p = str(Path(outdir) / r.file)
    ext = r.file.rsplit(".", 1)[1]
    if ext == "txt":
        render_txt(r, p)
    elif ext == "md":
        render_md(r, p)
    elif ext == "docx":
        render_docx(r, p)
    elif r.layout.startswith("fpdf"):
        render_pdf_fpdf(r, p)
    else:
        render_pdf_rl(r, p)


def build(resumes, outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with open(outdir / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in resumes:
            render(r, outdir)
            f.write(json.dumps(r.gold(), ensure_ascii=False) + "\n")
