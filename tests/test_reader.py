from __future__ import annotations

import errno
import gzip
import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import InputError
from dateline.reader import decode_page, expand_inputs, looks_like_html, read_input


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


# hostile and broken inputs ----------------------------------------------------------------------------------------
WESTERN_HTML = '<html><head><meta charset="{}"></head><body><p>Le café était fermé.</p></body></html>'


@pytest.mark.parametrize(
    "label", ["undefined", "rot13", "hex", "zlib", "base64", "uu", "bz2", "idna", "punycode", "unicode_escape", "utf-16", "no-such-set"]
)
def test_a_declared_charset_that_is_no_page_encoding_is_passed_over(label: str) -> None:
    page = decode_page(WESTERN_HTML.format(label).encode("cp1252"))
    assert "Le café était fermé." in page.text
    assert page.encoding == "cp1252"


def test_a_latin1_label_reads_windows_quotes_as_browsers_do() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>“Ready”, the mayor said.</p></body></html>'
    assert "“Ready”, the mayor said." in decode_page(html.encode("cp1252")).text


def test_a_utf8_page_with_a_stray_byte_stays_utf8_and_says_so() -> None:
    text = "Le président a déclaré que l’économie repartait. " * 3
    data = text.encode() + b"\xff" + "Fin de l’article.".encode()
    page = decode_page(data, path="stray.txt")
    assert page.encoding == "utf-8"
    assert page.text == text + "\ufffdFin de l’article."
    (problem,) = page.problems
    assert problem.code == "E025" and problem.stage == "reader"
    assert problem.message == (
        f"[E025] stray.txt is not valid UTF-8 in 1 of its {len(data)} bytes: they are read as U+FFFD, the rest as UTF-8"
    )


def test_a_cp1252_page_with_a_few_utf8_characters_stays_cp1252() -> None:
    data = "Prix : 5 €. ".encode() + "Le comité a décidé à l’unanimité, après débat, de différer la sélection.".encode("cp1252")
    page = decode_page(data)
    assert page.encoding == "cp1252" and "Le comité a décidé à l’unanimité" in page.text
    assert page.problems == []


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("東京の知事は記者会見で、新しい駅の工事が来月から始まると発表した。", "shift_jis"),
        ("東京の知事は記者会見で、新しい駅の工事が来月から始まると発表した。", "euc_jp"),
        ("市政府在新闻发布会上宣布，新车站的施工将于下个月开始。", "gbk"),
        ("시장은 기자회견에서 새 역의 공사가 다음 달에 시작된다고 발표했다.", "euc_kr"),
    ],
)
def test_legacy_asian_encodings_are_not_read_as_damaged_utf8(text: str, encoding: str) -> None:
    page = decode_page(text.encode(encoding))
    assert page.encoding != "utf-8"
    assert page.problems == []


def test_a_bad_byte_after_a_utf8_byte_order_mark_is_replaced_and_said() -> None:
    page = decode_page(b"\xef\xbb\xbfHeadline\n\nBody \xff text.")
    assert page.text == "Headline\n\nBody \ufffd text."
    assert [problem.code for problem in page.problems] == ["E025"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Headline\n\nThe café opened on Monday.".encode("utf-16-le"), "utf-16-le"),
        ("Headline\n\nThe café opened on Monday.".encode("utf-16-be"), "utf-16-be"),
        ("Headline\n\nThe café opened on Monday.".encode("utf-32"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + "Headline\n\nThe café opened on Monday.".encode("utf-32-be"), "utf-32-be"),
    ],
)
def test_utf16_without_a_mark_and_utf32_are_read(data: bytes, encoding: str) -> None:
    page = decode_page(data)
    assert page.text == "Headline\n\nThe café opened on Monday."
    assert page.encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        "Headline\n\nBody text.".encode("utf-16") + b"x",  # odd length
        "Headline\n\nBody".encode("utf-16") + b"\x00\xd8" + " text.".encode("utf-16-le"),  # lone surrogate
    ],
)
def test_broken_utf16_is_repaired_not_raised(data: bytes) -> None:
    page = decode_page(data, path="wide.txt")
    assert page.text.startswith("Headline\n\nBody") and "\ufffd" in page.text
    assert [problem.code for problem in page.problems] == ["E025"]
    assert "UTF-16-LE" in page.problems[0].message


def test_binary_that_looks_like_utf16_is_still_refused() -> None:
    samples = bytes(byte for value in range(2000) for byte in (value % 7 + 1, 0))
    with pytest.raises(InputError) as caught:
        decode_page(samples)
    assert caught.value.code == "E002"


@pytest.mark.parametrize("offset", [10, 20_000])
def test_nul_characters_are_removed_wherever_they_are(offset: int) -> None:
    text = ("Headline\n\n" + "The council met on Tuesday. " * 1000)[:30_000]
    data = text[:offset].encode() + b"\x00\x00" + text[offset:].encode()
    page = decode_page(data, path="nul.txt")
    assert page.text == text
    assert [problem.message for problem in page.problems] == ["[E027] Removed 2 NUL character(s) from nul.txt, which is text otherwise"]


