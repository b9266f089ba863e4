"""Shared data structures, date formatting and month counting for wild129.

Every résumé is one dict in defs_a.py / defs_b.py.  Work-history entries are lib.E
objects; render.py draws the file from the dict and build.py writes the gold line
from the very same objects (never from the rendered file).
"""
import re

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")


class E:
    """One work-history entry.

    start / end: 'YYYY-MM' (month precision) or 'YYYY' (year precision; coded Jan of the
    start year .. Dec of the end year) or end='present'; None for undated entries.
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2018');
    the gold still uses start/end.  head: per-entry override of the résumé's header
    template lines.  desc: bullets[0] is printed as one prose paragraph.
    ds / pw / sep: per-entry override of the résumé's date style, present word, separator.
    """

    def __init__(self, title, org, start, end, cs, kind=None, *, loc=None, section="work",
                 etype="paid", bullets=(), dt=None, head=None, desc=False, ds=None, pw=None,
                 sep=None, glyph=None, loc_shown=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.bullets = list(bullets)
        self.dt, self.head, self.desc = dt, head, desc
        self.ds, self.pw, self.sep, self.glyph = ds, pw, sep, glyph
        self.loc_shown = loc_shown  # True: town printed in the employer heading above this role
        if start is None:
            self.start = self.end = self.prec = None
        elif re.fullmatch(r"\d{4}", start):
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
            self.ys, self.ye = start, end
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self, R):
        tpl = self.head if self.head is not None else R["head"]
        printed = self.loc_shown or any("{loc}" in t for t in tpl)
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc if printed else None,  # only what the page shows
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


def fmt_ym(ym, ds):
    y, m = int(ym[:4]), int(ym[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "MON": f"{MON[m-1].upper()} {y}",
        "mon.": f"{MON_DOT[m-1]} {y}",
        "month": f"{MONTH[m-1]} {y}",
        "month,": f"{MONTH[m-1]}, {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "m/yy": f"{m}/{y % 100:02d}",
        "mm-yyyy": f"{m:02d}-{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "mon yy": f"{MON[m-1]} {y % 100:02d}",
        "mon 'yy": f"{MON[m-1]} '{y % 100:02d}",
        "lmon": f"{MON[m-1].lower()} {y}",
    }[ds]


def dates_text(e, R):
    """Printed date text of an entry under résumé settings R (ds, pw, sep)."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    ds = e.ds or R.get("ds", "mon")
    pw = e.pw or R.get("pw", "Present")
    sep = e.sep if e.sep is not None else R.get("sep", " - ")
    if e.prec == "year":
        a = e.ys
        b = pw if e.end == "present" else e.ye
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_ym(e.start, ds)
    b = pw if e.end == "present" else fmt_ym(e.end, ds)
    out = a if a == b else f"{a}{sep}{b}"
    if R.get("duration"):
        out += " (" + duration(e.start, e.end) + ")"
    return out


def duration(start, end):
    """Profile-site style length, inclusive: '4 yrs 6 mos'."""
    n = mindex(end) - mindex(start) + 1
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


def mindex(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def months(entries, only_facing=False):
    """Inclusive month count of the union of the dated entries' ranges."""
    s = set()
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if st is None or (only_facing and cs != "facing"):
            continue
        s.update(range(mindex(st), mindex(en) + 1))
    return len(s)


def jobs(R):
    """Entries of a résumé in document order."""
    return [b[1] for b in R["blocks"] if b[0] == "job"]


def gold_line(R):
    ents = jobs(R)
    return {
        "file": R["file"],
        "family": R["family"],
        "as_of": AS_OF,
        "entries": [e.gold(R) for e in ents],
        "total_months": months(ents),
        "cs_months": months(ents, only_facing=True),
    }


def head_lines(e, R):
    """Header lines of an entry, filled from the templates ('\\t' = right-aligned part)."""
    tpl = e.head if e.head is not None else R["head"]
    out = []
    for t in tpl:
        s = t.format(title=e.title, org=e.org or "", loc=e.loc or "", dates=dates_text(e, R))
        if not s.strip(" \t*_·|-–—()"):
            continue  # e.g. a '{dates}' line of an undated entry
        out.append(s.rstrip())
    return out
