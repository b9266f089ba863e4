"""Shared helpers for the wild136 corpus: the entry type, date formatting and month counting.

Nothing here reads a rendered file; gold lines are written from these structures.
"""
import re

AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
PRECISION = ("month", "year")

GOLD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision",
              "section", "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision, coded Jan..Dec);
    end may be 'present'.  dtext: literal date text printed instead of a formatted range
    (e.g. 'Summer 2018'); the gold still uses start/end.  prose: print the duty lines as one
    paragraph.  brk: index of the duty line before which a hard page break is put.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", dtext=None, prose=False, brk=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.prose, self.brk = dtext, prose, brk
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = "year"
            self.start = start + "-01"
            self.end = "present" if end == "present" else end + "-12"
            self.ystart, self.yend = start, end
        else:
            self.prec = "month"
            self.start, self.end = start, end

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs,
                "kind": self.kind if self.cs == "facing" else None}


# ---------------------------------------------------------------- dates

def fmt(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "mon'":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def rng(e, style="mon", sep=" – ", pres="Present"):
    """The printed date range of an entry."""
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.ystart
        b = pres if e.end == "present" else e.yend
        return a if a == b else f"{a}{sep}{b}"
    a = fmt(e.start, style)
    b = pres if e.end == "present" else fmt(e.end, style)
    return a if a == b else f"{a}{sep}{b}"


# ---------------------------------------------------------------- months

def _idx(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def merged_months(spans):
    """Inclusive month count of the union of (start, end) spans."""
    iv = sorted((_idx(a), _idx(b)) for a, b in spans)
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


def count(entries):
    dated = [e for e in entries if e["start"]]
    tot = merged_months([(e["start"], e["end"]) for e in dated])
    cs = merged_months([(e["start"], e["end"]) for e in dated if e["cs"] == "facing"])
    return tot, cs


def jobs_of(res):
    out = []
    for blk in res["body"]:
        if blk[0] == "jobs":
            out.extend(blk[2])
    return out


def gold_line(res):
    ents = [e.gold() for e in jobs_of(res)]
    tot, cs = count(ents)
    return {"file": f"{res['id']}.{res['ext']}", "family": res["family"], "as_of": AS_OF,
            "entries": ents, "total_months": tot, "cs_months": cs}


def norm(s):
    """Case- and whitespace-insensitive form used by check.py."""
    return re.sub(r"\s+", "", s).lower()
