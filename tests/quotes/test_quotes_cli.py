"""``dateline quotes``: a readable table, one error line for bad input."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

PAGE = (
    "Dock strike spreads to second port\n\nUpdated 5 min ago\n\n"
    "ROTTERDAM: Dock workers walked out on Monday, halting container traffic.\n"
    "“We will stay out until the contracts are signed,” union leader Joost Verbeek told reporters.\n"
    "The port authority said the strike would cost millions a day.\n"
)


def test_table_of_quotes(tmp_path: Path) -> None:
    page = tmp_path / "strike.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(page), "--fetched-at", "2026-03-02T09:30:00Z"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("SPEAKER") and "QUOTE" in line and "CHANNEL" in line for line in lines)
    row = next(line for line in lines if line.startswith("Joost Verbeek"))
    assert "“We will stay out until the contracts are" in row and row.rstrip().endswith("reporters")
    assert any("(reported) the strike would cost millions a day" in line for line in lines)


def test_kind_filter(tmp_path: Path) -> None:
    page = tmp_path / "strike.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(page), "--kind", "direct", "--fetched-at", "2026-03-02T09:30:00Z"])
    assert result.exit_code == 0 and "(reported)" not in result.stdout


def test_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["quotes", str(tmp_path / "nothing.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "dateline: error:" in result.output


def test_the_quotes_command_gives_the_quotes_extract_gives(seed_text: str) -> None:
    from dateline.pipeline import Pipeline, Settings
    from dateline.structure.stamps import parse_fetched_at

    settings = Settings(fetched_at=parse_fetched_at("2026-01-11T12:00:00Z"))
    alone = Pipeline(["quotes"], settings).extract(seed_text)  # what ``dateline quotes`` runs
    everything = Pipeline(None, settings).extract(seed_text)  # what ``dateline extract`` runs
    assert [a.quotes for a in alone.articles] == [a.quotes for a in everything.articles]
    dated = [q for a in alone.articles for q in a.quotes or [] if q.date is not None]
    assert dated and all(q.date.value for q in dated if q.date.text == "late Saturday")  # type: ignore[union-attr]


def test_an_undecodable_file_name_is_written_as_backslash_x(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"gr\xe8ve.txt")).write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(tmp_path), "--fetched-at", "2026-03-02T09:30:00Z"])
    assert result.exit_code == 0, result.output
    table = result.stdout_bytes.decode("utf-8")  # strict: valid UTF-8 or it raises
    assert table.startswith(f"# {tmp_path}/gr\\xe8ve.txt\n") and "Joost Verbeek" in table
