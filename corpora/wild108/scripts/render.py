"""Renderers for wild108: compose tagged lines, then write txt / md / html / PDF / DOCX."""
import html
import io
import textwrap
import zipfile
import datetime as dt

from lib import date_range

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 11, 2, 9, 30, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------- compose
def wrap(text, width, first="", cont=""):
    if not width:
        return [first + text]
    lines = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=cont,
                          break_long_words=False, break_on_hyphens=False)
    return lines or [first]


def prose(bullets):
    return " ".join(b if b[-1] in ".!?" else b + "." for b in bullets)


def title_of(r, e):
    return e.title.upper() if r.get("caps") else e.title


def job_lines(r, e, ji, show_org=True):
    """Tagged lines for one entry, in the résumé's header style."""
    hdr = r.get("hdr", "title_org")
    dpos = r.get("dpos", "head")
    d = date_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " - "))
    T = title_of(r, e)
    O = e.org
    L = e.loc
    osep = r.get("osep", ", ")
    orgloc = osep.join(x for x in (O, L) if x)
    out = []

    def add(tag, text):
        out.append((tag, text, ji))

    if hdr == "title_org":
        add("head", T + ("\t" + d if dpos == "head" and d else ""))
        if orgloc:
            add("sub", orgloc + ("\t" + d if dpos == "sub" and d else ""))
        if (dpos == "own" or (dpos == "sub" and not orgloc)) and d:
            add("date", d)
    elif hdr == "org_title":
        add("head", orgloc + ("\t" + d if dpos == "head" and d else ""))
        add("sub", T + ("\t" + d if dpos == "sub" and d else ""))
        if dpos == "own" and d:
            add("date", d)
    elif hdr == "dash":
        s = T + (" – " + orgloc if orgloc else "")
        if dpos == "own":
            add("head", s)
            add("date", d)
        elif dpos == "paren":
            add("head", f"{s} ({d})")
        else:
            add("head", s + "\t" + d)
    elif hdr == "pipe":
        parts = [T] + [x for x in (O, L) if x]
        if dpos == "own":
            add("head", " | ".join(parts))
            add("date", d)
        else:
            add("head", " | ".join(parts + [d]))
    elif hdr == "datesfirst":
        add("date", d)
        if r.get("df_one"):
            add("head", T + (", " + orgloc if orgloc else ""))
        else:
            add("head", T)
            if orgloc:
                add("sub", orgloc)
    elif hdr == "labelled":
        lab = r.get("labels", ("Job Title:", "Company:", "Location:", "Dates:"))
        add("head", f"{lab[0]} {T}")
        if O:
            add("sub", f"{lab[1]} {O}")
        if L:
            add("sub", f"{lab[2]} {L}")
        add("date", f"{lab[3]} {d}")
        if e.bullets and len(lab) > 4:
            add("sub", lab[4])
    elif hdr == "orgfirst":
        if show_org:
            add("org", (O.upper() if r.get("orgcaps") else O) + (osep + L if L else ""))
        add("head", T + ("\t" + d if dpos == "head" else ""))
        if dpos == "own":
            add("date", d)
    elif hdr == "dateline":
        add("head", T)
        if orgloc:
            add("sub", orgloc)
        add("date", d)
    else:
        raise ValueError(hdr)
    W = r.get("wrap", 0)
    g = r.get("glyph", "• ")
    cont = r.get("cont", "")
    if e.prose:
        for ln in wrap(prose(e.bullets), W):
            add("p", ln)
    else:
        for b in e.bullets:
            for k, ln in enumerate(wrap(b, W, g, cont)):
                add("b" if k == 0 else "bc", ln)
    if r.get("jobgap", True):
        add("blank", "")
    return out


