"""Renderers: reportlab canvas, fpdf2, python-docx, text, Markdown, HTML.
A résumé dict R has: file, name, contact (lines), blocks, side (sidebar blocks), layout, hs (entry header style),
ds (date style), present, sep, bullet, and a few optional switches."""
import datetime
import html as htmlmod
import io
import zipfile

from lib import drange

FIXED = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- entry lines
def _ol(org, loc, sep=", "):
    parts = [p for p in (org, loc) if p]
    return sep.join(parts)


def entry_lines(entries, R, blk_opts=None):
    """Lines for a list of entries: (kind, text, right). kind: h bold, s plain, i italic, b bullet, p prose, g gap."""
    o = dict(R)
    o.update(blk_opts or {})
    hs, ds, pw, sep = o.get("hs", "title_org"), o.get("ds", "mon"), o.get("present", "Present"), o.get("sep", " – ")
    prose = o.get("prose", False)
    out = []
    prev_org = object()
    for i, e in enumerate(entries):
        d = drange(e, ds, pw, sep)
        if hs == "title_org":
            out.append(("h", e.shown, d))
            if e.org or e.loc:
                out.append(("i", _ol(e.org, e.loc, o.get("olsep", ", ")), None))
        elif hs == "org_title":
            out.append(("h", _ol(e.org, e.loc, o.get("olsep", ", ")), d))
            out.append(("i", e.shown, None))
        elif hs == "dash":
            out.append(("h", f"{e.shown} – {_ol(e.org, e.loc)}" if e.org or e.loc else e.shown, d))
        elif hs == "dashinline":
            out.append(("h", f"{e.shown} - {_ol(e.org, e.loc)} ({d})", None))
        elif hs == "pipe":
            out.append(("h", " | ".join(p for p in (e.shown, e.org, e.loc) if p), d))
        elif hs == "datesfirst":
            out.append(("h", f"{d}    {e.shown}", None))
            if e.org or e.loc:
                out.append(("s", _ol(e.org, e.loc), None))
        elif hs == "dateline":
            out.append(("h", e.shown, None))
            if e.org or e.loc:
                out.append(("s", _ol(e.org, e.loc, " – "), None))
            out.append(("i", d, None))
        elif hs == "labelled":
            out.append(("h", f"Position: {e.shown}", None))
            if e.org:
                out.append(("s", f"Company: {e.org}" + (f", {e.loc}" if e.loc else ""), None))
            out.append(("s", f"Period: {d}", None))
            if e.bullets:
                out.append(("s", "Duties:", None))
        elif hs == "comma":
            out.append(("h", ", ".join(p for p in (e.shown, e.org, e.loc, d) if p), None))
        elif hs == "at":
            out.append(("h", f"{e.shown} at {e.org}" if e.org else e.shown, None))
            out.append(("i", " | ".join(p for p in (e.loc, d) if p), None))
        elif hs in ("orgfirst", "jp"):
            if e.org != prev_org or e.org is None:
                if i:
                    pass
                if hs == "jp":
                    out.append(("h", f"■ {e.org}" + (f"  ({e.loc})" if e.loc else ""), None))
                else:
                    out.append(("h", _ol(e.org, e.loc, " — "), None))
            if hs == "jp":
                out.append(("s", f"{d}    {e.shown}", None))
                if e.bullets:
                    out.append(("s", "[Duties]", None))
            else:
                out.append(("i", e.shown, d))
        else:
            raise ValueError(hs)
        prev_org = e.org
        if prose and e.bullets:
            out.append(("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), None))
        else:
            for b in e.bullets:
                out.append(("b", b, None))
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        if nxt is not None and not (hs in ("orgfirst", "jp") and nxt.org == e.org and e.org):
            out.append(("g", "", None))
    return out


def block_lines(blk, R):
    """blk: ('x', heading, entries[, opts]) | ('l', heading, items) | ('p', heading, paras)"""
    typ, head = blk[0], blk[1]
    if typ == "x":
        return entry_lines(blk[2], R, blk[3] if len(blk) > 3 else None)
    if typ == "l":
        return [("b", it, None) for it in blk[2]]
    if typ == "p":
        return [("p", p, None) for p in blk[2]]
    if typ == "kv":
        return [("s", f"{k}: {v}", None) for k, v in blk[2]]
    raise ValueError(typ)


# ---------------------------------------------------------------- PDF drawers (top-left origin, points)
class RLDrawer:
    def __init__(self, R):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        fam = "DejaVuSerif" if R.get("serif") else "DejaVuSans"
        for suf, f in (("", ""), ("-Bold", "B"), ("-Oblique" if fam == "DejaVuSans" else "-Italic", "I")):
            pdfmetrics.registerFont(TTFont("F" + f, FONTDIR + fam + suf + ".ttf"))
        self.pm = pdfmetrics
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(595.27, 841.89), invariant=1)
        self.c.setAuthor(R["name"])
        self.c.setTitle(R["name"] + " CV")
        self.H = 841.89
        self.f = ("F", 10)

    def font(self, style, size):
        self.f = ("F" + style, size)
        self.c.setFont(*self.f)

    def width(self, s):
        return self.pm.stringWidth(s, *self.f)

    def text(self, x, y, s):
        self.c.drawString(x, self.H - y, s)

    def rtext(self, x, y, s):
        self.c.drawRightString(x, self.H - y, s)

    def ctext(self, x, y, s):
        self.c.drawCentredString(x, self.H - y, s)

    def rect(self, x, y, w, h, gray):
        self.c.setFillGray(gray)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
        self.c.setFillGray(0)

    def hline(self, x0, x1, y):
        self.c.setLineWidth(0.6)
        self.c.line(x0, self.H - y, x1, self.H - y)

    def newpage(self):
        self.c.showPage()
        self.c.setFont(*self.f)

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class FPDrawer:
    def __init__(self, R):
        from fpdf import FPDF
        self.p = FPDF(unit="pt", format="A4")
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED)
        self.p.set_author(R["name"])
        self.p.set_title(R["name"] + " - Resume")
        fam = "DejaVuSerif" if R.get("serif") else "DejaVuSans"
        self.p.add_font("D", "", FONTDIR + fam + ".ttf")
        self.p.add_font("D", "B", FONTDIR + fam + "-Bold.ttf")
        self.p.add_font("D", "I", FONTDIR + fam + ("-Oblique.ttf" if fam == "DejaVuSans" else "-Italic.ttf"))
        self.p.add_page()
        self.f = ("", 10)
        self.p.set_font("D", "", 10)

    def font(self, style, size):
        self.f = (style, size)
        self.p.set_font("D", style, size)

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s):
        self.p.text(x, y, s)

    def rtext(self, x, y, s):
        self.p.text(x - self.width(s), y, s)

    def ctext(self, x, y, s):
        self.p.text(x - self.width(s) / 2, y, s)

    def rect(self, x, y, w, h, gray):
        g = int(gray * 255)
        self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style="F")

    def hline(self, x0, x1, y):
        self.p.set_line_width(0.6)
        self.p.line(x0, y, x1, y)

    def newpage(self):
        self.p.add_page()
        self.p.set_font("D", *self.f)

    def save(self):
        return bytes(self.p.output())


