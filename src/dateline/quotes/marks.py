"""Quotation marks: which characters open or close a quotation, and which pairs they form.

Works on characters only (no parse), so it is fast, testable alone and never fails on odd input: marks that cannot
be paired are reported as stray, not raised. Double marks (straight, curly, low-9, guillemets, CJK corner
brackets) may run over several paragraphs; single marks are read as quotes only where they cannot be apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["open", "close"]

# Glyphs whose shape says "opening" or "closing"; context can overrule the shape (German „…“ closes with “, some
# pages use ” for both ends), so these are hints, not rules.
DOUBLE_OPENING = frozenset("“„‟«〝「『")
DOUBLE_CLOSING = frozenset("”»〞」』")
DOUBLE_NEUTRAL = frozenset('"＂')
DOUBLE_MARKS = DOUBLE_OPENING | DOUBLE_CLOSING | DOUBLE_NEUTRAL
SINGLE_OPENING = frozenset("‘‚‹")
SINGLE_CLOSING = frozenset("’›")
SINGLE_NEUTRAL = frozenset("'")
SINGLE_MARKS = SINGLE_OPENING | SINGLE_CLOSING | SINGLE_NEUTRAL
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS

# What may stand just outside a quotation: brackets and dashes before an opening mark, sentence punctuation after a
# closing one.
_BEFORE_OPENING = frozenset("([{—–-/:;,") | ALL_MARKS
_AFTER_CLOSING = frozenset(".,;:!?)]}—–-/…") | ALL_MARKS

# Elisions that start with a mark: ’90s, ’em, ’til, ’tis, ’n’ (rock ’n’ roll). They are apostrophes, never quotes.
_ELISION = re.compile(r"(?:\d\d(?:s\b|\b)|(?:em|til|tis|twas|cause|bout|round)\b|n['’‘](?=\s))", re.IGNORECASE)
_NOT_INSIDE_AFTER = frozenset(".,;:!?)]}…")
_NOT_INSIDE_BEFORE = frozenset("([{")

# Marks are found by the regex engine rather than by looking at every character in turn. A double mark is one
# character, or two typewriter marks of the same kind in a row (taken left to right, as they are read).
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]|''|``")
_SINGLE_MARK = re.compile("[" + re.escape("".join(sorted(SINGLE_MARKS))) + "]")


@dataclass(slots=True)
class Mark:
    """One quotation mark: where it is and the role it plays."""

    offset: int
    char: str
    role: Role


@dataclass(slots=True)
class Quoted:
    """A quotation: the text between an opening and a closing mark, one piece per paragraph it runs over.

    ``pieces`` are inner spans (marks excluded, surrounding spaces trimmed). ``opening`` and ``closing`` are the
    offsets of the outer marks; ``closing`` is ``None`` when the quotation never closed (it ends with its paragraph).
    """

    pieces: list[tuple[int, int]]
    opening: int
    closing: int | None
    style: Literal["double", "single"]
    marks: list[int] = field(default_factory=list)
    closing_end: int | None = None  # just past the closing mark (it may be two characters: '')

    @property
    def start(self) -> int:
        return self.pieces[0][0] if self.pieces else self.opening + 1

    @property
    def end(self) -> int:
        return self.pieces[-1][1] if self.pieces else self.opening + 1

    @property
    def outer_end(self) -> int:
        """Just past the closing mark, or the end of the last piece when there is none."""
        if self.closing is None:
            return self.end
        return self.closing_end if self.closing_end is not None else self.closing + 1

    @property
    def balanced(self) -> bool:
        return self.closing is not None


@dataclass(slots=True)
class Pairing:
    """Every quotation found in a text, and the marks that could not be paired."""

    quotes: list[Quoted]
    stray: list[int]


def _flanks(text: str, offset: int, start: int, end: int, length: int = 1) -> tuple[bool, bool]:
    """(may open, may close) from the characters around the mark at ``offset`` within ``[start, end)``."""
    before = text[offset - 1] if offset > start else None
    after = text[offset + length] if offset + length < end else None
    # A mark can open only if a word (not sentence punctuation) follows it, and close only if one precedes it.
    may_open = (
        after is not None
        and not after.isspace()
        and after not in _NOT_INSIDE_AFTER
        and (before is None or before.isspace() or before in _BEFORE_OPENING)
    )
    may_close = (
        before is not None
        and not before.isspace()
        and before not in _NOT_INSIDE_BEFORE
        and (after is None or after.isspace() or after in _AFTER_CLOSING)
    )
    return may_open, may_close


def double_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(offset, length)`` of every double mark in ``[start, end)``.

    Typewriter pages write a double quotation as two single marks (''So,'' he said / ``So,'' he said); those pairs
    count as one double mark, so they are never read as apostrophes.
    """
    return [(match.start(), match.end() - match.start()) for match in _DOUBLE_MARK.finditer(text, start, end)]