def compose(r, blocks=None, markers=True):
    """Return tagged lines (tag, text, job index or None)."""
    blocks = r["blocks"] if blocks is None else blocks
    W = r.get("wrap", 0)
    g = r.get("glyph", "• ")
    out = []
    ji = 0
    for blk in blocks:
        kind = blk[0]
        if kind == "jobs":
            prev = None
            for e in blk[1]:
                out += job_lines(r, e, ji, show_org=(e.org != prev))
                prev = e.org
                ji += 1
        elif kind == "p":
            for ln in wrap(blk[1], W):
                out.append(("p", ln, None))
        elif kind == "list":
            for item in blk[1]:
                for k, ln in enumerate(wrap(item, W, g, r.get("cont", ""))):
                    out.append(("b" if k == 0 else "bc", ln, None))
        elif kind == "blank":
            out.append(("blank", "", None))
        else:  # name, contact, h, line, marker
            out.append((kind, blk[1], None))
    if markers and r.get("breaks"):
        n = len(r["breaks"]) + 1
        for k, at in sorted(enumerate(r["breaks"]), key=lambda x: -x[1]):
            mk = r.get("marker", "Page {k} of {n}").format(k=k + 2, n=n, p=k + 1)
            ins = [("blank", "", None), ("marker", mk, None), ("blank", "", None)]
            if r.get("duphdr"):
                dh = r["duphdr"]
                dh = [r["name"]] if dh is True else ([dh] if isinstance(dh, str) else list(dh))
                ins += [("contact", x, None) for x in dh]
                ins.append(("blank", "", None))
            out[at:at] = ins
    return out


def entries(r):
    es = []
    for blk in r["blocks"]:
        if blk[0] == "jobs":
            es += blk[1]
    return es


def plain_line(r, text):
    return text.replace("\t", " " * r.get("pad", 6)) if "\t" in text else text


# ---------------------------------------------------------------- text, md, html
def render_txt(r):
    lines = [plain_line(r, t) for tag, t, _ in compose(r)]
    nl = r.get("nl", "\n")
    return (nl.join(lines).rstrip() + nl).encode(r.get("enc", "utf-8"))


def render_md(r):
    out = []
    for tag, t, _ in compose(r):
        t = plain_line(r, t)
        if tag == "name":
            out.append("# " + t)
        elif tag == "h":
            out.append("")
            out.append("## " + t)
        elif tag == "head" and r.get("md_head", "bold") == "bold":
            out.append("**" + t + "**  ")
        elif tag == "head":
            out.append("### " + t)
        elif tag in ("sub", "date", "contact", "org"):
            out.append(t + "  ")
        else:
            out.append(t)
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def render_html(r):
    esc = html.escape
    v = r.get("variant", "board")
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
             f"<title>{esc(r.get('html_title', 'Candidate profile'))}</title></head><body>",
             f"<div class=\"{esc(r.get('html_class', 'profile-export'))}\">"]
    if v == "board":
        # job-board profile: structured blocks, duty text pasted with hard line breaks
        for blk in r["blocks"]:
            k = blk[0]
            if k == "name":
                parts.append(f"<h1 class=\"candidate-name\">{esc(blk[1])}</h1>")
            elif k == "contact":
                parts.append(f"<div class=\"contact\">{esc(blk[1])}</div>")
            elif k == "h":
                parts.append(f"<h2>{esc(blk[1])}</h2>")
            elif k in ("p", "line"):
                body = "<br>\n".join(esc(x) for x in wrap(blk[1], r.get("wrap", 0)))
                parts.append(f"<p>{body}</p>")
            elif k == "list":
                parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in blk[1]) + "</ul>")
            elif k == "jobs":
                for e in blk[1]:
                    d = date_range(e, r.get("dates", "mon"), r.get("present", "Present"), r.get("sep", " - "))
                    parts.append("<div class=\"position\">")
                    parts.append(f"<h3 class=\"position-title\">{esc(title_of(r, e))}</h3>")
                    if e.org:
                        parts.append(f"<div class=\"company-name\">{esc(e.org)}</div>")
                    if e.loc:
                        parts.append(f"<div class=\"location\">{esc(e.loc)}</div>")
                    parts.append(f"<div class=\"dates\">{esc(d)}</div>")
                    if e.bullets:
                        g = r.get("glyph", "")
                        txt = "\n".join(g + b for b in e.bullets) if not e.prose else prose(e.bullets)
                        lines = []
                        for para in txt.split("\n"):
                            lines += wrap(para, r.get("wrap", 0))
                        parts.append("<div class=\"description\">" + "<br>\n".join(esc(x) for x in lines) + "</div>")
                    parts.append("</div>")
    elif v == "table":
        parts.append("<table class=\"resume\">")
        for tag, t, _ in compose(r):
            if tag == "blank":
                continue
            cls = tag
            if "\t" in t:
                a, b = t.split("\t", 1)
                parts.append(f"<tr class=\"{cls}\"><td>{esc(a)}</td><td class=\"r\">{esc(b)}</td></tr>")
            else:
                parts.append(f"<tr class=\"{cls}\"><td colspan=\"2\">{esc(t)}</td></tr>")
        parts.append("</table>")
    else:  # 'pre': ATS plain-text view inside a page
        parts.append("<div class=\"resume-text\"><pre>")
        parts.append(esc("\n".join(plain_line(r, t) for _, t, _ in compose(r))))
        parts.append("</pre></div>")
    parts.append("</div></body></html>")
    return ("\n".join(parts) + "\n").encode("utf-8")


