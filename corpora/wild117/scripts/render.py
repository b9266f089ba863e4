"""Renderers for wild117: reportlab, fpdf2 (DejaVu), python-docx, text, Markdown, HTML.

A résumé is a dict whose 'body' (and optional 'side') is a list of ops:
  ('name', t) ('c', t) ('h', t) ('p', t) ('b', t, char) ('t', t, style) ('lr', left, right, style)
  ('kv', key, value) ('gap',) ('org', t) ('job', E, opts)
'job' ops are expanded by expand(); the gold entries are the E objects in body order.
"""
import html as _html
import io
import zipfile
from datetime import datetime

from lib import daterange

FIXED = datetime(2026, 11, 20, 9, 30, 0)


# ---------------------------------------------------------------- job expansion
def job_ops(e, o):
    ds, pw, sep = o.get("ds", "mon"), o.get("pw", "Present"), o.get("sep", " – ")
    d = daterange(e, ds, pw, sep)
    if o.get("dwrap"):
        d = o["dwrap"] % d
    hs = o.get("hs", "title_org")
    loc = e.loc
    orgloc = e.org + (", " + loc if loc else "") if e.org else (loc or "")
    out = []
    if hs == "title_org":
        out += [("lr", e.title, d, "b")]
        if orgloc:
            out += [("t", orgloc, "i")]
    elif hs == "title_org_line":          # title, then org line carrying the dates on the right
        out += [("t", e.title, "b"), ("lr", orgloc, d, "i")]
    elif hs == "org_title":
        out += [("lr", orgloc, d, "b"), ("t", e.title, "i")]
    elif hs == "dash":
        head = e.title + (" – " + orgloc if orgloc else "")
        if o.get("dpos") == "after":
            out += [("t", head + " (" + d + ")", "b")]
        else:
            out += [("lr", head, d, "b")]
    elif hs == "pipe":
        parts = [e.title] + ([e.org] if e.org else []) + ([loc] if loc else [])
        if o.get("dpos") == "in":
            out += [("t", " | ".join(parts + [d]), "b")]
        else:
            out += [("lr", " | ".join(parts), d, "b")]
    elif hs == "dateline":
        out += [("t", e.title, "b"), ("t", orgloc, ""), ("t", d, "i")]
    elif hs == "datesfirst":
        out += [("t", d, "b"), ("t", e.title + (", " + orgloc if orgloc else ""), "b")]
    elif hs == "datecol":
        out += [("kv", d, e.title + (" — " + orgloc if orgloc else ""))]
    elif hs == "labelled":
        L = o.get("labels", ("Organisation", "Designation", "Period", "Location"))
        if e.org:
            out += [("kv", L[0], e.org)]
        out += [("kv", L[1], e.title), ("kv", L[2], d)]
        if loc and len(L) > 3:
            out += [("kv", L[3], loc)]
    elif hs == "role":
        out += [("lr", e.title, d, "b")]
    elif hs == "inline":
        out += [("t", e.title + (", " + orgloc if orgloc else "") + ", " + d, "b")]
    else:
        raise ValueError(hs)
    bc = o.get("bc", "•")
    labels = o.get("labels_at", {})
    if o.get("para"):
        if 0 in labels:
            out += [("t", labels[0], "b")]
        if e.bullets:
            out += [("p", " ".join(e.bullets))]
    else:
        for i, b in enumerate(e.bullets):
            if i in labels:
                out += [("t", labels[i], "b")]
            out += [("b", b, bc)]
    for a in o.get("after", []):
        out += [("t", a, "")]
    if o.get("gap", True):
        out += [("gap",)]
    return out


def expand(ops):
    flat = []
    for op in ops:
        if op[0] == "job":
            flat.append(("entry", op[1]))
            flat.extend(job_ops(op[1], op[2] if len(op) > 2 else {}))
        else:
            flat.append(op)
    return flat


