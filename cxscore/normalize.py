"""Turn readers' raw lines into clean text: repair mojibake and ligatures, unify spaces (a tab or
a run of spaces stays a column gap of three, which marks fields such as right-aligned dates) and
bullets, and join words hyphenated across line breaks, keeping page and heading offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cxscore.document import RawLine, Span
from cxscore.lexicon import MONTH_ALTERNATION

if TYPE_CHECKING:
    import ftfy

BULLET = "•"

# Glyphs that PDF and Word exports use as list bullets, including Symbol/Wingdings private-use
# code points that arrive when the font's encoding is lost.
_BULLET_CHARS = (
    "•●◦▪■□‣∙·・○◆◇►▶▸➢➤➔→✓✔✗❖⦿⁃›»❯➜✦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf02d\u2043"
)
_LEADING_BULLET = re.compile(
    # "ï‚§"-style runs are private-use bullets decoded as cp1252, which ftfy leaves alone.
    # "(cid:NN)" is pdfminer's stand-in for an unmapped glyph, at a line start nearly always a
    # bullet.
    rf"^\s*(?:(?:[{re.escape(_BULLET_CHARS)}]|ï[\u201a\u0192\u201e].|\(cid:\d+\))+"
    # A dash before a date or "now" ends a date range broken over lines ("2015" / "– 2020",
    # "Oct 2017" / "– Jan 2019", "2019" / "– Now").
    r"|[-*–—+]+(?=\s)(?!\s+\|)(?!\s+(?i:(?:19|20)\d\d|now|present|current|today|date"
    rf"|(?:{MONTH_ALTERNATION})[a-z]*\.?\s+(?:19|20)\d\d"
    r"|\d{1,2}[/.](?:19|20)\d\d)\b)"
    # A hyphen typed against the duty's first word: "-Shop grocery orders", "-drove passengers"
    # (not a range's end wrapped onto its own line: "-Present", "-Dec 2019")
    r"|-(?=[A-Za-z][a-z])(?!(?i:now|present|current|today|date|till|until|to)\b"
    rf"|(?i:(?:{MONTH_ALTERNATION})[a-z]*\.?\s+(?:19|20)\d\d))"
    r"|[o?](?=\s+[A-Z])"  # a lost glyph: "o   Advise customers", "?   Hand out"
    # ASCII arrows: "-> Answered farmers' calls", "> Served guests in the coffee shop"
    r"|[-=]?>+(?=\s))\s*"
)
_RULE_LINE = re.compile(r"[=\-_*~#.·•—–+]{3,}")  # underlines and horizontal rules
# "*** WORK EXPERIENCE ***", "-- Education --": the glyphs at the start are mirrored at the
# end, so they decorate a heading rather than mark a bullet.
_MIRRORED = re.compile(r"\s[*=~#\-–—•·]+$")
# "Forklift Operator -- Midstate Distribution Co.": a typed stand-in for a dash.
_DOUBLE_HYPHEN = re.compile(r" -{2,3} ")
_CID = re.compile(r"\(cid:\d+\)")
# Icon-font glyphs (private-use code points) left beside contact details and dates by
# designer templates: "\uf073 2020-09 → 2022-03 \uf3c5 Amsterdam" (calendar, map pin).
_ICON = re.compile(r"[\ue000-\uf8ff]+")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
_HYPHEN_END = re.compile(r"([A-Za-z]{2,})[-\u2010\u2011]$")
_HYPHENS = ("-", "\u2010", "\u2011")
_FIRST_WORD = re.compile(r"^([a-z][\w]*)([,.;:]?)\s*")

# Prefixes whose hyphen is part of the word ("self-employed"), kept when a break falls there.
_KEEP_HYPHEN = frozenset(
    [
        "self",
        "co",
        "non",
        "well",
        "part",
        "full",
        "cross",
        "multi",
        "long",
        "short",
        "high",
        "low",
        "front",
        "back",
        "anti",
        "pre",
        "post",
        "ex",
        "inter",
        "intra",
        "full-time",
        "part-time",
        "first",
        "second",
        "third",
        "one",
        "two",
        "three",
        "four",
        "five",
        "e",
        "x",
    ]
)


@lru_cache(maxsize=1)
def _ftfy_config() -> ftfy.TextFixerConfig:
    import ftfy

    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)


@lru_cache(maxsize=1)
def _ftfy_gate() -> tuple[Any, ...]:
    """ftfy's own tests for what it could change: text that looks like mojibake (its
    badness check and UTF-8 detector), C1 controls, and any character one of its other fixes
    touches (ligatures, full-width forms, control characters, lossy stand-ins, surrogates,
    HTML entities)."""
    import ftfy.badness
    import ftfy.chardata as data

    chars = set(data.LIGATURES) | set(data.WIDTH_MAP) | set(data.CONTROL_CHARS)
    chars |= {0x1A, 0xFFFD}
    listed = "".join(re.escape(chr(code)) for code in sorted(chars))
    other = re.compile(f"[{listed}\ud800-\udfff]|{data.HTML_ENTITY_RE.pattern}")
    return ftfy.badness.is_bad, data.UTF8_DETECTOR_RE, data.C1_CONTROL_RE, other


# ASCII (without "&", which may start an HTML entity) plus common typographic punctuation,
# never two non-ASCII characters side by side: no byte sequence of any encoding ftfy
# considers can be mojibake here (that needs a lead and a continuation character together),
# and nothing else ftfy fixes occurs, so the line is returned as it is (it is NFC already).
_PLAIN_EXTRAS = re.compile("(?:[\x20-\x25\x27-\x7e\t]|[–—‘’“”•…](?![–—‘’“”•…]))*")


def _fix_text(text: str) -> str:
    """ftfy's repairs where ftfy could change something, else only its final NFC step.

    Most non-ASCII résumé lines ("Café — São Paulo") pass ftfy unchanged, and skipping it
    there saves most of the reading time of a text résumé. tests/test_normalize.py checks
    that the two paths agree.
    """
    if _PLAIN_EXTRAS.fullmatch(text):
        return text
    is_bad, utf8_detector, c1_controls, other = _ftfy_gate()
    if is_bad(text) or utf8_detector.search(text) or c1_controls.search(text) or other.search(text):
        import ftfy

        return str(ftfy.fix_text(text, _ftfy_config()))
    return unicodedata.normalize("NFC", text)


# In an ASCII line, what the invisible-character, (cid:N) and space rules below could change.
_ASCII_WORK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\t]|\(cid:|  |\.{4}| \.\.\. | --|\*\*")
# "**Registered Nurse – Medical/Surgical Unit**": Markdown bold typed into plain text.
_BOLD_MARKS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# Leader dots between a field and its date ("Front Desk Agent, Harbor Light Inn ..... 2018")
# are a column gap.
# Three typed dots (or one ellipsis) between spaces lead to a date just the same ("Activities
# Coordinator ... 2023 - Present"); before other words they are prose.
_LEADER = re.compile(
    r"[ \t]*(?:\.{4,}|…{2,}|(?: \.){4,})[ \t]*"
    r"|(?<=\S)[ \t]+(?:\.{3}|…)[ \t]+(?=(?:\d{1,2}[/.-])?\d{4}\b|[A-Z][a-z]{2,8}\.? \d{4}\b)"
)


_MAX_COLUMN_GAPS = 3


def _is_gap(space: str) -> bool:
    return len(space) > 1 or space == "\t"


def _unify_spaces(text: str) -> str:
    """One space between words; a tab or a run of spaces stays a column gap of three, unless
    most spaces of the line are wide (justified prose)."""
    if "\t" not in text and "  " not in text:
        return _SPACES.sub(" ", text)  # most lines: no gap at all
    spaces = _SPACES.findall(text)
    wide = sum(map(_is_gap, spaces))
    if not wide or (2 * wide > len(spaces) and len(spaces) > _MAX_COLUMN_GAPS):
        # Gaps between most words of a long line: justified prose. A short line of gaps alone
        # ("Period<tab>Position<tab>Company") is a row of a table.
        return _SPACES.sub(" ", text)
    return _SPACES.sub(lambda m: "   " if _is_gap(m.group()) else " ", text)


def normalize_line(text: str) -> str:
    """Clean one line: mojibake, ligatures, invisible characters, spaces and bullet glyphs."""
    # Most lines are plain ASCII that no substitution below can change: only bullets apply.
    plain = text.isascii() and not _ASCII_WORK.search(text)
    if not plain:
        if not text.isascii():
            text = _fix_text(text)
        text = _INVISIBLE.sub("", text)
        if "**" in text:
            text = _BOLD_MARKS.sub(r"\1", text)
    glyphs = _bullet_end(text)
    if glyphs is not None:
        text = f"{BULLET} {text[glyphs:]}"
    if not plain:
        text = _CID.sub(" ", text)
        text = _ICON.sub("   ", text)  # an icon parts the fields about it
        if "...." in text or "……" in text or " . . . ." in text or " ... " in text or " … " in text:
            text = _LEADER.sub("\t", text)
        text = _unify_spaces(text)
        if " --" in text:
            text = _DOUBLE_HYPHEN.sub(" — ", text)
    text = text.strip()
    if _LEADING_BULLET.fullmatch(text) or _RULE_LINE.fullmatch(text):
        return ""
    return text


def _bullet_end(text: str) -> int | None:
    """Where the bullet glyphs opening `text` end, or None when it opens with none (or with
    glyphs mirrored at its end, which decorate a heading)."""
    match = _LEADING_BULLET.match(text)
    if match and match.end() < len(text) and not _MIRRORED.search(text):
        return match.end()
    return None


def starts_with_bullet(text: str) -> bool:
    """Whether a raw line opens with a bullet glyph that `normalize_line` turns into `•`
    (cheaply: without mending the rest of the line)."""
    return _bullet_end(text) is not None


def _join_hyphenated(lines: list[str]) -> None:
    """Join words split by a hyphen at a line end with their rest on the next line, in place."""
    for i in range(len(lines) - 1):
        # Only a line ending in a hyphen (or one before a final newline, as `$` allows) can
        # match; testing that first skips scanning every other line.
        line = lines[i]
        if not line.endswith(_HYPHENS) and not (line[-1:] == "\n" and line[:-1].endswith(_HYPHENS)):
            continue
        end = _HYPHEN_END.search(line)
        if not end:
            continue
        nxt = lines[i + 1]
        if nxt.startswith(f"{BULLET} "):
            continue
        first = _FIRST_WORD.match(nxt)
        if not first:
            continue
        prefix = end.group(1).lower()
        keep = "-" if prefix in _KEEP_HYPHEN else ""
        lines[i] = lines[i][: end.end(1)] + keep + first.group(1) + first.group(2)
        lines[i + 1] = nxt[first.end() :]


ECHO_SHARE = 0.25  # of a document's lines repeated on the next line, for it to be a web copy


def _without_echoes(items: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """Lines copied from a web page whose hidden text comes along ("Store Manager" over "Store
    Manager", for every line of a LinkedIn profile) keep one of each pair. A document echoes
    when a quarter or more of its lines repeat the line above; one repeated line is kept."""
    echoes = [
        i > 0 and text != "" and text == items[i - 1][0] for i, (text, _, _) in enumerate(items)
    ]
    lines = sum(1 for text, _, _ in items if text)
    if sum(echoes) < 5 or sum(echoes) < ECHO_SHARE * lines:
        return items
    return [item for item, echo in zip(items, echoes, strict=True) if not echo]


def assemble(raw: Iterable[RawLine]) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
    """Normalise raw lines and build the text with page spans and heading-line spans."""
    items = _without_echoes([(normalize_line(line.text), line.page, line.heading) for line in raw])
    texts = [t for t, _, _ in items]
    _join_hyphenated(texts)
    out: list[str] = []
    offsets: list[tuple[int, int, int, bool]] = []  # start, end, page, heading
    pos = 0
    previous_blank = True
    for text, (_, page, heading) in zip(texts, items, strict=True):
        if not text:
            if not previous_blank:
                out.append("")
                pos += 1
            previous_blank = True
            continue
        out.append(text)
        offsets.append((pos, pos + len(text), page, heading))
        pos += len(text) + 1
        previous_blank = False
    while out and out[-1] == "":
        out.pop()
    full = "\n".join(out)
    return full, _page_spans(offsets), tuple(Span(s, e) for s, e, _, h in offsets if h)


def _page_spans(offsets: Sequence[tuple[int, int, int, bool]]) -> tuple[Span, ...]:
    """From each page's first line start to its last line end, in page order (`offsets` run
    forward through the text, so those are the page's smallest start and largest end)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for start, end, page, _ in offsets:
        first.setdefault(page, start)
        last[page] = end
    return tuple(Span(first[page], last[page]) for page in sorted(first))
