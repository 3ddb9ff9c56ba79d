"""Attributions as found, and the quote records they become: what was said, by whom, to whom, where and when."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.quotes.syntax import Mention
from dateline.records import Quote, QuoteDate, QuoteKind, QuotePerson

Kind = QuoteKind


@dataclass(slots=True)
class Person:
    """A speaker or addressee: the local mention, and who it turned out to be.

    ``name`` is the entity's name when the mention links to one, else the name of the mention a pronoun or title
    resolved to, else the mention's own text.
    """

    mention: Mention
    entity: str | None = None
    name: str | None = None

    def record(self) -> QuotePerson:
        mention = self.mention
        return QuotePerson(text=mention.text, start=mention.start, end=mention.end, entity=self.entity, name=self.name or mention.text)


@dataclass(slots=True)
class Found:
    """One attribution as found, before ids and entity links are given.

    ``pieces`` are the spans making up what was said (one, or several for a split or multi-paragraph quote);
    ``verbatim`` the spans inside quotation marks (the same as ``pieces`` for a direct quote, the marked
    fragments for a partial one, none for an indirect one).
    """

    kind: Kind
    pieces: list[tuple[int, int]]
    verbatim: list[tuple[int, int]]
    speaker: Mention | None = None
    addressee: Mention | None = None
    cue: str | None = None
    cue_index: int | None = None  # token index of the cue, so one verb is not used twice
    channel: str | None = None
    date: Mention | None = None
    continues: int | None = None  # index (in the article's list) of the quote this one carries on
    speaker_person: Person | None = None
    addressee_person: Person | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def quote_record(found: Found, number: int, text: str, ids: dict[int, str], date_value: str | None = None) -> Quote:
    """The output record of one attribution, ``q<number>`` of its article."""
    speaker = found.speaker_person or (Person(found.speaker) if found.speaker else None)
    addressee = found.addressee_person or (Person(found.addressee) if found.addressee else None)
    date = None
    if found.date is not None:
        date = QuoteDate(text=found.date.text, start=found.date.start, end=found.date.end, value=date_value)
    return Quote(
        id=f"q{number}",
        kind=found.kind,
        text=" ".join(text[start:end] for start, end in found.pieces),
        start=found.start,
        end=found.end,
        pieces=[[start, end] for start, end in found.pieces],
        verbatim=[[start, end] for start, end in found.verbatim],
        speaker=speaker.record() if speaker else None,
        addressee=addressee.record() if addressee else None,
        cue=found.cue,
        channel=found.channel,
        date=date,
        continues=ids.get(found.continues) if found.continues is not None else None,
    )
