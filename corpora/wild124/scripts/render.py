"""Renderers for wild124: reportlab, fpdf2, python-docx, text, Markdown, HTML.

A résumé dict carries: file, renderer, hdr (entry-header order), ds/present/sep (dates),
name, contact (lines), sections [(heading, content)] where content is a list of lib.E or of
strings ('- ' prefix = bullet line), optional side [(heading, [lines])] for sidebars, footer,
bul (bullet char or 'para' or ''), labels for labelled blocks, and renderer options."""
import datetime
import io
import re
import zipfile
from lib import E, date_text

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


def _ol(e, sep=", "):
    return sep.join(x for x in (e.show_org, e.loc) if x)


def entry_items(ents, d):
    """Turn entries into (style, text, right) items: eh head, es sub, b bullet, p para."""
    hdr, ds = d["hdr"], d.get("ds", "mon")
    pw, sep = d.get("present", "Present"), d.get("sep", " – ")
    out, i = [], 0
    while i < len(ents):
        e = ents[i]
        dt = date_text(e, ds, pw, sep)
        if hdr == "orgfirst":
            grp = [e]
            while i + 1 < len(ents) and ents[i + 1].org == e.org and e.org:
                i += 1
                grp.append(ents[i])
            out.append(("eh", _ol(e), None))
            for g in grp:
                out.append(("es", g.show_title, date_text(g, ds, pw, sep)))
                out += _bul(g, d)
            out.append(("gap", "", None))
            i += 1
            continue
        if hdr == "title_org":
            out.append(("eh", e.show_title, dt))
            if _ol(e):
                out.append(("es", _ol(e), None))
        elif hdr == "org_title":
            out.append(("eh", _ol(e) or e.show_title, dt))
            if _ol(e):
                out.append(("es", e.show_title, None))
        elif hdr == "dash":
            out.append(("eh", " – ".join(x for x in (e.show_title, _ol(e)) if x), dt))
        elif hdr == "pipe":
            out.append(("eh", " | ".join(x for x in (e.show_title, e.show_org, e.loc) if x), dt))
        elif hdr == "datesfirst":
            out.append(("eh", f"{dt}   {e.show_title}", None))
            if _ol(e):
                out.append(("es", _ol(e), None))
        elif hdr == "dateline":
            out.append(("eh", e.show_title, None))
            if _ol(e):
                out.append(("es", _ol(e), None))
            out.append(("es", dt, None))
        elif hdr == "labelled":
            lab = d.get("labels", ("Position", "Company", "Period", "Place"))
            out.append(("eh", f"{lab[0]}: {e.show_title}", None))
            if e.show_org:
                out.append(("p", f"{lab[1]}: {e.show_org}", None))
            out.append(("p", f"{lab[2]}: {dt}", None))
            if e.loc:
                out.append(("p", f"{lab[3]}: {e.loc}", None))
            if e.bullets and len(lab) > 4:
                out.append(("p", f"{lab[4]}:", None))
        elif hdr == "paren":
            out.append(("eh", f"{dt}: {e.show_title}" + (f" ({_ol(e)})" if _ol(e) else ""), None))
        out += _bul(e, d)
        out.append(("gap", "", None))
        i += 1
    return out


def _bul(e, d):
    if not e.bullets:
        return []
    if d.get("bul") == "para":
        return [("p", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), None)]
    return [("b", b, None) for b in e.bullets]


def section_items(content, d):
    if content and isinstance(content[0], E):
        return entry_items(content, d)
    out = []
    for s in content:
        if s.startswith("- "):
            out.append(("b", s[2:], None))
        else:
            out.append(("p", s, None))
    return out


