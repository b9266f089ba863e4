"""Renderers for wild43: résumé dict -> blocks -> file (reportlab, fpdf2, python-docx, txt, md, html)."""
import html as htmlmod
import io
import zipfile
from datetime import datetime, timezone

from lib import E, drange

DJ = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2026, 1, 5, 9, 0, 0, tzinfo=timezone.utc)


def join(*parts, sep=", "):
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------- blocks
def entry_blocks(r, entries):
    hdr = r.get("hdr", "title_org")
    dash = r.get("dash", " – ")
    out, last_org = [], object()
    for e in entries:
        d = drange(e, r)
        place = join(e.org, e.loc)
        if hdr == "title_org":
            out.append(("row", e.title, d, "b"))
            if place:
                out.append(("line", place, "i"))
        elif hdr == "org_title":
            out.append(("row", place or e.title, d, "b"))
            if place:
                out.append(("line", e.title, "i"))
        elif hdr == "dateline":
            out.append(("line", e.title, "b"))
            if place:
                out.append(("line", place, "n"))
            if d:
                out.append(("line", d, "i"))
        elif hdr == "dash":
            out.append(("row", join(e.title, place, sep=dash), d, "b"))
        elif hdr == "pipe":
            out.append(("row", join(e.title, e.org, e.loc, sep=" | "), d, "b"))
        elif hdr == "inline":
            out.append(("line", join(e.title, e.org, e.loc, d), "b"))
        elif hdr == "orgfirst":
            if e.org != last_org:
                out.append(("line", place or e.title, "b"))
            out.append(("row", e.title, d, "i"))
        elif hdr == "labelled":
            out.append(("line", "Organisation : " + place, "b"))
            out.append(("line", "Designation  : " + e.title, "n"))
            if d:
                out.append(("line", "Duration     : " + d, "n"))
            if e.bullets:
                out.append(("line", r.get("resp_label", "Job Responsibilities:"), "n"))
        elif hdr == "datefirst":
            out.append(("row", d + ("  " if d else "") + e.title, "", "b"))
            if place:
                out.append(("line", place, "i"))
        last_org = e.org
        if e.bullets:
            if e.prose:
                out.append(("p", " ".join(e.bullets)))
            else:
                out.extend(("bullet", b) for b in e.bullets)
        out.append(("gap",))
    return out


def section_blocks(r, heading, content):
    out = [("h", heading)]
    if content and isinstance(content[0], E):
        out += entry_blocks(r, content)
    else:
        for s in content:
            if s.startswith("* "):
                out.append(("bullet", s[2:]))
            elif s.startswith("**"):
                out.append(("line", s[2:], "b"))
            else:
                out.append(("p", s))
        out.append(("gap",))
    return out


def split_blocks(r):
    side = set(r.get("side", []))
    main, sideb = [], []
    if r.get("summary"):
        main += [("h", r.get("summary_h", "Profile")), ("p", r["summary"]), ("gap",)]
    for h, c in r["sections"]:
        (sideb if h in side else main).extend(section_blocks(r, h, c))
    return main, sideb


def hcase(r, t):
    return t.upper() if r.get("caps") else t


