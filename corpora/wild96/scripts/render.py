"""Renderers for wild96: reportlab canvas, fpdf2 (DejaVu), python-docx, txt, md, html."""
import datetime, html, io, zipfile
from lib import date_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)
FIXED_UTC = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def _t(e):
    return f"{e.title} ({e.note})" if e.note else e.title


def _ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


def entry_lines(e, d, opts, prev_org):
    """-> list of (kind, text, right). kinds: org, title, sub, date, b, p"""
    order = opts.get("order", d.get("order", "title_org"))
    dr = date_range(e, opts.get("ds", d.get("ds", "mois")), opts.get("present", d.get("present", "aujourd'hui")),
                    opts.get("rng", d.get("rng", "dash")))
    L = []
    if order == "title_org":
        L += [("title", _t(e), dr)]
        if e.org or e.loc:
            L.append(("sub", _ol(e), None))
    elif order == "org_title":
        L += [("title", _ol(e, " — "), dr), ("sub", _t(e), None)]
    elif order == "dash":
        L += [("title", f"{_t(e)} – {_ol(e)}" if (e.org or e.loc) else _t(e), dr)]
    elif order == "pipe":
        L += [("title", " | ".join(x for x in (_t(e), e.org, e.loc) if x), dr)]
    elif order == "datesfirst":
        L += [("title", f"{dr}  {_t(e)}", None)]
        if e.org or e.loc:
            L.append(("sub", f"{e.org}" + (f" ({e.loc})" if e.loc else "") if e.org else e.loc, None))
    elif order == "dateline":
        L += [("title", _t(e), None)]
        if e.org or e.loc:
            L.append(("sub", _ol(e, " – "), None))
        L.append(("date", dr, None))
    elif order == "orgfirst":
        if e.org != prev_org:
            L.append(("org", _ol(e, " – "), None))
        L.append(("title", _t(e), dr))
    elif order == "labelled":
        L += [("title", f"Poste : {_t(e)}", None)]
        if e.org:
            L.append(("p", f"Employeur : {e.org}" + (f" ({e.loc})" if e.loc else ""), None))
        L.append(("p", f"Période : {dr}", None))
        if e.bullets:
            L.append(("p", "Missions :", None))
    else:
        raise ValueError(order)
    if e.para and e.bullets:
        L.append(("p", ". ".join(b.rstrip(".") for b in e.bullets) + ".", None))
    else:
        L += [("b", b, None) for b in e.bullets]
    return L


def flat(d):
    """-> list of (kind, text, right) for the whole main column."""
    out = [("name", d["name"], None)]
    if d.get("headline"):
        out.append(("headline", d["headline"], None))
    if d["layout"] not in ("sidebar",):
        for c in d.get("contact", []):
            out.append(("contact", c, None))
    for blk in d["blocks"]:
        typ, head, items = blk[0], blk[1], blk[2]
        opts = blk[3] if len(blk) > 3 else {}
        if head:
            out.append(("h", head, None))
        if typ == "text":
            for x in items:
                out.append(("p", x, None))
        else:
            prev = None
            for i, e in enumerate(items):
                if i and not (opts.get("order", d.get("order")) == "orgfirst" and e.org == prev):
                    out.append(("gap", "", None))
                out += entry_lines(e, d, opts, prev)
                prev = e.org
    return out


