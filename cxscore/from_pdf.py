"""Read PDF with pdfminer.six layout analysis, putting columns in reading order.

pdfminer.six gives words and lines with positions; cxscore orders those lines itself: it looks
for a vertical gutter between a sidebar and a main column and reads each column top to bottom,
so two-column résumés never come out interleaved line by line.
"""

from __future__ import annotations

import bisect
import io
import itertools
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from cxscore.document import RawLine, ReadLimits
from cxscore.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    TimeBudgetError,
    TooManyPagesError,
)
from cxscore.from_text import PAGE_NUMBER, little_else
from cxscore.lexicon import MONTH_ABBREVIATIONS, MONTH_ALTERNATION

_CID = re.compile(r"\(cid:\d+\)")
_DATE_OR_PLACE = re.compile(
    r"(?:19|20)\d\d|\b(?:present|current|now)\b|^[A-Z][\w .'-]+,\s*[A-Z]{2}\b", re.IGNORECASE
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass(frozen=True)
class _Rule:
    """A horizontal line drawn on the page (a table's row border, a divider)."""

    x0: float
    x1: float
    y: float


_RULE_HEIGHT = 2.0  # points: anything thinner that is wider is a horizontal rule


@dataclass(frozen=True)
class _Line:
    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    heading: bool
    size: float = 0.0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def read_pdf(data: bytes, limits: ReadLimits, deadline: float) -> list[RawLine]:
    """Return the lines of a PDF in reading order, page by page."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    broken = _pdfminer_errors()
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        pages = list(PDFPage.create_pages(document))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise EncryptedDocumentError("encrypted PDF: it needs a password to open") from None
    except broken as exc:
        raise CorruptDocumentError(f"corrupt or truncated PDF ({_describe(exc)})") from None
    if not pages:
        raise CorruptDocumentError("corrupt PDF: no pages found")
    if len(pages) > limits.max_pages:
        raise TooManyPagesError(f"{len(pages)} pages (limit {limits.max_pages})")

    # cxscore orders lines itself, so it asks pdfminer for bare characters and groups them
    # into lines alone (`_collect`), without pdfminer's grouping of lines into text boxes.
    params = LAParams()
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages_lines: list[list[_Line]] = []
    saw_image = False
    wide_first = False
    for number, page in enumerate(pages):
        if time.monotonic() > deadline:
            raise TimeBudgetError(f"reading took longer than {limits.time_budget_s:g} s")
        try:
            interpreter.process_page(page)
            layout = device.get_result()
        except broken as exc:
            raise CorruptDocumentError(
                f"corrupt PDF page {number + 1} ({_describe(exc)})"
            ) from None
        page_lines, images, rules = _collect(layout, params)
        saw_image = saw_image or images
        ordered, split = order_lines(
            page_lines, float(layout.width), wide_first=wide_first, rules=rules
        )
        ordered = _join_wrapped_bullets(ordered)
        # A column that ends one page goes on at the top of the next, so the next page
        # starts with it: an entry broken by a page break stays in one piece.
        wide_first = split and not wide_first
        pages_lines.append(ordered)
    lines = [
        RawLine(line.text, number, line.heading)
        for number, page_lines in enumerate(_drop_running_heads(pages_lines))
        for line in page_lines
    ]
    _check_text_layer(lines, saw_image)
    return lines


_DIGITS = re.compile(r"\d+")


def _drop_running_heads(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove page numbers and lines repeated at the top or bottom of several pages."""
    edge = 3

    def key(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.lower())

    counts: dict[str, int] = {}
    for page in pages:
        for k in {key(ln) for ln in page[:edge] + page[-edge:]}:
            counts[k] = counts.get(k, 0) + 1
    repeated = {k for k, n in counts.items() if n >= 2} if len(pages) >= 2 else set()
    # The name that opens the first page, repeated at the edge of a later one with a few
    # words: "Katrin Vossberg · Curriculum Vitae", "Jane Doe – Page 2".
    name = pages[0][0].text.strip().lower() if pages and pages[0] else ""
    named = 2 <= len(name.split()) <= 4 and all(w.isalpha() for w in name.replace("-", "").split())
    out: list[list[_Line]] = []
    for number, page in enumerate(pages):
        keep: list[_Line] = []
        for i, line in enumerate(page):
            at_edge = i < edge or i >= len(page) - edge
            text = line.text.strip()
            if at_edge and (key(line) in repeated or PAGE_NUMBER.search(text)):
                continue
            if (
                at_edge
                and number
                and named
                and text.lower().startswith(name)
                and little_else(text, name)
            ):
                continue
            keep.append(line)
        out.append(keep)
    return out


def _pdfminer_errors() -> tuple[type[BaseException], ...]:
    """Exceptions pdfminer.six raises on malformed files (it raises builtins too)."""
    import struct
    import zlib

    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException

    return (
        PDFException,
        PSException,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        AssertionError,
        OverflowError,
        RecursionError,
        struct.error,
        zlib.error,
        EOFError,
    )


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:80] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _check_text_layer(lines: Sequence[RawLine], saw_image: bool) -> None:
    text = "".join(line.text for line in lines)
    visible = sum(1 for ch in text if not ch.isspace())
    if visible == 0:
        if saw_image:
            raise NoTextLayerError("no text layer: this looks like a scanned image")
        raise EmptyDocumentError("the PDF contains no text")
    cid = sum(len(m) for m in _CID.findall(text))
    if cid > 0.5 * visible:
        raise CorruptDocumentError("the PDF's fonts have no character map, text is unreadable")


