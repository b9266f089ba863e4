"""Shared helpers for the wild8 corpus: entry constructor and month counting."""
import re

AS_OF = "2026-11"


def E(title, org, loc, start, end, dates, cs, kind=None, bullets=(), section="work",
      etype="paid", prec=None, **extra):
    """One experience entry.

    start/end: gold values ("YYYY-MM", "YYYY", "present" or None).
    dates: the literal date text printed on the résumé ('' for undated).
    extra: renderer hints (e.g. dur='2 yrs 3 mos', org_line='...').
    """
    if prec is None:
        if start is None:
            prec = None
        elif re.fullmatch(r"\d{4}", start):
            prec = "year"
        else:
            prec = "month"
    assert cs in ("facing", "affecting", "none"), cs
    assert (cs == "facing") == (kind is not None), (title, cs, kind)
    d = dict(title=title, organization=org, location=loc, start=start, end=end,
             date_precision=prec, section=section, employment_type=etype,
             bullets=list(bullets), cs=cs, kind=kind)
    d["_dates"] = dates
    d.update({"_" + k: v for k, v in extra.items()})
    return d


def _ym(s, is_end):
    if s == "present":
        s = AS_OF
    if re.fullmatch(r"\d{4}", s):
        return int(s), (12 if is_end else 1)
    y, m = s.split("-")
    return int(y), int(m)


def months_of(e):
    if e["start"] is None:
        return set()
    y1, m1 = _ym(e["start"], False)
    y2, m2 = _ym(e["end"], True)
    out = set()
    a, b = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    assert a <= b, e
    for k in range(a, b + 1):
        out.add(k)
    return out


def totals(entries):
    tot, cs = set(), set()
    for e in entries:
        m = months_of(e)
        tot |= m
        if e["cs"] == "facing":
            cs |= m
    return len(tot), len(cs)


def gold_entry(e):
    return {k: v for k, v in e.items() if not k.startswith("_")}


def sections(r):
    """Group entries by section, keeping order of first appearance."""
    out = {}
    for e in r["entries"]:
        out.setdefault(e["section"], []).append(e)
    return out


def heading_for(r, section):
    h = r.get("headings", {})
    default = {"work": "Work Experience", "volunteer": "Volunteering", "other": "Other Experience"}
    return h.get(section, default[section])


def groups_by_org(entries):
    """Consecutive entries with the same organisation -> [(org, loc, [entries])]."""
    out = []
    for e in entries:
        if out and out[-1][0] == e["organization"] and e["organization"]:
            out[-1][2].append(e)
        else:
            out.append([e["organization"], e["location"], [e]])
    return out


def span(entries):
    """Literal overall span for org headings ('Mar 2018 – Present')."""
    return entries[-1]["_dates"].split("–")[0].strip() + " – " + entries[0]["_dates"].split("–")[-1].strip()
