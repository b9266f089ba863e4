"""Renderers: logical blocks -> txt, md, html, reportlab PDF, fpdf2 PDF, python-docx DOCX."""
import html as H
import io
import os
import zipfile
from datetime import datetime, timezone

from lib import date_text

FIXED = datetime(2026, 11, 2, 9, 30, 0, tzinfo=timezone.utc)
DJ = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- logical blocks
def _j(*parts, sep=", "):
    return sep.join(p for p in parts if p)


def entry_blocks(e, r, prev_org):
    dt = date_text(e, r)
    order = e.head or r.order
    o = r.opts
    out = []
    org = (getattr(e, "pre", None) or "") + e.org if e.org else None
    if order == "title_org":
        out.append(("row", e.title, dt, "b"))
        if org or e.loc:
            out.append(("row", _j(org, e.loc, sep=o.get("orgsep", ", ")), "", "i"))
    elif order == "title_org_r":  # location on the right of the employer line
        out.append(("row", e.title, dt, "b"))
        out.append(("row", e.org or "", e.loc or "", "i"))
    elif order == "org_title":
        out.append(("row", _j(e.org, e.loc, sep=o.get("orgsep", ", ")), dt, "b"))
        out.append(("row", e.title, "", "i"))
    elif order == "dateline":
        out.append(("row", e.title, "", "b"))
        if e.org or e.loc:
            out.append(("row", _j(e.org, e.loc), "", "n"))
        if dt:
            out.append(("row", dt, "", "i"))
    elif order == "dash":
        d = o.get("dash", " – ")
        out.append(("row", e.title + (d + _j(e.org, e.loc) if (e.org or e.loc) else ""), dt, "b"))
    elif order == "pipe":
        out.append(("row", _j(e.title, e.org, e.loc, sep=" | "), dt, "b"))
    elif order == "at":
        out.append(("row", e.title + (f" at {e.org}" if e.org else ""), dt, "b"))
        if e.loc:
            out.append(("row", e.loc, "", "i"))
    elif order == "inline":
        txt = _j(e.title, e.org, e.loc)
        out.append(("row", txt + (f" ({dt})" if dt else ""), "", "b"))
    elif order == "inline_comma":
        out.append(("row", _j(e.title, e.org, e.loc, dt), "", "b"))
    elif order == "drow":
        out.append(("drow", dt, e.title, _j(e.org, e.loc)))
    elif order == "labelled":
        lab = o.get("labels", ("Company", "Designation", "Duration"))
        if e.org:
            out.append(("row", f"{lab[0]}: {_j(e.org, e.loc)}", "", "b"))
        out.append(("row", f"{lab[1]}: {e.title}", "", "n"))
        if dt:
            out.append(("row", f"{lab[2]}: {dt}", "", "n"))
    elif order == "orgfirst":
        if e.org != prev_org or e.org is None:
            out.append(("orghead", (e.org or "").upper() if o.get("orgcaps") else (e.org or ""), e.loc or ""))
        out.append(("row", e.title, dt, "i" if o.get("roleital", True) else "b"))
    else:
        raise ValueError(order)
    if e.note:
        out.append(("row", e.note, "", "i"))
    if e.b:
        if e.prose:
            out.append(("para", " ".join(e.b)))
        else:
            out.extend(("bullet", b) for b in e.b)
    out.append(("gap",))
    return out


def section_blocks(s, r):
    out = [("h", s.heading)]
    if s.kind == "entries":
        prev = object()
        for e in s.items:
            out.extend(entry_blocks(e, r, prev))
            prev = e.org
        if out[-1] == ("gap",):
            out.pop()
    elif s.kind == "list":
        out.extend(("bullet", t) for t in s.items)
    elif s.kind == "lines":
        out.extend(("line", t) for t in s.items)
    elif s.kind == "para":
        out.append(("para", s.items))
    elif s.kind == "pairs":
        out.extend(("pair", a, b) for a, b in s.items)
    return out


def blocks(r, split_side=False):
    main, side = [], []
    for s in r.sections:
        (side if (split_side and s.side) else main).extend(section_blocks(s, r))
        (side if (split_side and s.side) else main).append(("sgap",))
    return main, side


