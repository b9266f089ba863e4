"""Entry model, date formatting and month counting for wild146.

Every résumé is one dict (see defs_*.py).  Its 'blocks' carry the entries as
``E`` objects; the same objects render the file and write the gold line.
"""
import re

AS_OF = "2026-11"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
# abbreviations as people type them with a full stop ("Feb.", "Sept.", "May")
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.",
           "Sept.", "Oct.", "Nov.", "Dec."]
MON = [m[:3] for m in MONTHS]


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision) or None
    (undated); end may be 'present'.  dt: literal date text to print instead
    of the formatted range (seasons, day dates, '2018/2019').
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", dt=None, prec=None):
        assert cs in ("facing", "affecting", "none")
        assert (kind is None) == (cs != "facing"), (title, cs, kind)
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dt = section, etype, dt
        if start is None:
            self.prec = None
        elif prec:
            self.prec = prec
        else:
            self.prec = "year" if len(start) == 4 else "month"
        self.start_raw, self.end_raw = start, end

    # ---- gold -------------------------------------------------------------
    @property
    def start(self):
        if self.start_raw is None:
            return None
        return self.start_raw + "-01" if len(self.start_raw) == 4 else self.start_raw

    @property
    def end(self):
        if self.end_raw is None:
            return None
        if self.end_raw == "present":
            return "present"
        return self.end_raw + "-12" if len(self.end_raw) == 4 else self.end_raw

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---- date text --------------------------------------------------------------

def fmt_ym(raw, style):
    """raw is 'YYYY' or 'YYYY-MM'."""
    if len(raw) == 4:
        return raw
    y, m = int(raw[:4]), int(raw[5:7])
    if style == "Month":
        return f"{MONTHS[m-1]} {y}"
    if style == "Month,":
        return f"{MONTHS[m-1]}, {y}"
    if style == "Mon.":
        return f"{MON_DOT[m-1]} {y}"
    if style == "Mon.,":
        return f"{MON_DOT[m-1]}, {y}"
    if style == "Mon":
        return f"{MON[m-1]} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "MONTH":
        return f"{MONTHS[m-1].upper()} {y}"
    if style == "MM/YYYY":
        return f"{m:02d}/{y}"
    if style == "M/YYYY":
        return f"{m}/{y}"
    if style == "MM.YYYY":
        return f"{m:02d}.{y}"
    if style == "Mon-YY":
        return f"{MON[m-1]}-{y % 100:02d}"
    if style == "Mon 'YY":
        return f"{MON[m-1]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, ds):
    """ds: dict(style=..., sep=' – ', present='Present')."""
    if e.dt is not None:
        return e.dt
    if e.start_raw is None:
        return ""
    style = ds.get("style", "Mon")
    sep = ds.get("sep", " – ")
    a = fmt_ym(e.start_raw, style)
    b = ds.get("present", "Present") if e.end_raw == "present" else fmt_ym(e.end_raw, style)
    return f"{a}{sep}{b}"


def org_loc(e, sep=", "):
    parts = [p for p in (e.org, e.loc) if p]
    return sep.join(parts)


# ---- job header styles --------------------------------------------------------
# A style turns one entry into abstract lines that every renderer knows:
#   ('b', text, right)   bold line, optional right-aligned text
#   ('i', text, right)   italic line
#   ('p', text)          plain line
#   ('li', text)         bullet
#   ('lc', left, text)   left-column date + bold text  ('lcp' = plain text)
#   ('gap',)             small vertical space

def job_lines(e, style, ds, opts=None):
    opts = opts or {}
    d = fmt_range(e, ds)
    ol = org_loc(e, opts.get("olsep", ", "))
    bl = [("li", b) for b in e.bullets]
    dutylab = opts.get("duties")
    if dutylab and e.bullets:
        bl = [("p", dutylab)] + bl
    if style == "title_org":            # Title ........ dates / Org, Town
        out = [("b", e.title, d), ("i", ol, None)]
    elif style == "title_org_dl":       # Title / Org, Town | dates
        out = [("b", e.title, None), ("i", f"{ol}  |  {d}" if d else ol, None)]
    elif style == "org_title":          # Org, Town ...... dates / Title
        out = [("b", ol, d), ("i", e.title, None)]
    elif style == "date_org_pos":       # dates: Org, Town / Position: Title
        out = [("b", f"{d}:  {ol}" if d else ol, None), ("p", f"Position: {e.title}")]
    elif style == "labelled":           # Employer : / Position : / Period :
        lab = opts.get("labels", ("Employer", "Position", "Period"))
        w = max(len(x) for x in lab)
        out = [("p", f"{lab[0].ljust(w)} : {ol}"), ("p", f"{lab[1].ljust(w)} : {e.title}")]
        if d:
            out.append(("p", f"{lab[2].ljust(w)} : {d}"))
    elif style == "dash":               # Title – Org, Town ...... dates
        out = [("b", f"{e.title} – {ol}" if ol else e.title, d)]
    elif style == "pipe":               # Title | Org | Town / dates
        parts = [p for p in (e.title, e.org, e.loc) if p]
        out = [("b", " | ".join(parts), None), ("i", d, None)]
    elif style == "leftcol":            # dates in a left column
        out = [("lc", d, e.title), ("lcp", "", ol)]
    elif style == "caps_block":         # DATES / ORG, TOWN / Position: Title
        out = [("b", d, None), ("b", ol, None), ("p", f"Position: {e.title}")]
    elif style == "dateline":
        out = [("b", e.title, None), ("p", ol), ("i", d, None)]
    else:
        raise ValueError(style)
    return out + bl


def entries_of(d):
    """All entries of a résumé dict, in the order they are printed."""
    out = []

    def walk(blocks):
        for b in blocks:
            if b[0] in ("jobs", "ptable", "kvjobs"):
                out.extend(b[1])

    walk(d.get("blocks", []))
    walk(d.get("side", []))
    return out


# ---- months --------------------------------------------------------------------

def _idx(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def month_set(gold_entries, facing_only=False):
    ms = set()
    for g in gold_entries:
        if g["start"] is None:
            continue
        if facing_only and g["cs"] != "facing":
            continue
        ms.update(range(_idx(g["start"]), _idx(g["end"]) + 1))
    return ms


def gold_line(d):
    ents = [e.gold() for e in entries_of(d)]
    return {
        "file": d["file"],
        "family": d["family"],
        "as_of": AS_OF,
        "entries": ents,
        "total_months": len(month_set(ents)),
        "cs_months": len(month_set(ents, True)),
    }
