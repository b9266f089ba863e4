"""Entry type, month counting and date formatting for wild25."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec="work", et="paid",
                 prec="month", dt=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(b)
        self.sec, self.et, self.dt, self.note = sec, et, dt, note
        self.prec = prec if start else None

    def gold(self):
        return dict(zip(KEYS, [self.title, self.org, self.loc, self.start, self.end, self.prec,
                               self.sec, self.et, self.bullets, self.cs, self.kind]))


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        if not e["start"]:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(seen)


def one(s, style):
    y, m = s.split("-")
    mi = int(m)
    if style == "month":
        return f"{MONTHS[mi-1]} {y}"
    if style == "mon":
        return f"{MONTHS[mi-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[mi-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "mm/yyyy":
        return f"{mi:02d}/{y}"
    if style == "m/yyyy":
        return f"{mi}/{y}"
    if style == "mm.yyyy":
        return f"{mi:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{mi:02d}"
    if style == "monyy":
        return f"{MONTHS[mi-1][:3]}-{y[2:]}"
    raise ValueError(style)


def date_text(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    if e.prec == "year":
        a, b = e.start[:4], ("" if e.end == "present" else e.end[:4])
        if e.end == "present":
            return f"{a}{sep}{present}"
        return a if a == b else f"{a}{sep}{b}"
    a = one(e.start, style)
    b = present if e.end == "present" else one(e.end, style)
    return a if a == b else f"{a}{sep}{b}"
