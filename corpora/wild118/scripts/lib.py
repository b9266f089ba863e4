"""Entry type, month counting and date formatting for wild118."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    datetext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", datetext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.datetext = section, etype, datetext

    def gold(self):
        if self.start is None:
            s = e = p = None
        elif self.prec == "year":
            s = self.start[:4] + "-01"
            e = "present" if self.end == "present" else self.end[:4] + "-12"
            p = "year"
        else:
            s, e, p = self.start, self.end, "month"
        return {"title": self.title, "organization": self.org, "location": self.loc, "start": s, "end": e,
                "date_precision": p, "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def months_of(start, end):
    """Set of (y, m) from start to end inclusive; 'present' = AS_OF."""
    if start is None:
        return set()
    if end == "present":
        end = AS_OF
    y, m = ym(start)
    ey, em = ym(end)
    out = set()
    while (y, m) <= (ey, em):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count(gold_entries, only_facing=False):
    s = set()
    for g in gold_entries:
        if only_facing and g["cs"] != "facing":
            continue
        s |= months_of(g["start"], g["end"])
    return len(s)


def fmt(d, style):
    """Format 'YYYY-MM' (or 'YYYY') in a style."""
    if len(d) == 4 or style == "year":
        return d[:4]
    y, m = ym(d)
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}",
        "dot": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}",
    }[style]


def daterange(e, style, present="Present", sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    a = fmt(e.start, "year" if e.prec == "year" else style)
    b = present if e.end == "present" else fmt(e.end, "year" if e.prec == "year" else style)
    return a + sep + b


def gold_line(d):
    ents = [e.gold() for e in d["entries"]]
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": count(ents), "cs_months": count(ents, True)}
