"""Entry type, month counting and German date formatting for wild106."""
AS_OF = "2026-11"
KEYS = ["title", "organization", "location", "start", "end", "date_precision",
        "section", "employment_type", "bullets", "cs", "kind"]

MON_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"]
MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
            "Okt.", "Nov.", "Dez."]


class E:
    """One experience entry. start/end 'YYYY-MM' or 'present' (end); prec 'month'/'year'.
    dtext: literal date text printed instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, show_title=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dtext = section, etype, dtext
        assert (cs == "facing") == (kind is not None), title

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if not st:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym(st), ym(en) + 1))
    return len(seen)


def fmt(s, style):
    y, m = s.split("-")
    mi = int(m)
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "m.yyyy":
        return f"{mi}.{y}"
    if style == "mm/yy":
        return f"{m}/{y[2:]}"
    if style == "iso":
        return f"{y}-{m}"
    if style == "month":
        return f"{MON_LONG[mi - 1]} {y}"
    if style == "mon":
        return f"{MON_ABBR[mi - 1]} {y}"
    if style == "yyyy":
        return y
    raise ValueError(style)


def drange(e, style, sep=" – ", now="heute", seit=False):
    """Printed date text of an entry."""
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    st = "yyyy" if e.prec == "year" else style
    if e.end == "present":
        if seit:
            return f"seit {fmt(e.start, st)}"
        return f"{fmt(e.start, st)}{sep}{now}"
    return f"{fmt(e.start, st)}{sep}{fmt(e.end, st)}"


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return {"file": f"{r['id']}.{r['fmt']}", "family": r["family"], "as_of": AS_OF,
            "entries": ents, "total_months": months(ents), "cs_months": months(ents, True)}


def all_entries(r):
    out = []
    for b in r["blocks"]:
        if b[0] == "exp":
            out.extend(b[2])
    return out
