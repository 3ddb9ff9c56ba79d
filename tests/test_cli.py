from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
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
    (page,) = json.loads(result.stdout)  # json is an array of pages, also for one input
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
    ((article,),) = [page["articles"] for page in json.loads(result.stdout)]
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
        (["extract", "-", "--fetched-at", "0001-01-01T00:00:00Z"], "between the years 1000 and 9000"),
        (["extract", "-", "--published", "9999-12-31"], "[E008] Invalid --published"),
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


# Output: a file target is replaced whole when the run ends, or left as it was.

UNDECODABLE = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name on a UTF-8 system
PREVIOUS = '[{"previous": "result"}]\n'
RUN_TIMEOUT = 120


def temp_files(folder: Path) -> list[Path]:
    return sorted(entry for entry in folder.iterdir() if entry.name.endswith(".tmp"))


def start_dateline(*args: str) -> subprocess.Popen[bytes]:
    """The real command, reading its page from a standard input held open: it is running until that closes."""
    command = [sys.executable, "-m", "dateline", "extract", "-", "--stage", "structure", *args]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_temp_files(folder: Path, count: int) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT
    while len(temp_files(folder)) < count:
        assert time.monotonic() < deadline, "the runs never opened their temporary files"
        time.sleep(0.02)


@pytest.mark.parametrize(
    "args",
    [
        ["/nonexistent/page.txt"],
        [str(EXAMPLE), "--stage", "language", "--model", "xx_no_such_model"],
        [str(EXAMPLE), "--stage", "nonsense"],
        [str(EXAMPLE), "--batch-size", "0"],
    ],
)
def test_a_run_that_gives_nothing_keeps_the_previous_output(tmp_path: Path, args: list[str]) -> None:
    kept = tmp_path / "kept.json"
    kept.write_text(PREVIOUS, encoding="utf-8")
    result = run("extract", *args, "-o", str(kept))
    assert result.exit_code == 1 and "dateline: error: [" in result.stderr
    assert kept.read_text(encoding="utf-8") == PREVIOUS
    assert temp_files(tmp_path) == []


def test_an_output_that_is_an_input_is_refused_before_reading(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SHORT_PAGE, encoding="utf-8")
    for output in (str(page), str(tmp_path / "." / "page.txt"), str(tmp_path / "inside.json")):
        result = run("extract", str(tmp_path), "-s", "structure", "-o", output)
        assert result.exit_code == 1 and "[E023]" in result.stderr and len(result.stderr.splitlines()) == 1
    result = run("extract", str(page), "-s", "structure", "-o", str(page))
    assert f"[E023] Output {page} is an input" in result.stderr
    assert page.read_text(encoding="utf-8") == SHORT_PAGE
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["page.txt"]


def test_a_finished_run_replaces_the_previous_output(tmp_path: Path) -> None:
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(SHORT_PAGE, encoding="utf-8")
    target = tmp_path / "pages.jsonl"
    target.write_text(PREVIOUS, encoding="utf-8")
    result = run("extract", str(page), str(tmp_path / "in" / "missing.txt"), "-f", "jsonl", "-s", "structure", "-o", str(target))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [record["source"]["path"] if "source" in record else record["failure"]["code"] for record in records] == [
        str(page),
        "E005",
    ]
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("where", ["/dev/full", "missing/pages.json", "file/pages.json"])
def test_a_write_error_is_one_cannot_write_line(tmp_path: Path, where: str) -> None:
    if where == "/dev/full" and not Path(where).exists():
        pytest.skip("no /dev/full")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    result = run("extract", str(EXAMPLE), "-s", "structure", "-o", target)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and errors[0].startswith(f"dateline: error: [E022] Cannot write {target}: ")
    assert "Traceback" not in result.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_one_cannot_write_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("extract", str(EXAMPLE), "-s", "structure", "-o", str(locked / "pages.json"))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 1 and "[E022] Cannot write" in result.stderr and "Permission denied" in result.stderr


def test_dash_output_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("extract", "-", "-s", "structure", "-o", "-", input=SHORT_PAGE)
    assert result.exit_code == 0, result.output
    (page,) = json.loads(result.stdout)
    assert page["source"]["path"] == "-"
    assert list(tmp_path.iterdir()) == []


def test_json_is_an_array_for_one_input_and_for_two(tmp_path: Path) -> None:
    other = tmp_path / "strike.txt"
    other.write_text(SHORT_PAGE, encoding="utf-8")
    one = json.loads(run("extract", str(other), "-s", "structure").stdout)
    two = json.loads(run("extract", str(EXAMPLE), str(other), "-s", "structure").stdout)
    assert [page["source"]["path"] for page in one] == [str(other)]
    assert [page["source"]["path"] for page in two] == [str(EXAMPLE), str(other)]


@pytest.mark.parametrize(("option", "value"), [("--max-bytes", "-1"), ("--batch-size", "0")])
def test_a_non_positive_size_is_one_line(option: str, value: str) -> None:
    result = run("extract", "-", option, value, input=SHORT_PAGE)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"dateline: error: [E020] Invalid setting {option[2:].replace('-', '_')}: {value} is not a positive whole number"
    ]


