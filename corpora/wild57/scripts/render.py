"""Renderers for wild57: reportlab canvas, fpdf2, python-docx, txt, md, html."""
import datetime, html, io, os, zipfile
from lib import daterange

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)


# ---------------------------------------------------------------- entry -> abstract lines
def _ol(org, loc, sep=", "):
    return sep.join(x for x in (org, loc) if x)


def entry_lines(e, r, prev_org=None):
    """Return list of (style, left, right). style: b (bold), i (italic), p (plain), bl (bullet), pa (prose)."""
    d = daterange(e, r.get("dstyle", "mon"), r.get("present", "Present"), r.get("dash", " – "))
    o = r.get("order", "title_org")
    t, org, loc = e["title"], e["organization"], e["location"]
    L = []
    if o == "title_org":
        L += [("b", t, d)]
        if org or loc:
            L += [("i", _ol(org, loc), "")]
    elif o == "org_title":
        L += [("b", _ol(org, loc) or t, d), ("i", t, "")] if (org or loc) else [("b", t, d)]
    elif o == "dash":
        L += [("b", t + (" – " + _ol(org, loc) if (org or loc) else ""), d)]
    elif o == "pipe":
        L += [("b", " | ".join(x for x in (t, org, loc) if x), d)]
    elif o == "dateline":
        L += [("b", t, "")]
        if org or loc:
            L += [("i", _ol(org, loc), "")]
        if d:
            L += [("p", d, "")]
    elif o == "inline":
        L += [("b", ", ".join(x for x in (t, org, loc, d) if x), "")]
    elif o == "at":
        s = t + (" at " + org if org else "") + (", " + loc if loc else "")
        L += [("b", s + (f" ({d})" if d else ""), "")]
    elif o == "orgfirst":
        if org != prev_org or org is None:
            L += [("b", _ol(org, loc, " — ") if org else t, "")]
            if org is None:
                L[-1] = ("b", t, d)
                return L + _duties(e)
        L += [("i", t, d)]
    else:
        raise ValueError(o)
    return L + _duties(e)


def _duties(e):
    if e.get("_prose"):
        return [("pa", e["_prose"], "")]
    return [("bl", b, "") for b in e["bullets"]]


def body_blocks(r):
    """Sections in order: list of (heading, [lines]); extras may come before or after."""
    out = []
    if r.get("profile"):
        out.append((r.get("profile_head", "Profile"), [("pa", r["profile"], "")]))
    for h, lines in r.get("extras_before", []):
        out.append((h, [("p", x, "") for x in lines]))
    for h, ents in r["sections"]:
        L, prev = [], None
        for e in ents:
            if L:
                L.append(("gap", "", ""))
            L += entry_lines(e, r, prev)
            prev = e["organization"]
        out.append((h, L))
    for h, lines in r.get("extras", []):
        out.append((h, [("p", x, "") for x in lines]))
    return out


