"""Entry class, month counting and date formatting for wild50."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


class E:
    """One experience entry. start/end 'YYYY-MM', 'present' or None. dt = literal date text."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", prec="month", dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.prec = prec if start else None
        self.dt, self.prose = dt, prose

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if not st or not en:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym_index(st), ym_index(en) + 1))
    return len(seen)


def fmt_ym(s, style, present):
    if s == "present":
        return present
    y, m = s.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
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
    if style == "mon-yy":
        return f"{MON[m-1]}-{y[2:]}"
    if style == "mm/yy":
        return f"{m:02d}/{y[2:]}"
    if style == "mon'yy":
        return f"{MON[m-1]}'{y[2:]}"
    raise ValueError(style)


def date_text(e, r):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    sep = r.get("sep", " – ")
    present = r.get("present", "Present")
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_ym(e.start, r['dstyle'], present)}{sep}{fmt_ym(e.end, r['dstyle'], present)}"


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}


def all_entries(r):
    out = []
    for head, items in r["body"]:
        out += [x for x in items if isinstance(x, E)]
    return out
