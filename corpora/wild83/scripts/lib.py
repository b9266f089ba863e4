"""Entry type, month counting and date formatting for wild83."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


class E:
    """One experience entry. start/end: 'YYYY-MM' (month) or 'YYYY' (year); end may be 'present'.
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), prec="month",
                 sec="work", et="paid", dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(b)
        self.prec, self.sec, self.et, self.dt = prec, sec, et, dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s, is_end=False):
    if s is None:
        return None
    if s == "present":
        s = AS_OF
    if len(s) == 4:
        s = s + ("-12" if is_end else "-01")
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(ranges):
    iv = sorted((a, b) for a, b in ranges if a is not None)
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


def months(entries, only_facing=False):
    rs = []
    for e in entries:
        st, en = e["start"], e["end"]
        if st is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        rs.append((ym_index(st), ym_index(en, True)))
    return merged_months(rs)


def fmt_date(s, style, pw):
    if s == "present":
        return pw
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'' if m == 5 else '.'} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    raise ValueError(style)


def fmt_range(e, style, pw, sep=" – "):
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    a = fmt_date(e.start, style, pw)
    b = fmt_date(e.end, style, pw)
    return a if a == b else f"{a}{sep}{b}"


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return {"file": r["id"] + "." + r["ext"], "family": r["fam"], "as_of": AS_OF,
            "entries": ents, "total_months": months(ents),
            "cs_months": months(ents, only_facing=True)}


def all_entries(r):
    out = []
    for it in r["body"]:
        if it[0] == "e":
            out.extend(it[2])
    return out


def entry_rows(e, r, prev_org=None):
    """Header rows for an entry: list of (left, right, style). style: b / i / n / h (org heading)."""
    d = fmt_range(e, r.get("ds", "mon"), r.get("pw", "Present"), r.get("sep", " – "))
    hdr = r.get("hdr", "title_org")
    org, loc, t = e.org, e.loc, e.title
    ol = ", ".join(x for x in (org, loc) if x)
    if hdr == "title_org":
        rows = [(t, d, "b")]
        if ol:
            rows.append((ol, None, "i"))
        return rows
    if hdr == "org_title":
        return [(ol or t, d, "b")] + ([(t, None, "i")] if ol else [])
    if hdr == "dash":
        return [(f"{t} – {ol}" if ol else t, d, "b")]
    if hdr == "pipe":
        return [(" | ".join(x for x in (t, org, loc) if x), d, "b")]
    if hdr == "dateline":
        rows = [(t, None, "b")]
        if ol:
            rows.append((ol, None, "n"))
        return rows + [(d, None, "i")]
    if hdr == "datesfirst":
        return [(f"{d}   {t}", None, "b")] + ([(ol, None, "i")] if ol else [])
    if hdr == "labelled":
        rows = [("Designation: " + t, None, "b")]
        if ol:
            rows.append(("Company: " + ol, None, "n"))
        return rows + [("Duration: " + d, None, "n")]
    if hdr == "inline":
        return [(f"{t}, {ol} ({d})" if ol else f"{t} ({d})", None, "b")]
    if hdr == "orgfirst":
        rows = []
        if org != prev_org or org is None:
            rows.append((ol.upper() if r.get("caps") else ol, None, "h"))
        return rows + [(t, d, "b")]
    raise ValueError(hdr)
