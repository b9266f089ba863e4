"""Customer-service judgement for experience entries: train, save, load, predict, explain.

Three linear models share one feature union: a calibrated facing-vs-not classifier (its
probability is `cs_probability`), affecting-vs-none for the rest, and the kind of facing
work. The first two also read two stacked priors: what a model of the title alone says, and
what a model of the duties alone says, each learnt out of fold so that its weight reflects
how far it can be trusted on entries it has not seen. The kind classifier reads a third:
what a model of the duties alone says of the kind. A model is a directory:
`model.joblib` plus `meta.json`, checked before unpickling.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxscore import __version__
from cxscore.compiled_cache import CompiledOnce
from cxscore.errors import CxscoreError
from cxscore.feature_values import KINDS, EntryInput

if TYPE_CHECKING:
    from cxscore.inference import CompiledModel
    from cxscore.occupation import OccupationMatch

MODEL_FORMAT = 1
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
REVIEW_BAND = (0.3, 0.7)  # facing probabilities a recruiter should look at
TITLE_PRIOR_LIMIT = 7.0  # each stacked prior (title, duties) is a log-odds clipped to ± this
TITLE_PRIOR_NAME = "title prior"
DUTY_PRIOR_NAME = "duties prior"
DUTY_BLOCKS = ("duty_lines", "duty_chars")  # the union's blocks the duties prior reads
KIND_PRIOR_FOLDS = 5
# Newton's method for the kind models: with the prior's log-probabilities beside the sparse
# features, lbfgs needed 510 iterations (87 s) for the kind classifier; newton-cg needs 12
# (12 s), and kind accuracy on the nine writers never trained on is the same (0.906).
KIND_SOLVER = "newton-cg"
# The kind classifier and the kind prior hold ten rows of coefficients over ~110,000 and
# ~70,000 columns, most of them tiny (70 % and 43 % below 0.01). Zeroing those shrank the model
# file by a quarter (10.0 -> 7.6 MB); of 15,023 dev entries 3 changed kind, none changed verdict,
# and on the ten writers never trained on no figure moved (kind accuracy 0.901); 0.05 lost 0.002.
KIND_PRUNE = 0.01


class ModelError(CxscoreError):
    """A model directory is missing, tampered with, or from another version."""


class TrainingDataError(CxscoreError, ValueError):
    """Labelled data is missing or malformed."""


@dataclass(frozen=True)
class Verdict:
    """The judgement on one entry."""

    cs: str  # facing | affecting | none
    probability: float  # calibrated P(facing)
    needs_review: bool
    kind: str | None
    kind_probability: float | None = None


@dataclass
class CsModel(CompiledOnce):
    """Fitted feature union and the three classifiers (pickled as one object)."""

    features: Any
    facing: Any  # CalibratedClassifierCV over LogisticRegression
    affecting: Any  # LogisticRegression, affecting vs none
    kind: Any  # LogisticRegression over KINDS
    skills: Any = None  # cxscore.skills.SkillModel
    title_prior: Any = None  # LogisticRegression over the union's leading title columns
    title_columns: int = 0
    duty_prior: Any = None  # LogisticRegression over the union's duty columns
    duty_columns: tuple[int, int] = (0, 0)
    kind_prior: Any = None  # LogisticRegression over the duty columns, over the kinds

    @property
    def feature_names(self) -> list[str]:
        """The union's column names, read from its fitted vocabularies on first use. Not
        pickled: 0.5 MB of the model file repeated what the vectorisers already hold."""
        names: list[str] | None = self.__dict__.get("_feature_names")
        if names is None:
            names = [str(n) for n in self.features.get_feature_names_out()]
            self.__dict__["_feature_names"] = names
        return names

    @property
    def union_width(self) -> int:
        """How many columns the feature union gives: the facing heads' width less the stacked
        priors' (cheap, where the names cost a pass over every vocabulary)."""
        head = self.facing.calibrated_classifiers_[0].estimator
        return int(head.coef_.shape[1]) - len(self.prior_names())

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_feature_names", None)
        return state

    def design(self, X: Any) -> Any:
        """The facing and affecting classifiers' inputs: the union's features, then the
        title prior and the duties prior."""
        if self.title_prior is None:
            return X
        priors = [prior_values(self.title_prior, X[:, : self.title_columns])]
        if self.duty_prior is not None:
            first, last = self.duty_columns
            priors.append(prior_values(self.duty_prior, X[:, first:last]))
        return with_priors(X, priors)

    def kind_design(self, X: Any) -> Any:
        """The kind classifier's inputs: the union's features, then the duties' kind prior
        (one column per kind)."""
        if self.kind_prior is None:
            return X
        first, last = self.duty_columns
        return with_kind_prior(X, kind_prior_values(self.kind_prior, X[:, first:last]))

    def prior_names(self) -> list[str]:
        """The names of the design's columns after the union's."""
        if self.title_prior is None:
            return []
        return [TITLE_PRIOR_NAME] + ([DUTY_PRIOR_NAME] if self.duty_prior is not None else [])

    def sklearn_probabilities(self, inputs: Sequence[EntryInput]) -> tuple[Any, Any, Any]:
        """P(facing), P(affecting) and kind probabilities through scikit-learn itself: the
        reference the compiled path is tested against."""
        X = union_transform(self.features, inputs)
        design = self.design(X)
        return (
            self.facing.predict_proba(design)[:, 1],
            self.affecting.predict_proba(design)[:, 1],
            self.kind.predict_proba(self.kind_design(X)),
        )

    def predict(
        self,
        inputs: Sequence[EntryInput],
        occupations: Sequence[OccupationMatch | None] | None = None,
    ) -> list[Verdict]:
        """Verdicts for entries, judged in one vectorised pass; `occupations` are the
        entries' O*NET matches when the caller already has them (they are then not redone)."""
        if not inputs:
            return []
        return self.compiled().predict(inputs, occupations)

    def compiled(self) -> CompiledModel:
        """The fast inference form of this model (built on first use, never pickled)."""
        result: CompiledModel = super().compiled()
        return result

    def _compile(self) -> CompiledModel:
        from cxscore.inference import CompiledModel

        return CompiledModel.of(self)

    def contributions(self, entry: EntryInput, top: int = 6) -> list[tuple[str, float]]:
        """Features that pushed this entry towards (positive) or away from facing."""
        import numpy as np

        x = self.design(union_transform(self.features, [entry]))
        coef = np.mean([c.estimator.coef_[0] for c in self.facing.calibrated_classifiers_], axis=0)
        values = x.multiply(coef).tocsr()
        names = [*self.feature_names, *self.prior_names()]
        pairs = [
            (names[j], float(v))
            for j, v in zip(values.indices, values.data, strict=True)
            if abs(v) > 1e-6
        ]
        pairs.sort(key=lambda kv: -abs(kv[1]))
        return pairs[:top]


