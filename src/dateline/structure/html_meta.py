"""What a news page says about itself outside the article text: headline, publication and update times, authors
and canonical address, from ``<meta>`` tags, schema.org JSON-LD and microdata.

Publishers fill these for search engines and social cards, so they are more regular than the visible page;
where they disagree, structured data (JSON-LD) wins over social tags, which win over generic meta names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from lxml import etree
from lxml import html as lxml_html

from dateline.lexicon import RUN_ON_AGENCIES, is_news_agency, name_alternation
from dateline.structure.html_blocks import normal_key, normalise_space
from dateline.structure.html_dom import class_words, in_furniture, visible_text
from dateline.structure.stamps import is_stamp_line, parse_absolute

_ARTICLE_TYPES = re.compile(r"(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly)?Article$|"
                            r"BlogPosting$|LiveBlogPosting$|Report$|SocialMediaPosting$")  # fmt: skip

_PUBLISHED_NAMES = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "publishdate",
    "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published", "cxenseparse:recs:publishtime",
    "published_time", "release_date", "originalpublicationdate",
)  # fmt: skip
_UPDATED_NAMES = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "lastmod",
    "last-modified", "dcterms.modified", "article.updated", "modified_time", "revision_date",
)  # fmt: skip
_AUTHOR_NAMES = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
_SITE_NAMES = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")
_TITLE_NAMES = ("og:title", "twitter:title", "headline", "sailthru.title", "parsely-title", "dc.title")
MIN_YEAR = 1900
MAX_BYLINE_WORDS = 10
# Authors come as a list, sometimes a list of lists; JSON nested deeper than that is not a list of people.
MAX_LIST_NESTING = 3
_BY = re.compile(r"^(?:(?:posted|written|words|story)\s+)?by\b\s*:?\s*", re.IGNORECASE)
_BYLINE_HINT = re.compile(
    r"byline|author-?name|(?:^|[\s_-])(?:author|authors|writer|reporter)(?:$|[\s_-])", re.IGNORECASE
)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")
_TRAILING_AGENCY = re.compile(rf"\s({name_alternation(RUN_ON_AGENCIES)})$")
_DATE_WORDS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|"
    r"august|september|october|november|december)"
)
_DATE_WORD = re.compile(_DATE_WORDS, re.IGNORECASE)
_AUTHOR_TAIL = re.compile(
    rf"\s+(?:(?:published|updated|posted|is an?|was an?|writes|reports)\b|{_DATE_WORDS}\b).*$", re.IGNORECASE
)


@dataclass(slots=True)
class PageMeta:
    """Everything the page's head and structured data say about the article."""

    titles: list[str] = field(default_factory=list)  # best first
    site_names: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)  # from schema.org data
    meta_authors: list[str] = field(default_factory=list)  # from <meta name="author"> and the like
    url: str | None = None


def read_meta(tree: lxml_html.HtmlElement) -> PageMeta:
    """Collect the page's own description of its article."""
    meta = PageMeta()
    tags = _meta_tags(tree)
    objects = list(_article_objects(tree))
    for obj in objects:
        _add(meta.titles, _text_value(obj.get("headline")))
        meta.published = meta.published or to_iso(_text_value(obj.get("datePublished")))
        meta.updated = meta.updated or to_iso(_text_value(obj.get("dateModified")))
        for name in _person_names(obj.get("author")):
            _add_person(meta.authors, name)
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            _add(meta.site_names, _text_value(publisher.get("name")))
    for name in _TITLE_NAMES:
        _add(meta.titles, tags.get(name))
    for value in _itemprop_values(tree, "headline"):
        _add(meta.titles, value)
    meta.published = (
        meta.published or _first_time(tags, _PUBLISHED_NAMES) or _first_iso(_itemprop_values(tree, "datePublished"))
    )
    meta.updated = (
        meta.updated or _first_time(tags, _UPDATED_NAMES) or _first_iso(_itemprop_values(tree, "dateModified"))
    )
    for name in _AUTHOR_NAMES:
        author = tags.get(name)
        if author and not _looks_like_address(author):
            for piece in re.split(r"\s*[;|,]\s*", author):
                _add_person(meta.meta_authors, piece)
    for name in _SITE_NAMES:
        site = tags.get(name)
        if site:
            _add(meta.site_names, site.lstrip("@"))
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    for candidate in [*(str(c) for c in canonical), tags.get("og:url", "")]:
        if candidate.startswith(("http://", "https://")):
            meta.url = candidate.strip()
            break
    return meta


