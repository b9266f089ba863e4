"""Training, persistence and the CLI of the customer-service model, on a tiny fixture set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cxscore.classifier import (
    ModelError,
    TrainingDataError,
    expected_calibration_error,
    load_model,
    load_records,
)
from cxscore.cli import app
from cxscore.features import EntryInput
from cxscore.training import train

TINY = Path(__file__).parent / "data" / "tiny_train.jsonl"
PROBE = [
    EntryInput("Store Cashier", "", "Served shoppers at the till every weekend", "work", "paid"),
    EntryInput("Backend Engineer", "", "Maintained build pipelines and services", "work", "paid"),
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model")
    train([TINY], out, seed=3, folds=0)
    return out


def test_round_trip_and_meta(model_dir: Path) -> None:
    model, meta = load_model(model_dir)
    assert meta["seed"] == 3
    assert meta["label_counts"]["cs"] == {"affecting": 6, "facing": 14, "none": 8}
    verdicts = model.predict(PROBE)
    assert verdicts[0].cs == "facing"
    assert verdicts[1].cs != "facing"
    assert all(0.0 <= v.probability <= 1.0 for v in verdicts)
    assert verdicts[0].kind is not None and verdicts[1].kind is None


def test_retraining_is_deterministic(model_dir: Path, tmp_path: Path) -> None:
    train([TINY], tmp_path, seed=3, folds=0)
    first = [v.probability for v in load_model(model_dir)[0].predict(PROBE)]
    second = [v.probability for v in load_model(tmp_path)[0].predict(PROBE)]
    assert first == second


def test_title_prior_is_stacked_over_the_title_columns(model_dir: Path) -> None:
    from cxscore.classifier import TITLE_PRIOR_NAME
    from cxscore.explain import _describe

    model = load_model(model_dir)[0]
    width = model.title_columns
    assert model.title_prior is not None and width > 0
    assert all(n.startswith("title_") for n in model.feature_names[:width])
    assert not model.feature_names[width].startswith("title_")
    assert model.title_prior.coef_.shape == (1, width)
    names = [name for name, _ in model.contributions(PROBE[0], top=10_000)]
    assert TITLE_PRIOR_NAME in names and _describe(TITLE_PRIOR_NAME) is not None


def test_duties_prior_is_stacked_over_the_duty_columns(model_dir: Path) -> None:
    from cxscore.classifier import DUTY_PRIOR_NAME
    from cxscore.explain import _describe

    model = load_model(model_dir)[0]
    first, last = model.duty_columns
    assert model.duty_prior is not None and 0 < first < last
    assert {n.split("__")[0] for n in model.feature_names[first:last]} == {
        "duty_lines",
        "duty_chars",
    }
    assert model.duty_prior.coef_.shape == (1, last - first)
    names = [name for name, _ in model.contributions(PROBE[0], top=10_000)]
    assert DUTY_PRIOR_NAME in names and _describe(DUTY_PRIOR_NAME) is not None


def test_kind_prior_is_stacked_over_the_duty_columns(model_dir: Path) -> None:
    """The kind classifier reads one more column per kind: the duties' kind prior."""
    import numpy as np

    model = load_model(model_dir)[0]
    first, last = model.duty_columns
    kinds = list(model.kind.classes_)
    assert model.kind_prior is not None and list(model.kind_prior.classes_) == kinds
    assert model.kind_prior.coef_.shape == (len(kinds), last - first)
    assert model.kind.coef_.shape == (len(kinds), len(model.feature_names) + len(kinds))
    assert np.abs(model.kind.coef_[:, -len(kinds) :]).max() > 0  # the kind model reads it


def test_kind_prior_needs_people_and_kinds_to_fold() -> None:
    import numpy as np
    from scipy import sparse

    from cxscore.classifier import TITLE_PRIOR_LIMIT, fit_kind_prior

    duties = sparse.csr_matrix(np.eye(12))
    kinds = np.array(["education", "sales_account"] * 6)
    assert fit_kind_prior(duties, kinds, np.array(["a"] * 12), 0) is None  # one person
    assert fit_kind_prior(duties, np.array(["education"] * 12), np.arange(12), 0) is None
    fitted = fit_kind_prior(duties, kinds, np.arange(12), 0)
    assert fitted is not None
    model, values = fitted
    assert values.shape == (12, 2) and list(model.classes_) == ["education", "sales_account"]
    assert (values <= 0).all() and (values >= -TITLE_PRIOR_LIMIT).all()
    # Each entry's own duties are unseen by its fold: an identity matrix teaches nothing.
    np.testing.assert_allclose(np.exp(values).sum(axis=1), 1.0)
    np.testing.assert_allclose(values, np.log(0.5), atol=0.2)


