"""Shared definitions for wild17: entry type, date formatting and month counting."""
from dataclasses import dataclass, field
from typing import Optional

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@dataclass
class E:
    """One experience entry: renders into the file and into the gold line."""
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]          # 'YYYY-MM' or None
    end: Optional[str]            # 'YYYY-MM', 'present' or None
    cs: str                       # facing / affecting / none
    kind: Optional[str] = None
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: Optional[str] = "month"  # month / year / None
    dates: Optional[str] = None   # literal date text printed instead of the formatted range
    style: Optional[str] = None   # per-entry header style override (e.g. 'oneline')
    note: Optional[str] = None    # extra printed text after the header (e.g. '(part-time, 12 hrs/week)')
    hidden: bool = False          # gold-only: second period of an entry printed once ('Summers 2022 & 2023')

    def gold(self):
        if self.cs == "facing":
            assert self.kind, self.title
        else:
            assert self.kind is None, self.title
        assert self.cs in ("facing", "affecting", "none")
        assert self.section in ("work", "volunteer", "other")
        assert self.etype in ("paid", "volunteer", "freelance", "internship", "military", "unknown")
        if self.start is None:
            assert self.end is None and self.prec is None
        else:
            assert self.prec in ("month", "year")
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def months_of(e):
    if e.start is None:
        return set()
    y, m = ym(e.start)
    y2, m2 = ym(e.end)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    assert out, (e.title, e.start, e.end)
    return out


def count(entries, facing_only=False):
    s = set()
    for e in entries:
        if facing_only and e.cs != "facing":
            continue
        s |= months_of(e)
    return len(s)


def fmt_one(s, style, present):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mmm-yy":
        return f"{MON[m-1]}-{y % 100:02d}"
    raise ValueError(style)


def date_text(e, style="mon", present="Present", sep=" – "):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_one(e.start, style, present)
    b = fmt_one(e.end, style, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"
