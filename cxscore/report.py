"""Render reports: schema-1 dictionaries (JSON, JSONL) and rich tables for people."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from cxscore.dates import Precision
from cxscore.pipeline import ResumeReport
from cxscore.segmentation import ExperienceEntry

SCHEMA_VERSION = 1


def schema() -> dict[str, Any]:
    """The JSON Schema of a schema-1 report, as shipped in the package."""
    from importlib import resources

    text = resources.files("cxscore").joinpath("data/report.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def _iso(year_month: tuple[int, int]) -> str:
    return f"{year_month[0]:04d}-{year_month[1]:02d}"


def entry_dict(entry: ExperienceEntry, months: int) -> dict[str, Any]:
    dates = entry.dates
    start = dates.start.iso() if dates and dates.start else None
    if dates and dates.present:
        end: str | None = "present"
    else:
        end = dates.end.iso() if dates and dates.end else None
    precision = dates.precision if dates else Precision.NONE
    return {
        "title": entry.title,
        "organization": entry.organization,
        "location": entry.location,
        "start": start,
        "end": end,
        "date_precision": str(precision),
        "months": months,
        "section": str(entry.section),
        "employment_type": str(entry.employment_type),
        "bullets": list(entry.bullets),
        "span": [entry.span.start, entry.span.end],
    }


def _judged(item: dict[str, Any], verdict: Any, occupation: Any) -> None:
    item["cs"] = verdict.cs
    item["cs_probability"] = verdict.probability
    item["needs_review"] = verdict.needs_review
    item["kind"] = verdict.kind
    item["occupation"] = (
        {
            "code": occupation.code,
            "title": occupation.title,
            "confidence": round(occupation.confidence, 4),
        }
        if occupation is not None
        else None
    )


def skills_summary(report: ResumeReport) -> list[dict[str, Any]]:
    """Explicit skills over customer-facing entries: how many entries and months show each."""
    judgement = report.judgement
    assert judgement is not None
    counts: dict[str, list[int]] = {}
    for verdict, skills, months in zip(
        judgement.verdicts, judgement.skills, report.entry_months, strict=True
    ):
        if verdict.cs != "facing":
            continue
        for skill in {s.skill for s in skills if s.source == "explicit"}:
            row = counts.setdefault(skill, [0, 0])
            row[0] += 1
            row[1] += months
    return [
        {"skill": skill, "entries": n, "months": m}
        for skill, (n, m) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    ]


def report_dict(report: ResumeReport) -> dict[str, Any]:
    """The schema-1 report for one résumé."""
    warnings = list(report.warnings)
    for number, entry in enumerate(report.entries, 1):
        label = entry.title or entry.organization or "untitled"
        warnings.extend(f"entry {number} ({label}): {w}" for w in entry.warnings)
    summary: dict[str, Any] = {"total_months": report.total_months}
    experiences = [
        entry_dict(entry, months)
        for entry, months in zip(report.entries, report.entry_months, strict=True)
    ]
    judgement = report.judgement
    if judgement is not None:
        summary["cs_months"] = judgement.cs_months
        summary["cs_threshold_months"] = judgement.threshold_months
        summary["meets_threshold"] = judgement.meets_threshold
        for item, verdict, occupation in zip(
            experiences, judgement.verdicts, judgement.occupations, strict=True
        ):
            _judged(item, verdict, occupation)
        for item, skills in zip(experiences, judgement.skills, strict=False):
            item["skills"] = [
                {
                    "skill": s.skill,
                    "evidence": s.evidence,
                    "span": [s.span.start, s.span.end],
                    "source": s.source,
                    "confidence": s.confidence,
                }
                for s in skills
            ]
        for item, phrases in zip(experiences, judgement.phrases, strict=False):
            item["phrases"] = [
                {"text": p.text, "span": [p.span.start, p.span.end], "kind": p.kind}
                for p in phrases
            ]
        if judgement.skills:
            summary["skills"] = skills_summary(report)
    summary["gaps"] = [{"start": g.start, "end": g.end, "months": g.months} for g in report.gaps]
    return {
        "schema_version": SCHEMA_VERSION,
        "source": report.source,
        "format": report.document.format.value,
        "as_of": _iso(report.as_of),
        "summary": summary,
        "experiences": experiences,
        "warnings": warnings,
    }


def write_json(reports: Iterable[ResumeReport], out: IO[str], *, lines: bool) -> None:
    """JSON: one object for one report, an array for several; JSONL: one report per line."""
    dicts = [report_dict(r) for r in reports]
    if lines:
        for item in dicts:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        payload: Any = dicts[0] if len(dicts) == 1 else dicts
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def write_table(
    report: ResumeReport, out: IO[str], explanations: list[list[str]] | None = None
) -> None:
    """A readable table of one résumé's experiences (with reasons under each, if given)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False, width=140)
    table = Table(title=f"{report.source}  (as of {_iso(report.as_of)})", title_justify="left")
    judged = report.judgement is not None
    columns = ["#", "Title", "Organization", "Dates", "Months", "Section", "Type"]
    if judged:
        columns += ["Customer service", "P(facing)"]
        if report.judgement is not None and report.judgement.skills:
            columns.append("Skills shown")
    for column in columns:
        table.add_column(column, overflow="fold")
    for number, (entry, months) in enumerate(
        zip(report.entries, report.entry_months, strict=True), 1
    ):
        d = entry_dict(entry, months)
        dates = f"{d['start'] or '?'} – {d['end'] or '?'}" if d["start"] or d["end"] else "undated"
        row = [
            str(number),
            d["title"] or "",
            d["organization"] or "",
            dates,
            str(months),
            d["section"],
            d["employment_type"],
        ]
        if report.judgement is not None:
            verdict = report.judgement.verdicts[number - 1]
            label = verdict.cs + (f" · {verdict.kind}" if verdict.kind else "")
            row += [
                label + (" (review)" if verdict.needs_review else ""),
                f"{verdict.probability:.2f}",
            ]
            if report.judgement.skills:
                shown = report.judgement.skills[number - 1]
                row.append(", ".join(s.skill for s in shown if s.source == "explicit"))
        table.add_row(*row)
    console.print(table)
    if explanations:
        for number, reasons in enumerate(explanations, 1):
            console.print(f"[bold]#{number} why:[/bold]")
            for reason in reasons:
                console.print(f"   {reason}", markup=False)
    if report.judgement is not None:
        j = report.judgement
        verdict_text = "meets" if j.meets_threshold else "does not meet"
        console.print(
            f"Customer-service experience: {j.cs_months} months · {verdict_text} the "
            f"{j.threshold_months}-month threshold"
        )
    gaps = ", ".join(f"{g.start}..{g.end} ({g.months} mo)" for g in report.gaps) or "none"
    console.print(f"Total experience: {report.total_months} months · gaps of 3+ months: {gaps}")
    for warning in report_dict(report)["warnings"]:
        console.print(f"[dim]note: {warning}[/dim]")