def entries(doc):
    return [op[1] for op in doc["body"] if op[0] == "job"]


# ---------------------------------------------------------------- plain text
def render_txt(doc):
    o = doc.get("opts", {})
    W = o.get("width", 80)
    hsty = o.get("h", "caps")
    lines = []
    for op in expand(doc["body"]):
        k = op[0]
        if k == "entry":
            continue
        if k == "name":
            lines.append(op[1].upper() if o.get("name_caps") else op[1])
            if o.get("name_rule"):
                lines.append("=" * len(op[1]))
        elif k == "c":
            lines.append(op[1])
        elif k == "h":
            t = op[1]
            if hsty == "caps":
                lines += ["", t.upper()]
            elif hsty == "underline":
                lines += ["", t, "-" * len(t)]
            elif hsty == "colon":
                lines += ["", t + ":"]
            elif hsty == "stars":
                lines += ["", "*** " + t.upper() + " ***"]
            elif hsty == "box":
                lines += ["", "=" * 60, t.upper(), "=" * 60]
            else:
                lines += ["", t]
        elif k == "p":
            lines.append(op[1])
        elif k == "b":
            ind = o.get("bind", "  ")
            lines.append(ind + (op[2] + " " if op[2] else "") + op[1])
        elif k == "t":
            lines.append(op[1])
        elif k == "lr":
            l, r = op[1], op[2]
            if o.get("lr") == "pipe":
                lines.append(l + " | " + r)
            elif o.get("lr") == "tab":
                lines.append(l + "\t" + r)
            elif len(l) + len(r) + 2 <= W:
                lines.append(l + " " * (W - len(l) - len(r)) + r)
            else:
                lines.append(l + "   " + r)
        elif k == "kv":
            kw = o.get("kvw", 18)
            lines.append(f"{op[1]:<{kw}}: {op[2]}")
        elif k == "gap":
            lines.append("")
        elif k == "org":
            lines.append(op[1])
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return (text.strip("\n") + "\n").encode("utf-8")


# ---------------------------------------------------------------- markdown
def render_md(doc):
    o = doc.get("opts", {})
    lines = []
    for op in expand(doc["body"]):
        k = op[0]
        if k == "entry":
            continue
        if k == "name":
            lines += ["# " + op[1], ""]
        elif k == "c":
            lines += [op[1] + "  "]
        elif k == "h":
            lines += ["", ("## " if o.get("h", 2) == 2 else "### ") + op[1], ""]
        elif k == "p":
            lines += [op[1], ""]
        elif k == "b":
            lines += [(o.get("bm", "-") + " ") + op[1]]
        elif k == "t":
            s = {"b": "**%s**", "i": "*%s*", "": "%s"}[op[2]] % op[1]
            lines += [s + "  "]
        elif k == "lr":
            if o.get("lr") == "h3" and op[3] == "b":
                lines += ["### " + op[1], "*" + op[2] + "*  "]
            else:
                lines += [("**%s**" % op[1] if op[3] == "b" else op[1]) + " — " + op[2] + "  "]
        elif k == "kv":
            lines += [f"**{op[1]}:** {op[2]}  "]
        elif k == "gap":
            lines += [""]
        elif k == "org":
            lines += ["", "### " + op[1], ""]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return (text.strip("\n") + "\n").encode("utf-8")


