"""Renderers: résumé dict -> blocks -> txt / md / html / reportlab PDF / fpdf2 PDF / python-docx."""
import datetime, html, io, zipfile
from lib import E

FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def entry_blocks(e, r):
    st = e.eh or r.get("eh", "dash")
    sep = r.get("sep", " - ")
    org = e.org or ""
    orgloc = ", ".join(x for x in (e.org, e.loc) if x)
    dt = e.dt or ""
    out = []
    if st == "dash":
        left = e.title + (sep + orgloc if orgloc else "")
        out.append(("eh", left, dt))
    elif st == "title_org":
        out.append(("eh", e.title, dt))
        if orgloc:
            out.append(("p", orgloc))
    elif st == "org_title":
        out.append(("eh", orgloc, dt))
        out.append(("i", e.title))
    elif st == "pipe":
        out.append(("eh", " | ".join(x for x in (e.title, e.org, e.loc) if x), dt))
    elif st == "comma":
        out.append(("p", ", ".join(x for x in (e.title, e.org, e.loc, e.dt) if x)))
    elif st == "paren":
        s = e.title + (" @ " + org if org else "") + (" (" + dt + ")" if dt else "")
        out.append(("p", s))
    elif st == "datefirst":
        out.append(("p", (dt + "  " if dt else "") + e.title + (" - " + orgloc if orgloc else "")))
    elif st == "stack":
        out.append(("eh", e.title, ""))
        if orgloc:
            out.append(("p", orgloc))
        if dt:
            out.append(("p", dt))
    elif st == "prose":
        out.append(("eh", e.title + (sep + orgloc if orgloc else ""), dt))
        if e.b:
            out.append(("p", " ".join(e.b)))
        return out
    for b in e.b:
        out.append(("b", b))
    return out


def blocks(r):
    out = []
    for p in r["parts"]:
        if isinstance(p, E):
            out.extend(entry_blocks(p, r))
            out.append(("gap",))
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------- text family
def to_txt(r):
    hs = r.get("hs", "plain")
    bc = r.get("bc", "-")
    lines = [r["name"]] + r.get("contact", []) + [""]
    for b in blocks(r):
        k = b[0]
        if k == "h":
            if lines and lines[-1] != "":
                lines.append("")
            t = b[1]
            if hs == "underline":
                lines += [t, "-" * len(t)]
            elif hs == "stars":
                lines.append("*** " + t + " ***")
            elif hs == "colon":
                lines.append(t + ":")
            else:
                lines.append(t)
        elif k == "eh":
            lines.append(b[1] + (r.get("dsep", "   ") + b[2] if b[2] else ""))
        elif k in ("p", "i"):
            lines.append(b[1])
        elif k == "b":
            lines.append((bc + " " if bc else "") + b[1])
        elif k == "gap":
            if r.get("gaps", True):
                lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return ("\n".join(lines) + "\n" + r.get("tail", "")).encode("utf-8")


def to_md(r):
    bc = r.get("bc", "-")
    lines = ["# " + r["name"], ""] + [c + "  " for c in r.get("contact", [])] + [""]
    for b in blocks(r):
        k = b[0]
        if k == "h":
            lines += ["", "## " + b[1], ""]
        elif k == "eh":
            if r.get("mdh3"):
                lines += ["### " + b[1], ""] + (["*" + b[2] + "*", ""] if b[2] else [])
            else:
                lines.append("**" + b[1] + "**" + (" — " + b[2] if b[2] else "") + "  ")
        elif k == "i":
            lines.append("_" + b[1] + "_  ")
        elif k == "p":
            lines.append(b[1] + "  ")
        elif k == "b":
            lines.append(bc + " " + b[1])
        elif k == "gap":
            lines.append("")
    return ("\n".join(lines).strip() + "\n").encode("utf-8")


