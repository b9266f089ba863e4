"""Explain a verdict in a recruiter's words: which phrases and signals pushed it which way."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cxscore.features import EntryInput, cue_matches
from cxscore.inference import SKLEARN_TOKEN_PATTERN

if TYPE_CHECKING:
    from cxscore.classifier import CsModel, Verdict
    from cxscore.occupation import OccupationMatch

_CUE_WORDS = {
    "cue_people": "mentions people served",
    "cue_serve_people": "serving people",
    "cue_people_served": "people being served",
    "cue_channel": "service channel",
    "cue_complaints": "handling queries or complaints",
    "cue_away": "work away from customers",
}
# The vectorisers' tokens: words of two or more letters or digits.
_TOKEN = re.compile(SKLEARN_TOKEN_PATTERN)
_PREFIXES = {
    "title_words": "title word",
    "duty_lines": "duty phrase",
    "org_words": "organisation word",
    "categories": "",
    "occupation": "",
    "cues": "",
}


def _describe(name: str) -> str | None:
    """Words for a feature, or None for features that do not read as reasons (character
    n-grams, stop words, the always-present section and type columns)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from cxscore.classifier import DUTY_PRIOR_NAME, TITLE_PRIOR_NAME

    if name == TITLE_PRIOR_NAME:
        return "the title alone, as such titles are usually judged"
    if name == DUTY_PRIOR_NAME:
        return "the duties alone, as such duties are usually judged"
    block, _, feature = name.partition("__")
    if block in {"title_chars", "duty_chars", "categories"}:
        return None
    if block == "cues":
        return _CUE_WORDS.get(feature, feature)
    if block == "occupation":
        if feature == "onet_contact":
            return "the O*NET occupation's customer-contact level"
        if feature.startswith("onet_kind="):
            return f"O*NET occupation of kind {feature.split('=', 1)[1]}"
        return None
    words = feature.split()
    if all(w in ENGLISH_STOP_WORDS or w.isdigit() or w == "xxempty" for w in words):
        return None
    return f'{_PREFIXES.get(block, block)} "{feature}"'


def explain(
    model: CsModel,
    entry: EntryInput,
    verdict: Verdict,
    occupation: OccupationMatch | None,
    top: int = 5,
) -> list[str]:
    """Reasons for one verdict, strongest first, as short sentences."""
    lines: list[str] = []
    toward: list[str] = []
    against: list[str] = []
    written = set(_TOKEN.findall(" ".join((entry.title, entry.organization, entry.duties)).lower()))
    for name, weight in model.contributions(entry, top=40):
        text = _describe(name)
        if text is None or abs(weight) < 0.05:
            continue
        block, _, feature = name.partition("__")
        if _PREFIXES.get(block) and not written.issuperset(feature.split()):
            # Read from the English gloss of a foreign word, not written as such.
            text += " (English gloss)"
        (toward if weight > 0 else against).append(f"{text} ({weight:+.2f})")
    if toward:
        lines.append("towards customer-facing: " + "; ".join(toward[:top]))
    if against:
        lines.append("against: " + "; ".join(against[:top]))
    quoted = _cue_quotes(entry)
    if quoted:
        lines.append("contact phrases: " + ", ".join(f"“{q}”" for q in quoted[:6]))
    if occupation is not None:
        lines.append(
            f"occupation prior: {occupation.title} ({occupation.code}), match "
            f"{occupation.confidence:.2f}, customer contact {occupation.contact:.2f}"
        )
    else:
        lines.append("occupation prior: no O*NET occupation matched well")
    if verdict.needs_review:
        lines.append(f"needs review: facing probability {verdict.probability:.2f} is a close call")
    return lines


def _cue_quotes(entry: EntryInput) -> list[str]:
    text = f"{entry.title}\n{entry.duties}"
    found: list[str] = []
    spans = cue_matches(text)
    for name in ("cue_serve_people", "cue_people_served", "cue_complaints", "cue_channel"):
        for start, end in spans.get(name, []):
            quote = text[start:end].strip()
            if quote and quote.lower() not in {q.lower() for q in found}:
                found.append(quote)
    return found