# ---------------------------------------------------------------- html
def render_html(doc):
    o = doc.get("opts", {})
    E = _html.escape
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           "<title>%s</title>" % E(doc.get("title", "CV")),
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:auto}"
           " .r{float:right} td{vertical-align:top;padding:2px 8px}</style></head><body>"]
    inlist = False
    intable = False
    for op in expand(doc["body"]):
        k = op[0]
        if k == "entry":
            continue
        if k != "b" and inlist:
            out.append("</ul>")
            inlist = False
        if k != "kv" and intable:
            out.append("</table>")
            intable = False
        if k == "name":
            out.append("<h1>%s</h1>" % E(op[1]))
        elif k == "c":
            out.append("<div class=\"contact\">%s</div>" % E(op[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % E(op[1]))
        elif k == "p":
            out.append("<p>%s</p>" % E(op[1]))
        elif k == "b":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append("<li>%s</li>" % E(op[1]))
        elif k == "t":
            tag = {"b": "strong", "i": "em", "": "span"}[op[2]]
            out.append("<div><%s>%s</%s></div>" % (tag, E(op[1]), tag))
        elif k == "lr":
            if o.get("lr") == "h3":
                out.append("<h3>%s <span class=\"r\">%s</span></h3>" % (E(op[1]), E(op[2])))
            else:
                out.append("<div><strong>%s</strong><span class=\"r\">%s</span></div>" % (E(op[1]), E(op[2])))
        elif k == "kv":
            if not intable:
                out.append("<table>")
                intable = True
            out.append("<tr><td><b>%s</b></td><td>%s</td></tr>" % (E(op[1]), E(op[2])))
        elif k == "gap":
            pass
        elif k == "org":
            out.append("<h3>%s</h3>" % E(op[1]))
    if inlist:
        out.append("</ul>")
    if intable:
        out.append("</table>")
    out.append("</body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(doc):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor
    o = doc.get("opts", {})
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(doc.get("title", "CV"))
    c.setAuthor(doc.get("author", ""))
    PW, PH = A4
    F = o.get("font", "Helvetica")
    FB = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[F]
    FI = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[F]
    size = o.get("size", 10)
    lead = size * 1.32
    side_w = o.get("side_w", 165) if doc.get("side") else 0
    margin = 48
    state = {"page": 1}

    def footer():
        if doc.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(PW / 2, 26, doc["footer"] % state["page"])

    def sidebar():
        c.setFillColor(HexColor(o.get("side_col", "#e8edf2")))
        c.rect(0, 0, side_w, PH, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        col(doc["side"], 18, side_w - 30, PH - 50, side=True)

    def col(ops, x, w, y, side=False):
        for op in expand(ops):
            k = op[0]
            if not side and y < 60:
                footer()
                c.showPage()
                state["page"] += 1
                y = PH - 55
            if k == "entry":
                continue
            if k == "name":
                fs = o.get("name_size", 18)
                c.setFont(FB, fs)
                if o.get("center") and not side:
                    c.drawCentredString(x + w / 2, y, op[1])
                else:
                    c.drawString(x, y, op[1])
                y -= fs * 1.3
            elif k == "c":
                c.setFont(F, size - 1)
                for ln in simpleSplit(op[1], F, size - 1, w):
                    if o.get("center") and not side:
                        c.drawCentredString(x + w / 2, y, ln)
                    else:
                        c.drawString(x, y, ln)
                    y -= lead * 0.95
            elif k == "h":
                y -= 5
                c.setFont(FB, size + 1.5)
                txt = op[1].upper() if o.get("hcaps") else op[1]
                c.drawString(x, y, txt)
                if o.get("hrule", True):
                    c.setLineWidth(0.6)
                    c.line(x, y - 3, x + w, y - 3)
                y -= lead + 3
            elif k in ("p", "t", "b", "kv"):
                font, ind, txt = F, 0, None
                if k == "t":
                    font = {"b": FB, "i": FI, "": F}[op[2]]
                    txt = op[1]
                elif k == "p":
                    txt = op[1]
                elif k == "b":
                    ind = 12
                    txt = op[1]
                elif k == "kv" and o.get("kvinline"):
                    kt = op[1] + " : "
                    c.setFont(FB, size)
                    c.drawString(x, y, kt)
                    ind = c.stringWidth(kt, FB, size)
                    txt = op[2]
                elif k == "kv":
                    c.setFont(FB, size)
                    c.drawString(x, y, op[1])
                    ind = o.get("kvx", 110)
                    txt = op[2]
                c.setFont(font, size)
                parts = simpleSplit(txt, font, size, w - ind)
                for i, ln in enumerate(parts):
                    if k == "b" and i == 0 and op[2]:
                        c.drawString(x + 2, y, op[2])
                    c.drawString(x + ind, y, ln)
                    y -= lead
            elif k == "lr":
                font = FB if op[3] == "b" else (FI if op[3] == "i" else F)
                c.setFont(font, size)
                rw = c.stringWidth(op[2], F, size)
                parts = simpleSplit(op[1], font, size, w - rw - 10)
                for i, ln in enumerate(parts):
                    c.setFont(font, size)
                    c.drawString(x, y, ln)
                    if i == 0:
                        c.setFont(F, size)
                        c.drawRightString(x + w, y, op[2])
                    y -= lead
            elif k == "org":
                y -= 2
                c.setFont(FB, size + 0.5)
                c.drawString(x, y, op[1])
                y -= lead
            elif k == "gap":
                y -= lead * 0.5
        return y

    y = PH - 55
    if doc.get("side"):
        sidebar()
    x = side_w + margin * (0.6 if side_w else 1)
    w = PW - x - margin
    if doc.get("head2"):           # two-column header: name block left, contact block right
        c.setFont(FB, o.get("name_size", 18))
        c.drawString(x, y, doc["head2"][0])
        c.setFont(F, size - 1)
        yy = y
        for ln in doc["head2"][1]:
            c.drawRightString(x + w, yy, ln)
            yy -= lead
        y2 = y - o.get("name_size", 18) * 1.3
        for ln in doc["head2"][2]:
            c.drawString(x, y2, ln)
            y2 -= lead
        y = min(yy, y2) - 6
    col(doc["body"], x, w, y)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
DJ = "/usr/share/fonts/truetype/dejavu/"


def render_fpdf(doc):
    from fpdf import FPDF
    o = doc.get("opts", {})
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc.get("title", "CV"))
    pdf.set_author(doc.get("author", ""))
    fam = o.get("family", "sans")
    base = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "cond": "DejaVuSansCondensed"}[fam]
    pdf.add_font("F", "", DJ + base + ".ttf")
    pdf.add_font("F", "B", DJ + base + "-Bold.ttf")
    it = {"DejaVuSans": "DejaVuSans-Oblique", "DejaVuSerif": "DejaVuSerif-Italic",
          "DejaVuSansCondensed": "DejaVuSansCondensed-Oblique"}[base]
    pdf.add_font("F", "I", DJ + it + ".ttf")
    size = o.get("size", 9.5)
    lead = size * 1.35
    side_w = o.get("side_w", 170) if doc.get("side") else 0
    margin = 46
    footer_txt = doc.get("footer")

    class P(FPDF):
        pass

    pdf.set_auto_page_break(True, margin=60)
    if footer_txt:
        def _footer(self=pdf):
            self.set_y(-40)
            self.set_font("F", "", 7.5)
            self.set_x(margin)
            self.cell(self.w - 2 * margin, 10, footer_txt % self.page_no(), align="C")
        pdf.footer = _footer
    pdf.add_page()
    PW = pdf.w

    def col(ops, x, w, side=False):
        for op in expand(ops):
            k = op[0]
            if k == "entry":
                continue
            pdf.set_x(x)
            if k == "name":
                pdf.set_font("F", "B", o.get("name_size", 17))
                pdf.cell(w, o.get("name_size", 17) * 1.4, op[1], align="C" if (o.get("center") and not side) else "L",
                         new_x="LMARGIN", new_y="NEXT")
            elif k == "c":
                pdf.set_font("F", "", size - 0.5)
                pdf.multi_cell(w, lead, op[1], align="C" if (o.get("center") and not side) else "L",
                               new_x="LMARGIN", new_y="NEXT")
            elif k == "h":
                pdf.ln(4)
                pdf.set_x(x)
                pdf.set_font("F", "B", size + 1.5)
                txt = op[1].upper() if o.get("hcaps") else op[1]
                pdf.cell(w, lead + 2, txt, new_x="LMARGIN", new_y="NEXT",
                         border="B" if o.get("hrule", True) else 0)
                pdf.ln(2)
            elif k in ("p", "t"):
                st = op[2] if k == "t" else ""
                pdf.set_font("F", st.upper(), size)
                pdf.multi_cell(w, lead, op[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "b":
                pdf.set_font("F", "", size)
                ind = 12
                if op[2]:
                    pdf.cell(ind, lead, op[2])
                else:
                    pdf.set_x(x + ind)
                pdf.multi_cell(w - ind, lead, op[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "kv":
                kx = o.get("kvx", 105)
                pdf.set_font("F", "B", size)
                pdf.cell(kx, lead, op[1])
                pdf.set_font("F", "", size)
                pdf.multi_cell(w - kx, lead, op[2], new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "lr":
                st = op[3].upper()
                pdf.set_font("F", "", size)
                rw = pdf.get_string_width(op[2]) + 4
                pdf.set_font("F", st, size)
                y0 = pdf.get_y()
                pdf.multi_cell(w - rw - 6, lead, op[1], new_x="LMARGIN", new_y="NEXT", align="L")
                y1 = pdf.get_y()
                pdf.set_xy(x + w - rw, y0)
                pdf.set_font("F", "", size)
                pdf.cell(rw, lead, op[2], align="R")
                pdf.set_y(y1)
            elif k == "org":
                pdf.ln(2)
                pdf.set_x(x)
                pdf.set_font("F", "B", size + 0.5)
                pdf.cell(w, lead, op[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif k == "gap":
                pdf.ln(lead * 0.5)

    if doc.get("side"):
        pdf.set_fill_color(*o.get("side_rgb", (232, 237, 242)))
        pdf.rect(0, 0, side_w, pdf.h, style="F")
        pdf.set_left_margin(16)
        pdf.set_right_margin(PW - side_w + 12)
        pdf.set_y(50)
        col(doc["side"], 16, side_w - 28, side=True)
        pdf.set_y(50)
    x = side_w + (26 if side_w else margin)
    w = PW - x - margin
    pdf.set_left_margin(x)
    pdf.set_right_margin(margin)
    if not doc.get("side"):
        pdf.set_y(46)
    col(doc["body"], x, w)
    return bytes(pdf.output())


# ---------------------------------------------------------------- docx
def _docx_fix(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def render_docx(doc):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    o = doc.get("opts", {})
    mode = o.get("mode", "styles")
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("title", "CV")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = doc.get("author", "")
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def shade(cell, col):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), col)
        tcPr.append(shd)

    def para(container, text="", style=None):
        if hasattr(container, "add_paragraph"):
            p = container.add_paragraph(style=style) if style else container.add_paragraph()
        return p

    def write(container, ops, width, first_in_cell=False):
        pending_first = [first_in_cell]

        def P(style=None):
            if pending_first[0]:
                pending_first[0] = False
                p = container.paragraphs[0]
                if style:
                    p.style = d.styles[style]
                return p
            return container.add_paragraph(style=style) if style else container.add_paragraph()

        flat = expand(ops)
        i = 0
        while i < len(flat):
            op = flat[i]
            k = op[0]
            if k == "entry" and mode == "tables" and hasattr(container, "add_table"):
                # gather the job's ops until the gap
                j = i + 1
                grp = []
                while j < len(flat) and flat[j][0] not in ("gap", "entry", "h"):
                    grp.append(flat[j])
                    j += 1
                t = container.add_table(rows=1, cols=2)
                no_borders(t)
                c0, c1 = t.rows[0].cells
                c0.width = int(width * 0.72)
                c1.width = int(width * 0.28)
                first = True
                tdone = False
                rest = []
                for g in grp:
                    if g[0] == "lr":
                        p0 = c0.paragraphs[0] if first else c0.add_paragraph()
                        first = False
                        r = p0.add_run(g[1])
                        r.bold = g[3] == "b"
                        p1 = c1.paragraphs[0] if not c1.paragraphs[0].text else c1.add_paragraph()
                        p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        p1.add_run(g[2])
                    elif g[0] == "t" and not rest and not tdone:
                        tdone = True
                        p0 = c0.paragraphs[0] if first else c0.add_paragraph()
                        first = False
                        r = p0.add_run(g[1])
                        r.bold, r.italic = g[2] == "b", g[2] == "i"
                    else:
                        rest.append(g)
                if rest:
                    row = t.add_row()
                    m = row.cells[0].merge(row.cells[1])
                    write(m, rest, width, first_in_cell=True)
                container.add_paragraph()
                i = j
                continue
            if k == "entry":
                i += 1
                continue
            if k == "name":
                p = P("Title" if o.get("title_style") else None)
                r = p.add_run(op[1])
                if not o.get("title_style"):
                    r.bold = True
                    r.font.size = Pt(o.get("name_size", 18))
                if o.get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "c":
                p = P()
                p.add_run(op[1])
                if o.get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "h":
                if o.get("hstyle", True):
                    p = P("Heading 1" if o.get("hlevel", 1) == 1 else "Heading 2")
                    p.add_run(op[1].upper() if o.get("hcaps") else op[1])
                else:
                    p = P()
                    r = p.add_run(op[1].upper() if o.get("hcaps") else op[1])
                    r.bold = True
                    r.underline = o.get("hunder", False)
                    r.font.size = Pt(o.get("size", 10.5) + 1.5)
            elif k == "p":
                P().add_run(op[1])
            elif k == "b":
                if o.get("listbullets", True) and op[2]:
                    P("List Bullet").add_run(op[1])
                else:
                    p = P()
                    p.paragraph_format.left_indent = Cm(0.5)
                    p.add_run((op[2] + " " if op[2] else "") + op[1])
            elif k == "t":
                p = P("Heading 3" if (op[2] == "b" and o.get("h3titles")) else None)
                r = p.add_run(op[1])
                if not o.get("h3titles") or op[2] != "b":
                    r.bold, r.italic = op[2] == "b", op[2] == "i"
            elif k == "lr":
                p = P("Heading 2" if (op[3] == "b" and o.get("h2jobs")) else None)
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(op[1])
                if not o.get("h2jobs"):
                    r.bold, r.italic = op[3] == "b", op[3] == "i"
                p.add_run("\t" + op[2])
            elif k == "kv":
                p = P()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(o.get("kvcm", 4.5)))
                r = p.add_run(op[1] + ("" if o.get("kvnocolon") else ":"))
                r.bold = True
                p.add_run("\t" + op[2])
            elif k == "org":
                p = P()
                r = p.add_run(op[1])
                r.bold = True
                r.font.size = Pt(o.get("size", 10.5) + 1)
            elif k == "gap":
                if o.get("gaps"):
                    P()
            i += 1

    if doc.get("header"):
        hdr = sec.header
        for n, ln in enumerate(doc["header"]):
            p = hdr.paragraphs[0] if n == 0 else hdr.add_paragraph()
            r = p.add_run(ln)
            if n == 0:
                r.bold = True
                r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if o.get("center") else WD_ALIGN_PARAGRAPH.LEFT
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(doc["footer"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.get("side"):
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        sw = int(text_w * 0.32)
        mw = text_w - sw
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = sw, mw
        shade(c0, o.get("side_fill", "DCE6F0"))
        write(c0, doc["side"], sw, first_in_cell=True)
        write(c1, doc["body"], mw - Cm(0.4), first_in_cell=True)
    else:
        write(d, doc["body"], text_w)
    buf = io.BytesIO()
    d.save(buf)
    return _docx_fix(buf.getvalue())


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}
