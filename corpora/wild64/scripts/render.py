"""Renderers: reportlab / fpdf2 (through one small pen interface), python-docx, txt, md, html."""
import datetime
import html as H
import io
import zipfile

from lib import when

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 10, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- entry lines
def org_loc(e):
    return ", ".join(x for x in (e.org, e.loc) if x)


def head_lines(R, e):
    w = when(e, R["ds"], R.get("pres", "Present"), R.get("sep", " – "))
    ol = org_loc(e)
    h = R["hdr"]
    if h == "title_org":
        out = [("b", e.title, w)] + ([("i", ol, None)] if ol else [])
    elif h == "org_title":
        out = [("b", ol, w), ("i", e.title, None)] if ol else [("b", e.title, w)]
    elif h == "dash":
        out = [("b", e.title + (" – " + ol if ol else ""), w)]
    elif h == "pipe":
        out = [("b", " | ".join([e.title] + [x for x in (e.org, e.loc) if x]), w)]
    elif h == "datesfirst":
        out = [("b", w + "   " + e.title, None)] + ([("i", ol, None)] if ol else [])
    elif h == "labelled":
        out = [("n", "Position: " + e.title, None)]
        if ol:
            out.append(("n", "Employer: " + ol, None))
        out.append(("n", "Period: " + w, None))
    elif h == "dateline":
        out = [("b", e.title, None)] + ([("n", ol, None)] if ol else []) + [("i", w, None)]
    elif h == "comma":
        out = [("b", f"{e.title}, {ol} ({w})" if ol else f"{e.title} ({w})", None)]
    else:
        raise ValueError(h)
    return out


def bullet_lines(R, e):
    if not e.bullets:
        return []
    if R.get("bul") == "para":
        return [("n", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), None)]
    return [("bul", b, None) for b in e.bullets]


def exp_lines(R, entries):
    """Flat list of (style, left, right) lines; 'gap' between entries."""
    out = []
    if R["hdr"] == "orgfirst":
        prev = object()
        for e in entries:
            if e.org != prev:
                if out:
                    out.append(("gap", "", None))
                out.append(("B", org_loc(e) or e.title, None))
                prev = e.org
            w = when(e, R["ds"], R.get("pres", "Present"), R.get("sep", " – "))
            out.append(("i", e.title, w))
            out += bullet_lines(R, e)
        return out
    for e in entries:
        if out:
            out.append(("gap", "", None))
        out += head_lines(R, e) + bullet_lines(R, e)
    return out


def row_lines(R, e):
    """For tabular (Lebenslauf) layouts: (date text, lines without date)."""
    w = when(e, R["ds"], R.get("pres", "Present"), R.get("sep", " – "))
    lines = [("b", e.title, None)]
    if org_loc(e):
        lines.append(("i", org_loc(e), None))
    return w, lines + bullet_lines(R, e)


def bchar(R):
    b = R.get("bul", "•")
    return "" if b in ("", "para", "style") else b + " "