@pytest.mark.parametrize("output_format", ["json", "jsonl", "text"])
def test_an_undecodable_file_name_is_written_as_backslash_x(tmp_path: Path, output_format: str) -> None:
    (tmp_path / UNDECODABLE).write_text(SHORT_PAGE, encoding="utf-8")
    (tmp_path / os.fsdecode(b"vide\xe9.txt")).write_bytes(b"")
    shown = f"{tmp_path}/caf\\xe9.txt"
    target = tmp_path.parent / f"{tmp_path.name}.{output_format}"
    to_stdout = run("extract", str(tmp_path), "-f", output_format, "-s", "structure", "--fetched-at", FETCHED)
    to_file = run("extract", str(tmp_path), "-f", output_format, "-s", "structure", "--fetched-at", FETCHED, "-o", str(target))
    assert to_stdout.exit_code == 0 and to_file.exit_code == 0, to_file.output
    written = target.read_bytes().decode("utf-8")  # strict: valid UTF-8 or it raises
    assert to_stdout.stdout_bytes.decode("utf-8") == written
    assert f"dateline: error: [E001] File is empty: {tmp_path}/vide\\xe9.txt" in to_file.stderr
    if output_format == "json":
        assert [page["source"]["path"] for page in json.loads(written)] == [shown]
    elif output_format == "jsonl":
        records = [json.loads(line) for line in written.splitlines()]
        assert [record.get("source", record.get("failure", {})).get("path") for record in records] == [
            shown,
            f"{tmp_path}/vide\\xe9.txt",
        ]
    else:
        assert written.startswith(f"# {shown} (text, 1 article(s))")


def test_a_closed_pipe_stops_the_run_quietly(tmp_path: Path) -> None:
    for number in range(100):  # some 600 kB of output: far more than a pipe holds, so the writer meets the closed end
        (tmp_path / f"page-{number:03}.txt").write_bytes(EXAMPLE.read_bytes())
    command = [sys.executable, "-m", "dateline", "extract", str(tmp_path), "-f", "jsonl", "-s", "structure", "--fetched-at", FETCHED]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == b'{"schema":'
    process.stdout.close()  # as `| head -c 10` does
    stderr = process.stderr.read()
    assert process.wait(timeout=RUN_TIMEOUT) == 141
    assert stderr == b""


def test_a_closed_standard_output_is_one_cannot_write_line() -> None:
    command = f'exec "{sys.executable}" -m dateline extract - --stage structure --fetched-at {FETCHED} >&-'
    done = subprocess.run(["sh", "-c", command], input=SHORT_PAGE, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert done.returncode == 1
    assert done.stderr == "dateline: error: [E022] Cannot write standard output: it is closed\n"


def test_two_runs_on_one_output_leave_one_whole_output(tmp_path: Path) -> None:
    texts = [SHORT_PAGE, SHORT_PAGE.replace("Rotterdam", "Antwerp").replace("ROTTERDAM", "ANTWERP")]
    whole = [run("extract", "-", "-f", "jsonl", "-s", "structure", input=text).stdout_bytes for text in texts]
    target = tmp_path / "same.jsonl"
    target.write_text(PREVIOUS, encoding="utf-8")
    runs = [start_dateline("-f", "jsonl", "-o", str(target)) for _ in texts]
    try:
        wait_for_temp_files(tmp_path, 2)  # both are writing at once
        outcomes = [process.communicate(text.encode("utf-8"), timeout=RUN_TIMEOUT) for process, text in zip(runs, texts)]
    finally:
        for process in runs:
            process.kill()
    assert [process.returncode for process in runs] == [0, 0], outcomes
    assert target.read_bytes() in whole
    assert temp_files(tmp_path) == []


def test_sigterm_keeps_the_previous_output_and_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "pages.jsonl"
    target.write_text(PREVIOUS, encoding="utf-8")
    process = start_dateline("-f", "jsonl", "-o", str(target))
    try:
        wait_for_temp_files(tmp_path, 1)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=RUN_TIMEOUT)
    finally:
        process.kill()
    assert process.returncode == 143
    assert stderr.decode("utf-8").splitlines() == [
        f"dateline: error: [E024] Stopped by SIGTERM before the run finished: {target} is left as it was"
    ]
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert temp_files(tmp_path) == []


def test_kill_keeps_the_previous_output(tmp_path: Path) -> None:
    target = tmp_path / "pages.json"
    target.write_text(PREVIOUS, encoding="utf-8")
    process = start_dateline("-o", str(target))
    try:
        wait_for_temp_files(tmp_path, 1)
        process.kill()
        process.communicate(timeout=RUN_TIMEOUT)
    finally:
        process.kill()
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert all(temp.name.startswith(".pages.json.") for temp in temp_files(tmp_path))  # what kill -9 may leave


def test_library_warnings_print_as_warning_lines(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from dateline.cli import _WarningLines

    handler = _WarningLines(logging.WARNING)
    handler.emit(logging.makeLogRecord({"msg": "dateline: building the place index...", "levelno": logging.WARNING}))
    handler.emit(logging.makeLogRecord({"msg": "[E021] Stage plugin 'x' could not be loaded", "levelno": logging.WARNING}))
    assert capsys.readouterr().err.splitlines() == [
        "dateline: warning: building the place index...",
        "dateline: warning: [E021] Stage plugin 'x' could not be loaded",
    ]
