"""Entry type, month counting and date formatting for wild72."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: object          # str or None, printed text
    loc: object          # str or None
    start: object        # 'YYYY-MM' or None
    end: object          # 'YYYY-MM', 'present' or None
    cs: str              # facing / affecting / none
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: str = "month"  # month / year
    section: str = "work"
    etype: str = "paid"
    datetext: object = None  # literal date text to print instead of formatted dates
    para: bool = False       # render bullets as one paragraph (gold keeps the sentences)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs,
                "kind": self.kind if self.cs == "facing" else None}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries):
    out = set()
    for e in entries:
        s, t = e["start"], e["end"]
        if not s:
            continue
        out.update(range(ym(s), ym(t) + 1))
    return out


def totals(gold_entries):
    tot = len(month_set(gold_entries))
    cs = len(month_set([e for e in gold_entries if e["cs"] == "facing"]))
    return tot, cs


def fmt_one(s, style, present, prec="month"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year" or style == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present, sep=" – "):
    if e.datetext:
        return e.datetext
    if not e.start:
        return ""
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    if a == b:
        return a
    return f"{a}{sep}{b}"
