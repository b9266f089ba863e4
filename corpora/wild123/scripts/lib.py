"""Entry type, month counting and date formatting for the wild123 corpus."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision",
        "section", "employment_type", "bullets", "cs", "kind"]
SEASONS = {"Spring": ("03", "05"), "Summer": ("06", "08"), "Autumn": ("09", "11"), "Fall": ("09", "11")}


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.prec, self.section, self.etype, self.dtext = prec, section, etype, dtext
        if prec == "year":
            self.start = None if start is None else f"{start}-01"
            self.end = end if end in (None, "present") else f"{end}-12"
            self.ys, self.ye = start, end
        else:
            self.start, self.end = start, end
            if dtext and start is None:
                season, year = dtext.split()
                a, b = SEASONS[season]
                self.start, self.end = f"{year}-{a}", f"{year}-{b}"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": None if self.start is None else self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind if self.cs == "facing" else None}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    """Inclusive months, overlapping entries merged."""
    seen = set()
    for e in entries:
        e = e if isinstance(e, dict) else e.gold()
        if e["start"] is None:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        seen.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(seen)


def fmt(s, style, present="Present"):
    """Format one date 'YYYY-MM' in a style."""
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = str(e.ys)
        b = present if e.end == "present" else str(e.ye)
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt(e.start, style, present)}{sep}{fmt(e.end, style, present)}"
