"""Entry type, month counting and German/Dutch date formatting for wild112."""
AS_OF = "2026-11"

DE_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"]
DE_SHORT = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
AT_LONG = ["Jänner"] + DE_LONG[1:]
NL_LONG = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
NL_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); prec 'month' or 'year'.
    dt = literal date text printed instead of the formatted range (e.g. 'Sommer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, shown_title=None, shown_org=None, extra=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dt = section, etype, dt
        self.shown_title = shown_title or title   # text printed (gold title must occur in it)
        self.shown_org = shown_org if shown_org is not None else org
        self.extra = extra  # optional extra line printed under the header (e.g. 'Teilzeit, 20 Std.')

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    iv = sorted((ym(e.start), ym(e.end)) for e in entries if e.start)
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


def fmt_one(s, style):
    y, m = int(s[:4]), int(s[5:7])
    if style == "de_long":
        return f"{DE_LONG[m-1]} {y}"
    if style == "at_long":
        return f"{AT_LONG[m-1]} {y}"
    if style == "de_short":
        return f"{DE_SHORT[m-1]} {y}"
    if style == "nl_long":
        return f"{NL_LONG[m-1]} {y}"
    if style == "nl_short":
        return f"{NL_SHORT[m-1]} {y}"
    if style == "nl_short_cap":
        return f"{NL_SHORT[m-1].capitalize()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm-yyyy":
        return f"{m:02d}-{y}"
    if style == "apos":
        return f"{NL_SHORT[m-1]} '{y % 100:02d}"
    if style == "year":
        return f"{y}"
    raise ValueError(style)


def fmt_range(e, style, present="heute", sep=" – ", seit=False):
    """Printed date text of an entry."""
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt_one(e.start, st)
    if e.end == "present":
        if seit:
            return f"{seit} {a}"
        return f"{a}{sep}{present}"
    b = fmt_one(e.end, st)
    if e.prec == "year" and e.start[:4] == e.end[:4]:
        return a
    return f"{a}{sep}{b}"


def gold_line(r):
    es = r["entries"]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es],
            "total_months": merged_months(es),
            "cs_months": merged_months([e for e in es if e.cs == "facing"])}
