"""Entry type, month counting and date formatting for wild121."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None,
                 section="work", etype="paid", prec="month", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.prec, self.dtext = section, etype, prec, dtext
        if prec == "year":
            self.ys, self.ye = start, end
            self.start = f"{start}-01"
            self.end = "present" if end == "present" else f"{end}-12"
        else:
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs,
                "kind": self.kind if self.cs == "facing" else None}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(entries):
    out = set()
    for e in entries:
        if e["start"] is None:
            continue
        y, m = ym(e["start"])
        y2, m2 = ym(e["end"])
        while (y, m) <= (y2, m2):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return out


def totals(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e["cs"] == "facing"]))


def fmt_one(s, style, present):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if e.prec == "year":
        end = present if e.ye == "present" else str(e.ye)
        return f"{e.ys}{sep}{end}"
    return f"{fmt_one(e.start, style, present)}{sep}{fmt_one(e.end, style, present)}"
