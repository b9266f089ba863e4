"""Fast inference for the fitted scikit-learn models: the same numbers, less Python per call.

scikit-learn validates every input of every estimator call and builds character n-grams word by
word in Python; on a one-résumé batch that is most of the time spent judging it. Here a fitted
TF-IDF vectoriser is applied with its own vocabulary and idf, with the n-grams of each word
cached (character n-grams of `char_wb` never cross a word), and the linear heads of a model are
one sparse-dense product. Results equal scikit-learn's (tests/test_inference.py compares them),
because the arithmetic is the same, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from scipy import sparse

WORD_CACHE_SIZE = 200_000  # distinct words whose n-gram ids are kept; cleared when full


class FastTfidf:
    """`TfidfVectorizer.transform` for the settings cxscore uses, without its validation."""

    def __init__(self, vectorizer: Any) -> None:
        self.vectorizer = vectorizer
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        tfidf = vectorizer._tfidf
        self.idf = tfidf.idf_ if tfidf.use_idf else None
        self.sublinear = bool(tfidf.sublinear_tf)
        self.norm = tfidf.norm
        self.width = len(self.vocabulary)
        self.min_n, self.max_n = vectorizer.ngram_range
        self.analyzer = vectorizer.analyzer
        self._words: dict[str, list[int]] = {}
        self._token = None
        if self.analyzer == "word":
            self._token = vectorizer.build_tokenizer()
        if not self.supported(vectorizer):
            self.analyzer = "sklearn"

    @staticmethod
    def supported(v: Any) -> bool:
        plain = (
            v.input == "content"
            and v.preprocessor is None
            and v.strip_accents is None
            and v.lowercase
            and not v.binary
            and v.dtype in (np.float64, float)
            and v.norm in ("l2", None)
        )
        if v.analyzer == "char_wb":
            return plain
        if v.analyzer == "word":
            return plain and v.tokenizer is None and v.stop_words is None
        return False

    # --- counting ----------------------------------------------------------------------------

    def _word_ids(self, word: str) -> list[int]:
        """Vocabulary ids of the char_wb n-grams of one lower-case word (cached)."""
        ids = self._words.get(word)
        if ids is not None:
            return ids
        vocabulary = self.vocabulary
        padded = f" {word} "
        size = len(padded)
        ids = []
        for n in range(self.min_n, self.max_n + 1):
            # As sklearn's _char_wb_ngrams: a word shorter than n counts once, then stops.
            if size <= n:
                index = vocabulary.get(padded)
                if index is not None:
                    ids.append(index)
                break
            for start in range(size - n + 1):
                index = vocabulary.get(padded[start : start + n])
                if index is not None:
                    ids.append(index)
        if len(self._words) >= WORD_CACHE_SIZE:
            self._words.clear()
        self._words[word] = ids
        return ids

    def _doc_ids(self, doc: str) -> list[int]:
        if self.analyzer == "char_wb":
            out: list[int] = []
            for word in doc.lower().split():
                out.extend(self._word_ids(word))
            return out
        assert self._token is not None
        tokens = self._token(doc.lower())
        vocabulary = self.vocabulary
        grams: list[str] = []
        if self.min_n <= 1:
            grams.extend(tokens)
        for n in range(max(2, self.min_n), min(self.max_n, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        get = vocabulary.get
        return [i for i in map(get, grams) if i is not None]

    def counts(self, docs: Sequence[str]) -> sparse.csr_matrix:
        """Term counts (float64, canonical CSR: sorted indices, no duplicates)."""
        flat: list[int] = []
        ends = [0]
        for doc in docs:
            flat.extend(self._doc_ids(doc))
            ends.append(len(flat))
        indptr = np.array(ends, dtype=np.int32)
        indices = np.array(flat, dtype=np.int32)
        data = np.ones(len(indices), dtype=np.float64)
        matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(docs), self.width))
        matrix.sum_duplicates()  # sorts each row's indices and adds repeated terms
        return matrix

    def transform(self, docs: Sequence[str]) -> sparse.csr_matrix:
        if self.analyzer == "sklearn":
            return sparse.csr_matrix(self.vectorizer.transform(docs))
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        X = self.counts(docs)
        if self.sublinear:
            np.log(X.data, X.data)
            X.data += 1.0
        if self.idf is not None:
            X.data *= self.idf[X.indices]
        if self.norm == "l2":
            inplace_csr_row_normalize_l2(X)
        return X


Block = Callable[[Sequence[Any], dict[str, Any]], Any]


def compile_union(union: Any) -> list[Block]:
    """One function per FeatureUnion member, each mapping (inputs, shared) to its block.

    `shared` carries results computed once for all members (the O*NET occupation matches).
    """
    blocks: list[Block] = []
    for _, transformer in union.transformer_list:
        if transformer == "drop":
            continue
        blocks.append(_compile_member(transformer))
    return blocks


def _compile_member(transformer: Any) -> Block:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline

    from cxscore.features import FieldText, OccupationPrior

    if isinstance(transformer, TfidfVectorizer):
        fast = FastTfidf(transformer)
        return lambda inputs, shared: fast.transform(inputs)
    if (
        isinstance(transformer, Pipeline)
        and len(transformer.steps) == 2
        and isinstance(transformer.steps[0][1], FieldText)
        and isinstance(transformer.steps[1][1], TfidfVectorizer)
    ):
        select: FieldText = transformer.steps[0][1]
        fast = FastTfidf(transformer.steps[1][1])
        return lambda inputs, shared: fast.transform(select.transform(inputs))
    if isinstance(transformer, OccupationPrior):
        return lambda inputs, shared: transformer.transform(inputs, shared.get("occupations"))
    return lambda inputs, shared: transformer.transform(inputs)


def stack(blocks: Sequence[Block], inputs: Sequence[Any], shared: dict[str, Any]) -> Any:
    """The feature matrix of `inputs`, as FeatureUnion.transform would build it."""
    return sparse.hstack([block(inputs, shared) for block in blocks]).tocsr()


def linear_heads(estimators: Sequence[Any]) -> tuple[np.ndarray, np.ndarray, list[slice]]:
    """Coefficients of several linear models side by side (one product scores them all),
    their intercepts, and each model's columns."""
    coefs, intercepts, columns = [], [], []
    at = 0
    for estimator in estimators:
        coef = np.atleast_2d(estimator.coef_)
        coefs.append(coef)
        intercepts.append(np.ravel(estimator.intercept_))
        columns.append(slice(at, at + coef.shape[0]))
        at += coef.shape[0]
    weights = np.ascontiguousarray(np.vstack(coefs).T)
    return weights, np.concatenate(intercepts), columns
