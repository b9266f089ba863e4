"""Entry type, date formatting and month counting for wild43."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One work-history entry.  start/end 'YYYY-MM' or 'present'; prec 'month'/'year'/None.
    dt: literal date text to print instead of the formatted range (e.g. 'Summer 2019')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.prec = prec if start else None
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.prose = dt, prose

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


def months(entries, facing_only=False):
    seen = set()
    for e in entries:
        s, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if s is None or (facing_only and cs != "facing"):
            continue
        seen.update(range(ym(s), ym(en) + 1))
    return len(seen)


def fmt(d, style, present, prec="month"):
    if d == "present":
        return present
    y, m = int(d[:4]), int(d[5:7])
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "Sept":
        n = MONTHS[m-1]
        return ("Sept" if m == 9 else n[:3]) + f" {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y % 100:02d}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def drange(e, r):
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    st = r.get("df", "mon")
    a = fmt(e.start, st, r.get("present", "Present"), e.prec)
    b = fmt(e.end, st, r.get("present", "Present"), e.prec)
    return a + r.get("sep", " – ") + b
