"""Entries, month counting and date formatting for wild61."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    def __init__(self, title, org, loc, start, end, cs, kind, bullets, prec="month",
                 section="work", etype="paid", datetext=None):
        if start is None:
            prec = None
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.datetext = section, etype, datetext

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    got = set()
    for e in entries:
        s, t = e["start"], e["end"]
        if s is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        got.update(range(idx(s), idx(t) + 1))
    return len(got)


def fmt_one(ym, style, present):
    if ym == "present":
        return present
    y, m = ym.split("-")
    m = int(m)
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MONTHS[m-1][:3]}'{y[2:]}"
    if style == "mon-yy":
        return f"{MONTHS[m-1][:3]}-{y[2:]}"
    raise ValueError(style)


def fmt_range(e, r):
    if e.datetext is not None:
        return e.datetext
    if e.start is None:
        return ""
    sep = r.get("sep", " – ")
    if e.prec == "year":
        a = e.start[:4]
        b = r["present"] if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt_one(e.start, r['dfmt'], r['present'])}{sep}{fmt_one(e.end, r['dfmt'], r['present'])}"
