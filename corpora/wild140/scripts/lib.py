"""Shared data structures, month arithmetic and date formatting for wild140.

A résumé is a plain dict (see defs_a.py / defs_b.py).  Its experience lives in
`G` groups (one employer heading, several roles) holding `E` entries; the gold
line is written from these objects, never from the rendered file.
"""
import re

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")
GOLD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry (one title held for one stretch of time).

    start/end: 'YYYY-MM', 'YYYY' (year precision: Jan of start .. Dec of end) or end 'present'.
    dtext: literal date text to print instead of the formatted range ('Summer 2018').
    tx: text printed after the title but not part of the gold title ('(part-time)').
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", dtext=None, tx="", prec=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.tx = dtext, tx
        if start is None:
            self.start = self.end = None
            self.prec = None
            return
        if prec is None:
            prec = "year" if re.fullmatch(r"\d{4}", start) else "month"
        self.prec = prec
        self.start = start + "-01" if re.fullmatch(r"\d{4}", start) else start
        if end == "present":
            self.end = "present"
        else:
            self.end = end + "-12" if re.fullmatch(r"\d{4}", end) else end
        self.raw_start, self.raw_end = start, end

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype, "bullets": list(self.bullets),
            "cs": self.cs, "kind": self.kind,
        }


class G:
    """An employer block: heading text, optional overall dates, roles beneath."""

    def __init__(self, org, loc=None, roles=(), dtext=None, head=None, note=None, prose=None,
                 after=None, **opts):
        self.org, self.loc = org, loc
        self.roles = list(roles)
        self.dtext = dtext      # overall date text printed on the employer line
        self.head = head        # literal employer heading (must contain org)
        self.note = note        # line printed under the heading ('Returned in 2022 ...')
        self.prose = prose      # paragraph(s) replacing per-role layout
        self.after = after      # line printed after the roles
        self.opts = opts        # per-group layout options (fmt, datepos, ...)


# ---------------------------------------------------------------- months

def ym_index(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    spans = sorted((ym_index(e["start"]), ym_index(e["end"])) for e in entries
                   if e["start"] is not None)
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


# ---------------------------------------------------------------- dates

def fmt_ym(ym, style, present="Present", prec="month", is_end=False):
    if ym == "present":
        return present
    y, m = ym.split("-")
    y, mi = int(y), int(m) - 1
    if prec == "year":
        return str(y)
    if style == "mon":
        return f"{MON[mi]} {y}"
    if style == "sept":   # UK habit
        return f"{'Sept' if mi == 8 else MON[mi]} {y}"
    if style == "month":
        return f"{MONTH[mi]} {y}"
    if style == "mon.":
        nm = MON[mi] if MON[mi] in ("May",) else ("Sept." if mi == 8 else
                                                   (MONTH[mi] if len(MONTH[mi]) <= 4 else MON[mi] + "."))
        return f"{nm} {y}"
    if style == "mm/yyyy":
        return f"{mi + 1:02d}/{y}"
    if style == "m/yyyy":
        return f"{mi + 1}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{mi + 1:02d}"
    if style == "mm.yyyy":
        return f"{mi + 1:02d}.{y}"
    if style == "mon'yy":
        return f"{MON[mi]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[mi].upper()} {y}"
    raise ValueError(style)


def drange(e, style, present="Present", dash=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    a = fmt_ym(e.start, style, present, e.prec)
    b = fmt_ym(e.end, style, present, e.prec, True)
    if e.prec == "year" and a == b:
        return a
    return f"{a}{dash}{b}"


def resume_entries(res):
    out = []
    for sec in res["sections"]:
        if sec[0] == "jobs":
            for g in sec[2]:
                out.extend(g.roles)
    return out


def gold_line(res):
    ents = [e.gold() for e in resume_entries(res)]
    return {
        "file": res["file"], "family": res["family"], "as_of": AS_OF, "entries": ents,
        "total_months": merged_months(ents),
        "cs_months": merged_months([e for e in ents if e["cs"] == "facing"]),
    }
