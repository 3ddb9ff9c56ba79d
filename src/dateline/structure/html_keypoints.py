"""Key points of an HTML article: the short bullet list many sites print between the headline and the body,
or anywhere in a box marked as highlights, key points, a summary or takeaways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from dateline.structure.html_dom import class_words, in_furniture, visible_text

_KEY_POINTS_HINT = re.compile(
    r"key[-_ ]?points?|keypoints|highlights?|summary|takeaways?|key[-_ ]?facts|tl-?;?dr|at-a-glance|story-?bullets",
    re.IGNORECASE,
)
MIN_ITEMS = 2
MAX_ITEMS = 10
MIN_ITEM_WORDS = 3
# An unmarked list is only taken for key points when its items read like sentences, not like menu entries.
MIN_UNMARKED_ITEM_WORDS = 5
MAX_ITEM_WORDS = 80
MAX_LABEL_WORDS = 5
# Links covering most of an item make it a navigation entry or a related-story teaser.
MAX_LINK_SHARE = 0.6


@dataclass(slots=True)
class KeyPoints:
    items: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # the box's own heading ("Key points"), not article text


def read_key_points(
    tree: lxml_html.HtmlElement, anchor: etree._Element | None, scope: etree._Element | None
) -> KeyPoints:
    """Key points from a marked box, else from a list just above the first body paragraph (``anchor``)."""
    for element in (scope if scope is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in {"body", "html", "head", "meta", "script", "style"}:
            continue
        words = class_words(element)
        if not words or not _KEY_POINTS_HINT.search(words) or in_furniture(element, stop=scope):
            continue
        if anchor is not None and (element is anchor or element in anchor.iterancestors()):
            continue  # a box around the body itself ("story-summary-and-body") is not a summary
        items = list_items(element, MIN_ITEM_WORDS)
        if items:
            return KeyPoints(items, _labels(element))
    if anchor is None:
        return KeyPoints()
    for candidate in _lists_before(anchor, scope):
        items = list_items(candidate, MIN_UNMARKED_ITEM_WORDS)
        if items:
            return KeyPoints(items)
    return KeyPoints()


def _labels(box: etree._Element) -> list[str]:
    labels = []
    for element in box.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "header", "p", "span", "div"):
        if element.find(".//li") is None and element.getparent() is not None and element.tag != "li":
            text = visible_text(element)
            in_item = any(ancestor.tag == "li" for ancestor in element.iterancestors())
            if text and len(text.split()) <= MAX_LABEL_WORDS and not in_item:
                labels.append(text)
    return labels


def list_items(element: etree._Element, min_words: int) -> list[str]:
    """The items of the first list in ``element`` if they look like key points, else nothing."""
    found = element if element.tag in {"ul", "ol"} else element.find(".//ul")
    if found is None:
        found = element.find(".//ol")
    if found is None:
        return []
    entries = [child for child in found if child.tag == "li"]
    if not MIN_ITEMS <= len(entries) <= MAX_ITEMS:
        return []
    items: list[str] = []
    for entry in entries:
        text = visible_text(entry)
        words = len(text.split())
        if words < min_words or words > MAX_ITEM_WORDS or _link_share(entry, text) > MAX_LINK_SHARE:
            return []
        if text.endswith(("...", "…")):
            return []  # a cut-off teaser of another story
        items.append(text)
    return items


def _lists_before(anchor: etree._Element, scope: etree._Element | None) -> list[etree._Element]:
    """Lists between the headline and ``anchor``, nearest first; none when no headline is met on the way up."""
    found: list[etree._Element] = []
    current = anchor
    levels = 0
    while current is not None and current is not scope and levels < 6:
        for sibling in current.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == "h1" or sibling.find(".//h1") is not None:
                found.extend(reversed(_lists_after_headline(sibling)))
                return found
            lists = [e for e in sibling.iter("ul", "ol") if not in_furniture(e, stop=sibling.getparent())]
            found.extend(reversed(lists))
        current = current.getparent()
        levels += 1
    # Without a headline above it, a list is as likely a ticker or a menu as a summary of this article.
    return []


def _lists_after_headline(element: etree._Element) -> list[etree._Element]:
    lists: list[etree._Element] = []
    seen_headline = False
    for node in element.iter():
        if node.tag == "h1":
            seen_headline = True
        elif seen_headline and node.tag in {"ul", "ol"} and not in_furniture(node, stop=element.getparent()):
            lists.append(node)
    return lists


def _link_share(entry: etree._Element, text: str) -> float:
    if not text:
        return 1.0
    linked = sum(len(visible_text(link)) for link in entry.iter("a"))
    return linked / len(text)