def wrap(D, s, w):
    words, lines, cur = s.split(" "), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if D.width(t) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines or [""]


def render_pdf(R):
    D = RLDrawer(R) if R["renderer"] == "reportlab" else FPDrawer(R)
    lay = R.get("layout", "plain")
    fs = R.get("fs", 10)
    lh = fs * 1.32
    bch = R.get("bullet", "•")
    side = lay == "sidebar"
    X0, X1 = (200, 560) if side else (50, 545)
    st = {"y": 60, "page": 1}

    def footer():
        if R.get("footer"):
            D.font("", 8)
            D.ctext(297, 815, R["footer"].format(n=st["page"]))

    def brk(need):
        if st["y"] + need > 780:
            footer()
            D.newpage()
            st["page"] += 1
            st["y"] = 55
            return True
        return False

    # header
    if side:
        D.rect(0, 0, 180, 841.89, R.get("gray", 0.9))
        sy = 60
        D.font("B", 15)
        for ln in wrap(D, R["name"], 150):
            D.text(18, sy, ln)
            sy += 18
        sy += 6
        D.font("", 8.5)
        for c in R["contact"]:
            for ln in wrap(D, c, 150):
                D.text(18, sy, ln)
                sy += 11.5
        for blk in R.get("side", []):
            sy += 10
            D.font("B", 9.5)
            D.text(18, sy, blk[1].upper())
            sy += 13
            D.font("", 8.5)
            for k, t, r in block_lines(blk, R):
                t = ("• " + t) if k == "b" else t
                for ln in wrap(D, t, 150):
                    D.text(18, sy, ln)
                    sy += 11.5
        if R.get("headline"):
            D.font("B", 12)
            D.text(X0, st["y"], R["headline"])
            st["y"] += 22
    elif lay == "twocol":
        D.font("B", 20)
        D.text(X0, st["y"], R["name"])
        if R.get("headline"):
            D.font("", 11)
            D.text(X0, st["y"] + 18, R["headline"])
        D.font("", 9)
        cy = st["y"] - 10
        for c in R["contact"]:
            D.rtext(X1, cy, c)
            cy += 12
        st["y"] = max(st["y"] + 34, cy + 6)
        D.hline(X0, X1, st["y"] - 8)
        st["y"] += 8
    else:
        centred = lay == "centred"
        D.font("B", 18)
        (D.ctext(297, st["y"], R["name"]) if centred else D.text(X0, st["y"], R["name"]))
        st["y"] += 18
        if R.get("headline"):
            D.font("I", 11)
            (D.ctext(297, st["y"], R["headline"]) if centred else D.text(X0, st["y"], R["headline"]))
            st["y"] += 15
        D.font("", 9)
        cl = R.get("contact_join", " | ").join(R["contact"])
        for ln in wrap(D, cl, X1 - X0):
            (D.ctext(297, st["y"], ln) if centred else D.text(X0, st["y"], ln))
            st["y"] += 12
        st["y"] += 8
    W = X1 - X0
    for blk in R["blocks"]:
        if blk[0] == "pb":
            footer(); D.newpage(); st["page"] += 1; st["y"] = 55
            continue
        brk(40)
        st["y"] += 6
        D.font("B", fs + 1.5)
        head = blk[1].upper() if R.get("caps_heads", True) else blk[1]
        D.text(X0, st["y"], head)
        if R.get("rules", True):
            D.hline(X0, X1, st["y"] + 4)
        st["y"] += lh + 4
        for k, t, r in block_lines(blk, R):
            if k == "g":
                st["y"] += lh * 0.5
                continue
            style = {"h": "B", "i": "I"}.get(k, "")
            D.font(style, fs)
            if k == "b":
                lines = wrap(D, t, W - 16)
                brk(lh * len(lines))
                D.text(X0 + 4, st["y"], bch)
                for ln in lines:
                    D.text(X0 + 16, st["y"], ln)
                    st["y"] += lh
                continue
            rw = 0
            if r:
                D.font("" if k == "h" else style, fs)
                rw = D.width(r) + 12
                D.font(style, fs)
            lines = wrap(D, t, W - rw)
            brk(lh * len(lines) + (lh if k == "h" else 0))
            for j, ln in enumerate(lines):
                D.text(X0, st["y"], ln)
                if j == 0 and r:
                    D.font("" if k == "h" else style, fs)
                    D.rtext(X1, st["y"], r)
                    D.font(style, fs)
                st["y"] += lh
    footer()
    return D.save()


