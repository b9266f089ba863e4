"""Renderers: reportlab / fpdf2 (shared layout engine), python-docx, txt, md, html."""
import datetime, io, zipfile, html as H
from lib import fmt_range

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def join(*parts):
    return ", ".join(p for p in parts if p)


def header(e, r, first_of_org=True):
    """List of (style, text, right, left) lines for an entry header."""
    d = fmt_range(e, r)
    o = r.get("order", "title_org")
    ol = join(e.org, e.loc)
    if o == "title_org":
        return [("b", e.title, d, None)] + ([("i", ol, None, None)] if ol else [])
    if o == "org_title":
        return [("b", ol or e.title, d, None)] + ([("i", e.title, None, None)] if ol else [])
    if o == "dash":
        return [("b", e.title + (" – " + ol if ol else ""), d, None)]
    if o == "pipe":
        return [("b", " | ".join(x for x in (e.title, e.org, e.loc) if x), d, None)]
    if o == "dateline":
        return [("b", e.title, None, None)] + ([("n", ol, None, None)] if ol else []) + [("i", d, None, None)]
    if o == "datefirst":
        return [("b", e.title, None, d)] + ([("n", ol, None, None)] if ol else [])
    if o == "datefirst_org":
        return [("b", ol, None, d), ("i", e.title, None, None)] if ol else [("b", e.title, None, d)]
    if o == "inline":
        return [("b", f"{e.title}, {ol} ({d})" if ol else f"{e.title} ({d})", None, None)]
    if o == "labelled":
        lab = r["labels"]
        out = [("n", f"{lab[0]}: {d}", None, None), ("b", f"{lab[1]}: {e.title}", None, None)]
        if ol:
            out.append(("n", f"{lab[2]}: {ol}", None, None))
        return out
    if o == "orgfirst":
        out = [("h3", ol, None, None)] if first_of_org and ol else []
        return out + [("b", e.title, d, None)]
    raise ValueError(o)


def entry_blocks(entries, r):
    """Yield (entry, header lines, duty lines, is_para)."""
    prev = object()
    for e in entries:
        first = (e.org, e.loc) != prev
        prev = (e.org, e.loc)
        para = r.get("duties") == "para" or e.__dict__.get("para")
        yield e, header(e, r, first), e.bullets, para


def all_entries(r):
    out = []
    for b in r["blocks"]:
        if b[0] == "exp":
            out += b[2]
    for b in r.get("side", []):
        if b[0] == "exp":
            out += b[2]
    return out

