"""Entries, month counting and date formatting for wild52."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: str | None
    loc: str | None
    start: str | None
    end: str | None
    bullets: list = field(default_factory=list)
    cs: str = "none"
    kind: str | None = None
    section: str = "work"
    etype: str = "paid"
    prec: str | None = "month"
    dt: str | None = None        # literal date text as printed (e.g. 'Summer 2022')
    prose: bool = False          # render duties as a paragraph instead of bullets
    note: str | None = None      # extra line printed under the entry (not a bullet)

    def gold(self):
        undated = self.start is None
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": None if undated else self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets) if not self.prose else [" ".join(self.bullets)],
            "cs": self.cs, "kind": self.kind,
        }


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if st is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym_index(st), ym_index(en) + 1))
    return len(seen)


def fmt_one(ym, style, present):
    if ym == "present":
        return present
    y, m = ym.split("-")
    mi = int(m)
    if style == "month":
        return f"{MONTHS[mi-1]} {y}"
    if style == "mon":
        return f"{MONTHS[mi-1][:3]} {y}"
    if style == "mon.":
        ab = MONTHS[mi-1][:3]
        return f"{ab}{'' if MONTHS[mi-1] == 'May' else '.'} {y}"
    if style == "MON":
        return f"{MONTHS[mi-1][:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "m/yyyy":
        return f"{mi}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "year":
        return y
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt_one(e.start, st, present)
    b = fmt_one(e.end, st, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"
