"""Shared helpers for wild138: the entry record, date formatting and month counting.

Gold lines are written from the résumé dicts in defs_a.py / defs_b.py, never from the rendered files.
"""
import json
import os

AS_OF = "2026-11"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SEASONS = {"Spring": ("03", "05"), "Summer": ("06", "08"), "Autumn": ("09", "11"), "Fall": ("09", "11"),
           "Winter": ("12", "02")}


class E:
    """One experience entry.

    title, org, loc: printed text (org / loc may be None)
    start, end: 'YYYY-MM' (month precision), 'YYYY' (year precision) or end 'present'
    cs, kind: labels; sec: work / volunteer / other; et: employment type
    dt: literal date text to print instead of the formatted range (e.g. 'Summer 2019')
    note: an extra printed line under the header (base, fleet, roster...) that is not a duty bullet
    prose: print the bullets as one paragraph instead of a list
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), sec="work", et="paid",
                 prec="month", dt=None, note=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.sec, self.et, self.prec = sec, et, prec
        self.dt, self.note, self.prose = dt, note, prose

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec,
            "section": self.sec,
            "employment_type": self.et,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---------------------------------------------------------------- dates

def fmt_date(ym, style):
    """Format 'YYYY-MM' in one of the date styles used by the renderers."""
    if len(ym) == 4:
        return ym
    y, m = ym.split("-")
    mi = int(m) - 1
    if style == "mon":
        return f"{MON[mi]} {y}"
    if style == "MON":
        return f"{MON[mi].upper()} {y}"
    if style == "month":
        return f"{MONTH[mi]} {y}"
    if style == "mon.":
        return f"{MON_DOT[mi]} {y}"
    if style == "mm/yyyy":
        return f"{m}/{y}"
    if style == "m/yyyy":
        return f"{int(m)}/{y}"
    if style == "mm.yyyy":
        return f"{m}.{y}"
    if style == "mm-yyyy":
        return f"{m}-{y}"
    if style == "iso":
        return f"{y}-{m}"
    if style == "mon'yy":
        return f"{MON[mi]} '{y[2:]}"
    if style == "mon-yyyy":
        return f"{MON[mi]}-{y}"
    if style == "year":
        return y
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    s = fmt_date(e.start, style)
    en = present if e.end == "present" else fmt_date(e.end, style)
    if e.prec == "year" and e.end == e.start:
        return s
    return f"{s}{sep}{en}"


def ym_index(ym, is_end=False):
    """Month number (year*12 + month-1). Year-only values are Jan (start) or Dec (end)."""
    if ym == "present":
        ym = AS_OF
    if len(ym) == 4:
        return int(ym) * 12 + (11 if is_end else 0)
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    """Inclusive months covered by the entries' date ranges, overlaps merged."""
    spans = []
    for e in entries:
        s, en = e["start"], e["end"]
        if s is None or en is None:
            continue
        spans.append((ym_index(s), ym_index(en, True)))
    spans.sort()
    total, cur = 0, None
    for a, b in spans:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    return {
        "file": r["file"],
        "family": r["family"],
        "as_of": AS_OF,
        "entries": ents,
        "total_months": merged_months(ents),
        "cs_months": merged_months([x for x in ents if x["cs"] == "facing"]),
    }


def entries_of(r):
    out = []
    for blk in r["blocks"]:
        if blk[1] == "entries":
            out.extend(blk[2])
    return out


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def all_resumes():
    import defs_a
    import defs_b
    return defs_a.RESUMES + defs_b.RESUMES
