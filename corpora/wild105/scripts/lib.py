"""Entry type, month counting and date formatting for wild105."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); for year precision
    give 'YYYY' and it is coded YYYY-01 .. YYYY-12. `dates` overrides the printed date text."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec=None, dates=None, title_text=None, org_text=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        if prec is None:
            prec = "year" if (start and len(start) == 4) else "month"
        self.prec = prec
        if start and prec == "year":
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
        else:
            self.start, self.end = start, end
        self.raw_start, self.raw_end = start, end
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dates = section, etype, dates
        self.title_text = title_text or title
        self.org_text = org_text if org_text is not None else org
        self.note = note

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    got = set()
    for e in entries:
        if not e["start"]:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def fmt1(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
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


def date_text(e, style, present, sep=" – "):
    if e.dates is not None:
        return e.dates
    if not e.raw_start:
        return ""
    a = fmt1(e.raw_start, style, present)
    b = fmt1(e.raw_end, style, present)
    if e.raw_start == e.raw_end:
        return a
    return f"{a}{sep}{b}"


def gold_line(r):
    ents = [e.gold() for e in r["entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
