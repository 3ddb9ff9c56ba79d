"""The events tests' shared pipeline: the events stage and the stages it reads, as of one fixed Monday."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.pipeline import Pipeline, Settings

WHEN = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)  # a Monday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(("events",), Settings(fetched_at=WHEN, published=WHEN))
