"""Renderers for wild112: reportlab, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.
A résumé dict is turned into a neutral list of items first (items()), then drawn."""
import datetime
import html as H
import io
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

LABELS = {"de": ("Zeitraum", "Position", "Arbeitgeber", "Ort", "Tätigkeiten"),
          "nl": ("Periode", "Functie", "Werkgever", "Plaats", "Taken")}


def dates(r, e):
    return fmt_range(e, r.get("dates", "mm/yyyy"), r.get("present", "heute"), r.get("sep", " – "),
                     r.get("seit", False))


def org_loc(e, r):
    parts = [p for p in (e.shown_org, e.loc if r.get("show_loc", True) else None) if p]
    return ", ".join(parts)


def job_head(r, e, prev):
    """Return header lines (text, right, style) for one entry; style b/i/n/dc/org."""
    h, d = r.get("hdr", "title_org"), dates(r, e)
    ol = org_loc(e, r)
    if h == "title_org":
        out = [(e.shown_title, d, "b")]
        if ol:
            out.append((ol, "", "i"))
    elif h == "org_title":
        out = [(ol, d, "b"), (e.shown_title, "", "i")] if ol else [(e.shown_title, d, "b")]
    elif h == "dash":
        out = [(e.shown_title + (" – " + ol if ol else ""), d, "b")]
    elif h == "comma":
        out = [(e.shown_title + (", " + ol if ol else "") + ", " + d, "", "b")]
    elif h == "pipe":
        out = [(" | ".join([e.shown_title] + [p for p in (e.shown_org, e.loc) if p]), d, "b")]
    elif h == "datesfirst":
        out = [(d, e.shown_title, "dc")]
        if ol:
            out.append(("", ol, "dc"))
    elif h == "dateline":
        out = [(e.shown_title, "", "b")]
        if ol:
            out.append((ol, "", "i"))
        out.append((d, "", "n"))
    elif h == "labelled":
        L = LABELS[r.get("lang", "de")]
        out = [(f"{L[0]}: {d}", "", "n"), (f"{L[1]}: {e.shown_title}", "", "b")]
        if e.shown_org:
            out.append((f"{L[2]}: {e.shown_org}", "", "n"))
        if e.loc:
            out.append((f"{L[3]}: {e.loc}", "", "n"))
    elif h == "orgfirst":
        out = []
        if prev is None or prev.shown_org != e.shown_org or prev.loc != e.loc:
            out.append((ol or "", "", "org"))
        out.append((e.shown_title, d, "b"))
    else:
        raise ValueError(h)
    if e.extra:
        out.append((e.extra, "", "i") if h != "datesfirst" else ("", e.extra, "dc"))
    return out


def items(r, with_side=True):
    """Neutral item list: ('name',t) ('contact',t) ('h',t) ('p',t) ('bul',t) ('job',head,bullets)."""
    out = [("name", r["name"])]
    for c in r.get("contact", []):
        out.append(("contact", c))
    secs = (list(r.get("side", [])) if with_side else []) + list(r["body"])
    for head, content in secs:
        if head:
            out.append(("h", head))
        prev = None
        for it in content:
            if isinstance(it, E):
                out.append(("job", job_head(r, it, prev), it.bullets))
                prev = it
            elif it.startswith("- "):
                out.append(("bul", it[2:]))
            else:
                out.append(("p", it))
    return out


def bchar(r):
    return r.get("bul", "•")


# ---------------------------------------------------------------- text / md / html
def render_txt(r):
    L, w = [], r.get("width", 78)
    bc = bchar(r)
    caps = r.get("caps", False)
    for it in items(r):
        k = it[0]
        if k == "name":
            L.append(it[1])
        elif k == "contact":
            L.append(it[1])
        elif k == "h":
            L.append("")
            L.append(it[1].upper() if caps else it[1])
            if r.get("underline", True):
                L.append(("=" if caps else "-") * len(it[1]))
        elif k == "p":
            L.append(it[1])
        elif k == "bul":
            L.append(f"{bc} {it[1]}" if bc else it[1])
        elif k == "job":
            L.append("")
            for t, right, st in it[1]:
                if st == "dc":
                    L.append(f"{t:<24}{right}")
                elif right:
                    pad = max(2, w - len(t) - len(right))
                    L.append(t + " " * pad + right if r.get("txt_right", True) else f"{t}, {right}")
                else:
                    L.append(t.upper() if st == "org" and caps else t)
            ind = " " * 24 if r.get("hdr") == "datesfirst" else ""
            if bc == "para":
                if it[2]:
                    L.append(ind + " ".join(it[2]))
            else:
                for b in it[2]:
                    L.append(ind + (f"{bc} {b}" if bc else b))
    return "\n".join(L).strip() + "\n"


