"""Renderers for wild79: job blocks -> txt / md / html / reportlab / fpdf2 / docx."""
import datetime
import io
import re
import textwrap
import zipfile

from lib import E, fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- blocks
def _ol(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def job_blocks(entries, st):
    h = st.get("h", "title_org")
    d = st.get("d", "mon")
    pres = st.get("pres", "Present")
    sep = st.get("sep", " – ")
    bul = st.get("bul", "b")
    right = st.get("right", True)
    out = []
    prev_org = object()
    if h == "lostcols":
        out += [("p", c) for c in st.get("cols", ["Employer", "Position", "Period"])]
    for e in entries:
        dr = fmt_range(e, d, pres, sep)
        if h == "title_org":
            out.append(("jr", e.title, dr) if right else ("jh", f"{e.title}  {dr}".strip()))
            if _ol(e):
                out.append(("js", _ol(e)))
        elif h == "title_comma":
            out.append(("jh", ", ".join(x for x in (e.title, dr) if x)))
            if _ol(e):
                out.append(("js", _ol(e)))
        elif h == "org_title":
            out.append(("jr", _ol(e), dr) if right else ("jh", f"{_ol(e)}   {dr}".strip()))
            out.append(("js", e.title))
        elif h == "dash":
            left = e.title + (" – " + _ol(e) if _ol(e) else "")
            out.append(("jr", left, dr) if right else ("jh", f"{left}   {dr}".strip()))
        elif h == "dash_paren":
            left = e.title + (" - " + _ol(e) if _ol(e) else "")
            out.append(("jh", f"{left} ({dr})" if dr else left))
        elif h == "pipe":
            left = " | ".join(x for x in (e.title, e.org, e.loc) if x)
            out.append(("jr", left, dr) if right else ("jh", f"{left} | {dr}" if dr else left))
        elif h == "datesfirst":
            out.append(("jh", f"{dr}   {e.title}" if dr else e.title))
            if _ol(e):
                out.append(("js", _ol(e)))
        elif h == "datesfirst_inline":
            out.append(("jh", "  ".join(x for x in (dr, e.title + (", " + _ol(e) if _ol(e) else "")) if x)))
        elif h == "labelled":
            out.append(("jh", f"{st.get('lt', 'Position')}: {e.title}"))
            if e.org:
                out.append(("p", f"{st.get('lo', 'Company')}: {e.org}" + (f", {e.loc}" if e.loc else "")))
            if dr:
                out.append(("p", f"{st.get('ld', 'Duration')}: {dr}"))
        elif h == "orgfirst":
            if e.org != prev_org:
                out.append(("jh", _ol(e) or "Other"))
            out.append(("jr", e.title, dr) if right else ("js", f"{e.title}  {dr}".strip()))
        elif h == "runon":
            head = f"{e.title}, {_ol(e)}" if _ol(e) else e.title
            head += f" ({dr})." if dr else "."
            txt = " ".join(b if b.endswith(".") else b + "." for b in e.bullets)
            out.append(("pj", (head + " " + txt).strip()))
        elif h == "lostcols":
            out += [("p", x) for x in (e.org, e.title, dr) if x]
        prev_org = e.org
        if h in ("runon",):
            continue
        if bul == "b":
            out += [("b", b) for b in e.bullets]
        elif bul == "p" and e.bullets:
            out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets)))
        elif bul == "dash_p" and e.bullets:
            out.append(("p", "Duties: " + "; ".join(e.bullets) + "."))
        if st.get("gap", True):
            out.append(("sp",))
    return out


def expand(d):
    """body items -> flat block list; collects entries in order."""
    blocks, entries = [], []
    for it in d["body"]:
        if it[0] == "jobs":
            entries += it[1]
            blocks += job_blocks(it[1], it[2] if len(it) > 2 else {})
        else:
            blocks.append(it)
    return blocks, entries


def caps_blocks(blocks):
    return [tuple(x.upper() if isinstance(x, str) and i > 0 else x for i, x in enumerate(b)) for b in blocks]


