"""Entry type, date parsing/formatting and month counting for wild21."""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision",
              "section", "employment_type", "bullets", "cs", "kind"]
GOLD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]


@dataclass
class E:
    """One work-history entry.  `dates` is 'YYYY-MM..YYYY-MM', 'YYYY-MM..present',
    'YYYY..YYYY' / 'YYYY..present' (year precision) or None (undated).
    `dt` overrides the printed date text (e.g. 'Summer 2024'); `note` is an extra printed
    line (hours, contract) that is not part of the title; `prose` prints the duties as a
    paragraph instead of bullets (gold keeps the sentences as bullets)."""
    title: str
    org: Optional[str]
    loc: Optional[str]
    dates: Optional[str]
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    dt: Optional[str] = None
    note: Optional[str] = None
    prose: bool = False

    def __post_init__(self):
        if self.dates is None:
            self.start = self.end = self.prec = None
            return
        a, b = self.dates.split("..")
        if len(a) == 4:
            self.prec = "year"
            self.start = a + "-01"
            self.end = "present" if b == "present" else b + "-12"
        else:
            self.prec = "month"
            self.start, self.end = a, b

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries):
    s = set()
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        if st is None:
            continue
        s.update(range(_idx(st), _idx(en) + 1))
    return s


def count_months(entries, facing_only=False):
    es = [e for e in entries
          if not facing_only or (e["cs"] if isinstance(e, dict) else e.cs) == "facing"]
    return len(month_set(es))


def fmt_month(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n if len(n) <= 4 else n[:3] + '.'} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]}'{y % 100:02d}"
    if style == "mon-yyyy":
        return f"{MONTHS[m-1][:3]}-{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_dates(e, ds):
    """ds = dict(style=..., present=..., dash=...)."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    dash, pres = ds.get("dash", " – "), ds.get("present", "Present")
    if e.prec == "year":
        a = e.start[:4]
        b = pres if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{dash}{b}"
    a = fmt_month(e.start, ds["style"])
    b = pres if e.end == "present" else fmt_month(e.end, ds["style"])
    return f"{a}{dash}{b}"
