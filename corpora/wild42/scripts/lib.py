"""Entry type, month counting and date formatting for wild42."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY' (prec year), 'present' or None.
    dt: literal date text printed instead of the formatted range (seasons etc.)."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec=None,
                 section="work", etype="paid", dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        if start and len(start) == 4:
            prec = "year"
            start = start + "-01"
            if end != "present":
                end = end + "-12"
        if start is None:
            prec = None
        elif prec is None:
            prec = "month"
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dt, self.prose = section, etype, dt, prose
        assert (cs == "facing") == (kind is not None), title

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    s = set()
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if g["start"] is None:
            continue
        if facing_only and g["cs"] != "facing":
            continue
        s.update(range(_idx(g["start"]), _idx(g["end"]) + 1))
    return len(s)


def fmt_date(ym, style, present):
    if ym == "present":
        return present
    y, m = ym.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y[2:]}"
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
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_date(e.start, style, present)}{sep}{fmt_date(e.end, style, present)}"
