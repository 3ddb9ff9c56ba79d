"""The records the stages add to an article: entities, quotes, times, places, and room for events and counts.

Every record that refers to text carries ``start``/``end`` character offsets into its article's ``text``. Field
order is output order, and the annotations are the output contract: the JSON Schema in ``docs/schema`` is generated
from these types (``dateline.schema``), and ``to_dict``/``from_dict`` (in ``dateline.model``) read them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar

import msgspec
from msgspec import Meta

from dateline.errors import DatelineError, Errors

R = TypeVar("R", bound="Record")

Offset = Annotated[int, Meta(ge=0, description="A character offset into the article's text.")]
Country = Annotated[str, Meta(pattern="^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code.")]
# A [start, end] pair; a list rather than a tuple so that a record's dict form is exactly what JSON gives back.
Span = Annotated[list[Offset], Meta(min_length=2, max_length=2)]
QuoteKind = Literal["direct", "partial", "indirect"]
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "indirect")
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceFeature = Literal["country", "admin1", "city", "water", "region", "continent", "facility"]


def doc(text: str) -> Meta:
    """A field's description in the generated schema."""
    return Meta(description=text)


class Record:
    """What every record shares: ``to_dict`` gives its output form, ``from_dict`` reads that back (E016 if it is not)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)

    @classmethod
    def from_dict(cls: type[R], data: Any) -> R:
        return convert(data, cls)


def convert(data: Any, kind: type[Any]) -> Any:
    """``data`` (as ``to_dict`` gives it, or parsed from JSON) as an object of ``kind``, checked field by field."""
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as error:
        raise DatelineError(Errors.E016, what=kind.__name__, detail=str(error)) from None


# --- entities -----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class EntityMention(Record):
    """Where the article names an entity: ``text == article.text[start:end]``."""

    start: Offset
    end: Offset
    text: str


@dataclass(slots=True, kw_only=True)
class Entity(Record):
    """A person, organisation, place or group the article names, with its collection-wide id."""

    id: Annotated[str, doc("The same person has the same id in every article of a collection: 'person:sergei-lavrov'.")]
    name: Annotated[str, doc("The collection's name for it, fixed when the id was first given.")]
    type: Annotated[str, doc("PERSON, ORG, GPE, LOC, NORP, FAC, ...")]
    aliases: list[str] = field(default_factory=list)
    titles: Annotated[list[str], doc("Titles and roles the article gives: 'Foreign Minister', 'caretaker president'.")] = field(
        default_factory=list
    )
    country: Country | None = None
    mentions: list[EntityMention] = field(default_factory=list)
    place: Annotated[str | None, doc("For a place entity, the id of its record in the article's places.")] = None


# --- times ----------------------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class TimeExpression(Record):
    """A time expression, normalised as a TIMEX3 value at the granularity the text gives: '2019-05-14', '2019-04',
    '2019-W20', '2019-Q3', '199' (a decade), 'P2Y', 'PT90M', 'XXXX-01-03' (no anchor to give the year), 'PAST_REF'."""

    text: Annotated[str, doc("The expression as written: text[start:end] of the article.")]
    start: Offset
    end: Offset
    type: TimexType
    value: Annotated[str, Meta(min_length=1)]
    mod: Annotated[
        str | None, doc("TIMEX3 modifier: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS.")
    ] = None


# --- quotes ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class QuotePerson(Record):
    """A speaker or addressee: the local mention the attribution attaches to, and who it turned out to be."""

    text: Annotated[str, doc("The mention: 'Putin', 'he', 'The caretaker president', 'Justice First'.")]
    start: Offset
    end: Offset
    entity: Annotated[str | None, doc("The id of the article's entity this is (for a pronoun or title, the one it resolved to).")]
    name: Annotated[str, doc("The entity's name, else the name a pronoun or title resolved to, else the mention itself.")]


@dataclass(slots=True, kw_only=True)
class QuoteDate(Record):
    """When the sentence says the words were said."""

    text: Annotated[str, doc("The date as the sentence gives it: 'late Saturday', 'on Sunday'.")]
    start: Offset
    end: Offset
    value: Annotated[str | None, doc("Its value from the times stage, when that stage resolved the same words.")] = None


@dataclass(slots=True, kw_only=True)
class Quote(Record):
    """Who said what, to whom, where. ``start``/``end`` span the content (for a quote split around its attribution,
    from the first piece to the last); ``text`` is the pieces joined by a space."""

    id: Annotated[str, Meta(pattern=r"^q\d+$", description="q1, q2, ... in text order within the article.")]
    kind: Annotated[
        QuoteKind,
        doc("direct: an utterance in quotation marks; partial: reported speech holding quoted words; indirect: without marks."),
    ]
    text: str
    start: Offset
    end: Offset
    pieces: Annotated[list[Span], Meta(min_length=1, description="The spans making up the content, in order.")]
    verbatim: Annotated[list[Span], doc("The spans inside quotation marks: all of a direct quote, the quoted words of a partial one.")]
    speaker: QuotePerson | None = None
    addressee: Annotated[QuotePerson | None, doc("Whom the words were addressed to: 'Putin told Pompeo' gives Pompeo.")] = None
    cue: Annotated[str | None, doc("The reporting verb or phrase as printed: 'said', 'told', 'hit back', 'according to'.")] = None
    channel: Annotated[str | None, doc("Where it was said: 'X', 'a statement', 'reporters'.")] = None
    date: QuoteDate | None = None
    continues: Annotated[str | None, doc("The id of the quote this unattributed quote carries on.")] = None


# --- places ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PlaceMention(Record):
    """Where the article names a place."""

    start: Offset
    end: Offset
    text: str
    metonymic: Annotated[
        bool, doc("This mention stands for the place's government or people: 'Washington said', 'sanctions imposed by Moscow'.")
    ] = False


@dataclass(slots=True, kw_only=True)
class Place(Record):
    """A place the article or its dateline names, resolved against the packaged gazetteer. Several names of one place
    ('US', 'the United States') make one record."""

    id: Annotated[
        str,
        Meta(
            pattern=r"^(gn|iso|dl|u):.+$",
            description="'gn:<GeoNames id>'; 'iso:<ISO 3166-2>' for a region without one; 'dl:<key>' for a sea or region "
            "of dateline's own table; 'u:<name>' for an unresolved place. The same place has the same id in every article.",
        ),
    ]
    name: Annotated[str, doc("The gazetteer's name ('New York City' for 'New York'); as written for an unresolved place.")]
    geonameid: int | None = None
    lat: Annotated[float, Meta(ge=-90, le=90)] | None = None
    lon: Annotated[float, Meta(ge=-180, le=180)] | None = None
    country: Annotated[Country | None, doc("For an unresolved place, the country the text puts it in.")] = None
    feature: Annotated[PlaceFeature | None, doc("None for an unresolved place that is not a named facility.")] = None
    mentions: Annotated[
        list[PlaceMention], doc("Empty for a place only the dateline names (the dateline is not part of the text).")
    ] = field(default_factory=list)
    metonymic: Annotated[bool, doc("At least one mention is metonymic.")] = False
    resolved: Annotated[bool, doc("False when no gazetteer holds the place: then geonameid, lat and lon are None.")] = False
    dateline: Annotated[bool, doc("This is the place the article's dateline names.")] = False
    near: Annotated[str | None, doc("For an unresolved place: the id of the place the text puts it near ('east of Caracas').")] = None
    relation: Annotated[str | None, doc("For an unresolved place: how the text relates it to 'near': 'east of', 'outside'.")] = None


# --- events and counts: the types the events stage fills --------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class EventActor(Record):
    """An actor or recipient of an event, linked to the article's entity where there is one."""

    text: str
    name: str
    entity: Annotated[str | None, doc("The id of the article's entity.")] = None
    code: Annotated[str | None, doc("CAMEO-style actor code: country and sector, 'USAGOV', 'RUSMIL', 'NGO'.")] = None


