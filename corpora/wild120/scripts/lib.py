"""Entry type, month counting and date formatting for wild120."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASON = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.prec = section, etype, prec
        self.dtext, self.para = dtext, para

    def gold(self):
        if self.prec == "year":
            s = self.start + "-01" if self.start else None
            e = self.end if self.end == "present" else (self.end + "-12" if self.end else None)
        else:
            s, e = self.start, self.end
        return {"title": self.title, "organization": self.org, "location": self.loc, "start": s,
                "end": e, "date_precision": self.prec if s else None, "section": self.section,
                "employment_type": self.etype, "bullets": self.bullets, "cs": self.cs,
                "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(golds, pred=lambda g: True):
    iv = sorted((ym(g["start"]), ym(g["end"])) for g in golds if g["start"] and pred(g))
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


def fmt(s, style, present="Present"):
    """style: mon 'Jan 2020', mon. 'Jan. 2020', month 'January 2020', mm/yyyy, m/yyyy, yyyy-mm,
    m.yyyy, mm.yyyy, apos "Jan '20", MON 'JAN 2020', year."""
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    return {"mon": f"{MON[m-1]} {y}", "mon.": f"{MON[m-1]}{'.' if m != 5 else ''} {y}",
            "month": f"{MONTH[m-1]} {y}", "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}",
            "yyyy-mm": f"{y}-{m:02d}", "m.yyyy": f"{m}.{y}", "mm.yyyy": f"{m:02d}.{y}",
            "apos": f"{MON[m-1]} '{y % 100:02d}", "MON": f"{MON[m-1].upper()} {y}",
            "year": f"{y}"}[style]


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    return fmt(e.start, st, present) + sep + fmt(e.end, st, present)


def gold_line(r):
    ents = [e.gold() for e in r["entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents),
            "cs_months": months(ents, lambda g: g["cs"] == "facing")}
