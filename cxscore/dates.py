"""Find the date ranges résumés write beside each role and turn them into months of experience.

Every line of every résumé passes through `find_date_ranges`, so the scan is built to be cheap:
a digit check rejects most lines, then one precompiled regex finds date-like tokens ("Jan 2019",
"06/2017", "01/09/2019", "2015", "'19", "Present", ...) and a little plain code pairs
neighbouring tokens joined by a separator into ranges. Tokens that only make sense inside a range
(a bare year in running text, "'19", "Sep-19", a bare month, the "17" of "2015–17", a full date
such as an order date) are dropped when unpaired, because a missed date costs less than months
invented from "served 2019 customers".

Month arithmetic works on month indices (`year * 12 + month - 1`); intervals are inclusive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from itertools import pairwise
from typing import Any

from cxscore.document import Span
from cxscore.lexicon import MONTH_ABBREVIATIONS

WARN_REVERSED = "reversed range swapped"
WARN_AFTER_AS_OF = "date after as-of"
WARN_BEFORE_1950 = "date before 1950"

# A year written alone (not in a range, no month) must fall in this window to count.
MIN_LONE_YEAR = 1950
MAX_YEAR = 2099
# Without an as-of date, two-digit years up to this value are 20YY, the rest 19YY.
DEFAULT_TWO_DIGIT_CUTOFF = 49
# "2015–17": the short end year may lie at most this many years after the start.
_MAX_SHORT_SPAN = 20


class Precision(StrEnum):
    """How finely a date was written."""

    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    NONE = "none"


_COARSENESS = {Precision.NONE: -1, Precision.MONTH: 0, Precision.SEASON: 1, Precision.YEAR: 2}


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date written to month, season or year precision.

    `month` is None exactly when precision is YEAR; a season carries its month (Spring=3,
    Summer=6, Fall/Autumn=9, Winter=1). Ordering compares fields in turn, so comparing a
    year-only date with a dated month of the same year raises TypeError; sort such mixes by
    `(year, month or 0)` instead.
    """

    year: int
    month: int | None
    precision: Precision

    def __post_init__(self) -> None:
        if self.precision == Precision.NONE or (self.month is None) != (
            self.precision == Precision.YEAR
        ):
            raise ValueError(f"month {self.month!r} does not fit precision {self.precision!r}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1-12, got {self.month}")

    def iso(self) -> str:
        """ "2019-01" for month or season precision, "2019" for a year-only date."""
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class DateRange:
    """One date or date range found in text.

    `start` is always set for ranges this module finds. A range ending "Present" has
    `end=None, present=True`; "Since May 2019" reads the same way. A lone written date
    ("2018", "May 2018") has `single=True` and `end=None`: it says when, not for how long, so
    `month_interval` gives it no months; a season alone ("Summer 2019") is instead the range of
    its three months (June to August). `span` covers the whole match, including a leading
    "from"/"since".
    """

    start: PartialDate | None
    end: PartialDate | None
    present: bool
    span: Span
    precision: Precision
    single: bool
    warnings: tuple[str, ...] = ()


# --- month arithmetic -------------------------------------------------------------------------


def month_index(year: int, month: int) -> int:
    """Months since year 0: `year * 12 + (month - 1)`."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month}")
    return year * 12 + (month - 1)


def index_to_iso(index: int) -> str:
    """The "YYYY-MM" of a month index."""
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


_AS_OF = re.compile(r"\s*(\d{4})-(\d{1,2})\s*")


def parse_as_of(text: str) -> tuple[int, int]:
    """Parse an as-of month such as "2026-11" into (2026, 11); ValueError if malformed."""
    match = _AS_OF.fullmatch(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"as-of date must be a month written YYYY-MM, e.g. 2026-11; got {text!r}")
    return int(match.group(1)), int(match.group(2))


def month_interval(r: DateRange, as_of: tuple[int, int]) -> tuple[int, int] | None:
    """Inclusive (first, last) month indices a range covers, or None if it covers no months.

    A range needs both a start and an end ("present" ends at the as-of month); a lone date
    counts 0 months. A year-only start is January; a year-only end is December when the start
    is in the same year, else January ("2015–2017" is 25 months, "2017–2017" is 12). Ranges
    that start after they end (a start after the as-of month with "present") give None.
    """
    start = r.start
    if start is None:
        return None
    first = month_index(start.year, start.month or 1)
    if r.present:
        last = month_index(*as_of)
    elif r.end is None:
        return None
    else:
        end = r.end
        end_month = end.month or (12 if end.year == start.year else 1)
        last = month_index(end.year, end_month)
    if last < first:
        return None
    return first, last


def merge_intervals(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort and merge inclusive intervals that overlap or touch (Jan–Mar and Apr–Jun merge)."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(intervals):
        if first > last:
            raise ValueError(f"interval starts after it ends: ({first}, {last})")
        if merged and first <= merged[-1][1] + 1:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def total_months(intervals: Iterable[tuple[int, int]]) -> int:
    """Distinct months covered by inclusive intervals, counting overlaps once."""
    return sum(last - first + 1 for first, last in merge_intervals(intervals))


def find_gaps(intervals: Iterable[tuple[int, int]], min_months: int = 3) -> list[tuple[int, int]]:
    """Inclusive (first, last) month indices of uncovered stretches of at least `min_months`
    between the merged intervals."""
    merged = merge_intervals(intervals)
    gaps: list[tuple[int, int]] = []
    for (_, prev_last), (next_first, _) in pairwise(merged):
        if next_first - prev_last - 1 >= min_months:
            gaps.append((prev_last + 1, next_first - 1))
    return gaps


# --- finding dates ----------------------------------------------------------------------------

# Month names of CVs written in (or carried over from) French, Spanish, German, Dutch,
# Portuguese, Italian, Polish, Romanian and Turkish, in full (Polish also in the genitive,
# "stycznia") or in their unambiguous abbreviations, by month. Names that are English words
# ("out", "set", "lip", "mag") are left out; Turkish "Mart" and "Kasım" are below.
_FOREIGN_MONTHS = (
    "janvier janv enero ene januar jänner januari janeiro gennaio gen styczeń stycznia sty "
    "ianuarie ocak",
    "février fevrier févr fevr fév febrero februar februari fevereiro fev febbraio luty lutego "
    "lut "
    "februarie şubat subat",
    "mars marzo märz maerz mär mrt maart março marco marzec marca martie",
    "avril avr abril abr aprile kwiecień kwietnia kwi aprilie nisan",
    "mai mayo mei maio maggio maj maja mayıs mayis",
    "juin junio juni junho giugno giu czerwiec czerwca cze iunie iun haziran",
    "juillet juil julio juli julho luglio lug lipiec lipca iulie iul temmuz",
    "août aout agosto ago augustus sierpień sierpnia ağustos agustos",
    "septembre septiembre setiembre setembro settembre sett wrzesień września wrz septembrie "
    "eylül eylul",
    "octobre octubre oktober okt outubro ottobre ott październik października paź octombrie ekim",
    "novembre noviembre novembro listopad listopada noiembrie",
    "décembre decembre déc diciembre dic dezember dez dezembro dicembre grudzień grudnia gru "
    "decembrie aralık aralik",
)
_FOREIGN_MONTH_NUMBER = {
    name: number for number, names in enumerate(_FOREIGN_MONTHS, 1) for name in names.split()
}
_MONTHS_EN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Turkish "Mart" (March) and "Kasım" (November) are also a shop's and a man's name: they
# count only where no word stands just before them ("Eylül 2018 – Mart 2022", not "Bright
# Mart 2019").
_NAMELIKE_MONTHS = {"mart": 3, "kasım": 11, "kasim": 11}


def _trie(words: Iterable[str]) -> str:
    """One regex alternation for many words, as a trie ("ju(?:in|l(?:io|i))"): the regex
    engine tries a word's first letters once instead of once per word. Longer words win, as
    in a longest-first alternation."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + pattern(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(tree)


