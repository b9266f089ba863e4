"""Renderers for wild120: reportlab, fpdf2, python-docx, txt, Markdown, HTML.
A résumé dict is turned into blocks first; each renderer draws the blocks its own way."""
import datetime
import html as H
import io
import zipfile

from lib import drange, ym

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def _orgloc(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def _dur(e):
    if not e.start or e.prec == "year":
        return ""
    n = ym(e.end) - ym(e.start) + 1
    y, m = divmod(n, 12)
    p = []
    if y:
        p.append(f"{y} yr{'s' if y > 1 else ''}")
    if m:
        p.append(f"{m} mo{'s' if m > 1 else ''}")
    return " (" + " ".join(p) + ")"


def job_heads(e, r):
    """Return head lines [(text, style, right)] for one entry, style in 'b', 'i', '', 'bi'."""
    d = drange(e, r.get("ds", "mon"), r.get("present", "Present"), r.get("sep", " – "))
    h = r.get("hdr", "title_org")
    ol = _orgloc(e)
    if h == "title_org":
        out = [(e.title, "b", d)]
        if ol:
            out.append((ol, "i", None))
        return out
    if h == "org_title":
        return [(ol or "", "b", d), (e.title, "i", None)]
    if h == "dash":
        t = e.title + (" – " + ol if ol else "")
        return [(t, "b", d)]
    if h == "dash_end":  # everything on one line, dates in brackets or after a comma
        t = e.title + (" - " + ol if ol else "")
        return [(f"{t} ({d})", "b", None)]
    if h == "inline":
        return [(", ".join(x for x in (e.title, e.org, e.loc, d) if x), "b", None)]
    if h == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), "b", d)]
    if h == "dateline":
        out = [(e.title, "b", None)]
        if ol:
            out.append((ol, "", None))
        out.append((d, "i", None))
        return out
    if h == "datesfirst":
        return [(d, "b", None), (e.title + (", " + ol if ol else ""), "", None)]
    if h == "labelled":
        out = [("Designation: " + e.title, "b", None)]
        if e.org:
            out.append(("Company: " + e.org + (", " + e.loc if e.loc else ""), "", None))
        out.append(("Duration: " + d, "", None))
        return out
    if h == "linkedin":
        out = [(e.title, "b", None)]
        if e.org:
            out.append((e.org, "", None))
        out.append((d + _dur(e), "i", None))
        if e.loc:
            out.append((e.loc, "i", None))
        return out
    if h == "orgfirst":  # role line only; employer heading added by blocks()
        return [(e.title, "bi", d)]
    raise ValueError(h)


def blocks(r):
    """Flatten the résumé into blocks."""
    out = []
    for sec in r["sections"]:
        kind, head, body = sec[0], sec[1], sec[2]
        if kind == "pagebreak":
            out.append({"t": "pagebreak"})
            continue
        if head:
            out.append({"t": "h", "text": head})
        if kind == "text":
            for p in body:
                out.append({"t": "para", "text": p})
        elif kind == "list":
            for it in body:
                out.append({"t": "bul", "text": it, "mark": r.get("mark2", r.get("mark", "•"))})
        elif kind == "lines":
            for it in body:
                out.append({"t": "para", "text": it})
        elif kind == "exp":
            prev = None
            for e in body:
                if r.get("hdr") == "orgfirst" and e.org != prev:
                    out.append({"t": "orghead", "text": _orgloc(e, r.get("olsep", ", "))})
                prev = e.org
                out.append({"t": "job", "e": e, "heads": job_heads(e, r), "bullets": e.bullets,
                            "para": e.para, "mark": r.get("mark", "•")})
    return out


def side_blocks(r):
    out = []
    for head, items in r.get("sidebar", []):
        out.append({"t": "h", "text": head})
        for it in items:
            out.append({"t": "para", "text": it})
    return out


