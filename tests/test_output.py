"""``dateline.output``: a file target is replaced whole or not at all, and everything written is valid UTF-8."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.model import Failure, Page, Source
from dateline.output import Output, PageWriter, open_output, readable, refuse_input_target, to_json
from dateline.structure import read_articles

UNDECODABLE = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name on a UTF-8 system
PAGE_TEXT = (
    "Ferry service resumes after storm\n\n"
    "HAMBURG: The first ferry in three days left the harbour on Thursday morning, its operator said.\n"
)


def make_page(path: str) -> Page:
    return Page(source=Source(path=path), articles=read_articles(PAGE_TEXT, "text"))


def temp_files(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".tmp"))


def test_undecodable_bytes_are_written_as_backslash_x() -> None:
    assert readable(UNDECODABLE) == "caf\\xe9.txt"
    assert readable("Zürich ’quoted’") == "Zürich ’quoted’"  # decodable text is left alone
    assert readable("\ud800") == "\\ud800"  # a surrogate no file name gives still makes valid UTF-8


def test_json_with_an_undecodable_path_is_valid_utf8() -> None:
    text = to_json({"source": {"path": UNDECODABLE}, "text": "Zürich"})
    assert json.loads(text.encode("utf-8").decode("utf-8")) == {"source": {"path": "caf\\xe9.txt"}, "text": "Zürich"}


def test_a_committed_file_replaces_the_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "pages.json"
    target.write_text("previous", encoding="utf-8")
    target.chmod(0o640)
    with open_output(str(target)) as out:
        out.write("first part, ")
        (temp,) = temp_files(tmp_path)
        assert temp.startswith(".pages.json.")  # recognisable beside its target
        assert target.read_text(encoding="utf-8") == "previous"  # nothing changes before the commit
        out.write("second part")
        out.commit()
    assert target.read_text(encoding="utf-8") == "first part, second part"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert temp_files(tmp_path) == []


def test_an_uncommitted_or_failed_run_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "pages.json"
    target.write_text("previous", encoding="utf-8")
    with open_output(str(target)) as out:
        out.write("never kept")
    with pytest.raises(RuntimeError), open_output(str(target)) as out:
        out.write("never kept either")
        raise RuntimeError("the run failed")
    assert target.read_text(encoding="utf-8") == "previous"
    assert temp_files(tmp_path) == []


def test_a_link_stays_a_link_to_the_replaced_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("previous", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with open_output(str(link)) as out:
        out.write("new")
        out.commit()
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    ("make_target", "detail"),
    [
        (lambda folder: folder / "missing" / "pages.json", "No such file or directory"),
        (lambda folder: folder / "a-file" / "pages.json", "Not a directory"),
        (lambda folder: folder, "it is a directory"),
    ],
)
def test_a_target_that_cannot_be_written_is_e022(tmp_path: Path, make_target: object, detail: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = make_target(tmp_path)  # type: ignore[operator]
    with pytest.raises(DatelineError) as raised, open_output(str(target)):
        pass
    assert raised.value.code == "E022" and str(raised.value) == f"[E022] Cannot write {target}: {detail}"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_device_is_e022_and_stays_a_device() -> None:
    with pytest.raises(DatelineError) as raised, open_output("/dev/full") as out:
        out.write("x" * 100)
        out.commit()
    assert str(raised.value) == "[E022] Cannot write /dev/full: No space left on device"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_standard_output_gets_utf8_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(captured, encoding="ascii"))
    with open_output("-") as out:
        out.write(f"# {UNDECODABLE} in Zürich\n")
        out.commit()
    assert captured.getvalue().decode("utf-8") == "# caf\\xe9.txt in Zürich\n"


def test_closed_standard_output_is_e022(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(DatelineError) as raised, open_output(None):
        pass
    assert str(raised.value) == "[E022] Cannot write standard output: it is closed"


def test_an_input_or_a_file_in_an_input_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "deep").mkdir(parents=True)
    page = folder / "one.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    with pytest.raises(DatelineError, match=r"\[E023\] Output .*one.txt is an input"):
        refuse_input_target(str(page), [str(page)])
    with pytest.raises(DatelineError, match=r"is the input .*pages/one.txt"):
        refuse_input_target(str(folder / "deep" / ".." / "one.txt"), [str(page)])
    with pytest.raises(DatelineError, match=r"is an input"):
        refuse_input_target(str(page), [str(tmp_path / "pages" / "*.txt")])
    with pytest.raises(DatelineError, match=r"lies in the input folder"):
        refuse_input_target(str(folder / "deep" / "out.json"), [str(folder)])
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    with pytest.raises(DatelineError, match=r"E023"):
        refuse_input_target(str(link), [str(page)])
    refuse_input_target(str(tmp_path / "out.json"), ["-", str(page), str(folder / "*.txt"), str(tmp_path / "gone")])


def test_json_is_always_one_array_as_json_dumps_writes_it(tmp_path: Path) -> None:
    pages = [make_page("a.txt"), make_page("b.txt")]
    for count in (1, 2):
        target = tmp_path / f"{count}.json"
        with open_output(str(target)) as out:
            writer = PageWriter(out, "json")
            for page in pages[:count]:
                writer.add(page)
            writer.add(Failure(code="E001", message="[E001] File is empty: c.txt", path="c.txt"))
            writer.close()
            out.commit()
        expected = json.dumps([page.to_dict() for page in pages[:count]], ensure_ascii=False, indent=2) + "\n"
        assert target.read_text(encoding="utf-8") == expected


def test_jsonl_has_one_record_a_line_failures_included(tmp_path: Path) -> None:
    target = tmp_path / "pages.jsonl"
    with open_output(str(target)) as out:
        writer = PageWriter(out, "jsonl")
        writer.add(make_page(UNDECODABLE))
        writer.add(Failure(code="E001", message=f"[E001] File is empty: {UNDECODABLE}", path=UNDECODABLE))
        writer.close()
        out.commit()
    first, second = (json.loads(line) for line in target.read_bytes().decode("utf-8").splitlines())
    assert first["source"]["path"] == "caf\\xe9.txt"
    assert second["failure"]["path"] == "caf\\xe9.txt" and second["failure"]["message"].endswith("caf\\xe9.txt")
    assert writer.pages == 1


def test_a_run_without_pages_writes_nothing() -> None:
    captured = io.BytesIO()
    writer = PageWriter(Output("memory", captured, flush_each=False), "json")
    writer.add(Failure(code="E005", message="[E005] No such file or directory: x", path="x"))
    writer.close()
    assert captured.getvalue() == b""
