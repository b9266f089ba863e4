"""Shared helpers for the wild12 corpus: the entry type, month counting and date formatting."""
from __future__ import annotations

AS_OF = (2026, 11)
AS_OF_TEXT = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
# LaTeX-flavoured abbreviations ("Aug. 2018", "May 2021", "Sept. 2020")
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry: renders into the file and becomes one gold entry.

    start/end are 'YYYY-MM' (end may be 'present'); prec is 'month', 'year' or None (undated).
    dates: literal date text printed instead of the formatted range (seasons, durations).
    extra: renderer hints (note lines, sub-headings, suffixes); never part of the gold.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dates=None, **extra):
        assert cs in ("facing", "affecting", "none")
        assert (cs == "facing") == (kind is not None), (title, cs, kind)
        if prec == "year":
            assert start.endswith("-01") and (end == "present" or end.endswith("-12")), title
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dates = section, etype, dates
        self.x = extra

    def gold(self):
        # Year-only ranges are written as years in the gold, as in the other corpora
        # ("2019", "2022"); months are still counted January..December (gold_line).
        start, end = self.start, self.end
        if self.prec == "year":
            start, end = start[:4], end if end == "present" else end[:4]
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": start, "end": end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
            "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        return AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def idx(s):
    y, m = ym(s)
    return y * 12 + (m - 1)


def span_months(start, end):
    return idx(end) - idx(start) + 1


def merged_months(entries):
    """Months covered by the union of the [start, end] ranges (inclusive)."""
    iv = sorted((idx(e["start"]), idx(e["end"])) for e in entries if e["start"] and e["end"])
    total, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt(s, style, present="Present"):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "month":
        return f"{MONTHS[m - 1]} {y}"
    if style == "mon":
        return f"{MON[m - 1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m - 1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy":
        return str(y)
    if style == "mon'yy":
        return f"{MON[m - 1]}'{y % 100:02d}"
    if style == "dd/mm/yyyy":
        return f"01/{m:02d}/{y}"
    raise ValueError(style)


def drange(e, style="mon", present="Present", sep=" – "):
    """Printed date text of an entry."""
    if e.dates is not None:
        return e.dates
    if e.prec is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt(e.start, style, present)}{sep}{fmt(e.end, style, present)}"


def li_duration(start, end, web=False):
    """LinkedIn-style duration: inclusive months, '2 years 3 months' or '2 yrs 3 mos'."""
    n = span_months(start, end)
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} {'yr' if y == 1 else 'yrs'}" if web else f"{y} {'year' if y == 1 else 'years'}")
    if m:
        parts.append(f"{m} {'mo' if m == 1 else 'mos'}" if web else f"{m} {'month' if m == 1 else 'months'}")
    return " ".join(parts)


def gold_line(d):
    entries = [e.gold() for e in d["entries"]]
    dated = [{"start": e.start, "end": e.end, "cs": e.cs} for e in d["entries"] if e.start]
    return {
        "file": d["file"], "family": d["family"], "as_of": AS_OF_TEXT, "entries": entries,
        "total_months": merged_months(dated),
        "cs_months": merged_months([g for g in dated if g["cs"] == "facing"]),
    }
