"""Shared data structures, month counting and date formatting for wild135.

Every résumé is one dict in defs_a.py / defs_b.py. Its experience entries are
`E` objects; the renderers draw them and `gold()` writes the gold line from the
same objects (the rendered files are never parsed to make the gold).
"""
import re

AS_OF = "2026-11"
AS_OF_Y, AS_OF_M = 2026, 11

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_AP = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]


class E:
    """One experience entry.

    start / end: 'YYYY-MM' (month precision), 'YYYY' (year precision) or None
    (undated); end may be 'present'. dt: literal date text printed instead of
    the formatted range ('Summer 2019', 'Since 2016'); the gold still uses
    start/end. kind only for facing entries.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", dt=None, prec=None):
        self.title = title
        self.org = org
        self.loc = loc
        self.start = start
        self.end = end
        self.cs = cs
        self.kind = kind
        self.bullets = list(bullets)
        self.section = section
        self.etype = etype
        self.dt = dt
        if prec is None:
            if start is None:
                prec = None
            elif re.fullmatch(r"\d{4}", start):
                prec = "year"
            else:
                prec = "month"
        self.prec = prec

    # ---------------------------------------------------------------- gold
    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind if self.cs == "facing" else None,
        }


# -------------------------------------------------------------------- months

def ym_index(text, is_end, prec):
    """Month index (year*12 + month-1) of a gold date string."""
    if text == "present":
        return AS_OF_Y * 12 + AS_OF_M - 1
    if prec == "year":
        y = int(text[:4])
        return y * 12 + (11 if is_end else 0)
    y, m = int(text[:4]), int(text[5:7])
    return y * 12 + m - 1


def month_set(start, end, prec):
    if start is None or end is None:
        return set()
    a = ym_index(start, False, prec)
    b = ym_index(end, True, prec)
    return set(range(a, b + 1))


def count_months(entries):
    """entries: list of gold dicts. Returns (total_months, cs_months)."""
    tot, cs = set(), set()
    for e in entries:
        ms = month_set(e["start"], e["end"], e["date_precision"])
        tot |= ms
        if e["cs"] == "facing":
            cs |= ms
    return len(tot), len(cs)


# -------------------------------------------------------------- formatting

def fmt_point(text, style):
    """Format one 'YYYY-MM' or 'YYYY' point in the résumé's date style."""
    if re.fullmatch(r"\d{4}", text):
        return text
    y, m = int(text[:4]), int(text[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "ap":
        return f"{MON_AP[m-1]} {y}"
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


def fmt_range(e, r):
    """Printed date text of entry e in résumé r (uses r['dates'], r['present'], r['sep'])."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    style = r.get("dates", "mon")
    sep = r.get("sep", " – ")
    a = fmt_point(e.start, style)
    if e.end == "present":
        word = r.get("present", "Present")
        psep = r.get("present_sep", sep)
        return f"{a}{psep}{word}"
    b = fmt_point(e.end, style)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def org_loc(e, joiner=", "):
    """'Org, Loc' with missing parts left out."""
    return joiner.join(x for x in (e.org, e.loc) if x)


def all_entries(r):
    out = []
    for b in r["blocks"]:
        out.extend(b.get("entries", []))
    return out


def gold(r):
    entries = [e.gold() for e in all_entries(r)]
    tot, cs = count_months(entries)
    return {
        "file": f"{r['id']}.{r['ext']}",
        "family": r["family"],
        "as_of": AS_OF,
        "entries": entries,
        "total_months": tot,
        "cs_months": cs,
    }


def sentences(bullets):
    """Join duty lines into a prose paragraph (for prose renderers)."""
    out = []
    for b in bullets:
        b = b.strip()
        if not b.endswith((".", "!", "?")):
            b += "."
        out.append(b)
    return " ".join(out)


def group_by_org(entries):
    """Consecutive entries sharing organisation and location, for org-first layouts."""
    groups = []
    for e in entries:
        if groups and e.org and groups[-1][0].org == e.org and groups[-1][0].loc == e.loc:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups
