"""Entry type, month counting and date formatting for wild78."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    dt: literal date text to print instead of the formatted range. head: a sub-heading printed
    before this entry (e.g. 'VOLUNTEER EXPERIENCE'). resp: print bullets under 'Responsibilities:'."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dt=None, head=None, resp=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.prec = prec
        if prec == "year":
            self.start = start[:4] + "-01" if start else None
            self.end = end if end in (None, "present") else end[:4] + "-12"
            self.ys, self.ye = start, end
        else:
            self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.head, self.resp, self.note = dt, head, resp, note
        assert (cs == "facing") == (kind is not None), title

    def gold(self):
        return dict(zip(KEYS, [self.title, self.org, self.loc, self.start, self.end,
                               self.prec if self.start else None, self.section, self.etype,
                               self.bullets, self.cs, self.kind]))


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def months(start, end):
    if not start:
        return set()
    y, m = ym(start)
    ye, me = ym(end)
    out = set()
    while (y, m) <= (ye, me):
        out.add((y, m))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def count(entries, facing_only=False):
    s = set()
    for e in entries:
        if facing_only and e["cs"] != "facing":
            continue
        s |= months(e["start"], e["end"])
    return len(s)


def fmt1(s, style, present="Present"):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "yy":
        return f"{MON[m-1]} '{str(y)[2:]}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{str(y)[2:]}"
    raise ValueError(style)


def fmt(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.ys[:4]
        b = present if e.end == "present" else e.ye[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt1(e.start, style, present)}{sep}{fmt1(e.end, style, present)}"


def gold_line(d):
    ents = [e.gold() for e in d["entries"]]
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": count(ents), "cs_months": count(ents, True)}