def verdicts_from(
    p_facing: Any, p_affecting: Any, kind_proba: Any, kind_classes: Sequence[str]
) -> list[Verdict]:
    """Verdicts from the three classifiers' probabilities."""
    verdicts = []
    for i, p in enumerate(p_facing):
        facing = p >= 0.5
        if facing:
            best = int(kind_proba[i].argmax())
            kind, kind_p = str(kind_classes[best]), float(kind_proba[i, best])
            cs = "facing"
        else:
            kind, kind_p = None, None
            cs = "affecting" if p_affecting[i] >= 0.5 else "none"
        review = REVIEW_BAND[0] <= p <= REVIEW_BAND[1] or (kind_p is not None and kind_p < 0.4)
        verdicts.append(Verdict(cs, round(float(p), 4), bool(review), kind, kind_p))
    return verdicts


def prior_values(prior_model: Any, block_X: Any) -> Any:
    """A stacked prior: its model's log-odds of facing, clipped."""
    import numpy as np

    return np.clip(prior_model.decision_function(block_X), -TITLE_PRIOR_LIMIT, TITLE_PRIOR_LIMIT)


def kind_prior_values(prior_model: Any, block_X: Any) -> Any:
    """The duties' kind prior: its model's log-probability of each kind, clipped."""
    import numpy as np

    return np.clip(prior_model.predict_log_proba(block_X), -TITLE_PRIOR_LIMIT, 0.0)