def _copy(model_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    target.mkdir()
    for name in ("model.joblib", "meta.json"):
        (target / name).write_bytes((model_dir / name).read_bytes())
    return target


def test_tampered_model_file_is_refused_before_unpickling(model_dir: Path, tmp_path: Path) -> None:
    target = _copy(model_dir, tmp_path)
    with (target / "model.joblib").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="does not match the hash"):
        load_model(target)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("sklearn_version", "0.0.1", r"scikit-learn 0\.0\.1"),
        ("cxscore_version", "9.9.9", r"cxscore 9\.9\.9"),
        ("format", 99, "unknown model format"),
    ],
)
def test_mismatched_meta_is_refused(
    model_dir: Path, tmp_path: Path, key: str, value: object, message: str
) -> None:
    target = _copy(model_dir, tmp_path)
    meta = json.loads((target / "meta.json").read_text("utf-8"))
    meta[key] = value
    (target / "meta.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelError, match=message):
        load_model(target)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"no meta\.json"):
        load_model(tmp_path)


def test_bad_training_data(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "cs": "maybe"}\n', "utf-8")
    with pytest.raises(TrainingDataError, match="cs must be"):
        load_records([bad])
    bad.write_text("{not json\n", "utf-8")
    with pytest.raises(TrainingDataError, match=r"bad\.jsonl:1"):
        load_records([bad])


def test_expected_calibration_error() -> None:
    assert expected_calibration_error([0.9, 0.9, 0.1, 0.1], [1, 1, 0, 0]) == pytest.approx(0.1)
    assert expected_calibration_error([1.0, 0.0], [1, 0]) == 0.0


def test_cli_train_evaluate_and_explain(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "m"
    trained = runner.invoke(
        app, ["train", "--data", str(TINY), "--out", str(out), "--folds", "0", "--seed", "1"]
    )
    assert trained.exit_code == 0, trained.output
    assert (out / "meta.json").is_file()
    evaluated = runner.invoke(app, ["evaluate", "--data", str(TINY), "--model", str(out)])
    assert evaluated.exit_code == 0
    assert "facing-vs-not F1" in evaluated.stdout and "confusion" in evaluated.stdout
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "EXPERIENCE\nCashier, Corner Shop    Jan 2019 – Dec 2020\n"
        "• Served shoppers at the till and handled returns\n",
        "utf-8",
    )
    # A résumé corpus's gold file: whole résumés are scored from the files beside it.
    (tmp_path / "gold.jsonl").write_text(
        json.dumps(
            {
                "file": "cv.txt",
                "as_of": "2026-11",
                "entries": [
                    {
                        "title": "Cashier",
                        "organization": "Corner Shop",
                        "section": "work",
                        "employment_type": "paid",
                        "bullets": [],
                        "cs": "facing",
                        "kind": "in_person_service",
                        "start": "2019-01",
                        "end": "2020-12",
                    }
                ],
            }
        )
        + "\n",
        "utf-8",
    )
    whole = runner.invoke(
        app, ["evaluate", "--data", str(tmp_path / "gold.jsonl"), "--model", str(out), "--json"]
    )
    assert whole.exit_code == 0, whole.output
    assert json.loads(whole.stdout)["resumes"]["resumes"] == 1
    scanned = runner.invoke(
        app, ["scan", str(cv), "--model", str(out), "--explain", "--as-of", "2026-11"]
    )
    assert scanned.exit_code == 0, scanned.output
    assert "why:" in scanned.stdout and "occupation prior" in scanned.stdout
    as_json = runner.invoke(
        app, ["scan", str(cv), "--model", str(out), "-f", "json", "--min-cs-months", "30"]
    )
    payload = json.loads(as_json.stdout)
    assert payload["experiences"][0]["cs"] == "facing"
    assert payload["summary"]["cs_months"] == 24
    assert payload["summary"]["meets_threshold"] is False


def test_cli_refuses_a_broken_model(tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text("EXPERIENCE\nCashier, Shop 2019 - 2020\n", "utf-8")
    result = CliRunner().invoke(app, ["scan", str(cv), "--model", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path}: no meta.json")


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("Worked with customers to solve integration problems on site", ["Worked with customers"]),
        ("Greeted guests and answered their questions", ["Greeted guests"]),
        ("Worked on the customer database", []),
        ("Answered the phone", []),
        # Possessives are their nouns: the word pattern keeps the apostrophe.
        ("Answered shoppers' questions on the floor", ["Answered shoppers'"]),
        ("Explained each patient's options", ["Explained each patient's"]),
        # Spanish and Portuguese duties, read as whole words with their accents
        ("Atención de clientes en sucursal", ["Atención de clientes"]),
        ("Atendimento a colaboradores por telefone", ["Atendimento a colaboradores"]),
        ("Resolví reclamos de tarjetahabientes", ["Resolví reclamos de tarjetahabientes"]),
    ],
)
def test_serving_people_cue(text: str, served: list[str]) -> None:
    from cxscore.feature_values import cue_matches

    found = cue_matches(text)["cue_serve_people"]
    assert [text[a:b] for a, b in found] == served


