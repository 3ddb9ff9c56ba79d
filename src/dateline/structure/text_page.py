"""Rebuild the articles of a plain-text page from its classified lines.

Between two body paragraphs lies a *zone* of other lines (headlines, stamps, captions, chrome, bylines, bullets).
A zone opens a new article when it holds a headline and evidence that an article starts there (a stamp, a byline,
the headline printed twice, key points, a dateline on the next paragraph, or the top of the page); otherwise its
short lines are subheads of the article being read.

An input of a few short lines with no chrome in which no article was found (a sentence, a headline, a wire
snippet, a social post) is an article of its own: see :func:`_read_snippet`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from dateline.lexicon import RUN_ON_AGENCIES, is_news_agency, name_alternation
from dateline.model import Article, Caption, Paragraph, Stamp
from dateline.structure.captions import merge_caption_parts, read_caption
from dateline.structure.datelines import find_dateline
from dateline.structure.lines import BYLINE, Line, LineKind, classify_lines
from dateline.structure.stamps import parse_stamp

MAX_SUBHEAD_WORDS = 12
MIN_TITLE_WORDS = 2
# A wider gap than the page puts between paragraphs, above a line this long, starts a new article by itself;
# subheads are shorter than headlines, so a subhead with extra space above it stays a subhead.
MIN_GAP_TITLE_WORDS = 6

# A whole input at most this long, with no chrome, is read as one article even when it holds no full paragraph.
MAX_SNIPPET_CHARS = 600
MAX_SNIPPET_LINES = 5
MIN_SNIPPET_WORDS = 3
# Three or more lines of at most this many words each are a menu or a tag list, not a post.
MAX_MENU_ITEM_WORDS = 3

# "By JANE DOE and JOHN ROE Associated Press": the agency follows the names without a separator.
_TRAILING_AGENCY = re.compile(rf"\s+({name_alternation(RUN_ON_AGENCIES)})$")


@dataclass
class _Draft:
    title: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    captions: list[Caption] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    byline: str | None = None
    agency: str | None = None
    dateline: str | None = None

    @property
    def has_body(self) -> bool:
        return any(kind == "body" for kind, _ in self.blocks)


def read_text_page(page: str, fetched_at: datetime | None = None) -> list[Article]:
    """Segment a plain-text page into articles; articles without a body paragraph are dropped, except that a
    short input with no chrome is an article of its own."""
    lines = classify_lines(page.replace("\r\n", "\n").replace("\r", "\n"))
    gaps = sorted(line.blanks_before for line in lines if line.kind is LineKind.TEXT)
    usual_gap = gaps[len(gaps) // 2] if gaps else 0
    drafts: list[_Draft] = []
    current: _Draft | None = None
    zone: list[Line] = []
    for line in lines:
        if line.kind is LineKind.TEXT:
            current = _resolve_zone(zone, line, current, drafts, fetched_at, usual_gap)
            _add_body(current, line.text)
            zone = []
        else:
            zone.append(line)
    if zone and current is not None:
        _attach(zone, current, fetched_at, opening=False, trailing=True)
    articles = [_build(draft) for draft in drafts if _has_prose(draft)]
    if not articles and len(page.strip()) <= MAX_SNIPPET_CHARS:
        snippet = _read_snippet(lines, fetched_at)
        return [_build(snippet)] if snippet is not None else []
    return articles


# A separator standing alone between words ("World | Business | Sport", "Home › News"): navigation.
_NAVIGATION_SEPARATOR = frozenset("|•·›»/")


def _read_snippet(lines: list[Line], fetched_at: datetime | None) -> _Draft | None:
    """The article of a short input that holds no full paragraph, or None if its lines are boilerplate.

    Every line is text; stamps and bylines are read as they are on any page. The first line is the title only
    when it reads as a headline (a short line with no sentence end) and a blank line sets it apart from the text
    below it: the lines of a social post or a wire snippet follow one another, and each is text.
    """
    if not _is_snippet(lines):
        return None
    content = [line for line in lines if line.kind in (LineKind.TEXT, LineKind.SHORT, LineKind.BULLET)]
    draft = _Draft()
    first = content[0]
    headline = first if len(content) > 1 and _reads_as_headline(first) and content[1].blanks_before else None
    if headline is not None:
        draft.title = headline.text
    for line in lines:
        if line.kind is LineKind.STAMP:
            stamp = parse_stamp(line.text, fetched_at)
            if stamp is not None:
                draft.stamps.append(stamp)
        elif line.kind is LineKind.BYLINE:
            _set_byline(draft, line.text)
        elif line is not headline:
            _add_body(draft, line.text)
    return draft if draft.has_body else None


def _is_snippet(lines: list[Line]) -> bool:
    allowed = (LineKind.TEXT, LineKind.SHORT, LineKind.BULLET, LineKind.STAMP, LineKind.BYLINE)
    if len(lines) > MAX_SNIPPET_LINES or any(line.kind not in allowed for line in lines):
        return False  # chrome, a gallery counter or a caption: what is left of a page, not a text of its own
    content = [line for line in lines if line.kind in (LineKind.TEXT, LineKind.SHORT, LineKind.BULLET)]
    return sum(line.words for line in content) >= MIN_SNIPPET_WORDS and not _is_link_list(content)


def _is_link_list(content: list[Line]) -> bool:
    """Menus, tag lists and stacks of teaser headlines, which a page leaves behind when its articles are cut."""
    if any(sum(word in _NAVIGATION_SEPARATOR for word in line.text.split()) >= 2 for line in content):
        return True  # "World | Business | Sport"
    if len(content) < 3:
        return False
    if all(line.words <= MAX_MENU_ITEM_WORDS for line in content):
        return True
    # Headlines each set apart by a blank line, with no sentence among them; a post's lines follow one another.
    return all(line.kind is LineKind.SHORT for line in content) and all(line.blanks_before for line in content[1:])


def _reads_as_headline(line: Line) -> bool:
    return line.kind is LineKind.SHORT and line.words >= MIN_TITLE_WORDS


def _resolve_zone(
    zone: list[Line],
    next_line: Line,
    current: _Draft | None,
    drafts: list[_Draft],
    fetched_at: datetime | None,
    usual_gap: int,
) -> _Draft:
    title_at = _title_position(zone, next_line, current, usual_gap)
    if title_at is None:
        if current is None:
            current = _Draft()
            drafts.append(current)
            _attach(zone, current, fetched_at, opening=True)
        else:
            _attach(zone, current, fetched_at, opening=False)
        return current
    if current is not None:
        _attach(zone[:title_at], current, fetched_at, opening=False, trailing=True)
        head = zone[title_at:]
    else:
        head = zone
    article = _Draft(title=zone[title_at].text)
    drafts.append(article)
    _attach(head, article, fetched_at, opening=True)
    return article


def _title_position(zone: list[Line], next_line: Line, current: _Draft | None, usual_gap: int) -> int | None:
    """Where the zone's headline stands, if the zone opens a new article."""
    candidates = [
        i
        for i, line in enumerate(zone)
        if line.kind is LineKind.SHORT
        and line.words >= MIN_TITLE_WORDS
        and not (current is not None and _same_headline(line.text, current.title))
    ]
    if not candidates:
        return None
    texts = [_normal(zone[i].text) for i in candidates]
    repeated = [i for i, text in zip(candidates, texts) if texts.count(text) > 1 or _repeated_later(zone, i)]
    title_at = repeated[0] if repeated else max(candidates, key=lambda i: (zone[i].words, -i))
    after = zone[title_at + 1 :]
    title = zone[title_at]
    wide_gap = title.blanks_before >= 2 and title.blanks_before > usual_gap
    strong = (
        current is None
        or (wide_gap and title.words >= MIN_GAP_TITLE_WORDS)
        or bool(repeated)
        or any(line.kind in (LineKind.STAMP, LineKind.BYLINE) for line in after)
        or find_dateline(next_line.text) is not None
    )
    weak = sum(
        (
            any(line.kind is LineKind.BULLET for line in after),
            any(line.kind in (LineKind.COUNTER, LineKind.CAPTION) for line in after),
            any(line.kind is LineKind.CHROME for line in after),
            wide_gap,
        )
    )
    return title_at if strong or weak >= 2 else None


