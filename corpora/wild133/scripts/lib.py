"""Shared helpers for wild133: entry objects, date formatting, month counting, gold lines."""
import json
from collections import OrderedDict

AS_OF = "2026-11"
CS_VALUES = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
SEPT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


class E:
    """One experience entry: renders on the page and becomes one gold entry."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec=None, date_text=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        if prec is None:
            prec = None if start is None else ("year" if len(start) == 4 else "month")
        self.prec = prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.date_text, self.prose = date_text, prose

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.start), ("end", self.end), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype),
            ("bullets", list(self.bullets)), ("cs", self.cs), ("kind", self.kind)])


def fmt_one(d, style):
    if len(d) == 4:
        return d
    y, m = int(d[:4]), int(d[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "sept":
        return f"{SEPT[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "apos":
        return f"{MON[m-1]} '{str(y)[2:]}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_dates(e, r):
    """The printed date range of entry e in resume r."""
    if e.date_text is not None:
        return e.date_text
    if e.start is None:
        return ""
    style, sep, pres = r.get("dates", "mon"), r.get("sep", " – "), r.get("present", "Present")
    a = fmt_one(e.start, style)
    if e.end == "present":
        if pres.lower().startswith("to ") or pres.lower().startswith("till"):
            return f"{a} {pres}"
        return f"{a}{sep}{pres}"
    b = fmt_one(e.end, style)
    if e.start == e.end:
        return a
    return f"{a}{sep}{b}"


def org_loc(e, r=None, joiner=", "):
    if e.org and e.loc:
        return f"{e.org}{joiner}{e.loc}"
    return e.org or e.loc or ""


def head_rows(e, r):
    """Rows (left, right, style) for an entry header according to r['order']."""
    order = r.get("order", "title_org")
    d = fmt_dates(e, r)
    ol = org_loc(e, r, r.get("locjoin", ", "))
    j = r.get("joiner", " – ")
    if order == "title_org":
        rows = [(e.title, d, "b")]
        if ol:
            rows.append((ol, None, "i"))
        return rows
    if order == "org_title":
        return [(ol or e.title, d, "b"), (e.title, None, "i")] if ol else [(e.title, d, "b")]
    if order == "dash":
        return [((e.title + j + ol) if ol else e.title, d, "b")]
    if order == "pipe":
        parts = [p for p in (e.title, e.org, e.loc) if p]
        return [(" | ".join(parts), d, "b")]
    if order == "dateline":
        rows = [(e.title, None, "b")]
        if ol:
            rows.append((ol, None, "i"))
        rows.append((d, None, "n"))
        return rows
    if order == "inline":
        return [((e.title + ", " + ol if ol else e.title) + f" ({d})", None, "b")]
    if order == "dates_first":
        return [(d, None, "n"), (e.title + (j + ol if ol else ""), None, "b")]
    raise ValueError(order)


def group_orgfirst(entries):
    """Group consecutive entries with the same organisation: [(org, loc, [entries])]."""
    groups = []
    for e in entries:
        if groups and groups[-1][0] == e.org and e.org is not None:
            groups[-1][2].append(e)
        else:
            groups.append((e.org, e.loc, [e]))
    return groups


def _mi(d, is_end, prec):
    if d == "present":
        d = AS_OF
    if prec == "year" or len(d) == 4:
        y = int(d[:4])
        if d == AS_OF:
            return int(AS_OF[:4]) * 12 + int(AS_OF[5:7]) - 1
        return y * 12 + (11 if is_end else 0)
    return int(d[:4]) * 12 + int(d[5:7]) - 1


def months(entries):
    iv = []
    for e in entries:
        s, en, p = (e["start"], e["end"], e["date_precision"]) if isinstance(e, dict) else (e.start, e.end, e.prec)
        if s is None:
            continue
        iv.append((_mi(s, False, p), _mi(en, True, p)))
    iv.sort()
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


def job_entries(r):
    out = []
    for blk in r["blocks"]:
        if blk[1] == "jobs":
            out.extend(blk[2])
    # gold order = order printed in the file
    return out


def gold_line(r):
    es = job_entries(r)
    g = OrderedDict([("file", r["file"]), ("family", r["family"]), ("as_of", AS_OF),
                     ("entries", [e.gold() for e in es]),
                     ("total_months", months(es)),
                     ("cs_months", months([e for e in es if e.cs == "facing"]))])
    return json.dumps(g, ensure_ascii=False)