# ---------------------------------------------------------------- PDF layout (shared)
STY = {  # tag: (font key, size, leading, extra space before)
    "name": ("B", 15, 20, 0), "contact": ("R", 9, 12, 0), "h": ("B", 11, 16, 6),
    "head": ("B", 9.5, 13, 0), "org": ("B", 10, 14, 2), "sub": ("R", 9.5, 12.5, 0),
    "date": ("R", 9, 12.5, 0), "b": ("R", 9, 12, 0), "bc": ("R", 9, 12, 0),
    "p": ("R", 9, 12, 0), "line": ("R", 9, 12, 0), "marker": ("R", 8, 12, 0),
    "blank": ("R", 9, 6, 0),
}


def swidth(r, f, s, text):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    names = {"R": "DejaVuSans", "B": "DejaVuSans-Bold", "M": "DejaVuSansMono", "MB": "DejaVuSansMono-Bold"}
    if r.get("core"):
        return pdfmetrics.stringWidth(text, {"R": "Helvetica", "B": "Helvetica-Bold", "M": "Courier",
                                             "MB": "Courier-Bold"}[f], s)
    n = names[f]
    try:
        pdfmetrics.getFont(n)
    except KeyError:
        pdfmetrics.registerFont(TTFont(n, FONT_DIR + n + ".ttf"))
    return pdfmetrics.stringWidth(text, n, s)


def fit(r, f, s, text, avail):
    """Split a line that is too wide at spaces (keeps leading indentation on the first piece)."""
    if swidth(r, f, s, text) <= avail:
        return [text]
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        nxt = (cur + " " + w) if cur else w
        if cur and swidth(r, f, s, nxt) > avail:
            out.append(cur)
            cur = w
        else:
            cur = nxt
    out.append(cur)
    return out


