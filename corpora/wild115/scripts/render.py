"""Renderers for wild115: reportlab, fpdf2, python-docx, txt, md, html."""
import html as _html
import io
import zipfile
import datetime as _dt
from lib import fmt_range

FIXED_DT = _dt.datetime(2026, 11, 20, 9, 0, 0, tzinfo=_dt.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def orgloc(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def entry_blocks(e, d, prev_org):
    """Return (header_blocks, body_blocks) for an entry.
    block kinds: h (bold, optional right text), s (sub-heading, optional right), i (italic), t (plain),
    b (bullet), p (paragraph)."""
    hs = d.get("hstyle", "title_org")
    dates = fmt_range(e, d.get("dstyle", "mon"), d.get("present", "Present"), d.get("sep", " – "))
    dash = d.get("dash", " – ")
    H = []
    if hs == "title_org":
        H = [("h", e.title, dates)]
        if orgloc(e):
            H.append(("i", orgloc(e)))
    elif hs == "org_title":
        H = [("h", orgloc(e) or e.title, dates), ("i", e.title)] if e.org else [("h", e.title, dates)]
    elif hs == "dash":
        H = [("h", e.title + (dash + orgloc(e) if orgloc(e) else ""), dates)]
    elif hs == "pipe":
        H = [("h", " | ".join(x for x in (e.title, e.org, e.loc) if x), dates)]
    elif hs == "dates_first":
        H = [("i", dates), ("h", e.title + (", " + orgloc(e) if orgloc(e) else ""), None)]
    elif hs == "dateline":
        H = [("h", e.title, None)]
        if orgloc(e):
            H.append(("t", orgloc(e)))
        H.append(("i", dates))
    elif hs == "labelled":
        lab = d.get("labels", ("Position", "Employer", "Location", "Dates"))
        H = [("h", f"{lab[0]}: {e.title}", None)]
        if e.org:
            H.append(("t", f"{lab[1]}: {e.org}"))
        if e.loc:
            H.append(("t", f"{lab[2]}: {e.loc}"))
        H.append(("t", f"{lab[3]}: {dates}"))
    elif hs == "orgfirst":
        if e.org != prev_org and e.org:
            H.append(("h", orgloc(e), None))
        H.append(("s", e.title, dates))
    elif hs == "at":
        H = [("h", f"{e.title} at {e.org}" if e.org else e.title, dates)]
        if e.loc:
            H.append(("i", e.loc))
    elif hs == "title_comma":
        H = [("h", e.title + (", " + e.org if e.org else ""), None),
             ("i", " | ".join(x for x in (e.loc, dates) if x))]
    else:
        raise ValueError(hs)
    bul = d.get("bullet", "•")
    B = []
    for b in e.bullets:
        if bul in ("none", "para"):
            B.append(("p", b))
        else:
            B.append(("b", b))
    return H, B


def walk(d):
    """Yield ('sec', heading) / ('summary', text) / ('line', text) / ('entry', H, B) in order."""
    for blk in d["blocks"]:
        typ = blk[0]
        if typ == "side" and d.get("layout") == "sidebar":
            continue
        if blk[1]:
            yield ("sec", blk[1])
        if typ == "exp":
            prev = None
            for e in blk[2]:
                H, B = entry_blocks(e, d, prev)
                prev = e.org
                yield ("entry", H, B)
        elif typ == "summary":
            yield ("summary", blk[2])
        else:
            for ln in blk[2]:
                yield ("line", ln)


def side_blocks(d):
    return [b for b in d["blocks"] if b[0] == "side"]


def entries(d):
    out = []
    for blk in d["blocks"]:
        if blk[0] == "exp":
            out.extend(blk[2])
    return out


# ---------------------------------------------------------------- text formats
def render_txt(d, path):
    W = d.get("txt_width", 72)
    L = [d["name"] if not d.get("txt_caps_name") else d["name"].upper()]
    L += d["contact"]
    L.append("")
    bul = d.get("bullet", "-")
    mode = d.get("txt_dates", "pad")
    for it in walk(d):
        if it[0] == "sec":
            L.append("")
            h = it[1]
            if d.get("txt_head") == "caps":
                L.append(h.upper())
            elif d.get("txt_head") == "under":
                L += [h, "=" * len(h)]
            elif d.get("txt_head") == "colon":
                L.append(h + ":")
            else:
                L.append(h)
        elif it[0] in ("summary", "line"):
            L.append(it[1])
        else:
            H, B = it[1], it[2]
            if d.get("txt_gap", True):
                L.append("")
            for b in H:
                if b[0] in ("h", "s"):
                    left, right = b[1], b[2]
                    if d.get("txt_caps_org") and b[0] == "h" and d.get("hstyle") == "orgfirst":
                        left = left.upper()
                    if not right:
                        L.append(left)
                    elif mode == "pad":
                        L.append(left + " " * max(3, W - len(left) - len(right)) + right)
                    elif mode == "paren":
                        L.append(f"{left} ({right})")
                    elif mode == "comma":
                        L.append(f"{left}, {right}")
                    elif mode == "line":
                        L += [left, right]
                    elif mode == "first":
                        L.append(f"{right}  {left}")
                else:
                    L.append(b[1])
            for b in B:
                if b[0] == "b":
                    L.append(f"{bul} {b[1]}" if bul not in ("none", "para") else b[1])
                else:
                    L.append(b[1])
    txt = "\n".join(L).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(d, path):
    L = [f"# {d['name']}", ""]
    L.append(d.get("md_contact_sep", " · ").join(d["contact"]))
    style = d.get("md_style", "h3")
    for it in walk(d):
        if it[0] == "sec":
            L += ["", f"## {it[1]}", ""]
        elif it[0] == "summary":
            L += [it[1]]
        elif it[0] == "line":
            L.append(f"- {it[1]}" if d.get("md_list_lines", True) else it[1])
        else:
            H, B = it[1], it[2]
            L.append("")
            for b in H:
                if b[0] in ("h", "s"):
                    lvl = "###" if b[0] == "h" else "####"
                    if style == "h3":
                        L.append(f"{lvl} {b[1]}")
                        if b[2]:
                            L += ["", f"*{b[2]}*"]
                    else:  # bold
                        L.append(f"**{b[1]}**" + (f" — *{b[2]}*" if b[2] else "") + "  ")
                elif b[0] == "i":
                    L.append(f"*{b[1]}*  ")
                else:
                    L.append(b[1] + "  ")
            if B:
                L.append("")
            for b in B:
                L.append(f"{d.get('md_bullet', '-')} {b[1]}" if b[0] == "b" else b[1])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(d, path):
    esc = _html.escape
    css = d.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".d{float:right;font-weight:normal;color:#555}h3{margin:.8em 0 .1em;font-size:1em}"
                       "p{margin:.2em 0}")
    L = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(d['name'])} – Résumé</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<h1>{esc(d['name'])}</h1>", "<p>" + " | ".join(esc(c) for c in d["contact"]) + "</p>"]
    inlist = False
    for it in walk(d):
        if it[0] != "line" and inlist and it[0] != "entry":
            pass
        if it[0] == "sec":
            L.append(f"<h2>{esc(it[1])}</h2>")
        elif it[0] == "summary":
            L.append(f"<p>{esc(it[1])}</p>")
        elif it[0] == "line":
            L.append(f"<p>{esc(it[1])}</p>")
        else:
            H, B = it[1], it[2]
            L.append('<div class="job">')
            for b in H:
                if b[0] in ("h", "s"):
                    tag = "h3" if b[0] == "h" else "h4"
                    right = f' <span class="d">{esc(b[2])}</span>' if b[2] else ""
                    L.append(f"<{tag}>{esc(b[1])}{right}</{tag}>")
                elif b[0] == "i":
                    L.append(f"<p><em>{esc(b[1])}</em></p>")
                else:
                    L.append(f"<p>{esc(b[1])}</p>")
            bl = [b for b in B if b[0] == "b"]
            if bl:
                L.append("<ul>")
                L += [f"<li>{esc(b[1])}</li>" for b in bl]
                L.append("</ul>")
            L += [f"<p>{esc(b[1])}</p>" for b in B if b[0] != "b"]
            L.append("</div>")
    L += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.utils import simpleSplit
    ps = LETTER if d.get("page") == "letter" else A4
    PW, PH = ps
    c = Canvas(path, pagesize=ps, invariant=1)
    c.setAuthor(d["name"])
    c.setTitle(d.get("doc_title", "Resume"))
    c.setCreator("Microsoft Word" if d.get("creator") is None else d["creator"])
    layout = d.get("layout", "plain")
    M = 50
    side_w = 170 if layout == "sidebar" else 0
    x0 = M + (side_w if side_w else 0) if layout != "sidebar" else side_w + 22
    x1 = PW - M
    st = {"y": PH - M, "page": 1}
    bottom = M + (24 if d.get("footer") else 0)
    accent = d.get("accent", (0.15, 0.25, 0.45))

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawCentredString(PW / 2, M - 20, d["footer"].format(page=st["page"]))
            c.setFillColorRGB(0, 0, 0)

    def new_page():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = PH - M

    def need(h):
        if st["y"] - h < bottom:
            new_page()

    def wrap(text, font, size, x, width, lead=None):
        lead = lead or size * 1.3
        for ln in simpleSplit(text, font, size, width):
            need(lead)
            st["y"] -= lead
            c.setFont(font, size)
            c.drawString(x, st["y"], ln)

    # sidebar
    if layout == "sidebar":
        c.setFillColorRGB(*d.get("side_fill", (0.92, 0.93, 0.95)))
        c.rect(0, 0, side_w, PH, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = PH - M
        c.setFont("Helvetica-Bold", 15)
        for ln in simpleSplit(d["name"], "Helvetica-Bold", 15, side_w - 30):
            sy -= 18
            c.drawString(15, sy, ln)
        sy -= 6
        for ln in d["contact"]:
            for l2 in simpleSplit(ln, "Helvetica", 8.5, side_w - 30):
                sy -= 11
                c.setFont("Helvetica", 8.5)
                c.drawString(15, sy, l2)
        for blk in side_blocks(d):
            sy -= 20
            c.setFont("Helvetica-Bold", 10)
            c.drawString(15, sy, blk[1].upper())
            sy -= 3
            for ln in blk[2]:
                for l2 in simpleSplit(ln, "Helvetica", 8.5, side_w - 30):
                    sy -= 11
                    c.setFont("Helvetica", 8.5)
                    c.drawString(15, sy, l2)
        x0 = side_w + 22
    else:
        x0 = M
    W = x1 - x0
    # header
    if layout == "sidebar":
        pass
    elif layout == "twocol":
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, st["y"] - 20, d["name"])
        yy = st["y"]
        for ln in d["contact"]:
            yy -= 11
            c.setFont("Helvetica", 9)
            c.drawRightString(x1, yy, ln)
        if d.get("tagline"):
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(x0, st["y"] - 36, d["tagline"])
        st["y"] = min(yy, st["y"] - 40) - 8
        c.setStrokeColorRGB(*accent)
        c.line(x0, st["y"], x1, st["y"])
        st["y"] -= 4
    else:
        c.setFont("Helvetica-Bold", 18)
        if d.get("align") == "left":
            c.drawString(x0, st["y"] - 18, d["name"])
        else:
            c.drawCentredString(PW / 2, st["y"] - 18, d["name"])
        st["y"] -= 26
        c.setFont("Helvetica", 9)
        line = "  |  ".join(d["contact"])
        for ln in simpleSplit(line, "Helvetica", 9, W):
            st["y"] -= 12
            if d.get("align") == "left":
                c.drawString(x0, st["y"], ln)
            else:
                c.drawCentredString(PW / 2, st["y"], ln)
        st["y"] -= 6
    bul = d.get("bullet", "•")
    for it in walk(d):
        if it[0] == "sec":
            if it[1] == d.get("break_before"):
                new_page()
            need(30)
            st["y"] -= 18
            c.setFont("Helvetica-Bold", 11)
            c.setFillColorRGB(*accent)
            c.drawString(x0, st["y"], it[1].upper() if d.get("caps_heads", True) else it[1])
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            c.line(x0, st["y"] - 3, x1, st["y"] - 3)
            st["y"] -= 4
        elif it[0] in ("summary", "line"):
            wrap(it[1], "Helvetica", 9.5, x0, W)
        else:
            H, B = it[1], it[2]
            need(40)
            st["y"] -= 5
            for b in H:
                if b[0] in ("h", "s"):
                    font = "Helvetica-Bold" if b[0] == "h" else "Helvetica-BoldOblique"
                    size = 10.5 if b[0] == "h" else 10
                    rw = c.stringWidth(b[2], "Helvetica", 9.5) + 12 if b[2] else 0
                    wrap(b[1], font, size, x0, W - rw)
                    if b[2]:
                        c.setFont("Helvetica", 9.5)
                        c.drawRightString(x1, st["y"], b[2])
                elif b[0] == "i":
                    wrap(b[1], "Helvetica-Oblique", 9.5, x0, W)
                else:
                    wrap(b[1], "Helvetica", 9.5, x0, W)
            for b in B:
                if b[0] == "b":
                    lines = simpleSplit(b[1], "Helvetica", 9.5, W - 14)
                    for k, ln in enumerate(lines):
                        need(12.5)
                        st["y"] -= 12.5
                        c.setFont("Helvetica", 9.5)
                        if k == 0:
                            c.drawString(x0 + 3, st["y"], bul)
                        c.drawString(x0 + 14, st["y"], ln)
                else:
                    wrap(b[1], "Helvetica", 9.5, x0, W)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, d["footer"].format(page=self.page_no()), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="Letter" if d.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_author(d["name"])
    pdf.set_title(d.get("doc_title", "CV"))
    pdf.set_creator(d.get("creator", "Writer"))
    pdf.set_producer("fpdf2")
    pdf.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", DEJAVU + "DejaVuSans-BoldOblique.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    layout = d.get("layout", "left")
    ac = d.get("accent_rgb", (30, 60, 110))
    if layout == "sidebar":
        sw = 62
        pdf.set_fill_color(*d.get("side_rgb", (232, 238, 244)))
        pdf.rect(0, 0, sw, pdf.h, style="F")
        pdf.set_xy(8, 16)
        pdf.set_font("DV", "B", 14)
        pdf.multi_cell(sw - 14, 7, d["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(8)
        pdf.set_font("DV", "", 8)
        for ln in d["contact"]:
            pdf.set_x(8)
            pdf.multi_cell(sw - 14, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
        for blk in side_blocks(d):
            pdf.ln(4)
            pdf.set_x(8)
            pdf.set_font("DV", "B", 9)
            pdf.multi_cell(sw - 14, 5, blk[1].upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 8)
            for ln in blk[2]:
                pdf.set_x(8)
                pdf.multi_cell(sw - 14, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(sw + 8)
        pdf.set_xy(sw + 8, 16)
    else:
        pdf.set_font("DV", "B", 17)
        al = "C" if layout == "centred" else "L"
        pdf.cell(0, 9, d["name"], align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        sep = "  •  " if layout == "centred" else "  |  "
        pdf.multi_cell(0, 5, sep.join(d["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    W = pdf.w - pdf.l_margin - pdf.r_margin
    bul = d.get("bullet", "•")
    for it in walk(d):
        if it[0] == "sec":
            if it[1] == d.get("break_before"):
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DV", "B", 10.5)
            pdf.set_text_color(*ac)
            pdf.cell(0, 6, it[1].upper() if d.get("caps_heads", True) else it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*ac)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
        elif it[0] in ("summary", "line"):
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(0, 4.6, it[1], new_x="LMARGIN", new_y="NEXT")
        else:
            H, B = it[1], it[2]
            pdf.ln(1.5)
            for b in H:
                if b[0] in ("h", "s"):
                    pdf.set_font("DV", "B" if b[0] == "h" else "BI", 9.8 if b[0] == "h" else 9.3)
                    if b[2]:
                        pdf.set_font("DV", "", 8.8)
                        rw = pdf.get_string_width(b[2]) + 3
                        pdf.set_font("DV", "B" if b[0] == "h" else "BI", 9.8 if b[0] == "h" else 9.3)
                        y = pdf.get_y()
                        pdf.multi_cell(W - rw, 5, b[1], new_x="LMARGIN", new_y="NEXT")
                        y2 = pdf.get_y()
                        pdf.set_xy(pdf.l_margin + W - rw, y)
                        pdf.set_font("DV", "", 8.8)
                        pdf.cell(rw, 5, b[2], align="R")
                        pdf.set_xy(pdf.l_margin, y2)
                    else:
                        pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
                elif b[0] == "i":
                    pdf.set_font("DV", "I", 8.8)
                    pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("DV", "", 8.8)
                    pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            for b in B:
                pdf.set_font("DV", "", 8.8)
                if b[0] == "b":
                    pdf.cell(5, 4.6, bul)
                    pdf.multi_cell(W - 5, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(d, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    layout = d.get("layout", "tabs")
    doc.styles["Normal"].font.name = d.get("font", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)
    TAB = Cm(17)
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.title = d.get("doc_title", "CV")
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    bul = d.get("bullet", "•")

    def para(cont, text="", style=None, bold=False, italic=False, size=None):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        return p

    def tabline(cont, left, right, bold=True, italic=False, tab=TAB):
        p = para(cont)
        p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold, r.italic = bold, italic
        if right:
            p.add_run("\t" + right)
        return p

    def heading(cont, text):
        if layout in ("styles",) and cont is doc:
            doc.add_heading(text, level=1)
        else:
            p = para(cont, text.upper() if d.get("caps_heads", True) else text, bold=True, size=11.5)
            p.paragraph_format.space_before = Pt(8)

    def body(cont, tab=TAB):
        for it in walk(d):
            if it[0] == "sec":
                heading(cont, it[1])
            elif it[0] in ("summary", "line"):
                para(cont, it[1])
            else:
                H, B = it[1], it[2]
                if layout == "table":
                    t = cont.add_table(rows=1, cols=2)
                    t.autofit = False
                    left, right = t.rows[0].cells
                    left.width, right.width = Cm(12.5), Cm(4.5)
                    first = True
                    for b in H:
                        p = left.paragraphs[0] if first else left.add_paragraph()
                        first = False
                        r = p.add_run(b[1])
                        r.bold = b[0] in ("h", "s")
                        r.italic = b[0] in ("i", "s")
                        if b[0] in ("h", "s") and b[2]:
                            rp = right.paragraphs[0]
                            rp.alignment = 2
                            rp.add_run(b[2])
                else:
                    for b in H:
                        if b[0] in ("h", "s"):
                            tabline(cont, b[1], b[2], bold=True, italic=(b[0] == "s"), tab=tab)
                        elif b[0] == "i":
                            para(cont, b[1], italic=True)
                        else:
                            para(cont, b[1])
                for b in B:
                    if b[0] == "b":
                        if d.get("docx_list", True):
                            para(cont, b[1], style="List Bullet")
                        else:
                            para(cont, f"{bul} {b[1]}")
                    else:
                        para(cont, b[1])

    if layout == "header":
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        sec.header.add_paragraph(" | ".join(d["contact"]))
        body(doc)
    elif layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.2), Cm(11.8)
        tcPr = lc._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), d.get("side_hex", "DCE6F0"))
        tcPr.append(shd)
        r = lc.paragraphs[0].add_run(d["name"])
        r.bold = True
        r.font.size = Pt(15)
        for ln in d["contact"]:
            para(lc, ln, size=9)
        for blk in side_blocks(d):
            p = para(lc, blk[1].upper(), bold=True, size=10)
            p.paragraph_format.space_before = Pt(8)
            for ln in blk[2]:
                para(lc, ln, size=9)
        rc.paragraphs[0].add_run("")
        body(rc, tab=Cm(11.4))
    else:
        if layout == "styles":
            doc.add_heading(d["name"], level=0)
        else:
            p = para(doc, d["name"], bold=True, size=18)
        para(doc, d.get("docx_contact_sep", " • ").join(d["contact"]), size=9.5)
        body(doc)
    if d.get("footer"):
        sec.footer.paragraphs[0].add_run(d["footer"].format(page=1))
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


RENDERERS = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"reportlab": "pdf", "fpdf2": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
