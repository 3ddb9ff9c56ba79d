"""Where in a text a rule can match, so that its regular expression is searched only there.

Searching every rule's pattern over the whole text is most of the finder's time, and nearly all of it is
spent where the rule cannot match. Two facts about a rule, both cheap to look for, rule most of a text out:

* What it **needs**: short patterns one of which is found inside every match of the rule ("ago" needs a
  unit followed by "ago", "earlier", "later", ...). They are declared beside the rule, as pieces of its
  pattern.
* Its **barriers**: the characters its pattern can never consume, worked out from the pattern itself. A
  match never contains a barrier, and the regex engine, which reads forward only by consuming characters
  (in lookaheads too), never reads past one. So a search that ends just after a barrier finds, before it,
  exactly what a search of the whole text finds there: the same matches, groups and all.

A rule is therefore searched only in the stretches between two of its barriers that hold something it
needs, each search ending just after the stretch's closing barrier. Between the stretches there is no match
to find, so the finder sees the same matches, in the same order, as when it searched the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

try:  # the standard library's own parser of regular expressions, which :func:`barrier_of` reads
    import re._constants as ops
    import re._parser as regex_parser
except ImportError:  # pragma: no cover - without it no rule has barriers, and each is searched whole
    ops = regex_parser = None


@dataclass(frozen=True, slots=True)
class Needs:
    """Patterns one of which is found inside every match of a rule: in the text as written when ``cased``,
    otherwise in the lower-cased text (and then written in lower case).

    A pattern that begins with a fixed string is found fastest, so a few of those ("noon", "midnight",
    "midday") are better needs than one alternation of them.
    """

    patterns: tuple[re.Pattern[str], ...]
    cased: bool


def anycase(*patterns: str) -> Needs:
    """Needs of a case-insensitive part of a rule, looked for in the lower-cased text (faster than a
    case-insensitive search)."""
    for pattern in patterns:
        if _GROUP_NAME.sub("", pattern) != _GROUP_NAME.sub("", pattern).lower():
            raise ValueError(f"write {pattern!r} in lower case: it is looked for in the lower-cased text")
    return _needs(patterns, cased=False)


def cased(*patterns: str) -> Needs:
    """Needs of a case-sensitive part of a rule, looked for in the text as written."""
    return _needs(patterns, cased=True)


def _needs(patterns: tuple[str, ...], cased: bool) -> Needs:
    if not patterns:
        raise ValueError("needs at least one pattern")
    return Needs(tuple(re.compile(pattern) for pattern in patterns), cased)


_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")

# The only characters besides A-Z that a case-insensitive pattern reads as ASCII letters are these, and the
# Kelvin sign, which str.lower already makes "k". "İ" is also the one character whose lower case is two
# characters long.
_ASCII_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lower_case(text: str) -> str:
    """``text`` in lower case, one character for each character (so offsets agree), with every character
    that a case-insensitive pattern reads as an ASCII letter written as that letter in lower case."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_ASCII_LOOKALIKES)
    lowered = text.lower()
    assert len(lowered) == len(text)
    return lowered


