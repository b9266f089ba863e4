"""Renderers for wild25: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML."""
import datetime, html, io, zipfile
from lib import E, date_text

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def dates(r, e):
    return date_text(e, r.get("style", "mon"), r.get("present", "Present"), r.get("sep", " – "))


def where(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def entry_lines(r, items):
    """Generic layout: list of (kind, text[, right])."""
    order = r.get("order", "title_org")
    out, last_org = [], object()
    for e in items:
        if isinstance(e, str):
            out.append(("sub", e)); last_org = object(); continue
        d = dates(r, e)
        if order == "title_org":
            out.append(("hr", e.title, d))
            if where(e):
                out.append(("i", where(e)))
        elif order == "org_title":
            out.append(("hr", where(e) or e.title, d))
            if where(e):
                out.append(("i", e.title))
        elif order == "dash":
            out.append(("h", " – ".join(x for x in (e.title, where(e)) if x) + (f"   ({d})" if d else "")))
        elif order == "pipe":
            out.append(("hr", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
        elif order == "dateline":
            out.append(("h", e.title))
            if where(e):
                out.append(("i", where(e)))
            if d:
                out.append(("i", d))
        elif order == "oneline":
            out.append(("h", (d + ":  " if d else "") + ", ".join(x for x in (e.title, e.org, e.loc) if x)))
        elif order == "orgfirst":
            if e.org != last_org:
                out.append(("sub", where(e) or ""))
                last_org = e.org
            out.append(("hr", e.title, d))
        if e.bullets:
            if r.get("prose"):
                out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
            else:
                for b in e.bullets:
                    out.append(("b", b))
        out.append(("gap", ""))
    return out


def plain_lines(r):
    """List of (kind, text, right) for the whole résumé."""
    L = [("name", r["name"])] + [("c", c) for c in r["contact"]]
    if r.get("summary"):
        L += [("gap", ""), ("sec", r.get("summary_head", "Profile")), ("p", r["summary"])]
    for head, items in r["sections"]:
        L += [("gap", ""), ("sec", head)]
        if items and any(isinstance(x, E) for x in items):
            if r.get("order") == "table":
                L.append(("table", items))
            else:
                L += entry_lines(r, items)
        else:
            L += [("b" if r.get("listed", True) else "p", x) for x in items]
    return L


def table_rows(r, items):
    rows = []
    for e in items:
        if isinstance(e, str):
            continue
        rows.append([dates(r, e), e.title, e.org or "", e.loc or ""])
    return rows


# ---------------------------------------------------------------- text / md / html
def render_txt(r):
    bch = r.get("bullet", "-")
    out = []
    for k, *t in plain_lines(r):
        if k == "name":
            out.append(t[0].upper() if r.get("caps") else t[0])
        elif k == "c":
            out.append(t[0])
        elif k == "sec":
            out.append(t[0].upper() if r.get("caps", True) else t[0])
            if r.get("underline"):
                out.append(r["underline"] * len(t[0]))
        elif k == "hr":
            out.append(f"{t[0]}  {r.get('tsep', '|')}  {t[1]}" if t[1] else t[0])
        elif k in ("h", "i", "sub"):
            out.append(t[0])
        elif k == "b":
            out.append(f"{bch} {t[0]}")
        elif k == "p":
            out.append(t[0])
        elif k == "gap":
            out.append("")
        elif k == "table":
            rows = [["Dates", "Assignment", "Client", "Town"]] + table_rows(r, t[0])
            w = [max(len(x[i]) for x in rows) for i in range(4)]
            for row in rows:
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(row)).rstrip())
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip() + "\n"


def render_md(r):
    out = []
    for k, *t in plain_lines(r):
        if k == "name":
            out.append(f"# {t[0]}")
        elif k == "c":
            out.append(t[0] + "  ")
        elif k == "sec":
            out.append(f"\n## {t[0]}\n")
        elif k == "sub":
            out.append(f"\n**{t[0]}**\n")
        elif k == "hr":
            out.append(f"### {t[0]}" + (f" — *{t[1]}*" if t[1] else ""))
        elif k == "h":
            out.append(f"**{t[0]}**  ")
        elif k == "i":
            out.append(f"_{t[0]}_  ")
        elif k == "b":
            out.append(f"{r.get('bullet', '-')} {t[0]}")
        elif k == "p":
            out.append(t[0])
        elif k == "gap":
            out.append("")
        elif k == "table":
            out.append("| Dates | Role | Client | Location |\n|---|---|---|---|")
            for row in table_rows(r, t[0]):
                out.append("| " + " | ".join(row) + " |")
    return "\n".join(out).strip() + "\n"


def render_html(r):
    esc = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{esc(r['name'])} - CV</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:auto}"
           "h2{border-bottom:1px solid #999}.d{float:right;color:#555}table{border-collapse:collapse}"
           "td,th{border:1px solid #ccc;padding:3px 6px}</style></head><body>"]
    ul = False
    for k, *t in plain_lines(r):
        if k != "b" and ul:
            out.append("</ul>"); ul = False
        if k == "name":
            out.append(f"<h1>{esc(t[0])}</h1>")
        elif k == "c":
            out.append(f"<div class=\"contact\">{esc(t[0])}</div>")
        elif k == "sec":
            out.append(f"<h2>{esc(t[0])}</h2>")
        elif k == "sub":
            out.append(f"<h3>{esc(t[0])}</h3>")
        elif k == "hr":
            out.append(f"<p><strong>{esc(t[0])}</strong> <span class=\"d\">{esc(t[1])}</span></p>")
        elif k == "h":
            out.append(f"<p><strong>{esc(t[0])}</strong></p>")
        elif k == "i":
            out.append(f"<p><em>{esc(t[0])}</em></p>")
        elif k == "b":
            if not ul:
                out.append("<ul>"); ul = True
            out.append(f"<li>{esc(t[0])}</li>")
        elif k == "p":
            out.append(f"<p>{esc(t[0])}</p>")
        elif k == "table":
            out.append("<table><tr><th>When</th><th>Assignment</th><th>Client</th><th>Where</th></tr>")
            for row in table_rows(r, t[0]):
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    if ul:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- reportlab
def render_reportlab(r):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
    size = letter if r.get("letter") else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV"); c.setAuthor(r["name"])
    lay = r.get("page", "plain")
    x0 = 200 if lay == "sidebar" else 54
    x1 = W - 54
    page = [1]

    def sidebar():
        c.setFillColorRGB(0.88, 0.91, 0.94); c.rect(0, 0, 180, H, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        yy = H - 60
        c.setFont("DVB", 13)
        for ln in simpleSplit(r["name"], "DVB", 13, 150):
            c.drawString(18, yy, ln); yy -= 16
        yy -= 6
        for blk in [("Contact", r["contact"])] + list(r.get("side", [])):
            c.setFont("DVB", 9.5); c.drawString(18, yy, blk[0].upper()); yy -= 13
            c.setFont("DV", 8.5)
            for item in blk[1]:
                for ln in simpleSplit(item, "DV", 8.5, 150):
                    c.drawString(18, yy, ln); yy -= 11
                yy -= 2
            yy -= 8

    def footer():
        if r.get("footer"):
            c.setFont("DVI", 8); c.drawCentredString(W / 2, 30, f"{r['footer']} — page {page[0]}")

    if lay == "sidebar":
        sidebar()
    y = H - 56
    def need(h):
        nonlocal y
        if y - h < 60:
            footer(); c.showPage(); page[0] += 1; y = H - 56
            if lay == "sidebar":
                sidebar()

    lines = plain_lines(r)
    if lay == "sidebar":
        lines = [l for l in lines if l[0] not in ("name", "c")]
    for k, *t in lines:
        if k == "name":
            c.setFont("DVB", 18)
            if lay == "twocol":
                c.drawString(x0, y, t[0])
            else:
                c.drawCentredString(W / 2, y, t[0]) if r.get("centre") else c.drawString(x0, y, t[0])
            y -= 16; cy = y + 16
            continue
        if k == "c":
            c.setFont("DV", 9)
            if lay == "twocol":
                c.drawRightString(x1, cy, t[0]); cy -= 11; y = min(y, cy - 4)
            else:
                c.drawCentredString(W / 2, y, t[0]) if r.get("centre") else c.drawString(x0, y, t[0])
                y -= 11
            continue
        if k == "gap":
            y -= 5; continue
        if k == "sec":
            need(40); y -= 4
            c.setFont("DVB", 11.5); c.drawString(x0, y, t[0].upper() if r.get("caps") else t[0])
            c.setLineWidth(0.6); c.line(x0, y - 3, x1, y - 3); y -= 16; continue
        if k == "table":
            rows = [["Dates", "Assignment", "Client", "Town"]] + table_rows(r, t[0])
            cols = [x0, x0 + 118, x0 + 268, x0 + 408]
            for i, row in enumerate(rows):
                need(13)
                c.setFont("DVB" if i == 0 else "DV", 8)
                for xx, cell in zip(cols, row):
                    c.drawString(xx, y, cell)
                y -= 12
            continue
        font, fs, ind, txt = {"hr": ("DVB", 10), "h": ("DVB", 10), "sub": ("DVB", 10.5),
                              "i": ("DVI", 9.5), "b": ("DV", 9.5), "p": ("DV", 9.5)}[k] + (0, t[0])
        if k == "b":
            ind = 12
        width = x1 - x0 - ind - (95 if k == "hr" else 0)
        parts = simpleSplit(txt, font, fs, width)
        need(12 * len(parts) + 2)
        c.setFont(font, fs)
        for j, ln in enumerate(parts):
            if k == "b" and j == 0:
                c.drawString(x0 + 2, y, r.get("bullet", "•"))
            c.drawString(x0 + ind, y, ln)
            if k == "hr" and j == len(parts) - 1 and t[1]:
                c.setFont("DV", 9.5); c.drawRightString(x1, y, t[1]); c.setFont(font, fs)
            y -= 12
    footer()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r):
    from fpdf import FPDF
    pdf = FPDF(format="letter" if r.get("letter") else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    if r.get("footer"):
        pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    al = "C" if r.get("centre") else "L"
    W = pdf.w - 32
    for k, *t in plain_lines(r):
        if k == "name":
            pdf.set_font("DV", "B", 17); pdf.cell(W, 9, t[0], align=al, new_x="LMARGIN", new_y="NEXT")
        elif k == "c":
            pdf.set_font("DV", "", 9); pdf.cell(W, 5, t[0], align=al, new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(1.5)
        elif k == "sec":
            pdf.ln(2); pdf.set_font("DV", "B", 11)
            pdf.cell(W, 7, t[0].upper() if r.get("caps") else t[0], border="B", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "hr":
            pdf.set_font("DV", "B", 10); pdf.cell(W - 45, 5.5, t[0])
            pdf.set_font("DV", "", 9.5); pdf.cell(45, 5.5, t[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k in ("h", "sub"):
            pdf.set_font("DV", "B", 10); pdf.multi_cell(W, 5.5, t[0], new_x="LMARGIN", new_y="NEXT")
        elif k == "i":
            pdf.set_font("DV", "I", 9.5); pdf.multi_cell(W, 5, t[0], new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            pdf.set_font("DV", "", 9.5); pdf.cell(5, 5, r.get("bullet", "•"))
            pdf.multi_cell(W - 5, 5, t[0], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("DV", "", 9.5); pdf.multi_cell(W, 5, t[0], new_x="LMARGIN", new_y="NEXT")
        elif k == "table":
            pdf.set_font("DV", "B", 8.5)
            widths = [36, 52, 58, W - 146]
            rows = [["Dates", "Assignment", "Client", "Town"]] + table_rows(r, t[0])
            for i, row in enumerate(rows):
                pdf.set_font("DV", "B" if i == 0 else "", 8)
                for w, cell in zip(widths, row):
                    pdf.cell(w, 5.5, cell, border=1)
                pdf.ln(5.5)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    return out.getvalue()


def render_docx(r):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]; cp.title = "CV"; cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = r["name"]; cp.revision = 1
    st = d.styles["Normal"]; st.font.name = r.get("font", "Calibri"); st.font.size = Pt(10.5)
    lay = r.get("page", "styles")
    sec0 = d.sections[0]
    sec0.left_margin = sec0.right_margin = Cm(2)
    right_tab = sec0.page_width - sec0.left_margin - sec0.right_margin
    lines = plain_lines(r)
    if lay == "header":
        hp = sec0.header.paragraphs[0]
        hp.text = r["name"]; hp.runs[0].bold = True
        for cl in r["contact"]:
            sec0.header.add_paragraph(cl)
        lines = [l for l in lines if l[0] not in ("name", "c")]
    if r.get("footer"):
        sec0.footer.paragraphs[0].text = r["footer"]
    table_mode = r.get("jobtable")
    for k, *t in lines:
        if k == "name":
            d.add_heading(t[0], 0) if lay == "styles" else d.add_paragraph().add_run(t[0]).__setattr__("bold", True)
        elif k == "c":
            d.add_paragraph(t[0])
        elif k == "gap":
            continue
        elif k == "sec":
            if lay == "styles" or r.get("headings"):
                d.add_heading(t[0], 1)
            else:
                p = d.add_paragraph(); run = p.add_run(t[0].upper()); run.bold = True; run.font.size = Pt(12)
        elif k == "sub":
            if lay == "styles":
                d.add_heading(t[0], 2)
            else:
                d.add_paragraph().add_run(t[0]).bold = True
        elif k == "hr":
            if table_mode:
                tb = d.add_table(rows=1, cols=2)
                a, b = tb.rows[0].cells
                a.text = t[0]; a.paragraphs[0].runs[0].bold = True
                b.text = t[1]; b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run(t[0]).bold = True
                if t[1]:
                    p.add_run("\t" + t[1])
        elif k == "h":
            d.add_paragraph().add_run(t[0]).bold = True
        elif k == "i":
            d.add_paragraph().add_run(t[0]).italic = True
        elif k == "b":
            if r.get("bullet") and r["bullet"] != "list":
                d.add_paragraph(f"{r['bullet']} {t[0]}")
            else:
                d.add_paragraph(t[0], style="List Bullet")
        elif k == "p":
            d.add_paragraph(t[0])
        elif k == "table":
            rows = [["Dates", "Assignment", "Client", "Location"]] + table_rows(r, t[0])
            tb = d.add_table(rows=len(rows), cols=4)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = cell
    buf = io.BytesIO(); d.save(buf)
    return fix_zip(buf.getvalue())


def render(r):
    kind = r["renderer"]
    if kind == "txt": return render_txt(r).encode("utf-8")
    if kind == "md": return render_md(r).encode("utf-8")
    if kind == "html": return render_html(r).encode("utf-8")
    if kind == "reportlab": return render_reportlab(r)
    if kind == "fpdf2": return render_fpdf(r)
    if kind == "docx": return render_docx(r)
    raise ValueError(kind)
