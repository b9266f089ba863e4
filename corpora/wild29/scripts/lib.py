"""Shared helpers for wild29: entry objects, date formatting and month counting."""
from dataclasses import dataclass, field

AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@dataclass
class E:
    """One experience entry; renders into the file and into the gold line."""
    title: str
    org: object  # str or None
    loc: object
    start: object  # 'YYYY-MM' or None
    end: object  # 'YYYY-MM', 'present' or None
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: object = "month"
    section: str = "work"
    etype: str = "paid"
    dates: object = None  # literal date text printed instead of the formatted range
    extra: dict = field(default_factory=dict)  # federal lines, grade, notes printed with the entry
    prose: bool = False  # duties printed as a paragraph instead of bullets

    def gold(self):
        prec = self.prec if self.start else None
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


@dataclass
class P:
    """A paragraph of free text."""
    text: str


@dataclass
class B:
    """A bullet list that is not an entry (skills, achievements, training)."""
    items: list


@dataclass
class KV:
    """Key/value lines (personal details, federal header data)."""
    pairs: list


@dataclass
class Sub:
    """A small sub-heading inside a section (competency names, criteria)."""
    text: str


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def idx(s):
    if s == "present":
        s = AS_OF
    y, m = ym(s)
    return y * 12 + m - 1


def month_set(entries):
    out = set()
    for e in entries:
        if not e["start"]:
            continue
        out.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return out


def count_months(entries):
    total = len(month_set(entries))
    cs = len(month_set([e for e in entries if e["cs"] == "facing"]))
    return total, cs


def fmt_one(v, style, present):
    if v == "present":
        return present
    y, m = ym(v)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "fr":
        return f"{MONTHS_FR[m-1]} {y}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]}'{str(y)[2:]}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def date_text(e, R):
    """The date range as printed for entry e in résumé R."""
    if e.dates is not None:
        return e.dates
    if not e.start:
        return ""
    sep = R.get("sep", " – ")
    present = R.get("present", "Present")
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    style = R.get("dfmt", "mon")
    return f"{fmt_one(e.start, style, present)}{sep}{fmt_one(e.end, style, present)}"


def gold_line(R):
    ents = [e.gold() for blk in R["blocks"] for e in blk[1] if isinstance(e, E)]
    total, cs = count_months(ents)
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": total, "cs_months": cs}


def entries_of(R):
    return [e for blk in R["blocks"] for e in blk[1] if isinstance(e, E)]
