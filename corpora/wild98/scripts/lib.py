"""Entry type, month counting and date formatting for wild98."""
AS_OF = "2026-11"

MONTHS = {
    "MonthDE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "MonDE": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "MonthIT": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "MonIT": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "MonthNL": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "MonNL": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "MonthEN": "January February March April May June July August September October November December".split(),
    "MonEN": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


class E:
    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", text=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, (prec if start else None)
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.text = text  # literal date text, e.g. 'Sommer 2021'
        if prec == "year" and start:
            assert len(start) == 4 and (end == "present" or len(end) == 4)

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s, is_end, prec):
    if s == "present":
        y, m = AS_OF.split("-")
        return int(y) * 12 + int(m) - 1
    if prec == "year" or len(s) == 4:
        return int(s[:4]) * 12 + (11 if is_end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def interval(g):
    if not g["start"]:
        return None
    return (ym_index(g["start"], False, g["date_precision"]), ym_index(g["end"], True, g["date_precision"]))


def months(gold_entries, only_facing=False):
    iv = sorted(interval(g) for g in gold_entries
                if g["start"] and (not only_facing or g["cs"] == "facing"))
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


def fmt_point(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return "'" + s[2:] if style == "yy" else s
    y, m = s.split("-")
    mi = int(m)
    if style in MONTHS:
        return f"{MONTHS[style][mi - 1]} {y}"
    return {"mm/yyyy": f"{m}/{y}", "m/yyyy": f"{mi}/{y}", "yyyy-mm": f"{y}-{m}", "mm.yyyy": f"{m}.{y}",
            "m.yyyy": f"{mi}.{y}", "mm-yyyy": f"{m}-{y}", "yy": f"{m}/'{y[2:]}"}[style]


def fmt_range(e, r):
    if e.text:
        return e.text
    if not e.start:
        return ""
    st = r.get("dates", "mm/yyyy")
    pw = r.get("present", "heute")
    s = fmt_point(e.start, st, pw)
    if e.end == "present" and r.get("since"):
        return r["since"].format(s=s)
    en = fmt_point(e.end, st, pw)
    if e.end == e.start and r.get("single", True):
        return s
    return r.get("range", "{s} – {e}").format(s=s, e=en)
