"""Entry type, month counting and date formatting for wild104."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); prec 'month' or 'year'.
    dtext: literal date text to print instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, ptitle=None, porg=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.prec, self.section, self.etype, self.dtext = prec, section, etype, dtext
        self.ptitle = ptitle or title  # printed title (may carry the original-language title)
        self.porg = porg or org        # printed organisation line

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def idx(s):
    y, m = ym(s)
    return y * 12 + m - 1


def months(entries):
    iv = sorted((idx(e.start), idx(e.end)) for e in entries if e.start)
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


def fmt1(s, style, present):
    if s == "present":
        return present
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, present, sep=" – "):
    if e.dtext:
        return e.dtext
    st = "year" if e.prec == "year" else style
    if e.prec == "year" and e.end != "present":
        a, b = e.start[:4], e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt1(e.start, st, present)}{sep}{fmt1(e.end, st, present)}"
