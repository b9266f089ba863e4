"""Entry type, month counting and date formatting for wild60."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: object = None
    loc: object = None
    start: object = None          # 'YYYY-MM' or None
    end: object = None            # 'YYYY-MM', 'present' or None
    cs: str = "facing"
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: object = "month"        # month / year / None
    section: str = "work"
    etype: str = "paid"
    dt: object = None             # literal date text printed instead of the formatted range

    def gold(self):
        undated = self.start is None
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": None if undated else self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs,
                "kind": self.kind if self.cs == "facing" else None}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries, only_facing=False):
    """entries: gold dicts. Inclusive months, overlaps merged."""
    got = set()
    for e in entries:
        if e["start"] is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def fmt_one(s, style, present, prec="month"):
    if s == "present":
        return present
    y, m = s.split("-")
    m = int(m)
    if prec == "year":
        return y
    if style == "year":
        style = "mon"
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        mm = MONTHS[m-1]
        return f"{mm[:3]}. {y}" if len(mm) > 4 else f"{mm} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y[2:]}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    if a == b:
        return a
    return f"{a}{sep}{b}"
