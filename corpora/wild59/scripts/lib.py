"""Entries, month counting and date formatting for wild59."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One work-history entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", dates=None, prose=False, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.bullets, self.cs, self.kind = list(bullets), cs, kind
        self.section, self.etype = section, etype
        self.dates = dates          # literal date text printed instead of the formatted range
        self.prose = prose          # duties printed as a paragraph
        self.show_org = show_org    # org text printed if it differs (never used for gold)
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
            self.ys, self.ye = start, end
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries, facing_only=False):
    months = set()
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if st is None or (facing_only and cs != "facing"):
            continue
        months.update(range(ym(st), ym(en) + 1))
    return len(months)


def fmt_point(s, style):
    y, m = s.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}. {y}" if m != 5 else f"May {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y[2:]}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", dash=" – "):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.ys
        b = present if e.end == "present" else e.ye
        return a if a == b else f"{a}{dash}{b}"
    a = fmt_point(e.start, style)
    b = present if e.end == "present" else fmt_point(e.end, style)
    return f"{a}{dash}{b}"
