"""Entry type, month counting and date formatting for wild110."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    text: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec=None, text=None, note=None, **kw):
        self.title, self.org, self.loc = title, org, loc
        if prec is None:
            prec = None if start is None else ("year" if len(start) == 4 else "month")
        if prec == "year":
            start = start[:4] + "-01" if start else None
            if end and end != "present":
                end = end[:4] + "-12"
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.text, self.note = section, etype, text, note
        self.__dict__.update(kw)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    if start is None:
        return set()
    end = AS_OF if end == "present" else end
    y, m = ym(start)
    ey, em = ym(end)
    out = set()
    while (y, m) <= (ey, em):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def months(entries, only_facing=False):
    s = set()
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if only_facing and g["cs"] != "facing":
            continue
        s |= month_set(g["start"], g["end"])
    return len(s)


def fmt_date(s, style, year_only=False):
    y, m = ym(s)
    if year_only or style == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
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


def fmt_range(e, style, present="Present", sep=" – "):
    if e.text is not None:
        return e.text
    if e.start is None:
        return ""
    yo = e.prec == "year"
    a = fmt_date(e.start, style, yo)
    b = present if e.end == "present" else fmt_date(e.end, style, yo)
    if a == b:
        return a
    return f"{a}{sep}{b}"
