"""Shared helpers for the wild14 corpus: entries, month counting, date formatting, the document model."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
AS_OF_YM = (2026, 11)

CS_VALUES = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
EMP_TYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
PRECISIONS = ("month", "year")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SEASON_MONTHS = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}


@dataclass
class E:
    """One labelled experience entry. start/end: 'YYYY-MM', 'YYYY' or 'present' (end only)."""
    title: str
    org: object
    loc: object
    start: object
    end: object
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: object = None  # derived from start when None

    def __post_init__(self):
        if self.prec is None and self.start is not None:
            self.prec = "year" if len(self.start) == 4 else "month"

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype, "bullets": list(self.bullets),
            "cs": self.cs, "kind": self.kind,
        }


def season(name, year):
    """'Summer', 2022 -> ('2022-06', '2022-08')"""
    a, b = SEASON_MONTHS[name]
    return f"{year}-{a:02d}", f"{year}-{b:02d}"


# ---------------------------------------------------------------- month counting
def _ym(s, is_end, prec):
    if s == "present":
        return AS_OF_YM
    if prec == "year" or len(s) == 4:
        return (int(s[:4]), 12 if is_end else 1)
    return (int(s[:4]), int(s[5:7]))


def month_set(entry):
    """entry: gold dict. Inclusive set of (y, m) covered."""
    if entry["start"] is None:
        return set()
    a = _ym(entry["start"], False, entry["date_precision"])
    b = _ym(entry["end"], True, entry["date_precision"])
    out = set()
    y, m = a
    while (y, m) <= b:
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count_months(entries, only_facing=False):
    s = set()
    for e in entries:
        if only_facing and e["cs"] != "facing":
            continue
        s |= month_set(e)
    return len(s)


def duration_text(start, end, style="linkedin"):
    """Inclusive duration between 'YYYY-MM' values, e.g. '3 yrs 11 mos'."""
    a = _ym(start, False, "month")
    b = _ym(end, True, "month")
    n = (b[0] - a[0]) * 12 + (b[1] - a[1]) + 1
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


# ---------------------------------------------------------------- date formatting
def fmt_point(s, style, present="Present"):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "sep":  # 'Sep' spelt 'Sept' for a Canadian student
        return ("Sept" if m == 9 else MON[m-1]) + f" {y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    return fmt_point(e.start, style, present) + sep + fmt_point(e.end, style, present)


# ---------------------------------------------------------------- document model
class Doc:
    """A résumé as a list of blocks; entries are recorded in reading order for the gold line.

    Blocks: ('name', t) ('contact', t) ('h', t) ('sub', t) ('p', t) ('b', t) ('gap',) ('rule',)
            ('row', left, right, style)  style: n, b, i, bi, small
            ('kv', key, value)
            ('entry', [header blocks], [bullets], entry_index)
    """

    def __init__(self, file, family, layout, dates, **opts):
        self.file = file
        self.family = family
        self.layout = layout
        self.dates = dates
        self.opts = opts
        self.main = []
        self.side = []
        self.target = self.main
        self.entries = []

    @property
    def fmt(self):
        return self.file.rsplit(".", 1)[1]

    def to_side(self):
        self.target = self.side
        return self

    def to_main(self):
        self.target = self.main
        return self

    def add(self, *blk):
        self.target.append(blk)
        return self

    def name(self, t):
        return self.add("name", t)

    def contact(self, t):
        return self.add("contact", t)

    def h(self, t):
        return self.add("h", t)

    def sub(self, t):
        return self.add("sub", t)

    def p(self, t):
        return self.add("p", t)

    def b(self, *ts):
        for t in ts:
            self.add("b", t)
        return self

    def gap(self):
        return self.add("gap")

    def rule(self):
        return self.add("rule")

    def row(self, left, right=None, style="n"):
        return self.add("row", left, right, style)

    def kv(self, k, v):
        return self.add("kv", k, v)

    def comp_table(self, items, ncol=3):
        """DOCX only: a grid of competencies."""
        return self.add("comp_table", list(items), ncol)

    def entry(self, e, header, bullets=None):
        """header: list of blocks (tuples). bullets default to e.bullets (what is printed as duty lines)."""
        self.entries.append(e)
        self.add("entry", header, list(e.bullets if bullets is None else bullets), len(self.entries) - 1)
        return self

    def gold(self):
        ents = [e.gold() for e in self.entries]
        return {
            "file": self.file, "family": self.family, "as_of": AS_OF, "entries": ents,
            "total_months": count_months(ents), "cs_months": count_months(ents, only_facing=True),
        }


def R(left, right=None, style="n"):
    return ("row", left, right, style)


def KV(k, v):
    return ("kv", k, v)


def P(t):
    return ("p", t)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))
