"""Renderers: reportlab canvas, fpdf2, python-docx, text, HTML, Markdown."""
import datetime, html, io, os, zipfile
from lib import fmt_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def dr(e, r):
    return fmt_range(e, r.get("dstyle", "mon"), r.get("present", "Present"), r.get("dash", " – "))


def orgloc(e, sep=", "):
    parts = [p for p in (e.show_org or e.org, e.loc) if p]
    return sep.join(parts)


def entry_specs(e, r, first_of_org=True):
    """(style, text, right) tuples: b bold, i italic, n normal, u bullet, p prose, B employer heading."""
    o = r.get("order", "title_org")
    d = dr(e, r)
    out = []
    if o == "title_org":
        out += [("b", e.title, d)]
        if orgloc(e):
            out += [("i", orgloc(e), "")]
    elif o == "org_title":
        out += [("b", orgloc(e) or e.title, d)]
        if orgloc(e):
            out += [("i", e.title, "")]
    elif o == "dateline":
        out += [("b", e.title, "")]
        if orgloc(e):
            out += [("n", orgloc(e), "")]
        if d:
            out += [("i", d, "")]
    elif o == "dash":
        out += [("b", e.title + (" – " + orgloc(e) if orgloc(e) else ""), d)]
    elif o == "pipe":
        out += [("b", " | ".join(p for p in (e.title, e.show_org or e.org, e.loc) if p), d)]
    elif o == "datefirst":
        out += [("i", d, ""), ("b", e.title, "")]
        if orgloc(e):
            out += [("n", orgloc(e), "")]
    elif o == "orgfirst":
        if first_of_org and e.org:
            out += [("B", orgloc(e), "")]
        out += [("b", e.title, d)]
    elif o == "inline":
        out += [("b", e.title + (", " + d if d else ""), "")]
        if orgloc(e):
            out += [("n", orgloc(e), "")]
    if e.bullets:
        if e.prose:
            out += [("p", " ".join(e.bullets), "")]
        else:
            out += [("u", b, "") for b in e.bullets]
    return out


def job_groups(entries, r):
    prev = object()
    for e in entries:
        first = r.get("order") != "orgfirst" or e.org != prev
        prev = e.org
        yield e, entry_specs(e, r, first)


