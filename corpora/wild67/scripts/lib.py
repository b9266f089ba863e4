"""Entry type, month counting and date formatting for the wild67 corpus."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); dt = literal date text."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.prec = prec if start else None
        self.section, self.etype, self.dt = section, etype, dt

    def gold(self):
        return dict(zip(KEYS, [self.title, self.org, self.loc, self.start, self.end, self.prec,
                               self.section, self.etype, self.bullets, self.cs, self.kind]))


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    iv = sorted((ym(e.start), ym(e.end)) for e in entries if e.start)
    total, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt(s, style, present="Present"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}{'' if m == 5 else '.'} {y}",
        "month": f"{MONTH[m-1]} {y}",
        "MON": f"{MON[m-1].upper()} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "mm.yyyy": f"{m:02d}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "year": f"{y}",
    }[style]


def drange(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt(e.start, st, present)
    b = fmt(e.end, st, present)
    return a if a == b else f"{a}{sep}{b}"


def all_entries(r):
    out = []
    for blk in r["blocks"]:
        if blk[1] == "entries":
            out.extend(blk[2])
    return out


def gold_line(r):
    ents = all_entries(r)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents],
            "total_months": merged_months(ents),
            "cs_months": merged_months([e for e in ents if e.cs == "facing"])}
