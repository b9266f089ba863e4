"""Entry type, month counting and date formatting for wild80."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM' (month precision), 'YYYY' (year precision) or
    end 'present'. dt: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dt=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.para = dt, para
        self.prec = None if start is None else ("year" if len(start) == 4 else "month")

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def span(start, end, prec):
    """Inclusive list of (y, m) months covered."""
    if start is None:
        return []
    if prec == "year":
        a = (int(start), 1)
        b = ym(AS_OF) if end == "present" else (int(end), 12)
    else:
        a = ym(start)
        b = ym(AS_OF) if end == "present" else ym(end)
    out = []
    y, m = a
    while (y, m) <= b:
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def months(entries, only_facing=False):
    s = set()
    for e in entries:
        if only_facing and e["cs"] != "facing":
            continue
        s.update(span(e["start"], e["end"], e["date_precision"]))
    return len(s)


def fmt_point(p, style, present):
    if p == "present":
        return present
    if len(p) == 4:
        return p
    y, m = ym(p)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def fmt_range(e, style, present, sep=" – "):
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    return fmt_point(e.start, style, present) + sep + fmt_point(e.end, style, present)