def to_html(r):
    esc = html.escape
    o = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", "<title>" + esc(r["name"]) + " resume</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:720px;margin:20px auto;font-size:14px}"
         "h2{font-size:15px;border-bottom:1px solid #999}.d{float:right;color:#555}ul{margin:2px 0 8px}</style>",
         "</head><body>", "<h1>" + esc(r["name"]) + "</h1>"]
    o += ["<div>" + esc(c) + "</div>" for c in r.get("contact", [])]
    inul = False
    for b in blocks(r):
        if b[0] != "b" and inul:
            o.append("</ul>"); inul = False
        if b[0] == "h":
            o.append("<h2>" + esc(b[1]) + "</h2>")
        elif b[0] == "eh":
            o.append("<p><b>" + esc(b[1]) + "</b>" + (" <span class=\"d\">" + esc(b[2]) + "</span>" if b[2] else "") + "</p>")
        elif b[0] == "i":
            o.append("<p><i>" + esc(b[1]) + "</i></p>")
        elif b[0] == "p":
            o.append("<p>" + esc(b[1]) + "</p>")
        elif b[0] == "b":
            if not inul:
                o.append("<ul>"); inul = True
            o.append("<li>" + esc(b[1]) + "</li>")
    if inul:
        o.append("</ul>")
    o.append("</body></html>")
    return ("\n".join(o) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def to_rl(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    from reportlab.lib.utils import simpleSplit
    size = A4 if r.get("a4") else letter
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " resume"); c.setAuthor(r["name"])
    lay = r.get("layout", "single")
    bc = r.get("bc", "\u2022")
    page = [1]
    x0 = 54
    if lay == "sidebar":
        x0 = 200
    xr = W - 50

    def deco():
        if lay == "sidebar" and page[0] == 1:
            c.setFillGray(0.9); c.rect(0, 0, 175, H, stroke=0, fill=1); c.setFillGray(0)
            y = H - 60
            c.setFont("Helvetica-Bold", 15)
            for ln in simpleSplit(r["name"], "Helvetica-Bold", 15, 140):
                c.drawString(20, y, ln); y -= 18
            y -= 6
            for s in r.get("side", []):
                if s.startswith("#"):
                    y -= 8; c.setFont("Helvetica-Bold", 9.5); c.drawString(20, y, s[1:]); y -= 13; continue
                c.setFont("Helvetica", 8.5)
                for ln in simpleSplit(s, "Helvetica", 8.5, 140):
                    c.drawString(20, y, ln); y -= 11
        if r.get("footer"):
            c.setFont("Helvetica", 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].format(p=page[0])); c.setFillGray(0)

    deco()
    y = H - 60
    if lay != "sidebar":
        if lay == "twocol":
            c.setFont("Helvetica-Bold", 18); c.drawString(x0, y, r["name"])
            c.setFont("Helvetica", 9)
            yy = y + 6
            for ct in r.get("contact", []):
                c.drawRightString(xr, yy, ct); yy -= 11
            y = min(y, yy) - 14
        else:
            c.setFont("Helvetica-Bold", 16); c.drawString(x0, y, r["name"]); y -= 15
            c.setFont("Helvetica", 9.5)
            for ct in r.get("contact", []):
                c.drawString(x0, y, ct); y -= 12
            y -= 8
    else:
        c.setFont("Helvetica", 9.5)
        for ct in r.get("contact", []):
            c.drawString(x0, y, ct); y -= 12
        y -= 8

    def need(h):
        nonlocal y
        if y - h < 60:
            c.showPage(); page[0] += 1; deco(); y = H - 60

    fs = r.get("fs", 10)
    for b in blocks(r):
        k = b[0]
        if k == "pagebreak":
            c.showPage(); page[0] += 1; deco(); y = H - 60; continue
        if k == "h":
            need(30); y -= 6
            c.setFont("Helvetica-Bold", fs + 1.5); c.drawString(x0, y, b[1]); y -= 4
            if r.get("rule", True):
                c.setLineWidth(0.5); c.line(x0, y, xr, y)
            y -= 13
        elif k == "eh":
            need(14)
            c.setFont("Helvetica-Bold", fs); c.drawString(x0, y, b[1])
            if b[2]:
                c.setFont("Helvetica", fs); c.drawRightString(xr, y, b[2])
            y -= fs + 3
        elif k in ("p", "i"):
            fn = "Helvetica-Oblique" if k == "i" else "Helvetica"
            for ln in simpleSplit(b[1], fn, fs, xr - x0):
                need(12); c.setFont(fn, fs); c.drawString(x0, y, ln); y -= fs + 3
        elif k == "b":
            lns = simpleSplit(b[1], "Helvetica", fs, xr - x0 - 14)
            for i, ln in enumerate(lns):
                need(12); c.setFont("Helvetica", fs)
                if i == 0:
                    c.drawString(x0 + 3, y, bc)
                c.drawString(x0 + 14, y, ln); y -= fs + 3
        elif k == "gap":
            y -= 5
    c.showPage(); c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def to_fp(r):
    from fpdf import FPDF
    lay = r.get("layout", "single")

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-12); self.set_font("dv", "", 8)
                self.cell(0, 5, r["footer"].format(p=self.page_no()), align="C")

    pdf = P(format="A4" if r.get("a4", True) else "letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV"); pdf.set_author(r["name"])
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page(); pdf.set_margins(18, 16, 18)
    fs = r.get("fs", 10)
    if lay == "twocol":
        pdf.set_font("dv", "B", 17); y0 = pdf.get_y()
        pdf.cell(100, 9, r["name"])
        pdf.set_font("dv", "", 8.5)
        pdf.set_xy(110, y0)
        pdf.multi_cell(0, 4.2, "\n".join(r.get("contact", [])), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    elif lay == "centred":
        pdf.set_font("dv", "B", 16); pdf.cell(0, 9, r["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9); pdf.cell(0, 5, "  |  ".join(r.get("contact", [])), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    else:
        pdf.set_font("dv", "B", 15); pdf.cell(0, 8, r["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for ct in r.get("contact", []):
            pdf.cell(0, 4.6, ct, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    bc = r.get("bc", "\u2022")
    for b in blocks(r):
        k = b[0]
        if k == "pagebreak":
            pdf.add_page(); continue
        if k == "h":
            pdf.ln(2); pdf.set_font("dv", "B", fs + 1)
            pdf.cell(0, 6, b[1], border="B" if r.get("rule", True) else 0, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "eh":
            pdf.set_font("dv", "B", fs)
            if b[2]:
                y = pdf.get_y()
                pdf.cell(0, 5.2, b[2], align="R")
                pdf.set_xy(pdf.l_margin, y)
                pdf.multi_cell(135, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "i"):
            pdf.set_font("dv", "I" if k == "i" else "", fs)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("dv", "", fs)
            pdf.set_x(pdf.l_margin + 2); pdf.cell(5, 5, bc)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- python-docx
def to_docx(r):
    from docx import Document
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_TAB_ALIGNMENT
    lay = r.get("layout", "styles")
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = d.styles["Normal"]; st.font.name = r.get("dfont", "Calibri"); st.font.size = Pt(r.get("fs", 10.5))
    cp = d.core_properties
    cp.author = r["name"]; cp.title = "Resume"; cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]; cp.revision = 1
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        for ct in r.get("contact", []):
            sec.header.add_paragraph(ct)
    elif lay == "plain":
        d.add_paragraph().add_run(r["name"]).bold = True
        for ct in r.get("contact", []):
            d.add_paragraph(ct)
    else:
        d.add_heading(r["name"], level=1)
        d.add_paragraph(" | ".join(r.get("contact", [])))
    bc = r.get("bc")
    tbl = None
    for b in blocks(r):
        k = b[0]
        if k == "h":
            tbl = None
            if lay == "plain":
                p = d.add_paragraph(); p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif k == "eh":
            if lay == "table":
                tbl = d.add_table(rows=1, cols=2)
                c0, c1 = tbl.rows[0].cells
                c0.paragraphs[0].add_run(b[1]).bold = True
                c1.paragraphs[0].add_run(b[2])
                c1.paragraphs[0].alignment = 2
                continue
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            if b[2]:
                if lay in ("tabs", "header"):
                    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + b[2])
                else:
                    p.add_run(r.get("dsep", "   ") + b[2])
        elif k in ("p", "i"):
            if tbl is not None:
                q = tbl.rows[0].cells[0].add_paragraph(); q.add_run(b[1]).italic = (k == "i"); continue
            p = d.add_paragraph(); p.add_run(b[1]).italic = (k == "i")
        elif k == "b":
            if tbl is not None:
                tbl.rows[0].cells[0].add_paragraph((bc or "-") + " " + b[1]); continue
            if bc:
                d.add_paragraph(bc + " " + b[1])
            else:
                d.add_paragraph(b[1], style="List Bullet")
        elif k == "gap":
            tbl = None
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(it.filename))
    return out.getvalue()


RENDER = {"txt": (to_txt, "txt"), "md": (to_md, "md"), "html": (to_html, "html"), "rl": (to_rl, "pdf"),
          "fp": (to_fp, "pdf"), "docx": (to_docx, "docx")}
