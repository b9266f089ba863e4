"""Entry type, month counting and date formatting for the wild65 corpus."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON4 = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


class E:
    """One experience entry: gold fields plus rendering hints."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec=None, dtext=None, org_text=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end = start, end
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.prec = prec if prec else (None if start is None else "month")
        self.dtext = dtext          # literal date text, e.g. 'Summer 2022'
        self.org_text = org_text    # how the organisation line is printed if it differs (e.g. 'Acme Ltd, Leeds')

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    iv = sorted((ym(e.start), ym(e.end)) for e in entries if e.start)
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


def months_of(entries):
    return merged_months(entries), merged_months([e for e in entries if e.cs == "facing"])


def fmt1(s, style, present, is_year=False):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if is_year or style == "year":
        return str(y)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}. {y}" if m != 5 else f"May {y}"
    if style == "mon4":
        return f"{MON4[m-1]} {y}"
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
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_dates(e, style, present="Present", sep=" – "):
    if e.dtext:
        return e.dtext
    if e.start is None:
        return ""
    yr = e.prec == "year"
    return fmt1(e.start, style, present, yr) + sep + fmt1(e.end, style, present, yr)
