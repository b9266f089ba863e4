"""Helpers for the wild5 corpus: entry/résumé definitions, date formatting, gold
computation and the renderers (txt, md, docx, reportlab, fpdf2)."""
import json
import os

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- definitions
def E(title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
      etype="paid", dtext=None):
    """One experience entry. start/end: 'YYYY-MM', 'YYYY', None; end may be 'present'.
    dtext overrides the rendered date string (gold dates stay as given)."""
    if start is None:
        prec = None
    else:
        prec = "year" if len(start) == 4 else "month"
    assert (cs == "facing") == (kind is not None), (title, cs, kind)
    return dict(title=title, organization=org, location=loc, start=start, end=end,
                date_precision=prec, section=section, employment_type=etype,
                bullets=list(bullets), cs=cs, kind=kind, _dtext=dtext)


def S(heading, entries=None, lines=None, grouped=False):
    return dict(heading=heading, entries=entries or [], lines=lines or [], grouped=grouped)


def R(**kw):
    d = dict(tmpl="A", dfmt="mon", present="Present", sep=" – ", bullets="dot",
             heads="caps", contact=[], summary=None, sidebar=[])
    d.update(kw)
    return d


# ---------------------------------------------------------------- dates
def fmt_one(v, style, present):
    if v == "present":
        return present
    if len(v) == 4:
        return v
    y, m = int(v[:4]), int(v[5:7])
    return {
        "mon": f"{MONTHS[m-1][:3]} {y}",
        "month": f"{MONTHS[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "iso": f"{y}-{m:02d}",
        "dot": f"{y}.{m:02d}",
        "mmdot": f"{m:02d}.{y}",
        "apos": f"{MONTHS[m-1][:3]} '{str(y)[2:]}",
        "mon-": f"{MONTHS[m-1][:3]}-{y}",
        "m/yyyy": f"{m}/{y}",
    }[style]


def date_text(e, r):
    if e.get("_dtext") is not None:
        return e["_dtext"]
    if e["start"] is None:
        return ""
    a = fmt_one(e["start"], r["dfmt"], r["present"])
    if e["end"] is None or e["end"] == e["start"]:
        return a
    return a + r["sep"] + fmt_one(e["end"], r["dfmt"], r["present"])


def _ym(v):
    return int(v[:4]) * 12 + int(v[5:7]) - 1


def month_set(e):
    s, en = e["start"], e["end"]
    if s is None:
        return set()
    if en is None:
        en = s
    if len(s) == 4:
        a = int(s) * 12
    else:
        a = _ym(s)
    if en == "present":
        b = _ym(AS_OF)
    elif len(en) == 4:
        b = int(en) * 12 + 11
    else:
        b = _ym(en)
    return set(range(a, b + 1))


def gold_line(r):
    ents = []
    tot, cs = set(), set()
    for sec in r["sections"]:
        for e in sec["entries"]:
            ents.append({k: v for k, v in e.items() if not k.startswith("_")})
            ms = month_set(e)
            tot |= ms
            if e["cs"] == "facing":
                cs |= ms
    return dict(file=r["file"], family=r["family"], as_of=AS_OF, entries=ents,
                total_months=len(tot), cs_months=len(cs))


# ---------------------------------------------------------------- entry heads
def _j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_head(e, r, tmpl=None):
    """Return (lines, right) where lines = [(text, style)], style in b/i/n."""
    t = tmpl or r["tmpl"]
    d = date_text(e, r)
    ti, org, loc = e["title"], e["organization"], e["location"]
    ol = _j(org, loc)
    if t == "A":       # title bold, date right, org/location below
        return [(ti, "b"), (ol, "i")], d
    if t == "B":       # employer first, date right, title below
        return [(_j(org, loc, sep=" — "), "b"), (ti, "i")], d
    if t == "C":       # one line, date below
        return [(_j(ti, org, loc, sep=" | "), "b"), (d, "i")], None
    if t == "D":       # date before
        return [(d, "n"), (_j(ti, ol, sep=", "), "b")], None
    if t == "E":       # brackets
        return [((f"{ti} — {org}" if org else ti) + (f" ({d})" if d else ""), "b"), (loc, "i")], None
    if t == "F":       # key : value
        return [(f"Designation : {ti}", "b"), (f"Organisation : {ol}", "n"),
                (f"Duration : {d}" if d else "", "n")], None
    if t == "G":       # title / org, loc, dates on one line
        return [(ti, "b"), (_j(ol, d, sep=" · "), "n")], None
    if t == "H":       # dates prefix on title line
        return [(_j(d, ti, sep="   "), "b"), (ol, "n")], None
    if t == "I":       # org first with dates in brackets on title line
        return [(ol, "b"), (ti + (f" [{d}]" if d else ""), "n")], None
    if t == "ROLE":    # role under grouped employer
        return [(ti, "b")], d
    raise ValueError(t)


