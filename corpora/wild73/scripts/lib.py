"""Entry type, month counting and date formatting for wild73."""
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
    start: Optional[str]            # 'YYYY-MM' (year precision: 'YYYY-01')
    end: Optional[str]              # 'YYYY-MM' or 'present'
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    prec: Optional[str] = "month"
    section: str = "work"
    etype: str = "paid"
    dtext: Optional[str] = None     # literal date text printed instead of the formatted range
    note: Optional[str] = None      # extra printed line (not gold)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def span(start, end):
    if not start:
        return None
    e = AS_OF if end == "present" else end
    return ym(start), ym(e)


def months(spans):
    spans = sorted(s for s in spans if s)
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


def totals(entries):
    """entries: list of gold dicts."""
    t = months([span(e["start"], e["end"]) for e in entries])
    c = months([span(e["start"], e["end"]) for e in entries if e["cs"] == "facing"])
    return t, c


def fmt_one(s, style):
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
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_one(e.start, style)
    b = present if e.end == "present" else fmt_one(e.end, style)
    return f"{a}{sep}{b}"
