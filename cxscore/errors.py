"""One error family for the library; only the CLI turns these into messages and exit codes."""

from __future__ import annotations


class CxscoreError(Exception):
    """Root of every expected cxscore failure."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def with_source(self, source: str) -> CxscoreError:
        """Attach the file name if the raiser did not know it."""
        if self.source is None:
            self.source = source
        return self


class ReadError(CxscoreError):
    """A document could not be turned into text."""


class EmptyDocumentError(ReadError, ValueError):
    """The file is empty or holds only white space."""


class UnsupportedFormatError(ReadError, ValueError):
    """The content is of a format cxscore does not read."""


class CorruptDocumentError(ReadError, ValueError):
    """The file claims a format but its content is broken or truncated."""


class EncryptedDocumentError(ReadError, PermissionError):
    """The document is password protected."""


class NoTextLayerError(ReadError, ValueError):
    """The document has pages but no extractable text (a scan)."""


class BinaryContentError(ReadError, ValueError):
    """The bytes are not text in any encoding cxscore recognises."""


class LimitExceededError(ReadError):
    """A configured safety limit (size, pages, expansion, time) was hit."""


class FileTooLargeError(LimitExceededError, ValueError):
    """The file is bigger than the size limit."""


class TooManyPagesError(LimitExceededError, ValueError):
    """The document has more pages than the page limit."""


class DecompressionBombError(LimitExceededError, ValueError):
    """A zipped document would expand beyond the expansion limit."""


class TimeBudgetError(LimitExceededError, TimeoutError):
    """Reading took longer than the per-document time budget."""


class InputNotFoundError(ReadError, FileNotFoundError):
    """The path does not exist or cannot be opened."""