def section_blocks(sec, r):
    """Yield blocks: ('org', text) or ('entry', lines, right, bullets)."""
    out = []
    prev = object()
    ents = sec["entries"]
    for i, e in enumerate(ents):
        if sec["grouped"]:
            same_next = i + 1 < len(ents) and ents[i + 1]["organization"] == e["organization"]
            if e["organization"] != prev and (same_next):
                out.append(("org", _j(e["organization"], e["location"], sep=" — ")))
                lines, right = entry_head(e, r, "ROLE")
            elif e["organization"] == prev:
                lines, right = entry_head(e, r, "ROLE")
            else:
                lines, right = entry_head(e, r)
            prev = e["organization"]
        else:
            lines, right = entry_head(e, r)
        lines = [(t, s) for t, s in lines if t]
        out.append(("entry", lines, right, e["bullets"]))
    return out


def bullet_prefix(style, i):
    return {"dash": "- ", "dot": "• ", "star": "* ", "arrow": "> ", "num": f"{i+1}. ",
            "o": "o  ", "para": ""}[style]


def heading_text(h, style):
    if style in ("caps", "caps_rule", "eq", "brk", "spaced"):
        return h.upper()
    return h


# ---------------------------------------------------------------- TXT
def render_txt(r, path, width=78):
    L = [r["name"]]
    L += r["contact"]
    L.append("")
    hs = r["heads"]

    def head(h):
        if hs == "caps_rule":
            L.extend(["", h.upper(), "-" * len(h)])
        elif hs == "eq":
            L.extend(["", "==== " + h.upper() + " ===="])
        elif hs == "colon":
            L.extend(["", h + ":"])
        elif hs == "brk":
            L.extend(["", "[ " + h.upper() + " ]"])
        elif hs == "spaced":
            L.extend(["", " ".join(h.upper())])
        else:
            L.extend(["", h.upper()])
        L.append("")

    if r["summary"]:
        head(r.get("summary_head", "Profile"))
        L.append(r["summary"])
    for sec in r["sections"]:
        head(sec["heading"])
        for ln in sec["lines"]:
            L.append(ln)
        for b in section_blocks(sec, r):
            if b[0] == "org":
                L.append(b[1].upper())
                continue
            _, lines, right, bullets = b
            first = lines[0][0]
            if right:
                if len(first) + len(right) + 3 <= width:
                    L.append(first + " " * (width - len(first) - len(right)) + right)
                else:
                    L.append(first)
                    L.append(right)
            else:
                L.append(first)
            for t, _s in lines[1:]:
                L.append(t)
            if r["bullets"] == "para" and bullets:
                L.append(" ".join(x.rstrip(".") + "." for x in bullets))
            else:
                for i, x in enumerate(bullets):
                    L.append("  " + bullet_prefix(r["bullets"], i) + x)
            L.append("")
    for x in r.get("footer", []):
        L.append(x)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown
