"""Rebuild the article of an HTML page: trafilatura finds the body, and the rest is read back from the page.

trafilatura is good at telling the article body from page furniture, and keeps headings and paragraphs apart
in its XML tree. What it drops or leaves raw is recovered here, so an HTML page gives the same record as a
plain-text page: the headline without the site name, publication and update times from the page's structured
data, the byline, captions and their credits, key points, the dateline that opens the first paragraph, and a
body without share buttons, newsletter prompts or "Read more" links.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from dateline.model import Article, Caption, Paragraph, Stamp
from dateline.structure.datelines import find_dateline
from dateline.structure.html_blocks import Block, is_chrome, normal_key, tree_blocks
from dateline.structure.html_depth import parse_bounded
from dateline.structure.html_dom import class_words, headline_elements, in_furniture, visible_text
from dateline.structure.html_figures import read_captions
from dateline.structure.html_keypoints import KeyPoints, read_key_points
from dateline.structure.html_meta import (
    PageMeta,
    clean_author,
    clean_title,
    is_site_name,
    read_meta,
    split_agency,
    to_iso,
    visible_byline,
)
from dateline.structure.lines import BYLINE
from dateline.structure.stamps import is_stamp_line, parse_stamp

# trafilatura reports pages it cannot use at ERROR level; for dateline that is an ordinary empty result,
# and without a handler Python would print it on stderr.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# Extraction settings: comments are not the article, and precision mode drops more teasers and link lists.
EXTRACTOR_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": True, "favor_precision": True}
# A cascade from cheap and precise to thorough: trafilatura's own algorithm alone, then also its comparison with
# readability and jusText, then without the precision bias. A page moves on only while it has too little text.
EXTRACTION_PASSES: tuple[dict[str, Any], ...] = (
    {"fast": True},
    {"fast": False},
    {"fast": False, "favor_precision": False},
)
# Below this many words, a pass is suspected of having lost the article.
MIN_PRECISE_WORDS = 60
MAX_BYLINE_WORDS = 12
# An article has at least one paragraph of prose this long; shorter lines alone are labels or link lists.
MIN_PROSE_WORDS = 8
MIN_PROSE_LETTERS = 40
# Bylines and stamps printed as paragraphs sit at the top of the body.
OPENING_BLOCKS = 4
MAX_STAMPS = 4

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STAMP_SPLIT = re.compile(r"\s+(?=(?:last\s+)?(?:updated|published|posted|modified)\b)", re.IGNORECASE)
_STAMP_HINT = re.compile(r"date|time|stamp|publish|updated|posted|modified", re.IGNORECASE)


@dataclass
class _Body:
    blocks: list[Block] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    byline: str | None = None
    dateline: str | None = None
    agency: str | None = None


def read_html_page(html: str, fetched_at: datetime | None = None, url: str | None = None) -> list[Article]:
    """The article of an HTML page, or ``[]`` when the page holds no article text. Never raises on bad HTML."""
    tree, markup = _parse(_clean_markup(html))
    if tree is None:
        return []
    document = _extract(markup, url)
    if document is None:
        return []
    blocks = tree_blocks(getattr(document, "body", None))
    if not any(block.kind == "body" for block in blocks):
        return []
    meta = read_meta(tree)
    extracted = _ExtractorMeta(tree, url)
    page_url = url or meta.url
    title = _title(tree, meta, extracted, page_url)
    # List items may be key points that trafilatura kept; the article is located by its first real paragraph.
    first_body = next((b.text for b in blocks if b.kind == "body" and not b.item), None)
    anchor = find_anchor(tree, first_body or next(b.text for b in blocks if b.kind == "body"))
    scope, certain = article_scope(anchor)
    captions = read_captions(tree, scope if certain else None)
    key_points = read_key_points(tree, anchor, scope)
    body = _clean_body(blocks, title, captions, key_points, fetched_at)
    if not any(block.kind == "body" and _is_prose(block.text) for block in body.blocks):
        return []  # menus, link lists and labels are not an article
    stamps = _page_stamps(tree, scope if certain else None, fetched_at, body.stamps)
    byline, agency = split_agency(
        body.byline
        or _authors(meta)
        or visible_byline(scope if certain else tree, scope)
        or _extracted_authors(meta, extracted)
    )
    published = meta.published or _stamp_value(stamps, "published") or to_iso(extracted.get("date"))
    updated = meta.updated or _stamp_value(stamps, "updated")
    return [
        _build(
            body.blocks,
            title=title,
            published=published,
            updated=updated,
            dateline=body.dateline,
            byline=byline,
            agency=body.agency or agency,
            key_points=key_points.items,
            captions=captions,
            stamps=stamps,
            url=page_url,
        )
    ]


def _clean_markup(html: str) -> str:
    # An XML declaration with an encoding makes lxml refuse a str (the text is decoded already), and so does a
    # stray control character anywhere in the page.
    return _CONTROL_CHARACTERS.sub("", re.sub(r"^\s*<\?xml[^>]*>", "", html or "", count=1))


def _parse(markup: str) -> tuple[lxml_html.HtmlElement | None, str]:
    """The page's tree, and the markup to extract from: the page itself, or a shallower copy of a page nested
    deeper than the parser reads."""
    if not markup.strip() or "<" not in markup:
        return None, markup
    try:
        tree, markup = parse_bounded(markup, lambda text, parser: lxml_html.document_fromstring(text, parser=parser))
    except (etree.ParserError, ValueError, TypeError):
        return None, markup
    return (tree if len(tree) else None), markup


def _extract(markup: str, url: str | None) -> Any:
    """trafilatura's document for the page; ``None`` when it finds no article.

    trafilatura is given the markup rather than dateline's tree: its own loader repairs and prunes the page the
    way its extraction rules expect (about 0.3 points of F1 on the article-extraction benchmark).
    """
    from trafilatura import bare_extraction

    best: Any = None
    for options in EXTRACTION_PASSES:
        try:
            document = bare_extraction(markup, url=url, **{**EXTRACTOR_OPTIONS, **options})
        except Exception:  # noqa: BLE001 - arbitrary pages must give [] and a clear error upstream, not a traceback
            logging.getLogger("dateline").debug("trafilatura failed on %s", url, exc_info=True)
            continue
        if document is not None and (best is None or _words(document) > _words(best)):
            best = document
        if best is not None and _words(best) >= MIN_PRECISE_WORDS:
            break
    return best


class _ExtractorMeta:
    """trafilatura's reading of the page's metadata (it also finds bylines in the page text), computed only when
    the page's own tags leave a gap: it costs about as much as the body extraction itself."""

    def __init__(self, tree: lxml_html.HtmlElement, url: str | None) -> None:
        self._tree = tree
        self._url = url
        self._document: Any = None
        self._done = False

    def get(self, name: str) -> str | None:
        if not self._done:
            self._done = True
            from trafilatura import extract_metadata

            try:
                # On a copy: the extractor may strip parts of the tree it reads.
                self._document = extract_metadata(copy.deepcopy(self._tree), default_url=self._url)
            except Exception:  # noqa: BLE001 - metadata is optional; a failure must not lose the article
                logging.getLogger("dateline").debug("trafilatura metadata failed on %s", self._url, exc_info=True)
        value = getattr(self._document, name, None)
        return str(value) if value else None


