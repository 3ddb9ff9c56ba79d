"""Read an input into text: size limits, binary detection, gzip, encodings, and plain text vs HTML.

Everything that makes an input unusable is found here and raised as an :class:`InputError` that names the file,
before any stage runs. What can be repaired (a few undecodable bytes, NUL characters, a gzip stream cut short) is
repaired, and said in the page's problems.
"""

from __future__ import annotations

import codecs
import glob
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from charset_normalizer import from_bytes

from dateline.errors import Errors, InputError
from dateline.model import Problem
from dateline.urls import expand_url, is_url, read_url

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
STDIN = "-"
# The stage name of the problems met while reading a page.
READER = "reader"

# Magic numbers of formats that are certainly not a news page.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "media file"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
)
# Byte-order marks; a UTF-32 LE mark begins with the UTF-16 LE one, so it is tried first.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_GZIP_MAGIC = b"\x1f\x8b"
# Compressed data is fed in pieces so that a break late in the stream keeps the text before it.
_GZIP_PIECE = 64 * 1024
_SAMPLE = 8192
# Share of control characters above which a sample is binary, not text with a few stray ones.
_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_NON_ASCII_BYTES = bytes(range(128, 256))
# A page that fails as UTF-8 is still read as UTF-8 when its valid multi-byte characters outnumber its invalid
# bytes this many times over. Pages in legacy encodings give a few accidental valid sequences per invalid byte at
# most (cp1252, cp1251: almost none; GBK, Shift_JIS, EUC-JP: under one), a UTF-8 page with a stray byte hundreds.
_UTF8_EVIDENCE = 8
# Codecs a meta tag can name that are no character set of a page: they raise on arbitrary bytes, or read
# escapes, punycode or UTF-7 out of them. UTF-16 and UTF-32 named in an ASCII-compatible page are wrong by
# construction (the HTML standard reads them as UTF-8).
_NOT_PAGE_CHARSETS = frozenset(
    {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"}
    | {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
# The HTML standard reads pages labelled Latin-1 or ASCII as windows-1252, as every browser does: curly quotes
# from Windows editors sit in bytes Latin-1 gives to invisible control characters.
_READ_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Possessive comments: a page of many comments must not make the match try every way of grouping them.
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*+<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:p|div|article|span|a|h[1-6]|meta|title|script)\b[^>]*>", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class RawPage:
    """A decoded input, ready for the structure stage, and what was repaired on the way (page problems)."""

    path: str
    text: str
    format: Literal["text", "html"]
    encoding: str
    size: int
    problems: list[Problem] = field(default_factory=list)
    # Set for a page that came with its own address and fetch time (a WARC record); a file has neither. The fetch
    # time is ISO 8601, kept as text so that a page travels to worker processes as plain data.
    url: str | None = None
    fetched_at: str | None = None


def expand_inputs(patterns: list[str]) -> Iterator[str | InputError]:
    """Paths from arguments: ``-`` for stdin, directories walked, globs expanded; a miss is yielded as an error.

    A URL (``file://``, ``s3://``: see :mod:`dateline.urls`) is expanded the same way, into URLs.
    """
    for pattern in patterns:
        if pattern == STDIN:
            yield STDIN
        elif not pattern:
            # An empty argument names no file: read as a path it would be the current folder.
            yield InputError(Errors.E005, path=pattern)
        elif is_url(pattern):
            yield from expand_url(pattern)
        else:
            yield from _expand(pattern)


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawPage:
    """Read and decode one input; ``-`` reads standard input."""
    data = _read_bytes(path, max_bytes)
    return decode_page(data, path=path, max_bytes=max_bytes)


def decode_page(data: bytes, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> RawPage:
    """Decode raw bytes into a page, refusing what is empty, binary or undecodable."""
    if len(data) > max_bytes:
        raise InputError(Errors.E004, path=path, size=len(data), limit=max_bytes)
    problems: list[Problem] = []
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, path, max_bytes, problems)
    if not data.strip():
        raise InputError(Errors.E001, path=path)
    text, encoding = _decode(data, path, problems)
    text, repairs = repair_text(text, path)
    if not text.strip():
        raise InputError(Errors.E001, path=path)
    page_format: Literal["text", "html"] = "html" if looks_like_html(text, path) else "text"
    return RawPage(path=path, text=text, format=page_format, encoding=encoding, size=len(data), problems=problems + repairs)


def raw_page_from_text(
    text: str, path: str = "<text>", page_format: Literal["text", "html"] | None = None, *, max_bytes: int | None = None
) -> RawPage:
    """A page from text already decoded (the library's input), repaired as a decoded file is; E004 over ``max_bytes``."""
    if max_bytes is not None and len(text) > max_bytes:
        raise InputError(Errors.E004, path=path, size=f"more than {max_bytes}", limit=max_bytes)
    text, problems = repair_text(text, path)
    size = len(text.encode("utf-8"))
    if max_bytes is not None and size > max_bytes:
        raise InputError(Errors.E004, path=path, size=size, limit=max_bytes)
    if page_format is None:
        page_format = "html" if looks_like_html(text, path) else "text"
    return RawPage(path=path, text=text, format=page_format, encoding="utf-8", size=size, problems=problems)


def repair_text(text: str, path: str) -> tuple[str, list[Problem]]:
    """``text`` fit for the stages and any output: lone surrogates become U+FFFD, NULs go, line ends become ``\\n``.

    A surrogate cannot be written as UTF-8, and a NUL is refused by databases and many tools, so neither may reach
    an article; each repair is a problem of the page.
    """
    problems: list[Problem] = []
    if _SURROGATE.search(text):
        # Pairs written as two code points join into their character; only lone halves are lost.
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        lone = joined.count("\ufffd") - text.count("\ufffd")
        if lone:
            problems.append(_problem(Errors.E028, count=lone, path=path))
        text = joined
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        problems.append(_problem(Errors.E027, count=nuls, path=path))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problems


def looks_like_html(text: str, path: str = "") -> bool:
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    if path.lower().removesuffix(".gz").endswith((".html", ".htm", ".xhtml")):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def _problem(error: Errors, **details: object) -> Problem:
    return Problem(code=error.name, message=error.format(**details), stage=READER)


# inputs -------------------------------------------------------------------------------------------------------------
def _expand(pattern: str) -> Iterator[str | InputError]:
    path = Path(pattern)
    try:
        mode: int | None = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError, ValueError):
        mode = None  # a glob, or a miss; ValueError: a NUL byte in the name
    except OSError as error:
        yield InputError(Errors.E006, path=pattern, detail=error.strerror or str(error))
        return
    if mode is not None and stat.S_ISDIR(mode):
        yield from _walk_folder(path, pattern)
    elif mode is not None:
        yield str(path)
    elif glob.has_magic(pattern):
        matches = sorted(match for match in glob.glob(pattern, recursive=True) if os.path.isfile(match))
        if not matches:
            yield InputError(Errors.E009, pattern=pattern)
        yield from matches
    else:
        yield InputError(Errors.E005, path=pattern)


def _walk_folder(top: Path, pattern: str) -> Iterator[str | InputError]:
    """The files under ``top`` in path order, hidden files and folders left out; what cannot be read is reported."""
    found: list[tuple[tuple[str, ...], str | InputError]] = []

    def unreadable(error: OSError) -> None:
        folder = Path(os.fsdecode(error.filename)) if error.filename else top
        detail = f"{error.strerror or error}; the folder is left out"
        found.append((folder.parts, InputError(Errors.E006, path=str(folder), detail=detail)))

    for folder, subfolders, names in os.walk(top, onerror=unreadable):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            entry = Path(folder, name)
            # A broken link or a socket in a folder is reported, not silently passed over.
            problem = _not_a_file(entry)
            found.append((entry.parts, InputError(Errors.E006, path=str(entry), detail=problem) if problem else str(entry)))
    if not found:
        yield InputError(Errors.E009, pattern=pattern)
    yield from (item for _, item in sorted(found, key=lambda pair: pair[0]))


def _not_a_file(entry: Path) -> str | None:
    """Why ``entry`` cannot be read as a page, or ``None`` for a regular file (or a link to one)."""
    try:
        return None if stat.S_ISREG(entry.stat().st_mode) else "not a regular file"
    except FileNotFoundError:
        return "a broken link"
    except OSError as error:
        return error.strerror or str(error)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError(Errors.E006, path=path, detail="there is no standard input")
        try:
            return _read_limited(stream, path, max_bytes)
        except OSError as error:
            raise InputError(Errors.E006, path=path, detail=error.strerror or str(error)) from None
    if is_url(path):
        return read_url(path, max_bytes)
    if not os.path.exists(path):
        raise InputError(Errors.E005, path=path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(Errors.E004, path=path, size=size, limit=max_bytes)
        with open(path, "rb") as handle:
            return _read_limited(handle, path, max_bytes)
    except OSError as error:
        raise InputError(Errors.E006, path=path, detail=error.strerror or str(error)) from None


def _read_limited(handle: BinaryIO, path: str, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(Errors.E004, path=path, size=f"more than {max_bytes}", limit=max_bytes)
    return data


def _gunzip(data: bytes, path: str, max_bytes: int, problems: list[Problem]) -> bytes:
    """Every member of a gzip stream, uncompressed, at most ``max_bytes``; a stream cut short keeps what it gave."""
    out = bytearray()
    view = memoryview(data)
    start = 0
    member = 0
    while start < len(data):
        member += 1
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        end = start
        try:
            for piece in range(start, len(data), _GZIP_PIECE):
                end = min(piece + _GZIP_PIECE, len(data))
                out += decompressor.decompress(view[piece:end], max_bytes + 1 - len(out))
                if len(out) > max_bytes:
                    raise InputError(Errors.E004, path=path, size=f"more than {max_bytes} (uncompressed)", limit=max_bytes)
                if decompressor.eof:
                    break
        except zlib.error as error:
            return _cut_short(out, path, f"breaks in member {member} ({error})", problems)
        if not decompressor.eof:
            return _cut_short(out, path, "ends before its end-of-stream marker", problems)
        start = end - len(decompressor.unused_data)
        if not data.startswith(_GZIP_MAGIC, start):
            # Zeros after the last member are padding that gzip itself passes over; anything else is said.
            trailing = data[start:]
            if trailing.strip(b"\x00"):
                detail = f"is followed by {len(trailing)} bytes that are not gzip data, left out"
                problems.append(_problem(Errors.E026, path=path, detail=detail, size=len(out)))
            break
    return bytes(out)


def _cut_short(out: bytearray, path: str, detail: str, problems: list[Problem]) -> bytes:
    if not out:
        raise InputError(Errors.E006, path=path, detail=f"the gzip data {detail}, before any text")
    problems.append(_problem(Errors.E026, path=path, detail=detail, size=len(out)))
    return bytes(out)


# decoding -----------------------------------------------------------------------------------------------------------
def _decode(data: bytes, path: str, problems: list[Problem]) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; binary data is refused (E002)."""
    for signature, name in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(Errors.E002, path=path, detail=name)
    unicode_form = _unicode_form(data)
    if unicode_form is not None:
        encoding, mark = unicode_form
        if encoding == "utf-8":
            _refuse_control_bytes(data, path)
        text = _decode_repairing(data[len(mark) :], encoding, path, problems)
        if encoding != "utf-8":
            _refuse_control_text(text, path)
        return text, "utf-8-sig" if mark and encoding == "utf-8" else encoding
    _refuse_control_bytes(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data, path, problems)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8"
    for name in _declared_charsets(data):
        declared = _decode_strictly(data, name)
        if declared is not None:
            return declared, name
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    fallback = _decode_strictly(data, "cp1252")
    if fallback is None:
        raise InputError(Errors.E003, path=path)
    return fallback, "cp1252"


def _unicode_form(data: bytes) -> tuple[str, bytes] | None:
    """A Unicode encoding the bytes announce (a byte-order mark) or show (UTF-16 of Latin text), with the mark."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, mark
    sample = data[:_SAMPLE]
    half = len(sample) // 2
    sample = sample[: 2 * half]
    if half < 4:
        return None
    # Latin text in UTF-16 has a zero in every other byte, and none in the others.
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_odd >= 0.9 * half and zeros_even <= 0.02 * half:
        return "utf-16-le", b""
    if zeros_even >= 0.9 * half and zeros_odd <= 0.02 * half:
        return "utf-16-be", b""
    return None


def _refuse_control_bytes(data: bytes, path: str) -> None:
    """E002 when control bytes are more than a stray few of the sample: a few NULs in a text are removed later."""
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * _CONTROL_SHARE:
        raise InputError(Errors.E002, path=path, detail=f"{controls} control bytes in the first {len(sample)}")


def _refuse_control_text(text: str, path: str) -> None:
    sample = text[:_SAMPLE]
    controls = sum(1 for char in sample if char < "\t" or "\r" < char < " ")
    if controls > len(sample) * _CONTROL_SHARE:
        raise InputError(Errors.E002, path=path, detail=f"{controls} control characters in the first {len(sample)}")


def _decode_repairing(data: bytes, encoding: str, path: str, problems: list[Problem]) -> str:
    """``data`` in a Unicode encoding, what does not decode as U+FFFD and counted in a problem."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    valid = data.decode(encoding, errors="ignore")
    invalid = len(data) - len(valid.encode(encoding))
    problems.append(_problem(Errors.E025, count=invalid, size=len(data), path=path, encoding=encoding.upper()))
    return data.decode(encoding, errors="replace")


def _mostly_utf8(data: bytes, path: str, problems: list[Problem]) -> str | None:
    """The text of a UTF-8 page with a few bad bytes (as U+FFFD, said in a problem); ``None`` if it is not UTF-8."""
    valid = data.decode("utf-8", errors="ignore")
    invalid = len(data) - len(valid.encode("utf-8"))
    multibyte = len(valid) - len(valid.encode("ascii", errors="ignore"))
    if multibyte < _UTF8_EVIDENCE * invalid:
        return None
    problems.append(_problem(Errors.E025, count=invalid, size=len(data), path=path, encoding="UTF-8"))
    return data.decode("utf-8", errors="replace")


def _declared_charsets(data: bytes) -> list[str]:
    """The encodings to try for the charset a meta tag declares: none if it names no text encoding of a page."""
    declared = _META_CHARSET.search(data[:4096])
    if not declared:
        return []
    label = declared.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return []
    # Binary-to-binary codecs (hex, zlib, rot13, base64) are found by the same lookup.
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_PAGE_CHARSETS:
        return []
    return ["cp1252", label] if codec.name in _READ_AS_WINDOWS_1252 else [label]


def _decode_strictly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None


def _as_western(data: bytes) -> str | None:
    """Decode as cp1252 when the result reads as Western European text.

    Detectors often call short Western texts cp1250 or Latin-2 ("à" becomes "ŕ"). Text in another script read as
    cp1252 is made almost wholly of accented letters, so a low share of them tells a true cp1252 text apart.
    """
    text = _decode_strictly(data, "cp1252")
    if text is None:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    return text if letters and accented / len(letters) < 0.2 else None


def _guess(data: bytes) -> tuple[str, str] | None:
    """The detector's encoding for ``data``, with the text it gives; ``None`` without a usable guess."""
    try:
        best = from_bytes(data[:200_000]).best()
    except Exception:  # the detector failing on hostile bytes costs its guess, not the run
        return None
    if best is None or not best.encoding:
        return None
    try:
        codec = codecs.lookup(best.encoding)
    except LookupError:
        return None
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_PAGE_CHARSETS:
        return None
    text = _decode_strictly(data, best.encoding)
    return (text, best.encoding) if text is not None else None
