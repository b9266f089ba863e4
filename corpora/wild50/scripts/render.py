"""Renderers for wild50: reportlab canvas, fpdf2 (DejaVu), python-docx, text, HTML, Markdown."""
import datetime
import html
import io
import re
import zipfile

from lib import E, date_text

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- neutral lines
def job_lines(e, r, prev_org):
    """Header lines of one entry: list of dicts k (j1/j2/j3/jr), t, r (right text)."""
    d = date_text(e, r)
    order = r.get("order", "title_org")
    org = e.org or ""
    ol = ", ".join(x for x in (org, e.loc) if x)
    if order == "title_org":
        out = [dict(k="j1", t=e.title, r=d)]
        if ol:
            out.append(dict(k="j2", t=ol))
    elif order == "org_title":
        out = [dict(k="j1", t=ol or e.title, r=d)]
        if ol:
            out.append(dict(k="j2", t=e.title))
    elif order == "dateline":
        out = [dict(k="j1", t=e.title)]
        if ol:
            out.append(dict(k="j2", t=ol))
        if d:
            out.append(dict(k="j3", t=d))
    elif order == "datefirst":
        out = [dict(k="j3", t=d)] if d else []
        out.append(dict(k="j1", t=e.title))
        if ol:
            out.append(dict(k="j2", t=ol))
    elif order == "dash":
        out = [dict(k="j1", t=e.title + (" – " + ol if ol else ""), r=d)]
    elif order == "pipe":
        out = [dict(k="j1", t=" | ".join(x for x in (e.title, org, e.loc) if x), r=d)]
    elif order == "inline":
        out = [dict(k="j1", t=", ".join(x for x in (e.title, org, e.loc) if x) + (f" ({d})" if d else ""))]
    elif order == "orgfirst":
        out = []
        if ol != prev_org:
            out.append(dict(k="j1", t=ol or "—"))
        out.append(dict(k="jr", t=e.title, r=d))
    else:
        raise ValueError(order)
    return out


def body_lines(r):
    """All main-column lines for a résumé (headings, job headers, bullets, text)."""
    lines = []
    if r.get("summary_head") is not None and r.get("summary"):
        lines.append(dict(k="h", t=r["summary_head"]))
    if r.get("summary"):
        lines.append(dict(k="p", t=r["summary"]))
    for head, items in r["body"]:
        lines.append(dict(k="h", t=head))
        prev = None
        for it in items:
            if isinstance(it, E):
                lines += job_lines(it, r, prev)
                prev = ", ".join(x for x in (it.org or "", it.loc) if x)
                if it.prose and it.bullets:
                    lines.append(dict(k="p", t=" ".join(it.bullets)))
                else:
                    lines += [dict(k="b", t=b) for b in it.bullets]
                lines.append(dict(k="gap"))
            else:
                lines.append(dict(k="l", t=it))
    return lines


