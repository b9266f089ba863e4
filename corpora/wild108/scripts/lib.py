"""Entry type, month counting and date formatting for wild108."""
AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()


class E:
    """One experience entry. `dt` is an optional literal date text (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dt, self.prose = section, etype, dt, prose

    def gold(self, caps=False):
        return {"title": self.title.upper() if caps else self.title,
                "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    if not start:
        return set()
    y, m = ym(start)
    y2, m2 = ym(end)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def months(entries, only_facing=False):
    s = set()
    for e in entries:
        if only_facing and e["cs"] != "facing":
            continue
        s |= month_set(e["start"], e["end"])
    return len(s)


def fmt(s, style, present="Present"):
    """Format 'YYYY-MM' (or 'present') in a date style."""
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def date_range(e, style, present="Present", sep=" - "):
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    if e.end == "present":
        if present.lower().startswith("to "):
            return fmt(e.start, st) + " " + present
        return fmt(e.start, st) + sep + present
    if e.prec == "year" and e.start[:4] == e.end[:4]:
        return e.start[:4]
    return fmt(e.start, st) + sep + fmt(e.end, st)
