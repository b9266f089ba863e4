"""Entry type, month counting and French date formatting for wild96."""
AS_OF = "2026-11"

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
        "oct.", "nov.", "déc."]
ABBR3 = ["jan", "fév", "mar", "avr", "mai", "juin", "juil", "août", "sep", "oct", "nov", "déc"]


class E:
    """One experience entry. start/end are 'YYYY-MM' (end may be 'present').
    dtext: literal date text printed instead of the formatted range (seasons etc.).
    note: contract note printed next to the title (CDD, intérim...), not part of the title."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section="work",
                 etype="paid", prec="month", dtext=None, note=None, para=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(bullets)
        self.section, self.etype, self.prec = section, etype, prec
        self.dtext, self.note, self.para = dtext, note, para

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end,
                "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype,
                "bullets": self.bullets, "cs": self.cs,
                "kind": self.kind if self.cs == "facing" else None}


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive months, overlapping intervals merged."""
    iv = sorted((idx(e["start"]), idx(e["end"])) for e in entries if e["start"])
    total, cur = 0, None
    for s, t in iv:
        if cur is None or s > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [s, t]
        else:
            cur[1] = max(cur[1], t)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def fmt(ym, style):
    y, m = ym.split("-")
    y, m = int(y), int(m)
    if style == "mois":
        return f"{MOIS[m-1]} {y}"
    if style == "Mois":
        return f"{MOIS[m-1].capitalize()} {y}"
    if style == "abbr":
        return f"{ABBR[m-1]} {y}"
    if style == "Abbr":
        return f"{ABBR[m-1].capitalize()} {y}"
    if style == "abbr3":
        return f"{ABBR3[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "quote":
        return f"{ABBR3[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def date_range(e, style, present, rng="dash"):
    if e.dtext is not None:
        return e.dtext
    if not e.start:
        return ""
    st = "year" if e.prec == "year" else style
    s = fmt(e.start, st)
    t = present if e.end == "present" else fmt(e.end, st)
    if rng == "dash":
        return f"{s} – {t}"
    if rng == "hyphen":
        return f"{s} - {t}"
    if rng == "a":
        return f"{s} à {t}"
    if rng == "de_a":
        if e.end == "present":
            return f"Depuis {s}"
        de = "D'" if s[0].lower() in "aeiouéèâ" else "De "
        return f"{de}{s} à {t}"
    if rng == "du_au":
        return f"du {s} au {t}"
    if rng == "slash":
        return f"{s} / {t}"
    raise ValueError(rng)
