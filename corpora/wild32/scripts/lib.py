"""Entry type, date formatting and month counting for wild32."""
import re

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
GOLD_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
             "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry: renders into the file and into the gold line.

    dtext: literal date text printed instead of the formatted range ('Summer 2012').
    prose: print the duty lines as one paragraph instead of bullets.
    """

    def __init__(self, title, org, loc, start, end, prec="month", section="work", etype="paid",
                 bullets=(), cs="facing", kind=None, dtext=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.prec = prec if start is not None else None
        self.section, self.etype = section, etype
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.dtext, self.prose = dtext, prose

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def _ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    y1, m1 = _ym(start)
    y2, m2 = _ym(end)
    a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    return set(range(a, b + 1))


def count_months(entries, facing_only=False):
    """Inclusive months, overlaps merged; entries are gold dicts."""
    s = set()
    for e in entries:
        if e["start"] is None:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        s |= month_set(e["start"], e["end"])
    return len(s)


def fmt_point(ym, style, present, prec):
    if ym == "present":
        return present
    y, m = _ym(ym)
    if prec == "year":
        return str(y)
    name = MONTHS[m - 1]
    if style == "month":
        return f"{name} {y}"
    if style == "mon":
        return f"{name[:3]} {y}"
    if style == "mon.":
        return f"{name} {y}" if len(name) <= 4 else f"{name[:3]}. {y}"
    if style == "Sept":
        ab = "Sept" if m == 9 else name[:3]
        return f"{ab} {y}"
    if style == "MON":
        return f"{name[:3].upper()} {y}"
    if style == "mon'yy":
        return f"{name[:3]}'{y % 100:02d}"
    if style == "mon-yyyy":
        return f"{name[:3]}-{y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    a = fmt_point(e.start, style, present, e.prec)
    b = fmt_point(e.end, style, present, e.prec)
    return f"{a}{sep}{b}"


def norm(s):
    return re.sub(r"\s+", "", s).lower()
