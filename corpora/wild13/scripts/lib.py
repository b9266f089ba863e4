"""Entries, month counting and date formatting for the wild13 corpus."""
from dataclasses import dataclass, field
from typing import List, Optional

AS_OF = (2026, 11)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


@dataclass
class E:
    """One labelled experience entry.

    start/end: 'YYYY-MM' or 'YYYY' (year precision) or None; end may be 'present'.
    dt: literal date text to print instead of the formatted range (e.g. 'Summer 2016').
    """
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
    dt: Optional[str] = None

    @property
    def prec(self):
        if self.start is None:
            return None
        return "year" if len(self.start) == 4 else "month"

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


def _idx(y, m):
    return y * 12 + (m - 1)


def span(start, end, prec):
    """Inclusive month-index range of a gold entry (None when undated)."""
    if start is None:
        return None
    if prec == "year":
        a = _idx(int(start[:4]), 1)
        if end == "present":
            b = _idx(*AS_OF)
        else:
            b = _idx(int(end[:4]), 12)
    else:
        a = _idx(int(start[:4]), int(start[5:7]))
        if end == "present":
            b = _idx(*AS_OF)
        else:
            b = _idx(int(end[:4]), int(end[5:7]))
    return a, b


def merged_months(gold_entries, facing_only=False):
    months = set()
    for g in gold_entries:
        if facing_only and g["cs"] != "facing":
            continue
        s = span(g["start"], g["end"], g["date_precision"])
        if s is None:
            continue
        months.update(range(s[0], s[1] + 1))
    return len(months)


def fmt_month(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "sept":
        name = "Sept" if m == 9 else MON[m-1]
        return f"{name} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "yyyy/mm":
        return f"{y}/{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]}'{y % 100:02d}"
    if style == "mon 'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "mon-yyyy":
        return f"{MON[m-1]}-{y}"
    raise ValueError(style)


def dates(e, style="mon", present="Present", sep=" – "):
    """Printed date range of an entry in one person's habit."""
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    if e.prec == "year":
        if e.end == "present":
            return f"{e.start}{sep}{present}"
        if e.end == e.start:
            return e.start
        return f"{e.start}{sep}{e.end}"
    a = fmt_month(e.start, style)
    if e.end == "present":
        return f"{a}{sep}{present}"
    if e.end == e.start:
        return a
    return f"{a}{sep}{fmt_month(e.end, style)}"


class R:
    """One résumé: metadata, labelled entries and a build function for its file."""

    def __init__(self, rid, fmt, family, layout, entries, build):
        self.id, self.fmt, self.family, self.layout = rid, fmt, family, layout
        self.entries, self.build = entries, build

    @property
    def file(self):
        return f"{self.id}.{self.fmt}"

    def gold(self):
        ents = [e.gold() for e in self.entries]
        return {
            "file": self.file, "family": self.family, "as_of": f"{AS_OF[0]}-{AS_OF[1]:02d}",
            "entries": ents, "total_months": merged_months(ents),
            "cs_months": merged_months(ents, facing_only=True),
        }
