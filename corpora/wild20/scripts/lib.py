"""Shared helpers for wild20: the entry type, month counting and date formatting."""
from dataclasses import dataclass, field
from typing import List, Optional

AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class E:
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]          # 'YYYY-MM' (or 'YYYY' for year precision) or None
    end: Optional[str]            # 'YYYY-MM', 'YYYY', 'present' or None
    bullets: List[str] = field(default_factory=list)
    cs: str = "facing"
    kind: Optional[str] = None
    section: str = "work"
    etype: str = "paid"
    datetext: Optional[str] = None  # literal date text printed instead of the formatted range
    prec: Optional[str] = None      # forced precision ('month'/'year'); default from start

    def precision(self):
        if self.start is None:
            return None
        if self.prec:
            return self.prec
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
        assert self.cs in ("facing", "affecting", "none"), self.title
        if self.cs == "facing":
            assert self.kind in KINDS, (self.title, self.kind)
        else:
            assert self.kind is None, self.title
        assert self.section in ("work", "volunteer", "other")
        assert self.etype in ("paid", "volunteer", "freelance", "internship", "military", "unknown")
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.gold_start(), "end": self.gold_end(), "date_precision": self.precision(),
            "section": self.section, "employment_type": self.etype, "bullets": list(self.bullets),
            "cs": self.cs, "kind": self.kind if self.cs == "facing" else None,
        }


KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    """Inclusive months, overlapping ranges merged."""
    covered = set()
    for e in entries:
        g = e.gold() if isinstance(e, E) else e
        if g["start"] is None or g["end"] is None:
            continue
        if only_facing and g["cs"] != "facing":
            continue
        a, b = _idx(g["start"]), _idx(g["end"])
        assert a <= b, g
        covered.update(range(a, b + 1))
    return len(covered)


def fmt_point(ym, style, present="Present"):
    """Format one date point in a given style."""
    if ym == "present":
        return present
    if len(ym) == 4:
        return ym
    y, m = ym.split("-")
    mi = int(m)
    if style == "month":
        return f"{MONTHS[mi-1]} {y}"
    if style == "mon":
        return f"{MONTHS[mi-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[mi-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "MON":
        return f"{MONTHS[mi-1][:3].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "m/yyyy":
        return f"{mi}/{y}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m}"
    if style == "mon-yy":
        return f"{MONTHS[mi-1][:3]}-{y[2:]}"
    if style == "mon'yy":
        return f"{MONTHS[mi-1][:3]}'{y[2:]}"
    if style == "mon/yyyy":
        return f"{MONTHS[mi-1][:3]}/{y}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    return fmt_point(e.start, style, present) + sep + fmt_point(e.end, style, present)


def gold_line(d):
    ents = [e.gold() for e in d["entries"]]
    return {
        "file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
        "total_months": months(d["entries"]), "cs_months": months(d["entries"], only_facing=True),
    }