# ---------------------------------------------------------------- plain text
def render_txt(r, path):
    o = r.opts
    width = o.get("width", 78)
    bch = o.get("bullet", "-")
    head = o.get("head", "caps")
    rowfmt = o.get("rowfmt", "right")
    L = []
    if r.headline and o.get("headfirst"):
        L += [r.headline, ""]
    L.append(r.name.upper() if o.get("namecaps") else r.name)
    if o.get("nameline"):
        L.append(o["nameline"] * len(L[-1]))
    if r.headline and not o.get("headfirst"):
        L.append(r.headline)
    for c in r.contact:
        L.append(c)
    L.append("")
    main, _ = blocks(r)
    for bl in main:
        t = bl[0]
        if t == "h":
            h = bl[1]
            if head == "caps":
                L += [h.upper()]
            elif head == "underline":
                L += [h, "-" * len(h)]
            elif head == "underline=":
                L += [h.upper(), "=" * len(h)]
            elif head == "bracket":
                L += [f"[ {h.upper()} ]"]
            elif head == "dashes":
                L += [f"--- {h} ---"]
            elif head == "colon":
                L += [h.upper() + ":"]
            else:
                L += [h]
            if o.get("gap_after_head", True):
                L.append("")
        elif t == "row":
            left, right = bl[1], bl[2]
            if bl[3] == "b" and o.get("titlecaps"):
                left = left.upper()
            if not right:
                L.append(left)
            elif rowfmt == "right":
                pad = max(2, width - len(left) - len(right))
                L.append(left + " " * pad + right)
            elif rowfmt == "tab":
                L.append(left + "\t" + right)
            elif rowfmt == "pipe":
                L.append(f"{left} | {right}")
            elif rowfmt == "paren":
                L.append(f"{left} ({right})")
            elif rowfmt == "comma":
                L.append(f"{left}, {right}")
            elif rowfmt == "dash":
                L.append(f"{left} -- {right}")
            elif rowfmt == "below":
                L += [left, right]
        elif t == "drow":
            dt, title, ol = bl[1], bl[2], bl[3]
            L.append(f"{dt:<{o.get('dcol', 22)}}{title}")
            if ol:
                L.append(" " * o.get("dcol", 22) + ol)
        elif t == "orghead":
            L.append(bl[1] + (f", {bl[2]}" if bl[2] else ""))
        elif t == "bullet":
            ind = o.get("bindent", "")
            L.append(f"{ind}{bch} {bl[1]}" if bch else f"{ind}{bl[1]}")
        elif t == "para":
            L.append(bl[1])
        elif t == "line":
            L.append(bl[1])
        elif t == "pair":
            L.append(f"{bl[1]}: {bl[2]}")
        elif t in ("gap", "sgap"):
            if L and L[-1] != "":
                L.append("")
    while L and L[-1] == "":
        L.pop()
    txt = "\n".join(L) + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    o = r.opts
    bch = o.get("bullet", "-")
    L = [f"# {r.name}", ""]
    if r.headline:
        L += [f"**{r.headline}**", ""]
    L += [o.get("contactjoin", " · ").join(r.contact), ""]
    main, _ = blocks(r)
    hl = o.get("h", "##")
    first_row = False
    for bl in main:
        t = bl[0]
        if t == "h":
            L += [f"{hl} {bl[1]}", ""]
            first_row = True
        elif t == "row":
            left, right, st = bl[1], bl[2], bl[3]
            if st == "b" and o.get("titleh"):
                L.append(f"{o['titleh']} {left}" + (f" {o.get('rsep', '—')} {right}" if right else ""))
                L.append("")
            else:
                wrap = {"b": "**", "i": "*", "n": "", "bi": "***"}[st]
                s = f"{wrap}{left}{wrap}" if left else ""
                if right:
                    s += f" {o.get('rsep', '|')} {o.get('rwrap', '')}{right}{o.get('rwrap', '')}"
                L.append(s + "  ")
        elif t == "orghead":
            L.append(f"{o.get('orgh', '###')} {bl[1]}" + (f", {bl[2]}" if bl[2] else ""))
            L.append("")
        elif t == "drow":
            L.append(f"**{bl[2]}** — {bl[3]}  ")
            L.append(f"_{bl[1]}_  ")
        elif t == "bullet":
            if L and L[-1].endswith("  "):
                L[-1] = L[-1].rstrip()
                L.append("")
            L.append(f"{bch} {bl[1]}")
        elif t == "para":
            if L and L[-1].endswith("  "):
                L[-1] = L[-1].rstrip()
                L.append("")
            L.append(bl[1])
        elif t == "line":
            L.append(bl[1] + "  ")
        elif t == "pair":
            L.append(f"**{bl[1]}:** {bl[2]}  ")
        elif t in ("gap", "sgap"):
            if L and L[-1] != "":
                L[-1] = L[-1].rstrip()
                L.append("")
    while L and L[-1] == "":
        L.pop()
    L = [x.rstrip() if not x.endswith("  ") else x for x in L]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- html
