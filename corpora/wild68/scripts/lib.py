"""Entry type, month counting and date formatting for wild68."""
AS_OF = (2026, 11)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dtext, self.note = section, etype, dtext, note

    def gold(self):
        s, e = self.start, self.end
        if self.prec == "year":
            s = s[:4] + "-01" if s else None
            if e and e != "present":
                e = e[:4] + "-12"
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.prec if s else None,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def idx(t):
    return t[0] * 12 + t[1] - 1


def months(golds):
    iv = sorted((idx(ym(g["start"])), idx(ym(g["end"]))) for g in golds if g["start"])
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


def fmt_one(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
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
    if style == "yyyy.mm":
        return f"{y}.{m:02d}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def fmt_range(e, style, present, sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    st = style
    if e.prec == "year":
        return f"{e.start[:4]}{sep}{present if e.end == 'present' else e.end[:4]}"
    return f"{fmt_one(e.start, st, present)}{sep}{fmt_one(e.end, st, present)}"
