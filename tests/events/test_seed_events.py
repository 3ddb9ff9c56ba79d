"""The events and counts of the page this project was born from: the ones the brief names, coded as it names them."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.cli.app import parse_fetched_at
from dateline.model import Article
from dateline.records import Event


@pytest.fixture(scope="module")
def articles(seed_text: str) -> list[Article]:
    return extract(seed_text, fetched_at=parse_fetched_at("2026-01-11T12:00:00Z")).articles


def names(side: list) -> set[str]:
    return {actor.name for actor in side}


def find(article: Article, kind: str, **wanted: object) -> Event:
    for event in article.events or []:
        if event.type != kind or event.negated:
            continue
        if "actor" in wanted and wanted["actor"] not in names(event.actors):
            continue
        if "recipient" in wanted and wanted["recipient"] not in names(event.recipients):
            continue
        if "date" in wanted and (event.date is None or event.date.value != wanted["date"]):
            continue
        return event
    raise AssertionError(f"no {kind} {wanted} among {[(e.type, e.trigger.text if e.trigger else '') for e in article.events or []]}")


def test_the_sochi_meeting_the_news_conference_and_the_warning(articles: list[Article]) -> None:
    first = articles[0]
    meeting = find(first, "CONSULT", actor="Vladimir Putin", recipient="Mike Pompeo", date="2019-05-14")
    assert meeting.place is not None and meeting.place.name == "Sochi"
    assert [a.code for a in meeting.actors] == ["RUSGOV"] and [r.code for r in meeting.recipients] == ["USAGOV"]
    find(first, "CONSULT", actor="Mike Pompeo", recipient="Sergei Lavrov")
    warning = find(first, "THREATEN", actor="Mike Pompeo")
    assert [r.code for r in warning.recipients] == ["RUSGOV"]


def test_helsinki_the_visit_from_north_korea_the_sanctions_and_calvey(articles: list[Article]) -> None:
    first = articles[0]
    helsinki = find(first, "CONSULT", actor="Vladimir Putin", recipient="Donald Trump", date="2018-07")
    assert helsinki.place is not None and helsinki.place.name == "Helsinki"
    visit = find(first, "CONSULT", actor="Kim Jong Un", date="2019-04")
    assert visit.mode == "visit" and [r.code for r in visit.recipients] == ["RUSGOV"]
    sanctions = find(first, "SANCTION", recipient="Russia")
    assert [a.code for a in sanctions.actors] == ["USAGOV"] and sanctions.cameo == "163"
    detention = find(first, "COERCE", recipient="Michael Calvey", date="2019-02")
    assert detention.place is not None and detention.place.name == "Moscow"


def test_the_talks_that_did_not_touch_on_ukraine_give_no_event_about_it(articles: list[Article]) -> None:
    for event in articles[0].events or []:
        if event.negated:
            continue
        about = names(event.actors) | names(event.recipients) | {event.place.name if event.place else ""}
        assert not any("Ukrain" in name for name in about), event


def test_the_capture_the_releases_the_vigils_the_rally_and_the_pressure(articles: list[Article]) -> None:
    second = articles[1]
    capture = find(second, "COERCE", recipient="Nicolas Maduro", date="2026-01-03")
    assert capture.mode == "arrest"
    releases = [e for e in second.events or [] if e.type == "RETREAT" and e.mode == "release"]
    assert len(releases) >= 2
    vigil = find(second, "PROTEST", actor="Families")
    assert vigil.actors[0].code == "VENCVL"
    rally = next(e for e in second.events or [] if e.type == "PROTEST" and e.trigger and e.trigger.text == "rallied")
    assert rally.place is not None and rally.place.name == "Caracas"
    envoys = find(second, "CONSULT", recipient="Caracas")
    assert envoys.mode == "visit" and [a.code for a in envoys.actors] == ["USAGOV"]
    find(second, "REQUEST", recipient="Cuba")
    dialogue = next(e for e in second.events or [] if e.type == "REQUEST" and e.cameo == "106")
    assert names(dialogue.recipients) >= {"Washington", "Havana"}


def test_the_counts_of_prisoners(articles: list[Article]) -> None:
    counts = articles[1].counts or []
    held = [c for c in counts if (c.min, c.max) == (800, 1200)]
    assert held and held[0].type == "PRISONER" and held[0].object == "political prisoners"
    freed = [c for c in counts if c.min == 20 and c.approximate]
    assert freed
