"""Compose the stages: read a résumé, find sections and entries, count months."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from cxscore.dates import find_gaps, index_to_iso, merge_intervals, month_interval, total_months
from cxscore.document import Document, ReadLimits
from cxscore.reading import Source, read_document
from cxscore.sections import Section, split_sections
from cxscore.segmentation import ExperienceEntry, segment_entries

if TYPE_CHECKING:
    from cxscore.classifier import CsModel, Verdict
    from cxscore.feature_values import EntryInput
    from cxscore.inference import CompiledModel
    from cxscore.occupation import OccupationMatch
    from cxscore.phrases import Phrase
    from cxscore.skills import SkillEvidence

DEFAULT_MIN_CS_MONTHS = 12


@dataclass(frozen=True)
class Gap:
    """A break of three or more months between experiences."""

    start: str
    end: str
    months: int


@dataclass(frozen=True)
class ResumeReport:
    """Everything cxscore found in one résumé."""

    source: str
    document: Document = field(repr=False)
    as_of: tuple[int, int]
    sections: tuple[Section, ...]
    entries: tuple[ExperienceEntry, ...]
    entry_months: tuple[int, ...]
    total_months: int
    gaps: tuple[Gap, ...]
    warnings: tuple[str, ...] = ()
    judgement: Judgement | None = None


@dataclass(frozen=True)
class Judgement:
    """The customer-service verdicts of one résumé, entry by entry, and their months."""

    verdicts: tuple[Verdict, ...]
    occupations: tuple[OccupationMatch | None, ...]
    cs_months: int
    threshold_months: int
    skills: tuple[tuple[SkillEvidence, ...], ...] = ()
    phrases: tuple[tuple[Phrase, ...], ...] = ()

    @property
    def meets_threshold(self) -> bool:
        return self.cs_months >= self.threshold_months


def current_month() -> tuple[int, int]:
    today = dt.date.today()
    return today.year, today.month


def analyze_document(
    document: Document,
    *,
    as_of: tuple[int, int] | None = None,
    model: CsModel | CompiledModel | None = None,
    min_cs_months: int = DEFAULT_MIN_CS_MONTHS,
) -> ResumeReport:
    """Find sections and entries in a read document, count its months and, given a model,
    judge each entry's customer-service experience."""
    as_of = as_of or current_month()
    sections = split_sections(document)
    entries = segment_entries(document, sections, as_of)
    intervals = [month_interval(e.dates, as_of) if e.dates else None for e in entries]
    months = tuple((iv[1] - iv[0] + 1) if iv else 0 for iv in intervals)
    present = [iv for iv in intervals if iv]
    merged = merge_intervals(present)
    gaps = tuple(Gap(index_to_iso(a), index_to_iso(b), b - a + 1) for a, b in find_gaps(merged, 3))
    warnings: list[str] = []
    if not entries:
        warnings.append("no experience entries found")
    judgement = (
        judge_entries(document.text, entries, intervals, model, min_cs_months)
        if model is not None
        else None
    )
    return ResumeReport(
        judgement=judgement,
        source=document.source,
        document=document,
        as_of=as_of,
        sections=sections,
        entries=entries,
        entry_months=months,
        total_months=total_months(present),
        gaps=gaps,
        warnings=tuple(warnings),
    )


def judge_entries(
    text: str,
    entries: tuple[ExperienceEntry, ...],
    intervals: list[tuple[int, int] | None],
    model: CsModel | CompiledModel,
    min_cs_months: int,
) -> Judgement:
    """Verdicts, occupations, skills and phrases for entries; customer-service months from
    facing ones only."""
    return judge_documents([(text, entries, intervals)], model, min_cs_months)[0]


