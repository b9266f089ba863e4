"""Entry type, month counting and date formatting for wild93."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dtext=None, head=None, para=False, **hints):
        if isinstance(kind, (list, tuple)):  # bullets given positionally for a non-facing entry
            kind, bullets = None, kind
        self.title, self.org, self.loc = title, org, loc
        self.prec = None if start is None else ("year" if len(start) == 4 else "month")
        if self.prec == "year":
            self.start = start + "-01"
            self.end = end if end == "present" else end + "-12"
        else:
            self.start, self.end = start, end
        self.raw_start, self.raw_end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.head, self.para = dtext, head, para
        self.hints = hints

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(spans):
    """Inclusive month count of the union of (start, end) spans."""
    seen = set()
    for a, b in spans:
        if a is None:
            continue
        seen.update(range(ym(a), ym(b) + 1))
    return len(seen)


def totals(entries):
    tot = months([(e["start"], e["end"]) for e in entries])
    cs = months([(e["start"], e["end"]) for e in entries if e["cs"] == "facing"])
    return tot, cs


def fmt_one(s, style, present, prec):
    if s == "present":
        return present
    if prec == "year":
        y = s[:4]
        return "'" + y[2:] if style == "apos" else y
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{str(y)[2:]}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    a = fmt_one(e.raw_start if e.prec == "year" else e.start, style, present, e.prec)
    b = fmt_one(e.raw_end if e.prec == "year" else e.end, style, present, e.prec)
    return f"{a}{sep}{b}"
