"""Shared data structures, month arithmetic and date formatting for wild131.

Every résumé is one dict (see defs_a.py / defs_b.py).  Its experience-like blocks hold
``E`` objects; the same objects are rendered into the file and written to gold.jsonl.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

AS_OF = "2026-11"

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASONS = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}


@dataclass
class E:
    """One experience entry.

    start / end: 'YYYY-MM' (month precision), 'YYYY' (year precision, expanded to
    Jan..Dec in the gold), 'Summer YYYY' style seasons (month precision), end may be
    'present'.  ``dates`` is an optional literal date text printed instead of the
    formatted range.  ``prose`` renders the bullets as one running paragraph.
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
    dates: Optional[str] = None
    prose: bool = False
    extra: dict = field(default_factory=dict)   # renderer hints (e.g. work mode, skills line)

    # ---- normalised dates -------------------------------------------------
    @property
    def precision(self):
        if self.start is None:
            return None
        s = self.start
        if len(s) == 4 and s.isdigit():
            return "year"
        return "month"

    def _norm(self, v, is_end):
        if v is None:
            return None
        if v == "present":
            return "present"
        parts = v.split()
        if len(parts) == 2 and parts[0] in SEASONS:
            a, b = SEASONS[parts[0]]
            return f"{parts[1]}-{(b if is_end else a):02d}"
        if len(v) == 4 and v.isdigit():
            return f"{v}-12" if is_end else f"{v}-01"
        return v

    @property
    def g_start(self):
        return self._norm(self.start, False)

    @property
    def g_end(self):
        if self.end is None and self.start is not None:
            # single season / single year given as start only
            return self._norm(self.start, True)
        return self._norm(self.end, True)

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.g_start,
            "end": self.g_end,
            "date_precision": self.precision,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---- month arithmetic -------------------------------------------------------

def ym_to_int(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months_inclusive(a, b):
    return ym_to_int(b) - ym_to_int(a) + 1


def merged_months(ranges):
    """ranges: iterable of (start 'YYYY-MM', end 'YYYY-MM'|'present'); inclusive, overlaps merged."""
    iv = sorted((ym_to_int(a), ym_to_int(b)) for a, b in ranges)
    total, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def totals(entries):
    dated = [(e.g_start, e.g_end) for e in entries if e.g_start]
    facing = [(e.g_start, e.g_end) for e in entries if e.g_start and e.cs == "facing"]
    return merged_months(dated), merged_months(facing)


# ---- date formatting ------------------------------------------------------------

def fmt_ym(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]}'{y % 100:02d}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{y % 100:02d}"
    raise ValueError(style)


def fmt_point(v, style, present, is_end):
    if v == "present":
        return present
    parts = v.split()
    if len(parts) == 2 and parts[0] in SEASONS:
        return v
    if len(v) == 4:
        return v
    return fmt_ym(v, style)


def fmt_range(e: E, style="mon", present="Present", sep=" – "):
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    if e.end is None:
        return fmt_point(e.start, style, present, False)
    return fmt_point(e.start, style, present, False) + sep + fmt_point(e.end, style, present, True)


# ---- LinkedIn-style durations -----------------------------------------------------

def li_duration(months, long=False):
    y, m = divmod(months, 12)
    out = []
    if long:
        if y:
            out.append(f"{y} year{'s' if y > 1 else ''}")
        if m:
            out.append(f"{m} month{'s' if m > 1 else ''}")
        return " ".join(out) or "1 month"
    if y:
        out.append(f"{y} yr{'s' if y > 1 else ''}")
    if m:
        out.append(f"{m} mo{'s' if m > 1 else ''}")
    return " ".join(out) or "1 mo"


def entry_months(e: E):
    return months_inclusive(e.g_start, e.g_end)


def span_months(entries):
    a = min(ym_to_int(e.g_start) for e in entries)
    b = max(ym_to_int(e.g_end) for e in entries)
    return b - a + 1


def exp_entries(R):
    """Entries of a résumé dict in printed order (body blocks, then nothing else)."""
    out = []
    for blk in R["body"]:
        if blk[0] == "exp":
            out.extend(blk[2])
    return out


def gold_line(R):
    ents = exp_entries(R)
    tot, cs = totals(ents)
    return {
        "file": R["file"],
        "family": R["family"],
        "as_of": AS_OF,
        "entries": [e.gold() for e in ents],
        "total_months": tot,
        "cs_months": cs,
    }


def group_by_org(entries):
    """Consecutive entries with the same organisation, for org-first layouts."""
    groups = []
    for e in entries:
        if groups and groups[-1][0] == e.org and e.org is not None:
            groups[-1][1].append(e)
        else:
            groups.append((e.org, [e]))
    return groups
