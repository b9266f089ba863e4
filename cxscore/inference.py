"""Fast inference for the fitted models: the same numbers, less Python per call, no sklearn.

scikit-learn validates every input of every estimator call and builds character n-grams word by
word in Python; on a one-résumé batch that is most of the time spent judging it. A model is
compiled here into plain arrays: each TF-IDF vectoriser keeps its vocabulary and idf (and caches
the n-gram ids of each word, as `char_wb` n-grams never cross a word), and the linear heads of a
model become one sparse-dense product. Results equal scikit-learn's predict_proba bit for bit
(tests/test_inference.py), because the arithmetic is the same, in the same order.

A compiled model can be saved as one `.npz` file (arrays and JSON, no pickle) and loaded without
importing scikit-learn, which is how batch workers stay small (`compiled_for`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from cxscore.classifier import CsModel, Verdict
    from cxscore.feature_values import EntryInput
    from cxscore.occupation import OccupationMatch

WORD_CACHE_SIZE = 20_000  # distinct words whose n-gram ids are kept; cleared when full
# scikit-learn's default token pattern, and one that finds the same tokens faster: a run of
# word characters is always taken whole, so its word boundaries need no test at each position.
SKLEARN_TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_FAST_TOKEN_PATTERN = r"\w\w+"
COMPILED_FORMAT = 5  # 5: the duties' kind prior, its heads and their weights on the kinds
# Word n-grams of recent documents, shared by every vectoriser with the default token pattern:
# the classifier's duty-line block and the skill model's word block read the same lines.
GRAM_CACHE_SIZE = 2048  # documents; cleared when full
_GRAMS: dict[tuple[int, int, str], list[str]] = {}
_ID_BYTES = array("i").itemsize  # n-gram ids are packed as C ints (numpy's intc)


class FastTfidf:
    """`TfidfVectorizer.transform` for word and char_wb analysers (lower case, no accents
    stripping, no stop words, l2 or no norm), without its validation."""

    def __init__(
        self,
        terms: Sequence[str],
        idf: np.ndarray | None,
        *,
        analyzer: str,
        ngram_range: tuple[int, int],
        token_pattern: str,
        sublinear: bool,
        norm: str | None,
    ) -> None:
        if analyzer not in ("word", "char_wb") or norm not in ("l2", None):
            raise ValueError(f"unsupported TF-IDF settings ({analyzer}, {norm})")
        self.terms = list(terms)
        self.vocabulary = {term: index for index, term in enumerate(self.terms)}
        self.idf = idf
        self.analyzer = analyzer
        self.min_n, self.max_n = ngram_range
        self.token_pattern = token_pattern
        self.sublinear = sublinear
        self.norm = norm
        self.width = len(self.terms)
        fast = _FAST_TOKEN_PATTERN if token_pattern == SKLEARN_TOKEN_PATTERN else token_pattern
        self._token = re.compile(fast).findall
        self._token_pattern_is_default = token_pattern == SKLEARN_TOKEN_PATTERN
        self._words: dict[str, bytes] = {}

    @classmethod
    def of(cls, vectorizer: Any) -> FastTfidf:
        """The fast form of a fitted TfidfVectorizer (ValueError if its settings differ)."""
        v = vectorizer
        plain = (
            v.input == "content"
            and v.preprocessor is None
            and v.tokenizer is None
            and v.stop_words is None
            and v.strip_accents is None
            and v.lowercase
            and not v.binary
            and v.dtype in (np.float64, float)
        )
        if not plain:
            raise ValueError("unsupported TF-IDF settings")
        terms = [""] * len(v.vocabulary_)
        for term, index in v.vocabulary_.items():
            terms[index] = term
        tfidf = v._tfidf
        return cls(
            terms,
            tfidf.idf_ if tfidf.use_idf else None,
            analyzer=v.analyzer,
            ngram_range=tuple(v.ngram_range),
            token_pattern=v.token_pattern,
            sublinear=bool(tfidf.sublinear_tf),
            norm=tfidf.norm,
        )

    def settings(self) -> dict[str, Any]:
        return {
            "analyzer": self.analyzer,
            "ngram_range": [self.min_n, self.max_n],
            "token_pattern": self.token_pattern,
            "sublinear": self.sublinear,
            "norm": self.norm,
        }

    # --- counting ----------------------------------------------------------------------------
    # Vocabulary ids travel as packed int32 bytes: a document's ids are its words' cached ids
    # joined in C, and numpy reads them without converting Python ints one by one.

    def _word_ids(self, word: str) -> bytes:
        """Vocabulary ids of the char_wb n-grams of one lower-case word, packed (cached)."""
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
        packed = array("i", ids).tobytes()
        if len(self._words) >= WORD_CACHE_SIZE:
            self._words.clear()
        self._words[word] = packed
        return packed

    def _doc_ids(self, doc: str) -> bytes:
        """Vocabulary ids of a document's n-grams, packed."""
        if self.analyzer == "char_wb":
            words = doc.lower().split()
            parts = list(map(self._words.get, words))  # most words are cached: looked up in C
            if None in parts:
                for at, ids in enumerate(parts):
                    if ids is None:
                        parts[at] = self._word_ids(words[at])
            return b"".join(parts)  # type: ignore[arg-type]
        get = self.vocabulary.get
        return array("i", [i for i in map(get, self._grams(doc)) if i is not None]).tobytes()

    def _grams(self, doc: str) -> list[str]:
        """The word n-grams of a document (shared through `_GRAMS`, never to be changed)."""
        lowered = doc.lower()
        key = None
        if self._token_pattern_is_default:
            # A newline and a space both end a token of this pattern, so a duty line wrapped
            # over lines shares its n-grams with the same line unwrapped.
            key = (self.min_n, self.max_n, lowered.replace("\n", " "))
            grams = _GRAMS.get(key)
            if grams is not None:
                return grams
        tokens = self._token(lowered)
        grams = []
        if self.min_n <= 1:
            grams.extend(tokens)
        for n in range(max(2, self.min_n), min(self.max_n, len(tokens)) + 1):
            grams.extend(map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False)))
        if key is not None:
            if len(_GRAMS) >= GRAM_CACHE_SIZE:
                _GRAMS.clear()
            _GRAMS[key] = grams
        return grams

    def entries(self, docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows, columns and TF-IDF values of the non-zero cells, row by row and in column
        order within a row (a canonical CSR matrix's order)."""
        packed = [self._doc_ids(doc) for doc in docs]
        width = max(self.width, 1)
        # Cells are counted by sorting (row, column) keys, twice as fast in 32 bits.
        key_type: Any = np.int32 if len(docs) * width < 2**31 else np.int64
        starts = np.arange(0, len(docs) * width, width, dtype=key_type)
        lengths = [len(ids) // _ID_BYTES for ids in packed]
        ids = np.frombuffer(b"".join(packed), dtype=np.intc)
        cells, counts = np.unique(np.repeat(starts, lengths) + ids, return_counts=True)
        keys = cells.astype(np.int64)
        rows = keys // width
        cols = keys - rows * width
        data = counts.astype(np.float64)
        if self.sublinear:
            np.log(data, data)
            data += 1.0
        if self.idf is not None:
            data *= self.idf[cols]
        if self.norm == "l2":
            # As sklearn's inplace_csr_row_normalize_l2: squares summed in column order, rows
            # of zeros left alone.
            norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(docs)))
            norms[norms == 0.0] = 1.0
            data /= norms[rows]
        return rows, cols, data

    def transform(self, docs: Sequence[str]) -> sparse.csr_matrix:
        """TfidfVectorizer.transform(docs)."""
        return _csr([self.entries(docs)], [0], len(docs), self.width)


def _csr(
    parts: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]],
    offsets: Sequence[int],
    n_rows: int,
    width: int,
) -> sparse.csr_matrix:
    """One CSR matrix from blocks of (rows, columns, values) placed side by side at column
    `offsets`: each row holds its cells block after block, as sparse.hstack would put them."""
    rows = np.concatenate([p[0] for p in parts])
    cols = np.concatenate([p[1] + offset for p, offset in zip(parts, offsets, strict=True)])
    data = np.concatenate([p[2] for p in parts])
    order = np.argsort(rows, kind="stable")
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
    return sparse.csr_matrix((data[order], cols[order], indptr), shape=(n_rows, width))


