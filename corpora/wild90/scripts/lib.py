"""Entry type, month counting and date formatting for wild90."""
AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


class E:
    """One experience entry. start/end 'YYYY-MM' (end may be 'present'); dt = literal date text."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dt=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.dt, self.para = section, etype, dt, para

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(ranges):
    """Inclusive months over (start, end) pairs, overlaps merged."""
    iv = sorted((ym(a), ym(b)) for a, b in ranges if a)
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


def fmt(s, style, present="Present"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    return {"mon": f"{MON[m-1]} {y}", "mon.": f"{MON[m-1]}. {y}", "month": f"{MONTH[m-1]} {y}",
            "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}", "iso": f"{y}-{m:02d}",
            "m.yyyy": f"{m}.{y}", "apos": f"{MON[m-1]} '{y % 100:02d}", "year": f"{y}",
            "MON": f"{MON[m-1].upper()} {y}"}[style]


def daterange(e, style, present="Present", sep=" – "):
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    return f"{fmt(e.start, style, present)}{sep}{fmt(e.end, style, present)}"


def gold_line(r):
    es = r.entries()
    return {"file": r.file, "family": r.family, "as_of": AS_OF, "entries": [e.gold() for e in es],
            "total_months": months([(e.start, e.end) for e in es]),
            "cs_months": months([(e.start, e.end) for e in es if e.cs == "facing"])}


class R:
    """One résumé: header, optional sidebar blocks, main blocks.

    blocks: ('h', text) heading, ('p', text) paragraph, ('ul', [items]) list, ('x', [E...]) entries.
    """

    def __init__(self, file, family, name, contact, blocks, side=(), renderer=None, layout="plain",
                 hdr="title_org", dates="mon", present="Present", sep=" – ", bullet="•", code=None,
                 footer=None, headline=None, **kw):
        self.file, self.family, self.name, self.contact = file, family, name, list(contact)
        self.blocks, self.side = list(blocks), list(side)
        self.renderer = renderer or file.rsplit(".", 1)[1]
        self.layout, self.hdr, self.dates, self.present, self.sep = layout, hdr, dates, present, sep
        self.bullet, self.footer, self.headline, self.kw = bullet, footer, headline, kw
        self.code = code or f"{self.renderer}, {layout}/{hdr}, {dates} / '{present}'"

    def entries(self):
        return [e for kind, v in self.blocks if kind == "x" for e in v]

    def dr(self, e):
        return daterange(e, self.dates, self.present, self.sep)

    def entry_lines(self, es):
        """Abstract lines for a group of entries: (style, left, right); style T/S/B/P."""
        out, h = [], self.hdr
        last_org = object()
        for e in es:
            d = self.dr(e)
            ol = ", ".join(x for x in (e.org, e.loc) if x)
            if h == "title_org":
                out += [("T", e.title, d), ("S", ol, "")] if ol else [("T", e.title, d)]
            elif h == "org_title":
                out += [("T", ol, d), ("S", e.title, "")] if ol else [("T", e.title, d)]
            elif h == "dash":
                out.append(("T", f"{e.title} – {ol}" if ol else e.title, d))
            elif h == "pipe":
                out.append(("T", " | ".join(x for x in (e.title, e.org, e.loc) if x), d))
            elif h == "dateline":
                out.append(("T", e.title, ""))
                if ol:
                    out.append(("S", ol, ""))
                out.append(("S", d, ""))
            elif h == "inline":
                out.append(("T", ", ".join(x for x in (e.title, e.org, e.loc, d) if x), ""))
            elif h == "datesfirst":
                out.append(("T", f"{d}   {e.title}", ""))
                if ol:
                    out.append(("S", ol, ""))
            elif h == "labelled":
                out.append(("T", f"Position: {e.title}", ""))
                if e.org:
                    out.append(("S", f"Employer: {ol}", ""))
                out.append(("S", f"Dates: {d}", ""))
            elif h == "orgfirst":
                if e.org != last_org:
                    out.append(("T", ol or e.title, ""))
                out.append(("S", e.title, d))
            last_org = e.org
            if e.para:
                if e.bullets:
                    out.append(("P", " ".join(b if b.endswith(".") else b + "." for b in e.bullets), ""))
            else:
                out += [("B", b, "") for b in e.bullets]
            out.append(("G", "", ""))
        return out
