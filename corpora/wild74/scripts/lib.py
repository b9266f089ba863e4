"""Entry type, month counting and date formatting for wild74."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dt = literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None,
                 prec="month", sec="work", et="paid", dt=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.prec, self.sec, self.et, self.dt = prec, sec, et, dt
        self.show_org = show_org  # printed organisation text if different formatting is wanted

    def gold(self):
        if self.prec == "year":
            s = f"{self.start}-01" if len(self.start) == 4 else self.start
            e = self.end if self.end == "present" else (f"{self.end}-12" if len(self.end) == 4 else self.end)
        else:
            s, e = self.start, self.end
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.prec if s else None,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind if self.cs == "facing" else None}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(golds, only_facing=False):
    iv = []
    for g in golds:
        if not g["start"]:
            continue
        if only_facing and g["cs"] != "facing":
            continue
        iv.append((ym(g["start"]), ym(g["end"])))
    iv.sort()
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


def fmt1(s, style, pw):
    if s == "present":
        return pw
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
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
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, pw, sep=" – "):
    if e.dt:
        return e.dt
    if e.prec == "year":
        return f"{e.start[:4]}{sep}{pw if e.end == 'present' else e.end[:4]}"
    return f"{fmt1(e.start, style, pw)}{sep}{fmt1(e.end, style, pw)}"
