"""The text of one résumé as readers produce it: normalised text, page spans and layout hints."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Format(StrEnum):
    """Document formats cxscore reads, detected from content."""

    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"
    MD = "md"
    HTML = "html"
    RTF = "rtf"
    ODT = "odt"


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character offsets [start, end) into a document's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class RawLine:
    """One line as a reader sees it, before normalisation.

    `heading` marks lines the source styles as a heading or sets wholly in bold, a hint that
    section detection may use. `page` is 0-based.
    """

    text: str = field(repr=False)
    page: int = 0
    heading: bool = False


@dataclass(frozen=True)
class ReadLimits:
    """Safety limits applied while reading one document."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_expanded_bytes: int = 200 * 1024 * 1024
    time_budget_s: float = 30.0


@dataclass(frozen=True)
class Document:
    """A read résumé: normalised text plus where pages and heading-styled lines are."""

    source: str
    format: Format
    text: str = field(repr=False)
    pages: tuple[Span, ...]
    heading_lines: tuple[Span, ...] = ()
    headers: tuple[str, ...] = field(default=(), repr=False)
    footers: tuple[str, ...] = field(default=(), repr=False)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_texts(self) -> tuple[str, ...]:
        return tuple(span.slice(self.text) for span in self.pages)