def _collect(layout: Any, params: Any) -> tuple[list[_Line], bool, list[_Rule]]:
    """Group a page's characters into text lines, as pdfminer's layout analysis does, also
    inside figures; give each a bold-or-large heading hint, note whether images exist, and
    collect the horizontal rules drawn on the page."""
    from pdfminer.layout import LTChar, LTCurve, LTFigure, LTImage

    lines: list[_Line] = []
    rules: list[_Rule] = []
    images = False
    bold_fonts: dict[str, bool] = {}

    def is_bold(fontname: str) -> bool:
        known = bold_fonts.get(fontname)
        if known is None:
            known = bold_fonts[fontname] = bool(_BOLD_FONT.search(fontname))
        return known

    def visit(container: Any) -> None:
        nonlocal images
        chars = [obj for obj in container if isinstance(obj, LTChar)]
        for node in container.group_objects(params, chars) if chars else ():
            text = node.get_text().replace("\n", " ").strip()
            text = _GLUED_DATES.sub(" ", text)
            if text:
                shown = [c for c in node if isinstance(c, LTChar) and not c.get_text().isspace()]
                bold = sum(1 for c in shown if is_bold(c.fontname))
                size = max((c.size for c in shown), default=0.0)
                heading = bool(shown) and bold >= 0.9 * len(shown)
                lines.append(_Line(node.x0, node.x1, node.y0, node.y1, text, heading, size))
        for node in container:
            if isinstance(node, LTImage):
                images = True
            elif isinstance(node, LTFigure):
                visit(node)
            elif isinstance(node, LTCurve) and node.height <= _RULE_HEIGHT < node.width:
                rules.append(_Rule(node.x0, node.x1, (node.y0 + node.y1) / 2))

    visit(layout)
    if lines:
        body = _median([line.size for line in lines], 0.0)
        lines = [
            replace(line, heading=True) if line.size >= 1.15 * body else line for line in lines
        ]
    return lines, images, rules