def _dense_entries(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols = np.nonzero(values)
    return rows.astype(np.int64), cols.astype(np.int64), values[rows, cols]


# --- the feature union --------------------------------------------------------------------------

# A block of the feature union: ("tfidf", field or "", vectoriser), ("categories",),
# ("linemax", field, vectoriser of single lines, max-pooled per entry), ("occupation",) or
# ("cues", field).
Block = tuple[Any, ...]


def compile_union(union: Any) -> list[Block]:
    """The blocks of a fitted FeatureUnion (of cxscore's transformers and TF-IDF vectorisers)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline

    from cxscore.features import Categories, CuePhrases, FieldText, LineMax, OccupationPrior

    blocks: list[Block] = []
    for _, member in union.transformer_list:
        if member == "drop":
            continue
        if isinstance(member, TfidfVectorizer):
            blocks.append(("tfidf", "", FastTfidf.of(member)))
        elif (
            isinstance(member, Pipeline)
            and len(member.steps) == 2
            and isinstance(member.steps[0][1], FieldText)
            and isinstance(member.steps[1][1], TfidfVectorizer)
        ):
            blocks.append(("tfidf", member.steps[0][1].field, FastTfidf.of(member.steps[1][1])))
        elif isinstance(member, LineMax):
            blocks.append(("linemax", member.field, FastTfidf.of(member.vectorizer_)))
        elif isinstance(member, Categories):
            blocks.append(("categories",))
        elif isinstance(member, OccupationPrior):
            blocks.append(("occupation",))
        elif isinstance(member, CuePhrases):
            blocks.append(("cues", member.field))
        else:
            raise ValueError(f"cannot compile feature {type(member).__name__}")
    return blocks


def stack(
    blocks: Sequence[Block],
    inputs: Sequence[Any],
    occupations: Sequence[OccupationMatch | None] | None = None,
) -> sparse.csr_matrix:
    """The feature matrix of `inputs`, as FeatureUnion.transform would build it."""
    from cxscore import feature_values as fv

    parts, offsets = [], []
    width = 0
    for block in blocks:
        kind = block[0]
        if kind == "tfidf":
            texts = fv.field_texts(inputs, block[1]) if block[1] else inputs
            parts.append(block[2].entries(texts))
            size = block[2].width
        elif kind == "linemax":
            lines, owner = fv.line_texts(inputs, block[1])
            rows, cols, values = block[2].entries(lines)
            parts.append(fv.max_pool(rows, cols, values, owner, block[2].width))
            size = block[2].width
        else:
            if kind == "categories":
                values = fv.category_values(inputs)
            elif kind == "occupation":
                if occupations is None:
                    occupations = fv.match_occupations(inputs)
                values = fv.occupation_values(occupations)
            else:
                values = fv.cue_values(inputs, block[1])
            parts.append(_dense_entries(values))
            size = values.shape[1]
        offsets.append(width)
        width += size
    return _csr(parts, offsets, len(inputs), width)


PRODUCT_CELLS = 1 << 20  # float64 cells a product gathers at a time (8 MB)


def sparse_dot(X: sparse.csr_matrix, weights: np.ndarray) -> np.ndarray:
    """X @ weights in float64, as scipy gives it, without scipy's float64 copy of the whole
    float32 weight matrix on every call (10 MB for a five-entry résumé): only the weight
    rows of the features present are gathered, a bounded number of rows of X at a time."""
    if weights.dtype == X.dtype:
        return np.asarray(X @ weights)
    n_rows, heads = X.shape[0], weights.shape[1]
    out = np.zeros((n_rows, heads))
    indptr, indices, data = X.indptr, X.indices, X.data
    limit = max(1, PRODUCT_CELLS // max(1, heads))
    first = 0
    while first < n_rows:
        last = int(np.searchsorted(indptr, indptr[first] + limit, side="right")) - 1
        last = min(n_rows, max(last, first + 1))
        a, b = int(indptr[first]), int(indptr[last])
        starts = indptr[first:last] - a
        filled = np.flatnonzero(np.diff(indptr[first : last + 1]))
        if len(filled):
            cells = weights[indices[a:b]].astype(np.float64)
            cells *= data[a:b, None]
            out[first + filled] = np.add.reduceat(cells, starts[filled], axis=0)
        first = last
    return out


def linear_heads(
    estimators: Sequence[Any], width: int | None = None
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Coefficients of several linear models side by side (one product scores them all),
    their intercepts, and where each model's columns start. With `width`, coefficients are
    cut or zero-padded to that many features."""
    coefs, intercepts, starts = [], [], [0]
    for estimator in estimators:
        coef = np.atleast_2d(estimator.coef_)
        if width is not None:
            coef = np.pad(coef[:, :width], ((0, 0), (0, max(0, width - coef.shape[1]))))
        coefs.append(coef)
        intercepts.append(np.ravel(estimator.intercept_))
        starts.append(starts[-1] + coef.shape[0])
    weights = np.ascontiguousarray(np.vstack(coefs).T)
    return weights, np.concatenate(intercepts), starts


@dataclass(frozen=True)
class _Placed:
    """A linear model over a block of columns, placed at its first column of the union."""

    model: Any
    first: int

    @property
    def coef_(self) -> np.ndarray:
        coef = np.atleast_2d(self.model.coef_)
        return np.pad(coef, ((0, 0), (self.first, 0)))

    @property
    def intercept_(self) -> np.ndarray:
        return np.asarray(self.model.intercept_)


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    """LogisticRegression.predict_log_proba from its decision values: a multinomial model's
    log-softmax, or a binary model's log-sigmoid of one column against zero."""
    if logits.shape[1] == 1:
        logits = np.hstack([np.zeros_like(logits), logits])
    top = logits.max(axis=1, keepdims=True)
    shifted = logits - top
    return np.asarray(shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)))


