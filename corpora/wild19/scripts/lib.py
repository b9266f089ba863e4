"""Shared helpers for wild19: the entry type, date formatting and month counting."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry: renders into the file and into the gold line.

    start/end: 'YYYY-MM', 'YYYY' (year precision) or 'present' (end only); None for undated.
    datetext: optional literal date text printed instead of the formatted range (gold still uses start/end).
    """

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", datetext=None):
        assert cs in ("facing", "affecting", "none"), cs
        assert (cs == "facing") == (kind is not None), (title, cs, kind)
        assert section in ("work", "volunteer", "other")
        assert etype in ("paid", "volunteer", "freelance", "internship", "military", "unknown")
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.datetext = datetext

    @property
    def precision(self):
        if self.start is None:
            return None
        return "year" if len(self.start) == 4 else "month"

    def gold(self):
        s, e = self.start, self.end
        if self.precision == "year":
            s = s + "-01"
            e = e if e == "present" else e + "-12"
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.precision, "section": self.section,
                "employment_type": self.etype, "bullets": self.bullets, "cs": self.cs,
                "kind": self.kind}


def fmt_date(d, style, present):
    if d == "present":
        return present
    if len(d) == 4:
        return d
    y, m = int(d[:4]), int(d[5:7])
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}. {y}" if m != 5 else f"May {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{str(y)[2:]}"
    raise ValueError(style)


def fmt_range(e, style, present, sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    return fmt_date(e.start, style, present) + sep + fmt_date(e.end, style, present)


def _ym(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(entries):
    """Inclusive months, overlaps merged, over gold dicts with start/end."""
    covered = set()
    for g in entries:
        if g["start"] is None:
            continue
        a, b = _ym(g["start"]), _ym(g["end"])
        assert a <= b, g
        covered.update(range(a, b + 1))
    return len(covered)


def gold_line(d):
    ents = [e.gold() for sec in d["sections"] for e in sec[1]]
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents),
            "cs_months": months([g for g in ents if g["cs"] == "facing"])}
