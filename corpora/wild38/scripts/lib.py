"""Entry type, date formatting and month counting for wild38."""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_UK = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


@dataclass
class E:
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]          # 'YYYY-MM' or None
    end: Optional[str]            # 'YYYY-MM', 'present' or None
    prec: Optional[str]           # 'month', 'year' or None
    cs: str                       # facing / affecting / none
    kind: Optional[str] = None
    section: str = "work"
    etype: str = "paid"
    bullets: List[str] = field(default_factory=list)
    dates: Optional[str] = None   # literal date text (overrides formatting)
    td: Optional[str] = None      # title as displayed (must contain title)
    od: Optional[str] = None      # organisation as displayed (must contain org)
    hdr: Optional[list] = None    # per-entry header template
    prose: bool = False           # duties as a paragraph

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


def fmt_one(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mondot":
        return f"{MONDOT[m-1]} {y}"
    if style == "monuk":
        return f"{MON_UK[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{str(y)[2:]}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style="month", sep=" – ", present="Present"):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        if e.end == "present":
            return f"{a}{sep}{present}"
        b = e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_one(e.start, style)
    b = present if e.end == "present" else fmt_one(e.end, style)
    return f"{a}{sep}{b}"


def ym_index(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def month_set(e):
    if e.start is None:
        return set()
    return set(range(ym_index(e.start), ym_index(e.end) + 1))


def count(entries, facing_only=False):
    s = set()
    for e in entries:
        if facing_only and e.cs != "facing":
            continue
        s |= month_set(e)
    return len(s)


def entries_of(r):
    out = []
    for blk in r["body"] + r.get("side", []):
        if isinstance(blk, E):
            out.append(blk)
    return out


def gold_line(r):
    ents = entries_of(r)
    return {
        "file": r["file"], "family": r["family"], "as_of": AS_OF,
        "entries": [e.gold() for e in ents],
        "total_months": count(ents), "cs_months": count(ents, True),
    }
