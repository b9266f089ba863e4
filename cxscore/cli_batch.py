"""The `cxscore batch` command: parse options, call run_batch, show progress, write the CSVs."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from cxscore.batch import DEFAULT_TIMEOUT_S, Backend
from cxscore.errors import CxscoreError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from cxscore.batch import BatchPlan, FileResult


def batch(
    paths: Annotated[list[str], typer.Argument(help="Résumé files and folders.", metavar="PATH")],
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Descend into sub-folders.")
    ] = False,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", metavar="GLOB", help="Take only matching files from folders."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="GLOB", help="Skip matching files and folders."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    ] = None,
    backend: Annotated[
        Backend, typer.Option("--backend", help="loky (this machine) or dask (a cluster).")
    ] = Backend.LOKY,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler, e.g. tcp://host:8786 (default: a local 2-worker cluster).",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Results file, one JSON line per résumé (default: stdout)."
        ),
    ] = None,
    csv_path: Annotated[
        Path | None,
        typer.Option("--csv", help="Also write candidates ranked by customer-service months."),
    ] = None,
    experiences_csv: Annotated[
        Path | None,
        typer.Option("--experiences-csv", help="Also write one row per experience."),
    ] = None,
    min_cs_months: Annotated[
        int, typer.Option("--min-cs-months", help="Customer-service months a candidate needs.")
    ] = 12,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Month that 'present' means, YYYY-MM (default: this month)."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Continue a stopped run: skip files already in --out."),
    ] = False,
    timeout_per_file: Annotated[
        float,
        typer.Option(
            "--timeout-per-file",
            min=0,
            help="Seconds one résumé may take (0: no limit). On Dask, the reading budget only.",
        ),
    ] = DEFAULT_TIMEOUT_S,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    model_dir: Annotated[
        Path | None,
        typer.Option("--model", help="Model directory (default: the shipped models/default)."),
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start the CSVs with a UTF-8 BOM (for Excel).")
    ] = False,
) -> None:
    """Score many résumés in parallel: one JSON line per file, optional ranked CSVs.

    Exit code 0 when every file was scored, 3 when some failed (each listed on stderr and in
    the results), 1 when the batch could not run.

    Example: cxscore batch applicants/ -r --out results.jsonl --csv ranked.csv
    """
    from cxscore.batch import run_batch
    from cxscore.dates import parse_as_of
    from cxscore.export import write_candidates_csv, write_experiences_csv

    month = None
    if as_of is not None:
        try:
            month = parse_as_of(as_of)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--as-of") from None
    if resume and out is None:
        raise typer.BadParameter("needs --out FILE to resume from", param_hint="--resume")
    if scheduler and backend is not Backend.DASK:
        raise typer.BadParameter("needs --backend dask", param_hint="--scheduler")
    try:
        for target in (out, csv_path, experiences_csv):
            _check_writable(target)
    except CxscoreError as exc:
        _fail(exc)

    show = _Display(enabled=not quiet and sys.stderr.isatty())
    with contextlib.ExitStack() as stack:
        results = out  # the file the CSVs are built from
        destination: Path | TextIO | _Tee = out or sys.stdout
        if out is None and (csv_path or experiences_csv):  # keep a copy of stdout for them
            results = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "r.jsonl"
            destination = stack.enter_context(_tee(sys.stdout, results))
        try:
            with show:
                summary = run_batch(
                    paths,
                    destination,
                    model_dir=model_dir,
                    recursive=recursive,
                    include=include or (),
                    exclude=exclude or (),
                    jobs=jobs,
                    backend=backend,
                    scheduler=scheduler,
                    as_of=month,
                    min_cs_months=min_cs_months,
                    timeout_s=timeout_per_file,
                    resume=resume,
                    on_start=show.start,
                    on_result=show.result,
                )
            if results is not None and csv_path:
                write_candidates_csv(results, csv_path, bom=bom)
            if results is not None and experiences_csv:
                write_experiences_csv(results, experiences_csv, bom=bom)
        except CxscoreError as exc:
            _fail(exc)
    if summary.skipped:
        typer.echo(f"Resumed: {summary.skipped} already in {out}", err=True)
    typer.echo(
        f"{summary.scored} scored, {summary.failed} failed, elapsed {summary.elapsed_s:.1f} s, "
        f"{summary.rate:.1f} résumés/s",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(3)


def _fail(exc: CxscoreError) -> NoReturn:
    from cxscore.batch import printable

    typer.echo(f"Error: {printable(exc.source or 'cxscore')}: {exc.message}", err=True)
    raise typer.Exit(1) from None


def _check_writable(target: Path | None) -> None:
    from cxscore.batch import BatchError

    if target is None:
        return
    folder = target.parent
    if target.is_dir():
        raise BatchError("is a folder, not a file", str(target))
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise BatchError(f"cannot write into {folder}", str(target))


@contextlib.contextmanager
def _tee(stream: TextIO, copy: Path) -> Iterator[_Tee]:
    with copy.open("w", encoding="utf-8", newline="\n") as handle:
        yield _Tee(stream, handle)


class _Tee:
    """Writes to a stream and a file at once."""

    def __init__(self, stream: TextIO, copy: TextIO) -> None:
        self.streams = (stream, copy)

    def write(self, text: str, /) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()


class _Display:
    """Failures as `Error:` lines on stderr, and a progress bar when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.started = time.perf_counter()
        self.done = 0
        self.failed = 0

    def __enter__(self) -> _Display:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("scoring"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                redirect_stdout=False,
                redirect_stderr=False,
                transient=True,
            )
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.stop()

    def start(self, plan: BatchPlan) -> None:
        self.started = time.perf_counter()
        if plan.model.folder is None:
            self.say(
                f"Note: no model at {plan.model.looked_in}; reporting structure without "
                "verdicts (run `make train`)."
            )
        if self.progress is not None:
            self.task = self.progress.add_task("scoring", total=plan.to_score, failed=0, rate="")

    def say(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def result(self, result: FileResult) -> None:
        from cxscore.batch import printable

        self.done += 1
        if not result.ok:
            self.failed += 1
            self.say(f"Error: {printable(result.source)}: {result.error_message}")
        if self.progress is not None and self.task is not None:
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            self.progress.update(
                self.task, advance=1, failed=self.failed, rate=f"{rate:.1f} résumés/s"
            )
