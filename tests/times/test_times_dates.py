from __future__ import annotations

from datetime import date

import pytest

from dateline.times.dates import (
    Point,
    add_months,
    easter,
    format_point,
    nth_weekday,
    season_of,
    shift,
    start_of,
)


@pytest.mark.parametrize(
    ("point", "value"),
    [
        (Point(date(2019, 5, 14), "day"), "2019-05-14"),
        (Point(date(2019, 5, 14), "day", part="NI"), "2019-05-14TNI"),
        (Point(date(2019, 5, 14), "day", hour=15, minute=5), "2019-05-14T15:05"),
        (Point(date(2026, 1, 4), "week"), "2026-W01"),
        (Point(date(2019, 5, 13), "weekend"), "2019-W20-WE"),
        (Point(date(2019, 4, 1), "month"), "2019-04"),
        (Point(date(2019, 7, 1), "quarter"), "2019-Q3"),
        (Point(date(2019, 7, 1), "half"), "2019-H2"),
        (Point(date(2019, 6, 1), "season", season="SU"), "2019-SU"),
        (Point(date(2019, 1, 1), "year"), "2019"),
        (Point(date(1990, 1, 1), "decade"), "199"),
        (Point(date(1900, 1, 1), "century"), "19"),
    ],
)
def test_points_are_written_at_their_granularity(point: Point, value: str) -> None:
    assert format_point(point) == value


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert add_months(date(2019, 1, 31), 1) == date(2019, 2, 28)
    assert add_months(date(2019, 3, 15), -3) == date(2018, 12, 15)
    assert shift(date(2019, 5, 15), "quarter", -1) == date(2019, 2, 15)
    assert shift(date(2019, 5, 15), "decade", 1) == date(2029, 5, 15)


def test_periods_start_where_the_calendar_says() -> None:
    assert start_of(date(2019, 5, 15), "week") == date(2019, 5, 13)
    assert start_of(date(2019, 5, 15), "quarter") == date(2019, 4, 1)
    assert start_of(date(2019, 5, 15), "decade") == date(2010, 1, 1)


def test_moving_holidays_and_seasons() -> None:
    assert easter(2019) == date(2019, 4, 21)
    assert easter(2024) == date(2024, 3, 31)
    assert nth_weekday(2019, 11, 3, 4) == date(2019, 11, 28)  # fourth Thursday of November
    assert nth_weekday(2019, 5, 0, -1) == date(2019, 5, 27)  # last Monday of May
    assert season_of(date(2026, 1, 11)) == (2025, "WI")
    assert season_of(date(2019, 7, 4)) == (2019, "SU")
