"""Entry type, month counting and date formatting for wild70."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present');
    dt is an optional literal date text printed instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 et="paid", prec="month", dt=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.et, self.prec, self.dt = section, et, prec, dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    iv = []
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if not st or (only_facing and cs != "facing"):
            continue
        iv.append((ym(st), ym(en)))
    iv.sort()
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


def fmt1(s, style, pw="Present"):
    if s == "present":
        return pw
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style="mon", pw="Present", sep=" – "):
    if e.dt:
        return e.dt
    if e.prec == "year":
        a = e.start[:4]
        b = pw if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt1(e.start, style, pw)}{sep}{fmt1(e.end, style, pw)}"


def gold_line(r):
    ents = [e.gold() for e in r["entries"]]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
