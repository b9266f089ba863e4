"""Entries, month counting and date formatting for wild24."""
import re

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


class E:
    """One experience entry: what is printed and its gold label.

    start/end are 'YYYY-MM' (for precision 'year' give 'YYYY-01' / 'YYYY-12'), end may be
    'present'; date_text overrides the printed dates (seasons, day-level dates, 'ongoing').
    """

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None,
                 section="work", etype="paid", prec="month", date_text=None, prose=False,
                 extra=()):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.prec = prec if start else None
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.date_text, self.prose, self.extra = date_text, prose, list(extra)
        m = re.match(r"^(Spring|Summer|Autumn|Fall) (\d{4})$", date_text or "")
        if start is None and m:
            self.start, self.end = season(m.group(1), int(m.group(2)))
            self.prec = "month"

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": self.bullets, "cs": self.cs, "kind": self.kind,
        }


def season(name, year):
    a, b = SEASONS[name.lower()]
    return "%d-%02d" % (year, a), "%d-%02d" % (year, b)


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries):
    s = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if st is None:
            continue
        s.update(range(idx(st), idx(en) + 1))
    return s


def totals(entries):
    """entries are gold dicts; returns (total_months, cs_months)."""
    return (len(month_set(entries)),
            len(month_set([e for e in entries if e["cs"] == "facing"])))


def fmt_date(ym, style, present, prec="month"):
    if ym == "present":
        return present
    y, m = (int(x) for x in ym.split("-"))
    if prec == "year":
        return str(y)
    mon = MONTHS[m - 1]
    if style == "month":
        return "%s %d" % (mon, y)
    if style == "mon":
        return "%s %d" % (mon[:3], y)
    if style == "mon.":
        ab = mon if len(mon) <= 4 else ("Sept" if m == 9 else mon[:3]) + "."
        return "%s %d" % (ab, y)
    if style == "MON":
        return "%s %d" % (mon[:3].upper(), y)
    if style == "mm/yyyy":
        return "%02d/%d" % (m, y)
    if style == "m/yyyy":
        return "%d/%d" % (m, y)
    if style == "mm.yyyy":
        return "%02d.%d" % (m, y)
    if style == "yyyy-mm":
        return "%d-%02d" % (y, m)
    if style == "mon/yyyy":
        return "%s/%d" % (mon[:3], y)
    if style == "mon'yy":
        return "%s'%02d" % (mon[:3], y % 100)
    if style == "month,":
        return "%s, %d" % (mon, y)
    raise ValueError(style)


def fmt_range(e, style, sep=" \u2013 ", present="Present"):
    if e.date_text is not None:
        return e.date_text
    if e.start is None:
        return ""
    a = fmt_date(e.start, style, present, e.prec)
    b = fmt_date(e.end, style, present, e.prec)
    return a + sep + b