@dataclass(slots=True, kw_only=True)
class EventDate(Record):
    text: str | None = None
    value: Annotated[str | None, doc("TIMEX3 value at the granularity the text gives.")] = None


@dataclass(slots=True, kw_only=True)
class EventPlace(Record):
    name: str
    country: Country | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass(slots=True, kw_only=True)
class TextSpan(Record):
    """A stretch of the article's text."""

    start: Offset
    end: Offset
    text: str | None = None


@dataclass(slots=True, kw_only=True)
class Event(Record):
    """Who did what to whom, when and where: a PLOVER event with its closest CAMEO code, and why it was coded."""

    id: str
    type: Annotated[str, doc("One of PLOVER's 16 event types: CONSULT, ACCUSE, PROTEST, ...")]
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: Annotated[str | None, doc("Zero-padded CAMEO code, as deep as the text supports: '042', '0211', '18'.")] = None
    quad_class: Annotated[int, Meta(ge=1, le=4)] | None = None
    goldstein: Annotated[float, Meta(ge=-10, le=10)] | None = None
    actors: list[EventActor] = field(default_factory=list)
    recipients: list[EventActor] = field(default_factory=list)
    date: EventDate | None = None
    place: EventPlace | None = None
    trigger: TextSpan | None = None
    sentence: TextSpan | None = None
    negated: bool = False
    hypothetical: bool = False
    quote: Annotated[str | None, doc("The id of the quote the event is reported in.")] = None
    mentions: list[TextSpan] = field(default_factory=list)
    confidence: Annotated[float, Meta(ge=0, le=1)] = 0.0
    evidence: Annotated[str | None, doc("The rule or pattern that coded it.")] = None


