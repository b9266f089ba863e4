"""Entry type, month counting and date formatting for wild34."""
from dataclasses import dataclass, field

AS_OF = "2026-11"
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass
class E:
    """One experience entry. `when` is 'YYYY-MM..YYYY-MM', 'YYYY-MM..present', 'YYYY..YYYY' (year precision),
    'YYYY..present' (year precision) or None (undated). `datetext` overrides the printed date text."""
    title: str
    org: object
    loc: object
    when: object
    cs: str
    kind: object = None
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    datetext: object = None
    note: object = None      # printed line under the header, not part of the gold
    prose: bool = False      # duties printed as one paragraph

    @property
    def start(self):
        return _split(self.when)[0]

    @property
    def end(self):
        return _split(self.when)[1]

    @property
    def precision(self):
        return _split(self.when)[2]

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.precision,
            "section": self.section, "employment_type": self.etype, "bullets": list(self.bullets),
            "cs": self.cs, "kind": self.kind,
        }


def _split(when):
    if when is None:
        return None, None, None
    a, b = when.split("..")
    if len(a) == 4:  # year precision
        s = a + "-01"
        e = "present" if b == "present" else b + "-12"
        return s, e, "year"
    return a, b, "month"


def mindex(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months_of(entries):
    s = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if st is None:
            continue
        s.update(range(mindex(st), mindex(en) + 1))
    return len(s)


def totals(gold_entries):
    return months_of(gold_entries), months_of([e for e in gold_entries if e["cs"] == "facing"])


def fmt_month(ym, style):
    y, m = ym.split("-")
    mi = int(m)
    name = MONTHS[mi - 1]
    if style == "month":
        return f"{name} {y}"
    if style == "mon":
        return f"{name[:3]} {y}"
    if style == "MON":
        return f"{name[:3].upper()} {y}"
    if style == "mon.":
        ab = {"May": "May", "June": "June", "July": "July", "September": "Sept."}.get(name, name[:3] + ".")
        return f"{ab} {y}"
    if style == "mon'yy":
        return f"{name[:3]}'{y[2:]}"
    if style == "mon-yy":
        return f"{name[:3]}-{y[2:]}"
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "m/yyyy":
        return f"{mi}/{y}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m}"
    raise ValueError(style)


def fmt_range(e, r):
    """Printed date text of entry e in résumé r (dict with df, sep, present)."""
    if e.datetext is not None:
        return e.datetext
    if e.when is None:
        return ""
    sep = r.get("sep", " – ")
    pres = r.get("present", "Present")
    st, en, prec = e.start, e.end, e.precision
    if prec == "year":
        a = st[:4]
        b = pres if en == "present" else en[:4]
        if a == b:
            return a
        return f"{a}{r.get('ysep', sep)}{b}"
    df = r.get("df", "mon")
    a = fmt_month(st, df)
    b = pres if en == "present" else fmt_month(en, df)
    return f"{a}{sep}{b}"
