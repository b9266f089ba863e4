"""Entry type, month counting and date formatting for the wild88 corpus."""
AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present').
    prec 'year' prints years only; text overrides the printed date range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="facing", kind=None,
                 section="work", etype="paid", prec="month", text=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec, self.text = start, end, prec, text
        self.bullets = list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section, "employment_type": self.etype,
            "bullets": self.bullets, "cs": self.cs,
            "kind": self.kind if self.cs == "facing" else None,
        }


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months over the union of the entries' ranges (overlaps merged)."""
    spans = sorted((ym_index(e["start"]), ym_index(e["end"])) for e in entries if e.get("start"))
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


def fmt_one(s, style, present, prec="month", is_end=False):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mondot":
        return f"{MONDOT[m-1]} {y}"
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
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.text is not None:
        return e.text
    if not e.start:
        return ""
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec, True)
    return f"{a}{sep}{b}"


def gold_line(d):
    ents = [e.gold() for e in entries_of(d)]
    return {
        "file": f"{d['id']}.{d['ext']}", "family": d["family"], "as_of": AS_OF,
        "entries": ents, "total_months": months(ents),
        "cs_months": months([e for e in ents if e["cs"] == "facing"]),
    }


def entries_of(d):
    return [x for _, items in d["sections"] for x in items if isinstance(x, E)]
