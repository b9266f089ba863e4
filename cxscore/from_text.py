"""Read plain-text résumés in any common encoding, refusing binary data instead of mangling it."""

from __future__ import annotations

import codecs
import re

from cxscore.document import RawLine
from cxscore.errors import BinaryContentError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Decode bytes: BOM first, then strict UTF-8, then charset detection; refuse binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_textual(data.decode(encoding))
            except UnicodeDecodeError:
                raise BinaryContentError(f"invalid {encoding.upper()} text after its BOM") from None
    if b"\x00" in data[:4096]:
        text = _try_bomless_utf16(data)
        if text is None:
            raise BinaryContentError("binary content, not a text document")
        return _check_textual(text)
    try:
        return _check_textual(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BinaryContentError("binary content, not a text document")
    guess = data.decode(best.encoding, errors="replace")
    # Short Western texts are often mistaken for another Latin code page (cp1250 turns
    # "crème" into "crčme"); when the guess is Latin script anyway, Windows-1252 is the
    # far likelier source.
    if _mostly_latin(guess):
        try:
            return _check_textual(data.decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return _check_textual(guess)


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin >= 0.95 * max(1, len(letters))


def _try_bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    zero_odd = sample[1::2].count(0)
    zero_even = sample[0::2].count(0)
    half = max(1, len(sample) // 2)
    for encoding, zeros in (("utf-16-le", zero_odd), ("utf-16-be", zero_even)):
        if zeros > 0.4 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


# Control characters other than tab, newline, form feed and carriage return, and U+FFFD.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _check_textual(text: str) -> str:
    sample = text[:20_000]
    if not sample:
        return text
    bad = len(_NOT_TEXT.findall(sample))
    if bad / len(sample) > 0.05:
        raise BinaryContentError("binary content, not a text document")
    return text


# A line of "=" or "-" about as long as the line above underlines it ("Other" over "=====").
_UNDERLINE = re.compile(r"\s*(?:={3,}|-{3,})\s*")


def text_lines(text: str) -> list[RawLine]:
    """Split decoded text into raw lines; form feeds start a new page. A short line
    underlined by the next is marked as a heading."""
    lines: list[RawLine] = []
    text = unquote_mail(text.replace("\r\n", "\n").replace("\r", "\n"))
    for page, chunk in enumerate(text.split("\f")):
        rows = chunk.split("\n")
        for line, below in zip(rows, [*rows[1:], ""], strict=True):
            underlined = (
                bool(line.strip())
                and _UNDERLINE.fullmatch(below) is not None
                and len(below.strip()) >= 0.6 * len(line.strip())  # a rule, not an underline
            )
            heading = underlined and len(line.split()) <= 5 and not _UNDERLINE.fullmatch(line)
            lines.append(RawLine(line, page, heading))
    return lines


# One level of e-mail quoting: "> " opening a line of a forwarded message.
_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


def unquote_mail(text: str) -> str:
    """A résumé pasted from a forwarded e-mail, nearly every line opening with "> ", loses
    one level of quoting; a few "> " lines among others are bullets and stay."""
    if ">" not in text:
        return text
    filled = sum(1 for line in text.split("\n") if line.strip())
    quoted = sum(1 for _ in _QUOTE.finditer(text))
    return _QUOTE.sub("", text) if quoted >= max(3, 0.6 * filled) else text


def read_text(data: bytes) -> list[RawLine]:
    """Read a plain-text résumé."""
    return text_lines(decode_text(data))


# A page number, alone or at the end of a line: "2", "Page 2 of 3", "- 2 -", "Jane Doe – Page 2".
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$"
    r"|\bpage\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)
# A page mark that names itself one ("Page 2 of 3", "- 2 -"), not a bare number.
_PAGE_MARK = re.compile(
    r"^(?:page\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s+of\s+\d{1,3}"
    r"|[-–]\s*\d{1,3}\s*[-–])$",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\+?\(?\d[\d ().-]{6,}\d")


def little_else(text: str, name: str) -> bool:
    """Beside the name (maybe twice, left and right), at most four words once the contact
    details are gone: "Nathan Sorensen   Nathan Sorensen · (319) 555-0173"."""
    rest = _CONTACT.sub(" ", text.lower().replace(name, " "))
    return len([w for w in rest.split() if any(c.isalnum() for c in w)]) <= 4


def drop_page_marks(lines: list[RawLine]) -> list[RawLine]:
    """Remove what a paged file left in text pasted from it: a "Page 2 of 3" line, the
    running head with the person's name next to it ("Resume - Jane Doe"), and the blank
    lines around them, so a duty cut by the page break reads on."""
    marks = [i for i, line in enumerate(lines) if _PAGE_MARK.match(line.text.strip())]
    if not marks:
        return lines
    name = next((line.text.strip().lower() for line in lines if line.text.strip()), "")
    named = 2 <= len(name.split()) <= 4 and all(w.isalpha() for w in name.replace("-", "").split())

    def running_head(text: str) -> bool:
        return text.lower() == name or (named and name in text.lower() and little_else(text, name))

    drop: set[int] = set()
    for mark in marks:
        drop.add(mark)
        for step in (-1, 1):
            i = mark + step
            while 0 <= i < len(lines) and abs(i - mark) <= 4:
                text = lines[i].text.strip()
                if text and not running_head(text):
                    break
                drop.add(i)
                i += step
    return [line for i, line in enumerate(lines) if i not in drop]
