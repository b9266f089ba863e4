"""Every class of bad input gives its typed error and one clear line from the CLI, never a hang."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import (
    bomb_docx_bytes,
    bomb_odt_bytes,
    docx_bytes,
    image_pdf_bytes,
    pdf_bytes,
    zip_bytes,
)
from cxscore import errors
from cxscore.cli import app
from cxscore.document import Format, ReadLimits
from cxscore.reading import read_document

LINES = ["Jordan Pike", "EXPERIENCE", "Cashier, Corner Shop 2019 - 2021", "Served customers"]


def _truncated_pdf() -> bytes:
    data = pdf_bytes([LINES] * 3)
    return data[: len(data) // 3]


def _pdf_header_then_garbage() -> bytes:
    return b"%PDF-1.4\n" + random.Random(7).randbytes(3000)


CASES: list[tuple[str, str, Callable[[], bytes], type[errors.ReadError], str]] = [
    ("empty", "cv.txt", lambda: b"", errors.EmptyDocumentError, "empty file"),
    ("blank", "cv.txt", lambda: b"  \n\t\n ", errors.EmptyDocumentError, "empty file"),
    (
        "png",
        "cv.pdf",
        lambda: b"\x89PNG\r\n\x1a\n" + bytes(200),
        errors.UnsupportedFormatError,
        "unsupported format: PNG image",
    ),
    (
        "legacy_doc",
        "cv.doc",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        errors.UnsupportedFormatError,
        ".doc",
    ),
    (
        "xlsx",
        "cv.docx",
        lambda: zip_bytes({"xl/workbook.xml": b"<x/>"}),
        errors.UnsupportedFormatError,
        "Excel",
    ),
    (
        "other_zip",
        "cv.docx",
        lambda: zip_bytes({"a.txt": b"hello"}),
        errors.UnsupportedFormatError,
        "zip archive",
    ),
    ("truncated_pdf", "cv.pdf", _truncated_pdf, errors.CorruptDocumentError, "PDF"),
    ("garbage_pdf", "cv.pdf", _pdf_header_then_garbage, errors.CorruptDocumentError, "PDF"),
    (
        "truncated_docx",
        "cv.docx",
        lambda: docx_bytes(LINES)[:4000],
        errors.CorruptDocumentError,
        "corrupt",
    ),
    (
        "broken_docx_xml",
        "cv.docx",
        lambda: zip_bytes({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
        errors.CorruptDocumentError,
        "corrupt DOCX",
    ),
    (
        "encrypted_pdf",
        "cv.pdf",
        lambda: pdf_bytes([LINES], encrypt="s3cret"),
        errors.EncryptedDocumentError,
        "encrypted PDF",
    ),
    (
        "scanned_pdf",
        "cv.pdf",
        image_pdf_bytes,
        errors.NoTextLayerError,
        "no text layer: this looks like a scanned image",
    ),
    (
        "binary_garbage",
        "cv.txt",
        lambda: random.Random(3).randbytes(8000),
        errors.BinaryContentError,
        "binary content",
    ),
    ("bomb_docx", "cv.docx", bomb_docx_bytes, errors.DecompressionBombError, "decompression bomb"),
    ("bomb_odt", "cv.odt", bomb_odt_bytes, errors.DecompressionBombError, "decompression bomb"),
]


@pytest.mark.parametrize(
    ("name", "filename", "make", "error", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input_raises_typed_error(
    tmp_path: Path,
    name: str,
    filename: str,
    make: Callable[[], bytes],
    error: type[errors.ReadError],
    message: str,
) -> None:
    path = tmp_path / filename
    path.write_bytes(make())
    with pytest.raises(error) as caught:
        read_document(path)
    assert caught.value.source == str(path)
    assert message in caught.value.message


@pytest.mark.parametrize(
    ("name", "filename", "make", "error", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_cli_prints_one_line_and_exits_1(
    tmp_path: Path,
    name: str,
    filename: str,
    make: Callable[[], bytes],
    error: type[errors.ReadError],
    message: str,
) -> None:
    path = tmp_path / filename
    path.write_bytes(make())
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [f"Error: {path}: {lines[0].split(': ', 2)[2]}"]
    assert message in lines[0]
    assert "Traceback" not in result.output


def test_bad_file_does_not_lose_the_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Alex Rivera\nBarista, Bean There 2020 - 2022\n", encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_truncated_pdf())
    result = CliRunner().invoke(app, ["text", str(bad), str(good)])
    assert result.exit_code == 1
    assert "Barista, Bean There" in result.stdout
    assert f"Error: {bad}:" in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFoundError, match="no such file"):
        read_document(tmp_path / "nope.pdf")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFoundError, match="directory"):
        read_document(tmp_path)


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Customer service " * 2000, encoding="utf-8")
    with pytest.raises(errors.FileTooLargeError, match="file too large"):
        read_document(path, limits=ReadLimits(max_bytes=10_000))
    result = CliRunner().invoke(app, ["text", str(path), "--max-size-mb", "0.01"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: file too large")


def test_oversized_bytes_are_refused_without_reading_everything() -> None:
    with pytest.raises(errors.FileTooLargeError):
        read_document(b"x" * 5000, limits=ReadLimits(max_bytes=1000))


def test_pdf_over_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([LINES] * 4))
    with pytest.raises(errors.TooManyPagesError, match="4 pages"):
        read_document(path, limits=ReadLimits(max_pages=3))
    result = CliRunner().invoke(app, ["text", str(path), "--max-pages", "3"])
    assert result.exit_code == 1
    assert "4 pages (limit 3)" in result.stderr


def test_bomb_refused_under_a_lower_expansion_limit() -> None:
    data = docx_bytes(LINES)
    with pytest.raises(errors.DecompressionBombError):
        read_document(data, limits=ReadLimits(max_expanded_bytes=1000))


def test_time_budget_interrupts_a_long_read(tmp_path: Path) -> None:
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_bytes([LINES * 12] * 40, per_word=True))
    with pytest.raises(errors.TimeBudgetError, match="longer than"):
        read_document(path, limits=ReadLimits(time_budget_s=0.01))


def test_time_budget_holds_off_the_main_thread(tmp_path: Path) -> None:
    """Worker threads cannot use SIGALRM; the page-level deadline still stops the read."""
    path = tmp_path / "slow.pdf"
    path.write_bytes(pdf_bytes([LINES * 12] * 40, per_word=True))
    caught: list[BaseException] = []

    def work() -> None:
        try:
            read_document(path, limits=ReadLimits(time_budget_s=0.01))
        except errors.ReadError as exc:
            caught.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=60)
    assert len(caught) == 1 and isinstance(caught[0], errors.TimeBudgetError)


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "really_a_docx.pdf"
    path.write_bytes(docx_bytes(LINES))
    document = read_document(path)
    assert document.format is Format.DOCX
    assert "Cashier, Corner Shop 2019 - 2021" in document.text
