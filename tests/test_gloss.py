"""English glosses of foreign job and duty words."""

from __future__ import annotations

import pytest

from cxscore.feature_values import EntryInput, field_texts, line_texts, match_occupations
from cxscore.gloss import glossed, glosses
from cxscore.lexicon import english_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caissière (job étudiant)", "Caissière cashier (job étudiant)"),
        ("Atendimento ao público", "Atendimento serving customers ao público public"),
        ("Gestion des réclamations", "Gestion management des réclamations complaints"),
        ("Kellnerin im Biergarten", "Kellnerin waiter im Biergarten"),
    ],
)
def test_foreign_words_are_followed_by_their_gloss(text: str, expected: str) -> None:
    assert glossed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Served customers at the till and handled complaints",
        "Hotel receptionist: checked in guests, took bookings by phone",
        "",
    ],
)
def test_english_text_is_read_as_written(text: str) -> None:
    assert glossed(text) == text


def test_no_glossed_form_is_an_english_word_or_a_phrase() -> None:
    table = glosses()
    assert len(table) > 400
    english = english_words()
    # "stage", "formation", "service", "client" are English words too: never glossed.
    assert not [form for form in table if form in english]
    assert all(" " not in form and len(form) >= 3 for form in table)
    assert "formation" not in table and "stage" not in table


def test_the_classifiers_and_the_occupation_prior_read_the_gloss() -> None:
    entry = EntryInput(
        title="Caissière",
        organization="Supermarché Delmas",
        duties="Encaissement et accueil des clients\nRéclamations",
        section="work",
        employment_type="paid",
    )
    assert field_texts([entry], "title") == ["Caissière cashier"]
    lines, owner = line_texts([entry], "duties")
    assert lines[1] == "Réclamations complaints" and list(owner) == [0, 0]
    (match,) = match_occupations([entry])
    assert match is not None and "Cashier" in match.title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kundenberatung", "Kundenberatung customers advice"),
        ("Servicemitarbeiterin (Saison)", "Servicemitarbeiterin service staff (Saison)"),
        ("Pharma-Assistentin", "Pharma-Assistentin pharmacy assistant"),
        ("Medewerker klantendienst", "Medewerker clerk klantendienst customers service"),
        ("gestion de l'accueil", "gestion management de l'accueil welcoming reception"),
    ],
)
def test_german_and_dutch_compounds_and_elided_french_words(text: str, expected: str) -> None:
    assert glossed(text) == expected


@pytest.mark.parametrize(
    "text", ["Ran the kitchen for a 70-cover gastropub", "Under the pharmacist's check"]
)
def test_an_english_word_that_starts_like_a_compound_is_left_alone(text: str) -> None:
    # A known first part alone is no compound: "gast…", "pharma…" start English words too.
    assert glossed(text) == text
