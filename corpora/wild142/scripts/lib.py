"""Shared data structures, date formatting and month counting for wild142.

One résumé = one dict (see defs_a.py / defs_b.py).  Its experience entries are
`E` objects placed in the dict's `body`; the gold line is written from them,
never from the rendered file.
"""
import re

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_UK = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
PRECS = ("month", "year")

ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision; coded Jan of start year to
    Dec of end year); end may be 'present'. dt: literal date text to print instead of the
    formatted range (e.g. 'Summer 2019'); the gold still uses start/end.
    hidden: the entry is printed inside a paragraph of the body (e.g. 'Earlier roles ...'), so the
    job renderer skips it; it still goes into the gold.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec=None,
                 section="work", etype="paid", dt=None, prose=False, hidden=False, hdr=None,
                 note=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.prose, self.hidden, self.hdr, self.note = dt, prose, hidden, hdr, note
        if start is None:
            self.prec = None
            self.start = self.end = None
        else:
            if prec is None:
                prec = "year" if re.fullmatch(r"\d{4}", start) else "month"
            self.prec = prec
            if prec == "year":
                assert re.fullmatch(r"\d{4}", start), start
                self.start = start + "-01"
                self.end = end if end == "present" else end + "-12"
            else:
                self.start, self.end = start, end
        # printed years for year-only ranges
        self._y1 = start if self.prec == "year" else None
        self._y2 = end if self.prec == "year" else None

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


def entries(d):
    return [x for x in d["body"] if isinstance(x, E)]


# ---------------------------------------------------------------- dates

def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def fmt_ym(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "monuk":
        return f"{MON_UK[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{str(y)[2:]}"
    raise ValueError(style)


def drange(e, d):
    """Printed date range for an entry, following the résumé's own style."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    sep = d.get("sep", " – ")
    present = d.get("present", "Present")
    if e.prec == "year":
        a = e._y1
        b = present if e.end == "present" else e._y2
        return f"{a}{d.get('ysep', sep)}{b}"
    style = d.get("datefmt", "mon")
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return f"{a}{sep}{b}"


# ---------------------------------------------------------------- months

def _span(e):
    y1, m1 = ym(e.start)
    y2, m2 = ym(e.end)
    a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    return set(range(a, b + 1))


def months_of(golds, only_facing=False):
    """Inclusive months, overlaps merged; gold-dict input (used by build and check)."""
    s = set()
    for g in golds:
        if g["start"] is None:
            continue
        if only_facing and g["cs"] != "facing":
            continue
        y1, m1 = ym(g["start"])
        y2, m2 = ym(g["end"])
        s |= set(range(y1 * 12 + m1 - 1, y2 * 12 + m2))
    return len(s)


def gold_line(d):
    es = [e.gold() for e in entries(d)]
    return {
        "file": d["id"] + "." + d["ext"],
        "family": d["family"],
        "as_of": AS_OF,
        "entries": es,
        "total_months": months_of(es),
        "cs_months": months_of(es, True),
    }


def orgloc(e):
    return ", ".join(x for x in (e.org, e.loc) if x)
