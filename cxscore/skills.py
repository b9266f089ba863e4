"""Soft skills each experience demonstrates, with the exact words that prove them.

Two signals per duty line: high-precision cue patterns (shipped as JSON) and a multi-label
model trained on labelled duty lines, so paraphrases count too. A skill is explicit when the
model is confident, or when a cue hits and the model agrees at a lower bar; the evidence is
the clause of the document that carries it. Inferred skills come from the O*NET occupation
prior only and are never shown as explicit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from cxscore.compiled_cache import CompiledOnce
from cxscore.document import Span

SKILLS = (
    "communication",
    "active_listening",
    "empathy",
    "patience",
    "problem_solving",
    "conflict_resolution",
    "adaptability",
    "time_management",
    "teamwork",
    "cultural_awareness",
    "stress_tolerance",
    "relationship_building",
)
T_HIGH = 0.7  # model alone, when no per-skill threshold was tuned
T_LOW = 0.3  # model with a cue hit
INFERRED_MIN_PRIOR = 0.6
INFERRED_CONFIDENCE_SCALE = 0.5  # inferred skills never look as sure as explicit ones

_CLAUSE = re.compile(r"[^,;:.()\[\]—–|•]+")


@dataclass(frozen=True)
class SkillDefinition:
    id: str
    label: str
    definition: str
    onet: tuple[str, ...]
    esco: tuple[str, ...]


@dataclass(frozen=True)
class SkillEvidence:
    """A skill shown by an entry: `evidence` is the document text at `span`."""

    skill: str
    evidence: str = field(repr=False)
    span: Span
    source: str  # explicit | inferred
    confidence: float


@lru_cache(maxsize=1)
def taxonomy() -> tuple[SkillDefinition, ...]:
    """The shipped skill taxonomy with O*NET and ESCO cross-references."""
    data = json.loads(resources.files("cxscore").joinpath("data/skills.json").read_text("utf-8"))
    return tuple(
        SkillDefinition(
            s["id"],
            s["label"],
            s["definition"],
            tuple(f"{o['id']} {o['name']}" for o in s["onet"]),
            tuple(e["label"] for e in s["esco"]),
        )
        for s in data["skills"]
    )


@lru_cache(maxsize=1)
def _pattern_sources() -> dict[str, Any]:
    text = resources.files("cxscore").joinpath("data/skill_patterns.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=2)
def _patterns(lowered: bool = False) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    """Cue patterns per skill and the guard pattern, case-insensitive; with `lowered`,
    case-sensitive, for lower-cased ASCII text (see `cue_hits`)."""
    data = _pattern_sources()
    flags = 0 if lowered else re.IGNORECASE
    patterns = {
        skill: re.compile("|".join(f"(?:{p})" for p in pats), flags)
        for skill, pats in data["patterns"].items()
    }
    guard = re.compile("|".join(f"(?:{g})" for g in data["guards"]), flags)
    return patterns, guard


@lru_cache(maxsize=1)
def _lower_case_patterns() -> bool:
    """Whether no cue or guard pattern holds an upper-case letter (so no `\\B`, `\\W` or
    `[A-Z]` either)."""
    data = _pattern_sources()
    sources = [*data["guards"], *(p for pats in data["patterns"].values() for p in pats)]
    return all(p == p.lower() for p in sources)


@lru_cache(maxsize=1)
def _skill_priors() -> dict[str, dict[str, float]]:
    import gzip

    raw = resources.files("cxscore").joinpath("data/onet_skill_priors.json.gz").read_bytes()
    priors: dict[str, dict[str, float]] = json.loads(gzip.decompress(raw))["priors"]
    return priors


def _is_name(text: str, start: int, end: int) -> bool:
    """A hit inside a proper name or code: 'Patience Street', 'Teamwork Analytics', 'PT'."""
    word = text[start:end]
    if word.isupper() and len(word) <= 4:
        return True
    if not word[:1].isupper() or start == 0 or text[:start].rstrip().endswith((".", "•", ":")):
        return False
    before = text[:start].split()
    after = text[end:].split()
    neighbour_caps = (before and before[-1][:1].isupper()) or (after and after[0][:1].isupper())
    return bool(neighbour_caps)


def cue_hits(text: str, skills: Iterable[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Pattern hits per skill (all, or only `skills`) in one line, minus guarded phrases and
    proper names."""
    # On ASCII text, case-insensitive matching finds what case-sensitive matching of
    # lower-case patterns finds in the lower-cased text, at the same offsets, 2-3x faster.
    lowered = text.isascii() and _lower_case_patterns()
    patterns, guard = _patterns(lowered)
    wanted = list(patterns) if skills is None else [s for s in skills if s in patterns]
    if not wanted:
        return {}
    subject = text.lower() if lowered else text
    guarded: list[tuple[int, int]] | None = None  # found on the first hit: most lines have none
    hits: dict[str, list[tuple[int, int]]] = {}
    for skill in wanted:
        pattern = patterns[skill]
        for match in pattern.finditer(subject):
            a, b = match.span()
            if guarded is None:
                guarded = [m.span() for m in guard.finditer(subject)]
            if any(g0 <= a < g1 or g0 < b <= g1 for g0, g1 in guarded):
                continue
            if _is_name(text, a, b):
                continue
            hits.setdefault(skill, []).append((a, b))
    return hits


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans of a line (split at punctuation), trimmed of spaces."""
    out = []
    for match in _CLAUSE.finditer(text):
        a, b = match.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a >= 3:
            out.append((a, b))
    return out or [(0, len(text))]


@dataclass
class SkillModel(CompiledOnce):
    """Vectoriser and one-vs-rest logistic regression over duty lines (pickled in the model)."""

    features: Any
    classifier: Any
    # Per-skill decision thresholds for the model alone, chosen by cross-validation on the
    # training lines; None means T_HIGH for every skill.
    thresholds: tuple[float, ...] | None = None

    def probabilities(self, lines: Sequence[str]) -> Any:
        """P(skill) of each line, one column per SKILLS entry (as the classifier's
        predict_proba gives them, computed in one sparse product)."""
        return self.compiled().probabilities(lines)

    def _compile(self) -> Any:
        """The fast inference form: cxscore.inference.CompiledSkills."""
        from cxscore.inference import CompiledSkills

        return CompiledSkills.of(self)


THRESHOLD_GRID = tuple(round(0.4 + 0.05 * i, 2) for i in range(11))  # 0.40 .. 0.90
THRESHOLD_BETA = 0.5  # F-beta below 1 weighs precision: a wrong skill costs more than a missed one


def fit_skill_model(
    records: Sequence[dict[str, Any]], C: float = 8.0, tune_thresholds: bool = True, seed: int = 0
) -> SkillModel:
    """Fit the line-level multi-label skill model; with `tune_thresholds` (and enough lines),
    choose each skill's threshold from 5-fold out-of-fold probabilities on the same lines."""
    model = _fit_skill_lr(records, C)
    if not tune_thresholds or len(records) < 200:
        return model
    import numpy as np
    from sklearn.model_selection import KFold

    truth = np.array([[s in r["skills"] for s in SKILLS] for r in records])
    oof = np.zeros(truth.shape)
    for train_idx, test_idx in KFold(5, shuffle=True, random_state=seed).split(records):
        fold = _fit_skill_lr([records[i] for i in train_idx], C)
        oof[test_idx] = fold.probabilities([records[i]["text"] for i in test_idx])
    chosen = []
    b2 = THRESHOLD_BETA**2
    for j in range(len(SKILLS)):
        best, best_t = -1.0, T_HIGH
        for t in THRESHOLD_GRID:
            hit = oof[:, j] >= t
            tp = float((hit & truth[:, j]).sum())
            fp = float((hit & ~truth[:, j]).sum())
            fn = float((~hit & truth[:, j]).sum())
            score = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
            if score > best + 1e-9:
                best, best_t = score, t
        chosen.append(best_t)
    return SkillModel(model.features, model.classifier, tuple(chosen))