def _words(document: Any) -> int:
    body = getattr(document, "body", None)
    if body is None:
        return 0
    return len(" ".join(body.itertext()).split())


def find_anchor(tree: lxml_html.HtmlElement, paragraph: str) -> etree._Element | None:
    """The page element that holds ``paragraph`` (the first of the body), to locate the article in the page."""
    key = normal_key(paragraph)[:80]
    if not key:
        return None
    short = key[:30]
    for element in tree.iter("p"):
        if normal_key(visible_text(element)).startswith(short):
            return element
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag not in {"script", "style"} and element.text:
            if normal_key(element.text).startswith(short):
                return element
    return None


def article_scope(anchor: etree._Element | None) -> tuple[etree._Element | None, bool]:
    """The element that contains the article around ``anchor``, and whether the page marks it as such."""
    if anchor is None:
        return None, False
    guess: etree._Element | None = None
    for level, ancestor in enumerate(anchor.iterancestors()):
        if ancestor.tag in {"body", "html"}:
            break
        if ancestor.tag in {"article", "main"} or ancestor.get("itemprop") == "articleBody":
            if ancestor.get("itemprop") == "articleBody" and ancestor.getparent() is not None:
                # The article body rarely holds the headline and lead photo; its parent usually does.
                parent = ancestor.getparent()
                if parent is not None and parent.tag not in {"body", "html"}:
                    return parent, True
            return ancestor, True
        if level == 2:
            guess = ancestor
    return guess, False


def _title(tree: lxml_html.HtmlElement, meta: PageMeta, fallback: _ExtractorMeta, url: str | None) -> str | None:
    titles = [title for title in (clean_title(raw, meta.site_names, url) for raw in meta.titles) if title]
    headlines = [visible_text(h1) for h1 in headline_elements(tree)]
    keys = [normal_key(title) for title in titles]
    for headline in headlines:
        key = normal_key(headline)
        if key and any(_similar(key, other) for other in keys):
            return headline
    if titles:
        return titles[0]
    if len(headlines) == 1 and len(headlines[0].split()) >= 2:
        return headlines[0]
    return clean_title(fallback.get("title"), meta.site_names, url)


def _similar(a: str, b: str) -> bool:
    if a == b or (len(a) >= 20 and (a.startswith(b) or b.startswith(a))):
        return True
    words_a, words_b = set(a.split()), set(b.split())
    return len(words_a & words_b) >= 0.7 * max(len(words_a), len(words_b), 1)


