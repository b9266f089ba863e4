"""The fast inference path gives exactly what scikit-learn's own predict_proba gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from cxscore.classifier import CsModel, fast_sklearn, load_records, union_transform
from cxscore.features import EntryInput
from cxscore.inference import CompiledModel, FastTfidf, compiled_for
from cxscore.skills import fit_skill_model
from cxscore.training import train

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).parent / "data" / "tiny_train.jsonl"
SKILL_LINES = ROOT / "training_data" / "skills" / "train.jsonl"
ODD = [
    "",
    "   ",
    "a",
    "Greeted guests\tat the door;  resolved 60+ complaints/day — calmly",
    "ÉLÈVES café naïve résumé  x",
    "one-to-one de-escalation\nsecond line",
]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> CsModel:
    from cxscore.classifier import load_model

    out = tmp_path_factory.mktemp("model")
    train([TINY], out, seed=3, folds=0)
    return load_model(out)[0]


def test_tfidf_matches_sklearn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    lines = [json.loads(x)["text"] for x in SKILL_LINES.read_text("utf-8").splitlines()[:300]]
    for options in (
        {"ngram_range": (1, 2)},
        {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 2},
        {"analyzer": "char_wb", "ngram_range": (2, 5), "min_df": 2},
    ):
        vectorizer = TfidfVectorizer(sublinear_tf=True, **options).fit(lines[:200])
        docs = lines[200:] + ODD
        expected = vectorizer.transform(docs).toarray()
        assert np.array_equal(FastTfidf.of(vectorizer).transform(docs).toarray(), expected)


def test_cs_probabilities_match_sklearn(model: CsModel) -> None:
    records = load_records([TINY])
    inputs = [EntryInput.from_record(r) for r in records]
    inputs += [EntryInput(t, t, t, "work", "paid") for t in ODD]
    assert model.title_prior is not None
    with fast_sklearn():
        facing, affecting, kind = model.sklearn_probabilities(inputs)
    fast = model.compiled().probabilities(inputs)
    # The stacked priors are added after the sparse product, and the product sums float32
    # weights in another order than scipy's, so sums may round apart.
    assert model.kind_prior is not None  # the fixture is large enough to fold the kind prior
    np.testing.assert_allclose(fast[0], facing, rtol=0, atol=1e-12)
    np.testing.assert_allclose(fast[1], affecting, rtol=0, atol=1e-12)
    np.testing.assert_allclose(fast[2], kind, rtol=0, atol=1e-12)
    one_by_one = [model.compiled().probabilities([x])[0][0] for x in inputs]
    np.testing.assert_allclose(np.array(one_by_one), facing, rtol=0, atol=1e-12)


def test_skill_probabilities_match_sklearn() -> None:
    records = [json.loads(x) for x in SKILL_LINES.read_text("utf-8").splitlines()[:400]]
    model = fit_skill_model(records[:300])
    lines = [r["text"] for r in records[300:]] + ODD
    with fast_sklearn():
        expected = model.classifier.predict_proba(union_transform(model.features, lines))
    # Float32 weights are summed in another order than scipy's, so sums may round apart.
    np.testing.assert_allclose(model.probabilities(lines), expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize("cells", [1, 7, 64, 1 << 20])
def test_sparse_dot_is_scipys_float64_product(cells: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gathering the weight rows of the features present, a few rows of X at a time, gives
    scipy's own product, empty rows and all."""
    from scipy import sparse

    from cxscore import inference

    monkeypatch.setattr(inference, "PRODUCT_CELLS", cells)
    rng = np.random.default_rng(0)
    X = sparse.random(40, 300, density=0.05, format="csr", random_state=1)
    X = sparse.csr_matrix(X.multiply(rng.random((40, 1)) < 0.7))  # some rows left empty
    X.eliminate_zeros()
    assert (np.diff(X.indptr) == 0).any()
    weights = rng.normal(size=(300, 6)).astype(np.float32)
    expected = X @ weights.astype(np.float64)
    np.testing.assert_allclose(inference.sparse_dot(X, weights), expected, rtol=0, atol=1e-12)
    assert inference.sparse_dot(X[:0], weights).shape == (0, 6)


def test_skill_thresholds_survive_compiling_and_saving(tmp_path: Path) -> None:
    from cxscore.inference import CompiledSkills
    from cxscore.skills import SKILLS, SkillModel, detect_lines

    records = [json.loads(x) for x in SKILL_LINES.read_text("utf-8").splitlines()[:300]]
    fitted = fit_skill_model(records, tune_thresholds=False)
    tuned = SkillModel(fitted.features, fitted.classifier, tuple([0.999] * len(SKILLS)))
    compiled = tuned.compiled()
    assert compiled.thresholds == tuned.thresholds
    lines = [r["text"] for r in records[:80]]
    assert detect_lines(compiled, lines) == detect_lines(tuned, lines)
    assert detect_lines(compiled, lines) != detect_lines(fitted, lines)  # thresholds matter
    path = tmp_path / "compiled.npz"
    CompiledModel([], np.zeros((0, 0)), np.zeros(0), [0], [], 0, 0, [], compiled).save(path)
    loaded = CompiledModel.load(path).skills
    assert isinstance(loaded, CompiledSkills) and loaded.thresholds == tuned.thresholds


def test_compiled_form_is_not_pickled(model: CsModel) -> None:
    import pickle

    model.compiled()
    assert "_compiled" not in pickle.loads(pickle.dumps(model)).__dict__


def test_compiled_model_saves_and_loads_exactly(model: CsModel, tmp_path: Path) -> None:
    inputs = [EntryInput.from_record(r) for r in load_records([TINY])]
    path = tmp_path / "compiled.npz"
    model.compiled().save(path)
    loaded = CompiledModel.load(path)
    assert loaded.predict(inputs) == model.predict(inputs)


def test_batch_workers_use_the_cache_without_sklearn(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "model"
    train([TINY], folder, seed=3, folds=0)
    from cxscore.classifier import read_meta

    sha = read_meta(folder)["model_sha256"]
    compiled_for(folder, sha)  # compiles and caches
    probe = (
        "import sys; from pathlib import Path; from cxscore.inference import compiled_for; "
        f"m = compiled_for(Path({str(folder)!r}), {sha!r}); "
        "print('sklearn' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
