"""Entries, date formatting and month counting for wild56."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: object            # str or None, exactly as printed
    loc: object            # str or None
    start: object          # 'YYYY-MM' or None
    end: object            # 'YYYY-MM', 'present' or None
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: str = "month"    # month / year
    section: str = "work"
    etype: str = "paid"
    datetext: object = None   # literal date text (seasons, odd styles)
    prose: bool = False       # render duties as one paragraph
    dfmt: object = None       # per-entry date format override
    note: object = None       # extra line printed under the header (not a bullet)

    def gold(self):
        und = self.start is None
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": None if und else self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs,
            "kind": self.kind if self.cs == "facing" else None,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    got = set()
    for e in entries:
        if e["start"] is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def fmt_month(s, style):
    y, m = s.split("-")
    y, m = int(y), int(m)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}{'' if m == 5 else '.'} {y}"
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
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    raise ValueError(style)


def date_text(e, r):
    """Printed date text for an entry of résumé r (dict with dfmt, sep, present)."""
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    sep, pres = r.get("sep", " – "), r.get("present", "Present")
    if e.prec == "year":
        a = e.start[:4]
        if e.end == "present":
            b = pres
        else:
            b = e.end[:4]
            if a == b:
                return a
    else:
        style = e.dfmt or r.get("dfmt", "mon")
        a = fmt_month(e.start, style)
        if e.end == "present":
            b = pres
        else:
            b = fmt_month(e.end, style)
            if e.end == e.start:
                return a
    if e.end == "present" and pres.lower().startswith(("to ", "till ")):
        return f"{a} {pres}"
    return f"{a}{sep}{b}"


def gold_line(r):
    ents = [e.gold() for e in r["all_entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
