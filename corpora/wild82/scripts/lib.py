"""Entry type, month counting and date formatting for the wild82 corpus."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year-only), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.dtext = section, etype, dtext
        if start is None:
            self.prec, self.start, self.end = None, None, None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
        else:
            self.prec, self.start, self.end = "month", start, end
        self.ystart, self.yend = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        if isinstance(e, dict):
            st, en, cs = e["start"], e["end"], e["cs"]
        else:
            st, en, cs = e.start, e.end, e.cs
        if st is None or (only_facing and cs != "facing"):
            continue
        seen.update(range(ym(st), ym(en) + 1))
    return len(seen)


def fmt1(s, style, pw):
    if s == "present":
        return pw
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "monyy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, pw, sep=" – "):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    return fmt1(e.ystart, style, pw) + sep + fmt1(e.yend, style, pw)