def to_iso(value: str | None) -> str | None:
    """An ISO 8601 value at the precision given: a date stays a date; UTC is written with ``Z``."""
    if not value:
        return None
    value = value.strip()
    # Epoch seconds and bare numbers are ambiguous; a date must show a four-digit year.
    if not re.search(r"\b\d{4}\b", value):
        return None
    iso = parse_absolute(value)
    # Content systems print "0001-01-01T00:00:00Z" for a missing date.
    if iso is None or int(iso[:4]) < MIN_YEAR:
        return None
    return iso


def clean_title(title: str | None, site_names: list[str], url: str | None) -> str | None:
    """The headline without a trailing or leading site name ("Headline | Site", "Site - Headline")."""
    if not title:
        return None
    title = normalise_space(title)
    pieces = _TITLE_SEPARATOR.split(title)
    if len(pieces) < 2:
        return title or None
    site_keys = {normal_key(name) for name in site_names if name}
    host = urlparse(url).hostname or "" if url else ""
    host_words = {part for part in re.split(r"[.\-]", host.casefold()) if len(part) > 2} - {"www", "com", "net", "org"}

    def is_site(piece: str) -> bool:
        key = normal_key(piece)
        if not key:
            return False
        if key in site_keys or any(key and (key in site or site in key) for site in site_keys if len(site) > 3):
            return True
        compact = key.replace(" ", "")
        return len(piece.split()) <= 4 and any(word == compact or word in compact for word in host_words)

    while len(pieces) > 1 and is_site(pieces[-1]):
        pieces.pop()
    while len(pieces) > 1 and is_site(pieces[0]):
        pieces.pop(0)
    if len(pieces) == 1:
        return pieces[0]
    # Separators also occur inside headlines ("Brexit: what next"); rebuild the rest as printed.
    start = title.find(pieces[0])
    end = title.rfind(pieces[-1]) + len(pieces[-1])
    return title[start:end] if start >= 0 and end > start else " ".join(pieces)


def split_agency(byline: str | None) -> tuple[str | None, str | None]:
    """Separate a wire agency named at the end of a byline ("Jane Doe, Reuters") from the people."""
    if not byline:
        return None, None
    if is_news_agency(byline):
        return byline, byline
    pieces = [piece.strip() for piece in re.split(r"\s*[,;|]\s*|\s+[-–—]\s+", byline) if piece.strip()]
    if len(pieces) > 1 and is_news_agency(pieces[-1]):
        return ", ".join(pieces[:-1]), pieces[-1]
    # "JANE DOE Associated Press": the agency follows the names without a separator.
    trailing = _TRAILING_AGENCY.search(byline)
    if trailing and trailing.start() > 0:
        return byline[: trailing.start()].rstrip(" ,;|-–—"), trailing.group(1)
    return byline, None


def clean_author(author: str) -> str | None:
    """An extracted author without the words that byline boxes run into it ("Published", a weekday, "is a reporter")."""
    name = normalise_space(_AUTHOR_TAIL.sub("", author)).strip(" ,;|-–—")
    if not name or not any(c.isalpha() for c in name) or _DATE_WORD.fullmatch(name):
        return None
    return name