# ---------------------------------------------------------------- PDF pens
class RLPen:
    def __init__(self, path, R):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for n, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(n, FONT_DIR + f))
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=(595, 842), invariant=1)
        self.c.setAuthor(R["name"])
        self.c.setTitle("CV " + R["name"])
        self.c.setCreator("Microsoft Word")

    def _f(self, st):
        return {"": "DV", "B": "DV-B", "I": "DV-I"}[st]

    def width(self, s, st, size):
        return self.pm.stringWidth(s, self._f(st), size)

    def text(self, x, y, s, st="", size=10):
        self.c.setFillGray(0)
        self.c.setFont(self._f(st), size)
        self.c.drawString(x, 842 - y, s)

    def rect(self, x, y, w, h, gray=0.9, fill=True):
        self.c.setFillGray(gray)
        self.c.setStrokeGray(0.3)
        self.c.rect(x, 842 - y - h, w, h, stroke=0 if fill else 1, fill=1 if fill else 0)
        self.c.setFillGray(0)

    def hline(self, x0, x1, y):
        self.c.setStrokeGray(0.4)
        self.c.line(x0, 842 - y, x1, 842 - y)

    def newpage(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPen:
    def __init__(self, path, R):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(unit="pt", format="A4")
        self.p.set_auto_page_break(False)
        self.p.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.p.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.p.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.p.set_creation_date(FIXED)
        self.p.set_author(R["name"])
        self.p.set_title("Curriculum Vitae")
        self.p.add_page()

    def width(self, s, st, size):
        self.p.set_font("DV", st, size)
        return self.p.get_string_width(s)

    def text(self, x, y, s, st="", size=10):
        self.p.set_text_color(0)
        self.p.set_font("DV", st, size)
        self.p.text(x, y, s)

    def rect(self, x, y, w, h, gray=0.9, fill=True):
        g = int(gray * 255)
        self.p.set_fill_color(g)
        self.p.set_draw_color(80)
        self.p.rect(x, y, w, h, style="F" if fill else "D")

    def hline(self, x0, x1, y):
        self.p.set_draw_color(100)
        self.p.line(x0, y, x1, y)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


class Flow:
    def __init__(self, pen, x0, x1, y=50, bottom=790, on_new=None):
        self.pen, self.x0, self.x1, self.y, self.bottom = pen, x0, x1, y, bottom
        self.on_new = on_new

    def need(self, h):
        if self.y + h > self.bottom:
            if self.on_new:
                self.on_new()
            self.pen.newpage()
            self.y = 55

    def wrap(self, s, st, size, width):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.pen.width(t, st, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def line(self, s, st="", size=10, right=None, indent=0, lead=None, x0=None):
        x0 = (self.x0 if x0 is None else x0) + indent
        rw = self.pen.width(right, "", size) + 8 if right else 0
        first = True
        for ln in self.wrap(s, st, size, self.x1 - x0 - rw - (12 if lead else 0)):
            self.need(size + 4)
            self.y += size + 3
            if lead and first:
                self.pen.text(x0, self.y, lead, "", size)
            self.pen.text(x0 + (12 if lead else 0), self.y, ln, st, size)
            if right and first:
                self.pen.text(self.x1 - self.pen.width(right, "", size), self.y, right, "", size)
            first = False

    def heading(self, s, size=11.5, rule=True):
        self.need(40)
        self.y += 10
        self.line(s, "B", size)
        if rule:
            self.y += 3
            self.pen.hline(self.x0, self.x1, self.y)
        self.y += 2

    def lines(self, R, lines, size=9.5, x0=None):
        bc = bchar(R).strip()
        for st, left, right in lines:
            if st == "gap":
                self.y += 5
            elif st == "bul":
                self.line(left, "", size, lead=bc or None, indent=6 if bc else 0, x0=x0)
            else:
                s = {"b": "B", "B": "B", "i": "I", "n": ""}[st]
                self.line(left, s, size + (0.5 if st in "bB" else 0), right=right, x0=x0)


def pdf_section(R, fl, sec, tab=False):
    typ, head, body = sec
    if head:
        fl.heading(head, rule=R.get("rule", True))
    else:
        fl.y += 14
    if typ == "exp" and tab:
        for e in body:
            w, ls = row_lines(R, e)
            fl.need(30)
            y0 = fl.y
            if fl.pen.width(w, "", 9) > 108 and " – " in w:
                a, b = w.split(" – ", 1)
                fl.pen.text(fl.x0, y0 + 12, a + " –", "", 9)
                fl.pen.text(fl.x0, y0 + 23, b, "", 9)
            else:
                fl.pen.text(fl.x0, y0 + 12, w, "", 9)
            fl.lines(R, ls, x0=fl.x0 + 115)
            fl.y += 5
    elif typ == "exp":
        fl.lines(R, exp_lines(R, body))
    elif typ == "kv":
        for k, v in body:
            if tab:
                fl.need(14)
                fl.pen.text(fl.x0, fl.y + 12, k, "", 9)
                fl.line(v, "", 9.5, x0=fl.x0 + 115)
            else:
                fl.line(f"{k}: {v}", "", 9.5)
    else:
        for s in body:
            if s.startswith("* "):
                fl.line(s[2:], "", 9.5, lead=bchar(R).strip() or "-")
            else:
                fl.line(s, "", 9.5)


def render_pdf(R, path):
    pen = (RLPen if R["r"] == "reportlab" else FPen)(path, R)
    lay = R["lay"]
    page = [1]
    foot = R.get("footer")

    def on_new():
        if foot:
            pen.text(50, 815, foot.replace("{n}", str(page[0])), "", 8)
        page[0] += 1

    if lay == "sidebar":
        pen.rect(0, 0, 185, 842, gray=0.88)
        sf = Flow(pen, 22, 170, y=50)
        sf.line(R["name"], "B", 15)
        if R.get("sub"):
            sf.line(R["sub"], "I", 9.5)
        sf.y += 6
        for c in R["contact"]:
            sf.line(c, "", 8.5)
        for sec in R.get("side", []):
            sf.heading(sec[1], size=10, rule=False)
            for s in sec[2]:
                sf.line(s if isinstance(s, str) else f"{s[0]}: {s[1]}", "", 8.5)
        fl = Flow(pen, 205, 565, y=42, on_new=on_new)
    else:
        fl = Flow(pen, 50, 545, y=40, on_new=on_new)
        if lay == "centred":
            for s, st, sz in [(R["name"], "B", 17)] + [(c, "", 9) for c in R["contact"]]:
                fl.y += sz + 4
                pen.text((595 - pen.width(s, st, sz)) / 2, fl.y, s, st, sz)
        elif lay == "twocol":
            fl.y += 22
            pen.text(50, fl.y, R["name"], "B", 18)
            if R.get("sub"):
                pen.text(50, fl.y + 16, R["sub"], "I", 10)
            yy = fl.y - 10
            for c in R["contact"]:
                yy += 12
                pen.text(545 - pen.width(c, "", 8.5), yy, c, "", 8.5)
            fl.y = max(fl.y + 20, yy) + 4
        else:
            fl.line(R["name"], "B", 17)
            if R.get("sub"):
                fl.line(R["sub"], "I", 10)
            for c in R["contact"]:
                fl.line(c, "", 9)
            if R.get("photo"):
                pen.rect(455, 40, 90, 110, fill=False)
                pen.text(482, 100, "[Photo]", "I", 9)
                fl.y = max(fl.y, 150)
    tab = lay == "tabular"
    for sec in R["sections"]:
        if R.get("brk") == sec[1]:
            on_new()
            pen.newpage()
            fl.y = 55
        pdf_section(R, fl, sec, tab)
    if foot:
        pen.text(50, 815, foot.replace("{n}", str(page[0])), "", 8)
    pen.save()


# ---------------------------------------------------------------- DOCX
def render_docx(R, path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = R.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lay = R["lay"]
    style_bul = R.get("bul") == "style"

    def shade(cell, fill="E4E9EF"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def para(c, text="", bold=False, italic=False, size=None, style=None, right=None, tab=Cm(17)):
        p = c.add_paragraph(style=style) if style else c.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if right:
            mode = R.get("dright", "tab")
            if mode == "tab":
                p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
                p.add_run("\t" + right)
            elif mode == "paren":
                p.add_run(f"  ({right})")
            else:
                p.add_run("   " + right).italic = True
        return p

    def heading(c, text):
        if R.get("hstyle", True):
            c.add_paragraph(text, style=R.get("hs", "Heading 1"))
        else:
            para(c, text.upper(), bold=True, size=12)

    def lines_into(c, lines, tab=Cm(17)):
        for sty, left, right in lines:
            if sty == "gap":
                continue
            if sty == "bul":
                if style_bul:
                    p = c.add_paragraph(left, style="List Bullet")
                    p.paragraph_format.space_after = Pt(0)
                else:
                    para(c, bchar(R) + left)
            elif sty in "bB" and R.get("tstyle") and R["hdr"] != "orgfirst":
                p = c.add_paragraph(style=R["tstyle"])
                p.add_run(left)
                if right:
                    p.add_run("   |   " + right)
            else:
                para(c, left, bold=sty in "bB", italic=sty == "i", right=right, tab=tab)

    def section(c, sec, tab=Cm(17)):
        typ, head, body = sec
        if head:
            heading(c, head)
        if typ == "exp" and lay == "lebenslauf":
            t = c.add_table(rows=0, cols=2)
            for e in body:
                w, ls = row_lines(R, e)
                cells = t.add_row().cells
                cells[0].width, cells[1].width = Cm(4), Cm(13)
                cells[0].paragraphs[0].add_run(w)
                lines_into(cells[1], ls)
                p0 = cells[1].paragraphs[0]
                p0._element.getparent().remove(p0._element)
        elif typ == "exp" and lay == "table":
            for e in body:
                t = c.add_table(rows=1, cols=2)
                hl = head_lines(R, e)
                left, right = t.rows[0].cells
                left.width, right.width = Cm(12.5), Cm(4.5)
                left.paragraphs[0].add_run(hl[0][1]).bold = True
                for sty, txt, _ in hl[1:]:
                    left.add_paragraph().add_run(txt).italic = True
                right.paragraphs[0].add_run(hl[0][2] or "")
                lines_into(c, bullet_lines(R, e))
        elif typ == "exp":
            lines_into(c, exp_lines(R, body), tab=tab)
        elif typ == "kv":
            if lay == "lebenslauf":
                t = c.add_table(rows=0, cols=2)
                for k, v in body:
                    cells = t.add_row().cells
                    cells[0].paragraphs[0].add_run(k)
                    cells[1].paragraphs[0].add_run(v)
            else:
                for k, v in body:
                    p = para(c, k + ": ", bold=True)
                    p.add_run(v)
        else:
            for s in body:
                if s.startswith("* "):
                    if style_bul:
                        c.add_paragraph(s[2:], style="List Bullet")
                    else:
                        para(c, (bchar(R) or "- ") + s[2:])
                else:
                    para(c, s)

    if R.get("in_header"):
        hp = doc.sections[0].header.paragraphs[0]
        hp.add_run(R["name"]).bold = True
        hp.add_run("   " + " · ".join(R["contact"]))
    else:
        if R.get("hstyle", True) and lay != "sidebar":
            doc.add_paragraph(R["name"], style="Title")
        elif lay != "sidebar":
            para(doc, R["name"], bold=True, size=18)
        if lay != "sidebar":
            if R.get("sub"):
                para(doc, R["sub"], italic=True)
            for ctext in R["contact"]:
                para(doc, ctext)
    if R.get("foot"):
        doc.sections[0].footer.paragraphs[0].add_run(R["foot"])
    if lay == "sidebar":
        t = doc.add_table(rows=1, cols=2)
        sc, mc = t.rows[0].cells
        sc.width, mc.width = Cm(5.5), Cm(11.5)
        shade(sc)
        sc.paragraphs[0].add_run(R["name"]).bold = True
        for ctext in R["contact"]:
            sc.add_paragraph(ctext)
        for sec in R.get("side", []):
            sc.add_paragraph().add_run(sec[1]).bold = True
            for s in sec[2]:
                sc.add_paragraph(s if isinstance(s, str) else f"{s[0]}: {s[1]}")
        for sec in R["sections"]:
            section(mc, sec, tab=Cm(11.2))
    else:
        for sec in R["sections"]:
            section(doc, sec)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = R["name"]
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.title = "CV"
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- text formats
def render_txt(R, path):
    out = [R["name"]] + ([R["sub"]] if R.get("sub") else []) + R["contact"] + [""]
    up = R.get("caps", True)
    tfmt = R.get("tfmt", "{l}    {r}")
    bc = bchar(R)
    for typ, head, body in R["sections"]:
        if head:
            out.append(head.upper() if up else head)
        if head and R.get("under"):
            out.append(R["under"] * len(head))
        if typ == "exp":
            for st, left, right in exp_lines(R, body):
                if st == "gap":
                    out.append("")
                elif st == "bul":
                    out.append(("  " if bc else "") + bc + left)
                else:
                    out.append(tfmt.format(l=left, r=right) if right else left)
        elif typ == "kv":
            for k, v in body:
                out.append(f"{k}: {v}")
        else:
            for s in body:
                out.append((bc or "- ") + s[2:] if s.startswith("* ") else s)
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(R, path):
    out = [f"# {R['name']}", ""]
    if R.get("sub"):
        out += [f"**{R['sub']}**", ""]
    out += [" · ".join(R["contact"]), ""]
    for typ, head, body in R["sections"]:
        out += [f"## {head}", ""] if head else []
        if typ == "exp":
            for st, left, right in exp_lines(R, body):
                if st == "gap":
                    out.append("")
                elif st == "bul":
                    out.append("- " + left)
                elif st in "bB":
                    out.append(("### " + left + (f" ({right})" if right else "")) if R.get("h3", True)
                               else f"**{left}**" + (f" — {right}  " if right else "  "))
                elif st == "i":
                    out.append(f"*{left}*" + (f" — {right}" if right else "") + "  ")
                else:
                    out.append(left + "  ")
        elif typ == "kv":
            out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in body]
        else:
            out += ["- " + s[2:] if s.startswith("* ") else s for s in body]
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(R, path):
    e_ = H.escape
    css = ("body{font-family:Arial,sans-serif;max-width:780px;margin:auto}"
           "td{vertical-align:top;padding:3px 8px}h2{border-bottom:1px solid #999}")
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>CV – {e_(R['name'])}</title><style>{css}</style></head><body>",
           f"<h1>{e_(R['name'])}</h1>"]
    if R.get("sub"):
        out.append(f"<p><em>{e_(R['sub'])}</em></p>")
    out.append("<p>" + "<br>".join(e_(c) for c in R["contact"]) + "</p>")
    tab = R["lay"] == "europass"
    for typ, head, body in R["sections"]:
        if head:
            out.append(f"<h2>{e_(head)}</h2>")
        if typ == "exp" and tab:
            out.append("<table>")
            for e in body:
                w, ls = row_lines(R, e)
                cell = []
                for st, left, _ in ls:
                    if st == "b":
                        cell.append(f"<strong>{e_(left)}</strong><br>")
                    elif st == "i":
                        cell.append(f"{e_(left)}<br>")
                    elif st == "bul":
                        cell.append(f"&bull; {e_(left)}<br>")
                    else:
                        cell.append(f"<p>{e_(left)}</p>")
                out.append(f"<tr><td>{e_(w)}</td><td>{''.join(cell)}</td></tr>")
            out.append("</table>")
        elif typ == "exp":
            ul = False
            for st, left, right in exp_lines(R, body):
                if st != "bul" and ul:
                    out.append("</ul>")
                    ul = False
                if st == "bul":
                    if not ul:
                        out.append("<ul>")
                        ul = True
                    out.append(f"<li>{e_(left)}</li>")
                elif st in "bB":
                    out.append(f"<h3>{e_(left)}" + (f" <small>{e_(right)}</small>" if right else "") + "</h3>")
                elif st == "i":
                    out.append(f"<p><em>{e_(left)}</em>" + (f" — {e_(right)}" if right else "") + "</p>")
                elif st == "n":
                    out.append(f"<p>{e_(left)}</p>")
            if ul:
                out.append("</ul>")
        elif typ == "kv":
            out.append("<table>" + "".join(f"<tr><td>{e_(k)}</td><td>{e_(v)}</td></tr>" for k, v in body)
                       + "</table>")
        else:
            items = [s for s in body]
            for s in items:
                out.append(f"<p>&bull; {e_(s[2:])}</p>" if s.startswith("* ") else f"<p>{e_(s)}</p>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def render(R, path):
    {"reportlab": render_pdf, "fpdf2": render_pdf, "docx": render_docx, "txt": render_txt,
     "md": render_md, "html": render_html}[R["r"]](R, path)
