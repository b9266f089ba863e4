"""Entry type, month counting and date formatting for wild115."""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]          # 'YYYY-MM' or 'YYYY' (year precision)
    end: Optional[str]            # 'YYYY-MM', 'YYYY' or 'present'
    section: str = "work"
    etype: str = "paid"
    cs: str = "facing"
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    dt: Optional[str] = None      # literal date text as printed (seasons, terms ...)

    @property
    def prec(self):
        if self.start is None:
            return None
        return "year" if len(self.start) == 4 else "month"

    @property
    def gstart(self):
        if self.start is None:
            return None
        return self.start + "-01" if len(self.start) == 4 else self.start

    @property
    def gend(self):
        if self.end is None:
            return None
        if self.end == "present":
            return "present"
        return self.end + "-12" if len(self.end) == 4 else self.end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.gstart, "end": self.gend, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(start, end):
    if start is None or end is None:
        return set()
    a, b = ym_index(start), ym_index(end)
    return set(range(a, b + 1))


def count_months(entries):
    """entries: gold dicts. Returns (total_months, cs_months), overlaps merged."""
    tot, cs = set(), set()
    for e in entries:
        ms = month_set(e["start"], e["end"])
        tot |= ms
        if e["cs"] == "facing":
            cs |= ms
    return len(tot), len(cs)


def fmt_point(s, style):
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
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
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    a = fmt_point(e.start, style)
    if e.end == "present":
        return f"{a}{sep}{present}"
    b = fmt_point(e.end, style)
    if a == b:
        return a
    return f"{a}{sep}{b}"
