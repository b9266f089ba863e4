"""Entry type, month counting and date formatting for wild107."""
import json

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
SEASON = {"Spring": (3, 5), "Summer": (6, 8), "Fall": (9, 11), "Autumn": (9, 11), "Winter": (12, 2)}


class E:
    """One experience entry: renders and gives its gold dict.

    start/end: 'YYYY-MM' (year precision: 'YYYY-01' / 'YYYY-12'), end may be 'present'.
    datetext: literal date text printed instead of the formatted range (seasons etc.).
    extra: lines printed under the header (hours, grade, supervisor, salary).
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", datetext=None, extra=(), para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.prec = section, etype, prec
        self.datetext, self.extra, self.para = datetext, list(extra), para
        assert (cs == "facing") == (kind is not None), title

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section, "employment_type": self.etype,
            "bullets": self.bullets, "cs": self.cs, "kind": self.kind,
        }


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    iv = sorted((ym(e.start), ym(e.end)) for e in entries if e.start)
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


def fmt_one(s, style, present, prec="month"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year" or style == "year":
        return str(y)
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "MONTH": f"{MONTH[m-1].upper()} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "mm/dd/yyyy": f"{m:02d}/01/{y}",
    }[style]


def fmt_range(e, style, present, sep=" – "):
    if e.datetext is not None:
        return e.datetext
    if not e.start:
        return ""
    return fmt_one(e.start, style, present, e.prec) + sep + fmt_one(e.end, style, present, e.prec)


def all_entries(r):
    out = []
    for sec in r["sections"]:
        if sec[0] == "exp":
            out.extend(sec[2])
    return out


def gold_line(r, fname):
    es = all_entries(r)
    d = {"file": fname, "family": r["family"], "as_of": AS_OF,
         "entries": [e.gold() for e in es],
         "total_months": months(es),
         "cs_months": months([e for e in es if e.cs == "facing"])}
    return json.dumps(d, ensure_ascii=False)