def judge_documents(
    documents: Sequence[tuple[str, tuple[ExperienceEntry, ...], Sequence[tuple[int, int] | None]]],
    model: CsModel | CompiledModel,
    min_cs_months: int,
) -> list[Judgement]:
    """`judge_entries` for several documents (text, entries, month intervals) at once: one
    occupation match, one classifier call and one skill-model call over all their entries,
    which spreads each call's fixed cost. Every entry is judged as it would be alone."""
    from cxscore.feature_values import match_occupations

    inputs = [entry_input(e) for _, entries, _ in documents for e in entries]
    # Matched once: the report shows the occupations the classifier's prior was built from.
    all_occupations = tuple(match_occupations(inputs))
    all_verdicts = tuple(model.predict(inputs, all_occupations))
    bounds = list(accumulate((len(entries) for _, entries, _ in documents), initial=0))
    cuts = list(pairwise(bounds))
    occupations = [all_occupations[a:b] for a, b in cuts]
    skills: list[tuple[tuple[SkillEvidence, ...], ...]] = [()] * len(documents)
    phrases: list[tuple[tuple[Phrase, ...], ...]] = [()] * len(documents)
    if model.skills is not None:
        from cxscore.skills import map_skills_documents

        found = map_skills_documents(
            model.skills,
            [
                (
                    text,
                    [entry.bullet_spans for entry in entries],
                    [(o.code, o.confidence) if o else (None, 0.0) for o in matched],
                )
                for (text, entries, _), matched in zip(documents, occupations, strict=True)
            ],
        )
        skills = [tuple(entry_skills) for entry_skills in found]
        phrases = [
            tuple(entry_phrases(text, entry) for entry in entries) for text, entries, _ in documents
        ]
    judgements = []
    for number, ((_, _, intervals), (a, b)) in enumerate(zip(documents, cuts, strict=True)):
        verdicts = all_verdicts[a:b]
        facing = [iv for iv, v in zip(intervals, verdicts, strict=True) if iv and v.cs == "facing"]
        judgements.append(
            Judgement(
                verdicts,
                occupations[number],
                total_months(facing),
                min_cs_months,
                skills[number],
                phrases[number],
            )
        )
    return judgements


def judge_reports(
    reports: Sequence[ResumeReport], model: CsModel | CompiledModel, min_cs_months: int
) -> list[ResumeReport]:
    """Reports analysed without a model, judged together (see `judge_documents`)."""
    documents = [
        (
            report.document.text,
            report.entries,
            [month_interval(e.dates, report.as_of) if e.dates else None for e in report.entries],
        )
        for report in reports
    ]
    judged = judge_documents(documents, model, min_cs_months)
    return [
        dataclasses.replace(report, judgement=judgement)
        for report, judgement in zip(reports, judged, strict=True)
    ]


def entry_phrases(text: str, entry: ExperienceEntry) -> tuple[Phrase, ...]:
    """The role phrase (over the entry's header) and the activity phrases of its duties."""
    from cxscore.document import Span
    from cxscore.phrases import Phrase, activity_phrases, role_phrase

    out: list[Phrase] = []
    role = role_phrase(entry.title)
    if role:
        header_end = entry.bullet_spans[0].start if entry.bullet_spans else entry.span.end
        out.append(Phrase(role, Span(entry.span.start, header_end), "role"))
    for span in entry.bullet_spans:
        out.extend(activity_phrases(span.slice(text), span.start))
    return tuple(out)


def entry_input(entry: ExperienceEntry) -> EntryInput:
    """The classifier's view of an extracted entry."""
    from cxscore.feature_values import EntryInput

    return EntryInput(
        title=entry.title or "",
        organization=entry.organization or "",
        duties="\n".join(entry.bullets),
        section=str(entry.section),
        employment_type=str(entry.employment_type),
    )


def analyze(
    source: Source,
    *,
    as_of: tuple[int, int] | None = None,
    limits: ReadLimits | None = None,
    name: str | None = None,
    model: CsModel | CompiledModel | None = None,
    min_cs_months: int = DEFAULT_MIN_CS_MONTHS,
) -> ResumeReport:
    """Read and analyse one résumé (path, '-', bytes or binary file)."""
    document = read_document(source, limits=limits, name=name)
    return analyze_document(document, as_of=as_of, model=model, min_cs_months=min_cs_months)
