"""Entry type, month counting and date formatting for wild101 (Italian / Portuguese CVs)."""
AS_OF = "2026-11"

IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_MONTH = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"]
PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
PT_MONTH = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]
IT_MONTH_CAP = [m.capitalize() for m in IT_MONTH]
PT_MONTH_CAP = [m.capitalize() for m in PT_MONTH]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'present' for end), prec month/year.
    datetext: literal date text to print instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", datetext=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.datetext, self.para = datetext, para

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months over the union of the entries' ranges."""
    covered = set()
    for e in entries:
        if not e.start:
            continue
        covered.update(range(ym(e.start), ym(e.end) + 1))
    return len(covered)


def fmt(s, style, present):
    """Format one 'YYYY-MM' (or 'present') in a date style."""
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    return {
        "it_mon": lambda: f"{IT_MON[m-1]} {y}",
        "it_Mon": lambda: f"{IT_MON[m-1].capitalize()} {y}",
        "it_month": lambda: f"{IT_MONTH[m-1]} {y}",
        "it_Month": lambda: f"{IT_MONTH_CAP[m-1]} {y}",
        "pt_mon": lambda: f"{PT_MON[m-1]}/{y}",
        "pt_Mon": lambda: f"{PT_MON[m-1].capitalize()}. {y}",
        "pt_month": lambda: f"{PT_MONTH[m-1]} de {y}",
        "pt_Month": lambda: f"{PT_MONTH_CAP[m-1]} {y}",
        "mm/yyyy": lambda: f"{m:02d}/{y}",
        "m/yyyy": lambda: f"{m}/{y}",
        "iso": lambda: f"{y}-{m:02d}",
        "dot": lambda: f"{m}.{y}",
        "mm.yyyy": lambda: f"{m:02d}.{y}",
        "year": lambda: f"{y}",
        "apos": lambda: f"{PT_MON[m-1]}/{str(y)[2:]}",
    }[style]()


def daterange(e, style, present, sep=" – "):
    if e.datetext:
        return e.datetext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt(e.start, st, present)
    b = fmt(e.end, st, present)
    return f"{a}{sep}{b}"
