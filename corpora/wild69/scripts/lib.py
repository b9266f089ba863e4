"""Entry type, month counting and date formatting for the wild69 corpus."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision);
    end may be 'present'. dtext: literal date text to print instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dtext = section, etype, dtext
        if start is None:
            self.prec = None
        else:
            self.prec = "year" if len(start) == 4 else "month"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}

    def span(self):
        """(first, last) as month indices (year*12+month-1), or None when undated."""
        if self.start is None:
            return None
        if self.prec == "year":
            a = int(self.start) * 12
            if self.end == "present":
                b = ym_idx(AS_OF)
            else:
                b = int(self.end) * 12 + 11
        else:
            a = ym_idx(self.start)
            b = ym_idx(AS_OF) if self.end == "present" else ym_idx(self.end)
        return a, b


def ym_idx(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(spans):
    spans = sorted(s for s in spans if s)
    total, cur = 0, None
    for a, b in spans:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months(entries, cs_only=False):
    return merged_months([e.span() for e in entries if (not cs_only or e.cs == "facing")])


def fmt(ym, style):
    """Format 'YYYY-MM' in a date style."""
    y, m = ym.split("-")
    mi = int(m) - 1
    return {
        "mon": f"{MON[mi]} {y}",
        "mon.": f"{MON[mi]}{'' if mi == 4 else '.'} {y}",
        "MON": f"{MON[mi].upper()} {y}",
        "month": f"{MONTH[mi]} {y}",
        "mm/yyyy": f"{m}/{y}",
        "m/yyyy": f"{int(m)}/{y}",
        "iso": f"{y}-{m}",
        "dot": f"{int(m)}.{y}",
        "apos": f"{MON[mi]} '{y[2:]}",
        "mm.yyyy": f"{m}.{y}",
    }[style]


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start
        b = present if e.end == "present" else e.end
        return a if a == b else f"{a}{sep}{b}"
    a = fmt(e.start, style)
    b = present if e.end == "present" else fmt(e.end, style)
    return f"{a}{sep}{b}"
