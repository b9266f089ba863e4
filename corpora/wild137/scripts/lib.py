"""Shared data structures, date formatting and month counting for wild137.

Every résumé is a dict (see defs_a.py / defs_b.py).  Its experience entries are
`E` objects; the same objects are used by render.py to draw the file and by
gold_record() to write the gold line, so the gold never comes from parsing the
rendered output.
"""
from __future__ import annotations

AS_OF = "2026-11"
AS_OF_IDX = 2026 * 12 + 10          # month index of 2026-11

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision",
              "section", "employment_type", "bullets", "cs", "kind"]
RECORD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision); end may be
    'present'.  dates: literal text printed instead of the formatted range
    (e.g. 'Summer 2019'); the gold still uses start/end.  prose: print the duty
    lines as one paragraph instead of bullets (the gold keeps them as lines).
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", dates=None, prose=False, dstyle=None,
                 note=None):
        self.title = title
        self.org = org
        self.loc = loc
        self.start = start
        self.end = end
        self.cs = cs
        self.kind = kind
        self.bullets = list(bullets)
        self.section = section
        self.etype = etype
        self.dates = dates
        self.prose = prose
        self.dstyle = dstyle       # per-entry override of the résumé's date style
        self.note = note           # printed after the title line (e.g. 'Part-time'), not gold
        if start is None:
            self.prec = None
        else:
            self.prec = "year" if len(start) == 4 else "month"

    def gold(self):
        d = {
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
        return {k: d[k] for k in ENTRY_KEYS}


# ---------------------------------------------------------------- dates

def _ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def fmt_point(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = _ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{y % 100:02d}"
    if style == "yyyy/mm":
        return f"{y}/{m:02d}"
    raise ValueError(style)


def fmt_range(e, R):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    style = e.dstyle or R.get("dstyle", "mon")
    present = R.get("present", "Present")
    sep = R.get("dsep", " – ")
    a = fmt_point(e.start, style, present)
    b = fmt_point(e.end, style, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"


# ---------------------------------------------------------------- months

def interval(e):
    if e.start is None:
        return None
    if e.prec == "year":
        a = int(e.start) * 12
        b = AS_OF_IDX if e.end == "present" else int(e.end) * 12 + 11
    else:
        y, m = _ym(e.start)
        a = y * 12 + m - 1
        if e.end == "present":
            b = AS_OF_IDX
        else:
            y, m = _ym(e.end)
            b = y * 12 + m - 1
    return a, b


def merged_months(intervals):
    iv = sorted(i for i in intervals if i is not None)
    total = 0
    cur = None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur is not None:
        total += cur[1] - cur[0] + 1
    return total


def exp_entries(R):
    out = []
    for b in R["blocks"]:
        if b[0] == "exp":
            out.extend(b[2])
    return out


def gold_record(R):
    ents = exp_entries(R)
    total = merged_months(interval(e) for e in ents)
    cs = merged_months(interval(e) for e in ents if e.cs == "facing")
    rec = {
        "file": R["file"],
        "family": R["family"],
        "as_of": AS_OF,
        "entries": [e.gold() for e in ents],
        "total_months": total,
        "cs_months": cs,
    }
    return {k: rec[k] for k in RECORD_KEYS}


def prose_text(e):
    """Duty lines printed as one paragraph: sentences joined with full stops."""
    out = []
    for b in e.bullets:
        b = b.strip()
        out.append(b if b[-1] in ".!?" else b + ".")
    return " ".join(out)


def org_loc(e, R):
    sep = R.get("orgsep", ", ")
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)
