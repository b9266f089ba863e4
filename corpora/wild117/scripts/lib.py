"""Entry type, month counting and date formatting for wild117."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry: renders into the file and into the gold line."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dates=None, day=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.prec, self.section, self.etype = prec, section, etype
        self.dates = dates          # literal date text overriding the formatter
        self.day = day              # (start_day, end_day) for dd/mm/yyyy styles

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
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months over the entries, overlaps merged."""
    spans = sorted((ym(e.start), ym(e.end)) for e in entries if e.start)
    total, cur = 0, None
    for a, b in spans:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def _day(y, m, which):
    return 1 + (y * 7 + m * 13 + which * 5) % 27


def fmt(s, style, present="Present", which=0, day=None):
    """Format 'YYYY-MM' (or 'present') in a named style."""
    if s == "present":
        return present
    y, m = (int(x) for x in s.split("-"))
    d = day if day else _day(y, m, which)
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}",
        "dot": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "monapos": f"{MON[m-1]}-{y % 100:02d}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmon": f"{d} {MONTH[m-1]} {y}",
        "dmonth_th": f"{d}{'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {MON[m-1]} {y}",
        "year": f"{y}",
        "MONCAPS": f"{MON[m-1].upper()} {y}",
    }[style]


def daterange(e, style, present="Present", sep=" – "):
    if e.dates is not None:
        return e.dates
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    d0, d1 = e.day if e.day else (None, None)
    return fmt(e.start, st, present, 0, d0) + sep + fmt(e.end, st, present, 1, d1)
