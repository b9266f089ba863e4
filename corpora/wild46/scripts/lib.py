"""Entries, month counting and date formatting for wild46."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: object            # str or None
    loc: object            # str or None
    start: object          # 'YYYY-MM' or None
    end: object            # 'YYYY-MM', 'present' or None
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: str = "month"    # month / year (None when undated)
    datetext: object = None  # literal date text printed instead of the formatted range

    def gold(self):
        undated = self.start is None
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": None if undated else self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    iv = sorted((ym(e["start"]), ym(e["end"])) for e in entries if e["start"])
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


def fmt_one(s, style, present, prec):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:])
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n} {y}" if len(n) <= 4 else f"{n[:3]}. {y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{str(y)[2:]}"
    if style == "mon-yyyy":
        return f"{MONTHS[m-1][:3]}-{y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    if e.prec == "year" and a == b:
        return a
    return f"{a}{sep}{b}"
