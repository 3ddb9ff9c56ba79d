"""Small questions asked of a page's DOM: an element's visible text, its class and id words, and whether it
sits in page furniture (navigation, sidebars, promotions, footers) rather than in the article.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from dateline.structure.html_blocks import normalise_space

# Class and id words of page furniture; matched on word pieces so "related-articles" and "RelatedStories" both hit.
_FURNITURE = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|navigation|menu|sidebar|side-bar|aside|footer|related|recommend\w*|promo\w*|"
    r"teaser\w*|outbrain|taboola|newsletter|subscribe|signup|share|sharing|social|comments?|cookie\w*|banner|"
    r"advert\w*|ads?|sponsor\w*|most-?(?:read|popular|viewed)|trending|more-?stories|read-?more|breadcrumbs?)"
    r"(?:$|[\s_\-])",
    re.IGNORECASE,
)
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "noscript", "template", "select"})
_SCREEN_READER = re.compile(
    r"(?:^|\s)(?:off-?screen|sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|a11y-hidden|u-hidden|is-hidden|"
    r"hidden)(?:\s|$)",
    re.IGNORECASE,
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "button", "svg"})
# Elements whose end is a word break even where the markup runs their text into the next.
_SPACED_TAGS = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "span", "figcaption", "cite"})


def class_words(element: etree._Element) -> str:
    """An element's class and id, as one string of words to match hints against."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def in_furniture(element: etree._Element, stop: etree._Element | None = None, max_depth: int = 5) -> bool:
    """Whether ``element`` or a near ancestor is navigation, a sidebar, a promotion or a footer.

    The walk ends at ``stop`` (the article's container) or after ``max_depth`` levels: page-wide wrappers such as
    ``<body class="has-sidebar">`` say nothing about the element itself.
    """
    current: etree._Element | None = element
    depth = 0
    while current is not None and current is not stop and depth <= max_depth:
        tag = current.tag if isinstance(current.tag, str) else ""
        if tag in {"body", "html"}:
            return False
        if tag in _FURNITURE_TAGS:
            return True
        words = class_words(current)
        if words and _FURNITURE.search(_split_camel(words)):
            return True
        current = current.getparent()
        depth += 1
    return False


def visible_text(element: etree._Element, skip: set[etree._Element] | None = None) -> str:
    """The text a reader sees in ``element``: scripts, styles and the ``skip`` elements left out."""
    parts: list[str] = []
    _collect(element, parts, skip or set())
    return normalise_space("".join(parts))


def is_hidden(element: etree._Element) -> bool:
    """Text for screen readers only ("Image caption", "Image copyright") or hidden by its style."""
    if element.get("hidden") is not None:
        return True
    if _SCREEN_READER.search(element.get("class") or ""):
        return True
    return bool(_DISPLAY_NONE.search(element.get("style") or ""))


def _collect(element: etree._Element, parts: list[str], skip: set[etree._Element]) -> None:
    # A loop over what is pending rather than recursion: how deep the tree goes is the page's choice.
    pending: list[etree._Element | str] = [element]
    while pending:
        node = pending.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in _INVISIBLE_TAGS or node in skip or is_hidden(node):
            continue
        if tag == "br":
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        if tag in _SPACED_TAGS:
            pending.append(" ")
        for child in reversed(node):
            if child.tail:
                pending.append(child.tail)
            pending.append(child)


def headline_elements(tree: lxml_html.HtmlElement) -> list[etree._Element]:
    """The page's ``<h1>`` elements that are not page furniture (a logo in a ``<h1>`` is furniture)."""
    return [h1 for h1 in tree.iter("h1") if not in_furniture(h1) and visible_text(h1)]


def _split_camel(words: str) -> str:
    # "relatedStories" and "RelatedStories" are written as one token on many sites.
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "-", words)
