"""Role and activity phrases with spaCy: a blank English pipeline, lookup lemmas from
spacy-lookups-data, and a rule that reads a verb and what follows it up to the clause end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cxscore.document import Span
from cxscore.lexicon import lemma_tables

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

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
def tokenizer() -> Tokenizer:
    """spaCy's English tokenizer (a blank pipeline's; no downloads, no trained weights).

    Lemmas come straight from spacy-lookups-data's lookup table (`lexicon.lemma_tables`),
    which is what spaCy's lookup lemmatizer would set, without running a pipeline per line.
    """
    import spacy

    return spacy.blank("en").tokenizer


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
    from spacy.attrs import IDX, LENGTH

    doc = tokenizer()(text)
    positions = doc.to_array([IDX, LENGTH]).tolist()
    words = [text[a : a + n] for a, n in positions]
    lowers = [w.lower() for w in words]
    tables = lemma_tables()
    clause_start = True
    i = 0
    count = len(words)
    while i < count:
        word, lower = words[i], lowers[i]
        if word in _CLAUSE_BREAK or lower in _JOINERS:
            clause_start = True
            i += 1
            continue
        is_verb = False
        if clause_start and word.isalpha():
            # Lookup tables are keyed in lower case; a capitalised first word needs its own look.
            is_verb = tables.is_verb(word) or tables.is_verb(lower)
        if not is_verb and clause_start and lower.endswith("ly") and i + 1 < count:
            clause_start = True  # "calmly explained": the adverb keeps the clause open
            i += 1
            continue
        if is_verb:
            end = i + 1
            while (
                end < count
                and end - i < MAX_PHRASE_TOKENS
                and words[end] not in _CLAUSE_BREAK
                and lowers[end] not in _JOINERS
            ):
                end += 1
            if end - i >= 2:
                start_char = positions[i][0]
                end_char = positions[end - 1][0] + positions[end - 1][1]
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