def double_role(text: str, offset: int, start: int, end: int, inside: bool, length: int = 1) -> Role:
    """Whether the double mark at ``offset`` opens or closes, given whether a quotation is open at that point."""
    may_open, may_close = _flanks(text, offset, start, end, length)
    if may_open and not may_close:
        return "open"
    if may_close and not may_open:
        return "close"
    char = text[offset]
    if length == 2:
        char = "“" if char == "`" else '"'
    # Glued on both sides (said:"We) or spaced on both (« texte »): the glyph decides, then the state.
    if char in DOUBLE_OPENING:
        return "open"
    if char in DOUBLE_CLOSING:
        return "close"
    return "close" if inside else "open"


def single_role(text: str, offset: int, start: int, end: int) -> Role | None:
    """The role of a single mark, or ``None`` when it is (or may be) an apostrophe."""
    may_open, may_close = _flanks(text, offset, start, end)
    if may_open and may_close:
        return None  # a letter on each side: shouldn’t, Superlano’s, O‘Brien
    if may_open:
        if _ELISION.match(text, offset + 1, end):
            return None
        return "open"
    if may_close:
        return "close"
    return None


def _looks_possessive(text: str, offset: int, end: int) -> bool:
    """A closing single mark that is more likely a plural possessive: "the boys’ club", "prisoners’ release"."""
    before = text[offset - 1] if offset > 0 else ""
    rest = text[offset + 1 : min(end, offset + 3)]
    return before in "sSzZ" and len(rest) == 2 and rest[0] == " " and (rest[1].islower() or rest[1].isdigit())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pair_quotes(text: str, paragraphs: Sequence[tuple[int, int, str]] | None = None) -> Pairing:
    """Find every top-level quotation in ``text``.

    ``paragraphs`` are ``(start, end, kind)`` triples (kind "body" or "subhead"); by default every non-empty line
    is a body paragraph. Quotations nested inside another are not returned: they belong to the outer one.
    """
    if paragraphs is None:
        paragraphs = line_paragraphs(text)
    stray: list[int] = []
    doubles = _pair_doubles(text, paragraphs, stray)
    singles = _pair_singles(text, paragraphs, doubles, stray)
    quotes = sorted(doubles + singles, key=lambda quoted: quoted.opening)
    return Pairing(quotes=[q for q in quotes if q.pieces], stray=sorted(stray))


def line_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Every non-blank line as a body paragraph."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            found.append((match.start(), match.end(), "body"))
    return found


