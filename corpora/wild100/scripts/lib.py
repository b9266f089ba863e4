"""Entry type, month counting and date formatting for wild100 (German / Dutch CVs)."""
AS_OF = "2026-11"
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "at": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
}
MON = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "at": ["Jän.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    dt: literal date text printed instead of the formatted range (e.g. 'Sommer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.prec = prec
        if prec == "year":
            start = start[:4] + "-01"
            if end != "present":
                end = end[:4] + "-12"
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dt = section, etype, dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(spans):
    spans = sorted((ym(a), ym(b)) for a, b in spans if a)
    total, cur = 0, None
    for a, b in spans:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months(entries):
    total = merged_months([(e["start"], e["end"]) for e in entries if e["start"]])
    cs = merged_months([(e["start"], e["end"]) for e in entries if e["start"] and e["cs"] == "facing"])
    return total, cs


def fmt_one(s, style, lang):
    y, m = int(s[:4]), int(s[5:7])
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm-yyyy":
        return f"{m:02d}-{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "month":
        return f"{MONTHS[lang][m - 1]} {y}"
    if style == "mon":
        return f"{MON[lang][m - 1]} {y}"
    if style == "mon'yy":
        return f"{MON[lang][m - 1]} '{y % 100:02d}"
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style, lang, present, sep=" – "):
    if e.dt:
        return e.dt
    if e.prec == "year":
        a = e.start[:4]
        if e.end == "present":
            b = present
        else:
            b = e.end[:4]
        if present in ("seit", "sinds") and e.end == "present":
            return f"{present} {a}"
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_one(e.start, style, lang)
    if e.end == "present":
        if present in ("seit", "sinds", "Seit", "Sinds"):
            return f"{present} {a}"
        return f"{a}{sep}{present}"
    return f"{a}{sep}{fmt_one(e.end, style, lang)}"


def gold_line(d):
    ents = [e.gold() for e in d["entries"]]
    t, c = months(ents)
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": t, "cs_months": c}
