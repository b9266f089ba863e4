"""Entry type, month counting and date formatting for wild71."""
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
    start: Optional[str]          # 'YYYY-MM' (year precision: 'YYYY-01')
    end: Optional[str]            # 'YYYY-MM', 'present' or None
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: str = "month"           # month / year / None
    datetext: Optional[str] = None  # literal date text printed instead of the formatted range

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(spans):
    iv = sorted((ym(a), ym(b)) for a, b in spans if a and b)
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


def months(entries):
    tot = merged_months([(e["start"], e["end"]) for e in entries if e["start"]])
    cs = merged_months([(e["start"], e["end"]) for e in entries if e["start"] and e["cs"] == "facing"])
    return tot, cs


def fmt_date(s, style, present="Present", prec="month"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year" or style == "year":
        return str(y)
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
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.datetext:
        return e.datetext
    if not e.start:
        return ""
    return fmt_date(e.start, style, present, e.prec) + sep + fmt_date(e.end, style, present, e.prec)
