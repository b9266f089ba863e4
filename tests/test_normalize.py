"""Skipping ftfy on lines it would not change gives exactly ftfy's result."""

from __future__ import annotations

from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxscore.normalize import _fix_text, _ftfy_config, normalize_line

GOLDEN = Path(__file__).parent / "golden"

LINES = [
    "Café — São Paulo, 2019–2021",
    "Résumé: naïve coöperation, “quoted” and ‘single’ … • bullets",
    "Ï¿½ stray",
    "CafÃ© manager â€“ greeted guests",  # UTF-8 read as cp1252
    "Ã©lÃ¨ves",
    "ﬁxed ﬂoor issues",  # ligatures
    "ＬＯＵＤ　ＮＯＩＳＥＳ",  # full width
    "Tom &amp; Jerry&#x2019;s café",
    "control\u0085char and \u200bzero width",
    "Ελληνικά, Русский язык, 日本語, العربية, עברית",
    "РїСЂРёРІРµС‚",  # UTF-8 Cyrillic read as cp1251
    "Zoë Brontë — Ångström Ltd. ½ day, 30 °C, ±5 %, €40, £30, ¥200",
    "e\u0301tudiant (decomposed accent)",
]


def ftfy_only(text: str) -> str:
    return str(ftfy.fix_text(text, _ftfy_config()))


@pytest.mark.parametrize("line", LINES)
def test_known_lines_match_ftfy(line: str) -> None:
    assert _fix_text(line) == ftfy_only(line)


def test_golden_texts_match_ftfy() -> None:
    lines = [
        line
        for path in sorted(GOLDEN.glob("*"))
        for line in path.read_text("utf-8").splitlines()
        if not line.isascii()
    ]
    assert lines
    for line in lines:
        assert _fix_text(line) == ftfy_only(line), line


_ALPHABET = st.sampled_from(
    list("aeiou stnr-.,;:'\"&#")
    + [chr(c) for c in range(0x80, 0x250)]
    + list("—–‘’“”…•€™ŒœŠšŽžƒˆ˜‰‹›†‡")
    + [chr(c) for c in range(0x391, 0x3C9)]
    + [chr(c) for c in range(0x410, 0x44F)]
    + list("日本語中文한국어ﬁﬂＡＢ　\ufffd\u0301")
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(_ALPHABET, min_size=1, max_size=24))
def test_random_text_matches_ftfy(text: str) -> None:
    assert _fix_text(text) == ftfy_only(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Greeted guests", "• Greeted guests"),
        ("– Now", "– Now"),
        ("– 2020", "– 2020"),
        ("– Jan 2019", "– Jan 2019"),
        ("- 03/2021", "- 03/2021"),
        ("– Janitorial duties", "• Janitorial duties"),
        ("+ Sewed collars", "• Sewed collars"),
        ("+254 722 448 109", "+254 722 448 109"),
        ("— Drew joinery details", "• Drew joinery details"),
        ("-> Answered farmers' calls", "• Answered farmers' calls"),
        ("=> Kept herd records", "• Kept herd records"),
        ("  > 22 weeks of training in Front Office", "• 22 weeks of training in Front Office"),
        (">> Called parents about courses", "• Called parents about courses"),
        ("Sales > target", "Sales > target"),
        ("?   Hand out prescriptions", "• Hand out prescriptions"),
        ("? maybe", "? maybe"),
        ("— 2021", "— 2021"),
        ("— | Farm hand | Pimento Farm", "— | Farm hand | Pimento Farm"),  # an empty cell
        ("-Shop grocery orders in store", "• Shop grocery orders in store"),
        ("-drove passengers to the airport", "• drove passengers to the airport"),
        ("-Present", "-Present"),
        ("-Dec 2019", "-Dec 2019"),
        ("-5% shrink", "-5% shrink"),
    ],
)
def test_a_leading_dash_is_a_bullet_unless_it_ends_a_date_range(line: str, expected: str) -> None:
    from cxscore.normalize import normalize_line

    assert normalize_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**Registered Nurse – Med/Surg Unit**", "Registered Nurse – Med/Surg Unit"),
        ("- **Barista** at Café Noir", "• Barista at Café Noir"),
        ("5 ** 2", "5 ** 2"),
    ],
)
def test_markdown_bold_typed_into_plain_text_is_dropped(line: str, expected: str) -> None:
    from cxscore.normalize import normalize_line

    assert normalize_line(line) == expected


def test_a_web_copy_that_echoes_every_line_keeps_one_of_each() -> None:
    from cxscore.document import RawLine
    from cxscore.normalize import assemble

    lines = ["Experience", "Store Manager", "Northwind Home", "Mar 2019 - Dec 2022", "Austin, TX"]
    echoed = [RawLine(text) for line in lines for text in (line, line)]
    assert assemble(echoed)[0] == "\n".join(lines)
    # One repeated line in an ordinary document stays.
    ordinary = [RawLine(t) for t in ["Cashier", "Cashier", *lines]]
    assert assemble(ordinary)[0] == "\n".join(["Cashier", "Cashier", *lines])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Period\t\t\tPosition\t\t\tCompany", "Period   Position   Company"),
        ("Self-employed\tremote", "Self-employed   remote"),
        ("Cashier  Tesco  Leeds", "Cashier   Tesco   Leeds"),
        # wide spaces between most words of a long line: justified prose
        ("Served  walk-in  customers  at  the  counter  and  phone", None),
    ],
)
def test_short_rows_of_column_gaps_keep_their_gaps(line: str, expected: str | None) -> None:
    assert normalize_line(line) == (expected or " ".join(line.split()))


def test_icon_font_glyphs_part_fields_and_bullet_glyphs_stay_bullets() -> None:
    assert normalize_line("\uf0732020-09 → 2022-03 \uf3c5Amersfoort") == (
        "2020-09 → 2022-03   Amersfoort"
    )
    assert normalize_line("\uf0b7 Visited customers at home") == "• Visited customers at home"
