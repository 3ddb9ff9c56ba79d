"""The CLI on a folder of broken and hostile files: every good page comes out, every bad one is one line, no traceback."""

from __future__ import annotations

import errno
import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def _page(place: str, event: str) -> str:
    return (
        f"{event.capitalize()} in {place.title()}\n\n"
        f"{place.upper()}: Officials said on Wednesday that the {event} would be reviewed by the city council.\n"
        f"The council will meet again next month to decide on the {event}.\n"
    )


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    files: dict[str, bytes] = {
        "a-undefined.html": (
            '<html><head><meta charset="undefined"><title>Café reopens</title></head><body><article>'
            "<h1>Café reopens in Lyon</h1><p>LYON: The café on the quay reopened on Monday after the floods.</p>"
            "<p>Its owner said the repairs had taken three months.</p></article></body></html>"
        ).encode("cp1252"),
        "b-stray.txt": _page("Évry", "la réforme du marché").encode() + b"\xff\n",
        "c-cut.txt.gz": gzip.compress(_page("leeds", "bridge closure").encode() * 40)[:-20],
        "d-nul.txt": _page("porto", "tram strike").replace("Officials", "Offi\x00cials").encode(),
        "e-wide.txt": _page("malmo", "port expansion").encode("utf-16-le"),
        "f-binary.txt": bytes(range(256)) * 8,
        "g-multi.txt.gz": gzip.compress(_page("cork", "ferry service").encode()) + gzip.compress(b"A second member.\n"),
        "z-good.txt": _page("bergen", "tunnel opening").encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    locked = tmp_path / "h-locked"
    locked.mkdir()
    (locked / "page.txt").write_text(_page("graz", "library plan"), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return tmp_path


def test_a_folder_of_hostile_files_gives_every_good_page(hostile_folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(hostile_folder), "-f", "jsonl", "-s", "structure"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    pages = {Path(record["source"]["path"]).name: record for record in records if "source" in record}
    failures = [(Path(record["failure"]["path"]).name, record["failure"]["code"]) for record in records if "failure" in record]
    assert sorted(pages) == ["a-undefined.html", "b-stray.txt", "c-cut.txt.gz", "d-nul.txt", "e-wide.txt", "g-multi.txt.gz", "z-good.txt"]
    assert failures == [("f-binary.txt", "E002"), ("h-locked", "E006")]
    problems = {name: [problem["code"] for problem in page["problems"]] for name, page in pages.items()}
    assert problems == {
        "a-undefined.html": [],
        "b-stray.txt": ["E025"],
        "c-cut.txt.gz": ["E026"],
        "d-nul.txt": ["E027"],
        "e-wide.txt": [],
        "g-multi.txt.gz": [],
        "z-good.txt": [],
    }
    assert pages["a-undefined.html"]["articles"][0]["title"] == "Café reopens in Lyon"
    assert pages["b-stray.txt"]["articles"][0]["title"] == "La réforme du marché in Évry"
    assert "Officials said" in pages["d-nul.txt"]["articles"][0]["text"]
    assert pages["e-wide.txt"]["source"]["encoding"] == "utf-16-le"
    assert "A second member." in json.dumps(pages["g-multi.txt.gz"]["articles"], ensure_ascii=False)
    stderr_lines = result.stderr.splitlines()
    assert f"dateline: error: [E006] Cannot read {hostile_folder / 'h-locked'}: Permission denied; the folder is left out" in stderr_lines
    assert sum(line.startswith("dateline: warning: [E02") for line in stderr_lines) == 3


def test_the_library_refuses_a_blank_text_as_the_cli_does(tmp_path: Path) -> None:
    from dateline import extract
    from dateline.errors import InputError

    with pytest.raises(InputError) as caught:
        extract("   ", stages=["structure"])
    assert caught.value.code == "E001"
    (tmp_path / "blank.txt").write_text("   ")
    result = runner.invoke(app, ["extract", str(tmp_path / "blank.txt"), "-s", "structure"])
    assert "[E001]" in result.stderr
