"""Read HTML (and Markdown rendered to HTML) with a real parser, block by block."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from cxscore.document import RawLine
from cxscore.from_text import decode_text, text_lines

if TYPE_CHECKING:
    from bs4 import Tag

_DROP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "br",
        "html",
    ]
)
_ENDS_WITH_DATE = re.compile(r"(?:\d|present|current|now|date|today)$", re.IGNORECASE)
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELL = frozenset({"td", "th"})


class _Lines:
    """Accumulates inline text into lines, breaking at block boundaries."""

    def __init__(self) -> None:
        self.lines: list[RawLine] = []
        self.parts: list[str] = []
        self.heading = False

    def text(self, value: str) -> None:
        if "&" in value:
            # Entities escaped twice by an exporter ("Sep 2021 &amp;ndash; Present") show up
            # as text once parsed: decode them again.
            value = html.unescape(value)
        self.parts.append(value)

    def tail(self, size: int = 8) -> str:
        """The last `size` or more characters of the line so far (without joining it all)."""
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= size:
                break
        return out

    def brk(self) -> None:
        line = " ".join("".join(self.parts).split())
        if line:
            self.lines.append(RawLine(line, 0, self.heading))
        self.parts = []
        self.heading = False


def _walk(node: Tag, out: _Lines) -> None:
    from bs4.element import NavigableString, PreformattedString, Tag

    after_element = False
    for child in node.children:
        if isinstance(child, PreformattedString):  # comments, doctype, CDATA
            continue
        if isinstance(child, NavigableString):
            value = str(child)
            if after_element and value[:1].isalnum() and _ENDS_WITH_DATE.search(out.tail()):
                # "<span class=dates>Jan 2022 – Present</span>Concierge Security Officer": dates
                # floated beside the title they precede, not glued to it.
                value = " " + value
            out.text(value)
            after_element = False
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in _DROP:
            continue
        if name in _CELL:
            if out.parts and "".join(out.parts).strip():
                out.text(" | ")
            _walk(child, out)
            continue
        if name not in _BLOCK:
            if after_element:
                # Elements side by side with nothing between are a styled row (a title and
                # its dates pushed apart by a flex layout), not one word: "Teller" "Jan 2009".
                out.text(" ")
            _walk(child, out)
            after_element = True
            continue
        after_element = False
        out.brk()
        if name == "pre":
            # A job board's "text view" (`<pre>` around the whole résumé): its line breaks
            # and runs of spaces are the layout, read as plain text is.
            text = child.get_text()
            out.lines.extend(text_lines(html.unescape(text) if "&" in text else text))
            out.lines.append(RawLine("", 0))
            continue
        if name == "li" and not child.find(["ul", "ol"]):
            # An item over a list of its own names a group (an employer over its roles, a
            # role over its duties); the items without one are the bullets.
            out.text("• ")
        if name in _HEADING or _is_bold_block(child):
            out.heading = True
        _walk(child, out)
        heading = out.heading
        out.brk()
        if heading or name in {"p", "ul", "ol", "table", "section"}:
            out.lines.append(RawLine("", 0))


def _is_bold_block(tag: Tag) -> bool:
    from bs4 import Tag

    children = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
    return (
        tag.name in {"p", "div"}
        and len(children) == 1
        and isinstance(children[0], Tag)
        and children[0].name in {"b", "strong"}
    )


def html_lines(markup: str) -> list[RawLine]:
    """Extract text lines from HTML markup, dropping scripts, styles and the head."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    out = _Lines()
    _walk(soup, out)
    out.brk()
    return out.lines


def read_html(data: bytes) -> list[RawLine]:
    """Read an HTML résumé."""
    return html_lines(decode_text(data))


def read_markdown(data: bytes) -> list[RawLine]:
    """Read a Markdown résumé by rendering it to HTML first, so emphasis and links become text.

    A line break inside a paragraph stays a line break: résumés written in Markdown put the
    title, the employer and the dates on lines of their own, and rendering them as one
    paragraph would glue those fields together. Lines wrapped mid-sentence are joined later,
    as in plain text."""
    from markdown_it import MarkdownIt

    options = {"html": False, "breaks": True}
    markup = MarkdownIt("commonmark", options).enable("table").render(decode_text(data))
    return html_lines(markup)