def _clean_body(
    blocks: list[Block], title: str | None, captions: list[Caption], key_points: KeyPoints, fetched_at: datetime | None
) -> _Body:
    """Drop chrome and repeats of the headline, captions and key points; lift stamps, a byline and the dateline."""
    body = _Body()
    title_key = normal_key(title or "")
    caption_keys = {normal_key(c.text) for c in captions if c.text} | {
        normal_key(f"{c.text} {c.credit}") for c in captions if c.text and c.credit
    }
    point_keys = {normal_key(point) for point in key_points.items}
    label_keys = {normal_key(label) for label in key_points.labels}
    for position, block in enumerate(blocks):
        text, key = block.text, normal_key(block.text)
        opening = not any(b.kind == "body" for b in body.blocks) or position < OPENING_BLOCKS
        if title_key and key == title_key and opening:
            continue
        if key in caption_keys or (block.item and key in point_keys) or key in label_keys or is_chrome(text):
            continue
        if is_stamp_line(text):
            stamp = parse_stamp(text, fetched_at)
            if stamp is not None:
                body.stamps.append(stamp)
                continue
        if opening and body.byline is None and _is_byline(text):
            match = BYLINE.match(text)
            assert match is not None
            body.byline = match.group("names").strip()
            continue
        if block.kind == "body" and not any(b.kind == "body" for b in body.blocks):
            found = find_dateline(text)
            if found is not None:
                body.dateline = found.place
                body.agency = found.agency
                text = text[found.end :].lstrip()
                if not text:
                    continue
        body.blocks.append(Block(block.kind, text, block.item))
    return body


def _is_prose(text: str) -> bool:
    # Chinese and Japanese write sentences without spaces, so letters count as well as words.
    return len(text.split()) >= MIN_PROSE_WORDS or sum(c.isalpha() for c in text) >= MIN_PROSE_LETTERS


def _is_byline(text: str) -> bool:
    return bool(BYLINE.match(text)) and len(text.split()) <= MAX_BYLINE_WORDS and not text.endswith(".")


def _page_stamps(
    tree: lxml_html.HtmlElement, scope: etree._Element | None, fetched_at: datetime | None, found: list[Stamp]
) -> list[Stamp]:
    """Published/updated lines printed near the headline, which extractors leave out of the body."""
    stamps = list(found)
    seen = {stamp.text for stamp in stamps}
    root = scope if scope is not None else tree
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"script", "style", "meta"}:
            continue
        if element.tag != "time" and not _STAMP_HINT.search(class_words(element)):
            continue
        if in_furniture(element, stop=scope):
            continue
        # One box often holds both lines: "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago".
        for text in _STAMP_SPLIT.split(visible_text(element)):
            if not text or text in seen or not is_stamp_line(text):
                continue
            stamp = parse_stamp(text, fetched_at)
            if stamp is None:
                continue
            if not stamp.resolved:
                stamp = _with_machine_time(stamp, element)
            seen.add(text)
            stamps.append(stamp)
        if len(stamps) >= MAX_STAMPS:
            break
    return stamps


def _with_machine_time(stamp: Stamp, element: etree._Element) -> Stamp:
    """A relative "Updated 3 hours ago" resolved by the exact time its ``<time datetime>`` carries."""
    for node in element.iter("time"):
        if node.get("datetime") and (node is element or visible_text(node) in stamp.text):
            value = to_iso(node.get("datetime"))
            if value:
                return Stamp(kind=stamp.kind, text=stamp.text, value=value, resolved=True)
    return stamp


def _stamp_value(stamps: list[Stamp], kind: str) -> str | None:
    return next((stamp.value for stamp in stamps if stamp.kind == kind and stamp.value), None)


def _authors(meta: PageMeta) -> str | None:
    """Authors named in the page's structured data, not counting the publication itself."""
    for source in (meta.authors, meta.meta_authors):
        names = [name for name in source if not is_site_name(name, meta.site_names)]
        if names:
            return ", ".join(names)
    return None


def _extracted_authors(meta: PageMeta, fallback: _ExtractorMeta) -> str | None:
    """trafilatura's byline, for pages that mark none up in a way dateline reads."""
    extracted = fallback.get("author")
    if not extracted:
        return None
    names: list[str] = []
    for piece in extracted.split(";"):
        name = clean_author(piece)
        if name and not is_site_name(name, meta.site_names) and all(normal_key(name) != normal_key(n) for n in names):
            names.append(name)
    return ", ".join(names) or None


def _build(blocks: list[Block], **fields: Any) -> Article:
    texts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        if texts:
            offset += 2  # the blank line between paragraphs
        paragraphs.append(Paragraph(start=offset, end=offset + len(block.text), kind=block.kind))
        texts.append(block.text)
        offset += len(block.text)
    return Article(
        text="\n\n".join(texts),
        paragraphs=paragraphs,
        subheads=[block.text for block in blocks if block.kind == "subhead"],
        **fields,
    )