# ---------------------------------------------------------------- text-like
def render_txt(r):
    L = [r["name"]]
    if r.get("headline"):
        L.append(r["headline"])
    L += r["contact"]
    caps = r.get("caps", True)
    for head, items in r.get("sidebar", []):
        L += ["", head.upper() if caps else head] + items
    for b in blocks(r):
        t = b["t"]
        if t == "h":
            L += ["", b["text"].upper() if caps else b["text"]]
            if r.get("underline"):
                L.append(r["underline"] * len(b["text"]))
        elif t == "para":
            L.append(b["text"])
        elif t == "bul":
            L.append(b["mark"] + " " + b["text"] if b["mark"] else b["text"])
        elif t == "orghead":
            L += ["", b["text"].upper() if r.get("orgcaps") else b["text"]]
        elif t == "job":
            if r.get("hdr") != "orgfirst":
                L.append("")
            for text, st, right in b["heads"]:
                L.append(text + (r.get("rsep", "    ") + right if right else ""))
            if b["para"]:
                L.append(" ".join(b["bullets"]))
            else:
                for x in b["bullets"]:
                    L.append((b["mark"] + " " if b["mark"] else "") + x)
    return ("\n".join(L) + "\n").encode("utf-8")


def render_md(r):
    L = ["# " + r["name"]]
    if r.get("headline"):
        L += ["", "**" + r["headline"] + "**"]
    L += [""] + [c + "  " for c in r["contact"]]
    for b in blocks(r):
        t = b["t"]
        if t == "h":
            L += ["", "## " + b["text"], ""]
        elif t == "para":
            L += [b["text"], ""]
        elif t == "bul":
            L.append("- " + b["text"])
        elif t == "orghead":
            L += ["", "### " + b["text"], ""]
        elif t == "job":
            L.append("")
            for i, (text, st, right) in enumerate(b["heads"]):
                if r.get("hdr") == "orgfirst":
                    L.append(f"**{text}** — *{right}*  " if right else f"**{text}**  ")
                elif i == 0 and r.get("mdh") == "bold":
                    L.append(f"**{text}**" + (f" — {right}  " if right else "  "))
                elif i == 0:
                    L.append(f"### {text}" + (f" ({right})" if right else ""))
                else:
                    L.append((f"*{text}*" if "i" in st else text) + "  ")
            if b["para"]:
                L += ["", " ".join(b["bullets"])]
            elif b["bullets"]:
                L.append("")
                L += [(r.get("mdmark", "-")) + " " + x for x in b["bullets"]]
    return ("\n".join(L).replace("\n\n\n", "\n\n") + "\n").encode("utf-8")


