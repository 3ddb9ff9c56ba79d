"""The store's commands: ingest, then quotes/events/entities/entity/search/export over it, in every output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app

PAGE = """Envoys hold talks in Doha on prisoner swap

DOHA, Qatar (AP) — Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Iranian Foreign Minister
Abbas Araghchi in Doha on Sunday to discuss a prisoner exchange.

"The talks were useful and we will meet again," Araghchi told reporters after the meeting.

Police in Tehran arrested 30 people at a rally the same day, activists said.
"""

runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "doha.txt").write_text(PAGE, encoding="utf-8")
    target = str(folder / "store.db")
    result = run("ingest", str(folder / "doha.txt"), "--db", target)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output and "entities" in result.output
    return target


def test_ingest_again_finds_it_stored(db: str, tmp_path: Path) -> None:
    page = Path(db).parent / "doha.txt"
    result = run("ingest", str(page), "--db", db)
    assert result.exit_code == 0 and "0 stored" in result.output and "1 unchanged" in result.output


def test_ingest_of_nothing_readable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1 and "[E001]" in result.output and "Traceback" not in result.output


def test_quotes_from_the_store_in_each_format(db: str) -> None:
    table = run("quotes", "--db", db, "--speaker", "araghchi")
    assert table.exit_code == 0 and "Abbas Araghchi" in table.output and "SPEAKER" in table.output
    rows = json.loads(run("quotes", "--db", db, "--speaker", "araghchi", "--json").output)
    assert [row["speaker"] for row in rows] == ["Abbas Araghchi"] and rows[0]["text"].startswith("The talks were useful")
    lines = run("quotes", "--db", db, "--jsonl").output.splitlines()
    assert len(lines) == len(json.loads(run("quotes", "--db", db, "--format", "json").output))
    parsed = list(csv.DictReader(io.StringIO(run("quotes", "--db", db, "--csv").output)))
    assert {"speaker", "text", "article", "date"} <= set(parsed[0])


def test_events_entities_entity_and_search(db: str) -> None:
    events = json.loads(run("events", "--db", db, "--type", "consult", "--json").output)
    assert events and all(event["type"] == "CONSULT" for event in events)
    assert any("Doha" == event["place"] for event in events)
    entities = json.loads(run("entities", "--db", db, "--type", "PERSON", "--json").output)
    araghchi = next(entity for entity in entities if entity["name"] == "Abbas Araghchi")
    assert araghchi["quotes"] == 1 and araghchi["articles"] == 1
    shown = run("entity", araghchi["id"], "--db", db)
    assert shown.exit_code == 0 and "QUOTES (1)" in shown.output and "Abbas Araghchi" in shown.output
    found = run("search", "prisoner exchange", "--db", db, "--json")
    assert json.loads(found.output)[0]["snippet"].count("[") == 2


def test_export_writes_its_files(db: str, tmp_path: Path) -> None:
    result = run("export", "--db", db, "--format", "gdelt-events", "-o", str(tmp_path))
    assert result.exit_code == 0 and "events.export.CSV" in result.output
    assert all(len(line.split("\t")) == 61 for line in (tmp_path / "events.export.CSV").read_text().splitlines())


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["quotes", "--since", "last week"], "E035"),
        (["events", "--cameo", "abc"], "E035"),
        (["search", "!!!"], "E035"),
        (["entities", "--limit", "0"], "E035"),
        (["export", "--format", "xml", "-o", "out"], "E035"),
    ],
)
def test_bad_options_give_one_line_and_exit_1(db: str, args: list[str], code: str) -> None:
    result = run(*args, "--db", db)
    assert result.exit_code == 1 and f"[{code}]" in result.output and "Traceback" not in result.output


def test_a_missing_store_or_entity_is_an_error(db: str, tmp_path: Path) -> None:
    missing = run("quotes", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "[E033]" in missing.output
    assert run("entity", "person:nobody", "--db", db).exit_code == 1


def test_pages_and_a_store_are_not_asked_together(db: str) -> None:
    result = run("quotes", str(Path(db).parent / "doha.txt"), "--db", db)
    assert result.exit_code == 2 and "not both" in result.output
