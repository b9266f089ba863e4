"""Shared data structures, date formatting and month counting for wild128.

Every résumé is one dict (see defs_a.py / defs_b.py).  Its experience entries are
``E`` objects; the same objects feed the renderer (render.py) and the gold line
(build.py), so the gold never comes from parsing a rendered file.
"""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
PRECISIONS = ("month", "year")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]


@dataclass
class E:
    """One experience entry.

    start / end: 'YYYY-MM' for month precision, 'YYYY' for year precision (coded
    to YYYY-01 .. YYYY-12 in the gold), end may be 'present'; both None when the
    résumé prints no dates (duration only).
    dtext: literal date text printed instead of the formatted range
    ('Summer 2025', '6 months', ...).  The gold still uses start/end.
    grp:   heading under which the entry is printed (agency or employer printed
           once with its roles / assignments beneath).
    via:   agency name printed next to a client ("Client (via Agency)").
    """
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]
    end: Optional[str]
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    dtext: Optional[str] = None
    grp: Optional[str] = None
    via: Optional[str] = None
    prose: bool = False
    note: Optional[str] = None  # short printed remark after the header (e.g. reason for leaving)

    @property
    def prec(self):
        if self.start is None:
            return None
        return "year" if len(self.start) == 4 else "month"

    def gold_start(self):
        if self.start is None:
            return None
        return self.start + "-01" if len(self.start) == 4 else self.start

    def gold_end(self):
        if self.end is None:
            return None
        if self.end == "present":
            return "present"
        return self.end + "-12" if len(self.end) == 4 else self.end

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.gold_start(),
            "end": self.gold_end(),
            "date_precision": self.prec,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---------------------------------------------------------------- months

def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(gold_entries, only_facing=False):
    months = set()
    for e in gold_entries:
        if only_facing and e["cs"] != "facing":
            continue
        if e["start"] is None or e["end"] is None:
            continue
        a, b = ym_index(e["start"]), ym_index(e["end"])
        months.update(range(a, b + 1))
    return months


def count_months(gold_entries):
    return len(month_set(gold_entries)), len(month_set(gold_entries, True))


# ---------------------------------------------------------------- dates

def fmt_point(s, style, present="Present"):
    """Format one date point (YYYY-MM, YYYY or 'present')."""
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "yyyy/mm":
        return f"{y}/{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    a = fmt_point(e.start, style, present)
    b = fmt_point(e.end, style, present)
    if a == b:
        return a
    return f"{a}{sep}{b}"


# ---------------------------------------------------------------- block helpers

def P(h, text, side=False):
    return {"k": "para", "h": h, "text": text, "side": side}


def X(h, items, side=False):
    return {"k": "exp", "h": h, "items": items, "side": side}


def L(h, items, side=False):
    return {"k": "list", "h": h, "items": items, "side": side}


def B(h, items, side=False):
    return {"k": "bul", "h": h, "items": items, "side": side}


def K(h, items, side=False):
    return {"k": "kv", "h": h, "items": items, "side": side}


def entries_of(R):
    out = []
    for b in R["blocks"]:
        if b["k"] == "exp":
            out.extend(b["items"])
    return out
