"""Entry type, month counting and date formatting for wild113."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        if start and len(start) == 4:
            prec = "year"
            start = start + "-01"
        if end and end != "present" and len(end) == 4:
            prec = "year"
            end = end + "-12"
        self.start, self.end = start, end
        self.prec = prec if start else None
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.note = dtext, note

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym2i(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    got = set()
    for e in entries:
        if not e.start:
            continue
        if only_facing and e.cs != "facing":
            continue
        got.update(range(ym2i(e.start), ym2i(e.end) + 1))
    return len(got)


def fmt(s, style, present="Present"):
    """Format one 'YYYY-MM' date (or 'present') in a given style."""
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
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
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b and e.end != "present" else f"{a}{sep}{b}"
    return f"{fmt(e.start, style, present)}{sep}{fmt(e.end, style, present)}"


def tenure(e):
    """LinkedIn-style duration ('2 yrs 3 mos'), inclusive months."""
    n = ym2i(e.end) - ym2i(e.start) + 1
    return tenure_n(n)


def tenure_n(n):
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} mo{'s' if m > 1 else ''}")
    return " ".join(parts) or "1 mo"
