"""Entry type, month counting and date formatting for wild122."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASONS = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present');
    year precision: pass 'YYYY' and 'YYYY' (coded to Jan..Dec). dtext overrides the printed dates."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dtext=None, extra=None):
        self.title, self.org, self.loc = title, org, loc
        self.prec = None
        if start is None:
            self.start = self.end = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext = dtext
        self.extra = extra  # optional free line printed under the header (not gold)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym2i(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(ranges):
    iv = sorted((ym2i(a), ym2i(b)) for a, b in ranges)
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


def months(entries, only_facing=False):
    rs = [(e["start"], e["end"]) for e in entries if e["start"] and (not only_facing or e["cs"] == "facing")]
    return merged_months(rs)


def fmt(ym, style, present="Present", prec="month"):
    if ym == "present":
        return present
    y, m = int(ym[:4]), int(ym[5:7])
    if prec == "year":
        return str(y)
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
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    a = fmt(e.start, style, present, e.prec)
    b = fmt(e.end, style, present, e.prec)
    if e.prec == "year" and e.start[:4] == e.end[:4]:
        return a
    return f"{a}{sep}{b}"
