"""A readable table of events (date, place, actor → type/mode → recipient, trigger) for people who want to read them."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dateline.model import Page
from dateline.records import Event, EventActor

COLUMNS = (("DATE", 10), ("PLACE", 14), ("EVENT", 58), ("TRIGGER", 24))


def _side(actors: Sequence[EventActor]) -> str:
    if not actors:
        return "?"
    return " + ".join(f"{a.name} [{a.code}]" if a.code else a.name for a in actors)


def event_rows(events: Iterable[Event], *, negated: bool = False) -> list[tuple[str, str, str, str]]:
    """(date, place, "actor → TYPE/mode → recipient", trigger) per event; negated ones only when asked for."""
    rows = []
    for event in events:
        if event.negated and not negated:
            continue
        kind = event.type + (f"/{event.mode}" if event.mode else "") + f" {event.cameo or ''}".rstrip()
        flags = [flag for flag, on in (("NOT", event.negated), ("maybe", event.hypothetical)) if on]
        if event.quote:
            flags.append(f"in {event.quote}")
        middle = f"{_side(event.actors)} → {kind} → {_side(event.recipients)}"
        if flags:
            middle += f"  ({', '.join(flags)})"
        date = (event.date.value if event.date else None) or ""
        place = event.place.name if event.place else ""
        trigger = event.trigger.text if event.trigger and event.trigger.text else ""
        if len(event.mentions) > 1:
            trigger += f" (+{len(event.mentions) - 1})"
        rows.append((date, place, middle, trigger))
    return rows


def render_rows(rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["  ".join(f"{name:<{width}}" for name, width in COLUMNS).rstrip()]
    for row in rows:
        cells = [textwrap.wrap(value, width) or [""] for value, (_, width) in zip(row, COLUMNS)]
        for index in range(max(len(cell) for cell in cells)):
            parts = [cell[index] if index < len(cell) else "" for cell in cells]
            lines.append("  ".join(f"{part:<{width}}" for part, (_, width) in zip(parts, COLUMNS)).rstrip())
    return "\n".join(lines)


def render_events(page: Page, *, negated: bool = False) -> str:
    """Every article of a page with its events as a table."""
    parts = [f"# {page.source.path}"]
    for article in page.articles:
        rows = event_rows(article.events or [], negated=negated)
        parts.append(f"== {article.title or '(untitled)'}  ({len(rows)} event{'s' if len(rows) != 1 else ''})")
        if rows:
            parts.append(render_rows(rows))
    return "\n\n".join(parts)
