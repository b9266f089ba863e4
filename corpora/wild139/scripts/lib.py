"""Shared data structures, month counting and date formatting for wild139.

One `R` per résumé (defined in defs_a.py / defs_b.py) renders both the file and its gold line.
Experience entries are `E` objects; every other section (education, publications, grants,
courses taught, service, memberships, references ...) is a list of plain items that never reach
the gold file.
"""
from collections import OrderedDict

AS_OF = "2026-11"
AS_OF_YM = (2026, 11)

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONP = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


class E:
    """One experience entry.

    start/end are 'YYYY-MM' (end may be 'present'); with prec='year' start is YYYY-01 and end
    YYYY-12 (or 'present').  `date` is an optional literal date text printed instead of the
    formatted range (e.g. 'Summer 2018'); the gold keeps the coded months.
    `prose=True` prints the duty lines as one paragraph instead of bullets.
    """

    def __init__(self, title, org, loc, start, end, prec="month", section="work", etype="paid",
                 bullets=(), cs="facing", kind=None, date=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        if prec == "year":
            if len(start) == 4:
                start = start + "-01"
            if end != "present" and len(end) == 4:
                end = end + "-12"
        self.start, self.end, self.prec = start, end, prec
        self.section, self.etype = section, etype
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.date, self.prose = date, prose

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.start), ("end", self.end), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype),
            ("bullets", list(self.bullets)), ("cs", self.cs), ("kind", self.kind)])


class R:
    """One résumé.

    r       renderer: rl (reportlab canvas), fpdf (fpdf2), docx, txt, md, html
    lay     page layout for that renderer (see render.py)
    hdr     entry header order: title_org, org_title, dateline, dash, pipe, inline, datefirst, orgfirst
    ds      date style (see fmt_ym), sep range separator, present word
    secs    list of (heading, items); items are E objects (experience) or distractor items:
            str (a line), ('d', date, text) (a dated line) or ('b', text) (a bullet line)
    side    sidebar sections for sidebar layouts (list of (heading, [lines]))
    o       free options for the renderer
    """

    def __init__(self, file, family, r, lay, hdr, ds, present, name, contact, secs, sep=" – ",
                 glyph="•", side=None, o=None, headline=None):
        self.file, self.family, self.r, self.lay, self.hdr = file, family, r, lay, hdr
        self.ds, self.present, self.sep, self.glyph = ds, present, sep, glyph
        self.name, self.contact, self.secs = name, contact, secs
        self.side = side or []
        self.o = o or {}
        self.headline = headline

    def entries(self):
        out = []
        for _h, items in self.secs:
            for it in items:
                if isinstance(it, E):
                    out.append(it)
        return out

    def gold(self):
        ents = self.entries()
        tot, cs = count_months(ents)
        return OrderedDict([
            ("file", self.file), ("family", self.family), ("as_of", AS_OF),
            ("entries", [e.gold() for e in ents]), ("total_months", tot), ("cs_months", cs)])


# ---------------------------------------------------------------- months
def ym(s):
    if s == "present":
        return AS_OF_YM
    y, m = s.split("-")
    return int(y), int(m)


def idx(t):
    return t[0] * 12 + (t[1] - 1)


def merged_months(spans):
    """spans: list of (start_idx, end_idx) inclusive; returns the number of distinct months."""
    spans = sorted(spans)
    total, cur = 0, None
    for a, b in spans:
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


def count_months(ents):
    allsp, cssp = [], []
    for e in ents:
        st = e.start if isinstance(e, E) else e["start"]
        en = e.end if isinstance(e, E) else e["end"]
        cs = e.cs if isinstance(e, E) else e["cs"]
        if st is None:
            continue
        sp = (idx(ym(st)), idx(ym(en)))
        allsp.append(sp)
        if cs == "facing":
            cssp.append(sp)
    return merged_months(allsp), merged_months(cssp)


# ---------------------------------------------------------------- dates
def fmt_ym(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "monp":
        return f"{MONP[m-1]} {y}"
    if style == "mon-":
        return f"{MON[m-1]}-{y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "yyyy":
        return f"{y}"
    raise ValueError(style)


def date_text(e, R):
    """The printed date range of an entry."""
    if e.date is not None:
        return e.date
    style = "yyyy" if e.prec == "year" else R.ds
    a = fmt_ym(e.start, style)
    if e.end == "present":
        b = R.present
    else:
        b = fmt_ym(e.end, style)
    if e.prec == "year" and a == b:
        return a
    if R.o.get("since") and e.end == "present":
        return f"{R.o['since']} {a}"
    if b == "":
        return f"{a}{R.sep.rstrip()}"
    return f"{a}{R.sep}{b}"
