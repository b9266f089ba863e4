"""Entry type, month counting and date formatting for wild85."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present').
    prec='year' means the résumé prints years only (start YYYY-01, end YYYY-12).
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, note=None, tsuf=""):
        self.title, self.org, self.loc = title, org, loc
        self.shown = title + tsuf
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.prec, self.dtext, self.note = section, etype, prec, dtext, note

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": None if self.start is None else self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    seen = set()
    for e in entries:
        if e.start is None:
            continue
        if facing_only and e.cs != "facing":
            continue
        seen.update(range(ym_index(e.start), ym_index(e.end) + 1))
    return len(seen)


def months_gold(entries, facing_only=False):
    seen = set()
    for e in entries:
        if e["start"] is None:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        seen.update(range(ym_index(e["start"]), ym_index(e["end"]) + 1))
    return len(seen)


def fmt(s, style, present="Present", year_only=False):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if year_only or style == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "mdot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "kanji":
        return f"{y}年{m}月"
    if style == "dual":
        return f"{MON[m-1]} {y} ({y}年{m}月)"
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    yo = e.prec == "year"
    a = fmt(e.start, style, present, yo)
    b = fmt(e.end, style, present, yo)
    if yo and a == b:
        return a
    return f"{a}{sep}{b}"