def _pair_doubles(text: str, paragraphs: Sequence[tuple[int, int, str]], stray: list[int]) -> list[Quoted]:
    found: list[Quoted] = []
    carried: Quoted | None = None  # a quotation left open at the end of the previous paragraph
    previous_kind = "body"
    for start, end, kind in paragraphs:
        marks = double_marks(text, start, end)
        stack: list[tuple[int, int]] = []  # (offset of the opening mark, where the piece starts)
        if carried is not None:
            how = _continuation(text, start, end, kind, previous_kind, marks)
            if how is None:
                found.append(carried)  # its closing mark is missing: it ends with the previous paragraph
                carried = None
            elif how == "reopened":
                stack.append((marks[0][0], marks[0][0] + marks[0][1]))
                marks = marks[1:]
            else:
                stack.append((start, start))
        for offset, length in marks:
            role = double_role(text, offset, start, end, inside=bool(stack), length=length)
            if role == "open":
                stack.append((offset, offset + length))
                continue
            if not stack:
                stray.append(offset)
                continue
            opening, piece_start = stack.pop()
            if stack:
                continue  # a nested quotation closed: it stays part of the outer one
            piece = _trim(text, piece_start, offset)
            if carried is not None:
                carried.pieces.append(piece)
                carried.closing, carried.closing_end = offset, offset + length
                carried.marks.append(offset)
                found.append(carried)
                carried = None
            else:
                found.append(Quoted([piece], opening, offset, "double", [opening, offset], offset + length))
        # Inner openings left on the stack never closed: stray. The outermost may go on into the next paragraph.
        stray.extend(opening for opening, _ in stack[1:])
        if stack:
            opening, piece_start = stack[0]
            piece = _trim(text, piece_start, end)
            if carried is None:
                carried = Quoted([], opening, None, "double", [opening])
            elif opening != start:
                carried.marks.append(opening)
            carried.pieces.append(piece)
        previous_kind = kind
    if carried is not None:
        found.append(carried)
    kept = []
    for quoted in found:
        quoted.pieces = [piece for piece in quoted.pieces if piece[1] > piece[0]]
        if quoted.pieces:
            kept.append(quoted)
        elif quoted.closing is None:
            stray.append(quoted.opening)  # an opening mark with nothing after it
    return kept


def _continuation(
    text: str, start: int, end: int, kind: str, previous_kind: str, marks: list[tuple[int, int]]
) -> Literal["reopened", "closed"] | None:
    """How an open quotation goes on into this paragraph, or ``None`` if it does not.

    News style reopens a quotation at the start of each paragraph it runs over and closes it only at the end; some
    pages drop the reopening mark and only close. Anything else (no mark, or a mark opening mid-paragraph) means
    the quotation ended with the previous paragraph and its closing mark is missing. Subheads end quotations.
    """
    if kind == "subhead" or previous_kind == "subhead" or not marks:
        return None
    first, length = marks[0]
    leading = text[start:first].strip() == ""
    if leading and double_role(text, first, start, end, inside=False, length=length) == "open":
        return "reopened"
    if double_role(text, first, start, end, inside=True, length=length) == "close":
        return "closed"
    return None


def _covered(text: str, paragraphs: Sequence[tuple[int, int, str]], doubles: list[Quoted]) -> bytearray:
    """A flag per character inside a double quotation or a two-mark double (''), where no single mark is read.

    Spans are merged as they are flagged, so each character is flagged once however the spans overlap.
    """
    spans = [(q.opening, q.outer_end) for q in doubles]
    spans += [(offset, offset + 2) for p in paragraphs for offset, length in double_marks(text, p[0], p[1]) if length == 2]
    flags = bytearray(len(text))
    reached = 0
    for start, end in sorted(spans):
        start, end = max(start, reached), min(end, len(text))
        if end > start:
            flags[start:end] = b"\x01" * (end - start)
            reached = end
    return flags


def _pair_singles(text: str, paragraphs: Sequence[tuple[int, int, str]], doubles: list[Quoted], stray: list[int]) -> list[Quoted]:
    """Single-mark quotations outside every double one (nested ones belong to their outer quotation)."""
    covered = _covered(text, paragraphs, doubles)
    found: list[Quoted] = []
    for start, end, _kind in paragraphs:
        candidates: list[Mark] = []
        for match in _SINGLE_MARK.finditer(text, start, end):
            offset = match.start()
            if covered[offset]:
                continue
            role = single_role(text, offset, start, end)
            if role is not None:
                candidates.append(Mark(offset, text[offset], role))
        index = 0
        while index < len(candidates):
            mark = candidates[index]
            if mark.role != "open":
                index += 1
                continue
            # The closing marks up to the next opening one: the first that is not a plural possessive closes.
            following = index + 1
            while following < len(candidates) and candidates[following].role != "open":
                following += 1
            if following == index + 1:
                index += 1
                continue
            plain = (n for n in range(index + 1, following) if not _looks_possessive(text, candidates[n].offset, end))
            chosen = next(plain, index + 1)
            closer = candidates[chosen]
            piece = _trim(text, mark.offset + 1, closer.offset)
            if piece[1] > piece[0]:
                found.append(Quoted([piece], mark.offset, closer.offset, "single", [mark.offset, closer.offset]))
            index = chosen + 1
    return found
