"""Entry type, month counting and date formatting for wild92."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. d = printed date text (literal); if None it is formatted by style."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), d=None,
                 prec="month", sec="work", et="paid", show_title=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.d, self.sec, self.et = d, sec, et
        self.show_title = show_title or title
        self.show_org = show_org if show_org is not None else org

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def months_of(start, end):
    y, m = ym(start)
    y2, m2 = ym(end)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count(entries, only_facing=False):
    s = set()
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if g["start"] is None:
            continue
        if only_facing and g["cs"] != "facing":
            continue
        s |= months_of(g["start"], g["end"])
    return len(s)


def add_months(s, n):
    y, m = ym(s)
    t = y * 12 + (m - 1) + n
    return "%04d-%02d" % (t // 12, t % 12 + 1)


def fmt1(s, style):
    if s == "present":
        return None
    y, m = ym(s)
    return {"mon": "%s %d" % (MON[m - 1], y), "month": "%s %d" % (MONTH[m - 1], y),
            "mm/yyyy": "%02d/%d" % (m, y), "m/yyyy": "%d/%d" % (m, y),
            "yyyy-mm": "%d-%02d" % (y, m), "m.yyyy": "%d.%d" % (m, y),
            "mon'yy": "%s '%02d" % (MON[m - 1], y % 100), "year": "%d" % y,
            "mon.": "%s. %d" % (MON[m - 1], y)}[style]


def fmt(e, style="mon", present="Present", sep=" – "):
    """Printed date text for an entry (literal e.d wins)."""
    if e.d is not None:
        return e.d
    if e.start is None:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt1(e.start, st)
    b = present if e.end == "present" else fmt1(e.end, st)
    if e.start == e.end:
        return a
    return a + sep + b


def dur_text(e, style="linkedin"):
    n = len(months_of(e.start, e.end))
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append("%d yr%s" % (y, "s" if y > 1 else ""))
    if m:
        parts.append("%d mo%s" % (m, "s" if m > 1 else ""))
    return " ".join(parts)
