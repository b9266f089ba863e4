"""Shared data structures for wild141: entries, date formatting, month counting, gold lines.

Every résumé is one dict in defs_a.py / defs_b.py.  Its entries are `E` objects; the renderer prints
them and `gold_line` writes the gold from the same objects (never from the rendered file).
"""
from collections import OrderedDict

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
    """One experience entry.

    start / end: 'YYYY-MM' (month precision) or 'YYYY' (year precision); end may be 'present'.
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2024'); the months
        are still taken from start / end.
    ds: per-entry date style overriding the résumé's (for résumés with inconsistent dates).
    prose: print the duty lines as one paragraph instead of bullets.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dt=None, ds=None, prose=False, present=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.ds, self.prose, self.present = dt, ds, prose, present
        if start is None:
            self.prec = None
        else:
            self.prec = "year" if len(start) == 4 else "month"
            if end not in (None, "present"):
                assert len(end) == len(start), (title, start, end)

    # gold coding of the dates
    def g_start(self):
        if self.start is None:
            return None
        return self.start + "-01" if self.prec == "year" else self.start

    def g_end(self):
        if self.end is None or self.end == "present":
            return self.end
        return self.end + "-12" if self.prec == "year" else self.end

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.g_start()), ("end", self.g_end()), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype), ("bullets", list(self.bullets)),
            ("cs", self.cs), ("kind", self.kind if self.cs == "facing" else None),
        ])


# ---------------------------------------------------------------- dates as printed
def fmt_ym(ym, style):
    """Format 'YYYY-MM' (or 'YYYY') in one of the printed styles."""
    if len(ym) == 4:
        return ym
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mondot":
        return f"{MON_DOT[m-1]} {y}"
    if style == "MONTH":
        return f"{MONTH[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    st = e.ds or style
    a = fmt_ym(e.start, st)
    if e.end == "present":
        b = e.present or present
    elif e.end is None:
        return a
    else:
        b = fmt_ym(e.end, st)
    if a == b:
        return a
    return f"{a}{sep}{b}"


# ---------------------------------------------------------------- month counting
def _idx(ym):
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def month_set(entries):
    s = set()
    for e in entries:
        a, b = e.g_start(), e.g_end()
        if a is None:
            continue
        b = AS_OF if b in (None, "present") else b
        s.update(range(_idx(a), _idx(b) + 1))
    return s


def totals(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e.cs == "facing"]))


def gold_line(R):
    entries = all_entries(R)
    t, c = totals(entries)
    return OrderedDict([
        ("file", R["file"]), ("family", R["family"]), ("as_of", AS_OF),
        ("entries", [e.gold() for e in entries]), ("total_months", t), ("cs_months", c),
    ])


def all_entries(R):
    """Entries in the order printed (main column blocks, then sidebar blocks)."""
    out = []
    for blk in R["blocks"] + R.get("side", []):
        if blk[0] == "exp":
            out.extend(blk[2])
    return out