def render_md(r, path):
    L = ["# " + r["name"], ""]
    if r["contact"]:
        L.append(" · ".join(r["contact"]) if r.get("md_contact_inline", True) else "  \n".join(r["contact"]))
        L.append("")
    hl = "## " if r["heads"] in ("h2", "caps") else "### "
    mdstyle = r.get("md_style", "bold")

    def sty(t, s):
        if s == "b":
            return f"**{t}**"
        if s == "i":
            return f"*{t}*"
        return t

    if r["summary"]:
        L += [hl + r.get("summary_head", "Summary"), "", r["summary"], ""]
    for sec in r["sections"]:
        L += [hl + sec["heading"], ""]
        for ln in sec["lines"]:
            L.append(ln)
        if sec["lines"]:
            L.append("")
        for b in section_blocks(sec, r):
            if b[0] == "org":
                L += [("#### " if hl == "### " else "### ") + b[1], ""]
                continue
            _, lines, right, bullets = b
            if mdstyle == "heading":
                first = ("#### " if hl == "### " else "### ") + lines[0][0]
                L.append(first)
                L.append("")
                rest = [sty(t, s) for t, s in lines[1:]]
                if right:
                    rest.append(f"_{right}_")
                if rest:
                    L.append("  \n".join(rest))
            else:
                first = sty(*lines[0]) + (f" — {right}" if right else "")
                L.append("  \n".join([first] + [sty(t, s) for t, s in lines[1:]]))
            L.append("")
            if r["bullets"] == "para" and bullets:
                L.append(" ".join(x.rstrip(".") + "." for x in bullets))
                L.append("")
            elif bullets:
                for i, x in enumerate(bullets):
                    p = f"{i+1}. " if r["bullets"] == "num" else ("* " if r["bullets"] == "star" else "- ")
                    L.append(p + x)
                L.append("")
    for x in r.get("footer", []):
        L += [x, ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- DOCX
def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec0 = doc.sections[0]
    sec0.left_margin = sec0.right_margin = Cm(2)
    usable = sec0.page_width - sec0.left_margin - sec0.right_margin
    layout = r["renderer"]
    hs = r["heads"]

    def border_bottom(p):
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "444444")
        bdr.append(b); pPr.append(bdr)

    def add_heading(container, h):
        if hs == "style":
            if container is doc:
                return doc.add_heading(h, level=2)
            p = container.add_paragraph(h, style="Heading 2")
            return p
        p = container.add_paragraph()
        if hs == "underline":
            run = p.add_run(h); run.bold = True; run.underline = True; run.font.size = Pt(12)
        elif hs == "shaded":
            run = p.add_run(h.upper()); run.bold = True; run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            border_bottom(p)
        else:
            run = p.add_run(h.upper()); run.bold = True; run.font.size = Pt(11.5)
            border_bottom(p)
        p.paragraph_format.space_before = Pt(10)
        return p

    def add_lines(container, lines, right, width):
        for k, (t, s) in enumerate(lines):
            p = container.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(t)
            run.bold = s == "b"; run.italic = s == "i"
            if k == 0 and right:
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + right)

    def add_bullets(container, bullets):
        if r["bullets"] == "para" and bullets:
            container.add_paragraph(" ".join(x.rstrip(".") + "." for x in bullets))
            return
        for i, x in enumerate(bullets):
            if r["bullets"] == "num":
                container.add_paragraph(x, style="List Number")
            elif r["bullets"] in ("dot", "star"):
                container.add_paragraph(x, style="List Bullet")
            else:
                container.add_paragraph(bullet_prefix(r["bullets"], i) + x)

    # header / footer
    if r.get("docx_header"):
        hp = sec0.header.paragraphs[0]
        hp.text = r["docx_header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if r.get("docx_footer"):
        fp = sec0.footer.paragraphs[0]
        fp.text = r["docx_footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if layout == "docx_sidebar":
        tbl = doc.add_table(rows=1, cols=2)
        left, main = tbl.rows[0].cells
        left.width = Cm(5.2); main.width = Cm(11.8)
        lp = left.paragraphs[0]; rr = lp.add_run(r["name"]); rr.bold = True; rr.font.size = Pt(15)
        for c in r["contact"]:
            left.add_paragraph(c)
        for h, items in r["sidebar"]:
            p = left.add_paragraph(); x = p.add_run(h.upper()); x.bold = True
            for it in items:
                left.add_paragraph(it)
        body = main
        body.paragraphs[0].text = ""
        width = Cm(11.4)
    else:
        if hs == "style":
            doc.add_heading(r["name"], level=0)
        else:
            p = doc.add_paragraph(); x = p.add_run(r["name"]); x.bold = True; x.font.size = Pt(18)
            if r.get("center_name"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r["contact"]:
            p = doc.add_paragraph(" | ".join(r["contact"]))
            if r.get("center_name"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        body = doc
        width = usable

    if r["summary"]:
        add_heading(body, r.get("summary_head", "Profile"))
        body.add_paragraph(r["summary"])
    for sec in r["sections"]:
        add_heading(body, sec["heading"])
        for ln in sec["lines"]:
            body.add_paragraph(ln)
        blocks = section_blocks(sec, r)
        if layout in ("docx_table", "docx_grid") and sec["entries"]:
            tbl = body.add_table(rows=0, cols=2)
            if layout == "docx_grid":
                tbl.style = "Table Grid"
            ei = 0
            for b in blocks:
                row = tbl.add_row().cells
                row[0].width = Cm(3.6); row[1].width = Cm(13.4)
                if b[0] == "org":
                    row[1].paragraphs[0].add_run(b[1]).bold = True
                    continue
                _, lines, right, bullets = b
                e = sec["entries"][ei]; ei += 1
                row[0].paragraphs[0].text = date_text(e, r)
                cell = row[1]
                # in table layout the date lives in the left column
                lines2 = [(t, s) for t, s in lines if t != date_text(e, r)]
                first = True
                for t, s in lines2:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    rn = p.add_run(t); rn.bold = s == "b"; rn.italic = s == "i"
                add_bullets(cell, bullets)
        else:
            for b in blocks:
                if b[0] == "org":
                    p = body.add_paragraph(); x = p.add_run(b[1]); x.bold = True; x.font.size = Pt(11.5)
                    continue
                _, lines, right, bullets = b
                add_lines(body, lines, right, width)
                add_bullets(body, bullets)
    for x in r.get("footer", []):
        body.add_paragraph(x)
    doc.save(path)


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, FrameBreak, KeepTogether)
    from reportlab.platypus.flowables import HRFlowable
    from xml.sax.saxutils import escape as X

    layout = r["renderer"]
    serif = r.get("serif", False)
    fn, fb, fi = ("Times-Roman", "Times-Bold", "Times-Italic") if serif else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    size = LETTER if r.get("letter") else A4
    W, H = size
    base = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("bb", parent=base, fontName=fb)
    ital = ParagraphStyle("bi", parent=base, fontName=fi)
    right = ParagraphStyle("r", parent=base, alignment=2)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    bul = ParagraphStyle("bu", parent=base, leftIndent=12, bulletIndent=2)
    hst = ParagraphStyle("h", parent=base, fontName=fb, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                         textColor=colors.HexColor(r.get("accent", "#1f3a5f")))
    namest = ParagraphStyle("n", parent=base, fontName=fb, fontSize=19, leading=23,
                            alignment=1 if r.get("center_name") else 0)
    sty = {"b": bold, "i": ital, "n": base}

    def P(t, s=base):
        return Paragraph(X(t), s)

    def heading(h):
        out = [Paragraph(X(heading_text(h, r["heads"])), hst)]
        if r["heads"] in ("caps", "caps_rule"):
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceAfter=3))
        return out

    def bullets_fl(bullets):
        if r["bullets"] == "para" and bullets:
            return [P(" ".join(x.rstrip(".") + "." for x in bullets))]
        out = []
        for i, x in enumerate(bullets):
            bchar = {"dot": "•", "dash": "–", "num": f"{i+1}.", "star": "*", "arrow": "›", "o": "o"}[r["bullets"]]
            out.append(Paragraph(X(x), bul, bulletText=bchar))
        return out

    def entry_fl(b, e, avail):
        _, lines, rt, bullets = b
        fl = []
        if layout == "rl_datecol":
            d = date_text(e, r)
            inner = [P(t, sty[s]) for t, s in lines] + bullets_fl(bullets)
            tb = Table([[P(d, small), inner]], colWidths=[32 * mm, avail - 32 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            return [tb, Spacer(1, 4)]
        if rt:
            tb = Table([[P(lines[0][0], sty[lines[0][1]]), P(rt, right)]], colWidths=[avail * 0.68, avail * 0.32])
            tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
            fl.append(tb)
            rest = lines[1:]
        else:
            rest = lines
        fl += [P(t, sty[s]) for t, s in rest]
        fl += bullets_fl(bullets)
        fl.append(Spacer(1, 5))
        return fl

    def body(avail):
        story = []
        if r["summary"]:
            story += heading(r.get("summary_head", "Profile"))
            story.append(P(r["summary"]))
        for sec in r["sections"]:
            story += heading(sec["heading"])
            for ln in sec["lines"]:
                story.append(P(ln))
            if layout == "rl_grid" and sec["entries"]:
                rows = [[P("Dates", bold), P("Position / Employer", bold), P("Main duties", bold)]]
                for e in sec["entries"]:
                    lines, _ = entry_head(e, r)
                    cell = [P(t, sty[s]) for t, s in lines if t]
                    rows.append([P(date_text(e, r), small), cell, bullets_fl(e["bullets"]) or P("")])
                tb = Table(rows, colWidths=[26 * mm, avail * 0.36, avail - 26 * mm - avail * 0.36], repeatRows=1)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))]))
                story.append(tb)
                continue
            ei = 0
            for b in section_blocks(sec, r):
                if b[0] == "org":
                    story.append(P(b[1], ParagraphStyle("o", parent=bold, fontSize=10.5, spaceBefore=2)))
                    continue
                e = sec["entries"][ei]; ei += 1
                story += entry_fl(b, e, avail)
        for x in r.get("footer", []):
            story.append(Spacer(1, 6)); story.append(P(x, small))
        return story

    def deco(c, doc):
        c.saveState()
        if layout == "rl_sidebar":
            c.setFillColor(colors.HexColor("#eef1f5"))
            c.rect(0, 0, 62 * mm, H, stroke=0, fill=1)
        if r.get("pdf_header"):
            c.setFont(fn, 8); c.setFillColor(colors.grey)
            c.drawString(18 * mm, H - 10 * mm, r["pdf_header"])
            c.drawRightString(W - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=size, title=r["name"], author=r["name"])
    if layout == "rl_sidebar":
        side = Frame(8 * mm, 12 * mm, 50 * mm, H - 24 * mm, id="side")
        main = Frame(66 * mm, 12 * mm, W - 78 * mm, H - 24 * mm, id="main")
        main2 = Frame(18 * mm, 12 * mm, W - 36 * mm, H - 24 * mm, id="main2")
        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=deco, autoNextPageTemplate="rest"),
                              PageTemplate("rest", [main2], onPage=deco)])
        story = [P(r["name"], ParagraphStyle("n2", parent=namest, fontSize=15, leading=18)), Spacer(1, 6)]
        story += [P(c, small) for c in r["contact"]]
        for h, items in r["sidebar"]:
            story += [Spacer(1, 8), P(h.upper(), bold)] + [P(it, small) for it in items]
        story.append(FrameBreak())
        story += body(W - 78 * mm)
    else:
        fr = Frame(18 * mm, 15 * mm, W - 36 * mm, H - 30 * mm, id="f")
        doc.addPageTemplates([PageTemplate("p", [fr], onPage=deco)])
        story = [P(r["name"], namest)]
        if r["contact"]:
            cst = ParagraphStyle("c", parent=small, alignment=1 if r.get("center_name") else 0)
            story.append(P("  |  ".join(r["contact"]), cst))
        story.append(Spacer(1, 4))
        story += body(W - 36 * mm)
    doc.build(story)


