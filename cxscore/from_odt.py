"""Read ODT (OpenDocument Text) with odfpy: headings, paragraphs, lists and tables in order."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from cxscore.document import RawLine
from cxscore.errors import CorruptDocumentError

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def read_odt(data: bytes) -> list[RawLine]:
    """Return the body lines of an ODT document."""
    import zipfile
    from xml.parsers.expat import ExpatError

    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, ExpatError, AttributeError) as exc:
        raise CorruptDocumentError(f"corrupt ODT ({type(exc).__name__})") from None
    return list(_lines(document.text, in_list=False))


def _lines(node: Any, in_list: bool) -> Iterator[RawLine]:
    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None:
            continue
        ns, name = qname
        if ns == _TEXT_NS and name in {"p", "h"}:
            text = _inline_text(child)
            if in_list and text.strip():
                text = f"• {text}"
            for part in text.split("\n"):
                yield RawLine(part, 0, name == "h" and bool(part.strip()))
        elif ns == _TEXT_NS and name == "list":
            yield from _lines(child, in_list=True)
        elif ns == _TABLE_NS and name == "table-row":
            yield from _lines(child, in_list)
            yield RawLine("", 0)
        else:
            yield from _lines(child, in_list)


def _inline_text(node: Any) -> str:
    from odf import teletype

    return str(teletype.extractText(node))
