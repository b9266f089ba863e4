"""Bound what a zipped document (DOCX, ODT) may expand to before any parser opens it."""

from __future__ import annotations

import io
import zipfile

from cxscore.errors import CorruptDocumentError, DecompressionBombError

_MAX_MEMBERS = 5000
_MAX_RATIO = 200


def check_zip(data: bytes, max_expanded_bytes: int) -> None:
    """Refuse archives whose members would expand past the limit or at a bomb-like ratio.

    zipfile never yields more than a member's declared size, so checking the declared sizes
    bounds what python-docx and odfpy can read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise CorruptDocumentError(f"corrupt or truncated zip container ({exc})") from None
    if len(infos) > _MAX_MEMBERS:
        raise DecompressionBombError(
            f"zip container has {len(infos)} members (limit {_MAX_MEMBERS})"
        )
    total = sum(info.file_size for info in infos)
    if total > max_expanded_bytes:
        raise DecompressionBombError(
            f"would expand to {total // 2**20} MB (limit {max_expanded_bytes // 2**20} MB): "
            "possible decompression bomb"
        )
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > 10 * 2**20 and ratio > _MAX_RATIO:
            raise DecompressionBombError(
                f"member {info.filename!r} expands {ratio}x: possible decompression bomb"
            )
