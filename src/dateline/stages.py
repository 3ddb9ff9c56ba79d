"""dateline's own stages, in the order that breaks ties when a pipeline is ordered. A new stage is one line here."""

from __future__ import annotations

from dateline.pipeline.contract import Stage


def builtin_stages() -> tuple[Stage, ...]:
    from dateline.counts.stage import COUNTS
    from dateline.entities.stage import ENTITIES, MENTIONS
    from dateline.events.stage import EVENTS
    from dateline.language import LANGUAGE
    from dateline.places.stage import PLACES
    from dateline.quotes.stage import QUOTES
    from dateline.times.stage import TIMES

    return (LANGUAGE, MENTIONS, ENTITIES, TIMES, QUOTES, PLACES, EVENTS, COUNTS)
