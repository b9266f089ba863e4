"""Entry type, month counting and date formatting for wild91."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASON = {"Spring": (3, 5), "Summer": (6, 8), "Autumn": (9, 11), "Fall": (9, 11)}


class E:
    """One experience entry. start/end are 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    date_text overrides the rendered date range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", date_text=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.date_text = date_text
        if prec == "year":
            self.start = start[:4] + "-01" if start else None
            self.end = end if end in (None, "present") else end[:4] + "-12"
        else:
            self.start, self.end = start, end
        self.prec = prec if start else None

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def idx(s):
    y, m = ym(s)
    return y * 12 + m - 1


def span(start, end):
    return idx(end) - idx(start) + 1


def merged_months(pairs):
    iv = sorted((idx(a), idx(b)) for a, b in pairs if a)
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


def totals(entries):
    tot = merged_months([(e.start, e.end) for e in entries])
    cs = merged_months([(e.start, e.end) for e in entries if e.cs == "facing"])
    return tot, cs


def fmt(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
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
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return f"{y}"
    raise ValueError(style)


def years_months(n, long=False):
    """LinkedIn-style duration."""
    y, m = divmod(n, 12)
    parts = []
    if long:
        if y:
            parts.append(f"{y} year" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} month" + ("s" if m > 1 else ""))
    else:
        if y:
            parts.append(f"{y} yr" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts) or ("1 month" if long else "1 mo")


def drange(e, style="mon", present="Present", sep=" – "):
    if e.date_text:
        return e.date_text
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt(e.start, st)
    b = present if e.end == "present" else fmt(e.end, st)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def gold_line(d):
    ents = d["entries"]
    tot, cs = totals(ents)
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents], "total_months": tot, "cs_months": cs}