# ---------------------------------------------------------------- text / md / html
def render_txt(d):
    L = [d["name"]] + d["contact"] + [""]
    hs = d.get("hstyle", "caps")
    bc = d.get("bul", "-")
    for h, content in d["sections"]:
        if hs == "caps":
            L += [h.upper()]
        elif hs == "underline":
            L += [h, "-" * len(h)]
        elif hs == "equals":
            L += ["=" * 8 + " " + h.upper() + " " + "=" * 8]
        elif hs == "colon":
            L += [h + ":"]
        elif hs == "star":
            L += ["*** " + h + " ***"]
        for st, t, r in section_items(content, d):
            if st == "gap":
                L.append("")
            elif st == "b":
                L.append(f"{bc} {t}" if bc and bc != "para" else t)
            else:
                L.append(f"{t}{d.get('rsep', '    ')}{r}" if r else t)
        L.append("")
    if d.get("footer"):
        L.append(d["footer"])
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def render_md(d):
    L = [f"# {d['name']}", ""] + [c + "  " for c in d["contact"]] + [""]
    hl = d.get("mdh", "##")
    for h, content in d["sections"]:
        L += [f"{hl} {h}", ""]
        for st, t, r in section_items(content, d):
            if st == "gap":
                L.append("")
            elif st == "eh":
                L.append(f"{hl}# {t}" if d.get("mdeh", "h") == "h" else f"**{t}**" + ("  " if r else ""))
                if r:
                    if d.get("mdeh", "h") == "h":
                        L += ["", f"*{r}*  "]
                    else:
                        L.append(f"_{r}_  ")
            elif st == "es":
                L.append(f"{t}" + (f" · {r}" if r else "") + "  ")
            elif st == "b":
                L.append(f"{d.get('bul', '-') if d.get('bul') in ('-', '*', '+') else '-'} {t}")
            else:
                L.append(t + "  ")
        L.append("")
    return ("\n".join(L).rstrip() + "\n").encode("utf-8")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(d):
    css = d.get("css", "body{font-family:Arial,sans-serif;max-width:800px;margin:auto}"
                       ".d{float:right;color:#555}h2{border-bottom:1px solid #999}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{_esc(d['name'])} - CV</title><style>{css}</style></head><body>",
         f"<h1>{_esc(d['name'])}</h1>"]
    H += [f"<p>{' <br>'.join(_esc(c) for c in d['contact'])}</p>"]
    side = d.get("side")
    if side:
        H.append("<table><tr><td style=\"width:30%;vertical-align:top;background:#eef\">")
        for h, lines in side:
            H.append(f"<h3>{_esc(h)}</h3>" + "".join(f"<div>{_esc(x)}</div>" for x in lines))
        H.append("</td><td style=\"vertical-align:top\">")
    for h, content in d["sections"]:
        H.append(f"<h2>{_esc(h)}</h2>")
        inul = False
        for st, t, r in section_items(content, d):
            if st != "b" and inul:
                H.append("</ul>")
                inul = False
            if st == "eh":
                H.append(f"<h3>{_esc(t)}" + (f" <span class=\"d\">{_esc(r)}</span>" if r else "") + "</h3>")
            elif st == "es":
                H.append(f"<p><em>{_esc(t)}</em>" + (f" <span class=\"d\">{_esc(r)}</span>" if r else "") + "</p>")
            elif st == "b":
                if not inul:
                    H.append("<ul>")
                    inul = True
                H.append(f"<li>{_esc(t)}</li>")
            elif st == "p":
                H.append(f"<p>{_esc(t)}</p>")
        if inul:
            H.append("</ul>")
    if side:
        H.append("</td></tr></table>")
    H.append("</body></html>")
    return ("\n".join(H) + "\n").encode("utf-8")


