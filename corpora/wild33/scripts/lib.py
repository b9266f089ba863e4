"""Entries, month counting and date formatting for the wild33 corpus."""

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
KEYS = ("title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind")


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None.

    dates: literal date text printed instead of the formatted range (e.g. 'Summer 2013').
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dates=None, prose=False, tpl=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dates, self.prose, self.tpl = dates, prose, tpl
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(start, end):
    if start is None:
        return set()
    return set(range(ym_index(start), ym_index(end) + 1))


def count_months(entries, facing_only=False):
    """entries: gold dicts. Inclusive months, overlaps merged."""
    s = set()
    for e in entries:
        if facing_only and e["cs"] != "facing":
            continue
        s |= month_set(e["start"], e["end"])
    return len(s)


def fmt_date(s, style, present="Present"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if style == "month":
        return f"{MONTHS[m - 1]} {y}"
    if style == "mon":
        return f"{MON[m - 1]} {y}"
    if style == "MON":
        return f"{MON[m - 1].upper()} {y}"
    if style == "mon.":
        return f"{MON_DOT[m - 1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[m - 1]}'{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style="mon", sep=" – ", present="Present"):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_date(e.start, style, present)}{sep}{fmt_date(e.end, style, present)}"


def entries_of(r):
    """Entries of a résumé in file order."""
    out = []
    for b in r["blocks"]:
        if isinstance(b, E):
            out.append(b)
        elif isinstance(b, tuple) and b[0] in ("table", "jobs"):
            out.extend(x for x in b[1] if isinstance(x, E))
    return out


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": count_months(ents), "cs_months": count_months(ents, True)}
