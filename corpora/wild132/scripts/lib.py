"""Shared helpers for the wild132 corpus: entry records, date formatting, month counting, gold lines.

Everything a gold line says is taken from these records, never from a rendered file.
"""
import re

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
PRECISIONS = ("month", "year")
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
GOLD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]


class E:
    """One experience entry.

    start / end: 'YYYY-MM' ('present' allowed for end).  For prec='year' give 'YYYY' and the gold
    is coded January of the start year to December of the end year.  `dt` is a literal date text
    printed instead of the formatted range (e.g. 'Summer 2024', 'Sign on 12 Mar 2022').
    `note` is an extra printed line that is not part of the gold (vessel name, reason for leaving).
    `prose` renders the bullets as one paragraph.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, note=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.prec = prec
        if prec == "year":
            self.start = f"{start}-01" if start else None
            self.end = end if end in (None, "present") else f"{end}-12"
        else:
            self.start, self.end = start, end
        self.raw_start, self.raw_end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.note, self.prose = dt, note, prose

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---------------------------------------------------------------- dates

def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_index(s):
    y, m = ym(s)
    return y * 12 + (m - 1)


def months_of(entries):
    """Inclusive months covered by the dated entries, overlaps merged."""
    seen = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if not st:
            continue
        a, b = month_index(st), month_index(en or st)
        seen.update(range(a, b + 1))
    return len(seen)


def fmt_ym(s, style, present="Present"):
    """Format 'YYYY-MM' in one of the date styles."""
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
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
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "yyyy/mm":
        return f"{y}/{m:02d}"
    if style == "mon.yyyy":
        return f"{MON[m-1]}.{y}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{str(y)[2:]}"
    raise ValueError(style)


def date_text(e, o):
    """The printed date text of an entry, given the résumé's options dict o."""
    if e.dt is not None:
        return e.dt
    style = o.get("date", "mon")
    present = o.get("present", "Present")
    sep = o.get("dsep", " – ")
    if e.prec == "year":
        a = e.raw_start
        b = present if e.raw_end == "present" else e.raw_end
        return f"{a}{sep}{b}" if a != b else str(a)
    a = fmt_ym(e.start, style, present)
    b = fmt_ym(e.end, style, present)
    return a if a == b else f"{a}{sep}{b}"


# ---------------------------------------------------------------- gold

def entries_of(r):
    out = []
    for blk in r["blocks"]:
        if blk[0] == "jobs":
            out.extend(blk[2])
    return out


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    line = {
        "file": r["file"],
        "family": r["family"],
        "as_of": AS_OF,
        "entries": ents,
        "total_months": months_of(ents),
        "cs_months": months_of([e for e in ents if e["cs"] == "facing"]),
    }
    return line


def norm(s):
    """Case- and whitespace-insensitive form used by check.py."""
    return re.sub(r"\s+", "", s).casefold()