def is_site_name(name: str, site_names: list[str]) -> bool:
    """Whether ``name`` is the publication itself ("Business Insider" on "Business Insider Deutschland")."""
    key = normal_key(name)
    return any(key == site or (len(site) > 3 and len(key) > 3 and (key in site or site in key))
               for site in (normal_key(s) for s in site_names) if site)  # fmt: skip


def visible_byline(root: etree._Element, scope: etree._Element | None) -> str | None:
    """The byline printed near the article: ``rel="author"`` links, ``itemprop="author"``, or a byline box."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"meta", "link", "script", "style"}:
            continue
        marked = element.get("rel") == "author" or (element.get("itemprop") or "").startswith("author")
        if not marked and not _BYLINE_HINT.search(class_words(element)):
            continue
        if in_furniture(element, stop=scope):
            continue
        name = _BY.sub("", visible_text(element).strip(" ,|·•")).strip(" ,|")
        words = name.split()
        if (
            1 < len(words) <= MAX_BYLINE_WORDS
            and name[0].isupper()
            and not re.search(r"\d|[.!?]$", name)
            and not is_stamp_line(name)
        ):
            return clean_author(name)
    return None


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), normalise_space(content))
    return tags


def _article_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Schema.org objects of an article type from every JSON-LD block, nested ``@graph`` included."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip()
        if raw:
            yield from _walk_objects(_load_json(raw), depth=0)


def _load_json(raw: str) -> Any:
    """The data of a JSON-LD block, or ``None`` when it is not JSON even after the usual repairs."""
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    except RecursionError:
        return None  # nested deeper than the decoder goes: no schema.org object looks like that
    # Some sites end the block with a stray comma or wrap it in a CDATA comment.
    unwrapped = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)  # //<![CDATA[ … //]]>
    try:
        return json.loads(re.sub(r",\s*([}\]])", r"\1", unwrapped), strict=False)
    except (ValueError, RecursionError):
        return None


def _walk_objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_objects(item, depth + 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and _ARTICLE_TYPES.search(kind) for kind in kinds):
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                yield from _walk_objects(data[key], depth + 1)


def _person_names(value: Any, depth: int = 0) -> Iterator[str]:
    if isinstance(value, str):
        if not _looks_like_address(value):
            yield from (piece for piece in re.split(r"\s*[;|]\s*", value) if piece)
    elif isinstance(value, dict):
        name = _text_value(value.get("name"))
        if name and not _looks_like_address(name):
            yield name
    elif isinstance(value, list) and depth < MAX_LIST_NESTING:
        for item in value:
            yield from _person_names(item, depth + 1)


def _text_value(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if isinstance(value, (str, int, float)) and str(value).strip():
        return normalise_space(str(value))
    return None


def _itemprop_values(tree: lxml_html.HtmlElement, prop: str) -> list[str]:
    values = []
    for element in tree.xpath(f"//*[@itemprop='{prop}']"):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if value and value.strip():
            values.append(normalise_space(value))
    return values


def _first_time(tags: dict[str, str], names: tuple[str, ...]) -> str | None:
    return _first_iso(tags[name] for name in names if name in tags)


def _first_iso(values: Iterable[str]) -> str | None:
    for value in values:
        iso = to_iso(value)
        if iso:
            return iso
    return None


def _looks_like_address(value: str) -> bool:
    return bool(re.match(r"^(?:https?:|www\.|/)", value.strip())) or "@" in value and "." in value.split("@")[-1]


def _add_person(names: list[str], value: str | None) -> None:
    """Add a person's name once, without a "By" in front; user-name slugs ("kevin-r") are not names."""
    if not value:
        return
    name = _BY.sub("", normalise_space(value)).strip(" ,")
    if not name or not name[0].isupper() or (" " not in name and re.search(r"[-_\d]", name)):
        return
    if all(normal_key(name) != normal_key(other) for other in names):
        names.append(name)


def _add(values: list[str], value: str | None) -> None:
    if value:
        value = normalise_space(value)
        if value and value not in values:
            values.append(value)