def _expit(x: np.ndarray) -> np.ndarray:
    from scipy.special import expit

    result: np.ndarray = expit(x)
    return result


# --- compiled models ----------------------------------------------------------------------------


@dataclass
class CompiledSkills:
    """The skill model: two TF-IDF blocks and one-vs-rest logistic heads."""

    blocks: list[Block]
    weights: np.ndarray
    intercepts: np.ndarray
    thresholds: tuple[float, ...] | None = None  # per skill, as SkillModel.thresholds

    @classmethod
    def of(cls, model: Any) -> CompiledSkills:
        estimators = model.classifier.estimators_
        if not model.classifier.multilabel_ or any(
            list(getattr(e, "classes_", [])) != [0, 1] for e in estimators
        ):
            raise ValueError("the skill classifier is not a multi-label one-vs-rest model")
        weights, intercepts, _ = linear_heads(estimators)
        thresholds = getattr(model, "thresholds", None)
        return cls(
            compile_union(model.features),
            weights,
            intercepts,
            tuple(thresholds) if thresholds else None,
        )

    def probabilities(self, lines: Sequence[str]) -> np.ndarray:
        """P(skill) of each line, one column per skill (OneVsRestClassifier.predict_proba)."""
        if not lines:
            return np.zeros((0, self.weights.shape[1]))
        return _expit(sparse_dot(stack(self.blocks, lines), self.weights) + self.intercepts)


