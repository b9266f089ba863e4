"""Entry type, month counting and date formatting for wild76."""
import sys
sys.dont_write_bytecode = True

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
GOLD_KEYS = ["title", "organization", "location", "start", "end", "date_precision",
             "section", "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'); end may be 'present'.
    text: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, bullets, cs, kind=None, section="work",
                 etype="paid", prec="month", text=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.bullets = list(bullets)
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.text, self.note = text, note

    def gold(self):
        if self.prec == "year":
            s = self.start + "-01" if len(self.start) == 4 else self.start
            e = self.end if self.end == "present" else (self.end + "-12" if len(self.end) == 4 else self.end)
        else:
            s, e = self.start, self.end
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.prec if s else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym_index(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(spans):
    """spans: list of (start 'YYYY-MM', end 'YYYY-MM'|'present'); inclusive months, overlaps merged."""
    months = set()
    for s, e in spans:
        if not s or not e:
            continue
        months.update(range(ym_index(s), ym_index(e) + 1))
    return len(months)


def count_gold(entries):
    total = merged_months([(g["start"], g["end"]) for g in entries])
    cs = merged_months([(g["start"], g["end"]) for g in entries if g["cs"] == "facing"])
    return total, cs


def fmt_point(ym, style, present="Present"):
    if ym == "present":
        return present
    if len(ym) == 4:
        return ym
    y, m = ym.split("-")
    mi = int(m)
    if style == "mon":
        return MONTHS[mi - 1][:3] + " " + y
    if style == "mon.":
        ab = MONTHS[mi - 1][:3]
        return (ab if mi == 5 else ab + ".") + " " + y
    if style == "MON":
        return MONTHS[mi - 1][:3].upper() + " " + y
    if style == "month":
        return MONTHS[mi - 1] + " " + y
    if style == "mm/yyyy":
        return m + "/" + y
    if style == "m/yyyy":
        return str(mi) + "/" + y
    if style == "yyyy-mm":
        return y + "-" + m
    if style == "m.yyyy":
        return str(mi) + "." + y
    if style == "mm.yyyy":
        return m + "." + y
    if style == "'yy":
        return MONTHS[mi - 1][:3] + " '" + y[2:]
    if style == "yyyy":
        return y
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.text is not None:
        return e.text
    if e.start is None:
        return ""
    return fmt_point(e.start, style, present) + sep + fmt_point(e.end, style, present)


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    total, cs = count_gold(ents)
    return {"file": r["id"] + "." + r["fmt"], "family": r["family"], "as_of": AS_OF,
            "entries": ents, "total_months": total, "cs_months": cs}


def all_entries(r):
    out = []
    for b in r["blocks"]:
        if b[0] == "exp":
            out.extend(b[2])
    return out
