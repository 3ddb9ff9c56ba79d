"""Turn the body tree an extractor kept into ordered text blocks, and tell page chrome from article text.

The extractor's tree uses a small vocabulary (``p``, ``head``, ``list``/``item``, ``quote``, ``table``/``row``/``cell``,
``lb``); every block element starts a new paragraph and a line break splits one, because sites that separate
paragraphs with ``<br>`` are as common as sites that use ``<p>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from dateline.structure.lines import CHROME

BlockKind = Literal["body", "subhead"]

# Elements of the extractor's tree that open a paragraph of their own.
_BLOCK_TAGS = frozenset(
    {"body", "doc", "main", "div", "p", "head", "list", "item", "quote", "table", "row", "code", "section", "article"}
)
_SKIPPED_TAGS = frozenset({"graphic", "comments", "note"})
_SPACES = re.compile(r"\s+")

# A heading this long is a standfirst or a paragraph set in a heading style, not a subhead.
MAX_SUBHEAD_WORDS = 25

# Calls to action that sites print between paragraphs: newsletters, apps, following, sharing.
_CALL_TO_ACTION = re.compile(
    r"^(?:[>»›|•\-–—*]\s*)?(?:"
    r"sign up|subscribe|get (?:our|the|a) |join (?:our|the) |download (?:our|the) |click here|tap here|"
    r"follow\b|get (?:access|unlimited|full access)\b|"
    r"share (?:this|on|via)|like us on|don'?t miss|want more|need more|never miss|enjoy(?:ing)? (?:this|our)|"
    r"support (?:our|independent) journalism|become a (?:member|subscriber)|already a subscriber|"
    r"to continue reading|you have reached|"
    r"this (?:article|story|content) is (?:only )?(?:available|for) (?:to )?subscribers"
    r")\b",
    re.IGNORECASE,
)
_PROMO_WORDS = re.compile(
    r"\b(newsletters?|inbox|subscri\w+|apps?|alerts|podcasts?|facebook|twitter|instagram|whatsapp|telegram|"
    r"youtube|linkedin|e-?mail alerts?|notifications|sign in|log in|journalism|members?hip)\b",
    re.IGNORECASE,
)
_LABEL_PREFIX = re.compile(
    r"^(?:read more|read also|also read|related|related articles?|related stories|see also|more|more from|recommended|"
    r"watch|listen|advertisement|filed under|tags|topics|categories)\s*[:|>»›\-–—]\s*\S",
    re.IGNORECASE,
)
_MAX_PROMO_WORDS = 30


@dataclass(slots=True)
class Block:
    kind: BlockKind
    text: str
    item: bool = False  # an entry of a bulleted or numbered list


def tree_blocks(body: etree._Element | None) -> list[Block]:
    """The paragraphs of an extractor body tree, in reading order, with white space collapsed."""
    if body is None:
        return []
    collector = _Collector()
    collector.walk(body)
    collector.flush()
    return collector.blocks


@dataclass(slots=True)
class _Close:
    """The end of a block element: its paragraph ends, and the kind of the block around it applies again."""

    kind: BlockKind
    item: bool


# What is left to do, last first: elements to enter, text to add, blocks to close.
_Pending = list[etree._Element | str | _Close]


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.kind: BlockKind = "body"
        self.item = False

    def flush(self) -> None:
        text = normalise_space("".join(self.parts))
        self.parts = []
        if not text or not any(c.isalnum() for c in text):
            return
        kind = self.kind
        if kind == "subhead" and len(text.split()) > MAX_SUBHEAD_WORDS:
            kind = "body"
        self.blocks.append(Block(kind, text, self.item))

    def walk(self, root: etree._Element) -> None:
        # A loop over what is pending rather than recursion: how deep the tree goes is the page's choice.
        pending: _Pending = []
        self._enter(root, pending, top=True)
        while pending:
            step = pending.pop()
            if isinstance(step, str):
                self.parts.append(step)
            elif isinstance(step, _Close):
                self.flush()
                self.kind, self.item = step.kind, step.item
            else:
                self._enter(step, pending)

    def _enter(self, element: etree._Element, pending: _Pending, top: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:  # comments and processing instructions carry no article text, but their tails do
            self._add(element.tail)
            return
        if tag in _SKIPPED_TAGS:
            self._add(element.tail)
            return
        if tag == "lb":
            self.flush()
            self._add(element.tail)
            return
        if tag == "cell":
            if element.getprevious() is not None:
                self.parts.append(" | ")
            self._inline(element, pending)
            return
        if tag in _BLOCK_TAGS:
            self.flush()
            if element.tail and not top:
                pending.append(element.tail)
            pending.append(_Close(self.kind, self.item))
            if tag == "head":
                self.kind = "subhead"
            elif tag == "item":
                self.item = True
            self._add(element.text)
            pending.extend(reversed(element))
            return
        self._inline(element, pending)

    def _inline(self, element: etree._Element, pending: _Pending) -> None:
        self._add(element.text)
        if element.tail:
            pending.append(element.tail)
        pending.extend(reversed(element))

    def _add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


def normal_key(text: str) -> str:
    """A comparison key that ignores case, punctuation and spacing."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def is_chrome(text: str) -> bool:
    """Share buttons, "Read more" links, newsletter prompts and advertisement labels, never a sentence of news."""
    bare = text.strip(" |>»›•")
    words = len(bare.split())
    if not bare:
        return True
    if CHROME.match(bare) and words <= 40:
        return True
    if words > _MAX_PROMO_WORDS:
        return False
    if _CALL_TO_ACTION.match(bare) and _PROMO_WORDS.search(bare):
        return True
    # "Read more: <other headline>" and "Related: <link>" point away from the article.
    return bool(_LABEL_PREFIX.match(bare)) and words <= 20
