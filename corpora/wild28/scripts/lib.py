"""Entries, date formatting and month counting for the wild28 corpus."""

AS_OF = "2026-11"

MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_SEPT = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
KEYS = ("title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind")


def idx(s):
    """'YYYY-MM' or 'present' -> month index."""
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries):
    out = set()
    for e in entries:
        if e["start"] is None:
            continue
        out.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return out


def totals(entries):
    """(total_months, cs_months): inclusive months, overlaps merged; cs over facing entries."""
    return (len(month_set(entries)),
            len(month_set([e for e in entries if e["cs"] == "facing"])))


class E:
    """One experience entry: renders into the file and into the gold line.

    start/end: 'YYYY-MM', 'present' or None (undated); prec 'month' or 'year' (year ranges are
    given as 'YYYY-01'..'YYYY-12'). dt: the literal date text printed instead of the formatted
    range (seasons, semesters, 'WS 2023/24' ...). section is filled in from the block heading
    the entry is printed under unless given. note: an extra printed line that is not a duty.
    prose: duties printed as a paragraph (kept as one bullet string in the gold line).
    """

    def __init__(self, title, org, loc, start, end, cs, kind, bullets=(), *, prec="month",
                 section=None, etype="paid", dt=None, prose=False, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.prec = prec if start else None
        self.section = section
        self.etype = etype
        self.dt = dt
        self.prose = prose
        self.note = note
        self.dates = ""  # filled in by the renderer

    def gold(self):
        b = [" ".join(self.bullets)] if (self.prose and self.bullets) else list(self.bullets)
        vals = (self.title, self.org, self.loc, self.start, self.end, self.prec, self.section,
                self.etype, b, self.cs, self.kind)
        return dict(zip(KEYS, vals))


def _one(s, fmt):
    y, m = int(s[:4]), int(s[5:7])
    if fmt == "month":
        return f"{MONTH[m - 1]} {y}"
    if fmt == "mon":
        return f"{MON[m - 1]} {y}"
    if fmt == "mon.":
        return f"{MON_DOT[m - 1]} {y}"
    if fmt == "monsept":
        return f"{MON_SEPT[m - 1]} {y}"
    if fmt == "mm/yyyy":
        return f"{m:02d}/{y}"
    if fmt == "m/yyyy":
        return f"{m}/{y}"
    if fmt == "mm.yyyy":
        return f"{m:02d}.{y}"
    if fmt == "mon'yy":
        return f"{MON[m - 1]}'{y % 100:02d}"
    if fmt == "mon-yy":
        return f"{MON[m - 1]}-{y % 100:02d}"
    if fmt == "MON":
        return f"{MON[m - 1].upper()} {y}"
    raise ValueError(fmt)


def fmt_range(e, ds):
    """ds: dict(fmt=..., sep=' – ', present='Present')."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    sep, present = ds.get("sep", " – "), ds.get("present", "Present")
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = _one(e.start, ds["fmt"])
    if e.end == "present":
        return f"{a}{sep}{present}"
    b = _one(e.end, ds["fmt"])
    if a == b:
        return a
    if ds.get("short_same_year") and e.start[:4] == e.end[:4] and ds["fmt"] in ("mon", "month", "monsept"):
        return f"{a.rsplit(' ', 1)[0]}{sep}{b}"
    return f"{a}{sep}{b}"