class Scan:
    """A text being searched, with what the rules' needs and barriers are looked for in: its lower-cased and
    reversed copies, and where each needs pattern is found. Each is made on first use and shared by all
    rules."""

    __slots__ = ("text", "_lowered", "_reversed", "_found")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._reversed: str | None = None
        self._found: dict[tuple[re.Pattern[str], bool], list[int]] = {}

    def stretches(self, needs: Needs | None, barrier: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
        """``(start, end)`` spans to search a rule in, in order and not overlapping: each match of the rule
        starts in one, and a search from ``start`` with ``endpos`` ``end`` finds it as a search of the whole
        text does. A span runs from just after one barrier to just after the next (or the text's ends)."""
        text = self.text
        if needs is None:
            yield 0, len(text)
            return
        position = 0
        for index in self._found_at(needs):
            if barrier is None:
                yield 0, len(text)
                return
            if index >= position:
                start, position = self._stretch_around(index, barrier)
                yield start, position

    def _found_at(self, needs: Needs) -> list[int]:
        """Where the needs patterns are found, in order.

        These are each pattern's non-overlapping matches, which is enough: a place hidden by an overlapping
        match before it lies in the same stretch, as a needs pattern never matches a barrier (see
        :func:`check_needs`).
        """
        found: list[int] = []
        for pattern in needs.patterns:
            key = (pattern, needs.cased)
            if key not in self._found:
                haystack = self.text if needs.cased else self._lower_case()
                self._found[key] = [hit.start() for hit in pattern.finditer(haystack)]
            found.extend(self._found[key])
        return sorted(found) if len(needs.patterns) > 1 else found

    def _lower_case(self) -> str:
        if self._lowered is None:
            self._lowered = lower_case(self.text)
        return self._lowered

    def _stretch_around(self, index: int, barrier: re.Pattern[str]) -> tuple[int, int]:
        """From just after the last barrier before ``index`` to just after the first one at or after it."""
        text = self.text
        following = barrier.search(text, index)
        end = following.end() if following else len(text)
        # The last barrier before ``index`` is the first one in the reversed text from its mirror position.
        if self._reversed is None:
            self._reversed = text[::-1]
        preceding = barrier.search(self._reversed, len(text) - index)
        start = len(text) - preceding.start() if preceding else 0
        return start, end


def barrier_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class of the characters ``pattern`` can never consume, or ``None`` when it may consume
    any character (or its form is not understood here).

    Word characters and whitespace are never barriers: the class is every other character except those the
    pattern names. Lookbehinds are left out, as they read only behind the engine's position.
    """
    consumed = _consumed(pattern)
    if consumed is None:
        return None
    return re.compile("[^\\w\\s" + "".join(re.escape(char) for char in sorted(consumed)) + "]")


def check_needs(needs: Needs, barrier: re.Pattern[str] | None) -> None:
    """Raise ``ValueError`` unless each needs pattern matches at least one character and never a barrier of
    its rule, so that whatever it matches lies inside one stretch. (A rule without barriers is searched over
    the whole text wherever its needs are found, so there is nothing to check.)"""
    if barrier is None:
        return
    for pattern in needs.patterns:
        consumed = _consumed(pattern)
        if consumed is None or regex_parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
            raise ValueError(f"needs {pattern.pattern!r} may match nothing, or anything")
        if any(barrier.match(char) for char in consumed):
            raise ValueError(f"needs {pattern.pattern!r} may match a character that its rule never matches")


def _consumed(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters other than word characters and whitespace that ``pattern`` can consume, or ``None``."""
    if regex_parser is None:
        return None
    consumed: set[str] = set()
    if not _collect(regex_parser.parse(pattern.pattern, pattern.flags), pattern.flags, True, consumed):
        return None
    return consumed


def _collect(items: Any, flags: int, consuming: bool, consumed: set[str]) -> bool:
    """Add to ``consumed`` what the parsed pattern ``items`` can consume, but for word characters and
    whitespace; inside a lookbehind (not ``consuming``) only what its lookaheads can. False when that cannot
    be listed (``.``, ``[^...]``, ``\\W``) or the pattern uses a construct not known here."""
    for op, value in items:
        if op is ops.LITERAL:
            if consuming and not _add(chr(value), flags, consumed):
                return False
        elif op is ops.IN:
            if consuming and not _collect_set(value, flags, consumed):
                return False
        elif op in (ops.ANY, ops.NOT_LITERAL):
            if consuming:
                return False
        elif op in (ops.AT, ops.GROUPREF):
            continue  # zero-width; or the text of an earlier group, counted there
        elif op is ops.BRANCH:
            if not all(_collect(branch, flags, consuming, consumed) for branch in value[1]):
                return False
        elif op is ops.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            if not _collect(sub, (flags | add_flags) & ~del_flags, consuming, consumed):
                return False
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            if not _collect(value[2], flags, consuming, consumed):
                return False
        elif op is ops.ATOMIC_GROUP:
            if not _collect(value, flags, consuming, consumed):
                return False
        elif op in (ops.ASSERT, ops.ASSERT_NOT):
            direction, sub = value
            if not _collect(sub, flags, direction > 0, consumed):  # a lookahead consumes as it reads
                return False
        elif op is ops.GROUPREF_EXISTS:
            _group, yes, no = value
            if not all(_collect(branch, flags, consuming, consumed) for branch in (yes, no) if branch is not None):
                return False
        else:
            return False
    return True


_WORD_OR_SPACE = re.compile(r"[\w\s]")


def _collect_set(members: Any, flags: int, consumed: set[str]) -> bool:
    for op, value in members:
        if op is ops.LITERAL:
            if not _add(chr(value), flags, consumed):
                return False
        elif op is ops.RANGE:
            low, high = value
            if high - low > 0x1000 or not all(_add(chr(code), flags, consumed) for code in range(low, high + 1)):
                return False
        elif op is ops.CATEGORY:
            if value not in (ops.CATEGORY_DIGIT, ops.CATEGORY_WORD, ops.CATEGORY_SPACE):
                return False
        else:
            return False  # a negated set, or something not known here
    return True


def _add(char: str, flags: int, consumed: set[str]) -> bool:
    # Matched regardless of case, an ASCII character stands only for itself or for letters; another may
    # stand for its other cases, which need not be word characters.
    if flags & re.IGNORECASE and not char.isascii() and (char.lower() != char or char.upper() != char):
        return False
    if not _WORD_OR_SPACE.match(char):
        consumed.add(char)
    return True
