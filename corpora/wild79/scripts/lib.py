"""Entry type, month counting and date formatting for wild79."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' with prec='year'), end may be 'present'.
    dtext: literal date text printed instead of the formatted range."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, show_org=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.prec, self.section, self.etype, self.dtext = prec, section, etype, dtext
        if start is None:
            self.start = self.end = None
            self.prec = None
        elif prec == "year":
            self.start = f"{start}-01"
            self.end = "present" if end == "present" else f"{end}-12"
            self._ys, self._ye = str(start), str(end)
        else:
            self.start, self.end = start, end

    def gold(self, caps=False):
        up = (lambda s: s.upper() if (caps and s) else s)
        return {"title": up(self.title), "organization": up(self.org), "location": up(self.loc),
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": [up(b) for b in self.bullets], "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    iv = []
    for e in entries:
        st, en = (e["start"], e["end"]) if isinstance(e, dict) else (e.start, e.end)
        cs = e["cs"] if isinstance(e, dict) else e.cs
        if st is None or (only_facing and cs != "facing"):
            continue
        iv.append((ym(st), ym(en)))
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


def fmt_one(s, style, present="Present"):
    if s == "present":
        return present
    y, m = s.split("-")
    mi = int(m) - 1
    return {
        "mon": f"{MON[mi]} {y}",
        "mon.": f"{MON[mi]}. {y}" if mi != 4 else f"May {y}",
        "month": f"{MONTH[mi]} {y}",
        "MON": f"{MON[mi].upper()} {y}",
        "mm/yyyy": f"{m}/{y}",
        "m/yyyy": f"{mi + 1}/{y}",
        "yyyy-mm": f"{y}-{m}",
        "m.yyyy": f"{mi + 1}.{y}",
        "mm.yyyy": f"{m}.{y}",
        "apos": f"{MON[mi]} '{y[2:]}",
        "monyy": f"{MON[mi]}-{y[2:]}",
    }[style]


def fmt_range(e, style="mon", present="Present", sep=" – "):
    if e.dtext is not None:
        return e.dtext
    if e.start is None:
        return ""
    if e.prec == "year":
        return e._ys + sep + (present if e.end == "present" else e._ye) if e._ys != e._ye else e._ys
    return fmt_one(e.start, style, present) + sep + fmt_one(e.end, style, present)