def order_lines(
    lines: Sequence[_Line],
    page_width: float,
    *,
    wide_first: bool = False,
    depth: int = 0,
    rules: Sequence[_Rule] = (),
) -> tuple[list[_Line], bool]:
    """Order lines for reading: column by column when a gutter splits the page, else top to
    bottom. By default the narrower column (a sidebar) comes first; `wide_first` reverses
    that. Horizontal `rules` across the gutter part the page as a line across it does, and
    the cells between two of them (a ruled table's row) are read left to right. Also returns
    whether the page was split into columns."""
    if len(lines) < 2:
        return list(lines), False
    cut = _find_gutter(lines, page_width) if depth < 2 else None
    if cut is None:
        return _merge_rows(sorted(lines, key=lambda ln: (-ln.y1, ln.x0))), False
    left_chars = sum(len(ln.text) for ln in lines if ln.x1 <= cut)
    right_chars = sum(len(ln.text) for ln in lines if ln.x0 >= cut)
    left_first = (left_chars <= right_chars) != wide_first
    sides = _sides(lines, cut)
    # Rules across both columns' text, margin to margin (not a heading's underline).
    start = min((ln.x0 for ln in lines if sides[id(ln)] == "left"), default=cut) + _HANG
    end = max((ln.x1 for ln in lines if sides[id(ln)] == "right"), default=cut) - _HANG
    borders = sorted({r.y for r in _joined_rules(rules) if r.x0 < start and end < r.x1})
    out: list[_Line] = []
    for band in _bands(lines, sides, borders):
        left = [ln for ln in band if sides[id(ln)] == "left"]
        right = [ln for ln in band if sides[id(ln)] == "right"]
        out.extend(ln for ln in band if sides[id(ln)] == "across")
        if left and right and _between_borders(band, borders):
            if _paired_baselines(left, right):
                # A ruled table of one-line rows, every cell beside one in the other column:
                # read row by row.
                out.extend(_merge_rows(sorted(left + right, key=lambda ln: (-ln.y1, ln.x0))))
                continue
            # A table row of cells spanning lines: its cells left to right; what one column
            # holds below the other's last line (a heading after the table's last row, where
            # no rule closes it) follows the row.
            floor = max(min(ln.y0 for ln in left), min(ln.y0 for ln in right))
            after = [ln for ln in band if sides[id(ln)] != "across" and ln.y1 <= floor]
            columns = [[ln for ln in column if ln.y1 > floor] for column in (left, right)]
            for column in [*columns, after]:
                out.extend(order_lines(column, page_width, depth=depth + 1)[0])
            continue
        for column in (left, right) if left_first else (right, left):
            out.extend(order_lines(column, page_width, depth=depth + 1)[0])
    return out, True


_HANGING_INDENT = 30.0  # points: at most this far right of its bullet a wrapped line goes on


def _join_wrapped_bullets(lines: Sequence[_Line]) -> list[_Line]:
    """Join each bullet's wrapped lines to it: a line set in by the bullet's hanging indent,
    right below it, whose first word would not have fitted at the end of the line above.

    A wrap that starts with a capital ("... was promoted to Logistics" over "Coordinator")
    would otherwise read as a title of its own. A short bullet (a bulleted job title with its
    employer set in below it) did not wrap, so it keeps its next line apart."""
    out: list[_Line] = []
    tail: _Line | None = None  # the last physical line of out[-1], when out[-1] is a bullet
    for line in lines:
        if tail is not None and _wraps_onto(out[-1], tail, line, lines):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text}", y0=line.y0)
            tail = line
            continue
        out.append(line)
        tail = line if _is_bullet(line) else None
    return out


def _is_bullet(line: _Line) -> bool:
    from cxscore.normalize import starts_with_bullet

    return not line.heading and starts_with_bullet(line.text)


