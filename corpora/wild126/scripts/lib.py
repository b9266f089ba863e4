"""Shared data structures, date formatting and month counting for wild126.

Every résumé is one dict (see defs_a.py / defs_b.py).  Work-history entries are
`E` objects; the gold line is written from them (never from rendered files).
"""
from collections import OrderedDict

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")


class E:
    """One work-history entry.

    start/end: 'YYYY-MM' ('present' allowed for end); for year precision give
    'YYYY-01' / 'YYYY-12'.  `dt` is a literal date text printed instead of the
    formatted range (seasons, odd spellings).  `ach` lines are printed under an
    'Achievements' sub-heading and are part of the gold bullets.  `prose` prints
    the single bullet as a paragraph.  `note` is printed beside the title
    (Casual, Part-time ...) and is not part of the gold title.
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), ach=(),
                 prec="month", section="work", etype="paid", dt=None, note=None,
                 prose=False, resp_label=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, (prec if start else None)
        self.cs, self.kind = cs, kind
        self.bullets, self.ach = list(bullets), list(ach)
        self.section, self.etype = section, etype
        self.dt, self.note, self.prose = dt, note, prose
        self.resp_label = resp_label

    def gold(self):
        return OrderedDict([
            ("title", self.title), ("organization", self.org), ("location", self.loc),
            ("start", self.start), ("end", self.end), ("date_precision", self.prec),
            ("section", self.section), ("employment_type", self.etype),
            ("bullets", self.bullets + self.ach), ("cs", self.cs), ("kind", self.kind)])


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(start, end):
    y, m = ym(start)
    y2, m2 = ym(end)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def count_months(entries, only_facing=False):
    """Inclusive months, overlaps merged (union of month sets)."""
    s = set()
    for e in entries:
        start, end = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if not start or not end:
            continue
        if only_facing and cs != "facing":
            continue
        s |= month_set(start, end)
    return len(s)


def entry_months(e):
    if not e.start:
        return 0
    return len(month_set(e.start, e.end))


def fmt_one(s, style, present, prec="month"):
    if s == "present":
        return present
    y, m = ym(s)
    if prec == "year":
        return str(y)
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "MON":
        return f"{MONTHS[m-1][:3].upper()} {y}"
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon_yy":
        return f"{MONTHS[m-1][:3]} '{y % 100:02d}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_range(e, d):
    if e.dt:
        return e.dt
    style = d.get("dstyle", "mon")
    present = d.get("present", "Present")
    sep = d.get("sep", " – ")
    a = fmt_one(e.start, style, present, e.prec)
    b = fmt_one(e.end, style, present, e.prec)
    txt = a + sep + b
    if d.get("duration"):
        n = entry_months(e)
        y, m = divmod(n, 12)
        parts = []
        if y:
            parts.append(f"{y} yr" + ("s" if y > 1 else ""))
        if m:
            parts.append(f"{m} mth" + ("s" if m > 1 else ""))
        txt += " (" + " ".join(parts) + ")"
    return txt


def jobs_of(d):
    out = []
    for blk in d["blocks"]:
        if blk[0] == "jobs":
            out.extend(blk[2])
    return out


def gold_line(d):
    ents = jobs_of(d)
    g = [e.gold() for e in ents]
    if d.get("org_caps"):            # employer headings printed in capitals: gold keeps the printed text
        for x in g:
            for k in ("organization", "location"):
                if x[k]:
                    x[k] = x[k].upper()
    return OrderedDict([
        ("file", d["file"]), ("family", d["family"]), ("as_of", AS_OF),
        ("entries", g),
        ("total_months", count_months(g)),
        ("cs_months", count_months(g, only_facing=True))])


# ---------------------------------------------------------------- entry layout
def header_rows(e, d, grouped=False):
    """Rows for the entry header: list of (style, left, right).

    styles: title, org, date, label, plain.  `grouped` = org already printed
    above (orgfirst layouts).
    """
    order = d.get("order", "title_org")
    dates = fmt_range(e, d)
    t = e.title + (d.get("note_fmt", " ({})").format(e.note) if e.note else "")
    org = e.org or ""
    loc = e.loc or ""
    orgloc = org + (d.get("locsep", ", ") + loc if loc and org else loc)
    if grouped or order == "orgfirst":
        return [("title", t, dates)]
    if order == "title_org":
        rows = [("title", t, dates)]
        if orgloc:
            rows.append(("org", orgloc, ""))
        return rows
    if order == "title_org_dl":          # dates on the org line
        return [("title", t, ""), ("org", orgloc, dates)]
    if order == "org_title":
        return [("org", orgloc, dates), ("title", t, "")]
    if order == "labelled":
        rows = [("label", "Position:\t" + t, "")]
        if org:
            rows.append(("label", "Company:\t" + org + (f" ({loc})" if loc else ""), ""))
        elif loc:
            rows.append(("label", "Location:\t" + loc, ""))
        rows.append(("label", "Duration:\t" + dates, ""))
        return rows
    if order == "pipe":
        parts = [t] + ([org] if org else []) + ([loc] if loc else [])
        return [("title", " | ".join(parts), dates)]
    if order == "dash":
        return [("title", t + (" – " + orgloc if orgloc else ""), dates)]
    if order == "dateline":
        rows = [("title", t, "")]
        if orgloc:
            rows.append(("org", orgloc, ""))
        rows.append(("date", dates, ""))
        return rows
    if order == "inline":
        return [("title", ", ".join([x for x in (t, org, loc) if x]) + ", " + dates, "")]
    if order == "datefirst":
        return [("title", dates + "\t" + t, ""), ("org", "\t" + orgloc, "")]
    if order == "orgdash":               # 'Employer, Town — Title' then dates right
        return [("title", orgloc + " — " + t, dates)]
    raise ValueError(order)


def body_items(e, d):
    """Body of an entry: list of (kind, text); kind in sub, bullet, para."""
    items = []
    sub = d.get("subheads")
    if e.prose:
        items.append(("para", e.bullets[0]))
        rest = e.bullets[1:]
    else:
        rest = e.bullets
    if rest:
        if sub and (e.ach or e.resp_label):
            items.append(("sub", e.resp_label or sub[0]))
        items += [("bullet", b) for b in rest]
    if e.ach:
        items.append(("sub", sub[1] if sub else "Achievements:"))
        items += [("bullet", b) for b in e.ach]
    return items


def groups(entries, d):
    """For orgfirst layouts: consecutive entries with the same org grouped."""
    if d.get("order") != "orgfirst":
        return [(None, [e]) for e in entries]
    out = []
    for e in entries:
        if out and out[-1][0] is not None and out[-1][0] == (e.org, e.loc):
            out[-1][1].append(e)
        else:
            out.append(((e.org, e.loc), [e]))
    return out
