"""Entries, month counting and date formatting for wild54."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: object  # str or None
    loc: object
    start: object  # 'YYYY-MM' or None
    end: object    # 'YYYY-MM', 'present' or None
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: object = "month"
    section: str = "work"
    etype: str = "paid"
    datetext: object = None  # literal date text as printed (season etc.)

    def gold(self):
        prec = self.prec if self.start else None
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries):
    out = set()
    for e in entries:
        if not e["start"]:
            continue
        out.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return out


def totals(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e["cs"] == "facing"]))


def fmt_one(s, style, present, prec):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year":
        return str(y)
    name = MONTHS[m - 1]
    if style == "month":
        return f"{name} {y}"
    if style == "mon":
        return f"{name[:3]} {y}"
    if style == "mon.":
        return f"{name[:3]}. {y}" if name != "May" else f"May {y}"
    if style == "MON":
        return f"{name[:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{name[:3]}-{y % 100:02d}"
    if style == "mon'yy":
        return f"{name[:3]}'{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, r):
    if e.datetext is not None:
        return e.datetext
    if not e.start:
        return ""
    style = r.get("dates", "mon")
    present = r.get("present", "Present")
    sep = r.get("sep", " – ")
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    if a == b:
        return a
    return f"{a}{sep}{b}"
