from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
from typer.testing import CliRunner

from dateline import __version__
from dateline.cli import app
from dateline.clidoc import cli_reference, iter_commands

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "page.txt"
FETCHED = "2026-03-02T09:30:00Z"
runner = CliRunner()

SHORT_PAGE = (
    "Port workers strike over pay in Rotterdam\n\nUpdated 5 min ago\nShare\n\n"
    "ROTTERDAM: Dock workers walked out on Monday, halting container traffic at Europe's largest port.\n"
    "The union said the strike would last 48 hours.\n"
)


def run(*args: str, input: str | bytes | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"dateline {__version__}"


@pytest.mark.parametrize("name", [name for name, _ in iter_commands()])
def test_every_command_has_help(name: str) -> None:
    result = run(*name.split()[1:], "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) > 3


def test_cli_reference_is_current() -> None:
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert documented == cli_reference(), "docs/cli.md is stale: run python -m dateline.clidoc > docs/cli.md"


def test_extract_example_json_validates(page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    result = run("extract", str(EXAMPLE), "--fetched-at", FETCHED, "--stage", "structure")
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    page_schema_validator(page)
    assert page["schema"] == "dateline/2"
    assert page["source"]["path"] == str(EXAMPLE)
    assert [a["dateline"] for a in page["articles"]] == ["NAIROBI", "BRASILIA", "VALPARAISO, Chile"]
    assert page["problems"] == []


def test_jsonl_streams_one_page_per_line_with_its_path(tmp_path: Path) -> None:
    other = tmp_path / "strike.txt"
    other.write_text(SHORT_PAGE, encoding="utf-8")
    out = tmp_path / "pages.jsonl"
    result = run("extract", str(EXAMPLE), str(other), "-f", "jsonl", "-o", str(out), "-s", "structure")
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(EXAMPLE), str(other)]


def test_stdin_and_text_format() -> None:
    result = run("extract", "-", "-f", "text", "--fetched-at", "2026-01-11T12:00:00Z", "-s", "structure", input=SHORT_PAGE)
    assert result.exit_code == 0, result.output
    assert "== Port workers strike over pay in Rotterdam" in result.stdout
    assert "updated: 2026-01-11T11:55:00Z" in result.stdout
    assert "dateline: ROTTERDAM" in result.stdout


def test_unresolved_stamp_is_warned_about() -> None:
    result = run("extract", "-", "-s", "structure", input=SHORT_PAGE)
    assert result.exit_code == 0
    assert "warning: [E015]" in result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["problems"][0]["code"] == "E015" and article["problems"][0]["article"] == article["id"]


def test_bad_files_are_reported_and_good_ones_still_processed(tmp_path: Path) -> None:
    (tmp_path / "a-good.txt").write_text(SHORT_PAGE, encoding="utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "d-chrome.txt").write_text("Follow\nShare\nAdvertisement\n", encoding="utf-8")
    result = run("extract", str(tmp_path), "-f", "jsonl", "-s", "structure")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"]["path"] for line in lines if "source" in line] == [str(tmp_path / "a-good.txt")]
    # The stream says what became of every input: the failures are records of their own, in input order.
    failures = [line["failure"] for line in lines if "failure" in line]
    assert [(f["code"], Path(f["path"]).name) for f in failures] == [("E001", "b-empty.txt"), ("E002", "c-image.txt"), ("E007", "d-chrome.txt")]
    assert all(line["schema"] == "dateline/2" for line in lines)
    assert f"[E001] File is empty: {tmp_path / 'b-empty.txt'}" in result.stderr
    assert f"[E002] File looks binary, not text or HTML (PNG image): {tmp_path / 'c-image.txt'}" in result.stderr
    assert f"[E007] No article found in {tmp_path / 'd-chrome.txt'}" in result.stderr
    strict = run("extract", str(tmp_path), "-f", "jsonl", "-s", "structure", "--strict")
    assert strict.exit_code == 1


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "[E001]" in result.stderr and "[E005]" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "-", "--fetched-at", "yesterday"], "[E008] Invalid --fetched-at"),
        (["extract", "-", "--published", "last week"], "[E008] Invalid --published"),
        (["extract", "-", "--stage", "nonsense"], "[E012] Unknown stage 'nonsense'"),
        (["extract", "-", "--stage", "language", "--model", "xx_no_such_pipeline"], "[E011]"),
    ],
)
def test_bad_options_give_one_clear_line(args: list[str], message: str) -> None:
    result = run(*args, input=SHORT_PAGE)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_real_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    done = subprocess.run(
        [sys.executable, "-m", "dateline", "extract", str(binary)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "[E002]" in done.stderr
    assert "Traceback" not in done.stderr


def test_html_without_an_article_and_broken_html_are_reported(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><footer>© 2026</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "broken.html").write_text("<html><body><div><p>Unclosed <b>tags <i>and <<<>>> noise", encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(SHORT_PAGE.replace("Europe's", "Europe’s").encode("cp1252"))
    result = run("extract", str(tmp_path), "-f", "jsonl", "-s", "structure")
    assert result.exit_code == 0
    assert f"[E007] No article found in {tmp_path / 'nav.html'}: the HTML holds no article text" in result.stderr
    assert f"[E007] No article found in {tmp_path / 'broken.html'}" in result.stderr
    (page,) = [json.loads(line) for line in result.stdout.splitlines() if '"source"' in line]
    assert page["source"]["encoding"] == "cp1252"
    assert "Europe’s largest port" in page["articles"][0]["text"]
    assert "Traceback" not in result.output
