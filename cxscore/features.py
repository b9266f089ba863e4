"""Features of one experience entry for the customer-service classifiers.

Title and duties are vectorised separately (word and character n-grams), next to the section,
the employment type, an O*NET occupation prior and counts of customer-contact cue phrases.
The transformers here are pickled inside the model, so they stay small and importable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin


@dataclass(frozen=True)
class EntryInput:
    """What the classifiers see of an entry."""

    title: str
    organization: str
    duties: str
    section: str
    employment_type: str

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> EntryInput:
        return cls(
            title=record.get("title") or "",
            organization=record.get("organization") or "",
            duties="\n".join(record.get("bullets") or ()),
            section=record.get("section") or "work",
            employment_type=record.get("employment_type") or "unknown",
        )


class FieldText(BaseEstimator, TransformerMixin):
    """Select one text field of EntryInput objects."""

    def __init__(self, field: str = "title") -> None:
        self.field = field

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> FieldText:
        return self

    def transform(self, X: Sequence[EntryInput]) -> list[str]:
        # An empty field becomes a token of its own: "no duties listed" is informative, and
        # a vocabulary is never empty.
        return [getattr(x, self.field) or "xxempty" for x in X]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([self.field])


class Categories(BaseEstimator, TransformerMixin):
    """One-hot section and employment type."""

    SECTIONS = ("work", "volunteer", "other")
    TYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> Categories:
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        rows = np.zeros((len(X), len(self.SECTIONS) + len(self.TYPES)))
        for i, x in enumerate(X):
            if x.section in self.SECTIONS:
                rows[i, self.SECTIONS.index(x.section)] = 1
            if x.employment_type in self.TYPES:
                rows[i, len(self.SECTIONS) + self.TYPES.index(x.employment_type)] = 1
        return sparse.csr_matrix(rows)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"section={s}" for s in self.SECTIONS] + [f"type={t}" for t in self.TYPES])


KINDS = (
    "in_person_service",
    "contact_center",
    "digital_service",
    "sales_account",
    "healthcare_care",
    "education",
    "volunteering",
    "entrepreneurial_freelance",
    "internal_support",
    "other_facing",
)


class OccupationPrior(BaseEstimator, TransformerMixin):
    """The matched O*NET occupation's customer-contact score, match confidence and kind hint.

    The occupation index ships with the package, so the model file stays small.
    """

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> OccupationPrior:
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        from cxscore.occupation import default_index

        matches = default_index().match_many([(x.title, x.duties.split("\n")) for x in X])
        rows = np.zeros((len(X), 3 + len(KINDS)))
        for i, match in enumerate(matches):
            if match is None:
                rows[i, 2] = 1  # no occupation matched
                continue
            rows[i, 0] = match.contact * match.confidence
            rows[i, 1] = match.confidence
            if match.kind_hint in KINDS:
                rows[i, 3 + KINDS.index(match.kind_hint)] = match.confidence
        return sparse.csr_matrix(rows)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(
            ["onet_contact", "onet_confidence", "onet_none"] + [f"onet_kind={k}" for k in KINDS]
        )


# Cue phrases: who is served, and actions that serve them. Counted, not hard rules: the
# classifier weighs them against everything else.
_PEOPLE = (
    r"customers?|clients?|guests?|patients?|students?|pupils?|learners?|callers?|visitors?|"
    r"residents?|members?|shoppers?|diners?|passengers?|tenants?|families|parents|children|"
    r"kids|users?|end[- ]users?|the public|public|patrons?|buyers?|consumers?|travell?ers?|"
    r"policyholders?|account holders?|service users?|clientele|attendees|participants|"
    r"colleagues|staff|employees|donors|volunteers|applicants|candidates|owners"
)
_SERVE = (
    r"greet\w*|serv\w*|assist\w*|help\w*|answer\w*|resolv\w*|handl\w*|advis\w*|explain\w*|"
    r"teach\w*|taught|tutor\w*|coach\w*|car(?:e|ed|ing) for|support\w*|welcom\w*|respond\w*|"
    r"listen\w*|calm\w*|de-?escalat\w*|guid\w*|meet\w*|met|consult\w*|train\w*|sold|sell\w*|"
    r"recommend\w*|book\w*|check\w*[- ]in|spoke|speak\w*|talk\w*|call\w*|chat\w*|e-?mail\w*|"
    r"liais\w*|reassur\w*|comfort\w*|mentor\w*|instruct\w*|escort\w*|interview\w*"
)
_CHANNEL = (
    r"phone|telephone|calls?|inbound|outbound|live chat|chat|e-?mail|tickets?|front desk|"
    r"reception|counter|till|register|pos\b|checkout|shop floor|sales floor|bedside|classroom|"
    r"social media|dms?|comments|reviews|forum|community|helpline|hotline|walk-?ins?|"
    r"face[- ]to[- ]face|in person|one[- ]to[- ]one|1:1"
)
_COMPLAINT = (
    r"complain\w*|escalat\w*|queries|enquir\w*|inquir\w*|requests?|issues?|problems?|concerns?"
)
_AWAY = (
    r"no (?:customer|client|public) contact|behind the scenes|back[- ]office|back of house|"
    r"internal(?:ly)?|kitchen|warehouse|production line|assembly|machin\w*|forklift|pallets?|"
    r"spreadsheets?|reconcil\w*|ledger|invoices?|codebase|pipelines?|servers?|database|"
    r"dashboards?|experiments?|lab(?:oratory)?|samples|data entry|site safety|stock ?room"
)
_CUE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("cue_people", rf"\b(?:{_PEOPLE})\b"),
        ("cue_serve_people", rf"\b(?:{_SERVE})\b[^.;\n]{{0,40}}\b(?:{_PEOPLE})\b"),
        ("cue_people_served", rf"\b(?:{_PEOPLE})\b[^.;\n]{{0,25}}\b(?:{_SERVE})\b"),
        ("cue_channel", rf"\b(?:{_CHANNEL})"),
        ("cue_complaints", rf"\b(?:{_COMPLAINT})\b"),
        ("cue_away", rf"\b(?:{_AWAY})\b"),
    )
)
CUE_NAMES = tuple(name for name, _ in _CUE_PATTERNS)


def cue_matches(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of each cue pattern in `text` (used for features and for explanations)."""
    return {name: [m.span() for m in pattern.finditer(text)] for name, pattern in _CUE_PATTERNS}


