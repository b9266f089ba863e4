"""Ranked CSVs from a batch's JSONL results, read as a stream, safe to open in spreadsheets.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a
leading apostrophe. When a file appears more than once in the results, its last line counts.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cxscore.batch import printable
from cxscore.errors import CxscoreError

CANDIDATE_COLUMNS = (
    "path",
    "cs_months",
    "meets_threshold",
    "total_months",
    "top_kinds",
    "top_skills",
    "entries",
    "needs_review",
    "error",
)
EXPERIENCE_COLUMNS = (
    "path",
    "index",
    "title",
    "organization",
    "start",
    "end",
    "months",
    "section",
    "employment_type",
    "cs",
    "cs_probability",
    "needs_review",
    "kind",
    "occupation_code",
    "occupation_title",
    "skills",
)
TOP_KINDS = 3
TOP_SKILLS = 5
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(CxscoreError):
    """The results could not be read or a CSV could not be written."""


def safe_cell(value: Any) -> Any:
    """A CSV cell: empty for None, yes/no for booleans, text defused against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = printable(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_candidates_csv(results: Path, target: Path, *, bom: bool = False) -> int:
    """One row per résumé, most customer-service months first (ties by path); returns rows."""
    rows: dict[str, tuple[Any, ...]] = {}
    for _, record in _records(results):
        rows[record["source"]] = _candidate_row(record)
    ordered = sorted(rows.values(), key=_rank)
    with _csv_writer(target, bom) as writer:
        writer.writerow(CANDIDATE_COLUMNS)
        for row in ordered:
            writer.writerow([safe_cell(v) for v in row])
    return len(ordered)


def write_experiences_csv(results: Path, target: Path, *, bom: bool = False) -> int:
    """One row per experience, résumés by path, entries in résumé order; returns rows."""
    offsets: dict[str, int] = {}
    for offset, record in _records(results):
        offsets[record["source"]] = offset
    count = 0
    with _csv_writer(target, bom) as writer, _open_results(results) as handle:
        writer.writerow(EXPERIENCE_COLUMNS)
        for source in sorted(offsets):
            handle.seek(offsets[source])
            record = json.loads(handle.readline())
            for index, entry in enumerate(record.get("experiences") or (), 1):
                writer.writerow([safe_cell(v) for v in _experience_row(source, index, entry)])
                count += 1
    return count


def _rank(row: tuple[Any, ...]) -> tuple[int, str]:
    cs_months = row[1]
    return (-(cs_months if isinstance(cs_months, int) else -1), row[0])


def _candidate_row(record: dict[str, Any]) -> tuple[Any, ...]:
    source = record["source"]
    error = record.get("error")
    if error is not None:
        message = f"{error.get('type')}: {error.get('message')}"
        return (source, None, None, None, None, None, None, None, message)
    summary = record.get("summary") or {}
    experiences = record.get("experiences") or []
    kind_months: Counter[str] = Counter()
    skill_counts: Counter[str] = Counter()
    for entry in experiences:
        if entry.get("cs") == "facing" and entry.get("kind"):
            kind_months[entry["kind"]] += int(entry.get("months") or 0)
        skill_counts.update(set(_skill_names(entry)))
    kinds = sorted(kind_months.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_KINDS]
    skills = sorted(skill_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SKILLS]
    return (
        source,
        summary.get("cs_months"),
        summary.get("meets_threshold"),
        summary.get("total_months"),
        "; ".join(k for k, _ in kinds),
        "; ".join(s for s, _ in skills),
        len(experiences),
        sum(1 for e in experiences if e.get("needs_review")),
        None,
    )


def _experience_row(source: str, index: int, entry: dict[str, Any]) -> tuple[Any, ...]:
    occupation = entry.get("occupation") or {}
    return (
        source,
        index,
        entry.get("title"),
        entry.get("organization"),
        entry.get("start"),
        entry.get("end"),
        entry.get("months"),
        entry.get("section"),
        entry.get("employment_type"),
        entry.get("cs"),
        entry.get("cs_probability"),
        entry.get("needs_review"),
        entry.get("kind"),
        occupation.get("code"),
        occupation.get("title"),
        "; ".join(dict.fromkeys(_skill_names(entry))),
    )


def _skill_names(entry: dict[str, Any]) -> Iterator[str]:
    for skill in entry.get("skills") or ():
        name = skill.get("skill") if isinstance(skill, dict) else skill
        if isinstance(name, str) and name:
            yield name


def _records(results: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(byte offset, record) for each well-formed line; a torn or foreign line is skipped."""
    with _open_results(results) as handle:
        offset = 0
        for raw in iter(handle.readline, b""):
            here, offset = offset, offset + len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("source"), str):
                yield here, record


@contextlib.contextmanager
def _open_results(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ExportError(f"cannot read results ({exc.strerror or exc})", str(path)) from None
    with handle:
        yield handle


@contextlib.contextmanager
def _csv_writer(target: Path, bom: bool) -> Iterator[Any]:
    """A csv writer on `target` (UTF-8, with a BOM if asked); write errors as ExportError."""
    try:
        with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            yield csv.writer(handle)
    except OSError as exc:
        raise ExportError(f"cannot write CSV ({exc.strerror or exc})", str(target)) from None