HTML_CSS = {
    "cards": """body{font-family:Georgia,serif;max-width:760px;margin:2em auto;color:#222}
h1{margin-bottom:0}.contact{color:#555;font-size:.9em}h2{border-bottom:2px solid #8a5;font-size:1.1em;text-transform:uppercase;letter-spacing:.08em}
.job{margin-bottom:1em}.row{display:flex;justify-content:space-between}.date{color:#666;white-space:nowrap}ul{margin:.3em 0}""",
    "table": """body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:24px}table{border-collapse:collapse;width:100%}
td{vertical-align:top;padding:3px 6px}td.when{width:150px;color:#444}h2{background:#dde;padding:3px 6px;font-size:11pt}""",
    "grid": """body{margin:0;font-family:'Segoe UI',sans-serif}.wrap{display:grid;grid-template-columns:240px 1fr}
aside{background:#234;color:#eef;padding:20px}main{padding:20px 28px}h2{color:#234;font-size:1em;text-transform:uppercase}
aside h2{color:#fc6}.row{font-weight:600}.date{float:right;font-weight:400;color:#777}""",
    "plain": """body{font-family:Verdana,sans-serif;font-size:13px;max-width:800px}h2{font-size:15px;margin-top:18px}""",
}


def _hrow(bl, o):
    left, right, st = H.escape(bl[1]), H.escape(bl[2]), bl[3]
    tag = {"b": "strong", "i": "em", "n": "span", "bi": "strong"}[st]
    inner = f"<{tag}>{left}</{tag}>" if left else ""
    if right:
        inner += f'<span class="date">{right}</span>'
    return f'<div class="row">{inner}</div>'


def _html_blocks(bls, o):
    out, in_ul = [], False
    for bl in bls:
        t = bl[0]
        if t != "bullet" and in_ul:
            out.append("</ul>")
            in_ul = False
        if t == "h":
            out.append(f"<h2>{H.escape(bl[1])}</h2>")
        elif t == "row":
            out.append(_hrow(bl, o))
        elif t == "orghead":
            out.append(f"<h3>{H.escape(bl[1])}" + (f" <small>{H.escape(bl[2])}</small>" if bl[2] else "") + "</h3>")
        elif t == "drow":
            out.append(f'<div class="row"><span class="date">{H.escape(bl[1])}</span> <strong>{H.escape(bl[2])}</strong>, {H.escape(bl[3])}</div>')
        elif t == "bullet":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{H.escape(bl[1])}</li>")
        elif t == "para":
            out.append(f"<p>{H.escape(bl[1])}</p>")
        elif t == "line":
            out.append(f"<p>{H.escape(bl[1])}</p>")
        elif t == "pair":
            out.append(f"<p><b>{H.escape(bl[1])}:</b> {H.escape(bl[2])}</p>")
        elif t == "gap":
            out.append("<br>" if o.get("brgap") else "")
    if in_ul:
        out.append("</ul>")
    return [x for x in out if x]


def _html_table(r, o):
    """Section heading rows, each job as a table row: dates | title/org/bullets."""
    out = []
    for s in r.sections:
        out.append(f"<h2>{H.escape(s.heading)}</h2>")
        if s.kind == "entries":
            out.append("<table>")
            for e in s.items:
                dt = date_text(e, r)
                cell = f"<b>{H.escape(e.title)}</b>"
                if e.org:
                    cell += f"<br>{H.escape(e.org)}"
                if e.loc:
                    cell += f" &ndash; {H.escape(e.loc)}"
                if e.note:
                    cell += f"<br><i>{H.escape(e.note)}</i>"
                if e.b:
                    if e.prose:
                        cell += f"<p>{H.escape(' '.join(e.b))}</p>"
                    else:
                        cell += "<ul>" + "".join(f"<li>{H.escape(b)}</li>" for b in e.b) + "</ul>"
                out.append(f'<tr><td class="when">{H.escape(dt)}</td><td>{cell}</td></tr>')
            out.append("</table>")
        else:
            out.extend(_html_blocks(section_blocks(s, r)[1:], o))
    return out


