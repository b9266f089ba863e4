"""Shared helpers for the wild résumé corpus: entry model, date printing, month arithmetic."""
import calendar

AS_OF = "2026-11"
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]
SEASON = {1: "Winter", 3: "Spring", 6: "Summer", 9: "Fall"}


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY', 'present' or None."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", season=False):
        assert cs in CS, cs
        assert (kind in KINDS) if cs == "facing" else kind is None, (title, cs, kind)
        assert section in SECTIONS and etype in ETYPES, (section, etype)
        for d in (start, end):
            assert d is None or d == "present" or len(d) in (4, 7), d
        if season:
            assert int(start[5:7]) in SEASON
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.season = section, etype, season

    @property
    def prec(self):
        if self.start is None:
            return "none"
        if len(self.start) == 4:
            return "year"
        return "season" if self.season else "month"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": [" ".join(b.split()) for b in self.bullets],
                "cs": self.cs, "kind": self.kind}

    # ---- date printing -------------------------------------------------
    def d(self, which, style="mon", present="Present", autumn=False):
        v = self.start if which == "s" else self.end
        return fd(v, style, present, season=self.season and v != "present", autumn=autumn)

    def rng(self, style="mon", sep=" – ", present="Present", autumn=False):
        if self.start is None:
            return ""
        if self.start == self.end:
            return self.d("s", style, present, autumn)
        return self.d("s", style, present, autumn) + sep + self.d("e", style, present, autumn)


def fd(v, style="mon", present="Present", season=False, autumn=False):
    """Format a canonical date value in a given printed style."""
    if v == "present":
        return present
    y = int(v[:4])
    if len(v) == 4:
        if style in ("'yy", "’yy"):
            return style[0] + v[2:]
        return v
    m = int(v[5:7])
    if season:
        name = SEASON[m]
        if name == "Fall" and autumn:
            name = "Autumn"
        return f"{name} {y}"
    last = calendar.monthrange(y, m)[1]
    return {
        "mon": f"{MON[m-1]} {y}",
        "MON": f"{MON[m-1].upper()} {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mon.": f"{MON_DOT[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "mm.yyyy": f"{m:02d}.{y}",
        "mon'yy": f"{MON[m-1]}'{str(y)[2:]}",
        "mon ’yy": f"{MON[m-1]} ’{str(y)[2:]}",
        "dd/mm/yyyy-start": f"01/{m:02d}/{y}",
        "dd/mm/yyyy-end": f"{last:02d}/{m:02d}/{y}",
    }[style]


# ---- month arithmetic ---------------------------------------------------
def _idx(y, m):
    return y * 12 + (m - 1)


def interval(start, end, as_of=AS_OF):
    """Inclusive month-index range for one entry, or None if it cannot be counted."""
    if start is None or end is None:
        return None
    sy = int(start[:4])
    sm = int(start[5:7]) if len(start) == 7 else 1
    if end == "present":
        ey, em = int(as_of[:4]), int(as_of[5:7])
    else:
        ey = int(end[:4])
        if len(end) == 7:
            em = int(end[5:7])
        else:
            em = 12 if ey == sy else 1
    a, b = _idx(sy, sm), _idx(ey, em)
    if b < a:
        raise ValueError(f"end before start: {start}..{end}")
    return a, b


def union_months(pairs, as_of=AS_OF):
    months = set()
    for s, e in pairs:
        iv = interval(s, e, as_of)
        if iv:
            months.update(range(iv[0], iv[1] + 1))
    return len(months)


def duration_months(start, end, as_of=AS_OF):
    a, b = interval(start, end, as_of)
    return b - a + 1


def _selftest():
    assert union_months([("2015", "2017")]) == 25
    assert union_months([("2017", "2017")]) == 12
    assert union_months([("2019-01", "2019-03")]) == 3
    assert union_months([("2019-01", "2019-03"), ("2019-03", "2019-05")]) == 5
    assert union_months([("2019-01", "2019-03"), ("2019-04", "2019-05")]) == 5
    assert union_months([("2019-01", "2019-03"), ("2020-01", "2020-01")]) == 4
    assert union_months([("2026-01", "present")]) == 11
    assert union_months([(None, None), ("2018-06", "2018-06")]) == 1
    assert union_months([("2019-03", "2019")]) == 10
    assert union_months([("2016", "present")]) == 10 * 12 + 11  # 2016-01..2026-11
    assert fd("2019-01", "mon.") == "Jan. 2019" and fd("2019-09", "mon.") == "Sept. 2019"
    assert fd("2018-06", season=True) == "Summer 2018"


_selftest()


# ---- registry -------------------------------------------------------------
REGISTRY = {}


def resume(fname, family):
    """Decorator: fn(path) renders the résumé to path and returns its list of E."""
    def deco(fn):
        assert fname not in REGISTRY, fname
        REGISTRY[fname] = (family, fn)
        return fn
    return deco


def wrap(text, width=70, first="", rest=None):
    import textwrap
    rest = first if rest is None else rest
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=first,
                         subsequent_indent=rest, break_on_hyphens=False)


def li_dur(start, end):
    """LinkedIn-style duration text (inclusive months)."""
    n = duration_months(start, end)
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} year{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} month{'s' if m > 1 else ''}")
    return " ".join(parts)


def li_dur_short(start, end):
    n = duration_months(start, end)
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr{'s' if y > 1 else ''}")
    if m:
        parts.append(f"{m} mo{'s' if m > 1 else ''}")
    return " ".join(parts)
