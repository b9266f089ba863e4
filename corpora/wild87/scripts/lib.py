"""Entry type, month counting and date formatting for the wild87 corpus."""
AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON3DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry.

    start / end: 'YYYY-MM' (end may be 'present'). prec 'year' means the résumé prints years only
    (start must be YYYY-01, end YYYY-12 or present). text: literal date text overriding the formatter.
    """

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None,
                 section="work", etype="paid", prec="month", text=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.prec = section, etype, prec
        self.text = text
        self.note = note  # free text printed under the header (e.g. 'Part-time, 20 h/week')
        if cs == "facing":
            assert kind, title
        else:
            assert kind is None, title

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": self.bullets,
            "cs": self.cs,
            "kind": self.kind,
        }


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    spans = sorted((ym_index(e["start"]), ym_index(e["end"])) for e in entries
                   if e.get("start") and e.get("end"))
    total, cur = 0, None
    for a, b in spans:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt_one(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON3DOT[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return f"{y}"
    raise ValueError(style)


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.text:
        return e.text
    if e.start is None:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt_one(e.start, st)
    b = present if e.end == "present" else fmt_one(e.end, st)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def gold_line(d):
    ents = [e.gold() for e in d["entries"]]
    return {
        "file": d["file"],
        "family": d["family"],
        "as_of": AS_OF,
        "entries": ents,
        "total_months": merged_months(ents),
        "cs_months": merged_months([e for e in ents if e["cs"] == "facing"]),
    }