def render_html(r, path):
    o = r.opts
    lay = r.layout
    css = HTML_CSS[lay]
    head = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{H.escape(r.name)} - CV</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n")
    top = [f"<h1>{H.escape(r.name)}</h1>"]
    if r.headline:
        top.append(f'<p class="headline">{H.escape(r.headline)}</p>')
    top.append('<p class="contact">' + " &middot; ".join(H.escape(c) for c in r.contact) + "</p>")
    if lay == "table":
        body = top + _html_table(r, o)
    elif lay == "grid":
        main, side = blocks(r, split_side=True)
        body = ['<div class="wrap">', "<aside>"] + top + _html_blocks(side, o) + ["</aside>", "<main>"]
        body += _html_blocks(main, o) + ["</main>", "</div>"]
    else:
        main, _ = blocks(r)
        body = top + ['<div class="job">'] + _html_blocks(main, o) + ["</div>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + "\n".join(body) + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- reportlab
def _rl_fonts(o):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fam = o.get("font", "Helvetica")
    if fam == "Helvetica":
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    if fam == "Times":
        return "Times-Roman", "Times-Bold", "Times-Italic"
    base = {"DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
            "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
            "DejaVuCond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                           "DejaVuSansCondensed-Oblique")}[fam]
    for n in base:
        pdfmetrics.registerFont(TTFont(n, DJ + n + ".ttf"))
    return base


class _RLFlow:
    def __init__(self, c, fonts, x, w, top, bottom, size, lead, on_new_page):
        self.c, self.f = c, fonts
        self.x, self.w, self.top, self.bottom = x, w, top, bottom
        self.y = top
        self.size, self.lead = size, lead
        self.on_new_page = on_new_page
        self.color = (0, 0, 0)

    def need(self, h):
        if self.y - h < self.bottom:
            self.on_new_page()
            self.y = self.top

    def font(self, st):
        return {"b": self.f[1], "bi": self.f[1], "i": self.f[2], "n": self.f[0]}[st]

    def wrap(self, text, font, size, width):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(text, font, size, width) or [""]

    def line(self, text, st="n", size=None, indent=0, color=None):
        size = size or self.size
        fn = self.font(st)
        lead = max(self.lead, size * 1.2)
        for ln in self.wrap(text, fn, size, self.w - indent):
            self.need(lead)
            self.c.setFillColorRGB(*(color or self.color))
            self.c.setFont(fn, size)
            self.c.drawString(self.x + indent, self.y - size, ln)
            self.c.setFillColorRGB(0, 0, 0)
            self.y -= lead

    def row(self, left, right, st):
        fn = self.font(st)
        rw = self.c.stringWidth(right, self.f[0], self.size) + 8 if right else 0
        lines = self.wrap(left, fn, self.size, self.w - rw)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.c.setFont(fn, self.size)
            self.c.drawString(self.x, self.y - self.size, ln)
            if i == 0 and right:
                self.c.setFont(self.f[0], self.size)
                self.c.drawRightString(self.x + self.w, self.y - self.size, right)
            self.y -= self.lead

    def drow(self, dt, title, ol, dcol):
        self.need(self.lead * 2)
        self.c.setFont(self.f[0], self.size)
        self.c.drawString(self.x, self.y - self.size, dt)
        self.c.setFont(self.f[1], self.size)
        self.c.drawString(self.x + dcol, self.y - self.size, title)
        self.y -= self.lead
        if ol:
            self.c.setFont(self.f[2], self.size)
            self.c.drawString(self.x + dcol, self.y - self.size, ol)
            self.y -= self.lead

    def bullet(self, text, ch, indent=10):
        fn = self.f[0]
        lines = self.wrap(text, fn, self.size, self.w - indent - 2)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.c.setFont(fn, self.size)
            if i == 0:
                self.c.drawString(self.x + 2, self.y - self.size, ch)
            self.c.drawString(self.x + indent, self.y - self.size, ln)
            self.y -= self.lead

    def heading(self, text, style, color):
        self.need(self.lead * 3)
        self.y -= self.lead * 0.5
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.f[1], self.size + 1.5)
        t = text.upper() if style.get("hcaps", True) else text
        self.c.drawString(self.x, self.y - self.size - 1.5, t)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= self.lead + 3
        if style.get("hrule", True):
            self.c.setStrokeColorRGB(*color)
            self.c.setLineWidth(0.6)
            self.c.line(self.x, self.y + 1, self.x + self.w, self.y + 1)
            self.y -= 4

    def blocks(self, bls, o):
        dcol = o.get("dcol", 95)
        ch = o.get("bullet", "\u2022")
        col = o.get("hcolor", (0.1, 0.1, 0.1))
        for bl in bls:
            t = bl[0]
            if t == "h":
                self.heading(bl[1], o, col)
            elif t == "row":
                self.row(bl[1], bl[2], bl[3])
            elif t == "orghead":
                self.row(bl[1], bl[2], "b")
            elif t == "drow":
                self.drow(bl[1], bl[2], bl[3], dcol)
            elif t == "bullet":
                self.bullet(bl[1], ch)
            elif t in ("para", "line"):
                self.line(bl[1])
            elif t == "pair":
                self.line(f"{bl[1]}: {bl[2]}")
            elif t == "gap":
                self.y -= self.lead * 0.5
            elif t == "sgap":
                self.y -= self.lead * 0.3


def _rl_draw(r, target, total):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfgen import canvas
    o = r.opts
    ps = letter if o.get("paper") == "letter" else A4
    W, Hh = ps
    fonts = _rl_fonts(o)
    c = canvas.Canvas(target, pagesize=ps, invariant=1, pageCompression=0)
    c.setAuthor(r.name)
    c.setTitle(o.get("doctitle", f"{r.name} CV"))
    c.setCreator(o.get("creator", "Microsoft® Word for Microsoft 365"))
    size, lead = o.get("size", 9.5), o.get("lead", 12.5)
    mx = o.get("margin", 50)
    state = {"page": 1}
    lay = r.layout
    side_w = o.get("side_w", 165) if lay == "sidebar" else 0

    def footer():
        if o.get("footer"):
            c.setFont(fonts[0], 7.5)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            txt = o["footer"].format(name=r.name, page=state["page"], total=total)
            c.drawCentredString(W / 2, 28, txt)
            c.setFillColorRGB(0, 0, 0)

    def new_page():
        footer()
        c.showPage()
        state["page"] += 1

    top = Hh - 50
    if lay == "sidebar":
        sc = o.get("side_color", (0.9, 0.92, 0.95))
        c.setFillColorRGB(*sc)
        c.rect(0, 0, side_w, Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        sf = _RLFlow(c, fonts, 18, side_w - 32, Hh - 50, 40, size - 0.8, lead - 1, lambda: None)
        sf.color = o.get("side_text", (0, 0, 0))
        for part in r.name.split(" "):
            sf.line(part, "b", size=17)
        sf.y -= 6
        for cl in r.contact:
            sf.line(cl, "n")
        main, side = blocks(r, split_side=True)
        for bl in side:
            if bl[0] == "h":
                sf.y -= 8
                sf.line(bl[1].upper(), "b", size=size + 0.5)
                sf.y -= 2
            elif bl[0] == "bullet":
                sf.line(bl[1])
            elif bl[0] in ("line", "para"):
                sf.line(bl[1])
            elif bl[0] == "pair":
                sf.line(bl[1], "b")
                sf.line(bl[2])
        c.setFillColorRGB(0, 0, 0)
        flow = _RLFlow(c, fonts, side_w + 24, W - side_w - 24 - 40, top, 45, size, lead, new_page)
        if r.headline:
            flow.line(r.headline, "b", size=size + 2.5, color=o.get("hcolor"))
            flow.y -= 4
    else:
        main, _ = blocks(r)
        flow = _RLFlow(c, fonts, mx, W - 2 * mx, top, 50, size, lead, new_page)
        if lay == "twocol":
            c.setFont(fonts[1], 20)
            c.drawString(mx, Hh - 62, r.name)
            if r.headline:
                c.setFont(fonts[2], size + 1)
                c.drawString(mx, Hh - 80, r.headline)
            c.setFont(fonts[0], size - 0.5)
            yy = Hh - 52
            for cl in r.contact:
                c.drawRightString(W - mx, yy, cl)
                yy -= lead - 1
            flow.y = min(Hh - 92, yy - 6)
            c.setLineWidth(1.2)
            c.line(mx, flow.y + 4, W - mx, flow.y + 4)
            flow.y -= 6
        else:
            if o.get("center", False):
                c.setFont(fonts[1], 18)
                c.drawCentredString(W / 2, Hh - 62, r.name)
                c.setFont(fonts[0], size)
                yy = Hh - 78
                if r.headline:
                    c.setFont(fonts[2], size + 0.5)
                    c.drawCentredString(W / 2, yy, r.headline)
                    yy -= lead
                    c.setFont(fonts[0], size)
                c.drawCentredString(W / 2, yy, o.get("cjoin", "  |  ").join(r.contact))
                flow.y = yy - 14
            else:
                c.setFont(fonts[1], 18)
                c.drawString(mx, Hh - 62, r.name)
                yy = Hh - 78
                if r.headline:
                    c.setFont(fonts[0], size + 1)
                    c.drawString(mx, yy, r.headline)
                    yy -= lead
                c.setFont(fonts[0], size)
                for cl in (r.contact if o.get("cstack") else [o.get("cjoin", " | ").join(r.contact)]):
                    c.drawString(mx, yy, cl)
                    yy -= lead
                flow.y = yy - 6
    flow.blocks(main, o)
    footer()
    c.showPage()
    c.save()
    return state["page"]


def render_rl(r, path):
    n = _rl_draw(r, io.BytesIO(), 0)
    _rl_draw(r, path, n)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(r, path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    o = r.opts
    foot = o.get("footer")

    class P(FPDF):
        def footer(self):
            if foot:
                self.set_y(-14)
                self.set_font("dj", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.cell(0, 6, foot.format(name=r.name, page=self.page_no(), total="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

    fmt = "Letter" if o.get("paper") == "letter" else "A4"
    pdf = P(format=fmt, unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator(o.get("creator", "Writer"))
    pdf.set_author(r.name)
    pdf.set_title(f"{r.name} - CV")
    fam = o.get("font", "sans")
    files = {"sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
             "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
             "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique",
                      "DejaVuSansCondensed-BoldOblique")}[fam]
    for st, fn in zip(("", "B", "I", "BI"), files):
        pdf.add_font("dj", st, DJ + fn + ".ttf")
    m = o.get("margin", 18)
    pdf.set_margins(m, 16, m)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    size = o.get("size", 9.5)
    lh = o.get("lh", 4.6)
    W = pdf.w - 2 * m
    acc = o.get("accent", (30, 60, 110))
    lay = r.layout
    pdf.set_font("dj", "B", 17)
    align = "C" if lay == "centred" else "L"
    pdf.cell(0, 9, r.name, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if r.headline:
        pdf.set_font("dj", "I", size + 0.5)
        pdf.cell(0, 5.5, r.headline, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dj", "", size - 0.5)
    if o.get("cstack"):
        for cl in r.contact:
            pdf.cell(0, lh, cl, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, lh, o.get("cjoin", "  •  ").join(r.contact), align=align,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    main, _ = blocks(r)
    sty = {"b": "B", "i": "I", "n": "", "bi": "BI"}
    bch = o.get("bullet", "•")
    for bl in main:
        t = bl[0]
        if t == "h":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dj", "B", size + 1.5)
            pdf.set_text_color(*acc)
            h = bl[1].upper() if o.get("hcaps", True) else bl[1]
            pdf.cell(0, 6, h, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            if o.get("hrule", True):
                pdf.set_draw_color(*acc)
                pdf.line(m, pdf.get_y(), pdf.w - m, pdf.get_y())
            pdf.ln(1.5)
        elif t in ("row", "orghead"):
            left, right = bl[1], bl[2]
            st = "B" if t == "orghead" else sty[bl[3]]
            if t == "orghead" and right:
                left, right = f"{left}, {right}", ""
            pdf.set_font("dj", "", size)
            rw = pdf.get_string_width(right) + 3 if right else 0
            pdf.set_font("dj", st, size)
            y0 = pdf.get_y()
            pdf.multi_cell(W - rw, lh, left, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if right:
                y1 = pdf.get_y()
                pdf.set_xy(m + W - rw, y0 if y1 > y0 else y1 - lh)
                pdf.set_font("dj", "", size)
                pdf.cell(rw, lh, right, align="R")
                pdf.set_xy(m, y1)
        elif t == "drow":
            pdf.set_font("dj", "", size)
            pdf.cell(o.get("dcol", 34), lh, bl[1])
            pdf.set_font("dj", "B", size)
            pdf.cell(0, lh, bl[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if bl[3]:
                pdf.set_x(m + o.get("dcol", 34))
                pdf.set_font("dj", "I", size)
                pdf.cell(0, lh, bl[3], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif t == "bullet":
            pdf.set_font("dj", "", size)
            pdf.set_x(m + 1.5)
            pdf.cell(4, lh, bch)
            pdf.multi_cell(W - 5.5, lh, bl[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif t in ("para", "line"):
            pdf.set_font("dj", "", size)
            pdf.multi_cell(W, lh, bl[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif t == "pair":
            pdf.set_font("dj", "B", size)
            pdf.write(lh, bl[1] + ": ")
            pdf.set_font("dj", "", size)
            pdf.write(lh, bl[2])
            pdf.ln(lh)
        elif t == "gap":
            pdf.ln(1.8)
        elif t == "sgap":
            pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------- docx
def _docx_fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def _page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def render_docx(r, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor
    o = r.opts
    d = docx.Document()
    sec = d.sections[0]
    if o.get("paper") == "letter":
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    mg = Cm(o.get("margin", 2.0))
    sec.left_margin = sec.right_margin = mg
    sec.top_margin = sec.bottom_margin = Cm(o.get("vmargin", 1.8))
    textw = sec.page_width - 2 * mg
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    normal.paragraph_format.space_after = Pt(o.get("after", 2))
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        st = d.styles[hs]
        st.font.name = o.get("hfont", o.get("font", "Calibri"))
        if o.get("hcolor"):
            st.font.color.rgb = RGBColor.from_string(o["hcolor"])
    d.styles["Heading 1"].font.size = Pt(o.get("h1size", 13))
    d.styles["Heading 2"].font.size = Pt(o.get("h2size", 11))
    cp = d.core_properties
    cp.author = o.get("author", r.name)
    cp.last_modified_by = o.get("author", r.name)
    cp.title = o.get("doctitle", "CV")
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = o.get("revision", 3)
    cp.comments = ""
    lay = r.layout

    def tabpar(container, left, right, bold=False, italic=False, style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(o.get("tabpos", textw), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        if right:
            rr = p.add_run("\t" + right)
            rr.bold = o.get("datebold", False)
        return p

    def bullet(container, text):
        if o.get("listbullet", True):
            p = container.add_paragraph(text, style="List Bullet")
        else:
            p = container.add_paragraph(o.get("bullet", "–") + "\t" + text)
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(0)
        return p

    def heading(container, text):
        hs = o.get("hstyle", "Heading 1")
        t = text.upper() if o.get("hcaps") else text
        if hs == "bold":
            p = container.add_paragraph()
            rn = p.add_run(t)
            rn.bold = True
            rn.font.size = Pt(o.get("h1size", 12))
            p.paragraph_format.space_before = Pt(10)
            return p
        if hasattr(container, "add_heading"):
            return container.add_heading(t, level=int(hs[-1]))
        return container.add_paragraph(t, style=hs)

    def emit(container, bls):
        for bl in bls:
            t = bl[0]
            if t == "h":
                heading(container, bl[1])
            elif t == "row":
                left, right, st = bl[1], bl[2], bl[3]
                if st == "b" and o.get("titlestyle"):
                    tabpar(container, left, right, style=o["titlestyle"])
                else:
                    tabpar(container, left, right, bold=st in ("b", "bi"), italic=st in ("i", "bi"))
            elif t == "orghead":
                tabpar(container, bl[1], bl[2], bold=True)
            elif t == "drow":
                p = container.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4), WD_TAB_ALIGNMENT.LEFT)
                p.add_run(bl[1] + "\t")
                p.add_run(bl[2]).bold = True
                if bl[3]:
                    p.add_run(", " + bl[3]).italic = True
            elif t == "bullet":
                bullet(container, bl[1])
            elif t in ("para", "line"):
                container.add_paragraph(bl[1])
            elif t == "pair":
                p = container.add_paragraph()
                p.add_run(bl[1] + ": ").bold = True
                p.add_run(bl[2])

    def header_block(container, center=False):
        p = container.add_paragraph()
        rn = p.add_run(r.name)
        rn.bold = True
        rn.font.size = Pt(o.get("namesize", 18))
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.headline:
            p2 = container.add_paragraph(r.headline)
            if center:
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cl in (r.contact if o.get("cstack") else [o.get("cjoin", " | ").join(r.contact)]):
            p3 = container.add_paragraph(cl)
            if center:
                p3.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if lay == "header":
        hp = sec.header.paragraphs[0]
        hp.text = r.name
        hp.runs[0].bold = True
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cl in r.contact:
            x = sec.header.add_paragraph(cl)
            x.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if r.headline:
            d.add_paragraph(r.headline).runs[0].italic = True
        main, _ = blocks(r)
        emit(d, main)
    elif lay == "sidebar":
        main, side = blocks(r, split_side=True)
        t = d.add_table(rows=1, cols=2)
        _no_borders(t)
        lw = Cm(o.get("side_cm", 5.6))
        t.columns[0].width = lw
        t.columns[1].width = textw - lw
        cl, cr = t.rows[0].cells
        cl.width, cr.width = lw, textw - lw
        _shade(cl, o.get("side_fill", "E8EEF4"))
        cl.paragraphs[0].text = r.name
        cl.paragraphs[0].runs[0].bold = True
        cl.paragraphs[0].runs[0].font.size = Pt(16)
        for c_ in r.contact:
            cl.add_paragraph(c_)
        emit(cl, side)
        if o.get("nested"):
            title, rows = o["nested"]
            cl.add_paragraph(title).runs[0].bold = True
            nt = cl.add_table(rows=0, cols=2)
            for a, b in rows:
                rc = nt.add_row().cells
                rc[0].text, rc[1].text = a, b
            cl.add_paragraph()
        if r.headline:
            cr.paragraphs[0].text = r.headline
            cr.paragraphs[0].runs[0].bold = True
        emit(cr, main)
    elif lay == "table":
        header_block(d, center=o.get("center", False))
        for s in r.sections:
            heading(d, s.heading)
            if s.kind != "entries":
                emit(d, section_blocks(s, r)[1:])
                continue
            for e in s.items:
                t = d.add_table(rows=1, cols=2)
                _no_borders(t)
                rw = Cm(o.get("datecol_cm", 4.2))
                a, b = t.rows[0].cells
                a.width, b.width = textw - rw, rw
                a.paragraphs[0].add_run(e.title).bold = True
                if e.org or e.loc:
                    a.add_paragraph(_j(e.org, e.loc)).runs[0].italic = True
                dtp = b.paragraphs[0]
                dtp.text = date_text(e, r)
                dtp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if e.note:
                    a.add_paragraph(e.note).runs[0].italic = True
                if e.prose:
                    d.add_paragraph(" ".join(e.b))
                else:
                    for x in e.b:
                        bullet(d, x)
    else:  # styles / tabs
        if lay == "styles" and o.get("titlestyle_name", True):
            d.add_heading(r.name, level=0)
            if r.headline:
                d.add_paragraph(r.headline)
            d.add_paragraph(o.get("cjoin", " | ").join(r.contact))
        else:
            header_block(d, center=o.get("center", False))
        main, _ = blocks(r)
        emit(d, main)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = o["footer"].format(name=r.name, page="", total="")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if "{page}" in o["footer"]:
            _page_field(fp)
    d.save(path)
    _docx_fix_zip(path)


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html, "rl": render_rl,
             "fpdf": render_fpdf, "docx": render_docx}


def render(r, outdir):
    path = os.path.join(outdir, r.file)
    RENDERERS[r.renderer](r, path)
    return path
