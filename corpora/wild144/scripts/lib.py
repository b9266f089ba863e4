"""Entry definitions and month arithmetic for wild144.

An entry (E) carries its gold fields plus display extras (the literal date text as printed,
how the organisation line is shown, labels such as 'Present Employer')."""

AS_OF = "2026-11"
CS_VALUES = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")

GOLD_KEYS = ("title", "organization", "location", "start", "end", "date_precision", "section",
             "employment_type", "bullets", "cs", "kind")


class E:
    def __init__(self, title, org, loc, start, end, dt, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", **x):
        self.title = title
        self.org = org
        self.loc = loc
        self.start = start
        self.end = end
        self.dt = dt            # the date text exactly as printed
        self.cs = cs
        self.kind = kind
        self.bullets = list(bullets)
        self.prec = prec
        self.section = section
        self.etype = etype
        self.x = x              # display extras

    # display helpers
    def org_show(self):
        return self.x.get("org_show", self.org or "")

    def title_show(self):
        return self.x.get("title_show", self.title)

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind if self.cs == "facing" else None,
        }


def _ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(entries):
    """Set of (year, month) covered by the dated entries, inclusive."""
    out = set()
    for e in entries:
        if not e.start:
            continue
        y, m = _ym(e.start)
        ey, em = _ym(e.end)
        while (y, m) <= (ey, em):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return out


def total_months(entries):
    return len(month_set(entries))


def cs_months(entries):
    return len(month_set([e for e in entries if e.cs == "facing"]))


def span(start, end):
    """Inclusive number of months of one range."""
    y, m = _ym(start)
    ey, em = _ym(end)
    return (ey - y) * 12 + (em - m) + 1


def dur(start, end, style="yrs"):
    """Duration text as people write it next to their dates."""
    n = span(start, end)
    y, m = divmod(n, 12)
    if style == "yrs":
        parts = []
        if y:
            parts.append(f"{y} yr" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} month" + ("s" if m > 1 else ""))
        return " ".join(parts)
    if style == "YM":
        return f"{y} Year(s) {m} Month(s)"
    if style == "dec":
        return f"{n / 12:.1f} years"
    raise ValueError(style)
