"""Shared data structures, date formatting and month counting for wild130.

Every résumé is one dict in defs_a.py / defs_b.py; its experience entries are `E` objects.
The gold line is written from these objects (never from the rendered file).
"""
from collections import OrderedDict

AS_OF = "2026-11"
CS_VALUES = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MON_AP = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry.

    start/end: 'YYYY-MM', or 'YYYY' for a year-only range (stored as YYYY-01 / YYYY-12 with
    precision 'year'); end may be 'present'. `dtext` overrides the printed date text
    (e.g. 'Summer 2021', coded by start/end). `prose` prints the duty lines as one paragraph.
    """

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None, sec="work",
                 et="paid", dtext=None, prose=False, hdr=None, ds=None):
        self.title, self.org, self.loc = title, org, loc
        self.bullets = list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, sec, et
        self.dtext, self.prose, self.hdr, self.ds = dtext, prose, hdr, ds
        if start is None:
            self.start = self.end = self.prec = None
            return
        if len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.start), ("end", self.end), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype), ("bullets", self.bullets),
            ("cs", self.cs), ("kind", self.kind if self.cs == "facing" else None),
        ])


def fmt_month(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON_AP[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon_apos":
        return f"{MON[m-1]}'{y % 100:02d}"
    raise ValueError(style)


def date_range(e, d):
    """d = {'style':..., 'sep':..., 'present':...}"""
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    style = e.ds or d["style"]
    sep, present = d.get("sep", " – "), d.get("present", "Present")
    if e.prec == "year":
        s = e.start[:4]
        en = present if e.end == "present" else e.end[:4]
        if s == en:
            return s
    else:
        s = fmt_month(e.start, style)
        en = present if e.end == "present" else fmt_month(e.end, style)
    return f"{s}{sep}{en}"


def month_index(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def months(entries, only_cs=None):
    """Inclusive months, overlaps merged. entries: gold dicts."""
    seen = set()
    for g in entries:
        if g["start"] is None:
            continue
        if only_cs and g["cs"] != only_cs:
            continue
        seen.update(range(month_index(g["start"]), month_index(g["end"]) + 1))
    return len(seen)


def all_entries(res):
    out = []
    for blk in res["body"]:
        if blk[0] == "exp":
            out.extend(blk[2])
    return out


def gold_line(res):
    ents = [e.gold() for e in all_entries(res)]
    return OrderedDict([
        ("file", res["file"]), ("family", res["family"]), ("as_of", AS_OF), ("entries", ents),
        ("total_months", months(ents)), ("cs_months", months(ents, "facing")),
    ])