# ---------------------------------------------------------------- text family
def _hyph_wrap(text, width, hyph=True):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if hyph and len(w) >= 8 and room >= 4 and w.isalpha():
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def render_txt(d):
    o = d.get("opts", {})
    blocks, _ = expand(d)
    if o.get("caps"):
        blocks = caps_blocks(blocks)
    W = o.get("width", 78)
    wrap = o.get("wrap")  # None: no wrap; int: wrap p/b lines
    hyph = o.get("hyph", False)
    bc = o.get("bullet", "- ")
    und = o.get("underline")
    lines = []
    for b in d.get("head", []):
        lines.append(b.upper() if o.get("caps") else b)
    lines.append("")
    for b in blocks:
        k = b[0]
        if k == "h":
            if o.get("blank_before_h", True) and lines and lines[-1] != "":
                lines.append("")
            lines.append(b[1])
            if und:
                lines.append(und * len(b[1]))
        elif k == "jr":
            left, r = b[1], b[2]
            if not r:
                lines.append(left)
            elif o.get("jr_join"):
                lines.append(left + o["jr_join"] + r)
            else:
                lines.append(left + " " * max(2, W - len(left) - len(r)) + r)
        elif k in ("jh", "js"):
            lines.append(b[1])
        elif k in ("p", "pj", "b"):
            pre = bc if k == "b" else ""
            t = pre + b[1]
            if wrap:
                lines += _hyph_wrap(t, wrap, hyph and k != "pj")
            else:
                lines.append(t)
        elif k == "sp":
            if not o.get("nogap"):
                lines.append("")
        elif k == "raw":
            lines.append(b[1])
        elif k == "pb":
            lines += ["", b[1] if len(b) > 1 else "", ""]
    txt = "\n".join(lines)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip("\n") + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    return txt.encode("utf-8")


