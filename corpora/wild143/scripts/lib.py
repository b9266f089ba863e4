"""Shared data structures, date formatting and month counting for wild143.

Every résumé is one dict in defs_a.py / defs_b.py.  Its "blocks" hold the
experience entries (lib.E) next to distractor blocks (education, skills,
certificates, references ...).  The renderers print the blocks; build.py
writes the gold line from the same E objects, never from the rendered file.
"""

AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]

CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision); end may be 'present'.
    dt: literal date text printed instead of the formatted range ('WS 2023/24', 'Summer 2024',
        'since 09.2022'); start/end then carry its coded months.
    prose: print the duty lines as one running paragraph instead of bullets.
    """

    def __init__(self, title, org, loc, start, end, *, cs, kind=None, prec="month", section="work",
                 etype="paid", bullets=(), dt=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.section, self.etype = section, etype
        self.bullets = list(bullets)
        self.dt, self.prose = dt, prose

    def gold(self):
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.loc,
            "start": self.start,
            "end": self.end,
            "date_precision": self.prec if self.start else None,
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


# ---------------------------------------------------------------- dates

def _ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def fmt_point(s, style):
    """Format one 'YYYY-MM' (or 'YYYY') in a date style."""
    if len(s) == 4:
        return s
    y, m = _ym(s)
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "mon":
        return f"{MON[m - 1]} {y}"
    if style == "mon.":
        return f"{MONDOT[m - 1]} {y}"
    if style == "MON":
        return f"{MON[m - 1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "de":
        return f"{MON_DE[m - 1]} {y}"
    if style == "mon'yy":
        return f"{MON[m - 1]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style="mon", sep=" – ", present="Present"):
    if e.dt:
        return e.dt
    if not e.start:
        return ""
    a = fmt_point(e.start, style)
    if e.end == "present":
        return f"{a}{sep}{present}"
    b = fmt_point(e.end, style)
    if a == b:
        return a
    return f"{a}{sep}{b}"


def month_set(e):
    """Set of month indices (y*12+m-1) covered by an entry; empty when undated."""
    if not e.start:
        return set()
    if e.prec == "year":
        a = int(e.start[:4]) * 12
    else:
        y, m = _ym(e.start)
        a = y * 12 + m - 1
    if e.end == "present":
        y, m = _ym(AS_OF)
        b = y * 12 + m - 1
    elif e.prec == "year":
        b = int(e.end[:4]) * 12 + 11
    else:
        y, m = _ym(e.end)
        b = y * 12 + m - 1
    return set(range(a, b + 1))


def count_months(entries):
    s = set()
    for e in entries:
        s |= month_set(e)
    return len(s)


def entries_of(cv):
    out = []
    for b in cv["blocks"]:
        if b[0] == "entries":
            out.extend(b[2])
    return out


def gold_line(cv):
    es = entries_of(cv)
    return {
        "file": cv["file"],
        "family": cv["family"],
        "as_of": AS_OF,
        "entries": [e.gold() for e in es],
        "total_months": count_months(es),
        "cs_months": count_months([e for e in es if e.cs == "facing"]),
    }


def duration_li(e):
    """LinkedIn-style duration text ('1 yr 3 mos') for an entry (inclusive months)."""
    n = len(month_set(e))
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts) or "1 mo"
