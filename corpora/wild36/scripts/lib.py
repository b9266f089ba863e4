"""Shared helpers for wild36: the entry type, month counting and date formatting.

An entry is written once (an `E`) and used twice: the renderer prints it in the résumé's own style and
`E.gold()` writes its gold line, so the two cannot drift apart.
"""
from collections import OrderedDict

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


def _ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def idx(s):
    """Month index of 'YYYY-MM' or 'present'."""
    if s == "present":
        s = AS_OF
    y, m = _ym(s)
    return y * 12 + (m - 1)


class E:
    """One experience entry.

    start/end: 'YYYY-MM', 'YYYY' (year precision: January of the start year, December of the end year),
    'present', or None for undated entries.  `dates` is a literal date text printed instead of the formatted
    range (e.g. '01/05/2022 – CURRENT' or 'Summer 2019').  Anything in **x is renderer-only information.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work", etype="paid",
                 dates=None, **x):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dates = dates
        self.x = x
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.start), ("end", self.end), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype), ("bullets", list(self.bullets)),
            ("cs", self.cs), ("kind", self.kind)])


def month_set(entries, facing_only=False):
    s = set()
    for e in entries:
        if e.start is None or (facing_only and e.cs != "facing"):
            continue
        s.update(range(idx(e.start), idx(e.end) + 1))
    return s


def totals(entries):
    return len(month_set(entries)), len(month_set(entries, True))


# ---------------------------------------------------------------- date text

def fmt(ym, style):
    """Format 'YYYY-MM' in one of the styles below (year-precision callers pass style 'yyyy')."""
    y, m = _ym(ym)
    if style == "yyyy":
        return str(y)
    if style == "mon":
        return "%s %d" % (MON[m - 1], y)
    if style == "month":
        return "%s %d" % (MONTHS[m - 1], y)
    if style == "MONTH":
        return "%s %d" % (MONTHS[m - 1].upper(), y)
    if style == "MON":
        return "%s %d" % (MON[m - 1].upper(), y)
    if style == "mon.":  # 'Jan. 2020', 'Sept. 2016', 'May 2019'
        ab = {5: "May", 6: "June", 7: "July", 9: "Sept."}.get(m, MON[m - 1] + ".")
        return "%s %d" % (ab, y)
    if style == "mm/yyyy":
        return "%02d/%d" % (m, y)
    if style == "m/yyyy":
        return "%d/%d" % (m, y)
    if style == "mm.yyyy":
        return "%02d.%d" % (m, y)
    if style == "yyyy-mm":
        return "%d-%02d" % (y, m)
    if style == "mon-yy":
        return "%s-%02d" % (MON[m - 1], y % 100)
    if style == "mon'yy":
        return "%s '%02d" % (MON[m - 1], y % 100)
    raise ValueError(style)


def dr(e, style="mon", sep=" – ", present="Present"):
    """The printed date range of an entry (its literal `dates` if it has one)."""
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    st = "yyyy" if e.prec == "year" else style
    a = fmt(e.start, st)
    b = present if e.end == "present" else fmt(e.end, st)
    return a + sep + b


def n_months(start, end):
    return idx(end) - idx(start) + 1


def dur(start, end, long=False):
    """LinkedIn-style duration, inclusive of both months: '3 yrs 2 mos' / '3 years 2 months'."""
    n = n_months(start, end)
    y, m = divmod(n, 12)
    if long:
        parts = []
        if y:
            parts.append("%d year%s" % (y, "" if y == 1 else "s"))
        if m:
            parts.append("%d month%s" % (m, "" if m == 1 else "s"))
        return " ".join(parts)
    parts = []
    if y:
        parts.append("%d yr%s" % (y, "" if y == 1 else "s"))
    if m:
        parts.append("%d mo%s" % (m, "" if m == 1 else "s"))
    return " ".join(parts)