_MONTHS = (
    _MONTHS_EN + "|" + _trie(_FOREIGN_MONTH_NUMBER) + r"|(?<![^\W\d_][ \t])(?:mart|kasım|kasim)"
)
_MONTH_NUMBER = {name: number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)}
# "(2 years 3 months)", "· 2 yrs 3 mos": a tenure written beside dates (LinkedIn exports).
DURATION = re.compile(
    r"\(?\b\d+\+?\s*(?:years?|yrs?)(?:,?\s*\d+\s*(?:months?|mos?|mths?))?\)?"
    r"|\(?\b\d+\s*(?:months?|mos?|mths?)\)?",
    re.IGNORECASE,
)


def _month_number(name: str) -> int:
    lowered = name.lower()
    return (
        _FOREIGN_MONTH_NUMBER.get(lowered)
        or _NAMELIKE_MONTHS.get(lowered)
        or _MONTH_NUMBER[lowered[:3]]
    )


# "(April – May)": the months a season or a year alone covered.
_BRACKET_MONTHS = rf"\((?P<m1>{_MONTHS})\.?[ \t]*[-–—][ \t]*(?P<m2>{_MONTHS})\.?\)"
_MONTHS_AFTER = re.compile(rf"[ \t]*{_BRACKET_MONTHS}", re.IGNORECASE)
_ALONE = frozenset({Precision.SEASON, Precision.YEAR})
_SEASON_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
# Summer in German and Scandinavian, Dutch, Spanish, Portuguese and French CVs
_SEASON_MONTH |= dict.fromkeys(("sommer", "zomer", "verano", "verão", "été"), 6)
# and the other seasons in French, Spanish, Portuguese and German ("printemps 2018")
_SEASON_MONTH |= dict.fromkeys(("printemps", "primavera", "frühling"), 3)
_SEASON_MONTH |= dict.fromkeys(("automne", "otoño", "outono", "herbst"), 9)
_SEASON_MONTH |= dict.fromkeys(("hiver", "invierno", "inverno"), 1)
_TERM_MONTHS = {
    "spring": (1, 5),
    "summer": (5, 8),
    "fall": (9, 12),
    "autumn": (9, 12),
    "winter": (1, 4),
    # The named terms of British and Irish universities and schools.
    "michaelmas": (10, 12),
    "hilary": (1, 3),
    "lent": (1, 3),
    "epiphany": (1, 3),
    "easter": (4, 6),
    "trinity": (4, 6),
}
# A season written alone covers this many months from its first ("Summer 2019": June–August).
SEASON_MONTHS = 3
_APOSTROPHES = "'’‘`"
_DASHES = "-‐‑‒–—―−"
_YEAR4 = r"(?:19|20)\d\d"
_DAY_OR_MONTH = r"0?[1-9]|[12]\d|3[01]"
# Between a month or season name and its year: "Jan 2019", "Jan. 2019", "January, 2019", "Jan-2019",
# "Feb/2022" (Brazil, Portugal).
_JOIN = r"\.?(?:[ \t]+del?[ \t]+|[ \t]*,?[ \t]*|-|/)"  # also "outubro de 2018", "enero del 2019"
# "Jan 19, 2020": a day between the month and the year (US).
_DAY_YEAR = rf"\.?[ \t]+(?:{_DAY_OR_MONTH})(?:st|nd|rd|th)?,[ \t]*(?P<mdy>{_YEAR4})(?!\d)"
# "Sep-19", "Sep 19": a two-digit year without an apostrophe, unless a day ("Jan 19, 2020").
_MONTH_YY = r"\.?(?:-|[ \t])(?P<mshort>\d\d)(?![\d:]|,?[ \t]*(?:19|20)\d\d)"
_YEAR_OR_YY = rf"(?:(?P<{{0}}y>{_YEAR4})|[{_APOSTROPHES}](?P<{{0}}yy>\d\d))(?!\d)"

