"""Entries, month counting and date formatting for wild48."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SEASONS = {"Summer": (6, 8), "Spring": (3, 5), "Autumn": (9, 11), "Fall": (9, 11), "Winter": (12, 2)}


class E:
    """One gold entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None.
    text: literal date text printed instead of the formatted range (e.g. 'Summer 2023')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", text=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.text, self.prose = section, etype, text, prose
        self.raw = (start, end)
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries):
    """entries: gold dicts; inclusive months, overlaps merged, undated ignored."""
    months = set()
    for e in entries:
        if e["start"] is None:
            continue
        months.update(range(ym_index(e["start"]), ym_index(e["end"]) + 1))
    return len(months)


def fmt_one(ym, style, present, prec):
    if ym == "present":
        return present
    y, m = int(ym[:4]), int(ym[5:])
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}{'' if len(n) <= 4 else '.'} {y}" if n != "May" else f"May {y}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]} '{str(y)[2:]}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    raise ValueError(style)


def fmt_range(e, style, sep=" – ", present="Present"):
    if e.text is not None:
        return e.text
    if e.start is None:
        return ""
    return fmt_one(e.start, style, present, e.prec) + sep + fmt_one(e.end, style, present, e.prec)
