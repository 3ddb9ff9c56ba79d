from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.reader import decode_page, expand_inputs, read_input


def test_empty_and_whitespace_only_inputs_are_refused(tmp_path: Path) -> None:
    for name, content in (("empty.txt", b""), ("blank.txt", b" \n\n\t\n")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(InputError) as caught:
            read_input(str(path))
        assert caught.value.code == "E001"
        assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("content", "detail"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"), (b"%PDF-1.7\n...", "PDF document"), (bytes(range(256)) * 4, "control bytes")],
)
def test_binary_inputs_are_refused(content: bytes, detail: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_page(content, path="photo.bin")
    assert caught.value.code == "E002"
    assert detail in str(caught.value)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le ministre a déclaré à la presse que la réforme était “nécessaire”.", "cp1252"),
        ("Президент заявил журналистам, что переговоры продолжатся на следующей неделе.", "cp1251"),
        ("Minister says “talks will go on” — and a deal is near.", "utf-8"),
        ("\ufeffMinister says talks will go on.", "utf-8"),
    ],
)
def test_encodings_are_detected(text: str, encoding: str) -> None:
    page = decode_page(text.encode(encoding))
    assert page.text == text.lstrip("\ufeff")
    assert page.encoding.replace("-sig", "") == encoding


def test_declared_html_charset_is_honoured() -> None:
    html = '<html><head><meta charset="iso-8859-2"></head><body><p>Prezydent Łódź</p></body></html>'
    page = decode_page(html.encode("iso-8859-2"))
    assert "Łódź" in page.text
    assert page.format == "html"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError) as caught:
        read_input(str(path))
    assert caught.value.code == "E004"
    assert "--max-bytes" in str(caught.value)


def test_gzip_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress("<html><body><p>Hello</p></body></html>".encode()))
    page = read_input(str(path))
    assert page.format == "html" and "Hello" in page.text


def test_plain_text_and_html_are_told_apart() -> None:
    assert decode_page(b"Headline\n\nSOCHI: A <b>bold</b> move.").format == "text"
    assert decode_page(b"<!DOCTYPE html><html><body><p>x</p></body></html>").format == "html"


def test_inputs_expand_directories_globs_and_report_misses(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("b")
    (tmp_path / ".hidden").write_text("c")
    os.symlink(tmp_path / "gone.txt", tmp_path / "sub" / "broken.txt")
    found = list(expand_inputs([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), "-"]))
    paths = [item for item in found if isinstance(item, str)]
    errors = [item.code for item in found if isinstance(item, InputError)]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html"), str(tmp_path / "a.txt"), "-"]
    assert errors == ["E006", "E005"]
