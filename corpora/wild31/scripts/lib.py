"""Entry type, date formatting (many countries' habits) and month counting for wild31."""
import calendar
import re
from dataclasses import dataclass, field

AS_OF = "2026-11"

KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


@dataclass
class E:
    title: str
    org: object          # str or None, as printed
    loc: object          # str or None
    start: object        # 'YYYY-MM' or None
    end: object          # 'YYYY-MM', 'present' or None
    cs: str = "none"
    kind: object = None
    bullets: list = field(default_factory=list)
    prec: object = "month"
    section: str = "work"
    etype: str = "paid"
    dates: object = None  # literal printed date text (seasons, odd wording)
    prose: bool = False   # print duties as one paragraph instead of bullets
    tp: object = None     # printed title text when it differs (must contain title)
    op: object = None     # printed organisation text when it differs (must contain org)
    extra: list = field(default_factory=list)   # printed lines that are not duties (e.g. 'Reason for leaving')
    sd: int = 1           # day of month for dd.mm.yyyy styles
    ed: int = 0           # 0 = last day of end month

    def gold(self):
        undated = self.start is None
        return {
            "title": self.title, "organization": self.org, "location": self.loc,
            "start": self.start, "end": self.end,
            "date_precision": None if undated else self.prec,
            "section": self.section, "employment_type": self.etype,
            "bullets": list(self.bullets), "cs": self.cs,
            "kind": self.kind if self.cs == "facing" else None,
        }


MONTHS = {
    "en": ("January February March April May June July August September October November December",
           "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "ene feb mar abr may jun jul ago sep oct nov dic"),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "jan fev mar abr mai jun jul ago set out nov dez"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "gen feb mar apr mag giu lug ago set ott nov dic"),
    "tr": ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
           "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
    "ro": ("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
           "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec."),
    "pl": ("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
           "sty lut mar kwi maj cze lip sie wrz paź lis gru"),
}


def _split(s):
    y, m = s.split("-")
    return int(y), int(m)


def fmt_point(s, style, lang="en", cap=False, day=1):
    """One month as printed in a given style."""
    y, m = _split(s)
    full, abbr = (x.split() for x in MONTHS[lang])
    if style == "month":
        t = f"{full[m - 1]} {y}"
    elif style == "month_de":          # 'de março de 2020' style is handled by template; here 'março de 2020'
        t = f"{full[m - 1]} de {y}"
    elif style == "mon":
        t = f"{abbr[m - 1]} {y}"
    elif style == "mon.":              # English with a full stop: 'Jan. 2020', 'May 2020'
        a = abbr[m - 1]
        t = f"{a}{'' if a == 'May' else '.'} {y}"
    elif style == "mon'yy":
        t = f"{abbr[m - 1]}'{y % 100:02d}"
    elif style == "mon-yyyy":
        t = f"{abbr[m - 1]}-{y}"
    elif style == "mon/yyyy":
        t = f"{abbr[m - 1]}/{y}"
    elif style == "mm/yyyy":
        t = f"{m:02d}/{y}"
    elif style == "m/yyyy":
        t = f"{m}/{y}"
    elif style == "mm.yyyy":
        t = f"{m:02d}.{y}"
    elif style == "mm-yyyy":
        t = f"{m:02d}-{y}"
    elif style == "yyyy.mm":
        t = f"{y}.{m:02d}"
    elif style == "yyyy/mm":
        t = f"{y}/{m:02d}"
    elif style == "yyyy-mm":
        t = f"{y}-{m:02d}"
    elif style == "dd.mm.yyyy":
        t = f"{day:02d}.{m:02d}.{y}"
    elif style == "dd/mm/yyyy":
        t = f"{day:02d}/{m:02d}/{y}"
    else:
        raise ValueError(style)
    if cap:
        t = t[0].upper() + t[1:]
    return t


def fmt_dates(e, ds):
    """Date text for an entry under a résumé's date style dict ds.

    ds keys: style, lang, cap, present, sep, open (template with {s} and {p}), closed ({s},{e}),
    year_open / year_closed for year-precision entries, single ({s}) for one-month entries."""
    if e.dates is not None:
        return e.dates
    if e.start is None:
        return ""
    sep = ds.get("sep", " – ")
    present = ds.get("present", "Present")
    if e.prec == "year":
        s = e.start[:4]
        if e.end == "present":
            return ds.get("year_open", ds.get("open", "{s}{sep}{p}")).format(s=s, p=present, sep=sep)
        en = e.end[:4]
        if s == en:
            return s
        return ds.get("year_closed", "{s}{sep}{e}").format(s=s, e=en, sep=sep)
    style, lang, cap = ds.get("style", "mon"), ds.get("lang", "en"), ds.get("cap", False)
    s = fmt_point(e.start, style, lang, cap, e.sd)
    if e.end == "present":
        return ds.get("open", "{s}{sep}{p}").format(s=s, p=present, sep=sep)
    y, m = _split(e.end)
    last = e.ed or calendar.monthrange(y, m)[1]
    en = fmt_point(e.end, style, lang, cap, last)
    if e.end == e.start and "dd" not in style:
        return ds.get("single", "{s}").format(s=s)
    return ds.get("closed", "{s}{sep}{e}").format(s=s, e=en, sep=sep)


def _ym(s):
    y, m = _split(AS_OF if s == "present" else s)
    return y * 12 + m - 1


def count_months(intervals):
    """intervals: iterable of (start, end) strings; inclusive months, overlaps merged."""
    ivs = sorted((_ym(a), _ym(b)) for a, b in intervals)
    total, cur = 0, None
    for a, b in ivs:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months_of(gold_entries, facing_only=False):
    return count_months((g["start"], g["end"]) for g in gold_entries
                        if g["start"] and (not facing_only or g["cs"] == "facing"))


_SEP_END = re.compile(r"(\s*[,|·•/–—-]\s*|\s+at\s*|\s+@\s*|\s*\(\s*\))+$")
_SEP_START = re.compile(r"^(\s*[,|·•/–—-]\s*|\s*at\s+|\s*\(\s*\))+")


def fill(tpl, e, dates):
    """Fill a head template; fields that are None vanish together with their separators."""
    if tpl is None:
        return ""
    vals = {"title": e.tp or e.title, "org": e.op or e.org or "", "loc": e.loc or "", "dates": dates or ""}
    # drop a separator that sits next to an empty field
    t = tpl
    for k, v in vals.items():
        if not v:
            t = re.sub(r"\s*[,|·–—/]\s*\{%s\}" % k, "", t)
            t = re.sub(r"\{%s\}\s*[,|·–—/]\s*" % k, "", t)
            t = re.sub(r"\(\{%s\}\)" % k, "", t)
            t = re.sub(r"\s+at\s+\{%s\}" % k, "", t)
    t = t.format(**vals)
    t = _SEP_END.sub("", t.strip())
    t = _SEP_START.sub("", t)
    return t.strip()


def gold_line(R):
    entries = [e.gold() for e in all_entries(R)]
    return {
        "file": R["file"], "family": R["family"], "as_of": AS_OF, "entries": entries,
        "total_months": months_of(entries), "cs_months": months_of(entries, True),
    }


def all_entries(R):
    out = []
    for b in R["body"]:
        if b[0] == "jobs":
            out.extend(b[1])
        elif b[0] == "orgjobs":
            out.extend(b[3])
    return out