def test_serving_pairs_equal_a_scan_of_every_people_word() -> None:
    """The pairing found by bisection equals the plain scan it replaced: the first people
    word 0-40 characters after a service verb, the last 0-25 before it, same sentence."""
    import random
    import re
    from bisect import bisect_left

    from cxscore.feature_values import cue_matches

    rng = random.Random(0)
    words = "helped greeted served the guests customers and a very long pause here . ;".split()
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        found = cue_matches(text)
        people, breaks = found["cue_people"], [i for i, c in enumerate(text) if c in ".;\n"]
        serves = [(m.start(), m.end()) for m in re.finditer(r"helped|greeted|served", text)]

        def same(a: int, b: int, breaks: list[int] = breaks) -> bool:
            return bisect_left(breaks, a) == bisect_left(breaks, b)

        after = [
            next(((s0, p1) for p0, p1 in people if 0 <= p0 - s1 <= 40 and same(s1, p0)), None)
            for s0, s1 in serves
        ]
        before = [
            next(
                ((p0, s1) for p0, p1 in reversed(people) if 0 <= s0 - p1 <= 25 and same(p1, s0)),
                None,
            )
            for s0, s1 in serves
        ]
        assert found["cue_serve_people"] == [pair for pair in after if pair]
        assert found["cue_people_served"] == [pair for pair in before if pair]


def test_linear_heads_are_stored_in_single_precision(model_dir: Path) -> None:
    """float32 coefficients keep the shipped model small; scores still sum in float64."""
    import numpy as np

    model = load_model(model_dir)[0]
    heads = [c.estimator for c in model.facing.calibrated_classifiers_]
    heads += [model.affecting, model.kind, model.title_prior, model.duty_prior, model.kind_prior]
    assert all(h.coef_.dtype == np.float32 for h in heads)
    assert all(np.asarray(h.intercept_).dtype == np.float32 for h in heads)
    assert all(p.dtype == np.float64 for p in model.sklearn_probabilities(PROBE))


def test_kind_heads_drop_tiny_coefficients(model_dir: Path) -> None:
    """The kind classifier and the kind prior keep no coefficient below KIND_PRUNE (zeros
    compress away in the model file); the facing heads are left whole."""
    import numpy as np

    from cxscore.classifier import KIND_PRUNE

    model = load_model(model_dir)[0]
    for head in (model.kind, model.kind_prior):
        kept = np.abs(head.coef_[head.coef_ != 0])
        assert kept.size and kept.min() >= KIND_PRUNE
    facing = model.facing.calibrated_classifiers_[0].estimator.coef_
    assert np.any((facing != 0) & (np.abs(facing) < KIND_PRUNE))


def test_union_width_counts_the_feature_names(model_dir: Path) -> None:
    model = load_model(model_dir)[0]
    assert model.union_width == len(model.feature_names)


def test_feature_names_are_read_from_the_vocabularies_not_pickled(model_dir: Path) -> None:
    import pickle

    model = load_model(model_dir)[0]
    names = model.feature_names
    assert names == [str(n) for n in model.features.get_feature_names_out()]
    assert "_feature_names" in model.__dict__  # kept after first use...
    assert "_feature_names" not in pickle.loads(pickle.dumps(model)).__dict__  # ...not saved


def test_an_explanation_marks_what_it_read_from_a_gloss(model_dir: Path) -> None:
    from cxscore.classifier import load_model
    from cxscore.explain import explain
    from cxscore.features import EntryInput

    model, _ = load_model(model_dir)
    french = EntryInput("Caissière", "Supermarché Delmas", "Encaissement", "work", "paid")
    english = EntryInput("Cashier", "Delmas Stores", "Took payments at the till", "work", "paid")
    lines = {}
    for entry in (french, english):
        (verdict,) = model.predict([entry])
        lines[entry.title] = "\n".join(explain(model, entry, verdict, None, top=40))
    # The French entry's "cashier" comes from the gloss; the English one's was written.
    assert 'title word "cashier" (English gloss)' in lines["Caissière"]
    assert "English gloss" not in lines["Cashier"]