# ---------------------------------------------------------------- text-like
def render_txt(r):
    main, side = split_blocks(r)
    bch = r.get("bch", "-")
    W = 80
    L = [r["name"].upper() if r.get("caps") else r["name"]]
    L += r["contact"]
    L.append("")
    for b in side + main:
        k = b[0]
        if k == "h":
            L.append(hcase(r, b[1]))
            if r.get("underline"):
                L.append(r["underline"] * len(b[1]))
        elif k == "row":
            if not b[2]:
                L.append(b[1])
            elif r.get("txt_row") == "pad" and len(b[1]) + len(b[2]) < W - 2:
                L.append(b[1].ljust(W - len(b[2])) + b[2])
            else:
                L.append(b[1] + r.get("txt_sep", "  |  ") + b[2])
        elif k == "line":
            L.append(b[1])
        elif k == "bullet":
            L.append(f"{r.get('bindent', '')}{bch} {b[1]}")
        elif k == "p":
            L.append(b[1])
        elif k == "gap":
            if L and L[-1] != "":
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(r):
    main, side = split_blocks(r)
    L = [f"# {r['name']}", ""]
    L.append(r.get("md_contact_sep", " · ").join(r["contact"]))
    L.append("")
    mode = r.get("md_row", "h3")
    for b in side + main:
        k = b[0]
        if k == "h":
            L += [f"## {b[1]}", ""]
        elif k == "row":
            if mode == "h3":
                L.append(f"### {b[1]}")
                if b[2]:
                    L.append(f"*{b[2]}*  ")
            else:
                L.append(f"**{b[1]}**" + (f" — {b[2]}  " if b[2] else "  "))
        elif k == "line":
            L.append({"b": f"**{b[1]}**  ", "i": f"_{b[1]}_  ", "n": f"{b[1]}  "}[b[2]])
        elif k == "bullet":
            if L and L[-1].endswith("  "):
                L.append("")
            L.append(f"{r.get('md_b', '-')} {b[1]}")
        elif k == "p":
            if L and L[-1].endswith("  "):
                L.append("")
            L.append(b[1])
        elif k == "gap":
            if L[-1] != "":
                L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_html(r):
    main, side = split_blocks(r)
    esc = htmlmod.escape
    css = r.get("css", "body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase}"
                       ".row{display:flex;justify-content:space-between;font-weight:bold}"
                       ".d{font-weight:normal;color:#555}.i{font-style:italic}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} - CV</title>", f"<style>{css}</style></head><body>"]

    def emit(blocks):
        out, inlist = [], False
        for b in blocks:
            k = b[0]
            if k != "bullet" and inlist:
                out.append("</ul>")
                inlist = False
            if k == "h":
                out.append(f"<h2>{esc(b[1])}</h2>")
            elif k == "row":
                out.append(f"<div class=\"row\"><span>{esc(b[1])}</span>"
                           f"<span class=\"d\">{esc(b[2])}</span></div>")
            elif k == "line":
                tag = {"b": "strong", "i": "em", "n": "span"}[b[2]]
                out.append(f"<div><{tag}>{esc(b[1])}</{tag}></div>")
            elif k == "bullet":
                if not inlist:
                    out.append("<ul>")
                    inlist = True
                out.append(f"<li>{esc(b[1])}</li>")
            elif k == "p":
                out.append(f"<p>{esc(b[1])}</p>")
        if inlist:
            out.append("</ul>")
        return out

    H.append(f"<header><h1>{esc(r['name'])}</h1>")
    if r.get("tagline"):
        H.append(f"<p class=\"i\">{esc(r['tagline'])}</p>")
    H.append("<p>" + " &middot; ".join(esc(c) for c in r["contact"]) + "</p></header>")
    if side:
        H.append("<aside>")
        H += emit(side)
        H.append("</aside>")
    H.append("<main>")
    H += emit(main)
    H.append("</main></body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(r):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if r.get("font") == "dejavu":
        for n, f in (("DJ", "DejaVuSans.ttf"), ("DJ-B", "DejaVuSans-Bold.ttf"),
                     ("DJ-I", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, DJ + f))
        F = {"n": "DJ", "b": "DJ-B", "i": "DJ-I"}
    else:
        F = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    size = letter if r.get("page") == "letter" else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    c.setCreator("Microsoft Word")
    layout = r.get("layout", "plain")
    fs = r.get("fs", 9.5)
    lh = fs * 1.35
    M = 50
    page = [1]
    state = {}

    def footer():
        if r.get("footer"):
            c.setFont(F["n"], 7.5)
            c.drawCentredString(W / 2, 28, r["footer"].format(name=r["name"], page=page[0]))

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        state["y"] = Hh - M
        if layout == "sidebar":
            state["x0"], state["x1"] = M, W - M
    bch = r.get("bch", "•")

    def draw(blocks, x0, x1, y, allow_break=True):
        state.update(x0=x0, x1=x1, y=y)

        def need(h):
            if allow_break and state["y"] - h < 50:
                newpage()

        for b in blocks:
            k = b[0]
            x0, x1 = state["x0"], state["x1"]
            if k == "h":
                if r.get("break_before") == b[1] and allow_break and page[0] == 1:
                    newpage()
                    x0, x1 = state["x0"], state["x1"]
                need(lh * 3)
                state["y"] -= 4
                c.setFont(F["b"], fs + 1.5)
                c.setFillColorRGB(*r.get("hcol", (0.1, 0.2, 0.4)))
                c.drawString(x0, state["y"], hcase(r, b[1]))
                c.setFillColorRGB(0, 0, 0)
                if r.get("rule", True):
                    c.setLineWidth(0.5)
                    c.line(x0, state["y"] - 3, x1, state["y"] - 3)
                state["y"] -= lh + 3
            elif k == "row":
                need(lh)
                rw = c.stringWidth(b[2], F["n"], fs) if b[2] else 0
                lines = simpleSplit(b[1], F[b[3]], fs, x1 - x0 - rw - 8)
                c.setFont(F["n"], fs)
                if b[2]:
                    c.drawRightString(x1, state["y"], b[2])
                c.setFont(F[b[3]], fs)
                for ln in lines:
                    c.drawString(x0, state["y"], ln)
                    state["y"] -= lh
            elif k in ("line", "p"):
                st = b[2] if k == "line" else "n"
                for ln in simpleSplit(b[1], F[st], fs, x1 - x0):
                    need(lh)
                    c.setFont(F[st], fs)
                    c.drawString(x0, state["y"], ln)
                    state["y"] -= lh
            elif k == "bullet":
                lines = simpleSplit(b[1], F["n"], fs, x1 - x0 - 12)
                for i, ln in enumerate(lines):
                    need(lh)
                    c.setFont(F["n"], fs)
                    if i == 0:
                        c.drawString(x0 + 2, state["y"], bch)
                    c.drawString(x0 + 12, state["y"], ln)
                    state["y"] -= lh
            elif k == "gap":
                state["y"] -= lh * 0.4
        return state["y"]

    main, side = split_blocks(r)
    y = Hh - M
    if layout == "sidebar":
        sw = 165
        c.setFillColorRGB(*r.get("sidecol", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F["b"], 15)
        yy = Hh - M
        for part in r["name"].split(" ", 1):
            c.drawString(20, yy, part)
            yy -= 18
        c.setFont(F["n"], 8)
        for ln in r["contact"]:
            for s in simpleSplit(ln, F["n"], 8, sw - 30):
                c.drawString(20, yy, s)
                yy -= 11
        save = fs
        draw(side, 20, sw - 12, yy - 10, allow_break=False)
        fs = save
        draw(main, sw + 22, W - 40, Hh - M)
    else:
        if layout == "twocol":
            c.setFont(F["b"], 18)
            c.drawString(M, y, r["name"])
            if r.get("tagline"):
                c.setFont(F["i"], 10)
                c.drawString(M, y - 16, r["tagline"])
            c.setFont(F["n"], 8.5)
            yy = y + 4
            for ln in r["contact"]:
                c.drawRightString(W - M, yy, ln)
                yy -= 11
            y = min(y - 30, yy - 6)
        else:
            c.setFont(F["b"], 17)
            c.drawString(M, y, r["name"])
            y -= 16
            if r.get("tagline"):
                c.setFont(F["i"], 10)
                c.drawString(M, y, r["tagline"])
                y -= 13
            c.setFont(F["n"], 8.5)
            c.drawString(M, y, "  |  ".join(r["contact"]))
            y -= 20
        draw(main, M, W - M, y)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("DJ", "", 7.5)
                self.cell(0, 5, r["footer"].format(name=r["name"], page=self.page_no()), align="C")

    pdf = P(format="Letter" if r.get("page") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - Resume")
    pdf.set_author(r["name"])
    pdf.set_creator("Google Docs Renderer")
    pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    fs = r.get("fs", 9.5)
    lh = fs * 0.5
    st = {"b": "B", "i": "I", "n": ""}
    align = "C" if r.get("layout") == "centred" else "L"
    pdf.set_font("DJ", "B", 16)
    pdf.cell(0, 8, r["name"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if r.get("tagline"):
        pdf.set_font("DJ", "I", 10)
        pdf.cell(0, 5.5, r["tagline"], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DJ", "", 8.5)
    pdf.multi_cell(0, 4.5, r.get("contact_sep", "  •  ").join(r["contact"]), align=align,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    main, side = split_blocks(r)
    bch = r.get("bch", "•")
    for b in side + main:
        k = b[0]
        if k == "h":
            if r.get("break_before") == b[1] and pdf.page_no() == 1:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("DJ", "B", fs + 1.5)
            pdf.cell(0, lh + 1.5, hcase(r, b[1]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y = pdf.get_y()
            pdf.set_draw_color(120, 120, 120)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1.5)
        elif k == "row":
            pdf.set_font("DJ", "", fs)
            rw = pdf.get_string_width(b[2]) + 2 if b[2] else 0
            y0 = pdf.get_y()
            if y0 > pdf.h - 30:
                pdf.add_page()
                y0 = pdf.get_y()
            pdf.set_font("DJ", st[b[3]], fs)
            pdf.multi_cell(pdf.epw - rw - 2, lh, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y1 = pdf.get_y()
            if b[2]:
                pdf.set_xy(pdf.w - pdf.r_margin - rw, y0)
                pdf.set_font("DJ", "", fs)
                pdf.cell(rw, lh, b[2], align="R")
                pdf.set_xy(pdf.l_margin, y1)
        elif k in ("line", "p"):
            pdf.set_font("DJ", st[b[2]] if k == "line" else "", fs)
            pdf.multi_cell(0, lh, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "bullet":
            pdf.set_font("DJ", "", fs)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, lh, bch)
            pdf.multi_cell(0, lh, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "gap":
            pdf.ln(1.8)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _borderless(t):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for n in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{n}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(s)


def render_docx(r):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    doc.styles["Normal"].font.name = r.get("docx_font", "Calibri")
    doc.styles["Normal"].font.size = Pt(r.get("fs", 10.5))
    cp = doc.core_properties
    cp.author = cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    layout = r.get("layout", "styles")
    usable = Cm(17)
    main, side = split_blocks(r)
    listb = r.get("docx_bullets", "style") == "style"

    def para(container, text="", style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            p.add_run(text)
        p.paragraph_format.space_after = Pt(1)
        return p

    def emit(container, blocks, width, nested=False):
        for b in blocks:
            k = b[0]
            if k == "h":
                if layout in ("styles", "header") and not nested:
                    doc.add_heading(hcase(r, b[1]), level=r.get("hlevel", 1))
                else:
                    p = para(container)
                    run = p.add_run(hcase(r, b[1]))
                    run.bold = True
                    run.font.size = Pt(12)
                    p.paragraph_format.space_before = Pt(8)
            elif k == "row":
                if layout in ("table", "sidebar") and b[2]:
                    t = container.add_table(rows=1, cols=2)
                    _borderless(t)
                    c0, c1 = t.rows[0].cells
                    c0.width, c1.width = int(width * 0.68), int(width * 0.32)
                    run = c0.paragraphs[0].add_run(b[1])
                    run.bold = b[3] == "b"
                    run.italic = b[3] == "i"
                    c1.paragraphs[0].add_run(b[2])
                    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    p = para(container)
                    if b[2]:
                        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                    run = p.add_run(b[1])
                    run.bold = b[3] == "b"
                    run.italic = b[3] == "i"
                    if b[2]:
                        p.add_run("\t" + b[2])
            elif k == "line":
                p = para(container)
                run = p.add_run(b[1])
                run.bold = b[2] == "b"
                run.italic = b[2] == "i"
            elif k == "bullet":
                if listb:
                    para(container, b[1], "List Bullet")
                else:
                    para(container, r.get("bch", "•") + "\t" + b[1])
            elif k == "p":
                para(container, b[1])

    if layout == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("  |  " + "  |  ".join(r["contact"]))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p = doc.add_paragraph()
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(20)
        if r.get("tagline"):
            para(doc, r["tagline"]).runs[0].italic = True
        if layout != "sidebar":
            para(doc, "  |  ".join(r["contact"]))
    if layout == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        _borderless(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(5), Cm(12)
        _shade(c0, r.get("shade", "E8EEF4"))
        c0.paragraphs[0].add_run("Contact").bold = True
        for ln in r["contact"]:
            para(c0, ln)
        emit(c0, side, Cm(4.6), nested=True)
        emit(c1, main, Cm(11.6), nested=True)
    else:
        emit(doc, side + main, usable)
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


RENDERERS = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