def _fit_skill_lr(records: Sequence[dict[str, Any]], C: float) -> SkillModel:
    """Fit the vectoriser and one-vs-rest logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import MultiLabelBinarizer

    from cxscore.classifier import single_precision

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    X = features.fit_transform([r["text"] for r in records])
    Y = MultiLabelBinarizer(classes=list(SKILLS)).fit_transform([r["skills"] for r in records])
    classifier = OneVsRestClassifier(
        LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    ).fit(X, Y)
    single_precision(classifier.estimators_)
    return SkillModel(features, classifier)


class LineScorer(Protocol):
    """A skill model, fitted (SkillModel) or compiled (cxscore.inference.CompiledSkills)."""

    thresholds: tuple[float, ...] | None  # per skill; None means T_HIGH for every skill

    def probabilities(self, lines: Sequence[str]) -> Any: ...


def detect_lines(
    model: LineScorer, lines: Sequence[str]
) -> list[list[tuple[str, tuple[int, int], float]]]:
    """Explicit skills of each line: (skill, evidence span within the line, confidence).

    Batched: one model call for all lines and one for the clauses that need a best clause.
    """
    probs = model.probabilities(lines)
    limits = model.thresholds or (T_HIGH,) * len(SKILLS)
    floors = [min(T_LOW, limit) for limit in limits]  # below both, a skill cannot fire
    found: list[list[tuple[str, tuple[int, int], float]]] = [[] for _ in lines]
    wanted: list[tuple[int, int, float, list[tuple[int, int]]]] = []
    for row, (text, line_probs) in enumerate(zip(lines, probs.tolist(), strict=True)):
        candidates = [i for i, p in enumerate(line_probs) if p >= floors[i]]
        if not candidates:
            continue
        # A cue only counts where the model gives the skill at least T_LOW, so only those
        # skills' patterns are run.
        hits = cue_hits(text, [SKILLS[i] for i in candidates if line_probs[i] >= T_LOW])
        parts = clauses(text)
        for index in candidates:
            skill = SKILLS[index]
            p = line_probs[index]
            spans = hits.get(skill, [])
            if spans and p >= T_LOW:
                a, b = spans[0]
                clause = next(((c0, c1) for c0, c1 in parts if c0 <= a < c1), (a, b))
                found[row].append((skill, clause, round(max(p, 0.6), 3)))
            elif p >= limits[index]:
                if len(parts) == 1:
                    found[row].append((skill, parts[0], round(p, 3)))
                else:
                    wanted.append((row, index, p, parts))
    if wanted:
        texts = [lines[row][a:b] for row, _, _, parts in wanted for a, b in parts]
        clause_probs = model.probabilities(texts)
        at = 0
        for row, index, p, parts in wanted:
            scores = clause_probs[at : at + len(parts), index]
            at += len(parts)
            found[row].append((SKILLS[index], parts[int(scores.argmax())], round(p, 3)))
    for items in found:
        items.sort(key=lambda item: SKILLS.index(item[0]))
    return found


def detect_line(model: LineScorer, text: str) -> list[tuple[str, tuple[int, int], float]]:
    """Explicit skills of one line."""
    return detect_lines(model, [text])[0]


def map_skills_many(
    model: LineScorer,
    text: str,
    entries_spans: Sequence[Sequence[Span]],
    occupations: Sequence[tuple[str | None, float]],
) -> list[tuple[SkillEvidence, ...]]:
    """Skills of several entries of one document with one batched model pass."""
    return map_skills_documents(model, [(text, entries_spans, occupations)])[0]


def map_skills_documents(
    model: LineScorer,
    documents: Sequence[tuple[str, Sequence[Sequence[Span]], Sequence[tuple[str | None, float]]]],
) -> list[list[tuple[SkillEvidence, ...]]]:
    """`map_skills_many` for several documents (text, entries' duty spans, occupations) with
    one batched model pass over all their duty lines."""
    flat = [
        (d, i, span.slice(text), span)
        for d, (text, entries_spans, _) in enumerate(documents)
        for i, spans in enumerate(entries_spans)
        for span in spans
    ]
    detected = detect_lines(model, [line for _, _, line, _ in flat])
    best: list[list[dict[str, SkillEvidence]]] = [[{} for _ in spans] for _, spans, _ in documents]
    for (document, entry, line, span), hits in zip(flat, detected, strict=True):
        for skill, (a, b), confidence in hits:
            evidence = SkillEvidence(
                skill, line[a:b], Span(span.start + a, span.start + b), "explicit", confidence
            )
            current = best[document][entry].get(skill)
            if current is None or confidence > current.confidence:
                best[document][entry][skill] = evidence
    return [
        _with_inferred(found, occupations)
        for found, (_, _, occupations) in zip(best, documents, strict=True)
    ]


def _with_inferred(
    best: Sequence[dict[str, SkillEvidence]], occupations: Sequence[tuple[str | None, float]]
) -> list[tuple[SkillEvidence, ...]]:
    """Each entry's explicit skills in SKILLS order, then those its occupation infers."""
    out = []
    for entry, (code, match_confidence) in enumerate(occupations):
        inferred: list[SkillEvidence] = []
        for skill, value in sorted(_skill_priors().get(code or "", {}).items()):
            if skill not in best[entry] and value >= INFERRED_MIN_PRIOR:
                confidence = round(value * match_confidence * INFERRED_CONFIDENCE_SCALE, 3)
                inferred.append(SkillEvidence(skill, "", Span(0, 0), "inferred", confidence))
        ordered = sorted(best[entry].values(), key=lambda e: SKILLS.index(e.skill))
        out.append(tuple(ordered) + tuple(inferred))
    return out


def map_skills(
    model: LineScorer,
    text: str,
    bullet_spans: Sequence[Span],
    occupation_code: str | None,
    occupation_confidence: float = 0.0,
) -> tuple[SkillEvidence, ...]:
    """Skills of one entry from its own duty lines (explicit) and its occupation (inferred)."""
    return map_skills_many(model, text, [bullet_spans], [(occupation_code, occupation_confidence)])[
        0
    ]


def load_skill_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Labelled duty lines ({"text", "skills", ...}) from JSONL files."""
    from cxscore.classifier import TrainingDataError, read_jsonl

    records = []
    for path in paths:
        for number, record in read_jsonl(path):
            if not set(record.get("skills", [])) <= set(SKILLS) or "text" not in record:
                raise TrainingDataError(f"{path}:{number}: needs text and known skills")
            records.append(record)
    return records


def cross_validate_skills(records: Sequence[dict[str, Any]], seed: int = 0) -> dict[str, Any]:
    """5-fold line-level figures on the training lines (never the held-out file)."""
    from sklearn.model_selection import KFold

    folds = []
    for train_idx, test_idx in KFold(5, shuffle=True, random_state=seed).split(records):
        model = fit_skill_model([records[i] for i in train_idx])
        folds.append(evaluate_skills(model, [records[i] for i in test_idx]))
    keys = ("micro_precision", "micro_recall", "micro_f1")
    return {k: round(sum(f[k] for f in folds) / len(folds), 4) for k in keys}


def evaluate_skills(model: SkillModel, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Line-level explicit-skill precision, recall and micro-F1 (and per skill)."""
    tp = fp = fn = 0
    per: dict[str, list[int]] = {s: [0, 0, 0] for s in SKILLS}
    detected = detect_lines(model, [r["text"] for r in records])
    for record, hits in zip(records, detected, strict=True):
        predicted = {skill for skill, _, _ in hits}
        gold = set(record["skills"])
        for skill in SKILLS:
            hit, want = skill in predicted, skill in gold
            per[skill][0] += hit and want
            per[skill][1] += hit and not want
            per[skill][2] += want and not hit
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "lines": len(records),
        "micro_precision": round(precision, 4),
        "micro_recall": round(recall, 4),
        "micro_f1": round(f1, 4),
        "per_skill_f1": {
            s: round(2 * a / (2 * a + b + c), 4) if a + b + c else None
            for s, (a, b, c) in per.items()
        },
    }
