"""Entry type, month counting and date formatting for wild124."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present');
    prec 'month' or 'year'; dtext overrides the printed date text."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, show_title=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dtext = section, etype, dtext
        self.show_title = show_title or title   # printed title line (gold title must occur in it)
        self.show_org = show_org if show_org is not None else org

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months over the union of the entries' ranges."""
    iv = sorted((ym(e["start"]), ym(e["end"])) for e in entries if e.get("start"))
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


def fmt(s, style, present="Present"):
    """Format 'YYYY-MM' in a named style."""
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "yyyy.mm": f"{y}.{m:02d}",
        "mm.yyyy": f"{m:02d}.{y}",
        "m.yyyy": f"{m}.{y}",
        "yyyy/mm": f"{y}/{m:02d}",
        "mon'yy": f"{MON[m-1]} '{y % 100:02d}",
        "year": f"{y}",
    }[style]


def date_text(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    a = fmt(e.start, st, present)
    b = fmt(e.end, st, present)
    if e.prec == "year" and a == b:
        return a
    return f"{a}{sep}{b}"


def gold_line(d):
    ents = [e.gold() for e in d["entries_in_order"]]
    facing = [g for g in ents if g["cs"] == "facing"]
    return {"file": d["file"], "family": d["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(facing)}
