"""Shared helpers: entry definition, printed-date parsing, month arithmetic, gold rows.

Every résumé defines its entries once (with the date string exactly as printed);
the renderer prints that string and the gold start/end are parsed from it.
"""
import re, json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test")
AS_OF = "2026-11"
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing"}

class E:
    """One experience entry.  d = date text exactly as printed (None = undated)."""
    def __init__(self, title, org, loc, d, bullets, cs, kind=None, section="work",
                 etype="paid", dayfirst=None, **extra):
        self.title, self.org, self.loc, self.d = title, org, loc, d
        self.bullets = list(bullets or [])
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.dayfirst = dayfirst
        self.x = extra
        assert cs in ("facing", "affecting", "none"), cs
        assert (cs == "facing") == (kind is not None), (title, cs, kind)
        assert kind is None or kind in KINDS, kind
        assert section in ("work", "volunteer", "other"), section
        assert etype in ("paid", "volunteer", "freelance", "internship", "military", "unknown")
        self.start, self.end, self.prec = parse_range(d, dayfirst)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}

# ---------------------------------------------------------------- date parsing
MON = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
       "sep": 9, "oct": 10, "nov": 11, "dec": 12}
SEASON = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
M = r"(?P<{n}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
TOKEN = re.compile("|".join([
    r"(?P<num3>\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y3>\d{4})\b)",
    r"(?P<dmy>\b(?P<dd>\d{1,2})[- ]" + M.format(n="m2") + r"[- ,]*(?P<y2>\d{4})\b)",
    r"(?P<mdy>\b" + M.format(n="m4") + r"\s+(?P<d4>\d{1,2}),\s*(?P<y4>\d{4})\b)",
    r"(?P<iso>\b(?P<yi>\d{4})-(?P<mi>\d{2})\b)",
    r"(?P<my_num>\b(?P<mn>\d{1,2})/(?P<yn>\d{4})\b)",
    r"(?P<season>\b(?P<s>spring|summer|fall|autumn|winter)\s+(?P<ys>\d{4})\b)",
    r"(?P<my>\b" + M.format(n="m1") + r",?\s+(?P<y1>\d{4})\b)",
    r"(?P<my_ap>\b" + M.format(n="m5") + r"\s*['’](?P<y5>\d{2})\b)",
    r"(?P<ap>['’](?P<y6>\d{2})\b)",
    r"(?P<year>\b(?P<y7>(?:19|20)\d{2})\b)",
    r"(?P<pres>\b(?:present|current|currently|now|to date|till date|today|ongoing)\b)",
]), re.I)

def _tok(m, dayfirst):
    g = m.groupdict()
    if g["num3"]:
        a, b, y = int(g["a"]), int(g["b"]), int(g["y3"])
        if dayfirst is None:
            assert a > 12 or b > 12, "ambiguous numeric date needs dayfirst: " + m.group(0)
            dayfirst = a > 12
        mo = b if dayfirst else a
        return ("%04d-%02d" % (y, mo), "month")
    if g["dmy"]:
        return ("%04d-%02d" % (int(g["y2"]), MON[g["m2"].lower()]), "month")
    if g["mdy"]:
        return ("%04d-%02d" % (int(g["y4"]), MON[g["m4"].lower()]), "month")
    if g["iso"]:
        return ("%s-%s" % (g["yi"], g["mi"]), "month")
    if g["my_num"]:
        return ("%s-%02d" % (g["yn"], int(g["mn"])), "month")
    if g["season"]:
        return ("%s-%02d" % (g["ys"], SEASON[g["s"].lower()]), "season")
    if g["my"]:
        return ("%s-%02d" % (g["y1"], MON[g["m1"].lower()]), "month")
    if g["my_ap"]:
        return ("20%s-%02d" % (g["y5"], MON[g["m5"].lower()]), "month")
    if g["ap"]:
        return ("20%s" % g["y6"], "year")
    if g["year"]:
        return (g["y7"], "year")
    if g["pres"]:
        return ("present", None)
    raise ValueError(m.group(0))

