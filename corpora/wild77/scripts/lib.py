"""Entry type, month counting and date formatting for the wild77 corpus."""
AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]

KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present');
    prec 'month' or 'year'; dt = literal date text as printed (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 et="paid", prec="month", dt=None, group=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec, self.dt = start, end, prec, dt
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.et = section, et
        self.group = group

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section, "employment_type": self.et,
            "bullets": self.bullets, "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    spans = []
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if not g["start"]:
            continue
        if only_facing and g["cs"] != "facing":
            continue
        spans.append((ym(g["start"]), ym(g["end"])))
    spans.sort()
    total, cur = 0, None
    for a, b in spans:
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
    y, m = (int(x) for x in s.split("-"))
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
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
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_dates(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return f"{a}{sep}{b}"
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return f"{a}{sep}{b}"
