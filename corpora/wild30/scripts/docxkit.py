"""python-docx renderers: heading styles, tab-stop dates, list bullets, layout tables (nested),
a borderless table per job, contact in the page header, VML text boxes."""
import io
import zipfile
import datetime
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, RGBColor, Inches, Emu
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lib import date_text

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def hexrgb(h):
    h = h.lstrip("#")
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    xml = f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    tblPr.append(parse_xml(xml))


def cell_width(cell, inches):
    cell.width = Inches(inches)


def bottom_border(par, color="1F3A5F", sz=8):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" '
                         f'w:color="{color.lstrip("#")}"/></w:pBdr>'))


def run(par, text, bold=False, italic=False, size=None, color=None, caps=False, font=None, spacing=None):
    r = par.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = hexrgb(color)
    if caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    if spacing:
        rPr = r._r.get_or_add_rPr()
        rPr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="{spacing}"/>'))
    return r


def tight(par, before=0, after=0):
    pf = par.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)


def textbox_run(par, paras, left, top, width, height, fill, z=-1):
    """Anchor a VML text box (page-relative, points) in paragraph `par`.
    paras: list of (text, bold, size_pt, color_hex)"""
    px = ""
    for text, bold, size, color in paras:
        b = "<w:b/>" if bold else ""
        px += (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{b}<w:color w:val="{color.lstrip("#")}"/>'
               f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="TextBox1" o:spid="_x0000_s1026" '
           f'type="#_x0000_t202" style="position:absolute;margin-left:{left}pt;margin-top:{top}pt;width:{width}pt;'
           f'height:{height}pt;z-index:{z};mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
           f'fillcolor="#{fill.lstrip("#")}" stroked="f"><v:textbox inset="12pt,12pt,10pt,10pt"><w:txbxContent>{px}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    par._p.append(parse_xml(xml))


def right_tab(par, pos_in):
    par.paragraph_format.tab_stops.add_tab_stop(Inches(pos_in), WD_TAB_ALIGNMENT.RIGHT)


class DocxWriter:
    def __init__(self, doc):
        self.d = doc
        o = dict(font="Calibri", size=10.5, accent="#1F3A5F", heading="style", bullets="style", dates="tab",
                 hdr="title_org", margins=(0.8, 0.8, 0.7, 0.7), tab=6.9, header_contact=False, name_size=22,
                 bullet_char="•", heading_case="upper", org_italic=True, loc_sep=", ", pipe=" | ")
        o.update(doc.get("opts", {}))
        self.o = o
        self.D = Document()
        st = self.D.styles["Normal"]
        st.font.name = o["font"]
        st.font.size = Pt(o["size"])
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), o["font"])
        for hn, sz in (("Heading 1", o["size"] + 3), ("Heading 2", o["size"] + 1.5), ("Title", o["name_size"])):
            h = self.D.styles[hn]
            h.font.name = o["font"]
            h.font.size = Pt(sz)
            h.font.color.rgb = hexrgb(o["accent"])
        sec = self.D.sections[0]
        if o.get("page") == "letter":
            sec.page_width, sec.page_height = Inches(8.5), Inches(11)
        else:
            sec.page_width, sec.page_height = Emu(7560310), Emu(10692130)
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Inches(x) for x in o["margins"]]
        self.first = True

    # ---- pieces
    def par(self, container=None, style=None):
        c = container if container is not None else self.D
        if self.first and container is None:
            p = self.D.paragraphs[0] if self.D.paragraphs else self.D.add_paragraph()
            self.first = False
            if style:
                p.style = self.D.styles[style]
            return p
        return c.add_paragraph(style=style) if style else c.add_paragraph()

    def heading(self, text, container=None, level=1):
        o = self.o
        t = text.upper() if o["heading_case"] == "upper" else text
        if o["heading"] == "style" and container is None:
            p = self.D.add_heading(t, level=level)
            tight(p, 10, 3)
        else:
            p = self.par(container)
            run(p, t, bold=True, size=o["size"] + 2, color=o["accent"],
                spacing=20 if o["heading"] == "spaced" else None)
            tight(p, 10, 3)
            if o["heading"] in ("rule", "spaced"):
                bottom_border(p, o["accent"])
        return p

    def bullet(self, text, container=None):
        o = self.o
        if o["bullets"] == "style":
            p = self.par(container, "List Bullet")
            p.add_run(text)
        else:
            p = self.par(container)
            p.paragraph_format.left_indent = Inches(0.25)
            p.paragraph_format.first_line_indent = Inches(-0.2)
            p.add_run(o["bullet_char"] + "\t" + text)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))
        tight(p, 0, 1)
        return p

    def dates(self, e):
        d = self.d
        return date_text(e, d.get("dates", "mon"), d.get("present", "Present"), d.get("sep", " – "))

    def orgline(self, e):
        o = self.o
        if e.org and e.loc:
            return e.org + o["loc_sep"] + e.loc
        return e.org or e.loc or ""

    def entry(self, e, container=None, tab=None):
        o = self.o
        dt = self.dates(e)
        tab = tab if tab is not None else o["tab"]
        hdr = o["hdr"]
        if hdr in ("title_org", "org_title"):
            first, second = (e.title, self.orgline(e)) if hdr == "title_org" else (self.orgline(e), e.title)
            p = self.par(container)
            tight(p, 6, 0)
            run(p, first, bold=True, size=o["size"] + 0.5)
            if dt and o["dates"] == "tab":
                right_tab(p, tab)
                run(p, "\t" + dt, italic=not o.get("dates_plain"), color="#555555")
            if second:
                p2 = self.par(container)
                tight(p2, 0, 2)
                run(p2, second, italic=o["org_italic"], color=o["accent"])
            if dt and o["dates"] == "line":
                p3 = self.par(container)
                tight(p3, 0, 2)
                run(p3, dt, italic=True, color="#555555")
        elif hdr == "pipe":
            p = self.par(container)
            tight(p, 6, 1)
            run(p, e.title, bold=True)
            if e.org:
                run(p, o["pipe"] + e.org)
            if e.loc:
                run(p, o["pipe"] + e.loc, color="#555555")
            if dt:
                right_tab(p, tab)
                run(p, "\t" + dt, color="#555555")
        elif hdr == "dash":
            p = self.par(container)
            tight(p, 6, 1)
            run(p, e.title, bold=True)
            if e.org:
                run(p, " – " + e.org, bold=True)
            if e.loc:
                run(p, ", " + e.loc)
            if dt:
                p3 = self.par(container)
                tight(p3, 0, 2)
                run(p3, dt, italic=True)
        for s in ([e.sub] if e.sub else []) + e.pre:
            p = self.par(container)
            tight(p, 0, 1)
            run(p, s, italic=True, color="#555555")
        if e.prose:
            for b in e.bullets:
                p = self.par(container)
                tight(p, 1, 2)
                p.add_run(b)
        else:
            for b in e.bullets:
                self.bullet(b, container)

    def block(self, head, content, container=None):
        o = self.o
        if head:
            self.heading(head, container)
        if isinstance(content, str):
            p = self.par(container)
            p.add_run(content)
            tight(p, 0, 4)
        elif isinstance(content, list) and content and hasattr(content[0], "cs"):
            for e in content:
                if o.get("job_tables") and container is None:
                    self.job_table(e)
                elif o.get("kv_tables") and container is None:
                    self.kv_table(e)
                else:
                    self.entry(e, container, tab=o.get("inner_tab"))
        elif isinstance(content, list):
            for it in content:
                p = self.par(container)
                tight(p, 0, 1)
                p.add_run(it)
        elif isinstance(content, dict) and "items" in content:
            for it in content["items"]:
                a, b, c = (list(it) + [None, None])[:3]
                p = self.par(container)
                tight(p, 3, 0)
                run(p, a, bold=True)
                if b:
                    right_tab(p, o.get("inner_tab") or o["tab"])
                    run(p, "\t" + b)
                if c:
                    p2 = self.par(container)
                    tight(p2, 0, 2)
                    run(p2, c, italic=True)
        elif isinstance(content, dict) and "lines" in content:
            for ln in content["lines"]:
                self.bullet(ln, container)
        elif isinstance(content, dict) and "pairs" in content:
            for k, v in content["pairs"]:
                p = self.par(container)
                tight(p, 0, 1)
                run(p, k + ("" if k.endswith(":") else ":") + " ", bold=True)
                p.add_run(v)
        elif isinstance(content, dict) and "rate" in content:
            for k, n in content["rate"]:
                p = self.par(container)
                tight(p, 0, 1)
                if isinstance(n, int):
                    run(p, k + "  ")
                    run(p, "●" * n + "○" * (content.get("max", 5) - n), color=o["accent"])
                else:
                    run(p, k + " – ", bold=True)
                    p.add_run(n)

    def job_table(self, e):
        """a borderless two-cell table per job: title/organisation left, dates right"""
        o = self.o
        t = self.D.add_table(rows=1, cols=2)
        no_borders(t)
        t.autofit = False
        l, r = t.rows[0].cells
        cell_width(l, 4.9)
        cell_width(r, 1.9)
        p = l.paragraphs[0]
        run(p, e.title, bold=True)
        ol = self.orgline(e)
        if ol:
            p2 = l.add_paragraph()
            run(p2, ol, italic=True, color=o["accent"])
        pr = r.paragraphs[0]
        pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(pr, self.dates(e), color="#555555")
        for s in ([e.sub] if e.sub else []) + e.pre:
            p = self.D.add_paragraph()
            run(p, s, italic=True)
        if e.prose:
            for b in e.bullets:
                self.D.add_paragraph(b)
        else:
            for b in e.bullets:
                self.bullet(b)

    def kv_table(self, e):
        """South African style: a bordered key/value table per job"""
        o = self.o
        lab = o.get("kv_labels", ("Company", "Position", "Period", "Duties"))
        rows = [(lab[0], e.org or ""), (lab[1], e.title), (lab[2], self.dates(e))]
        if e.loc and len(lab) > 4:
            rows.insert(1, (lab[4], e.loc))
        t = self.D.add_table(rows=len(rows) + 1, cols=2)
        t.style = self.D.styles["Table Grid"]
        t.autofit = False
        for i, (k, v) in enumerate(rows):
            a, b = t.rows[i].cells
            cell_width(a, 1.6)
            cell_width(b, 5.1)
            shade(a, o.get("kv_fill", "#F2F2F2"))
            run(a.paragraphs[0], k, bold=True)
            run(b.paragraphs[0], v, bold=(i == 1 and k == lab[1]))
        a, b = t.rows[len(rows)].cells
        cell_width(a, 1.6)
        cell_width(b, 5.1)
        shade(a, o.get("kv_fill", "#F2F2F2"))
        run(a.paragraphs[0], lab[3], bold=True)
        first = True
        for s in e.bullets:
            p = b.paragraphs[0] if first else b.add_paragraph()
            first = False
            p.add_run(("" if e.prose else o["bullet_char"] + " ") + s)
        for s in ([e.sub] if e.sub else []) + e.pre:
            p = b.paragraphs[0] if first else b.add_paragraph()
            first = False
            run(p, s, italic=True)
        sp = self.D.add_paragraph()
        tight(sp, 0, 4)

    def header_contact(self, lines):
        hdr = self.D.sections[0].header
        p = hdr.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(p, lines[0], bold=True, size=self.o["size"] + 5, color=self.o["accent"])
        for ln in lines[1:]:
            q = hdr.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(q, ln, size=self.o["size"] - 1)
        if self.o.get("footer"):
            f = self.D.sections[0].footer.paragraphs[0]
            f.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(f, self.o["footer"], size=8, color="#777777")

    def finish(self, path):
        d = self.d
        # Word wants a paragraph as the last block of the body and of every table cell
        body = self.D.element.body
        kids = [k for k in body if k.tag != qn("w:sectPr")]
        if kids and kids[-1].tag == qn("w:tbl"):
            self.D.add_paragraph()
        for tc in body.iter(qn("w:tc")):
            blocks = [k for k in tc if k.tag in (qn("w:p"), qn("w:tbl"))]
            if blocks and blocks[-1].tag == qn("w:tbl"):
                tc.append(parse_xml(f'<w:p {nsdecls("w")}/>'))
        cp = self.D.core_properties
        cp.author = d["name"]
        cp.last_modified_by = d["name"]
        cp.title = d.get("docx_title", "CV")
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 3
        cp.comments = ""
        buf = io.BytesIO()
        self.D.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zi.create_system = 0
                zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------- layouts