def _attach(
    zone: list[Line], draft: _Draft, fetched_at: datetime | None, *, opening: bool, trailing: bool = False
) -> None:
    """Put a zone's lines on the article they belong to; chrome is dropped.

    In a zone that ends an article (``trailing``) short lines are tags and related links, not subheads:
    a subhead always has body text after it.
    """
    previous: Line | None = None
    listed = _link_list_lines(zone)
    for line in zone:
        kind = line.kind
        if kind is LineKind.CHROME or kind is LineKind.COUNTER:
            continue
        if kind is LineKind.STAMP:
            stamp = parse_stamp(line.text, fetched_at)
            if stamp is not None:
                draft.stamps.append(stamp)
        elif kind is LineKind.CAPTION:
            caption = read_caption(line.text, line.caption_index, line.caption_total)
            merged = None
            if previous is not None and previous.kind is LineKind.CAPTION and draft.captions:
                merged = merge_caption_parts(draft.captions[-1], caption)
            if merged is not None:
                draft.captions[-1] = merged
            else:
                draft.captions.append(caption)
        elif kind is LineKind.BYLINE:
            _set_byline(draft, line.text)
        elif kind is LineKind.BULLET:
            if opening and not draft.has_body:
                draft.key_points.append(line.text)
            else:
                _add_body(draft, line.text)
        elif kind is LineKind.SHORT and not trailing and line.number not in listed:
            _add_short(draft, line)
        previous = line


