"""Entry model, date formatting and month counting for wild147 (own code)."""
import calendar

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry: renders the résumé line and its gold record."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec="work",
                 et="paid", dt=None, prec=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.b = list(b)
        self.sec, self.et, self.dt = sec, et, dt
        if start is None:
            self.prec = None
        elif prec:
            self.prec = prec
        else:
            self.prec = "year" if len(start) == 4 else "month"
        assert (cs == "facing") == (kind is not None), (title, cs, kind)

    @property
    def gstart(self):
        if self.start is None:
            return None
        return self.start + "-01" if len(self.start) == 4 else self.start

    @property
    def gend(self):
        if self.end is None:
            return None
        if self.end == "present":
            return "present"
        return self.end + "-12" if len(self.end) == 4 else self.end

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.gstart, "end": self.gend, "date_precision": self.prec,
            "section": self.sec, "employment_type": self.et, "bullets": list(self.b),
            "cs": self.cs, "kind": self.kind,
        }


def ym(code):
    y, m = code.split("-")
    return int(y), int(m)


def month_set(entries):
    out = set()
    ay, am = ym(AS_OF)
    for e in entries:
        if e.gstart is None:
            continue
        y, m = ym(e.gstart)
        end = AS_OF if e.gend == "present" else e.gend
        ey, em = ym(end)
        while (y, m) <= (ey, em):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return out


def span(e):
    """Inclusive months of one entry."""
    return len(month_set([e]))


def summary(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e.cs == "facing"]))


# ---------------------------------------------------------------- date text
def fmt_date(code, style, present="Present", end=False):
    if code == "present":
        return present
    if len(code) == 4:
        return code
    y, m = ym(code)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "MONTH":
        return f"{MONTH[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]}'{y % 100:02d}"
    if style == "dd/mm/yyyy":
        day = calendar.monthrange(y, m)[1] if end else 1
        return f"{day:02d}/{m:02d}/{y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", dash=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    s = fmt_date(e.start, style, present)
    en = fmt_date(e.end, style, present, end=True)
    if e.start == e.end:
        return s
    return f"{s}{dash}{en}"


def duration(n, short=False):
    y, m = divmod(n, 12)
    parts = []
    if short:
        if y:
            parts.append(f"{y} yr" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    else:
        if y:
            parts.append(f"{y} year" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} month" + ("s" if m > 1 else ""))
    return " ".join(parts) if parts else ("1 mo" if short else "1 month")


def group_by_org(entries):
    """Consecutive entries with the same organisation, as (org, [entries])."""
    groups = []
    for e in entries:
        if groups and groups[-1][0] == e.org and e.org is not None:
            groups[-1][1].append(e)
        else:
            groups.append((e.org, [e]))
    return groups


def all_entries(r):
    return [e for _, es in r["exp"] for e in es]


def gold_line(r):
    es = all_entries(r)
    total, cs = summary(es)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in es], "total_months": total, "cs_months": cs}
