"""Date-range finding, parsing and month arithmetic, table-driven plus property tests."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxscore.dates import (
    WARN_AFTER_AS_OF,
    WARN_BEFORE_1950,
    WARN_REVERSED,
    DateRange,
    PartialDate,
    Precision,
    find_date_ranges,
    find_gaps,
    index_to_iso,
    merge_intervals,
    month_index,
    month_interval,
    parse_as_of,
    parse_date,
    total_months,
)
from cxscore.document import Span

AS_OF = (2026, 11)
M, S, Y = Precision.MONTH, Precision.SEASON, Precision.YEAR


def _only(text: str, as_of: tuple[int, int] | None = AS_OF) -> DateRange:
    found = find_date_ranges(text, as_of)
    assert len(found) == 1, found
    return found[0]


def _iso(d: PartialDate | None) -> str | None:
    return None if d is None else d.iso()


# text, start, end, present, single, precision
FORMATS = [
    ("Jan 2019", "2019-01", None, False, True, M),
    ("January 2019", "2019-01", None, False, True, M),
    ("Jan. 2019", "2019-01", None, False, True, M),
    ("JANUARY, 2019", "2019-01", None, False, True, M),
    ("Sept 2019", "2019-09", None, False, True, M),
    ("sep 2019", "2019-09", None, False, True, M),
    ("September 2019", "2019-09", None, False, True, M),
    ("Sep. '19", "2019-09", None, False, True, M),
    ("Sep ’19", "2019-09", None, False, True, M),
    ("Jan-2019", "2019-01", None, False, True, M),
    ("01/2019", "2019-01", None, False, True, M),
    ("1/2019", "2019-01", None, False, True, M),
    ("12/2019", "2019-12", None, False, True, M),
    ("2019-01", "2019-01", None, False, True, M),
    ("2019/01", "2019-01", None, False, True, M),
    ("2019-01-15", "2019-01", None, False, True, M),
    ("2019", "2019", None, False, True, Y),
    ("Summer 2016", "2016-06", "2016-08", False, False, S),
    ("Spring 2018", "2018-03", "2018-05", False, False, S),
    ("Fall 2015", "2015-09", "2015-11", False, False, S),
    ("Autumn 2015", "2015-09", "2015-11", False, False, S),
    ("Winter 2019", "2019-01", "2019-03", False, False, S),
    ("Jan 2019 – Present", "2019-01", None, True, False, M),
    ("Jan 2019 - Current", "2019-01", None, True, False, M),
    ("Jan 2019 – currently", "2019-01", None, True, False, M),
    ("Jan 2019 - now", "2019-01", None, True, False, M),
    ("Jan 2019 to date", "2019-01", None, True, False, M),
    ("Jan 2019 – To Date", "2019-01", None, True, False, M),
    ("Jan 2019 - Today", "2019-01", None, True, False, M),
    ("Jan 2019 – Ongoing", "2019-01", None, True, False, M),
    ("Jan 2019 till date", "2019-01", None, True, False, M),
    ("Jan 2019 - Till Date", "2019-01", None, True, False, M),
    ("2021/04 - till now", "2021-04", None, True, False, M),
    ("04/2021 – up to now", "2021-04", None, True, False, M),
    ("2021 - until now", "2021", None, True, False, Y),
    ("Mar 2020 until today", "2020-03", None, True, False, M),
    ("2021 to the present", "2021", None, True, False, Y),
    ("06/2020 – continuing", "2020-06", None, True, False, M),
    ("2019 - Present", "2019", None, True, False, Y),
    ("Since 2019", "2019", None, True, False, Y),
    ("since May 2019", "2019-05", None, True, False, M),
    ("Jan 2019 - Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 – Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 — Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 − Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019–Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 to Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 until Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 till Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 through Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 thru Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019 ~ Mar 2020", "2019-01", "2020-03", False, False, M),
    ("Jan 2019~Mar 2020", "2019-01", "2020-03", False, False, M),
    ("from May 2019 to June 2020", "2019-05", "2020-06", False, False, M),
    ("06/2017 to 08/2019", "2017-06", "2019-08", False, False, M),
    ("01/2019-02/2020", "2019-01", "2020-02", False, False, M),
    ("2019-01 – 2020-03", "2019-01", "2020-03", False, False, M),
    # Full dates (Europass, US forms) count inside a range, to the month.
    ("01/09/2019 – Present", "2019-09", None, True, False, M),
    ("15/06/2016 – 31/08/2019", "2016-06", "2019-08", False, False, M),
    ("06/15/2016 - 08/31/2019", "2016-06", "2019-08", False, False, M),
    ("09/01/2019 - 05/31/2021", "2019-09", "2021-05", False, False, M),
    ("1.9.2018 - 30.6.2020", "2018-09", "2020-06", False, False, M),
    ("2019-01-15 – 2020-03-01", "2019-01", "2020-03", False, False, M),
    ("1 September 2019 – 31 August 2020", "2019-09", "2020-08", False, False, M),
    ("12th Jan 2018 to 30 Jun 2019", "2018-01", "2019-06", False, False, M),
    ("Jan 19, 2020 - Mar 3, 2021", "2020-01", "2021-03", False, False, M),
    ("January 5, 2018 – Present", "2018-01", None, True, False, M),
    # A month with a two-digit year and no apostrophe counts inside a range.
    ("Sep-19 – Present", "2019-09", None, True, False, M),
    ("Jun-16 – Aug-19", "2016-06", "2019-08", False, False, M),
    ("Sept 19 - Jun 21", "2019-09", "2021-06", False, False, M),
    ("2015 - 2017", "2015", "2017", False, False, Y),
    ("2015-2017", "2015", "2017", False, False, Y),
    ("2015 to 2017", "2015", "2017", False, False, Y),
    ("2015–17", "2015", "2017", False, False, Y),
    ("2015-17", "2015", "2017", False, False, Y),
    ("1998–02", "1998", "2002", False, False, Y),
    ("Jan 2015 - 2017", "2015-01", "2017", False, False, Y),
    ("Summer 2016 - Fall 2017", "2016-06", "2017-09", False, False, S),
    ("Summer 2016 - Oct 2017", "2016-06", "2017-10", False, False, S),
    ("Jan–Mar 2019", "2019-01", "2019-03", False, False, M),
    # A quarter is three months: it starts in its first and ends in its last.
    ("Q1 2017 – Q2 2019", "2017-01", "2019-06", False, False, M),
    ("Q3/2020 - Present", "2020-07", None, True, False, M),
    ("Q4 2021", "2021-10", "2021-12", False, False, M),
    ("Jan 2018 - Q2 2019", "2018-01", "2019-06", False, False, M),
    # Year-dot-month, and arrows between the ends.
    ("2019.03 – 2023.05", "2019-03", "2023-05", False, False, M),
    ("2023-01 > present", "2023-01", None, True, False, M),
    ("2019 → 2021", "2019", "2021", False, False, Y),
    ("Jan 2018 -> Mar 2019", "2018-01", "2019-03", False, False, M),
    ("Nov - Feb 2019", "2018-11", "2019-02", False, False, M),
    ("Jun '17 – Aug '19", "2017-06", "2019-08", False, False, M),
    ("Jun ’17 – Aug ’19", "2017-06", "2019-08", False, False, M),
    ("'17 - '19", "2017", "2019", False, False, Y),
    ("’17 – present", "2017", None, True, False, Y),
    # Present written the Nigerian/Indian way, or in the CV's own language.
    ("January 2020 – Date", "2020-01", None, True, False, M),
    ("Jan 2020 – date", "2020-01", None, True, False, M),  # British, after a dash
    ("summer 21", "2021-06", "2021-08", False, False, S),  # a season with a bare short year
    # A table's From and To cells, rendered with a cell border between them.
    ("Jun 2016 | Mar 2018", "2016-06", "2018-03", False, False, M),
    ("Jul 2021 | Till Date", "2021-07", None, True, False, M),
    ("2014 | 2016", "2014", "2016", False, False, Y),
    ("2018-date", "2018", None, True, False, Y),
    ("2021 – heden", "2021", None, True, False, Y),
    ("03/2018 - heute", "2018-03", None, True, False, M),
    ("2019 – actualidad", "2019", None, True, False, Y),
    ("2017 - aujourd'hui", "2017", None, True, False, Y),
    # Day-month-year with hyphens or slashes (Indian, Filipino, seafarers' CVs).
    ("10-Jan-2025 to 02-Sep-2025", "2025-01", "2025-09", False, False, M),
    ("3/Mar/2019 – 28/Feb/2021", "2019-03", "2021-02", False, False, M),
    # Months and "present" in the CV's own language (Spanish, Polish, Turkish, Chinese,
    # Vietnamese, Italian, Portuguese).
    ("Ene 2019 – Abr 2021", "2019-01", "2021-04", False, False, M),
    ("lut 2020 - wrz 2021", "2020-02", "2021-09", False, False, M),
    ("Haziran 2015 – Eylül 2015", "2015-06", "2015-09", False, False, M),
    ("Eylül 2018 – Mart 2022", "2018-09", "2022-03", False, False, M),
    ("2022.03 – 至今", "2022-03", None, True, False, M),
    ("06/2021 – nay", "2021-06", None, True, False, M),
    ("03/2020 – in corso", "2020-03", None, True, False, M),
    ("01/2021 – a la fecha", "2021-01", None, True, False, M),
    ("09/2022 até o momento", "2022-09", None, True, False, M),
    ("outubro de 2018 – janeiro de 2023", "2018-10", "2023-01", False, False, M),
    ("de mars 2017 à septembre 2020", "2017-03", "2020-09", False, False, M),
    # A season across the turn of the year (a southern summer, a northern ski season).
    ("Summer 2024–25", "2024-12", "2025-02", False, False, S),
    ("Winter 2025/2026", "2025-12", "2026-02", False, False, S),
    # A Christmas temp's season: November and December.
    ("Christmas 2024", "2024-11", "2024-12", False, False, S),
    ("Xmas 2017 – Jan 2018", "2017-11", "2018-01", False, False, S),
    # The year first, then the month's name (South and East Asian CVs).
    ("2023 Jan – Present", "2023-01", None, True, False, M),
    ("2019 Jun – 2022 Dec", "2019-06", "2022-12", False, False, M),
    ("2020 Sept. – 2021 June", "2020-09", "2021-06", False, False, M),
    # German university semesters: winter October to March, summer April to September.
    ("WS 2023/24", "2023-10", "2024-03", False, False, S),
    ("WiSe 21/22 – SoSe 2023", "2021-10", "2023-09", False, False, S),
    ("SS 2024", "2024-04", "2024-09", False, False, S),
    ("Wintersemester 2022/23 – heute", "2022-10", None, True, False, S),
    ("winter semester 2019/2020", "2019-10", "2020-03", False, False, S),
    # Start and end in side-by-side table columns, only a gap between them.
    ("Jan 2020    Mar 2021", "2020-01", "2021-03", False, False, M),
    ("01/09/2019\t30/06/2021", "2019-09", "2021-06", False, False, M),
    ("Mar 2019\tPresent", "2019-03", None, True, False, M),
]


@pytest.mark.parametrize(("text", "start", "end", "present", "single", "precision"), FORMATS)
def test_formats(
    text: str, start: str, end: str | None, present: bool, single: bool, precision: Precision
) -> None:
    found = _only(text)
    assert (_iso(found.start), _iso(found.end), found.present, found.single) == (
        start,
        end,
        present,
        single,
    )
    assert found.precision is precision
    assert found.span == Span(0, len(text))
    assert found.warnings == ()


# line, the matched text, start, end, present
IN_LINES = [
    (
        "Shift Supervisor, Café Lumen — Leeds   Jan 2019 – Present",
        "Jan 2019 – Present",
        "2019-01",
        None,
        True,
    ),
    ("Retail Associate (06/2017 to 08/2019)", "06/2017 to 08/2019", "2017-06", "2019-08", False),
    ("Cashier, Corner Shop 2019 - 2021", "2019 - 2021", "2019", "2021", False),
    ("Barista | Since May 2019 | Leeds", "Since May 2019", "2019-05", None, True),
    ("Call centre agent from 2015 to 2017, Halifax", "from 2015 to 2017", "2015", "2017", False),
    ("Host (Summer 2016)", "Summer 2016", "2016-06", "2016-08", False),
    ("Waiter, The Anchor, 2018", "2018", "2018", None, False),
    ("Volunteer (2018)", "2018", "2018", None, False),
    ("2018   Summer job, Cadbury World", "2018", "2018", None, False),
    ("2016: Dishwasher, Mama Lucia's Trattoria", "2016", "2016", None, False),
    ("2018 | Prep Cook | North Halsted Taproom", "2018", "2018", None, False),
    ("From: 2023-05   To: Present", "From: 2023-05   To: Present", "2023-05", None, True),
    ("Served customers in 2019.", "2019", "2019", None, False),
    ("Team lead 2015 - 2017 at Tesco", "2015 - 2017", "2015", "2017", False),
    (
        "MV Sea Lantern   Assistant Waiter   Solenne Cruise Line   10-Jan-2025   02-Sep-2025",
        "10-Jan-2025   02-Sep-2025",
        "2025-01",
        "2025-09",
        False,
    ),
    (
        "Call 0113 496 0000 • Cashier Jan 2019 - Mar 2020",
        "Jan 2019 - Mar 2020",
        "2019-01",
        "2020-03",
        False,
    ),
]


@pytest.mark.parametrize(("line", "matched", "start", "end", "present"), IN_LINES)
def test_dates_inside_lines(
    line: str, matched: str, start: str, end: str | None, present: bool
) -> None:
    found = _only(line)
    assert found.span.slice(line) == matched
    assert (_iso(found.start), _iso(found.end), found.present) == (start, end, present)


NEGATIVES = [
    "Call 555-2019",
    "Phone: (512) 555-2019",
    "+44 113 496 2019",
    "Tel 020 7946 2019",
    "Austin, TX 78701",
    "2000 calls a day",
    "Handled 2000 calls a day",
    "Handled calls daily, up to 2000",
    "served 2019 customers",
    "Handled 2000 - 2050 calls per shift",
    "ISO 9001",
    "ISO 9001:2015",
    "Windows 10",
    "Microsoft Office 2019",
    "Top 10%",
    "Raised $2019 for charity",
    "Ticket #2019",
    "Improved CSAT by 20% in 12 weeks",
    "'19",
    "19",
    "Jan",
    "May I help you",
    "Present",
    "1949",
    "Order 12/05/2019",
    "Delivered 12/05/2019, invoiced 14/05/2019",
    "Sep-19",
    "Handled May 20 people",
    "Jan 19:30 to Feb 20",
    "FY2019 targets",
    "2018 annual report",
    "Top rep in Q3 2021",
    "WS 2023/25",  # a winter semester's years must follow each other
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_date_ranges(text, AS_OF) == []


def test_turkish_month_names_that_are_names_count_only_after_no_word() -> None:
    assert _only("Bright Mart 2019 – Present").span.start == len("Bright Mart ")
    assert _only("Mart 2016 – Halen").present


def test_dates_in_columns_out_of_order_or_close_together_stay_apart() -> None:
    for text in ("Mar 2021    Jan 2020", "Jan 2019  Mar 2020", "2019    2021"):
        assert [r.single for r in find_date_ranges(text, AS_OF)] == [True, True], text


def test_no_digit_means_no_work() -> None:
    assert find_date_ranges("Currently supervising the present team, now and ongoing") == []


def test_several_ranges_in_order_with_text_offsets() -> None:
    text = "Cashier 2015 - 2016\nBarista Jan 2017 – Mar 2018\nManager Apr 2018 - Present"
    found = find_date_ranges(text, AS_OF)
    assert [r.span.slice(text) for r in found] == [
        "2015 - 2016",
        "Jan 2017 – Mar 2018",
        "Apr 2018 - Present",
    ]


def test_ranges_do_not_cross_lines() -> None:
    found = find_date_ranges("Jan 2019 –\nPresent", AS_OF)
    assert [(r.single, r.present) for r in found] == [(True, False)]


# text, as_of, months
MONTHS = [
    ("Jan 2019 - Mar 2019", AS_OF, 3),
    ("Jan–Mar 2019", AS_OF, 3),
    ("Mar 2019 - Mar 2019", AS_OF, 1),
    ("2015 - 2017", AS_OF, 25),
    ("2015–17", AS_OF, 25),
    ("2017 - 2017", AS_OF, 12),
    ("Mar 2017 - 2017", AS_OF, 10),
    ("2017 - Mar 2018", AS_OF, 15),
    ("Jan 2015 - 2017", AS_OF, 25),
    ("Summer 2016 - Fall 2016", AS_OF, 4),
    ("Jan 2026 - Present", (2026, 11), 11),
    ("Since May 2026", (2026, 11), 7),
    ("2025 - Present", (2026, 3), 15),
    ("Mar 2020 - Jan 2020", AS_OF, 3),
    ("Summer 2016", AS_OF, 3),
]


@pytest.mark.parametrize(("text", "as_of", "months"), MONTHS)
def test_month_interval(text: str, as_of: tuple[int, int], months: int) -> None:
    interval = month_interval(_only(text, as_of), as_of)
    assert interval is not None
    assert interval[1] - interval[0] + 1 == months


@pytest.mark.parametrize("text", ["2017", "May 2018", "(2019)", "May 2018, date of issue"])
def test_single_dates_count_no_months(text: str) -> None:
    found = _only(text)
    assert found.single and found.end is None and not found.present
    assert month_interval(found, AS_OF) is None


def test_present_range_starting_after_as_of_counts_no_months() -> None:
    found = _only("Jan 2027 - Present")
    assert found.warnings == (WARN_AFTER_AS_OF,)
    assert month_interval(found, AS_OF) is None


def test_month_interval_without_start() -> None:
    empty = DateRange(None, None, False, Span(0, 0), Precision.NONE, False)
    assert month_interval(empty, AS_OF) is None


def test_interval_values() -> None:
    assert month_interval(_only("Jan 2019 - Mar 2019"), AS_OF) == (
        month_index(2019, 1),
        month_index(2019, 3),
    )
    assert month_interval(_only("2019 - Present"), (2020, 6)) == (
        month_index(2019, 1),
        month_index(2020, 6),
    )


# text, as_of, warnings, start, end
WARNINGS = [
    ("Mar 2020 - Jan 2019", AS_OF, (WARN_REVERSED,), "2019-01", "2020-03"),
    ("2017 - 2015", AS_OF, (WARN_REVERSED,), "2015", "2017"),
    ("Mar 2019 - 2019", AS_OF, (), "2019-03", "2019"),
    ("Jan 2019 - Mar 2027", AS_OF, (WARN_AFTER_AS_OF,), "2019-01", "2027-03"),
    ("Jan 2019 - Dec 2026", AS_OF, (WARN_AFTER_AS_OF,), "2019-01", "2026-12"),
    ("Jan 2019 - Nov 2026", AS_OF, (), "2019-01", "2026-11"),
    ("Jan 2019 - 2026", AS_OF, (), "2019-01", "2026"),
    ("Jan 2019 - Mar 2027", None, (), "2019-01", "2027-03"),
    ("Jan 1948 - Mar 1951", AS_OF, (WARN_BEFORE_1950,), "1948-01", "1951-03"),
    ("1948 - 1951", None, (WARN_BEFORE_1950,), "1948", "1951"),
    ("2030 - 1948", AS_OF, (WARN_REVERSED, WARN_AFTER_AS_OF, WARN_BEFORE_1950), "1948", "2030"),
]


@pytest.mark.parametrize(("text", "as_of", "warnings", "start", "end"), WARNINGS)
def test_warnings(
    text: str, as_of: tuple[int, int] | None, warnings: tuple[str, ...], start: str, end: str
) -> None:
    found = _only(text, as_of)
    assert found.warnings == warnings
    assert (_iso(found.start), _iso(found.end)) == (start, end)


def test_single_date_after_as_of_is_flagged() -> None:
    assert _only("May 2027").warnings == (WARN_AFTER_AS_OF,)


# written, as_of year, year
TWO_DIGIT = [
    ("'17", 2026, 2017),
    ("'27", 2026, 2027),
    ("'28", 2026, 1928),
    ("'99", 2026, 1999),
    ("'00", 2026, 2000),
    ("'05", 2004, 2005),
    ("'06", 2004, 1906),
]


@pytest.mark.parametrize(("written", "as_of_year", "year"), TWO_DIGIT)
def test_two_digit_years(written: str, as_of_year: int, year: int) -> None:
    as_of = (as_of_year, 6)
    found = _only(f"Jan {written} - Present", as_of)
    assert found.start == PartialDate(year, 1, M)
    parsed = parse_date(f"Jan {written}", as_of)
    assert parsed is not None and parsed.year == year


def test_two_digit_years_without_as_of_use_the_default_cutoff() -> None:
    found = _only("Jun '49 - Aug '50", None)
    assert (_iso(found.start), _iso(found.end)) == ("1950-08", "2049-06")
    assert found.warnings == (WARN_REVERSED,)


def test_two_digit_year_range_across_centuries() -> None:
    found = _only("Sep '98 – Jun '02")
    assert (_iso(found.start), _iso(found.end)) == ("1998-09", "2002-06")


def test_iso_month_wins_over_short_year_range() -> None:
    # "2010-11" is November 2010, not 2010–2011; with an en dash it is a range.
    assert _iso(_only("2010-11").start) == "2010-11"
    assert (_iso(_only("2010–11").start), _iso(_only("2010–11").end)) == ("2010", "2011")


PARSE = [
    ("Jan 2019", PartialDate(2019, 1, M)),
    ("  january 2019 ", PartialDate(2019, 1, M)),
    ("Sept. 2019", PartialDate(2019, 9, M)),
    ("01/2019", PartialDate(2019, 1, M)),
    ("2019-01", PartialDate(2019, 1, M)),
    ("2019/12", PartialDate(2019, 12, M)),
    ("2019", PartialDate(2019, None, Y)),
    ("Fall 2015", PartialDate(2015, 9, S)),
    ("Winter 2019", PartialDate(2019, 1, S)),
    ("Jun '17", PartialDate(2017, 6, M)),
    ("Jan 1945", PartialDate(1945, 1, M)),
    ("Present", None),
    ("Jan", None),
    ("2019 - 2020", None),
    ("1949", None),
    ("13/2019", None),
    ("2019-13", None),
    ("", None),
    ("hello", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE)
def test_parse_date(text: str, expected: PartialDate | None) -> None:
    assert parse_date(text) == expected


def test_partial_date_iso_and_validation() -> None:
    assert PartialDate(2019, 1, M).iso() == "2019-01"
    assert PartialDate(2016, 6, S).iso() == "2016-06"
    assert PartialDate(2019, None, Y).iso() == "2019"
    with pytest.raises(ValueError):
        PartialDate(2019, None, M)
    with pytest.raises(ValueError):
        PartialDate(2019, 3, Y)
    with pytest.raises(ValueError):
        PartialDate(2019, 13, M)


@pytest.mark.parametrize(("text", "expected"), [("2026-11", (2026, 11)), (" 2026-1 ", (2026, 1))])
def test_parse_as_of(text: str, expected: tuple[int, int]) -> None:
    assert parse_as_of(text) == expected


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026", "Nov 2026", "26-11", ""])
def test_parse_as_of_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_as_of(text)


def test_month_index_and_iso() -> None:
    assert month_index(2019, 1) == 2019 * 12
    assert index_to_iso(month_index(2019, 12)) == "2019-12"
    with pytest.raises(ValueError):
        month_index(2019, 0)


def test_merge_total_and_gaps_examples() -> None:
    jan, mar, apr, jun = (month_index(2019, m) for m in (1, 3, 4, 6))
    assert merge_intervals([(apr, jun), (jan, mar)]) == [(jan, jun)]  # adjacent merge
    assert total_months([(jan, mar), (jan + 1, apr)]) == 4  # overlap counted once
    assert total_months([]) == 0
    dec = month_index(2019, 12)
    assert find_gaps([(jan, mar), (dec, dec)]) == [(apr, dec - 1)]
    assert find_gaps([(jan, mar), (jun, jun)]) == []  # Apr–May is 2 months
    assert find_gaps([(jan, mar), (jun, jun)], min_months=2) == [(apr, apr + 1)]
    with pytest.raises(ValueError):
        merge_intervals([(5, 4)])


def test_lines_without_dates_are_cheap() -> None:
    lines = [
        "Handled customer enquiries by phone and email for a busy store",
        "Skills: Excel, Zendesk, Salesforce, de-escalation",
        "• Trained new staff on till procedures and the returns policy",
        "Jordan Pike",
        "EXPERIENCE",
    ] * 16
    best = min(_timed(lines) for _ in range(20))
    assert best < 0.001


def _timed(lines: list[str]) -> float:
    t0 = time.perf_counter()
    for line in lines:
        find_date_ranges(line, AS_OF)
    return time.perf_counter() - t0


# --- properties -------------------------------------------------------------------------------

# (first month, length - 1) pairs, turned into inclusive intervals inside the test.
starts_and_lengths = st.lists(st.tuples(st.integers(0, 240), st.integers(0, 36)), max_size=10)


@settings(derandomize=True, max_examples=200)
@given(starts_and_lengths, st.integers(1, 12))
def test_interval_properties(pairs: list[tuple[int, int]], min_months: int) -> None:
    intervals = [(first, first + extra) for first, extra in pairs]
    merged = merge_intervals(intervals)
    total = total_months(intervals)
    covered = {m for first, last in intervals for m in range(first, last + 1)}
    # The total never exceeds the span from the earliest start to the latest end...
    if intervals:
        earliest = min(first for first, _ in intervals)
        latest = max(last for _, last in intervals)
        assert total <= latest - earliest + 1
    # ...and never double counts: it is the number of distinct months covered.
    assert total == len(covered)
    # Merging is idempotent and leaves intervals that neither overlap nor touch.
    assert merge_intervals(merged) == merged
    for (_, prev_last), (next_first, _) in pairwise(merged):
        assert next_first > prev_last + 1
    # Gaps are long enough, wholly uncovered, and bounded by covered months.
    for first, last in find_gaps(intervals, min_months):
        assert last - first + 1 >= min_months
        assert not covered & set(range(first, last + 1))
        assert first - 1 in covered and last + 1 in covered


MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STYLES = [
    lambda y, m: f"{MONTH_NAMES[m - 1]} {y}",
    lambda y, m: f"{MONTH_NAMES[m - 1].upper()}. {y}",
    lambda y, m: f"{m:02d}/{y}",
    lambda y, m: f"{m}/{y}",
    lambda y, m: f"{y}-{m:02d}",
]


@settings(derandomize=True, max_examples=200)
@given(
    st.integers(1950, 2026),
    st.integers(1, 12),
    st.integers(0, 40),
    st.sampled_from(range(len(STYLES))),
    st.sampled_from([" - ", " – ", "–", " to ", " until "]),
)
def test_written_ranges_round_trip(
    year: int, month: int, length: int, style: int, sep: str
) -> None:
    first = month_index(year, month)
    last = first + length
    end_year, end_month0 = divmod(last, 12)
    write = STYLES[style]
    text = (
        f"Customer Advisor, Acme Ltd   {write(year, month)}{sep}{write(end_year, end_month0 + 1)}"
    )
    found = _only(text, (2100, 1))
    assert month_interval(found, (2100, 1)) == (first, last)


@settings(derandomize=True, max_examples=200)
@given(st.text(alphabet="0123456789 -–/'’.,()JanMyPresntoSumerFal%$:\n", max_size=60))
def test_finding_never_fails_on_junk(text: str) -> None:
    for found in find_date_ranges(text, AS_OF):
        assert 0 <= found.span.start < found.span.end <= len(text)
        assert found.start is not None


@settings(derandomize=True, max_examples=200)
@given(st.integers(0, 2099 * 12 + 11))
def test_index_iso_round_trip(index: int) -> None:
    assert month_index(*parse_as_of(index_to_iso(index))) == index


@pytest.mark.parametrize("text", ["Date of Birth: 12 March 1995", "2019 date night events"])
def test_date_word_is_present_only_after_a_range_mark(text: str) -> None:
    assert not any(r.present for r in find_date_ranges(text, AS_OF))


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("03/2022 a atual", "2022-03", None, True),
        ("08/2019 a 02/2022", "2019-08", "2022-02", False),
        ("janvier 2019 – juin 2021", "2019-01", "2021-06", False),
        ("mai 2018 à août 2019", "2018-05", "2019-08", False),
        ("seit März 2020", "2020-03", None, True),
        ("2015 bis heute", "2015", None, True),
        ("2015 tot 2018", "2015", "2018", False),
        ("2022-05 t/m heden", "2022-05", None, True),
        ("enero 2019 al diciembre 2021", "2019-01", "2021-12", False),
        ("Juli 2019 - dez. 2020", "2019-07", "2020-12", False),
        ("settembre 2016 – luglio 2018", "2016-09", "2018-07", False),
        ("02/2020 – bis heute", "2020-02", None, True),
        ("05/2021 - bis jetzt", "2021-05", None, True),
        ("2019 – tot op heden", "2019", None, True),
        ("03/2018 – momentan", "2018-03", None, True),
        ("02-2024 t/m nu", "2024-02", None, True),
    ],
)
def test_ranges_written_in_other_languages(
    text: str, start: str, end: str | None, present: bool
) -> None:
    found = _only(text)
    assert (_iso(found.start), _iso(found.end), found.present) == (start, end, present)


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("Customer Advisor   9.2022 - present", "2022-09", None, True),
        ("3.2019 - 8.2022", "2019-03", "2022-08", False),
        ("1.2020 - 12.2021", "2020-01", "2021-12", False),
        ("TRATTORIA SORELLA   01/18 – 02/20", "2018-01", "2020-02", False),
        ("11/19 - Present", "2019-11", None, True),
    ],
)
def test_short_numeric_months_count_inside_a_range(
    text: str, start: str, end: str | None, present: bool
) -> None:
    found = _only(text)
    assert (_iso(found.start), _iso(found.end), found.present) == (start, end, present)


@pytest.mark.parametrize(
    "text", ["Rated 4.8/5 by guests", "Open 24/7", "Passed 9/10 audits", "Version 3.2019 build"]
)
def test_short_numeric_months_alone_are_no_dates(text: str) -> None:
    assert find_date_ranges(text, AS_OF) == []


@pytest.mark.parametrize(
    "text", ["(4 yrs 11 mths)", "3 yrs 8 mos", "(2 years)", "7 months", "(1 mth)"]
)
def test_tenures_written_beside_dates_are_durations(text: str) -> None:
    from cxscore.dates import DURATION

    assert DURATION.fullmatch(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sales Clerk (summer job)   Summer 2023 (April – May)", (2023, 4), (2023, 5)),
        ("PASS Leader   Semester 1, 2025 (Mar – Jun)", (2025, 3), (2025, 6)),
        ("Fruit Picker   Summer 2023 (Dec - Feb)", (2023, 12), (2024, 2)),
        ("Saisonkraft   Saison 2021 (Mai-Sept.)", (2021, 5), (2021, 9)),
        ("Animateur   Été 2019 (juin – août)", (2019, 6), (2019, 8)),
    ],
)
def test_months_in_brackets_after_a_season_or_a_year_are_its_span(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert (found.start.year, found.start.month) == start
    assert found.end is not None and (found.end.year, found.end.month) == end
    assert text[found.span.start : found.span.end].endswith(")")


def test_a_season_worked_again_and_again_is_one_range_a_year() -> None:
    from cxscore.dates import repeated_seasons

    def months(text: str) -> list[tuple[int, int | None, int, int | None]]:
        return [
            (r.start.year, r.start.month, r.end.year, r.end.month)
            for r in repeated_seasons(text, (2026, 11))
            if r.end is not None
        ]

    assert months("Summers 2022 & 2023") == [(2022, 6, 2022, 8), (2023, 6, 2023, 8)]
    assert months("Summer seasons 2015, 2016 and 2017 (June – September)") == [
        (2015, 6, 2015, 9),
        (2016, 6, 2016, 9),
        (2017, 6, 2017, 9),
    ]
    assert months("Summer 2019") == []
    assert months("Summer 2019 – Summer 2021") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jan 2021 ? Present", [((2021, 1), None, True)]),
        ("Jan 2021 \ufffd Mar 2022", [((2021, 1), (2022, 3), False)]),
        ("Did you work in 2019? 2020 was busy", []),
    ],
)
def test_a_dash_lost_to_a_wrong_encoding_still_joins_a_range(
    text: str, found: list[tuple[tuple[int, int], tuple[int, int] | None, bool]]
) -> None:
    ranges = find_date_ranges(text, (2026, 11))
    assert [
        (
            (r.start.year, r.start.month),
            (r.end.year, r.end.month) if r.end else None,
            r.present,
        )
        for r in ranges
    ] == found


def test_a_month_name_and_year_joined_by_a_slash() -> None:
    (found,) = find_date_ranges("Customer Success Analyst   Feb/2022 – Present", (2026, 11))
    assert (found.start.year, found.start.month, found.present) == (2022, 2, True)
    (found,) = find_date_ranges("Jan/2019 – Jan/2022", (2026, 11))
    assert found.end is not None and (found.end.year, found.end.month) == (2022, 1)


def test_a_present_word_given_again_in_english() -> None:
    """ "2022-02 – atual / current": the range runs over both words, so the line is dates
    alone; "present / London" keeps the place out."""
    text = "2022-02 – atual / current"
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.present and found.span == Span(0, len(text))
    (found,) = find_date_ranges("2019 – Present / London", (2026, 11))
    assert found.present and found.span == Span(0, len("2019 – Present"))


@pytest.mark.parametrize(
    "text",
    [
        "1.2021 – continues",
        "03/2019 - pågående",
        "01/2020 – laufend",
        "2020-03 to Todate",
        "09.2019 – present time",
    ],
)
def test_a_range_still_running_in_other_words(text: str) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.present and found.span == Span(0, len(text))


@pytest.mark.parametrize("text", ["Sommer 2017", "Verano 2017", "Été 2017", "Zomer 2017"])
def test_summer_in_other_languages_is_june_to_august(text: str) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.end is not None
    assert (found.start.month, found.end.month, found.start.year) == (6, 8, 2017)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2015年4月 ～ 2019年3月", (2015, 4), (2019, 3)),  # Japanese: wave dash, 年 and 月
        ("2012.04 〜 2015.03", (2012, 4), (2015, 3)),
        ("Apr 2012 (2012年4月) ~ Mar 2015 (2015年3月)", (2012, 4), (2015, 3)),
        ("out/2018 – abr/2020", (2018, 10), (2020, 4)),  # Portuguese October
        ("jun/2017 a set/2021", (2017, 6), (2021, 9)),  # and September
        ("2019年4月 – 現在", (2019, 4), None),
        ("2019.04 ~ 현재", (2019, 4), None),
    ],
)
def test_east_asian_and_portuguese_month_forms(
    text: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert (found.start.year, found.start.month) == start
    assert ((found.end.year, found.end.month) if found.end else None) == end
    assert found.present is (end is None)
    assert found.span == Span(0, len(text))


def test_a_bracketed_echo_of_another_month_is_a_date_of_its_own() -> None:
    found = find_date_ranges("Apr 2012 (2013年4月) ~ Mar 2015", (2026, 11))
    assert len(found) == 3
    assert find_date_ranges("a set of 2019 tools", (2026, 11)) == []


def test_a_joining_word_a_column_gap_before_the_dates_is_no_from() -> None:
    text = "Analista de Prevención de   mar. 2023 – actualidad"
    (found,) = find_date_ranges(text, (2026, 11))
    assert text[found.span.start : found.span.end] == "mar. 2023 – actualidad"
    (found,) = find_date_ranges("de 2019 al 2021", (2026, 11))
    assert found.span == Span(0, len("de 2019 al 2021"))


@pytest.mark.parametrize("text", ["2022-06 a la fecha", "mar. 2024 – hoy", "2019 à ce jour"])
def test_running_ranges_in_spanish_and_french_words(text: str) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.present and found.span == Span(0, len(text))


@pytest.mark.parametrize(
    ("text", "start", "end", "matched"),
    [
        ("Feb 2020 · 11 months", (2020, 2), (2020, 12), "Feb 2020 · 11 months"),
        ("Mar 2019 – 14 months", (2019, 3), (2020, 4), "Mar 2019 – 14 months"),
        ("Apr 2022 · 2 yrs 2 mos", (2022, 4), (2024, 5), "Apr 2022 · 2 yrs 2 mos"),
        ("Period: May'18 – 12 months", (2018, 5), (2019, 4), "May'18 – 12 months"),
        ("Dec 2019 (1 month)", (2019, 12), (2019, 12), "Dec 2019 (1 month)"),
        # After "ending", the month is the last and the tenure counts back from it.
        (
            "Barback — ending June 2024 — 1 yr 2 mos",
            (2023, 5),
            (2024, 6),
            "ending June 2024 — 1 yr 2 mos",
        ),
    ],
)
def test_a_month_and_the_tenure_after_it_make_a_range(
    text: str, start: tuple[int, int], end: tuple[int, int], matched: str
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.start is not None and found.end is not None
    assert (found.start.year, found.start.month) == start
    assert (found.end.year, found.end.month) == end
    assert not found.single and not found.present
    assert text[found.span.start : found.span.end] == matched


@pytest.mark.parametrize(
    "text",
    [
        "Joined May 2019, promoted after 6 months",  # a later event, not the tenure
        "Jan 2020 (3 weeks)",  # shorter than a month: the month alone
    ],
)
def test_a_tenure_that_does_not_follow_a_month_makes_no_range(text: str) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.end is None and not found.present
    # The range a month and its end make keeps its end; a tenure beside it changes nothing.
    (kept,) = find_date_ranges("Mar 2021 - Dec 2022 · 1 yr 10 mos", (2026, 11))
    assert kept.end is not None and (kept.end.year, kept.end.month) == (2022, 12)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("set 2022 – oggi", (2022, 9), None),  # Italian September before a range
        ("sett. 2020 – giu. 2021", (2020, 9), (2021, 6)),
        ("giugno 2021 – attuale", (2021, 6), None),
        ("Mai 2022 – dato", (2022, 5), None),  # German "(bis) dato"
    ],
)
def test_italian_and_german_months_and_running_ranges(
    text: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.start is not None and (found.start.year, found.start.month) == start
    assert ((found.end.year, found.end.month) if found.end else None) == end
    assert found.present is (end is None)
    # English "set" before a year stays a word.
    assert find_date_ranges("set 2019 targets", (2026, 11)) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Spring semester 2025", (2025, 1), (2025, 5)),
        ("Fall term 2018", (2018, 9), (2018, 12)),
        ("Summer term 2024", (2024, 5), (2024, 8)),
        ("Fall semester 2024 – Spring semester 2025", (2024, 9), (2025, 5)),
        ("Michaelmas term 2023", (2023, 10), (2023, 12)),
        ("Lent Term 2024 – Easter Term 2024", (2024, 1), (2024, 6)),
        ("Hilary term 2022", (2022, 1), (2022, 3)),
    ],
)
def test_an_academic_term_covers_its_months(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.start is not None and found.end is not None
    assert (found.start.year, found.start.month) == start
    assert (found.end.year, found.end.month) == end
    assert found.span == Span(0, len(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("From (mm/yyyy): 06/2024    To (mm/yyyy): present", (2024, 6), None),
        ("From (MM/YY): 06/24 To (MM/YY): 09/25", (2024, 6), (2025, 9)),
        ("From (month/year): June 2024 To (month/year): Present", (2024, 6), None),
        ("Start date: 03/2019   End date: 05/2021", (2019, 3), (2021, 5)),
    ],
)
def test_an_application_forms_date_hints_and_end_date_label_part_a_range(
    text: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.start is not None and (found.start.year, found.start.month) == start
    got_end = (found.end.year, found.end.month) if found.end else None
    assert got_end == end and found.present == (end is None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sign on 04 Feb 2025 – Sign off 27 Oct 2025", (2025, 2), (2025, 10)),
        ("Embarked 05 Jan 2025 - Disembarked 28 Aug 2025", (2025, 1), (2025, 8)),
        ("Signed on: 03/2021   Signed off: 11/2021", (2021, 3), (2021, 11)),
        ("Embarkation date 12/2023 – Disembarkation date 07/2024", (2023, 12), (2024, 7)),
    ],
)
def test_a_seafarers_sign_off_and_disembarked_labels_part_a_range(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    (found,) = find_date_ranges(text, (2026, 11))
    assert found.start is not None and (found.start.year, found.start.month) == start
    assert found.end is not None and (found.end.year, found.end.month) == end


def test_a_year_before_a_month_and_its_year_is_no_year_month() -> None:
    # "Tax season 2015   Jan. 2015 – Apr. 2015": the first year names the season
    found = _only("Tax season 2015   Jan. 2015 – Apr. 2015")
    assert (_iso(found.start), _iso(found.end)) == ("2015-01", "2015-04")
