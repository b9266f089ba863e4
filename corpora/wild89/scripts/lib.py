"""Entry type, month counting and date formatting for wild89."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'), end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, show_title=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dtext = section, etype, dtext
        self.show_title = show_title or title

    def gold(self):
        if self.prec == "year":
            s = self.start[:4]
            e = "present" if self.end == "present" else self.end[:4]
        else:
            s, e = self.start, self.end
        vals = [self.title, self.org, self.loc, s, e, self.prec, self.section, self.etype,
                self.bullets, self.cs, self.kind]
        return dict(zip(KEYS, vals))


def ym_range(start, end, prec):
    """Inclusive list of (y, m) for an entry (year precision: Jan of start .. Dec of end)."""
    if start is None:
        return []
    if end == "present":
        ey, em = map(int, AS_OF.split("-"))
    elif prec == "year":
        ey, em = int(end[:4]), 12
    else:
        ey, em = map(int, end.split("-"))
    if prec == "year":
        sy, sm = int(start[:4]), 1
    else:
        sy, sm = map(int, start.split("-"))
    if end == "present" and prec == "year":
        pass
    out = []
    y, m = sy, sm
    while (y, m) <= (ey, em):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def months(entries, only_facing=False):
    s = set()
    for e in entries:
        if only_facing and e["cs"] != "facing":
            continue
        s.update(ym_range(e["start"], e["end"], e["date_precision"]))
    return len(s)


def fmt(ym, style, present="Present"):
    """Format 'YYYY-MM' / 'YYYY' / 'present' in one of the date styles."""
    if ym == "present":
        return present
    y = int(ym[:4])
    if len(ym) == 4 or style == "year":
        return str(y)
    m = int(ym[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}",
    }[style]


def drange(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    st = "year" if e.prec == "year" else style
    return fmt(e.start, st, present) + sep + fmt(e.end, st, present)