# ---------------------------------------------------------------- fpdf2
def latin(t):
    rep = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "•": "-", "›": ">", "…": "...", "·": "|"}
    for a, b in rep.items():
        t = t.replace(a, b)
    t.encode("latin-1")
    return t


def render_fp(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    layout = r["renderer"]
    font = r.get("fp_font", "Helvetica")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def txt(t, style="", size=9.5, h=5, align="L", w=0):
        pdf.set_font(font, style, size)
        pdf.multi_cell(w, h, latin(t), align=align, **NL)

    def heading(h):
        pdf.ln(2)
        pdf.set_text_color(30, 60, 100)
        txt(heading_text(h, r["heads"]), "B", 11, 6)
        pdf.set_text_color(0, 0, 0)
        if r["heads"] in ("caps", "caps_rule"):
            y = pdf.get_y()
            pdf.set_draw_color(150, 150, 150)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1)

    def bullets(bs):
        if r["bullets"] == "para" and bs:
            txt(" ".join(x.rstrip(".") + "." for x in bs))
            return
        for i, x in enumerate(bs):
            pre = {"dot": "- ", "dash": "- ", "num": f"{i+1}. ", "star": "* ", "arrow": "> ", "o": "o "}[r["bullets"]]
            pdf.set_x(pdf.l_margin + 3)
            pdf.set_font(font, "", 9.5)
            pdf.multi_cell(0, 4.8, latin(pre + x), **NL)

    def entry(b):
        _, lines, rt, bs = b
        t0, s0 = lines[0]
        st = {"b": "B", "i": "I", "n": ""}
        if rt:
            pdf.set_font(font, "", 9.5)
            rw = pdf.get_string_width(latin(rt)) + 2
            y = pdf.get_y()
            pdf.set_font(font, st[s0], 10)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - rw - 2, 5.2, latin(t0), **NL)
            y2 = pdf.get_y()
            pdf.set_xy(pdf.w - pdf.r_margin - rw, y)
            pdf.set_font(font, "", 9.5)
            pdf.cell(rw, 5.2, latin(rt), align="R")
            pdf.set_xy(pdf.l_margin, max(y2, y + 5.2))
            rest = lines[1:]
        else:
            rest = lines
        for t, s in rest:
            txt(t, st[s], 10 if s == "b" else 9.5, 5.2)
        bullets(bs)
        pdf.ln(2)

    def body():
        if r["summary"]:
            heading(r.get("summary_head", "Profile"))
            txt(r["summary"])
        for sec in r["sections"]:
            heading(sec["heading"])
            for ln in sec["lines"]:
                txt(ln)
            if layout == "fp_grid" and sec["entries"]:
                pdf.set_font(font, "", 8.5)
                with pdf.table(col_widths=(22, 48, 100), line_height=4.6, text_align="LEFT") as table:
                    hr = table.row()
                    for c in ("Period", "Position and employer", "Responsibilities"):
                        hr.cell(c)
                    for e in sec["entries"]:
                        row = table.row()
                        row.cell(latin(date_text(e, r)))
                        lines, _ = entry_head(e, r)
                        row.cell(latin("\n".join(t for t, _s in lines if t)))
                        row.cell(latin("\n".join("- " + x for x in e["bullets"])))
                pdf.ln(2)
                continue
            for b in section_blocks(sec, r):
                if b[0] == "org":
                    txt(b[1], "B", 10.5, 6)
                    continue
                entry(b)
        for x in r.get("footer", []):
            pdf.ln(2)
            txt(x, "I", 8.5)

    if layout == "fp_twocol":
        side_w = 52
        pdf.set_fill_color(235, 238, 242)
        pdf.rect(0, 0, side_w + 12, pdf.h, style="F")
        pdf.set_margins(8, 14, pdf.w - side_w - 4)
        pdf.set_xy(8, 14)
        txt(r["name"], "B", 15, 7)
        pdf.ln(2)
        for c in r["contact"]:
            txt(c, "", 8.5, 4.5)
        for h, items in r["sidebar"]:
            pdf.ln(3)
            txt(h.upper(), "B", 9.5, 5)
            for it in items:
                txt(it, "", 8.5, 4.5)
        pdf.set_margins(side_w + 18, 14, 12)
        pdf.set_xy(side_w + 18, 14)
        body()
    else:
        txt(r["name"], "B", 18, 9, align="C" if r.get("center_name") else "L")
        if r["contact"]:
            txt("  |  ".join(r["contact"]), "", 9, 5, align="C" if r.get("center_name") else "L")
        pdf.ln(2)
        body()
    pdf.set_title(latin(r["name"]))
    pdf.output(path)


RENDERERS = {"txt": render_txt, "md": render_md,
             "docx_plain": render_docx, "docx_table": render_docx, "docx_grid": render_docx, "docx_sidebar": render_docx,
             "rl_classic": render_rl, "rl_sidebar": render_rl, "rl_datecol": render_rl, "rl_grid": render_rl,
             "fp_right": render_fp, "fp_twocol": render_fp, "fp_grid": render_fp}


def render(r, outdir):
    RENDERERS[r["renderer"]](r, os.path.join(outdir, r["file"]))
