"""Entry type, month counting and date formatting for wild63."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' | 'present' | None; dtext overrides the printed dates."""
    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", et="paid", dtext=None, prose=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, (prec if start else None)
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.et, self.dtext, self.prose = section, et, dtext, prose

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end if self.start else None,
                "date_precision": self.prec, "section": self.section, "employment_type": self.et,
                "bullets": self.bullets + ([self.prose] if self.prose else []),
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(spans):
    iv = sorted((ym(a), ym(b)) for a, b in spans)
    tot, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def count(entries):
    """entries: gold dicts. Returns (total_months, cs_months)."""
    d = [(e["start"], e["end"]) for e in entries if e["start"]]
    f = [(e["start"], e["end"]) for e in entries if e["start"] and e["cs"] == "facing"]
    return months(d), months(f)


def fmt1(s, style, prec):
    y, m = s.split("-")
    m = int(m)
    if prec == "year":
        return y
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MONTHS[m-1][:3]}{'.' if m not in (5,) else ''} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]} '{y[2:]}"
    raise ValueError(style)


def dates(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    a = fmt1(e.start, style, e.prec)
    b = present if e.end == "present" else fmt1(e.end, style, e.prec)
    return a if a == b else f"{a}{sep}{b}"