def parse_range(s, dayfirst=None):
    if s is None:
        return (None, None, "none")
    toks = [_tok(m, dayfirst) for m in TOKEN.finditer(s)]
    assert 1 <= len(toks) <= 2, (s, toks)
    since = re.match(r"\s*since\b", s, re.I)
    if len(toks) == 1:
        v, p = toks[0]
        assert v != "present"
        return (v, "present", p) if since else (v, v, p)
    (a, p), (b, _) = toks
    assert a != "present"
    return (a, b, p)

# ---------------------------------------------------------------- month arithmetic
def _idx(y, m):
    return y * 12 + (m - 1)

def interval(start, end):
    if start is None or end is None:
        return None
    sy = int(start[:4]); sm = int(start[5:7]) if len(start) > 4 else 1
    s = _idx(sy, sm)
    if end == "present":
        e = _idx(int(AS_OF[:4]), int(AS_OF[5:7]))
    elif len(end) > 4:
        e = _idx(int(end[:4]), int(end[5:7]))
    else:
        ey = int(end)
        e = _idx(ey, 12) if ey == sy else _idx(ey, 1)
    assert e >= s, (start, end)
    return (s, e)

def months(pairs):
    iv = sorted(x for x in (interval(a, b) for a, b in pairs) if x)
    total, cur = 0, None
    for s, e in iv:
        if cur and s <= cur[1] + 1:
            cur = (cur[0], max(cur[1], e))
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = (s, e)
    if cur:
        total += cur[1] - cur[0] + 1
    return total

def inclusive_months(e):
    """Number of months in one entry (used for LinkedIn-style durations)."""
    iv = interval(e.start, e.end)
    return iv[1] - iv[0] + 1

def ym_text(n):
    y, m = divmod(n, 12)
    parts = []
    if y: parts.append("%d year%s" % (y, "s" if y > 1 else ""))
    if m: parts.append("%d month%s" % (m, "s" if m > 1 else ""))
    return " ".join(parts) or "less than a month"

# self-tests
assert months([("2019-01", "2019-03")]) == 3
assert months([("2015", "2017")]) == 25
assert months([("2017", "2017")]) == 12
assert months([("2026-01", "present")]) == 11
assert months([("2019-01", "2019-06"), ("2019-04", "2019-12"), ("2020-01", "2020-02")]) == 14
assert months([("2019-01", "2019-03"), (None, None)]) == 3
assert parse_range("Jan. 2019 – Present") == ("2019-01", "present", "month")
assert parse_range("Summer 2018") == ("2018-06", "2018-06", "season")
assert parse_range("01/09/2018 – 30/06/2020", dayfirst=True) == ("2018-09", "2020-06", "month")
assert parse_range("09/01/2018 - 06/30/2020", dayfirst=False) == ("2018-09", "2020-06", "month")
assert parse_range("1 Sept 2018 – 30 June 2020") == ("2018-09", "2020-06", "month")
assert parse_range("’19 – ’22") == ("2019", "2022", "year")
assert parse_range("Since 2019") == ("2019", "present", "year")
assert parse_range("2019-01 to 2021-06") == ("2019-01", "2021-06", "month")
assert parse_range("01-Jul-2015 to till date") == ("2015-07", "present", "month")
assert parse_range("Fall 2020 – Spring 2021") == ("2020-09", "2021-03", "season")
assert parse_range("1/2019 - present") == ("2019-01", "present", "month")

def gold_row(fname, family, entries):
    for e in entries:
        assert e.title and e.title.strip() == e.title
    return {"file": fname, "family": family, "as_of": AS_OF,
            "entries": [e.gold() for e in entries],
            "total_months": months([(e.start, e.end) for e in entries]),
            "cs_months": months([(e.start, e.end) for e in entries if e.cs == "facing"])}

REGISTRY = []
def resume(fname, family):
    def deco(fn):
        REGISTRY.append((fname, family, fn))
        return fn
    return deco

def path(fname):
    return os.path.join(OUT, fname)
