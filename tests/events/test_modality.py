"""Whether a coded event happened (:mod:`dateline.events.modality`): intentions denied are negated, hopes are only
hypothetical."""

from __future__ import annotations

import pytest
from test_coder import events_of

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Washington said it had no plans to send troops to the region.",
        "The army has no intention of attacking the town, the general said.",
        "The government said there was no need to impose a curfew.",
    ],
)
def test_an_intention_denied_is_a_negated_event(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text)
    assert events and all(event.negated for event in events)


@pytest.mark.parametrize(
    "text",
    [
        "Washington announced plans to send troops to the region.",
        "The minister said he hoped to visit Beijing before the end of the year.",
        "The rebels are hoping to meet the mediators next week.",
    ],
)
def test_plans_and_hopes_are_hypothetical_and_not_negated(pipeline: Pipeline, text: str) -> None:
    events = events_of(pipeline, text)
    assert events and all(event.hypothetical and not event.negated for event in events)
