"""Entry model, date formatting and month counting for wild22."""
from __future__ import annotations

AS_OF = "2026-11"
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class E:
    """One experience entry.

    d: 'YYYY-MM:YYYY-MM', 'YYYY-MM:present', 'yYYYY:YYYY' / 'yYYYY:present' (year precision),
       'yYYYY' (a single year) or None (undated).
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2018').
    note: an extra small line printed under the header (e.g. 'Part-time, 16 hrs/week').
    prose: print the bullets as one paragraph.
    """

    def __init__(self, title, org, loc, d, cs, kind=None, bullets=(), section="work", etype="paid",
                 dt=None, note=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.note, self.prose = dt, note, prose
        if d is None:
            self.start = self.end = self.prec = None
        elif d.startswith("y"):
            a, _, b = d[1:].partition(":")
            b = b or a
            self.start = a + "-01"
            self.end = "present" if b == "present" else b + "-12"
            self.prec = "year"
        else:
            self.start, _, self.end = d.partition(":")
            self.prec = "month"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc, "start": self.start,
                "end": self.end, "date_precision": self.prec, "section": self.section,
                "employment_type": self.etype, "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, pred=lambda e: True):
    """Inclusive months, overlaps merged. Entries are gold dicts."""
    got = set()
    for e in entries:
        if e["start"] is None or not pred(e):
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def fmt_ym(s, style, present="Present"):
    if s == "present":
        return present
    y, m = s.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTHS[m - 1]} {y}"
    if style == "mon":
        return f"{MONTHS[m - 1][:3]} {y}"
    if style == "mon.":
        name = MONTHS[m - 1]
        short = name if len(name) <= 4 else ("Sept" if m == 9 else name[:3]) + "."
        return f"{short} {y}"
    if style == "MON":
        return f"{MONTHS[m - 1][:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MONTHS[m - 1][:3]}'{y[2:]}"
    if style == "mon-yy":
        return f"{MONTHS[m - 1][:3]}-{y[2:]}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_ym(e.start, style, present)}{sep}{fmt_ym(e.end, style, present)}"


def gold_line(r):
    ents = [e.gold() for e in r["entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, lambda e: e["cs"] == "facing")}