def render_md(d):
    o = d.get("opts", {})
    blocks, _ = expand(d)
    L = []
    head = d.get("head", [])
    if head:
        L.append("# " + head[0])
        L += [x + "  " for x in head[1:]]
        L.append("")
    hp = o.get("hprefix", "## ")
    for b in blocks:
        k = b[0]
        if k == "h":
            L += ["", hp + b[1], ""]
        elif k == "jr":
            L.append(o.get("jr", "### {l}\n*{r}*").format(l=b[1], r=b[2]) if b[2] else "### " + b[1])
        elif k == "jh":
            L.append(o.get("jh", "**{t}**").format(t=b[1]) + "  ")
        elif k == "js":
            L.append(o.get("js", "_{t}_").format(t=b[1]) + "  ")
        elif k in ("p", "pj", "raw"):
            L.append(b[1])
            L.append("")
        elif k == "b":
            L.append(o.get("bullet", "- ") + b[1])
        elif k == "sp":
            L.append("")
        elif k == "pb":
            L += ["", b[1] if len(b) > 1 else "---", ""]
    txt = re.sub(r"\n{3,}", "\n\n", "\n".join(L)).strip() + "\n"
    return txt.encode("utf-8")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(d):
    o = d.get("opts", {})
    blocks, _ = expand(d)
    if o.get("caps"):
        blocks = caps_blocks(blocks)
    H = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
         f"<title>{_esc(d.get('head', ['CV'])[0])}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:20px auto}"
         " .r{float:right} h2{border-bottom:1px solid #999}</style></head><body>"]
    head = d.get("head", [])
    if head:
        H.append(f"<h1>{_esc(head[0])}</h1>")
        H += [f"<div>{_esc(x)}</div>" for x in head[1:]]
    inul = False
    for b in blocks:
        k = b[0]
        if k != "b" and inul:
            H.append("</ul>")
            inul = False
        if k == "h":
            H.append(f"<h2>{_esc(b[1])}</h2>")
        elif k == "jr":
            H.append(f"<p><b>{_esc(b[1])}</b> <span class=\"r\">{_esc(b[2])}</span></p>")
        elif k == "jh":
            H.append(f"<p><strong>{_esc(b[1])}</strong></p>")
        elif k == "js":
            H.append(f"<p><em>{_esc(b[1])}</em></p>")
        elif k in ("p", "pj"):
            H.append(f"<p>{_esc(b[1])}</p>")
        elif k == "raw":
            H.append(b[1])
        elif k == "b":
            if not inul:
                H.append("<ul>")
                inul = True
            H.append(f"<li>{_esc(b[1])}</li>")
    if inul:
        H.append("</ul>")
    H.append("</body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(d):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    o = d.get("opts", {})
    blocks, _ = expand(d)
    if o.get("caps"):
        blocks = caps_blocks(blocks)
    ps = letter if o.get("letter") else A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=ps, invariant=1)
    c.setTitle(d.get("head", ["Resume"])[0])
    c.setAuthor(d.get("head", ["Resume"])[0])
    Wp, Hp = ps
    lay = o.get("layout", "plain")
    side_w = 170 if lay == "sidebar" else 0
    x0 = 50 + side_w
    xr = Wp - 50
    state = {"y": Hp - 60, "page": 1}
    F, FB, FI = o.get("font", ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    fs = o.get("size", 10)

    def footer():
        if o.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(Wp / 2, 30, o["footer"].format(n=state["page"]))

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = Hp - 60
        if o.get("repeat_head"):
            c.setFont(FB, 9)
            c.drawString(x0, Hp - 40, o["repeat_head"])
            state["y"] = Hp - 70

    def need(h):
        if state["y"] - h < 55:
            newpage()

    def line(txt, font, size, x=None, lead=None):
        x = x0 if x is None else x
        for ln in simpleSplit(txt, font, size, xr - x):
            need(size + 3)
            c.setFont(font, size)
            c.drawString(x, state["y"], ln)
            state["y"] -= lead or size + 3

    # sidebar
    if lay == "sidebar":
        c.setFillColorRGB(*o.get("side_rgb", (0.9, 0.92, 0.95)))
        c.rect(0, 0, side_w + 20, Hp, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hp - 60
        for sb in d.get("side", []):
            if sb[0] == "h":
                sy -= 6
                c.setFont(FB, 10)
                c.drawString(20, sy, sb[1])
                sy -= 14
            else:
                for ln in simpleSplit(sb[1], F, 8.5, side_w - 15):
                    c.setFont(F, 8.5)
                    c.drawString(20, sy, ln)
                    sy -= 11
    head = d.get("head", [])
    if o.get("caps"):
        head = [x.upper() for x in head]
    if lay == "twocol" and head:
        c.setFont(FB, 18)
        c.drawString(x0, state["y"], head[0])
        yy = state["y"] + 4
        c.setFont(F, 9)
        for h in head[1:]:
            c.drawRightString(xr, yy, h)
            yy -= 11
        state["y"] = min(state["y"] - 26, yy - 8)
    elif head:
        centred = o.get("centre", False)
        c.setFont(FB, 16)
        (c.drawCentredString(Wp / 2 + side_w / 2, state["y"], head[0]) if centred
         else c.drawString(x0, state["y"], head[0]))
        state["y"] -= 18
        c.setFont(F, 9)
        for h in head[1:]:
            (c.drawCentredString(Wp / 2 + side_w / 2, state["y"], h) if centred else c.drawString(x0, state["y"], h))
            state["y"] -= 12
        state["y"] -= 8
    bchar = o.get("bullet", "•")
    for b in blocks:
        k = b[0]
        if k == "h":
            need(40)
            state["y"] -= 6
            c.setFont(FB, fs + 2)
            c.drawString(x0, state["y"], b[1])
            if o.get("rule", True):
                c.setLineWidth(0.5)
                c.line(x0, state["y"] - 3, xr, state["y"] - 3)
            state["y"] -= fs + 7
        elif k == "jr":
            need(fs + 4)
            c.setFont(FB, fs)
            c.drawString(x0, state["y"], b[1])
            c.setFont(F, fs)
            if b[2]:
                c.drawRightString(xr, state["y"], b[2])
            state["y"] -= fs + 3
        elif k == "jh":
            line(b[1], FB, fs)
        elif k == "js":
            line(b[1], FI, fs)
        elif k in ("p", "pj", "raw"):
            line(b[1], F, fs)
        elif k == "b":
            ls = simpleSplit(b[1], F, fs, xr - x0 - 12)
            for i, ln in enumerate(ls):
                need(fs + 3)
                c.setFont(F, fs)
                if i == 0:
                    c.drawString(x0 + 2, state["y"], bchar)
                c.drawString(x0 + 12, state["y"], ln)
                state["y"] -= fs + 3
        elif k == "sp":
            state["y"] -= 5
        elif k == "pb":
            newpage()
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d):
    from fpdf import FPDF
    o = d.get("opts", {})
    blocks, _ = expand(d)
    if o.get("caps"):
        blocks = caps_blocks(blocks)

    class P(FPDF):
        def footer(self):
            if o.get("footer"):
                self.set_y(-15)
                self.set_font("dv", "", 8)
                self.cell(0, 8, o["footer"].format(n=self.page_no()), align="C")

        def header(self):
            if o.get("repeat_head") and self.page_no() > 1:
                self.set_font("dv", "B", 9)
                self.cell(0, 6, o["repeat_head"], new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

    p = P(format=o.get("page", "A4"))
    p.set_creation_date(FIXED)
    p.set_title(d.get("head", ["CV"])[0])
    p.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
    p.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    p.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, 20)
    lay = o.get("layout", "plain")
    sw = 58 if lay == "sidebar" else 0
    p.set_margins(15 + sw, 15, 15)
    p.add_page()
    fs = o.get("size", 10)
    if lay == "sidebar":
        p.set_fill_color(*o.get("side_rgb", (225, 232, 240)))
        p.rect(0, 0, sw + 8, 297, style="F")
        y = 18
        for sb in d.get("side", []):
            p.set_xy(6, y)
            if sb[0] == "h":
                p.set_font("dv", "B", 10)
                p.multi_cell(sw - 4, 6, sb[1], new_x="LMARGIN", new_y="NEXT")
            else:
                p.set_font("dv", "", 8)
                p.multi_cell(sw - 4, 4.2, sb[1], new_x="LMARGIN", new_y="NEXT")
            y = p.get_y() + 1
        p.set_xy(15 + sw, 15)
    head = d.get("head", [])
    if o.get("caps"):
        head = [x.upper() for x in head]
    al = "C" if o.get("centre") else "L"
    if head:
        p.set_font("dv", "B", 16)
        p.cell(0, 9, head[0], align=al, new_x="LMARGIN", new_y="NEXT")
        p.set_font("dv", "", 9)
        for h in head[1:]:
            p.cell(0, 5, h, align=al, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    bchar = o.get("bullet", "•")
    for b in blocks:
        k = b[0]
        if k == "h":
            p.ln(2)
            p.set_font("dv", "B", fs + 1)
            p.cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT", border="B" if o.get("rule", True) else 0)
            p.ln(1)
        elif k == "jr":
            p.set_font("dv", "B", fs)
            y = p.get_y()
            p.cell(0, 5.5, b[1])
            p.set_font("dv", "", fs)
            p.set_xy(p.l_margin, y)
            p.cell(0, 5.5, b[2], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "jh":
            p.set_font("dv", "B", fs)
            p.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "js":
            p.set_font("dv", "I", fs)
            p.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "pj", "raw"):
            p.set_font("dv", "", fs)
            p.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "b":
            p.set_font("dv", "", fs)
            p.cell(5, 5, bchar)
            p.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "sp":
            p.ln(2)
        elif k == "pb":
            p.add_page()
    return bytes(p.output())


# ---------------------------------------------------------------- docx
def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zo.writestr(zi, zin.read(it.filename))
    return out.getvalue()


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def render_docx(d):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Cm
    o = d.get("opts", {})
    blocks, _ = expand(d)
    if o.get("caps"):
        blocks = caps_blocks(blocks)
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = d.get("head", ["x"])[0]
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = ""
    cp.last_modified_by = cp.author
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10.5))
    mode = o.get("mode", "styles")
    head = d.get("head", [])
    if o.get("caps"):
        head = [x.upper() for x in head]
    tab_pos = sec.page_width - sec.left_margin - sec.right_margin

    if o.get("header") and head:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(head[0])
        r.bold = True
        r.font.size = Pt(14)
        for h in head[1:]:
            sec.header.add_paragraph(h)
        head = []
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]

    container = doc
    if mode == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.5), Cm(11.5)
        _shade(left, o.get("side_hex", "DCE6F0"))
        left.paragraphs[0].text = ""
        for sb in d.get("side", []):
            pp = left.add_paragraph()
            rr = pp.add_run(sb[1])
            if sb[0] == "h":
                rr.bold = True
            else:
                rr.font.size = Pt(9)
        container = right
        first = right.paragraphs[0]
    else:
        first = None

    def para(text="", style=None):
        nonlocal first
        if first is not None:
            pp = first
            first = None
            if style:
                pp.style = doc.styles[style]
            if text:
                pp.add_run(text)
            return pp
        pp = container.add_paragraph(text, style=style) if style else container.add_paragraph(text)
        return pp

    if head:
        p0 = para()
        r = p0.add_run(head[0])
        r.bold = True
        r.font.size = Pt(18)
        for h in head[1:]:
            para(h)
    hst = o.get("hstyle", "Heading 1")
    for b in blocks:
        k = b[0]
        if k == "h":
            if mode in ("styles",) or o.get("use_heading"):
                para(b[1], hst)
            else:
                pp = para()
                rr = pp.add_run(b[1])
                rr.bold = True
                rr.font.size = Pt(12)
        elif k == "jr":
            if mode == "table":
                t = container.add_table(rows=1, cols=2)
                c1, c2 = t.rows[0].cells
                c1.paragraphs[0].add_run(b[1]).bold = True
                c2.paragraphs[0].add_run(b[2])
                c2.paragraphs[0].alignment = 2
            else:
                pp = para(None, "Heading 2" if mode == "styles" else None)
                if mode != "styles":
                    pp.paragraph_format.tab_stops.add_tab_stop(tab_pos if mode != "sidebar" else Cm(11), WD_TAB_ALIGNMENT.RIGHT)
                rr = pp.add_run(b[1])
                rr.bold = True
                pp.add_run("\t" + b[2] if b[2] else "")
        elif k == "jh":
            pp = para()
            pp.add_run(b[1]).bold = True
        elif k == "js":
            pp = para()
            pp.add_run(b[1]).italic = True
        elif k in ("p", "pj", "raw"):
            para(b[1])
        elif k == "b":
            if o.get("typed_bullet"):
                para(o["typed_bullet"] + b[1])
            else:
                para(b[1], "List Bullet")
        elif k == "sp":
            if o.get("gaps"):
                para()
        elif k == "pb":
            doc.add_page_break()
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl, "fpdf": render_fpdf,
          "docx": render_docx}
