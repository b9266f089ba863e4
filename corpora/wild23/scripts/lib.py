"""Entries, month counting and date formatting for wild23."""
import re

AS_OF = "2026-11"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM' (month), 'YYYY' (year precision),
    'present' (end only) or None (undated). `datetext` prints a literal date text instead
    of the formatted range (e.g. 'Summer 2008'); `line` prints the whole entry as one
    literal line (earlier career summarised); `prose` prints the bullets as a paragraph."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(),
                 section="work", etype="paid", datetext=None, line=None, prose=False,
                 group=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.datetext, self.line, self.prose = datetext, line, prose
        self.group = group  # org heading override for org-first layouts
        self.raw_start, self.raw_end = start, end
        if start is None:
            self.start = self.end = self.prec = None
        elif re.fullmatch(r"\d{4}", start):
            self.prec = "year"
            self.start = start + "-01"
            if end == "present":
                self.end = "present"
            else:
                assert re.fullmatch(r"\d{4}", end), (title, end)
                self.end = end + "-12"
        else:
            assert re.fullmatch(r"\d{4}-\d{2}", start), (title, start)
            assert end == "present" or re.fullmatch(r"\d{4}-\d{2}", end), (title, end)
            self.prec = "month"
            self.start, self.end = start, end

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


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(entries):
    """Inclusive months, overlaps merged. entries: iterable of (start, end) strings."""
    months = set()
    for s, e in entries:
        if s is None:
            continue
        a, b = ym_index(s), ym_index(e)
        months.update(range(a, b + 1))
    return len(months)


def totals(gold_entries):
    dated = [(g["start"], g["end"]) for g in gold_entries]
    facing = [(g["start"], g["end"]) for g in gold_entries if g["cs"] == "facing"]
    return count_months(dated), count_months(facing)


def fmt_ym(s, style):
    y, m = s.split("-")
    y, m = int(y), int(m)
    name = MONTHS[m - 1]
    if style == "month":
        return f"{name} {y}"
    if style == "MONTH":
        return f"{name.upper()} {y}"
    if style == "mon":
        return f"{name[:3]} {y}"
    if style == "monuk":  # Sept
        return f"{'Sept' if m == 9 else name[:3]} {y}"
    if style == "mon.":  # AP-ish: Jan. 2019, May 2019, June 2019, Sept. 2019
        ap = {3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 9: "Sept."}
        return f"{ap.get(m, name[:3] + '.')} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon'yy":
        return f"{name[:3]}'{y % 100:02d}"
    if style == "mon-yy":
        return f"{name[:3]}-{y % 100:02d}"
    if style == "mon yyyy,":
        return f"{name[:3]}, {y}"
    raise ValueError(style)


def fmt_range(e, style, sep=" – ", present="Present"):
    if e.datetext:
        return e.datetext
    if e.start is None:
        return ""
    if e.prec == "year":
        a = e.raw_start
        b = present if e.end == "present" else e.raw_end
        return f"{a}{sep}{b}"
    a = fmt_ym(e.start, style)
    b = present if e.end == "present" else fmt_ym(e.end, style)
    return f"{a}{sep}{b}"
