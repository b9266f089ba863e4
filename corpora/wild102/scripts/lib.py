"""Entry type, month counting and date formatting for wild102."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); for year precision give 'YYYY'.
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", prec="month", dt=None):
        if prec == "year":
            start = start[:4] + "-01"
            end = end if end == "present" else end[:4] + "-12"
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.bullets, self.cs, self.kind = list(bullets), cs, kind
        self.section, self.etype, self.dt = section, etype, dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    """entries: iterables of dicts with start/end; inclusive months, overlaps merged."""
    months = set()
    for e in entries:
        if not e["start"]:
            continue
        months.update(range(ym_index(e["start"]), ym_index(e["end"]) + 1))
    return len(months)


def fmt_one(ym, style, present):
    if ym == "present":
        return present
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def fmt_range(e, style, present, sep=" – "):
    if e.dt:
        return e.dt
    st = "year" if e.prec == "year" else style
    if e.end == "present" and present.lower().startswith("to "):
        return fmt_one(e.start, st, present) + " " + present
    return fmt_one(e.start, st, present) + sep + fmt_one(e.end, st, present)


def gold_line(r):
    ents = [e.gold() for e in r["entries_flat"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": merged_months(ents),
            "cs_months": merged_months([e for e in ents if e["cs"] == "facing"])}