# ---------------------------------------------------------------- reportlab
def render_reportlab(d, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor(d["name"]); c.setTitle("CV " + d["name"]); c.setCreator("Microsoft Word")
    lay = d["layout"]
    x0, x1 = (200, W - 40) if lay == "sidebar" else (50, W - 50)
    bullet = d.get("bullet", "•")
    state = {"y": H - 55, "page": 1}

    def footer():
        if d.get("footer"):
            c.setFont("Helvetica", 8); c.setFillGray(0.4)
            c.drawString(50, 28, d["footer"])
            c.drawRightString(W - 50, 28, f"Page {state['page']}")
            c.setFillGray(0)

    def sidebar():
        c.setFillColorRGB(*d.get("side_rgb", (0.90, 0.93, 0.96)))
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillGray(0)
        y = H - 60
        for head, lines in d.get("side", []):
            c.setFont("Helvetica-Bold", 10); c.drawString(18, y, head); y -= 15
            c.setFont("Helvetica", 8.5)
            for ln in lines:
                for part in wrap(ln, "Helvetica", 8.5, 145):
                    c.drawString(18, y, part); y -= 11.5
            y -= 10

    def wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur); cur = w
        lines.append(cur)
        return lines

    def need(h):
        if state["y"] - h < 60:
            footer(); c.showPage(); state["page"] += 1; state["y"] = H - 55

    if lay == "sidebar":
        sidebar()
    items = flat(d)
    for kind, text, right in items:
        if kind == "name":
            if lay == "twocol":
                c.setFont("Helvetica-Bold", 20); c.drawString(x0, state["y"], text)
                cy = state["y"] + 4
                c.setFont("Helvetica", 8.5)
                for ln in d.get("contact", []):
                    c.drawRightString(x1, cy, ln); cy -= 11
                state["y"] -= 22
            elif lay == "centred":
                c.setFont("Helvetica-Bold", 18); c.drawCentredString((x0 + x1) / 2, state["y"], text); state["y"] -= 20
            else:
                c.setFont("Helvetica-Bold", 18); c.drawString(x0, state["y"], text); state["y"] -= 20
        elif kind == "headline":
            c.setFont("Helvetica-Oblique", 11)
            if lay == "centred":
                c.drawCentredString((x0 + x1) / 2, state["y"], text)
            else:
                c.drawString(x0, state["y"], text)
            state["y"] -= 16
        elif kind == "contact":
            if lay == "twocol":
                continue
            c.setFont("Helvetica", 9)
            if lay == "centred":
                c.drawCentredString((x0 + x1) / 2, state["y"], text)
            else:
                c.drawString(x0, state["y"], text)
            state["y"] -= 12
        elif kind == "h":
            if text == d.get("break_before"):
                footer(); c.showPage(); state["page"] += 1; state["y"] = H - 55
            need(40); state["y"] -= 10
            c.setFont("Helvetica-Bold", 11.5); c.drawString(x0, state["y"], text)
            c.setLineWidth(0.6); c.line(x0, state["y"] - 3, x1, state["y"] - 3)
            state["y"] -= 17
        elif kind == "gap":
            state["y"] -= 6
        elif kind in ("title", "org"):
            need(30)
            font = "Helvetica-Bold"
            size = 10.5 if kind == "org" else 10
            rw = stringWidth(right, "Helvetica", 9.5) + 12 if right else 0
            lines = wrap(text, font, size, x1 - x0 - rw)
            for i, ln in enumerate(lines):
                c.setFont(font, size); c.drawString(x0, state["y"], ln)
                if i == 0 and right:
                    c.setFont("Helvetica", 9.5); c.drawRightString(x1, state["y"], right)
                state["y"] -= 13
        elif kind in ("sub", "date"):
            need(14)
            c.setFont("Helvetica-Oblique" if kind == "sub" else "Helvetica", 9.5)
            for ln in wrap(text, "Helvetica-Oblique", 9.5, x1 - x0):
                c.drawString(x0, state["y"], ln); state["y"] -= 12.5
        elif kind == "b":
            lines = wrap(text, "Helvetica", 9.5, x1 - x0 - 14)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.5)
            c.drawString(x0 + 3, state["y"], bullet)
            for ln in lines:
                c.drawString(x0 + 14, state["y"], ln); state["y"] -= 12
        elif kind == "p":
            lines = wrap(text, "Helvetica", 9.5, x1 - x0)
            need(12 * len(lines))
            c.setFont("Helvetica", 9.5)
            for ln in lines:
                c.drawString(x0, state["y"], ln); state["y"] -= 12
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-14); self.set_font("dj", "", 7.5); self.set_text_color(110)
                self.cell(0, 6, f"{d['footer']} — {self.page_no()}/{{nb}}", align="C")
                self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_UTC)
    pdf.set_author(d["name"]); pdf.set_creator("LibreOffice Writer")
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    lay = d["layout"]
    al = "C" if lay == "centred" else "L"
    bullet = d.get("bullet", "•")
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for kind, text, right in flat(d):
        if kind == "name":
            pdf.set_font("dj", "B", 17); pdf.cell(0, 9, text, align=al, **NL)
        elif kind == "headline":
            pdf.set_font("dj", "I", 10.5); pdf.cell(0, 6, text, align=al, **NL)
        elif kind == "contact":
            pdf.set_font("dj", "", 8.5); pdf.cell(0, 4.6, text, align=al, **NL)
        elif kind == "h":
            pdf.ln(3); pdf.set_font("dj", "B", 11)
            pdf.cell(0, 7, text, border="B", **NL); pdf.ln(1.5)
        elif kind == "gap":
            pdf.ln(2)
        elif kind in ("title", "org"):
            if pdf.get_y() > 265:
                pdf.add_page()
            pdf.set_font("dj", "B", 10 if kind == "title" else 10.5)
            if right:
                pdf.set_font("dj", "", 9); rw = pdf.get_string_width(right) + 4
                pdf.set_font("dj", "B", 10)
                y = pdf.get_y()
                pdf.multi_cell(pdf.epw - rw, 5.4, text, **NL)
                y2 = pdf.get_y()
                pdf.set_xy(pdf.l_margin, y); pdf.set_font("dj", "", 9)
                pdf.cell(0, 5.4, right, align="R")
                pdf.set_xy(pdf.l_margin, y2)
            else:
                pdf.multi_cell(0, 5.4, text, **NL)
        elif kind in ("sub", "date"):
            pdf.set_font("dj", "I" if kind == "sub" else "", 9.2); pdf.multi_cell(0, 5, text, **NL)
        elif kind == "b":
            pdf.set_font("dj", "", 9.2)
            pdf.set_x(pdf.l_margin + 2); pdf.cell(4, 4.8, bullet)
            pdf.multi_cell(0, 4.8, text, **NL)
        elif kind == "p":
            pdf.set_font("dj", "", 9.2); pdf.multi_cell(0, 4.8, text, **NL)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor); tcPr.append(shd)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{s}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def render_docx(d, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = d.get("font", "Calibri"); st.font.size = Pt(10.5)
    lay = d["layout"]
    bullet = d.get("bullet", "–")
    tabpos = Cm(17)

    def tab_para(container, text, right, bold=True, size=None):
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is doc else Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text); r.bold = bold
        if size:
            r.font.size = Pt(size)
        if right:
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(0)
        return p

    def emit(container, items, use_styles):
        for kind, text, right in items:
            if kind == "name":
                if lay == "header":
                    continue
                p = container.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(18)
                if lay == "centred":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "headline":
                p = container.add_paragraph(); r = p.add_run(text); r.italic = True
            elif kind == "contact":
                if lay == "header":
                    continue
                p = container.add_paragraph(text); p.paragraph_format.space_after = Pt(0)
            elif kind == "h":
                if use_styles and container is doc:
                    doc.add_heading(text, level=1)
                else:
                    p = container.add_paragraph(); p.paragraph_format.space_before = Pt(10)
                    r = p.add_run(text.upper() if d.get("caps_h") else text); r.bold = True; r.font.size = Pt(12)
            elif kind == "gap":
                container.add_paragraph().paragraph_format.space_after = Pt(0)
            elif kind == "org":
                p = container.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(11.5)
            elif kind == "title":
                if use_styles and container is doc and d.get("h2titles"):
                    hp = doc.add_heading(text, level=2)
                    if right:
                        hp.add_run("  (" + right + ")")
                else:
                    tab_para(container, text, right)
            elif kind == "sub":
                p = container.add_paragraph(); r = p.add_run(text); r.italic = True
                p.paragraph_format.space_after = Pt(0)
            elif kind == "date":
                container.add_paragraph(text).paragraph_format.space_after = Pt(0)
            elif kind == "b":
                if use_styles and container is doc:
                    doc.add_paragraph(text, style="List Bullet")
                else:
                    p = container.add_paragraph(f"{bullet} {text}" if bullet else text)
                    p.paragraph_format.left_indent = Cm(0.5); p.paragraph_format.space_after = Pt(0)
            elif kind == "p":
                container.add_paragraph(text)

    items = flat(d)
    if lay == "header":
        hdr = sec.header
        hp = hdr.paragraphs[0]; r = hp.add_run(d["name"]); r.bold = True; r.font.size = Pt(16)
        hdr.add_paragraph(" · ".join(d.get("contact", [])))
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2); _noborders(t)
        left, right = t.rows[0].cells
        left.width = Cm(5.5); right.width = Cm(11.5)
        _shade(left, d.get("side_hex", "DCE6F0"))
        p = left.paragraphs[0]; r = p.add_run(d["name"]); r.bold = True; r.font.size = Pt(15)
        for c in d.get("contact", []):
            left.add_paragraph(c)
        for head, lines in d.get("side", []):
            p = left.add_paragraph(); p.paragraph_format.space_before = Pt(8); r = p.add_run(head); r.bold = True
            for ln in lines:
                left.add_paragraph(ln)
        emit(right, [x for x in items if x[0] not in ("name", "contact")], False)
    elif lay == "table":
        # entries as one borderless 2-col table each
        for kind_blk in _table_layout(d):
            kind_blk(doc, emit, _noborders, Cm, Pt)
    else:
        emit(doc, items, lay in ("styles",))
    cp = doc.core_properties
    cp.author = d["name"]; cp.last_modified_by = d["name"]; cp.title = "CV"
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1
    bio = io.BytesIO(); doc.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def _table_layout(d):
    """Yields callables that render the doc with a borderless table per job."""
    from docx.shared import Pt
    steps = []

    def head(doc, emit, nb, Cm, Pt_):
        pre = [("name", d["name"], None)] + ([("headline", d["headline"], None)] if d.get("headline") else []) + \
              [("contact", c, None) for c in d.get("contact", [])]
        emit(doc, pre, False)
    steps.append(head)
    for blk in d["blocks"]:
        typ, h, items = blk[0], blk[1], blk[2]
        opts = blk[3] if len(blk) > 3 else {}

        def fn(doc, emit, nb, Cm, Pt_, typ=typ, h=h, items=items, opts=opts):
            if h:
                emit(doc, [("h", h, None)], False)
            if typ == "text":
                emit(doc, [("p", x, None) for x in items], False)
                return
            for e in items:
                lines = entry_lines(e, d, opts, None)
                t = doc.add_table(rows=1, cols=2); nb(t)
                a, b = t.rows[0].cells
                a.width = Cm(12.5); b.width = Cm(4.5)
                first = True
                right = None
                for k, text, r in lines:
                    if k == "title":
                        right = r
                    if k in ("title", "org"):
                        p = a.paragraphs[0] if first else a.add_paragraph()
                        rr = p.add_run(text); rr.bold = True
                    elif k == "sub":
                        p = a.add_paragraph(); rr = p.add_run(text); rr.italic = True
                    elif k == "b":
                        a.add_paragraph(f"{d.get('bullet', '•')} {text}")
                    else:
                        a.add_paragraph(text)
                    first = False
                b.paragraphs[0].add_run(right or "")
                from docx.enum.text import WD_ALIGN_PARAGRAPH
                b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                doc.add_paragraph().paragraph_format.space_after = Pt_(0)
        steps.append(fn)
    return steps


