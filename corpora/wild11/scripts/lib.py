"""Entry model, date formatting and month counting for wild11."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM', 'YYYY' (year precision), 'present' or None.
    dt: literal date text printed (overrides the résumé's date style)."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 et="paid", dt=None, prec=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.et, self.dt = section, et, dt
        if prec is None and start is not None:
            prec = "year" if len(start) == 4 else "month"
        self.prec = prec
        assert (cs == "facing") == (kind is not None), (title, cs, kind)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def fmt_one(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    return {"mon": f"{MON[m-1]} {y}", "month": f"{MONTH[m-1]} {y}", "mm/yyyy": f"{m:02d}/{y}",
            "m/yyyy": f"{m}/{y}", "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
            "yyyy-mm": f"{y}-{m:02d}"}[style]


def date_text(e, r):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    return fmt_one(e.start, r.get("ds", "mon"), r.get("present", "Present")) + r.get("sep", " – ") + \
        fmt_one(e.end, r.get("ds", "mon"), r.get("present", "Present"))


def _idx(s, is_end, prec):
    if s == "present":
        s = AS_OF
    if len(s) == 4:
        return int(s) * 12 + (11 if is_end else 0)
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(entries):
    """entries: gold dicts. Returns set of month indices covered (inclusive, merged)."""
    cov = set()
    for g in entries:
        if g["start"] is None:
            continue
        a = _idx(g["start"], False, g["date_precision"])
        b = _idx(g["end"], True, g["date_precision"])
        assert a <= b, g
        cov.update(range(a, b + 1))
    return cov


def gold_line(r):
    ents = [e.gold() for e in iter_entries(r)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": len(months(ents)),
            "cs_months": len(months([g for g in ents if g["cs"] == "facing"]))}


def iter_entries(r):
    for s in r["sections"]:
        if s[0] == "exp":
            yield from s[2]


def entry_lines(e, r, prev_org=None):
    """Return header lines [(style, left, right)] for an entry according to r['eh']."""
    eh = r.get("eh", "title_org")
    d = date_text(e, r)
    orgloc = ", ".join(x for x in (e.org, e.loc) if x)
    if eh == "title_org":
        return [("b", e.title, d), ("i", orgloc, "")]
    if eh == "org_title":
        return [("b", orgloc, d), ("i", e.title, "")]
    if eh == "pipe":
        return [("b", " | ".join(x for x in (e.title, e.org, e.loc) if x), d)]
    if eh == "dash":
        return [("b", e.title + (" – " + orgloc if orgloc else ""), d)]
    if eh == "dateline":
        out = [("b", e.title, "")]
        if orgloc:
            out.append(("i", orgloc, ""))
        if d:
            out.append(("n", d, ""))
        return out
    if eh == "orgfirst":
        out = []
        if e.org != prev_org:
            out.append(("B", orgloc, ""))
        out.append(("b", e.title, d))
        return out
    if eh == "title_at":
        return [("b", e.title + (" at " + e.org if e.org else ""), d), ("i", e.loc or "", "")]
    raise ValueError(eh)
