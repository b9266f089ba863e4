"""Entry type, month counting and date formatting for the wild111 corpus."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]
CS = ["facing", "affecting", "none"]
SECTIONS = ["work", "volunteer", "other"]
ETYPES = ["paid", "volunteer", "freelance", "internship", "military", "unknown"]


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY' (year precision) or end 'present'.
    dtext: literal date text printed instead of a formatted range (e.g. 'Summer 2019')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dtext=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.para = dtext, para
        if start is not None and len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
            self.ys, self.ye = start, end
        else:
            self.prec = None if start is None else "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months, overlapping entries merged. entries: dicts with start/end."""
    seen = set()
    for e in entries:
        if e["start"] is None:
            continue
        seen.update(range(ym_index(e["start"]), ym_index(e["end"]) + 1))
    return len(seen)


def fmt_date(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    mon = MONTHS[m - 1]
    if style == "mon":
        return f"{mon[:3]} {y}"
    if style == "mon.":
        return f"{mon[:3]}{'' if m == 5 else '.'} {y}" if m != 9 else f"Sept. {y}"
    if style == "MON":
        return f"{mon[:3].upper()} {y}"
    if style == "month":
        return f"{mon} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{mon[:3]} '{y % 100:02d}"
    raise ValueError(style)


def date_range(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.ys
        b = present if e.end == "present" else e.ye
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_date(e.start, style)
    b = present if e.end == "present" else fmt_date(e.end, style)
    return f"{a}{sep}{b}"
