"""Entry type, month counting and date formatting for wild64."""
AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class E:
    """One experience entry: renders and labels from the same data."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="none", kind=None,
                 section="work", etype="paid", prec="month", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.dtext = section, etype, dtext

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(entries):
    out = set()
    for e in entries:
        if not e.start:
            continue
        y, m = ym(e.start)
        y2, m2 = ym(e.end)
        while (y, m) <= (y2, m2):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return out


def months(entries):
    return len(month_set(entries))


def fmt(s, style, present="Present", end=False):
    if s == "present":
        return present
    y, m = ym(s)
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
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "dd.mm.yyyy":
        d = DAYS[m-1] + (1 if m == 2 and y % 4 == 0 else 0) if end else 1
        return f"{d:02d}.{m:02d}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def when(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    return fmt(e.start, st, present) + sep + fmt(e.end, st, present, end=True)
