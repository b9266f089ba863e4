"""Entry type, month counting and date formatting for wild58."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'), end may be 'present';
    start=None for undated. dtext overrides the printed date text (e.g. 'Summer 2019')."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None, section="work",
                 etype="paid", prec="month", dtext=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.prec = None if start is None else prec
        if start is not None and prec == "year":
            start = start[:4] + "-01"
            if end != "present":
                end = end[:4] + "-12"
        self.start, self.end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.dtext, self.prose = dtext, prose

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries, only_facing=False):
    s = set()
    for e in entries:
        st = e["start"] if isinstance(e, dict) else e.start
        en = e["end"] if isinstance(e, dict) else e.end
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if st is None or (only_facing and cs != "facing"):
            continue
        s.update(range(idx(st), idx(en) + 1))
    return len(s)


def fmt_one(ym, style, present):
    if ym == "present":
        return present
    y, m = ym.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y[2:]}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    raise ValueError(style)


def date_text(e, style="mon", present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_one(e.start, style, present)}{sep}{fmt_one(e.end, style, present)}"