def _wraps_onto(head: _Line, tail: _Line, line: _Line, page: Sequence[_Line]) -> bool:
    """Whether `line` goes on the bullet `head` whose last physical line is `tail`."""
    height = tail.y1 - tail.y0
    words = line.text.split()
    if (
        line.heading
        or not words
        or not head.x0 + 2 < line.x0 < head.x0 + _HANGING_INDENT
        or not -0.1 * height <= tail.y0 - line.y1 <= 0.8 * height
        or tail.text.rstrip().endswith(("-", "\u00ad"))
        or _is_bullet(line)
        or _glyph_beside(line, page)
    ):
        return False
    # The column's right edge: the furthest any line starting near the bullet reaches.
    edge = max(ln.x1 for ln in page if head.x0 - 40 <= ln.x0 < head.x1)
    per_char = line.width / max(len(line.text), 1)
    return tail.x1 + per_char * (1 + len(words[0])) > edge


def _glyph_beside(line: _Line, page: Sequence[_Line]) -> bool:
    """Whether something stands just left of `line` on its row: a bullet glyph drawn apart
    from its text makes the line a bullet of its own."""
    middle = (line.y0 + line.y1) / 2
    half = (line.y1 - line.y0) / 2
    return any(
        ln is not line
        and abs((ln.y0 + ln.y1) / 2 - middle) < half
        and line.x0 - _HANGING_INDENT <= ln.x1 <= line.x0 + 1
        for ln in page
    )


def _paired_baselines(left: Sequence[_Line], right: Sequence[_Line]) -> bool:
    """Whether nearly every line on each side sits on the baseline of a line on the other."""
    return _on_baselines(left, sorted(ln.y0 for ln in right)) >= 0.9 * len(left) and (
        _on_baselines(right, sorted(ln.y0 for ln in left)) >= 0.9 * len(right)
    )


def _on_baselines(lines: Sequence[_Line], bottoms: Sequence[float]) -> int:
    """How many of `lines` sit within a point of one of the sorted `bottoms`."""
    count = 0
    for line in lines:
        at = bisect.bisect_left(bottoms, line.y0 - 1.0)
        count += at < len(bottoms) and bottoms[at] <= line.y0 + 1.0
    return count


def _joined_rules(rules: Sequence[_Rule]) -> list[_Rule]:
    """Rules on one height that meet joined into one (a table draws each cell's border)."""
    joined: list[_Rule] = []
    for rule in sorted(rules, key=lambda r: (round(r.y, 1), r.x0)):
        last = joined[-1] if joined else None
        if last and round(last.y, 1) == round(rule.y, 1) and rule.x0 <= last.x1 + 2:
            joined[-1] = replace(last, x1=max(last.x1, rule.x1))
        else:
            joined.append(_Rule(rule.x0, rule.x1, round(rule.y, 1)))
    return joined


def _between_borders(band: Sequence[_Line], borders: Sequence[float]) -> bool:
    """Whether a band has a rule across the gutter just above and just below it: a table row
    (its cells read left to right, whichever column is narrower)."""
    if not band or not borders:
        return False
    top, bottom = max(ln.y1 for ln in band), min(ln.y0 for ln in band)
    above = bisect.bisect_left(borders, top)
    below = bisect.bisect_right(borders, bottom) - 1
    return above < len(borders) and below >= 0 and above == below + 1


_HANG = 20.0  # points from the left column's margin within which a line starts at it


def _sides(lines: Sequence[_Line], cut: float) -> dict[int, str]:
    """Which column each line belongs to: "left", "right", or "across" the page.

    A line that crosses the gutter belongs to a column all the same when it only overhangs
    it: a sidebar line from the margin that ends before the main column's text starts
    ("Facilities Management, Temasek"), or a main-column line that starts right of the
    sidebar's text mostly ends (a job title set out to the left of the main text). Other lines
    across the gutter (a name across the page) part the page into bands."""
    left = [ln for ln in lines if ln.x1 <= cut]
    margin = min((ln.x0 for ln in left), default=cut) + _HANG
    reach = _median([ln.x1 for ln in left], cut)  # where the left column's text ends
    main = _median([ln.x0 for ln in lines if ln.x0 >= cut], cut)  # where the right's starts
    sides: dict[int, str] = {}
    for ln in lines:
        if ln.x1 <= cut or (ln.x0 <= margin and ln.x1 < main):
            sides[id(ln)] = "left"
        elif ln.x0 >= cut or ln.x0 > reach:
            sides[id(ln)] = "right"
        else:
            sides[id(ln)] = "across"
    return sides


