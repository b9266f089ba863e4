"""Soft skills: taxonomy, paraphrases, false hits, and evidence that is exactly the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from cxscore.cli import app
from cxscore.phrases import activity_phrases, role_phrase
from cxscore.skills import (
    SKILLS,
    SkillModel,
    cue_hits,
    detect_line,
    fit_skill_model,
    load_skill_records,
    taxonomy,
)

TRAIN = ROOT / "training_data" / "skills" / "train.jsonl"


@pytest.fixture(scope="module")
def model() -> SkillModel:
    return fit_skill_model(load_skill_records([TRAIN]))


def skills_of(model: SkillModel, line: str) -> set[str]:
    return {skill for skill, _, _ in detect_line(model, line)}


def test_taxonomy_has_twelve_skills_with_references() -> None:
    items = taxonomy()
    assert [s.id for s in items] == list(SKILLS)
    assert all(s.definition and s.onet and s.esco for s in items)
    result = CliRunner().invoke(app, ["skills"])
    assert result.exit_code == 0 and "conflict_resolution" in result.stdout


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Calmed down furious callers whose flights had been cancelled", "conflict_resolution"),
        ("Sorted out disputes between neighbours over shared parking", "conflict_resolution"),
        ("Handled complaints at the returns desk", "conflict_resolution"),
        ("Worked closely with the night crew to hand over every bed", "teamwork"),
        ("Collaborated with buyers and merchandisers on the spring range", "teamwork"),
        ("Served guests in Spanish and Portuguese", "cultural_awareness"),
        ("Interpreted for Polish-speaking patients at appointments", "cultural_awareness"),
        ("Kept calm through the Saturday rush with a queue out the door", "stress_tolerance"),
        ("Troubleshot printer and VPN faults for remote staff", "problem_solving"),
        ("Reassured nervous first-time flyers at the gate", "empathy"),
        ("Walked elderly customers through online banking step by step", "patience"),
        ("Built a base of regulars who asked for me by name", "relationship_building"),
        ("Met every SLA while juggling phone and chat queues", "time_management"),
        ("Covered the bar, the floor and the kitchen when staff called in sick", "adaptability"),
        ("Listened to each caller's concerns before suggesting a plan", "active_listening"),
        ("Explained tariffs and bills to customers in plain English", "communication"),
    ],
)
def test_paraphrases_are_found(model: SkillModel, line: str, skill: str) -> None:
    assert skill in skills_of(model, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Managed stock at the Patience Street branch", "patience"),
        ("Data analyst at Teamwork Analytics Ltd building sales dashboards", "teamwork"),
        ("Stress-tested the payments API before launch", "stress_tolerance"),
        ("Designed the relationship database schema for the CRM", "relationship_building"),
        ("Installed communication cabling in the new wing", "communication"),
        ("Filed the conflict-of-interest register each quarter", "conflict_resolution"),
        ("Booked PT sessions into the gym diary", "patience"),
        ("Rolled out the time-management software licence audit", "time_management"),
        ("Picked orders for Team B in aisle C", "teamwork"),
    ],
)
def test_false_hits_are_refused(model: SkillModel, line: str, skill: str) -> None:
    assert skill not in skills_of(model, line)


def test_purely_technical_lines_show_no_skill(model: SkillModel) -> None:
    assert skills_of(model, "Operated a reach truck and cycle-counted pallets") == set()


def test_skill_heads_are_stored_in_single_precision(model: SkillModel) -> None:
    import numpy as np

    heads = model.classifier.estimators_
    assert all(h.coef_.dtype == np.float32 for h in heads)
    assert model.probabilities(["Answered guests' questions at the desk"]).dtype == np.float64


@pytest.mark.parametrize(
    "line",
    [
        "Calmed Upset callers, De-Escalated COMPLAINTS and kept SLAs under pressure",
        "Worked at Patience Street Pharmacy with the team; PT sessions for patients",
        "Stress-tested comms; Communication Systems upgrade in Spanish for 300+ guests",
    ],
)
def test_cue_hits_on_lower_cased_ascii_equal_case_insensitive_ones(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = cue_hits(line)
    monkeypatch.setattr("cxscore.skills._lower_case_patterns", lambda: False)
    assert cue_hits(line) == fast


def test_phrases() -> None:
    texts = [
        p.text for p in activity_phrases("Resolved billing complaints and answered 60+ calls a day")
    ]
    assert texts == ["Resolved billing complaints", "answered 60+ calls a day"]
    assert [p.text for p in activity_phrases("Trained 12 new hires; kept the tills balanced")] == [
        "Trained 12 new hires",
        "kept the tills balanced",
    ]
    assert role_phrase("Senior Sales Associate") == "sales associate"


def test_compact_lemma_tables_answer_as_the_full_tables_do() -> None:
    """The verb test and the word set that replace spacy-lookups-data's tables in memory give
    the tables' own answers for every word form they hold, capitalised or not, and for words
    they lack."""
    import gzip
    import json
    from importlib import resources

    from cxscore.lexicon import english_words, lemma_tables

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_lookup.json.gz"))) as handle:
        lookup: dict[str, str] = json.load(handle)
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index: dict[str, list[str]] = json.load(handle)
    nouns = {"customer", "client", "guest", "patient", "team", "staff", "store", "shift"}
    verbs = {v.lower() for v in index["verb"]} - nouns
    words = {w.lower() for w in [*lookup, *lookup.values()]}
    words |= {w.lower() for forms in index.values() for w in forms}
    tables = lemma_tables()
    probes = [*lookup, *lookup.values(), *verbs, "Resolved", "Left", "Customer", "Zqxvbnm"]
    probes += [w.capitalize() for w in lookup] + [w.upper() for w in verbs]
    for word in probes:
        assert tables.is_verb(word) == (lookup.get(word, word).lower() in verbs), word
    unknown = ["zqxvbnm", "saltmarsh", "heute", "xx", ""]
    for word in [*words, *unknown, *(w + "zq" for w in list(words)[:5000])]:
        assert (word in english_words()) == (word in words), word
    assert len(english_words()) == len(words)


EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.name != "README.md")
DEV = sorted((ROOT / "corpora" / "structure" / "dev").glob("r0[0-1]*.*"))


@pytest.mark.parametrize("path", EXAMPLE_FILES + DEV, ids=[p.name for p in EXAMPLE_FILES + DEV])
def test_evidence_is_the_document_text_at_its_span(path: Path) -> None:
    from cxscore.pipeline import analyze

    if path.name == "gold.jsonl":
        return
    model, _ = _shipped()
    report = analyze(path, as_of=(2026, 11), model=model)
    assert report.judgement is not None
    text = report.document.text
    for skills, phrases in zip(report.judgement.skills, report.judgement.phrases, strict=True):
        for item in skills:
            if item.source == "explicit":
                assert text[item.span.start : item.span.end] == item.evidence
            else:
                assert item.evidence == "" and item.confidence < 0.5
        for phrase in phrases:
            if phrase.kind == "activity":
                assert text[phrase.span.start : phrase.span.end] == phrase.text


_CACHE: dict[str, object] = {}


def _shipped() -> tuple[object, object]:
    from cxscore.classifier import load_model

    if "model" not in _CACHE:
        _CACHE["model"] = load_model()
    return _CACHE["model"]  # type: ignore[return-value]


def test_table_shows_explicit_skills(tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "EXPERIENCE\nFront Desk Agent, Harbour Inn    Jan 2019 – Present\n"
        "• Handled guest complaints about rooms and billing\n",
        "utf-8",
    )
    result = CliRunner().invoke(app, ["scan", str(cv), "--as-of", "2026-11"])
    assert result.exit_code == 0
    assert "conflict_resol" in result.stdout  # the narrow column may fold the word
