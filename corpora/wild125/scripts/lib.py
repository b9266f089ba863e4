"""Shared helpers for wild125: the entry class, date formatting and month counting.

Dates inside definitions are written as 'YYYY-MM..YYYY-MM', 'YYYY-MM..present' (month precision) or
'YYYY..YYYY' / 'YYYY..present' (year precision, coded January of the start year to December of the end
year).  A literal date text (season, co-op term) can be given with datetext=...; the coded months stay
in the range string.
"""
import re

AS_OF = (2026, 11)
AS_OF_S = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON4 = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MOND = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")


class E:
    """One experience entry.  It renders in the file and writes its own gold line."""

    def __init__(self, title, org, loc, dates, cs, kind=None, bullets=(), *, section="work",
                 etype="paid", datetext=None, ach=(), ach_head="Key achievements", prose=False,
                 show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets, self.ach, self.ach_head = list(bullets), list(ach), ach_head
        self.section, self.etype = section, etype
        self.datetext, self.prose = datetext, prose
        self.show_org = show_org  # printed organisation text if it differs in case (None: org)
        self.start = self.end = self.prec = None
        if dates:
            a, b = dates.split("..")
            if re.fullmatch(r"\d{4}", a):
                self.prec = "year"
                self.start = a + "-01"
                self.end = "present" if b == "present" else b + "-12"
            else:
                self.prec = "month"
                self.start, self.end = a, b

    # ---- gold -------------------------------------------------------------------------------
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
            "bullets": self.bullets + self.ach,
            "cs": self.cs,
            "kind": self.kind,
        }

    @property
    def org_text(self):
        return self.show_org if self.show_org is not None else self.org


def ym(s):
    if s == "present":
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    (y1, m1), (y2, m2) = ym(start), ym(end)
    a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    return set(range(a, b + 1))


def count_months(pairs):
    s = set()
    for a, b in pairs:
        if a and b:
            s |= month_set(a, b)
    return len(s)


# ---- date text -------------------------------------------------------------------------------
def fmt_one(s, style, present, prec="month"):
    if s == "present":
        return present
    y, m = ym(s)
    if prec == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon4":
        return f"{MON4[m-1]} {y}"
    if style == "mon.":
        return f"{MOND[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]} \u2019{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, d, parts=False):
    """d: {'style':..., 'sep':' – ', 'present':'Present'}.  parts=True returns (start_text, end_text)."""
    if e.datetext:
        return (e.datetext, "") if parts else e.datetext
    if not e.start:
        return ("", "") if parts else ""
    a = fmt_one(e.start, d["style"], d["present"], e.prec)
    b = fmt_one(e.end, d["style"], d["present"], e.prec)
    if parts:
        return a, b
    if e.prec == "year" and a == b:
        return a
    return f"{a}{d.get('sep', ' – ')}{b}"


# ---- résumé helpers --------------------------------------------------------------------------
def entries(R):
    out = []
    for b in R["blocks"]:
        if b["t"] == "exp":
            out.extend(b["items"])
    return out


def gold_line(R):
    es = entries(R)
    total = count_months([(e.start, e.end) for e in es])
    cs = count_months([(e.start, e.end) for e in es if e.cs == "facing"])
    return {
        "file": R["file"],
        "family": R["family"],
        "as_of": AS_OF_S,
        "entries": [e.gold() for e in es],
        "total_months": total,
        "cs_months": cs,
    }