def with_kind_prior(X: Any, values: Any) -> Any:
    """The union's features with the kind prior's columns, one per kind."""
    from scipy import sparse

    return sparse.hstack([X, sparse.csr_matrix(values)]).tocsr()


def with_priors(X: Any, priors: Sequence[Any]) -> Any:
    """The union's features with each stacked prior as one more column."""
    from scipy import sparse

    return sparse.hstack([X, *(prior.reshape(-1, 1) for prior in priors)]).tocsr()


def block_columns(features: Any, names: Sequence[str]) -> tuple[int, int]:
    """The columns [first, last) of the fitted union's adjacent blocks `names`."""
    first = last = 0
    for name, transformer in features.transformer_list:
        width = len(transformer.get_feature_names_out())
        if name == names[0]:
            first = last
        last += width
        if name == names[-1]:
            return first, last
    raise ValueError(f"no blocks {names} in the feature union")


def title_width(features: Any) -> int:
    """How many leading columns of the fitted union describe the title alone."""
    width = 0
    for name, transformer in features.transformer_list:
        if not name.startswith("title_"):
            break
        width += len(transformer.get_feature_names_out())
    return width


def fast_sklearn() -> Any:
    """Inference without scikit-learn's per-call input validation (inputs are ours)."""
    import sklearn

    return sklearn.config_context(assume_finite=True, skip_parameter_validation=True)


def union_transform(union: Any, inputs: Sequence[Any]) -> Any:
    """FeatureUnion.transform without its joblib dispatch (a large share of small calls)."""
    from scipy import sparse

    blocks = [t.transform(inputs) for _, t in union.transformer_list if t != "drop"]
    return sparse.hstack(blocks).tocsr()


# --- training data -------------------------------------------------------------------------


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file; bad input raises
    TrainingDataError naming the file and line."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise TrainingDataError(f"{path}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise TrainingDataError(f"{path}:{number}: {exc.msg}") from None


