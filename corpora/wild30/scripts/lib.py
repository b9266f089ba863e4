"""Entry model, month counting and date formatting for wild30."""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_CA = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


@dataclass
class E:
    """One experience entry; renders into the file and into the gold line."""
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]
    end: Optional[str]
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: Optional[str] = "month"
    dt: Optional[str] = None        # literal date text as printed (season, odd forms)
    prose: bool = False             # bullets printed as a paragraph, not a list
    pre: List[str] = field(default_factory=list)   # printed lines that are not duties
    sub: Optional[str] = None       # printed line under the header (e.g. agency), not gold

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(entries):
    out = set()
    for e in entries:
        if not e.start:
            continue
        y, m = ym(e.start)
        y2, m2 = ym(e.end)
        while (y, m) <= (y2, m2):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return out


def totals(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e.cs == "facing"]))


def fmt_date(s, style, present="Present", prec="month"):
    if s == "present":
        return present
    y, m = ym(s)
    if prec == "year":
        return str(y)
    return {
        "month": lambda: f"{MONTHS[m-1]} {y}",
        "mon": lambda: f"{MON[m-1]} {y}",
        "MON": lambda: f"{MON[m-1].upper()} {y}",
        "mon.": lambda: f"{MON_DOT[m-1]} {y}",
        "ca": lambda: f"{MON_CA[m-1]} {y}",
        "apos": lambda: f"{MON[m-1]} '{y % 100:02d}",
        "mm/yyyy": lambda: f"{m:02d}/{y}",
        "m/yyyy": lambda: f"{m}/{y}",
        "mm.yyyy": lambda: f"{m:02d}.{y}",
        "mon/yyyy": lambda: f"{MON[m-1]}/{y}",
        "yyyy-mm": lambda: f"{y}-{m:02d}",
        "yyyy/mm": lambda: f"{y}/{m:02d}",
        "mon-yy": lambda: f"{MON[m-1]}-{y % 100:02d}",
        "mon,": lambda: f"{MON[m-1]}, {y}",
    }[style]()


def date_text(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    a = fmt_date(e.start, style, present, e.prec)
    b = fmt_date(e.end, style, present, e.prec)
    if a == b:
        return a
    return f"{a}{sep}{b}"
