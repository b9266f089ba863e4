"""Shared helpers: the entry record, month counting and date formatting."""
AS_OF = "2026-11"
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    text= overrides the printed date text (seasons). prose=True renders the duties as a paragraph."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", text=None, prose=False, prec=None, stack=None):
        self.title, self.org, self.loc = title, org, loc
        self.bullets = list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.text, self.prose, self.stack = text, prose, stack
        if start is None:
            self.start = self.end = self.prec = None
        elif prec == "year" or (len(start) == 4):
            self.prec = "year"
            self.start = start[:4] + "-01"
            self.end = "present" if end == "present" else end[:4] + "-12"
            self.ys, self.ye = start[:4], end if end == "present" else end[:4]
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months, overlaps merged; entries are gold dicts."""
    got = set()
    for e in entries:
        if e["start"] is None:
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def fmt_one(s, style):
    y, m = int(s[:4]), int(s[5:7])
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n if len(n) <= 4 else n[:3] + '.'} {y}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y % 100:02d}"
    raise ValueError(style)


def fmt_dates(e, style, present="Present", sep=" – "):
    if e.text:
        return e.text
    if e.start is None:
        return ""
    if e.prec == "year":
        end = present if e.end == "present" else e.ye
        return e.ys if e.ys == end else f"{e.ys}{sep}{end}"
    end = present if e.end == "present" else fmt_one(e.end, style)
    return f"{fmt_one(e.start, style)}{sep}{end}"
