"""Shared helpers for wild145: entry objects, date formatting and month counting."""
AS_OF = "2026-11"

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One gold experience entry plus how it is printed.

    start/end are 'YYYY-MM' (end may be 'present'); prec 'month' or 'year';
    dt = literal date text printed instead of the formatted range;
    note = an extra printed line that is not a duty (hours, contract type);
    hdr = per-entry override of the résumé's entry-header style."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, note=None, hdr=None, tag=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dt, self.note, self.hdr, self.tag = dt, note, hdr, tag
        if start is None:
            self.prec = None

    def gold(self):
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end, "date_precision": self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind,
        }


class Group:
    """Entries printed together under a label.

    mode 'label': a sub-heading ("Concurrent roles") with full entries beneath;
    mode 'org': the label is the employer (entries print title and dates only)."""

    def __init__(self, label, items, mode="label", right=None, intro=None):
        self.label, self.items, self.mode, self.right, self.intro = label, items, mode, right, intro


class Item:
    """A non-entry block that looks like one (education, certificate, project)."""

    def __init__(self, left, right=None, sub=None, bullets=()):
        self.left, self.right, self.sub, self.bullets = left, right, sub, list(bullets)


class P:
    def __init__(self, text):
        self.text = text


class L:
    def __init__(self, items):
        self.items = list(items)


def entries_of(doc):
    out = []

    def walk(x):
        if isinstance(x, E):
            out.append(x)
        elif isinstance(x, Group):
            for y in x.items:
                walk(y)
        elif isinstance(x, list):
            for y in x:
                walk(y)

    for sec in doc["sections"]:
        walk(sec[1])
    return out


# ---------------------------------------------------------------- dates
def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def fmt_ym(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return a if a == b else f"{a}{sep}{b}"


def span(e):
    """Inclusive month interval (as month ordinals) of a dated entry."""
    if e.start is None:
        return None
    y, m = ym(e.start)
    a = y * 12 + m - 1
    if e.prec == "year" and e.end != "present":
        b = int(e.end[:4]) * 12 + 11
    else:
        y2, m2 = ym(e.end)
        b = y2 * 12 + m2 - 1
    return a, b


def merged_months(ents):
    iv = sorted(s for s in (span(e) for e in ents) if s)
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


def duration(e):
    """LinkedIn-style '2 yrs 3 mos' for a printed range."""
    s = span(e)
    n = s[1] - s[0] + 1
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts)


def gold_line(doc):
    ents = entries_of(doc)
    return {
        "file": doc["file"], "family": doc["family"], "as_of": AS_OF,
        "entries": [e.gold() for e in ents],
        "total_months": merged_months(ents),
        "cs_months": merged_months([e for e in ents if e.cs == "facing"]),
    }


# ---------------------------------------------------------------- entry header rows
def loc_join(*parts):
    return ", ".join(p for p in parts if p)


def header_rows(e, doc, in_org_group=False):
    """Rows (text, right_text, style) for an entry header; style in b/i/n/g."""
    style = e.hdr or doc.get("hdr", "title_org")
    d = fmt_range(e, doc.get("ds", "mon"), doc.get("present", "Present"), doc.get("sep", " – "))
    if in_org_group:
        if style == "oneline":
            return [(f"{e.title}, {d}", None, "n")]
        return [(e.title, d, "b")] + ([(e.loc, None, "i")] if e.loc and doc.get("group_loc") else [])
    org = e.org or ""
    if style == "title_org":
        return [(e.title, d, "b"), (loc_join(org, e.loc), None, "i")]
    if style == "org_title":
        return [(loc_join(org, e.loc), d, "b"), (e.title, None, "i")]
    if style == "dash":
        return [(f"{e.title} – {loc_join(org, e.loc)}" if org or e.loc else e.title, d, "b")]
    if style == "pipe":
        return [(" | ".join(x for x in (e.title, org, e.loc) if x), d, "b")]
    if style == "at":
        return [(f"{e.title} at {org}" if org else e.title, d, "b")] + ([(e.loc, None, "i")] if e.loc else [])
    if style == "oneline":
        return [(", ".join(x for x in (e.title, org, e.loc, d) if x), None, "n")]
    if style == "dateline":
        return [(e.title, None, "b"), (loc_join(org, e.loc), None, "n"), (d, None, "i")]
    if style == "caps":
        return [(f"{org}, {e.loc}" if e.loc else org, d, "b"), (e.title, None, "i")]
    if style == "linkedin":
        et = {"paid": doc.get("li_paid", "Part-time"), "freelance": "Self-employed", "volunteer": "Volunteer",
              "internship": "Internship"}.get(e.etype, "")
        et = e.tag or et
        rows = [(e.title, None, "b"), (f"{org} · {et}" if et else org, None, "n")]
        rows.append((f"{d} · {duration(e)}", None, "g"))
        if e.loc:
            rows.append((e.loc, None, "g"))
        return rows
    raise ValueError(style)