@dataclass(slots=True, kw_only=True)
class Count(Record):
    """A counted group the text reports: '800 to 1,200 political prisoners', 'thousands protested'."""

    text: str
    start: Offset
    end: Offset
    min: int | None = None
    max: int | None = None
    approximate: bool = False
    object: str | None = None
    type: str | None = None


# --- collection events: one real event across the articles that report it ------------------------------------------


@dataclass(slots=True, kw_only=True)
class EventReference(Record):
    """One article's event that reports a collection event."""

    article: Annotated[str, doc("The id of the article.")]
    event: Annotated[str, doc("The id of the event in that article's events: 'e2'.")]


@dataclass(slots=True, kw_only=True)
class CollectionEvent(Record):
    """One real event as a collection reports it: the articles' events that tell it, counted once each."""

    id: Annotated[
        str,
        Meta(
            pattern=r"^ce-[0-9a-f]{16}(-\d+)?$",
            description="A hash of type, actors, recipients, date and place: the same for the same input on every run.",
        ),
    ]
    type: Annotated[str, doc("The PLOVER event type: CONSULT, ACCUSE, PROTEST, ...")]
    cameo: Annotated[str | None, doc("The CAMEO code most of its reports give.")] = None
    actors: list[EventActor] = field(default_factory=list)
    recipients: list[EventActor] = field(default_factory=list)
    date: Annotated[EventDate | None, doc("The most precise date its reports give.")] = None
    place: EventPlace | None = None
    mentions: Annotated[list[EventReference], doc("Every article's event that reports it, by article id and event id.")] = (
        field(default_factory=list)
    )
    num_mentions: Annotated[int, Meta(ge=0, description="How often the articles tell it: the sum of their events' mentions (an event listing none counts once).")] = 0
    num_articles: Annotated[int, Meta(ge=0, description="How many distinct articles report it.")] = 0
    first_seen: Annotated[str | None, doc("The earliest publication stamp among the articles that report it.")] = None
    last_seen: Annotated[str | None, doc("The latest publication stamp among them.")] = None
