"""The cxscore command line: parse options, call the library, render results, map errors."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer

from cxscore import __version__
from cxscore.errors import CxscoreError

if TYPE_CHECKING:
    from cxscore.classifier import CsModel
    from cxscore.pipeline import ResumeReport

T = TypeVar("T")

app = typer.Typer(
    name="cxscore",
    help=(
        "Score résumés for customer-service experience, offline.\n\n"
        "Example: cxscore text examples/retail_associate.pdf"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cxscore {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log diagnostics.")] = False,
) -> None:
    """Score résumés for customer-service experience, offline."""
    # Library warnings (pdfminer's font notes) would otherwise reach stderr unasked.
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(message)s")


def _error(exc: CxscoreError) -> None:
    """The one place a library error becomes a message: one line on stderr."""
    where = exc.source or "cxscore"
    typer.echo(f"Error: {where}: {exc.message}", err=True)


def _each(paths: list[str], work: Callable[[str], T]) -> Iterator[T]:
    """Run `work` on each path, reporting failures and carrying on with the rest."""
    failed = False
    for path in paths:
        try:
            yield work(path)
        except CxscoreError as exc:
            _error(exc)
            failed = True
    if failed:
        raise typer.Exit(1)


MaxSize = Annotated[float, typer.Option("--max-size-mb", help="Refuse files above this size.")]
MaxPages = Annotated[int, typer.Option("--max-pages", help="Refuse documents with more pages.")]
Budget = Annotated[
    float, typer.Option("--time-budget", help="Seconds allowed to read one document.")
]


@app.command()
def text(
    files: Annotated[list[str], typer.Argument(help="Résumé files; '-' reads standard input.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Per-page text and the detected format as JSON.")
    ] = False,
    max_size_mb: MaxSize = 20.0,
    max_pages: MaxPages = 50,
    time_budget: Budget = 30.0,
) -> None:
    """Print the extracted, normalised text of each file (what cxscore sees).

    Example: cxscore text cv.pdf other.docx --json
    """
    from cxscore.document import ReadLimits
    from cxscore.reading import read_document

    limits = ReadLimits(
        max_bytes=int(max_size_mb * 2**20), max_pages=max_pages, time_budget_s=time_budget
    )
    records = []
    for document in _each(files, lambda f: read_document(f, limits=limits)):
        if as_json:
            records.append(
                {
                    "source": document.source,
                    "format": document.format.value,
                    "pages": list(document.page_texts()),
                    "headers": list(document.headers),
                    "footers": list(document.footers),
                }
            )
        else:
            if len(files) > 1:
                typer.echo(f"==> {document.source} <==")
            typer.echo("\f\n".join(document.page_texts()))
    if as_json:
        payload = records[0] if len(files) == 1 and records else records
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _parse_as_of(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    from cxscore.dates import parse_as_of

    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--as-of") from None


@app.command()
def scan(
    files: Annotated[list[str], typer.Argument(help="Résumé files; '-' reads standard input.")],
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Month that 'present' means, YYYY-MM (default: this month)."),
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json or jsonl.")
    ] = OutputFormat.table,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the report to this file.")
    ] = None,
    model_dir: Annotated[
        Path | None,
        typer.Option("--model", help="Model directory (default: the shipped models/default)."),
    ] = None,
    min_cs_months: Annotated[
        int, typer.Option("--min-cs-months", help="Customer-service months a candidate needs.")
    ] = 12,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the phrases and signals behind each verdict.")
    ] = False,
    max_size_mb: MaxSize = 20.0,
    max_pages: MaxPages = 50,
    time_budget: Budget = 30.0,
) -> None:
    """Judge each experience on the résumés: customer-service verdict, kind, months.

    Example: cxscore scan cv.pdf --as-of 2026-11 --explain
    """
    from cxscore.document import ReadLimits
    from cxscore.pipeline import analyze
    from cxscore.report import write_json, write_table

    month = _parse_as_of(as_of)
    limits = ReadLimits(
        max_bytes=int(max_size_mb * 2**20), max_pages=max_pages, time_budget_s=time_budget
    )
    model = _load_model(model_dir)
    reports = []
    try:
        for report in _each(
            files,
            lambda f: analyze(
                f, as_of=month, limits=limits, model=model, min_cs_months=min_cs_months
            ),
        ):
            reports.append(report)
    finally:
        if reports:
            with _output(out) as stream:
                if output is OutputFormat.table:
                    for report in reports:
                        reasons = _explanations(report, model) if explain else None
                        write_table(report, stream, reasons)
                else:
                    write_json(reports, stream, lines=output is OutputFormat.jsonl)


def _load_model(folder: Path | None) -> CsModel | None:
    """The named model, else the shipped one; without a shipped model, structure only."""
    from cxscore.classifier import default_model_dir, load_model

    target = folder or default_model_dir()
    if folder is None and not target.exists():
        typer.echo(
            f"Note: no model at {target}; reporting structure without verdicts (run `make train`).",
            err=True,
        )
        return None
    try:
        return load_model(target)[0]
    except CxscoreError as exc:
        _error(exc)
        raise typer.Exit(1) from None


def _explanations(report: ResumeReport, model: CsModel | None) -> list[list[str]] | None:
    if model is None or report.judgement is None:
        return None
    from cxscore.explain import explain
    from cxscore.pipeline import entry_input

    return [
        explain(model, entry_input(entry), verdict, occupation)
        for entry, verdict, occupation in zip(
            report.entries,
            report.judgement.verdicts,
            report.judgement.occupations,
            strict=True,
        )
    ]


DEFAULT_TRAINING = [
    Path("training_data/team_a.jsonl"),
    Path("training_data/team_b.jsonl"),
    Path("training_data/team_c.jsonl"),
    Path("training_data/team_d.jsonl"),
    Path("training_data/team_e.jsonl"),
    Path("training_data/team_f.jsonl"),
    Path("training_data/team_h.jsonl"),
    Path("training_data/team_i.jsonl"),
    Path("training_data/team_j.jsonl"),
    Path("training_data/resume_dev_entries.jsonl"),
    Path("training_data/resume_dev_entries_2.jsonl"),
    Path("training_data/resume_dev_entries_3.jsonl"),
    Path("training_data/resume_dev_entries_4.jsonl"),
    Path("training_data/resume_dev_entries_5.jsonl"),
    Path("training_data/resume_dev_entries_6.jsonl"),
    Path("training_data/resume_dev_entries_7.jsonl"),
    Path("training_data/resume_dev_entries_8.jsonl"),
    Path("training_data/resume_dev_entries_9.jsonl"),
    Path("training_data/resume_dev_entries_10.jsonl"),
    Path("training_data/resume_dev_entries_11.jsonl"),
    Path("training_data/resume_dev_entries_12.jsonl"),
    Path("training_data/onet_weak.jsonl"),
]


DEFAULT_SKILLS_TRAINING = [
    Path("training_data/skills/train.jsonl"),
    Path("training_data/skills/train_more.jsonl"),
    Path("training_data/skills/train_extra.jsonl"),
    Path("training_data/skills/train_fourth.jsonl"),
]


@app.command()
def skills() -> None:
    """List the soft-skill taxonomy with its O*NET and ESCO references.

    Example: cxscore skills
    """
    from cxscore.skills import taxonomy

    for skill in taxonomy():
        typer.echo(f"{skill.id}: {skill.definition}")
        typer.echo(f"    O*NET: {'; '.join(skill.onet)}")
        typer.echo(f"    ESCO:  {'; '.join(skill.esco)}")


@app.command()
def train(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data", help="Labelled JSONL files or folders (default: the shipped training files)."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Model directory to write.")] = Path(
        "models/default"
    ),
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 0,
    heldout: Annotated[
        Path | None,
        typer.Option("--heldout", help="Held-out labelled file whose figures go in meta.json."),
    ] = None,
    folds: Annotated[
        int, typer.Option("--folds", help="Grouped cross-validation folds (0 to skip).")
    ] = 5,
    skills_data: Annotated[
        list[Path] | None,
        typer.Option(
            "--skills-data", help="Skill-labelled duty lines (JSONL) for the skill model."
        ),
    ] = None,
    skills_heldout: Annotated[
        Path | None,
        typer.Option("--skills-heldout", help="Held-out skill lines whose figures go in meta."),
    ] = None,
) -> None:
    """Train the customer-service model reproducibly (same data and seed, same model).

    Example: cxscore train --data training_data --out models/default --seed 0
    """
    from cxscore.training import train as run_training

    try:
        meta = run_training(
            data or DEFAULT_TRAINING,
            out,
            seed=seed,
            heldout=heldout,
            folds=folds,
            skills_data=skills_data if skills_data is not None else DEFAULT_SKILLS_TRAINING,
            skills_heldout=skills_heldout,
        )
    except CxscoreError as exc:
        _error(exc)
        raise typer.Exit(1) from None
    typer.echo(f"Wrote {out} ({meta['label_counts']['cs']})")
    typer.echo(json.dumps(meta["metrics"], indent=2))


@app.command()
def evaluate(
    data: Annotated[Path, typer.Option("--data", help="Labelled entries (JSONL) to score.")],
    model_dir: Annotated[
        Path | None, typer.Option("--model", help="Model directory (default: shipped).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
) -> None:
    """Precision/recall/F1 per class, confusion matrix, kind accuracy and calibration error.

    Example: cxscore evaluate --data corpora/structure/test/gold.jsonl
    """
    from cxscore.classifier import default_model_dir, load_model, load_records
    from cxscore.training import evaluate_entries, evaluate_resumes, is_resume_gold

    try:
        model, _ = load_model(model_dir or default_model_dir())
        figures = evaluate_entries(model, load_records([data]))
        if is_resume_gold(data):  # a résumé corpus: also score whole résumés from the files
            figures["resumes"] = evaluate_resumes(model, data.parent)
    except CxscoreError as exc:
        _error(exc)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
        return
    typer.echo(f"Customer-service evaluation on {data}: {figures['entries']} entries")
    typer.echo(f"  {'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    for label, row in figures["per_class"].items():
        typer.echo(
            f"  {label:<10} {row['precision']:>9.3f} {row['recall']:>7.3f} "
            f"{row['f1']:>6.3f} {row['support']:>8}"
        )
    matrix = figures["confusion_matrix"]
    typer.echo("  confusion (rows truth, columns predicted: " + ", ".join(matrix["labels"]) + ")")
    for label, row in zip(matrix["labels"], matrix["rows_truth_cols_predicted"], strict=True):
        typer.echo(f"    {label:<10} " + " ".join(f"{n:>5}" for n in row))
    typer.echo(f"  facing-vs-not F1      {figures['facing_f1']:.3f}   (target ≥ 0.93)")
    kind = figures["kind_accuracy"]
    typer.echo(f"  kind accuracy         {kind if kind is None else f'{kind:.3f}'}   (≥ 0.85)")
    typer.echo(f"  calibration error     {figures['ece']:.3f}   (ECE, target ≤ 0.05)")
    if "resumes" in figures:
        whole = figures["resumes"]
        typer.echo(f"  whole résumés ({whole['resumes']}, end to end from the files):")
        typer.echo(
            f"    cs months within max(3, 10 %)   {whole['cs_months_within_tolerance']:.3f}"
            "   (target ≥ 0.85)"
        )
        typer.echo(
            f"    12-month screen right           {whole['screen_12_months_right']:.3f}"
            "   (target ≥ 0.95)"
        )


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as stream:
        yield stream


@app.command("evaluate-structure")
def evaluate_structure_cmd(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Corpus folder with dev/ and test/ splits.")
    ] = Path("corpora/structure"),
    split: Annotated[str, typer.Option("--split", help="Which split to score.")] = "test",
    as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
    show_failures: Annotated[
        bool, typer.Option("--failures", help="List every miss (for the dev split).")
    ] = False,
) -> None:
    """Score entry extraction against the labelled structure corpus.

    Example: cxscore evaluate-structure --split test
    """
    from cxscore.evaluation import evaluate_structure, format_scores

    try:
        scores = evaluate_structure(corpus / split)
    except CxscoreError as exc:
        _error(exc)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        for line in format_scores(scores, f"{corpus / split}"):
            typer.echo(line)
    if show_failures:
        for failure in scores.failures:
            typer.echo(f"  - {failure}")


def _register_batch() -> None:
    from cxscore.cli_batch import batch

    app.command("batch")(batch)


_register_batch()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
