"""Entry type, month counting and date formatting for wild81."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present');
    prec 'year' means the file prints years only; dtext is a literal date text."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, prec="month",
                 section="work", etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.dtext = section, etype, dtext

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(ranges):
    """Inclusive months of the union of (start, end) ranges."""
    iv = sorted((ym_index(a), ym_index(b)) for a, b in ranges if a)
    total, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt_ym(s, style):
    y, m = int(s[:4]), int(s[5:7])
    mon = MONTHS[m - 1]
    if style == "mon":
        return f"{mon[:3]} {y}"
    if style == "mon.":
        return f"{mon[:3]}. {y}" if mon != "May" else f"May {y}"
    if style == "MON":
        return f"{mon[:3].upper()} {y}"
    if style == "month":
        return f"{mon} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{mon[:3]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return f"{a}{sep}{b}"


def gold_line(d):
    ents = d["entries"]
    rec = {"file": d["file"], "family": d["family"], "as_of": AS_OF,
           "entries": [e.gold() for e in ents],
           "total_months": count_months([(e.start, e.end) for e in ents]),
           "cs_months": count_months([(e.start, e.end) for e in ents if e.cs == "facing"])}
    return rec
