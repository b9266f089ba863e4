"""Decide a document's format from its bytes (magic numbers, zip contents), not its name."""

from __future__ import annotations

import io
import re
import zipfile

from cxscore.document import Format
from cxscore.errors import CorruptDocumentError, UnsupportedFormatError

_ODT_MIME = b"application/vnd.oasis.opendocument.text"
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
_MD_HINT = re.compile(r"^(?:#{1,6} \S|\s*[-*] \S|\*\*\S)", re.MULTILINE)
_MD_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "legacy Microsoft Office file (.doc); save it as DOCX or PDF",
    ),
    (b"\x89PNG", "PNG image; cxscore needs a document with a text layer"),
    (b"\xff\xd8\xff", "JPEG image; cxscore needs a document with a text layer"),
    (b"GIF8", "GIF image; cxscore needs a document with a text layer"),
    (b"II*\x00", "TIFF image; cxscore needs a document with a text layer"),
    (b"MM\x00*", "TIFF image; cxscore needs a document with a text layer"),
    (b"\x1f\x8b", "gzip archive, not a document"),
    (b"7z\xbc\xaf", "7-Zip archive, not a document"),
    (b"Rar!", "RAR archive, not a document"),
    (b"\x7fELF", "executable file, not a document"),
    (b"MZ", "executable file, not a document"),
)


def detect_format(data: bytes, name: str = "") -> Format:
    """Return the format of `data`; `name` only breaks ties between plain text and Markdown."""
    head = data[:1024]
    if b"%PDF-" in head:
        return Format.PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _detect_zip(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return Format.RTF
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise UnsupportedFormatError(f"unsupported format: {what}")
    if _HTML_START.match(head):
        return Format.HTML
    if name.lower().endswith((".md", ".markdown")):
        return Format.MD
    if name.lower().endswith((".html", ".htm")) and b"<" in head:
        return Format.HTML
    return Format.TXT


def looks_like_markdown(text: str) -> bool:
    """True when text has a Markdown heading and Markdown marks in several places.

    A '#' alone is no sign ("License: Texas RN #9xxxxx"): plain text with dashed lists and
    underlined headings must stay plain text, whose lines are kept as written."""
    head = text[:5000]
    return len(_MD_HINT.findall(head)) >= 3 and _MD_HEADING.search(head) is not None


def _detect_zip(data: bytes) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return Format.DOCX
            if "mimetype" in names and archive.read("mimetype").strip() == _ODT_MIME:
                return Format.ODT
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                raise UnsupportedFormatError(
                    "unsupported format: OpenDocument file that is not a text document"
                )
            if "xl/workbook.xml" in names:
                raise UnsupportedFormatError("unsupported format: Excel workbook, not a résumé")
            if "ppt/presentation.xml" in names:
                raise UnsupportedFormatError("unsupported format: PowerPoint file, not a résumé")
    except zipfile.BadZipFile as exc:
        raise CorruptDocumentError(f"corrupt or truncated zip container ({exc})") from None
    raise UnsupportedFormatError("unsupported format: zip archive that is not a DOCX or ODT")
