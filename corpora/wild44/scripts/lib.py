"""Entry model, month counting and date formatting for wild44."""
import re

AS_OF = "2026-11"
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


class E:
    """One work-history entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec="work", et="paid",
                 dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(b)
        self.sec, self.et, self.dt, self.prose = sec, et, dt, prose
        if start is None:
            self.start = self.end = self.prec = None
        elif re.fullmatch(r"\d{4}", start):
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
            self.ys, self.ye = start, end
        else:
            self.prec, self.start, self.end = "month", start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    s = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if st is None:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        s.update(range(ym(st), ym(en) + 1))
    return len(s)


def fmt_month(s, style):
    y, m = s.split("-")
    m = int(m)
    if style == "month":
        return f"{MON[m-1]} {y}"
    if style == "mon":
        return f"{MON[m-1][:3]} {y}"
    if style == "mon.":
        return f"{MON[m-1][:3]}{'' if m == 5 else '.'} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon-yy":
        return f"{MON[m-1][:3]}-{y[2:]}"
    if style == "MON":
        return f"{MON[m-1][:3].upper()} {y}"
    raise ValueError(style)


def date_text(r, e):
    """The printed date range of entry e in résumé r ('' for undated)."""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    sep, pres = r.get("sep", " – "), r.get("present", "Present")
    if e.prec == "year":
        a, b = e.ys, (pres if e.ye == "present" else e.ye)
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_month(e.start, r["ds"])
    b = pres if e.end == "present" else fmt_month(e.end, r["ds"])
    return f"{a}{sep}{b}"


def all_entries(r):
    out = []
    for sec in r["sections"]:
        body = sec[1]
        if isinstance(body, list) and body and isinstance(body[0], E):
            out.extend(body)
    return out


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
