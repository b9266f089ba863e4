"""Entry type, month counting and date formatting for wild75."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    dtext: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", prec="month", dtext=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.bullets = start, end, list(bullets)
        self.cs, self.kind, self.section, self.etype = cs, kind, section, etype
        self.prec, self.dtext, self.para = prec, dtext, para

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s, is_end=False, prec="month"):
    if s == "present":
        s = AS_OF
    if len(s) == 4:
        return int(s) * 12 + (11 if is_end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months over the entries, overlaps merged."""
    iv = sorted((ym(e["start"]), ym(e["end"], True)) for e in entries if e["start"])
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


def fmt(s, style, present):
    if s == "present":
        return present
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}{'.' if m != 5 else ''} {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "iso": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "apos": f"{MON[m-1]} '{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}",
    }[style]


def drange(e, style, present, sep=" – "):
    if e.dtext:
        return e.dtext
    if not e.start:
        return ""
    return fmt(e.start, style, present) + sep + fmt(e.end, style, present)


def gold_line(R):
    ents = [e.gold() for e in entries_of(R)]
    oc = R.get("orgcase")
    if oc:  # employer headings printed in capitals: gold keeps the printed text
        for g in ents:
            g["organization"] = oc(g["organization"]) if g["organization"] else None
            g["location"] = oc(g["location"]) if g["location"] else None
    return {"file": R["id"] + "." + R["ext"], "family": R["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents),
            "cs_months": months([e for e in ents if e["cs"] == "facing"])}


def entries_of(R):
    out = []
    for blk in R.get("side", []) + R["blocks"]:
        for it in blk[1]:
            if isinstance(it, E):
                out.append(it)
    # order as they appear: side blocks are rendered first only in sidebar layouts; entries never go in sidebars
    return out
