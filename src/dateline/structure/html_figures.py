"""Photo captions of an HTML page, from ``<figure>``/``<figcaption>`` and WordPress-style caption boxes.

Extractors drop captions from the body text; here they are read back with their credits. A credit marked up
on its own (``<span class="credit">``, ``<cite>``) is taken as is; otherwise the credit printed at the end of the
caption ("(AP)", "AFP/Getty Images") is split off by :func:`dateline.structure.captions.read_caption`.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from dateline.model import Caption
from dateline.structure.captions import looks_like_credit, read_caption
from dateline.structure.html_blocks import is_chrome
from dateline.structure.html_dom import class_words, in_furniture, visible_text
from dateline.structure.lines import COUNTER

_CREDIT_HINT = re.compile(r"credit|copyright|photographer|attribution|rights|byline|author|source", re.IGNORECASE)
_CAPTION_HINT = re.compile(r"caption", re.IGNORECASE)
_CREDIT_PREFIX = re.compile(
    r"^\s*(?:\(|©\s*|(?:photo(?:graph)?|image|picture|pic|foto|credit|source)s?(?:\s*credit)?"
    r"(?:\s*by\b|\s*[:|\-–—.…]+)\s*)+",
    re.IGNORECASE,
)
# Gallery captions that open with their counter: "1of 4 Grass Valley's …", "2 / 5 A shopper …".
_LEADING_COUNTER = re.compile(r"^(?P<index>\d{1,3})\s*(?:of|/)\s*(?P<total>\d{1,3})\s+(?=\S)")
_WP_CAPTION_BOX = re.compile(r"(?:^|\s)wp-caption(?:\s|$)")
MAX_CAPTION_WORDS = 120
LEAD_SIBLINGS = 2


def read_captions(tree: lxml_html.HtmlElement, scope: etree._Element | None = None) -> list[Caption]:
    """The captions of the page's photos, in page order, without duplicates or captions of promoted stories.

    With ``scope`` (the element the page marks as the article), only photos inside it count, and the lead photo
    that many sites set in a header just above it.
    """
    captions: list[Caption] = []
    seen: set[tuple[str, str | None, int | None]] = set()
    roots = [tree] if scope is None else [*_header_candidates(scope), scope]
    for box in (box for root in roots for box in _caption_boxes(root)):
        if in_furniture(box, stop=scope):
            continue
        caption = _read_box(box)
        if caption is None:
            continue
        key = (caption.text, caption.credit, caption.index)
        if key not in seen:
            seen.add(key)
            captions.append(caption)
    return captions


def _header_candidates(scope: etree._Element) -> list[etree._Element]:
    """The few elements just before the article (and before its parent), in page order."""
    found: list[etree._Element] = []
    level: etree._Element | None = scope
    for _ in range(2):
        if level is None or level.tag in {"body", "html"}:
            break
        siblings = [s for s in level.itersiblings(preceding=True) if isinstance(s.tag, str)][:LEAD_SIBLINGS]
        found[:0] = reversed(siblings)
        level = level.getparent()
    return found


def _caption_boxes(tree: etree._Element) -> list[etree._Element]:
    boxes: list[etree._Element] = []
    for element in tree.iter("figure", "div"):
        if element.tag == "figure":
            if element.find(".//figure") is not None and element.find("figcaption") is None:
                continue  # a gallery wrapper: its photos are read one by one
            boxes.append(element)
        elif _WP_CAPTION_BOX.search(element.get("class") or "") and not any(
            ancestor.tag == "figure" for ancestor in element.iterancestors()
        ):
            boxes.append(element)
    return boxes


def _read_box(box: etree._Element) -> Caption | None:
    caption_element = _caption_element(box)
    credit_elements = [
        element
        for element in box.iterdescendants()
        if isinstance(element.tag, str)
        and element is not caption_element
        and (_CREDIT_HINT.search(class_words(element)) or _CREDIT_HINT.search(element.get("itemprop") or "")
             or element.tag == "cite")
        and not any(element in other.iterdescendants() for other in box.iterdescendants("figure"))
        and (caption_element is None or not _is_within(caption_element, element))
    ]  # fmt: skip
    counter_elements = [
        element
        for element in box.iterdescendants()
        if isinstance(element.tag, str) and len(element) == 0 and COUNTER.match((element.text or "").strip())
    ]
    credit = _credit_text(credit_elements)
    if credit is None and caption_element is not None:
        last = _credit_like_last_child(caption_element)
        if last is not None:
            credit_elements.append(last)
            credit = _credit_text([last])
    text = ""
    if caption_element is not None:
        text = visible_text(caption_element, skip=set(credit_elements) | set(counter_elements))
    if not text and credit is None:
        return None
    if len(text.split()) > MAX_CAPTION_WORDS:
        return None
    index = total = None
    if counter_elements:
        match = COUNTER.match((counter_elements[0].text or "").strip())
        assert match is not None
        index, total = int(match.group("index")), int(match.group("total"))
    leading = _LEADING_COUNTER.match(text)
    if leading and index is None:
        index, total = int(leading.group("index")), int(leading.group("total"))
        text = text[leading.end() :]
    if text and is_chrome(text):
        return None  # "Need more space? Subscribe to our sister title…" set as a caption
    caption = read_caption(text, index, total) if text else Caption(text="", index=index, total=total)
    if credit is not None:
        caption.credit = credit
    if not caption.text and caption.credit is None:
        return None
    return caption


def _caption_element(box: etree._Element) -> etree._Element | None:
    own = box.find("figcaption")
    if own is not None:
        return own
    for element in box.iterdescendants("figcaption"):
        return element
    for element in box.iterdescendants():
        if isinstance(element.tag, str) and _CAPTION_HINT.search(class_words(element)):
            return element
    return None


def _credit_like_last_child(caption_element: etree._Element) -> etree._Element | None:
    """A caption set as two pieces of markup, the text and then the credit, without a class that says so."""
    children = [child for child in caption_element if isinstance(child.tag, str)]
    if len(children) < 2:
        return None
    text = visible_text(children[-1])
    if text and looks_like_credit(text) and not text.endswith((".", "!", "?")):
        return children[-1]
    return None


def _credit_text(elements: list[etree._Element]) -> str | None:
    # Nested credit markup (<span class="credit"><span class="credit-name">) is one credit, read from the outermost.
    outermost = [e for e in elements if not any(e in other.iterdescendants() for other in elements if other is not e)]
    for element in outermost:
        text = _CREDIT_PREFIX.sub("", visible_text(element)).strip(" ()[]|")
        if text and len(text.split()) <= 15:
            return text
    return None


def _is_within(element: etree._Element, container: etree._Element) -> bool:
    current: etree._Element | None = element
    while current is not None:
        if current is container:
            return True
        current = current.getparent()
    return False
