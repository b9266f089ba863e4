"""Shared helpers for wild127: the entry record, date formatting and month counting.

Everything here is written from scratch for this corpus.  Gold lines are produced from the
E records below, never from the rendered files.
"""
import json

AS_OF = "2026-11"
CS_VALUES = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
EMP_TYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
KEY_ORDER = ("title", "organization", "location", "start", "end", "date_precision",
             "section", "employment_type", "bullets", "cs", "kind")
TOP_ORDER = ("file", "family", "as_of", "entries", "total_months", "cs_months")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_UK = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry.

    start/end are 'YYYY-MM' (or end 'present'); prec is 'month' or 'year'.  For year precision
    start is written 'YYYY-01' and end 'YYYY-12' (or 'present'), as the conventions count them.
    dt: literal date text to print instead of the formatted range (e.g. 'Summer 2019').
    oneline: render condensed on one line (older roles).
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, oneline=False, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.oneline, self.note = dt, oneline, note

    def gold(self):
        d = {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": self.bullets,
            "cs": self.cs,
            "kind": self.kind,
        }
        return {k: d[k] for k in KEY_ORDER}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_index(s):
    y, m = ym(s)
    return y * 12 + (m - 1)


def count_months(ranges):
    """Inclusive months covered by the union of (start, end) ranges."""
    covered = set()
    for s, e in ranges:
        if not s:
            continue
        a, b = month_index(s), month_index(e)
        covered.update(range(a, b + 1))
    return len(covered)


def totals(entries):
    allr = [(e["start"], e["end"]) for e in entries if e["start"]]
    csr = [(e["start"], e["end"]) for e in entries if e["start"] and e["cs"] == "facing"]
    return count_months(allr), count_months(csr)


def fmt_point(s, style, present):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "monuk":
        return f"{MON_UK[m-1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "year":
        return f"{y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt_point(e.start, st, present)
    b = fmt_point(e.end, st, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def resume_entries(r):
    out = []
    for blk in r["blocks"]:
        if blk[0] == "entries":
            out.extend(blk[2])
    return out


def gold_line(r):
    ents = [e.gold() for e in resume_entries(r)]
    tot, cs = totals(ents)
    d = {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
         "total_months": tot, "cs_months": cs}
    return json.dumps({k: d[k] for k in TOP_ORDER}, ensure_ascii=False)