# ---------------------------------------------------------------- DOCX
def _fix_docx(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(R):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches

    doc = Document()
    cp = doc.core_properties
    cp.author = R["name"]
    cp.last_modified_by = R["name"]
    cp.title = "CV"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    lay = R.get("layout", "tabs")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    tabpos = Inches(6.9)
    doc.styles["Normal"].font.name = R.get("dfont", "Calibri")
    doc.styles["Normal"].font.size = Pt(10.5)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def para(box, text="", style=None, bold=False, italic=False, right=None, tab=None):
        p = box.add_paragraph(style=style) if style else box.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tab or tabpos, WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(2)
        return p

    def write_blocks(box, blocks, tab):
        for blk in blocks:
            if lay in ("styles", "header"):
                para(box, blk[1], style="Heading 1" if lay == "styles" else "Heading 2")
            else:
                p = para(box, blk[1].upper(), bold=True)
                p.paragraph_format.space_before = Pt(8)
            lines = block_lines(blk, R)
            if lay == "table" and blk[0] == "x":
                # a borderless table per job: header lines left, dates right; bullets beneath
                groups, cur = [], None
                for ln in lines:
                    if ln[0] == "h" or (cur is None):
                        cur = {"head": [], "right": [], "body": []}
                        groups.append(cur)
                    if ln[0] in ("h", "i", "s") and not cur["body"]:
                        cur["head"].append(ln)
                        if ln[2]:
                            cur["right"].append(ln[2])
                    elif ln[0] != "g":
                        cur["body"].append(ln)
                for g in groups:
                    t = box.add_table(rows=1, cols=2)
                    t.autofit = True
                    lc, rc = t.rows[0].cells
                    lc.width, rc.width = Inches(5.0), Inches(1.9)
                    lc.paragraphs[0].add_run(g["head"][0][1]).bold = True
                    for k, tx, _ in g["head"][1:]:
                        lc.add_paragraph().add_run(tx).italic = (k == "i")
                    rp = rc.paragraphs[0]
                    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    rp.add_run(" / ".join(g["right"]))
                    for k, tx, _ in g["body"]:
                        para(box, tx, style="List Bullet" if k == "b" else None)
                continue
            for k, t, r in lines:
                if k == "g":
                    continue
                if k == "b":
                    if R.get("typed_bullets"):
                        para(box, R.get("bullet", "-") + " " + t)
                    else:
                        para(box, t, style="List Bullet")
                elif k == "h" and lay == "styles" and R.get("h3_titles", True):
                    p = para(box, t, style="Heading 3", right=r, tab=tab)
                else:
                    para(box, t, bold=(k == "h"), italic=(k == "i"), right=r, tab=tab)

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        sec.header.add_paragraph(" | ".join(R["contact"]))
        if R.get("footer"):
            sec.footer.paragraphs[0].add_run(R["footer"].format(n=1))
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
        write_blocks(doc, R["blocks"], tabpos)
    elif lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Inches(2.1), Inches(4.8)
        shade(lc, R.get("fill", "DCE6F0"))
        lc.paragraphs[0].add_run(R["name"]).bold = True
        for c in R["contact"]:
            lc.add_paragraph(c)
        for blk in R.get("side", []):
            lc.add_paragraph().add_run(blk[1].upper()).bold = True
            for k, tx, _ in block_lines(blk, R):
                lc.add_paragraph(("• " + tx) if k == "b" else tx)
        if R.get("headline"):
            rc.paragraphs[0].add_run(R["headline"]).bold = True
        write_blocks(rc, R["blocks"], Inches(4.6))
    else:
        if lay == "styles":
            doc.add_paragraph(R["name"], style="Title")
        else:
            p = doc.add_paragraph()
            r = p.add_run(R["name"])
            r.bold = True
            r.font.size = Pt(18)
        if R.get("headline"):
            para(doc, R["headline"], italic=True)
        para(doc, " | ".join(R["contact"]))
        write_blocks(doc, R["blocks"], tabpos)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_docx(buf.getvalue())


# ---------------------------------------------------------------- text, Markdown, HTML
def render_txt(R):
    lay = R.get("layout", "plain")
    bch = R.get("bullet", "-")
    out = [R["name"].upper() if R.get("caps_name") else R["name"]]
    if R.get("headline"):
        out.append(R["headline"])
    out += R["contact"] if R.get("contact_lines") else [" | ".join(R["contact"])]
    out.append("")
    for blk in R["blocks"]:
        h = blk[1]
        if lay == "underline":
            out += [h, ("=" if R.get("eq") else "-") * len(h)]
        elif lay == "stars":
            out.append(f"*** {h.upper()} ***")
        else:
            out.append(h.upper() + (":" if R.get("colon_heads") else ""))
        for k, t, r in block_lines(blk, R):
            if k == "g":
                out.append("")
            elif k == "b":
                out.append(f"{R.get('indent', '  ')}{bch} {t}" if bch else f"{R.get('indent', '  ')}{t}")
            elif r:
                gap = max(3, 78 - len(t) - len(r))
                out.append(t + " " * gap + r if R.get("pad", True) else f"{t}  ({r})")
            else:
                out.append(t)
        out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def render_md(R):
    out = [f"# {R['name']}", ""]
    if R.get("headline"):
        out += [f"**{R['headline']}**", ""]
    out += ["  \n".join(R["contact"]), ""]
    for blk in R["blocks"]:
        out += [f"## {blk[1]}", ""]
        for k, t, r in block_lines(blk, R):
            if k == "g":
                out.append("")
            elif k == "b":
                out.append(f"{R.get('bullet', '-')} {t}")
            elif k == "h":
                line = f"### {t}" if R.get("md_h3", True) else f"**{t}**"
                if r:
                    line += f" — {r}" if R.get("md_h3", True) else f"  \n*{r}*"
                out.append(line)
            elif k == "i":
                out.append(f"*{t}*" + (f" ({r})" if r else "") + "  ")
            else:
                out.append(t + "  ")
        out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def render_html(R):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e(R['name'])} - CV</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:auto} .d{float:right;color:#555}"
           " h2{border-bottom:1px solid #999}</style></head><body>",
           f"<h1>{e(R['name'])}</h1>"]
    if R.get("headline"):
        out.append(f"<p><strong>{e(R['headline'])}</strong></p>")
    out.append("<p>" + "<br>".join(e(c) for c in R["contact"]) + "</p>")
    for blk in R["blocks"]:
        out.append(f"<h2>{e(blk[1])}</h2>")
        ul = False
        for k, t, r in block_lines(blk, R):
            if k == "b":
                if not ul:
                    out.append("<ul>")
                    ul = True
                out.append(f"  <li>{e(t)}</li>")
                continue
            if ul:
                out.append("</ul>")
                ul = False
            if k == "g":
                continue
            rr = f"<span class=\"d\">{e(r)}</span>" if r else ""
            if k == "h":
                out.append(f"<h3>{e(t)}{rr}</h3>")
            elif k == "i":
                out.append(f"<p><em>{e(t)}</em>{rr}</p>")
            else:
                out.append(f"<p>{e(t)}{rr}</p>")
        if ul:
            out.append("</ul>")
    out.append("</body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")


def render(R):
    r = R["renderer"]
    if r in ("reportlab", "fpdf2"):
        return render_pdf(R)
    return {"docx": render_docx, "txt": render_txt, "md": render_md, "html": render_html}[r](R)
