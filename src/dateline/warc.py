"""Pages from WARC archives (``.warc``, ``.warc.gz``): Common Crawl's CC-NEWS and what crawlers write.

Each ``response`` record with HTTP status 200 and an HTML or plain-text Content-Type is one page, decoded as a file
is, named ``archive.warc.gz#<record id>``, with the record's target URI as its URL and its WARC-Date as its fetch
time. Other records are skipped and counted. A record that cannot be read is a Failure, and reading goes on at the
next record that can be. The archive is streamed: one record's payload, at most ``max_bytes``, is held at a time.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, BinaryIO, Literal

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from dateline.errors import Errors, InputError
from dateline.model import Failure
from dateline.reader import DEFAULT_MAX_BYTES, STDIN, RawPage, decode_page
from dateline.urls import is_url, open_binary

logger = logging.getLogger("dateline")

_SUFFIXES = (".warc", ".warc.gz")
_WARC_MAGIC = b"WARC/"
_GZIP_MAGIC = b"\x1f\x8b"
# Where reading can resume after a broken record: a gzip member (its magic and the deflate method byte) in a
# compressed archive, a version line at the start of a line in a plain one.
_GZIP_MEMBER = b"\x1f\x8b\x08"
_RECORD_LINE = b"\nWARC/"
_SNIFF = 4096
_CHUNK = 64 * 1024
# The Content-Types read as pages, and the format each one is read in: the server's word is taken over sniffing.
_PAGE_TYPES: dict[str, Literal["text", "html"]] = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"
}
# What warcio raises with a message worth passing on; anything else is it tripping over broken headers.
_TOLD = (ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException, OSError)


@dataclass(slots=True)
class WarcCounts:
    """What an archive held: pages read, records that failed, and the records skipped, by why."""

    pages: int = 0
    failures: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def is_warc(path: str) -> bool:
    """Whether ``path`` is a WARC archive: by its name, else by ``WARC/`` opening its (gunzipped) bytes."""
    if path == STDIN:
        return False  # sniffing standard input would take bytes the page reader needs
    if path.lower().endswith(_SUFFIXES):
        return True
    try:
        if not is_url(path) and not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a FIFO or a device read to sniff it would lose what was read
        with open_binary(path) as handle:
            head = handle.read(_SNIFF)
    except (InputError, OSError, ValueError):
        return False  # the page reader reports what cannot be read
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, len(_WARC_MAGIC))
        except zlib.error:
            return False
    return head.startswith(_WARC_MAGIC)


def read_warc(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES, counts: WarcCounts | None = None
) -> Iterator[RawPage | Failure]:
    """The pages of the archive at ``path`` in record order, each record that cannot be read as a Failure.

    ``max_bytes`` bounds each record's payload (E004 past it), not the archive. ``counts`` is filled as it goes.
    """
    counts = counts if counts is not None else WarcCounts()
    try:
        with open_binary(path) as handle:
            yield from _Archive(handle, path, max_bytes, counts).items()
    except (InputError, OSError) as error:  # OSError: a read failing under the archive (a disk error, a lost link)
        counts.failures += 1
        failed = error if isinstance(error, InputError) else InputError(Errors.E006, path=path, detail=_short(error))
        yield Failure.from_error(path, failed)
    logger.info("%s: %d page(s), %d failure(s), skipped %s", path, counts.pages, counts.failures, dict(counts.skipped))


class _Archive:
    """One archive being read: the records of a warcio iterator, and a fresh iterator past each broken record."""

    def __init__(self, handle: BinaryIO, path: str, max_bytes: int, counts: WarcCounts) -> None:
        self.handle, self.path, self.max_bytes, self.counts = handle, path, max_bytes, counts
        self.size = _size(handle)
        handle.seek(0)
        self.compressed = handle.read(len(_GZIP_MAGIC)) == _GZIP_MAGIC
        handle.seek(0)

    def items(self) -> Generator[RawPage | Failure, None, None]:
        records = ArchiveIterator(self.handle)
        stream: Iterator[Any] = records
        while True:
            try:
                for record in stream:
                    item = self._page(record, records.offset)
                    if item is not None:
                        yield item
                failed_at, problem = records.offset, "the record is cut short or broken"
                if not self._left_over(failed_at):
                    return
            except Exception as error:  # warcio raises many types on broken data: its own, ValueError, AttributeError
                failed_at, problem = records.offset, f"the record cannot be read ({_describe(error)})"
            resumed = self._resume(failed_at + 1)
            if resumed is None:
                rest = f"from byte {failed_at}" if self.size is None else f"({self.size - failed_at} bytes)"
                detail = f"{problem}, and no record after it can be read: the rest of the archive {rest} is left out"
            else:
                records, first, at = resumed
                stream = chain([first], records)
                detail = f"{problem}; reading resumes at the next record, at byte {at}"
            name = f"{self.path}#offset={failed_at}"  # its headers, and so its id, may be what is broken
            yield self._failure(name, InputError(Errors.E006, path=name, detail=detail))
            if resumed is None:
                return

    def _page(self, record: Any, offset: int) -> RawPage | Failure | None:
        """The page a record holds; ``None`` for a record that is no page (counted); a Failure if it is unreadable."""
        content_type = _content_type(record)
        why_not = _not_a_page(record, content_type)
        if why_not:
            self.counts.skipped[why_not] += 1
            return None
        headers = record.rec_headers
        record_id = (headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
        name = f"{self.path}#{record_id or f'offset={offset}'}"
        try:
            raw = decode_page(self._payload(record, name), path=name, max_bytes=self.max_bytes)
        except InputError as error:
            if error.code == "E002" and not content_type:
                self.counts.skipped["binary without a Content-Type"] += 1  # an image served without one, not a page
                return None
            return self._failure(name, error)
        except Exception as error:  # warcio's own decoders (chunked, Content-Encoding) on broken data
            detail = f"its payload cannot be read ({_short(error)})"
            return self._failure(name, InputError(Errors.E006, path=name, detail=detail))
        if content_type:
            raw.format = _PAGE_TYPES[content_type]
        raw.url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
        raw.fetched_at = (headers.get_header("WARC-Date") or "").strip() or None
        self.counts.pages += 1
        return raw

    def _payload(self, record: Any, name: str) -> bytes:
        data: bytes = record.content_stream().read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise InputError(Errors.E004, path=name, size=f"more than {self.max_bytes}", limit=self.max_bytes)
        # A record whose stream ends before its declared length was cut short: its text would be a fragment.
        while record.raw_stream.read(_CHUNK):
            pass
        missing = getattr(record.raw_stream, "limit", 0)
        if missing > 0:
            detail = f"the record is cut short, {missing} of its {record.length} bytes missing"
            raise InputError(Errors.E006, path=name, detail=detail)
        return data

    def _resume(self, start: int) -> tuple[ArchiveIterator, Any, int] | None:
        """A new iterator at the first record from ``start`` on that can be read, with that record and its offset."""
        while (at := self._next_mark(start)) is not None:
            self.handle.seek(at)
            records = ArchiveIterator(self.handle)
            try:
                return records, next(records), at
            except StopIteration:
                return None
            except Exception:  # a mark inside broken data, not a record: look further on
                start = at + 1
        return None

    def _next_mark(self, start: int) -> int | None:
        """The offset of the next place a record may begin, read in pieces from ``start``; ``None`` at the end."""
        mark = _GZIP_MEMBER if self.compressed else _RECORD_LINE
        try:
            self.handle.seek(start)
        except (OSError, ValueError):
            return None  # a stream that cannot seek cannot be read from a later record
        position, tail = start, b""
        while chunk := self.handle.read(_CHUNK):
            window = tail + chunk
            found = window.find(mark)
            if found >= 0:
                at = position - len(tail) + found
                return at if self.compressed else at + 1  # after the line break, at the "W"
            tail = window[-(len(mark) - 1) :]
            position += len(chunk)
        return None

    def _left_over(self, offset: int) -> bool:
        """Whether bytes other than padding (NULs, blank lines) follow ``offset``: a last record warcio gave up on."""
        if self.size is None or offset >= self.size:
            return False
        self.handle.seek(offset)
        while chunk := self.handle.read(_CHUNK):
            if chunk.strip(b"\x00\r\n\t "):
                return True
        return False

    def _failure(self, name: str, error: InputError) -> Failure:
        self.counts.failures += 1
        return Failure.from_error(name, error)


def _content_type(record: Any) -> str:
    """The media type of a record's HTTP payload, lower case and without parameters; empty when none is given."""
    http = record.http_headers
    header = http.get_header("Content-Type") if http is not None else None
    return str(header or "").split(";")[0].strip().lower()


def _not_a_page(record: Any, content_type: str) -> str | None:
    """Why a record holds no page (its type, its status, its media type), or ``None`` if it may hold one."""
    if record.rec_type != "response":
        return str(record.rec_type)
    if record.http_headers is None:
        return "response without HTTP headers"  # dns: and other records that are not web pages
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"status {status}"
    if content_type and content_type not in _PAGE_TYPES:
        return content_type
    return None


def _size(handle: BinaryIO) -> int | None:
    try:
        return handle.seek(0, os.SEEK_END)  # __init__ goes back to the start
    except (OSError, ValueError, AttributeError):
        return None


def _describe(error: Exception) -> str:
    return _short(error) if isinstance(error, _TOLD) else f"malformed or incomplete headers: {type(error).__name__}"


def _short(error: Exception) -> str:
    """One short line of ASCII for an error whose text may quote the broken bytes it met."""
    text = re.sub(r"[^ -~]+", "?", (str(error).strip().splitlines() or [type(error).__name__])[0])
    return text if len(text) <= 100 else text[:97] + "..."
