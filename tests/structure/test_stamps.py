from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.structure.html_blocks import is_chrome
from dateline.structure.lines import LineKind, classify_line
from dateline.structure.stamps import (
    is_bare_date_line,
    is_stamp_line,
    parse_absolute,
    parse_fetched_at,
    parse_stamp,
    unresolved_reason,
)

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


@pytest.mark.parametrize("line", ["Posted in World News | 10 Comments", "Posted in Local Sport | 1 comment"])
def test_a_category_line_with_a_comment_count_is_not_a_stamp(line: str) -> None:
    assert not is_stamp_line(line)
    assert parse_stamp(line, FETCHED) is None
    assert is_chrome(line)  # page furniture, kept out of the article text
    assert classify_line(line, 0).kind is LineKind.CHROME


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Posted on May 3, 2024 | 10 Comments", "2024-05-03"),
        ("Posted in World News on May 3, 2024 | 10 Comments", "2024-05-03"),
        ("Posted by Ann Lee on May 3, 2024 at 10:15 am | 3 comments", "2024-05-03T10:15:00"),
    ],
)
def test_a_stamp_followed_by_a_comment_count_keeps_its_date(line: str, value: str) -> None:
    stamp = parse_stamp(line, None)
    assert stamp is not None and (stamp.kind, stamp.value, stamp.resolved) == ("published", value, True)
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "fetched", "value"),
    [
        # The year of the fetch time, unless that puts the stamp after the fetch: then the year before.
        ("Updated November 18 at 4:46 PM", datetime(2025, 12, 1, tzinfo=timezone.utc), "2025-11-18T16:46:00"),
        ("Updated November 18 at 4:46 PM", FETCHED, "2025-11-18T16:46:00"),
        ("Updated Nov. 18, 4:46 p.m. ET", FETCHED, "2025-11-18T16:46:00-05:00"),
        ("Published 10th January", FETCHED, "2026-01-10"),
        ("Published January 12", FETCHED, "2026-01-12"),  # a day ahead: the site's zone may be ahead of UTC
        ("Updated Feb. 29", FETCHED, "2024-02-29"),
    ],
)
def test_a_date_without_its_year_is_absolute_and_takes_the_fetch_year(
    line: str, fetched: datetime, value: str
) -> None:
    stamp = parse_stamp(line, fetched)
    assert stamp is not None and (stamp.value, stamp.resolved) == (value, True)


def test_a_date_without_its_year_and_no_fetch_time_is_unresolved_for_that_reason() -> None:
    stamp = parse_stamp("Updated November 18 at 4:46 PM", None)
    assert stamp is not None and (stamp.kind, stamp.value, stamp.resolved) == ("updated", None, False)
    assert unresolved_reason(stamp.text) == "it names no year"
    assert unresolved_reason("Published 3 hours ago") == "it is relative"
    assert unresolved_reason("Updated 5 o clock") == "it is not a date dateline reads"


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
