"""Entry type, month counting and date formatting for wild97 (Spanish / Portuguese CVs)."""
AS_OF = "2026-11"

KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' when prec='year'); end may be 'present'.
    dt = literal date text printed instead of the formatted range (e.g. 'Verão 2022')."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec="work", et="paid",
                 prec="month", dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.bullets = list(b)
        self.sec, self.et, self.prec, self.dt = sec, et, prec, dt

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec if self.start else None,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def _idx(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def span(g):
    """(first, last) month index of a gold entry dict, or None if undated."""
    if not g["start"]:
        return None
    s, e = g["start"], g["end"]
    if g["date_precision"] == "year":
        s = s + "-01"
        e = AS_OF if e == "present" else e + "-12"
    else:
        e = AS_OF if e == "present" else e
    return _idx(s), _idx(e)


def months(entries):
    spans = sorted(x for x in (span(g) for g in entries) if x)
    tot, cur = 0, None
    for a, b in spans:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


MON = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
MONTH = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}


def fdate(ym, ds):
    """Format 'YYYY-MM' in date style ds: dict(f=..., lang=..., cap=bool)."""
    f, lang = ds.get("f", "mon"), ds.get("lang", "es")
    y, m = ym.split("-")
    mi = int(m) - 1
    cap = (lambda s: s[:1].upper() + s[1:]) if ds.get("cap") else (lambda s: s)
    if f == "mon":
        return f"{cap(MON[lang][mi])} {y}"
    if f == "mon.":
        return f"{cap(MON[lang][mi])}. {y}"
    if f == "mon/":
        return f"{cap(MON[lang][mi])}/{y}"
    if f == "month":
        return f"{cap(MONTH[lang][mi])} {y}"
    if f == "month_de":
        return f"{cap(MONTH[lang][mi])} de {y}"
    if f == "mm/yyyy":
        return f"{m}/{y}"
    if f == "m/yyyy":
        return f"{int(m)}/{y}"
    if f == "yyyy-mm":
        return f"{y}-{m}"
    if f == "m.yyyy":
        return f"{int(m)}.{y}"
    if f == "mm.yyyy":
        return f"{m}.{y}"
    if f == "mon'yy":
        return f"{cap(MON[lang][mi])} '{y[2:]}"
    raise ValueError(f)


def frange(e, ds):
    """Printed date range of entry e under date style ds."""
    if e.dt is not None:
        return e.dt
    if not e.start:
        return ""
    sep, pres = ds.get("sep", " – "), ds.get("pres", "Actualidad")
    if e.prec == "year":
        s = e.start
        en = pres if e.end == "present" else e.end
        if s == en:
            return s
        return f"{s}{sep}{en}"
    s = fdate(e.start, ds)
    en = pres if e.end == "present" else fdate(e.end, ds)
    tpl = ds.get("tpl")
    if tpl:
        return tpl.format(s=s, e=en)
    return f"{s}{sep}{en}"
