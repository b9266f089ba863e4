"""Compose the stages: read a résumé, find sections and entries, count months."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cxscore.dates import find_gaps, index_to_iso, merge_intervals, month_interval, total_months
from cxscore.document import Document, ReadLimits
from cxscore.reading import Source, read_document
from cxscore.sections import Section, split_sections
from cxscore.segmentation import ExperienceEntry, segment_entries


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


def current_month() -> tuple[int, int]:
    today = dt.date.today()
    return today.year, today.month


def analyze_document(document: Document, *, as_of: tuple[int, int] | None = None) -> ResumeReport:
    """Find sections and entries in a read document and count its months."""
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
    return ResumeReport(
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


def analyze(
    source: Source,
    *,
    as_of: tuple[int, int] | None = None,
    limits: ReadLimits | None = None,
    name: str | None = None,
) -> ResumeReport:
    """Read and analyse one résumé (path, '-', bytes or binary file)."""
    return analyze_document(read_document(source, limits=limits, name=name), as_of=as_of)
