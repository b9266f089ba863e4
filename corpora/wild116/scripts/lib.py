"""Entry type, month counting and date formatting for wild116."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); prec 'month' or 'year'.
    text: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), sec="work", et="paid",
                 prec="month", text=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.sec, self.et, self.prec, self.text, self.para = sec, et, prec, text, para
        if prec == "year" and start:
            self.start = start[:4] + "-01"
            if end != "present":
                self.end = end[:4] + "-12"

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count_months(intervals):
    """Inclusive months over (start, end) pairs, overlapping ranges merged."""
    iv = sorted((ym_index(a), ym_index(b)) for a, b in intervals)
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


def totals(entries):
    dated = [(e.start, e.end) for e in entries if e.start]
    cs = [(e.start, e.end) for e in entries if e.start and e.cs == "facing"]
    return count_months(dated), count_months(cs)


def fmt(ym, style, present="Present", year_only=False):
    if ym == "present":
        return present
    y, m = int(ym[:4]), int(ym[5:7])
    if year_only or style == "year":
        return str(y)
    return {
        "mon": f"{MON[m-1]} {y}",
        "mon.": f"{MON[m-1]}. {y}" if m != 5 else f"May {y}",
        "month": f"{MONTH[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "mon'yy": f"{MON[m-1]} '{y % 100:02d}",
        "MON": f"{MON[m-1].upper()} {y}",
    }[style]


def drange(e, style, present="Present", sep=" – "):
    if e.text:
        return e.text
    if not e.start:
        return ""
    yo = e.prec == "year"
    a, b = fmt(e.start, style, present, yo), fmt(e.end, style, present, yo)
    return a + sep + b
