"""An article's text as HTML, paragraph by paragraph, with its records marked where their offsets say.

Quotes, event triggers, entity and place mentions and time expressions become nested ``<span>``/``<a>`` elements
with classes the style sheet colours; where two overlap, each stretch of text is wrapped in every mark that
covers it (closed and opened again at each boundary), so the HTML always nests. All text is escaped: the marks
are the only markup, and their attributes are escaped as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from dateline.model import Article

# Outer marks first: a quote holds a trigger, which holds an entity's name.
_LAYER = {"quote": 0, "event": 1, "entity": 2, "place": 2, "time": 3}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str
    anchor: str | None = None
    href: str | None = None

    def open(self, first: bool) -> str:
        classes = f"mark {self.kind}"
        anchor = f' id="{escape(self.anchor)}"' if first and self.anchor else ""
        title = f' title="{escape(self.label)}"'
        if self.href:
            return f'<a class="{classes}" href="{escape(self.href)}"{anchor}{title}>'
        return f'<span class="{classes}"{anchor}{title}>'

    def close(self) -> str:
        return "</a>" if self.href else "</span>"


def entity_href(entity_id: str) -> str:
    return "/entities/" + url_quote(entity_id, safe="")


def marks(article: Article) -> list[Mark]:
    found: list[Mark] = []
    for quote in article.quotes or ():
        speaker = quote.speaker.name if quote.speaker else "unattributed"
        for start, end in quote.pieces:
            found.append(Mark(start, end, "quote", f"{quote.id}: {speaker}", anchor=quote.id))
    for event in article.events or ():
        if event.trigger is not None:
            actors = ", ".join(actor.name for actor in event.actors) or "?"
            label = f"{event.type} {event.cameo or ''} by {actors}" + (" (did not happen)" if event.negated else "")
            found.append(Mark(event.trigger.start, event.trigger.end, "event negated" if event.negated else "event", label,
                              anchor=event.id))  # fmt: skip
    for entity in article.entities or ():
        for mention in entity.mentions:
            found.append(Mark(mention.start, mention.end, f"entity {entity.type.lower()}", f"{entity.name} ({entity.type})",
                              href=entity_href(entity.id)))  # fmt: skip
    covered = {(m.start, m.end) for m in found if m.kind.startswith("entity")}
    for place in article.places or ():
        for place_mention in place.mentions:
            if (place_mention.start, place_mention.end) not in covered:
                found.append(Mark(place_mention.start, place_mention.end, "place", f"{place.name} ({place.country or '?'})"))
    for time in article.times or ():
        found.append(Mark(time.start, time.end, "time", f"{time.type} {time.value}"))
    return [mark for mark in found if 0 <= mark.start < mark.end <= len(article.text)]


def paragraphs_html(article: Article) -> list[Markup]:
    """Each paragraph of the article as marked-up, escaped HTML (its kind, body or subhead, is the caller's)."""
    every = marks(article)
    out = []
    for paragraph in article.paragraphs:
        inside = [m for m in every if m.start < paragraph.end and m.end > paragraph.start]
        out.append(Markup(_marked(article.text, paragraph.start, paragraph.end, inside)))
    return out


def _marked(text: str, start: int, end: int, inside: list[Mark]) -> str:
    bounds = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    opened: set[Mark] = set()
    parts = []
    for left, right in zip(bounds, bounds[1:]):
        covering = sorted((m for m in inside if m.start <= left and m.end >= right), key=lambda m: (_LAYER.get(m.kind.split()[0], 9), m.start, -m.end))
        piece = str(escape(text[left:right]))
        for mark in reversed(covering):
            first = mark not in opened
            opened.add(mark)
            piece = mark.open(first) + piece + mark.close()
        parts.append(piece)
    return "".join(parts)