# ---------------------------------------------------------------- reportlab
def render_reportlab(r, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    for n, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf")):
        try:
            pdfmetrics.getFont(n)
        except KeyError:
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(r["name"] + " - Resume"); c.setAuthor(r["name"]); c.setCreator("Microsoft Word")
    lay = r.get("layout", "plain")
    side = r.get("side", [])
    sb_w = 170 if lay == "sidebar" else 0
    x0, x1 = 50 + sb_w, W - 45
    fs = r.get("fs", 10)
    bch = r.get("bullet", "•")
    state = {"y": H - 60, "page": 1}

    def footer():
        if r.get("footer"):
            c.setFont("DV", 8); c.setFillGray(0.4)
            c.drawCentredString(W / 2, 28, r["footer"].format(n=state["page"]))
            c.setFillGray(0)

    def newpage():
        footer(); c.showPage(); state["page"] += 1; state["y"] = H - 55

    def need(h):
        if state["y"] - h < 60:
            newpage()

    def text(s, font="DV", size=fs, x=None, right=None, indent=0, lead=None):
        x = (x0 if x is None else x) + indent
        lead = lead or size * 1.35
        width = x1 - x - (c.stringWidth(right, "DV", size) + 12 if right else 0)
        lines = simpleSplit(s, font, size, width) or [""]
        for i, ln in enumerate(lines):
            need(lead)
            c.setFont(font, size); c.drawString(x, state["y"], ln)
            if right and i == 0:
                c.setFont("DV", size); c.drawRightString(x1, state["y"], right)
            state["y"] -= lead

    # header
    if lay == "sidebar":
        c.setFillColorRGB(0.88, 0.92, 0.95); c.rect(0, 0, sb_w + 20, H, stroke=0, fill=1); c.setFillGray(0)
        sy = H - 60
        def stext(s, font="DV", size=8.5):
            nonlocal sy
            for ln in simpleSplit(s, font, size, sb_w - 25):
                c.setFont(font, size); c.drawString(25, sy, ln); sy -= size * 1.4
        stext(r["name"], "DVB", 14); sy -= 6
        for ln in r["contact"]:
            stext(ln)
        for b in r["blocks"]:
            if b[1] in side:
                sy -= 10; stext(b[1].upper(), "DVB", 9.5)
                items = b[2] if isinstance(b[2], list) else [b[2]]
                for it in items:
                    stext(it)
        state["y"] = H - 62
    elif lay == "twocol":
        c.setFont("DVB", 20); c.drawString(x0, H - 62, r["name"])
        if r.get("tagline"):
            c.setFont("DVI", 10); c.drawString(x0, H - 80, r["tagline"])
        c.setFont("DV", 9)
        for i, ln in enumerate(r["contact"]):
            c.drawRightString(x1, H - 55 - i * 12, ln)
        state["y"] = H - 62 - max(30, 12 * len(r["contact"])) - 8
        c.setLineWidth(0.6); c.line(x0, state["y"] + 6, x1, state["y"] + 6); state["y"] -= 12
    else:
        c.setFont("DVB", 18); c.drawCentredString((x0 + x1) / 2, H - 60, r["name"])
        c.setFont("DV", 9); c.drawCentredString((x0 + x1) / 2, H - 76, "  |  ".join(r["contact"]))
        state["y"] = H - 100
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        if head in side and lay == "sidebar":
            continue
        need(40); state["y"] -= 4
        c.setFont("DVB", fs + 1.5); c.drawString(x0, state["y"], head.upper() if r.get("caps") else head)
        c.setLineWidth(0.4); c.line(x0, state["y"] - 3, x1, state["y"] - 3)
        state["y"] -= fs * 1.8
        if kind == "para":
            text(b[2])
        elif kind in ("list", "lines"):
            for it in b[2]:
                if kind == "list":
                    c.setFont("DV", fs); need(fs * 1.35); c.drawString(x0 + 4, state["y"], bch)
                    text(it, indent=14)
                else:
                    text(it)
        elif kind == "jobs":
            for e, specs in job_groups(b[2], r):
                need(50)
                for st, s, right in specs:
                    if st == "B":
                        state["y"] -= 2; text(s, "DVB", fs + 0.5)
                    elif st == "b":
                        text(s, "DVB", fs, right=right or None)
                    elif st == "i":
                        text(s, "DVI", fs)
                    elif st == "n":
                        text(s)
                    elif st == "p":
                        text(s, indent=6)
                    elif st == "u":
                        c.setFont("DV", fs); need(fs * 1.35); c.drawString(x0 + 6, state["y"], bch)
                        text(s, indent=18)
                state["y"] -= 6
        state["y"] -= 6
    footer(); c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    rr = r

    class P(FPDF):
        def footer(self):
            if rr.get("footer"):
                self.set_y(-14); self.set_font("DV", "", 8); self.set_text_color(110)
                self.cell(0, 6, rr["footer"].format(n=self.page_no()), align="C")
                self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(r["name"] + " CV"); pdf.set_author(r["name"]); pdf.set_creator("Writer")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    lay = r.get("layout", "left")
    fs = r.get("fs", 10)
    lh = fs * 0.5
    al = "C" if lay == "centred" else "L"
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, r["name"], align=al, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    if lay == "centred":
        pdf.cell(0, 5, " · ".join(r["contact"]), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        for ln in r["contact"]:
            pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    bch = r.get("bullet", "•")
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DV", "B", fs + 1.5)
        pdf.cell(0, 7, head.upper() if r.get("caps") else head, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.set_draw_color(150); pdf.line(18, y, 192, y); pdf.ln(1.5)
        pdf.set_font("DV", "", fs)
        if kind == "para":
            pdf.multi_cell(0, lh, b[2], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("list", "lines"):
            for it in b[2]:
                if kind == "list":
                    pdf.cell(5, lh, bch); pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
        elif kind == "jobs":
            for e, specs in job_groups(b[2], r):
                if pdf.get_y() > 250:
                    pdf.add_page()
                pdf.ln(1)
                for st, s, right in specs:
                    if st in ("b", "B"):
                        pdf.set_font("DV", "B", fs + (0.5 if st == "B" else 0))
                        if right:
                            wr = pdf.get_string_width(right) + 2
                            pdf.set_font("DV", "B", fs)
                            pdf.cell(174 - wr, lh + 0.5, s)
                            pdf.set_font("DV", "", fs)
                            pdf.cell(wr, lh + 0.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
                        else:
                            pdf.multi_cell(0, lh + 0.5, s, new_x="LMARGIN", new_y="NEXT")
                    elif st == "i":
                        pdf.set_font("DV", "I", fs); pdf.multi_cell(0, lh, s, new_x="LMARGIN", new_y="NEXT")
                    elif st in ("n", "p"):
                        pdf.set_font("DV", "", fs); pdf.multi_cell(0, lh, s, new_x="LMARGIN", new_y="NEXT")
                    elif st == "u":
                        pdf.set_font("DV", "", fs); pdf.set_x(22); pdf.cell(4, lh, bch)
                        pdf.multi_cell(0, lh, s, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(r, path):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = r.get("font", "Calibri"); st.font.size = Pt(r.get("fs", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8); sec.top_margin = Inches(0.7)
    lay = r.get("layout", "styles")
    bch = r.get("bullet", "•")
    cp = d.core_properties
    cp.author = r["name"]; cp.last_modified_by = r["name"]; cp.title = "Resume"
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None); cp.revision = 1

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); b.append(el)
        tblPr.append(b)

    def shade(cell, fill="DCE6F0"):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def para(container, text="", bold=False, italic=False, style=None, right=None, size=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        run = p.add_run(text); run.bold = bold; run.italic = italic
        if size:
            run.font.size = Pt(size)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Inches(r.get("tab", 6.9)), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t" + right)
        return p

    def bullet(container, text):
        if lay in ("styles", "header") and container is d:
            para(container, text, style="List Bullet")
        else:
            p = para(container, bch + "\t" + text)
            p.paragraph_format.left_indent = Inches(0.25); p.paragraph_format.first_line_indent = Inches(-0.18)

    def heading(container, text):
        if lay in ("styles", "header") and container is d:
            h = container.add_heading(text, level=r.get("hlevel", 1))
        else:
            p = para(container, text.upper() if r.get("caps") else text, bold=True, size=r.get("fs", 10.5) + 2)
            p.paragraph_format.space_before = Pt(8)

    def jobs(container, entries):
        for e, specs in job_groups(entries, r):
            if lay == "table" or r.get("nested"):
                t = container.add_table(rows=1, cols=2)
                no_borders(t)
                left, rightc = t.rows[0].cells
                head = [s for s in specs if s[0] in "bBin"]
                left.paragraphs[0].add_run(head[0][1]).bold = True
                for sst, s, _ in head[1:]:
                    rn = left.add_paragraph().add_run(s); rn.italic = sst == "i"; rn.bold = sst in "bB"
                rightc.paragraphs[0].add_run(dr(e, r)).italic = True
                rightc.paragraphs[0].alignment = 2
                for sst, s, _ in specs:
                    if sst == "u":
                        bullet(container, s)
                    elif sst == "p":
                        para(container, s)
                continue
            for sst, s, right in specs:
                if sst == "B":
                    para(container, s, bold=True, size=r.get("fs", 10.5) + 0.5)
                elif sst == "b":
                    para(container, s, bold=True, right=right or None)
                elif sst == "i":
                    para(container, s, italic=True)
                elif sst == "n":
                    para(container, s)
                elif sst == "p":
                    para(container, s)
                elif sst == "u":
                    bullet(container, s)

    body = d
    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.add_run(r["name"]).bold = True
        sec.header.add_paragraph(" | ".join(r["contact"]))
    elif lay == "sidebar":
        t = d.add_table(rows=1, cols=2); no_borders(t)
        sc, body = t.rows[0].cells
        sc.width = Inches(2.1); body.width = Inches(4.9); shade(sc)
        sc.paragraphs[0].add_run(r["name"]).bold = True
        for ln in r["contact"]:
            para(sc, ln, size=9)
        for b in r["blocks"]:
            if b[1] in r.get("side", []):
                para(sc, b[1].upper(), bold=True, size=9.5)
                for it in (b[2] if isinstance(b[2], list) else [b[2]]):
                    para(sc, it, size=9)
        body.paragraphs[0].add_run(r.get("tagline", "")).italic = True
    else:
        if lay == "styles":
            d.add_heading(r["name"], level=0)
        else:
            p = para(d, r["name"], bold=True, size=18)
        para(d, " | ".join(r["contact"]), size=9)
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        if lay == "sidebar" and head in r.get("side", []):
            continue
        heading(body, head)
        if kind == "para":
            para(body, b[2])
        elif kind == "list":
            for it in b[2]:
                bullet(body, it)
        elif kind == "lines":
            for it in b[2]:
                para(body, it)
        elif kind == "jobs":
            jobs(body, b[2])
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- text
def render_txt(r, path):
    L = []
    lay = r.get("layout", "plain")
    bch = r.get("bullet", "-")
    W = 78
    if lay == "caps":
        L += [r["name"].upper()]
    else:
        L += [r["name"]]
    L += r["contact"] + [""]
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        if lay == "caps":
            L += [head.upper()]
        elif lay == "underline":
            L += [head, "=" * len(head)]
        elif lay == "seek":
            L += [head.upper() + ":"]
        else:
            L += [head, "-" * len(head)]
        if kind == "para":
            L += [b[2]]
        elif kind == "list":
            L += [f"{bch} {it}" for it in b[2]]
        elif kind == "lines":
            L += list(b[2])
        elif kind == "jobs":
            for e, specs in job_groups(b[2], r):
                for st, s, right in specs:
                    if st == "u":
                        L.append(f"  {bch} {s}")
                    elif st == "B":
                        L.append(s.upper() if r.get("orgcaps") else s)
                    elif right:
                        gap = max(3, W - len(s) - len(right))
                        L.append(s + (" " * gap if r.get("pad", True) else " " * 4) + right)
                    else:
                        L.append(s)
                L.append("")
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_md(r, path):
    L = [f"# {r['name']}", "", " · ".join(r["contact"]), ""]
    bch = r.get("bullet", "-")
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        L += [f"## {head}", ""]
        if kind == "para":
            L += [b[2]]
        elif kind == "list":
            L += [f"{bch} {it}" for it in b[2]]
        elif kind == "lines":
            L += [it + "  " for it in b[2]]
        elif kind == "jobs":
            for e, specs in job_groups(b[2], r):
                for st, s, right in specs:
                    if st == "B":
                        L += [f"### {s}", ""]
                    elif st == "b":
                        pre = "#### " if r.get("order") == "orgfirst" else "### "
                        L += [pre + s + (f" ({right})" if right else ""), ""] if r.get("mdh", True) else [f"**{s}**" + (f" — *{right}*" if right else "") + "  "]
                    elif st == "i":
                        L += [f"*{s}*  "]
                    elif st == "n":
                        L += [s + "  "]
                    elif st == "p":
                        L += ["", s]
                    elif st == "u":
                        L += [f"{bch} {s}"]
                L.append("")
        L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


def render_html(r, path):
    esc = html.escape
    css = r.get("css", "body{font-family:Arial,sans-serif;max-width:780px;margin:30px auto;color:#222}"
                "h1{margin-bottom:2px}h2{border-bottom:1px solid #999;font-size:16px;text-transform:uppercase}"
                ".job{margin-bottom:10px}.d{float:right;color:#555}.o{font-style:italic}")
    H = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{esc(r['name'])} – CV</title>", f"<style>{css}</style>", "</head>", "<body>",
         f"<h1>{esc(r['name'])}</h1>", "<p class=\"contact\">" + " &middot; ".join(esc(c) for c in r["contact"]) + "</p>"]
    for b in r["blocks"]:
        kind, head = b[0], b[1]
        H.append(f"<h2>{esc(head)}</h2>")
        if kind == "para":
            H.append(f"<p>{esc(b[2])}</p>")
        elif kind == "list":
            H.append("<ul>" + "".join(f"<li>{esc(it)}</li>" for it in b[2]) + "</ul>")
        elif kind == "lines":
            H.append("<p>" + "<br>".join(esc(it) for it in b[2]) + "</p>")
        elif kind == "jobs":
            if r.get("layout") == "table":
                H.append("<table>")
            for e, specs in job_groups(b[2], r):
                ul = [s for st, s, _ in specs if st == "u"]
                if r.get("layout") == "table":
                    head = [s for st, s, _ in specs if st in "bBin" and s != dr(e, r)]
                    H.append(f"<tr><td valign=\"top\">{esc(dr(e, r))}</td><td><strong>{esc(head[0])}</strong>"
                             + "".join(f"<br>{esc(h)}" for h in head[1:])
                             + "".join(f"<p>{esc(s)}</p>" for st, s, _ in specs if st == "p")
                             + ("<ul>" + "".join(f"<li>{esc(u)}</li>" for u in ul) + "</ul>" if ul else "")
                             + "</td></tr>")
                    continue
                H.append("<div class=\"job\">")
                for st, s, right in specs:
                    if st == "B":
                        H.append(f"<h3>{esc(s)}</h3>")
                    elif st == "b":
                        H.append(f"<h4>{esc(s)}" + (f" <span class=\"d\">{esc(right)}</span>" if right else "") + "</h4>")
                    elif st == "i":
                        H.append(f"<div class=\"o\">{esc(s)}</div>")
                    elif st == "n":
                        H.append(f"<div>{esc(s)}</div>")
                    elif st == "p":
                        H.append(f"<p>{esc(s)}</p>")
                if ul:
                    H.append("<ul>" + "".join(f"<li>{esc(u)}</li>" for u in ul) + "</ul>")
                H.append("</div>")
            if r.get("layout") == "table":
                H.append("</table>")
    H += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


RENDERERS = {"rl": render_reportlab, "fpdf": render_fpdf, "docx": render_docx,
             "txt": render_txt, "md": render_md, "html": render_html}
