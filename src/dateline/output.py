"""Where a run's output goes: standard output, or a file that is replaced whole, at once, when the run is done.

A file is written through a temporary file in the same folder, named ``.<name>.<random>.tmp`` so that one left
behind by a killed process is easy to recognise, and renamed over the target (``os.replace``, atomic) only when
the writer commits. A run that fails, is stopped or gives nothing therefore leaves the previous file as it was,
and two runs writing one target leave one run's whole output. A target that is not a regular file
(``/dev/null``, a named pipe) cannot be replaced and is written directly.

Everything is written as UTF-8. File names are the one source of undecodable bytes (Python holds them as
surrogate escapes); each such byte is written as the four characters ``\\xNN`` (``caf\\xe9.txt``), by
:func:`readable`, in the JSON and in every message. This is for reading, not for opening the file again: a
name that itself holds the characters ``\xe9`` is written the same way.
"""

from __future__ import annotations

import glob
import json
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO, Protocol

import msgspec

from dateline.errors import DatelineError, Errors
from dateline.model import Failure, Page, encode_record, stream_record
from dateline.reader import STDIN
from dateline.render import render_page_text

STDOUT = "-"
STDOUT_NAME = "standard output"
TEMP_SUFFIX = ".tmp"
PAGE_FORMATS = ("json", "jsonl", "text")

_SURROGATE = re.compile("[\ud800-\udfff]")
_TEMP_NAME_BYTES = 100  # of the target's name, so the temporary name stays within the 255 bytes a name may have
_TEMP_ATTEMPTS = 20