class CuePhrases(BaseEstimator, TransformerMixin):
    """log(1 + count) of customer-contact and away-from-customers cue phrases."""

    def __init__(self, field: str = "duties") -> None:
        self.field = field

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> CuePhrases:
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        rows = np.zeros((len(X), len(_CUE_PATTERNS)))
        for i, x in enumerate(X):
            text = f"{x.title}\n{getattr(x, self.field)}"
            for j, (_, pattern) in enumerate(_CUE_PATTERNS):
                rows[i, j] = np.log1p(len(pattern.findall(text)))
        return sparse.csr_matrix(rows)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(CUE_NAMES)


def build_features(seed: int = 0) -> Any:
    """The feature union, unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline

    def text(field: str, **options: Any) -> Pipeline:
        return Pipeline(
            [("select", FieldText(field)), ("tfidf", TfidfVectorizer(sublinear_tf=True, **options))]
        )

    return FeatureUnion(
        [
            ("title_words", text("title", ngram_range=(1, 2), min_df=1, lowercase=True)),
            (
                "title_chars",
                text("title", analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=20000),
            ),
            ("duty_words", text("duties", ngram_range=(1, 2), min_df=2, max_features=40000)),
            (
                "duty_chars",
                text(
                    "duties", analyzer="char_wb", ngram_range=(3, 5), min_df=3, max_features=30000
                ),
            ),
            ("org_words", text("organization", ngram_range=(1, 1), min_df=2)),
            ("categories", Categories()),
            ("occupation", OccupationPrior()),
            ("cues", CuePhrases()),
        ]
    )
