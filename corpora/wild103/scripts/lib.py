"""Entry type, month counting and date formatting for wild103."""
AS_OF = "2026-11"

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}
ABBR = {
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}


class E:
    """One experience entry. start/end are 'YYYY-MM' (or 'present' for end); prec month/year.
    dtext overrides the printed date text (e.g. 'Verano 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), prec="month",
                 section="work", etype="paid", dtext=None, note=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.prec = start, end, prec
        self.cs, self.kind = cs, kind
        self.bullets = list(bullets)
        self.section, self.etype = section, etype
        self.dtext, self.note = dtext, note

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec if self.start else None,
                "section": self.section, "employment_type": self.etype, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym_index(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months_union(ranges):
    """ranges: list of (start, end) 'YYYY-MM'/'present'; inclusive, overlaps merged."""
    iv = sorted((ym_index(a), ym_index(b)) for a, b in ranges if a)
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
    allr = [(e["start"], e["end"]) for e in entries if e["start"]]
    csr = [(e["start"], e["end"]) for e in entries if e["start"] and e["cs"] == "facing"]
    return months_union(allr), months_union(csr)


def fmt_one(s, style, lang, present, is_end=False):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if style == "year":
        return str(y)
    if style == "mon":
        return f"{ABBR[lang][m-1]} {y}"
    if style == "Mon":
        a = ABBR[lang][m-1]
        return f"{a[0].upper()}{a[1:]} {y}"
    if style == "month":
        return f"{MONTHS[lang][m-1]} {y}"
    if style == "Month":
        a = MONTHS[lang][m-1]
        return f"{a[0].upper()}{a[1:]} {y}"
    if style == "de_month":  # 'März 2019'
        return f"{MONTHS[lang][m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mm-yyyy":
        return f"{m:02d}-{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "yyyy/mm":
        return f"{y}/{m:02d}"
    if style == "mon'yy":
        return f"{ABBR[lang][m-1].rstrip('.')} '{str(y)[2:]}"
    raise ValueError(style)


def fmt_range(e, style, lang, present, sep=" – ", prefix=None):
    if e.dtext:
        return e.dtext
    if e.prec == "year":
        a = e.start[:4]
        b = present if e.end == "present" else e.end[:4]
        return a if a == b else f"{a}{sep}{b}"
    a = fmt_one(e.start, style, lang, present)
    b = fmt_one(e.end, style, lang, present, True)
    if prefix:  # e.g. ('desde', 'hasta') / ('van', 'tot')
        return f"{prefix[0]} {a} {prefix[1]} {b}".strip()
    return f"{a}{sep}{b}"