def render_md(r):
    L = []
    bc = bchar(r) if bchar(r) in ("-", "*") else "-"
    for it in items(r):
        k = it[0]
        if k == "name":
            L.append(f"# {it[1]}")
        elif k == "contact":
            L.append(it[1] + "  ")
        elif k == "h":
            L += ["", f"## {it[1]}", ""]
        elif k == "p":
            L += [it[1], ""]
        elif k == "bul":
            L.append(f"{bc} {it[1]}")
        elif k == "job":
            for t, right, st in it[1]:
                if st == "org":
                    L += [f"### {t}", ""]
                elif st == "b":
                    L.append(f"**{t}**" + (f" · {right}" if right else "") + "  ")
                elif st == "i":
                    L.append(f"*{t}*" + (f" · {right}" if right else "") + "  ")
                elif st == "dc":
                    L.append((f"**{t}** · " if t else "") + right + "  ")
                else:
                    L.append(t + "  ")
            L.append("")
            if r.get("bul") == "para":
                if it[2]:
                    L += [" ".join(it[2]), ""]
            else:
                for b in it[2]:
                    L.append(f"{bc} {b}")
                if it[2]:
                    L.append("")
    return "\n".join(L).strip() + "\n"


def render_html(r):
    e = H.escape
    L = ["<!DOCTYPE html>", f'<html lang="{r.get("lang", "de")}">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(r.get('doctitle', 'Lebenslauf ' + r['name']))}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;font-size:14px}"
         "h2{border-bottom:1px solid #888;font-size:16px}.d{float:right;color:#555}td{vertical-align:top;padding:2px 8px}</style>",
         "</head>", "<body>"]
    ul = False
    for it in items(r):
        k = it[0]
        if k != "bul" and ul:
            L.append("</ul>")
            ul = False
        if k == "name":
            L.append(f"<h1>{e(it[1])}</h1>")
        elif k == "contact":
            L.append(f"<div class=\"c\">{e(it[1])}</div>")
        elif k == "h":
            L.append(f"<h2>{e(it[1])}</h2>")
        elif k == "p":
            L.append(f"<p>{e(it[1])}</p>")
        elif k == "bul":
            if not ul:
                L.append("<ul>")
                ul = True
            L.append(f"<li>{e(it[1])}</li>")
        elif k == "job":
            L.append('<div class="job">')
            if r.get("hdr") == "datesfirst":
                L.append("<table><tr>")
                L.append(f"<td width=\"150\">{e(it[1][0][0])}</td><td>")
                L.append("<br>".join(f"<b>{e(x[1])}</b>" if i == 0 else e(x[1]) for i, x in enumerate(it[1])))
                L.append("</td></tr></table>")
            else:
                for t, right, st in it[1]:
                    d = f'<span class="d">{e(right)}</span>' if right else ""
                    if st == "org":
                        L.append(f"<h3>{e(t)}</h3>")
                    elif st == "b":
                        L.append(f"<div>{d}<strong>{e(t)}</strong></div>")
                    elif st == "i":
                        L.append(f"<div><em>{e(t)}</em></div>")
                    else:
                        L.append(f"<div>{e(t)}</div>")
            if it[2]:
                if r.get("bul") == "para":
                    L.append(f"<p>{e(' '.join(it[2]))}</p>")
                else:
                    L.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in it[2]) + "</ul>")
            L.append("</div>")
    if ul:
        L.append("</ul>")
    L += ["</body>", "</html>"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    W, Ht = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(r.get("doctitle", "Lebenslauf"))
    c.setAuthor(r["name"])
    lay = r.get("layout", "plain")
    side_w = 165 if lay == "sidebar" else 0
    x0, right = 50 + side_w, W - 45
    st = {"y": Ht - 55, "page": 1}
    bc = bchar(r)
    fn, fb, fi = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    dcol = 110

    def footer():
        if r.get("footer"):
            c.setFont(fn, 8)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=st["page"]))

    def need(h):
        if st["y"] - h < 55:
            footer()
            c.showPage()
            st["page"] += 1
            st["y"] = Ht - 55

    def text(t, font=fn, size=10, x=None, lead=13, rightt=""):
        x = x0 if x is None else x
        width = right - x - (c.stringWidth(rightt, font, size) + 10 if rightt else 0)
        lines = simpleSplit(t, font, size, width) or [""]
        need(lead * len(lines))
        for i, ln in enumerate(lines):
            c.setFont(font, size)
            c.drawString(x, st["y"], ln)
            if i == 0 and rightt:
                c.setFont(fn, size)
                c.drawRightString(right, st["y"], rightt)
            st["y"] -= lead

    # header
    if lay == "sidebar":
        c.setFillColorRGB(0.88, 0.91, 0.94)
        c.rect(0, 0, side_w + 20, Ht, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Ht - 60
        c.setFont(fb, 15)
        for ln in simpleSplit(r["name"], fb, 15, side_w - 10):
            c.drawString(25, sy, ln)
            sy -= 18
        sy -= 6
        for ln0 in r.get("contact", []):
            for ln in simpleSplit(ln0, fn, 8.5, side_w - 15):
                c.setFont(fn, 8.5)
                c.drawString(25, sy, ln)
                sy -= 11
        for head, lines in r.get("side", []):
            sy -= 10
            c.setFont(fb, 10)
            c.drawString(25, sy, head)
            sy -= 13
            for ln0 in lines:
                t = ln0[2:] if ln0.startswith("- ") else ln0
                for ln in simpleSplit(t, fn, 8.5, side_w - 15):
                    c.setFont(fn, 8.5)
                    c.drawString(25, sy, ln)
                    sy -= 11
        its = [i for i in items(r, with_side=False)]
    else:
        its = items(r)
    first_contact = True
    contacts = [i[1] for i in its if i[0] == "contact"]
    for it in its:
        k = it[0]
        if k == "name":
            if lay == "sidebar":
                continue
            if lay == "centred":
                c.setFont(fb, 18)
                c.drawCentredString(W / 2, st["y"], it[1])
                st["y"] -= 18
                c.setFont(fn, 9)
                for ct in contacts:
                    c.drawCentredString(W / 2, st["y"], ct)
                    st["y"] -= 12
            elif lay == "twocol":
                c.setFont(fb, 18)
                c.drawString(x0, st["y"], it[1])
                c.setFont(fn, 9)
                yy = st["y"] + 4
                for ct in contacts:
                    c.drawRightString(right, yy, ct)
                    yy -= 11
                st["y"] = min(st["y"] - 22, yy - 4)
            else:
                c.setFont(fb, 17)
                c.drawString(x0, st["y"], it[1])
                st["y"] -= 17
                c.setFont(fn, 9)
                for ct in contacts:
                    c.drawString(x0, st["y"], ct)
                    st["y"] -= 12
            st["y"] -= 6
        elif k == "contact":
            continue
        elif k == "h":
            need(40)
            st["y"] -= 8
            c.setFont(fb, 11.5)
            c.drawString(x0, st["y"], it[1].upper() if r.get("caps") else it[1])
            c.setLineWidth(0.5)
            c.line(x0, st["y"] - 3, right, st["y"] - 3)
            st["y"] -= 17
        elif k == "p":
            text(it[1])
        elif k == "bul":
            text(f"{bc} {it[1]}" if bc and bc != "para" else it[1], x=x0 + 6)
        elif k == "job":
            need(30)
            for t, rt, s in it[1]:
                if s == "dc":
                    if t:
                        c.setFont(fn, 9.5)
                        need(13)
                        c.drawString(x0, st["y"], t)
                    text(rt, font=fb if t else fn, x=x0 + dcol)
                else:
                    font = {"b": fb, "i": fi, "n": fn, "org": fb}[s]
                    text(t, font=font, size=11 if s == "org" else 10, rightt=rt)
            bx = x0 + (dcol if r.get("hdr") == "datesfirst" else 8)
            if bc == "para":
                if it[2]:
                    text(" ".join(it[2]), x=bx, size=9.5, lead=12)
            else:
                for b in it[2]:
                    text(f"{bc} {b}" if bc else b, x=bx, size=9.5, lead=12)
            st["y"] -= 5
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if r.get("footer"):
                self.set_y(-14)
                self.set_font("DV", "", 8)
                self.cell(0, 6, r["footer"].format(n=self.page_no()), align="C")

    p = P(format="A4")
    p.set_creation_date(FIXED)
    p.set_title(r.get("doctitle", "Lebenslauf"))
    p.set_author(r["name"])
    p.add_font("DV", "", DEJAVU + "DejaVuSans.ttf")
    p.add_font("DV", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    p.add_font("DV", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(True, 20)
    p.add_page()
    lay = r.get("layout", "left")
    bc = bchar(r)
    its = items(r, with_side=(lay != "sidebar"))
    contacts = [i[1] for i in its if i[0] == "contact"]
    epw = p.epw
    if lay == "sidebar":
        p.set_fill_color(230, 234, 238)
        p.rect(0, 0, 62, 297, style="F")
        p.set_xy(8, 18)
        p.set_font("DV", "B", 13)
        p.multi_cell(50, 6, r["name"], new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() + 2
        p.set_font("DV", "", 7.5)
        for ct in contacts:
            p.set_xy(8, y)
            p.multi_cell(50, 4, ct)
            y = p.get_y()
        for head, lines in r.get("side", []):
            y += 4
            p.set_xy(8, y)
            p.set_font("DV", "B", 9)
            p.cell(50, 5, head)
            y += 6
            p.set_font("DV", "", 7.5)
            for ln in lines:
                p.set_xy(8, y)
                p.multi_cell(50, 4, ln[2:] if ln.startswith("- ") else ln)
                y = p.get_y()
        p.set_left_margin(70)
        p.set_xy(70, 18)
        epw = p.epw
    for it in its:
        k = it[0]
        if k == "name":
            if lay == "sidebar":
                continue
            p.set_font("DV", "B", 17)
            if lay == "centred":
                p.cell(0, 9, it[1], align="C", new_x="LMARGIN", new_y="NEXT")
                p.set_font("DV", "", 8.5)
                p.cell(0, 5, "  ·  ".join(contacts), align="C", new_x="LMARGIN", new_y="NEXT")
            elif lay == "twocol":
                y0 = p.get_y()
                p.cell(epw / 2, 9, it[1])
                p.set_font("DV", "", 8.5)
                for i, ct in enumerate(contacts):
                    p.set_xy(p.l_margin + epw / 2, y0 + i * 4.5)
                    p.cell(epw / 2, 4.5, ct, align="R")
                p.set_xy(p.l_margin, max(y0 + 11, y0 + len(contacts) * 4.5 + 2))
            else:
                p.cell(0, 9, it[1], new_x="LMARGIN", new_y="NEXT")
                p.set_font("DV", "", 8.5)
                for ct in contacts:
                    p.cell(0, 4.5, ct, new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "contact":
            continue
        elif k == "h":
            if p.get_y() > 255:
                p.add_page()
            p.ln(3)
            p.set_font("DV", "B", 11)
            p.cell(0, 6, it[1].upper() if r.get("caps") else it[1], border="B", new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif k == "p":
            p.set_font("DV", "", 9.5)
            p.multi_cell(0, 4.8, it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "bul":
            p.set_font("DV", "", 9.5)
            p.set_x(p.l_margin + 3)
            p.multi_cell(epw - 3, 4.8, f"{bc} {it[1]}" if bc and bc != "para" else it[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "job":
            if p.get_y() > 262:
                p.add_page()
            p.ln(1)
            for t, rt, s in it[1]:
                if s == "dc":
                    y0 = p.get_y()
                    p.set_font("DV", "", 9)
                    if t:
                        p.cell(38, 5, t)
                    p.set_xy(p.l_margin + 38, y0)
                    p.set_font("DV", "B" if t else "", 9.5)
                    p.multi_cell(epw - 38, 5, rt, new_x="LMARGIN", new_y="NEXT")
                else:
                    p.set_font("DV", {"b": "B", "i": "I", "n": "", "org": "B"}[s], 10.5 if s == "org" else 9.8)
                    if rt:
                        y0 = p.get_y()
                        p.multi_cell(epw - 45, 5, t, new_x="LMARGIN", new_y="NEXT")
                        y1 = p.get_y()
                        p.set_xy(p.l_margin + epw - 45, y0)
                        p.set_font("DV", "", 9)
                        p.cell(45, 5, rt, align="R")
                        p.set_xy(p.l_margin, y1)
                    else:
                        p.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            ind = 38 if r.get("hdr") == "datesfirst" else 4
            p.set_font("DV", "", 9.2)
            bl = [" ".join(it[2])] if (bc == "para" and it[2]) else ([] if bc == "para" else it[2])
            for b in bl:
                p.set_x(p.l_margin + ind)
                p.multi_cell(epw - ind, 4.6, f"{bc} {b}" if bc and bc != "para" else b, new_x="LMARGIN", new_y="NEXT")
            p.ln(1.5)
    p.output(path)


# ---------------------------------------------------------------- docx
def _fix_docx(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(r, path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = r.get("doctitle", "Lebenslauf")
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = r.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    bc = bchar(r)
    tabpos = Cm(17)

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    def para(container, text="", bold=False, italic=False, size=None, style=None, right=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if right is not None:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is d else Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(1)
        return p

    def bullet(container, t):
        if bc == "list" or (lay == "styles" and bc == "•"):
            p = container.add_paragraph(style="List Bullet")
            p.add_run(t)
            p.paragraph_format.space_after = Pt(0)
        else:
            p = para(container, f"{bc}\u00a0{t}" if bc else t)
            p.paragraph_format.left_indent = Cm(0.4)

    its_all = items(r, with_side=(lay != "sidebar"))
    body = d
    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        rn = hp.add_run(r["name"])
        rn.bold = True
        rn.font.size = Pt(14)
        for ct in r.get("contact", []):
            q = hdr.add_paragraph(ct)
            q.runs[0].font.size = Pt(8.5)
        its_all = [i for i in its_all if i[0] not in ("name", "contact")]
    if r.get("docfooter"):
        sec.footer.paragraphs[0].add_run(r["docfooter"]).font.size = Pt(8)
    if lay == "sidebar":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        L, R = t.rows[0].cells
        L.width, R.width = Cm(5.5), Cm(11.5)
        shade(L, "DCE6F0")
        L.paragraphs[0].add_run(r["name"]).bold = True
        for ct in r.get("contact", []):
            para(L, ct, size=8.5)
        for head, lines in r.get("side", []):
            para(L, head, bold=True)
            for ln in lines:
                para(L, ln[2:] if ln.startswith("- ") else ln, size=9)
        body = R
        its_all = [i for i in its_all if i[0] not in ("name", "contact")]
    first_in_body = True
    for it in its_all:
        k = it[0]
        if k == "name":
            if lay == "styles":
                d.add_heading(it[1], level=0)
            else:
                para(d, it[1], bold=True, size=18)
        elif k == "contact":
            para(d, it[1], size=9)
        elif k == "h":
            if lay in ("styles", "header", "cvtable"):
                body.add_heading(it[1], level=1)
            else:
                p = para(body, it[1].upper() if r.get("caps") else it[1], bold=True, size=12)
                p.paragraph_format.space_before = Pt(8)
            first_in_body = False
        elif k == "p":
            para(body, it[1])
        elif k == "bul":
            bullet(body, it[1])
        elif k == "job":
            if lay in ("table", "cvtable"):
                t = body.add_table(rows=1, cols=2)
                no_borders(t)
                a, b = t.rows[0].cells
                if lay == "cvtable":
                    a.width, b.width = Cm(4), Cm(13)
                    a.paragraphs[0].add_run(it[1][0][0])
                    b.paragraphs[0].add_run(it[1][0][1]).bold = True
                    for tx, rt, s in it[1][1:]:
                        para(b, rt if s == "dc" else tx, italic=(s == "i"))
                    tgt = b
                else:
                    a.width, b.width = Cm(12.5), Cm(4.5)
                    first = True
                    for tx, rt, s in it[1]:
                        if first:
                            a.paragraphs[0].add_run(tx).bold = True
                            first = False
                        else:
                            para(a, tx, italic=(s == "i"), bold=(s in ("b", "org")))
                        if rt:
                            b.paragraphs[0].add_run(rt)
                            b.paragraphs[0].alignment = 2
                    tgt = a
                bl = [" ".join(it[2])] if (bc == "para" and it[2]) else ([] if bc == "para" else it[2])
                for x in bl:
                    if bc == "para":
                        para(tgt, x, size=9.5)
                    else:
                        p = tgt.add_paragraph(style="List Bullet") if bc == "list" else None
                        if p is None:
                            para(tgt, f"{bc} {x}" if bc else x, size=9.5)
                        else:
                            p.add_run(x)
                body.add_paragraph()
            else:
                for tx, rt, s in it[1]:
                    if s == "dc":
                        para(body, (tx + "\t" if tx else "\t") + rt, bold=bool(tx))
                    elif s == "org":
                        p = para(body, tx, bold=True, size=11)
                        p.paragraph_format.space_before = Pt(6)
                    else:
                        para(body, tx, bold=(s == "b"), italic=(s == "i"), right=rt if rt else None)
                if bc == "para":
                    if it[2]:
                        para(body, " ".join(it[2]))
                else:
                    for x in it[2]:
                        bullet(body, x)
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_docx(buf.getvalue()))
