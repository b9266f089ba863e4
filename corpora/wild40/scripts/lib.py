"""Shared helpers: entry type, month counting, date formatting."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), sec="work", et="paid",
                 prec="month", dt=None, prose=False):
        self.title, self.org, self.loc, self.start, self.end = title, org, loc, start, end
        self.cs, self.kind, self.bullets, self.sec, self.et = cs, kind, list(bullets), sec, et
        self.prec = prec if start else None
        self.dt, self.prose = dt, prose

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if not st:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym(st), ym(en) + 1))
    return len(seen)


def fmt(s, style, present, prec):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}. {y}" if m != 5 else f"May {y}"
    if style == "monyy":
        return f"{MONTHS[m-1][:3]}'{y % 100:02d}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def drange(e, style, present, dash):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    return f"{fmt(e.start, style, present, e.prec)}{dash}{fmt(e.end, style, present, e.prec)}"