def layout(r):
    """Return list of pages; each page a list of items ('t', x, y, font, size, text, align) / ('rect', ...)."""
    v = r.get("variant", "plain")
    W, H = (612, 792) if r.get("letter") else (595, 842)
    M = 48
    mono = r.get("mono", False)
    pages = [[]]
    x0, x1 = M, W - M
    side = r.get("side")
    sidew = 170
    if v == "sidebar":
        pages[0].append(("rect", 0, 0, sidew, H, 0.9))
        y = M + 10
        for tag, t, _ in compose(r, side, markers=False):
            f, s, lead, sp = STY[tag]
            y += sp
            pages[0].append(("t", 16, y, f, min(s, 9) if tag != "name" else 13, t, "l"))
            y += lead
        x0 = sidew + 22
    y = M + 10
    lines = compose(r)
    if v == "twocol":
        # name left, contact lines right, then rule
        top = [l for l in lines if l[0] in ("name", "contact")][: 1 + r.get("twocol_n", 3)]
        rest = lines[len(top):]
        pages[0].append(("t", x0, y + 6, "B", 16, top[0][1], "l"))
        yy = y - 4
        for _, t, _ in top[1:]:
            pages[0].append(("t", x1, yy, "R", 8.5, t, "r"))
            yy += 11
        y = max(y + 20, yy) + 8
        pages[0].append(("rect", x0, y - 8, x1 - x0, 0.8, 0.3))
        lines = rest
    footer = r.get("footer")
    bottom = H - M - (14 if footer else 0)
    avail = x1 - x0
    todo = []
    sc = r.get("scale", 1)
    for tag, t, _ in lines:
        f, s, lead, sp = STY[tag]
        s, lead, sp = s * sc, lead * sc, sp * sc
        if mono and tag not in ("name",):
            f = "M" + ("B" if f == "B" else "")
            s = min(s, 9)
        if "\t" in t and r.get("pdf_tab", "right") != "right":
            t = plain_line(r, t)
        if "\t" in t:
            a, b = t.split("\t", 1)
            if swidth(r, f, s, a) + swidth(r, "R", s, b) + 12 > avail:
                todo += [(f, s, lead, sp, x) for x in fit(r, f, s, a, avail)]
                todo.append(("R" if not mono else "M", s, lead, 0, "\t" + b))
            else:
                todo.append((f, s, lead, sp, t))
        else:
            for k, x in enumerate(fit(r, f, s, t, avail)):
                todo.append((f, s, lead, sp if k == 0 else 0, x))
    for f, s, lead, sp, t in todo:
        if y + sp + lead > bottom:
            pages.append([])
            y = M + 10
        y += sp
        if "\t" in t:
            a, b = t.split("\t", 1)
            if a:
                pages[-1].append(("t", x0, y, f, s, a, "l"))
            pages[-1].append(("t", x1, y, "R" if not mono else "M", s, b, "r"))
        elif t:
            pages[-1].append(("t", x0, y, f, s, t, "l"))
        y += lead
    if footer:
        n = len(pages)
        for i, pg in enumerate(pages):
            pg.append(("t", W / 2, H - M + 6, "R", 8, footer.format(p=i + 1, n=n), "c"))
    return (W, H), pages


def render_rl(r):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fonts = {"R": "DejaVuSans", "B": "DejaVuSans-Bold", "M": "DejaVuSansMono", "MB": "DejaVuSansMono-Bold"}
    if r.get("core"):
        fonts = {"R": "Helvetica", "B": "Helvetica-Bold", "M": "Courier", "MB": "Courier-Bold"}
    else:
        for k, n in fonts.items():
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, FONT_DIR + n + ".ttf"))
    (W, H), pages = layout(r)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle(r.get("pdf_title", r["name"]))
    c.setAuthor(r.get("pdf_author", ""))
    c.setCreator(r.get("pdf_creator", "Microsoft® Word 2016"))
    for pg in pages:
        for it in pg:
            if it[0] == "rect":
                _, x, y, w, h, gr = it
                c.setFillGray(gr)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
                c.setFillGray(0)
            else:
                _, x, y, f, s, t, al = it
                c.setFont(fonts[f], s)
                if al == "l":
                    c.drawString(x, H - y, t)
                elif al == "r":
                    c.drawRightString(x, H - y, t)
                else:
                    c.drawCentredString(x, H - y, t)
        c.showPage()
    c.save()
    return buf.getvalue()


def render_fpdf(r):
    from fpdf import FPDF
    (W, H), pages = layout(r)
    pdf = FPDF(unit="pt", format=(W, H))
    pdf.set_creation_date(FIXED)
    pdf.set_title(r.get("pdf_title", r["name"]))
    pdf.set_creator(r.get("pdf_creator", "Google Docs Renderer"))
    pdf.set_auto_page_break(False)
    for k, n in (("R", "DejaVuSans"), ("B", "DejaVuSans-Bold"), ("M", "DejaVuSansMono"), ("MB", "DejaVuSansMono-Bold")):
        pdf.add_font(k, "", FONT_DIR + n + ".ttf")
    for pg in pages:
        pdf.add_page()
        for it in pg:
            if it[0] == "rect":
                _, x, y, w, h, gr = it
                g = int(gr * 255)
                pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style="F")
            else:
                _, x, y, f, s, t, al = it
                pdf.set_font(f, size=s)
                w = pdf.get_string_width(t)
                xx = x if al == "l" else (x - w if al == "r" else x - w / 2)
                pdf.text(xx, y, t)
    return bytes(pdf.output())