# ---------------------------------------------------------------- reportlab
def render_rl(d):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = d.get("font", "Helvetica")
    if font == "DejaVu":
        for n, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, DJ + f))
        F, FB, FI = "DejaVu", "DejaVu-Bold", "DejaVu-Oblique"
    else:
        F, FB, FI = font, font + "-Bold", font + "-Oblique"
    size = letter if d.get("page") == "letter" else A4
    W, Hh = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setCreator("Microsoft Word")
    c.setTitle(d["name"])
    lay = d.get("layout", "plain")
    M = 50
    x0, x1 = M, W - M
    page = [1]

    def footer():
        if d.get("footer"):
            c.setFont(F, 8)
            c.drawCentredString(W / 2, 28, d["footer"].replace("{p}", str(page[0])))

    y = Hh - 60
    if lay == "sidebar":
        sw = 170
        c.setFillColorRGB(*d.get("sidecol", (0.9, 0.92, 0.95)))
        c.rect(0, 0, sw, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sy = Hh - 60
        c.setFont(FB, 15)
        for ln in simpleSplit(d["name"], FB, 15, sw - 40):
            c.drawString(20, sy, ln)
            sy -= 19
        sy -= 6
        blocks = [("Contact", d["contact"])] + list(d.get("side", []))
        for h, lines in blocks:
            c.setFont(FB, 10)
            c.drawString(20, sy, h.upper())
            sy -= 14
            c.setFont(F, 8.5)
            for x in lines:
                for ln in simpleSplit(x, F, 8.5, sw - 40):
                    c.drawString(20, sy, ln)
                    sy -= 11
            sy -= 8
        x0 = sw + 25
    elif lay == "twocol":
        c.setFont(FB, 20)
        c.drawString(M, y, d["name"])
        if d.get("tagline"):
            c.setFont(FI, 10)
            c.drawString(M, y - 16, d["tagline"])
        c.setFont(F, 9)
        cy = y + 4
        for x in d["contact"]:
            c.drawRightString(W - M, cy, x)
            cy -= 11
        y = min(y - 30, cy - 6)
        c.line(M, y + 8, W - M, y + 8)
        y -= 10
    else:
        c.setFont(FB, 18)
        if lay == "centred":
            c.drawCentredString(W / 2, y, d["name"])
        else:
            c.drawString(M, y, d["name"])
        y -= 16
        c.setFont(F, 9.5)
        for x in d["contact"]:
            if lay == "centred":
                c.drawCentredString(W / 2, y, x)
            else:
                c.drawString(M, y, x)
            y -= 12
        y -= 8
    bc = d.get("bul", "•")

    def need(h):
        nonlocal y
        if y - h < 50:
            footer()
            c.showPage()
            page[0] += 1
            y = Hh - 55

    for h, content in d["sections"]:
        need(40)
        c.setFont(FB, 11.5)
        c.drawString(x0, y, h if d.get("hcase") == "as" else h.upper())
        c.setLineWidth(0.5)
        c.line(x0, y - 3, x1, y - 3)
        y -= 17
        for st, t, r in section_items(content, d):
            if st == "gap":
                y -= 5
                continue
            fn, fs, ind = {"eh": (FB, 10.5, 0), "es": (FI, 10, 0), "b": (F, 9.5, 12), "p": (F, 9.5, 0)}[st]
            avail = x1 - x0 - ind - (c.stringWidth(r, F, 9.5) + 12 if r else 0)
            lines = simpleSplit(t, fn, fs, avail)
            need(len(lines) * (fs + 3) + 4)
            c.setFont(fn, fs)
            for k, ln in enumerate(lines):
                if st == "b" and k == 0 and bc:
                    c.drawString(x0 + 2, y, bc)
                c.drawString(x0 + ind, y, ln)
                if r and k == 0:
                    c.setFont(F, 9.5)
                    c.drawRightString(x1, y, r)
                    c.setFont(fn, fs)
                y -= fs + 3
        y -= 6
    footer()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(d):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            if d.get("footer"):
                self.set_y(-14)
                self.set_font("DJ", "", 8)
                self.cell(0, 6, d["footer"].replace("{p}", str(self.page_no())), align="C")

    p = P(format="A4" if d.get("page") != "letter" else "letter")
    p.set_creation_date(FIXED)
    p.set_creator("LibreOffice Writer")
    p.set_title(d["name"])
    p.add_font("DJ", "", DJ + "DejaVuSans.ttf")
    p.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
    p.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, 20)
    p.set_margins(18, 16, 18)
    p.add_page()
    lay = d.get("layout", "left")
    al = "C" if lay == "centred" else "L"
    p.set_font("DJ", "B", 17)
    p.cell(0, 9, d["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    p.set_font("DJ", "", 9)
    if d.get("contact_inline"):
        p.multi_cell(0, 5, "  |  ".join(d["contact"]), align=al, new_x="LMARGIN", new_y="NEXT")
    else:
        for x in d["contact"]:
            p.cell(0, 5, x, align=al, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    bc = d.get("bul", "•")
    for h, content in d["sections"]:
        if p.get_y() > 255:
            p.add_page()
        p.set_font("DJ", "B", 11)
        p.cell(0, 7, h if d.get("hcase") == "as" else h.upper(), new_x="LMARGIN", new_y="NEXT")
        yy = p.get_y()
        p.set_draw_color(120, 120, 120)
        p.line(p.l_margin, yy, p.w - p.r_margin, yy)
        p.ln(1.5)
        for st, t, r in section_items(content, d):
            if st == "gap":
                p.ln(1.5)
                continue
            style = {"eh": "B", "es": "I", "b": "", "p": ""}[st]
            p.set_font("DJ", style, 10 if st in ("eh", "es") else 9.3)
            if r:
                p.set_font("DJ", "", 9.3)
                rw = p.get_string_width(r) + 2
                p.set_font("DJ", style, 10)
                if p.get_string_width(t) < p.epw - rw - 4:
                    y0 = p.get_y()
                    p.cell(p.epw - rw, 5.5, t)
                    p.set_font("DJ", "", 9.3)
                    p.cell(rw, 5.5, r, align="R", new_x="LMARGIN", new_y="NEXT")
                    continue
                p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
                p.set_font("DJ", "", 9.3)
                p.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
                continue
            if st == "b":
                p.set_x(p.l_margin + 3)
                p.multi_cell(0, 4.8, (bc + " " if bc else "") + t, new_x="LMARGIN", new_y="NEXT")
            else:
                p.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    return bytes(p.output())


# ---------------------------------------------------------------- python-docx
def render_docx(d):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    feats = set(d.get("docx", ()))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = d.get("dfont", "Calibri")
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = d["name"]
    cp.last_modified_by = d["name"]
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = "CV"
    tabpos = Cm(17)

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
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    if "header" in feats:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(d["name"])
        r.bold = True
        r.font.size = Pt(16)
        hp2 = sec.header.add_paragraph(" · ".join(d["contact"]))
        hp2.runs[0].font.size = Pt(9)
    if d.get("footer"):
        sec.footer.paragraphs[0].text = d["footer"].replace("{p}", "1")

    main = doc
    if "sidebar" in feats:
        t = doc.add_table(rows=1, cols=2)
        noborders(t)
        lc, rc = t.rows[0].cells
        lc.width, rc.width = Cm(5.2), Cm(11.8)
        shade(lc, d.get("sidecol", "DCE6F0"))
        p = lc.paragraphs[0]
        rr = p.add_run(d["name"])
        rr.bold = True
        rr.font.size = Pt(15)
        for x in d["contact"]:
            lc.add_paragraph(x).runs[0].font.size = Pt(9)
        for h, lines in d.get("side", []):
            hp = lc.add_paragraph()
            hr = hp.add_run(h.upper())
            hr.bold = True
            for x in lines:
                lc.add_paragraph(x).runs[0].font.size = Pt(9)
        main = rc
        first = [rc.paragraphs[0]]
    else:
        first = []
        if "header" not in feats:
            if "title" in feats:
                doc.add_paragraph(d["name"], style="Title")
            else:
                p = doc.add_paragraph()
                r = p.add_run(d["name"])
                r.bold = True
                r.font.size = Pt(18)
            for x in d["contact"]:
                doc.add_paragraph(x)

    def para(text="", style=None):
        if first:
            p = first.pop()
            if text:
                p.add_run(text)
            if style:
                p.style = doc.styles[style]
            return p
        return main.add_paragraph(text, style=style) if style else main.add_paragraph(text)

    for h, content in d["sections"]:
        if "styles" in feats and "sidebar" not in feats:
            para(h, "Heading 1" if d.get("hlevel", 1) == 1 else "Heading 2")
        else:
            p = para()
            r = p.add_run(h.upper() if d.get("hcase") != "as" else h)
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        items = section_items(content, d)
        if "table" in feats and content and isinstance(content[0], E):
            # one borderless table per job: left = head/sub lines, right = dates; bullets below
            groups, cur = [], None
            for it in items:
                if it[0] == "eh" or (cur is None and it[0] != "gap"):
                    cur = []
                    groups.append(cur)
                if it[0] != "gap":
                    cur.append(it)
            for g in groups:
                t = main.add_table(rows=1, cols=2)
                noborders(t)
                a, b = t.rows[0].cells
                a.width, b.width = Cm(12.5), Cm(4.5)
                ap, bp = a.paragraphs[0], b.paragraphs[0]
                dates = [it[2] for it in g if it[2]]
                used = False
                for stl, tx, rr in g:
                    if stl in ("eh", "es"):
                        q = ap if not used else a.add_paragraph()
                        used = True
                        run = q.add_run(tx)
                        run.bold = stl == "eh"
                        run.italic = stl == "es"
                        if rr and stl == "es":
                            q.add_run("   " + rr)
                bp.add_run(dates[0] if dates and g[0][2] else "")
                bp.alignment = 2
                for stl, tx, rr in g:
                    if stl == "b":
                        main.add_paragraph(tx, style="List Bullet")
                    elif stl == "p":
                        main.add_paragraph(tx)
            continue
        for stl, tx, rr in items:
            if stl == "gap":
                continue
            if stl == "b":
                if "listbullet" in feats:
                    para(tx, "List Bullet")
                else:
                    para((d.get("bul", "•") + "\t" if d.get("bul") else "") + tx)
                continue
            p = para()
            run = p.add_run(tx)
            run.bold = stl == "eh"
            run.italic = stl == "es"
            if rr:
                if "tabs" in feats:
                    p.paragraph_format.tab_stops.add_tab_stop(tabpos if "sidebar" not in feats else Cm(11.3),
                                                              WD_TAB_ALIGNMENT.RIGHT)
                    p.add_run("\t" + rr)
                else:
                    p.add_run("  (" + rr + ")")
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


RENDER = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "txt": render_txt,
          "md": render_md, "html": render_html}


def render(d):
    return RENDER[d["renderer"]](d)