def readable(text: str) -> str:
    """``text`` as valid UTF-8: each undecodable byte of a file name (a surrogate escape) written as ``\\xNN``."""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name can give: shown as its \\uXXXX escape
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def to_json(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON text that always encodes to UTF-8 (strings holding undecodable bytes made :func:`readable`)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if _SURROGATE.search(text):
        text = json.dumps(_readable_strings(data), ensure_ascii=False, indent=indent)
    return text


def _json_bytes(result: Page | Failure) -> bytes:
    """A page or failure as compact UTF-8 JSON, written straight from its records (a long page never exists as
    dicts); file names with undecodable bytes made :func:`readable` on the slower way."""
    try:
        return encode_record(result)
    except UnicodeEncodeError:
        return to_json(stream_record(result)).encode("utf-8")


def _readable_strings(data: Any) -> Any:
    if isinstance(data, str):
        return readable(data)
    if isinstance(data, dict):
        return {readable(key) if isinstance(key, str) else key: _readable_strings(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_readable_strings(item) for item in data]
    return data


class _Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...

    def flush(self) -> None: ...


class Output:
    """Somewhere to write text to. Nothing written to a file target is kept unless :meth:`commit` is called.

    Write errors are raised as :class:`DatelineError` E022, except a reader that went away (``BrokenPipeError``),
    which a command line tool answers by stopping quietly.
    """

    def __init__(self, name: str, handle: _Sink, *, flush_each: bool) -> None:
        self.name = name
        self.committed = False
        self._handle = handle
        self._flush_each = flush_each  # a terminal or a pipe sees each record as it comes

    def write(self, text: str) -> None:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = readable(text).encode("utf-8")
        self.write_bytes(data)

    def write_bytes(self, data: bytes) -> None:
        """Write text already encoded as UTF-8."""
        with self._writing():
            self._handle.write(data)
            if self._flush_each:
                self._handle.flush()

    def commit(self) -> None:
        """Keep what was written: for a file, put it in the target's place."""
        with self._writing():
            self._handle.flush()
        self.committed = True

    def discard(self) -> None:
        """Drop what was written, if that is possible (what went to standard output is gone already)."""
        try:
            self._handle.flush()
        except OSError:
            pass

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as error:
            raise DatelineError(Errors.E022, path=readable(self.name), detail=error.strerror or str(error)) from None


class _DirectOutput(Output):
    """A target that cannot be replaced (a device, a named pipe): written in place."""

    def __init__(self, name: str, handle: BinaryIO) -> None:
        super().__init__(name, handle, flush_each=True)
        self._file = handle

    def commit(self) -> None:
        with self._writing():
            self._file.close()
        self.committed = True

    def discard(self) -> None:
        try:
            self._file.close()
        except OSError:
            pass


class _ReplacingOutput(Output):
    """A regular file, written to a temporary file beside it that is renamed over it on commit."""

    def __init__(self, name: str, target: str, temp: str, handle: BinaryIO) -> None:
        super().__init__(name, handle, flush_each=False)
        self._file = handle
        self._target = target
        self._temp = temp

    def commit(self) -> None:
        with self._writing():
            self._file.flush()
            os.fsync(self._file.fileno())  # the data is on disk before the name points at it
            self._file.close()
            os.replace(self._temp, self._target)
        self.committed = True

    def discard(self) -> None:
        try:
            self._file.close()
        except OSError:
            pass
        try:
            os.unlink(self._temp)
        except OSError:
            pass  # gone already, or not removable: its name says what it is


@contextmanager
def open_output(target: str | None) -> Iterator[Output]:
    """An :class:`Output` for ``target`` (a path; ``None`` or ``-`` for standard output), discarded on leaving
    unless committed: an error, an interrupt or a run without results leaves a file target as it was."""
    output = _open_stdout() if target is None or target == STDOUT else _open_file(target)
    try:
        yield output
    finally:
        if not output.committed:
            output.discard()


def _open_stdout() -> Output:
    stream = sys.stdout
    if stream is None:  # started with standard output closed
        raise DatelineError(Errors.E022, path=STDOUT_NAME, detail="it is closed")
    try:
        stream.flush()  # what was printed before comes before what is written to the bytes below it
    except BrokenPipeError:
        raise
    except OSError as error:
        raise DatelineError(Errors.E022, path=STDOUT_NAME, detail=error.strerror or str(error)) from None
    buffer = getattr(stream, "buffer", None)
    return Output(STDOUT_NAME, buffer if buffer is not None else _TextAsBytes(stream), flush_each=True)


class _TextAsBytes:
    """A text stream without a byte layer, written to as one (UTF-8 decoded back)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: bytes, /) -> object:
        return self._stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self._stream.flush()


def _open_file(target: str) -> Output:
    real = os.path.realpath(target)  # a link stays a link: the file it points to is the one replaced
    try:
        status = os.stat(real)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise DatelineError(Errors.E022, path=readable(target), detail=error.strerror or str(error)) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise DatelineError(Errors.E022, path=readable(target), detail="it is a directory")
    try:
        if status is not None and not stat.S_ISREG(status.st_mode):
            return _DirectOutput(target, open(real, "wb"))
        temp, handle = _create_temp(real)
        if status is not None:
            os.chmod(temp, stat.S_IMODE(status.st_mode))  # the new file keeps the old one's permissions
    except OSError as error:
        raise DatelineError(Errors.E022, path=readable(target), detail=error.strerror or str(error)) from None
    return _ReplacingOutput(target, real, temp, handle)


def _create_temp(real: str) -> tuple[str, BinaryIO]:
    """A new ``.<name>.<random>.tmp`` beside ``real``, created with the permissions any new file gets."""
    folder, name = os.path.split(real)
    short = os.fsdecode(os.fsencode(name)[:_TEMP_NAME_BYTES])
    for _ in range(_TEMP_ATTEMPTS):
        temp = os.path.join(folder, f".{short}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return temp, os.fdopen(descriptor, "wb")
    raise FileExistsError(f"no free temporary name beside {name}")


def refuse_input_target(target: str, inputs: Sequence[str]) -> None:
    """E023 if ``target`` is one of ``inputs`` or lies in an input folder (folders are walked with all below them).

    Paths are compared resolved (links followed), before anything is read.
    """
    real = os.path.realpath(target)
    for pattern in inputs:
        if pattern == STDIN:
            continue
        if os.path.isdir(pattern):
            folder = os.path.realpath(pattern)
            if os.path.commonpath([folder, real]) == folder:
                raise DatelineError(Errors.E023, path=readable(target), detail=f"lies in the input folder {readable(pattern)}")
        elif os.path.exists(pattern):
            _refuse_same(target, real, pattern)
        elif glob.has_magic(pattern):
            for match in glob.glob(pattern, recursive=True):
                _refuse_same(target, real, match)


def _refuse_same(target: str, real: str, given: str) -> None:
    if os.path.realpath(given) == real:
        detail = "is an input" if given == target else f"is the input {readable(given)}"
        raise DatelineError(Errors.E023, path=readable(target), detail=detail)


class PageWriter:
    """Writes each result of a run in one format: ``json`` (one array of pages, whatever their number),
    ``jsonl`` (one page or failure a line, as it comes) or ``text``.

    An array is opened by its first page, so a run without pages writes nothing at all.
    """

    def __init__(self, output: Output, output_format: str) -> None:
        if output_format not in PAGE_FORMATS:
            raise ValueError(f"output format {output_format!r} is not one of {', '.join(PAGE_FORMATS)}")
        self.output = output
        self.format = output_format
        self.pages = 0

    def add(self, result: Page | Failure) -> None:
        if self.format == "jsonl":
            # Failures go into the stream too, so a consumer of the stream alone knows every input's fate.
            self.output.write_bytes(_json_bytes(result) + b"\n")
            self.pages += isinstance(result, Page)
            return
        if isinstance(result, Failure):
            return  # json and text carry pages; the caller reports the failure
        if self.format == "json":
            # Indented as the whole array would be; a JSON string holds no raw line break.
            item = b"  " + msgspec.json.format(_json_bytes(result), indent=2).replace(b"\n", b"\n  ")
            self.output.write_bytes((b"[\n" if self.pages == 0 else b",\n") + item)
        else:
            self.output.write(render_page_text(result) + "\n")
        self.pages += 1

    def close(self) -> None:
        """End what the format needs ended (the array)."""
        if self.format == "json" and self.pages:
            self.output.write("\n]\n")