def side_lines(r):
    out = []
    for head, items in r.get("side", []):
        out.append(dict(k="h", t=head))
        out += [dict(k="l", t=x) for x in items]
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    size = letter if r.get("paper") == "letter" else A4

    def run(target, total):
        c = canvas.Canvas(target, pagesize=size, invariant=1)
        c.setTitle(r["name"] + " CV")
        c.setAuthor(r["name"])
        W, H = size
        lay = r.get("layout", "plain")
        page = [1]
        side = lay == "sidebar"
        x0 = 200 if side else 54
        x1 = W - 50
        dcol = lay == "datecol"
        tx = x0 + 95 if dcol else x0

        def footer():
            if r.get("footer"):
                c.setFont("Helvetica", 8)
                c.drawCentredString(W / 2, 28, r["footer"].format(n=page[0], N=total))
            if r.get("runhead") and page[0] > 1:
                c.setFont("Helvetica-Oblique", 8)
                c.drawRightString(x1, H - 30, r["runhead"])

        y = H - 60
        if side:
            c.setFillColorRGB(0.91, 0.93, 0.95)
            c.rect(0, 0, 180, H, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            sy = H - 60
            c.setFont("Helvetica-Bold", 15)
            for part in simpleSplit(r["name"], "Helvetica-Bold", 15, 150):
                c.drawString(18, sy, part)
                sy -= 18
            sy -= 6
            c.setFont("Helvetica", 8.5)
            for ln in r["contact"]:
                for part in simpleSplit(ln, "Helvetica", 8.5, 150):
                    c.drawString(18, sy, part)
                    sy -= 11
            for ln in side_lines(r):
                if ln["k"] == "h":
                    sy -= 8
                    c.setFont("Helvetica-Bold", 10)
                    c.drawString(18, sy, ln["t"].upper())
                    sy -= 13
                else:
                    c.setFont("Helvetica", 8.5)
                    for part in simpleSplit(ln["t"], "Helvetica", 8.5, 150):
                        c.drawString(18, sy, part)
                        sy -= 11
        elif lay == "twocol":
            c.setFont("Helvetica-Bold", 20)
            c.drawString(x0, y, r["name"])
            c.setFont("Helvetica", 9)
            cy = y + 8
            for ln in r["contact"]:
                c.drawRightString(x1, cy, ln)
                cy -= 11
            y = min(y - 18, cy - 4)
            c.line(x0, y, x1, y)
            y -= 18
        else:
            c.setFont("Helvetica-Bold", 18)
            if r.get("center"):
                c.drawCentredString(W / 2, y, r["name"])
            else:
                c.drawString(x0, y, r["name"])
            y -= 16
            c.setFont("Helvetica", 9)
            joiner = r.get("cjoin", "  |  ")
            txt = joiner.join(r["contact"])
            for part in simpleSplit(txt, "Helvetica", 9, x1 - x0):
                if r.get("center"):
                    c.drawCentredString(W / 2, y, part)
                else:
                    c.drawString(x0, y, part)
                y -= 11
            y -= 10
        if not side and r.get("side"):
            pass
        breaks = set(r.get("break_before", []))
        for ln in body_lines(r) + ([] if side else side_lines(r)):
            k = ln["k"]
            if k == "h" and ln["t"] in breaks and page[0] == 1:
                footer()
                c.showPage()
                page[0] += 1
                y = H - 60
            if y < 70:
                footer()
                c.showPage()
                page[0] += 1
                y = H - 60
            if k == "gap":
                y -= 5
                continue
            if k == "h":
                y -= 8
                c.setFont("Helvetica-Bold", 11.5)
                c.drawString(x0, y, ln["t"].upper() if r.get("caps") else ln["t"])
                y -= 4
                c.setLineWidth(0.5)
                c.line(x0, y, x1, y)
                y -= 14
                continue
            font = {"j1": "Helvetica-Bold", "jr": "Helvetica-Bold", "j2": "Helvetica-Oblique",
                    "j3": "Helvetica"}.get(k, "Helvetica")
            fs = 10 if k in ("j1", "jr") else 9.5
            ind = 12 if k == "b" else 0
            if k in ("j1", "jr") and dcol and ln.get("r"):
                c.setFont("Helvetica", 9)
                c.drawString(x0, y, ln["r"])
                ln = dict(ln, r=None)
            width = x1 - tx - ind - (110 if ln.get("r") else 0)
            parts = simpleSplit(ln["t"], font, fs, width)
            c.setFont(font, fs)
            for i, part in enumerate(parts):
                if k == "b" and i == 0:
                    c.drawString(tx + 2, y, r.get("bullet", "•"))
                c.drawString(tx + ind, y, part)
                if i == 0 and ln.get("r"):
                    c.setFont("Helvetica", 9)
                    c.drawRightString(x1, y, ln["r"])
                    c.setFont(font, fs)
                y -= fs + 3
        footer()
        c.showPage()
        c.save()
        return page[0]

    n = run(io.BytesIO(), 1)
    run(path, n)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    info = {}

    class P(FPDF):
        def header(self):
            if r.get("runhead") and self.page_no() > 1:
                self.set_font("dv", "", 8)
                self.cell(0, 5, r["runhead"], align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("dv", "", 8)
                self.cell(0, 6, r["footer"].format(n=self.page_no(), N="{nb}"), align="C")

    pdf = P(format="Letter" if r.get("paper") == "letter" else "A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - Resume")
    pdf.set_author(r["name"])
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.get("layout", "left")
    W = pdf.w
    if lay == "sidebar":  # right sidebar drawn first
        pdf.set_fill_color(235, 240, 236)
        pdf.rect(W - 68, 0, 68, pdf.h, style="F")
        pdf.set_xy(W - 64, 18)
        for ln in side_lines(r):
            pdf.set_x(W - 64)
            if ln["k"] == "h":
                pdf.set_font("dv", "B", 9.5)
                pdf.ln(2)
                pdf.set_x(W - 64)
                pdf.multi_cell(58, 5, ln["t"], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 8)
                pdf.multi_cell(58, 4.2, ln["t"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_right_margin(74)
        pdf.set_xy(18, 16)
    align = "C" if lay == "centred" else "L"
    pdf.set_font("dv", "B", 17)
    pdf.cell(0, 9, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.8)
    pdf.multi_cell(0, 4.6, r.get("cjoin", " • ").join(r["contact"]), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    dcol = lay == "datecol"
    lm = pdf.l_margin
    rest = body_lines(r) + ([] if lay == "sidebar" else side_lines(r))
    breaks = set(r.get("break_before", []))
    for ln in rest:
        k = ln["k"]
        if k == "h" and ln["t"] in breaks and pdf.page_no() == 1:
            pdf.add_page()
        if k == "gap":
            pdf.ln(1.8)
            continue
        pdf.set_x(lm)
        if k == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            t = ln["t"].upper() if r.get("caps") else ln["t"]
            pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.set_draw_color(120, 120, 120)
            pdf.line(lm, y, pdf.w - pdf.r_margin, y)
            pdf.ln(1.5)
            continue
        style = {"j1": "B", "jr": "B", "j2": "I"}.get(k, "")
        pdf.set_font("dv", style, 9.6 if k in ("j1", "jr") else 9.2)
        if dcol:
            if ln.get("r"):
                pdf.set_font("dv", "", 8.5)
                pdf.cell(32, 5, ln["r"])
                pdf.set_font("dv", style, 9.6 if k in ("j1", "jr") else 9.2)
            pdf.set_x(lm + 34)
            if k == "b":
                pdf.cell(4, 5, r.get("bullet", "•"))
            pdf.multi_cell(0, 5, ln["t"], new_x="LMARGIN", new_y="NEXT")
            continue
        if k == "b":
            pdf.set_x(lm + 3)
            pdf.cell(4, 5, r.get("bullet", "•"))
            pdf.multi_cell(0, 5, ln["t"], new_x="LMARGIN", new_y="NEXT")
        elif ln.get("r"):
            y = pdf.get_y()
            pdf.set_font("dv", "", 8.8)
            pdf.cell(0, 5, ln["r"], align="R")
            pdf.set_xy(lm, y)
            pdf.set_font("dv", style, 9.6)
            pdf.multi_cell(pdf.w - pdf.r_margin - lm - 45, 5, ln["t"], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, ln["t"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(path):
    src = open(path, "rb").read()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(item.filename))
    open(path, "wb").write(out.getvalue())


def _page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    for typ, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if typ:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), typ)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def render_docx(r, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    sec = doc.sections[0]
    if r.get("paper") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    tabpos = sec.page_width - sec.left_margin - sec.right_margin

    def para(container, text="", style=None, bold=False, italic=False, right=None, size=None, align=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Cm(11), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, t):
        if lay in ("styles", "header") and container is doc:
            doc.add_heading(t, level=1)
        else:
            p = para(container, t.upper() if r.get("caps") else t, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def bullet(container, t):
        if r.get("manual_bullets"):
            para(container, r.get("bullet", "•") + " " + t)
        else:
            try:
                para(container, t, style="List Bullet")
            except KeyError:
                para(container, "• " + t)

    def emit(container, lines, jobtable=False):
        i = 0
        while i < len(lines):
            ln = lines[i]
            k = ln["k"]
            if k == "h":
                heading(container, ln["t"])
            elif k in ("j1", "jr") and jobtable:
                t = container.add_table(rows=1, cols=2)
                t.autofit = True
                left, rightc = t.rows[0].cells
                left.paragraphs[0].add_run(ln["t"]).bold = True
                rightc.paragraphs[0].add_run(ln.get("r") or "")
                rightc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                while i + 1 < len(lines) and lines[i + 1]["k"] in ("j2", "j3"):
                    i += 1
                    left.add_paragraph().add_run(lines[i]["t"]).italic = True
            elif k in ("j1", "jr"):
                if lay == "styles" and container is doc and k == "j1":
                    p = doc.add_heading(level=2)
                    p.add_run(ln["t"])
                    if ln.get("r"):
                        p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
                        p.add_run("\t" + ln["r"])
                else:
                    para(container, ln["t"], bold=True, right=ln.get("r"))
            elif k == "j2":
                para(container, ln["t"], italic=True)
            elif k == "j3":
                para(container, ln["t"], size=9.5)
            elif k == "b":
                bullet(container, ln["t"])
            elif k in ("p", "l"):
                para(container, ln["t"])
            i += 1

    body = body_lines(r)
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        hp.add_run("   " + " · ".join(r["contact"]))
        fp = sec.footer.paragraphs[0]
        fp.add_run(r["name"] + " – CV – page ")
        _page_field(fp)
        emit(doc, body + side_lines(r))
    elif lay == "layout":
        t = doc.add_table(rows=1, cols=2)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.5), Cm(11.5)
        lc.paragraphs[0].add_run(r["name"]).bold = True
        for x in r["contact"]:
            para(lc, x, size=9)
        emit(lc, side_lines(r))
        rc.paragraphs[0].add_run(r.get("tagline", ""))
        emit(rc, body, jobtable=True)
    else:
        if lay == "styles":
            doc.add_heading(r["name"], level=0)
        else:
            para(doc, r["name"], bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER if r.get("center") else None)
        para(doc, r.get("cjoin", " | ").join(r["contact"]), size=9.5,
             align=WD_ALIGN_PARAGRAPH.CENTER if r.get("center") else None)
        if r.get("runhead"):
            sec.header.paragraphs[0].add_run(r["runhead"]).italic = True
        if r.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.add_run(r["footer"])
            _page_field(fp)
        emit(doc, body + side_lines(r), jobtable=(lay == "table"))
    doc.save(path)
    _fix_docx(path)


# ---------------------------------------------------------------- text
def _wrap(text, width, hyph):
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if len(cur) + 1 + len(w) <= width or not cur:
            cur = (cur + " " + w) if cur else w
            continue
        room = width - len(cur) - 2
        if hyph and len(w) >= 8 and room >= 4 and w.isalpha():
            cut = min(room, len(w) - 3)
            out.append(cur + " " + w[:cut] + "-")
            cur = w[cut:]
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def render_txt(r, path):
    lay = r.get("layout", "plain")
    width = r.get("width", 66)
    hyph = lay == "pasted"
    L = []
    L.append(r["name"].upper() if r.get("caps_name") else r["name"])
    if lay == "colsplit":
        L += r["contact"]
        for ln in side_lines(r):
            L += [ln["t"].upper()] if ln["k"] == "h" else [ln["t"]]
        L.append("")
    else:
        L.append(r.get("cjoin", " | ").join(r["contact"]))
    L.append("")
    dates_after = []
    for ln in body_lines(r) + ([] if lay == "colsplit" else side_lines(r)):
        k, t = ln["k"], ln.get("t", "")
        if k == "h":
            if dates_after:
                L += dates_after + [""]
                dates_after = []
            L += ["", t.upper() if r.get("caps") else t]
            if r.get("underline"):
                L.append(r["underline"] * len(t))
        elif k in ("j1", "jr", "j2", "j3"):
            right = ln.get("r")
            if right and lay == "colsplit":
                dates_after.append(right)
                right = None
            if right:
                mode = r.get("rmode", "pad")
                if mode == "pad":
                    t = t + " " * max(2, width - len(t) - len(right)) + right
                elif mode == "newline":
                    t = t + "\n" + right
                else:
                    t = t + mode + right
            L.append(t)
        elif k == "b":
            lines = _wrap(t, width - 2, hyph) if lay == "pasted" else [t]
            L.append(r.get("bullet", "-") + " " + lines[0])
            L += [("  " if r.get("indent", True) else "") + x for x in lines[1:]]
        elif k in ("p", "l"):
            L += _wrap(t, width, hyph) if lay == "pasted" else [t]
        elif k == "gap":
            L.append("")
    L += dates_after
    text = "\n".join(L)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if r.get("pages"):
        # insert page furniture as a PDF copy-paste leaves it
        lines = text.split("\n")
        per = r["pages"]
        n = (len(lines) + per - 1) // per
        out = []
        for i in range(n):
            if i > 0 and r.get("runhead"):
                out.append(r["runhead"])
            out += lines[i * per:(i + 1) * per]
            out.append(r["footer"].format(n=i + 1, N=n))
        text = "\n".join(out) + "\n"
    open(path, "w", encoding="utf-8", newline="\n").write(text)


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    L = [f"# {r['name']}", ""]
    if r.get("md_intro"):
        L += [r["md_intro"], ""]
    L += [" · ".join(r["contact"]), ""]
    mode = r.get("layout", "h3")
    for ln in body_lines(r) + side_lines(r):
        k, t = ln["k"], ln.get("t", "")
        if k == "h":
            L += ["", f"## {t}", ""]
        elif k in ("j1", "jr"):
            if mode == "h3":
                L.append(f"### {t}")
                if ln.get("r"):
                    L.append(f"*{ln['r']}*  ")
            else:
                L.append(f"**{t}**" + (f" — {ln['r']}" if ln.get("r") else "") + "  ")
        elif k == "j2":
            L.append(f"{t}  " if mode == "h3" else f"_{t}_  ")
        elif k == "j3":
            L.append(f"`{t}`  ")
        elif k == "b":
            L.append(f"{r.get('bullet', '-')} {t}")
        elif k in ("p", "l"):
            L += [t, ""] if r.get("para_lines") else [f"- {t}" if r.get("list_text") else t]
        elif k == "gap":
            L.append("")
    if r.get("md_outro"):
        L += ["", r["md_outro"]]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(L)).strip() + "\n"
    open(path, "w", encoding="utf-8", newline="\n").write(text)


# ---------------------------------------------------------------- html
def render_html(r, path):
    h = html.escape
    o = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{h(r['name'])} | {h(r.get('site', 'Resume'))}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto}.date{float:right;color:#666}"
         "nav a{margin-right:12px}.side{background:#f3f3f3;padding:8px}</style>", "</head><body>"]
    if r.get("nav"):
        o.append("<nav>" + " ".join(f"<a href=\"#\">{h(x)}</a>" for x in r["nav"]) + "</nav>")
    o.append(f"<header><h1>{h(r['name'])}</h1><p>{'<br>'.join(h(x) for x in r['contact'])}</p></header>")
    if r.get("side"):
        o.append("<aside class=\"side\">")
        for ln in side_lines(r):
            o.append(f"<h4>{h(ln['t'])}</h4>" if ln["k"] == "h" else f"<p>{h(ln['t'])}</p>")
        o.append("</aside>")
    o.append("<main>")
    inlist = False
    for ln in body_lines(r):
        k, t = ln["k"], ln.get("t", "")
        if k != "b" and inlist:
            o.append("</ul>")
            inlist = False
        if k == "h":
            o.append(f"<section><h2>{h(t)}</h2>")
        elif k in ("j1", "jr"):
            d = f"<span class=\"date\">{h(ln['r'])}</span>" if ln.get("r") else ""
            o.append(f"<div class=\"item\"><h3>{h(t)}</h3>{d}")
        elif k == "j2":
            o.append(f"<div class=\"sub\">{h(t)}</div>")
        elif k == "j3":
            o.append(f"<div class=\"date\">{h(t)}</div>")
        elif k == "b":
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{h(t)}</li>")
        elif k in ("p", "l"):
            o.append(f"<p>{h(t)}</p>")
    if inlist:
        o.append("</ul>")
    o.append("</main>")
    if r.get("foot"):
        o.append(f"<footer>{' · '.join(h(x) for x in r['foot'])}</footer>")
    o.append("</body></html>")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(o) + "\n")


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
