"""A small layout engine for designed résumé PDFs with two drawing back-ends:
reportlab canvas (RL) and fpdf2 (FP).  Coordinates are in points, origin top-left."""
import datetime
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from lib import date_text

DJ = "/usr/share/fonts/truetype/dejavu/"
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)

_TTF = {
    "dv": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "dvc": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf"),
    "dvs": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
}
_RL_CORE = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
}
_KEYS = {"R": 0, "B": 1, "I": 2, "BI": 3}


def rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


class RL:
    name = "reportlab"

    def __init__(self, path, size, family, meta):
        self.W, self.H = size
        self.c = rl_canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(meta.get("title", ""))
        self.c.setAuthor(meta.get("author", ""))
        if meta.get("creator"):
            self.c.setCreator(meta["creator"])
        if family in _RL_CORE:
            self.fonts = _RL_CORE[family]
        else:
            names = []
            for i, f in enumerate(_TTF[family]):
                n = f"{family}-{i}"
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, DJ + f))
                names.append(n)
            self.fonts = tuple(names)

    def fn(self, key):
        return self.fonts[_KEYS[key]]

    def width(self, s, key, size, cs=0):
        return pdfmetrics.stringWidth(s, self.fn(key), size) + cs * len(s)

    def text(self, x, y, s, key, size, color="#000000", cs=0):
        r, g, b = rgb(color)
        self.c.setFillColorRGB(r / 255, g / 255, b / 255)
        t = self.c.beginText(x, self.H - y)
        t.setFont(self.fn(key), size)
        t.setCharSpace(cs)
        t.textOut(s)
        self.c.drawText(t)

    def rect(self, x, y, w, h, color):
        r, g, b = rgb(color)
        self.c.setFillColorRGB(r / 255, g / 255, b / 255)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def circle(self, cx, cy, rad, color):
        r, g, b = rgb(color)
        self.c.setFillColorRGB(r / 255, g / 255, b / 255)
        self.c.circle(cx, self.H - cy, rad, stroke=0, fill=1)

    def ring(self, cx, cy, rad, color, lw=0.8):
        r, g, b = rgb(color)
        self.c.setStrokeColorRGB(r / 255, g / 255, b / 255)
        self.c.setLineWidth(lw)
        self.c.circle(cx, self.H - cy, rad, stroke=1, fill=0)

    def line(self, x1, y1, x2, y2, color, lw=0.6):
        r, g, b = rgb(color)
        self.c.setStrokeColorRGB(r / 255, g / 255, b / 255)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FP:
    name = "fpdf2"

    def __init__(self, path, size, family, meta):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        p = FPDF(unit="pt", format=size)
        p.set_auto_page_break(False)
        p.set_margins(0, 0, 0)
        p.set_creation_date(FIXED)
        p.set_title(meta.get("title", ""))
        p.set_author(meta.get("author", ""))
        p.set_creator(meta.get("creator", "fpdf2"))
        if family not in _TTF:
            family = "dv"
        for st, f in zip(("", "B", "I", "BI"), _TTF[family]):
            p.add_font("F", st, DJ + f)
        p.add_page()
        self.p = p

    def width(self, s, key, size, cs=0):
        self.p.set_font("F", "" if key == "R" else key, size)
        return self.p.get_string_width(s) + cs * len(s)

    def text(self, x, y, s, key, size, color="#000000", cs=0):
        self.p.set_font("F", "" if key == "R" else key, size)
        self.p.set_text_color(*rgb(color))
        self.p.set_char_spacing(cs)
        self.p.text(x, y, s)
        if cs:
            self.p.set_char_spacing(0)

    def rect(self, x, y, w, h, color):
        self.p.set_fill_color(*rgb(color))
        self.p.rect(x, y, w, h, style="F")

    def circle(self, cx, cy, rad, color):
        self.p.set_fill_color(*rgb(color))
        self.p.ellipse(cx - rad, cy - rad, 2 * rad, 2 * rad, style="F")

    def ring(self, cx, cy, rad, color, lw=0.8):
        self.p.set_draw_color(*rgb(color))
        self.p.set_line_width(lw)
        self.p.ellipse(cx - rad, cy - rad, 2 * rad, 2 * rad, style="D")

    def line(self, x1, y1, x2, y2, color, lw=0.6):
        self.p.set_draw_color(*rgb(color))
        self.p.set_line_width(lw)
        self.p.line(x1, y1, x2, y2)

    def new_page(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


# --------------------------------------------------------------------------- layout

DEFAULTS = dict(
    page="A4", font="helv", side=None, side_w=175, side_bg="#1F3A5F", side_fg="#FFFFFF", side_acc="#9CC3E6",
    side_all=False, band=None, band_bg="#1F3A5F", band_fg="#FFFFFF", name_in="main", photo=False,
    margin=42, gap=22, hdr="title_org", dates="right", heading="rule", accent="#1F3A5F", text="#222222",
    grey="#666666", bullet="•", size=9.6, hsize=11.5, name_size=24, rate="bars", footer=None,
    contact_style="stack", datew=78, timeline=False, name_caps=False, side_heading="spaced",
    org_sep=", ", pipe=" | ", title_key="B", org_key="I", date_key="R", main_pad_top=0,
    break_before=None, center_name=False,
)


def wrap(P, text, key, size, width, cs=0):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if P.width(t, key, size, cs) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Col:
    def __init__(self, eng, x, w, y, ybot, main=True):
        self.e, self.x, self.w, self.y, self.ybot, self.main = eng, x, w, y, ybot, main

    def need(self, h):
        if self.main and self.y + h > self.ybot:
            self.e.next_page(self)

    def textline(self, s, key, size, color, dx=0, lead=1.32, cs=0):
        self.need(size * lead)
        self.e.P.text(self.x + dx, self.y + size * 0.9, s, key, size, color, cs)
        self.y += size * lead

    def para(self, s, key, size, color, dx=0, lead=1.32, first=None):
        for i, ln in enumerate(wrap(self.e.P, s, key, size, self.w - dx)):
            self.textline(ln, key, size, color, dx, lead)

    def bullet(self, s, key, size, color, ch, acc, dx=0, lead=1.32):
        P = self.e.P
        ind = dx + 11
        lines = wrap(P, s, key, size, self.w - ind)
        self.need(size * lead * min(2, len(lines)))
        P.text(self.x + dx + 1, self.y + size * 0.9, ch, "R", size, acc)
        for ln in lines:
            self.textline(ln, key, size, color, ind, lead)


class Engine:
    def __init__(self, doc, path, backend):
        o = dict(DEFAULTS)
        o.update(doc.get("opts", {}))
        self.o, self.doc = o, doc
        size = A4 if o["page"] == "A4" else LETTER
        meta = dict(title=doc.get("pdf_title", doc["name"] + " - CV"), author=doc["name"], creator=doc.get("creator"))
        self.P = backend(path, size, o["font"], meta)
        self.W, self.H = size
        self.page = 1

    # ---- page furniture
    def geometry(self):
        o, m = self.o, self.o["margin"]
        if o["side"] == "left":
            sx, mx = 0, o["side_w"] + o["gap"]
            mw = self.W - mx - m
        elif o["side"] == "right":
            sx, mx = self.W - o["side_w"], m
            mw = self.W - o["side_w"] - o["gap"] - m
        else:
            sx, mx, mw = None, m, self.W - 2 * m
        return sx, mx, mw

    def furniture(self):
        o, P = self.o, self.P
        sx, mx, mw = self.geometry()
        if o["side"] and (self.page == 1 or o["side_all"]):
            P.rect(sx, 0, o["side_w"], self.H, o["side_bg"])
        if o["footer"] and (self.page > 1 or o.get("footer_p1")):
            txt = o["footer"].format(n=self.page, name=self.doc["name"])
            w = P.width(txt, "R", 7.5)
            P.text(mx + mw - w, self.H - 22, txt, "R", 7.5, o["grey"])

    def next_page(self, col):
        self.P.new_page()
        self.page += 1
        self.furniture()
        col.y = self.o["margin"]

    # ---- headings
    def heading(self, col, text, side=False):
        o, P = self.o, self.P
        style = o["side_heading"] if side else o["heading"]
        fg = o["side_fg"] if side else o["accent"]
        hs = o["hsize"] - (1.5 if side else 0)
        col.need(hs * 4.2)
        col.y += hs * 0.55
        if style == "spaced":
            col.textline(text.upper(), "B", hs, fg, cs=1.8)
            col.y += 2
        elif style == "rule":
            col.textline(text.upper(), "B", hs, fg)
            P.line(col.x, col.y - 2, col.x + col.w, col.y - 2, o["side_acc"] if side else fg, 0.8)
            col.y += 4
        elif style == "bar":
            P.rect(col.x, col.y + 1, 4, hs + 1, o["side_acc"] if side else fg)
            col.textline(text.upper(), "B", hs, fg, dx=10)
            col.y += 3
        elif style == "smallcaps":
            x = col.x
            for word in text.split(" "):
                big, rest = word[0].upper(), word[1:].upper()
                P.text(x, col.y + hs * 0.9, big, "R", hs + 2, fg)
                x += P.width(big, "R", hs + 2)
                P.text(x, col.y + hs * 0.9, rest, "R", hs - 1.5, fg)
                x += P.width(rest, "R", hs - 1.5) + P.width(" ", "R", hs)
            col.y += hs * 1.45
            P.line(col.x, col.y - 2, col.x + col.w, col.y - 2, o["grey"], 0.4)
            col.y += 4
        elif style == "boxed":
            P.rect(col.x, col.y - 1, col.w, hs + 6, fg)
            col.textline(" " + text.upper(), "B", hs, "#FFFFFF", dx=3)
            col.y += 5
        else:  # plain
            col.textline(text, "B", hs + 1, fg)
            col.y += 2

    # ---- sidebar blocks
    def side_block(self, col, head, content):
        o, P = self.o, self.P
        fg, acc = o["side_fg"], o["side_acc"]
        sz = o["size"] - 0.6
        if head:
            self.heading(col, head, side=True)
        if isinstance(content, str):
            col.para(content, "R", sz, fg)
        elif isinstance(content, dict) and "rate" in content:
            mx = content.get("max", 5)
            for label, n in content["rate"]:
                style = content.get("style", o["rate"])
                if style == "bars":
                    col.textline(label, "R", sz, fg)
                    bw = col.w - 6
                    P.rect(col.x, col.y - 1, bw, 3.2, content.get("track", "#4A6A8F"))
                    P.rect(col.x, col.y - 1, bw * n / mx, 3.2, acc)
                    col.y += 7
                elif style == "dots":
                    w = P.width(label, "R", sz)
                    col.textline(label, "R", sz, fg)
                    for i in range(mx):
                        cx = col.x + col.w - 8 - (mx - 1 - i) * 10
                        if i < n:
                            P.circle(cx, col.y - sz * 0.85, 3, acc)
                        else:
                            P.ring(cx, col.y - sz * 0.85, 2.8, acc)
                elif style == "glyph":   # needs a unicode font
                    g = "●" * n + "○" * (mx - n)
                    gw = P.width(g, "R", sz)
                    P.text(col.x + col.w - gw, col.y + sz * 0.9, g, "R", sz, acc)
                    col.textline(label, "R", sz, fg)
                elif style == "text":
                    col.textline(f"{label} – {n}/{mx}", "R", sz, fg)
                elif style == "words":
                    col.textline(label, "B", sz, fg)
                    col.textline(n, "I", sz - 0.5, acc)
        elif isinstance(content, dict) and "pairs" in content:
            for k, v in content["pairs"]:
                if o["contact_style"] == "stack":
                    col.textline(k.upper(), "B", sz - 1.6, acc, cs=0.8)
                    col.para(v, "R", sz, fg)
                    col.y += 3
                else:
                    kw = P.width(k + "  ", "B", sz)
                    P.text(col.x, col.y + sz * 0.9, k, "B", sz, acc)
                    lines = wrap(P, v, "R", sz, col.w - kw)
                    for ln in lines:
                        col.textline(ln, "R", sz, fg, dx=kw)
                    col.y += 1.5
        elif isinstance(content, dict) and "tags" in content:
            col.para("  ·  ".join(content["tags"]), "R", sz, fg, lead=1.55)
        elif isinstance(content, list):
            for it in content:
                if content and o.get("side_bullets"):
                    col.bullet(it, "R", sz, fg, o["bullet"], acc)
                else:
                    col.para(it, "R", sz, fg)
                    col.y += 1.5
        col.y += 4

    # ---- main blocks
    def entry_dates(self, e):
        d = self.doc
        return date_text(e, d.get("dates", "mon"), d.get("present", "Present"), d.get("sep", " – "))

    def right_text(self, col, s, key, size, color, y=None):
        w = self.P.width(s, key, size)
        self.P.text(col.x + col.w - w, (col.y if y is None else y) + size * 0.9, s, key, size, color)
        return w

    def segments(self, col, segs, size, dx=0):
        """draw [(text,key,color),...] on one line; return width used"""
        x = col.x + dx
        for s, k, c in segs:
            self.P.text(x, col.y + size * 0.9, s, k, size, c)
            x += self.P.width(s, k, size)
        return x - col.x - dx

    def body(self, col, e, dx=0):
        o = self.o
        sz = o["size"]
        if e.sub:
            col.para(e.sub, "I", sz - 0.6, o["grey"], dx=dx)
        for p in e.pre:
            col.para(p, "I", sz - 0.4, o["grey"], dx=dx)
        if e.prose:
            for b in e.bullets:
                col.para(b, "R", sz, o["text"], dx=dx)
        else:
            for b in e.bullets:
                col.bullet(b, "R", sz, o["text"], o["bullet"], o["accent"], dx=dx)

    def entry(self, col, e, first_in_group=True, group_mode=False):
        o, P = self.o, self.P
        sz = o["size"]
        dt = self.entry_dates(e)
        hdr = o["hdr"]
        col.need(sz * 1.35 * (4 + min(2, len(e.bullets))))
        col.y += 4
        if o["dates"] == "left":
            dw = o["datew"]
            top = col.y
            # left date column
            dl = wrap(P, dt, o["date_key"], sz - 0.8, dw - 14) if dt else []
            sep = self.doc.get("sep", " – ")
            if len(dl) > 1 and sep in dt:
                a, b = dt.split(sep, 1)
                dl = [a + sep.rstrip(), b]
            yy = top
            for ln in dl:
                P.text(col.x, yy + (sz - 0.8) * 0.9, ln, o["date_key"], sz - 0.8, o["grey"])
                yy += (sz - 0.8) * 1.3
            if o.get("loc_left") and e.loc:
                for ln in wrap(P, e.loc, "I", sz - 1.2, dw - 14):
                    P.text(col.x, yy + (sz - 1.2) * 0.9, ln, "I", sz - 1.2, o["grey"])
                    yy += (sz - 1.2) * 1.3
            if o["timeline"]:
                P.circle(col.x + dw - 7, top + sz * 0.55, 3.2, o["accent"])
            sub = Col(self, col.x + dw, col.w - dw, col.y, col.ybot)
            self._header(sub, e, dt, in_left=True)
            self.body(sub, e)
            if o["timeline"]:
                P.line(col.x + dw - 7, top + sz, col.x + dw - 7, max(sub.y, yy) + 2, o["side_acc"], 0.7)
            col.y = max(sub.y, yy)
            return
        self._header(col, e, dt)
        self.body(col, e)

    def _header(self, col, e, dt, in_left=False):
        o, P = self.o, self.P
        sz = o["size"]
        hdr = o["hdr"]
        right = (o["dates"] == "right") and not in_left and dt
        loc_txt = e.loc if (e.loc and not (in_left and o.get("loc_left"))) else None
        tsz = sz + 1.2
        if hdr == "title_org":
            dw = P.width(dt, o["date_key"], sz - 0.4) + 10 if right else 0
            for ln in wrap(P, e.title, o["title_key"], tsz, col.w - dw):
                P.text(col.x, col.y + tsz * 0.9, ln, o["title_key"], tsz, o["text"])
                if right:
                    self.right_text(col, dt, o["date_key"], sz - 0.4, o["grey"], y=col.y + 1)
                    right = False
                col.y += tsz * 1.3
            ol = (e.org or "") + ((o["org_sep"] + loc_txt) if (loc_txt and e.org) else (loc_txt or ""))
            if ol:
                col.para(ol, o["org_key"], sz, o["accent"])
        elif hdr == "org_title":
            ol = (e.org or "") + ((o["org_sep"] + loc_txt) if (loc_txt and e.org) else (loc_txt or ""))
            dw = P.width(dt, o["date_key"], sz - 0.4) + 10 if right else 0
            for ln in wrap(P, ol, "B", tsz, col.w - dw):
                P.text(col.x, col.y + tsz * 0.9, ln, "B", tsz, o["text"])
                if right:
                    self.right_text(col, dt, o["date_key"], sz - 0.4, o["grey"], y=col.y + 1)
                    right = False
                col.y += tsz * 1.3
            col.para(e.title, o["org_key"], sz + 0.4, o["accent"])
        elif hdr == "pipe":
            segs = [(e.title, "B", o["text"])]
            if e.org:
                segs.append((o["pipe"] + e.org, "R", o["accent"]))
            if loc_txt:
                segs.append((o["pipe"] + loc_txt, "R", o["grey"]))
            col.need(tsz * 1.4)
            tw = sum(P.width(a, b, sz + 0.4) for a, b, _ in segs)
            dw = P.width(dt, o["date_key"], sz - 0.4) + 10 if right else 0
            if tw + dw > col.w:
                raise ValueError(f"{self.doc['id']}: pipe header too wide: {e.title}")
            self.segments(col, segs, sz + 0.4)
            if right:
                self.right_text(col, dt, o["date_key"], sz - 0.4, o["grey"], y=col.y + 1)
            col.y += tsz * 1.3
        elif hdr == "dateline":
            col.para(e.title, "B", tsz, o["text"])
            ol = (e.org or "") + ((o["org_sep"] + loc_txt) if (loc_txt and e.org) else (loc_txt or ""))
            if ol:
                col.para(ol, "R", sz, o["accent"])
            if dt and not in_left:
                col.para(dt, "I", sz - 0.4, o["grey"])
            right = False
        elif hdr == "role_only":   # inside an org group
            dw = P.width(dt, o["date_key"], sz - 0.4) + 10 if right else 0
            col.need(tsz * 1.4)
            P.text(col.x, col.y + sz * 0.9, e.title, "BI", sz + 0.4, o["text"])
            if right:
                self.right_text(col, dt, o["date_key"], sz - 0.4, o["grey"], y=col.y)
                right = False
            col.y += sz * 1.4
        if o["dates"] == "below" and dt:
            col.para(dt, o["date_key"], sz - 0.6, o["grey"])

    def org_group(self, col, entries):
        o, P = self.o, self.P
        e0 = entries[0]
        sz = o["size"]
        col.need(sz * 1.35 * 6)
        col.y += 5
        P.text(col.x, col.y + (sz + 1.4) * 0.9, e0.org, "B", sz + 1.4, o["accent"])
        if e0.loc:
            self.right_text(col, e0.loc, "I", sz - 0.4, o["grey"], y=col.y + 1)
        col.y += (sz + 1.4) * 1.35
        saved = o["hdr"]
        o["hdr"] = "role_only"
        for e in entries:
            self._header(col, e, self.entry_dates(e))
            self.body(col, e)
            col.y += 2
        o["hdr"] = saved

    def main_block(self, col, head, content):
        o, P = self.o, self.P
        sz = o["size"]
        if head:
            if o["break_before"] and head == o["break_before"] and self.page == 1:
                self.next_page(col)
            self.heading(col, head)
        if isinstance(content, str):
            col.para(content, "R", sz, o["text"])
        elif isinstance(content, list) and content and hasattr(content[0], "cs"):
            i = 0
            while i < len(content):
                e = content[i]
                if o.get("group_orgs"):
                    j = i
                    while j + 1 < len(content) and content[j + 1].org == e.org and e.org:
                        j += 1
                    if j > i or o.get("group_all"):
                        self.org_group(col, content[i:j + 1])
                        i = j + 1
                        continue
                if o.get("break_before_entry") == e.title and self.page == 1:
                    self.next_page(col)
                self.entry(col, e)
                col.y += 3
                i += 1
        elif isinstance(content, dict) and "items" in content:
            for it in content["items"]:
                a, b, c = (list(it) + [None, None])[:3]
                col.need(sz * 3)
                if b:
                    self.right_text(col, b, "R", sz - 0.4, o["grey"])
                col.para(a, "B", sz, o["text"])
                if c:
                    col.para(c, "I", sz - 0.2, o["grey"])
                col.y += 3
        elif isinstance(content, dict) and "lines" in content:
            for ln in content["lines"]:
                col.bullet(ln, "R", sz, o["text"], o["bullet"], o["accent"])
        elif isinstance(content, dict) and "pairs" in content:
            for k, v in content["pairs"]:
                kw = P.width(k + ": ", "B", sz)
                col.need(sz * 1.4)
                P.text(col.x, col.y + sz * 0.9, k + ":", "B", sz, o["text"])
                for ln in wrap(P, v, "R", sz, col.w - kw):
                    col.textline(ln, "R", sz, o["text"], dx=kw)
        elif isinstance(content, dict) and "rate" in content:
            saved = (o["side_fg"], o["side_acc"])
            o["side_fg"], o["side_acc"] = o["text"], o["accent"]
            self.side_block(col, None, content)
            o["side_fg"], o["side_acc"] = saved
        col.y += 6

    # ---- name / header
    def name_block(self, col, where):
        o, P, d = self.o, self.P, self.doc
        name = d["name"].upper() if o["name_caps"] else d["name"]
        fg = o["side_fg"] if where == "side" else (o["band_fg"] if where == "band" else o["accent"])
        ns = o["name_size"]
        while max(P.width(w, "B", ns) for w in name.split(" ")) > col.w and ns > 12:
            ns -= 1
        parts = wrap(P, name, "B", ns, col.w)
        for p in parts:
            if o["center_name"]:
                w = P.width(p, "B", ns)
                P.text(col.x + (col.w - w) / 2, col.y + ns * 0.85, p, "B", ns, fg)
                col.y += ns * 1.15
            else:
                col.textline(p, "B", ns, fg, lead=1.15)
        if d.get("headline"):
            hl = d["headline"]
            if o["center_name"]:
                w = P.width(hl, "R", o["size"] + 2)
                P.text(col.x + (col.w - w) / 2, col.y + (o["size"] + 2) * 0.9, hl, "R", o["size"] + 2,
                       o["side_acc"] if where == "side" else (o["band_fg"] if where == "band" else o["grey"]))
                col.y += (o["size"] + 2) * 1.4
            else:
                for ln in wrap(P, hl, "R", o["size"] + 2, col.w, 0.6):
                    col.textline(ln, "R", o["size"] + 2,
                                 o["side_acc"] if where == "side" else (o["band_fg"] if where == "band" else o["grey"]),
                                 cs=0.6)
        col.y += 6

    def photo(self, cx, cy, r):
        P = self.P
        P.circle(cx, cy, r, "#D9D9D9")
        P.circle(cx, cy - r * 0.22, r * 0.32, "#B0B0B0")
        P.circle(cx, cy + r * 0.55, r * 0.42, "#B0B0B0")
        P.ring(cx, cy, r, "#FFFFFF", 2)

    def run(self):
        o, P, d = self.o, self.P, self.doc
        self.furniture()
        sx, mx, mw = self.geometry()
        m = o["margin"]
        main = Col(self, mx, mw, m + o["main_pad_top"], self.H - m)
        if o["band"]:
            bh = o["band"]
            bx = 0 if o.get("band_full", True) or not o["side"] else mx - o["gap"] / 2
            P.rect(bx, 0, self.W - bx if o["side"] != "right" else self.W - o["side_w"], bh, o["band_bg"])
            bc = Col(self, mx, mw, 26, bh, main=False)
            if o["photo"] and not o["side"]:
                self.photo(self.W - m - bh * 0.36, bh / 2, bh * 0.36)
                bc.w -= bh * 0.8
            self.name_block(bc, "band")
            if d.get("band_contact"):
                bl = d["band_contact"] if isinstance(d["band_contact"], list) else [d["band_contact"]]
                for i, ln in enumerate(bl):
                    P.text(mx, bh - 14 - (len(bl) - 1 - i) * (o["size"] + 1), ln, "R", o["size"] - 0.8, o["band_fg"])
            main.y = bh + 20
        if o["side"]:
            sc = Col(self, sx + 18, o["side_w"] - 34, m - 8, self.H - 20, main=False)
            if o["band"] and o.get("band_full", True):
                sc.y = o["band"] + 16
            if o["photo"]:
                r = 48
                self.photo(sx + o["side_w"] / 2, sc.y + r, r)
                sc.y += 2 * r + 16
            if o["name_in"] == "side":
                self.name_block(sc, "side")
            for head, content in d.get("side", []):
                self.side_block(sc, head, content)
            if sc.y > self.H - 20:
                raise ValueError(f"{d['id']}: sidebar overflows ({sc.y:.0f})")
        if o["name_in"] == "main":
            self.name_block(main, "main")
            if d.get("contact_line"):
                for ln in d["contact_line"]:
                    if o["center_name"]:
                        w = P.width(ln, "R", o["size"] - 0.4)
                        P.text(main.x + (main.w - w) / 2, main.y + o["size"] * 0.9, ln, "R", o["size"] - 0.4, o["grey"])
                        main.y += o["size"] * 1.35
                    else:
                        main.textline(ln, "R", o["size"] - 0.4, o["grey"])
                main.y += 6
        for head, content in d["main"]:
            self.main_block(main, head, content)
        P.save()
        return self.page


def render_pdf(doc, path, backend):
    eng = Engine(doc, path, RL if backend == "rl" else FP)
    return eng.run()