# ---------------------------------------------------------------- PDF engine
class RLBackend:
    def __init__(self, path, r):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        self.W, self.H = A4
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setAuthor(r["name"]); self.c.setTitle("CV " + r["name"]); self.c.setCreator("Microsoft Word")
        self.fonts = {"n": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "h": "Helvetica-Bold",
                      "h3": "Helvetica-Bold", "name": "Helvetica-Bold"}

    def width(self, s, st, sz):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.fonts[st], sz)

    def text(self, x, y, s, st, sz, gray=0):
        self.c.setFillGray(gray); self.c.setFont(self.fonts[st], sz); self.c.drawString(x, self.H - y, s)

    def rect(self, x, y, w, h, gray):
        self.c.setFillGray(gray); self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1); self.c.setFillGray(0)

    def line(self, x1, y, x2):
        self.c.setLineWidth(0.5); self.c.line(x1, self.H - y, x2, self.H - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPBackend:
    def __init__(self, path, r):
        from fpdf import FPDF
        self.path = path
        p = self.p = FPDF(unit="pt", format="A4")
        p.set_creation_date(FIXED)
        p.set_author(r["name"]); p.set_title("Curriculum " + r["name"]); p.set_creator("LibreOffice")
        p.set_auto_page_break(False)
        p.add_font("DV", "", DJ + "DejaVuSans.ttf"); p.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
        p.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
        p.add_page()
        self.W, self.H = p.w, p.h
        self.fonts = {"n": "", "b": "B", "i": "I", "h": "B", "h3": "B", "name": "B"}

    def width(self, s, st, sz):
        self.p.set_font("DV", self.fonts[st], sz)
        return self.p.get_string_width(s)

    def text(self, x, y, s, st, sz, gray=0):
        self.p.set_font("DV", self.fonts[st], sz); g = int(gray * 255); self.p.set_text_color(g, g, g)
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, gray):
        g = int(gray * 255); self.p.set_fill_color(g, g, g); self.p.rect(x, y, w, h, style="F")

    def line(self, x1, y, x2):
        self.p.set_line_width(0.5); self.p.line(x1, y, x2, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


def wrap(b, s, st, sz, w):
    words, lines, cur = s.split(" "), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if b.width(t, st, sz) <= w or not cur:
            cur = t
        else:
            lines.append(cur); cur = wd
    if cur:
        lines.append(cur)
    return lines


def render_pdf(r, path):
    b = RLBackend(path, r) if r["renderer"] == "reportlab" else FPBackend(path, r)
    lay = r.get("layout", "plain")
    sz = r.get("size", 10)
    lh = sz * 1.35
    M = 50
    st = {"y": M + 10, "page": 1}
    side = lay == "sidebar"
    SW = 165 if side else 0
    x0 = M + SW + (15 if side else 0)
    x1 = b.W - M
    bullet = r.get("bullet", "•")
    datecol = 95 if r.get("order", "").startswith("datefirst") else 0
    bottom = b.H - 70

    def footer():
        if r.get("footer"):
            b.text(M, b.H - 35, r["footer"].format(n=st["page"]), "i", 8, 0.35)

    def paint_side():
        if side:
            b.rect(0, 0, M + SW, b.H, 0.9)

    def need(h):
        if st["y"] + h > bottom:
            footer(); b.newpage(); st["page"] += 1; st["y"] = M + 10; paint_side()

    def put(text, style, size=sz, x=None, right=None, left=None, gray=0):
        need(size * 1.35)
        xx = (x if x is not None else x0)
        if left:
            b.text(x0, st["y"], left, "n", size)
        if left is not None:
            xx = x0 + datecol
        avail = x1 - xx - (b.width(right, "n", size) + 12 if right else 0)
        lines = wrap(b, text, style, size, avail)
        for i, ln in enumerate(lines):
            need(size * 1.35)
            b.text(xx, st["y"], ln, style, size, gray)
            if i == 0 and right:
                b.text(x1 - b.width(right, "n", size), st["y"], right, "n", size)
            st["y"] += size * 1.35

    paint_side()
    # header
    if side:
        sy = M + 10
        for blk in r.get("side", []):
            kind = blk[0]
            if kind == "h":
                sy += 8; b.text(20, sy, blk[1].upper(), "h", 9); sy += 14
            else:
                items = blk[1] if kind == "l" else [blk[1]]
                for it in items:
                    for ln in wrap(b, it, "n", 8.5, SW + M - 35):
                        b.text(20, sy, ln, "n", 8.5); sy += 11.5
        put(r["name"], "name", 20); st["y"] += 4
        if r.get("headline"):
            put(r["headline"], "i", 11)
        for c in r.get("contact", []):
            put(c, "n", 9)
    elif lay == "twocol":
        b.text(x0, st["y"] + 8, r["name"], "name", 20)
        cy = st["y"]
        for c in r.get("contact", []):
            b.text(x1 - b.width(c, "n", 9), cy, c, "n", 9); cy += 12
        st["y"] = max(st["y"] + 30, cy + 4)
        if r.get("headline"):
            put(r["headline"], "i", 11)
    elif lay == "centred":
        for s, stl, z in [(r["name"], "name", 18)] + ([(r["headline"], "i", 11)] if r.get("headline") else []) + \
                [(c, "n", 9) for c in r.get("contact", [])]:
            b.text((b.W - b.width(s, stl, z)) / 2, st["y"], s, stl, z); st["y"] += z * 1.4
    else:
        put(r["name"], "name", 18); st["y"] += 2
        if r.get("headline"):
            put(r["headline"], "i", 11)
        for c in r.get("contact", []):
            put(c, "n", 9)
    st["y"] += 6
    for blk in r["blocks"]:
        k = blk[0]
        if k == "h":
            need(40); st["y"] += 8
            put(blk[1].upper() if r.get("caps") else blk[1], "h", sz + 2)
            if r.get("rule", True):
                b.line(x0, st["y"] - lh + 4, x1); st["y"] += 3
        elif k == "p":
            put(blk[1], "n")
        elif k == "l":
            for it in blk[1]:
                put(bullet + " " + it if bullet else it, "n", x=x0 + datecol if datecol else None)
        elif k == "kv":
            for kk, vv in blk[1]:
                if datecol:
                    put(vv, "n", left=kk)
                else:
                    put(f"{kk}: {vv}", "n")
        elif k == "exp":
            if blk[1]:
                need(40); st["y"] += 8
                put(blk[1].upper() if r.get("caps") else blk[1], "h", sz + 2)
                if r.get("rule", True):
                    b.line(x0, st["y"] - lh + 4, x1); st["y"] += 3
            for e, hl, duties, para in entry_blocks(blk[2], r):
                need(lh * 3); st["y"] += 4
                for (s, t, right, left) in hl:
                    put(t, "b" if s == "h3" else s, sz + (1 if s == "h3" else 0), right=right, left=left)
                xb = x0 + datecol
                if para and duties:
                    put(" ".join(duties), "n", x=xb)
                else:
                    for d in duties:
                        put((bullet + " " if bullet else "") + d, "n", x=xb + 6)
    footer()
    b.save()

# ---------------------------------------------------------------- DOCX
def render_docx(r, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    cp = doc.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "Lebenslauf"
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None); cp.revision = 1
    lay = r.get("layout", "styles")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    TAB = Cm(16.6)

    def shade(cell, fill="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)

    def para(container, text="", bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text); run.bold = bold; run.italic = italic
            if size:
                run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(TAB if container is doc else Cm(r.get("tabcm", 11)),
                                                      WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(2)
        return p

    def heading(container, text):
        if lay in ("styles", "header") and container is doc:
            doc.add_heading(text, level=1)
        else:
            p = para(container, text.upper() if r.get("caps") else text, bold=True, size=12)
            p.paragraph_format.space_before = Pt(8)

    def bullets(container, items, para_style):
        if para_style:
            if items:
                para(container, " ".join(items))
            return
        for it in items:
            if r.get("bullet") and r["bullet"] != "style":
                para(container, r["bullet"] + " " + it)
            else:
                para(container, it, style="List Bullet")

    def blocks(container, blist, table_mode=None):
        for blk in blist:
            k = blk[0]
            if k == "h":
                heading(container, blk[1])
            elif k == "p":
                para(container, blk[1])
            elif k == "l":
                bullets(container, blk[1], False)
            elif k == "kv":
                if table_mode == "cv":
                    for kk, vv in blk[1]:
                        row = cvt.add_row().cells; row[0].text = kk; row[1].text = vv
                else:
                    for kk, vv in blk[1]:
                        p = para(container); a = p.add_run(kk + ": "); a.bold = True; p.add_run(vv)
            elif k == "exp":
                if blk[1]:
                    heading(container, blk[1])
                for e, hl, duties, pst in entry_blocks(blk[2], r):
                    if table_mode == "cv" or r.get("order", "").startswith("datefirst"):
                        t = cvt if table_mode == "cv" else container.add_table(rows=0, cols=2)
                        row = t.add_row().cells
                        row[0].text = [h[3] for h in hl if h[3]][0] if any(h[3] for h in hl) else ""
                        c = row[1]; c.paragraphs[0].text = ""
                        first = True
                        for (s, tx, right, left) in hl:
                            p = c.paragraphs[0] if first else c.add_paragraph()
                            first = False
                            run = p.add_run(tx); run.bold = s in ("b", "h3"); run.italic = s == "i"
                        for d in duties:
                            c.add_paragraph(("– " if not pst else "") + d)
                    elif lay == "jobtable":
                        t = container.add_table(rows=1, cols=2)
                        left, rightc = t.rows[0].cells
                        left.paragraphs[0].text = ""
                        first = True
                        for (s, tx, right, _l) in hl:
                            p = left.paragraphs[0] if first else left.add_paragraph(); first = False
                            run = p.add_run(tx); run.bold = s in ("b", "h3"); run.italic = s == "i"
                            if right:
                                rightc.paragraphs[0].text = right
                        bullets(left, duties, pst)
                        para(container)
                    else:
                        for (s, tx, right, _l) in hl:
                            p = para(container, tx, bold=s in ("b", "h3"), italic=s == "i", right=right)
                            if s in ("b", "h3") and lay == "styles":
                                p.style = doc.styles["Heading 3"] if s == "h3" else p.style
                        bullets(container, duties, pst)

    if lay == "header":
        hp = sec.header.paragraphs[0]; rn = hp.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(16)
        for c in r.get("contact", []):
            sec.header.add_paragraph(c)
    elif lay != "sidebar":
        t = doc.add_paragraph(); rn = t.add_run(r["name"]); rn.bold = True; rn.font.size = Pt(20)
        if r.get("headline"):
            para(doc, r["headline"], italic=True)
        for c in r.get("contact", []):
            para(doc, c)
    if r.get("footer"):
        sec.footer.paragraphs[0].text = r["footer"]
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        sc, mc = t.rows[0].cells
        sc.width = Cm(5.5); mc.width = Cm(11.5)
        shade(sc)
        sc.paragraphs[0].text = ""
        rn = sc.paragraphs[0].add_run(r["name"]); rn.bold = True; rn.font.size = Pt(16)
        for c in r.get("contact", []):
            sc.add_paragraph(c)
        blocks(sc, r.get("side", []))
        if r.get("headline"):
            mc.paragraphs[0].text = r["headline"]
        blocks(mc, r["blocks"])
    elif lay == "cvtable":
        cvt = doc.add_table(rows=0, cols=2)
        cvt.style = doc.styles["Table Grid"] if r.get("grid") else cvt.style
        for blk in r["blocks"]:
            if blk[0] == "h" or (blk[0] == "exp" and blk[1]):
                row = cvt.add_row().cells; m = row[0].merge(row[1])
                m.text = ""; rr = m.paragraphs[0].add_run(blk[1]); rr.bold = True
                if blk[0] == "exp":
                    blocks(doc, [("exp", None, blk[2])], "cv")
            elif blk[0] == "exp":
                blocks(doc, [blk], "cv")
            elif blk[0] in ("p", "l"):
                row = cvt.add_row().cells; row[0].text = ""
                row[1].text = blk[1] if blk[0] == "p" else "\n".join(blk[1])
            else:
                blocks(doc, [blk], "cv")
    else:
        blocks(doc, r["blocks"])
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))

# ---------------------------------------------------------------- text formats
def render_txt(r, path):
    L = []
    bullet = r.get("bullet", "-")
    L.append(r["name"].upper() if r.get("caps_name") else r["name"])
    if r.get("headline"):
        L.append(r["headline"])
    L += r.get("contact", [])
    L.append("")

    def head(t):
        L.append("")
        if r.get("caps"):
            L.append(t.upper())
        else:
            L.append(t); L.append(r.get("underline", "-") * len(t))

    for blk in r.get("side", []) + r["blocks"]:
        k = blk[0]
        if k == "h":
            head(blk[1])
        elif k == "p":
            L.append(blk[1])
        elif k == "l":
            L += [(bullet + " " if bullet else "") + it for it in blk[1]]
        elif k == "kv":
            L += [f"{a}: {v}" for a, v in blk[1]]
        elif k == "exp":
            if blk[1]:
                head(blk[1])
            for e, hl, duties, pst in entry_blocks(blk[2], r):
                L.append("")
                for (s, tx, right, left) in hl:
                    line = tx
                    if left:
                        line = left.ljust(r.get("padcol", 22)) + tx
                    elif left is None and r.get("order", "").startswith("datefirst"):
                        line = " " * r.get("padcol", 22) + tx
                    if right:
                        line += r.get("rsep", "    ") + right
                    L.append(line.upper() if s == "h3" and r.get("caps_org") else line)
                ind = " " * r.get("padcol", 22) if r.get("order", "").startswith("datefirst") else ""
                if pst:
                    if duties:
                        L.append(ind + " ".join(duties))
                else:
                    L += [ind + (bullet + " " if bullet else "") + d for d in duties]
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", ""]
    if r.get("headline"):
        L += [f"**{r['headline']}**", ""]
    L += [c + "  " for c in r.get("contact", [])] + [""]
    for blk in r.get("side", []) + r["blocks"]:
        k = blk[0]
        if k == "h":
            L += ["", f"## {blk[1]}", ""]
        elif k == "p":
            L += [blk[1], ""]
        elif k == "l":
            L += [f"- {it}" for it in blk[1]] + [""]
        elif k == "kv":
            L += [f"- **{a}:** {v}" for a, v in blk[1]] + [""]
        elif k == "exp":
            if blk[1]:
                L += ["", f"## {blk[1]}", ""]
            for e, hl, duties, pst in entry_blocks(blk[2], r):
                for (s, tx, right, left) in hl:
                    pre = f"{left} · " if left else ""
                    if s == "h3":
                        L.append(f"### {tx}")
                    elif s == "b":
                        L.append(f"{r.get('md_title', '###')} {pre}{tx}" + (f" — {right}" if right else "")
                                 if r.get("md_title", "###").startswith("#") else f"**{pre}{tx}**" + (f" ({right})" if right else "") + "  ")
                    elif s == "i":
                        L.append(f"*{tx}*" + (f" — {right}" if right else "") + "  ")
                    else:
                        L.append(tx + "  ")
                L.append("")
                if pst:
                    if duties:
                        L += [" ".join(duties), ""]
                else:
                    L += [f"{r.get('bullet', '-')} {d}" for d in duties] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    e_ = H.escape
    lang = r.get("lang", "de")
    L = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{e_(r["name"])} – CV</title>',
         "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:2em auto}td{vertical-align:top;padding:2px 8px}"
         ".d{color:#555;width:170px}h2{border-bottom:1px solid #999}</style>\n</head>\n<body>",
         f"<h1>{e_(r['name'])}</h1>"]
    if r.get("headline"):
        L.append(f"<p><strong>{e_(r['headline'])}</strong></p>")
    L.append("<p>" + "<br>\n".join(e_(c) for c in r.get("contact", [])) + "</p>")
    tab = r.get("order", "").startswith("datefirst")
    for blk in r.get("side", []) + r["blocks"]:
        k = blk[0]
        if k == "h":
            L.append(f"<h2>{e_(blk[1])}</h2>")
        elif k == "p":
            L.append(f"<p>{e_(blk[1])}</p>")
        elif k == "l":
            L.append("<ul>" + "".join(f"<li>{e_(i)}</li>" for i in blk[1]) + "</ul>")
        elif k == "kv":
            L.append("<table>" + "".join(f"<tr><td class=\"d\">{e_(a)}</td><td>{e_(v)}</td></tr>" for a, v in blk[1]) + "</table>")
        elif k == "exp":
            if blk[1]:
                L.append(f"<h2>{e_(blk[1])}</h2>")
            if tab:
                L.append("<table>")
            for e, hl, duties, pst in entry_blocks(blk[2], r):
                parts = []
                for (s, tx, right, left) in hl:
                    t = e_(tx)
                    t = {"b": f"<strong>{t}</strong>", "i": f"<em>{t}</em>", "h3": f"<h3>{t}</h3>"}.get(s, t)
                    if right:
                        t += f' <span class="d">{e_(right)}</span>'
                    parts.append(t)
                body = "<br>\n".join(parts)
                if duties:
                    body += ("<p>" + e_(" ".join(duties)) + "</p>") if pst else \
                        ("\n<ul>" + "".join(f"<li>{e_(d)}</li>" for d in duties) + "</ul>")
                if tab:
                    left = [h[3] for h in hl if h[3]]
                    L.append(f'<tr><td class="d">{e_(left[0]) if left else ""}</td><td>{body}</td></tr>')
                else:
                    L.append(f'<div class="job">{body}</div>')
            if tab:
                L.append("</table>")
    L.append("</body>\n</html>")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def render(r, path):
    {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[r["fmt"]](r, path)
