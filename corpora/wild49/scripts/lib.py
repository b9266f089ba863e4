"""Entry type, date parsing/formatting and month counting for wild49."""
import re
from dataclasses import dataclass, field

AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SEASONS = {"summer": (6, 8), "spring": (3, 5), "autumn": (9, 11), "fall": (9, 11)}


@dataclass
class E:
    title: str
    org: object
    loc: object
    start: object
    end: object
    prec: object
    cs: str
    kind: object
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    datetext: object = None   # literal date text printed instead of the formatted range
    prose: bool = False       # print duties as one paragraph instead of bullets

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.section, "employment_type": self.etype,
                "bullets": list(self.bullets), "cs": self.cs, "kind": self.kind}


def e(title, org, loc, dates, cs, kind=None, bullets=(), **kw):
    """dates: 'YYYY-MM..YYYY-MM|present', 'YYYY..YYYY|present' (year precision),
    'summer YYYY' (season, month precision) or None (undated)."""
    if dates is None:
        s = en = prec = None
    else:
        m = re.fullmatch(r"(summer|spring|autumn|fall) (\d{4})", dates)
        if m:
            a, b = SEASONS[m.group(1)]
            y = m.group(2)
            s, en, prec = f"{y}-{a:02d}", f"{y}-{b:02d}", "month"
            kw.setdefault("datetext", f"{m.group(1).capitalize()} {y}")
        else:
            a, b = dates.split("..")
            if re.fullmatch(r"\d{4}", a):
                prec = "year"
                s = a + "-01"
                en = "present" if b == "present" else b + "-12"
            else:
                prec, s, en = "month", a, b
    return E(title, org, loc, s, en, prec, cs, kind, list(bullets), **kw)


def _idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    seen = set()
    for x in entries:
        st, en = (x["start"], x["end"]) if isinstance(x, dict) else (x.start, x.end)
        cs = x["cs"] if isinstance(x, dict) else x.cs
        if st is None or (facing_only and cs != "facing"):
            continue
        seen.update(range(_idx(st), _idx(en) + 1))
    return len(seen)


def fmt_ym(ym, style, present):
    if ym == "present":
        return present
    y, m = ym.split("-")
    m = int(m)
    name = MONTHS[m - 1]
    if style == "month":
        return f"{name} {y}"
    if style == "mon":
        return f"{name[:3]} {y}"
    if style == "mon.":
        return f"{name[:3]}{'' if m == 5 else '.'} {y}"
    if style == "MON":
        return f"{name[:3].upper()} {y}"
    if style == "mon'yy":
        return f"{name[:3]}'{y[2:]}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "mon-yy":
        return f"{name[:3]}-{y[2:]}"
    raise ValueError(style)


def fmt_range(x, r):
    if x.datetext:
        return x.datetext
    if x.start is None:
        return ""
    sep, present, style = r.get("sep", " – "), r.get("present", "Present"), r.get("datefmt", "mon")
    if x.prec == "year":
        a = x.start[:4]
        b = present if x.end == "present" else x.end[:4]
    else:
        a, b = fmt_ym(x.start, style, present), fmt_ym(x.end, style, present)
    return f"{a}{sep}{b}"
