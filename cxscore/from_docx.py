"""Read DOCX with python-docx: paragraphs and tables in body order, headers and footers apart."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cxscore.document import RawLine
from cxscore.errors import CorruptDocumentError

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph


def read_docx(data: bytes) -> tuple[list[RawLine], list[str], list[str]]:
    """Return body lines, header lines and footer lines of a DOCX file."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, LxmlError) as exc:
        raise CorruptDocumentError(f"corrupt DOCX ({type(exc).__name__})") from None
    lines = list(_container_lines(document))
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for part, out in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous:
                continue
            for line in _container_lines(part):
                if line.text.strip() and line.text not in out:
                    out.append(line.text)
    return lines, headers, footers


def _container_lines(container: Any) -> Iterator[RawLine]:
    for block in container.iter_inner_content():
        if block.__class__.__name__ == "Table":
            yield from _table_lines(block)
        else:
            yield from _paragraph_lines(block)


_TEXTBOX = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_lines(paragraph: Paragraph) -> Iterator[RawLine]:
    yield from _own_lines(paragraph)
    # Templates often put whole columns in text boxes anchored in a paragraph; python-docx
    # does not read them. Word also stores a fallback copy of each box: skip those.
    for box in paragraph._p.iter(_TEXTBOX):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        if any(a.tag == _TEXTBOX for a in box.iterancestors()):
            continue  # nested boxes are read with their outer box
        yield from _box_lines(box, paragraph)


def _box_lines(box: Any, parent: Paragraph) -> Iterator[RawLine]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in box.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield from _paragraph_lines(Paragraph(child, parent._parent))
        elif tag == "tbl":
            yield from _table_lines(Table(child, parent._parent))


def _own_lines(paragraph: Paragraph) -> Iterator[RawLine]:
    text = paragraph.text
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("List") and text.strip():
        text = f"• {text}"
    heading = style.startswith(("Heading", "Title")) or _all_bold(paragraph)
    # Soft line breaks inside one paragraph become separate lines.
    for part in text.replace("\r", "\n").split("\n"):
        yield RawLine(part, 0, heading and bool(part.strip()))


def _all_bold(paragraph: Paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _table_lines(table: Table) -> Iterator[RawLine]:
    """Read a table row by row; single-line cells join on one line, others follow in order."""
    for row in table.rows:
        cells = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(list(_container_lines(cell)))
        cells = [[ln for ln in c if ln.text.strip()] for c in cells]
        cells = [c for c in cells if c]
        if all(len(c) == 1 for c in cells):
            yield RawLine(
                " | ".join(c[0].text.strip() for c in cells), 0, all(c[0].heading for c in cells)
            )
        else:
            for cell_lines in cells:
                yield from cell_lines
        yield RawLine("", 0)
