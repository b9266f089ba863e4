"""python-docx rendering, byte-reproducible (fixed core properties and zip timestamps)."""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from prims import job_prims, etable_rows

FIXED = datetime.datetime(2026, 11, 2, 9, 30, 0)


def _border_bottom(p, sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def _shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def _shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _page_field(run):
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


class DocxWriter:
    def __init__(self, r):
        self.r = r
        self.o = r.get("opts", {})
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = self.o.get("font", "Calibri")
        st.font.size = Pt(self.o.get("size", 10.5))
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        mg = self.o.get("margin_cm", 2.0)
        sec.left_margin = sec.right_margin = Cm(mg)
        sec.top_margin = sec.bottom_margin = Cm(self.o.get("top_cm", 1.8))
        self.textw = 21.0 - 2 * mg
        self.fresh = set()

    # containers: Document or a table cell
    def par(self, cont, text="", style=None):
        if id(cont) in self.fresh:
            self.fresh.discard(id(cont))
            p = cont.paragraphs[0]
            if style:
                p.style = self.doc.styles[style]
            if text:
                p.add_run(text)
            return p
        return cont.add_paragraph(text, style=style) if style else cont.add_paragraph(text)

    def run(self, p, text, f=""):
        rn = p.add_run(text)
        if "b" in f:
            rn.bold = True
        if "i" in f:
            rn.italic = True
        if "u" in f:
            rn.bold = True
            rn.underline = True
        return rn

    def space(self, p, before=0, after=2):
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)

    def heading(self, cont, text, width):
        hs = self.o.get("hstyle", "style")
        if hs == "style":
            p = self.par(cont, text, style=self.o.get("hlevel", "Heading 1"))
        elif hs == "border":
            p = self.par(cont)
            self.run(p, text.upper() if self.o.get("hcaps", True) else text, "b")
            _border_bottom(p)
            self.space(p, 8, 3)
        elif hs == "shade":
            p = self.par(cont)
            self.run(p, text, "b")
            _shade_par(p, self.o.get("shade", "D9D9D9"))
            self.space(p, 8, 3)
        else:
            p = self.par(cont)
            self.run(p, text, "bu" if hs == "underline" else "b")
            self.space(p, 8, 2)
        return p

    def bullet(self, cont, text, indent_cm=0.0):
        mk = self.o.get("marker")
        if mk is None:
            p = self.par(cont, text, style="List Bullet")
        else:
            p = self.par(cont)
            p.paragraph_format.left_indent = Cm(0.6 + indent_cm)
            p.paragraph_format.first_line_indent = Cm(-0.45)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6 + indent_cm))
            p.add_run(f"{mk}\t{text}")
        if indent_cm and mk is None:
            p.paragraph_format.left_indent = Cm(0.6 + indent_cm)
        self.space(p, 0, 1)
        return p

    def lr(self, cont, left, right, lf, rf, width):
        p = self.par(cont)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
        self.run(p, left, lf)
        self.run(p, "\t")
        self.run(p, right, rf)
        self.space(p, 2, 0)
        return p

    def kv(self, cont, k, v):
        p = self.par(cont)
        kvw = self.o.get("kvw_cm")
        sep = self.o.get("kvsep", ":")
        if kvw:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(kvw))
            self.run(p, k, self.o.get("kvf", "b"))
            self.run(p, f"\t{sep} {v}")
        else:
            self.run(p, f"{k}{sep} ", self.o.get("kvf", "b"))
            self.run(p, v)
        self.space(p, 0, 0)
        return p

    def table(self, cont, header, rows, widths=None, grid=True):
        t = cont.add_table(rows=1 + len(rows), cols=len(header))
        if grid:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate([header] + rows):
            for j, c in enumerate(row):
                cell = t.cell(i, j)
                p = cell.paragraphs[0]
                self.run(p, str(c), "b" if i == 0 else "")
                if i == 0 and self.o.get("thead_fill"):
                    _shade_cell(cell, self.o["thead_fill"])
                if widths:
                    cell.width = Cm(widths[j])
        return t

    def prims(self, cont, ps, width):
        for p in ps:
            t = p[0]
            if t == "T":
                q = self.par(cont)
                self.run(q, p[1].upper() if p[2] == "caps" else p[1], "b" if p[2] == "caps" else p[2])
                self.space(q, 0, 0)
            elif t == "LR":
                self.lr(cont, p[1], p[2], p[3], p[4], width)
            elif t == "C":
                q = self.par(cont)
                dc = self.o.get("datecol_cm", 4.0)
                q.paragraph_format.tab_stops.add_tab_stop(Cm(dc))
                if p[1]:
                    self.run(q, p[1], p[3])
                self.run(q, "\t")
                self.run(q, p[2], p[4])
                self.space(q, 0, 0)
            elif t == "KV":
                self.kv(cont, p[1], p[2])
            elif t == "P":
                q = self.par(cont, p[1])
                self.space(q, 2, 2)
            elif t == "B":
                self.bullet(cont, p[1], self.o.get("datecol_cm", 4.0) if p[2] else 0.0)
            elif t == "SP":
                q = self.par(cont)
                self.space(q, 0, 0)
                q.paragraph_format.line_spacing = Pt(6)

    def jobs_table_each(self, cont, entries, o, width):
        """One borderless table per job: title / org on the left, dates (and place) on the right."""
        for i, e in enumerate(entries):
            ncol = o.get("cols", 2)
            t = cont.add_table(rows=1, cols=ncol)
            w = o.get("widths", [width - 4.5, 4.5] if ncol == 2 else [3.6, width - 7.6, 4.0])
            cells = t.rows[0].cells
            for j, c in enumerate(cells):
                c.width = Cm(w[j])
            if ncol == 2:
                p = cells[0].paragraphs[0]
                self.run(p, e.title_show(), "b")
                p2 = cells[0].add_paragraph()
                self.run(p2, e.org_show() + (f", {e.loc}" if e.loc and not e.x.get("hide_loc") else ""), "i")
                q = cells[1].paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.run(q, e.dt, o.get("date_fmt", ""))
            else:
                p = cells[0].paragraphs[0]
                self.run(p, e.dt, "b")
                q = cells[1].paragraphs[0]
                self.run(q, e.title_show(), "b")
                q2 = cells[1].add_paragraph()
                self.run(q2, e.org_show(), "")
                r = cells[2].paragraphs[0]
                r.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.run(r, e.loc or "", "i")
            ps = []
            from prims import _bullets
            ps += _bullets(e, o)
            self.prims(cont, ps, width)
            if i < len(entries) - 1:
                q = self.par(cont)
                self.space(q, 0, 2)

    def blocks(self, cont, blocks, width):
        for b in blocks:
            k = b[0]
            if k == "name":
                p = self.par(cont)
                rn = self.run(p, b[1], "b")
                rn.font.size = Pt(self.o.get("name_size", 18))
                if self.o.get("name_color"):
                    rn.font.color.rgb = RGBColor.from_string(self.o["name_color"])
                if self.o.get("header_align") == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.space(p, 0, 2)
            elif k == "contact":
                for ln in b[1]:
                    p = self.par(cont, ln)
                    if self.o.get("header_align") == "c":
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self.space(p, 0, 0)
            elif k == "h":
                self.heading(cont, b[1], width)
            elif k == "p":
                p = self.par(cont, b[1])
                if self.o.get("justify"):
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif k == "ul":
                for it in b[1]:
                    self.bullet(cont, it)
            elif k == "kv":
                for kk, vv in b[1]:
                    self.kv(cont, kk, vv)
            elif k == "lines":
                for ln in b[1]:
                    p = self.par(cont, ln)
                    self.space(p, 0, 0)
            elif k == "jobs":
                o = dict(b[3]) if len(b) > 3 else {}
                if b[2] == "table_each":
                    self.jobs_table_each(cont, b[1], o, width)
                else:
                    self.prims(cont, job_prims(b[1], b[2], o), width)
            elif k == "etable":
                h, rows = etable_rows(b[1], b[2])
                self.table(cont, h, rows, (b[3] if len(b) > 3 else {}).get("widths"))
                self.par(cont)
            elif k == "table":
                self.table(cont, b[1], b[2], (b[3] if len(b) > 3 else {}).get("widths"))
                self.par(cont)
            elif k == "sig":
                p = self.par(cont)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
                lines = b[1]
                for j, ln in enumerate(lines):
                    self.run(p, ln)
                    if j < len(lines) - 1:
                        p.add_run().add_break()
                self.run(p, "\t" + b[2], "b")
                self.space(p, 14, 0)
            elif k == "sp":
                self.par(cont)
            elif k == "namecontact":
                t = cont.add_table(rows=1, cols=2)
                c0, c1 = t.rows[0].cells
                c0.width, c1.width = Cm(width * 0.55), Cm(width * 0.45)
                p = c0.paragraphs[0]
                rn = self.run(p, b[1], "b")
                rn.font.size = Pt(self.o.get("name_size", 18))
                if len(b) > 3 and b[3]:
                    self.run(c0.add_paragraph(), b[3], "i")
                for j, ln in enumerate(b[2]):
                    q = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
                    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    q.add_run(ln)
                    self.space(q, 0, 0)
                sep = self.par(cont)
                _border_bottom(sep, 12)
            else:
                raise ValueError(k)

    def render(self, path):
        o = self.o
        sec = self.doc.sections[0]
        if o.get("header_lines"):
            hp = sec.header.paragraphs[0]
            for j, (ln, f) in enumerate(o["header_lines"]):
                if j:
                    hp = sec.header.add_paragraph()
                self.run(hp, ln, f)
                if o.get("header_align") == "c":
                    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif o.get("header_align") == "r":
                    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if o.get("footer"):
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fp.add_run(o["footer"])
            if o.get("footer_page"):
                _page_field(fp.add_run())
        if self.r.get("side"):
            sw = o.get("sidew_cm", 5.6)
            t = self.doc.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.width, c1.width = Cm(sw), Cm(self.textw - sw)
            _shade_cell(c0, o.get("side_fill", "DCE6F1"))
            self.fresh.add(id(c0))
            self.fresh.add(id(c1))
            saved = dict(self.o)
            self.o.update(o.get("sideopts", {}))
            self.blocks(c0, self.r["side"], sw - 0.4)
            self.o.clear()
            self.o.update(saved)
            self.blocks(c1, self.r["body"], self.textw - sw - 0.4)
            # Word wants a paragraph after a table at the end of the body
        else:
            self.blocks(self.doc, self.r["body"], self.textw)
        cp = self.doc.core_properties
        cp.author = o.get("author", self.r.get("person", ""))
        cp.last_modified_by = cp.author
        cp.title = o.get("doc_title", "Resume")
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(r, path):
    DocxWriter(r).render(path)