def render_html(r):
    e = H.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;color:#222}"
                       "h2{border-bottom:1px solid #999;font-size:1.1em;text-transform:uppercase}"
                       ".r{float:right;color:#555}")
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{e(r['name'])} – Résumé</title>", f"<style>{css}</style></head><body>"]
    if r.get("sidebar"):
        L.append("<div style=\"display:flex\"><aside style=\"width:30%;background:#eef;padding:1em\">")
        for head, items in r["sidebar"]:
            L.append(f"<h3>{e(head)}</h3>" + "".join(f"<p>{e(i)}</p>" for i in items))
        L.append("</aside><main style=\"width:70%;padding:1em\">")
    L.append(f"<header><h1>{e(r['name'])}</h1>")
    if r.get("headline"):
        L.append(f"<p class=\"headline\">{e(r['headline'])}</p>")
    L.append("<p>" + "<br>".join(e(c) for c in r["contact"]) + "</p></header>")
    ul = False
    for b in blocks(r):
        t = b["t"]
        if t != "bul" and ul:
            L.append("</ul>")
            ul = False
        if t == "h":
            L.append(f"<h2>{e(b['text'])}</h2>")
        elif t == "para":
            L.append(f"<p>{e(b['text'])}</p>")
        elif t == "bul":
            if not ul:
                L.append("<ul>")
                ul = True
            L.append(f"<li>{e(b['text'])}</li>")
        elif t == "orghead":
            L.append(f"<h3 class=\"employer\">{e(b['text'])}</h3>")
        elif t == "job":
            L.append("<div class=\"job\">")
            for i, (text, st, right) in enumerate(b["heads"]):
                rt = f"<span class=\"r\">{e(right)}</span>" if right else ""
                tag = "h4" if (i == 0 or r.get("hdr") == "orgfirst") else "div"
                L.append(f"<{tag}>{e(text)}{rt}</{tag}>")
            if b["para"]:
                L.append(f"<p>{e(' '.join(b['bullets']))}</p>")
            elif b["bullets"]:
                L.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b["bullets"]) + "</ul>")
            L.append("</div>")
    if ul:
        L.append("</ul>")
    if r.get("sidebar"):
        L.append("</main></div>")
    L.append("</body></html>")
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(r):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    ps = letter if r.get("page") == "letter" else A4
    W, Hh = ps
    c = canvas.Canvas(buf, pagesize=ps, invariant=1)
    c.setCreator("Microsoft Word" if r.get("fake_word") else "ReportLab")
    c.setTitle(r["name"] + " CV")
    c.setAuthor(r["name"])
    fam = r.get("font", "Helvetica")
    FB = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
          "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}[fam]
    fs = r.get("fs", 10)
    lay = r.get("layout", "plain")
    M = 50
    side = lay == "sidebar"
    x0 = 190 if side else M
    x1 = W - M + (10 if side else 0)
    st = {"page": 1, "y": Hh - M}

    def font(s):
        return {"": FB[0], "b": FB[1], "i": FB[2], "bi": FB[3]}[s]

    def footer():
        if r.get("footer"):
            c.setFont(FB[0], 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=st["page"]))

    def newpage():
        footer()
        c.showPage()
        st["page"] += 1
        st["y"] = Hh - M
        if side:
            sidebar_bg()

    def need(h):
        if st["y"] - h < M + 10:
            newpage()

    def line(text, s="", size=None, x=None, right=None, lead=None, xr=None):
        size = size or fs
        x = x0 if x is None else x
        xr = x1 if xr is None else xr
        w = xr - x - (c.stringWidth(right, font(s), size) + 10 if right else 0)
        parts = simpleSplit(text, font(s), size, w) or [""]
        for i, p in enumerate(parts):
            need(size + 3)
            c.setFont(font(s), size)
            c.drawString(x, st["y"], p)
            if right and i == 0:
                c.setFont(FB[2] if r.get("ritalic") else FB[0], size)
                c.drawRightString(xr, st["y"], right)
            st["y"] -= lead or size * 1.3

    def sidebar_bg():
        c.saveState()
        c.setFillColorRGB(*r.get("sidecol", (0.9, 0.92, 0.95)))
        c.rect(0, 0, 170, Hh, stroke=0, fill=1)
        c.restoreState()

    if side:
        sidebar_bg()
        y = Hh - M - 60
        for head, items in r.get("sidebar", []):
            c.setFont(FB[1], 9.5)
            c.drawString(20, y, head.upper())
            y -= 14
            for it in items:
                for p in simpleSplit(it, FB[0], 8.5, 135):
                    c.setFont(FB[0], 8.5)
                    c.drawString(20, y, p)
                    y -= 11
            y -= 8
    # header
    if lay == "twocol":
        yy = st["y"]
        c.setFont(FB[1], 20)
        c.drawString(M, yy - 6, r["name"])
        if r.get("headline"):
            c.setFont(FB[2], 10.5)
            c.drawString(M, yy - 24, r["headline"])
        for i, cl in enumerate(r["contact"]):
            c.setFont(FB[0], 8.5)
            c.drawRightString(W - M, yy - i * 11, cl)
        st["y"] = yy - max(34, 11 * len(r["contact"])) - 8
        c.line(M, st["y"] + 6, W - M, st["y"] + 6)
        st["y"] -= 10
    elif r.get("center"):
        c.setFont(FB[1], 18)
        c.drawCentredString(W / 2, st["y"], r["name"])
        st["y"] -= 18
        if r.get("headline"):
            c.setFont(FB[2], 10.5)
            c.drawCentredString(W / 2, st["y"], r["headline"])
            st["y"] -= 14
        c.setFont(FB[0], 9)
        c.drawCentredString(W / 2, st["y"], "  |  ".join(r["contact"]))
        st["y"] -= 22
    else:
        line(r["name"], "b", 18, lead=20)
        if r.get("headline"):
            line(r["headline"], "i", 11, lead=15)
        if not side:
            line("  ·  ".join(r["contact"]), "", 9, lead=18)
        else:
            st["y"] -= 6
    hcol = r.get("hcol", (0.1, 0.2, 0.45))
    for b in blocks(r):
        t = b["t"]
        if t == "pagebreak":
            newpage()
        elif t == "h":
            need(40)
            st["y"] -= 6
            c.setFillColorRGB(*hcol)
            line(b["text"].upper() if r.get("hcaps", True) else b["text"], "b", fs + 1.5)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(*hcol)
            c.line(x0, st["y"] + fs * 0.9, x1, st["y"] + fs * 0.9)
            st["y"] -= 3
        elif t == "para":
            line(b["text"])
        elif t == "bul":
            line((b["mark"] + " " if b["mark"] else "") + b["text"], x=x0 + 8)
        elif t == "orghead":
            need(50)
            st["y"] -= 4
            line(b["text"], "b", fs + 0.5)
        elif t == "job":
            need(50)
            st["y"] -= 3
            for text, s, right in b["heads"]:
                line(text, s, right=right)
            if b["para"]:
                line(" ".join(b["bullets"]))
            for x in ([] if b["para"] else b["bullets"]):
                mk = b["mark"]
                if mk == "•":
                    need(fs + 3)
                    c.setFont(FB[0], fs)
                    c.drawString(x0 + 6, st["y"], "•")
                    line(x, x=x0 + 16)
                else:
                    line((mk + " " if mk else "") + x, x=x0 + 8)
            st["y"] -= 2
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    fs = r.get("fs", 10)
    lay = r.get("layout", "plain")
    name = r["name"]

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12)
                self.set_font("dj", "", 8)
                self.cell(0, 5, r["footer"].format(n=self.page_no()), align="C")

    pdf = P(format=r.get("page", "A4"))
    pdf.set_creation_date(FIXED)
    pdf.set_title(name + " - Resume")
    pdf.set_author(name)
    pdf.set_producer("fpdf2")
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("dj", "BI", DJ + "DejaVuSans-BoldOblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    side = lay == "sidebar"
    LX = 72 if side else 18
    pdf.set_left_margin(LX)
    W = pdf.w - LX - 18

    if side:
        pdf.set_fill_color(*r.get("sidecol", (40, 55, 75)))
        pdf.rect(0, 0, 62, pdf.h, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(6, 20)
        for head, items in r.get("sidebar", []):
            pdf.set_x(6)
            pdf.set_font("dj", "B", 9)
            pdf.multi_cell(52, 5, head.upper(), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dj", "", 8)
            for it in items:
                pdf.set_x(6)
                pdf.multi_cell(52, 4.2, it, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(LX, 16)

    def st(s):
        return {"": "", "b": "B", "i": "I", "bi": "BI"}[s]

    al = "C" if r.get("center") else "L"
    pdf.set_font("dj", "B", 17)
    pdf.cell(W, 9, name, align=al, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("dj", "I", 10.5)
        pdf.cell(W, 6, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
    if not side:
        pdf.set_font("dj", "", 8.5)
        for cl in ([" | ".join(r["contact"])] if r.get("center") else r["contact"]):
            pdf.cell(W, 4.6, cl, align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks(r):
        t = b["t"]
        if t == "pagebreak":
            pdf.add_page()
        elif t == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dj", "B", fs + 1.5)
            pdf.cell(W, 7, b["text"].upper() if r.get("hcaps", True) else b["text"],
                     border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "para":
            pdf.set_font("dj", "", fs - 0.5)
            pdf.multi_cell(W, 4.8, b["text"], new_x="LMARGIN", new_y="NEXT")
        elif t == "bul":
            pdf.set_font("dj", "", fs - 0.5)
            pdf.set_x(LX + 3)
            pdf.multi_cell(W - 3, 4.8, (b["mark"] + " " if b["mark"] else "") + b["text"],
                           new_x="LMARGIN", new_y="NEXT")
        elif t == "orghead":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("dj", "B", fs + 0.5)
            pdf.multi_cell(W, 5.5, b["text"], new_x="LMARGIN", new_y="NEXT")
        elif t == "job":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1.5)
            for text, s, right in b["heads"]:
                pdf.set_font("dj", st(s), fs)
                if right:
                    y = pdf.get_y()
                    pdf.set_font("dj", "", fs - 1)
                    pdf.cell(W, 5.2, right, align="R")
                    pdf.set_xy(LX, y)
                    pdf.set_font("dj", st(s), fs)
                    rw = pdf.get_string_width(right) + 6
                    pdf.multi_cell(W - rw, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(W, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dj", "", fs - 0.5)
            if b["para"]:
                pdf.multi_cell(W, 4.8, " ".join(b["bullets"]), new_x="LMARGIN", new_y="NEXT")
            else:
                for x in b["bullets"]:
                    pdf.set_x(LX + 3)
                    pdf.multi_cell(W - 3, 4.8, (b["mark"] + " " if b["mark"] else "") + x,
                                   new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------- python-docx
def render_docx(r):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    mode = r.get("dmode", "styles")
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = r.get("dfont", "Calibri")
    normal.font.size = Pt(r.get("fs", 10.5))
    TAB = sec.page_width - sec.left_margin - sec.right_margin

    def shade(cell, col):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), col)
        tcPr.append(s)

    def noborders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for k in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{k}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def para(container, text="", s="", style=None, right=None, tabpos=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(r.get("after", 1))
        if text:
            run = p.add_run(text)
            run.bold = "b" in s
            run.italic = "i" in s
            if size:
                run.font.size = Pt(size)
        if right:
            pf.tab_stops.add_tab_stop(tabpos or TAB, WD_TAB_ALIGNMENT.RIGHT)
            run = p.add_run("\t" + right)
        return p

    def head(container, text):
        if mode == "styles" and container is doc:
            return doc.add_heading(text, level=1)
        p = para(container, text.upper() if r.get("hcaps", True) else text, "b", size=12)
        p.paragraph_format.space_before = Pt(8)
        if r.get("hrule_col"):
            for run in p.runs:
                run.font.color.rgb = RGBColor.from_string(r["hrule_col"])
        return p

    def bullets(container, xs, mark, asp):
        if asp:
            para(container, " ".join(xs))
            return
        for x in xs:
            if mark == "•" and container is doc and r.get("listbul", True):
                p = doc.add_paragraph(x, style="List Bullet")
                p.paragraph_format.space_after = Pt(0)
            else:
                para(container, (mark + " " if mark else "") + x)

    def job(container, b, tabpos=None):
        hs = b["heads"]
        if mode == "table" and container is doc:
            t = doc.add_table(rows=1, cols=2)
            noborders(t)
            t.columns[0].width = Cm(12)
            cl, cr = t.rows[0].cells
            cl.width, cr.width = Cm(12.5), Cm(4.5)
            cl.paragraphs[0].add_run(hs[0][0]).bold = True
            for text, s, right in hs[1:]:
                pr = cl.add_paragraph()
                pr.add_run(text).italic = "i" in s
            rp = cr.paragraphs[0]
            rp.add_run(hs[0][2] or "")
            rp.alignment = 2
            bullets(doc, b["bullets"], b["mark"], b["para"])
            return
        for i, (text, s, right) in enumerate(hs):
            if mode == "styles" and i == 0 and container is doc and r.get("h2", True):
                p = doc.add_heading(level=2)
                p.add_run(text)
                if right:
                    p.paragraph_format.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + right)
            else:
                para(container, text, s, right=right, tabpos=tabpos)
        bullets(container, b["bullets"], b["mark"], b["para"])

    # header / name
    if r.get("dheader"):
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp2 = sec.header.add_paragraph("  |  ".join(r["contact"]))
        hp2.runs[0].font.size = Pt(8.5)
        if r.get("dfooter"):
            sec.footer.paragraphs[0].add_run(r["dfooter"])
    main = doc
    tabpos = None
    if mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        shade(left, r.get("sidefill", "DCE6F0"))
        left.paragraphs[0].add_run(r["name"]).bold = True
        for cl in r["contact"]:
            para(left, cl, size=8.5)
        for h, items in r.get("sidebar", []):
            para(left, h.upper(), "b", size=9.5).paragraph_format.space_before = Pt(8)
            for it in items:
                para(left, it, size=8.5)
        main = right
        tabpos = Cm(11)
        if r.get("headline"):
            right.paragraphs[0].add_run(r["headline"]).italic = True
    elif not r.get("dheader"):
        if mode == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            p = para(doc, r["name"], "b", size=18)
        if r.get("headline"):
            para(doc, r["headline"], "i")
        para(doc, "  •  ".join(r["contact"]) if r.get("oneline", True) else "\n".join(r["contact"]), size=9)
    elif r.get("headline"):
        para(doc, r["headline"], "bi", size=12)
    for b in blocks(r):
        t = b["t"]
        if t == "h":
            head(main, b["text"])
        elif t == "para":
            para(main, b["text"])
        elif t == "bul":
            bullets(main, [b["text"]], b["mark"], False)
        elif t == "orghead":
            p = para(main, b["text"], "b", size=11)
            p.paragraph_format.space_before = Pt(6)
        elif t == "job":
            job(main, b, tabpos)
        elif t == "pagebreak":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = cp.modified = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.last_printed = datetime.datetime(2026, 11, 2, 9, 30, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render(r):
    ext = r["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        return render_fpdf(r) if r.get("engine") == "fpdf" else render_rl(r)
    return {"docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[ext](r)