def _median(values: list[float], default: float) -> float:
    return sorted(values)[len(values) // 2] if values else default


def _bands(
    lines: Sequence[_Line], sides: dict[int, str], borders: Sequence[float] = ()
) -> Iterator[list[_Line]]:
    """Split lines top to bottom into bands separated by lines across the page and by the
    `borders` (heights of rules across it, ascending)."""
    band: list[_Line] = []
    floor = 0.0  # the lowest bottom of the band's lines
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        if sides[id(line)] == "across":
            if band:
                yield band
            yield [line]
            band = []
            continue
        if band and borders and _border_between(borders, line.y1, floor):
            yield band
            band = []
        floor = min(floor, line.y0) if band else line.y0
        band.append(line)
    if band:
        yield band


def _border_between(borders: Sequence[float], low: float, high: float) -> bool:
    """Whether a rule runs between the heights `low` and `high`."""
    at = bisect.bisect_left(borders, low)
    return at < len(borders) and borders[at] <= high


def _find_gutter(lines: Sequence[_Line], page_width: float) -> float | None:
    """Return the x of a column gutter, or None when the lines form a single column.

    A gutter is a vertical band that few lines cross (a full-width name or heading may);
    `_is_column_split` then checks that both sides hold real columns of text.
    """
    left_edge = min(ln.x0 for ln in lines)
    extent = max(ln.x1 for ln in lines) - left_edge
    if extent <= 0 or len(lines) < 8:
        return None
    step = 2.0
    bins = int(extent / step) + 1
    cover = [0] * bins
    for ln in lines:
        for i in range(int((ln.x0 - left_edge) / step), int((ln.x1 - left_edge) / step) + 1):
            cover[min(i, bins - 1)] += 1
    allowed = max(2, int(0.15 * len(lines)))
    best: tuple[int, float, float] | None = None  # crossings, -width, x
    start: int | None = None
    for i, count in enumerate([*cover, allowed + 1]):
        if count <= allowed and start is None:
            start = i
        elif count > allowed and start is not None:
            width = (i - start) * step
            low = min(cover[start:i])
            centre = [j for j in range(start, i) if cover[j] == low]
            mid = left_edge + (centre[0] + centre[-1] + 1) * step / 2
            candidate = (low, -width, mid)
            if (
                width >= 8
                and 0.12 * extent < mid - left_edge < 0.88 * extent
                and (best is None or candidate < best)
                and _is_column_split(lines, mid)
            ):
                best = candidate
            start = None
    return best[2] if best else None


def _is_column_split(lines: Sequence[_Line], cut: float) -> bool:
    left = [ln for ln in lines if ln.x1 <= cut]
    right = [ln for ln in lines if ln.x0 >= cut]
    spanning = len(lines) - len(left) - len(right)
    if len(left) < 4 or len(right) < 4 or spanning > 0.25 * len(lines):
        return False
    chars_left = sum(len(ln.text) for ln in left)
    chars_right = sum(len(ln.text) for ln in right)
    smaller, small_chars = (left, chars_left) if chars_left < chars_right else (right, chars_right)
    if small_chars < 0.03 * (chars_left + chars_right):
        return False
    # Right-aligned dates and places beside titles form a "column" of fragments, not a column.
    fragments = sum(1 for ln in smaller if len(ln.text) < 40 and _date_or_place(ln.text))
    if fragments > 0.5 * len(smaller) or (smaller is right and _right_aligned(right)):
        return False
    # A margin of section names and dates ("WORK", "2024 – Present", "EDUCATION") labels the
    # rows beside it; a sidebar also holds items (skills, languages, contact details).
    labels = sum(1 for ln in smaller if ln.text.isupper() and len(ln.text.split()) <= 4)
    if fragments >= 2 and fragments + labels >= 0.9 * len(smaller):
        return False
    # A table of two columns (dates or field names left, each beside its row's first line on
    # the right: "10/2019 – today" beside "Pharmacist", "Nationality" beside "German") is read
    # row by row. Its left cells sit on baselines of the right column, with the rest of each
    # row (employer, duties) below them: a sidebar fills its height with lines of its own.
    if (
        fragments >= 2
        and not _headed_columns(left, right)
        and _table_of_rows(smaller, right if smaller is left else left)
    ):
        return False
    top = min(max(ln.y1 for ln in left), max(ln.y1 for ln in right))
    bottom = max(min(ln.y0 for ln in left), min(ln.y0 for ln in right))
    overlap = top - bottom
    shorter = min(
        max(ln.y1 for ln in left) - min(ln.y0 for ln in left),
        max(ln.y1 for ln in right) - min(ln.y0 for ln in right),
    )
    return overlap > 0.5 * shorter


def _date_or_place(text: str) -> bool:
    """A year, "Present" or "Town, ST"; or dates with two-digit years ("Aug '18 – Feb '21",
    "03/21 - 05/22")."""
    from cxscore.dates import find_date_ranges

    return bool(_DATE_OR_PLACE.search(text) or find_date_ranges(text))


def _headed_columns(left: Sequence[_Line], right: Sequence[_Line]) -> bool:
    """Whether each column opens sections of its own ("SKILLS" in a sidebar, "EXPERIENCE" in
    the main column): two columns read one after the other, however their lines happen to
    line up. A table of rows keeps its headings on one side ("Berufserfahrung" in the label
    column) or across the page."""
    from cxscore.sections import heading_kind

    return all(
        any(heading_kind(ln.text, styled=ln.heading) is not None for ln in column)
        for column in (left, right)
    )


def _table_of_rows(cells: Sequence[_Line], others: Sequence[_Line]) -> bool:
    """Whether `cells` label the rows of `others`: nearly all of them sit on the baseline of a
    line of `others`, and those lines are half as many again over the same height."""
    from cxscore.sections import heading_kind

    # Section headings in the label column ("Berufserfahrung") stand on rows of their own.
    if not others:
        return False
    bottoms = sorted(ln.y0 for ln in others)
    # Only the label column's lines beside the other column's height belong to the table: a
    # document title above it ("Lebenslauf") or a last section below it ("Referenzen",
    # "Auf Anfrage.") sit in the same margin without labelling a row.
    cells = [
        cell
        for cell in cells
        if bottoms[0] - 1.0 <= cell.y0 <= bottoms[-1] + 1.0
        and heading_kind(cell.text, styled=cell.heading) is None
    ]
    if not cells:
        return False
    beside = _on_baselines(cells, bottoms)
    low, high = min(ln.y0 for ln in cells), max(ln.y0 for ln in cells)
    rows = bisect.bisect_right(bottoms, high + 1.0) - bisect.bisect_left(bottoms, low - 1.0)
    return beside >= 0.8 * len(cells) and rows >= 1.5 * len(cells)


def _right_aligned(lines: Sequence[_Line]) -> bool:
    """Lines ending at one x but starting at many ("Leeds", "Mar 2022 - Present" set flush
    right beside each job): fragments of the rows, unlike a sidebar's left-aligned text."""
    middle = _median([ln.x1 for ln in lines], 0.0)
    flush = sum(1 for ln in lines if abs(ln.x1 - middle) < 2)
    starts = [ln.x0 for ln in lines]
    return flush >= 0.8 * len(lines) and max(starts) - min(starts) > 10


def _merge_rows(lines: Sequence[_Line]) -> list[_Line]:
    """Join fragments that sit on the same baseline (a title and its right-aligned dates)."""
    rows: list[list[_Line]] = []
    for line in lines:
        if rows:
            last = rows[-1][-1]
            height = min(last.y1 - last.y0, line.y1 - line.y0) or 1.0
            top, bottom = max(x.y1 for x in rows[-1]), min(x.y0 for x in rows[-1])
            same_row = abs((bottom + top) / 2 - (line.y0 + line.y1) / 2) < 0.4 * height
            if same_row and line.x0 >= last.x1 - 1:
                rows[-1].append(line)
                continue
        rows.append([line])
    _lift_wrapped_dates(rows)
    return [_join_row(row) for row in rows if row]


def _join_row(row: Sequence[_Line]) -> _Line:
    """One line of a row's fragments; a wide gap between two ("Hartwell & Finch" ... "Leeds"
    set flush right) stays a column gap, so the fields on either side stay apart."""
    text = row[0].text
    for left, right in itertools.pairwise(row):
        wide = right.x0 - left.x1 > 2 * max(left.size, right.size, 1.0)
        text += ("   " if wide else " ") + right.text
    return _Line(
        row[0].x0,
        row[-1].x1,
        min(x.y0 for x in row),
        max(x.y1 for x in row),
        text,
        all(x.heading for x in row),
        row[0].size,
    )


def _lift_wrapped_dates(rows: list[list[_Line]]) -> None:
    """A date range wrapped in a narrow column ("JUL 2022 –" over "Present", or "May" over
    "2014–December" over "2015", beside the title and the employer) is put back together on
    its first row, so the rows below do not start with the rest of the range."""
    from cxscore.dates import find_date_ranges

    for i, upper in enumerate(rows):
        for first in (True, False):
            if not upper:
                break
            a = upper[0] if first else upper[-1]
            if not _DATE_START.search(a.text):
                continue  # nothing that could begin a range
            joined = a.text
            taken: list[tuple[list[_Line], _Line]] = []
            for lower in rows[i + 1 : i + 3]:
                b = _cell_below(a, upper, lower, first)
                if b is None:
                    break
                joined, taken = f"{joined} {b.text}", [*taken, (lower, b)]
                tail = len(joined.rstrip())
                ranges = find_date_ranges(joined)
                if any(
                    not r.single and r.span.start < len(a.text) <= tail <= r.span.end
                    for r in ranges
                ):
                    upper[upper.index(a)] = replace(a, text=joined)
                    for row, cell in taken:
                        row.remove(cell)
                    break


# Dates set flush against the words before them ("Quezon CityAug 2017 – May 2019",
# "Marikina2014 – 2016"): no gap between the glyphs, so pdfminer put no space.
_CAPITALISED_MONTHS = "|".join(m.capitalize() for m in MONTH_ABBREVIATIONS)
_GLUED_DATES = re.compile(
    rf"(?<=[a-z])(?=(?:{_CAPITALISED_MONTHS})[a-z]*\.?\s+(?:19|20)\d\d\b)"
    r"|(?<=[a-z])(?=(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|[Pp]resent|[Nn]ow|[Cc]urrent)\b)"
)
# A digit or a month name: "May" over "2014–December" over "2015" starts a range.
_DATE_START = re.compile(rf"\d|\b(?:{MONTH_ALTERNATION})", re.I)


def _cell_below(
    a: _Line, upper: Sequence[_Line], lower: Sequence[_Line], first: bool
) -> _Line | None:
    """The fragment of the next row in the same column as `a`, if any."""
    if not lower:
        return None
    b = lower[0] if first else lower[-1]
    aligned = abs(a.x0 - b.x0) < 3 or abs(a.x1 - b.x1) < 3
    crosses = len(upper) > 1 and b.x1 > upper[1].x0
    if not aligned or (first and len(lower) > 1 and crosses):
        return None
    return b
