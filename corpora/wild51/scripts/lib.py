"""Entries, month counting and date formatting for wild51."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, prose=False):
        if start and len(start) == 4:          # year-only range
            prec = "year"
            start = start + "-01"
            if end != "present":
                end = end + "-12"
        if start is None:
            prec = None
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dt, self.prose = section, etype, dt, prose

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
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if st is None or (only_facing and cs != "facing"):
            continue
        seen.update(range(ym_index(st), ym_index(en) + 1))
    return len(seen)


def fmt_one(s, style, present, prec):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year":
        return str(y)
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon-yy":
        return f"{MON[m-1]}-{y % 100:02d}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    raise ValueError(style)


def dates(e, r):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    style, present, sep = r.get("dfmt", "mon"), r.get("present", "Present"), r.get("sep", " – ")
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    return a if a == b else f"{a}{sep}{b}"


def head(e, r):
    """Header lines of one entry: list of (left, right, style) with style b/i/n."""
    d = dates(e, r)
    order = r.get("order", "title_org")
    orgloc = ", ".join(x for x in (e.org, e.loc) if x)
    if order == "title_org":
        out = [(e.title, d, "b")]
        if orgloc:
            out.append((orgloc, "", "i"))
        return out
    if order == "org_title":
        if not orgloc:
            return [(e.title, d, "b")]
        return [(orgloc, d, "b"), (e.title, "", "i")]
    if order == "dateline":
        out = [(e.title, "", "b")]
        if orgloc:
            out.append((orgloc, "", "n"))
        if d:
            out.append((d, "", "i"))
        return out
    if order == "dash":
        return [(" – ".join(x for x in (e.title, orgloc) if x), d, "b")]
    if order == "pipe":
        return [(" | ".join(x for x in (e.title, e.org, e.loc) if x), d, "b")]
    if order == "inline":
        return [(", ".join(x for x in (e.title, orgloc, d) if x), "", "b")]
    if order == "titledate":       # 'Title (dates)' then employer
        out = [(f"{e.title} ({d})" if d else e.title, "", "b")]
        if orgloc:
            out.append((orgloc, "", "i"))
        return out
    raise ValueError(order)


def groups(entries):
    """Consecutive entries under one organisation, for org-first layouts."""
    out = []
    for e in entries:
        if out and out[-1][0] is not None and out[-1][0] == (e.org, e.loc):
            out[-1][1].append(e)
        else:
            out.append(((e.org, e.loc) if e.org else None, [e]))
    return out


def all_entries(r):
    return [e for _, items in r["sections"] for e in items if isinstance(e, E)]