# ---------------------------------------------------------------- DOCX
def render_docx(r):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    flags = set(r.get("variant", "lines").split("+"))
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = d.styles["Normal"]
    st.font.name = r.get("docx_font", "Calibri")
    st.font.size = Pt(r.get("docx_size", 10.5))
    right = sec.page_width - sec.left_margin - sec.right_margin
    cp = d.core_properties
    cp.author = r.get("docx_author", r["name"])
    cp.title = r.get("docx_title", "Resume")
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = cp.author
    cp.revision = 1

    def para(container, tag, text, tabpos=None):
        style = None
        if "styles" in flags:
            style = {"name": "Title", "h": "Heading 1", "head": "Heading 2", "org": "Heading 2"}.get(tag)
            if tag == "b" and r.get("listbullet"):
                style = "List Bullet"
        if style and container is not d:
            style = None  # keep table cells simple
        if tag == "b" and style == "List Bullet":
            g = r.get("glyph", "• ")
            text = text[len(g):] if text.startswith(g) else text
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0 if tag in ("b", "bc", "p", "sub", "date", "contact") else 2)
        if "\t" in text:
            pf.tab_stops.add_tab_stop(tabpos or right, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(text)
        if not style and tag in ("name", "h", "head", "org"):
            run.bold = True
            if tag == "name":
                run.font.size = Pt(16)
            if tag == "h":
                run.font.size = Pt(11.5)
                if r.get("hcolor"):
                    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        if tag == "date" and r.get("date_italic"):
            run.italic = True
        return p

    lines = compose(r)
    if "header" in flags:
        hp = sec.header.paragraphs[0]
        top = [l for l in lines if l[0] in ("name", "contact")]
        hp.add_run(top[0][1]).bold = True
        for _, t, _ in top[1:]:
            sec.header.add_paragraph(t)
        lines = lines[len(top):]
    if r.get("docx_footer"):
        sec.footer.paragraphs[0].add_run(r["docx_footer"])
    if "sidebar" in flags:
        tbl = d.add_table(rows=1, cols=2)
        tbl.autofit = False
        lc, rc = tbl.rows[0].cells
        lc.width, rc.width = Inches(2.1), Inches(4.8)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E3E8EE")
        lc._tc.get_or_add_tcPr().append(shd)
        lc.paragraphs[0].text = ""
        for tag, t, _ in compose(r, r["side"], markers=False):
            para(lc, tag, t)
        rc.paragraphs[0].text = ""
        for tag, t, _ in lines:
            para(rc, tag, t, tabpos=Inches(4.6))
        _fix(d)
        return _save(d)
    if "table" in flags:
        i = 0
        while i < len(lines):
            tag, t, ji = lines[i]
            if ji is None:
                para(d, tag, t)
                i += 1
                continue
            grp = []
            while i < len(lines) and lines[i][2] == ji:
                grp.append(lines[i])
                i += 1
            tbl = d.add_table(rows=2, cols=2)
            a, b = tbl.rows[0].cells
            a.paragraphs[0].text = ""
            b.paragraphs[0].text = ""
            body = tbl.rows[1].cells[0].merge(tbl.rows[1].cells[1])
            body.paragraphs[0].text = ""
            for tg, tx, _ in grp:
                if tg in ("head", "sub", "org", "date") and "\t" in tx:
                    x, y = tx.split("\t", 1)
                    para(a, tg, x)
                    para(b, "date", y)
                elif tg in ("head", "sub", "org"):
                    para(a, tg, tx)
                elif tg == "date":
                    para(b, tg, tx)
                elif tg != "blank":
                    para(body, tg, tx)
            d.add_paragraph()
        _fix(d)
        return _save(d)
    for tag, t, _ in lines:
        if tag == "blank" and "styles" in flags:
            continue
        para(d, tag, t)
    _fix(d)
    return _save(d)


def _fix(d):
    # drop the empty first paragraph python-docx templates do not have; nothing else
    pass


def _save(d):
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
          "fpdf": render_fpdf, "docx": render_docx}
EXT = {"txt": "txt", "md": "md", "html": "html", "rl": "pdf", "fpdf": "pdf", "docx": "docx"}
