"""Classify every line of a plain-text page from layout and wording cues that hold across sites.

A line's kind here is intrinsic (what the line looks like on its own); where it sits among its neighbours
(a headline or a subhead, which article a caption belongs to) is decided by :mod:`dateline.structure.text_page`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from dateline.structure.captions import CAPTION_PREFIX, has_trailing_credit
from dateline.structure.stamps import is_bare_date_line, is_stamp_line


class LineKind(str, Enum):
    COUNTER = "counter"  # gallery counter: "1 / 3", "Image 2 of 5"
    CAPTION = "caption"
    STAMP = "stamp"
    CHROME = "chrome"
    BYLINE = "byline"
    BULLET = "bullet"
    SHORT = "short"  # no sentence ending: a headline, a subhead or a section label
    TEXT = "text"  # a sentence-like paragraph


@dataclass(slots=True)
class Line:
    kind: LineKind
    text: str  # stripped of surrounding white space and any bullet glyph
    number: int  # 0-based line number in the page
    blanks_before: int = 0
    caption_index: int | None = None
    caption_total: int | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|gallery)\s*)?(?P<index>\d{1,3})\s*(?:/|of)\s*(?P<total>\d{1,3})$", re.IGNORECASE
)
# An em dash opens attributions ("— Commissioner Starks"), so it is no bullet.
BULLET = re.compile(r"^[•·▪●◦‣∙*\-–]\s+(?=\S)")
BYLINE = re.compile(r"^by\s+(?P<names>[A-Z][^\n]{1,120})$", re.IGNORECASE)

_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|messenger|pinterest|bluesky|threads|instagram)"
)
CHROME = re.compile(
    r"^(?:"
    r"follow(?: us)?(?: on .{1,30})?|follow @?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} on " + _SOCIAL + r"|following|unfollow|share(?: this(?: article| story| page)?)?(?: on " + _SOCIAL + r")?|"
    r"share via .{1,20}|tweet|email|e-mail|print|print this(?: article)?|copy(?: the)? link|link copied|save|saved|"
    r"bookmark|gift(?: this)? article|comments?|\d+ comments?|view comments|show comments|leave a comment|"
    # A blog's category line, "Posted in World News | 10 Comments"; with a date in it, it is a stamp.
    r"(?:posted|filed) (?:in|under):? [^.!?|\d]{1,60}(?:\| ?(?:\d[\d,]*|no|one) comments?)?|"
    r"read more|read more:.*|read next|read next:.*|related|related:.*|related (?:articles?|stories|coverage|content|topics)|"
    r"see also:.*|also read:.*|more:.*|more from .{1,40}|more on this story|recommended(?: for you)?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|latest(?: news)?|"
    r"advertisement|advertising|ad|sponsored(?: content)?|skip (?:advertisement|ad)|"
    r"story continues below(?: advertisement)?|article continues below(?: advertisement)?|"
    r"continue reading(?: below)?|continue reading the main story|scroll to continue(?: with content)?|"
    r"subscribe(?: now| today| to .{1,40})?|sign up(?: for .{1,60}| now| here)?|newsletter|"
    r"(?:get|join) our .{0,30}newsletters?.*|sign up to our .{0,40}|"
    r"listen(?: to this article)?(?: \d+ min)?|\d+ min(?:ute)?s? read|\d+ min(?:ute)?s? listen|"
    r"loading\.*|watch|watch:.*|video|play video|click here.*|tap here.*|download (?:the|our) app.*|back to top|"
    r"log ?in|sign ?in|register|menu|search|home|close|open in app|skip to .{1,60}|jump to .{1,40}|"
    r"accept(?: all)? cookies|we use cookies.*|all rights reserved.*|©.*|\(c\) \d{4}.*|"
    r"(?:reporting|writing|editing|additional reporting) by .{2,200}|"
    r"don'?t miss.*|you may also like|you might also like|more stories|next article|previous article|"
    r"related topics|topics|tags?:.*|supported by|reporting from .{1,60}|leer en español|lire en français|"
    r"read (?:this )?in (?:english|spanish|french|arabic|chinese)|_{3,}|-{3,}|\*{3,}|={3,}|"
    r"reply|leave a (?:comment|reply).*|cancel reply|post (?:a )?comment|submit|you must be logged in.*|"
    r"previous post|next post|you may also like:?|e-?edition|ipad app|iphone app|written by .{1,40}|"
    r"(?:this article|this story) (?:was|is) (?:related to|tagged).*|load more(?: comments)?|show more"
    r")$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.,;:]$|[.!?,][\"”’')\]]+$")
# A paragraph that is one quotation ("“No one tells us what to do”") is speech, never a subhead.
_WHOLLY_QUOTED = re.compile(r"^[\"“«„‘].*[\"”»“’]$")
_STARTS_LIKE_TITLE = re.compile(r"^[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ]")


def classify_lines(page: str) -> list[Line]:
    """Classify each non-blank line; blank lines are folded into ``blanks_before`` of the next one."""
    lines: list[Line] = []
    blanks = 0
    caption_pending: tuple[int, int] | None = None
    for number, raw in enumerate(page.split("\n")):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        line = classify_line(stripped, number, blanks)
        blanks = 0
        if line.kind is LineKind.COUNTER:
            match = COUNTER.match(stripped)
            assert match is not None
            caption_pending = (int(match.group("index")), int(match.group("total")))
        elif caption_pending is not None:
            # Whatever follows a gallery counter is that photo's caption.
            if line.kind not in (LineKind.STAMP, LineKind.CHROME):
                line.kind = LineKind.CAPTION
                line.caption_index, line.caption_total = caption_pending
            caption_pending = None
        lines.append(line)
    return _join_hard_wraps(lines)


def classify_line(stripped: str, number: int, blanks_before: int = 0) -> Line:
    kind, text = _kind_of(stripped)
    return Line(kind=kind, text=text, number=number, blanks_before=blanks_before)


# Markup and template residue that scrapers leave in text: "/.entry-content", "#post-##", "&lt;span …", a style or
# script block "{color: red; margin: 0}", a template's "{{title}}" (but not a sentence someone put in braces: it
# has no ":", ";" or "=").
MARKUP_RESIDUE = re.compile(
    r"^[/#.{}<\[][\w.\-#/:\]]*$|&(?:amp;)*(?:lt|gt);|</?[a-z][a-z0-9]*(?:\s[^>]*)?>|^\{(?:\{[^{}]*\}|[^\s{}]*|[^{}]*[:;=][^{}]*)\}$"
)


def _kind_of(stripped: str) -> tuple[LineKind, str]:
    if MARKUP_RESIDUE.search(stripped):
        return LineKind.CHROME, stripped
    if COUNTER.match(stripped):
        return LineKind.COUNTER, stripped
    if is_stamp_line(stripped) or is_bare_date_line(stripped):
        return LineKind.STAMP, stripped
    bare = stripped.strip(" |>»›")
    if CHROME.match(bare) and len(bare.split()) <= 40:
        return LineKind.CHROME, stripped
    if not any(c.isalpha() for c in stripped):
        return LineKind.CHROME, stripped  # ranks, rules and stray symbols: "1", "·", "* * *"
    if bullet := BULLET.match(stripped):
        return LineKind.BULLET, stripped[bullet.end() :].strip()
    if BYLINE.match(stripped) and len(stripped.split()) <= 12 and not stripped.rstrip().endswith("."):
        return LineKind.BYLINE, stripped
    if CAPTION_PREFIX.match(stripped) or has_trailing_credit(stripped):
        return LineKind.CAPTION, stripped
    if is_short(stripped):
        return LineKind.SHORT, stripped
    return LineKind.TEXT, stripped


def is_short(text: str) -> bool:
    """A line with no sentence ending: headline, subhead or label material."""
    if not _STARTS_LIKE_TITLE.match(text) or not any(c.isalpha() for c in text):
        return False
    if _SENTENCE_END.search(text) or _WHOLLY_QUOTED.match(text):
        return False
    words = len(text.split())
    if text.endswith(("?", "!")):
        return words <= 14
    return words <= 30


def _join_hard_wraps(lines: list[Line]) -> list[Line]:
    """Rejoin paragraphs that were wrapped at a fixed width.

    A line carries on into the next when the next starts in lower case, or, on a page wrapped at a fixed width
    (no line longer than ~120 characters), when it fills most of that width and ends mid-sentence. A headline
    (the page's first line, or one after two blank lines) is never joined to what follows it.
    """
    longest = max((len(line.text) for line in lines), default=0)
    wrap_width = longest if 40 <= longest <= 120 else None
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and line.blanks_before == 0
            and previous.kind in (LineKind.TEXT, LineKind.SHORT)
            and line.kind in (LineKind.TEXT, LineKind.SHORT)
            and not re.search(r"[.!?:\"”]$", previous.text)
            and (
                line.text[:1].islower()
                or (
                    wrap_width is not None
                    and len(previous.text) >= 0.6 * wrap_width
                    and previous is not joined[0]
                    and previous.blanks_before < 2
                )
            )
        ):
            previous.text = f"{previous.text} {line.text}"
            previous.kind = classify_line(previous.text, previous.number).kind
            continue
        joined.append(line)
    return joined
