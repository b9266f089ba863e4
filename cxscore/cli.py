"""The cxscore command line: parse options, call the library, render results, map errors."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

import typer

from cxscore import __version__
from cxscore.errors import CxscoreError

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


@contextmanager
def _boundary() -> Iterator[None]:
    try:
        yield
    except CxscoreError as exc:
        _error(exc)
        raise typer.Exit(1) from None


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


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
