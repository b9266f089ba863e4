"""Entry type, month counting and date formatting for wild94."""
AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); prec 'month' or 'year'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets=(), cs="none", kind=None,
                 prec="month", section="work", etype="paid", dtext=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype, self.dtext = section, etype, dtext
        if prec == "year" and start:
            assert start.endswith("-01"), start
            assert end == "present" or end.endswith("-12"), end

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


def merged_months(spans):
    iv = sorted((ym(a), ym(b)) for a, b in spans if a)
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


def months(entries, cs_only=False):
    return merged_months([(e.start, e.end) for e in entries
                          if e.start and (not cs_only or e.cs == "facing")])


def fmt_one(s, style, present="Present"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}",
        "year": f"{y}",
    }[style]


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    return fmt_one(e.start, st, present) + sep + fmt_one(e.end, st, present)


def gold_line(R):
    ents = R["entries"]
    return {"file": R["file"], "family": R["family"], "as_of": AS_OF,
            "entries": [e.gold() for e in ents],
            "total_months": months(ents), "cs_months": months(ents, True)}
