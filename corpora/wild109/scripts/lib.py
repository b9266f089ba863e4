"""Entry type, month counting and date formatting for wild109."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]

KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), sec="work",
                 et="paid", dtext=None, show_title=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.sec, self.et, self.dtext = sec, et, dtext
        self.show_title = show_title or title
        self.show_org = show_org if show_org is not None else org
        if len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym2i(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(ranges):
    """Inclusive months over (start, end) pairs with overlaps merged."""
    ivs = sorted((ym2i(a), ym2i(b)) for a, b in ranges if a)
    tot, cur = 0, None
    for a, b in ivs:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def fmt1(ym, style, present="Present", year=False):
    if ym == "present":
        return present
    y, m = ym.split("-")
    m = int(m)
    if year or style == "year":
        return y
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
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
    if style == "apos":
        return f"{MON[m-1]} '{y[2:]}"
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    yr = e.prec == "year"
    return fmt1(e.start, style, present, yr) + sep + fmt1(e.end, style, present, yr)


def gold_line(r):
    ents = [e for e in r["entries"]]
    tot = months([(e.start, e.end) for e in ents])
    cs = months([(e.start, e.end) for e in ents if e.cs == "facing"])
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents], "total_months": tot, "cs_months": cs}
