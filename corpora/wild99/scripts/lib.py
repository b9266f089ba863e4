"""Entry type, month counting and date formatting for wild99."""
AS_OF = "2026-11"

MON_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH_EN = ("January February March April May June July August September October "
            "November December").split()
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTH_FR = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
            "décembre").split()
MON_ES = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.", "nov.", "dic."]
MONTH_ES = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre").split()


class E:
    """One experience entry; renders its own dates and its gold dict."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", text=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.prec, self.text = section, etype, prec, text
        if prec == "year":  # year-only: Jan of start year .. Dec of end year
            if len(start) == 4:
                self.start = start + "-01"
            if end != "present" and len(end) == 4:
                self.end = end + "-12"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def fmt_ym(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    i = m - 1
    return {
        "mon": f"{MON_EN[i]} {y}", "mon.": f"{MON_EN[i]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH_EN[i]} {y}", "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}", "dot": f"{m}.{y}", "apos": f"{MON_EN[i]} '{y % 100:02d}",
        "fr": f"{MON_FR[i]} {y}", "frfull": f"{MONTH_FR[i]} {y}", "es": f"{MON_ES[i]} {y}",
        "esfull": f"{MONTH_ES[i]} {y}", "esfullcap": f"{MONTH_ES[i].capitalize()} {y}",
        "frcap": f"{MON_FR[i].capitalize()} {y}", "mm-yyyy": f"{m:02d}-{y}",
    }[style]


def daterange(e, style, present, sep=" – "):
    if e.text:
        return e.text
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return f"{a}{sep}{b}"


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def month_set(entries):
    s = set()
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        if st is None:
            continue
        s.update(range(_idx(st), _idx(en) + 1))
    return s


def totals(entries):
    gold = [e if isinstance(e, dict) else e.gold() for e in entries]
    return len(month_set(gold)), len(month_set([g for g in gold if g["cs"] == "facing"]))


def gold_line(r):
    ents = [e for _, c in r["sections"] if isinstance(c, list) and c and isinstance(c[0], E) for e in c]
    t, c = totals(ents)
    return {"file": f"{r['id']}.{r['ext']}", "family": r["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents], "total_months": t, "cs_months": c}
