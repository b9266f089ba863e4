"""Entries, month counting and date formatting for the wild27 corpus."""
AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry.  start/end: 'YYYY-MM' (month), 'YYYY' (year precision),
    end may be 'present'; both None for an undated entry.  dt = literal date text
    printed instead of the formatted range (seasons, 'Winter 2023', contract dates)."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="affecting", kind=None,
                 section="work", etype="paid", dt=None, extra=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.raw_start, self.raw_end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.dt, self.extra, self.prose = dt, extra, prose
        if start is None:
            self.prec, self.start, self.end = None, None, None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": self.bullets, "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    y, m = ym(start)
    y2, m2 = ym(end)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count_months(entries, facing_only=False):
    s = set()
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if g["start"] is None:
            continue
        if facing_only and g["cs"] != "facing":
            continue
        s |= month_set(g["start"], g["end"])
    return len(s)


class DateFmt:
    """style: month | mon | mon. | mm/yyyy | m/yyyy | mm.yyyy | yyyy-mm | mon-yy | MON"""

    def __init__(self, style="mon", present="Present", dash=" – "):
        self.style, self.present, self.dash = style, present, dash

    def one(self, s):
        if s == "present":
            return self.present
        y, m = s.split("-")
        mi = int(m) - 1
        st = self.style
        if st == "month":
            return f"{MONTHS[mi]} {y}"
        if st == "mon":
            return f"{MON[mi]} {y}"
        if st == "MON":
            return f"{MON[mi].upper()} {y}"
        if st == "mon.":
            return f"{MON_DOT[mi]} {y}"
        if st == "mm/yyyy":
            return f"{m}/{y}"
        if st == "m/yyyy":
            return f"{int(m)}/{y}"
        if st == "mm.yyyy":
            return f"{m}.{y}"
        if st == "yyyy-mm":
            return f"{y}-{m}"
        if st == "mon-yy":
            return f"{MON[mi]} '{y[2:]}"
        raise ValueError(st)

    def rng(self, e):
        if e.dt is not None:
            return e.dt
        if e.start is None:
            return ""
        if e.prec == "year":
            a = e.raw_start
            b = self.present if e.raw_end == "present" else e.raw_end
            return a if a == b else f"{a}{self.dash}{b}"
        return f"{self.one(e.start)}{self.dash}{self.one(e.end)}"
