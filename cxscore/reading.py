"""read_document: any supported résumé file (path, bytes or stdin) to a normalised Document."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cxscore.detect import detect_format, looks_like_markdown
from cxscore.document import Document, Format, RawLine, ReadLimits
from cxscore.errors import (
    CxscoreError,
    EmptyDocumentError,
    FileTooLargeError,
    InputNotFoundError,
    TimeBudgetError,
)
from cxscore.normalize import assemble

STDIN = "-"
Source = str | os.PathLike[str] | bytes | BinaryIO


def read_document(
    source: Source,
    *,
    name: str | None = None,
    format: Format | None = None,
    limits: ReadLimits | None = None,
) -> Document:
    """Read a résumé from a path, `"-"` (stdin), raw bytes or a binary file object.

    The format is detected from the content unless `format` is given; `name` labels the
    document in errors and reports. Raises a `ReadError` subclass on any unreadable input.
    """
    limits = limits or ReadLimits()
    label = name or _label(source)
    try:
        data = _load_bytes(source, limits)
        with _time_budget(limits.time_budget_s):
            return _read_bytes(data, label, format, limits)
    except CxscoreError as exc:
        raise exc.with_source(label) from None
    except RecursionError:
        raise TimeBudgetError("document nests too deeply to read").with_source(label) from None


def _label(source: Source) -> str:
    if isinstance(source, bytes):
        return "<bytes>"
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source)
        return "<stdin>" if text == STDIN else text
    return str(getattr(source, "name", "<stream>"))


def _load_bytes(source: Source, limits: ReadLimits) -> bytes:
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, (str, os.PathLike)):
        if os.fspath(source) == STDIN:
            data = sys.stdin.buffer.read(limits.max_bytes + 1)
        else:
            data = _read_path(Path(source), limits)
    else:
        data = source.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(_too_large(len(data), limits, exact=False))
    if not data.strip():
        raise EmptyDocumentError("empty file")
    return data


def _read_path(path: Path, limits: ReadLimits) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputNotFoundError("is a directory, not a file")
        if size > limits.max_bytes:
            raise FileTooLargeError(_too_large(size, limits, exact=True))
        with path.open("rb") as handle:
            return handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise InputNotFoundError("no such file") from None
    except PermissionError:
        raise InputNotFoundError("permission denied") from None
    except OSError as exc:
        raise InputNotFoundError(f"cannot read file ({exc.strerror or exc})") from None


def _too_large(size: int, limits: ReadLimits, exact: bool) -> str:
    shown = f"{size / 2**20:.1f} MB" if exact else f"more than {limits.max_bytes / 2**20:g} MB"
    return f"file too large: {shown} (limit {limits.max_bytes / 2**20:g} MB)"


def _read_bytes(data: bytes, label: str, fmt: Format | None, limits: ReadLimits) -> Document:
    fmt = fmt or detect_format(data, label)
    deadline = time.monotonic() + limits.time_budget_s
    headers: list[str] = []
    footers: list[str] = []
    lines: list[RawLine]
    if fmt is Format.PDF:
        from cxscore.from_pdf import read_pdf

        lines = read_pdf(data, limits, deadline)
    elif fmt is Format.DOCX:
        from cxscore.from_docx import read_docx
        from cxscore.zipguard import check_zip

        check_zip(data, limits.max_expanded_bytes)
        lines, headers, footers = read_docx(data)
    elif fmt is Format.ODT:
        from cxscore.from_odt import read_odt
        from cxscore.zipguard import check_zip

        check_zip(data, limits.max_expanded_bytes)
        lines = read_odt(data)
    elif fmt is Format.RTF:
        from cxscore.from_rtf import read_rtf

        lines = read_rtf(data)
    elif fmt is Format.HTML:
        from cxscore.from_html import read_html

        lines = read_html(data)
    else:
        from cxscore.from_html import read_markdown
        from cxscore.from_text import decode_text, text_lines

        text = decode_text(data)
        if fmt is Format.TXT and looks_like_markdown(text):
            fmt = Format.MD
        lines = read_markdown(text.encode()) if fmt is Format.MD else text_lines(text)
    if fmt is not Format.PDF:  # (the PDF reader knows the pages and drops their marks)
        from cxscore.from_text import drop_page_marks

        lines = drop_page_marks(lines)
    text, pages, headings = assemble(lines)
    if not text.strip():
        raise EmptyDocumentError("no text found in the document")
    return Document(
        source=label,
        format=fmt,
        text=text,
        pages=pages,
        heading_lines=headings,
        headers=tuple(headers),
        footers=tuple(footers),
    )


@contextlib.contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Interrupt reading after `seconds` with SIGALRM where possible (main thread, POSIX).

    Elsewhere (threads) readers still check the deadline between pages.
    """
    usable = (
        hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable or seconds <= 0:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeBudgetError(f"reading took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
