"""Entry type, month counting and date formatting for wild35."""
AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision), 'YYYY' (year precision), 'present' (end only) or None (undated).
    dt: literal date text as printed (overrides the résumé's date style), e.g. 'Summer 2023'.
    prose: render the duty lines as one paragraph instead of bullets.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), sec="work", et="paid",
                 dt=None, prose=False, extra=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.sec, self.et = sec, et
        self.dt, self.prose, self.extra = dt, prose, extra

    # gold ---------------------------------------------------------------
    def gstart(self):
        if self.start is None:
            return None
        return self.start + "-01" if len(self.start) == 4 else self.start

    def gend(self):
        if self.end is None:
            return None
        if self.end == "present":
            return "present"
        return self.end + "-12" if len(self.end) == 4 else self.end

    def prec(self):
        if self.start is None:
            return None
        return "year" if len(self.start) == 4 else "month"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.gstart(), "end": self.gend(), "date_precision": self.prec(),
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(start, end):
    if start is None:
        return set()
    return set(range(ym(start), ym(end) + 1))


def count_months(gold_entries, only_facing=False):
    ms = set()
    for g in gold_entries:
        if only_facing and g["cs"] != "facing":
            continue
        ms |= month_set(g["start"], g["end"])
    return len(ms)


# date text --------------------------------------------------------------
def fmt_one(s, style):
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:])
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]}'{y % 100:02d}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y % 100:02d}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "mon yy":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style, pres="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    a = fmt_one(e.start, style)
    b = pres if e.end == "present" else fmt_one(e.end, style)
    if a == b:
        return a
    return f"{a}{sep}{b}"
