"""Read RTF with striprtf."""

from __future__ import annotations

from cxscore.document import RawLine
from cxscore.errors import CorruptDocumentError
from cxscore.from_text import text_lines


def read_rtf(data: bytes) -> list[RawLine]:
    """Read an RTF résumé; RTF is 7-bit with escapes, so cp1252 decoding is lossless here."""
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="replace")
    except (ValueError, IndexError, LookupError) as exc:
        raise CorruptDocumentError(f"corrupt RTF ({type(exc).__name__})") from None
    return text_lines(text.replace("\f", "\n"))