# ---------------------------------------------------------------- text family
def render_txt(d, path):
    W = d.get("width", 78)
    caps = d.get("caps_h", True)
    bullet = d.get("bullet", "-")
    out = []
    for kind, text, right in flat(d):
        if kind == "name":
            out.append(text.upper() if d.get("caps_name") else text)
        elif kind in ("headline", "contact"):
            out.append(text)
        elif kind == "h":
            out += ["", text.upper() if caps else text]
            if d.get("underline", True):
                out.append(("=" if d.get("uchar") == "=" else "-") * len(text))
        elif kind == "gap":
            out.append("")
        elif kind in ("title", "org"):
            t = text.upper() if (kind == "org" and d.get("caps_org")) else text
            if right:
                sep = d.get("txt_sep", "pad")
                if sep == "pad":
                    pad = max(3, W - len(t) - len(right))
                    out.append(t + " " * pad + right)
                elif sep == "comma":
                    out.append(f"{t}, {right}")
                else:
                    out.append(f"{t} {sep} {right}")
            else:
                out.append(t)
        elif kind in ("sub", "date", "p"):
            out.append(text)
        elif kind == "b":
            out.append(f"{bullet} {text}" if bullet else text)
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_md(d, path):
    out = []
    for kind, text, right in flat(d):
        if kind == "name":
            out.append(f"# {text}")
        elif kind == "headline":
            out += [f"**{text}**", ""]
        elif kind == "contact":
            out.append(text + "  ")
        elif kind == "h":
            out += ["", f"## {text}", ""]
        elif kind == "gap":
            out.append("")
        elif kind == "org":
            out += [f"### {text}", ""]
        elif kind == "title":
            if d.get("md_title") == "bold":
                out.append(f"**{text}**" + (f" — *{right}*" if right else "") + "  ")
            else:
                out.append(f"#### {text}" if any(k == "org" for k, _, _ in flat(d)) else f"### {text}")
                if right:
                    out.append(f"*{right}*  ")
        elif kind in ("sub", "date"):
            out.append(f"_{text}_  " if kind == "sub" else text + "  ")
        elif kind == "b":
            out.append(f"{d.get('bullet', '-')} {text}")
        elif kind == "p":
            out += [text] if text.startswith("- ") else [text, ""]
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_html(d, path):
    esc = html.escape
    out = ["<!DOCTYPE html>", '<html lang="fr">', "<head>", '<meta charset="utf-8">',
           f"<title>CV – {esc(d['name'])}</title>",
           "<style>body{font-family:Georgia,serif;max-width:760px;margin:2em auto}h2{border-bottom:1px solid #999}"
           ".d{float:right;color:#555}</style>", "</head>", "<body>"]
    inul = False
    for kind, text, right in flat(d):
        if kind != "b" and inul:
            out.append("</ul>"); inul = False
        if kind == "name":
            out.append(f"<h1>{esc(text)}</h1>")
        elif kind == "headline":
            out.append(f"<p><em>{esc(text)}</em></p>")
        elif kind == "contact":
            out.append(f"<p class=\"contact\">{esc(text)}</p>")
        elif kind == "h":
            out.append(f"<h2>{esc(text)}</h2>")
        elif kind == "org":
            out.append(f"<h3>{esc(text)}</h3>")
        elif kind == "title":
            sp = f'<span class="d">{esc(right)}</span>' if right else ""
            out.append(f"<p>{sp}<strong>{esc(text)}</strong></p>")
        elif kind == "sub":
            out.append(f"<p><em>{esc(text)}</em></p>")
        elif kind in ("date", "p"):
            out.append(f"<p>{esc(text)}</p>")
        elif kind == "b":
            if not inul:
                out.append("<ul>"); inul = True
            out.append(f"<li>{esc(text)}</li>")
    if inul:
        out.append("</ul>")
    out += ["</body>", "</html>"]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


RENDER = {"reportlab": render_reportlab, "fpdf2": render_fpdf, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
