"""Shared helpers: entry/résumé records, month counting and date formatting."""
AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


class E:
    """One experience entry.

    start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' (end only) or None (undated).
    dates: literal date text printed instead of the formatted range (e.g. 'Summer 2021').
    prose: print the duty lines as one paragraph instead of bullets.
    note: an extra printed line that is not a duty (e.g. 'Reason for leaving: ...').
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec="work",
                 et="paid", dates=None, prose=False, note=None, head=None, pre=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.b = list(b)
        self.sec, self.et = sec, et
        self.dates, self.prose, self.note, self.head, self.pre = dates, prose, note, head, pre
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end
        self.raw = (start, end)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.b,
                "cs": self.cs, "kind": self.kind}


class S:
    """A résumé section: kind 'entries' (list of E), 'list' (bullet items), 'lines'
    (plain lines), 'para' (one paragraph string) or 'pairs' ((label, text) tuples)."""

    def __init__(self, heading, items, kind=None, side=False):
        self.heading, self.items, self.side = heading, items, side
        if kind is None:
            if isinstance(items, str):
                kind = "para"
            elif items and isinstance(items[0], E):
                kind = "entries"
            else:
                kind = "list"
        self.kind = kind


class R:
    def __init__(self, id, ext, family, name, contact, sections, renderer=None, layout="plain",
                 order="title_org", dstyle="mon", present="Present", sep=" – ", headline=None,
                 opts=None):
        self.id, self.ext, self.family = id, ext, family
        self.name, self.contact, self.sections = name, contact, sections
        self.renderer = renderer or ext
        self.layout, self.order, self.dstyle = layout, order, dstyle
        self.present, self.sep, self.headline = present, sep, headline
        self.opts = opts or {}

    @property
    def file(self):
        return f"{self.id}.{self.ext}"

    def entries(self):
        return [e for s in self.sections if s.kind == "entries" for e in s.items]

    def gold(self):
        es = self.entries()
        g = [e.gold() for e in es]
        return {"file": self.file, "family": self.family, "as_of": AS_OF, "entries": g,
                "total_months": count_months(g), "cs_months": count_months(g, facing_only=True)}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries, facing_only=False):
    iv = sorted((ym(e["start"]), ym(e["end"])) for e in entries
                if e["start"] and (not facing_only or e["cs"] == "facing"))
    total, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt_point(s, style, present):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    mn = MONTHS[m - 1]
    if style == "month":
        return f"{mn} {y}"
    if style == "mon":
        return f"{mn[:3]} {y}"
    if style == "mon.":
        short = {"May": "May", "June": "June", "July": "July", "September": "Sept."}
        return f"{short.get(mn, mn[:3] + '.')} {y}"
    if style == "MON":
        return f"{mn[:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{mn[:3]}'{y % 100:02d}"
    if style == "mon-yy":
        return f"{mn[:3]}-{y % 100:02d}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    raise ValueError(style)


def date_text(e, r):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.raw[0]
        b = r.present if e.end == "present" else e.raw[1]
        return a if a == b else f"{a}{r.sep}{b}"
    return f"{fmt_point(e.start, r.dstyle, r.present)}{r.sep}{fmt_point(e.end, r.dstyle, r.present)}"
