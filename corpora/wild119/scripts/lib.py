"""Entry type, month counting and date formatting for wild119."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASON = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, extra=None):
        if prec == "year":
            start = start if len(start) > 4 else start + "-01"
            if end != "present" and end is not None and len(end) == 4:
                end = end + "-12"
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dtext = section, etype, dtext
        self.extra = extra or {}

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


def months(entries, only_facing=False):
    iv = []
    for e in entries:
        d = e if isinstance(e, dict) else e.gold()
        if not d["start"]:
            continue
        if only_facing and d["cs"] != "facing":
            continue
        iv.append((ym(d["start"]), ym(d["end"])))
    iv.sort()
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


def fdate(s, style, present="Present"):
    if s == "present":
        return present
    y, m = s.split("-")
    y, m = int(y), int(m)
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
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    if e.prec == "year" and e.end != "present" and e.start[:4] == e.end[:4]:
        return e.start[:4]
    return fdate(e.start, st, present) + sep + fdate(e.end, st, present)