def layout_styles(W, d):
    """name as Title (or in the page header), contact line, Heading 1 sections, tab-stop dates."""
    o = W.o
    if o["header_contact"]:
        W.header_contact([d["name"]] + d.get("contact_line", []))
    else:
        p = W.par()
        run(p, d["name"], bold=True, size=o["name_size"], color=o["accent"])
        tight(p, 0, 2)
        if d.get("headline"):
            p = W.par()
            run(p, d["headline"], size=o["size"] + 2, color="#555555")
            tight(p, 0, 2)
        for ln in d.get("contact_line", []):
            p = W.par()
            p.add_run(ln)
            tight(p, 0, 0)
    for head, content in d["main"]:
        W.block(head, content)


def layout_sidetable(W, d):
    """one-row, two-column layout table: shaded sidebar (contact, skills...) and main column;
    optionally each job in a nested table."""
    o = W.o
    if d.get("above_table"):
        for ln in d["above_table"]:
            p = W.par()
            run(p, ln[0], bold=ln[1], size=ln[2], color=ln[3] if len(ln) > 3 else None)
            tight(p, 0, 2)
    t = W.D.add_table(rows=1, cols=2) if not W.first else None
    if t is None:
        W.first = False
        t = W.D.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    sw, mw = o.get("col_w", (2.2, 4.75))
    side, main = t.rows[0].cells
    if o.get("side_right"):
        main, side = t.rows[0].cells
        sw, mw = mw, sw
    cell_width(side, sw)
    cell_width(main, mw)
    shade(side, o.get("side_fill", "#E8EEF4"))
    first = True
    if o.get("photo"):
        p = side.paragraphs[0]
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ph = side.add_table(rows=1, cols=1)
        c = ph.rows[0].cells[0]
        shade(c, "#BFBFBF")
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(c.paragraphs[0], o.get("photo_text", "PHOTO"), size=8, color="#FFFFFF")
        for _ in range(3):
            c.add_paragraph()
    if o.get("name_in_side"):
        p = side.paragraphs[0] if first else side.add_paragraph()
        first = False
        run(p, d["name"], bold=True, size=o["name_size"], color=o["accent"])
        if d.get("headline"):
            p = side.add_paragraph()
            run(p, d["headline"], italic=True)
    for head, content in d.get("side", []):
        if first:
            first = False
            side.paragraphs[0].text = ""
            p = side.paragraphs[0]
            run(p, head.upper(), bold=True, size=o["size"] + 1, color=o["accent"])
            tight(p, 4, 2)
            W.block(None, content, container=side)
        else:
            W.block(head, content, container=side)
    mfirst = True
    if not o.get("name_in_side"):
        p = main.paragraphs[0]
        mfirst = False
        run(p, d["name"], bold=True, size=o["name_size"], color=o["accent"])
        if d.get("headline"):
            p = main.add_paragraph()
            run(p, d["headline"], size=o["size"] + 1.5, color="#555555")
    for head, content in d["main"]:
        if mfirst:
            mfirst = False
            main.paragraphs[0].text = ""
            p = main.paragraphs[0]
            run(p, head.upper(), bold=True, size=o["size"] + 2, color=o["accent"])
            bottom_border(p, o["accent"])
            W.block(None, content, container=main)
            continue
        if isinstance(content, list) and content and hasattr(content[0], "cs") and o.get("nested_jobs"):
            W.heading(head, container=main)
            for e in content:
                nt = main.add_table(rows=1, cols=2)
                no_borders(nt)
                a, b = nt.rows[0].cells
                cell_width(a, mw - 1.45)
                cell_width(b, 1.35)
                run(a.paragraphs[0], e.title, bold=True)
                if e.org or e.loc:
                    run(a.add_paragraph(), W.orgline(e), italic=True, color=o["accent"])
                b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run(b.paragraphs[0], W.dates(e), size=o["size"] - 1, color="#555555")
                for s in ([e.sub] if e.sub else []) + e.pre:
                    run(main.add_paragraph(), s, italic=True)
                for bl in e.bullets:
                    if e.prose:
                        main.add_paragraph(bl)
                    else:
                        W.bullet(bl, container=main)
        else:
            W.block(head, content, container=main)
    for head, content in d.get("after_table", []):
        W.block(head, content)