def load_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Labelled entries from JSONL files (or folders of them); résumé-level gold files
    (with an `entries` list per line) are flattened, each résumé its own group."""
    records: list[dict[str, Any]] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if not files:
            raise TrainingDataError(f"no .jsonl files in {path}")
        for file in files:
            for _, item in read_jsonl(file):
                if "entries" in item:
                    for index, entry in enumerate(item["entries"]):
                        records.append(
                            {
                                **entry,
                                "group": f"{file.parent.name}/{item['file']}",
                                "id": f"{item['file']}#{index}",
                            }
                        )
                else:
                    records.append(item)
    for record in records:
        if record.get("cs") not in {"facing", "affecting", "none"}:
            raise TrainingDataError(f"entry {record.get('id')}: cs must be facing/affecting/none")
        if record["cs"] == "facing" and record.get("kind") not in KINDS:
            raise TrainingDataError(f"entry {record.get('id')}: facing entries need a kind")
    return records


def data_hash(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


WEAK_WEIGHT = 0.3


def fit_model(records: Sequence[dict[str, Any]], seed: int = 0) -> CsModel:
    """Fit the title prior and the three classifiers on labelled records."""
    import numpy as np
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    from cxscore.features import build_features

    inputs = [EntryInput.from_record(r) for r in records]
    weights = np.array([WEAK_WEIGHT if r.get("weak") else 1.0 for r in records])
    groups = np.array([str(r.get("group") or r.get("id")) for r in records])
    features = build_features(seed)
    X = features.fit_transform(inputs).tocsr()
    y_facing = np.array([1 if r["cs"] == "facing" else 0 for r in records])
    # Folds by person for the stacked prior and for calibration: an entry's own person
    # never informs its out-of-fold value, as on a new résumé.
    folds = list(
        StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed).split(X, y_facing, groups)
    )
    width = title_width(features)
    duty_columns = block_columns(features, DUTY_BLOCKS)
    # The stacked priors: a model of the title alone and one of the duties alone. On writers
    # never trained on, the duties prior beside the title prior cut the facing log-loss from
    # 0.106 to 0.087 and from 0.090 to 0.068, and raised facing F1 (0.967 -> 0.971,
    # 0.976 -> 0.983): the union's one model had under-weighted what the duties alone say.
    blocks = [X[:, :width], X[:, duty_columns[0] : duty_columns[1]]]

    def prior_model(block: Any, rows: Any) -> Any:
        return LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced").fit(
            block[rows], y_facing[rows], sample_weight=weights[rows]
        )

    out_of_fold = [np.zeros(len(records)) for _ in blocks]
    for train_rows, test_rows in folds:
        for block, values in zip(blocks, out_of_fold, strict=True):
            values[test_rows] = prior_values(prior_model(block, train_rows), block[test_rows])
    design = with_priors(X, out_of_fold)
    # One sigmoid fitted on the out-of-fold scores of all folds, over one classifier fitted
    # on all entries (ensemble=False): on the dev split and the cross-writer checks its
    # calibration error was lower than the mean of five fold models' (dev 0.047 -> 0.042).
    facing = CalibratedClassifierCV(
        LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced"),
        method="sigmoid",
        cv=folds,
        ensemble=False,
    )
    facing.fit(design, y_facing, sample_weight=weights)
    rest = np.flatnonzero(y_facing == 0)
    affecting = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")
    affecting.fit(
        design[rest],
        np.array([1 if records[int(i)]["cs"] == "affecting" else 0 for i in rest]),
        sample_weight=weights[rest],
    )
    # Kinds are learnt from hand-labelled entries only: O*NET's occupation-level kinds are
    # too coarse (kind accuracy +0.010 to +0.022 on each cross-writer check, -0.009 on dev).
    # Not class-balanced: with the résumé writers' entries in training, unbalanced kinds are
    # right more often on the twelve writers never trained on (0.901 against 0.888, up on nine
    # and even on three; a rare kind loses an entry or two, in-person service gains eleven).
    labelled = (y_facing == 1) & (weights == 1.0)
    served = np.flatnonzero(labelled if labelled.any() else y_facing == 1)
    kinds = np.array([records[int(i)]["kind"] for i in served])
    # The kind classifier reads the duties' own kind prior, stacked out of fold by person as
    # the facing priors are. End to end on the nine writers never trained on, kind accuracy
    # rose from 0.895 to 0.906, and from 0.867 to 0.871 on wild59-wild71 left out of training.
    kind_prior = fit_kind_prior(blocks[1][served], kinds, groups[served], seed)
    kind_X = X[served] if kind_prior is None else with_kind_prior(X[served], kind_prior[1])
    kind = LogisticRegression(C=4.0, max_iter=3000, solver=KIND_SOLVER)
    kind.fit(kind_X, kinds, sample_weight=weights[served])
    everyone = np.arange(len(records))
    title_prior, duty_prior = (prior_model(block, everyone) for block in blocks)
    kind_prior_model = kind_prior[0] if kind_prior is not None else None
    prune([kind, kind_prior_model], KIND_PRUNE)
    single_precision([c.estimator for c in facing.calibrated_classifiers_])
    single_precision([affecting, kind, title_prior, duty_prior, kind_prior_model])
    return CsModel(
        features,
        facing,
        affecting,
        kind,
        None,
        title_prior,
        width,
        duty_prior,
        duty_columns,
        kind_prior_model,
    )


def fit_kind_prior(duties: Any, kinds: Any, groups: Any, seed: int) -> tuple[Any, Any] | None:
    """The duties' kind prior fitted on every served entry, and its out-of-fold values
    (folds by person). None when there are too few people or kinds to fold."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    classes, counts = np.unique(kinds, return_counts=True)
    # Five folds, or as many as a small training set allows (the test fixtures' few entries).
    n_splits = min(KIND_PRIOR_FOLDS, len(np.unique(groups)), int(counts.max()))
    if len(classes) < 2 or n_splits < 2:
        return None

    def model(rows: Any) -> Any:
        return LogisticRegression(C=2.0, max_iter=3000, solver=KIND_SOLVER).fit(
            duties[rows], kinds[rows]
        )

    values = np.full((len(kinds), len(classes)), -TITLE_PRIOR_LIMIT)
    folds = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():  # a kind with fewer entries than folds is expected here
        warnings.filterwarnings("ignore", "The least populated class", UserWarning)
        splits = list(folds.split(duties, kinds, groups))
    for train_rows, test_rows in splits:
        if len(np.unique(kinds[train_rows])) < 2:
            continue  # a fold of one kind says nothing: those rows keep the floor
        fold = model(train_rows)
        columns = np.searchsorted(classes, fold.classes_)  # a kind a fold lacks: the floor
        values[np.ix_(test_rows, columns)] = kind_prior_values(fold, duties[test_rows])
    return model(np.arange(len(kinds))), values


