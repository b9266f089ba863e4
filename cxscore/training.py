"""`cxscore train` and `cxscore evaluate`: a reproducible model from labelled data, and its
figures on data it never saw."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cxscore.classifier import (
    CsModel,
    cross_validate,
    data_hash,
    fit_model,
    label_counts,
    load_records,
    save_model,
    score_predictions,
)
from cxscore.features import EntryInput


def train(
    data: Sequence[Path],
    out: Path,
    *,
    seed: int = 0,
    heldout: Path | None = None,
    folds: int = 5,
    skills_data: Sequence[Path] = (),
    skills_heldout: Path | None = None,
) -> dict[str, Any]:
    """Fit on `data` (and skill lines on `skills_data`), measure grouped cross-validation and
    the held-out sets, save to `out`."""
    from cxscore.skills import (
        cross_validate_skills,
        evaluate_skills,
        fit_skill_model,
        load_skill_records,
    )

    records = load_records(data)
    metrics: dict[str, Any] = {}
    if folds > 1:
        metrics["grouped_cv"] = cross_validate(records, seed=seed, folds=folds)
    model = fit_model(records, seed=seed)
    skill_records = load_skill_records(skills_data) if skills_data else []
    if skill_records:
        model.skills = fit_skill_model(skill_records)
        if folds > 1:
            metrics["skills_cv"] = cross_validate_skills(skill_records, seed=seed)
        if skills_heldout is not None:
            metrics["skills_heldout"] = {
                "data": str(skills_heldout),
                **evaluate_skills(model.skills, load_skill_records([skills_heldout])),
            }
    if heldout is not None:
        metrics["heldout"] = {
            "data": str(heldout),
            **evaluate_entries(model, load_records([heldout])),
        }
        resumes = heldout.parent if heldout.name == "gold.jsonl" else None
        if resumes is not None:
            metrics["heldout_resumes"] = evaluate_resumes(model, resumes)
    meta = {
        "seed": seed,
        "trained": dt.date.today().isoformat(),
        "training_data": [str(p) for p in [*data, *skills_data]],
        "training_data_sha256": data_hash([*data, *skills_data]),
        "label_counts": {**label_counts(records), "skill_lines": len(skill_records)},
        "metrics": metrics,
    }
    save_model(model, out, meta)
    return meta


def evaluate_entries(model: CsModel, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Entry-level figures of `model` on labelled records."""
    verdicts = model.predict([EntryInput.from_record(r) for r in records])
    return score_predictions(records, verdicts)


def is_resume_gold(path: Path) -> bool:
    """Whether `path` is a résumé corpus's gold file: lines with a `file` and its `entries`,
    the files beside it."""
    if path.is_dir() or path.name != "gold.jsonl":
        return False
    with path.open(encoding="utf-8") as stream:
        first = json.loads(stream.readline() or "{}")
    return isinstance(first, dict) and "file" in first and "entries" in first


def evaluate_resumes(model: CsModel, folder: Path) -> dict[str, Any]:
    """Whole-résumé figures on a structure corpus split: customer-service months (tolerance
    max(3, 10 %)) and the 12-month screen, end to end from the files."""
    from cxscore.dates import parse_as_of
    from cxscore.evaluation import gold_months, load_gold
    from cxscore.pipeline import analyze

    within = screen_right = 0
    gold_items = load_gold(folder)
    for item in gold_items:
        as_of = parse_as_of(item["as_of"])
        report = analyze(folder / item["file"], as_of=as_of, model=model)
        assert report.judgement is not None
        expected = gold_months((e for e in item["entries"] if e["cs"] == "facing"), as_of)
        got = report.judgement.cs_months
        within += abs(got - expected) <= max(3, 0.1 * expected)
        screen_right += (got >= 12) == (expected >= 12)
    count = len(gold_items)
    return {
        "resumes": count,
        "cs_months_within_tolerance": round(within / count, 4) if count else None,
        "screen_12_months_right": round(screen_right / count, 4) if count else None,
    }