# ---------------------------------------------------------------- reportlab
def render_rl(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor
    if r.get("font") == "dejavu":
        pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
        F = {"p": "DV", "b": "DVB", "i": "DVI"}
    else:
        F = {"p": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
    size = A4 if r.get("paper", "A4") == "A4" else letter
    W, H = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(r["name"] + " CV"); c.setAuthor(r["name"]); c.setCreator("Microsoft® Word for Microsoft 365")
    lay = r.get("layout", "plain")
    accent = HexColor(r.get("accent", "#1f3b5a"))
    st = {"x0": 50, "x1": W - 50, "y": H - 55, "page": 1}
    if lay == "sidebar":
        sw = 175
        c.setFillColor(HexColor(r.get("side_colour", "#e8ecef"))); c.rect(0, 0, sw, H, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        y = H - 60
        c.setFont(F["b"], 15)
        for part in r["name"].split(" ", 1):
            c.drawString(20, y, part); y -= 18
        y -= 8
        c.setFont(F["p"], 8.5)
        for line in r["contact"]:
            for w in wrap(line, F["p"], 8.5, sw - 35):
                c.drawString(20, y, w); y -= 11.5
        for h, lines in r.get("side", []):
            y -= 12; c.setFont(F["b"], 10); c.drawString(20, y, h.upper()); y -= 14; c.setFont(F["p"], 8.5)
            for line in lines:
                for w in wrap(line, F["p"], 8.5, sw - 35):
                    c.drawString(20, y, w); y -= 11.5
        st["x0"] = sw + 25; st["x1"] = W - 40
    elif lay == "twocol":
        c.setFont(F["b"], 20); c.setFillColor(accent); c.drawString(50, H - 60, r["name"])
        c.setFillColor(HexColor("#000000"))
        if r.get("headline"):
            c.setFont(F["i"], 10); c.drawString(50, H - 76, r["headline"])
        c.setFont(F["p"], 8.5)
        yy = H - 52
        for line in r["contact"]:
            c.drawRightString(W - 50, yy, line); yy -= 11
        st["y"] = min(H - 95, yy - 12)
        c.setStrokeColor(accent); c.line(50, st["y"] + 8, W - 50, st["y"] + 8)
        st["y"] -= 8
    else:
        centred = r.get("header") == "centre"
        c.setFont(F["b"], 18)
        (c.drawCentredString(W / 2, st["y"], r["name"]) if centred else c.drawString(50, st["y"], r["name"]))
        st["y"] -= 16
        if r.get("headline"):
            c.setFont(F["i"], 10)
            (c.drawCentredString(W / 2, st["y"], r["headline"]) if centred else c.drawString(50, st["y"], r["headline"]))
            st["y"] -= 13
        c.setFont(F["p"], 9)
        cl = " | ".join(r["contact"])
        for w in wrap(cl, F["p"], 9, W - 100):
            (c.drawCentredString(W / 2, st["y"], w) if centred else c.drawString(50, st["y"], w)); st["y"] -= 11
        st["y"] -= 10

    def footer():
        if r.get("footer"):
            c.setFont(F["p"], 7.5); c.setFillColor(HexColor("#666666"))
            c.drawCentredString(W / 2, 28, r["footer"].format(page=st["page"]))
            c.setFillColor(HexColor("#000000"))

    def need(h):
        if st["y"] - h < 60:
            footer(); c.showPage(); st["page"] += 1; st["y"] = H - 55
            if lay == "sidebar":
                st["x0"] = 50; st["x1"] = W - 50

    bch = r.get("bullet", "•")
    for head, lines in body_blocks(r):
        if head == r.get("break_before"):
            st["y"] = -1000
        need(40)
        c.setFont(F["b"], 11.5); c.setFillColor(accent)
        c.drawString(st["x0"], st["y"], head.upper() if r.get("caps_heads", True) else head)
        c.setFillColor(HexColor("#000000"))
        st["y"] -= 4; c.setStrokeColor(accent); c.setLineWidth(0.6); c.line(st["x0"], st["y"], st["x1"], st["y"])
        st["y"] -= 13
        for sty, left, right in lines:
            if sty == "gap":
                st["y"] -= 5; continue
            if sty in ("bl", "pa", "p"):
                ind = 12 if sty == "bl" else 0
                ws = wrap(left, F["p"], 9.3, st["x1"] - st["x0"] - ind)
                need(12 * len(ws))
                c.setFont(F["p"], 9.3)
                if sty == "bl":
                    c.drawString(st["x0"] + 2, st["y"], bch)
                for w in ws:
                    c.drawString(st["x0"] + ind, st["y"], w); st["y"] -= 12
            else:
                need(26)
                c.setFont(F[sty], 10)
                from reportlab.pdfbase.pdfmetrics import stringWidth
                if right and stringWidth(left, F[sty], 10) + stringWidth(right, F["p"], 9.3) + 12 > st["x1"] - st["x0"]:
                    c.drawString(st["x0"], st["y"], left); st["y"] -= 12
                c.drawString(st["x0"], st["y"], left) if not right or stringWidth(left, F[sty], 10) + stringWidth(right, F["p"], 9.3) + 12 <= st["x1"] - st["x0"] else None
                if right:
                    c.setFont(F["p"], 9.3); c.drawRightString(st["x1"], st["y"], right)
                st["y"] -= 13
        st["y"] -= 8
    footer()
    c.save()


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur); cur = w
    if cur:
        out.append(cur)
    return out or [""]


# ---------------------------------------------------------------- fpdf2
def render_fp(r, path):
    from fpdf import FPDF
    foot = r.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(110)
                self.cell(0, 6, foot.format(page=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " - CV"); pdf.set_author(r["name"]); pdf.set_creator("LibreOffice Writer")
    pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 20); pdf.add_page()
    al = "C" if r.get("layout") == "centred" else "L"
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    if r.get("headline"):
        pdf.set_font("DV", "I", 10); pdf.cell(0, 6, r["headline"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.8)
    if al == "C":
        pdf.multi_cell(0, 4.6, "  ·  ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for line in r["contact"]:
            pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bch = r.get("bullet", "–")
    for head, lines in body_blocks(r):
        if pdf.get_y() > 255 or head == r.get("break_before"):
            pdf.add_page()
        pdf.set_font("DV", "B", 11); pdf.set_fill_color(*r.get("fill", (232, 236, 240)))
        pdf.cell(0, 7, " " + (head.upper() if r.get("caps_heads") else head), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for sty, left, right in lines:
            if sty == "gap":
                pdf.ln(2); continue
            if sty == "bl":
                pdf.set_font("DV", "", 9.3)
                x = pdf.get_x(); pdf.cell(5, 4.8, bch)
                pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
            elif sty in ("pa", "p"):
                pdf.set_font("DV", "", 9.3); pdf.multi_cell(0, 4.8, left, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "B" if sty == "b" else "I", 10)
                if right and pdf.get_string_width(left) + 30 > pdf.epw - pdf.get_string_width(right):
                    pdf.multi_cell(0, 5.5, left, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DV", "", 9.3); pdf.cell(0, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
                elif right:
                    w = pdf.epw - pdf.get_string_width(right) - 14
                    pdf.cell(w, 5.5, left)
                    pdf.set_font("DV", "", 9.3); pdf.cell(0, 5.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, 5.5, left, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = r.get("dfont", "Calibri"); st.font.size = Pt(10.5)
    lay = r.get("layout", "styles")
    tabpos = Cm(17)

    def para(container, text="", bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(text); run.bold = bold; run.italic = italic
            if size:
                run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(tabpos if container is d else Cm(16), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        p.paragraph_format.space_after = Pt(1)
        return p

    def heading(container, text):
        if lay in ("styles", "header") and container is d:
            d.add_heading(text, level=1)
        else:
            p = para(container, text.upper(), bold=True, size=11.5)
            p.paragraph_format.space_before = Pt(8)
            # bottom border
            pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "444444")):
                b.set(qn(k), v)
            bdr.append(b); pPr.append(bdr)

    def no_borders(t):
        tblPr = t._tbl.tblPr; b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    def shade(cell, colour):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), colour); tcPr.append(s)

    bstyle = "List Bullet"
    main = d
    if lay == "header":
        hp = sec.header.paragraphs[0]; rr = hp.add_run(r["name"]); rr.bold = True; rr.font.size = Pt(14)
        hp2 = sec.header.add_paragraph(" | ".join(r["contact"])); hp2.runs[0].font.size = Pt(8.5)
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2); no_borders(t)
        left, main = t.rows[0].cells
        left.width = Cm(5.2); main.width = Cm(11.8); shade(left, r.get("side_fill", "DCE6F0"))
        para(left, r["name"], bold=True, size=15)
        for line in r["contact"]:
            para(left, line, size=9)
        for h, lines in r.get("side", []):
            para(left, ""); para(left, h.upper(), bold=True, size=10)
            for line in lines:
                para(left, line, size=9)
    else:
        p = d.add_paragraph(); rr = p.add_run(r["name"]); rr.bold = True; rr.font.size = Pt(18)
        if r.get("centre_head"):
            p.alignment = 1
        if r.get("headline"):
            q = para(d, r["headline"], italic=True)
            if r.get("centre_head"):
                q.alignment = 1
        q = para(d, " • ".join(r["contact"]), size=9)
        if r.get("centre_head"):
            q.alignment = 1
    if lay == "header" and r.get("headline"):
        para(d, r["headline"], italic=True)

    for head, lines in body_blocks(r):
        heading(main, head)
        if lay == "table" and any(s == "b" for s, _, _ in lines):
            # one borderless table per job: left role/company, right dates
            groups, cur = [], []
            for ln in lines:
                if ln[0] == "gap":
                    groups.append(cur); cur = []
                else:
                    cur.append(ln)
            groups.append(cur)
            for g in groups:
                t = main.add_table(rows=1, cols=2); no_borders(t)
                a, b = t.rows[0].cells; a.width = Cm(12.5); b.width = Cm(4.5)
                a.paragraphs[0].text = ""
                first = True
                for sty, left, right in g:
                    if sty in ("b", "i"):
                        p = a.paragraphs[0] if first else a.add_paragraph()
                        rn = p.add_run(left); rn.bold = sty == "b"; rn.italic = sty == "i"
                        first = False
                        if right:
                            bp = b.paragraphs[0] if not b.paragraphs[0].text else b.add_paragraph()
                            bp.add_run(right); bp.alignment = 2
                    elif sty == "bl":
                        a.add_paragraph(left, style=bstyle)
                    else:
                        a.add_paragraph(left)
                para(main, "")
            continue
        for sty, left, right in lines:
            if sty == "gap":
                continue
            if sty == "bl":
                if r.get("dash_bullets"):
                    para(main, "- " + left)
                else:
                    main.add_paragraph(left, style=bstyle)
            elif sty in ("pa", "p"):
                para(main, left)
            else:
                para(main, left, bold=sty == "b", italic=sty == "i", right=right or None)
    cp = d.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "CV"
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 3
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


# ---------------------------------------------------------------- text-like
def render_txt(r, path):
    L = [r["name"].upper() if r.get("caps_name") else r["name"]]
    if r.get("headline"):
        L.append(r["headline"])
    L += r["contact"] if r.get("contact_lines") else [" | ".join(r["contact"])]
    bch = r.get("bullet", "*")
    for head, lines in body_blocks(r):
        L += ["", head.upper()]
        if r.get("underline", True):
            L.append(r.get("rule", "-") * len(head))
        for sty, left, right in lines:
            if sty == "gap":
                L.append("")
            elif sty == "bl":
                L.append(f"{bch} {left}" if bch else "   " + left)
            elif right:
                L.append(f"{left}{r.get('rsep', '   ')}{right}")
            else:
                L.append(left)
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", ""]
    if r.get("headline"):
        L += [f"*{r['headline']}*", ""]
    L += [" · ".join(r["contact"]), ""]
    for head, lines in body_blocks(r):
        L += [f"## {head}", ""]
        for sty, left, right in lines:
            if sty == "gap":
                L.append("")
            elif sty == "b":
                L.append(f"### {left}" + (f" ({right})" if right else "") if r.get("md_h3", True)
                         else f"**{left}**" + (f" — *{right}*" if right else "") + "  ")
            elif sty == "i":
                L.append(f"_{left}_" + (f" — {right}" if right else "") + "  ")
            elif sty == "bl":
                L.append(f"{r.get('bullet', '-')} {left}")
            else:
                L += [left, ""]
        L.append("")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    esc = html.escape
    L = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} – Curriculum Vitae</title>",
         "<style>body{font-family:Georgia,serif;max-width:780px;margin:2em auto;color:#222}"
         "h2{border-bottom:1px solid #999;font-size:1.05em;text-transform:uppercase;letter-spacing:.05em}"
         ".job{display:flex;justify-content:space-between;font-weight:bold}.when{font-weight:normal;color:#555}"
         ".sub{font-style:italic}</style></head><body>",
         f"<header><h1>{esc(r['name'])}</h1>"]
    if r.get("headline"):
        L.append(f"<p><strong>{esc(r['headline'])}</strong></p>")
    L.append("<p>" + " &middot; ".join(esc(x) for x in r["contact"]) + "</p></header>")
    for head, lines in body_blocks(r):
        L.append(f"<section><h2>{esc(head)}</h2>")
        inlist = False
        for sty, left, right in lines:
            if sty != "bl" and inlist:
                L.append("</ul>"); inlist = False
            if sty == "gap":
                continue
            if sty == "bl":
                if not inlist:
                    L.append("<ul>"); inlist = True
                L.append(f"<li>{esc(left)}</li>")
            elif sty == "b":
                L.append(f"<div class=\"job\"><span>{esc(left)}</span><span class=\"when\">{esc(right)}</span></div>")
            elif sty == "i":
                L.append(f"<div class=\"sub\">{esc(left)}" + (f" <span class=\"when\">{esc(right)}</span>" if right else "") + "</div>")
            else:
                L.append(f"<p>{esc(left)}</p>")
        if inlist:
            L.append("</ul>")
        L.append("</section>")
    L.append("</body></html>")
    open(path, "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")


RENDER = {"pdf_rl": render_rl, "pdf_fp": render_fp, "docx": render_docx,
          "txt": render_txt, "md": render_md, "html": render_html}
EXT = {"pdf_rl": "pdf", "pdf_fp": "pdf", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