def test_bytes_over_the_limit_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        decode_page(b"Headline\n\n" + b"x" * 100, max_bytes=50)
    assert caught.value.code == "E004"


def test_every_member_of_a_gzip_stream_is_read() -> None:
    data = gzip.compress(b"Headline\n\nFirst part. ") + gzip.compress(b"Second part.") + bytes(64)  # zero padding
    page = decode_page(data, path="page.txt.gz")
    assert page.text == "Headline\n\nFirst part. Second part."
    assert page.problems == []


def test_a_truncated_gzip_stream_keeps_what_it_holds_and_says_so() -> None:
    text = "Headline\n\n" + "".join(f"Paragraph {number} of the report.\n" for number in range(3000))
    compressed = gzip.compress(text.encode())
    page = decode_page(compressed[: len(compressed) // 2], path="cut.txt.gz")
    assert 0 < len(page.text) < len(text) and text.startswith(page.text)
    (problem,) = page.problems
    assert problem.code == "E026" and "ends before its end-of-stream marker" in problem.message
    assert f"the page is the {len(page.text)} bytes read before that" in problem.message


def test_bytes_after_a_gzip_stream_are_said_to_be_left_out() -> None:
    page = decode_page(gzip.compress(b"Headline\n\nBody.") + b"not gzip", path="tail.txt.gz")
    assert page.text == "Headline\n\nBody."
    assert "is followed by 8 bytes that are not gzip data, left out" in page.problems[0].message


def test_a_gzip_stream_with_nothing_readable_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        decode_page(gzip.compress(b"Headline\n\nBody.")[:8], path="head.gz")
    assert caught.value.code == "E006" and "before any text" in str(caught.value)


@pytest.mark.parametrize("members", [1, 3])
def test_gzip_members_together_are_bounded_by_the_limit(members: int) -> None:
    data = b"".join(gzip.compress(b"x" * (400_000 * 3 // members)) for _ in range(members))
    with pytest.raises(InputError) as caught:
        decode_page(data, max_bytes=1_000_000)
    assert caught.value.code == "E004" and "uncompressed" in str(caught.value)


def test_many_comments_before_the_markup_are_read_in_linear_time() -> None:
    # Comments once made the start-of-HTML pattern try every grouping of them: this input never finished.
    assert not looks_like_html("<!---->" * 580 + "plain text")
    assert looks_like_html("<!-- note -->\n" * 100 + "<html><body><p>x</p></body></html>")


def test_an_empty_argument_is_no_path() -> None:
    (error,) = list(expand_inputs([""]))
    assert isinstance(error, InputError) and error.code == "E005"


def _only_unreadable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``os.scandir`` refuse ``folder`` as it does a folder without read permission."""
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("b")
    (tmp_path / "z.txt").write_text("z")
    _only_unreadable(monkeypatch, tmp_path / "locked")
    found = list(expand_inputs([str(tmp_path)]))
    assert found[0] == str(tmp_path / "a.txt") and found[2] == str(tmp_path / "z.txt")
    assert isinstance(found[1], InputError)
    assert str(found[1]) == f"[E006] Cannot read {tmp_path / 'locked'}: Permission denied; the folder is left out"


def test_an_unreadable_top_folder_is_reported_not_called_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("a")
    _only_unreadable(monkeypatch, tmp_path)
    (error,) = list(expand_inputs([str(tmp_path)]))
    assert isinstance(error, InputError) and error.code == "E006" and str(tmp_path) in str(error)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_a_folder_without_read_permission_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("b")
    locked.chmod(0)
    try:
        found = list(expand_inputs([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert found[0] == str(tmp_path / "a.txt")
    assert isinstance(found[1], InputError) and found[1].code == "E006" and str(locked) in str(found[1])


def test_hidden_folders_are_left_out(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / "page.txt").write_text("x")
    assert list(expand_inputs([str(tmp_path)])) == [str(tmp_path / "page.txt")]


def test_file_names_that_are_not_utf8_are_found_and_read(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        handle = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644)
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    os.write(handle, "Headline\n\nThe café reopened.".encode())
    os.close(handle)
    expected = os.fsdecode(name)
    assert list(expand_inputs([str(tmp_path)])) == [expected]
    assert list(expand_inputs([str(tmp_path / "*.txt")])) == [expected]
    page = read_input(expected)
    assert page.path == expected and page.text == "Headline\n\nThe café reopened."


def test_a_failing_standard_input_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Unreadable(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise IsADirectoryError(errno.EISDIR, "Is a directory")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Unreadable())))
    with pytest.raises(InputError) as caught:
        read_input("-")
    assert str(caught.value) == "[E006] Cannot read -: Is a directory"