def layout_textbox(W, d):
    """sidebar as a shaded VML text box (name, contact, skills) with the body in a narrow column."""
    o = W.o
    p = W.par()
    paras = [(d["name"].upper(), True, 17, "#FFFFFF")]
    if d.get("headline"):
        paras.append((d["headline"], False, 10, "#DDE6F0"))
    paras.append(("", False, 6, "#FFFFFF"))
    for head, content in d.get("side", []):
        paras.append((head.upper(), True, 10, "#F2C14E"))
        if isinstance(content, dict) and "pairs" in content:
            for k, v in content["pairs"]:
                paras.append((f"{k}: {v}", False, 9, "#FFFFFF"))
        elif isinstance(content, dict) and "rate" in content:
            for k, n in content["rate"]:
                paras.append((f"{k}  " + ("●" * n + "○" * (content.get("max", 5) - n) if isinstance(n, int) else n),
                              False, 9, "#FFFFFF"))
        elif isinstance(content, list):
            for it in content:
                paras.append((it, False, 9, "#FFFFFF"))
        else:
            paras.append((content, False, 9, "#FFFFFF"))
        paras.append(("", False, 5, "#FFFFFF"))
    textbox_run(p, paras, 0, 0, o.get("box_w", 190), 842, o.get("box_fill", "#2E4053"))
    tight(p, 0, 0)
    for head, content in d["main"]:
        W.block(head, content)


LAYOUTS = {"styles": layout_styles, "sidetable": layout_sidetable, "textbox": layout_textbox}


def render_docx(d, path):
    W = DocxWriter(d)
    LAYOUTS[d["layout_fn"]](W, d)
    W.finish(path)