def prune(estimators: Iterable[Any], below: float) -> None:
    """Set fitted linear models' coefficients smaller than `below` in magnitude to zero, so
    that the model file compresses them away (see KIND_PRUNE)."""
    import numpy as np

    for estimator in estimators:
        if estimator is not None:
            estimator.coef_[np.abs(estimator.coef_) < below] = 0.0


def single_precision(estimators: Iterable[Any]) -> None:
    """Store fitted linear models' coefficients and intercepts as float32: the model file
    shrinks by about two fifths (8.9 -> 5.1 MB) and probabilities move by about 1e-7, far
    below anything a verdict or a threshold can tell apart. Scores are still summed in
    float64, since the sparse features are float64."""
    import numpy as np

    for estimator in estimators:
        if estimator is None:
            continue
        estimator.coef_ = estimator.coef_.astype(np.float32)
        estimator.intercept_ = np.asarray(estimator.intercept_, dtype=np.float32)


# --- metrics ---------------------------------------------------------------------------------


def expected_calibration_error(
    probs: Sequence[float], truth: Sequence[int], bins: int = 10
) -> float:
    """ECE of binary probabilities over equal-width bins."""
    import numpy as np

    p = np.asarray(probs, dtype=float)
    t = np.asarray(truth, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for i in range(bins):
        mask = (p >= edges[i]) & ((p < edges[i + 1]) if i < bins - 1 else (p <= 1))
        if mask.any():
            total += mask.mean() * abs(p[mask].mean() - t[mask].mean())
    return float(total)


def score_predictions(
    records: Sequence[dict[str, Any]], verdicts: Sequence[Verdict]
) -> dict[str, Any]:
    """Per-class precision/recall/F1, confusion matrix, facing F1, kind accuracy, ECE."""
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    labels = ["facing", "affecting", "none"]
    truth = [r["cs"] for r in records]
    pred = [v.cs for v in verdicts]
    p, r, f, support = precision_recall_fscore_support(truth, pred, labels=labels, zero_division=0)
    facing_truth = [int(t == "facing") for t in truth]
    facing_pred = [int(v.cs == "facing") for v in verdicts]
    kind_pairs = [
        (rec["kind"], v.kind)
        for rec, v in zip(records, verdicts, strict=True)
        if rec["cs"] == "facing" and v.cs == "facing"
    ]
    return {
        "entries": len(records),
        "per_class": {
            label: {
                "precision": round(float(p[i]), 4),
                "recall": round(float(r[i]), 4),
                "f1": round(float(f[i]), 4),
                "support": int(support[i]),
            }
            for i, label in enumerate(labels)
        },
        "confusion_matrix": {
            "labels": labels,
            "rows_truth_cols_predicted": confusion_matrix(truth, pred, labels=labels).tolist(),
        },
        "facing_f1": round(float(f1_score(facing_truth, facing_pred, zero_division=0)), 4),
        "kind_accuracy": round(sum(1 for a, b in kind_pairs if a == b) / len(kind_pairs), 4)
        if kind_pairs
        else None,
        "ece": round(
            expected_calibration_error([v.probability for v in verdicts], facing_truth), 4
        ),
    }


def cross_validate(
    records: Sequence[dict[str, Any]], seed: int = 0, folds: int = 5
) -> dict[str, Any]:
    """Grouped k-fold: no source résumé has entries on both sides of a split."""
    from sklearn.model_selection import GroupKFold

    groups = [r.get("group") or r.get("id") for r in records]
    verdicts: list[Verdict | None] = [None] * len(records)
    splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(records, groups=groups):
        model = fit_model([records[i] for i in train_idx], seed)
        predicted = model.predict([EntryInput.from_record(records[i]) for i in test_idx])
        for i, verdict in zip(test_idx, predicted, strict=True):
            verdicts[i] = verdict
    scored = [
        r for r, v in zip(records, verdicts, strict=True) if v is not None and not r.get("weak")
    ]
    kept = [
        v for r, v in zip(records, verdicts, strict=True) if v is not None and not r.get("weak")
    ]
    return score_predictions(scored, kept)


# --- persistence -----------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(model: CsModel, folder: Path, meta: dict[str, Any]) -> Path:
    """Write model.joblib and meta.json (with the model file's hash) into `folder`."""
    import joblib
    import sklearn

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / MODEL_FILE
    joblib.dump(model, target, compress=3)
    full = {
        "format": MODEL_FORMAT,
        "cxscore_version": __version__,
        "sklearn_version": sklearn.__version__,
        "model_sha256": _sha256(target),
        **meta,
    }
    (folder / META_FILE).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n", "utf-8")
    return target


def default_model_dir() -> Path:
    """`$CXSCORE_MODEL`, else `models/default` beside the package (an editable checkout)."""
    env = os.environ.get("CXSCORE_MODEL")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models" / "default"


def sklearn_version() -> str:
    """The installed scikit-learn's version, without importing it (batch workers that use a
    compiled model never do)."""
    import sys
    from importlib.metadata import version

    module = sys.modules.get("sklearn")
    return str(module.__version__) if module is not None else version("scikit-learn")


def read_meta(folder: Path) -> dict[str, Any]:
    """Read and check meta.json: format, versions and the model file's hash."""
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise ModelError(f"no {META_FILE} in {folder}", source=str(folder))
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ModelError(f"{META_FILE} is not valid JSON", source=str(folder)) from None
    if not isinstance(meta, dict) or meta.get("format") != MODEL_FORMAT:
        raise ModelError(f"unknown model format (expected {MODEL_FORMAT})", source=str(folder))
    installed = sklearn_version()
    if meta.get("sklearn_version") != installed:
        raise ModelError(
            f"model built with scikit-learn {meta.get('sklearn_version')}, this is "
            f"{installed}; retrain with `cxscore train`",
            source=str(folder),
        )
    if meta.get("cxscore_version") != __version__:
        raise ModelError(
            f"model built by cxscore {meta.get('cxscore_version')}, this is {__version__}; "
            "retrain with `cxscore train`",
            source=str(folder),
        )
    model_path = folder / MODEL_FILE
    if not model_path.is_file():
        raise ModelError(f"no {MODEL_FILE} in {folder}", source=str(folder))
    if _sha256(model_path) != meta.get("model_sha256"):
        raise ModelError(
            f"{MODEL_FILE} does not match the hash in {META_FILE}; refusing to load it",
            source=str(folder),
        )
    return meta


def load_model(folder: Path | None = None) -> tuple[CsModel, dict[str, Any]]:
    """Load a model directory after checking its meta.json (pickles run code)."""
    import joblib

    folder = folder or default_model_dir()
    meta = read_meta(folder)
    model = joblib.load(folder / MODEL_FILE)
    if not isinstance(model, CsModel):
        raise ModelError("model.joblib does not hold a cxscore model", source=str(folder))
    return model, meta


def label_counts(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cs": dict(sorted(Counter(r["cs"] for r in records).items())),
        "kind": dict(sorted(Counter(r["kind"] for r in records if r["cs"] == "facing").items())),
        "weak": sum(1 for r in records if r.get("weak")),
    }
