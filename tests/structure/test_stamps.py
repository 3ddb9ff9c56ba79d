from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.structure.stamps import is_bare_date_line, is_stamp_line, parse_absolute, parse_fetched_at, parse_stamp

FETCHED = datetime(2026, 1, 11, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Updated 15 May 2019", "updated", "2019-05-15"),
        ("Published 3 hours ago", "published", "2026-01-11T09:00:00Z"),
        ("Updated 6 sec ago", "updated", "2026-01-11T11:59:54Z"),
        ("Updated an hour ago", "updated", "2026-01-11T11:00:00Z"),
        ("Posted 2 days ago", "published", "2026-01-09T12:00:00Z"),
        ("Last updated: May 3, 2024 10:15 GMT", "updated", "2024-05-03T10:15:00Z"),
        ("First published on 3rd March 2025", "published", "2025-03-03"),
        ("Updated Jan. 5, 2026, 4:30 p.m. ET", "updated", "2026-01-05T16:30:00-05:00"),
        ("Published 2024-11-05T08:00:00Z", "published", "2024-11-05T08:00:00Z"),
        ("Updated just now", "updated", "2026-01-11T12:00:00Z"),
        ("Updated yesterday at 18:40", "updated", "2026-01-10T18:40:00Z"),
        ("Published 05/11/2024", "published", "2024-11-05")  # day first, as most of the world writes it,
    ],
)
def test_stamps_resolve(line: str, kind: str, value: str) -> None:
    stamp = parse_stamp(line, FETCHED)
    assert stamp is not None
    assert (stamp.kind, stamp.value, stamp.resolved) == (kind, value, True)


def test_relative_stamp_without_fetch_time_is_not_guessed() -> None:
    stamp = parse_stamp("Published 3 hours ago", None)
    assert stamp is not None
    assert (stamp.value, stamp.resolved) == (None, False)


@pytest.mark.parametrize(
    "line",
    ["Updated rules for drivers come into force", "Posted", "Published by Penguin Books in a new series of essays on war"],
)
def test_headlines_starting_with_stamp_words_are_not_stamps(line: str) -> None:
    assert not is_stamp_line(line)
    assert parse_stamp(line, FETCHED) is None


def test_absolute_date_without_year_is_not_guessed() -> None:
    assert parse_absolute("May 15") is None


def test_fetched_at_accepts_z_and_naive_times() -> None:
    assert parse_fetched_at("2026-01-11T12:00:00Z") == FETCHED
    assert parse_fetched_at("2026-01-11T12:00:00") == FETCHED
    with pytest.raises(ValueError):
        parse_fetched_at("last Tuesday")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("November 19, 2019", "2019-11-19"),
        ("Tue 14 May 2019 09.12 BST", "2019-05-14T09:12:00+01:00"),
        ("16 hours ago", "2026-01-10T20:00:00Z"),
        ("2019-05-14", "2019-05-14"),
    ],
)
def test_bare_date_lines_are_published_stamps(line: str, value: str) -> None:
    assert is_bare_date_line(line)
    stamp = parse_stamp(line, FETCHED)
    assert stamp is not None and (stamp.kind, stamp.value) == ("published", value)


@pytest.mark.parametrize("line", ["May Day", "2024", "Brexit 2019", "At 10", "MAY 2019 ELECTIONS"])
def test_short_lines_with_numbers_are_not_bare_dates(line: str) -> None:
    assert not is_bare_date_line(line)
