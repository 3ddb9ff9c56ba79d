"""Read an input into text: size limits, binary detection, gzip, encodings, and plain text vs HTML.

Everything that can be wrong with an input file is found here and raised as an :class:`InputError` that names
the file, before any stage runs.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from charset_normalizer import from_bytes

from dateline.errors import Errors, InputError

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
STDIN = "-"

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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(?:p|div|article|span|a|h[1-6]|meta|title|script)\b[^>]*>", re.IGNORECASE)


@dataclass(slots=True)
class RawPage:
    """A decoded input, ready for the structure stage."""

    path: str
    text: str
    format: Literal["text", "html"]
    encoding: str
    size: int


def expand_inputs(patterns: list[str]) -> Iterator[str | InputError]:
    """Paths from arguments: ``-`` for stdin, directories walked, globs expanded; a miss is yielded as an error."""
    for pattern in patterns:
        if pattern == STDIN:
            yield STDIN
            continue
        path = Path(pattern)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if not p.name.startswith(".") and not p.is_dir())
            if not found:
                yield InputError(Errors.E009, pattern=pattern)
            for entry in found:
                # A broken link or a socket in a folder is reported, not silently passed over.
                yield str(entry) if entry.is_file() else InputError(Errors.E006, path=str(entry), detail="not a regular file")
        elif path.exists():
            yield str(path)
        elif glob.has_magic(pattern):
            matches = sorted(m for m in glob.glob(pattern, recursive=True) if Path(m).is_file())
            if not matches:
                yield InputError(Errors.E009, pattern=pattern)
            yield from matches
        else:
            yield InputError(Errors.E005, path=pattern)


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawPage:
    """Read and decode one input; ``-`` reads standard input."""
    data = _read_bytes(path, max_bytes)
    return decode_page(data, path=path, max_bytes=max_bytes)


def decode_page(data: bytes, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> RawPage:
    """Decode raw bytes into a page, refusing what is empty, binary or undecodable."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, path, max_bytes)
    if not data.strip():
        raise InputError(Errors.E001, path=path)
    _refuse_binary(data, path)
    text, encoding = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(Errors.E001, path=path)
    page_format: Literal["text", "html"] = "html" if looks_like_html(text, path) else "text"
    return RawPage(path=path, text=text, format=page_format, encoding=encoding, size=len(data))


def looks_like_html(text: str, path: str = "") -> bool:
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    if path.lower().removesuffix(".gz").endswith((".html", ".htm", ".xhtml")):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def _as_western(data: bytes) -> str | None:
    """Decode as cp1252 when the result reads as Western European text.

    Detectors often call short Western texts cp1250 or Latin-2 ("à" becomes "ŕ"). Text in another script read as
    cp1252 is made almost wholly of accented letters, so a low share of them tells a true cp1252 text apart.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    return text if letters and accented / len(letters) < 0.2 else None


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        return _read_limited(sys.stdin.buffer, path, max_bytes)
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


def _gunzip(data: bytes, path: str, max_bytes: int) -> bytes:
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise InputError(Errors.E006, path=path, detail=f"broken gzip data ({error})") from None
    if len(out) > max_bytes:
        raise InputError(Errors.E004, path=path, size=f"more than {max_bytes} (uncompressed)", limit=max_bytes)
    return out


def _refuse_binary(data: bytes, path: str) -> None:
    for signature, name in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(Errors.E002, path=path, detail=name)
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a byte-order mark has NULs by design
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise InputError(Errors.E002, path=path, detail=f"{controls} control bytes in the first {len(sample)}")


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise InputError(Errors.E003, path=path) from None