# One token regex, dispatched on the first character so most positions fail fast. A month name
# without a year is a bare month, kept only as the start of "Jan–Mar 2019".
# "January 2020 – Date" (Nigerian and Indian CVs) ends in the present; only capitalised "Date"
# counts, or "date" right after a dash ("2018 – date", British), and only after a range
# separator, so a "date of birth" stays what it is. Dutch,
# German, Spanish, Portuguese, French and Italian CVs write "heden", "heute", "actualidad"…
_TOKEN = re.compile(
    rf"""(?<!\w)(?:
      (?=\d)(?:
          (?<![.,:/])(?P<dd>{_DAY_OR_MONTH})(?:st|nd|rd|th)?(?:[ ]{{1,2}}|(?P<ds>[-/]))
          (?P<dmon>{_MONTHS})(?(ds)(?P=ds)|\.?,?[ ]{{1,2}})(?P<dy>{_YEAR4})(?!\d)
        | (?P<fa>{_DAY_OR_MONTH})(?P<fs>[/.-])(?P<fb>{_DAY_OR_MONTH})(?P=fs)(?P<fy>{_YEAR4})(?!\d)
        | (?P<nm>0?[1-9]|1[0-2])(?:[/-]|(?<=\d\d)\.)(?P<ny>{_YEAR4})(?!\d)
        | (?P<iy>{_YEAR4})[-/.](?P<im>0[1-9]|1[0-2])(?:[-/.][0-3]\d)?(?!\d|\.\d)
        | (?P<ky>{_YEAR4})年[ \t]?(?P<km>1[0-2]|0?[1-9])月  # Japanese, Chinese: "2019年4月"
        | (?P<rm>[1-9])\.(?P<ry>{_YEAR4})(?!\d|[.,]\d)
        | (?P<um>0?[1-9]|1[0-2])/(?P<uy>\d\d)(?![\d/%]|[.,]\d)
        # the year first, then the month's name: "2023 Jan – Present", "2019 Jun – 2022 Dec"
        | (?P<ymy>{_YEAR4})[ \t](?=[A-Z])(?P<ymon>{_MONTHS_EN})
          (?!\.?[ \t]*,?[ \t]*(?:19|20)\d\d)\.?(?![\w'’])
        | (?P<y>{_YEAR4})(?!\d|[.,]\d|%)
        | (?P<short>\d\d)(?!\d|[.,]\d|%)
      )
    | [{_APOSTROPHES}](?P<yy>\d\d)(?!\d)
    | (?=[a-zàéäöüşçğ至现現현])(?:
          (?P<mon>{_MONTHS})(?:{_JOIN}{_YEAR_OR_YY.format("m")}|{_DAY_YEAR}|{_MONTH_YY}|\.?(?!\w))
        # a German university semester: "WS 2023/24", "WiSe 23/24", "Wintersemester 2023/24"
        # (October to March), "SS 2024", "SoSe 2024", "Sommersemester 2024" (April to September)
        | (?:(?-i:WS|WiSe)[ \t]*|wintersemester[ \t]*|winter[ \t]+semester[ \t]+)
          (?P<wsy>{_YEAR4}|\d\d)[/{_DASHES}](?P<wsy2>\d\d(?:\d\d)?)(?!\d)
        | (?:(?-i:SS|SoSe)[ \t]*|sommersemester[ \t]*)(?P<ssy>{_YEAR4}|\d\d)(?![\d/])
        | (?P<xsea>summer|winter)[ \t]+(?P<xy>{_YEAR4})[/{_DASHES}](?P<xy2>\d\d(?:\d\d)?)(?!\d)
        # an academic term: "Fall semester 2024", "Spring term 2025", "Winter quarter 2023"
        # and a British one named: "Michaelmas term 2023"
        | (?P<term>spring|summer|fall|autumn|winter|michaelmas|hilary|lent|epiphany|easter
               |trinity)[ \t]+(?:semester|term|quarter|session)
          [ \t,]+(?P<ty>{_YEAR4})(?!\d)
        | (?P<sea>spring|summer|fall|autumn|winter|sommer|zomer|verano|verão|été|printemps
               |primavera|frühling|automne|otoño|outono|herbst|hiver|invierno|inverno)
          (?:{_JOIN}{_YEAR_OR_YY.format("s")}|[ \t](?P<sbare>\d\d)(?![\d%:]|[.,]\d))
        | (?P<xmas>christmas|xmas)(?:[ \t]+(?:season|period|holidays?))?
          {_JOIN}(?P<xmy>{_YEAR4})(?!\d)
        | q(?P<q>[1-4])[ \t]*[-/]?[ \t]*(?P<qy>{_YEAR4})(?!\d)
        # Portuguese "out/2018", "set/2021": October and September, English words alone
        # (and Italian "set 2022 – oggi": "set" before a year that starts a range)
        | (?P<pmon>out|set)(?:/|[ \t](?=(?:19|20)\d\d[ \t]*[{_DASHES}]))(?P<py>{_YEAR4})(?!\d)
        | (?P<pres>present[ \t]+time|present|currently|current|now|today|ongoing
                 |continuing|continues|(?-i:Date)
                 |(?<=[{_DASHES}][ \t])date|(?<=[{_DASHES}])date
                 |(?:up[ \t]+)?(?:to|till|until)[ \t]+(?:date|now|today|(?:the[ \t]+)?present)
                 |todate|tilldate
                 |heden|heute|actualidad|actualmente|presente|présent|atual|atualmente|hoje|hoy
                 |atualidade|actualidade
                 |aujourd['’]hui|maintenant|oggi|attuale|attualmente|tuttora|jetzt
                 |(?<=[{_DASHES}][ \t])(?:dato|nu)|(?<=[{_DASHES}])nu|(?<=bis[ \t])dato
                 |(?<=t/m[ \t])(?:nu|heden)
                 |aktuell|derzeit|actual|a[ \t]+la[ \t]+fecha
                 |in[ \t]+corso|ad[ \t]+oggi|en[ \t]+cours|(?:à[ \t]+)?ce[ \t]+jour|em[ \t]+curso
                 |(?:à[ \t]+)?nos[ \t]+jours
                 |obecnie|prezent|günümüz|halen|至今|现在|現在|현재|nay|hiện[ \t]+(?:tại|nay)
                 |pågående|jatkuu|laufend|momentan
                 # after a dash: "02/2020 – bis heute", "2019 – tot heden", "– tot op heden"
                 |(?<=[{_DASHES}][ \t])(?:bis[ \t]+(?:heute|jetzt|dato)
                   |tot[ \t]+(?:op[ \t]+)?(?:heden|nu))
                 |até[ \t]+(?:o[ \t]+momento|hoje|a[ \t]+data))(?!\w)
          # "atual / current", "heute / present": the word again in English
          (?:[ \t]*/[ \t]*(?:present|current|now|today)(?!\w))?
      )
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGIT = re.compile(r"\d")
# "2022-06 a la fecha", "2019 à ce jour", "2020 ad oggi": Spanish, French and Italian too
_OWN_SEPARATOR = frozenset({"to", "till", "until", "up", "até", "a", "à", "ad"})
# An application form's hint on how to write a date: "To (mm/yyyy): present".
_HINT_UNIT = r"(?:mm|dd|yy|yyyy|month|year)"
_FORMAT_HINT = rf"(?:[ \t]*\({_HINT_UNIT}(?:[ \t]*[/.\-][ \t]*{_HINT_UNIT})*\))"
# "03/2019 a 05/2021", "2019 bis heute", "2015 tot 2018", "de 2019 al 2021", "2019 à 2021",
# "2023-01 > present", "2019 → 2021", "From: 2023-05   To: Present", "End date: 05/2021".
_SEP = re.compile(
    rf"[ \t]*(?:[{_DASHES}~～〜]{{1,2}}|-?>|→|»"
    # a dash may come first: "Sign on 04 Feb 2025 – Sign off 27 Oct 2025", "… – Disembarked …"
    rf"|(?:[{_DASHES}][ \t]*)?(?:to|until|till|through|thru|(?:end|finish|leaving)[ \t]date"
    rf"|sign(?:ed)?[ \t-]?off|dis-?embark(?:ed|ation)?(?:[ \t]date)?){_FORMAT_HINT}?:?"
    rf"|[ \t](?:a|à|al|au|até|bis|tot|hasta|t/m)[ \t]"
    # a slash with spaces about it: "2020-03 / 2022-08", "2022-09 / ad oggi"
    rf"|(?<=[ \t])/(?=[ \t])"
    # a dash lost to a wrong encoding and shown as "?" or "�": "Jan 2021 ? Present"
    rf"|(?<=[ \t])[?\ufffd](?=[ \t]))[ \t]*",
    re.I,
)
_COLUMNS = re.compile(r"\t[ \t]*|[ ]{3,}|[ \t]*\|[ \t]*")  # "|": a table's cell border
_DASH_SEP = re.compile(rf"[ \t]*[{_DASHES}][ \t]*")
_BLANK = re.compile(r"[ \t]*")
# "Since" in English, German, Dutch, Spanish/Portuguese, French and Italian: an open range.
_SINCE = frozenset({"since", "seit", "sinds", "desde", "depuis", "dal"})
# "from" in French, Spanish, Portuguese, Italian, German, Dutch and Polish before a range's start
# (not in capitals, nor joined by a dash: "Freelance Translator EN–DE 2022 – present")
_FROM = "(?i:from)|[dD]e|[dD]u|[vV]on|[vV]om|[vV]an|[oO]d"
# The word, then a space or a colon: a wider gap is a column's ("Analista de Prevención de
# mar. 2023 – actualidad": the title's "de" wrapped before its dates).
_LEAD = re.compile(
    rf"(?<![\w–—/-])({_FROM}|(?i:{'|'.join(sorted(_SINCE))}))(?:[ \t]?:[ \t]{{0,3}}|[ \t]{{0,2}})\Z"
)
_LINE_END = re.compile(r"[ \t.,;:)\]]*(?:\r?\n|\Z)")
# A tab, wide spaces, a colon ("2016: Dishwasher, Mama Lucia's") or a pipe ("2018 | Prep Cook").
_COLUMN_GAP = re.compile(r"\t|[ ]{2,}|:[ \t]|[ \t]*\|")
# Words before a lone trailing number that make it a quantity or a product version, not a year.
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?<!\w)(?:to|of|over|than|about|around|approx|approximately|nearly|almost|under|above|q[1-4]"
    r"|exceeding|per|top|x|no|number|version|model|windows|excel|outlook|powerpoint|autocad"
    r"|photoshop|iso|(?:sql|windows|ms|microsoft)[ \t]+server|visual[ \t]+studio"
    r"|(?:ms|microsoft)[ \t]+(?:office|project|access|exchange|word))\.?[ \t]*\Z",
    re.I,
)
# Lower-case words that may follow a year-only range ("2015–2017 at Tesco"); any other
# ("2000-2050 calls") marks the numbers as a quantity.
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_WORDS_AFTER_YEARS = frozenset({"at", "as", "in", "for", "with"})
# Before a number that starts a date: money, ids, "ISO 9001:2015", ratios, or a digit group
# ("555-2019", "020 7946 2019") mean the digits belong to something else.
_NUMBER_PREFIXES = frozenset("$£€#+:=/\\")
_NUMBER_JOINERS = frozenset(" \t.,~" + _DASHES)


class _Kind(Enum):
    DATE = "date"  # month/season precision, with a year: usable alone
    YEAR = "year"  # four-digit year only
    YY = "yy"  # "'19"
    MONTH = "month"  # bare month name, only as the start of "Jan–Mar 2019"
    PRESENT = "present"
    TO_DATE = "to date"  # "to date" / "till date", needs no separator
    SHORT = "short"  # the "17" of "2015–17"
    RANGE_ONLY = "range only"  # "01/09/2019", "Sep-19": a month and year, only inside a range


@dataclass(frozen=True, slots=True)
class _Token:
    kind: _Kind
    start: int
    end: int
    date: PartialDate | None = None
    value: int = 0  # month number of a bare month; two digits of a short year
    numeric: bool = False  # begins with a digit


def _two_digit_year(yy: str, cutoff: int) -> int:
    value = int(yy)
    return 2000 + value if value <= cutoff else 1900 + value


def _cutoff(as_of: tuple[int, int] | None) -> int:
    return DEFAULT_TWO_DIGIT_CUTOFF if as_of is None else as_of[0] % 100 + 1


def _token(m: re.Match[str], cutoff: int) -> _Token:
    g = m.groupdict()
    start, end = m.span()
    if g["mon"] or g["sea"]:
        written, two_digit = (
            (g["my"] or g["mdy"], g["myy"]) if g["mon"] else (g["sy"], g["syy"] or g["sbare"])
        )
        if g["mon"]:
            month = _month_number(g["mon"])
            if g["mshort"]:
                year = _two_digit_year(g["mshort"], cutoff)
                return _Token(
                    _Kind.RANGE_ONLY, start, end, PartialDate(year, month, Precision.MONTH)
                )
            if not (written or two_digit):
                return _Token(_Kind.MONTH, start, end, value=month)
            precision = Precision.MONTH
        else:
            month, precision = _SEASON_MONTH[g["sea"].lower()], Precision.SEASON
        year = int(written) if written else _two_digit_year(two_digit, cutoff)
        return _Token(_Kind.DATE, start, end, PartialDate(year, month, precision))
    if g["pmon"]:
        month = 10 if g["pmon"].lower() == "out" else 9
        return _Token(_Kind.DATE, start, end, PartialDate(int(g["py"]), month, Precision.MONTH))
    if g["wsy"] or g["ssy"]:
        return _semester(g["wsy"], g["wsy2"], g["ssy"], start, end, cutoff)
    if g["xsea"]:
        # "Summer 2024/25" (south) or "Winter 2025–26" (a northern ski season): a season across
        # the turn of the year, December to February; `value` counts its last month on from
        # the first year's January (14 = February of the next).
        year = int(g["xy"])
        second = _second_year(year, g["xy2"])
        if second == year + 1:
            return _Token(_Kind.DATE, start, end, PartialDate(year, 12, Precision.SEASON), value=14)
        month = _SEASON_MONTH[g["xsea"].lower()]
        return _Token(_Kind.DATE, start, end, PartialDate(year, month, Precision.SEASON))
    if g["term"]:
        # "Fall semester 2024": the North American academic term, from its first month to its
        # last (`value`): spring January to May, summer May to August, fall September to
        # December, winter January to April; Michaelmas October to December, Hilary, Lent and
        # Epiphany January to March, Easter and Trinity April to June.
        opens, closes = _TERM_MONTHS[g["term"].lower()]
        term = PartialDate(int(g["ty"]), opens, Precision.SEASON)
        return _Token(_Kind.DATE, start, end, term, value=closes)
    if g["xmas"]:
        # "Christmas 2024" for a seasonal temp: November and December, as such jobs run.
        return _Token(
            _Kind.DATE, start, end, PartialDate(int(g["xmy"]), 11, Precision.SEASON), value=12
        )
    if g["q"]:  # "Q2 2017": April to June; `value` is the quarter's last month
        quarter = int(g["q"])
        first = PartialDate(int(g["qy"]), 3 * quarter - 2, Precision.MONTH)
        return _Token(_Kind.DATE, start, end, first, value=3 * quarter)
    if g["dy"]:  # "1 September 2019", "12th Jan 2018"
        return _Token(
            _Kind.DATE,
            start,
            end,
            PartialDate(int(g["dy"]), _month_number(g["dmon"]), Precision.MONTH),
            numeric=True,
        )
    if g["fy"]:
        full_month = _full_date_month(int(g["fa"]), int(g["fb"]))
        date = (
            None if full_month is None else PartialDate(int(g["fy"]), full_month, Precision.MONTH)
        )
        return _Token(_Kind.RANGE_ONLY, start, end, date, numeric=True)
    if g["ry"] or g["uy"]:  # "9.2022", "09/22": a month and year, only inside a range
        year = int(g["ry"]) if g["ry"] else _two_digit_year(g["uy"], cutoff)
        date = PartialDate(year, int(g["rm"] or g["um"]), Precision.MONTH)
        return _Token(_Kind.RANGE_ONLY, start, end, date, numeric=True)
    if g["ny"] or g["iy"] or g["ky"]:
        year_text, month_text = (
            (g["ny"], g["nm"]) if g["ny"] else (g["iy"], g["im"]) if g["iy"] else (g["ky"], g["km"])
        )
        date = PartialDate(int(year_text), int(month_text), Precision.MONTH)
        return _Token(_Kind.DATE, start, end, date, numeric=True)
    if g["ymy"]:
        date = PartialDate(int(g["ymy"]), _month_number(g["ymon"]), Precision.MONTH)
        return _Token(_Kind.DATE, start, end, date, numeric=True)
    if g["y"]:
        date = PartialDate(int(g["y"]), None, Precision.YEAR)
        return _Token(_Kind.YEAR, start, end, date, numeric=True)
    if g["yy"]:
        date = PartialDate(_two_digit_year(g["yy"], cutoff), None, Precision.YEAR)
        return _Token(_Kind.YY, start, end, date)
    if g["pres"]:
        pres = g["pres"].lower()
        # "till date", "until now", "up to the present": an end that is its own separator
        kind = _Kind.TO_DATE if pres.split()[0] in _OWN_SEPARATOR else _Kind.PRESENT
        return _Token(kind, start, end)
    return _Token(_Kind.SHORT, start, end, value=int(g["short"]), numeric=True)


def _second_year(year: int, written: str) -> int:
    """The second year of "2024/25" or "2025–2026" (a season or semester across the turn of the
    year), written with two digits or four."""
    return int(written) if len(written) == 4 else year - year % 100 + int(written)


def _semester(
    winter: str | None,
    winter_end: str | None,
    summer: str | None,
    start: int,
    end: int,
    cutoff: int,
) -> _Token:
    """A German semester as a season with its last month in `value` (counted from the first
    year's January): the winter semester October to March, the summer one April to September.
    A winter semester's second year must follow its first ("WS 2023/24"), or it is no date."""
    if summer is not None:
        year = int(summer) if len(summer) == 4 else _two_digit_year(summer, cutoff)
        return _Token(_Kind.DATE, start, end, PartialDate(year, 4, Precision.SEASON), value=9)
    assert winter is not None and winter_end is not None
    year = int(winter) if len(winter) == 4 else _two_digit_year(winter, cutoff)
    second = _second_year(year, winter_end)
    if second != year + 1:
        return _Token(_Kind.RANGE_ONLY, start, end)
    return _Token(_Kind.DATE, start, end, PartialDate(year, 10, Precision.SEASON), value=15)


def _full_date_month(a: int, b: int) -> int | None:
    """The month of a full date "a/b/yyyy", written day first (Europe) or month first (US).

    A number above 12 must be the day. When both could be the month, a 1 is taken as the day
    (jobs start on the 1st: "01/09/2019", "09/01/2019"); otherwise the day comes first.
    """
    if a > 12:
        return b if b <= 12 else None
    if b > 12 or (b == 1 and a != 1):
        return a
    return b


def _number_context_ok(text: str, pos: int) -> bool:
    """False when the digits at `pos` continue a phone number, an id, money or a standard."""
    if pos == 0:
        return True
    prev = text[pos - 1]
    if prev in _NUMBER_PREFIXES:
        return False
    return not (prev in _NUMBER_JOINERS and pos >= 2 and text[pos - 2].isdigit())


def _in_brackets(text: str, tok: _Token) -> bool:
    """The token alone between brackets: "(2018)", "[Q3 2021]"."""
    before = text[tok.start - 1] if tok.start else ""
    return before + text[tok.end : tok.end + 1] in ("()", "[]")


def _leads_line(text: str, tok: _Token) -> bool:
    """Nothing but spaces before the token on its line."""
    return not text[text.rfind("\n", 0, tok.start) + 1 : tok.start].strip()


def _lone_year_ok(text: str, tok: _Token) -> bool:
    """A year written alone counts only in parentheses, at the end of its line, or at the start
    of its line before a column gap (a tab or several spaces) or a colon."""
    assert tok.date is not None
    if not MIN_LONE_YEAR <= tok.date.year <= MAX_YEAR:
        return False
    if _in_brackets(text, tok):
        return True
    if _leads_line(text, tok) and _COLUMN_GAP.match(text, tok.end):
        return True  # a date column: "2018<tab>Summer job, Cadbury World", "2016: Dishwasher"
    if not _LINE_END.match(text, tok.end):
        return False
    return not _NOT_A_YEAR_BEFORE.search(text, max(0, tok.start - 24), tok.start)


_RANGE_ENDS = frozenset({_Kind.DATE, _Kind.YEAR, _Kind.YY, _Kind.RANGE_ONLY})
_MONTHS_DATED = frozenset({_Kind.DATE, _Kind.RANGE_ONLY})


def _pair(text: str, a: _Token, b: _Token) -> tuple[PartialDate, PartialDate | None, bool] | None:
    """(start, end, present) if tokens `a` and `b` form a range, else None."""
    between = text[a.end : b.start]
    if (
        "|" in between
        and _COLUMNS.fullmatch(between)
        and a.kind is b.kind is _Kind.YEAR
        and a.date is not None
        and b.date is not None
        and a.date.year <= b.date.year
    ):
        return a.date, b.date, False  # "2014 | 2016" in a table's From and To cells
    if _COLUMNS.fullmatch(between) and a.kind in _MONTHS_DATED and a.date is not None:
        # Start and end in side-by-side columns ("From  To" or "Sign on  Sign off" of a
        # table): two months in order, or a month and "Present", with only a gap between.
        if b.kind in (_Kind.PRESENT, _Kind.TO_DATE):
            return a.date, None, True
        later = b.date is not None and _first_month(a.date) <= _first_month(b.date)
        return (a.date, b.date, False) if b.kind in _MONTHS_DATED and later else None
    if not (_SEP.fullmatch(between) or (b.kind is _Kind.TO_DATE and _BLANK.fullmatch(between))):
        return None
    if a.numeric and not _number_context_ok(text, a.start):
        return None
    if a.kind is _Kind.MONTH:
        # "Jan–Mar 2019": the start takes the end's year, or the year before ("Nov–Feb 2019").
        end = b.date
        if b.kind is not _Kind.DATE or end is None or end.month is None:
            return None
        year = end.year if a.value <= end.month else end.year - 1
        return PartialDate(year, a.value, Precision.MONTH), end, False
    start = a.date
    if a.kind not in _RANGE_ENDS or start is None:
        return None
    if b.kind in (_Kind.PRESENT, _Kind.TO_DATE):
        return start, None, True
    if b.kind is _Kind.SHORT:
        if a.kind is not _Kind.YEAR or not _DASH_SEP.fullmatch(between):
            return None
        year = start.year - start.year % 100 + b.value
        if year < start.year:
            year += 100
        if year - start.year > _MAX_SHORT_SPAN or year > MAX_YEAR:
            return None
        end = PartialDate(year, None, Precision.YEAR)
    elif b.kind in _RANGE_ENDS and b.date is not None:
        end = _month_of(b.date, b.value) if b.value else b.date  # "– Q2 2019": June
    else:
        return None
    if a.kind is _Kind.YEAR and b.kind in (_Kind.YEAR, _Kind.SHORT):
        word = _LOWER_WORD_AFTER.match(text, b.end)
        if word and word.group(1) not in _WORDS_AFTER_YEARS:
            return None
    return start, end, False


def _month_of(d: PartialDate, value: int) -> PartialDate:
    """Month `value` counted from January of `d`'s year (13 is January of the next)."""
    return PartialDate(d.year + (value - 1) // 12, (value - 1) % 12 + 1, Precision.MONTH)


def _first_month(d: PartialDate) -> int:
    return month_index(d.year, d.month or 1)


def _last_month(d: PartialDate) -> int:
    return month_index(d.year, d.month or 12)


def _build(
    start: PartialDate,
    end: PartialDate | None,
    present: bool,
    span: Span,
    single: bool,
    as_of: tuple[int, int] | None,
) -> DateRange:
    warnings: list[str] = []
    if end is not None and _first_month(start) > _last_month(end):
        start, end = end, start
        warnings.append(WARN_REVERSED)
    dates = (start,) if end is None else (start, end)
    if as_of is not None and any(_first_month(d) > month_index(*as_of) for d in dates):
        warnings.append(WARN_AFTER_AS_OF)
    if any(d.year < MIN_LONE_YEAR for d in dates):
        warnings.append(WARN_BEFORE_1950)
    precision = max((d.precision for d in dates), key=_COARSENESS.__getitem__)
    return DateRange(start, end, present, span, precision, single, tuple(warnings))


# "Nov 2024 · 3 months", "Mar 2019 – 14 months", "Jun 2019 (1 yr 4 mos)": how long, printed
# after a month instead of the end month (or beside it, where a range was found instead).
_TENURE = re.compile(
    r"[ \t]*(?:[·•|,:–—-][ \t]*)?\(?[ \t]*"
    r"(?:(?P<years>\d{1,2})[ \t]*(?:years?|yrs?)\b)?[ \t,]*"
    r"(?:(?P<months>\d{1,3})[ \t]*(?:months?|mos?|mths?)\b)?\)?",
    re.IGNORECASE,
)
# "ending June 2024 — 1 yr 2 mos": the month is the last one, the tenure counts back from it.
_ENDING = re.compile(r"(?<!\w)(?:ending|ended|until|till)[ \t]*:?[ \t]*\Z", re.IGNORECASE)


def _tenure_range(
    text: str, tok: _Token, lead: int, as_of: tuple[int, int] | None
) -> DateRange | None:
    """The range a month and the tenure printed after it make, counting the month itself as
    the first ("Feb 2020 · 11 months": February to December), or as the last after "ending"."""
    if tok.kind is not _Kind.DATE or tok.date is None or tok.date.precision is not Precision.MONTH:
        return None
    match = _TENURE.match(text, tok.end)
    if match is None or not (match["years"] or match["months"]):
        return None
    length = 12 * int(match["years"] or 0) + int(match["months"] or 0)
    if not 0 < length <= 600:
        return None
    at = _first_month(tok.date)
    ending = _ENDING.search(text, max(0, tok.start - 10), tok.start)
    first, last = (at - length + 1, at) if ending else (at, at + length - 1)
    start, end = (PartialDate(i // 12, i % 12 + 1, Precision.MONTH) for i in (first, last))
    begin = ending.start() if ending else lead
    return _build(start, end, False, Span(begin, match.end()), False, as_of)


def _lead_start(text: str, pos: int) -> tuple[int, str]:
    """Where a "from"/"since" directly before `pos` starts, and which word it is."""
    lead = _LEAD.search(text, max(0, pos - 12), pos)
    if lead is None:
        return pos, ""
    return lead.start(), lead.group(1).lower()


_ECHO_OPEN = re.compile(r"[ \t]*\(")
_ECHO_CLOSE = re.compile(r"\)")


def _without_echoes(text: str, tokens: list[_Token]) -> list[_Token]:
    """A date followed by the same month again in brackets, in another script or style ("Apr
    2012 (2012年4月) ~ Mar 2015 (2015年3月)"), is one date: the bracket joins the first."""
    out: list[_Token] = []
    for tok in tokens:
        last = out[-1] if out else None
        if (
            last is not None
            and last.date is not None
            and tok.date is not None
            and (last.date.year, last.date.month) == (tok.date.year, tok.date.month)
            and _ECHO_OPEN.fullmatch(text, last.end, tok.start)
            and _ECHO_CLOSE.match(text, tok.end)
        ):
            out[-1] = replace(last, end=tok.end + 1)
            continue
        out.append(tok)
    return out


def find_date_ranges(text: str, as_of: tuple[int, int] | None = None) -> list[DateRange]:
    """All dates and date ranges in `text`, in order; spans are offsets into `text`.

    `as_of` (year, month) decides two-digit years (20YY up to the as-of year + 1, else 19YY)
    and flags dates after it; without it, "'00"-"'49" are 20YY.
    """
    if not _DIGIT.search(text):
        return []
    cutoff = _cutoff(as_of)
    tokens = _without_echoes(text, [_token(m, cutoff) for m in _TOKEN.finditer(text)])
    found: list[DateRange] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        pair = _pair(text, tok, tokens[i + 1]) if i + 1 < len(tokens) else None
        if pair is not None:
            start, end, present = pair
            lead, _ = _lead_start(text, tok.start)
            found.append(_build(start, end, present, Span(lead, tokens[i + 1].end), False, as_of))
            i += 2
            continue
        i += 1
        if tok.date is None or (tok.numeric and not _number_context_ok(text, tok.start)):
            continue
        lead, word = _lead_start(text, tok.start)
        months = _MONTHS_AFTER.match(text, tok.end)
        if months and tok.kind in {_Kind.DATE, _Kind.YEAR} and tok.date.precision in _ALONE:
            # "Summer 2023 (April – May)", "Semester 1, 2025 (Mar – Jun)": the months the
            # brackets give, in that year (or into the next, "(Dec – Feb)").
            first, last = _month_number(months["m1"]), _month_number(months["m2"])
            span = Span(tok.start, months.end())
            found.append(_months_of(tok.date.year, first, last, span, as_of))
            while i < len(tokens) and tokens[i].start < months.end():
                i += 1
        elif word in _SINCE:
            found.append(_build(tok.date, None, True, Span(lead, tok.end), False, as_of))
        elif tenure := _tenure_range(text, tok, lead, as_of):
            found.append(tenure)
        elif tok.kind is _Kind.DATE and tok.value and tok.date.precision is Precision.SEASON:
            # "Summer 2024/25": December to February; "Christmas 2024": November to December.
            end = _month_of(tok.date, tok.value)
            found.append(_build(tok.date, end, False, Span(tok.start, tok.end), False, as_of))
        elif tok.kind is _Kind.DATE and tok.value:
            # A quarter alone is three months, when it leads its line or stands in brackets;
            # "Top rep in Q3 2021" is an achievement, not a period.
            if _leads_line(text, tok) or _in_brackets(text, tok):
                end = replace(tok.date, month=tok.value)
                found.append(_build(tok.date, end, False, Span(tok.start, tok.end), False, as_of))
        elif tok.kind is _Kind.DATE and tok.date.month and tok.date.precision is Precision.SEASON:
            # "Summer 2019" alone: the season's three months, June to August.
            end = replace(tok.date, month=tok.date.month + SEASON_MONTHS - 1)
            found.append(_build(tok.date, end, False, Span(tok.start, tok.end), False, as_of))
        elif tok.kind is _Kind.DATE or (tok.kind is _Kind.YEAR and _lone_year_ok(text, tok)):
            found.append(_build(tok.date, None, False, Span(tok.start, tok.end), True, as_of))
    return found


def repeated_seasons(text: str, as_of: tuple[int, int] | None = None) -> list[DateRange]:
    """One range per year of a season worked again and again ("Summers 2022 & 2023", "Summer
    seasons 2015, 2016 and 2017 (June – September)"); empty when `text` names no such run.
    Spans are offsets into `text` and cover the whole run."""
    match = _REPEATED_SEASONS.search(text)
    if match is None:
        return []
    years = [int(y) for y in re.findall(_YEAR4, match["years"])]
    if match["m1"]:
        first, last = _month_number(match["m1"]), _month_number(match["m2"])
    else:
        first = _SEASON_MONTH[match["season"].lower()]
        last = first + SEASON_MONTHS - 1
    span = Span(match.start(), match.end())
    return [_months_of(year, first, last, span, as_of) for year in years]


def _months_of(
    year: int, first: int, last: int, span: Span, as_of: tuple[int, int] | None
) -> DateRange:
    """Months `first` to `last` of `year`, into the next year when `last` comes before `first`
    ("(Dec – Feb)")."""
    start = PartialDate(year, first, Precision.MONTH)
    end = PartialDate(year + (last < first), last, Precision.MONTH)
    return _build(start, end, False, span, False, as_of)


_REPEATED_SEASONS = re.compile(
    rf"\b(?P<season>summer|winter|spring|autumn|fall)s?(?:[ \t]+seasons?)?(?:[ \t]+of)?[ \t]+"
    rf"(?P<years>{_YEAR4}(?:[ \t]*(?:,|&|\band\b|,[ \t]*and\b)[ \t]*{_YEAR4})+)\b"
    rf"(?:[ \t]*{_BRACKET_MONTHS})?",
    re.IGNORECASE,
)


def parse_date(text: str, as_of: tuple[int, int] | None = None) -> PartialDate | None:
    """Parse text that is exactly one date ("Jan 2019", "2019-01", "Summer 2016", "2019").

    Returns None for anything else, including "Present". A year alone must be 1950-2099.
    `as_of` decides two-digit years as in `find_date_ranges`.
    """
    match = _TOKEN.fullmatch(text.strip())
    if match is None:
        return None
    tok = _token(match, _cutoff(as_of))
    if tok.kind is _Kind.YEAR and tok.date is not None and tok.date.year < MIN_LONE_YEAR:
        return None
    return tok.date
