"""Role and activity phrases with spaCy: a blank English pipeline, lookup lemmas from
spacy-lookups-data, and a rule that reads a verb and what follows it up to the clause end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cxscore.document import Span

if TYPE_CHECKING:
    from spacy.language import Language

MAX_PHRASE_TOKENS = 8
_SENIORITY = re.compile(
    r"\b(?:senior|snr|sr|junior|jnr|jr|lead|head|chief|principal|trainee|assistant to the|"
    r"acting|interim|temporary|temp|part[- ]time|full[- ]time|seasonal|i{1,3}|iv|level \d)\b\.?",
    re.IGNORECASE,
)
_CLAUSE_BREAK = frozenset({",", ";", ".", ":", "—", "–", "(", ")", "/", "•", "|", "!", "?"})
_JOINERS = frozenset({"and", "while", "whilst", "then", "plus", "also", "&"})


@dataclass(frozen=True)
class Phrase:
    """A role or activity phrase; `span` points into the document text."""

    text: str
    span: Span
    kind: str  # "role" or "activity"


@lru_cache(maxsize=1)
def nlp() -> Language:
    """spaCy blank English with a lookup lemmatizer; no downloads, no trained weights."""
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Base forms of English verbs, from spacy-lookups-data's lemma index."""
    import gzip
    import json
    from importlib import resources

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index: dict[str, list[str]] = json.load(handle)
    nouns_only = {"customer", "client", "guest", "patient", "team", "staff", "store", "shift"}
    return frozenset(v.lower() for v in index["verb"]) - nouns_only


@lru_cache(maxsize=1)
def _lemma_lookup() -> dict[str, str]:
    import gzip
    import json
    from importlib import resources

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_lookup.json.gz"))) as handle:
        table: dict[str, str] = json.load(handle)
    return table


def lemma_of(word: str) -> str:
    """Lookup lemma of a lower-case word ('resolved' → 'resolve')."""
    return _lemma_lookup().get(word, word).lower()


def role_phrase(title: str | None) -> str | None:
    """The title, lower-cased, without seniority words ('Senior Sales Associate' → 'sales
    associate')."""
    if not title:
        return None
    cleaned = " ".join(_SENIORITY.sub(" ", title.lower()).split())
    return cleaned or title.lower()


def activity_phrases(text: str, offset: int = 0) -> Iterator[Phrase]:
    """Verb-led phrases of a duty line ('resolved billing complaints', 'answered 60+ calls a
    day'), each ending at its clause's end or after MAX_PHRASE_TOKENS tokens."""
    doc = nlp()(text)
    verbs = verb_lemmas()
    clause_start = True
    i = 0
    tokens = list(doc)
    while i < len(tokens):
        token = tokens[i]
        if token.text in _CLAUSE_BREAK or token.lower_ in _JOINERS:
            clause_start = True
            i += 1
            continue
        # Lookup tables are keyed in lower case; a capitalised first word needs its own look.
        lemma = token.lemma_.lower()
        if lemma not in verbs:
            lemma = lemma_of(token.lower_)
        is_verb = lemma in verbs and token.is_alpha and clause_start
        if not is_verb and clause_start and token.lower_.endswith("ly") and i + 1 < len(tokens):
            clause_start = True  # "calmly explained": the adverb keeps the clause open
            i += 1
            continue
        if is_verb:
            end = i + 1
            while (
                end < len(tokens)
                and end - i < MAX_PHRASE_TOKENS
                and tokens[end].text not in _CLAUSE_BREAK
                and tokens[end].lower_ not in _JOINERS
            ):
                end += 1
            if end - i >= 2:
                start_char = token.idx
                end_char = tokens[end - 1].idx + len(tokens[end - 1].text)
                yield Phrase(
                    text[start_char:end_char],
                    Span(offset + start_char, offset + end_char),
                    "activity",
                )
                i = end
                clause_start = False
                continue
        clause_start = False
        i += 1


def phrase_dicts(phrases: tuple[Phrase, ...]) -> list[dict[str, Any]]:
    return [{"text": p.text, "span": [p.span.start, p.span.end], "kind": p.kind} for p in phrases]
