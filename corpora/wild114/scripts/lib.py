"""Entry type, month counting and date formatting for wild114."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); dtext overrides the printed dates."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets, self.prec, self.section, self.etype = list(bullets), prec, section, etype
        self.dtext = dtext
        if prec is None:
            self.start = self.end = None

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(spans):
    """spans: list of (start, end) 'YYYY-MM'/'present'; inclusive, overlaps merged."""
    iv = sorted((idx(s), idx(e)) for s, e in spans if s)
    total, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt(ym, style, present="Present", prec="month", end=False):
    if ym == "present":
        return present
    y, m = int(ym[:4]), int(ym[5:7])
    if prec == "year":
        return str(y)
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        s = MONTHS[m-1]
        return f"{s if len(s) <= 4 else s[:3] + '.'} {y}"
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def drange(e, r):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    st = r.get("dates", "mon")
    sep = r.get("sep", " – ")
    pres = r.get("present", "Present")
    a = fmt(e.start, st, pres, e.prec)
    b = fmt(e.end, st, pres, e.prec, end=True)
    if e.prec == "year" and a == b:
        return a
    return f"{a}{sep}{b}"
