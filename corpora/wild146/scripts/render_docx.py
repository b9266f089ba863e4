"""python-docx renderer (headings, tab-stop dates, tables, headers/footers)."""
import datetime
import zipfile
import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor, Cm

from lib import job_lines, fmt_range, org_loc
from render_text import _group

FIXED = datetime.datetime(2026, 10, 20, 9, 0, 0)


def _shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def _bottom_border(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "444444")
    bdr.append(b)
    pPr.append(bdr)


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_shade(cell, fill):
    _shade(cell._tc.get_or_add_tcPr(), fill)


class DocxWriter:
    def __init__(self, d):
        self.d = d
        self.o = d.get("opts", {})
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = self.o.get("font", "Calibri")
        st.font.size = Pt(self.o.get("size", 11))
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        m = self.o.get("margin_cm", 2.0)
        sec.left_margin = sec.right_margin = Cm(m)
        sec.top_margin = sec.bottom_margin = Cm(m)
        self.usable = sec.page_width - sec.left_margin - sec.right_margin

    # ---- primitives -----------------------------------------------------------
    def para(self, cont, text="", bold=False, italic=False, size=None, align=None, style=None, space_after=2):
        p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def heading(self, cont, text):
        hs = self.o.get("head", "styles")
        if hs == "styles" and cont is self.doc:
            self.doc.add_heading(text, level=self.o.get("hlevel", 1))
        elif hs == "shaded":
            p = self.para(cont, text.upper(), bold=True, space_after=4)
            _shade(p._p.get_or_add_pPr(), self.o.get("shade", "D9E2F3"))
        elif hs == "underline":
            p = self.para(cont, space_after=4)
            r = p.add_run(text.upper())
            r.bold = True
            r.underline = True
        else:  # rule
            p = self.para(cont, text.upper(), bold=True, space_after=4)
            p.paragraph_format.space_before = Pt(10)
            _bottom_border(p)

    def bullet(self, cont, text, width=None):
        if self.o.get("bul", "style") == "style" and cont is self.doc:
            p = self.doc.add_paragraph(text, style="List Bullet")
            p.paragraph_format.space_after = Pt(0)
        else:
            ch = self.o.get("bchar", "•")
            p = self.para(cont, f"{ch}\t{text}" if self.o.get("btab", True) else f"{ch} {text}", space_after=0)
            pf = p.paragraph_format
            pf.left_indent = Cm(0.9)
            pf.first_line_indent = Cm(-0.5)
            pf.tab_stops.add_tab_stop(Cm(0.9))
        return p

    def right_line(self, cont, text, right, bold=True, italic=False, width=None):
        p = self.para(cont, space_after=0)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if right:
            if self.o.get("rmode", "tab") == "tab":
                p.paragraph_format.tab_stops.add_tab_stop(width or self.usable, WD_TAB_ALIGNMENT.RIGHT)
                r2 = p.add_run("\t" + right)
            else:
                r2 = p.add_run("   " + right)
            r2.bold = self.o.get("rbold", False)
        return p

    # ---- blocks ---------------------------------------------------------------
    def job(self, cont, lines, width=None):
        lcw = Cm(self.o.get("lcw_cm", 4.2))
        for ln in lines:
            k = ln[0]
            if k == "b":
                p = self.right_line(cont, ln[1], ln[2], bold=True, width=width)
                p.paragraph_format.space_before = Pt(6)
            elif k == "i":
                if ln[1]:
                    self.right_line(cont, ln[1], ln[2], bold=False, italic=True, width=width)
            elif k == "p":
                self.para(cont, ln[1], space_after=0)
            elif k == "li":
                self.bullet(cont, ln[1])
            elif k in ("lc", "lcp"):
                p = self.para(cont, space_after=0)
                p.paragraph_format.tab_stops.add_tab_stop(lcw)
                p.paragraph_format.left_indent = lcw
                p.paragraph_format.first_line_indent = -lcw
                r = p.add_run(ln[1] + "\t")
                r.bold = False
                r2 = p.add_run(ln[2])
                r2.bold = k == "lc"
                if k == "lc":
                    p.paragraph_format.space_before = Pt(6)

    def blocks(self, cont, blocks, width=None):
        for b in blocks:
            t = b[0]
            if t == "name":
                al = self.o.get("name_align", "c")
                self.para(cont, b[1], bold=True, size=self.o.get("name_size", 16), align=al, space_after=0)
                if len(b) > 2 and b[2]:
                    self.para(cont, b[2], italic=True, align=al, space_after=2)
            elif t == "contact":
                al = self.o.get("name_align", "c")
                for x in b[1]:
                    self.para(cont, x, align=al, space_after=0)
            elif t == "h":
                self.heading(cont, b[1])
            elif t == "p":
                self.para(cont, b[1], space_after=4)
            elif t == "raw":
                for x in b[1]:
                    self.para(cont, x, space_after=0)
            elif t == "gap":
                self.para(cont, "")
            elif t == "kv":
                if self.o.get("kv_table"):
                    tb = cont.add_table(rows=0, cols=2)
                    for k, v in b[1]:
                        c = tb.add_row().cells
                        c[0].text = k
                        c[1].text = v
                        c[0].paragraphs[0].runs[0].bold = True
                    tb.columns[0].width = Cm(4.5)
                else:
                    tabpos = Cm(self.o.get("kv_tab_cm", 4.5))
                    for k, v in b[1]:
                        p = self.para(cont, space_after=0)
                        p.paragraph_format.tab_stops.add_tab_stop(tabpos)
                        r = p.add_run(k + ":")
                        r.bold = self.o.get("kv_bold", True)
                        p.add_run("\t" + v)
            elif t == "ul":
                for x in b[1]:
                    self.bullet(cont, x)
            elif t == "jobs":
                jo = b[2]
                for grp, e in _group(b[1], jo):
                    if grp is not None:
                        p = self.para(cont, grp, bold=True, space_after=0)
                        p.paragraph_format.space_before = Pt(8)
                    if jo.get("group_org"):
                        lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                        lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                    else:
                        lines = job_lines(e, jo["style"], jo["ds"], jo)
                    self.job(cont, lines, width)
            elif t == "ptable":
                self.ptable(cont, b[1], b[2])
            elif t == "kvjobs":
                self.kvjobs(cont, b[1], b[2])
            elif t == "table":
                hdr, rows = b[1], b[2]
                n = len(rows[0])
                tb = cont.add_table(rows=0, cols=n)
                if self.o.get("table_grid", True):
                    tb.style = "Table Grid"
                if hdr:
                    c = tb.add_row().cells
                    for i, h in enumerate(hdr):
                        c[i].text = h
                        c[i].paragraphs[0].runs[0].bold = True
                for r in rows:
                    c = tb.add_row().cells
                    for i, x in enumerate(r):
                        c[i].text = x
                self.para(cont, "", space_after=0)
            elif t == "refs":
                if self.o.get("refs_table"):
                    tb = cont.add_table(rows=1, cols=len(b[1]))
                    _no_borders(tb)
                    for i, r in enumerate(b[1]):
                        cell = tb.rows[0].cells[i]
                        cell.paragraphs[0].add_run(r[0]).bold = True
                        for x in r[1:]:
                            cell.add_paragraph(x)
                else:
                    for i, r in enumerate(b[1]):
                        self.para(cont, f"{i + 1}.  {r[0]}" if self.o.get("ref_numbers") else r[0],
                                  bold=True, space_after=0)
                        for x in r[1:]:
                            self.para(cont, x, space_after=0)
                        self.para(cont, "", space_after=0)
            else:
                raise ValueError(t)

    def ptable(self, cont, entries, jo):
        cols = jo.get("cols", ["Period", "Organisation", "Position", "Responsibilities"])
        order = jo.get("order", ["period", "org", "pos", "resp"])
        tb = cont.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, c in enumerate(cols):
            cell = tb.rows[0].cells[i]
            cell.paragraphs[0].add_run(c).bold = True
            if jo.get("head_fill"):
                _cell_shade(cell, jo["head_fill"])
        widths = [Cm(x) for x in jo.get("widths_cm", [3.0, 3.8, 3.4, 6.8])]
        for e in entries:
            cells = tb.add_row().cells
            for i, k in enumerate(order):
                cell = cells[i]
                cell.width = widths[i]
                p0 = cell.paragraphs[0]
                if k == "period":
                    p0.add_run(fmt_range(e, jo["ds"]))
                elif k == "org":
                    p0.add_run(e.org or "")
                    if e.loc:
                        cell.add_paragraph(e.loc)
                elif k == "pos":
                    p0.add_run(e.title).bold = True
                elif k == "resp":
                    for j, x in enumerate(e.bullets):
                        p = p0 if j == 0 else cell.add_paragraph()
                        p.add_run(f"{jo.get('bchar', '-')} {x}")
        for i, w in enumerate(widths):
            tb.rows[0].cells[i].width = w
        self.para(cont, "", space_after=0)

    def kvjobs(self, cont, entries, jo):
        labels = jo.get("labels", ("Period", "Employer", "Position", "Duties"))
        for e in entries:
            tb = cont.add_table(rows=0, cols=2)
            if jo.get("grid", True):
                tb.style = "Table Grid"
            vals = [fmt_range(e, jo["ds"]), org_loc(e), e.title]
            for lab, v in zip(labels[:3], vals):
                c = tb.add_row().cells
                c[0].paragraphs[0].add_run(lab).bold = True
                if jo.get("label_fill"):
                    _cell_shade(c[0], jo["label_fill"])
                r = c[1].paragraphs[0].add_run(v)
                r.bold = lab == labels[2]
            if e.bullets:
                c = tb.add_row().cells
                c[0].paragraphs[0].add_run(labels[3]).bold = True
                if jo.get("label_fill"):
                    _cell_shade(c[0], jo["label_fill"])
                for j, x in enumerate(e.bullets):
                    p = c[1].paragraphs[0] if j == 0 else c[1].add_paragraph()
                    p.add_run(f"{jo.get('bchar', '•')} {x}")
            for row in tb.rows:
                row.cells[0].width = Cm(3.2)
                row.cells[1].width = Cm(13.8)
            self.para(cont, "", space_after=2)

    def build(self, path):
        o = self.o
        sec = self.doc.sections[0]
        if o.get("header"):
            hp = sec.header.paragraphs[0]
            for i, x in enumerate(o["header"]):
                p = hp if i == 0 else sec.header.add_paragraph()
                r = p.add_run(x)
                r.bold = i == 0
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if o.get("header_right") else WD_ALIGN_PARAGRAPH.LEFT
        if o.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.add_run(o["footer"]).font.size = Pt(8)
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.d.get("side"):
            # two-column layout table: shaded side cell + main cell
            self.blocks(self.doc, self.d.get("top", []))
            tb = self.doc.add_table(rows=1, cols=2)
            _no_borders(tb)
            sw = Cm(o.get("side_cm", 5.5))
            mw = self.usable - sw
            side, main = tb.rows[0].cells
            if o.get("side_right"):
                main, side = side, main
            side.width, main.width = sw, mw
            _cell_shade(side, o.get("side_fill", "E7EEF7"))
            self.blocks(main, self.d["blocks"], width=mw - Cm(0.3))
            self.blocks(side, self.d["side"], width=sw)
        else:
            self.blocks(self.doc, self.d["blocks"])
        cp = self.doc.core_properties
        cp.author = o.get("author", self.d.get("author", ""))
        cp.last_modified_by = cp.author
        cp.title = self.d.get("doc_title", "Curriculum Vitae")
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.comments = ""
        cp.subject = ""
        cp.keywords = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def render_docx(d, path):
    DocxWriter(d).build(path)