_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _has_prose(draft: _Draft) -> bool:
    """An article has at least one real sentence paragraph; a run of teasers or menu items has none.

    A dateline only ever opens a real story, so a short one that has it ("LISBON: Ruiz thanked her allies.") stays.
    """
    needed = 3 if draft.dateline else 8
    return any(
        kind == "body" and len(text.split()) >= needed and _PROSE_END.search(text) for kind, text in draft.blocks
    )


def _link_list_lines(zone: list[Line]) -> set[int]:
    """Line numbers of runs of three or more short lines: menus, tag lists and related links, never subheads."""
    listed: set[int] = set()
    run: list[Line] = []
    for line in [*zone, None]:
        if line is not None and line.kind is LineKind.SHORT:
            run.append(line)
            continue
        if len(run) >= 3:
            listed.update(item.number for item in run)
        run = []
    return listed


def _add_short(draft: _Draft, line: Line) -> None:
    if _same_headline(line.text, draft.title):
        return  # the headline printed again above the body
    if line.words > MAX_SUBHEAD_WORDS:
        _add_body(draft, line.text)
    elif draft.has_body:
        draft.blocks.append(("subhead", line.text))
    elif draft.title is None and line.words >= MIN_TITLE_WORDS:
        draft.title = line.text
    # Anything else is a section label or kicker above the headline ("World", "Europe"): not article text.


def _add_body(draft: _Draft, text: str) -> None:
    if not draft.has_body:
        found = find_dateline(text)
        if found is not None:
            draft.dateline = found.place
            draft.agency = draft.agency or (canonical_agency(found.agency) if found.agency else None)
            text = text[found.end :].lstrip()
    draft.blocks.append(("body", text))


def _set_byline(draft: _Draft, text: str) -> None:
    match = BYLINE.match(text)
    assert match is not None
    names = match.group("names").strip()
    trailing_agency = _TRAILING_AGENCY.search(names)
    if trailing_agency and trailing_agency.start() > 0:
        draft.agency = draft.agency or canonical_agency(trailing_agency.group(1))
        names = names[: trailing_agency.start()].rstrip(" ,|-–—")
    pieces = [piece.strip() for piece in re.split(r"\s*[,|]\s*|\s+[-–—]\s+", names) if piece.strip()]
    if len(pieces) > 1 and is_news_agency(pieces[-1]):
        draft.agency = draft.agency or canonical_agency(pieces[-1])
        names = ", ".join(pieces[:-1])
    draft.byline = draft.byline or names


_AGENCY_SHORT_NAMES = {
    "associated press": "AP", "the associated press": "AP", "agence france-presse": "AFP", "reuters": "Reuters",
}  # fmt: skip


def canonical_agency(name: str) -> str:
    """One name per agency, so "Associated Press" in a byline and "(AP)" in a dateline agree."""
    return _AGENCY_SHORT_NAMES.get(name.strip().lower(), name.strip())


def _build(draft: _Draft) -> Article:
    texts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for kind, text in draft.blocks:
        if texts:
            offset += 2  # the blank line between paragraphs
        paragraphs.append(Paragraph(start=offset, end=offset + len(text), kind="subhead" if kind == "subhead" else "body"))
        texts.append(text)
        offset += len(text)
    published = next((s.value for s in draft.stamps if s.kind == "published" and s.value), None)
    updated = next((s.value for s in draft.stamps if s.kind == "updated" and s.value), None)
    return Article(
        text="\n\n".join(texts),
        paragraphs=paragraphs,
        title=draft.title,
        published=published,
        updated=updated,
        dateline=draft.dateline,
        byline=draft.byline,
        agency=draft.agency,
        key_points=draft.key_points,
        subheads=[text for kind, text in draft.blocks if kind == "subhead"],
        captions=draft.captions,
        stamps=draft.stamps,
    )


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def _same_headline(text: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = _normal(text), _normal(title)
    if a == b:
        return True
    # "Headline | Site name" and "Headline - Site" repeat the headline with a suffix.
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 20 and longer.startswith(shorter) and len(shorter) >= 0.7 * len(longer)


def _repeated_later(zone: list[Line], at: int) -> bool:
    return any(_same_headline(line.text, zone[at].text) for line in zone[at + 1 :] if line.kind is LineKind.SHORT)
