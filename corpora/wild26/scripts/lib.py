"""Entry type, date formatting and month counting for wild26."""
import calendar

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One work-history entry. start/end 'YYYY-MM', 'present' or None; prec 'month'/'year'/None."""
    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", prec="month", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.bullets = start, end, list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.prec = prec if start else None
        self.dtext = dtext

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def months_of(start, end):
    if not start:
        return set()
    y, m = ym(start)
    ey, em = ym(end)
    out = set()
    while (y, m) <= (ey, em):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count(entries, facing_only=False):
    s = set()
    for e in entries:
        d = e if isinstance(e, dict) else e.gold()
        if facing_only and d["cs"] != "facing":
            continue
        s |= months_of(d["start"], d["end"])
    return len(s)


def fmt_one(s, style, prec, present):
    if s == "present":
        return present
    y, m = ym(s)
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}{'.' if m != 5 else ''} {y}"
    if style == "monapos":
        return f"{MONTHS[m-1][:3]} '{str(y)[2:]}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present, sep):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    a = fmt_one(e.start, style, e.prec, present)
    b = fmt_one(e.end, style, e.prec, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"
