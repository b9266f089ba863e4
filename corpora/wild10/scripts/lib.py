"""Entry helper, date printing and month counting for wild10."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One labelled experience entry.  start/end: 'YYYY-MM', 'YYYY' or None; end may be 'present'.
    dt: literal date text printed on the résumé when it is not produced by a style."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 et="paid", prec=None, dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.et = section, et
        if prec is None and start:
            prec = "month" if "-" in start else "year"
        self.prec = prec
        self.dt = dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def _one(v, style, pres):
    if v == "present":
        return pres
    if "-" not in v:
        return v
    y, m = int(v[:4]), int(v[5:7])
    return {
        "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}", "mm.yyyy": f"{m:02d}.{y}",
        "yyyy-mm": f"{y}-{m:02d}", "yyyy.mm": f"{y}.{m:02d}", "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}", "month": f"{MONTH[m-1]} {y}",
        "mon-yy": f"{MON[m-1]}-{y % 100:02d}", "mon'yy": f"{MON[m-1]}'{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}", "mm/yy": f"{m:02d}/{y % 100:02d}",
    }[style]


def d(e, style="mon", pres="Present", sep=" – "):
    """Printed date range of entry e."""
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    a = _one(e.start, style, pres)
    b = _one(e.end, style, pres)
    return a if a == b else f"{a}{sep}{b}"


def _span(e):
    if not e.start:
        return None
    if e.prec == "year":
        s = int(e.start[:4]) * 12
        en = int(e.end[:4]) * 12 + 11 if e.end != "present" else None
    else:
        s = int(e.start[:4]) * 12 + int(e.start[5:7]) - 1
        en = int(e.end[:4]) * 12 + int(e.end[5:7]) - 1 if e.end != "present" else None
    if en is None:
        en = int(AS_OF[:4]) * 12 + int(AS_OF[5:7]) - 1
    return s, en


def months(entries):
    spans = sorted(x for x in (_span(e) for e in entries) if x)
    tot, cur = 0, None
    for s, en in spans:
        if cur and s <= cur[1] + 1:
            cur = (cur[0], max(cur[1], en))
        else:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = (s, en)
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot
