"""Entry class, month counting and date formatting for wild45."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ABBR_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None (undated).
    datetext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", datetext=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.datetext, self.prose = section, etype, datetext, prose
        if start is None:
            self.start = self.end = self.prec = None
        elif len(str(start)) == 4:
            self.prec = "year"
            self.start = f"{start}-01"
            self.end = "present" if end == "present" else f"{end}-12"
        else:
            self.prec, self.start, self.end = "month", start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    """Inclusive months, overlaps merged. entries: gold dicts."""
    seen = set()
    for e in entries:
        if e["start"] is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(seen)


def fmt_one(s, style, present):
    if s == "present":
        return present
    y, m = s.split("-")
    m = int(m)
    return {"month": f"{MONTHS[m-1]} {y}", "mon": f"{ABBR[m-1]} {y}", "mon.": f"{ABBR_DOT[m-1]} {y}",
            "MON": f"{ABBR[m-1].upper()} {y}", "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}",
            "mm.yyyy": f"{m:02d}.{y}", "mm-yyyy": f"{m:02d}-{y}", "yyyy-mm": f"{y}-{m:02d}",
            "mon-yy": f"{ABBR[m-1]}-{y[2:]}"}[style]


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_one(e.start, style, present)}{sep}{fmt_one(e.end, style, present)}"
