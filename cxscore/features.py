"""Features of one experience entry for the customer-service classifiers.

Title and duties are vectorised separately (word and character n-grams), next to the section,
the employment type, an O*NET occupation prior and counts of customer-contact cue phrases.
The transformers here are pickled inside the model, so they stay small and importable; the
values themselves are computed in feature_values.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

# The entry view, cue phrases and the other values live in feature_values (no scikit-learn);
# they are re-exported here, where training and older code look for them.
from cxscore.feature_values import (
    CUE_NAMES,
    KINDS,
    SECTIONS,
    TYPES,
    EntryInput,
    category_rows,
    cue_matches,
    cue_rows,
    field_texts,
    line_texts,
    match_occupations,
    max_pool,
    occupation_rows,
)

if TYPE_CHECKING:
    from cxscore.occupation import OccupationMatch

__all__ = [
    "CUE_NAMES",
    "KINDS",
    "Categories",
    "CuePhrases",
    "EntryInput",
    "FieldText",
    "LineMax",
    "OccupationPrior",
    "build_features",
    "cue_matches",
    "match_occupations",
]


class FieldText(BaseEstimator, TransformerMixin):
    """Select one text field of EntryInput objects."""

    def __init__(self, field: str = "title") -> None:
        self.field = field

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> FieldText:
        return self

    def transform(self, X: Sequence[EntryInput]) -> list[str]:
        return field_texts(X, self.field)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([self.field])


class Categories(BaseEstimator, TransformerMixin):
    """One-hot section and employment type."""

    SECTIONS = SECTIONS
    TYPES = TYPES

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> Categories:
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        return category_rows(X)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"section={s}" for s in self.SECTIONS] + [f"type={t}" for t in self.TYPES])


class OccupationPrior(BaseEstimator, TransformerMixin):
    """The matched O*NET occupation's customer-contact score, match confidence and kind hint.

    The occupation index ships with the package, so the model file stays small.
    """

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> OccupationPrior:
        return self

    def transform(
        self, X: Sequence[EntryInput], matches: Sequence[OccupationMatch | None] | None = None
    ) -> sparse.csr_matrix:
        """The prior of each entry; `matches` are its occupations when already known."""
        return occupation_rows(match_occupations(X) if matches is None else matches)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(
            ["onet_contact", "onet_confidence", "onet_none"] + [f"onet_kind={k}" for k in KINDS]
        )


class CuePhrases(BaseEstimator, TransformerMixin):
    """log(1 + count) of customer-contact and away-from-customers cue phrases."""

    def __init__(self, field: str = "duties") -> None:
        self.field = field

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> CuePhrases:
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        return cue_rows(X, self.field)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(CUE_NAMES)


class LineMax(BaseEstimator, TransformerMixin):
    """TF-IDF of each duty line on its own, max-pooled over the entry's lines.

    One line that shows customer contact keeps its full weight however many back-of-house
    lines sit beside it, where a TF-IDF of the whole text would dilute it.
    """

    def __init__(
        self,
        field: str = "duties",
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        max_features: int | None = None,
    ) -> None:
        self.field = field
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features

    def fit(self, X: Sequence[EntryInput], y: Any = None) -> LineMax:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer_ = TfidfVectorizer(
            sublinear_tf=True,
            ngram_range=self.ngram_range,
            min_df=self.min_df,
            max_features=self.max_features,
        ).fit(line_texts(X, self.field)[0])
        return self

    def transform(self, X: Sequence[EntryInput]) -> sparse.csr_matrix:
        lines, owner = line_texts(X, self.field)
        m = self.vectorizer_.transform(lines).tocoo()
        rows, cols, data = max_pool(
            m.row.astype(np.int64), m.col.astype(np.int64), m.data, owner, m.shape[1]
        )
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(X), m.shape[1]))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(self.vectorizer_.get_feature_names_out(), dtype=object)


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
            ("duty_lines", LineMax("duties", ngram_range=(1, 2), min_df=2, max_features=40000)),
            (
                "duty_chars",
                text(
                    "duties", analyzer="char_wb", ngram_range=(3, 4), min_df=3, max_features=30000
                ),
            ),
            ("org_words", text("organization", ngram_range=(1, 1), min_df=2)),
            ("categories", Categories()),
            ("occupation", OccupationPrior()),
            ("cues", CuePhrases()),
        ]
    )
