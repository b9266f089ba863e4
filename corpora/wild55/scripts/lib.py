"""Entries, month counting and date formatting for wild55."""
import json

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    def __init__(self, title, org, loc, start, end, cs, kind, bullets=(), section="work",
                 emp="paid", prec="month", dtext=None, prose=False, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.emp = section, emp
        self.prec = prec if start else None
        self.dtext = dtext          # literal date text, e.g. 'Summer 2022'
        self.prose = prose          # render duties as a paragraph instead of bullets
        self.note = note            # extra printed line (not gold)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.emp,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def month_set(entries, facing_only=False):
    s = set()
    for e in entries:
        st, en = e["start"], e["end"]
        if not st:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        s.update(range(_idx(st), _idx(en) + 1))
    return s


def counts(entries):
    return len(month_set(entries)), len(month_set(entries, True))


def fmt_one(ym, style, present, prec):
    if ym == "present":
        return present
    y, m = ym.split("-")
    mi = int(m)
    if prec == "year" or style == "year":
        return y
    if style == "month":
        return f"{MONTHS[mi-1]} {y}"
    if style == "mon":
        return f"{MONTHS[mi-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[mi-1]
        return f"{n[:3]}. {y}" if len(n) > 4 else f"{n} {y}"
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "m/yyyy":
        return f"{mi}/{y}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m}"
    if style == "MON":
        return f"{MONTHS[mi-1][:3].upper()} {y}"
    raise ValueError(style)


def fmt_dates(e, style="mon", present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def gold_line(r, entries):
    g = [e.gold() for e in entries]
    t, c = counts(g)
    return json.dumps({"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": g,
                       "total_months": t, "cs_months": c}, ensure_ascii=False)
