"""Entry type, month counting and date formatting for wild66."""
AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    dt = literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, sec="work", et="paid",
                 prec="month", dt=None, org_print=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec, self.dt = start, end, prec, dt
        self.bullets, self.cs, self.kind = list(bullets), cs, kind
        self.sec, self.et = sec, et
        assert (cs == "facing") == (kind is not None), title

    def gold(self):
        s, e = self.start, self.end
        if self.prec == "year":
            s = s[:4] + "-01"
            e = e if e == "present" else e[:4] + "-12"
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.prec if s else None,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(golds):
    iv = sorted((ym(g["start"]), ym(g["end"])) for g in golds if g["start"])
    tot, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def fmt(s, style):
    """Format 'YYYY-MM' in a date style."""
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt(e.start, style)
    b = present if e.end == "present" else fmt(e.end, style)
    return f"{a}{sep}{b}"