@dataclass
class CompiledModel:
    """The three customer-service classifiers as one sparse product over compiled features,
    and the skill model."""

    blocks: list[Block]
    weights: np.ndarray
    intercepts: np.ndarray
    starts: list[int]  # columns: one per calibrated facing fold, affecting, kinds, priors
    calibrators: list[tuple[float, float]]  # sigmoid (a, b) of each facing fold
    facing_index: int
    affecting_index: int
    kind_classes: list[str]
    skills: CompiledSkills | None = None
    # Per stacked prior (title, then duties), each column's weight on it.
    prior_weights: tuple[np.ndarray, ...] = ()
    # The duties' kind prior: its heads follow the priors'; row j holds each kind's weight
    # on the prior's log-probability of kind j (empty without a kind prior).
    kind_prior_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    @classmethod
    def of(cls, model: CsModel) -> CompiledModel:
        calibrated = model.facing.calibrated_classifiers_
        for c in calibrated:
            if c.method != "sigmoid" or list(c.estimator.classes_) != [0, 1]:
                raise ValueError("unexpected calibration in the facing classifier")
        estimators: list[Any] = [c.estimator for c in calibrated] + [model.affecting, model.kind]
        width = model.union_width
        # Each prior model is one more head over the same features (zero beyond its own
        # columns); the heads' coefficients after the union's read the priors.
        priors: list[Any] = []
        if model.title_prior is not None:
            priors.append(model.title_prior)
        if model.duty_prior is not None:
            priors.append(_Placed(model.duty_prior, model.duty_columns[0]))
        kind_priors: list[Any] = []
        kind_prior_weights = np.zeros((0, 0))
        if model.kind_prior is not None:
            if list(model.kind_prior.classes_) != list(model.kind.classes_):
                raise ValueError("the kind prior's kinds differ from the kind classifier's")
            kind_priors.append(_Placed(model.kind_prior, model.duty_columns[0]))
            kinds = len(model.kind.classes_)
            kind_prior_weights = np.asarray(
                model.kind.coef_[:, width : width + kinds].T, dtype=np.float64
            )
        prior_heads = len(priors) + sum(np.atleast_2d(e.coef_).shape[0] for e in kind_priors)
        prior_weights = tuple(
            np.concatenate(
                [
                    np.atleast_2d(e.coef_)[:, width + k]
                    if e is not model.kind
                    else np.zeros(len(model.kind.classes_))
                    for e in estimators
                ]
                + [np.zeros(prior_heads)]
            )
            for k in range(len(priors))
        )
        estimators += priors + kind_priors
        weights, intercepts, starts = linear_heads(estimators, width)
        return cls(
            compile_union(model.features),
            weights,
            intercepts,
            starts,
            [(float(c.calibrators[0].a_), float(c.calibrators[0].b_)) for c in calibrated],
            list(model.facing.classes_).index(1),
            list(model.affecting.classes_).index(1),
            [str(k) for k in model.kind.classes_],
            model.skills.compiled() if model.skills is not None else None,
            prior_weights,
            kind_prior_weights,
        )

    def probabilities(
        self,
        inputs: Sequence[EntryInput],
        occupations: Sequence[OccupationMatch | None] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """P(facing), P(affecting) and the kind probabilities of each entry, as the fitted
        classifiers' predict_proba give them."""
        from cxscore.classifier import TITLE_PRIOR_LIMIT

        scores = sparse_dot(stack(self.blocks, inputs, occupations), self.weights)
        n = len(self.calibrators)
        # The stacked priors (CsModel.design), from their heads' raw scores: no prior head
        # reads a prior, so adding one leaves the others' columns as they were.
        priors = [
            np.clip(
                scores[:, column] + self.intercepts[column], -TITLE_PRIOR_LIMIT, TITLE_PRIOR_LIMIT
            )
            for column in self.starts[n + 2 : n + 2 + len(self.prior_weights)]
        ]
        if self.kind_prior_weights.size:
            # The duties' kind prior (CsModel.kind_design): its heads' log-softmax, clipped.
            head = n + 2 + len(self.prior_weights)
            heads = slice(self.starts[head], self.starts[head + 1])
            log_p = _log_softmax(scores[:, heads] + self.intercepts[heads])
            np.clip(log_p, -TITLE_PRIOR_LIMIT, 0.0, out=log_p)
            kind_heads = slice(self.starts[n + 1], self.starts[n + 2])
            scores[:, kind_heads] += log_p @ self.kind_prior_weights
        for prior, weights in zip(priors, self.prior_weights, strict=True):
            scores += prior.reshape(-1, 1) * weights

        def decision(k: int) -> np.ndarray:
            a, b = self.starts[k], self.starts[k + 1]
            return scores[:, a:b] + self.intercepts[a:b]

        # CalibratedClassifierCV: the mean of each fold's sigmoid over its decision function.
        mean = np.zeros((len(inputs), 2))
        for k, (a, b) in enumerate(self.calibrators):
            proba = np.zeros((len(inputs), 2))
            proba[:, 1] = _expit(-(a * decision(k)[:, 0] + b))
            proba[:, 0] = 1.0 - proba[:, 1]
            mean += proba
        mean /= n
        p_affecting = _expit(decision(n)[:, 0])
        if self.affecting_index == 0:
            p_affecting = 1 - p_affecting
        # LogisticRegression's multinomial softmax (sklearn.utils.extmath.softmax).
        kind = np.ascontiguousarray(decision(n + 1))
        kind -= kind.max(axis=1).reshape((-1, 1))
        np.exp(kind, out=kind)
        kind /= kind.sum(axis=1).reshape((-1, 1))
        return mean[:, self.facing_index], p_affecting, kind

    def predict(
        self,
        inputs: Sequence[EntryInput],
        occupations: Sequence[OccupationMatch | None] | None = None,
    ) -> list[Verdict]:
        """Verdicts for entries (see CsModel.predict)."""
        from cxscore.classifier import verdicts_from

        if not inputs:
            return []
        return verdicts_from(*self.probabilities(inputs, occupations), self.kind_classes)

    # --- saving and loading (arrays and JSON only: nothing here runs code when loaded) -------

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        spec: dict[str, Any] = {
            "format": COMPILED_FORMAT,
            "starts": self.starts,
            "calibrators": self.calibrators,
            "facing_index": self.facing_index,
            "affecting_index": self.affecting_index,
            "kind_classes": self.kind_classes,
            "blocks": _save_blocks(self.blocks, "cs", arrays),
            "skills": None,
        }
        arrays["cs_weights"], arrays["cs_intercepts"] = self.weights, self.intercepts
        if self.prior_weights:
            arrays["cs_prior_weights"] = np.vstack(self.prior_weights)  # a row per prior
        if self.kind_prior_weights.size:
            arrays["cs_kind_prior_weights"] = self.kind_prior_weights
        if self.skills is not None:
            spec["skills"] = _save_blocks(self.skills.blocks, "skills", arrays)
            spec["skill_thresholds"] = self.skills.thresholds
            arrays["skills_weights"] = self.skills.weights
            arrays["skills_intercepts"] = self.skills.intercepts
        arrays["spec"] = np.array(json.dumps(spec))
        save_npz(path, arrays)

    @classmethod
    def load(cls, path: Path) -> CompiledModel:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        spec = json.loads(str(arrays["spec"]))
        if spec.get("format") != COMPILED_FORMAT:
            raise ValueError("unknown compiled model format")
        skills = None
        if spec["skills"] is not None:
            skills = CompiledSkills(
                _load_blocks(spec["skills"], arrays),
                arrays["skills_weights"],
                arrays["skills_intercepts"],
                tuple(spec["skill_thresholds"]) if spec.get("skill_thresholds") else None,
            )
        return cls(
            _load_blocks(spec["blocks"], arrays),
            arrays["cs_weights"],
            arrays["cs_intercepts"],
            list(spec["starts"]),
            [(float(a), float(b)) for a, b in spec["calibrators"]],
            int(spec["facing_index"]),
            int(spec["affecting_index"]),
            list(spec["kind_classes"]),
            skills,
            tuple(arrays.get("cs_prior_weights", np.zeros((0, 0)))),
            arrays.get("cs_kind_prior_weights", np.zeros((0, 0))),
        )


def _save_blocks(blocks: Sequence[Block], prefix: str, arrays: dict[str, np.ndarray]) -> list:
    out: list[Any] = []
    for number, block in enumerate(blocks):
        if block[0] not in ("tfidf", "linemax"):
            out.append(list(block))
            continue
        tfidf: FastTfidf = block[2]
        key = f"{prefix}_{number}"
        arrays[f"{key}_terms"] = np.array(tfidf.terms, dtype=str)
        if tfidf.idf is not None:
            arrays[f"{key}_idf"] = tfidf.idf
        out.append([block[0], block[1], key, tfidf.settings()])
    return out


def _load_blocks(specs: Sequence[Any], arrays: dict[str, np.ndarray]) -> list[Block]:
    blocks: list[Block] = []
    for spec in specs:
        if spec[0] not in ("tfidf", "linemax"):
            blocks.append(tuple(spec))
            continue
        block_kind, field, key, settings = spec
        tfidf = FastTfidf(
            arrays[f"{key}_terms"].tolist(),
            arrays.get(f"{key}_idf"),
            analyzer=settings["analyzer"],
            ngram_range=tuple(settings["ngram_range"]),
            token_pattern=settings["token_pattern"],
            sublinear=settings["sublinear"],
            norm=settings["norm"],
        )
        blocks.append((block_kind, field, tfidf))
    return blocks


# --- the per-model cache ------------------------------------------------------------------------


def save_npz(path: Path, arrays: dict[str, Any]) -> None:
    """Write arrays (no pickle) so that a reader never sees half a file: to a temporary name
    first, then renamed over `path`."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp.npz")
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(temporary, **arrays)
    os.replace(temporary, path)


def cache_folder() -> Path:
    """Where compiled models are kept: $CXSCORE_CACHE, else $XDG_CACHE_HOME/cxscore, else
    ~/.cache/cxscore."""
    explicit = os.environ.get("CXSCORE_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cxscore"


def cached_path(model_sha256: str) -> Path:
    return cache_folder() / f"compiled-{COMPILED_FORMAT}-{model_sha256}.npz"


def compiled_for(folder: Path, model_sha256: str) -> CompiledModel:
    """The compiled form of the checked model in `folder` whose model.joblib has this hash:
    from the cache when there, else compiled from the model (importing scikit-learn) and
    cached for the next process."""
    path = cached_path(model_sha256)
    try:
        return CompiledModel.load(path)
    except (OSError, ValueError, KeyError):
        pass
    from cxscore.classifier import load_model

    model, meta = load_model(folder)
    compiled = model.compiled()
    if meta.get("model_sha256") == model_sha256:
        with contextlib.suppress(OSError):  # no writable cache: the next process compiles
            compiled.save(path)
    return compiled
